"""Exports from the store: article records (JSONL), PLOVER JSONL, flat event tables (CSV, Parquet), a GDELT-style TSV."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .. import __version__
from ..store import Store

FORMATS = ("jsonl", "plover-jsonl", "csv", "parquet", "gdelt-tsv")
FLAT_COLUMNS = [
    "id", "article_id", "date", "event", "mode", "context", "cameo", "actor_code", "actor_sector", "actor_name",
    "recipient_code", "recipient_sector", "recipient_name", "aux", "factuality", "source_name", "source_code",
    "cue", "channel", "anonymous", "place", "country", "lat", "lon", "geonameid", "trigger_text", "text",
    "language", "confidence", "published", "outlet", "url",
]
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def plover_entity(ent: dict) -> dict:
    out = {"code": ent.get("code"), "sector": ent.get("sector"), "entity_text": ent.get("text")}
    if ent.get("id"):
        out["identifier_id"] = ent["id"]
    if ent.get("name"):
        out["identifier_text"] = ent["name"]
    if ent.get("sectors"):
        out["sectors"] = ent["sectors"]
    if ent.get("count") is not None:
        out["count"] = ent["count"]
    return out


def plover_event(ev: dict, article: dict) -> dict:
    """One cronaca event as a PLOVER record (PLOVER manual, "Data format"), with cronaca's extras kept."""
    rec = {
        "id": ev["id"],
        "date": ev.get("date"),
        "actor": [plover_entity(a) for a in ev.get("actor", [])],
        "recipient": [plover_entity(r) for r in ev.get("recipient", [])],
        "event": [ev["event"]],
        "mode": [ev["mode"]] if ev.get("mode") else [],
        "context": ev.get("context", []),
        "quad_code": QUAD.get(ev["event"]),
        "event_text": [ev["trigger"]["text"]],
        "text_info": {"start": ev["trigger"]["start"], "end": ev["trigger"]["end"]},
        "cite_info": {"url": article.get("url"), "title": article.get("title"), "language": article.get("language"),
                      "publication": article.get("outlet"), "corpus": article.get("source")},
        "coder": f"cronaca {__version__}",
        "cameo": ev.get("cameo"),
        "aux": ev.get("aux", []),
        "factuality": ev.get("factuality"),
        "attribution": ev.get("attribution"),
        "confidence": ev.get("confidence"),
    }
    loc = ev.get("location")
    if loc:
        rec["event_loc"] = {"extracted_place": loc.get("text"), "resolved_place": loc.get("name"),
                            "geonameid": loc.get("geonameid"), "country_code": loc.get("country"),
                            "lat": loc.get("lat"), "lon": loc.get("lon")}
    return rec


def flat_event(ev: dict, article: dict) -> dict:
    def first(ents, key):
        return ents[0].get(key) if ents else None

    def joined(ents, key):
        vals = [e.get(key) or "" for e in ents]
        return ";".join(vals) if any(vals) else None

    att = ev.get("attribution") or {}
    src = att.get("source") or {}
    loc = ev.get("location") or {}
    actor, recip = ev.get("actor", []), ev.get("recipient", [])
    return {
        "id": ev["id"], "article_id": ev["article_id"], "date": ev.get("date"), "event": ev["event"],
        "mode": ev.get("mode"), "context": ";".join(ev.get("context", [])) or None, "cameo": ev.get("cameo"),
        "actor_code": joined(actor, "code"), "actor_sector": joined(actor, "sector"),
        "actor_name": joined(actor, "name") or first(actor, "text"),
        "recipient_code": joined(recip, "code"), "recipient_sector": joined(recip, "sector"),
        "recipient_name": joined(recip, "name") or first(recip, "text"),
        "aux": ";".join(ev.get("aux", [])) or None, "factuality": ev.get("factuality"),
        "source_name": src.get("name") or src.get("text"), "source_code": src.get("code"),
        "cue": att.get("cue"), "channel": att.get("channel"), "anonymous": att.get("anonymous"),
        "place": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "geonameid": loc.get("geonameid"), "trigger_text": ev["trigger"]["text"], "text": ev.get("text"),
        "language": ev.get("language"), "confidence": ev.get("confidence"),
        "published": article.get("published"), "outlet": article.get("outlet"), "url": article.get("url"),
    }


def iter_events(store: Store) -> Iterator[tuple[dict, dict]]:
    for rec in store.records("WHERE status = 'ok'"):
        for ev in rec["events"]:
            yield ev, rec["article"]


def export(store: Store, fmt: str, out: IO[str] | Path) -> int:
    """Write ``fmt`` to ``out`` (a text stream, or a Path for parquet). Returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "jsonl":
        for rec in store.records():
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "plover-jsonl":
        for ev, art in iter_events(store):
            out.write(json.dumps(plover_event(ev, art), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
        writer.writeheader()
        for ev, art in iter_events(store):
            writer.writerow(flat_event(ev, art))
            n += 1
    elif fmt == "gdelt-tsv":
        from datetime import date

        from .gdelt import write_gdelt

        n = write_gdelt(iter_events(store), out, date.today().strftime("%Y%m%d"))
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat_event(ev, art) for ev, art in iter_events(store)]
        schema = pa.schema([(c, pa.float64() if c in ("lat", "lon", "confidence") else
                             pa.int64() if c == "geonameid" else pa.bool_() if c == "anonymous" else pa.string())
                            for c in FLAT_COLUMNS])
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, str(out))
        n = len(rows)
    return n
