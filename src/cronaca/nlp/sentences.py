"""Rule-based sentence boundaries that know abbreviations and quotes (component ``cronaca_sentences``).

Runs right after the tokenizer and sets ``is_sent_start`` on every token; the parser keeps these
boundaries. The abbreviation list is language data: ``lang/<code>/senter_abbreviations.txt``.

Rules:
- a sentence ends at ``.``, ``!``, ``?``, ``…`` (or runs of them), together with any closing quotes or
  brackets right after them, when the next word starts a sentence: a capital letter, a digit, or an
  opening quote/bracket/dash;
- it never ends after an abbreviation from the list (``sig.``, ``dott.``, ``Mr.``), whether the tokenizer
  kept it as one token or split the full stop off, nor after a single-letter initial (``J.``); abbreviations
  marked ``end`` in the list (``ecc.``, ``U.S.``) may end a sentence when a capitalised word follows;
- a line break followed by a capitalised word, and any blank line, also end a sentence (headlines, datelines).
"""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

TERMINAL_CHARS = set(".!?…")
CLOSERS = set("\"'”’»)]}›")
OPENERS = set("\"'“‘«([{‹-–—¿¡")


@lru_cache(maxsize=None)
def abbreviations(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all abbreviations, those that may end a sentence), lower case, each ending in '.'."""
    from cronaca.lang import data_path

    path = data_path(lang, "senter_abbreviations.txt")
    allv, final = set(), set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            allv.add(parts[0].lower())
            if len(parts) > 1 and parts[1] == "end":
                final.add(parts[0].lower())
    return frozenset(allv), frozenset(final)


def _is_terminal(text: str) -> bool:
    return bool(text) and all(c in TERMINAL_CHARS for c in text)


def _starts_sentence(text: str) -> bool:
    c = text[:1]
    return bool(c) and (c.isupper() or c.isdigit() or c in OPENERS)


class SentenceRules:
    def __init__(self, lang: str):
        self.lang = lang
        self.abbrevs, self.final = abbreviations(lang)

    def _abbrev_before(self, doc: Doc, i: int) -> str | None:
        """The abbreviation ending at token i ('.' split off or kept), or None."""
        tok = doc[i]
        low = tok.lower_
        if low.endswith(".") and len(low) > 1:
            if low in self.abbrevs:
                return low
            core = low.rstrip(".")
            if len(core) == 1 and core.isalpha():
                return low  # initial
            if all(len(p) == 1 and p.isalpha() for p in core.split(".")) and "." in core:
                return low  # dotted acronym: s.p.a., u.s.
            return None
        if low == "." and i > 0:
            prev = doc[i - 1]
            if prev.whitespace_:
                return None
            cand = prev.lower_ + "."
            if cand in self.abbrevs:
                return cand
            if len(prev.text) == 1 and prev.text.isalpha() and prev.text.isupper():
                return cand  # initial "J."
            # split acronym "S.p" + "." (tokenizer kept the inner dots)
            core = prev.lower_
            if "." in core and all(len(p) == 1 and p.isalpha() for p in core.split(".")):
                return cand
        return None

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = [False] * n
        starts[0] = True
        i = 0
        while i < n:
            tok = doc[i]
            text = tok.text
            if tok.is_space:
                if "\n" in text and i + 1 < n:
                    nxt = doc[i + 1].text
                    if text.count("\n") >= 2 or _starts_sentence(nxt):
                        starts[i + 1] = True
                i += 1
                continue
            if "\n" in tok.whitespace_ and i + 1 < n:
                nxt = doc[i + 1].text
                if tok.whitespace_.count("\n") >= 2 or (_starts_sentence(nxt) and not self._abbrev_before(doc, i)):
                    starts[i + 1] = True
            ends = False
            abbr = None
            if _is_terminal(text):
                abbr = self._abbrev_before(doc, i) if text == "." else None
                ends = abbr is None or abbr in self.final
            elif text.endswith(".") and len(text) > 1:
                abbr = self._abbrev_before(doc, i)
                ends = abbr is not None and abbr in self.final
            if ends:
                j = i + 1
                while j < n and (doc[j].text in CLOSERS or _is_terminal(doc[j].text)) and not (
                    doc[j].text in OPENERS and doc[j - 1].whitespace_
                ):
                    j += 1
                k = j
                while k < n and doc[k].is_space:
                    k += 1
                if k < n and _starts_sentence(doc[k].text):
                    nxt = doc[k].lower_
                    if abbr is None or (doc[k].text[:1].isupper() and not (nxt in self.abbrevs and nxt not in self.final)):
                        starts[k] = True
                i = j
                continue
            i += 1
        # one array write: setting Token.is_sent_start checks the whole Doc for a parse on every call (O(n^2))
        arr = numpy.array([1 if s else -1 for s in starts], dtype="int64").view("uint64").reshape(n, 1)
        doc.from_array([SENT_START], arr)
        return doc


@Language.factory("cronaca_sentences", default_config={})
def make_sentence_rules(nlp: Language, name: str) -> SentenceRules:
    return SentenceRules(nlp.lang)


def add_abbreviation_exceptions(nlp: Language) -> int:
    """Keep each listed abbreviation one token (lower, Title and UPPER case). Returns how many were added."""
    from spacy.symbols import ORTH

    allv, _ = abbreviations(nlp.lang)
    added = 0
    for a in sorted(allv):
        for form in {a, a[:1].upper() + a[1:], a.upper()}:
            if nlp.tokenizer(form).__len__() != 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
                added += 1
    return added
