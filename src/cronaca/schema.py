"""The records cronaca produces (see DESIGN.md, "The article record").

Plain dataclasses with ``to_dict`` / ``from_dict``; the JSON field names are the contract.
Offsets are character offsets into ``Article.text``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

ARTICLE_STATUSES = ("ok", "skipped", "failed")
BOILERPLATE_KINDS = ("author_bio", "byline", "credit", "share", "other")
AUX_FLAGS = ("historical", "future", "hypothetical", "negation")
FACTUALITIES = ("asserted", "reported", "alleged", "denied", "possible", "planned")
PRECISIONS = ("day", "month", "year", "decade", "century", "duration", "ref", "time", "week", "season")


def _plain(obj) -> dict:
    """Dict of a dataclass whose fields are primitives or lists of primitives (much faster than asdict).

    Lists are copied so that the dict never aliases the record."""
    d = obj.__dict__.copy()
    for k, v in d.items():
        if v.__class__ is list:
            d[k] = v.copy()
    return d


def _build(cls, data: dict | None):
    """Build a dataclass from a dict, ignoring unknown keys (forward compatible)."""
    if data is None:
        return None
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Entity:
    """A resolved actor: PLOVER country/actor code and sector codes."""

    text: str
    name: str | None = None
    code: str | None = None
    sector: str | None = None
    sectors: list[str] = field(default_factory=list)
    id: str | None = None
    count: int | None = None

    def to_dict(self) -> dict:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> "Entity | None":
        return _build(cls, data)


@dataclass
class Place:
    text: str
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None

    def to_dict(self) -> dict:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> "Place | None":
        return _build(cls, data)


@dataclass
class Mention:
    """A named-entity span in the article text, with the actor it resolves to (if any)."""

    start: int
    end: int
    text: str
    label: str
    actor: Entity | None = None

    def to_dict(self) -> dict:
        d = _plain(self)
        d["actor"] = self.actor.to_dict() if self.actor else None
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "Mention":
        m = _build(cls, data)
        m.actor = Entity.from_dict(data.get("actor"))
        return m


@dataclass
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None = None
    type: str | None = None  # TIMEX3 type: DATE, TIME, DURATION, SET

    def to_dict(self) -> dict:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Timex":
        return _build(cls, data)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: Entity | None = None
    cue: str | None = None
    channel: str | None = None
    anonymous: bool = False
    count: int | None = None
    # Extra evidence spans (not in the minimal contract, useful for scoring and display).
    speaker_span: list[int] | None = None
    cue_span: list[int] | None = None

    def to_dict(self) -> dict:
        d = _plain(self)
        d["speaker"] = self.speaker.to_dict() if self.speaker else None
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "Quote":
        q = _build(cls, data)
        q.speaker = Entity.from_dict(data.get("speaker"))
        return q


@dataclass
class Attribution:
    source: Entity | None
    cue: str | None = None
    channel: str | None = None
    anonymous: bool = False
    count: int | None = None

    def to_dict(self) -> dict:
        d = _plain(self)
        d["source"] = self.source.to_dict() if self.source else None
        return d

    @classmethod
    def from_dict(cls, data: dict | None) -> "Attribution | None":
        if data is None:
            return None
        a = _build(cls, data)
        a.source = Entity.from_dict(data.get("source"))
        return a


@dataclass
class Trigger:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Event:
    id: str
    article_id: str
    event: str
    trigger: Trigger
    text: str
    language: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    cameo: str | None = None
    date: str | None = None
    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    location: Place | None = None
    aux: list[str] = field(default_factory=list)
    factuality: str = "asserted"
    attribution: Attribution | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "date": self.date,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "location": self.location.to_dict() if self.location else None,
            "aux": list(self.aux),
            "factuality": self.factuality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "text": self.text,
            "trigger": self.trigger.to_dict(),
            "language": self.language,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict) -> "Event":
        e = _build(cls, data)
        e.trigger = Trigger(**data["trigger"])
        e.actor = [Entity.from_dict(a) for a in data.get("actor") or []]
        e.recipient = [Entity.from_dict(r) for r in data.get("recipient") or []]
        e.location = Place.from_dict(data.get("location"))
        e.attribution = Attribution.from_dict(data.get("attribution"))
        return e


@dataclass
class Boilerplate:
    start: int
    end: int
    kind: str
    text: str

    def to_dict(self) -> dict:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Boilerplate":
        return _build(cls, data)


@dataclass
class Article:
    id: str
    source: str
    text: str
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    language: str | None = None
    status: str = "ok"
    error: str | None = None
    url: str | None = None
    reporters: list[str] = field(default_factory=list)
    dateline: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Article":
        return _build(cls, data)


@dataclass
class ArticleRecord:
    """One coded article: the JSON Lines object that ``cronaca code --jsonl`` writes."""

    article: Article
    boilerplate: list[Boilerplate] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "article": self.article.to_dict(),
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "entities": [m.to_dict() for m in self.entities],
            "timexes": [t.to_dict() for t in self.timexes],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
        }

    @classmethod
    def from_dict(cls, data: dict) -> "ArticleRecord":
        return cls(
            article=Article.from_dict(data["article"]),
            boilerplate=[Boilerplate.from_dict(b) for b in data.get("boilerplate", [])],
            entities=[Mention.from_dict(m) for m in data.get("entities", [])],
            timexes=[Timex.from_dict(t) for t in data.get("timexes", [])],
            quotes=[Quote.from_dict(q) for q in data.get("quotes", [])],
            events=[Event.from_dict(e) for e in data.get("events", [])],
        )


def validate_record(data: dict[str, Any]) -> list[str]:
    """Check a JSON article record against the contract; return a list of problems (empty = valid)."""
    problems: list[str] = []

    def need(obj: dict, keys: tuple[str, ...], where: str) -> None:
        for k in keys:
            if k not in obj:
                problems.append(f"{where}: missing key {k!r}")

    need(data, ("article", "boilerplate", "entities", "timexes", "quotes", "events"), "record")
    art = data.get("article") or {}
    need(art, ("id", "source", "outlet", "title", "text", "published", "language", "status", "error"), "article")
    if art.get("status") not in ARTICLE_STATUSES:
        problems.append(f"article: bad status {art.get('status')!r}")
    text = art.get("text") or ""

    def span_ok(obj: dict, where: str) -> None:
        s, e = obj.get("start"), obj.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            problems.append(f"{where}: bad span {s}-{e}")

    def entity_ok(ent: dict | None, where: str) -> None:
        if ent is None:
            return
        need(ent, ("text", "name", "code", "sector", "sectors", "id", "count"), where)

    for i, b in enumerate(data.get("boilerplate", [])):
        need(b, ("start", "end", "kind", "text"), f"boilerplate[{i}]")
        span_ok(b, f"boilerplate[{i}]")
        if b.get("kind") not in BOILERPLATE_KINDS:
            problems.append(f"boilerplate[{i}]: bad kind {b.get('kind')!r}")
    for i, m in enumerate(data.get("entities", [])):
        need(m, ("start", "end", "text", "label", "actor"), f"entities[{i}]")
        span_ok(m, f"entities[{i}]")
        entity_ok(m.get("actor"), f"entities[{i}].actor")
    for i, t in enumerate(data.get("timexes", [])):
        need(t, ("start", "end", "text", "value", "precision"), f"timexes[{i}]")
        span_ok(t, f"timexes[{i}]")
    for i, q in enumerate(data.get("quotes", [])):
        need(q, ("start", "end", "text", "direct", "speaker", "cue", "channel", "anonymous", "count"), f"quotes[{i}]")
        span_ok(q, f"quotes[{i}]")
        entity_ok(q.get("speaker"), f"quotes[{i}].speaker")
    for i, ev in enumerate(data.get("events", [])):
        where = f"events[{i}]"
        need(ev, ("id", "article_id", "event", "mode", "context", "cameo", "date", "actor", "recipient",
                  "location", "aux", "factuality", "attribution", "text", "trigger", "language", "confidence"), where)
        for a in ev.get("actor", []) + ev.get("recipient", []):
            entity_ok(a, where + ".actor/recipient")
        if ev.get("factuality") not in FACTUALITIES:
            problems.append(f"{where}: bad factuality {ev.get('factuality')!r}")
        for flag in ev.get("aux", []):
            if flag not in AUX_FLAGS:
                problems.append(f"{where}: bad aux flag {flag!r}")
        trig = ev.get("trigger") or {}
        need(trig, ("text", "start", "end"), where + ".trigger")
        if trig:
            span_ok(trig, where + ".trigger")
    return problems
