"""Loading a language's time grammar from ``lang/<code>/timex.json`` and compiling its patterns.

The grammar file holds word classes (months, weekdays, number words, units, ...) and surface patterns:
sequences of elements, each either a word class (``@MONTH:m``: match a month word and capture it as
``m``) or literal alternatives (``di|del|della``), with a trailing ``?`` for optional elements.
Patterns name a *builder* (``date``, ``ago``, ``duration`` ...): the language-agnostic normaliser in
:mod:`cronaca.timex.engine` that turns the captures into a TIMEX3 value.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import data_path, load_json


def fold(word: str) -> str:
    """Lower-case and normalise apostrophes (the key used for every lexicon lookup)."""
    return unicodedata.normalize("NFC", word).replace("\u2019", "'").replace("`", "'").lower()


@dataclass
class Element:
    kind: str  # "class" or "lit"
    value: str | frozenset  # class name or set of literal words
    name: str | None = None
    optional: bool = False


@dataclass
class Pattern:
    elements: list[Element]
    builder: str
    type: str | None = None
    after: frozenset | None = None  # the token before the match must be one of these
    not_after: frozenset | None = None  # ... must not be one of these
    not_before: frozenset | None = None  # the token after the match must not be one of these
    params: dict = field(default_factory=dict)
    source: str = ""


@dataclass
class Grammar:
    lang: str
    apostrophe: str  # "left": l'estate -> [l', estate]; "right": Tuesday's -> [Tuesday, 's]
    classes: dict[str, dict[str, object]]  # class name -> folded word -> value
    case_sensitive: frozenset  # words that only count when written capitalised (English "May")
    ordinal_suffixes: tuple[str, ...]
    year_range: tuple[int, int]
    future_cue: re.Pattern | None
    past_cue: re.Pattern | None
    patterns: list[Pattern]
    abbreviations: frozenset  # folded words that may carry a final dot (jan. sept.)
    multiword: dict[tuple[str, ...], tuple[str, object]]  # folded token tuple -> (class, value)
    decade_bare_digits: bool = False  # "anni 90": a bare two-digit number can name a decade
    # (class, first folded word) -> [(words, value)]: multiword lookups without scanning every entry
    multiword_index: dict = None
    units: dict = None  # NUM words worth 1..9 (for "ventiquattro"-style compounds)


def _parse_element(spec: str) -> Element:
    optional = spec.endswith("?") and len(spec) > 1
    if optional:
        spec = spec[:-1]
    if spec.startswith("@"):
        name = None
        body = spec[1:]
        if ":" in body:
            body, name = body.split(":", 1)
        return Element("class", body, name, optional)
    return Element("lit", frozenset(fold(w) for w in spec.split("|")), None, optional)


def _words(values) -> frozenset | None:
    if not values:
        return None
    return frozenset(fold(v) for v in values)


@lru_cache(maxsize=None)
def load_grammar(lang: str) -> Grammar:
    if not data_path(lang, "timex.json").exists():
        raise ValueError(f"no time grammar for language {lang!r} (lang/{lang}/timex.json)")
    data = load_json(lang, "timex.json")
    apostrophe = data.get("apostrophe", "right")
    split_re = re.compile(
        r"[^\W\d_]+'|[^\W\d_]+|'?\d+|[^\w\s]" if apostrophe == "left" else r"'?[^\W\d_]+|'?\d+|[^\w\s]"
    )
    classes: dict[str, dict[str, object]] = {}
    multiword: dict[tuple[str, ...], tuple[str, object]] = {}
    abbreviations = set()
    for cname, table in data["classes"].items():
        entries: dict[str, object] = {}
        if isinstance(table, list):
            table = {w: True for w in table}
        for word, value in table.items():
            key = fold(word)
            parts = tuple(split_re.findall(key)) if not key.endswith(".") else (key,)
            if len(parts) > 1 and "." not in key:
                multiword[parts] = (cname, value)
                continue
            if key.endswith(".") and len(key) > 1:
                abbreviations.add(key)
            entries[key] = value
        classes[cname] = entries
    patterns = []
    for p in data["patterns"]:
        patterns.append(
            Pattern(
                elements=[_parse_element(e) for e in p["match"]],
                builder=p["build"],
                type=p.get("type"),
                after=_words(p.get("after")),
                not_after=_words(p.get("not_after")),
                not_before=_words(p.get("not_before")),
                params=p.get("params", {}),
                source=" ".join(p["match"]),
            )
        )
    fut = data.get("future_cue")
    past = data.get("past_cue")
    return Grammar(
        lang=lang,
        apostrophe=apostrophe,
        classes=classes,
        case_sensitive=frozenset(fold(w) for w in data.get("case_sensitive", [])),
        ordinal_suffixes=tuple(data.get("ordinal_suffixes", [])),
        year_range=tuple(data.get("year_range", [1000, 2199])),
        future_cue=re.compile(fut, re.I) if fut else None,
        past_cue=re.compile(past, re.I) if past else None,
        patterns=patterns,
        abbreviations=frozenset(abbreviations),
        multiword=multiword,
        decade_bare_digits=bool(data.get("decade_bare_digits", False)),
        multiword_index=_index_multiword(multiword),
        units={k: v for k, v in classes.get("NUM", {}).items() if isinstance(v, int) and 0 < v < 10},
    )


def _index_multiword(multiword: dict) -> dict:
    index: dict = {}
    for words, (cname, value) in multiword.items():
        index.setdefault((cname, words[0]), []).append((words, value))
    return index
