"""Which time expression dates an event, and whether that date is historical.

``event_date(analysis, start, end)`` returns ``(date, historical)``:

* ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` from the DATE/TIME expression that governs the
  span [start, end): one in the same sentence, preferring the one syntactically attached to the span's
  head (when ``analysis.doc`` has a dependency parse), else the nearest one in the sentence (preferring one
  not separated from the span by a clause mark: , ; : parentheses, dashes). Durations,
  sets and vague references (PAST_REF, FUTURE_REF) never date an event; PRESENT_REF counts as the
  publication date. Weeks give the month of their Thursday, quarters and seasons their year.
  A decade or century gives ``None`` (too coarse to be a date) but can still be historical.
* with no governing expression the publication date is returned (``None`` when unknown) with
  ``historical=False``: whether "present / recent past" applies is the events layer's call.
* ``historical`` is True when the governing period ended more than ``HISTORICAL_DAYS`` (365) days
  before publication.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .engine import _parse_dct, sentence_bounds

HISTORICAL_DAYS = 365


def _period(value: str) -> tuple[str | None, date | None]:
    """(event date string, last day of the period) for a TIMEX3 value; (None, None) if not a date."""
    if not value:
        return None, None
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return d.isoformat(), d
    m = re.match(r"^(\d{4})-W(\d\d)", value)
    if m:
        thu = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        return f"{thu.year}-{thu.month:02d}", thu + timedelta(days=3)
    m = re.match(r"^(\d{4})-(\d\d)$", value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        return f"{y}-{mo:02d}", nxt - timedelta(days=1)
    m = re.match(r"^(\d{4})(?:-(?:Q\d|SP|SU|FA|WI|H\d))?$", value)
    if m:
        y = int(m.group(1))
        return f"{y}", date(y, 12, 31)
    m = re.match(r"^(\d{3})$", value)
    if m:
        return None, date(int(value) * 10 + 9, 12, 31)
    m = re.match(r"^(\d{2})$", value)
    if m:
        return None, date(int(value) * 100 + 99, 12, 31)
    return None, None


def timex_date(value: str | None, published: str | None) -> tuple[str | None, bool] | None:
    """The (date, historical) a TIMEX3 value gives an event; None when the value cannot date one."""
    if value == "PRESENT_REF":
        return (published, False) if published else None
    if value is None or value.startswith("P") or value.endswith("_REF") or value.startswith("X"):
        return None
    d, last = _period(value)
    if last is None:
        return None
    dct = _parse_dct(published)
    historical = bool(dct and (dct - last).days > HISTORICAL_DAYS)
    return d, historical


def _sentence(analysis, start: int, end: int) -> tuple[int, int]:
    doc = analysis.doc
    if doc is not None and (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        # the token at ``start`` (a binary search), then its sentence: no walk over all sentences per call
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        if span is not None and len(span):
            sent = span[0].sent
            return sent.start_char, sent.end_char
        for sent in doc.sents:
            if sent.start_char <= start < sent.end_char:
                return sent.start_char, sent.end_char
    for s, e in sentence_bounds(analysis.article.text):
        if s <= start < e:
            return s, e
    return 0, len(analysis.article.text)


def _attached(doc, span_start: int, span_end: int, tx_start: int, tx_end: int) -> bool:
    """True when the time expression hangs (via its head) from the head of the event span."""
    trig = doc.char_span(span_start, span_end, alignment_mode="expand")
    tx = doc.char_span(tx_start, tx_end, alignment_mode="expand")
    if trig is None or tx is None or len(trig) == 0 or len(tx) == 0:
        return False
    head = trig.root
    # the clause head of the trigger: the trigger itself when it is a verb, else its nearest verbal ancestor
    # spaCy makes a new Token object on every access: compare positions (.i), never identity.
    clause = head
    for _ in range(50):
        if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
            break
        clause = clause.head
    t = tx.root
    for _ in range(50):
        if t.i in (head.i, clause.i):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def event_date(analysis, start: int, end: int) -> tuple[str | None, bool]:
    """The date governing the span [start, end) and whether it is historical (see module doc)."""
    published = analysis.article.published
    s0, s1 = _sentence(analysis, start, end)
    candidates = []
    for tx in analysis.timexes:
        if tx.start < s0 or tx.end > s1 or analysis.in_boilerplate(tx.start, tx.end):
            continue
        got = timex_date(tx.value, published)
        if got is None:
            continue
        candidates.append((tx, got))
    if not candidates:
        return (published, False)
    doc = analysis.doc
    if doc is not None and doc.has_annotation("DEP"):
        attached = [(tx, got) for tx, got in candidates if _attached(doc, start, end, tx.start, tx.end)]
        if attached:
            candidates = attached

    text = analysis.article.text

    def distance(item):
        # characters between expression and span; crossing a clause mark (, ; : parentheses) costs more
        tx = item[0]
        if tx.end <= start:
            gap = text[tx.end:start]
        elif tx.start >= end:
            gap = text[end:tx.start]
        else:
            return 0
        return len(gap) + (1000 if re.search(r"[,;:()\u2013\u2014]", gap) else 0)

    tx, got = min(candidates, key=distance)
    return got
