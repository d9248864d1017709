"""Readers per input format: plain text, HTML, JSON Lines, directories and standard input.

Every input item becomes an ``Article``: status "ok" with its text and metadata, or status "failed" with a
one-line ``error``, so a batch never stops on bad input and every failure is recorded.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..schema import Article
from .decode import MAX_ARTICLE_BYTES, IngestError, decode_bytes
from .language import choose_language

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
HEADER_KEYS = {"title", "published", "date", "outlet", "url", "language", "lang", "id", "source"}
HEADER_LINE = re.compile(r"^([A-Za-z]+):[ \t]*(.*)$")


@dataclass
class Options:
    published: str | None = None  # --published: used when the input has no date of its own
    lang: str | None = None  # --lang: "auto" or a code


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def article_id(text: str) -> str:
    """A stable id from the content: the same text always gets the same id."""
    norm = unicodedata.normalize("NFC", " ".join(text.split()))
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


def failure_id(source: str) -> str:
    return "failed-" + hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def failed(source: str, error: str) -> Article:
    return Article(id=failure_id(source), source=source, text="", status="failed", error=error)


def normalise_date(value: str | None) -> str | None:
    """ISO date (YYYY-MM-DD) from an ISO date or datetime string; None if unparseable."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def finish(text: str, source: str, meta: dict, opts: Options) -> Article:
    """Build the Article from decoded text and metadata: id, date, language, warnings."""
    text = text.strip("\n")
    if not text.strip():
        return failed(source, "no text: the input is empty once markup and whitespace are removed")
    warnings: list[str] = []
    published = normalise_date(meta.get("published") or meta.get("date"))
    if meta.get("published") and not published:
        warnings.append(f"unreadable publication date {meta.get('published')!r}")
    if not published and opts.published:
        published = normalise_date(opts.published)
    if not published:
        warnings.append("no publication date: relative dates cannot be resolved (use --published)")
    lang, skip_reason = choose_language(text, opts.lang, meta.get("language") or meta.get("lang"))
    art = Article(
        id=str(meta.get("id") or article_id(text)),
        source=str(meta.get("source") or source),
        text=text,
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        published=published,
        language=lang,
        url=meta.get("url"),
        warnings=warnings,
    )
    if skip_reason:
        art.status, art.error = "skipped", skip_reason
    return art


def split_header(text: str) -> tuple[dict, str]:
    """Optional e-mail-style header ("Title: …", "Published: …", "Outlet: …") ended by a blank line."""
    lines = text.split("\n")
    meta: dict = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if meta and i > 0:
                return meta, "\n".join(lines[i + 1:])
            return {}, text
        m = HEADER_LINE.match(line)
        if not m or m[1].lower() not in HEADER_KEYS:
            return {}, text
        meta[m[1].lower()] = m[2].strip()
        if i > 12:
            break
    return {}, text


def read_text(data: bytes, source: str, opts: Options) -> Article:
    text = decode_bytes(data)
    meta, body = split_header(text)
    return finish(body, source, meta, opts)


def read_html(data: bytes, source: str, opts: Options) -> Article:
    import trafilatura

    html = decode_bytes(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    if doc is None:
        raise IngestError("HTML page without article text")
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    text = doc.get("text") or ""
    if not text.strip():
        raise IngestError("HTML page without article text")
    published = doc.get("date")
    if not published:
        try:
            from htmldate import find_date

            published = find_date(html, extensive_search=False)
        except Exception:  # htmldate is best effort
            published = None
    meta = {"title": doc.get("title"), "published": published, "outlet": doc.get("sitename"),
            "url": doc.get("url") or (source if source.startswith("http") else None)}
    return finish(text, source, meta, opts)


def read_jsonl_lines(lines: Iterable[bytes], source: str, opts: Options) -> Iterator[Article]:
    for n, raw in enumerate(lines, 1):
        where = f"{source}:{n}"
        if not raw.strip():
            continue
        if len(raw) > MAX_ARTICLE_BYTES:
            yield failed(where, f"line too large ({_mib(len(raw))} > {_mib(MAX_ARTICLE_BYTES)} limit)")
            continue
        try:
            obj = json.loads(decode_bytes(raw))
        except (json.JSONDecodeError, IngestError) as exc:
            yield failed(where, f"malformed JSON line: {str(exc).splitlines()[0]}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield failed(where, "JSON line has no \"text\" string field")
            continue
        meta = {k: obj.get(k) for k in ("title", "url", "published", "date", "outlet", "language", "id")}
        meta["source"] = obj.get("url") or where
        yield finish(unicodedata.normalize("NFC", obj["text"]), where, meta, opts)


def sniff(data: bytes) -> str:
    """Guess the format of standard input: jsonl, html or text."""
    head = data.lstrip()[:512].lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    return "text"


def read_file(path: Path, opts: Options) -> Iterator[Article]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl_lines(fh, source, opts)
            return
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise IngestError(f"file too large for one article ({_mib(size)} > {_mib(MAX_ARTICLE_BYTES)} limit)")
        data = path.read_bytes()
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and sniff(data) == "html"):
            yield read_html(data, source, opts)
        else:
            yield read_text(data, source, opts)
    except IngestError as exc:
        yield failed(source, str(exc))
    except OSError as exc:
        yield failed(source, f"cannot read file: {exc.strerror or exc}")


def read_stdin(opts: Options, stream=None) -> Iterator[Article]:
    data = (stream or sys.stdin.buffer).read()
    try:
        kind = sniff(data)
        if kind == "jsonl":
            yield from read_jsonl_lines(data.splitlines(), "<stdin>", opts)
        elif kind == "html":
            yield read_html(data, "<stdin>", opts)
        else:
            if len(data) > MAX_ARTICLE_BYTES:
                raise IngestError(f"input too large for one article ({_mib(len(data))} > {_mib(MAX_ARTICLE_BYTES)} limit)")
            yield read_text(data, "<stdin>", opts)
    except IngestError as exc:
        yield failed("<stdin>", str(exc))


def expand(paths: Iterable[str]) -> Iterator[Path | str]:
    """Paths, directories walked recursively (readable suffixes only, sorted); '-' is stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READABLE_SUFFIXES and not child.name.startswith("."):
                    yield child
        else:
            yield path


def read_inputs(paths: Iterable[str], opts: Options | None = None, stdin=None) -> Iterator[Article]:
    """Every article in ``paths``; missing paths and bad items come out as failed Articles."""
    opts = opts or Options()
    for item in expand(paths):
        if item == "-":
            yield from read_stdin(opts, stdin)
        elif not item.exists():
            yield failed(str(item), "no such file or directory")
        else:
            yield from read_file(item, opts)
