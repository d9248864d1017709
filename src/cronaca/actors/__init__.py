"""Actor knowledge base and resolver: who is who, on the story's date.

Public functions:
  lookup(text, lang, date, context)      -> ranked candidate Entities for a piece of text
  resolve_mentions(analysis)             -> Mentions (NER spans + lexicon noun phrases) with their actors
  resolve_span(analysis, start, end)     -> the Entity for any character span of the article

The knowledge lives in data files: ``actors/data/`` (language-neutral identities: countries, organisations,
people with dated roles) and ``lang/<code>/actors_*.json`` (names, demonyms, agent nouns, titles).
"""
from __future__ import annotations

import gc
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..schema import Entity, Mention
from .kb import knowledge_base, lexicon, norm_token
from .resolver import FUNCTION_POS, HOME_SECTORS, PLACE_LABELS, STATE_SECTORS, analyse, toks_from_doc, toks_from_text

__all__ = ["lookup", "resolve_mentions", "resolve_span", "knowledge_base", "lexicon"]


PER_ORG_HEADS = frozenset({"person", "name", "org"})
ONES = b"\x01" * 64


def _lang(lang: str | None) -> str:
    return _known_lang((lang or "en").split("-")[0].lower())


@lru_cache(maxsize=None)
def _known_lang(lang: str) -> str:
    from ..lang import data_path

    return lang if data_path(lang, "actors_grammar.json").exists() else "en"


def lookup(text: str, lang: str = "en", date: str | None = None, context: str | None = None) -> list[Entity]:
    """Candidate Entities for ``text`` (best first). ``context`` (e.g. the sentence) may supply a country."""
    # the same phrase is looked up many times per article (every event argument): memoised, copies handed out
    return [replace(e, sectors=list(e.sectors)) for e in _lookup_cached(text, _lang(lang), date, context)]


@lru_cache(maxsize=8192)
def _lookup_cached(text: str, lang: str, date: str | None, context: str | None) -> tuple[Entity, ...]:
    return tuple(_lookup(text, lang, date, context))


_LETTERS = re.compile(r"[^\W\d_]+")


_MODIFIER_KINDS = frozenset({"det", "gen", "loc", "mod", "number", "vague", "former"})  # no actor on their own


def _cannot_name_actor(text: str, lang: str) -> bool:
    """Whether ``text`` alone can hold no actor, checked without tokenising it: no capital letter (no name),
    no digit, and no phrase of the lexicon that can head an actor has its longest word in the text. Most
    event arguments that the article's mentions do not cover ("the talks", "i nostri porti") end here."""
    if any(ch.isupper() or ch.isdigit() for ch in text):
        return False
    lex = lexicon(lang)
    anchors = lex.__dict__.get("_head_anchors")
    if anchors is None:
        anchors = lex.__dict__["_head_anchors"] = frozenset(
            max(runs, key=lambda r: (len(r), r))
            for key, entries in lex.phrases.items() if any(e.kind not in _MODIFIER_KINDS for e in entries)
            for runs in [_LETTERS.findall(" ".join(key))] if runs)
    return not any(run in anchors for run in _LETTERS.findall(norm_token(text)))


def _lookup(text: str, lang: str, date: str | None, context: str | None) -> list[Entity]:
    if context is None and _cannot_name_actor(text, lang):
        return []
    prior = Counter()
    if context and context != text:
        groups, ctoks = analyse(toks_from_text(context, lang), context, lang, date)
        for g in groups:
            if g.entity and g.entity.code:
                prior[g.entity.code] += 1
        # the mention inside its context, when it can be found there
        pos = context.find(text)
        if pos >= 0:
            for g in groups:
                s = (ctoks[g.i].start, ctoks[g.j - 1].end)
                if s and s[0] < pos + len(text) and pos < s[1] and g.entity is not None:
                    overlap = min(s[1], pos + len(text)) - max(s[0], pos)
                    if overlap >= 0.5 * len(text.strip()):
                        return [replace(g.entity, text=text)]
    groups, _ = analyse(toks_from_text(text, lang), text, lang, date, prior_countries=prior)
    out = [replace(g.entity, text=text) for g in groups if g.entity is not None]
    # the longest phrase first
    order = sorted(range(len(groups)), key=lambda k: -(groups[k].j - groups[k].i))
    return [out[k] for k in order] if len(out) == len(groups) else out


def resolve_mentions(analysis) -> list[Mention]:
    """Mentions of actors in the article: lexicon noun phrases and NER spans outside boilerplate.

    With a trained pipeline the NER proposes person names and the POS keeps adjectives from being read as
    agent nouns; with a blank one the lexicon and capitalisation do the work.
    """
    # The resolver allocates thousands of short-lived objects per article (tokens, spans, groups) and leaves none
    # in reference cycles: the collector's passes meanwhile free nothing and cost about 5% of its time
    # (tests/test_actors_trained.py checks that it leaves nothing for the collector)
    paused = gc.isenabled()
    gc.disable()
    try:
        return _resolve_mentions(analysis)
    finally:
        if paused:
            gc.enable()


def _resolve_mentions(analysis) -> list[Mention]:
    doc = analysis.doc
    text = analysis.article.text
    lang = _lang(analysis.lang)
    if doc is None:
        from ..nlp import load_pipeline

        doc = load_pipeline(lang)(text)
    has_ner = doc.has_annotation("ENT_IOB")
    ner: list[tuple[int, int, str]] = []
    toks = toks_from_doc(doc, ner if has_ner else None)
    lex = lexicon(lang)
    ents = list(ner)
    skip = analysis.in_boilerplate if analysis.boilerplate else None
    groups, _ = analyse(toks, text, lang, analysis.article.published, ner, has_ner, skip=skip,
                        fallback=lambda: _dateline_country(analysis, lang))
    _unlocated_default(groups, toks, ner, text, lang)
    mentions: list[Mention] = []
    ner_label = {}
    for i, j, lab in ner:
        for k in range(i, j):
            ner_label[k] = (i, j, lab)
    taken = bytearray(len(toks))
    for g in groups:
        gi, gj = g.i, g.j
        # mention text starts after leading determiners (found when the group was interpreted)
        i = g.start_tok if g.start_tok is not None else gi
        start, end = toks[i].start, toks[gj - 1].end
        label = g.label
        if g.head in PER_ORG_HEADS:
            for k in range(gi, gj):
                hit = ner_label.get(k)
                if hit and hit[0] >= gi and hit[1] <= gj:
                    lab = hit[2]
                    if g.head in ("person", "name") and lab in ("PER", "PERSON"):
                        label = "PER"
                    elif g.head == "org" and lab == "ORG":
                        label = "ORG"
        e, mtext = g.entity, text[start:end]
        ent = Entity(mtext, e.name, e.code, e.sector, list(e.sectors), e.id, e.count)
        mentions.append(Mention(start, end, mtext, label, ent))
        taken[gi:gj] = ONES[:gj - gi] if gj - gi <= len(ONES) else b"\x01" * (gj - gi)
    dets = lex.determiners | lex.preps
    for i, j, lab in ents:
        if any(taken[i:j]):
            continue
        # NER spans that are only function words ("Il", "Dal") are no mentions; trim them off longer spans
        while i < j and (toks[i].pos in FUNCTION_POS or toks[i].norm in dets):
            i += 1
        if i >= j:
            continue
        start, end = toks[i].start, toks[j - 1].end
        if skip is not None and skip(start, end):
            continue
        mentions.append(Mention(start, end, text[start:end], lab, None))
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


# (doctors, workers, teachers, shopkeepers, farmers and clergy of the place)
_PLACE_SECTORS = STATE_SECTORS | {"CVL", "ELI", "MED", "LAB", "EDU", "BUS", "AGR", "REL"}
# who takes the press's home country in a text that names no country nor place: state bodies, crime groups, and
# the country's own doctors, workers, teachers, citizens, shopkeepers, farmers, clergy, parties and opposition
# ("migliaia di medici e infermieri hanno scioperato", "i ristoratori hanno protestato", "il Partito democratico")
_HOME_DEFAULT_SECTORS = HOME_SECTORS | {"MED", "LAB", "EDU", "CVL", "BUS", "AGR", "REL", "PTY", "OPP"}
_PLACE_KINDS = frozenset({"country", "capital", "demonym"})
_NO_PLACE_CODES = frozenset({"UNO", "IGO", "EUR", "NGO"})  # bodies that say nothing of where a story is


def _says_no_place(g) -> bool:
    """A company, its staff ("i vertici di Fincantieri") or an independent outlet ("Alitalia"; state media count) says
    where it is from, not where the story is (as in resolve_groups(): no context for other actors); nor does an actor
    placed by a place name next to it ("the senator in New York"), which the place names themselves give the others
    here too."""
    e = g.entity
    return g.placed or (e.sector == "BUS" and g.head != "person") or (
        g.head == "org" and e.sector == "JRN" and "GOV" not in e.sectors)


def _unlocated_default(groups, toks, ner: list[tuple[int, int, str]], text: str, lang: str) -> None:
    """A country for the unlocated actors of a text that names no country, capital or nationality (the UN or an
    NGO names none) and has no dateline (which resolve_groups() has already used):
    - a place the NER finds and the gazetteer knows gives its country to state bodies, civilians, former
      officials, and doctors, workers, teachers, shopkeepers, farmers and clergy ("Police arrested the former
      prime minister in Lahore", "activists blocked a motorway in The Hague", "A Trieste i portuali hanno bloccato
      un varco"); not to armed groups or attackers, who need not be of the place they strike;
    - with no place the gazetteer knows, a language whose press leaves its own country unsaid (``home_country``
      in actors_grammar.json; none for English, written from many countries) gives that country to state bodies,
      crime groups, and doctors, workers, teachers, citizens, shopkeepers, farmers, clergy, parties and the
      opposition ("due magistrati", "la premier", "la mafia", "migliaia di medici e infermieri", "i ristoratori",
      "il Partito democratico");
    - people named with a title or trade take either ("La cronista Laura Meloni")."""
    if any(g.entity is not None and g.entity.code and g.entity.code not in _NO_PLACE_CODES
           and not _says_no_place(g) for g in groups) or any(
            e.kind in _PLACE_KINDS and e.value not in _NO_PLACE_CODES  # ("le regole europee" places nothing)
            for g in groups for sp in g.spans for e in sp.entries):
        return
    country = _named_place_country(toks, ner, text, lang) if any(label in PLACE_LABELS for _, _, label in ner) \
        else None
    sectors = _PLACE_SECTORS
    if country is None:  # no place, or only places the gazetteer does not know ("Cutro")
        country, sectors = _home_country(lang), _HOME_DEFAULT_SECTORS
    if not country:
        return
    for g in groups:
        e = g.entity
        # a person named with a trade ("La cronista Laura Meloni") is of that place or home country too
        if e is not None and e.code is None and (e.sector in sectors or (g.head == "name" and e.sector)):
            g.entity = replace(e, code=country)


def _home_country(lang: str) -> str | None:
    from ..lang import load_json

    try:
        return load_json(lang, "actors_grammar.json").get("home_country")
    except FileNotFoundError:
        return None


def _named_place_country(toks, ner: list[tuple[int, int, str]], text: str, lang: str) -> str | None:
    """The country of the first place the NER finds in the text and the gazetteer knows."""
    from .resolver import _place_country

    for i, j, label in ner:
        if label in PLACE_LABELS:
            c = _place_country(text[toks[i].start:toks[j - 1].end], lang)
            if c:
                return c
    return None


def _dateline_country(analysis, lang: str) -> str | None:
    """The country of the article's dateline ("BARI – ...", "SEOUL (Reuters) - ..."), from the gazetteer."""
    from ..clean import find_dateline
    from ..geo import resolve_place

    place = analysis.article.dateline
    if not place:
        text = analysis.article.text
        got = find_dateline(text[:200].split("\n", 1)[0], lang)
        place = got[0] if got else None
    p = resolve_place(place, lang) if place else None
    if p is None or not p.country:
        return None
    kb = knowledge_base()
    code = kb.fold.get(p.country, p.country)
    return code if code in kb.countries else None


def resolve_span(analysis, start: int, end: int) -> Entity | None:
    """The actor for the character span [start, end): the mentions already found there, else the lexicon."""
    mentions = analysis.mentions if analysis.mentions else resolve_mentions(analysis)
    best, best_key = None, None
    for m in mentions:
        if m.actor is None or not (m.start < end and start < m.end):
            continue
        overlap = min(end, m.end) - max(start, m.start)
        # prefer people with an identity, then the widest overlap, then the earliest (the head of an NP)
        key = (m.actor.id is not None and m.actor.id.startswith("per:"), overlap, -m.start)
        if best_key is None or key > best_key:
            best, best_key = m, key
    text = analysis.article.text[start:end]
    if best is not None:
        first = _coordinated_demonym(analysis, mentions, start, end, best)
        if first is not None:
            # "Qatari and Egyptian mediators": one Entity, one code: the first country named
            return replace(best.actor, text=text, code=first)
        if (best.start < start or end < best.end) and len(text.split()) >= 2 \
                and not (best.actor.id is None and (best.actor.name or "").casefold() == text.casefold()):
            # a multiword name inside a longer mention ("i dirigenti della Lega nazionale per la democrazia"): the
            # named organisation or person itself, when the lexicon knows it (unless the mention already read that
            # name as someone else: "Fox News anchor John Roberts" is not the Chief Justice)
            sub = lookup(text, _lang(analysis.lang), analysis.article.published)
            # (the same identity: the reading in context stays, "il coordinatore di Forza Italia Antonio Tajani")
            if sub and sub[0].id and not sub[0].id.startswith("country:") and _carries_name(sub[0].id, text) \
                    and sub[0].id != best.actor.id:
                return sub[0]
        return replace(best.actor, text=text)
    if mentions:
        # the article's own resolution found no actor here: looking the span up alone would only re-read what it
        # set aside (no event dev gold changed; 2 of 341 events on the benchmark corpus did, both spurious actors;
        # 0.4 s of the 1.3 s events stage)
        return None
    cands = lookup(text, _lang(analysis.lang), analysis.article.published)
    return cands[0] if cands else None


def _carries_name(eid: str, text: str) -> bool:
    """Whether a person's names carry every capitalised word of ``text`` ("Fabio Panetta" is not Leon Panetta);
    true for anything but a person."""
    if not eid.startswith("per:"):
        return True
    kb = knowledge_base()
    if eid not in kb.people:
        return True
    names = kb.name_tokens(eid)
    words = [w for w in text.replace("-", " ").split() if w[:1].isupper() and w.isalpha()]
    return all(norm_token(w) in names for w in words)


def _coordinated_demonym(analysis, mentions, start: int, end: int, best) -> str | None:
    """The first country of a span whose actor is a demonym coordinated with the best mention's own ("Qatari
    and Egyptian mediators"): a bare demonym mention, then only a coordinator, then the best mention."""
    inside = [m for m in mentions if m.actor is not None and start <= m.start and m.end <= end]
    if len(inside) < 2 or inside[0] is best or inside[1] is not best:
        return None
    first = inside[0]
    if first.label != "NORP" or not first.actor.code or first.actor.code == best.actor.code:
        return None
    gap = analysis.article.text[first.end:best.start].strip().lower()
    return first.actor.code if gap and gap in lexicon(_lang(analysis.lang)).coordinators else None

