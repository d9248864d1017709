"""Time expressions -> ISO (TIMEX3) values relative to the publication date.

``find_timexes(text, published, lang)`` detects and normalises; ``event_date(analysis, start, end)``
gives the events layer the date that governs a span.
"""
from __future__ import annotations

from .anchor import HISTORICAL_DAYS, event_date, timex_date
from .engine import run as _run


def find_timexes(text: str, published: str | None, lang: str, doc=None) -> list:
    """Time expressions in ``text`` with TIMEX3 values relative to ``published`` (YYYY-MM-DD).

    Offsets are character offsets into ``text``. With ``published`` None, expressions that need an
    anchor (``martedì``, ``l'anno scorso``) are still found, with value None. ``doc`` is accepted for
    interface symmetry; detection is lexical and does not need a parse.
    """
    return _run(text or "", published, lang)


__all__ = ["find_timexes", "event_date", "timex_date", "HISTORICAL_DAYS"]
