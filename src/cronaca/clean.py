"""Boilerplate: find the parts of an article that are not news text (author bios, bylines, reporter credits,
photo credits, share lines). They are recorded with offsets and never produce entities or events.
Reporters and the dateline are kept as article metadata.

Patterns are language data (``lang/<code>/boilerplate.json``); the shape rules here are language-agnostic.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lang import load_json
from .schema import Article, Boilerplate

NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:[A-ZÀ-Ý][a-zà-ÿ'’.-]+|de|da|di|van|von|del|la|le)){0,3}\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+")
PLACE_WORDS = re.compile(r"\b(?:from|da|in|a)\s+([A-ZÀ-Ý][\w'’ -]+?)(?=[,;.]|\s+(?:and|e)\s|$)")


@lru_cache(maxsize=None)
def _patterns(lang: str) -> dict:
    data = load_json(lang, "boilerplate.json")
    return {
        kind: [re.compile(rx) for rx in data.get(kind, [])]
        for kind in ("byline", "reporter_credit", "credit", "share")
    } | {"dateline": re.compile(data["dateline"]) if data.get("dateline") else None}


def lines_with_offsets(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, stripped text) with offsets of the stripped text."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped)
            out.append((start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def is_author_bio(line: str) -> bool:
    """A run of short verbless self-descriptions: "Organizer. Pop culture enthusiast. Zombie scholar. Web guru."

    Language-agnostic shape: three or more fragments ending in '.', each of one to four words, each starting
    with a capital letter, no digits, no quotation marks.
    """
    if len(line) > 300 or any(ch.isdigit() for ch in line) or any(q in line for q in "\"“”«»"):
        return False
    fragments = [f.strip() for f in re.split(r"(?<=[.!])\s+", line) if f.strip()]
    if len(fragments) < 3:
        return False
    for frag in fragments:
        words = frag.rstrip(".!").split()
        if not (1 <= len(words) <= 4) or not frag[0].isupper() or not frag.endswith((".", "!")):
            return False
    return True


def reporter_names(line: str) -> list[str]:
    """Person names in a byline or credit line, leaving out the places they reported from."""
    line = PLACE_WORDS.sub(" ", line)
    names = []
    for m in NAME.finditer(line):
        words = m.group(0).split()
        while words and len(words[0]) <= 3 and words[0].istitle() and len(words) > 2:
            words = words[1:]  # a leading "By" / "Di" caught by the capitalised-word pattern
        if len(words) >= 2 and not (len(words[0]) <= 3 and words[0].lower() in {"by", "di", "da"}):
            names.append(" ".join(words))
        elif len(words) > 2:
            names.append(" ".join(words[1:]))
    return names


def find_dateline(first_line: str, lang: str) -> tuple[str, int] | None:
    """(place, length of the dateline prefix) for "SEOUL (Reuters) – …" / "ROMA, 19 giugno – …"."""
    rx = _patterns(lang)["dateline"]
    if rx is None:
        return None
    m = rx.match(first_line)
    if not m:
        return None
    place = m.group(1).strip()
    if len(place) < 3 or not place.replace(" ", "").replace("'", "").replace("’", "").replace(".", "").replace("-", "").isupper():
        return None
    return place.title(), m.end()


def find_boilerplate(article: Article) -> list[Boilerplate]:
    """Boilerplate spans of ``article.text``; fills ``article.reporters`` and ``article.dateline``."""
    lang = article.language or "en"
    try:
        pats = _patterns(lang)
    except FileNotFoundError:
        return []
    found: list[Boilerplate] = []
    lines = lines_with_offsets(article.text)
    for i, (start, end, line) in enumerate(lines):
        kind = None
        if len(line) <= 400:
            for k in ("byline", "reporter_credit", "credit", "share"):
                if any(rx.match(line) for rx in pats[k]):
                    kind = k
                    break
        if kind is None and is_author_bio(line):
            kind = "author_bio"
        if kind is None:
            if i <= 1:
                dl = find_dateline(line, lang)
                if dl and not article.dateline:
                    article.dateline = dl[0]
                    found.append(Boilerplate(start, start + dl[1], "other", line[: dl[1]]))
            continue
        if kind in ("byline", "reporter_credit"):
            for name in reporter_names(line):
                if name not in article.reporters:
                    article.reporters.append(name)
        found.append(Boilerplate(start, end, "credit" if kind == "reporter_credit" else kind, line))
    return found
