"""Ingest: formats, decoding, metadata, language, ids, and the bad inputs that must not stop a batch."""
from __future__ import annotations

import io
import json

import pytest

from cronaca.ingest import Options, article_id, decode_bytes, read_inputs
from cronaca.ingest.decode import MAX_ARTICLE_BYTES, IngestError

IT_TEXT = ("Il ministro degli Esteri ha incontrato martedì il suo omologo francese a Roma per discutere "
           "della crisi in Medio Oriente e delle nuove sanzioni contro l'Iran.")
EN_TEXT = ("The foreign minister met his French counterpart in Rome on Tuesday to discuss the crisis in the "
           "Middle East and new sanctions against Iran.")


def read_one(path, **opts):
    items = list(read_inputs([str(path)], Options(**opts)))
    assert len(items) == 1
    return items[0]


def test_plain_text_utf8_with_header(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Title: Vertice a Roma\nPublished: 2024-06-18\nOutlet: Prova\n\n" + IT_TEXT + "\n", encoding="utf-8")
    art = read_one(p)
    assert art.status == "ok"
    assert art.title == "Vertice a Roma" and art.outlet == "Prova" and art.published == "2024-06-18"
    assert art.language == "it"
    assert art.text == IT_TEXT
    assert art.id == article_id(IT_TEXT)


def test_cp1252_and_latin1_are_decoded_without_mojibake(tmp_path):
    text = "Il “governo” ha già detto che la città è pronta – però non è così."
    p = tmp_path / "w.txt"
    p.write_bytes(text.encode("cp1252"))
    assert read_one(p).text == text
    q = tmp_path / "l.txt"
    q.write_bytes("La libertà è già qui, perché sì.".encode("latin-1"))
    assert read_one(q).text == "La libertà è già qui, perché sì."


def test_decode_rejects_binary_and_undecodable():
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(IngestError, match="undecodable"):
        decode_bytes(b"testo \x81\x8d\x8f\x90\x9d ancora")
    with pytest.raises(IngestError, match="empty"):
        decode_bytes(b"   \n ")


def test_language_detection_and_unsupported_language(tmp_path):
    (tmp_path / "en.txt").write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "fr.txt").write_text(
        "Le ministre des Affaires étrangères a rencontré mardi son homologue italien à Paris pour discuter "
        "de la crise au Moyen-Orient et des nouvelles sanctions contre l'Iran.", encoding="utf-8")
    arts = {a.source.rsplit("/", 1)[-1]: a for a in read_inputs([str(tmp_path)])}
    assert arts["en.txt"].language == "en" and arts["en.txt"].status == "ok"
    assert arts["fr.txt"].status == "skipped" and "unsupported language 'fr'" in arts["fr.txt"].error


def test_lang_option_overrides_detection(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(EN_TEXT, encoding="utf-8")
    assert read_one(p, lang="it").language == "it"


def test_published_option_and_missing_date_warning(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(EN_TEXT, encoding="utf-8")
    art = read_one(p)
    assert art.published is None and any("no publication date" in w for w in art.warnings)
    assert read_one(p, published="2024-01-02").published == "2024-01-02"


def test_jsonl_records_and_malformed_line(tmp_path):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": EN_TEXT, "title": "T", "url": "https://example.org/a", "published": "2024-03-01T10:00:00Z",
                    "outlet": "Example", "id": "a1"}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": IT_TEXT, "language": "it"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = list(read_inputs([str(p)]))
    assert [a.status for a in arts] == ["ok", "failed", "failed", "ok"]
    assert arts[0].id == "a1" and arts[0].published == "2024-03-01" and arts[0].url == "https://example.org/a"
    assert arts[1].error.startswith("malformed JSON line") and arts[1].source.endswith(":2")
    assert "text" in arts[2].error
    assert arts[3].language == "it"


HTML = """<!DOCTYPE html><html><head><title>Summit in Rome | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-06-18T09:00:00+02:00"></head>
<body><nav>Home | World | Sport</nav><article><h1>Summit in Rome</h1>
<p>{p1}</p><p>{p2}</p></article><footer>Cookie policy</footer></body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML.format(p1=EN_TEXT, p2="The two ministers agreed to meet again in Paris next month."),
                 encoding="utf-8")
    art = read_one(p)
    assert art.status == "ok", art.error
    assert "French counterpart" in art.text and "Cookie policy" not in art.text and "Sport" not in art.text
    assert art.published == "2024-06-18"
    assert art.language == "en"


def test_html_without_text(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><div></div></body></html>", encoding="utf-8")
    art = read_one(p)
    assert art.status == "failed" and "without article text" in art.error


def test_bad_inputs_each_give_one_line_error_and_batch_continues(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(EN_TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "bad.txt").write_bytes(b"Il governo \x81\x8d\x90 ha detto")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)
    (tmp_path / "bad.jsonl").write_text('{"text": "ok"\n', encoding="utf-8")
    (tmp_path / "blank.html").write_text("<html><body></body></html>", encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("empty.txt", "binary.txt", "bad.txt", "big.txt", "bad.jsonl", "blank.html")]
    paths += [str(tmp_path / "missing.txt"), str(good)]
    arts = list(read_inputs(paths))
    errors = {a.source.rsplit("/", 1)[-1]: a.error for a in arts}
    assert errors["empty.txt"] == "empty input"
    assert "binary" in errors["binary.txt"]
    assert "undecodable" in errors["bad.txt"]
    assert "too large" in errors["big.txt"] and "20.0 MB" in errors["big.txt"]
    assert "malformed JSON" in errors["bad.jsonl:1"]
    assert "without article text" in errors["blank.html"] or "no text" in errors["blank.html"]
    assert errors["missing.txt"] == "no such file or directory"
    assert errors["good.txt"] is None
    for a in arts:
        assert a.error is None or "\n" not in a.error


def test_stdin_text_and_jsonl():
    arts = list(read_inputs(["-"], Options(published="2024-05-05"), stdin=io.BytesIO(EN_TEXT.encode())))
    assert arts[0].status == "ok" and arts[0].source == "<stdin>" and arts[0].published == "2024-05-05"
    feed = (json.dumps({"text": EN_TEXT}) + "\n" + json.dumps({"text": IT_TEXT}) + "\n").encode()
    arts = list(read_inputs(["-"], stdin=io.BytesIO(feed)))
    assert [a.language for a in arts] == ["en", "it"]


def test_ids_are_stable_and_content_based(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "sub" / "b.txt"
    b.parent.mkdir()
    a.write_text(EN_TEXT, encoding="utf-8")
    b.write_text(EN_TEXT + "\n", encoding="utf-8")
    ids = [x.id for x in read_inputs([str(tmp_path)])]
    assert ids[0] == ids[1] == article_id(EN_TEXT)
    assert article_id(IT_TEXT) != article_id(EN_TEXT)


def test_size_limit_constant_is_sane():
    assert 1_000_000 <= MAX_ARTICLE_BYTES < 20 * 1024 * 1024
