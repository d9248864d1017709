"""PLOVER event coder: who did what to whom, when, where, and who says so.

``code_events(analysis)`` reads the parsed document and what earlier stages found (mentions, time
expressions, places, quotes) and returns :class:`~cronaca.schema.Event` records. The steps:

1. triggers: lexicon entries (``lang/<code>/events*.json``) matched on lemmas, with a surface-form
   fallback when the pipeline has no lemmatizer; light-verb constructions are multi-word entries;
2. clean-up: overlapping matches keep the most specific one; a trigger governed by a verbal event
   ("threatened to attack", "ha accusato X di ammassare truppe") is absorbed into it; nominal events
   in background adjuncts ("dopo l'attacco") are not coded; same-category triggers of one clause merge;
3. arguments from the dependency parse (subject/agent -> actor; object, indirect object and
   "a/con/contro X" -> recipient; coordinated and compound actors as lists; passives; pro-drop
   subjects carried from the previous sentence); a positional fallback when there is no parse;
4. aux flags and factuality from ``modality.json`` plus morphology (tense, mood), attribution of the
   quote holding the trigger, and the date and place of the event.
"""
from __future__ import annotations

from functools import lru_cache

import hashlib
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date

from ..schema import Attribution, Entity, Event, Place, Trigger
from .lexicon import Entry, Lexicon, load_lexicon

log = logging.getLogger(__name__)

SUBJ_DEPS = ("nsubj", "nsubj:pass", "csubj", "nsubjpass", "expl:pass")
OBJ_DEPS = ("obj", "dobj", "iobj", "dative")
ARMED_SECTORS = frozenset({"MIL", "PRM", "REB", "UAF"})
OBL_DEPS = ("obl", "obl:agent", "obl:arg", "nmod", "prep", "pobj", "agent", "nmod:poss", "obl:tmod")
ARG_CUT_DEPS = ("conj", "cc", "acl", "acl:relcl", "relcl", "advcl", "punct", "parataxis", "ccomp", "xcomp")
PREDICATE_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl:pass", "obj", "dobj", "iobj", "cop", "aux",
                  "aux:pass", "auxpass")
PRED_CLIMB_DEPS = ("xcomp", "ccomp", "conj", "advcl", "acl", "csubj")


@dataclass
class Match:
    entry: Entry
    tokens: list[int]  # doc token indices of the trigger words
    sent_start: int
    sent_end: int
    absorbed: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def head(self) -> int:
        return self.tokens[min(self.entry.head, len(self.tokens) - 1)]


# ----------------------------------------------------------------------------------------------
# interfaces of other stages, guarded so that the coder works before (and without) them

@lru_cache(maxsize=None)
def _actors_resolve_span():
    """The actors layer's resolve_span (None without it), imported once."""
    try:
        from ..actors import resolve_span  # type: ignore
    except ImportError:
        return None
    return resolve_span


def _resolve_span(analysis, start: int, end: int) -> Entity | None:
    resolve_span = _actors_resolve_span()
    if resolve_span is not None:
        try:
            return resolve_span(analysis, start, end)  # None: the actors layer found no actor there
        except Exception:  # a resolver bug must not lose the event
            log.debug("resolve_span failed on %d-%d", start, end, exc_info=True)
    # fallback (no actors layer, or it failed): a resolved mention inside the span, then the knowledge-base lookup
    for m in analysis.mentions:
        if m.start >= start and m.end <= end and m.actor is not None:
            return m.actor
    try:
        from ..actors import lookup  # memoised there

        found = lookup(analysis.article.text[start:end], analysis.lang, analysis.article.published, None)
        return found[0] if found else None
    except Exception:
        log.debug("lookup failed", exc_info=True)
    return None


def _event_date(analysis, start: int, end: int, lex: Lexicon, sent) -> tuple[str | None, bool]:
    try:
        from ..timex import event_date  # type: ignore
    except ImportError:
        event_date = None
    if event_date is not None:
        try:
            value, historical = event_date(analysis, start, end)
            return value, bool(historical) or _is_historical(value, analysis.article.published)
        except Exception:
            log.debug("event_date failed", exc_info=True)
    # fallback: a timex of the sentence near the trigger, else a year written near the trigger
    sent_tokens = list(sent)  # (only here: a Token per word of the sentence is not free)
    pub = analysis.article.published
    best = None
    for t in analysis.timexes:
        if t.value and t.start >= sent_tokens[0].idx and t.end <= sent_tokens[-1].idx + len(sent_tokens[-1]):
            dist = min(abs(t.start - end), abs(start - t.end))
            if best is None or dist < best[0]:
                best = (dist, t.value)
    if best is not None and re.match(r"^\d{4}", best[1] or ""):
        return best[1], _is_historical(best[1], pub)
    for tok in sent_tokens:
        if re.fullmatch(r"(1[5-9]\d\d|20\d\d)", tok.text) and abs(tok.idx - start) < 60:
            return tok.text, _is_historical(tok.text, pub)
    return pub, False


def _is_historical(value: str | None, published: str | None) -> bool:
    """True when the event date ends more than a year before publication."""
    if not value or not published:
        return False
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    p = re.match(r"^(\d{4})-(\d{2})-(\d{2})", published)
    if not m or not p:
        return False
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else 12
    d = int(m.group(3)) if m.group(3) else 28
    try:
        ev_end = date(y, mo, min(d, 28))
        pub = date(int(p.group(1)), int(p.group(2)), int(p.group(3)))
    except ValueError:
        return False
    return (pub - ev_end).days > 365


def _event_location(analysis, start: int, end: int, sent_start: int, sent_end: int) -> Place | None:
    try:
        from ..geo import event_location  # type: ignore
    except ImportError:
        event_location = None
    if event_location is not None:
        try:
            return event_location(analysis, start, end)
        except Exception:
            log.debug("event_location failed", exc_info=True)
    best = None
    for s, e, place in analysis.places:
        if s >= sent_start and e <= sent_end:
            dist = min(abs(s - end), abs(start - e))
            if best is None or dist < best[0]:
                best = (dist, place)
    return best[1] if best else None


def _attribution(analysis, start: int, end: int) -> tuple[Attribution | None, str | None]:
    try:
        from ..attribution import attribution_for_span  # type: ignore
    except ImportError:
        attribution_for_span = None
    if attribution_for_span is not None:
        try:
            attr, fact = attribution_for_span(analysis, start, end)
            return attr, fact
        except Exception:
            log.debug("attribution_for_span failed", exc_info=True)
    for q in analysis.quotes:
        if q.start <= start and end <= q.end:
            return Attribution(source=q.speaker, cue=q.cue, channel=q.channel,
                               anonymous=q.anonymous, count=q.count), "reported"
    return None, None


# ----------------------------------------------------------------------------------------------
# triggers

def _find_matches(doc, sent, lex: Lexicon, cands: list[frozenset[str]], parsed: bool = False) -> list[Match]:
    out: list[Match] = []
    s0, s1 = sent.start, sent.end
    for i in range(s0, s1):
        seen: set[int] = set()
        for cand in cands[i - s0]:
            for entry in lex.index.get(cand, ()):
                if id(entry) in seen:
                    continue
                seen.add(id(entry))
                toks = [i]
                ok = True
                for words in entry.words[1:]:
                    last = toks[-1]
                    nxt = None
                    for j in range(last + 1, min(s1, last + 1 + entry.gap + 1)):
                        if cands[j - s0] & words:
                            nxt = j
                            break
                    if nxt is None:
                        ok = False
                        break
                    toks.append(nxt)
                if not ok:
                    continue
                lo = max(s0, toks[0] - entry.window) if entry.window_before else toks[-1] + 1
                hi = min(s1, toks[-1] + 1 + entry.window)
                window = set()
                for j in range(lo, hi):
                    if j not in toks:
                        window |= cands[j - s0]
                        window.add(doc[j].lower_)  # context words need not be trigger words ("the Europe Bridge")
                if entry.window_before:
                    for j in range(max(s0, toks[0] - entry.window), toks[0]):
                        window |= cands[j - s0]
                        window.add(doc[j].lower_)
                if entry.with_ and not (window & entry.with_):
                    continue
                if entry.without and (window & entry.without):
                    continue
                if parsed and entry.pos == "V":
                    ht = doc[toks[min(entry.head, len(toks) - 1)]]
                    if (ht.pos_ not in ("VERB", "AUX") and ht.lemma_
                            and (len(entry.words) == 1 or not ({ht.lemma_.lower(), ht.lower_} & entry.words[min(entry.head, len(entry.words) - 1)]))
                            and not any(c.dep_ in PREDICATE_DEPS for c in ht.children)):
                        # a one-word verb entry needs a verb: "analista della difesa" is not "difendere" (nor a
                        # surface-form fallback), "forze armate" not "armare", "ordini" (orders placed) not
                        # "ordinare", "a storm" not "to storm"; a noun entry ("visita") may still match, and a
                        # multi-word construction may hold nouns ("l'uscita dall'Ecowas"). A mistagged predicate
                        # with its subject, object or copula stays ("The EU froze the assets", "guerrillas
                        # wounded two soldiers", "Vietnam is committed to")
                        continue
                out.append(Match(entry, toks, s0, s1))
    return out


def _select(matches: list[Match]) -> list[Match]:
    """Keep the most specific of overlapping matches."""
    kept: list[Match] = []
    used: set[int] = set()
    for m in sorted(matches, key=lambda m: (m.entry.specificity, -m.tokens[0]), reverse=True):
        if used & set(m.tokens):
            continue
        kept.append(m)
        used.update(m.tokens)
    return sorted(kept, key=lambda m: m.tokens[0])


def _has_parse(doc) -> bool:
    try:
        return doc.has_annotation("DEP")
    except Exception:
        return False


def _governs(doc, gov: int, dep: int, limit: int = 6) -> bool:
    tok = doc[dep]
    for _ in range(limit):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov:
            return True
    return False


def _coordinated(doc, gov: int, dep: int) -> bool:
    """``dep`` is a verb coordinated with the verb ``gov`` (directly or through a chain of conjuncts) as a
    full clause of its own, with its own auxiliary or subject ("ha respinto ... e ha accusato")."""
    tok = doc[dep]
    if not any(c.dep_.startswith("aux") or c.dep_ in SUBJ_DEPS for c in tok.children):
        return False
    for _ in range(4):
        if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == gov:
            return True
    return False


def _clause_break(doc, a: int, b: int, breaks: frozenset[str]) -> bool:
    return any(doc[k].lower_ in breaks for k in range(a + 1, b))


def _absorb_governed(doc, matches: list[Match], lex: Lexicon) -> list[Match]:
    """The sentence is coded for its main predicate: a trigger inside the arguments or adjuncts of
    another trigger ("accused Y of attacking Z", "called for a ceasefire", "shipped artillery shells",
    "detained ... on spying charges", "occupied the building to protest") is part of that event, not a
    separate one. Coordinated clauses ("declared a curfew and deployed the army") stay separate."""
    limit = int(lex.settings.get("absorb_depth", 6))
    separate = set(lex.settings.get("separate_deps", ["conj", "parataxis"]))
    owner: dict[int, Match] = {}
    for m in matches:
        for t in m.tokens:
            owner[t] = m
    keep = []
    for m in matches:
        tok = doc[m.head]
        gov = None
        for _ in range(limit):
            if tok.head.i == tok.i:
                break
            if tok.dep_ in separate and tok.head.pos_ in ("VERB", "AUX") or tok.dep_ == "parataxis":
                break
            tok = tok.head
            g = owner.get(tok.i)
            if g is not None and g is not m:
                gov = g
                break
        if gov is None:
            keep.append(m)
    return keep


def _depth(tok) -> int:
    n = 0
    while tok.head.i != tok.i and n < 50:
        tok, n = tok.head, n + 1
    return n


def _top(doc, m: Match):
    """The trigger word highest in the parse ("exercises" in "joint military exercises")."""
    return min((doc[t] for t in m.tokens), key=_depth)


def _filter(doc, matches: list[Match], lex: Lexicon, parsed: bool) -> list[Match]:
    dets = lex.words("determiners")
    background = lex.words("background")
    exempt = lex.words("background_exempt")
    breaks = lex.words("clause_breaks")
    absorbing = set(lex.settings.get("absorbing", []))
    window = int(lex.settings.get("absorb_window", 10))
    over = {k: set(v) for k, v in lex.settings.get("head_categories_over", {}).items()}
    out: list[Match] = []
    modifier_deps = set(lex.settings.get("modifier_deps", ["compound", "flat", "flat:name", "amod"]))
    anaphoric = lex.words("anaphoric_determiners")
    light_heads = lex.words("light_heads")
    for m in matches:
        e = m.entry
        if parsed and e.priority > 0 and e.pos == "V" and doc[m.head].pos_ != "VERB":
            continue  # a generated verb entry has no constraints: the tagger must see a verb ("imports", "plan")
        if parsed and e.needs_object:
            hd = doc[m.head]
            if not (hd.dep_ in ("acl", "amod") or any(c.dep_ in OBJ_DEPS + ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass")
                                                    for c in hd.children) or len(m.tokens) > 1):
                continue  # "negotiators return to Geneva" is not a release
        if parsed and e.intransitive and len(m.tokens) == 1 and any(
                c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in doc[m.head].children):
            continue  # "Apple demonstrated its new phone" shows something; demonstrators demonstrate
        if parsed and e.pos == "V" and doc[m.head].dep_ == "amod" and any(
                doc[m.head].head.i in g.tokens for g in matches if g is not m):
            continue  # a participle modifying another trigger: "its long-threatened invasion"
        if parsed:
            h = _top(doc, m)
            # a noun that only modifies another noun ("riot police", "genocide case") or is part of a
            # name ("Rapid Support Forces") is not an event of its own
            if (h.dep_ in modifier_deps and h.head.i not in m.tokens and h.head.i != h.i
                    and (e.pos == "N" or h.pos_ in ("NOUN", "PROPN")) and h.head.lemma_.lower() not in light_heads):
                continue  # ("a mediation effort", "a peace bid": the modified noun only carries the event)
        if e.pos == "N" and parsed:
            if h.ent_type_ and h.ent_iob_ in ("B", "I") and h.pos_ == "PROPN":
                continue
            # background adjunct by the parse: "after North Korea's second nuclear test"
            case = _case_of(h)
            trig_words = {doc[t].lower_ for t in m.tokens}
            if case in background and not (trig_words & exempt) and h.dep_ not in ("nsubj", "nsubj:pass", "obj", "dobj"):
                continue
            # a definite nominal subject of a non-event predicate refers back to an event already told
            if (h.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and anaphoric
                    and any(c.dep_ == "det" and c.lower_ in anaphoric for c in h.children)
                    and not any(h.head.i in g.tokens for g in matches if g is not m)):
                continue
        if e.pos == "N":
            k = m.tokens[0] - 1
            while k >= m.sent_start and doc[k].lower_ in dets:
                k -= 1
            trig_words = {doc[t].lower_ for t in m.tokens}
            if k >= m.sent_start and doc[k].lower_ in background and not (trig_words & exempt):
                continue
        out.append(m)
    # absorption by a governing verbal event
    for i, m in enumerate(out):
        for g in out[:i]:
            if g.absorbed or g.entry.event not in absorbing:
                continue
            if g.entry.event == m.entry.event:
                continue
            if parsed:
                if _coordinated(doc, g.head, m.head):
                    continue  # "ha respinto le critiche e ha accusato le ONG": two predicates, two events
                gov = _governs(doc, g.head, m.head) or (m.tokens[0] - g.tokens[-1] <= 3 and m.tokens[0] > g.tokens[-1])
                if not gov and g.entry.pos == "N" and 0 < m.tokens[0] - g.tokens[-1] <= 6:
                    # "reiterated its demand today that Israel ease ...": the clause after the noun is its
                    # content even when the parser hangs it on the verb
                    hm = doc[m.head]
                    gov = (hm.dep_ in ("ccomp", "acl", "acl:relcl") and hm.head.i in (g.head, doc[g.head].head.i)
                           and any(c.dep_ == "mark" for c in hm.children))
            else:
                gov = (0 < m.tokens[0] - g.tokens[-1] <= window
                       and not _clause_break(doc, g.tokens[-1], m.tokens[0], breaks - {"che"}))
            if gov:
                m.absorbed = True
                break
    out = [m for m in out if not m.absorbed]
    if parsed and lex.settings.get("absorb_governed", True):
        out = _absorb_governed(doc, out, lex)
    # one event per clause and category: merge same-category triggers; some categories win over others
    merged: list[Match] = []
    for m in out:
        dup = None
        for g in merged:
            if parsed and g.entry.event == m.entry.event and (
                    (doc[m.head].dep_ == "conj" and doc[m.head].head.i == g.head)
                    or (doc[g.head].dep_ == "conj" and doc[g.head].head.i == m.head)):
                dup = g  # coordinated predicates of one category ("urged ... and called for ...")
                break
            close = abs(m.tokens[0] - g.tokens[-1]) <= 6 and not _clause_break(
                doc, min(g.tokens[-1], m.tokens[-1]), max(g.tokens[0], m.tokens[0]), breaks - {"e", "ed", "che"})
            if not close:
                continue
            if g.entry.event == m.entry.event or m.entry.event in over.get(g.entry.event, ()):
                dup = g
                break
            if g.entry.event in over.get(m.entry.event, ()):
                merged.remove(g)
                break
        if dup is not None:
            if (m.entry.pos == "V" and dup.entry.pos == "N" and dup.entry.event == m.entry.event
                    and m.entry.specificity[:2] >= dup.entry.specificity[:2]):
                merged[merged.index(dup)] = m
            continue
        merged.append(m)
    if lex.settings.get("nominal_yields_to_verbal") and any(m.entry.pos == "V" for m in merged):
        # a clause is coded for its predicate: nominal triggers beside a verbal one are background
        verbs = [m for m in merged if m.entry.pos == "V"]
        if parsed:
            def clause_of(i):
                t = doc[i]
                for _ in range(8):
                    if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                        return t.i
                    t = t.head
                return t.i
            vclauses = {clause_of(v.head) for v in verbs}
            # a nominal trigger in its own coordinated clause ("imposed a curfew and deployed troops") stays
            merged = [m for m in merged if m.entry.pos != "N" or (
                clause_of(m.head) not in vclauses and doc[clause_of(m.head)].dep_ == "ROOT"
                and all(doc[v.head].dep_ == "conj" and doc[v.head].head.i == clause_of(m.head) for v in verbs))]
        else:
            merged = [m for m in merged if m.entry.pos != "N"]
    return merged


def _demand_matches(doc, sent, lex: Lexicon) -> list[Match]:
    """Reported obligations are demands: "Russia said that Sudan must return the helicopter" is a
    REQUEST by the speaker (subject of the verb of saying) to the subject of the obliged clause, whatever
    the clause's verb. Only for a named (non-pronoun) clause subject: "they said they must leave" is not
    a demand on anyone else. Settings: ``obligation`` (modal forms) and ``demand_reporting`` (lemmas of
    the verbs of saying) in ``events.json``; ``demand_event`` = [category, CAMEO]."""
    forms = lex.words("obligation")
    if not forms:
        return []
    reporting = lex.words("demand_reporting")
    pronouns = lex.words("demand_pronoun_subjects")
    complementizers = lex.words("complementizers")
    category, cameo = (lex.settings.get("demand_event") or ["REQUEST", "100"])[:2]
    out = []
    for t in sent:
        if t.lower_ not in forms or not t.dep_.startswith("aux"):
            continue
        v = t.head
        if v.i == t.i:
            continue
        says = v.head if v.dep_ == "ccomp" else None
        if says is None and any(c.dep_ == "mark" and c.lower_ in complementizers for c in v.children):
            # "said on Tuesday that Sudan must ...": the parser hung the clause on the date
            says = v.head
            for _ in range(3):
                if says.lemma_.lower() in reporting or says.head.i == says.i:
                    break
                says = says.head
        if says is None or says.i == v.i or says.lemma_.lower() not in reporting or says.pos_ != "VERB":
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        if not subj or subj[0].pos_ == "PRON" or subj[0].lower_ in pronouns:
            continue
        entry = Entry(words=[frozenset([t.lower_]), frozenset([v.lower_])], event=category, cameo=cameo,
                      pos="V", head=1, priority=-1)
        out.append(Match(entry, [t.i, v.i], sent.start, sent.end, extra={"demand": says.i}))
    return out


# ----------------------------------------------------------------------------------------------
# arguments

def _np_span(tok) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``tok`` (without coordinated or clausal parts)."""
    idxs = [tok.i]
    stack = [c for c in tok.children if c.dep_ not in ARG_CUT_DEPS]
    while stack:
        c = stack.pop()
        idxs.append(c.i)
        stack.extend(cc for cc in c.children if cc.dep_ not in ARG_CUT_DEPS)
    lo, hi = min(idxs), max(idxs)
    doc = tok.doc
    # keep a contiguous window around the head
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    while hi > tok.i and doc[hi].is_punct:
        hi -= 1
    return doc[lo].idx, doc[hi].idx + len(doc[hi])


def _conjuncts(tok) -> list:
    out = [tok]
    try:
        out.extend(c for c in tok.conjuncts if c.i != tok.i)
    except Exception:
        pass
    return sorted(out, key=lambda t: t.i)


def _case_of(tok) -> str | None:
    for c in tok.children:
        if c.dep_ in ("case", "mark") or (c.dep_ == "prep"):
            return c.lower_
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.lower_
    return None


# Per-article memo of dateline ends by sentence start, reset by ``code_events`` (spaCy's ``token.sent``
# and ``find_dateline`` were being recomputed for every argument token).
_DATELINES: dict = {"doc": None, "ends": {}, "sent_of": None}


def _dateline_end(analysis, sent) -> int:
    """Character offset where a dateline prefix ("SEOUL –", "ROMA, 19 giugno –") of the sentence ends."""
    ends = _DATELINES["ends"] if _DATELINES["doc"] is analysis.doc else {}
    found = ends.get(sent.start)
    if found is None:
        try:
            from ..clean import find_dateline
            hit = find_dateline(analysis.article.text[sent.start_char:sent.end_char], analysis.lang)
        except Exception:
            hit = None
        found = ends[sent.start] = sent.start_char + hit[1] if hit else -1
    return found


def _dateline_end_at(analysis, tok) -> int:
    """``_dateline_end`` of the sentence holding ``tok``, without building ``tok.sent`` each time."""
    if _DATELINES["doc"] is not analysis.doc or _DATELINES["sent_of"] is None:
        return _dateline_end(analysis, tok.sent)
    return _dateline_end(analysis, _DATELINES["sent_of"][tok.i])


def _remember_doc(analysis) -> None:
    doc = analysis.doc
    sent_of = [None] * len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            sent_of[i] = sent
    _DATELINES.update(doc=doc, ends={}, sent_of=sent_of)


def _nominal_agent(noun, lang: str):
    """The agent phrase of an event noun: a dependent introduced by an agent marker ("by the police"); in a
    language whose agent phrase is a multi-word preposition (events.json ``nominal_agent_heads``: Italian
    "da parte di"), the phrase under that head word."""
    lex = load_lexicon(lang)
    if lex is None:
        return None
    markers = lex.words("agent_markers")
    heads = lex.words("nominal_agent_heads")
    for w in noun.children:
        if w.i < noun.i or w.dep_ not in ("nmod", "obl", "nmod:agent", "obl:agent") or _case_of(w) not in markers:
            continue
        if not heads:
            return w
        if w.lemma_.lower() in heads or w.lower_ in heads:
            inner = [c for c in w.children if c.dep_ == "nmod" and c.i > w.i]
            if inner:
                return inner[0]
    return None


def _ents_for(analysis, toks) -> list[Entity]:
    """Entities for argument heads: the whole noun phrase, else a mention or a word inside it that
    resolves ("Il presidente russo Vladimir Putin" -> Putin / russo). Common-noun phrases that resolve
    to no actor ("i nostri porti") are not arguments; unresolved names are kept with their text."""
    out: list[Entity] = []
    for t in toks:
        if t.idx < _dateline_end_at(analysis, t):
            continue
        if any(x.start <= t.idx < x.end for x in analysis.timexes):
            continue  # "on Tuesday", "next month" are not participants
        s, e = _np_span(t)
        ent = None
        agent = _nominal_agent(t, analysis.lang) if t.pos_ == "NOUN" else None
        if agent is not None:
            # the doer of an event noun ("the arrest of reporters by the police", "l'invasione dell'Ucraina
            # da parte della Russia") is who the noun phrase stands for, before its other modifiers
            cand = _resolve_span(analysis, *_np_span(agent))
            if cand is not None and cand.code:
                ent = cand
        if ent is None and t.pos_ == "NOUN":
            # a common noun's own modifiers before its nested phrases ("a French proposal for a truce
            # in Lebanon" -> France)
            for w in t.children:
                if w.dep_ in ("amod", "nmod:poss", "poss", "compound") and w.pos_ in ("PROPN", "ADJ", "NOUN"):
                    cand = _resolve_span(analysis, *_np_span(w)) if w.dep_ != "amod" else _resolve_span(analysis, w.idx, w.idx + len(w))
                    if cand is not None and cand.code:
                        ent = cand
                        break
        if ent is None:
            ent = _resolve_span(analysis, s, e)
        if ent is None or not ent.code:
            inner = None
            for m in analysis.mentions:
                if m.start >= s and m.end <= e:
                    cand = m.actor if m.actor and m.actor.code else _resolve_span(analysis, m.start, m.end)
                    if cand is not None and cand.code:
                        inner = cand
                        break
            if inner is None:
                for w in [t] + [w for w in t.subtree if s <= w.idx < e and w.i != t.i and w.pos_ in ("PROPN", "ADJ", "NOUN")]:
                    cand = _resolve_span(analysis, w.idx, w.idx + len(w))
                    if cand is not None and cand.code:
                        inner = cand
                        break
            ent = inner or ent
        if ent is None or not ent.code:
            if t.pos_ != "PROPN":
                continue
            ent = ent or Entity(text=analysis.article.text[s:e])
        out.append(ent)
    return out


def _predicate_chain(tok):
    """The trigger and the predicates that govern it (control, coordination, light verbs)."""
    chain = [tok]
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in PRED_CLIMB_DEPS or cur.dep_ in ("obj", "dobj", "nsubj:pass", "nsubj", "obl", "pobj", "prep"):
            cur = cur.head
            if cur.dep_ == "prep":
                cur = cur.head
            chain.append(cur)
        else:
            break
    return chain


def _parse_args(analysis, doc, m: Match, lex: Lexicon):
    # a multi-word noun trigger is headed by its top word ("strike" in "hunger strike")
    head = _top(doc, m) if m.entry.pos == "N" and len(m.tokens) > 1 else doc[m.head]
    agent_mk = lex.words("agent_markers")
    recip_mk = lex.words("recipient_markers")
    loc_mk = lex.words("location_markers")
    gen_mk = lex.words("genitive_markers")
    actor_toks, recip_toks = [], []
    passive = any(c.dep_ in ("nsubj:pass", "nsubjpass", "aux:pass", "auxpass") for c in head.children)
    if passive and head.morph.get("VerbForm") == ["Ger"]:
        passive = False  # a gerund is never passive: the parser's aux:pass on "starebbe fornendo" is a progressive
    trig = set(m.tokens)
    key = f"{m.entry.event}:{m.entry.mode}".lower()
    own_forces = lex.words("withdrawn_forces") if key in lex.words("own_forces_modes") else frozenset()
    source_mk = lex.words("source_markers") if own_forces else frozenset()

    forces = []
    if own_forces and passive and not any(c.dep_ in ("obl:agent", "agent") for c in head.children) and any(
            c.dep_ in ("nsubj:pass", "nsubjpass") and c.lemma_.lower() in own_forces for c in head.children):
        passive = False  # "le truppe russe si sono ritirate da Kherson": a reflexive, the forces withdraw

    def _withdrawn(c, r):
        """The forces withdrawn: the actor's side (the actor itself only when nothing else is); the place
        they leave, hung on them by the parser ("le truppe dal Mali"), the recipient."""
        forces.extend(_conjuncts(c))
        for cc in c.children:
            if cc.dep_ in OBL_DEPS and cc.i not in trig:
                tgt = next((x for x in cc.children if x.dep_ == "pobj"), None) if cc.dep_ == "prep" else cc
                if tgt is not None and (_case_of(cc) or _case_of(tgt)) in source_mk:
                    r.extend(_conjuncts(tgt))

    def pick_from(node, allow_subject=True):
        a, r = [], []
        # a subject the parser hung on an auxiliary ("Mosca starebbe fornendo")
        kids = list(node.children) + [g for c in node.children if c.dep_.startswith("aux") and c.i < node.i
                                      for g in c.children if g.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
        for c in kids:
            if c.i in trig:
                continue
            dep = c.dep_
            case = _case_of(c)
            if dep in ("nsubj", "csubj") and allow_subject:
                a.extend(_conjuncts(c))
            elif dep in ("nsubj:pass", "nsubjpass"):
                if own_forces and not passive and c.lemma_.lower() in own_forces:
                    a.extend(_conjuncts(c))
                else:
                    r.extend(_conjuncts(c))
            elif dep in OBJ_DEPS and c.pos_ in ("PROPN", "NOUN", "PRON", "X", ""):
                if own_forces and c.lemma_.lower() in own_forces:
                    # "Syria withdrew its troops from Lebanon": the forces withdrawn are the actor's side
                    _withdrawn(c, r)
                else:
                    r.extend(_conjuncts(c))
            elif dep in ("obl:agent", "agent") or (dep in OBL_DEPS and case in agent_mk and passive):
                inner = [cc for cc in c.children if cc.dep_ == "pobj"] or [c]
                a.extend(_conjuncts(inner[0]))
            elif dep in OBL_DEPS or dep == "prep":
                inner = [cc for cc in c.children if cc.dep_ == "pobj"] if dep == "prep" else [c]
                if not inner:
                    continue
                tgt = inner[0]
                case = case or _case_of(tgt)
                if case in recip_mk or (m.entry.loc_recipient and case in loc_mk) or (
                        case in source_mk and not passive):
                    # the place left is the recipient of a withdrawal ("il ritiro dall'Afghanistan")
                    r.extend(_conjuncts(tgt))
                elif own_forces and tgt.lemma_.lower() in own_forces and case in gen_mk:
                    _withdrawn(tgt, r)  # "the withdrawal of its troops from Lebanon"
                elif dep == "nmod:poss" or (case in gen_mk and node.pos_ == "NOUN" and not a):
                    ent = _resolve_span(analysis, *_np_span(tgt))
                    if ent is not None and ent.code:
                        a.extend(_conjuncts(tgt))
            elif dep == "amod" and node.pos_ == "NOUN":
                ent = _resolve_span(analysis, c.idx, c.idx + len(c))
                if ent is not None and ent.code:
                    a.append(c)
        return a, r

    a, r = pick_from(head)
    actor_toks.extend(a)
    recip_toks.extend(r)
    # climb to governing predicates for the missing arguments (control verbs, light verbs, conj)
    if not actor_toks or not recip_toks:
        for gov in _predicate_chain(head)[1:]:
            ga, gr = pick_from(gov)
            ga = [t for t in ga if t.i not in trig and t.i != head.i]
            gr = [t for t in gr if t.i not in trig and t.i != head.i and not any(t.i == x.i for x in recip_toks)]
            if not actor_toks and ga:
                actor_toks = ga
            if not recip_toks and gr and head.pos_ == "NOUN" and head.dep_ in ("obj", "dobj", "nsubj:pass"):
                recip_toks = gr
            if actor_toks:
                break
    if not recip_toks:
        # the recipient named inside a light-verb trigger: "summoned the Russian ambassador",
        # "ha convocato l'ambasciatore cinese", "suspended Russia's voting rights"
        for i in m.tokens:
            t = doc[i]
            if i == head.i or t.pos_ not in ("NOUN", "PROPN"):
                continue
            for c in t.children:
                if c.i in trig or c.dep_ not in ("amod", "nmod:poss", "poss", "compound"):
                    continue
                ent = _resolve_span(analysis, c.idx, c.idx + len(c))
                if ent is not None and ent.code:
                    recip_toks.append(c)
    if not actor_toks and forces:
        actor_toks = forces
    actor_toks = [t for t in actor_toks if t.pos_ not in ("PRON",) or t.lower_ not in ("che", "cui", "who", "which", "that")]
    return actor_toks, recip_toks, passive


def _fallback_args(analysis, doc, m: Match, lex: Lexicon, spans):
    """Positional arguments when there is no parse: nearest candidate before the trigger (with its
    coordinated neighbours) = actor, first candidate after it = recipient."""
    coord = lex.words("coordination")
    loc_mk = lex.words("location_markers")
    agent_mk = lex.words("agent_markers")
    passive_aux = lex.words("passive_aux")
    first, last = m.tokens[0], m.tokens[-1]
    before = [sp for sp in spans if sp[1] <= first]
    after = [sp for sp in spans if sp[0] > last]
    passive = first - 1 >= m.sent_start and doc[first - 1].lower_ in passive_aux and m.entry.pos == "V"
    actor, recip = [], []
    dets = lex.words("determiners")
    marked = lex.words("recipient_markers") | loc_mk | agent_mk | lex.words("background") | lex.words("attributive_markers")

    def prep_before(sp) -> str | None:
        k = sp[0] - 1
        while k >= m.sent_start and doc[k].lower_ in dets:
            k -= 1
        return doc[k].lower_ if k >= m.sent_start and doc[k].lower_ in marked else None

    free = [sp for sp in before if prep_before(sp) is None]
    if free:
        group = [free[-1]]
        k = before.index(free[-1]) - 1
        joined_by_word = False
        while k >= 0:
            gap = [doc[j] for j in range(before[k][1], group[0][0])]
            # "Putin e il leader nordcoreano Kim": a title between the coordinator and the name is allowed
            titled = (any(t.lower_ in coord and not t.is_punct for t in gap) and not any(t.is_punct for t in gap)
                      and all(t.lower_ in coord or t.lower_ in dets or t.pos_ in ("NOUN", "ADJ") for t in gap)
                      and len(gap) <= 5)
            if not gap:  # a title span right before a name span is one noun phrase
                group[0] = (before[k][0], group[0][1])
                k -= 1
                continue
            if not (titled or all(t.lower_ in coord or t.is_punct or t.lower_ in dets for t in gap)):
                break
            words = {t.lower_ for t in gap if t.lower_ in coord and not t.is_punct}
            if not words and not joined_by_word:
                break  # a bare comma joins only inside a list closed by "e"/"and"
            joined_by_word = joined_by_word or bool(words)
            group.insert(0, before[k])
            k -= 1
        actor = group
    if m.entry.loc_recipient and not after:
        placed = [sp for sp in before if prep_before(sp) in loc_mk | lex.words("recipient_markers")]
        if placed:
            after = [placed[-1]]
    if after:
        sp = after[0]
        prev = doc[sp[0] - 1].lower_ if sp[0] - 1 >= 0 else ""
        if sp[1] <= first:
            recip = [sp]
        elif prev in agent_mk and passive:
            recip, actor = actor, [sp]
        elif not (prev in loc_mk and not m.entry.loc_recipient):
            recip = [sp]
            k = 1
            while k < len(after) and all(doc[j].lower_ in coord or doc[j].lower_ in lex.words("determiners")
                                         for j in range(recip[-1][1], after[k][0])):
                recip.append(after[k])
                k += 1
    elif passive:
        recip, actor = actor, []
    return actor, recip, passive


def _candidate_spans(analysis, doc, sent) -> list[tuple[int, int]]:
    """Token spans [i, j) of argument candidates in the sentence: NER mentions, else capitalised runs."""
    out = []
    for m in analysis.mentions:
        if m.start >= sent.start_char and m.end <= sent.end_char:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end))
    if out:
        return sorted(set(out))
    i = sent.start
    while i < sent.end:
        t = doc[i]
        if t.is_title or t.is_upper and len(t) > 1:
            j = i + 1
            while j < sent.end and (doc[j].is_title or doc[j].is_upper and len(doc[j]) > 1 or
                                    (doc[j].lower_ in ("di", "del", "della", "of", "the", "degli", "dei")
                                     and j + 1 < sent.end and doc[j + 1].is_title)):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _ents_from_spans(analysis, doc, spans) -> list[Entity]:
    out = []
    for s, e in spans:
        cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if cs < _dateline_end_at(analysis, doc[s]):
            continue
        ent = _resolve_span(analysis, cs, ce)
        if ent is None:
            if doc[s].i == doc[s].sent.start and not any(m.start <= cs < m.end for m in analysis.mentions):
                continue  # a capitalised sentence opener that resolves to nothing is not an actor
            ent = Entity(text=analysis.article.text[cs:ce])
        out.append(ent)
    return out


# ----------------------------------------------------------------------------------------------
# flags

def _morph(tok, key: str) -> list[str]:
    try:
        return tok.morph.get(key)
    except Exception:
        return []


def _flags(doc, m: Match, lex: Lexicon, parsed: bool) -> tuple[set[str], dict]:
    mod = lex.modality
    head = doc[m.head]
    first = m.tokens[0]
    s0 = m.sent_start
    aux: set[str] = set()
    info = {"denied": False, "alleged": False}

    def before(n):
        return [doc[k] for k in range(max(s0, first - n), first)]

    neg = lex.mod("negation")
    nwin = int(mod.get("negation_window", 4))
    related = [head] + ([c for c in head.children if c.dep_.startswith("aux")] if parsed else [])
    chain = _predicate_chain(head) if parsed else [head]
    if any(t.lower_ in neg for t in before(nwin)) or (parsed and any(
            c.lower_ in neg and c.dep_ in ("advmod", "neg", "det") for g in chain[:2] for c in g.children)):
        aux.add("negation")
    # denial: a denial verb before the trigger in the sentence
    denial = lex.mod("denial")
    dforms = lex.mod("denial_forms")
    dwin = int(mod.get("denial_window", 8))
    for t in before(dwin):
        if t.lower_ in dforms or (t.lemma_ and t.lemma_.lower() in denial) or t.lower_ in denial:
            info["denied"] = True
            aux.add("negation")
    # future
    fwords = lex.mod("future_forms")
    faux = lex.mod("future_aux")
    fwin = int(mod.get("future_window", 4))
    is_future = m.entry.future
    window_text = " ".join(t.lower_ for t in before(fwin))
    for phrase in fwords:
        if phrase in window_text.split() or (" " in phrase and phrase in window_text):
            is_future = True
    for t in before(fwin) + [c for c in related]:
        if "Fut" in _morph(t, "Tense") or (t.lemma_ and t.lemma_.lower() in faux and t.i != head.i):
            is_future = True
    if m.entry.pos == "V" and any(head.lower_.endswith(s) for s in mod.get("future_suffixes", [])) and not head.lemma_.lower().endswith(tuple(mod.get("future_suffixes", []))):
        is_future = True
    if is_future:
        aux.add("future")
    # reportive conditional (alleged) vs hypothetical
    rep = frozenset(w.lower() for w in mod.get("reportive_conditional", {}).get("forms", []))
    hyp_forms = lex.mod("hypothetical_forms")
    hyp = lex.mod("hypothetical")
    hwin = int(mod.get("hypothetical_window", 5))
    if any(t.lower_ in rep for t in before(3)):
        info["alleged"] = True
    else:
        hypothetical = any((t.lower_ in hyp_forms or (t.lemma_ and t.lemma_.lower() in hyp and t.pos_ in ("AUX", "VERB", "SCONJ", "")))
                           and not (t.lower_ in fwords) for t in before(hwin))
        conds = tuple(mod.get("conditional_suffixes", []))
        if m.entry.pos == "V" and conds and head.lower_.endswith(conds):
            hypothetical = True
        for t in related:
            if "Cnd" in _morph(t, "Mood") and not (t.lemma_ and t.lemma_.lower() in faux):
                hypothetical = True
        # future in the past: "announced that it would withdraw" (a reported plan, not a condition)
        fip = mod.get("future_in_past", {})
        fip_forms = frozenset(w.lower() for w in fip.get("forms", []))
        fip_block = frozenset(w.lower() for w in fip.get("blocked_by", []))
        if hypothetical and fip_forms and parsed and any(t.lower_ in fip_forms for t in before(hwin) + related):
            reporting = frozenset(w.lower() for w in fip.get("reporting", []))
            reported = any(g.dep_ in tuple(fip.get("clause_deps", ["ccomp"])) for g in chain[:3]) or any(
                doc[k].lower_ in reporting or doc[k].lemma_.lower() in reporting for k in range(s0, first))
            blocked = any(doc[k].lower_ in fip_block for k in range(s0, m.sent_end))
            others = any((t.lower_ in hyp_forms or (t.lemma_ and t.lemma_.lower() in hyp)) and t.lower_ not in fip_forms
                         for t in before(hwin))
            if reported and not blocked and not others:
                hypothetical = False
                is_future = True
                aux.add("future")
        if hypothetical:
            aux.add("hypothetical")
            aux.discard("future")
    alleg = lex.mod("allegation")
    awin = int(mod.get("allegation_window", 12))
    if any(t.lower_ in alleg for t in before(awin)):
        info["alleged"] = True
    return aux, info


def _failed(doc, m: Match, lex: Lexicon, parsed: bool) -> bool:
    """The trigger is the complement of a verb of failure ("failed to reach agreement")."""
    fail = lex.words("failure_verbs")
    if not fail or not parsed:
        return False
    hd = doc[m.head]
    return hd.dep_ == "xcomp" and hd.head.lemma_.lower() in fail


def _conditional_threat(doc, m: Match, lex: Lexicon, parsed: bool) -> bool:
    """A 'will/would' predicate with a condition after it in the sentence ("will boycott the vote unless
    ..."): the conditional is a threat (``threat_modals``, ``threat_conditions``)."""
    modals = lex.words("threat_modals")
    conds = lex.words("threat_conditions")
    if not modals or not conds:
        return False
    hd = doc[m.head]
    has_modal = any(c.lower_ in modals for c in hd.children if c.dep_.startswith("aux")) or (
        not parsed and any(doc[k].lower_ in modals for k in range(max(m.sent_start, m.tokens[0] - 3), m.tokens[0])))
    return has_modal and any(doc[k].lower_ in conds for k in range(m.tokens[-1] + 1, m.sent_end))


# ----------------------------------------------------------------------------------------------

def _contexts(sent_text_lower: str, entry: Entry, lex: Lexicon, memo: dict | None = None) -> list[str]:
    """The entry's contexts, then those whose keywords the sentence holds (``memo``: the sentence's pattern hits,
    shared by its events)."""
    ctx = list(entry.context)
    for name, rx in _context_patterns(lex.lang):
        if name in ctx:
            continue
        if memo is None:
            hit = rx.search(sent_text_lower) is not None
        else:
            hit = memo.get(name)
            if hit is None:
                hit = memo[name] = rx.search(sent_text_lower) is not None
        if hit:
            ctx.append(name)
    return ctx


@lru_cache(maxsize=None)
def _context_patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    """One compiled whole-word alternation per context name (built once per language)."""
    lex = load_lexicon(lang)
    out = []
    for name, words in lex.settings.get("context_keywords", {}).items():
        alts = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
        if alts:
            out.append((name, re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")))
    return out


def _business_words(text: str, heads: frozenset[str]) -> bool:
    return bool(heads) and any(w in heads for w in re.findall(r"\w+", text.lower()))


def _business_nps(analysis, toks, heads: frozenset[str]) -> bool:
    """Every argument phrase names a business or its property ("tariffe ridotte a molti clienti europei",
    "l'impianto automobilistico romeno"), whatever country its adjective gives it."""
    text = analysis.article.text
    return bool(toks) and bool(heads) and all(_business_words(text[slice(*_np_span(t))], heads) for t in toks)


def _political(ent: Entity, business_codes: frozenset[str], business_sectors: frozenset[str],
               business_heads: frozenset[str] = frozenset()) -> bool:
    """A coded participant that is not a business (``business_codes`` such as MNC, ``business_sectors``
    such as BUS, or a business noun in its text, ``business_heads``: "Singapore Airlines", "le compagnie
    aeree cinesi", "a Taiwanese smartphone maker"): a country, its government, military, police,
    parties, armed groups, IGOs, NGOs."""
    if not ent.code or ent.code.lower() in business_codes:
        return False
    if ent.sector and ent.sector.lower() in business_sectors:
        return False
    return not _business_words(ent.text or "", business_heads)


def _governing_subjects(doc, m: Match) -> list:
    """Subjects of the predicates governing the trigger ("The opposition party said it would boycott"):
    who a pronoun subject of the trigger stands for."""
    return [c for g in _predicate_chain(doc[m.head])[1:] for c in g.children
            if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i not in m.tokens]


def _self_by_context(analysis, r: Entity, actor: list[Entity]) -> bool:
    """The recipient has an actor's country only because the resolver took it from the context: its
    own words name no actor of that country."""
    if not r.code or not any(a.code == r.code for a in actor):
        return False
    try:
        from ..actors import lookup
        own = lookup(r.text or "", analysis.lang, analysis.article.published, None)
    except Exception:
        return False
    return not any(x.code == r.code for x in own)


def _political_args(analysis, toks, business_codes: frozenset[str], business_sectors: frozenset[str],
                    business_heads: frozenset[str] = frozenset()) -> bool:
    """An argument head whose noun phrase names a political actor, coded or not: "the army", "gunmen",
    "i manifestanti", "the opposition party" resolve to a sector (MIL, UAF, CVL, PTY) without a country."""
    for t in toks:
        span = _np_span(t)
        ent = _resolve_span(analysis, *span)
        if ent is None or _business_words(analysis.article.text[span[0]:span[1]], business_heads):
            continue
        if ent.code and ent.code.lower() not in business_codes and not (ent.sector and ent.sector.lower() in business_sectors):
            return True
        if not ent.code and ent.sector and ent.sector.lower() not in business_sectors:
            return True
    return False


def _event_id(article_id: str, start: int, end: int, category: str) -> str:
    return hashlib.sha1(f"{article_id}|{start}|{end}|{category}".encode("utf-8")).hexdigest()[:16]


def _dedupe(ents: list[Entity]) -> list[Entity]:
    out, seen = [], set()
    for e in ents:
        key = (e.code, e.name or e.text) if e.code else ("", e.text.lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(e)
    return out


def _apply_contested(analysis, events: list[Event]) -> list[Event]:
    """A claim and its denial ("Secondo funzionari USA, Mosca starebbe fornendo ..." / "Mosca ha negato
    qualsiasi trasferimento di armi"): the claimed event keeps its factuality, and the denial gets a
    copy of it (same actor and recipient: who did what to whom is the claim's, not the deniers') with
    factuality "denied", the negation flag and the deniers as attribution source."""
    try:
        from ..attribution import contested
        pairs = contested(analysis)
    except Exception:
        log.debug("contested failed", exc_info=True)
        return events
    doc = analysis.doc
    for claim, denial in pairs:
        if claim.start >= min(denial.start, denial.quote.start):
            continue  # a denial answers an earlier claim
        claimed = [e for e in events if claim.start <= e.trigger.start and e.trigger.end <= claim.end
                   and e.factuality != "denied"]
        if not claimed:
            continue
        cue = denial.quote.cue_span
        if cue and any(e.trigger.start < cue[1] and cue[0] < e.trigger.end for e in events):
            continue  # "ha respinto le critiche" is a REJECT of its own, not a denial of the earlier claim
        speaker = denial.quote.speaker or (denial.deniers[0] if denial.deniers else None)
        source = Attribution(source=speaker, cue=denial.quote.cue, channel=denial.quote.channel,
                             anonymous=denial.quote.anonymous, count=denial.quote.count)
        anchor = denial.quote.cue_span[0] if denial.quote.cue_span else denial.start
        dsent = next((sn for sn in doc.sents if sn.start_char <= anchor < sn.end_char), None)
        lo, hi = (dsent.start_char, dsent.end_char) if dsent is not None else (denial.start, denial.end)
        inside = [e for e in events if max(lo, denial.start) <= e.trigger.start and e.trigger.end <= min(hi, denial.end)
                  and not (claim.start <= e.trigger.start < claim.end)]
        for c in claimed:
            twin = next((e for e in inside if e.event == c.event), None)
            aux = [f for f in ("historical", "future", "hypothetical", "negation") if f in set(c.aux) | {"negation"}]
            if twin is not None:
                twin.actor = list(c.actor) or twin.actor
                twin.recipient = list(c.recipient) or twin.recipient
                twin.factuality, twin.aux, twin.attribution = "denied", aux, source
                twin.date = twin.date or c.date
                continue
            if inside:
                continue  # the denial names an event of its own kind: it does not deny this claim
            sent = dsent
            start, end = denial.start, denial.end
            if denial.quote.cue_span:
                start, end = denial.quote.cue_span[0], denial.quote.cue_span[1]
            events.append(replace(
                c, id=_event_id(analysis.article.id, start, end, c.event + ":denied"),
                aux=aux, factuality="denied", attribution=source,
                text=sent.text if sent is not None else c.text,
                trigger=Trigger(text=analysis.article.text[start:end], start=start, end=end),
                confidence=round(max(0.0, c.confidence - 0.1), 2)))
    return events


_NO_CANDS: frozenset[str] = frozenset()


def _token_table(doc, lex: Lexicon, name_ok: frozenset[str]):
    """Per token of the Doc, read in one ``to_array`` call (a spaCy Token per attribute per word was a
    large share of this stage): character offset, is PROPN, is inside a named entity of a type that
    is not allowed to trigger, is title-case, and the trigger lemma candidates."""
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_TITLE, LEMMA, ORTH, POS
    from spacy.parts_of_speech import PROPN

    arr = doc.to_array([ORTH, LEMMA, POS, ENT_IOB, ENT_TYPE, IS_TITLE, IDX])
    strings = doc.vocab.strings
    idxs = arr[:, 6].tolist()
    propn = [p == PROPN for p in arr[:, 2].tolist()]
    types: dict[int, bool] = {}
    named = []
    for iob, typ in zip(arr[:, 3].tolist(), arr[:, 4].tolist()):
        if iob in (1, 3):  # I, B
            ok = types.get(typ)
            if ok is None:
                ok = types[typ] = strings[typ] not in name_ok
            named.append(ok)
        else:
            named.append(False)
    titled = [bool(x) for x in arr[:, 5].tolist()]
    by_id, seen = lex.candidates_by_id, lex.ids_cache  # (the cache read inline: one call per new word only)
    tok_cands = [c if (c := seen.get(k)) is not None else by_id(k[0], k[1], strings)
                 for k in zip(arr[:, 0].tolist(), arr[:, 1].tolist())]
    return idxs, propn, named, titled, tok_cands


def code_events(analysis) -> list[Event]:
    """PLOVER events of one analysed article (empty when the language has no event lexicon)."""
    doc = analysis.doc
    if doc is None or len(doc) == 0:
        return []
    lex = load_lexicon(analysis.lang)
    if lex is None:
        return []
    parsed = _has_parse(doc)
    text = analysis.article.text
    events: list[Event] = []
    nominal: set[str] = set()  # ids of events whose trigger is a noun
    prev_subject: list[Entity] = []
    pro_drop = bool(lex.settings.get("pro_drop", False))
    name_ok = frozenset(lex.settings.get("trigger_entity_types", ["DATE", "TIME", "EVENT"]))
    keep_named = bool(lex.settings.get("nominal_keeps_named_doers", False))
    anaphors = lex.words("subject_anaphors")
    drop_bare_seed = bool(lex.settings.get("seed_needs_participant", False))
    prepared = lex.settings.get("prepared_category", {})
    prepared_words = frozenset(w.lower() for w in prepared.get("lemmas", []))
    prepared_as = {k: v for k, v in prepared.items() if k != "lemmas"}
    needs_political = bool(lex.settings.get("event_needs_political_participant", False))
    business_codes = lex.words("business_codes")
    business_sectors = lex.words("business_sectors")
    business_heads = lex.words("business_heads")
    non_agents = lex.words("non_agent_subjects")
    seed_needs_actor = bool(lex.settings.get("seed_needs_political_actor", False))
    place_counts = frozenset(lex.settings.get("place_participant_categories", []))
    domestic_ok = frozenset(lex.settings.get("domestic_recipient_categories", [])) | frozenset(
        lex.settings.get("self_recipient_categories", []))
    foreign_cats = frozenset(lex.settings.get("foreign_recipient_categories", []))
    place_cats = frozenset(lex.settings.get("location_recipient_categories", []))
    no_recip_modes = lex.words("no_recipient_modes")
    own_forces_modes = lex.words("own_forces_modes")
    business_ok = frozenset(lex.settings.get("business_categories", []))
    _remember_doc(analysis)
    # multi-word names (not dates and the like), as token ranges: a word inside one triggers nothing
    names = [(ent.start, ent.end) for ent in doc.ents if ent.label_ not in name_ok and len(ent) > 1]
    idxs, propn, named, titled, tok_cands = _token_table(doc, lex, name_ok)
    for sent in doc.sents:
        if analysis.in_boilerplate(sent.start_char, sent.end_char) and all(
                analysis.in_boilerplate(t.idx, t.idx + len(t)) for t in sent if not t.is_space):
            continue
        # a word inside a name ("Rapid Support Forces", "Riot Police Unit") triggers nothing
        dl_end = _dateline_end(analysis, sent)
        in_name = {i for a, b in names if a >= sent.start and b <= sent.end for i in range(a, b)}
        s0 = sent.start
        cands = [_NO_CANDS if idxs[i] < dl_end or (parsed and (i in in_name or propn[i] and (
                     named[i] or titled[i] and i != s0)))
                 else tok_cands[i] for i in range(s0, sent.end)]
        found = _find_matches(doc, sent, lex, cands, parsed)
        if parsed:
            found.extend(_demand_matches(doc, sent, lex))
        matches = _filter(doc, _select(found), lex, parsed)
        spans = None if parsed else _candidate_spans(analysis, doc, sent)
        sent_subject: list[Entity] = []
        if parsed:
            root = sent.root
            subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
            if subj:
                sent_subject = [e for e in _ents_for(analysis, _conjuncts(subj[0])) if e.code]
        sent_text = text[sent.start_char:sent.end_char]  # = sent.text, which spaCy rebuilds token by token
        sent_lower = sent_text.lower()
        context_memo: dict[str, bool] = {}
        for m in matches:
            t0, t1 = doc[m.tokens[0]], doc[m.tokens[-1]]
            start, end = t0.idx, t1.idx + len(t1)
            if parsed:  # show the auxiliaries with the verb ("hanno firmato")
                auxes = [c for c in doc[m.head].children if c.dep_.startswith("aux") and c.i < m.tokens[0]]
                if auxes and m.entry.pos == "V":
                    start = min(start, min(a.idx for a in auxes))
            if analysis.in_boilerplate(start, end):
                continue
            e = m.entry
            demand = m.extra.get("demand")
            if demand is not None:
                # a reported obligation: the speaker demands, the obliged subject is asked
                says = doc[demand]
                a_toks = [x for c in says.children if c.dep_ in ("nsubj", "csubj") for x in _conjuncts(c)]
                r_toks = [x for c in doc[m.head].children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")
                          for x in _conjuncts(c)]
                actor, recipient, passive = _ents_for(analysis, a_toks), _ents_for(analysis, r_toks), False
            elif parsed:
                a_toks, r_toks, passive = _parse_args(analysis, doc, m, lex)
                actor = _ents_for(analysis, a_toks)
                hd = doc[m.head]
                subj_like = list(a_toks) + ([hd.head] if hd.dep_ == "acl" and "Part" not in _morph(hd, "VerbForm")
                                            and "Ger" not in _morph(hd, "VerbForm") else [])
                if non_agents and any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in non_agents for t in subj_like):
                    # "le sanzioni colpiscono", "the storm hit", "il tifone ha colpito", "an earthquake struck"
                    # (a finite verb parsed as modifying its subject), "colpiti dal calo delle vendite" (the
                    # agent of a passive): no actor acts
                    continue
                if not actor and a_toks and all(t.pos_ == "PRON" for t in a_toks):
                    # "South Korea said it would work with Japan": the pronoun is the speaker
                    actor = [x for x in _ents_for(analysis, _governing_subjects(doc, m)) if x.code]
                if (not actor and a_toks and prev_subject and anaphors
                        and all(t.lower_ in anaphors for t in a_toks)):
                    # "He is due to travel to Beijing": a personal pronoun subject is the previous
                    # sentence's subject
                    actor = list(prev_subject)
                recipient = _ents_for(analysis, r_toks)
                spans = spans if spans is not None else _candidate_spans(analysis, doc, sent)
                a_sp, r_sp, _ = _fallback_args(analysis, doc, m, lex, spans)
                if not a_toks and not passive and pro_drop and e.pos == "V" and prev_subject:
                    # no parsed subject: a name before the verb that the parser attached elsewhere ("…, Mosca
                    # starebbe fornendo") beats the previous sentence's subject
                    actor = [x for x in _ents_from_spans(analysis, doc, a_sp) if x.code] or list(prev_subject)
                if not passive and len(a_sp) > 1:
                    # a coordinated subject the parser split or attached elsewhere ("Moscow and Pyongyang")
                    pos_actor = [x for x in _ents_from_spans(analysis, doc, a_sp) if x.code]
                    a_codes, p_codes = {x.code for x in actor}, {x.code for x in pos_actor}
                    if (len(pos_actor) > len(_dedupe(actor)) and a_codes <= p_codes) or a_codes < p_codes:
                        actor = pos_actor
                if not actor or not recipient:  # the parse found nothing: fall back on positions
                    if not actor and not passive:
                        actor = [x for x in _ents_from_spans(analysis, doc, a_sp) if x.code]
                    if not recipient and e.pos == "V":
                        recipient = [x for x in _ents_from_spans(analysis, doc, r_sp) if x.code]
            else:
                a_sp, r_sp, passive = _fallback_args(analysis, doc, m, lex, spans)
                actor = _ents_from_spans(analysis, doc, a_sp)
                recipient = _ents_from_spans(analysis, doc, r_sp)
            if e.swap and not passive:
                actor, recipient = recipient, actor
            if e.reciprocal and recipient and not e.loc_recipient:
                actor = actor + recipient
                recipient = []
            key = f"{e.event}:{e.mode}".lower()
            if key in no_recip_modes:
                recipient = []  # a resignation has no recipient ("resigned as the opposition threatened")
            elif key in own_forces_modes and recipient:
                # a withdrawal from one's own territory has no recipient; the forces withdrawn are the actor's
                codes = {a.code for a in actor if a.code}
                forces = [r for r in recipient if r.code in codes or (
                    r.sector in ARMED_SECTORS and r.code and not codes)]
                if forces and not actor:
                    actor = forces
                recipient = [r for r in recipient if r not in forces and r.code not in codes]
            location = _event_location(analysis, start, end, sent.start_char, sent.end_char)
            if recipient and (e.event in foreign_cats or e.event in place_cats) and not (
                    e.event in domestic_ok or f"{e.event}:{e.mode}" in domestic_ok):
                # an actor is not its own recipient unless the text says so: "sanzioni contro i funzionari
                # responsabili", "ha ucciso venti persone" take their country from the context (often the
                # actor's own name nearby), not from their own words; an attack's place may then stand in
                recipient = [r for r in recipient if not _self_by_context(analysis, r, actor)]
            placed = False
            if not any(r.code for r in recipient):
                # "struck targets in the Bekaa Valley", "killed 30 people at a mosque in Peshawar": the
                # place of an attack, raid or delivery stands for its unnamed target; a domestic
                # measure on unnamed people ("locked up a blogger") targets the actor's own country
                domestic = lex.settings.get("domestic_recipient_categories", [])
                placed = True
                if (e.event in lex.settings.get("location_recipient_categories", []) and location is not None
                        and location.country
                        and not (e.event == "MOBILIZE" and any(a.code == location.country for a in actor))):
                    recipient = [Entity(text=location.text, code=location.country)]
                elif ((e.event in domestic or f"{e.event}:{e.mode}" in domestic) and parsed and r_toks
                      and not passive and location is None):
                    own = [a for a in actor if a.code][:1]
                    if own:
                        s_, e_ = _np_span(r_toks[0])
                        recipient = [Entity(text=text[s_:e_], code=own[0].code)]
            actor = _dedupe(actor)
            recipient = [r for r in _dedupe(recipient)
                         if not (r.code and any(a.code == r.code and (a.name or a.text) == (r.name or r.text) for a in actor))]

            aux, info = _flags(doc, m, lex, parsed)
            when, historical = _event_date(analysis, start, end, lex, sent)
            if historical:
                aux.add("historical")
                aux.discard("future")
            category, cameo, mode = e.event, e.cameo, e.mode
            if e.joint and len({a.code for a in actor if a.code}) > 1:
                # joint exercises are cooperation, one country's are a show of force
                category, cameo, mode = (list(e.joint) + [None])[:3]
            if e.negated and ("negation" in aux and not info["denied"] or _failed(doc, m, lex, parsed)):
                # "will not accept more refugees", "failed to reach agreement": a refusal
                category, cameo, mode = (list(e.negated) + [None])[:3]
                aux -= {"negation", "future", "hypothetical"}
            elif (category in prepared_as and parsed and any(
                    g.lemma_.lower() in prepared_words or any(c.lemma_.lower() in prepared_words and c.dep_.startswith("aux") for c in g.children)
                    for g in _predicate_chain(doc[m.head])[:3])):
                # "prepared to resume shelling", "is preparing an offensive": military posture, not yet force
                category, cameo, mode = (list(prepared_as[category]) + [None])[:3]
                aux.discard("future")
            elif "hypothetical" in aux and _conditional_threat(doc, m, lex, parsed):
                # "will withdraw ... unless", "would boycott ... if": a threat is the future harm held out
                aux.discard("hypothetical")
                aux.add("future")
            if "future" in aux:
                swap = lex.settings.get("future_category", {}).get(category)
                if swap:
                    modes = swap[2] if len(swap) > 2 and isinstance(swap[2], dict) else {}
                    category, cameo, mode = swap[0], swap[1], modes.get(mode or "", modes.get("*"))
                    if category in lex.settings.get("present_speech_acts", []):
                        aux.discard("future")  # the threat is made now; what it holds out is its content
            if demand is not None:
                # the demand is the act of saying: its own attribution, not the speaker's quote
                says = doc[demand]
                attribution, att_fact = _attribution(analysis, says.idx, says.idx + len(says))
                aux.discard("negation")  # "must not" is still a demand
                info = {**info, "alleged": False}
            else:
                attribution, att_fact = _attribution(analysis, start, end)
            if info["denied"]:
                factuality = "denied"
            elif info["alleged"] or att_fact == "alleged":
                factuality = "alleged"
            elif "future" in aux:
                factuality = "planned"
            elif "hypothetical" in aux:
                factuality = "possible"
            elif att_fact in ("reported", "denied", "possible", "planned"):
                factuality = att_fact
            elif attribution is not None:
                factuality = "reported"
            else:
                factuality = "asserted"
            confidence = 0.4 + (0.2 if parsed else 0.0) + (0.2 if any(a.code for a in actor) else 0.0) + (
                0.1 if len(m.tokens) > 1 or e.with_ else 0.0) + (0.1 if e.priority == 0 else 0.0)
            if e.priority > 0 and drop_bare_seed and not any(a.code for a in actor) and not any(r.code for r in recipient):
                continue  # a generated seed verb with no political participant: most often another sense
            if (e.priority > 0 and seed_needs_actor and parsed
                    and not any(_political(x, business_codes, business_sectors, business_heads) for x in actor)):
                continue  # an unconstrained seed verb ("include", "match", "plan") needs a political doer
            if needs_political and parsed and not (
                    (any(_political(x, business_codes, business_sectors, business_heads) for x in actor)
                     and not _business_nps(analysis, a_toks, business_heads))
                    or ((not placed or category in place_counts) and not e.loc_recipient
                        and any(_political(x, business_codes, business_sectors, business_heads) for x in recipient)
                        and not _business_nps(analysis, r_toks, business_heads))
                    or _political_args(analysis, a_toks + ([] if e.loc_recipient else r_toks) + _governing_subjects(doc, m),
                                       business_codes, business_sectors, business_heads)):
                # nobody political on either side: a company's orders, offers and contests, a museum, a
                # referee, a storm are not political events (PLOVER codes actors of the political system).
                # Unnamed but political doers count ("gunmen", "the army", "demonstrators"); the place of
                # the event alone does not ("an earthquake struck off Japan"), nor the destination of a
                # journey ("the aircraft can fly to Singapore")
                if category not in business_ok or not any(x.code for x in actor + recipient):
                    continue
            if e.pos != "V" and not (keep_named and parsed and any(t.pos_ in ("NOUN", "PROPN") for t in a_toks)):
                # (a noun whose clause names its doers, even unresolved ones, "rail workers began a strike", stays)
                nominal.add(_event_id(analysis.article.id, start, end, category))
            events.append(Event(
                id=_event_id(analysis.article.id, start, end, category),
                article_id=analysis.article.id,
                event=category,
                mode=mode,
                context=_contexts(sent_lower, e, lex, context_memo),
                cameo=cameo,
                date=when,
                actor=actor,
                recipient=recipient,
                location=location,
                aux=[f for f in ("historical", "future", "hypothetical", "negation") if f in aux],
                factuality=factuality,
                attribution=attribution,
                text=sent_text,
                trigger=Trigger(text=text[start:end], start=start, end=end),
                language=analysis.lang,
                confidence=round(min(confidence, 1.0), 2),
            ))
        if sent_subject:
            prev_subject = sent_subject
        elif events and events[-1].text == sent_text and any(a.code for a in events[-1].actor):
            prev_subject = [a for a in events[-1].actor if a.code]
    events = _apply_contested(analysis, events)
    # PLOVER requires an actor: a noun with nobody on either side ("the armed services", "un prestito") is
    # not an event record anyone could use (a verb keeps its event: its participants may be implicit)
    return [ev for ev in events if ev.actor or ev.recipient or ev.id not in nominal]


__all__ = ["code_events"]
