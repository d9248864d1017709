"""From text to actors: a lexicon tagger, a noun-phrase grouper, and an article-level resolver with coreference.

Language-agnostic: every word it knows comes from ``lexicon(lang)`` (lang/<code>/actors_*.json).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..schema import Entity
from bisect import bisect_left, bisect_right
from itertools import repeat
from operator import attrgetter

from .kb import NON_STATE, Entry, case_ok, knowledge_base, lexicon, norm_date, norm_text, norm_token

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# sectors whose members need not belong to the country the story is about (an analyst, a reporter, a doctor)
NO_CONTEXT_SECTORS = frozenset({"EDU", "JRN", "MED", "BUS", "NGO"})
STRONG = ("person", "org", "country", "capital", "name")
NOT_NOMINAL = frozenset({"ADJ", "VERB", "AUX", "ADV"})  # POS that cannot be an agent noun or a title
# an ADJ-tagged agent word right after one of these is a modifier ("un documento davvero storico", "è storico");
# after a determiner or preposition the tagger is often wrong ("decine di civili ucraini") and the noun reading stays
MODIFIED = frozenset({"NOUN", "PROPN", "ADV", "AUX", "VERB"})
FUNCTION_POS = frozenset({"DET", "ADP", "ADV", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "PUNCT", "NUM", "PART"})
PER_LABELS = ("PER", "PERSON")
PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
CLOSED = frozenset({"number", "det", "gen", "loc", "vague", "former", "mod"})
ORG_ONLY = frozenset({"org"})
ORG_OR_NAME = frozenset({"org", "person", "name", "name1"})
NONE_ONLY = frozenset({"none"})
FORMER_ONLY = frozenset({"former"})
DEMONYM_ONLY = frozenset({"demonym"})
ORG_HOLDERS = frozenset({"title", "agent", "person", "name", "name1"})
POSSESSIVE_GEN = frozenset({"'s", "’s", "'", "’"})


@dataclass(slots=True)
class Tok:
    text: str
    norm: str
    start: int
    end: int
    sent: int = 0
    pos: str = ""  # universal POS when the pipeline has a tagger/morphologizer, else ""


_START, _NORM = attrgetter("start"), attrgetter("norm")


class Span:
    """Tokens [i, j) with the lexicon entries they match (their kinds precomputed: asked for constantly)."""

    __slots__ = ("i", "j", "entries", "kinds", "label")  # kinds: the entries' kinds (a frozenset)

    def __init__(self, i: int, j: int, entries: list[Entry], label: str | None = None,
                 kinds: frozenset | None = None) -> None:
        self.i, self.j, self.label = i, j, label  # label: the NER label when the span came from the NER
        self.entries = entries
        self.kinds = frozenset(e.kind for e in entries) if kinds is None else kinds

    def set_entries(self, entries: list[Entry]) -> None:
        """Other entries, and their kinds (``entries`` is a plain slot: read in every loop)."""
        self.entries = entries
        self.kinds = frozenset(e.kind for e in entries)

    def get(self, kind: str) -> Entry | None:
        if kind not in self.kinds:
            return None
        for e in self.entries:
            if e.kind == kind:
                return e
        return None

    def __repr__(self) -> str:
        return f"Span({self.i}, {self.j}, {self.entries!r}, {self.label!r})"


class Group:
    """One noun phrase: its spans (contiguous, in order) and, once interpreted, its actor."""

    __slots__ = ("spans", "loc", "entity", "label", "head", "pending_office", "sector_hint", "name_tokens",
                 "agent_form", "start_tok", "i", "j", "agent_office", "home", "placed")

    def __init__(self, spans: list[Span], loc: bool = False) -> None:
        self.spans = spans
        self.i, self.j = spans[0].i, spans[-1].j  # first token, end token (kept in step with ``spans``: sync())
        self.loc = loc  # preceded by a locative preposition ("a Mosca", "in Moscow")
        self.entity: Entity | None = None
        self.label = "ACTOR"
        self.head: str | None = None
        self.pending_office: tuple | None = None
        self.agent_office: str | None = None  # "l'ufficio del primo ministro": the office whose staff the agent is
        self.sector_hint: str | None = None
        self.name_tokens: frozenset[str] | set[str] = frozenset()
        self.agent_form: str | None = None
        self.start_tok: int | None = None  # first token of the mention text (after leading determiners)
        self.home: str | None = None  # the company's home country, for its workers placed nowhere else
        self.placed = False  # its country came from a place name next to it ("Milan prosecutors"), not the lexicon

    def sync(self) -> None:
        """After ``spans`` changed: its first and end token again."""
        if self.spans:
            self.i, self.j = self.spans[0].i, self.spans[-1].j


# --------------------------------------------------------------------------------------------- tokens
_POS_NAMES: dict[int, str] = {}
_WORDS: dict[int, tuple[str, str]] = {}  # string id -> (text, norm_token(text))


def toks_from_doc(doc, ents: list | None = None) -> list[Tok]:
    """The doc's tokens (spaces left out) with their sentence number and universal POS.

    Reads the token attributes as one array (much cheaper than a Token object per token). ``ents``: a list to fill with
    the doc's named entities as (first token, end token, label) over the returned tokens (read from the same
    array, not from ``doc.ents``); an entity that starts on a space is left out.
    """
    import numpy as np
    from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, IS_SPACE, LENGTH, ORTH, POS, SENT_START

    if len(doc) == 0:
        return []
    if ents is None:
        arr = doc.to_array([IDX, LENGTH, IS_SPACE, POS, SENT_START, ORTH])
    else:
        arr = doc.to_array([IDX, LENGTH, IS_SPACE, POS, SENT_START, ORTH, ENT_IOB, ENT_TYPE])
    # whole columns at a time: the per-token work left is the Tok itself (built from C through map)
    word = arr[:, 2] == 0  # spaces are left out
    if doc.has_annotation("SENT_START"):
        opens = arr[:, 4] == 1
        sents = (np.cumsum(opens) - opens[0])[word].tolist()  # the first token opens sentence 0
    else:
        sents = repeat(0)
    starts = arr[word, 0]
    ends = (starts + arr[word, 1]).tolist()
    starts = starts.tolist()
    # a token's text and norm by its string id (a token's text is the doc text at its offsets)
    orths = arr[word, 5].tolist()
    words = _WORDS
    if len(words) > 500_000:
        words.clear()
    strings = doc.vocab.strings
    for o in set(orths).difference(words):
        w = strings[o]
        words[o] = (w, norm_token(w))
    texts, norms = zip(*map(words.__getitem__, orths)) if orths else ((), ())
    poses = _pos_names(arr[word, 3].tolist(), doc.vocab.strings) if doc.has_annotation("POS") else repeat("")
    out = list(map(Tok, texts, norms, starts, ends, sents, poses))
    if ents is not None:
        _read_ents(arr, word, doc.vocab.strings, ents)
    return out


def _pos_names(ids: list[int], strings) -> list[str]:
    """The universal POS names of POS ids (memoised in _POS_NAMES)."""
    names = _POS_NAMES
    for pos in set(ids).difference(names):
        names[pos] = strings[pos] if pos else ""
    return list(map(names.__getitem__, ids))


def _read_ents(arr, word, strings, ents: list) -> None:
    """Named entities from the ENT_IOB / ENT_TYPE columns as (first token, end token, label) over the tokens
    that are no spaces. Only entity tokens and the token right after each are read (an O token after an O token
    changes nothing)."""
    import numpy as np

    iobs = arr[:, 6]
    near = iobs != 2
    near[1:] |= iobs[:-1] != 2
    rows = np.flatnonzero(near)
    before = (np.cumsum(word) - word)[rows].tolist()  # tokens kept before each row
    ent_at = None  # (first token, label) of the entity being read
    for p, (space, iob, etype) in zip(before, arr[rows][:, [2, 6, 7]].tolist()):
        if iob != 2:
            if iob != 1 and ent_at is not None:  # not inside: the entity read so far ends here
                ents.append((ent_at[0], p, ent_at[1]))
                ent_at = None
            if iob == 3:  # B: an entity starts on this token
                ent_at = None if space else (p, strings[etype])
        elif ent_at is not None:  # O after an entity
            ents.append((ent_at[0], p, ent_at[1]))
            ent_at = None
    if ent_at is not None:
        ents.append((ent_at[0], int(word.sum()), ent_at[1]))


def toks_from_text(text: str, lang: str) -> list[Tok]:
    lex = lexicon(lang)
    return [Tok(t.text, norm_token(t.text), t.idx, t.idx + len(t.text)) for t in lex.tokenizer(text) if not t.is_space]


_NUM = re.compile(r"^\d{1,3}([.,]\d{3})*$|^\d+$")


def tag(toks: list[Tok], lang: str) -> list[Span]:
    """Greedy longest match of lexicon phrases (plus digits as numbers), walking a prefix index."""
    lex = lexicon(lang)
    phrases, prefixes, first, plain_of = lex.phrases, lex.prefixes, lex.first, lex.plain
    case_memo, single_plain = lex.case_memo, lex.single_plain
    mults = lex.number_multipliers
    if len(case_memo) > 200_000:
        case_memo.clear()
    norms = list(map(_NORM, toks))
    spans: list[Span] = []
    n, i = len(toks), 0
    while i < n:
        nm = norms[i]
        if nm not in first:  # most tokens start no phrase
            x = toks[i].text
            if x[:1].isdigit() and _NUM.match(x):
                spans.append(Span(i, i + 1, [Entry("number", int(re.sub(r"[.,]", "", x)), (0,))]))
            elif mults and len(nm) > 6 and nm.isalpha() and (v := lex.number_word(nm)) is not None:
                spans.append(Span(i, i + 1, [Entry("number", v, (0,))]))  # "duemilasettecento giudici"
            i += 1
            continue
        sp = single_plain.get(nm)
        if sp is not None and toks[i].pos not in NOT_NOMINAL:
            spans.append(Span(i, i + 1, sp[0], kinds=sp[1]))
            i += 1
            continue
        hit = None
        key = (nm,)
        found = []
        got = phrases.get(key)
        if got is not None:
            found.append((1, got))
        L = 1
        while i + L < n and key in prefixes:
            key = key + (norms[i + L],)
            L += 1
            got = phrases.get(key)
            if got is not None:
                found.append((L, got))
        tok_pos = toks[i].pos
        for L, entries in reversed(found):
            plain = plain_of.get(id(entries))
            if plain is not None and tok_pos not in NOT_NOMINAL:  # no case constraint, no POS check: as is
                hit = Span(i, i + L, plain[0], kinds=plain[1])
                break
            ckey = (id(entries), toks[i].text) if L == 1 else (id(entries),) + tuple(t.text for t in toks[i:i + L])
            got = case_memo.get(ckey)
            if got is None:
                ok = [e for e in entries if not any(e.case)
                      or all(case_ok(c, toks[i + k].text) for k, c in enumerate(e.case))]
                if L == 1 and any(e.kind in CLOSED for e in ok):
                    ok = [e for e in ok if e.kind != "person"]  # "Trenta deputati": a number, not a surname
                got = case_memo[ckey] = (ok, frozenset(e.kind for e in ok))
            ok, kinds = got
            if not ok:
                continue
            if L == 1 and "person" in kinds and "agent" in kinds and _sent_initial(toks, i) \
                    and i + 1 < len(toks) and toks[i + 1].pos not in ("VERB", "AUX", "PUNCT"):
                # a capitalised plural that opens the sentence is the noun, not a surname, unless a verb follows:
                # "Bombardieri B-2 americani hanno colpito" (bombers), "Bombardieri ha detto" (the union leader)
                ok = [e for e in ok if e.kind != "person"]
            if L == 1 and tok_pos == "VERB" and kinds == ORG_ONLY:
                continue  # "Fed up with delays": a verb, not the Federal Reserve
            if L == 1 and tok_pos in NOT_NOMINAL and kinds & AGENTS and i and toks[i - 1].pos in MODIFIED \
                    and toks[i - 1].sent == toks[i].sent and norms[i - 1] not in lex.possessive_clitics \
                    and not (spans and spans[-1].j == i and "number" in spans[-1].kinds) \
                    and not (i + 1 < len(toks) and toks[i + 1].pos == "PROPN" and toks[i + 1].text[:1].isupper()
                             and toks[i + 1].sent == toks[i].sent):
                # (after a genitive clitic or a number the word heads a noun phrase: "Myanmar's military" is the
                # army, "cinquantaquattro soldati" soldiers even where the tagger calls the number an adverb; before
                # a name it is that person's title: "CNN anchor Jake Tapper", where the tagger reads a verb)
                # with a tagger: "un documento davvero storico" is an adjective, not the agent noun "storico"
                ok = [e for e in ok if e.kind not in ("agent", "title")]
                if not ok:
                    continue
                kinds = frozenset(e.kind for e in ok)
            hit = Span(i, i + L, ok, kinds=kinds)
            break
        if hit is None:
            x = toks[i].text
            if x[:1].isdigit() and _NUM.match(x):
                hit = Span(i, i + 1, [Entry("number", int(re.sub(r"[.,]", "", x)), (0,))])
        if hit is not None:
            spans.append(hit)
            i = hit.j
        else:
            i += 1
    if lex.has_none and spans:
        spans = [s for s in spans if s.kinds != NONE_ONLY]  # "agente nervino": matched, so "agente" is not
    en = lexicon("en")  # company names are English in news of any language
    if lex.english_company_names and not en.foreign_company.isdisjoint(norms):
        spans = _foreign_companies(toks, spans, norms)
    if spans:
        if lex.noun_compounds:
            _compounds(toks, spans)
        if not (en.company_after | en.company_before | en.central_bank | lex.alliance_words).isdisjoint(norms):
            spans = _companies(toks, spans, lang)
    return spans


def _compounds(toks: list[Tok], spans: list[Span]) -> None:
    """English: a business noun after a noun compound takes the adjective before it ("a Taiwanese smartphone
    maker", "Chinese solar panel makers"); any agent noun after a possessive country or capital takes it too
    ("Beijing's commerce ministry", "Russia's security service"): the compound joins the head's span (in place)."""
    for k in range(1, len(spans)):
        s = spans[k]
        if "agent" not in s.kinds:
            continue
        p = spans[k - 1]
        gap = s.i - p.j
        if not 0 < gap <= 2 or p.kinds & NOT_PLACE_HEAD:
            continue
        if p.kinds & PLACE_KINDS and s.get("agent").value == "BUS":
            pass
        elif not ((toks[p.j - 1].norm in POSSESSIVE_GEN and p.j - p.i > 1 and p.kinds & POSSESSOR_KINDS) or (
                k >= 2 and toks[p.i].norm in POSSESSIVE_GEN and p.i == spans[k - 2].j
                and spans[k - 2].kinds & POSSESSOR_KINDS and not spans[k - 2].kinds & NOT_PLACE_HEAD)):
            continue
        if all(toks[g].pos in COMPOUND_POS and toks[g].text.replace("-", "").isalpha()
               and not _cap(toks[g]) and toks[g].sent == toks[s.i].sent for g in range(p.j, s.i)):
            spans[k] = Span(p.j, s.j, s.entries)


def _foreign_companies(toks: list[Tok], spans: list[Span], norms: list[str]) -> list[Span]:
    """English company names in other languages' text ("Turkish Airlines", "China Eastern Airlines"): the
    English country name or adjective at their start gives the company's country."""
    en = lexicon("en")
    hits = [j for j, nm in enumerate(norms) if nm in en.foreign_company and _cap(toks[j])]
    if not hits:
        return spans
    phrases = en.phrases
    covered = {k for s in spans for k in range(s.i, s.j)}
    new = []
    for j in hits:
        if j in covered:
            continue
        for i in range(max(0, j - 3), j):
            if not all(_wordlike(toks[x]) and x not in covered and toks[x].sent == toks[j].sent for x in range(i, j)):
                continue
            code = None
            for L in range(j - i, 0, -1):
                for e in phrases.get(tuple(norms[i:i + L]), ()):
                    if e.kind in ("country", "demonym") and isinstance(e.value, str):
                        code = e.value
                        break
                if code:
                    break
            if code:
                case = (0,) * (j + 1 - i)
                new.append(Span(i, j + 1, [Entry("demonym", code, case), Entry("agent", "BUS", case)]))
                break
    if not new:
        return spans
    return sorted(spans + new, key=lambda s: s.i)


PLACE_KINDS = frozenset({"country", "demonym"})
COMPOUND_POS = frozenset({"NOUN", "PROPN", "ADJ", ""})
NOT_PLACE_HEAD = frozenset({"agent", "org", "person"})
POSSESSOR_KINDS = frozenset({"country", "capital", "demonym"})  # before a possessive clitic: "Beijing's", "Russia's"


def _code_of(s: Span):
    e = s.get("country") or s.get("demonym")
    return None if e is None else e.value


def _companies(toks: list[Tok], spans: list[Span], lang: str) -> list[Span]:
    """Company names built on a country ("Air Canada", "China Eastern Airlines") become the country's business
    (BUS), not its government; "Bank of Japan" its central bank (GOV); "the alliance" is NATO once NATO has been
    named."""
    n = len(toks)
    out: list[Span] = []
    k = 0
    m = len(spans)
    nato = False
    en = lexicon("en")
    alliance_words = lexicon(lang).alliance_words
    while k < m:
        s = spans[k]
        if "org" in s.kinds:
            e = s.get("org")
            if e.value == "igo:nato":
                if toks[s.j - 1].norm in alliance_words and s.j - s.i <= 2:
                    # "l'Alleanza", "the alliance": NATO only once NATO has been named
                    if not nato or (s.j < n and _cap(toks[s.j]) and toks[s.j].sent == toks[s.i].sent):
                        k += 1
                        continue
                nato = True
        if s.kinds & PLACE_KINDS and not s.kinds & NOT_PLACE_HEAD:
            code = _code_of(s)
            # "Air India": a capitalised company word right before the country
            if (isinstance(code, str) and s.i > 0 and toks[s.i - 1].norm in en.company_before
                    and _cap(toks[s.i - 1]) and toks[s.i - 1].sent == toks[s.i].sent
                    and not (out and out[-1].j > s.i - 1)):
                case = (0,) * (s.j - s.i + 1)
                out.append(Span(s.i - 1, s.j, [Entry("demonym", code, case), Entry("agent", "BUS", case)]))
                k += 1
                continue
            # "Singapore Airlines", "Pakistan International Airlines": up to two capitalised words, then one
            # that names a company
            j = s.j
            while j < n and j - s.j < 3 and _wordlike(toks[j]) and toks[j].sent == toks[s.i].sent \
                    and toks[j].norm not in en.company_after:
                j += 1
            if (isinstance(code, str) and j < n and toks[j].norm in en.company_after and _cap(toks[j])
                    and toks[j].sent == toks[s.i].sent
                    and (k + 1 >= m or spans[k + 1].i > j or spans[k + 1].i >= s.j and spans[k + 1].j <= j + 1)):
                case = (0,) * (j + 1 - s.i)
                out.append(Span(s.i, j + 1, [Entry("demonym", code, case), Entry("agent", "BUS", case)]))
                k += 1
                while k < m and spans[k].i <= j:
                    k += 1
                continue
        elif ("agent" in s.kinds and s.get("agent").value == "BUS" and toks[s.i].norm in en.central_bank
              and _cap(toks[s.i]) and k + 2 < m and spans[k + 1].i == s.j and "gen" in spans[k + 1].kinds
              and spans[k + 2].i == spans[k + 1].j and spans[k + 2].kinds & PLACE_KINDS):
            code = _code_of(spans[k + 2])
            if isinstance(code, str):
                case = (0,) * (spans[k + 2].j - s.i)
                out.append(Span(s.i, spans[k + 2].j, [Entry("demonym", code, case), Entry("agent", "GOV", case)]))
                k += 3
                continue
        out.append(s)
        k += 1
    return out


HYPHENS = frozenset({"-", "‐", "‑"})
_NAME_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|at|az|ar|an|ibn|bin|abu)-[^\W\d_]", re.UNICODE)


def _particle_name(t: Tok) -> bool:
    """A name written with a lower-case Arabic article: "al-Sistani", "el-Sisi"."""
    return bool(_NAME_PARTICLE.match(t.text)) and t.text.split("-", 1)[1][:1].isupper()


def _cap(t: Tok) -> bool:
    return (t.text[:1].isupper() or _particle_name(t)) and any(c.isalpha() for c in t.text)


def _sent_initial(toks: list[Tok], i: int) -> bool:
    return i == 0 or toks[i - 1].sent != toks[i].sent or toks[i - 1].text in ".!?\"«“:"


def _wordlike(t: Tok) -> bool:
    return _cap(t) and t.text.replace("-", "").isalpha()


def add_names(toks: list[Tok], spans: list[Span], ner: list[tuple[int, int, str]], has_ner: bool,
              openers: frozenset = frozenset(), lex=None) -> list[Span]:
    """Person names the lexicon does not know.

    With an NER: its PER spans (leading function words and sentence-initial false positives dropped; a known
    surname inside a longer name, "Arianna Meloni", becomes that other person), plus proper nouns it left out
    as unconfirmed names ("name1", kept only when the article confirms them). Without: runs of capitalised words.
    """
    n = len(toks)
    covered = [False] * n
    for s in spans:
        for k in range(s.i, s.j):
            covered[k] = True
    name_spans: list[Span] = []
    if has_ner:
        kb = knowledge_base()
        dets = lex.determiners | lex.preps if lex is not None else frozenset()
        in_ner = [False] * n
        spans_at: list[Span | None] = [None] * n
        for s in spans:
            spans_at[s.i] = s
        drop: set[int] = set()  # ids of lexicon person spans replaced by a longer unknown name
        for i, j, label in ner:
            for k in range(i, j):
                in_ner[k] = True
            if label not in PER_LABELS:
                continue
            while i < j and not _particle_name(toks[i]) and (toks[i].pos in FUNCTION_POS or toks[i].norm in dets
                                                               or (_sent_initial(toks, i) and toks[i].norm in openers)):
                i += 1  # "Il", "Dal", "Secondo" swallowed by the NER
            if i >= j:
                continue
            if covered[i] and i > 0 and covered[i - 1] and spans_at[i] is None:
                # "Nicolás [Maduro Guerra]": the NER cut off the first name of a known person's span it overlaps
                first = next((s for s in spans if s.i < i < s.j and "person" in s.kinds), None)
                if first is not None:
                    i = first.i
            while j + 1 < n and toks[j].text == "-" and toks[j].start == toks[j - 1].end \
                    and toks[j + 1].start == toks[j].end and toks[j + 1].text.isalpha() and not covered[j + 1]:
                j += 2  # "Kim Hyun-woo" cut at the hyphen by the NER: the whole given name
            if any(covered[i:j]):
                first = spans_at[i]
                if first is not None and first.kinds <= PLACE_ONLY and first.j < j and not any(covered[first.j:j]) \
                        and all(_wordlike(toks[k]) for k in range(first.j, j)):
                    # "Jordan Pike", "Chad Wolf": a country or capital that the NER reads as the first name of a
                    # person with an unknown surname is no country
                    drop.add(id(first))
                    name_spans.append(Span(i, j, [Entry("name", None, ())], label="PER"))
                    continue
                inside = [s for s in spans_at[i:j] if s is not None and s.j <= j and s.get("person")]
                free = [k for k in range(i, j) if not covered[k]]
                if inside and free and all(covered[k] is False or any(s.i <= k < s.j for s in inside)
                                           for k in range(i, j)):
                    extra = {toks[k].norm for k in free if _wordlike(toks[k]) and len(toks[k].text) >= 2}
                    # the hyphen of a compound first name is no word of it ("Jean-Marie Le Pen")
                    n_free = sum(1 for k in free if toks[k].text not in HYPHENS)
                    # a known place before the name is no part of it ("Dal carcere di Curitiba Lula ha scritto":
                    # the NER's "Curitiba Lula" is Lula): the known person stays
                    # (a place that is also a known person's first name is a first name: "Mary Biden", "Lara Trump")
                    head_place = free == list(range(i, free[-1] + 1)) and free[-1] + 1 == min(s.i for s in inside) \
                        and toks[free[0]].norm not in kb.given_names \
                        and _place_country(" ".join(toks[k].text for k in free), lex.lang if lex is not None else "en")
                    if extra and len(extra) == n_free and not head_place and all(
                            not (extra <= kb.name_tokens(s.get("person").value)) for s in inside):
                        drop.update(id(s) for s in inside)
                        name_spans.append(Span(i, j, [Entry("name", None, ())], label="PER"))
                continue
            if j - i == 1 and toks[i].pos and toks[i].pos not in ("PROPN", "NOUN", "X") and not _particle_name(toks[i]):
                continue  # (a tagger reads the article of "al-Sistani" as a preposition or adjective)
            if not any(_cap(toks[k]) for k in range(i, j)):
                continue
            name_spans.append(Span(i, j, [Entry("name", None, ())], label="PER"))
        if drop:
            spans = [s for s in spans if id(s) not in drop]
            for s in name_spans:
                for k in range(s.i, s.j):
                    covered[k] = True
        # proper nouns the NER left out ("Kim, il professore di Honolulu"): names if the article confirms them
        k = 0
        while k < n:
            t = toks[k]
            if covered[k] or in_ner[k] or (t.pos and t.pos != "PROPN") or not _wordlike(t):
                k += 1
                continue
            j = k + 1
            while j < n and not covered[j] and not in_ner[j] and _wordlike(toks[j]) and toks[j].pos in ("", "PROPN"):
                j += 1
            if not (_sent_initial(toks, k) and t.norm in openers):
                name_spans.append(Span(k, j, [Entry("name1", None, ())], label="PER"))
            k = j
    else:
        i = 0
        while i < n:
            if not covered[i] and (_cap(toks[i]) and toks[i].text.isalpha() or _cap(toks[i]) and "-" in toks[i].text):
                j = i
                while j < n and not covered[j] and _wordlike(toks[j]):
                    j += 1
                    while j + 1 < n and toks[j].text == "-" and toks[j].start == toks[j - 1].end \
                            and toks[j + 1].start == toks[j].end and toks[j + 1].text.isalpha() and not covered[j + 1]:
                        j += 2  # "Min-seo" split at the hyphen
                sent_initial = _sent_initial(toks, i)
                if sent_initial and toks[i].norm in openers:
                    i += 1
                    continue
                if j - i >= 2:
                    name_spans.append(Span(i, j, [Entry("name", None, ())], label="PER"))
                elif j - i == 1 and not sent_initial:
                    name_spans.append(Span(i, j, [Entry("name1", None, ())], label="PER"))
                i = max(j, i + 1)
            else:
                i += 1
    if not name_spans:
        return spans
    return sorted(spans + name_spans, key=lambda s: s.i)


# --------------------------------------------------------------------------------------------- groups
GLUE = {"det", "number", "vague", "mod", "former", "gen", "sadj", "loc"}


HEADS = frozenset(STRONG) | {"agent", "title", "pair"}
PER_NAME = frozenset({"name", "person"})
NAME_KINDS = frozenset({"name", "name1"})
PLACE_ORG = frozenset({"country", "capital", "org"})
COUNTED = frozenset({"agent", "title", "person", "name"})
# heads after which a number starts a new phrase ("alla Reuters tre fonti della sicurezza irachena": two actors)
COUNTED_AFTER = COUNTED | {"org", "country", "capital"}
DET_LOC = frozenset({"det", "loc"})
DET_ONLY = frozenset({"det"})
TITLE_AGENT = frozenset({"title", "agent"})
BARE_ADJ = frozenset({"demonym", "det", "mod"})
PLACE_ONLY = frozenset({"country", "capital"})
AGENTS = frozenset({"agent", "title"})
ANAPHOR_HEADS = frozenset({"agent", "title", "name"})
LEADING = frozenset({"loc", "gen", "det"})


POST_MODIFIERS = frozenset({"demonym", "sadj"})
NAMED_BODY_SECTORS = frozenset({"PTY", "LAB", "OPP"})  # bodies whose names recur from country to country
COUNTRY_WORDS = frozenset({"country", "demonym"})


def _name_gap(cur: list[Span], s: Span, toks: list[Tok], place_first: bool = False) -> bool:
    """Capitalised words the lexicon does not know between a demonym and a capitalised agent noun, in one sentence:
    the name of a body ("Brazilian [Dock] Workers"), not a gap between two phrases; where modifiers come before
    their noun (``place_first``), also common nouns there ("Bangladeshi [garment] workers"); where they come after
    it, adjectives between an agent noun and a demonym."""
    last = cur[-1]
    if not place_first and "agent" in last.kinds and s.kinds <= POST_MODIFIERS and 0 < s.i - last.j <= 2:
        # modifiers after their noun: lower-case adjectives between an agent noun and its demonym ("la compagnia
        # [petrolifera statale] malese", "i soldati [regolari] russi")
        gap = toks[last.j:s.i]
        return all(t.sent == toks[last.i].sent and t.pos in ("ADJ", "NOUN") and t.text.isalpha() and t.text.islower()
                   for t in gap)
    if last.kinds != DEMONYM_ONLY or "agent" not in s.kinds or not 0 < s.i - last.j <= 2:
        return False
    gap = toks[last.j:s.i + 1]
    if any(t.sent != toks[last.i].sent for t in gap):
        return False
    return all(t.text[:1].isupper() for t in gap) or (
        place_first and all(t.pos == "NOUN" and t.text.isalpha() and t.text.islower() for t in gap[:-1]))


def _country_body(cur: list[Span], s: Span, toks: list[Tok]) -> bool:
    """A country name right before the capitalised name of another country's party or union: one name ("the
    Botswana Democratic Party")."""
    last = cur[-1]
    if not last.kinds <= COUNTRY_WORDS or last.j != s.i or not toks[s.i].text[:1].isupper() or \
            any(not c.kinds <= LEADING for c in cur[:-1]):
        return False
    org, country = s.get("org"), last.get("country") or last.get("demonym")
    return org is not None and country is not None and _namesake_body(knowledge_base().orgs.get(org.value),
                                                                      country.value)


def _namesake_body(org, code: str | None) -> bool:
    """``org`` is another country's party or union whose name a body of country ``code`` shares."""
    return org is not None and code is not None and org.sector in NAMED_BODY_SECTORS and \
        org.code not in NON_STATE and org.code != code


def group(spans: list[Span], toks: list[Tok], place_first: bool = True) -> list[Group]:
    """Contiguous spans into noun phrases (one per actor). ``place_first``: a country or capital may modify the
    noun after it ("Moscow officials"); where it cannot (Italian), an agent after one starts a new phrase."""
    groups: list[Group] = []
    cur: list[Span] = []
    kinds_now: set[str] = set()

    def flush():
        if not cur:
            return
        if kinds_now <= GLUE:  # no head ("sadj" alone is no actor either)
            cur.clear()
            kinds_now.clear()
            return
        # split off leading locatives / genitives / determiners (the head kind found above stays in the body)
        loc = False
        k = 0
        while cur[k].kinds <= LEADING:
            if "loc" in cur[k].kinds:
                loc = True
            k += 1
        body = cur[k:]
        while body[-1].kinds <= GLUE and "sadj" not in body[-1].kinds:
            body.pop()
        groups.append(Group(body, loc=loc))
        cur.clear()
        kinds_now.clear()

    for s in spans:
        if cur and (s.i != cur[-1].j or toks[s.i].sent != toks[s.i - 1].sent) and not _name_gap(cur, s, toks, place_first):
            flush()  # a gap, or a sentence break ("2009\nThe American auto company": the year is no count)
        elif cur and cur[-1].kinds == FORMER_ONLY and s.kinds <= DET_LOC:
            # "then the prime minister", "già il premier", "ousted the president": an article after the marker
            # opens another phrase, which the marker does not modify
            flush()
        if "demonym" in kinds_now and kinds_now <= BARE_ADJ and "gen" in s.kinds:
            flush()  # an adjective alone takes no genitive: "l'invasione russa | dell'Ucraina"
        if cur and kinds_now & HEADS:
            sk = s.kinds
            if ("title" in sk and "gen" in cur[-1].kinds and len(cur) >= 2 and "org" in kinds_now
                    and not kinds_now & ORG_HOLDERS and toks[cur[-1].i].norm not in POSSESSIVE_GEN):
                # "la Spd del cancelliere", "the party of the president": the party, and the office holder (an
                # English possessive keeps them together: "Hamas's leader")
                gen_span = cur.pop()
                flush()
                cur.append(gen_span)
                kinds_now |= gen_span.kinds
            # a determiner or a locative after a head starts a new phrase; two names in a row are two actors
            # (an article right after a one-word genitive after a title or agent noun stays in the phrase: "the
            # president [of the] Senate", as the Italian "della" does)
            if ((sk <= DET_LOC and not (sk == DET_ONLY and "gen" in cur[-1].kinds and cur[-1].j - cur[-1].i == 1
                                        and kinds_now & TITLE_AGENT))
                    or (sk & PER_NAME and kinds_now & PER_NAME)
                    or (sk & PLACE_ORG and kinds_now & PER_NAME)
                    or (sk & PLACE_ORG and kinds_now & PLACE_ORG and "gen" not in cur[-1].kinds
                        and not _country_body(cur, s, toks))
                    or (sk & {"number", "vague"} and kinds_now & COUNTED_AFTER)
                    # "The National Assembly toppled Barnier's government": a marker right after a head is a verb
                    # or an adverb ("il governo già ..."), the start of another phrase
                    or (sk == FORMER_ONLY and cur[-1].kinds & HEADS)
                    or (not place_first and "agent" in sk and kinds_now & PLACE_ONLY and not kinds_now & AGENTS)):
                flush()
        cur.append(s)
        kinds_now |= s.kinds
    flush()
    return groups


# ------------------------------------------------------------------------------------ interpretation
@dataclass
class Ctx:
    lang: str
    date: str | None
    toks: list[Tok]
    text: str
    discourse: list[tuple[set[str], Entity]] = field(default_factory=list)
    countries: Counter = field(default_factory=Counter)
    topics: list[tuple[int, Entity]] = field(default_factory=list)  # (sentence, person) opening a sentence


def _text(ctx: Ctx, g: Group) -> tuple[int, int, str]:
    i, last = g.i, g.j - 1
    if g.spans[0].kinds <= LEADING:
        # do not start a mention on a determiner (the spans are contiguous, in order)
        for s in g.spans:
            if i < last and s.i == i and s.kinds <= LEADING:
                i = s.j
            else:
                break
        i = min(i, last)
    g.start_tok = i
    toks = ctx.toks
    start, end = toks[i].start, toks[last].end
    return start, end, ctx.text[start:end]


def interpret(ctx: Ctx, g: Group, nxt: Group | None) -> None:
    kb = knowledge_base()
    # a lone capitalised word is a person only right after a title or when it names someone already met
    orig = ()
    for s in g.spans:
        if not s.kinds.isdisjoint(NAME_KINDS):
            orig = list(g.spans)
            break
    for k, s in enumerate(orig):
        sk = s.kinds
        if "name1" not in sk and "name" not in sk:
            continue
        n1 = "name1" in sk
        if n1 or s.j - s.i == 1:
            after_title = k > 0 and orig[k - 1].get("title") is not None
            words = set(map(_NORM, ctx.toks[s.i:s.j]))
            known = any(words <= toks for toks, _ in ctx.discourse)
            if not (after_title or known):
                # a lone surname ("Trump met Kim") as the one office holder of the day who carries it; not a word
                # right before a title, which is where the office is ("Florence Mayor Dario Nardella")
                before_title = k + 1 < len(orig) and orig[k + 1].get("title") is not None
                pid = kb.surname_person(ctx.toks[s.i].norm, ctx.date) \
                    if s.j - s.i == 1 and not before_title else None
                if pid is not None:
                    s.set_entries([Entry("person", pid, ())])
                elif n1:
                    g.spans.remove(s)
    if orig and len(g.spans) != len(orig):
        while g.spans and g.spans[-1].kinds <= GLUE and "sadj" not in g.spans[-1].kinds:
            g.spans.pop()
        g.sync()
        if not g.spans or not any(s.kinds - GLUE for s in g.spans):
            return
    lex = lexicon(ctx.lang)
    if lex.former_after and g.j < len(ctx.toks) and ctx.toks[g.j].norm in lex.former_after \
            and ctx.toks[g.j].sent == ctx.toks[g.j - 1].sent and any(sp.kinds & HEADS for sp in g.spans):
        # "il presidente deposto", "la premier destituita": a former office holder (the participle joins the phrase)
        g.spans.append(Span(g.j, g.j + 1, [Entry("former", None, (0,))]))
        g.sync()
    start, end, text = _text(ctx, g)
    by: dict[str, list] = {}  # kind -> [(span, entry)], in phrase order
    for s in g.spans:
        for e in s.entries:
            kind = e.kind
            if kind in by:
                by[kind].append((s, e))
            else:
                by[kind] = [(s, e)]
    former = "former" in by
    count = by["number"][0][1].value if "number" in by else None
    # country evidence: demonyms, country names, capitals, organisations (for agents and titles)
    code = code_span = None
    for kind in ("demonym", "country", "capital"):
        if by.get(kind):
            code_span, code = by[kind][0][0], by[kind][0][1].value
            break
    if code_span is not None and lex.shared_names and ("title" in by or "agent" in by) \
            and ctx.toks[code_span.i].norm in lex.shared_first:
        code = _shared_name(ctx, g, code_span, by, lex) or code
    org_code = None
    if by.get("org"):
        if len(by["org"]) > 1:
            by["org"] = _pick_org(kb, by, ctx.countries)
            if lex_cues := lexicon(ctx.lang).org_cues:
                by["org"] = _cued_org(ctx, g, by["org"], lex_cues)
        org_code = kb.orgs[by["org"][0][1].value].code
    name_text = None
    plant_code = None
    if org_code and "agent" in by and len(g.spans) >= 3 and g.spans[-1].j - g.spans[-1].i == 1 \
            and g.spans[-1].kinds & NAME_KINDS and "gen" in g.spans[-2].kinds and "org" in g.spans[-3].kinds \
            and kb.orgs[g.spans[-3].get("org").value].sector == "BUS":
        # "gli operai dello stabilimento Stellantis di Melfi": one word after a company and "di" is where its plant
        # is, not a person the NER saw there
        last = g.spans[-1]
        plant_code = _place_country(ctx.toks[last.i].text, ctx.lang)
        for kind in ("name", "name1"):
            by.pop(kind, None)
    for kind in ("name", "name1"):
        if by.get(kind):
            s = by[kind][0][0]
            name_text = ctx.text[ctx.toks[s.i].start:ctx.toks[s.j - 1].end]
            g.name_tokens = set(map(_NORM, ctx.toks[s.i:s.j]))
    title = by["title"][0][1].value if by.get("title") else None
    if title is not None and "by_country" in title:
        title = _title_for(ctx, title, code or org_code)
    if len(by.get("agent", ())) > 1 and "sadj" in by["agent"][0][0].kinds and by["agent"][1][0].i == by["agent"][0][0].j:
        # "a military court", "military prosecutors": an agent noun that is also a sector adjective, right before
        # another agent noun, is its adjective
        by["agent"] = by["agent"][1:]
    # an agent noun that is also a sector adjective after another agent acts as the adjective
    agent_spans = [s for s, _ in by["agent"]] if "agent" in by else []
    agent = by["agent"][0][1].value if agent_spans else None
    if agent_spans:
        a = agent_spans[0]
        g.agent_form = ctx.toks[a.i].norm if a.j - a.i == 1 else " ".join(map(_NORM, ctx.toks[a.i:a.j]))
        if len(agent_spans) > 1 and g.agent_form in lex.collective_agents and \
                _members_of(g, a, agent_spans[1]):
            # "una delegazione di sindacalisti francesi", "agenti dei servizi segreti": the members' sector
            a = agent_spans[1]
            agent = by["agent"][1][1].value
            g.agent_form = " ".join(map(_NORM, ctx.toks[a.i:a.j]))
    sadjs = [e.value for s, e in by["sadj"] if not (agent_spans and s is agent_spans[0])] if "sadj" in by else []

    g.label = "ACTOR"
    if by.get("pair"):
        # "the two countries": resolved against the countries named before (resolve_groups)
        g.entity = Entity(text=text, name=None, code=None, sector=by["pair"][0][1].value, sectors=[], id=None, count=2)
        g.head = "pair"
        return
    if by.get("person"):
        pid = by["person"][0][1].value
        person_span = by["person"][0][0]
        if agent_spans and (not title and (_of_person(g, agent_spans[0], person_span) or (
                lexicon(ctx.lang).noun_compounds and person_span.j == agent_spans[0].i
                and agent_spans[0] is g.spans[-1])) or (
                title and not title.get("office") and g.agent_form in lex.personal_staff
                and _of_person(g, agent_spans[0], person_span)) or (
                title and agent_spans[0].j <= by["title"][0][0].i and by["title"][0][0].j <= person_span.i
                and "gen" in g.spans[g.spans.index(agent_spans[0]) + 1].kinds
                and _of_person(g, agent_spans[0], person_span, TITLED_GEN_GLUE))):
            # "i sostenitori di Bolsonaro", "Putin's spokesman", "Bolsonaro supporters", "il portavoce di Erdogan"
            # (a title without an office, as a person's staff), "supporters of former president Jair Bolsonaro",
            # "un consigliere del presidente Zelensky" (the genitive right after the agent): the agent, of the
            # person's country
            sector, sectors = _apply_sadj(agent, sadjs)
            pe = kb.person_entity(pid, text, ctx.date)
            if g.agent_form in lex.personal_staff and pe.sector and not sadjs:
                # "five aides to the opposition leader": the person's own sector (OPP), not the noun's (GOV)
                sector, sectors = pe.sector, list(pe.sectors)
            g.entity = Entity(text=text, name=None, code=code or pe.code, sector=sector, sectors=sectors, id=None,
                              count=count)
            g.head = "agent"
            return
        g.entity = kb.person_entity(pid, text, ctx.date, former=former)
        party = None if former else _party_office(ctx, g, person_span)
        if party is not None and (g.entity.code != party.code or g.entity.sector == "ELI"):
            # "il coordinatore di Forza Italia Antonio Tajani" while an MEP: the party office the mention names,
            # over a dated role elsewhere; a role in the party's own country stays ("la leader di FdI Giorgia Meloni")
            g.entity = replace(g.entity, code=party.code, sector="PTY", sectors=[])
        g.head, g.label = "person", "PER"
        g.name_tokens = {t.norm for s, _ in by["person"] for t in ctx.toks[s.i:s.j]}
        return
    sector_hint = title.get("sector") if title else (agent if agent else None)
    if title and agent_spans and _gen_after(g, by["title"][0][0], agent_spans[-1]):
        # "il portavoce dell'esercito": a member of that body
        sector_hint = _member_sector(sector_hint, by["agent"][-1][1].value, former)
    elif title and by.get("org") and _gen_after(g, by["title"][0][0], by["org"][0][0]):
        sector_hint = _member_sector(sector_hint, kb.orgs[by["org"][0][1].value].sector, former)
    if name_text is not None and len(g.name_tokens) >= 2:
        s = by.get("name", by.get("name1"))[0][0]
        pid = kb.translit_person(tuple(p for t in ctx.toks[s.i:s.j] for p in t.text.split("-") if p))
        if pid is not None:
            # "Sergej Shoigu", "Valerij Zaluzhnyj": a known person in another transliteration
            g.entity = kb.person_entity(pid, text, ctx.date, former=former)
            g.head, g.label = "person", "PER"
            return
    if name_text is not None:
        office = title.get("office") if title else None
        if office and not former:
            # "Speaker Johnson": the one holder of the office that day whose name carries the name written
            found = [pid for pid in kb.holders_any(office, ctx.date) if g.name_tokens <= kb.name_tokens(pid)]
            if len(found) == 1:
                g.entity = kb.person_entity(found[0], text, ctx.date)
                g.head, g.label = "person", "PER"
                return
        g.head, g.label = "name", "PER"
        g.sector_hint = sector_hint
        c = code or org_code or (title.get("country") if title else None)
        sec = sector_hint
        if sec is None and by.get("org"):
            sec = kb.orgs[by["org"][0][1].value].sector  # "Sinaloa cartel co-founder X": the organisation's sector
        if sec and sadjs:
            sec, _ = _apply_sadj(sec, sadjs)
        if former and sec in ("GOV", "MIL", "LEG", "JUD"):
            sec = "ELI"
        g.entity = Entity(text=text, name=name_text, code=c, sector=sec, sectors=[], id=None)
        return
    if by.get("org") and code and code not in NON_STATE:
        org = kb.orgs[by["org"][0][1].value]
        if org.generic_in and code != org.code:
            # "Brazil's Supreme Court", "il Senato francese": that country's own body of the same name
            g.entity = Entity(text=text, name=None, code=code, sector=org.sector, sectors=list(org.sectors), id=None)
            g.head, g.label = "agent", "ORG"
            return
    if title is not None and agent_spans and title.get("office") \
            and _agent_of_title(g, agent_spans[0], by["title"][0][0]):
        # "un consigliere del presidente ucraino", "an adviser to the Russian president": the adviser, of the
        # office holder's country, not the president himself; "supporters of the former president": "former" is
        # the president's, not the supporters'
        sector, sectors = _apply_sadj(agent, sadjs)
        if former and by["former"][0][0].i > agent_spans[0].i:
            former = False
        if former and sector in ("GOV", "MIL"):
            sectors, sector = [sector], "ELI"
        g.entity = Entity(text=text, name=None, code=code or org_code or title.get("country"), sector=sector,
                          sectors=sectors, id=None, count=count)
        g.head = "agent"
        if not former:
            g.agent_office = title.get("office")
        return
    if title is not None and not (agent and count):
        of = code or (org_code if org_code else None) or title.get("country")
        office = title.get("office")
        sector = title.get("sector") or "GOV"
        host = None
        if of in NON_STATE and (sector in LOCAL_SECTORS or title.get("local")):
            host = _seat_host(ctx, g, by["title"][0][0])
            if host:
                of = host  # "il sindaco di Bruxelles", "the Brussels prosecutor": of the host city's state
        g.head = "title"
        if by.get("org") and not code and not host and _gen_after(g, by["title"][0][0], by["org"][0][0]):
            # "the spokesman for Maersk", "il leader del Partito democratico": the organisation's own member
            org = kb.orgs[by["org"][0][1].value]
            t_span = by["title"][0][0]
            if org.sector == "PTY" and not former and \
                    tuple(map(_NORM, ctx.toks[t_span.i:t_span.j])) in lexicon(ctx.lang).in_government:
                org_sector = sector  # "a Labour minister": a member of the government, not of the party
            else:
                org_sector = org.sector
            member = _member_sector(sector, org_sector, former)
            standing = org.side(ctx.date) if org.sector == "PTY" else None
            if office == "leader" and not former and standing:
                # "Il leader della Lega", "the Reform UK leader": the party's leader is of its side on the day, in
                # government or in opposition (the manual's OPP: "leaders of opposition parties")
                g.entity = Entity(text=text, name=None, code=org.code, sector=standing, sectors=["PTY"], id=None)
                return
            g.entity = Entity(text=text, name=None, code=org.code, sector=member,
                              sectors=[sector] if former else [], id=None)
            return
        t_span = by["title"][0][0]
        # the body: an agent noun after the title ("of the party"), else one before it ("Myanmar's junta leader")
        others = [(sp, e.value) for sp, e in by.get("agent", ()) if sp.i >= t_span.j or sp.j <= t_span.i] if agent else []
        body = next((x for x in others if x[0].i >= t_span.j), others[-1] if others else None)
        if body is not None and _gen_after(g, t_span, body[0]):
            # "the leader of the party", "il portavoce dell'esercito": a member of that body, not the country's leader
            if office == "leader":
                office, sector = None, body[1]
            else:
                title_sector = sector
                sector = _member_sector(sector, body[1], False)
                if body[1] not in STATE_SECTORS or body[1] != title_sector:
                    # "the president of Brazilian Dock Workers": the union's, not Brazil's; "la presidente della
                    # Corte suprema israeliana": the court's, not Israel's
                    office = None
        if office and of is None and (not former or "person" not in by):
            # "il presidente", "l'ex premier": a person of the article who holds (held) the office, in
            # resolve_groups
            g.pending_office = (office, sector, former)
            g.entity = Entity(text=text, name=None, code=None, sector="ELI" if former else sector,
                              sectors=[sector] if former else [], id=None)
            return
        if office and not former:
            # a country that comes from a region ("il presidente campano") has no national office holder here
            regional = of == code and tuple(map(_NORM, ctx.toks[code_span.i:code_span.j])) in \
                lexicon(ctx.lang).region_keys
            found = None if regional else _office_holder(kb, office, of, ctx.date)
            if found:
                g.entity = kb.person_entity(found, text, ctx.date)
                g.label = "PER"
                return
        g.entity = Entity(text=text, name=None, code=of, sector="ELI" if former else sector,
                          sectors=[sector] if former else [], id=None)
        return
    if agent is not None:
        gen_between = False
        if by.get("org") and agent == "LAB" and kb.orgs[by["org"][0][1].value].sector == "BUS" and not sadjs:
            # "Striking Samsung workers", "gli operai dello stabilimento Stellantis di Melfi": workers of a company
            # (LAB), of the country in the phrase, of the plant's place, of a national company's country (one with no
            # "home" in organizations.json), else of the context (resolve_groups), a company's home country last
            org = kb.orgs[by["org"][0][1].value]
            c = code or plant_code or (org.code if org.code not in NON_STATE and not org.home else None)
            g.entity = Entity(text=text, name=None, code=c, sector="LAB", sectors=[], id=None, count=count)
            g.head, g.home = "agent", org.home
            return
        if by.get("org"):
            o_span = by["org"][0][0]
            a_span = agent_spans[0]
            gen_between = a_span.i < o_span.i and any("gen" in s.kinds for s in g.spans
                                                       if a_span.j <= s.i < o_span.i)
            if not gen_between and not code:
                org = kb.orgs[by["org"][0][1].value]
                if (org.sector == "PTY" and agent == "LEG" or g.agent_form in lex.org_government) \
                        and org.code not in NON_STATE:
                    # (an organisation's government is its country's: "the Taliban government", "the Labour
                    # government")
                    # "Labour MPs", "deputati laburisti": the party's legislators, of its country
                    sector, sectors = _apply_sadj(agent, sadjs)
                    g.entity = Entity(text=text, name=None, code=org.code, sector=sector, sectors=sectors, id=None,
                                      count=count)
                    g.head = "agent"
                    return
                g.entity = kb.org_entity(by["org"][0][1].value, text)
                g.head, g.label = "org", "ORG"
                return
        sector, sectors = _apply_sadj(agent, sadjs)
        extra = lex.agent_sectors.get(g.agent_form) if lex.agent_sectors else None
        if extra and sector == agent:
            # "the ruling party": a party (PTY) that governs (GOV), as the governing parties of organizations.json
            sectors = sectors + [x for x in extra if x != sector and x not in sectors]
        c = code or org_code
        if g.agent_form in lex.purpose_bodies and g.j < len(ctx.toks) and ctx.toks[g.j].norm in lex.purpose_preps \
                and ctx.toks[g.j].sent == ctx.toks[g.j - 1].sent:
            sector = "GOV"  # "l'agenzia indonesiana per la gestione dei disastri": a public body, not the press
        if sector == "UAF" and code and code not in NON_STATE and g.agent_form in lex.state_armed:
            sector = "MIL"  # "i cecchini israeliani", "Russian snipers": a state's snipers are its soldiers
        if c in NON_STATE and sector in LOCAL_SECTORS and (host := _seat_host(ctx, g, agent_spans[0])):
            c = host  # "la polizia di Bruxelles": the Belgian police, not the EU's
        if sector == "EDU" and c in BODY_CODES and not sadjs and g.agent_form in lexicon(ctx.lang).body_experts:
            # "UN experts", "esperti dell'Ue": the experts of an intergovernmental body are its officials
            sector, sectors = "GOV", ["EDU"]
        if gen_between and g.agent_form in lex.collective_agents and not sadjs \
                and kb.orgs[by["org"][0][1].value].sector:
            sector = kb.orgs[by["org"][0][1].value].sector  # "agenti del Mossad": the body's own people
        elif gen_between and not code and not sadjs and g.agent_form not in lex.org_government:
            sector = _member_sector(sector, kb.orgs[by["org"][0][1].value].sector, False)
        if former and sector in ("GOV", "MIL"):
            sectors, sector = [sector], "ELI"
        g.entity = Entity(text=text, name=None, code=c, sector=sector, sectors=sectors, id=None, count=count)
        g.head = "agent"
        return
    if by.get("org"):
        o_span, org_id = by["org"][0][0], by["org"][0][1].value
        org = kb.orgs[org_id]
        if code_span is not None and code_span.j == o_span.i and _namesake_body(org, code) \
                and ctx.toks[o_span.i].text[:1].isupper():
            # "the Botswana Democratic Party", "the South African Communist Party": a country's own body that
            # shares the name of another country's, not that one
            g.entity = Entity(text=text, name=ctx.text[ctx.toks[code_span.i].start:ctx.toks[o_span.j - 1].end],
                              code=code, sector=org.sector, sectors=[], id=None, count=count)
            g.head, g.label = "org", "ORG"
            return
        g.entity = kb.org_entity(org_id, text)
        g.head, g.label = "org", "ORG"
        return
    for kind in ("country", "capital"):
        if by.get(kind):
            # a country or capital acting (not after a locative preposition) stands for its government; after "to"
            # or "a" it is an addressee when the verb before is one of giving or asking ("presented ... to Washington")
            place = g.loc and not _dative(ctx, g)
            g.entity = kb.country_entity(by[kind][0][1].value, text, None if place else "GOV", keep_id=True)
            g.head, g.label = kind, "GPE"
            return
    if by.get("demonym"):
        # a counted people ("tens of thousands of Slovaks", "due italiani"): its citizens, not its state
        crowd = ("vague" in by or "number" in by) and "loc" not in by and _people_noun(ctx, g)
        g.entity = kb.country_entity(by["demonym"][0][1].value, text, "CVL" if crowd else None,
                                     count=count if crowd else None)
        g.head, g.label = "demonym", "NORP"


def _people_noun(ctx: Ctx, g: Group) -> bool:
    """The phrase ends in a demonym used as a noun ("thousands of Slovaks", "tre italiani"), not as the adjective
    of a noun outside it ("several European airlines") nor a country name ("1,600 in the UK")."""
    last = g.spans[-1]
    if "demonym" not in last.kinds or last.kinds & PLACE_ONLY:
        return False
    toks = ctx.toks
    if toks[last.j - 1].pos not in ("NOUN", "PROPN") and not (
            len(g.spans) >= 2 and "gen" in g.spans[-2].kinds and g.spans[-2].j == last.i):
        return False  # (a demonym right after "di"/"of" is a noun whatever the tagger says: "migliaia di afghani")
    nxt = toks[last.j] if last.j < len(toks) else None
    return nxt is None or nxt.sent != toks[last.i].sent or nxt.pos not in ("NOUN", "PROPN", "ADJ")


def _named_firm(ctx: Ctx, g: Group, ent: Entity) -> bool:
    """A business noun right after a name the lexicon does not know ("The Brightwater Corporation"): a
    company of its own, whose country the story's other countries do not tell."""
    if ent.sector != "BUS" or g.i == 0:
        return False
    t = ctx.toks[g.i - 1]
    return t.pos == "PROPN" and t.sent == ctx.toks[g.i].sent and _cap(t)


def _party_office(ctx: Ctx, g: Group, person: Span):
    """The party of a party office right before a person ("il coordinatore di Forza Italia Antonio Tajani", "the
    leader of Forza Italia Antonio Tajani"): the office word, a genitive, the party's name, then the person; not
    after a former marker ("l'ex segretario del Pd"). None when the mention names no such office."""
    lex = lexicon(ctx.lang)
    if not lex.party_offices:
        return None
    k = next((n for n, s in enumerate(g.spans) if s is person), 0)
    prev = g.spans[k - 1] if k else None
    if prev is None or prev.j != person.i or prev.get("org") is None:
        return None
    kb = knowledge_base()
    org = kb.orgs.get(prev.get("org").value)
    if org is None or org.sector != "PTY" or org.code in NON_STATE:
        return None
    toks, m = ctx.toks, prev.i - 1
    sent = toks[person.i].sent
    while m >= 0 and toks[m].norm in lex.determiners and toks[m].norm not in lex.party_office_preps:
        m -= 1  # "the leader of the Labour Party"
    if m < 1 or toks[m].norm not in lex.party_office_preps or toks[m].sent != sent:
        return None
    for n in (3, 2, 1):
        lo = m - n
        if lo >= 0 and toks[lo].sent == sent and tuple(map(_NORM, toks[lo:m])) in lex.party_offices:
            b = lo - 1
            return None if b >= 0 and toks[b].norm in lex.former_words else org
    return None


def _title_for(ctx: Ctx, title: dict, code: str | None) -> dict:
    """A title that names a different office in other countries ("the Chancellor": the British finance minister,
    the German or Austrian head of government; "chief executive": Hong Kong's head of government, not a company's):
    the office (and its sector, ``by_country_sector``) of the country in the phrase, else of the country the article
    names most among those the title can belong to, else the title's own."""
    alts = title["by_country"]
    if code is None:
        own = title.get("country")
        code = next((c for c, _ in ctx.countries.most_common() if c in alts or c == own), None)
    if code is None or code not in alts:
        return title
    sector = title.get("by_country_sector", title.get("sector"))
    return {**title, "office": alts[code], "country": code, "sector": sector}


_PLACE_MEMO: dict[tuple[str, str], str | None] = {}


def _place_country(text: str, lang: str) -> str | None:
    """The country of a place name the gazetteer knows ("Agrigento", "Bucha"), or None (memoised)."""
    key = (text, lang)
    if key in _PLACE_MEMO:
        return _PLACE_MEMO[key]
    from ..geo import resolve_place
    from ..geo.gazetteer import fold, gazetteer, lang_places
    from ..lang import SUPPORTED

    got = None
    k, gz = fold(text), gazetteer()
    # only a name the gazetteer holds as it is written (resolve_place's fallbacks are slow on a miss)
    if k in gz.primary or k in gz.alternate or k in gz.countries or any(k in lang_places(c)["names"] for c in SUPPORTED):
        p = resolve_place(text, lang)
        if p is not None and p.country:
            kb = knowledge_base()
            c = kb.fold.get(p.country, p.country)
            got = c if c in kb.countries else None
    if len(_PLACE_MEMO) > 50_000:
        _PLACE_MEMO.clear()
    _PLACE_MEMO[key] = got
    return got


def _dative(ctx: Ctx, g: Group) -> bool:
    """Whether the preposition before the group is a dative one after a verb of giving or asking."""
    lex = lexicon(ctx.lang)
    if not lex.dative_preps:
        return False
    toks, k = ctx.toks, g.i - 1
    while k >= 0 and toks[k].norm in lex.determiners:
        k -= 1
    if k < 0 or toks[k].norm not in lex.dative_preps:
        return False
    sent = toks[k].sent
    for m in range(k - 1, max(k - 10, -1), -1):
        t = toks[m]
        if t.sent != sent or t.text in (",", ";", ":", ".", "(", "«", "\"", "“"):
            return False
        if t.norm.startswith(lex.dative_verbs):
            return True
        if t.pos in ("VERB", "AUX"):
            return False
    return False


TITLE_OF_GLUE = frozenset({"gen", "det", "mod", "demonym", "country", "capital", "former"})


def _agent_of_title(g: Group, agent: Span, title: Span) -> bool:
    """Whether an agent noun before a title hangs on it through a genitive ("il consigliere del presidente
    ucraino", "an adviser to the Russian president"), with only modifiers and a country in between."""
    if agent.i >= title.i or agent is title:
        return False
    between = [s for s in g.spans if agent.j <= s.i and s.j <= title.i]
    if not between or sum(s.j - s.i for s in between) != title.i - agent.j:
        return False
    return "gen" in between[0].kinds and all(s.kinds <= TITLE_OF_GLUE for s in between)


MEMBERS_GLUE = TITLE_OF_GLUE | {"number", "vague"}


def _members_of(g: Group, head: Span, members: Span) -> bool:
    """Whether an agent noun follows a collective one through a genitive with only articles, numbers, modifiers and
    a country in between ("una delegazione di cinque sindacalisti", "a delegation of US lawmakers")."""
    if members.i < head.j:
        return False
    between = [s for s in g.spans if head.j <= s.i and s.j <= members.i]
    if not between or sum(s.j - s.i for s in between) != members.i - head.j:
        return False
    return "gen" in between[0].kinds and all(s.kinds <= MEMBERS_GLUE for s in between)


def _of_person(g: Group, agent: Span, person: Span, glue: frozenset | None = None) -> bool:
    """Whether the agent and the person are linked by a genitive with only function words around it:
    "i sostenitori di Bolsonaro", "Putin's spokesman" (not "il portavoce del Cremlino Dmitry Peskov"); with
    ``glue`` TITLED_GEN_GLUE, also through the person's title ("supporters of former president Jair Bolsonaro")."""
    lo, hi = (agent.j, person.i) if agent.i < person.i else (person.j, agent.i)
    between = [s for s in g.spans if lo <= s.i and s.j <= hi]
    if not between or sum(s.j - s.i for s in between) != hi - lo:
        return False
    return any("gen" in s.kinds for s in between) and all(s.kinds <= (glue or GEN_GLUE) for s in between)


GEN_GLUE = frozenset({"gen", "det", "mod"})
TITLED_GEN_GLUE = GEN_GLUE | {"former", "title"}
BODY_CODES = frozenset({"UNO", "EUR"})  # codes that are one body of officials (not IGO: many bodies; not NGO)
CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", "«", "»", "“", "”", "\"", "'"})
OPEN_QUOTES = {"«": "»", "“": "”", "\"": "\""}


_QUOTE_CHARS = re.compile("[«»“”\"]")


def _quoted_tokens(toks: list[Tok], text: str) -> set[int]:
    """Indices of the tokens inside quotation marks (« », “ ”, " "), within a paragraph's reach (150 tokens).

    Only the tokens that are quotation marks are visited (found in the text, most articles have few)."""
    out: set[int] = set()
    marks = []
    for mt in _QUOTE_CHARS.finditer(text):
        k = bisect_left(toks, mt.start(), key=_START)
        if k < len(toks) and toks[k].start == mt.start() and toks[k].text == mt.group():
            marks.append(k)
    close, start = None, 0
    for m in marks:
        if close is not None and m - start > 150:
            # the quote ran out of reach: it closed at the 151st token, which opened nothing
            out.update(range(start + 1, start + 151))
            close = None
            if m == start + 151:
                continue
        x = toks[m].text
        if close is None:
            if x in OPEN_QUOTES:
                close, start = OPEN_QUOTES[x], m
        elif x == close:
            out.update(range(start + 1, m))
            close = None
    if close is not None and start + 151 < len(toks):
        out.update(range(start + 1, start + 151))
    return out


CLAUSE_BREAKS = frozenset({";", ":", "—", "–"})
PEOPLE_KINDS = frozenset({"agent", "person", "name", "title"})  # kinds of phrases that name people
HOME_SECTORS = STATE_SECTORS | {"CRM"}  # who takes the home country (here and in _unlocated_default)
EVIDENCE = frozenset({"demonym", "country", "capital", "person", "org"})  # kinds that tell a group's country
ARMED = frozenset({"MIL", "REB", "PRM", "UAF", "CRM"})
# agent nouns that name one body of a country ("the junta", "the army"): a later bare mention is the same body (not
# companies: "the company" after "an Italian company" is often another one)
COREF_SECTORS = STATE_SECTORS | ARMED


def _gen_after(g: Group, head: Span, of: Span) -> bool:
    """Whether ``of`` follows ``head`` through a genitive ("spokesman for Maersk", "portavoce di Stellantis") or
    precedes it as a possessor ("A Boeing spokesperson", "Maersk's spokesman")."""
    if of.j <= head.i:
        between = [s for s in g.spans if of.j <= s.i and s.j <= head.i]
        return all(s.kinds <= GEN_GLUE for s in between)
    if of.i < head.j:
        return False
    between = [s for s in g.spans if head.j <= s.i and s.j <= of.i]
    if between and between[-1].kinds == DEMONYM_ONLY and len(between) > 1:
        between = between[:-1]  # "the president of [Canadian] Auto Workers": the demonym is the body's
    return bool(between) and any("gen" in s.kinds for s in between) and all(s.kinds <= GEN_GLUE for s in between)


# sectors whose bodies serve one city or state, never an intergovernmental body seated there ("la polizia di
# Bruxelles" is Belgian, "i funzionari di Bruxelles" are the EU's)
LOCAL_SECTORS = frozenset({"COP", "JUD"})
SEAT_KINDS = frozenset({"capital", "org"})


def _seat_host(ctx: Ctx, g: Group, head: Span) -> str | None:
    """The host state of an intergovernmental seat (a capital or an alias coded EUR, UNO, IGO: "Bruxelles",
    "Francoforte") that hangs on ``head`` as a genitive or a possessor ("la polizia di Bruxelles", "Brussels
    police"): the country the gazetteer gives the place; None when the phrase has no such seat."""
    kb = knowledge_base()
    for p in g.spans:
        if p is head or not p.kinds & SEAT_KINDS:
            continue
        if not any((e.kind == "capital" and e.value in NON_STATE) or
                   (e.kind == "org" and kb.orgs[e.value].code in NON_STATE) for e in p.entries):
            continue
        toks = ctx.toks
        if not all(_wordlike(t) for t in toks[p.i:p.j]) or not _gen_after(g, head, p):
            continue
        c = _place_country(ctx.text[toks[p.i].start:toks[p.j - 1].end], ctx.lang)
        if c is not None and c not in NON_STATE:
            return c
    return None


ARMED_SECTORS = frozenset({"REB", "MIL", "PRM", "CRM", "SPY", "COP"})


def _member_sector(sector: str | None, org_sector: str | None, former: bool) -> str | None:
    """A generic official's sector (spokesman, leader, negotiator: GOV) inside a non-state organisation: the
    organisation's (a company's spokesman is BUS, Hamas's negotiators REB); armed men of a named armed body are
    no longer unidentified ("un commando dello Stato islamico", "gunmen of Boko Haram": REB)."""
    if sector == "UAF" and org_sector in ARMED_SECTORS and not former:
        return org_sector
    if sector == "LAB" and org_sector in STATE_SECTORS and not former:
        return org_sector  # "migliaia di dipendenti dell'Usaid": a state body's staff are that body's
    if sector == "REB" and org_sector == "PTY":
        return "PTY"  # "i militanti di CasaPound", "militants of the ruling party": a party's activists
    if former or sector != "GOV" or org_sector in (None, "GOV"):
        return "ELI" if former and sector in ("GOV", "MIL") else sector
    return org_sector


def _pick_org(kb, by: dict, countries: Counter | None = None) -> list:
    """Organisations sharing an alias ("RSF"): the armed one when the phrase has an armed agent ("RSF fighters");
    else one of a country the article names ("the Sudanese army ... fighting with the RSF"); else the unarmed one."""
    orgs = by["org"]
    armed_agent = any(e.value in ARMED for _, e in by.get("agent", []))
    if not armed_agent and countries:
        named = [x for x in orgs if kb.orgs[x[1].value].code in countries]
        if named and len(named) < len(orgs):
            return named + [x for x in orgs if x not in named]
    pref = [x for x in orgs if (kb.orgs[x[1].value].sector in ARMED) == armed_agent]
    return pref + [x for x in orgs if x not in pref]


def _shared_name(ctx: Ctx, g: Group, code_span: Span, by: dict, lex) -> str | None:
    """The other state of a country name that is also its region ("Georgia's governor": the US state), when the
    phrase's title or agent noun is one of the heads that call for the region (``shared_names``); else None."""
    toks = ctx.toks
    key = tuple(t.norm for t in toks[code_span.i:code_span.j] if t.norm not in POSSESSIVE_GEN)
    got = lex.shared_names.get(key)
    if got is None:
        return None
    code, heads = got
    for kind in ("title", "agent"):
        for s, _ in by.get(kind, ()):
            if " ".join(t.norm for t in toks[s.i:s.j]) in heads:
                return code
    return None


def _sentence_norms(toks: list[Tok], i: int, j: int) -> set[str]:
    """The normalised words of the sentence that holds tokens [i, j)."""
    sent = toks[i].sent
    lo, hi = i, j
    while lo > 0 and toks[lo - 1].sent == sent:
        lo -= 1
    while hi < len(toks) and toks[hi].sent == sent:
        hi += 1
    return set(map(_NORM, toks[lo:hi]))


def _cued_org(ctx: Ctx, g: Group, orgs: list, cues: dict) -> list:
    """Organisations sharing a name ("la Corte dell'Aia": the ICJ or the ICC): the first whose cue words
    (``org_cues`` in actors_names.json) its sentence holds ("mandato d'arresto": the ICC); else the order as it is."""
    if not any(e.value in cues for _, e in orgs):
        return orgs
    words = _sentence_norms(ctx.toks, g.i, g.j)
    for x in orgs:
        if not words.isdisjoint(cues.get(x[1].value, ())):
            return [x] + [y for y in orgs if y is not x]
    return orgs


def _apply_sadj(sector: str | None, sadjs: list) -> tuple[str | None, list[str]]:
    """Sector adjectives ("military", "governativo") set the sector or add one."""
    sectors: list[str] = []
    for mode, sec in sadjs:
        if mode == "set" and sector in ("SPY", "JUD") and sec == "MIL":
            # "agenti dei servizi segreti militari": military intelligence is intelligence (the services decide);
            # "un tribunale militare", "a military prosecutor": the courts
            if sec not in sectors:
                sectors.append(sec)
        elif mode == "set" and sec == "OPP" and sector in ("LEG", "PTY"):
            # "opposition lawmakers", "i senatori dell'opposizione", "an opposition party": legislators and parties
            # whatever their side (the manual's OPP, and their side, second)
            if sec not in sectors:
                sectors.append(sec)
        elif mode == "set":
            sector = sec
        elif sec != sector and sec not in sectors:
            sectors.append(sec)
    return sector, sectors


TRADES = NO_CONTEXT_SECTORS | {"LAB", "AGR"}  # sectors of a trade or profession that a title or agent noun names
TRADE_GLUE = frozenset({"det", "mod", "sadj"})


def _trade_of(s: Span) -> str | None:
    """The trade or profession a span names ("l'imprenditore", "the reporter", "Professor"), or None."""
    for e in s.entries:
        if e.kind == "agent" and e.value in TRADES:
            return e.value
        if e.kind == "title" and not e.value.get("office") and not e.value.get("by_country") \
                and e.value.get("sector") in TRADES:  # (a chief executive can be Hong Kong's head of government)
            return e.value["sector"]
    return None


def _trade_namesake(ctx: Ctx, groups: list[Group], k: int, g: Group) -> str | None:
    """The trade of a known person's namesake: a profession written right before the name that none of the known
    person's roles has ("L'imprenditore edile Giuseppe Conte", "the reporter Laura Meloni": another person of the
    same name), or None. Only the words right before the name count (a few adjectives may come between: "edile");
    a former marker keeps the known person ("l'ex premier")."""
    person = next((s for s in g.spans if "person" in s.kinds), None)
    if person is None or any("former" in s.kinds for s in g.spans):
        return None
    toks = ctx.toks
    trade = None
    at = g.spans.index(person)
    if at > 0 and g.spans[at - 1].j == person.i:
        trade = _trade_of(g.spans[at - 1])
    elif at == 0 and k > 0:
        prev = groups[k - 1]
        gap = range(prev.j, person.i)
        if prev.spans and len(gap) <= 2 and toks[prev.i].sent == toks[person.i].sent and \
                all(toks[m].pos == "ADJ" for m in gap) and all(sp.kinds <= TRADE_GLUE or _trade_of(sp)
                                                              for sp in prev.spans) \
                and not any("former" in sp.kinds for sp in prev.spans):
            trade = _trade_of(prev.spans[-1])
    if trade is None:
        return None
    kb = knowledge_base()
    roles = kb.people[person.get("person").value].roles
    if not roles or any(r.sector == trade or trade in r.sectors for r in roles):
        return None
    return trade


def _office_holder(kb, office: str, of: str, date: str | None) -> str | None:
    offices = [office]
    if office == "president":
        offices = ["president"]
    if office == "leader":
        offices = ["leader", "head_of_state"]
    for off in offices:
        res = kb.holders(off, of, date)
        if res:
            return res[0]
    return None


def _apposition_sector(ctx: Ctx, g: Group, nxt: Group | None, nxt2: Group | None = None) -> tuple[str | None, str | None]:
    """", il professore di Honolulu" right after a name: the sector (and country) it gives; a place joined by a hyphen
    to the word before the noun (", a Nairobi-based reporter") gives its country, the noun the sector."""
    if nxt is None or g.j >= len(ctx.toks):
        return None, None
    toks = ctx.toks
    if toks[g.j].text != "," or not g.j + 1 <= nxt.i <= g.j + 3:
        return None, None
    dets = lexicon(ctx.lang).determiners
    # ", also a Labour minister", ", anche lui ministro": an adverb and an article may come first
    between = range(g.j + 1, nxt.i)
    if len(between) > 1 and not all(toks[m].pos == "ADV" or toks[m].norm in dets for m in between):
        return None, None
    kinds = {e.kind: e.value for s in nxt.spans for e in s.entries}
    sec = None
    t_span = next((s for s in nxt.spans if "title" in s.kinds), None)
    a_span = next((s for s in reversed(nxt.spans) if "agent" in s.kinds), None)
    if t_span is not None and a_span is not None and _gen_after(nxt, t_span, a_span):
        # ", the president of Canadian Railway Workers": a member of that body (LAB), as interpret() reads it
        sec = _member_sector(kinds["title"].get("sector"), a_span.get("agent").value, False)
    elif "title" in kinds:
        sec = kinds["title"].get("sector")
    elif "agent" in kinds:
        sec = kinds["agent"]
    code = kinds.get("demonym") or kinds.get("country")
    if sec is None and nxt2 is not None and (kinds.keys() & {"capital", "country"}) and nxt2.i - nxt.j == 2 \
            and toks[nxt.j].start == toks[nxt.j - 1].end and toks[nxt.j + 1].start == toks[nxt.j].end \
            and toks[nxt.j].text in ("-", "‐", "–"):
        kinds2 = {e.kind: e.value for s in nxt2.spans for e in s.entries}
        sec = kinds2["title"].get("sector") if "title" in kinds2 else kinds2.get("agent")
        code = kinds.get("country") or kinds.get("capital")
    if sec is not None and "org" in kinds:
        # ", a Labour minister", ", a Hamas negotiator": the organisation's country, and its sector for its own
        # officials (not for a minister)
        org = knowledge_base().orgs[kinds["org"]]
        code = code or org.code
        t_span = next((s for s in nxt.spans if "title" in s.kinds), None)
        if t_span is None or not (org.sector == "PTY" and tuple(
                map(_NORM, toks[t_span.i:t_span.j])) in lexicon(ctx.lang).in_government):
            sec = _member_sector(sec, org.sector, False)
    return sec, code


def _glued_place(ctx: Ctx, g: Group, start_ok: bool = False) -> str | None:
    """The country of a place the NER glued to the front of a name after its title ("il governatore della regione
    di [Belgorod Vyacheslav Gladkov]"): a known place after a preposition, followed by two more proper nouns
    (``start_ok``: the place may open the group)."""
    props = [x for x in range(g.i, g.j) if ctx.toks[x].pos == "PROPN"]
    if len(props) < 3 or (props[0] == g.i and not start_ok) or props[0] == 0 or ctx.toks[props[0] - 1].pos != "ADP":
        return None
    return _place_country(ctx.toks[props[0]].text, ctx.lang)


def _title_before(ctx: Ctx, groups: list[Group], k: int, g: Group) -> Entity | None:
    """The resolved title or agent phrase that a name stands in apposition to ("TITLE, NAME,"; "TITLE of PLACE NAME"),
    or None. A title that found its holder (a known person) is someone else's."""
    if k == 0:
        return None
    prev = groups[k - 1]
    toks = ctx.toks
    title = prev.entity
    if (title is None or not (title.sector or title.code)) and k >= 2 and groups[k - 2].head in ("title", "agent") \
            and all(toks[x].pos in ("ADP", "DET") for x in range(groups[k - 2].j, prev.i)):
        # "Il sindaco di [Taranto], Rinaldo Melucci,": the place is a phrase of its own between title and name
        prev = groups[k - 2]
        title = prev.entity
    elif prev.head == "name" and title is not None and title.sector and not title.id and title.name and any(
            "title" in sp.kinds for sp in prev.spans) and (pc := _place_country(title.name, ctx.lang)) is not None:
        # "La sindaca di [Lodi]" with the place read as a name: the title of that place
        title = replace(title, name=None, code=title.code or pc)
    elif prev.head not in ("title", "agent"):
        return None
    if title is None or not title.sector or title.id:
        return None
    honorifics = lexicon(ctx.lang).honorifics
    # the title's place may trail it outside the phrase ("Il sindaco [di Bergamo], Giorgio Gori"), and an honorific
    # may come before the name ("Leicester's mayor, Sir Peter Soulsby")
    m = prev.j
    def placename(x: int) -> bool:  # (a city the tagger read as a common noun is still capitalised)
        return toks[x].pos == "PROPN" or toks[x].text[:1].isupper() and toks[x].pos == "NOUN"
    while m < g.i and m - prev.j < 6 and toks[m].text != "," and (toks[m].pos in ("ADP", "DET") or placename(m)):
        m += 1
    # the trailing place's country first: the title's own may be the article's ("il governatore della regione di
    # Belgorod Vyacheslav Gladkov" in a story about Ukraine)
    names = [x for x in range(prev.j, m) if placename(x)]
    place = _place_country(ctx.text[toks[names[0]].start:toks[names[-1]].end], ctx.lang) if names else None
    if m == g.i and m > prev.j and toks[prev.j].pos == "ADP" and toks[m - 1].sent == toks[g.i].sent:
        # "La giudice del tribunale di Catania Iolanda Apostolico" (no comma): the place's country, else the name's
        # as found for any titled name; a place the NER glued to the name ("di [Lecco Anna Vitale]") is that place
        glued = _glued_place(ctx, g, start_ok=True)
        if glued is None and sum(toks[x].pos == "PROPN" for x in range(g.i, g.j)) >= 3 \
                and _place_country(toks[g.i].text, ctx.lang) is not None:
            return None
        return replace(title, code=glued or place)
    if m >= g.i or toks[m].text != "," or toks[m].sent != toks[g.i].sent or not all(
            toks[x].norm in honorifics for x in range(m + 1, g.i)):
        return None
    if title.count not in (None, 1):
        return None  # "tre agenti, Mario Rossi e ...": a group, not this person's title
    return replace(title, code=place) if place else title


def resolve_groups(ctx: Ctx, groups: list[Group], skip_sents: set[int], fallback=None) -> list[Group]:
    """``fallback()``: the country of the article's dateline, the context only where the text names none."""
    kb = knowledge_base()
    out: list[Group] = []
    # first pass: the countries the article names explicitly (the context for agent nouns without one), where
    # (sentence of each mention), and the known people it names (for a title before the name: "la premier ...
    # Giorgia Meloni")
    where: list[tuple[int, str]] = []
    where_group: list[int] = []  # the group each entry of ``where`` comes from
    people: list[str] = []
    # groups that are only a demonym ("Venezuelans"): people of a country, not where an institution belongs
    by_sent: dict[int, list[tuple[int, str]]] = {}  # sentence -> (group, country) in order
    # a demonym inside quotation marks ("«le sanzioni americane»") is what someone said, no context for actors
    quoted = _quoted_tokens(ctx.toks, ctx.text)
    demonym_only: set[int] = set()  # groups whose only country evidence is a demonym
    strong: set[str] = set()  # countries named otherwise than by their name (capital, demonym, person, body)
    lex0 = lexicon(ctx.lang)
    backers, agent_preps, dets = lex0.support_verbs, lex0.agent_preps, lex0.determiners
    for gi, g in enumerate(groups):
        gspans = g.spans
        kinds = gspans[0].kinds if len(gspans) == 1 else frozenset().union(*[s.kinds for s in gspans])
        if kinds.isdisjoint(EVIDENCE):
            continue
        sent = ctx.toks[g.i].sent
        in_quote = g.i in quoted
        if backers and _backer(ctx.toks, g, backers, agent_preps, dets):
            continue  # "Russian-backed separatists", "i ribelli sostenuti dal Ruanda": the backer is not where they are
        if "demonym" in kinds and not kinds & {"country", "capital", "org", "person"}:
            demonym_only.add(gi)
        for s in gspans:
            if s.kinds.isdisjoint(EVIDENCE):
                continue
            for e in s.entries:
                c = None
                if e.kind in ("demonym", "country", "capital") and e.value not in NON_STATE:
                    if "agent" in s.kinds and s.get("agent").value == "BUS":
                        continue  # a company's country ("an Air France airliner") is no context for others
                    if in_quote and e.kind == "demonym":
                        continue
                    c = e.value
                elif e.kind == "capital" and g.loc and len(gspans) == 1:
                    # "a Bruxelles", "in Brussels": a seat of the EU or the UN as a place is its host state's
                    host = _place_country(ctx.text[ctx.toks[s.i].start:ctx.toks[s.j - 1].end], ctx.lang)
                    if host is None or host in NON_STATE:
                        continue
                    ctx.countries[host] += 1
                    where.append((sent, host))
                    where_group.append(gi)
                    by_sent.setdefault(sent, []).append((gi, host))
                    continue
                elif e.kind == "person":
                    if not any("agent" in sp.kinds and " ".join(map(_NORM, ctx.toks[sp.i:sp.j])) in lex0.counterparts
                               for sp in gspans):
                        people.append(e.value)  # (not "il collega cinese Wang Yi": the other side's minister)
                    role, _ = kb.person_role(e.value, ctx.date)
                    if role and role.of in kb.countries:
                        c = role.of
                elif e.kind == "org":
                    if sum(x.kind == "org" for x in s.entries) > 1:
                        # an alias of several organisations ("RSF") tells a country only with an armed agent that
                        # picks one of them ("RSF fighters"), as _pick_org() does
                        armed = any(x.kind == "agent" and x.value in ARMED for sp in gspans for x in sp.entries)
                        if not armed or kb.orgs[e.value].sector not in ARMED:
                            continue
                    org = kb.orgs[e.value]
                    # a company's country ("an Air France airliner") is no context for others, as above; nor is an
                    # independent newspaper's or wire agency's ("Fonti del Tesoro, sentite dalla Reuters"): where it
                    # is published, not where the story is (state media keep it: "l'agenzia Irna")
                    c = None if org.code in NON_STATE or org.sector == "BUS" or \
                        (org.sector == "JRN" and "GOV" not in org.sectors) else org.code
                if c:
                    if e.kind != "country":
                        strong.add(c)
                    ctx.countries[c] += 1
                    where.append((sent, c))
                    where_group.append(gi)
                    by_sent.setdefault(sent, []).append((gi, c))

    if not ctx.countries and fallback is not None:
        # "BARI – L'assessore regionale ...": no country named, the dateline's place tells where the story is
        c = fallback()
        if c:
            ctx.countries[c] += 1
    bare_memo: dict[int, bool] = {}

    def bare(gk: int) -> bool:
        got = bare_memo.get(gk)
        if got is None:
            kinds = set().union(*(s.kinds for s in groups[gk].spans))
            got = bare_memo[gk] = "demonym" in kinds and not (kinds - GLUE - {"demonym"})
        return got

    most_named = ctx.countries.most_common(1)[0][0] if ctx.countries else None

    def later_clause(k: int) -> set[int]:
        """Groups after group ``k`` in its sentence, past a clause break, whose only country is a demonym, or that
        are a place where people of that clause are: they give it no country ("la questura ha riferito che i
        fermati sono cittadini egiziani", "la Farnesina ha fatto sapere che due italiani sono irreperibili in
        Israele")."""
        g = groups[k]
        toks = ctx.toks
        sent = toks[g.i].sent
        m = g.j
        while m < len(toks) and toks[m].sent == sent and toks[m].text not in CLAUSE_STOPS \
                and toks[m].norm not in lex.relative_pronouns:
            m += 1
        out = set()
        for gk, _ in by_sent.get(sent, ()):
            h = groups[gk]
            if h.i < m:
                continue
            if gk in demonym_only or (h.loc and gk > k + 1 and any(
                    groups[x].i >= m and any(sp.kinds & PEOPLE_KINDS for sp in groups[x].spans)
                    for x in range(k + 1, gk))):
                out.add(gk)
        return out

    def fallback_country(excluded: set[int]) -> str | None:
        """The article's most named country, not counting the excluded groups."""
        if not excluded:
            return most_named
        cnt = Counter(c for (_, c), gk in zip(where, where_group) if gk not in excluded)
        return cnt.most_common(1)[0][0] if cnt else None

    def nearby_country(sent: int, excluded: set[int] = frozenset()) -> str | None:
        """The country named last in this sentence or the one before; else the article's most named one."""
        got = [x for x in by_sent.get(sent, ()) if x[0] not in excluded] or by_sent.get(sent - 1)
        return got[-1][1] if got else fallback_country(excluded)

    def generic_body(k: int, g: Group) -> str | None:
        """A bare generic institution name ("Congress", "il Senato") in a sentence that names another country
        with a body of that name and not the organisation's own: that country ("Mexico's ruling party secured
        a majority in Congress")."""
        o_span = next((s for s in g.spans if s.get("org")), None)
        if o_span is None:
            return None
        org = kb.orgs[o_span.get("org").value]
        key = tuple(map(_NORM, ctx.toks[o_span.i:o_span.j]))
        if not org.generic_in or key not in lex.generic_keys:
            return None
        sent = ctx.toks[g.i].sent
        named = [c for (si, c), gk in zip(where, where_group) if si == sent and gk != k and not bare(gk)]
        if org.code in named:
            return None
        return next((c for c in named if c in org.generic_in), None)

    lex = lexicon(ctx.lang)

    def attached(g: Group, h: Group) -> bool:
        """Whether group ``h`` hangs on ``g`` as a place ("protesters in Tbilisi", "the officials responsible for
        the crackdown in Georgia"): a locative preposition before it and no verb or clause break in between."""
        toks = ctx.toks
        k = h.i - 1
        while k >= g.j and (toks[k].norm in lex.determiners or toks[k].pos == "ADJ"):
            k -= 1  # "in northern Iraq"
        if k < g.j or toks[k].norm not in lex.attach_preps or h.i - g.j > 12:
            return False
        if not toks[g.j].pos and h.i - g.j > 3:
            return False  # without a tagger only a place right after the phrase
        # a relative clause describes the phrase: "the generals who seized power in Niamey"
        rel = toks[g.j].norm in lex.relative_pronouns
        return not any((t.pos in ("VERB", "AUX") and not rel) or t.text in (",", ";", ":", "(", "-", "–", "—")
                       for t in toks[g.j:k])

    def agent_country(k: int, g: Group) -> str | None:
        """The country of an agent noun without one ("the officials", "l'esercito"), from its sentence: a place
        hanging on the phrase ("protesters in Tbilisi"); "there"/"local": the place just named; a body of the same
        sector named before ("the Houthis ... the rebels"); for a state body the first state actor of its clause
        (the subject side: "Sheinbaum sent ten thousand soldiers to the US border"), for protesters, rebels or gangs
        the country named last; else the first actor named after it (not a bare demonym: "for Venezuelans"); else
        the sentence before; else the article's most named country."""
        sent = ctx.toks[g.i].sent
        excluded = later_clause(k)
        same = [x for x in by_sent.get(sent, ()) if x[0] != k and x[0] not in excluded]
        after = [(gk, c) for gk, c in same if gk > k]
        if after and attached(g, groups[after[0][0]]):
            return after[0][1]
        # the clause's subject side: the first actor named before it in the same clause (not a place); a clause
        # ends at a semicolon or a colon, and a coordinating conjunction starts a new one
        toks = ctx.toks
        cut, coord = g.i, False
        while cut > 0 and toks[cut - 1].sent == sent and toks[cut - 1].text not in CLAUSE_BREAKS:
            if toks[cut - 1].norm in lex.clause_conj:
                coord = True
                break
            cut -= 1
        before = [(gk, c) for gk, c in same if gk < k and groups[gk].i >= cut]
        if before and deictic(g):
            return before[-1][1]  # "officials there", "le autorità locali": the place just named
        if coord and not before:
            # "Iran fired missiles at Israel, and the military said": the side named last before the conjunction
            last = [c for gk, c in same if gk < k]
            if last:
                return last[-1]
        sector = g.entity.sector if g.entity is not None else None
        if sector not in (None, "GOV"):
            # "after the rebels fired": the rebels named before (the Houthis), not the state that struck them
            kin = [c for gk, c in same if gk < k and groups[gk].entity is not None
                   and groups[gk].entity.sector == sector]
            if kin:
                return kin[-1]
        if sector in STATE_SECTORS or sector is None:
            # a state body takes the side of the first state actor of its clause ("Gallant warned Hezbollah that
            # the army ...", "Sheinbaum sent ten thousand soldiers to the US border")
            actors = [c for gk, c in before if not groups[gk].loc and groups[gk].entity is not None
                      and (groups[gk].entity.sector in STATE_SECTORS or groups[gk].entity.sector is None)]
            if actors:
                return actors[0]
        else:
            # protesters, rebels, gangs: where the story is, the country named last before them ("the Malian
            # army and the insurgents near Kidal"), else the first named after ("I ribelli sono entrati a Damasco")
            last = [c for gk, c in same if gk < k and not bare(gk)]
            if len(last) >= 2 and last[-1] != last[-2] and backed(g):
                # "Kinshasa accused Rwanda of backing the rebels": not the backer's, the side named before it
                return last[-2]
            if last:
                return last[-1]
            later = [c for gk, c in after if not bare(gk)]
            if later:
                return later[0]
        if before:
            return before[-1][1]
        later = [c for gk, c in after if not bare(gk) and not groups[gk].loc]
        if later:
            return later[0]
        later = [c for gk, c in after if not bare(gk)]
        if later:
            return later[0]
        got = nearby_country(sent, excluded)
        if got is None and excluded and sector in HOME_SECTORS:
            # all the sentence named was in a clause about others: a press that leaves its own country unsaid
            # (actors_grammar.json home_country) means its own ("il ministero degli Esteri ha fatto sapere che due
            # cittadini italiani sono irreperibili in Israele": the Farnesina)
            got = lex.grammar.get("home_country")
        if got is None and excluded and sector not in STATE_SECTORS and sector is not None:
            # "Armed bandits killed thirty villagers in Sokoto state, ... the federal government in Abuja": gangs
            # and rebels with nothing else to go by are of the places their sentence names (not of a nationality)
            # ("Bandits kidnapped twenty pupils, the Nigerian police said": a body of a nationality, not a bare one)
            got = next((c for gk, c in by_sent.get(sent, ()) if gk in excluded and gk not in demonym_only), None) \
                or next((c for gk, c in by_sent.get(sent, ()) if gk in excluded and not bare(gk)), None)
        return got

    def addressed_by(k: int, g: Group) -> str | None:
        """The country of the actor named before journalists addressed right after a telling word, in their
        sentence ("Trump told reporters", "Meloni ha detto ai giornalisti")."""
        toks, m = ctx.toks, g.i - 1
        while m >= 0 and toks[m].norm in lex.determiners:
            m -= 1
        if m < 0 or toks[m].norm not in lex.addressee_markers or toks[m].sent != toks[g.i].sent:
            return None
        before = [c for gk, c in by_sent.get(toks[g.i].sent, ()) if gk < k]
        return before[-1] if before else None

    def place_after(g: Group) -> str | None:
        """The country of a place name right after an agent noun ("il gip di Agrigento", "la procura federale di
        Bruxelles", "civilians in Bucha"): a local body, or people, of that place, whatever the place stands for
        elsewhere (Brussels for the EU)."""
        toks, m = ctx.toks, g.j
        n_toks = len(toks)
        sent = toks[g.i].sent
        while m < n_toks and toks[m].pos == "ADJ" and toks[m].sent == sent and m - g.j < 2:
            m += 1  # "la procura federale di ..."
        if m + 1 >= n_toks or toks[m].norm not in place_preps or toks[m].sent != sent:
            return None
        m += 1
        while m < n_toks and toks[m].norm in lex.determiners:
            m += 1
        h = group_at.get(m)
        if h is not None and any((e.kind in ("country", "capital", "demonym") and e.value not in NON_STATE) or
                                 (e.kind == "org" and kb.orgs[e.value].code not in NON_STATE)
                                 for sp in h.spans for e in sp.entries):
            return None  # a country or a capital the lexicon knows: agent_country() weighs it
        if h is not None and h.spans[0].i == m and "agent" in h.spans[0].kinds:
            return None  # an agent noun is no place name ("a historian at the University of Leeds")
        n = m
        while n < n_toks and n - m < 4 and toks[n].sent == sent and _wordlike(toks[n]):
            n += 1
        if n == m:
            return None
        return _place_country(ctx.text[toks[m].start:toks[n - 1].end], ctx.lang)

    def place_before(g: Group) -> str | None:
        """The country of a place name written as the agent noun's modifier, in a language that builds noun
        compounds ("Milan prosecutors", "Kharkiv officials"): proper nouns right before the phrase that no other
        phrase holds."""
        if not lex.noun_compounds:
            return None
        toks, m = ctx.toks, g.i
        sent = toks[g.i].sent
        k = index_of.get(id(g), 0)
        # or its possessive ("Milan's mayor"; where the phrase starts on the clitic, the name is right before it)
        if toks[m].norm not in POSSESSIVE_GEN and m > 0 and toks[m - 1].norm in POSSESSIVE_GEN \
                and toks[m - 1].sent == sent:
            m -= 1
        end = m
        while m > 0 and end - m < 3 and toks[m - 1].sent == sent and _wordlike(toks[m - 1]) \
                and (toks[m - 1].pos == "PROPN" or (toks[m - 1].text[:1].isupper()
                                                    and toks[m - 1].pos in ("ADJ", "NOUN"))) \
                and not in_a_group(m - 1, k):
            m -= 1
        # the longest name the gazetteer knows ("New York", not "York"); its last word a proper noun ("Central
        # Election Commission" names no place called Central)
        if m == end or toks[end - 1].pos != "PROPN":
            return None
        for start in range(m, end):
            got = _place_country(ctx.text[toks[start].start:toks[end - 1].end], ctx.lang)
            if got is not None:
                return got
        return None

    group_at = {h.i: h for h in groups}

    index_of = {id(h): n for n, h in enumerate(groups)}

    def in_a_group(x: int, k: int) -> bool:
        # a token just before group k held by one of the groups before it, as they are now (interpret() trims a
        # place off the front of one: "[Wisconsin] Governor X")
        return any(h.i <= x < h.j for h in groups[max(0, k - 3):k])
    place_preps = lex.place_after_preps

    def holds(pid: str | None, office: str, former: bool = False) -> bool:
        """The person holds the office that day (held it before, with ``former``)."""
        if not pid or pid not in kb.people:
            return False
        if former and ctx.date:
            # an office held before, whatever came after it (a former prime minister now sitting as an MP)
            def has(r) -> bool:
                return office in r.offices or (office == "leader" and "head_of_state" in r.offices)
            roles = kb.people[pid].roles
            return any(has(r) and r.end is not None and r.end <= ctx.date for r in roles) and \
                not any(has(r) and r.active(ctx.date) for r in roles)
        role, current = kb.person_role(pid, ctx.date)
        if role is None or current == former or (not former and ctx.date and not role.active(ctx.date)):
            return False  # (before the first role the knowledge base gives that role: not held yet)
        return office in role.offices or (office == "leader" and "head_of_state" in role.offices)

    def office_person(office: str) -> str | None:
        """The person the article names (last named first, else any named later) who holds the office that day."""
        for _, e in reversed(ctx.discourse):
            if e.id and e.id in kb.people and holds(e.id, office):
                return e.id
        return next((pid for pid in people if holds(pid, office)), None)

    def topic_of_sector(g: Group, sector: str) -> Entity | None:
        """The last person of that sector with a country who opened one of the last three sentences."""
        sent = ctx.toks[g.i].sent
        return next((e for si, e in reversed(ctx.topics) if sent - 3 <= si <= sent and e.code and e.sector == sector
                     and e.code in kb.countries), None)

    def holder_near(office: str, k: int, g: Group) -> str | None:
        """The holder of an office named without its country ("il primo ministro"): of the country named last in
        this sentence or the one before that has a holder on the day, actors before places ("Israele ha colpito un
        deposito in Cisgiordania. Il primo ministro ..."); else of the country nearby_country() gives."""
        sent = ctx.toks[g.i].sent
        here = by_sent.get(sent, ())
        home = lex.grammar.get("home_country")
        # named before it in its sentence (nearest first), then in the sentence before, then after it in its own
        # ("Downing Street said the prime minister had spoken to the German chancellor about Ukraine": GBR); a
        # press that leaves its own country unsaid means its own when the sentence names it after the title ("Il
        # titolare della Difesa ha condannato gli spari israeliani sui militari italiani": ITA)
        after = [x for x in here if x[0] > k][::-1]
        if home and any(c == home for _, c in after):
            after = [x for x in after if x[1] == home]
        for near in ([x for x in here if x[0] < k], by_sent.get(sent - 1, ()), after):
            for gk, c in sorted(reversed(near), key=lambda x: groups[x[0]].loc):
                pid = _office_holder(kb, office, c, ctx.date)
                if pid:
                    return pid
        c = nearby_country(sent)
        return _office_holder(kb, office, c, ctx.date) if c else None

    def backed(g: Group) -> bool:
        """Whether the phrase is the object of a verb of backing ("of backing the rebels")."""
        toks, m = ctx.toks, g.i - 1
        while m >= 0 and toks[m].norm in lex.determiners:
            m -= 1
        return m >= 0 and toks[m].norm in lex.support_verbs and toks[m].sent == toks[g.i].sent

    def deictic(g: Group) -> bool:
        toks = ctx.toks
        words = {(t.norm,) for t in toks[g.i:g.j]}
        nxt = tuple(map(_NORM, toks[g.j:g.j + 2]))
        return bool(words & lex.deictic_place) or any(nxt[:len(w)] == w for w in lex.deictic_place)

    def armed_forces(c: str | None, sector: str | None) -> str | None:
        """Soldiers in a place without a state army of its own are the forces operating there (Gaza: ISR)."""
        return kb.military_of.get(c, c) if sector == "MIL" else c

    def anaphor(g: Group) -> bool:
        """Whether the phrase points back to an organisation just named: "its director general", "the group's
        leader", "i negoziatori del movimento"."""
        toks = ctx.toks
        k = g.i - 1
        if k >= 0:
            t = toks[k].norm
            if t in lex.possessive_dets or (k >= 1 and t in lex.possessive_clitics and toks[k - 1].norm in anaphors):
                return True
        m = g.j
        if m + 1 < len(toks) and toks[m].norm in preps and toks[m].sent == toks[m - 1].sent:
            m += 1
            while m < len(toks) and toks[m].norm in lex.determiners:
                m += 1
            return m < len(toks) and toks[m].norm in anaphors
        return False

    anaphors, preps = lex.org_anaphors, lex.preps
    agent_seen: dict[str, tuple[str, int]] = {}  # agent noun -> (country, sentence) where it was named with one
    last_actor: tuple[int, Entity] | None = None  # the last actor met (first token, entity): antecedent for "its"
    last_org: tuple[int, Entity] | None = None  # the last organisation met: antecedent for "the militant group"
    trade_names: list[int] = []  # named people of a trade with no country yet: affiliation() after the loop

    for k, g in enumerate(groups):
        nxt = groups[k + 1] if k + 1 < len(groups) else None
        interpret(ctx, g, nxt)
        if g.entity is None:
            continue
        if ctx.toks[g.i].sent in skip_sents:
            continue  # a reporter credit line ("Stella Kim ha collaborato da Seul"): no actor in it
        ent = g.entity
        if ent.code in kb.homonym_regions and g.head in ("title", "agent") \
                and kb.homonym_regions[ent.code] in strong and ent.code not in strong and any(e.kind == "country" and e.value == ent.code
                                                   for sp in g.spans for e in sp.entries):
            # "Il segretario di Stato della Georgia" in a story about Trump: the US state (countries.json)
            ent = g.entity = Entity(text=ent.text, name=None, code=kb.homonym_regions[ent.code], sector=ent.sector,
                                    sectors=list(ent.sectors), id=None, count=ent.count)
        if g.head == "person" and (trade := _trade_namesake(ctx, groups, k, g)) is not None:
            # "L'imprenditore edile Giuseppe Conte": a namesake of the known person, of that trade; the country
            # comes from the context (below), not from the known person
            person = next(s for s in g.spans if "person" in s.kinds)
            name = ctx.text[ctx.toks[person.i].start:ctx.toks[person.j - 1].end]
            ent = g.entity = Entity(text=ent.text, name=name, code=None, sector=trade, sectors=[], id=None)
            g.head = "name"
        if not ctx.countries and g.head == "title" and ent.id and ent.code in kb.countries:
            # an article that names no country: the office holder a title found ("The Chancellor told MPs") says
            # where the story is
            ctx.countries[ent.code] += 1
            by_sent.setdefault(ctx.toks[g.i].sent, []).append((k, ent.code))
            most_named = ent.code
        if ent.code is None and last_actor is not None and g.head in ANAPHOR_HEADS and anaphor(g):
            ai, ante = last_actor
            si = ctx.toks[ai].sent
            # only a non-state organisation is a safe antecedent ("The BBC ... its director general", "OPEC+ ... tre
            # delegati dell'organizzazione"); "its" after a state's government may point further back ("The United
            # States vetoed a Council resolution censuring its ...")
            if si >= ctx.toks[g.i].sent - 1 and ante.code and ante.sector is not None \
                    and (ante.sector not in STATE_SECTORS or ante.code in NON_STATE):
                ent.code = ante.code
                ent.sector = _member_sector(ent.sector, ante.sector, False)
        elif (last_org is not None and g.j < len(ctx.toks) and ctx.toks[g.j].norm in anaphors
              and ctx.toks[g.j].sent == ctx.toks[g.j - 1].sent and g.head == "agent"
              and not any(sp.kinds & PLACE_KINDS for sp in g.spans)):
            # "Hamas released three hostages. The militant group ...": the organisation just named, not the
            # country named last
            ai, ante = last_org
            if (ante.code and ante.sector == ent.sector
                    and ctx.toks[ai].sent >= ctx.toks[g.i].sent - 1):
                ent.code = ante.code
        app_sec, app_code = _apposition_sector(ctx, g, nxt, groups[k + 2] if k + 2 < len(groups) else None) \
            if g.head in ("name", "person") else (None, None)
        if g.head == "name":
            single = len(g.name_tokens) == 1
            cands = [(i, toks, e) for i, (toks, e) in enumerate(ctx.discourse) if g.name_tokens <= toks]
            if cands and (single or any(toks == g.name_tokens for _, toks, _ in cands)):
                pick = None
                if app_sec:
                    same = [c for c in cands if c[2].sector == app_sec]
                    if same:
                        pick = same[-1]
                if pick is None and app_sec and any(c[2].id is None for c in cands):
                    unknown = [c for c in cands if c[2].id is None]
                    pick = unknown[-1]
                if pick is None:
                    pick = cands[-1]
                ent = replace(pick[2], text=ent.text, count=None)
            else:
                if app_sec and not ent.sector:
                    ent.sector = app_sec
                if app_code and not ent.code:
                    ent.code = app_code
                if not ent.sector and (held := _title_before(ctx, groups, k, g)) is not None:
                    # "Il sindaco di Bergamo, Giorgio Gori,", "Leicester's mayor, Sir Peter Soulsby,": the name
                    # set off after a title is its holder
                    ent.sector = held.sector
                    ent.code = ent.code or held.code
                if "name1" in {e.kind for s in g.spans for e in s.entries} and not (ent.sector or ent.code):
                    continue  # a lone capitalised word with nothing to say it is a person
                if ent.code is None and ent.sector and (pc := place_before(g) or _glued_place(ctx, g)) is not None:
                    ent.code = pc  # "Flint Mayor Karen Weaver", "Dallas Police Chief David Brown"
                if ent.code is None and ent.sector in TRADES:
                    trade_names.append(k)  # "La ricercatrice Chiara Draghi dell'Università di Padova"
                if ent.code is None and ent.sector and ent.sector not in NO_CONTEXT_SECTORS and ctx.countries \
                        and g.agent_form not in lex.no_context_agents:
                    # "il presidente senegalese ... e il premier Ousmane Sonko": a titled person takes the country
                    # named before it in the sentence, else the one the article names most
                    sent = ctx.toks[g.i].sent
                    before = [c for (si, c), gk in zip(where, where_group) if si == sent and gk < k]
                    ent.code = before[-1] if before else fallback_country(later_clause(k))
                ctx.discourse.append((g.name_tokens, ent))
        elif g.head == "person":
            if g.i == 0 or ctx.toks[g.i - 1].sent != ctx.toks[g.i].sent:
                ctx.topics.append((ctx.toks[g.i].sent, ent))
            # a surname that a person named in full earlier in the article also carries
            single = len({t.norm for s in g.spans for t in ctx.toks[s.i:s.j] if "person" in s.kinds}) == 1
            if single:
                cands = [(toks, e) for toks, e in ctx.discourse if g.name_tokens <= toks and e.id != ent.id]
                if cands and (ctx.discourse[-1][1].id != ent.id):
                    last_same = max([i for i, (t, e) in enumerate(ctx.discourse) if e.id == ent.id], default=-1)
                    last_other = max(i for i, (t, e) in enumerate(ctx.discourse) if g.name_tokens <= t and e.id != ent.id)
                    if last_other > last_same:
                        ent = replace(ctx.discourse[last_other][1], text=ent.text)
            ctx.discourse.append((g.name_tokens, ent))
        elif g.pending_office:
            office, sector, former = g.pending_office
            sent = ctx.toks[g.i].sent
            # a person who opened one of the last three sentences comes first (the story's protagonist: "Zelensky
            # ... ricevuto da Joe Biden, il presidente ha incontrato"), then whoever was named last; without a date
            # anyone who ever held the office would do, so only the last named
            topics = reversed(ctx.topics) if ctx.date else ()
            named = next((e for si, e in topics if sent - 3 <= si <= sent and holds(e.id, office, former)), None) \
                or next((e for _, e in reversed(ctx.discourse) if holds(e.id, office, former)), None)
            resolved = replace(named, text=ent.text) if named is not None else None
            if resolved is None and not former:
                # a person the article names later who holds the office on the day
                for pid in people:
                    if holds(pid, office):
                        resolved = kb.person_entity(pid, ent.text, ctx.date)
                        break
            if resolved is None and ctx.countries and not former:  # (a former one nobody named: ELI, below)
                pid = holder_near(office, k, g)
                resolved = kb.person_entity(pid, ent.text, ctx.date) if pid else None
            if resolved is None and not former and not ctx.countries and ctx.date and any(
                    t.norm in lex.new_markers for t in ctx.toks[max(0, g.i - 1):g.j]):
                # "The new prime minister appointed his cabinet": whoever took that office last, days ago
                pid = kb.newest_holder(office, ctx.date, lex.new_office_days)
                resolved = kb.person_entity(pid, ent.text, ctx.date) if pid else None
            if resolved is not None:
                ent, g.label = resolved, "PER"
            elif not former and (pc := place_before(g)) is not None:
                ent.code = pc  # "Michigan's governor": the office of that place, not of the country at hand
            elif ctx.countries and sector not in NO_CONTEXT_SECTORS:
                ent.code = agent_country(k, g)  # "suspended the governor": the governor of the country at hand
        elif g.head == "pair":
            # the first of the last two countries named before: "Russia and China ... the two countries" -> RUS
            seen: list[str] = []
            for (_, c), gk in zip(reversed(where), reversed(where_group)):
                if gk < k and c not in seen:
                    seen.append(c)
                    if len(seen) == 2:
                        break
            ent.code = seen[-1] if seen else None
        elif g.head == "org" and (body := generic_body(k, g)) is not None:
            org = kb.orgs[ent.id]
            ent = Entity(text=ent.text, name=None, code=body, sector=org.sector, sectors=list(org.sectors), id=None)
        elif g.head == "agent" and ent.code is None and (pc := place_after(g) or place_before(g)) is not None:
            ent.code = armed_forces(pc, ent.sector)
            g.placed = True
        elif g.head == "agent" and ent.code is None and ent.sector == "JRN" and (told := addressed_by(k, g)):
            ent.code = told  # "Macron told reporters", "Meloni ha detto ai giornalisti": that country's press
        elif g.head == "title" and ent.code is None and (pc := place_before(g) or place_after(g)) is not None:
            ent.code = pc  # "Maricopa County Sheriff", "Tulsa Mayor", "il giudice di Catania": the place's country
            g.placed = True
        elif g.head == "title" and ent.code is None and ent.sector in STATE_SECTORS and \
                (topic := topic_of_sector(g, ent.sector)) is not None:
            # "Guido Crosetto ha convocato ... il ministro ha escluso": a bare title of the sector of the person who
            # opened one of the last sentences is of that person's country (who it is, the title does not say)
            ent.code = topic.code
        elif g.head in ("agent", "title") and ent.code is None and ctx.countries and \
                g.agent_form not in lex.no_context_agents and \
                (g.head == "agent" or ent.sector not in NO_CONTEXT_SECTORS) and not _named_firm(ctx, g, ent):
            # "i manifestanti" in a story about Iran are Iranian; "i giornalisti" need not be (no_context_country)
            sent = ctx.toks[g.i].sent
            ante = _same_agent(agent_seen, g.agent_form) if g.head == "agent" and ent.sector in COREF_SECTORS \
                else None
            # a determiner before the phrase or opening it ("The junta", "Altri due diplomatici")
            if ante is not None and sent - 3 <= ante[1] < sent and g.i > 0 \
                    and (ctx.toks[g.i - 1].norm in lex.determiners or ctx.toks[g.i].norm in lex.determiners):
                # "Mali's junta expelled ... The junta accused Paris": the body named with its country before
                ent.code = ante[0]
            elif g.agent_office and (pid := office_person(g.agent_office) or holder_near(g.agent_office, k, g)):
                # "L'ufficio del primo ministro", "the president's spokesman": the office holder's country
                role, _ = kb.person_role(pid, ctx.date)
                ent.code = role.of if role is not None else armed_forces(agent_country(k, g), ent.sector)
            else:
                ent.code = armed_forces(agent_country(k, g), ent.sector)
        elif g.head == "agent" and ent.code and g.agent_form and ent.sector in COREF_SECTORS:
            agent_seen[g.agent_form] = (ent.code, ctx.toks[g.i].sent)
        if ent.code is None and g.home:
            ent.code = g.home  # "Striking Samsung workers" in a text that places them nowhere: the company's home
        g.entity = ent
        if ent.code:
            last_actor = (g.spans[0].i, ent)
            if ent.id and ent.id.startswith("org:"):
                last_org = last_actor
        out.append(g)
    for k in trade_names:
        # a named person of a trade takes the country of what the words right after the name tie them to, before
        # any verb: "Chiara Draghi dell'Università di Padova", "Alan Starmer, an economist at the University of
        # Leeds", "Grace Kenyatta, a Nairobi-based reporter"
        g = groups[k]
        if g.entity is None or g.entity.code is not None:
            continue
        toks, sent = ctx.toks, ctx.toks[g.i].sent
        for h in groups[k + 1:]:
            if toks[h.i].sent != sent or h.i - g.j > 10 or any(t.pos in ("VERB", "AUX") for t in toks[g.j:h.i]):
                break
            c = h.entity.code if h.entity is not None else None
            if c and c not in NON_STATE:
                g.entity.code = c
                break
        if g.entity.code is None and g.head == "name" and any("person" in sp.kinds for sp in g.spans):
            # a known person's namesake tied to nothing ("L'imprenditore Giuseppe Conte ha denunciato ai carabinieri
            # di Bari"): the country at hand, as for anyone named with a title
            g.entity.code = nearby_country(sent)
    return out


def _backer(toks: list[Tok], g: Group, verbs: frozenset, agent_preps: frozenset, dets: frozenset) -> bool:
    """Whether the phrase names who backs another actor: before a hyphen and a participle of backing ("Russian-backed
    separatists", "Iran-funded militias"), or the agent of such a participle ("rebels backed by Rwanda", "i
    separatisti sostenuti da Mosca"). Not "Saudi-led": the coalition's leader is one of its members."""
    n, m = len(toks), g.j
    if m + 1 < n and toks[m].text == "-" and toks[m].start == toks[m - 1].end and toks[m + 1].start == toks[m].end \
            and toks[m + 1].norm in verbs:
        return True
    k = g.i - 1
    while k >= 0 and toks[k].norm in dets:
        k -= 1
    return k >= 1 and toks[k].norm in agent_preps and toks[k - 1].norm in verbs and toks[k - 1].sent == toks[g.i].sent


def _same_agent(seen: dict, form: str | None):
    """The antecedent entry for an agent noun: the same noun, or another inflection of it ("un diplomatico europeo
    ... altri due diplomatici", "a diplomat ... two other diplomats"): a shared stem all but the last two letters."""
    if not form:
        return None
    got = seen.get(form)
    if got is not None:
        return got
    best = None
    for other, v in seen.items():
        n = max(len(form), len(other))
        k = 0
        while k < min(len(form), len(other)) and form[k] == other[k]:
            k += 1
        if k >= 4 and k >= n - 2 and (best is None or v[1] > best[1]):
            best = v
    return best


def credit_sentences(toks: list[Tok], text: str, lang: str) -> set[int]:
    """Reporter credit lines: sentences made of credit cues ("ha collaborato", "reporting by", "©") and names.

    Outside the cues a credit line holds only capitalised words (not determiners), prepositions, numbers,
    punctuation and the conjunctions in ``credit_glue``: "Stella Kim ha collaborato da Seul" is one,
    "Putin ha collaborato con Kim" is not.
    """
    lex = lexicon(lang)
    cues = lex.credit_cues
    if not cues or not toks:
        return set()
    ntext = norm_text(text) if text.isascii() else ""
    if len(ntext) != len(text):  # offsets must survive normalisation: token by token (norms are memoised)
        pieces, pos = [], 0
        for t in toks:
            n = t.end - t.start
            norm = t.norm
            pieces.append(" " * (t.start - pos))
            pieces.append(norm if len(norm) == n else norm[:n].ljust(n))
            pos = t.end
        pieces.append(" " * (len(text) - pos))
        ntext = "".join(pieces)
    starts = list(map(_START, toks))
    marked: set[int] = set()
    sents: set[int] = set()
    for c in cues:
        p = ntext.find(c)
        while p >= 0:
            k = max(bisect_right(starts, p) - 1, 0)
            while k < len(toks) and toks[k].start < p + len(c):
                if toks[k].end > p:
                    marked.add(k)
                    sents.add(toks[k].sent)
                k += 1
            p = ntext.find(c, p + 1)
    if not sents:
        return set()
    glue = lex.preps | lex.credit_glue
    out = set(sents)
    for k, t in enumerate(toks):
        if t.sent in out and k not in marked:
            if not (not any(ch.isalpha() for ch in t.text) or t.norm in glue
                    or (_cap(t) and t.norm not in lex.determiners)):
                out.discard(t.sent)
    return out


def _confirm_weak(spans: list[Span], toks: list[Tok], ner, weak_keys, coordinators=frozenset(),
                  determiners=frozenset()) -> list[Span]:
    """Organisation names that are also common words ("Total", "Shell"): only inside an NER ORG span, or
    tagged as proper nouns outside a place name ("Total ha dichiarato", not "Total exports rose"), or coordinated
    with another organisation's name ("fined Apple and Meta"); never the first name of a longer person name the NER
    finds ("Tim Cook", not the company Tim). A name that opens with an article ("The Hindu") is judged on the words
    after it ("The Hindu reported", not "The Hindu community", where the tagger reads an adjective)."""
    out = []
    for k, s in enumerate(spans):
        if "org" in s.kinds and tuple(map(_NORM, toks[s.i:s.j])) in weak_keys:
            b = s.i
            while b < s.j - 1 and toks[b].norm in determiners:
                b += 1
            labels = {lab for i, j, lab in ner if i <= b and s.j <= j}
            in_name = any(i <= b and s.j < j and lab in PER_LABELS for i, j, lab in ner)
            if not in_name and ("ORG" in labels or (all(t.pos == "PROPN" for t in toks[b:s.j])
                                                    and not labels & PLACE_LABELS)
                                or _coordinated_org(spans, k, toks, coordinators)):
                out.append(s)
                continue
            s = _without_org(s)
            if s is None:
                continue
        out.append(s)
    return out


def _tail_aliases(spans: list[Span], toks: list[Tok], lex) -> list[Span]:
    """A bare generic alias ("Commission", "Commissione", ``_tail_aliases`` in actors_names.json) that ends a longer
    capitalised name ("Liberia's National Elections Commission") or takes an adjective or another body's genitive
    ("la Commissione sanitaria nazionale cinese", "la Commissione dell'Unione africana") is some other state body:
    an agent noun of that body's sector ("Commission": GOV; "General Assembly": LEG), whose country the rest of the
    phrase gives."""
    keys = lex.tail_keys
    out = []
    for k, s in enumerate(spans):
        if "org" in s.kinds and (sector := keys.get(tuple(map(_NORM, toks[s.i:s.j])))) is not None:
            sent = toks[s.i].sent
            prev = toks[s.i - 1] if s.i > 0 and toks[s.i - 1].sent == sent else None
            nxt = toks[s.j] if s.j < len(toks) and toks[s.j].sent == sent else None
            after = spans[k + 2] if k + 2 < len(spans) and "gen" in spans[k + 1].kinds \
                and spans[k + 1].i == s.j else None
            if (prev is not None and prev.text[:1].isupper() and prev.norm not in lex.determiners
                    and prev.pos in ("PROPN", "NOUN", "ADJ")
                    and not (k and spans[k - 1].j == s.i and spans[k - 1].kinds & ORG_OR_NAME)) \
                    or (nxt is not None and nxt.pos == "ADJ" and nxt.text.islower()) \
                    or (after is not None and after.i == spans[k + 1].j and "org" in after.kinds
                        and not any(e.value == x.value for e in s.entries for x in after.entries if e.kind == "org")):
                rest = [e for e in s.entries if e.kind != "org"] + [Entry("agent", sector, (0,))]
                s = Span(s.i, s.j, rest, s.label)
        out.append(s)
    return out


def _without_org(s: Span) -> Span | None:
    """The span without its organisation readings; None when it has no other."""
    rest = [e for e in s.entries if e.kind != "org"]
    return Span(s.i, s.j, rest, s.label) if rest else None


def _seat_or_place(spans: list[Span], toks: list[Tok], lex) -> list[Span]:
    """Seats of power that are also place names ("Bercy", "via Arenula"): the place, no organisation, after a
    locative preposition or "of" ("a concert at Bercy", "il torneo di Bercy"); the institution elsewhere ("preparato
    da Bercy", "Bercy said")."""
    keys = lex.place_seat_keys
    if not any("org" in s.kinds and tuple(map(_NORM, toks[s.i:s.j])) in keys for s in spans):
        return spans  # most texts name no such seat
    out = []
    for s in spans:
        if "org" in s.kinds and tuple(map(_NORM, toks[s.i:s.j])) in keys:
            k = s.i - 1
            while k >= 0 and toks[k].norm in lex.determiners:
                k -= 1
            if k >= 0 and toks[k].norm in lex.place_preps and toks[k].sent == toks[s.i].sent:
                s = _without_org(s)
                if s is None:
                    continue
        out.append(s)
    return out


def _article_clubs(spans: list[Span], toks: list[Tok], lex) -> list[Span]:
    """A city after an article of its club's gender is the club ("il Napoli", "l'allenatore della Roma"): Italian
    names cities without an article. A longer phrase over the name ("Roma Capitale") keeps its reading."""
    clubs, arts = lex.article_clubs, lex.club_articles
    hits = {}
    for k in range(1, len(toks)):
        club = clubs.get(toks[k].text)
        if club is not None and arts.get(toks[k - 1].norm) == club[0] and toks[k - 1].sent == toks[k].sent:
            hits[k] = club[1]
    if not hits:
        return spans
    out = []
    for s in spans:
        if s.j - s.i == 1 and s.i in hits:
            s = Span(s.i, s.j, [Entry("org", hits.pop(s.i), ())])
        elif any(s.i <= k < s.j for k in hits):
            hits = {k: v for k, v in hits.items() if not s.i <= k < s.j}
        out.append(s)
    out.extend(Span(k, k + 1, [Entry("org", v, ())]) for k, v in hits.items())
    return sorted(out, key=lambda s: s.i)


def _warships(spans: list[Span], toks: list[Tok], prefixes: dict) -> list[Span]:
    """A ship prefix and the capitalised words of the ship's name ("USS Gerald R. Ford", "HMS Diamond"): a warship
    of that state's navy, one span (the name inside is no person: the USS Gerald R. Ford is not the president)."""
    ships = []
    n = len(toks)
    for k, t in enumerate(toks[:-1]):
        code = prefixes.get(t.text)
        if code is None:
            continue
        j = k + 1
        while j < n and toks[j].text[:1].isupper() and toks[j].sent == t.sent:
            j += 1
        if j > k + 1:
            ships.append((k, j, code))
    if not ships:
        return spans
    out = [s for s in spans if not any(s.i < j and k < s.j for k, j, _ in ships)]
    out.extend(Span(k, j, [Entry("agent", "MIL", ()), Entry("demonym", code, ())]) for k, j, code in ships)
    return sorted(out, key=lambda s: s.i)


def _cued_aliases(spans: list[Span], toks: list[Tok], cued: dict) -> list[Span]:
    """Organisation aliases that are also place names ("Karlsruhe"): the organisation only in a sentence that holds
    one of the alias's cue words ("Karlsruhe struck down the budget", "la sentenza di Karlsruhe"), else no org."""
    if not any("org" in s.kinds and s.j - s.i <= 3 and tuple(map(_NORM, toks[s.i:s.j])) in cued for s in spans):
        return spans  # most texts name no such alias
    out = []
    for s in spans:
        cues = cued.get(tuple(map(_NORM, toks[s.i:s.j]))) if "org" in s.kinds else None
        if cues is not None:
            if cues.isdisjoint(_sentence_norms(toks, s.i, s.j)):
                s = _without_org(s)
                if s is None:
                    continue
        out.append(s)
    return out


def _coordinated_org(spans: list[Span], k: int, toks: list[Tok], coordinators) -> bool:
    """Whether span ``k`` is joined by one coordinator or comma to a capitalised organisation name next to it."""
    s = spans[k]
    for o, gap in ((spans[k - 1] if k else None, s.i - 1), (spans[k + 1] if k + 1 < len(spans) else None, s.j)):
        if o is None or "org" not in o.kinds or not _cap(toks[o.i]) or not 0 <= gap < len(toks):
            continue
        if (o.j == gap or o.i == gap + 1) and (toks[gap].norm in coordinators or toks[gap].text == ",") \
                and toks[gap].sent == toks[s.i].sent:
            return True
    return False


LOC_ONLY = frozenset({"loc"})


def _genitive_after(spans: list[Span], toks: list[Tok], lex) -> list[Span]:
    """A preposition that is a genitive after some agent nouns: "an adviser to the Russian president" is one
    phrase, the adviser of the president."""
    gen_after = lex.genitive_after
    if not gen_after or len(spans) < 2:
        return spans
    for k in range(1, len(spans)):
        s, prev = spans[k], spans[k - 1]
        if s.kinds == LOC_ONLY and prev.j == s.i and s.j - s.i == 1 and prev.kinds & AGENTS \
                and toks[prev.j - 1].norm in gen_after.get(toks[s.i].norm, ()):
            break
    else:
        return spans  # no agent noun before such a preposition (most texts): nothing to join
    out: list[Span] = []
    n = len(spans)
    skip = -1
    for k, s in enumerate(spans):
        if k == skip:
            continue
        heads = gen_after.get(toks[s.i].norm) if s.j - s.i == 1 and out else None
        prev = out[-1] if heads else None
        if heads and prev.j == s.i and s.kinds == LOC_ONLY and prev.kinds & AGENTS \
                and toks[prev.j - 1].norm in heads:
            # "to the" is one genitive, as "of the" would be: the determiner must not start a new phrase
            nx = spans[k + 1] if k + 1 < n else None
            j = s.j
            if nx is not None and nx.i == s.j and nx.kinds == {"det"}:
                j, skip = nx.j, k + 1
            out.append(Span(s.i, j, [Entry("gen", None, ())]))
            continue
        out.append(s)
    return out


def _qualified_titles(spans: list[Span], toks: list[Tok]) -> None:
    """A title of several words that implies its country ("presidente del Consiglio": Italy's prime minister) followed
    by an adjective that is no demonym names another body ("il presidente del Consiglio presidenziale di transizione
    haitiano", "il presidente del Consiglio regionale"): an official of that body, of no implied country and no
    office; the demonym or the context gives the country (in place; needs a tagger)."""
    n = len(toks)
    nxt = 0
    for k, s in enumerate(spans):
        if "title" not in s.kinds or s.j - s.i < 2 or s.j >= n:
            continue
        e = s.get("title")
        spec = e.value
        if not isinstance(spec, dict) or not spec.get("country"):
            continue
        t = toks[s.j]
        if t.pos != "ADJ" or not t.text.isalpha() or not t.text.islower() or t.sent != toks[s.i].sent:
            continue
        nx = spans[k + 1] if k + 1 < len(spans) else None
        if nx is not None and nx.i == s.j and nx.kinds & PLACE_KINDS:
            continue  # "il presidente del Consiglio italiano": the demonym of the same office
        other = Entry("title", {"sector": spec.get("sector") or "GOV"}, e.case)
        s.set_entries([other if x is e else x for x in s.entries])


def _drop_participles(spans: list[Span], toks: list[Tok], lex) -> list[Span]:
    """An agent noun that is also a past participle, right after a head and before an agent preposition, is the
    verb: "agenti federali inviati dall'amministrazione Trump" (sent by), not envoys of the administration."""
    out: list[Span] = []
    for s in spans:
        if (out and "agent" in s.kinds and s.j - s.i == 1 and out[-1].j == s.i and out[-1].kinds & HEADS
                and toks[s.i].norm in lex.participle_agents and s.j < len(toks)
                and toks[s.j].norm in lex.agent_preps and toks[s.j].sent == toks[s.i].sent):
            continue
        out.append(s)
    return out


def _stance_prefixed(toks: list[Tok], s: Span, prefixes: frozenset) -> bool:
    """A country or demonym after "pro-" / "anti-" is a stance, not a nationality ("pro-Russian separatists"); so
    is a sector adjective, not the phrase's sector ("pro-government militiamen" are militiamen)."""
    if s.i < 2 or not (s.kinds & PLACE_KINDS or "sadj" in s.kinds):
        return False
    dash, pre = toks[s.i - 1], toks[s.i - 2]
    return dash.text == "-" and dash.start == pre.end and toks[s.i].start == dash.end and pre.norm in prefixes


def analyse(toks: list[Tok], text: str, lang: str, date: str | None,
            ner: list[tuple[int, int, str]] = (), has_ner: bool = False,
            skip=None, prior_countries: Counter | None = None, fallback=None) -> tuple[list[Group], list[Tok]]:
    """``skip(start, end)``: whether a character span is boilerplate (no actors there); None: nothing is."""
    spans = tag(toks, lang)
    if skip is not None:
        spans = [s for s in spans if not skip(toks[s.i].start, toks[s.j - 1].end)]
    lex = lexicon(lang)
    if lex.stance_prefix_re is not None and lex.stance_prefix_re.search(text):
        spans = [s for s in spans if not _stance_prefixed(toks, s, lex.stance_prefixes)]
    if lex.weak_keys:
        spans = _confirm_weak(spans, toks, ner, lex.weak_keys, lex.coordinators, lex.determiners)
    if lex.place_seat_keys:
        spans = _seat_or_place(spans, toks, lex)
    if lex.cued_aliases:
        spans = _cued_aliases(spans, toks, lex.cued_aliases)
    if lex.tail_keys:
        spans = _tail_aliases(spans, toks, lex)
    if lex.article_clubs and any(name in text for name in lex.article_clubs):
        spans = _article_clubs(spans, toks, lex)
    if lex.ship_prefixes and any(p in text for p in lex.ship_prefixes):
        spans = _warships(spans, toks, lex.ship_prefixes)
    if lex.participle_agents:
        spans = _drop_participles(spans, toks, lex)
    spans = add_names(toks, spans, list(ner), has_ner, lexicon(lang).openers, lexicon(lang))
    if skip is not None:
        spans = [s for s in spans if not skip(toks[s.i].start, toks[s.j - 1].end)]
    spans = _genitive_after(spans, toks, lex)
    _qualified_titles(spans, toks)
    ctx = Ctx(lang, norm_date(date), toks, text)
    if prior_countries:
        ctx.countries.update(prior_countries)
    groups = group(spans, toks, lex.place_modifies_noun)
    return resolve_groups(ctx, groups, credit_sentences(toks, text, lang), fallback), toks
