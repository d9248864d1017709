"""The working state of one article as it flows through the stages.

ingest -> clean -> nlp -> mentions (actors, timex, geo, attribution) -> events -> store.
Each stage reads what earlier stages wrote and fills its own fields; none reaches back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .schema import Article, ArticleRecord, Boilerplate, Event, Mention, Place, Quote, Timex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc


@dataclass
class Analysis:
    article: Article
    boilerplate: list[Boilerplate] = field(default_factory=list)
    doc: "Doc | None" = None
    mentions: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    places: list[tuple[int, int, Place]] = field(default_factory=list)  # (start, end, Place)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tagged: list | None = None  # attribution tagger spans, when tagged for the whole batch at once

    @property
    def lang(self) -> str:
        return self.article.language or "en"

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when the span [start, end) overlaps a boilerplate span (never a source of entities/events)."""
        return any(start < b.end and b.start < end for b in self.boilerplate)

    def record(self) -> ArticleRecord:
        return ArticleRecord(
            article=self.article,
            boilerplate=self.boilerplate,
            entities=self.mentions,
            timexes=self.timexes,
            quotes=self.quotes,
            events=self.events,
        )
