"""DuckDB store: versioned schema, idempotent writes by article id, queries.

Each article is written in its own transaction (delete-then-insert of all its rows), so a run killed midway
loses no article that was reported as stored, and re-running the same input changes nothing.
"""
from __future__ import annotations

import gc
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import orjson

from ..schema import ArticleRecord

SCHEMA_VERSION = 1
DEFAULT_DB = "cronaca.duckdb"

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, outlet VARCHAR, title VARCHAR, url VARCHAR,
    published DATE, language VARCHAR, status VARCHAR, error VARCHAR,
    reporters VARCHAR[], dateline VARCHAR, n_events INTEGER, coded_at TIMESTAMP,
    record JSON USING COMPRESSION zstd
);
CREATE TABLE IF NOT EXISTS boilerplate (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, kind VARCHAR, text VARCHAR
);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, label VARCHAR,
    actor_name VARCHAR, actor_code VARCHAR, actor_sector VARCHAR, actor_sectors VARCHAR[], actor_id VARCHAR,
    actor_count INTEGER
);
CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, value VARCHAR,
    precision VARCHAR, type VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR, direct BOOLEAN,
    speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR, speaker_sector VARCHAR, speaker_id VARCHAR,
    cue VARCHAR, channel VARCHAR, anonymous BOOLEAN, count INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR, article_id VARCHAR, event VARCHAR, mode VARCHAR, context VARCHAR[], cameo VARCHAR,
    date VARCHAR, year INTEGER, month INTEGER, aux VARCHAR[], factuality VARCHAR,
    source_name VARCHAR, source_code VARCHAR, cue VARCHAR, channel VARCHAR, anonymous BOOLEAN,
    place VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    text VARCHAR, trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    language VARCHAR, confidence DOUBLE
);
CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR, article_id VARCHAR, role VARCHAR, idx INTEGER, text VARCHAR, name VARCHAR, code VARCHAR,
    sector VARCHAR, sectors VARCHAR[], actor_id VARCHAR, count INTEGER
);
"""
def _arrow_types() -> dict:
    import pyarrow as pa

    return {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64(),
            "BOOLEAN": pa.bool_(), "DATE": pa.string(), "TIMESTAMP": pa.timestamp("us"), "JSON": pa.string(),
            "VARCHAR[]": pa.list_(pa.string())}


class _LazyTypes(dict):
    def __missing__(self, key):
        if not self:
            self.update(_arrow_types())
            if key in self:
                return self[key]
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default


_ARROW_TYPES = _LazyTypes()
WRITE_BATCH = 64  # articles per transaction for callers that stream records (one commit per 16 cost 2x more)
BULK_ROWS = 2000  # events + entities in one write_many above which DuckDB builds the child rows
CHILD_TABLES = ("boilerplate", "entities", "timexes", "quotes", "events", "event_actors")


class StoreError(Exception):
    pass


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False):
        self.path = str(path)
        self._columns: dict[str, list[tuple[str, str]]] = {}
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {str(exc).splitlines()[0]}") from exc
        if not read_only:
            self._migrate()

    def _migrate(self) -> None:
        self.con.execute(DDL)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
        elif int(row[0]) > SCHEMA_VERSION:
            raise StoreError(f"store {self.path} has schema version {row[0]}; this cronaca reads up to {SCHEMA_VERSION}")

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writes ---------------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        row = self.con.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()
        return row is not None and row[0] == "ok"

    def write(self, record: ArticleRecord) -> None:
        """Replace everything stored for this article with ``record``, atomically."""
        self.write_many([record])

    def write_many(self, records: Iterable[ArticleRecord]) -> None:
        """Write records in one transaction (all stored, or none).

        Article rows carry each record serialised by orjson. For a small batch the child-table rows are built
        in Python; for a large one (``BULK_ROWS``) DuckDB builds them from those JSON records
        (``json_transform_strict`` + ``unnest``), several times faster than hundreds of thousands of Python rows.
        """
        records = list(records)
        if not records:
            return
        gc_on = gc.isenabled()
        gc.disable()  # no cycles are made here; a collection over a large heap mid-batch cost up to 1 s per 100k events
        try:
            self._write_many(records)
        finally:
            if gc_on:
                gc.enable()

    def _write_many(self, records: list[ArticleRecord]) -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        rows = [_article_row(rec, now) for rec in records]
        ids = [r[0] for r in rows]
        # few rows: build them in Python (fewer statements); many: let DuckDB unpack the JSON records (faster
        # per row). Both give the same rows (tests/test_store.py checks it).
        in_python = sum(len(rec.events) + len(rec.entities) for rec in records) < BULK_ROWS
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            stored = [r[0] for r in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()]
            if stored:  # re-coded articles: replace all their rows
                for table in CHILD_TABLES:
                    con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [stored])
                con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [stored])
            staged = self._bulk_insert("articles", rows)
            if in_python:
                child_rows = {t: [] for t in CHILD_TABLES}
                for rec in records:
                    _child_rows(rec, child_rows)
                for table, table_rows in child_rows.items():
                    if table_rows:
                        self._bulk_insert(table, table_rows)
            else:
                con.register("_written", staged)  # the article rows just inserted (not a scan of the table)
                try:
                    con.execute(f"CREATE OR REPLACE TEMP TABLE _batch AS SELECT id AS aid, "
                                f"json_transform_strict(record, '{_RECORD_SHAPE}') AS r FROM _written")
                finally:
                    con.unregister("_written")
                for sql in _CHILD_INSERTS:
                    con.execute(sql)
                con.execute("DROP TABLE _events")
                con.execute("DROP TABLE _batch")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def _bulk_insert(self, table: str, table_rows: list[list]):
        """Insert rows through an Arrow table: one statement instead of one per row (orders of magnitude faster)."""
        import pyarrow as pa

        if table not in self._columns:
            info = self.con.execute(f"PRAGMA table_info('{table}')").fetchall()
            self._columns[table] = [(row[1], row[2]) for row in info]
        cols = self._columns[table]
        arrays = {}
        for i, (name, sqltype) in enumerate(cols):
            values = [r[i] for r in table_rows]
            if sqltype == "JSON" and values and isinstance(values[0], bytes):
                # orjson's UTF-8 bytes as they are: converting millions of characters of Python str is slower
                arrays[name] = _utf8_array(values)
            else:
                arrays[name] = pa.array(values, type=_ARROW_TYPES.get(sqltype))
        staged = pa.table(arrays)
        self.con.register("_staged", staged)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _staged")
        finally:
            self.con.unregister("_staged")
        return staged

    # -- reads ----------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = {}
        for status, n in self.con.execute("SELECT status, count(*) FROM articles GROUP BY status").fetchall():
            out[status] = n
        out["events"] = self.con.execute("SELECT count(*) FROM events").fetchone()[0]
        return out

    def records(self, where: str = "", params: list | None = None) -> Iterable[dict]:
        cur = self.con.execute(f"SELECT record FROM articles {where} ORDER BY published NULLS LAST, id", params or [])
        while batch := cur.fetchmany(500):
            for (rec,) in batch:
                yield json.loads(rec)

    def top_actors(self, limit: int = 5) -> list[tuple[str, int]]:
        return self.con.execute(
            "SELECT coalesce(name, code) AS actor, count(DISTINCT event_id) AS n FROM event_actors "
            "WHERE role = 'actor' AND coalesce(name, code) IS NOT NULL GROUP BY 1 ORDER BY n DESC, actor LIMIT ?",
            [limit],
        ).fetchall()

    def dyad_monthly(self, actor_code: str, recipient_code: str) -> list[tuple[int, int, str, int]]:
        """Monthly counts of events from ``actor_code`` to ``recipient_code``, by PLOVER category."""
        return self.con.execute(
            """
            SELECT e.year, e.month, e.event, count(DISTINCT e.id)
            FROM events e
            JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' AND a.code = ?
            JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient' AND r.code = ?
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            """,
            [actor_code, recipient_code],
        ).fetchall()


def _utf8_array(values: list[bytes]):
    """An Arrow string array over UTF-8 byte strings (orjson's output, valid UTF-8 by construction): one joined
    buffer and its offsets, instead of copying and then re-validating tens of megabytes value by value."""
    from itertools import accumulate

    import numpy as np
    import pyarrow as pa

    offsets = np.fromiter(accumulate(map(len, values), initial=0), dtype=np.int64, count=len(values) + 1)
    data = b"".join(values)
    return pa.Array.from_buffers(pa.large_string(), len(values), [None, pa.py_buffer(offsets), pa.py_buffer(data)])


def _article_row(rec: ArticleRecord, coded_at: datetime) -> list:
    a = rec.article
    return [
        a.id, a.source, a.outlet, a.title, a.url, a.published, a.language, a.status, a.error,
        list(a.reporters), a.dateline, len(rec.events), coded_at,
        orjson.dumps(rec),  # dataclasses serialised in C: same JSON as rec.to_dict(), 10x faster (UTF-8 bytes)
    ]


# The part of the article record (DESIGN.md) that the child tables need, as a DuckDB json_transform shape.
_ENTITY = ('{"text":"VARCHAR","name":"VARCHAR","code":"VARCHAR","sector":"VARCHAR","sectors":["VARCHAR"],'
           '"id":"VARCHAR","count":"INTEGER"}')
_SPAN = '"start":"INTEGER","end":"INTEGER","text":"VARCHAR"'
_RECORD_SHAPE = (
    '{"boilerplate":[{' + _SPAN + ',"kind":"VARCHAR"}],'
    '"entities":[{' + _SPAN + ',"label":"VARCHAR","actor":' + _ENTITY + '}],'
    '"timexes":[{' + _SPAN + ',"value":"VARCHAR","precision":"VARCHAR","type":"VARCHAR"}],'
    '"quotes":[{' + _SPAN + ',"direct":"BOOLEAN","speaker":' + _ENTITY + ',"cue":"VARCHAR","channel":"VARCHAR",'
    '"anonymous":"BOOLEAN","count":"INTEGER"}],'
    '"events":[{"id":"VARCHAR","event":"VARCHAR","mode":"VARCHAR","context":["VARCHAR"],"cameo":"VARCHAR",'
    '"date":"VARCHAR","actor":[' + _ENTITY + '],"recipient":[' + _ENTITY + '],'
    '"location":{"name":"VARCHAR","country":"VARCHAR","lat":"DOUBLE","lon":"DOUBLE","geonameid":"BIGINT"},'
    '"aux":["VARCHAR"],"factuality":"VARCHAR","attribution":{"source":' + _ENTITY + ',"cue":"VARCHAR",'
    '"channel":"VARCHAR","anonymous":"BOOLEAN"},"text":"VARCHAR","trigger":{"text":"VARCHAR","start":"INTEGER",'
    '"end":"INTEGER"},"language":"VARCHAR","confidence":"DOUBLE"}]}'
)


def _items(field: str) -> str:
    """Rows of one list field of the batch's records, with their position in the list (0-based)."""
    return f"(SELECT aid, unnest(r.{field}) AS x, generate_subscripts(r.{field}, 1) - 1 AS i FROM _batch)"


_CHILD_INSERTS = (
    f'INSERT INTO boilerplate SELECT aid, i, x.start, x."end", x.kind, x.text FROM {_items("boilerplate")}',
    "INSERT INTO entities SELECT aid, i, x.start, x.\"end\", x.text, x.label, x.actor.name, x.actor.code, "
    f"x.actor.sector, x.actor.sectors, x.actor.id, x.actor.count FROM {_items('entities')}",
    'INSERT INTO timexes SELECT aid, i, x.start, x."end", x.text, x.value, x.precision, x.type '
    f"FROM {_items('timexes')}",
    'INSERT INTO quotes SELECT aid, i, x.start, x."end", x.text, x.direct, x.speaker.text, x.speaker.name, '
    f"x.speaker.code, x.speaker.sector, x.speaker.id, x.cue, x.channel, x.anonymous, x.count FROM {_items('quotes')}",
    # the events, unnested once (the events and event_actors rows both read them)
    f"CREATE OR REPLACE TEMP TABLE _events AS SELECT aid, x FROM {_items('events')}",
    # year and month: from a date value that starts YYYY or YYYY-MM (PLOVER dates are YYYY[-MM[-DD]])
    "INSERT INTO events SELECT x.id, aid, x.event, x.mode, x.context, x.cameo, x.date, "
    "CASE WHEN regexp_matches(x.date, '^[0-9]{4}') THEN CAST(substr(x.date, 1, 4) AS INTEGER) END, "
    "CASE WHEN regexp_matches(x.date, '^[0-9]{4}-[0-9]{2}') THEN CAST(substr(x.date, 6, 2) AS INTEGER) END, "
    "x.aux, x.factuality, coalesce(x.attribution.source.name, x.attribution.source.text), "
    "x.attribution.source.code, x.attribution.cue, x.attribution.channel, x.attribution.anonymous, "
    "x.location.name, x.location.country, x.location.lat, x.location.lon, x.location.geonameid, x.text, "
    "x.trigger.text, x.trigger.start, x.trigger.\"end\", x.language, x.confidence FROM _events",
    "INSERT INTO event_actors SELECT e.id, aid, 'actor', j, a.text, a.name, a.code, a.sector, a.sectors, a.id, a.count "
    "FROM (SELECT aid, x AS e, unnest(x.actor) AS a, generate_subscripts(x.actor, 1) - 1 AS j FROM _events) "
    "UNION ALL SELECT e.id, aid, 'recipient', j, a.text, a.name, a.code, a.sector, a.sectors, a.id, a.count "
    "FROM (SELECT aid, x AS e, unnest(x.recipient) AS a, generate_subscripts(x.recipient, 1) - 1 AS j FROM _events)",
)


def _year_month(value: str | None) -> tuple[int | None, int | None]:
    if not value or not value[:4].isdigit():
        return None, None
    month = int(value[5:7]) if len(value) >= 7 and value[5:7].isdigit() else None
    return int(value[:4]), month


def _child_rows(rec: ArticleRecord, rows: dict[str, list]) -> None:
    aid = rec.article.id
    for i, b in enumerate(rec.boilerplate):
        rows["boilerplate"].append([aid, i, b.start, b.end, b.kind, b.text])
    for i, m in enumerate(rec.entities):
        act = m.actor
        rows["entities"].append([
            aid, i, m.start, m.end, m.text, m.label,
            act.name if act else None, act.code if act else None, act.sector if act else None,
            list(act.sectors) if act else None, act.id if act else None, act.count if act else None,
        ])
    for i, t in enumerate(rec.timexes):
        rows["timexes"].append([aid, i, t.start, t.end, t.text, t.value, t.precision, t.type])
    for i, q in enumerate(rec.quotes):
        sp = q.speaker
        rows["quotes"].append([
            aid, i, q.start, q.end, q.text, q.direct, sp.text if sp else None, sp.name if sp else None,
            sp.code if sp else None, sp.sector if sp else None, sp.id if sp else None,
            q.cue, q.channel, q.anonymous, q.count,
        ])
    for e in rec.events:
        att, loc = e.attribution, e.location
        src = att.source if att else None
        year, month = _year_month(e.date)
        rows["events"].append([
            e.id, aid, e.event, e.mode, list(e.context), e.cameo, e.date, year, month, list(e.aux), e.factuality,
            (src.name or src.text) if src else None, src.code if src else None,
            att.cue if att else None, att.channel if att else None, att.anonymous if att else None,
            loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
            loc.lon if loc else None, loc.geonameid if loc else None,
            e.text, e.trigger.text, e.trigger.start, e.trigger.end, e.language, e.confidence,
        ])
        for role, ents in (("actor", e.actor), ("recipient", e.recipient)):
            for i, ent in enumerate(ents):
                rows["event_actors"].append([
                    e.id, aid, role, i, ent.text, ent.name, ent.code, ent.sector, list(ent.sectors), ent.id, ent.count,
                ])
