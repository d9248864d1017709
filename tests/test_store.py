"""DuckDB store: versioned schema, idempotent writes, atomic batches, queries."""
from __future__ import annotations

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
