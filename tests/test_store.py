"""DuckDB store: versioned schema, idempotent writes, atomic batches, queries."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from cronaca.schema import Article, ArticleRecord, Entity, Event, Trigger
from cronaca.store import SCHEMA_VERSION, Store, StoreError


def record(aid: str, n_events: int = 2, month: str = "2024-06") -> ArticleRecord:
    text = "Russia signed a pact with North Korea."
    events = [
        Event(id=f"{aid}-e{i}", article_id=aid, event="AGREE", trigger=Trigger("signed", 7, 13), text=text,
              language="en", date=f"{month}-1{i}", actor=[Entity("Russia", "Russia", "RUS", "GOV")],
              recipient=[Entity("North Korea", "North Korea", "PRK", "GOV")])
        for i in range(n_events)
    ]
    return ArticleRecord(article=Article(id=aid, source=f"{aid}.txt", text=text, published=f"{month}-19",
                                         language="en"), events=events)


def test_schema_version_and_idempotent_rewrite(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        st.write(record("a"))
        st.write(record("a"))  # same article again: replaced, not duplicated
        st.write(record("b", 1))
        assert st.counts() == {"ok": 2, "events": 3}
        assert st.has("a") and not st.has("zzz")
        version = st.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0]
        assert int(version) == SCHEMA_VERSION
        assert st.con.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 6


def test_failed_batch_leaves_earlier_articles_stored(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as st:
        st.write_many([record("a")])
        bad = record("b")
        bad.events[0].confidence = "not a number"  # makes the insert fail inside the transaction
        with pytest.raises(Exception):
            st.write_many([record("c"), bad])
        assert st.counts() == {"ok": 1, "events": 2}  # "a" kept; neither "c" nor "b" half-written
    with Store(db) as st:  # reopening works after the failure
        assert st.has("a") and not st.has("c")


def test_dyad_monthly_counts(tmp_path):
    with Store(tmp_path / "s.duckdb") as st:
        st.write_many([record("a", 2, "2024-05"), record("b", 3, "2024-06")])
        assert st.dyad_monthly("RUS", "PRK") == [(2024, 5, "AGREE", 2), (2024, 6, "AGREE", 3)]
        assert st.dyad_monthly("PRK", "RUS") == []
        assert st.top_actors() == [("Russia", 5)]


def test_newer_schema_is_refused(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 999"):
        Store(db)


def test_python_and_duckdb_row_building_agree(tmp_path, monkeypatch):
    """Small batches build child rows in Python, large ones inside DuckDB from the JSON records: same rows."""
    import cronaca.store as store_mod
    from cronaca.ingest import read_inputs
    from cronaca.pipeline import Coder

    examples = Path(__file__).resolve().parents[1] / "examples"
    recs = list(Coder().code_many(read_inputs([str(examples)])))
    assert sum(len(r.events) for r in recs) > 10 and sum(len(r.quotes) for r in recs) > 5
    tables = {}
    for name, threshold in (("python", 10**9), ("duckdb", 0)):
        monkeypatch.setattr(store_mod, "BULK_ROWS", threshold)
        with Store(tmp_path / f"{name}.duckdb") as st:
            st.write_many(recs)
            st.write_many(recs[:2])  # re-written articles are replaced on both paths
            tables[name] = {t: st.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                            for t in store_mod.CHILD_TABLES}
    for t in store_mod.CHILD_TABLES:
        assert tables["python"][t] == tables["duckdb"][t], t
    assert tables["python"]["event_actors"] and tables["python"]["quotes"]
