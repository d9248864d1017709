"""End to end through the command line: code examples, validate records, idempotency, bad input, exports."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cronaca.cli import app
from cronaca.schema import validate_record
from cronaca.store import Store

from .conftest import EXAMPLES

runner = CliRunner()


def code(*args):
    result = runner.invoke(app, ["code", *map(str, args)], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def coded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("coded")
    db, out = tmp / "c.duckdb", tmp / "out.jsonl"
    result = code(EXAMPLES, "--db", db, "--jsonl", out)
    assert result.exit_code == 0, result.output
    return db, out, result


def test_examples_are_coded_into_valid_records(coded):
    db, out, result = coded
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(EXAMPLES.glob("*.txt"))) >= 6
    langs = sorted(r["article"]["language"] for r in records)
    assert langs.count("it") >= 3 and langs.count("en") >= 3
    for rec in records:
        assert validate_record(rec) == [], rec["article"]["source"]
        assert rec["article"]["status"] == "ok" and rec["article"]["published"]
        assert rec["boilerplate"], "every example has some boilerplate (credit, byline, share line or bio)"
    assert "Summary" in result.output


def test_second_run_changes_nothing(coded):
    db, _, _ = coded
    with Store(db) as st:
        before = st.counts()
        rows_before = st.con.execute("SELECT id, coded_at FROM articles ORDER BY id").fetchall()
    result = code(EXAMPLES, "--db", db)
    assert result.exit_code == 0
    assert "articles already stored" in result.output
    with Store(db) as st:
        assert st.counts() == before
        assert st.con.execute("SELECT id, coded_at FROM articles ORDER BY id").fetchall() == rows_before


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Published: 2024-02-02\n\nThe Japanese prime minister met the Chinese premier in Beijing on "
                    "Friday and they agreed to resume talks on fishing rights.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    result = code(tmp_path, tmp_path / "nope.txt", "--db", db)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "empty input" in out and "binary" in out and "malformed JSON" in out and "no such file" in out
    with Store(db) as st:
        assert st.counts()["ok"] == 1
        assert st.counts()["failed"] == 4
        errors = st.con.execute("SELECT error FROM articles WHERE status = 'failed'").fetchall()
        assert all(e[0] and "\n" not in e[0] for e in errors)


def test_exit_status_is_nonzero_only_when_nothing_could_be_coded(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = code(tmp_path / "empty.txt", "--db", tmp_path / "c.duckdb")
    assert result.exit_code == 1
    assert "nothing could be coded" in result.output


def test_invalid_options_are_refused(tmp_path):
    assert code(EXAMPLES, "--published", "yesterday", "--db", tmp_path / "x.duckdb").exit_code == 2
    assert code(EXAMPLES, "--lang", "fr", "--db", tmp_path / "x.duckdb").exit_code == 2


def test_exports(coded, tmp_path):
    db, out, _ = coded
    n_events = sum(len(json.loads(line)["events"]) for line in out.read_text(encoding="utf-8").splitlines())
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0
    lines = [l for l in res.stdout.splitlines() if l.startswith("{")]
    assert len(lines) == 6 and all(validate_record(json.loads(l)) == [] for l in lines)
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "plover-jsonl"])
    plover = [json.loads(l) for l in res.stdout.splitlines() if l.startswith("{")]
    assert len(plover) == n_events
    for rec in plover:
        assert {"id", "date", "actor", "event"} <= rec.keys() and isinstance(rec["event"], list)
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(tmp_path / "e.csv")])
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text(encoding="utf-8"))))
    assert len(rows) == n_events
    res = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", "-o", str(tmp_path / "e.parquet")])
    assert res.exit_code == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == n_events
    assert runner.invoke(app, ["export", "--db", str(tmp_path / "none.duckdb")]).exit_code == 2


def test_gdelt_tsv_export(coded, tmp_path):
    """58 GDELT 1.0 columns in codebook order, then cronaca's factuality; denied events stay marked."""
    db, _, _ = coded
    path = tmp_path / "e.tsv"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt-tsv", "-o", str(path)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t"))
    header = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert len(header) == 61 and header[26] == "EventCode" and header[57] == "SOURCEURL"
    assert rows and all(len(r) == 61 for r in rows)
    for r in rows:
        assert r["EventRootCode"] == r["EventCode"][:2] and r["QuadClass"] in "1234"
        if r["SQLDATE"]:
            assert r["SQLDATE"].startswith(r["MonthYear"]) and len(r["SQLDATE"]) == 8
    russia = [r for r in rows if r["Actor1CountryCode"] == "RUS"]
    assert russia and all(r["Actor1Code"].startswith("RUS") for r in russia)
    assert any(r["Factuality"] == "denied" for r in rows)  # the Pyongyang article's denied transfer
    seoul = [r for r in rows if r["ActionGeo_FullName"] == "Seoul"]
    assert seoul and seoul[0]["ActionGeo_CountryCode"] == "KS"  # FIPS 10-4, as GDELT uses


def test_console_script_help_and_stdin(tmp_path):
    exe = [sys.executable, "-m", "cronaca.cli"]
    res = subprocess.run(exe + ["--help"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "cronaca code" in res.stdout
    text = "The Turkish foreign minister visited Baghdad on Monday and met Iraqi officials."
    res = subprocess.run(exe + ["code", "-", "--published", "2024-01-08", "--db", str(tmp_path / "s.duckdb"),
                                "--jsonl", str(tmp_path / "o.jsonl")],
                         input=text, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "COLUMNS": "120"})
    assert res.returncode == 0, res.stderr
    rec = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert rec["article"]["source"] == "<stdin>" and rec["article"]["published"] == "2024-01-08"
