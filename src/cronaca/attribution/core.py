"""Finding quotes: direct quotes from quotation marks, indirect and mixed quotes from cue verbs and
prepositional cues, their speakers (via ``cronaca.actors.resolve_span``), channels, anonymity and counts.

Language-agnostic: all words come from :mod:`cronaca.attribution.lexicon`. When the spaCy Doc carries a
dependency parse, the subject of the cue verb is the source; otherwise token rules find the noun phrase
next to the cue.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from .lexicon import Cue, Lexicon, compact, get_lexicon
from .marks import MarkSpan, find_mark_spans

log = logging.getLogger(__name__)

_PUNCT_BOUNDARY = set(",;:()[]{}\u2014\u2013")
# (with the tokens of doubled marks: news archives write a double quotation mark as two apostrophes)
_QUOTE_CHARS = set("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e") | {"''", "``"}
_SENT_END = set(".!?")


@dataclass(slots=True)
class Tok:
    i: int
    text: str
    low: str  # compact lower form
    start: int
    end: int
    sent: int
    pos: str = ""
    dep: str = ""
    head: int = -1
    lemma: str = ""
    is_punct: bool | None = None  # no letter or digit (filled in when None)
    para: int = 0  # paragraph (newline-separated block) number

    def __post_init__(self) -> None:
        if self.is_punct is None:
            self.is_punct = not any(ch.isalnum() for ch in self.text)

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Found:
    """A quote under construction (token indices are into the token list)."""

    start: int
    end: int
    direct: bool
    cue: str | None = None
    cue_span: tuple[int, int] | None = None
    cue_info: Cue | None = None
    src: tuple[int, int] | None = None  # char span of the source phrase
    channel: str | None = None
    inherit: bool = False  # speaker continues the previous quote's speaker
    extra: dict = field(default_factory=dict)


_FREQUENCY = re.compile(r"\d{1,2}|\d{2,3}[.,]\d")  # the number in an outlet's name: "Rai News 24", "Rtl 102.5"
_INNER_DASHES = frozenset({"\u2014", "\u2013", "-"})  # dashes that set off a cue inside a quotation
_STR_CACHE: dict[int, tuple[str, str, bool, bool, str]] = {}
_IS_SPACE = itemgetter(2)  # of a _word_info


def _word_info(w: str) -> tuple[str, str, bool, bool, str]:
    """A word type's text, compact form, is-space, is-punctuation and lower case (cached by string id)."""
    return w, compact(w), w.isspace(), not any(ch.isalnum() for ch in w), w.lower()


def _doc_toks(doc, has_pos: bool, has_dep: bool, text: str) -> list[Tok]:
    """The Doc's non-space tokens as ``Tok`` (re-indexed, heads mapped, sentences numbered anew at every
    paragraph break), read as whole columns of one ``to_array`` call: building a spaCy Token per word per
    attribute, or a Tok field by field, was a large share of the attribution stage."""
    if doc is None or not len(doc):
        return []
    import numpy as np
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, ORTH, POS, SENT_START

    arr = doc.to_array([ORTH, IDX, POS, DEP, HEAD, LEMMA, SENT_START, LENGTH])
    strings = doc.vocab.strings
    cache = _STR_CACHE
    if len(cache) > 200_000:
        cache.clear()
    orths = arr[:, 0].tolist()
    for o in set(orths).union(arr[:, 5].tolist()).difference(cache):
        cache[o] = _word_info(strings[o]) if o else ("", "", False, False, "")
    infos = list(map(cache.__getitem__, orths))
    keep = ~np.fromiter(map(_IS_SPACE, infos), dtype=bool, count=len(infos))  # spaces are left out
    n = int(keep.sum())
    if not n:
        return []
    if doc.has_annotation("SENT_START") or has_dep:
        opens = arr[:, 6].view(np.int64) == 1
        opens[0] = True
        sents = np.cumsum(opens) - 1
    else:
        sents = np.zeros(len(arr), dtype=np.int64)
    rows = np.flatnonzero(keep)
    words = list(map(infos.__getitem__, rows.tolist()))
    start_col = arr[rows, 1].astype(np.int64)
    end_col = start_col + arr[rows, 7].astype(np.int64)
    # paragraphs: a newline in the gap before a token opens one; sentences are numbered anew per paragraph
    nl = np.flatnonzero(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32) == 10)
    gap_from = np.concatenate(([0], end_col[:-1]))
    para_col = np.cumsum(np.searchsorted(nl, start_col) > np.searchsorted(nl, gap_from))
    sent_col = sents[rows]
    change = np.ones(n, dtype=bool)
    change[1:] = (sent_col[1:] != sent_col[:-1]) | (para_col[1:] != para_col[:-1])
    sids = (np.cumsum(change) - 1).tolist()
    if has_pos:
        labels = {p: strings[p] if p else "" for p in set(arr[rows, 2].tolist())}
        poses = [labels[p] for p in arr[rows, 2].tolist()]
    else:
        poses = [""] * n
    if has_dep:
        labels = {d: strings[d] if d else "" for d in set(arr[rows, 3].tolist())}
        deps = [labels[d] for d in arr[rows, 3].tolist()]
        new_index = np.full(len(arr), -1, dtype=np.int64)
        new_index[rows] = np.arange(n)
        heads = new_index[rows + arr[rows, 4].view(np.int64)].tolist()
    else:
        deps, heads = [""] * n, [-1] * n
    lem = [cache[x][4] for x in arr[rows, 5].tolist()]
    texts, lows, _, puncts, _ = zip(*words)
    return list(map(Tok, range(n), texts, lows, start_col.tolist(), end_col.tolist(), sids, poses, deps, heads, lem,
                    puncts, para_col.tolist()))


class Tokens:
    def __init__(self, doc, text: str):
        self.text = text
        self.has_dep = bool(doc is not None and doc.has_annotation("DEP"))
        self.has_pos = bool(doc is not None and doc.has_annotation("POS"))
        self.toks = _doc_toks(doc, self.has_pos, self.has_dep, text)
        self._ends = [t.end for t in self.toks]
        self._bounds: list[tuple[int, int]] | None = None  # per token, its sentence (built on first use)

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, k: int) -> Tok:
        return self.toks[k]

    def at_char(self, c: int) -> int:
        """Index of the first token ending after character c."""
        return bisect_right(self._ends, max(0, min(c, len(self.text))))

    def para(self, k: int) -> int:
        return self.toks[k].para

    def new_sentence_at(self, cut: int) -> None:
        """Token ``cut`` opens a sentence of its own (the tokens after it are renumbered)."""
        for t in self.toks[cut:]:
            t.sent += 1
        self._bounds = None

    def sent_bounds(self, k: int) -> tuple[int, int]:
        """The tokens [start, end) of token k's sentence (sentences are runs of equal ``sent``)."""
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = self._sentence_bounds()
        return bounds[k]

    def _sentence_bounds(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        toks, n, a = self.toks, len(self.toks), 0
        while a < n:
            b, s = a + 1, toks[a].sent
            while b < n and toks[b].sent == s:
                b += 1
            out.extend([(a, b)] * (b - a))
            a = b
        return out

    def match(self, k: int, phrase: str) -> int:
        """If the compact phrase starts at token k, the index after its last token; else -1."""
        toks = self.toks
        n, size, pos, j = len(toks), len(phrase), 0, k
        while j < n and pos < size:
            low = toks[j].low
            if not phrase.startswith(low, pos):  # (no string built per step)
                return -1
            pos += len(low)
            j += 1
        return j if pos == size else -1

    def match_any(self, k: int, phrases) -> tuple[str, int] | None:
        if k >= len(self.toks):
            return None
        first = self.toks[k].low
        if not first:
            return None
        n = len(first)
        nxt = self.toks[k + 1].low if k + 1 < len(self.toks) else "\0"
        for p in phrase_candidates(phrases, first):
            if len(p) > n and not p.startswith(nxt, n):
                continue  # the next token already rules it out (no full match needed)
            j = self.match(k, p)
            if j > 0:
                return p, j
        return None


@lru_cache(maxsize=64)
def _phrase_index(phrases: tuple[str, ...]) -> tuple[dict, dict, dict]:
    """Phrases grouped by their first one, two and three characters, each group longest first."""
    idx: tuple[dict, dict, dict] = ({}, {}, {})
    for p in phrases:
        for n in (1, 2, 3):
            if len(p) >= n:
                idx[n - 1].setdefault(p[:n], []).append(p)
    return idx


class PhraseSet(tuple):
    """A tuple of compact phrases (longest first) that remembers, per first token, its candidates."""

    def __new__(cls, phrases):
        self = super().__new__(cls, phrases)
        self._cands = {}
        self._can: dict[str, bool] = {}  # can_start per token text (asked for every token of every article)
        self._index = None
        self._prefixes = None
        return self

    def can_start(self, first: str) -> bool:
        """Whether any phrase can start with a token whose compact text is ``first``, without listing them:
        ``first`` begins a phrase, or a phrase is a prefix of ``first`` (set lookups only)."""
        got = self._can.get(first)
        if got is not None:
            return got
        if not first:
            return False
        pre = self._prefix_sets()
        if len(self._can) > 200_000:
            self._can.clear()
        got = self._can[first] = first in pre[0] or any(first[:k] in pre[1] for k in range(1, len(first)))
        return got

    def can_start_at(self, first: str, nxt: str) -> bool:
        """Whether a phrase can match whole tokens from a token whose compact text is ``first``, followed by one
        whose compact text is ``nxt``: the phrase is ``first`` itself or begins with ``first + nxt`` (a phrase
        matches token by token, so it can neither end inside a token nor skip one)."""
        if not first:
            return False
        pre = self._prefix_sets()
        return first in pre[1] or (first + nxt) in pre[0]

    def prefixes(self) -> frozenset[str]:
        """Every prefix of every phrase (a token that is none of them starts no phrase)."""
        return self._prefix_sets()[0]

    def _prefix_sets(self) -> tuple[frozenset[str], frozenset[str]]:
        """Every prefix of every phrase, and the phrases themselves (built on first use)."""
        if self._prefixes is None:
            self._prefixes = (frozenset(p[:k] for p in self for k in range(1, len(p) + 1)), frozenset(self))
        return self._prefixes

    def candidates(self, first: str) -> list[str]:
        c = self._cands.get(first)
        if c is None:
            if len(self._cands) > 200_000:
                self._cands.clear()
            if not self.can_start(first):
                c = []  # most words of a new text: no list scanned
            else:
                if self._index is None:
                    self._index = _phrase_index(tuple(self))
                c = _candidates_in(self._index, first)
            self._cands[first] = c
        return c


def phrase_candidates(phrases: tuple[str, ...], first: str) -> list[str]:
    """The phrases that can start with a token whose compact text is ``first`` (it begins the phrase, or the
    phrase is a prefix of it), longest first."""
    if isinstance(phrases, PhraseSet):
        return phrases.candidates(first)
    return _candidates(tuple(phrases), first)


def _candidates(phrases: tuple[str, ...], first: str) -> list[str]:
    return _candidates_in(_phrase_index(phrases), first) if first else []


def _candidates_in(idx: tuple[dict, dict, dict], first: str) -> list[str]:
    if not first:
        return []
    n = min(len(first), 3)
    out = [p for p in idx[n - 1].get(first[:n], ()) if p.startswith(first) or first.startswith(p)]
    # phrases shorter than the bucket key that are prefixes of the token (rare, and shortest)
    for m in range(n - 1, 0, -1):
        out.extend(p for p in idx[m - 1].get(first[:m], ()) if len(p) == m and first.startswith(p))
    return out


def _make_doc(analysis):
    from ..nlp import load_pipeline

    return load_pipeline(analysis.lang)(analysis.article.text)



class _Prepared:
    pass


def _prepare_lexicon(L: Lexicon) -> dict:
    """Everything ``Finder`` reads from the lexicon, computed once per language."""
    P = _Prepared()
    P.aux_left = L.words("aux_left")
    P.adv_right = L.words("adverbs_right")
    P.comps = L.words("complementizers")
    P.bound_left = L.words("np_boundaries_left")
    P.stop_right = L.words("np_stop_right")
    P.pronouns = {compact(k): v for k, v in L.data.get("pronouns", {}).items()}
    P.determiners = L.words("determiners")
    P.appos_openers = L.words("apposition_openers")
    P.gerund_suffixes = tuple(L.data.get("gerund_suffixes", []))
    P.infinitive_markers = L.words("infinitive_markers")
    # a gerund with its clitics ("rivolgendosi", "parlandone"): the suffixes, then any one clitic
    P.gerund_form = re.compile("(?:" + "|".join(map(re.escape, P.gerund_suffixes)) + ")(?:" + "|".join(
        map(re.escape, L.data.get("gerund_clitics", []))) + ")?$") if P.gerund_suffixes else None
    P.passive_agent = L.words("passive_agent")
    P.connectors = L.words("name_connectors")
    P.adv_phrases = L.phrases("adverb_phrases")
    P.anaphoric = L.words("anaphoric_objects")
    P.coordinators = L.words("coordinators")
    P.relatives = L.phrases("relative_pronouns")
    P.auxiliaries = L.words("auxiliaries")
    P.media_words = {compact(w) for m in L.data.get("media_nouns", []) for w in m.split()}
    P.channel_prep_words = L.words("channel_preps")
    P.addressee_preps = L.words("addressee_preps")
    # one-word person titles ("commissario", "ministro"): "il commissario al Commercio X" is one noun phrase
    P.title_words = {compact(x) for x in (L.data.get("person_title_nouns") or {}).get("forms", []) if " " not in x} | \
        L.words("portfolio_titles")
    P.channel_noun_set = {compact(n) for n in L.data.get("channel_nouns", [])}
    P.platforms = L.words("platform_names")
    P.programmes = PhraseSet(L.phrases("channel_programmes"))
    P.title_frames = {compact(" ".join(f)) for f in L.data.get("channel_title_frames", [])}
    pf = L.data.get("channel_participle_frames", {})
    frames = {compact(" ".join(f)) for f in L.data.get("channel_frames", [])}
    P.channel_frames = sorted(frames | {compact(p + " " + a) for p in pf.get("participles", [])
                                           for a in pf.get("preps", [])}, key=lambda f: (-len(f), f))
    # frames of two words or more ("in un'intervista a", "speaking to"), not a bare word ("a", "tramite", "told"):
    # chosen by word count, so the set is the same in every run (a cut of a length-sorted list was not)
    P.participle_frames = {compact(p + " " + a) for p in pf.get("participles", []) for a in pf.get("preps", [])}
    multi = {compact(" ".join(f)) for f in L.data.get("channel_frames", []) if len(" ".join(f).split()) >= 2}
    multi |= P.participle_frames
    P.channel_nouns = L.phrases("channel_nouns")
    P.media_nouns = L.phrases("media_nouns")
    P.anon_nouns = L.words("anonymous_nouns")
    P.anon_markers = [compact(m) for m in L.data.get("anonymous_markers", [])]
    P.numbers = {compact(k): v for k, v in L.data.get("number_words", {}).items()}
    P.prep_phrases = sorted(L.prep_cues, key=len, reverse=True)
    P.cue_phrases = sorted(L.cues, key=len, reverse=True)
    P.relay_lemmas = L.words("relay_cues")
    P.channel_events = L.words("channel_event_nouns")
    P.audience_nouns = L.words("audience_nouns")
    P.relative_locatives = PhraseSet(L.phrases("relative_locatives"))
    P.channel_leads = PhraseSet(L.phrases("channel_lead_preps"))
    P.broadcast_forms = PhraseSet(sorted({compact(f) for f in (L.data.get("channel_broadcast_participles") or {})
                                         .get("forms", [])}, key=len, reverse=True))
    P.channel_lead_words = frozenset(compact(w) for key in ("channel_lead_preps", "channel_preps", "determiners")
                                     for w in L.data.get(key, []) if len(w.split()) == 1)
    P.pronoun_genders = {compact(k): v for k, v in (L.data.get("pronoun_genders") or {}).items()}
    P.gender_words = {compact(w): g for g, ws in (L.data.get("gender_words") or {}).items() if not g.startswith("_")
                      for w in ws}
    # phrase lists as PhraseSets (candidate lookups cached)
    for name in ("adv_phrases", "relatives", "channel_frames", "channel_nouns", "media_nouns", "prep_phrases",
                 "cue_phrases"):
        setattr(P, name, PhraseSet(getattr(P, name)))
    # a cue can start only at a token whose text begins a cue or prepositional-cue phrase (Finder.indirect)
    P.cue_openers = P.prep_phrases.prefixes() | P.cue_phrases.prefixes()
    P.channel_frames_multi = PhraseSet(sorted(multi, key=lambda f: (-len(f), f)))
    # where a channel can start: a frame, a lead preposition or a broadcast participle (Finder.find_channel)
    P.channel_starts = tuple(p.can_start for p in (P.channel_frames, P.channel_leads, P.broadcast_forms) if p)
    # whom a statement is addressed to ("davanti all'assemblea di X", "ha assicurato alle parti sociali che"): frames,
    # heads that name people or bodies, places that never do, possessives that stay in the channel
    P.audience_frames = L.words("audience_frames")
    P.audience_phrases = PhraseSet(L.phrases("audience_nouns"))
    P.person_heads = P.audience_nouns | P.anon_nouns | P.title_words
    P.venue_nouns = L.words("venue_nouns")
    P.possessives = L.words("possessive_determiners")
    P.complement_words = P.connectors | L.words("complement_preps")
    # "Lo riferisce Bloomberg, citando fonti ...": a report of the sentence before
    P.anaphoric_cues = L.words("anaphoric_report_cues")
    P.citing = L.words("citing_gerunds")
    # "ha parlato di promesse insufficienti": a characterisation
    P.characterisation_words = PhraseSet(L.phrases("characterisation_words"))
    P.characterisation_blockers = PhraseSet(L.phrases("characterisation_blockers"))
    return vars(P)


class Finder:
    def __init__(self, analysis, lex: Lexicon | None = None):
        self.analysis = analysis
        self.text = analysis.article.text
        self.lex = lex or get_lexicon(analysis.lang)
        doc = analysis.doc if analysis.doc is not None else _make_doc(analysis)
        self.doc = doc
        self.T = Tokens(doc, self.text)
        self._split_dateline(analysis.lang)
        # the lexicon's word sets and phrase indexes: built once per language, shared by every article
        prepared = self.lex.__dict__.get("_finder_prepared")
        if prepared is None:
            prepared = self.lex.__dict__["_finder_prepared"] = _prepare_lexicon(self.lex)
        self.__dict__.update(prepared)
        self.used = [False] * len(self.T)  # tokens already part of a found quote (cue/source/content)
        self.direct_marks: set[int] = set()  # opening-mark tokens of the direct quotes found
        self.content_ends: dict[int, int] = {}  # end token of an indirect content found -> its start
        self.found: list[Found] = []  # the quotes found so far, direct then indirect

    def _split_dateline(self, lang: str) -> None:
        """A dateline ("MOSCA – ", "ROMA, 9 FEB - ", "SEOUL (Reuters) – ") is no part of the first sentence:
        its tokens become a sentence of their own, so that "MOSCA – Secondo l'agenzia X, ..." opens its
        sentence with the cue and "WASHINGTON – Quattro funzionari ..." is a source without the place.
        The pattern is the language's boilerplate ``dateline`` (``cronaca.clean.find_dateline``)."""
        T = self.T
        if not len(T):
            return
        try:
            from ..clean import find_dateline

            dl = find_dateline(self.text[:200].split("\n", 1)[0], lang or "en")
        except Exception:  # a language without boilerplate patterns
            dl = None
        if not dl:
            return
        cut = next((k for k, t in enumerate(T.toks) if t.start >= dl[1]), None)
        if cut is None or cut == 0 or T[cut].sent != T[cut - 1].sent:
            return
        T.new_sentence_at(cut)

    # ------------------------------------------------------------------ helpers
    def cue_at(self, k: int) -> tuple[Cue, int] | None:
        """A cue verb form starting at token k (longest match)."""
        T = self.T
        tok = T[k]
        if tok.is_punct:
            return None
        first = tok.low
        if not first:
            return None
        n = len(first)
        nxt = T[k + 1].low if k + 1 < len(T) else "\0"
        for p in phrase_candidates(self.cue_phrases, first):
            if len(p) > n and not p.startswith(nxt, n):
                continue  # the next token already rules it out
            if not p.startswith(first):
                continue
            j = T.match(k, p)
            if j > 0:
                cue = self.lex.cues[p]
                if T.has_pos and T[j - 1].pos not in ("VERB", "AUX") and T[k].pos not in ("VERB", "AUX"):
                    # a tagger that calls a finite verb a noun ("Kiev accusa Mosca"): trust the parse when the
                    # form heads the clause or has a subject, and no determiner precedes it
                    if not (T.has_dep and (k == 0 or T[k - 1].low not in self.determiners) and (
                            T[k].dep == "ROOT" or self._has_subject(k))):
                        return None
                # a determiner before the form makes it a noun ("the report", "la denuncia")
                if k > 0 and T[k - 1].low in self.determiners and not T.has_pos:
                    return None
                # mid-sentence capitalised form is a name ("Said", "Nota")
                if tok.is_cap and k > 0 and not T[k - 1].is_punct and T.sent_bounds(k)[0] != k:
                    return None
                return cue, j
        return None

    def _has_subject(self, k: int) -> bool:
        T = self.T
        sa, sb = T.sent_bounds(k)
        return any(T[c].head == k and T[c].dep.startswith("nsubj") for c in range(sa, sb))

    def extend_cue_left(self, k: int) -> int:
        """Include auxiliaries and adverbs that belong to the cue ("ha detto", "has also said")."""
        T = self.T
        a = k
        while a > 0 and T[a - 1].low in self.aux_left and T[a - 1].sent == T[k].sent:
            a -= 1
        return a

    def passive_source(self, cs: int, ce: int, limit: int) -> tuple[int, tuple[int, int]] | None:
        """A passive cue with its agent: "è stato detto dal ministro X" -> (start of "è stato detto", the
        agent phrase as source). Needs the language's passive auxiliary ("stato", "been") after a finite
        one, so "ha detto dal palco" (a place) is no passive."""
        T = self.T
        pas = self.lex.data.get("passive_auxiliaries") or {}
        parts = {compact(x) for x in pas.get("participles", [])}
        finite = {compact(x) for x in pas.get("finite", [])}
        if not (parts or finite) or ce >= limit or T[ce].low not in self.passive_agent or cs < 1:
            return None
        if not (T[cs - 1].low in finite or (cs >= 2 and T[cs - 1].low in parts and T[cs - 2].low in self.aux_left)):
            return None
        src = self.right_np(ce + 1, limit)
        if src is None:
            return None
        return self.extend_cue_left(cs - 1), src

    def _relay_form(self, phrase: str) -> bool:
        """A prepositional cue form that is a finite relay verb ("riferisce", "riporta", "scrive"): the noun
        phrase after it is the medium that relays. Lemmas: ``relay_cues``."""
        c = self.lex.cues.get(phrase)
        return c is not None and compact(c.lemma) in self.relay_lemmas

    def _relay_parenthetical(self, cs: int, sa: int) -> tuple[tuple[int, int], str] | None:
        """A relay between commas right before the cue ("Teheran, riferisce l'agenzia Irna, ha accusato"):
        (the subject before it, the medium as channel), or None. The relay is a prepositional cue form
        ("riferisce", "secondo quanto riporta") followed by a noun phrase."""
        T = self.T
        if cs - 1 <= sa or T[cs - 1].text != ",":
            return None
        p = next((y for y in range(cs - 2, max(sa, cs - 12), -1) if T[y].text == ","), None)
        if p is None or p <= sa:
            return None
        m = T.match_any(p + 1, self.prep_phrases)
        if not m or m[1] >= cs - 1 or T[m[1]].low in self.relatives:
            return None
        subj = self.left_np(p, sa)
        if subj is None or not (subj[0] == sa or T[subj[0] - 1].is_punct):
            return None
        name = self._channel_np(m[1], cs - 1, need_name=False) or self.text[T[m[1]].start:T[cs - 2].end]
        return subj, name

    def _relative_locative(self, cs: int, sa: int) -> tuple[tuple[int, int] | None, tuple] | None:
        """A cue right after "<document> in cui" ("un comunicato in cui afferma"): (the subject of the verb
        that governs the document, the document as channel), or None. Forms: ``relative_locatives``."""
        T = self.T
        forms = self.relative_locatives
        if not forms or not T.has_dep:
            return None
        for r0 in range(max(sa + 1, cs - 3), cs):
            m = T.match_any(r0, forms)
            if not m or m[1] != cs:
                continue
            n = r0 - 1
            if T[n].low not in self.channel_noun_set:
                return None
            a = n
            while a - 1 >= sa and (T[a - 1].low in self.determiners or T[a - 1].pos == "ADJ"):
                a -= 1
            ch = (self.text[T[a].start:T[n].end], (a, n + 1))
            v = T[n].head
            src = None
            if 0 <= v < len(T) and v != n and sa <= v < r0:
                src = self.parse_subject(v, v + 1)
                if src is None:
                    src = self.subject_left(self.extend_cue_left(v), sa)
            return src, ch
        return None

    def impersonal_source(self, a: int, b: int) -> tuple[tuple[int, int] | None, tuple | None]:
        """The document frame of an impersonal cue in tokens [a, b) ("nella nota della Farnesina",
        "nel comunicato", "in a statement from the ministry"): (its author's phrase or None, the channel)."""
        T = self.T
        comp = self.connectors | {compact(x) for x in self.lex.data.get("complement_preps", [])}
        for k in range(a, b):
            m = T.match_any(k, self.channel_frames_multi)
            if not m or m[1] > b or T[m[1] - 1].low not in self.channel_noun_set:
                continue
            e = m[1]
            ch = (self.text[T[k].start:T[e - 1].end], (k, e))
            if e < b and T[e].low in comp:
                np_ = self.right_np(e + 1, b)
                if np_:
                    return np_, ch
            return None, ch
        return None, self.find_channel(a, b, multiword=True)

    def skip_right_adverbs(self, j: int, limit: int) -> int:
        T = self.T
        while j < limit:
            m = T.match_any(j, self.adv_phrases)
            if m and m[1] <= limit:
                j = m[1]
            elif T[j].low in self.adv_right and T[j].low not in self.stop_right:
                j += 1
            else:
                break
        return j

    def left_np(self, k: int, floor: int) -> tuple[int, int] | None:
        """Noun phrase ending just before token k (exclusive), not crossing floor."""
        T = self.T
        a = k
        while a > floor:
            t = T[a - 1]
            if t.text in _QUOTE_CHARS or (t.is_punct and t.text not in ".'\u2019-&"):
                break
            if t.low in self.bound_left and not (a - 1 > floor and T[a - 2].is_cap and t.low in ("and", "e")
                                                 and a < k and T[a].is_cap):
                break
            if t.low in self.cue_phrases_set():
                break
            a -= 1
            if k - a > 12:
                return None
        if a == k:
            return None
        # strip leading adverbial fillers
        while a < k and (T[a].low in self.aux_left or T[a].low in self.comps):
            a += 1
        return (a, k) if a < k else None

    def subject_left(self, cs: int, sa: int) -> tuple[int, int] | None:
        """The subject before the cue, also across an apposition or relative clause between commas
        ("Kim Yo Jong, sorella del leader, ha minacciato") and back over a coordinated verb
        ("Il portavoce X ha definito ... e ha detto che")."""
        T = self.T
        if cs - 1 > sa and T[cs - 1].low in self.anaphoric:
            cs -= 1  # a clitic object before the auxiliary is no part of the subject: "X [lo] ha smentito"
        np_ = self.left_np(cs, sa)
        if np_ is not None:
            if np_[0] > sa and T[np_[0] - 1].low in self.coordinators and np_[1] - np_[0] <= 1:
                pass
            else:
                return self._coordinated_left(np_, sa)
        if cs - 1 > sa and T[cs - 1].text == ",":
            for p in range(cs - 2, max(sa, cs - 18), -1):
                if T[p].text == ",":
                    head = self.left_np(p, sa)
                    if head and head[0] == sa or (head and T[head[0] - 1].is_punct):
                        return head[0], cs - 1
                    break
                if T[p].is_punct and T[p].text not in ("'", "’", "-"):
                    break
        if cs - 1 > sa and T[cs - 1].low in self.coordinators:
            # subject of the first verb of the sentence: the phrase before its auxiliary
            for x in range(sa, cs - 1):
                if T[x].low in self.auxiliaries or T[x].low in self.cue_phrases_set():
                    if x > sa:
                        return self.left_np(x, sa)
                    break
        return None

    def _coordinated_left(self, np_: tuple[int, int], sa: int) -> tuple[int, int]:
        """Extend a subject over a coordinated noun phrase on its left ("X e Y hanno negato")."""
        T = self.T
        a = np_[0]
        if a - 1 > sa and T[a - 1].low in self.coordinators:
            left = self.left_np(a - 1, sa)
            if left and (left[0] == sa or T[left[0] - 1].is_punct) and not any(
                    T[x].low in self.auxiliaries or T[x].pos in ("VERB", "AUX") or T[x].low in self.cue_phrases_set()
                    for x in range(left[0], left[1])):
                return left[0], np_[1]
        return np_

    def _is_participle_frame(self, n: int) -> bool:
        """A participle with its agent ("citato dall'agenzia", "sentite dal nostro inviato")."""
        T = self.T
        return n + 1 < len(T) and compact(T[n].low + T[n + 1].low) in self.participle_frames

    def _opens_parenthetical(self, n: int) -> bool:
        """Token n starts a clause that is no part of a source noun phrase: a relative clause, a channel
        or agent frame, a prepositional or gerund phrase ("a condizione di anonimato", "parlando con")."""
        T = self.T
        if n >= len(T):
            return False
        t = T[n]
        if T.match_any(n, self.relatives) or self._is_participle_frame(n):
            return True
        if T.match_any(n, self.channel_frames_multi):
            return True
        if t.pos == "ADP" or (not T.has_pos and t.low in self.channel_prep_words):
            return True
        return t.pos in ("VERB", "AUX") and not t.is_cap

    def trim_source(self, src: tuple[int, int] | None) -> tuple[int, int] | None:
        """Cut from a source phrase what is no part of it: a fronted channel or participle phrase
        ("Ai microfoni di Rai News, il commissario ..."), a parenthetical after the head ("fonti militari,
        sentite dal nostro inviato,", "Due diplomatici, che hanno parlato con il FT,"). The parts cut stay
        outside the source, where the channel search finds them."""
        if src is None:
            return None
        T = self.T
        a, b = src
        if b - a > 1 and T[b - 1].low in self.anaphoric and b < len(T) and (
                T[b].low in self.auxiliaries or T[b].low in self.aux_left):
            b -= 1  # a clitic object before the auxiliary: "Il ministero [l']ha smentito"
        if T.has_pos:
            # a relative clause inside the source without commas is no part of it: "Funzionari che hanno
            # chiesto l'anonimato" -> "Funzionari" (the anonymity request is still read from the sentence)
            for x in range(a + 1, b - 1):
                if T[x].text == ",":
                    break
                if T[x].pos == "PRON" and T[x - 1].pos in ("NOUN", "PROPN", "ADJ") and T.match_any(x, self.relatives):
                    b = x
                    break
        commas = [x for x in range(a, b) if T[x].text == ","]
        if not commas:
            return a, b
        if (T[a].pos == "ADP" or T[a].low in self.channel_prep_words or self._is_participle_frame(a)
                or (T[a].pos == "VERB" and not T[a].is_cap)) and commas[0] + 1 < b:
            a = commas[0] + 1
        for c in commas:
            if a < c and self._opens_parenthetical(c + 1):
                return a, c
            if a < c and c + 1 < b and T[c + 1].low in self.aux_left and (c + 2 >= b or T[c + 2].text == ","):
                return a, c  # a connective between commas: "Un negoziatore iraniano, invece,"
        return a, b

    def past_relative(self, src: tuple[int, int] | None, sa: int) -> tuple[int, int] | None:
        """A subject found inside a relative clause ("Funzionari che hanno chiesto l'anonimato hanno
        detto": not "l'anonimato") moves to the noun the clause belongs to."""
        if src is None:
            return None
        T = self.T
        a = src[0]
        if src[1] - a >= 2 and T.match_any(src[1] - 1, self.relatives) and T[src[1] - 2].pos in ("NOUN", "PROPN"):
            return a, src[1] - 1  # "Diplomats who": the pronoun is no part of the source
        rel = T.match_any(a, self.relatives)
        if rel and a + rel[1] >= src[1] and a > sa and T[a - 1].pos in ("NOUN", "PROPN", "ADJ"):
            # the source is only a relative pronoun ("officials who asked not to be named said"): its antecedent
            return self.left_np(a, sa) or src
        seen_verb = False
        for x in range(a - 1, max(sa - 1, a - 9), -1):
            if T[x].is_punct:
                break
            if T[x].pos in ("VERB", "AUX"):
                seen_verb = True
            if x > sa and seen_verb and T[x - 1].pos in ("NOUN", "PROPN", "ADJ") and T.match_any(x, self.relatives):
                head = self.left_np(x, sa)
                if head and (head[0] == sa or T[head[0] - 1].is_punct):
                    return head
                break
        return src

    _cue_set: set[str] | None = None

    def cue_phrases_set(self) -> set[str]:
        if self._cue_set is None:
            self._cue_set = {p for p in self.lex.cues if p}
        return self._cue_set

    def right_np(self, j: int, limit: int) -> tuple[int, int] | None:
        """Noun phrase starting at token j ("said the minister", "ha detto il ministro")."""
        T = self.T
        if j >= limit or T[j].low in self.stop_right or T[j].low in self.cue_phrases_set():
            return None
        b = j
        depth = 0
        while b < limit:
            t = T[b]
            if t.text in _QUOTE_CHARS or t.text in _SENT_END:
                break
            if t.text == "," and depth == 0:
                # apposition: "said Smith, the spokesman, ..." keeps only the name
                break
            if t.is_punct and t.text not in "-&'\u2019":
                break
            if b > j and t.low in self.connectors and b + 1 < limit and T[b + 1].is_cap and not T[b - 1].is_cap:
                b += 1  # a complement that is a name stays: "la tv di Stato Cctv"
                continue
            if b > j and t.low in self.addressee_preps and b + 1 < limit and T[b + 1].is_cap and \
                    T[b - 1].low in self.title_words and self._programme_at(b + 1, limit) is None:
                b += 1  # a title's portfolio: "il commissario al Commercio Maros Sefcovic"
                continue
            if b > j and t.low in self.comps and t.low in self.infinitive_markers and T.has_pos and b + 1 < limit \
                    and T[b + 1].pos == "NOUN" and not T[b + 1].is_cap and T[b - 1].pos == "NOUN":
                b += 2  # a bare noun complement, no infinitive clause: "due fonti [di governo]"
                continue
            if t.low in self.stop_right and b > j and not (T[b - 1].is_cap and t.is_cap):
                break
            if t.low in self.comps:
                break
            if b > j and self._adjunct_at(b):
                break  # an adjunct after the noun phrase: "il vicepremier leghista [subito dopo la lettura]"
            if b > j and t.low in self.auxiliaries and not t.is_cap:
                break  # a finite verb ends the noun phrase: "chiesto [l'anonimato] hanno detto che"
            if b > j and self._gerund_at(b):
                break  # a gerund ends it too: "ha detto [Macron] rivolgendosi ai francesi"
            b += 1
            if b - j > 10:
                break
        return (j, b) if b > j else None

    def _adjunct_at(self, x: int) -> bool:
        """Token x opens a time or manner adjunct (``adverb_phrases``: "subito dopo", "questa mattina"; or an
        adverb of ``adverbs_right`` tagged as one), which no noun phrase before it takes in."""
        T = self.T
        if x >= len(T) or T[x].is_cap:
            return False
        t = T[x]
        if t.low in self.adv_right and t.pos == "ADV":
            return True
        return self.adv_phrases.can_start(t.low) and T.match_any(x, self.adv_phrases) is not None

    def _relative_at(self, x: int) -> bool:
        """Token x is a relative pronoun right after a noun ("un ministro [che] ha chiesto ...")."""
        T = self.T
        return 0 < x < len(T) and T.has_pos and T[x].pos == "PRON" and T[x - 1].pos in ("NOUN", "PROPN", "ADJ") \
            and T.match_any(x, self.relatives) is not None

    def _gerund_at(self, x: int) -> bool:
        """Token x is a gerund ("chiedendo", "rivolgendosi"), which closes a noun phrase before it."""
        T = self.T
        return x < len(T) and self.gerund_form is not None and T[x].pos in ("VERB", "AUX") and not T[x].is_cap \
            and bool(self.gerund_form.search(T[x].low))

    def _adverbs_to_end(self, x: int, sb: int) -> int | None:
        """If tokens from x to the end of the sentence are only adverbs and adverb phrases ("seccamente",
        "ieri sera"), the index of the sentence end; else None (also when there are none)."""
        T = self.T
        y = x
        while y < sb and not T[y].text in _SENT_END:
            m = T.match_any(y, self.adv_phrases)
            if m and m[1] <= sb:
                y = m[1]
            elif T[y].low in self.adv_right and T[y].pos not in ("ADP", "DET", "NOUN", "PROPN"):
                y += 1
            else:
                return None
        return y if y > x else None

    def cut_adjunct(self, src: tuple[int, int] | None, ce: int) -> tuple[int, int] | None:
        """A subject after the cue ends before an adjunct or a relative clause the parse hung on it ("ha detto
        il ministro [in mattinata]", "ha detto un ministro [che ha chiesto di non essere nominato]"; the request
        for anonymity is read from the clause after the source)."""
        if src is None or src[0] < ce:
            return src
        T = self.T
        for x in range(src[0] + 1, src[1]):
            if self._adjunct_at(x) or self._gerund_at(x) or self._relative_at(x):
                return src[0], x
        return src

    def np_is_plausible(self, a: int, b: int) -> bool:
        T = self.T
        words = [t for t in T.toks[a:b] if not t.is_punct]
        if not words:
            return False
        return True

    def parse_subject(self, k: int, j: int) -> tuple[int, int] | None:
        """Subject of the cue verb from the dependency parse (its whole subtree, with coordinated subjects:
        "Il ministero X e l'agenzia Y hanno negato" -> both, whether the parser makes the second a conj of
        the first or a second nsubj of the verb)."""
        T = self.T
        if not T.has_dep:
            return None
        verbs = [x for x in range(k, j) if T[x].pos in ("VERB", "AUX")] or list(range(k, j))
        sa, sb = T.sent_bounds(k)
        for v in verbs:
            subs = [c for c in range(sa, sb) if T[c].head == v and T[c].dep.startswith("nsubj") and c != v
                    and not T.match_any(c, self.relatives)
                    # not after the verb's own object ("ha chiesto [un cessate] il fuoco": a misparse)
                    and not (c > v and any(T[y].head == v and T[y].dep in ("obj", "dobj") for y in range(v + 1, c)))]
            if not subs:
                continue
            spans = sorted(self._subtree(c, v, sa, sb) for c in subs)
            lo, hi = spans[0]
            for s0, s1 in spans[1:]:
                gap = T.toks[hi + 1:s0]
                if all(t.low in self.coordinators or t.text == "," for t in gap):
                    hi = max(hi, s1)
            while hi > lo and T[hi].is_punct:
                hi -= 1
            if hi >= k:  # a subject after the verb ("ha detto il ministro") keeps to the right of it
                if lo < k:
                    hi = k - 1
                    while hi > lo and (T[hi].is_punct or T[hi].low in self.aux_left):
                        hi -= 1
            return lo, hi + 1
        return None

    def _subtree(self, c: int, v: int, sa: int, sb: int) -> tuple[int, int]:
        T = self.T
        lo = hi = c
        changed = True
        while changed:
            changed = False
            for d in range(max(sa, lo - 15), min(sb, hi + 16)):
                if d != v and T[d].head >= 0 and lo <= T[d].head <= hi and (d < lo or d > hi):
                    lo, hi = min(lo, d), max(hi, d)
                    changed = True
        return lo, hi

    def find_channel(self, a: int, b: int, exclude: tuple[int, int] | None = None,
                     multiword: bool = False) -> tuple[str, tuple[int, int]] | None:
        """A channel frame ("a NBC News", "told reporters", "in un'intervista alla CNN") in tokens [a, b)."""
        T = self.T
        toks = T.toks
        starts = self.channel_starts  # (a token where none can start is passed over at once)
        k = a
        while k < b:
            if exclude and exclude[0] <= k < exclude[1]:
                k = exclude[1]
                continue
            if k < len(toks) and not any(can(toks[k].low) for can in starts):
                k += 1
                continue
            m = T.match_any(k, self.channel_frames)
            if m and multiword and m[1] - k < 2:
                m = None
            if m:
                frame, j = m
                bare = len(T.toks[k:j]) <= 1
                if frame in self.audience_frames and j < b:
                    # "davanti all'assemblea di Confindustria", "rivolgendosi ai militanti": the audience; a medium
                    # is read below, a place or a venue is none ("davanti a Palazzo Chigi")
                    h = self._np_head(j, b)
                    if h is not None and not self._names_medium(h, b):
                        aud = self._addressee_np(j, b)
                        if aud is not None:
                            self._channel_end = aud[1]
                            return self.text[T[aud[0]].start:T[aud[1] - 1].end], (k, aud[1])
                        k = j  # (its bare preposition names no channel either)
                        continue
                if frame in self.title_frames and j < b and T[j].is_cap and self._programme_at(j, b) is None:
                    # a programme title in sentence case up to the comma ("ospite di Che tempo che fa, ha
                    # detto"): such titles capitalise only their first word
                    e = j
                    while e < b and not T[e].is_punct and e - j < 6:
                        e += 1
                    if e < len(T) and T[e].text == ",":
                        self._channel_end = e
                        return self.text[T[j].start:T[e - 1].end], (k, e)
                name = self._channel_np(j, b, need_name=bare)
                if name and bare and self._is_place(j, self._channel_end):
                    name = None  # "ha detto a Kiev": a venue, not a channel
                if name:
                    return name, (k, self._channel_end)
                if frame in self.participle_frames and j < b:
                    np_ = self.right_np(j, b)
                    if np_:
                        self._channel_end = np_[1]
                        return self.text[T[np_[0]].start:T[np_[1] - 1].end], (k, np_[1])
                if not bare and j <= b:
                    # a medium without a name: "in una nota", "in a statement"
                    last = T[j - 1].low
                    plat = self._platform_after(j - 1, j, b) if last in self.channel_noun_set else None
                    if plat:
                        return plat[0], (k, plat[1])  # "in un video pubblicato sui social"
                    loose = self._loose_channel(k, b) if last in self.channel_noun_set else None
                    if loose and loose[1][1] > j:
                        return loose  # "in un'intervista radiofonica a Radio24": the outlet after modifiers
                    # (a title frame names nothing without its title: "Dagli studi di settore")
                    if frame not in self.title_frames and (last in {compact(n) for n in self.channel_nouns} or not
                                                           frame.endswith(tuple(compact(p) for p in self.lex.data.get(
                                                               "channel_preps", [])))):
                        return self.text[T[k].start:T[j - 1].end], (k, j)
            loose = self._loose_channel(k, b)
            if loose:
                return loose
            by = self._broadcast_by(k, b)
            if by:
                return by[0], (k, by[1])  # "in una riunione trasmessa dalla tv di Stato"
            k += 1
        return None

    def _loose_channel(self, k: int, b: int) -> tuple[str, tuple[int, int]] | None:
        """A channel noun after a lead preposition and up to three lower-case modifiers ("nel suo consueto
        discorso serale", "in una lunga intervista al Corriere", "durante un punto stampa"): the outlet named
        after it, else the phrase up to the noun. Lead prepositions (one word or more: "nel corso di"):
        ``channel_lead_preps``. A communicative event (``channel_event_nouns``: "question time", "comizio")
        is the channel itself: a name after it is its venue ("durante il question time alla Camera"). A
        platform named right after the noun ("sul suo profilo Instagram") or where the medium was posted
        ("in un video pubblicato sui social") wins."""
        T = self.T
        events = self.channel_events
        lm = T.match_any(k, self.channel_leads)
        if not lm or lm[1] > b:
            return None
        k0 = lm[1]
        for n in range(k0, min(b, k0 + 4)):
            t = T[n]
            m = T.match_any(n, self.channel_nouns)
            if m and m[1] <= b and (not t.is_cap or m[0] in events):  # "durante l'Angelus"
                e = m[1]
                if m[0] not in events:
                    plat = self._platform_after(n, e, b)
                    if plat:
                        return plat[0], (k, plat[1])
                    while e < min(b, m[1] + 2) and T.has_pos and T[e].pos == "ADJ" and not T[e].is_cap:
                        e += 1  # "in un'intervista radiofonica a Radio24"
                    if e < b and T[e].low in self.channel_prep_words:
                        name = self._channel_np(e + 1, b, need_name=True)
                        if name and T[e + 1].is_cap or (name and e + 2 < b and T[e + 2].is_cap):
                            return name, (k, self._channel_end)
                    e = m[1]
                return self.text[T[k].start:T[e - 1].end], (k, e)
            if t.is_punct or t.is_cap or t.pos in ("VERB", "AUX", "PROPN", "ADP") or t.low in self.comps:
                return None
        return None

    def _broadcast_by(self, x: int, b: int) -> tuple[str, int] | None:
        """A broadcast participle and its agent naming a medium at token x ("trasmesso dalla tv Al Masirah",
        "diffuso dall'agenzia Wafa"): (the medium, its end) or None. Forms: ``channel_broadcast_participles``;
        the agent must open with a media or channel noun, so "diffuso dal ministero" names no medium."""
        T = self.T
        forms = self.broadcast_forms
        if not forms or x >= b:
            return None
        m = T.match_any(x, forms)
        if not m:
            return None
        da = m[1]  # "trasmesso all'alba dalla tv di Stato", "pubblicata oggi da Repubblica"
        while da < min(b, m[1] + 4) and T[da].low not in self.passive_agent:
            am = T.match_any(da, self.adv_phrases)
            if am and am[1] <= b:
                da = am[1]
            elif T[da].pos == "ADV" or (not T.has_pos and T[da].low in self.adv_right):
                da += 1
            else:
                break
        if da + 1 >= b or T[da].low not in self.passive_agent:
            return None
        y = da + 1
        if T[y].low in self.determiners and y + 1 < b:
            y += 1
        if T[y].is_cap:
            # a named agent is a medium only when the actors layer knows it as one: "trasmesso da Al-Manar",
            # "pubblicata da Repubblica" (not "diffusa dal Cremlino")
            name = self._channel_np(da + 1, b, need_name=True)
            if not name or not self._is_medium(T[y].start, T[self._channel_end - 1].end):
                return None
            return name, self._channel_end
        if not (T.match_any(y, self.media_nouns) or T.match_any(y, self.channel_nouns)):
            return None
        name = self._channel_np(da + 1, b, need_name=False)
        return (name, self._channel_end) if name else None

    def _actor_sector(self, s0: int, s1: int) -> str | None:
        """The sector of the actor that characters [s0, s1) name for the actors layer ("" when it knows none)."""
        try:
            from ..actors import resolve_span
            ent = resolve_span(self.analysis, s0, s1)
        except Exception:  # the resolver must never break attribution
            return ""
        return "" if ent is None else (ent.sector or None)

    def _known_non_medium(self, s0: int, s1: int) -> bool:
        """Characters [s0, s1) name an actor the actors layer knows and that is no news medium ("Bruxelles")."""
        return self._actor_sector(s0, s1) not in ("", "JRN")

    def _is_medium(self, s0: int, s1: int) -> bool:
        """Characters [s0, s1) name a news medium (the actors layer's JRN sector)."""
        return self._actor_sector(s0, s1) == "JRN"

    def _platform_after(self, n: int, e: int, b: int) -> tuple[str, int] | None:
        """A platform after the channel noun [n, e): named right after it ("profilo Instagram": the name), or
        after a participle and a preposition ("video pubblicato sui social": the whole phrase, which names
        both the document and the platform); (its text, its end) or None."""
        T = self.T
        if e >= b:
            return None
        x = e
        while x < min(b, e + 2) and T.has_pos and T[x].pos == "ADJ" and not T[x].is_cap:
            x += 1  # "un discorso televisivo trasmesso da ..."
        by = self._broadcast_by(x, b)
        if by:
            return by  # an outlet beats the document or event it carried
        x = e
        posted = T[x].pos == "VERB" and not T[x].is_cap
        if posted and x + 2 < b and T[x + 1].low in self.channel_prep_words:
            x += 2
            if T[x].low in self.determiners and x + 1 < b:
                x += 1
        elif T[x].is_cap and not posted:
            n = x
        else:
            return None
        m = T.match_any(x, self.channel_nouns)
        if not m or m[1] > b:
            return None
        return self.text[T[n].start:T[m[1] - 1].end], m[1]

    _channel_end = 0

    def _programme_at(self, j: int, b: int) -> int | None:
        """The end of a TV or radio programme named at token j (``channel_programmes``: "Otto e mezzo", "Porta
        a Porta"), its first word capitalised; else None."""
        T = self.T
        if not self.programmes or j >= b or not T[j].is_cap:
            return None
        m = T.match_any(j, self.programmes)
        if not m or m[1] > b or (m[1] < len(T) and T[m[1]].is_cap and not T[m[1]].is_punct):
            return None  # "Start" in "Start Up Italia": a longer name
        return m[1]

    def _is_place(self, a: int, b: int) -> bool:
        """Tokens [a, b) (after an optional determiner) are exactly a place mention (GPE / LOC)."""
        T = self.T
        if a >= b:
            return False
        if T[a].low in self.determiners and b - a > 1:
            a += 1
        m = T.match_any(a, self.channel_nouns) or T.match_any(a, self.programmes)
        if m and m[1] >= b:
            return False  # "su Telegram", "a Otto e mezzo" (a tagger may call it a place)
        s0, s1 = T[a].start, T[b - 1].end
        return any(m.label in ("GPE", "LOC") and m.start <= s0 and s1 <= m.end
                   for m in getattr(self.analysis, "mentions", []) or []) and not self._is_medium(s0, s1)

    def _np_head(self, j: int, b: int) -> int | None:
        """The first word of the noun phrase at token j past a possessive or an article ("ai [suoi] collaboratori",
        "all'[assemblea]"), or None."""
        T = self.T
        h = j
        if h < b and not T[h].is_cap and (T[h].low in self.possessives or T[h].low in self.determiners):
            h += 1
        return h if h < b and not T[h].is_punct else None

    def _names_medium(self, h: int, b: int) -> bool:
        """The noun phrase headed at token h names a medium or a channel ("la tv di Stato", "Radio 24", "i
        giornalisti", "Otto e mezzo"), which ``_channel_np`` reads."""
        T = self.T
        if T.match_any(h, self.channel_nouns) or T.match_any(h, self.media_nouns) or self._programme_at(h, b):
            return True
        if not T[h].is_cap:
            return False
        e = h + 1
        while e < b and T[e].is_cap:
            e += 1
        return self._is_medium(T[h].start, T[e - 1].end)

    def _addressee_head(self, h: int, e: int) -> bool:
        """Tokens [h, e) head a noun phrase that names people or a body one speaks to: a noun of the audience,
        source or title lists ("analisti", "collaboratori", "commissione", "governo"), or an actor the actors layer
        found there ("i vertici del partito"); never a venue ("Palazzo Chigi", ``venue_nouns``) nor a place."""
        T = self.T
        t = T[h]
        if t.low in self.venue_nouns or self._is_place(h, e):
            return False
        if t.is_cap:
            return self._known_non_medium(t.start, T[e - 1].end)
        if t.low in self.person_heads or T.match_any(h, self.audience_phrases):
            return True
        return any(m.actor is not None and m.label not in ("GPE", "LOC", "FAC") and m.start <= t.start < m.end
                   for m in getattr(self.analysis, "mentions", []) or [])

    def _addressee_np(self, j: int, b: int) -> tuple[int, int] | None:
        """The noun phrase at token j that names whom one speaks to or before: (its first token, its end), a
        possessive kept and an article dropped ("[suoi collaboratori]", "[assemblea di Confindustria]",
        "[Parlamento europeo]", "[ministri degli Esteri]", "[commissione Affari sociali]"); its head a noun (no
        time, manner or infinitive: "a marzo", "a lungo", "a fare"), its adjectives, the names and one or two
        "di" complements that make it one body. None when the head names no audience (``_addressee_head``)."""
        T = self.T
        h = self._np_head(j, b)
        if h is None:
            return None
        s = j if T[j].low in self.possessives and h > j else h
        t = T[h]
        if T.has_pos and t.pos not in ("NOUN", "PROPN"):
            return None
        e = h + 1
        if t.is_cap:
            while e < b and (T[e].is_cap or (T[e].low in self.connectors and e + 1 < b and T[e + 1].is_cap)):
                e += 1
        if not self._addressee_head(h, e):
            return None

        def cap_run(x: int) -> int:
            while x < b and (T[x].is_cap and not T[x].is_punct or (
                    T[x].low in self.connectors and x + 1 < b and T[x + 1].is_cap)):
                x += 1
            return x

        for _ in range(3):  # adjectives and names after the head: "parti [sociali]", "commissione [Affari sociali]"
            x = e
            while x < b and T[x].pos == "ADJ" and not T[x].is_cap:
                x += 1
            x = cap_run(x)
            if x == e:
                break
            e = x
        for _ in range(2):  # "di" complements: "assemblea [di Confindustria]", "rappresentanti [dei lavoratori]"
            if not (e + 1 < b and T[e].low in self.complement_words):
                break
            y = e + 1
            if T[y].low in self.determiners and not T[y].is_cap and y + 1 < b:
                y += 1
            if T[y].is_cap:
                e = cap_run(y)
            elif T[y].pos == "NOUN":
                e = y + 1
            else:
                break
            while e < b and T[e].pos == "ADJ" and not T[e].is_cap:
                e += 1
        return s, e

    def _dative_addressee(self, j: int, sb: int, needs_clause: bool = True) -> tuple[str, tuple[int, int], int] | None:
        """A dative addressee right after the cue ("ha assicurato [alle parti sociali] che", "ha spiegato [agli
        analisti] che", "ha detto [ai ministri degli Esteri] riuniti a Bruxelles che"): (its text, its token span
        from the preposition, the token where the clause opens), or None. The head is a lower-case noun that
        names people or a body (``_addressee_np``); a medium or a channel noun is left to ``find_channel``, a
        capitalised name to ``_channel_np``. The clause must follow: the complementiser, a colon or a quotation
        mark, past a participle on the addressee ("riuniti a Bruxelles") and adverbs."""
        T = self.T
        if j + 1 >= sb or T[j].low not in self.addressee_preps:
            return None
        h = self._np_head(j + 1, sb)
        if h is None or T[h].is_cap or self._names_medium(h, sb):
            return None
        np_ = self._addressee_np(j + 1, sb)
        if np_ is None:
            return None
        e = np_[1]
        y = e
        if y < sb and T[y].pos == "VERB" and not T[y].is_cap and np_[0] <= T[y].head < e:
            # a participle on the addressee and its complement: "riuniti a Bruxelles"
            y += 1
            while y < min(sb, e + 7) and not T[y].is_punct and T[y].low not in self.comps and \
                    T[y].pos in ("ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM"):
                y += 1
        y = self.skip_right_adverbs(y, sb)
        if needs_clause and not (y < sb and ((T[y].low in self.comps and (
                T[y].low not in self.infinitive_markers or (y + 1 < sb and T[y + 1].pos in ("VERB", "AUX"))))
                or T[y].text == ":" or T[y].text in _QUOTE_CHARS)):
            return None
        return self.text[T[np_[0]].start:T[e - 1].end], (j, e), y

    def _channel_np(self, j: int, b: int, need_name: bool) -> str | None:
        T = self.T
        if j >= b:
            return None
        k = j
        if T[k].low in self.determiners and k + 1 < b and not (T[k].is_cap and T[k + 1].is_cap):
            k += 1  # but "Le Monde", "The Guardian" keep their article
        prog = self._programme_at(j, b)
        if prog:  # "a Otto e mezzo", "a Porta a Porta": a title that capitals alone do not delimit
            self._channel_end = prog
            return self.text[T[j].start:T[prog - 1].end]
        m = T.match_any(k, self.channel_nouns)
        mm = T.match_any(k, self.media_nouns)
        if mm and (not m or mm[1] > m[1]) and not T[k].is_cap:
            m = mm  # "la tv di Stato Rossiya 1": the whole medium phrase, then the name
        if m and m[0] in self.platforms and m[1] <= b:
            # a platform is the channel on its own: "ha scritto su Instagram [Raffaele Fitto]" names the writer
            self._channel_end = m[1]
            return self.text[T[k].start:T[m[1] - 1].end]
        if m and not T[k].is_cap:
            # a named outlet right after the medium wins: "alla tv di Stato Trt"
            for n in range(m[1], min(b, m[1] + 3)):
                if T[n].low in self.connectors:
                    continue
                if T[n].is_punct or (T[n].low in self.stop_right and not (
                        T[n].is_cap and T[n].low in self.determiners and n + 1 < b and T[n + 1].is_cap)):
                    break  # but "la tv Al Jadeed": an Arabic article opens the name
                if T[n].is_cap:
                    name = self._channel_np(n, b, need_name=True)
                    if name:
                        return name
                if T[n].pos != "ADJ" and not (T[n].pos == "PROPN" and not T[n].is_cap):
                    # (a lower-case "proper noun" is a mis-tagged adjective: "alla tv saudita Al Arabiya")
                    break  # "su Telegram la Moldavia": the object, not the outlet's name
            self._channel_end = m[1]
            return self.text[T[k].start:T[m[1] - 1].end]
        if T[k].low in self.audience_nouns and not T[k].is_cap:
            # an audience addressed ("ha detto ai parlamentari europei"): the noun and its adjectives
            e = k + 1
            while e < b and T[e].pos == "ADJ" and not T[e].is_cap and not (e + 1 < b and T[e + 1].pos == "NOUN"):
                e += 1  # (an adjective before a noun opens the next phrase: "agli alleati [nuovi sistemi]")
            # and the name that makes it one body: "alla commissione Esteri del Senato"
            while e < b and (T[e].is_cap or ((T[e].low in self.connectors or T[e].low in self.coordinators)
                                             and e + 1 < b and T[e + 1].is_cap)):
                e += 1
            self._channel_end = e
            return self.text[T[k].start:T[e - 1].end]
        while k < b - 1 and T[k].low in self.media_words and not T[k].is_cap:
            k += 1  # "all'agenzia Reuters", "al quotidiano Le Monde"
        if not T[k].is_cap or ((T[k].low in self.adv_right or T[k].low in self.stop_right) and not (
                T[k].low in self.determiners and k + 1 < b and T[k + 1].is_cap)):
            return None  # "on Tuesday", "il lunedì": a time, not a medium; but "Al Jazeera" is a name
        e = k
        while e < b and (T[e].is_cap or T[e].text in ("&", "-") or (
                T[e].low in self.connectors and e + 1 < b and T[e + 1].is_cap) or (
                e > k and _FREQUENCY.fullmatch(T[e].text))):  # "Rai News 24", "Rossiya 1", "Rtl 102.5"
            e += 1
        if e == k:
            return None
        self._channel_end = e
        return self.text[T[k].start:T[e - 1].end]

    def relative_clause(self, j: int, sent_end: int) -> tuple[int, int] | None:
        """A relative clause starting at token j ("che hanno parlato a X a condizione di ...", "who spoke to
        X on condition of anonymity"): (j, index of the comma or end that closes it), or None."""
        T = self.T
        m = T.match_any(j, self.relatives) if j < sent_end else None
        if not m:
            return None
        if T.has_dep:
            # the clause's verb is the relative pronoun's head; the clause is that verb's subtree
            v = T[j].head
            if v > j:
                hi = v
                for d in range(v, sent_end):
                    h = T[d].head
                    seen = 0
                    while h >= 0 and h != v and seen < 50 and j <= h < sent_end:
                        h = T[h].head if T[h].head != h else -1
                        seen += 1
                    if h == v:
                        hi = d
                if hi + 1 < sent_end and T[hi + 1].text == ",":
                    return j, hi + 1
        for x in range(m[1], sent_end):
            if T[x].text in (",", ";", ":") or T[x].text in _SENT_END:
                return (j, x) if T[x].text == "," else None
        return None

    def _past_place(self, j: int) -> int:
        """The token after a place phrase at j ("a Roma", "in Egitto"), else j."""
        T = self.T
        if j + 1 >= len(T) or T[j].pos != "ADP" or not T[j + 1].is_cap:
            return j
        e = j + 1
        while e < len(T) and T[e].is_cap:
            e += 1
        return e if self._is_place(j + 1, e) else j

    def _reporting_verb(self, h: int, sa: int) -> tuple[int, int]:
        """Token h, or the cue verb whose complement clause h heads (climbing the parse within the sentence):
        as a (start, end) token range for ``parse_subject``."""
        T = self.T
        x, steps = h, 0
        while steps < 8 and T[x].dep in ("ccomp", "conj", "xcomp") and sa <= T[x].head < x:
            x, steps = T[x].head, steps + 1
            if self.cue_at(x) is not None:
                return x, x + 1
        return h, h + 1

    def _gerund_aside(self, j: int, sent_end: int) -> bool:
        """Token j is a comma before a gerund ("ha negato, definendo ...")."""
        T = self.T
        return j + 1 < sent_end and T[j].text == "," and T[j + 1].low.endswith(self.gerund_suffixes) and \
            not T[j + 1].is_cap

    def content_right(self, j: int, sent_end: int, min_len: int = 2) -> tuple[int, int] | None:
        T = self.T
        e = sent_end
        for x in range(j, sent_end):
            if T[x].text == ";" or (T[x].text in _SENT_END and x > j):
                e = x
                break
            if (T[x].text == "," or T[x].low in self.coordinators) and x + 1 < sent_end and x > j + 1 and (self.cue_at(x + 1) or (
                    x + 2 < sent_end and T[x + 1].low in self.auxiliaries and self.cue_at(x + 2))):
                e = x
                break
        while e > j and (T[e - 1].is_punct and T[e - 1].text not in _QUOTE_CHARS):
            e -= 1
        if e - j < min_len:
            return None
        return j, e

    # ------------------------------------------------------------------ direct quotes
    def direct(self) -> list[Found]:
        T = self.T
        spans = find_mark_spans(self.text, self.lex.quote_pairs, self.lex.data.get("paragraph_continuation", True),
                                tuple(self.lex.data.get("dialogue_dashes", [])),
                                self.lex.data.get("doubled_quote_marks"))
        found: list[Found] = []
        min_words = int(self.lex.data.get("min_quote_words", 4))
        skip_next = set()
        for n, ms in enumerate(spans):
            if n in skip_next:
                continue
            a, b = T.at_char(ms.inner_start), T.at_char(ms.inner_end)
            if b <= a:
                continue
            nwords = sum(1 for t in T.toks[a:b] if not t.is_punct)
            f = Found(ms.inner_start, ms.inner_end, True)
            after = T.at_char(ms.close)
            if nwords < min_words and 0 < after < len(T) and T[after].text not in _QUOTE_CHARS and \
                    not T[after].is_punct and T[after].sent == T[after - 1].sent and \
                    T.para(after) == T.para(after - 1) and self.cue_at(after) is None:
                # a short quoted fragment inside a running clause ("ha definito «inaccettabile» la riforma"):
                # part of an indirect report, left to the cue that governs the clause
                continue
            before = T.at_char(ms.open)  # index of the opening-mark token
            if nwords < min_words and 0 < after < len(T) and T[after].text == "," and 0 < before < len(T) and \
                    not T[before - 1].is_punct and T[before - 1].sent == T[before].sent and \
                    T.para(before - 1) == T.para(before) and \
                    any(self.cue_at(x) for x in range(T.sent_bounds(before)[0], before - 1)):
                # a short fragment closing a clause that a cue before it governs ("ha accusato X di spingere
                # verso «l'indipendenza», ha riferito l'agenzia Y"): that report is found by the indirect
                # path, and the cue after the fragment relays the whole clause
                continue
            ok = self._cue_after(f, after, ms) or self._cue_inside(f, a, b, ms) or self._cue_before(f, before)
            if ok and f.extra.get("resume") is not None:
                # "A," he said, "B." -> one quote
                for m in range(n + 1, min(n + 3, len(spans))):
                    if spans[m].open >= f.extra["resume"] and spans[m].open - f.extra["resume"] <= 3:
                        f.end = spans[m].inner_end
                        skip_next.add(m)
                        break
            if not ok:
                if nwords < min_words:
                    continue
                f.inherit = True
            self.direct_marks.add(before)
            self.found.append(f)
            for x in range(T.at_char(ms.open), T.at_char(f.end + 1) if f.end < len(self.text) else len(T)):
                if x < len(self.used):
                    self.used[x] = True
            found.append(f)
        return found

    def _cue_inside(self, f: Found, a: int, b: int, ms: MarkSpan) -> bool:
        """A cue set off by dashes inside the quotation ("«La Russia — ha detto ai giornalisti il ministro —
        deve ritirarsi»"): read like a cue after a quotation; the quotation keeps both of its parts."""
        T = self.T
        for x in range(a + 1, b - 2):
            if T[x].text not in _INNER_DASHES:
                continue
            close = next((y for y in range(x + 2, b) if T[y].text in _INNER_DASHES), None)
            if close is None or not any(self.cue_at(y) for y in range(x + 1, min(x + 4, close))):
                continue  # an aside that is no cue ("— che prevede tre fasi —")
            end = f.end
            if self._cue_after(f, x, ms):
                f.end = end
                f.extra.pop("resume", None)
                return True
            return False
        return False

    def _cue_after(self, f: Found, j: int, ms: MarkSpan) -> bool:
        """Cue right after the closing mark: ', ha detto X', '" he said', '», ha spiegato il ministro'."""
        T = self.T
        if j >= len(T) or T.para(j) != T.para(max(0, j - 1)):
            return False
        k = j
        if k < len(T) and T[k].text in (",", "\u2014", "\u2013", "-", ":"):
            k += 1
        elif k < len(T) and T[k].text in _SENT_END:
            return False
        limit = min(len(T), k + 14)
        for x in range(k, limit):
            t = T[x]
            if t.text in _SENT_END or t.text in _QUOTE_CHARS or t.text in (";", ":"):
                break
            c = self.cue_at(x)
            if c is None:
                continue
            cue, ce = c
            cs = self.extend_cue_left(x)
            sent_end = T.sent_bounds(x)[1]
            rest_end = min(sent_end, len(T))
            passive = self.passive_source(cs, ce, rest_end)
            if passive is not None:
                cs = passive[0]
            left = self.left_np(cs, k) if cs > k else None
            if cs > k and left is None:
                return False
            src = left
            if src is None and passive is not None:
                src = passive[1]
            imp_ch = None
            if cue.impersonal:
                # "«...», si legge nel comunicato del ministero": the author, else the previous speaker
                src, imp_ch = self.impersonal_source(ce, rest_end)
                self._fill(f, cue, cs, ce, src)
                if imp_ch:
                    f.channel = imp_ch[0]
                endx = max(ce, imp_ch[1][1] if imp_ch else ce, src[1] if src else ce)
                for y in range(cs, endx):
                    self.used[y] = True
                return True
            if src is None:
                j0 = self.skip_right_adverbs(ce, rest_end)
                src = self.right_np(j0, rest_end)
                if src is None and (p0 := self._past_place(j0)) > j0:
                    src = self.right_np(p0, rest_end)  # "ha detto a Kiev il presidente"
                if src is None:
                    # "ha dichiarato alla Bbc un consigliere del presidente"
                    ch0 = self.find_channel(j0, min(rest_end, j0 + 8))
                    if not (ch0 and ch0[1][0] == j0):
                        dat = self._dative_addressee(j0, rest_end, needs_clause=False)
                        ch0 = dat[:2] if dat else ch0  # "ha spiegato agli analisti l'amministratore delegato"
                    if ch0 and ch0[1][0] == j0:
                        s0 = self.skip_right_adverbs(ch0[1][1], rest_end)
                        if s0 < rest_end and T[s0].low not in self.connectors | self.lex.words("complement_preps"):
                            src = self.right_np(s0, rest_end)  # not "nella conferenza stampa [del mattino]"
            self._fill(f, cue, cs, ce, src)
            # (the window grows by a source after the cue, which the search skips)
            span = 12 + (src[1] - src[0] if src and src[0] >= ce else 0)
            ch = self.find_channel(ce, min(rest_end, ce + span), exclude=src)
            dat = self._dative_addressee(self.skip_right_adverbs(ce, rest_end), rest_end, needs_clause=False) \
                if not ch or ch[1][0] > ce else None
            if dat and (src is None or dat[1][1] <= src[0] or dat[1][0] >= src[1]):
                ch = dat[:2]  # a dative addressee ("ha detto ai suoi collaboratori la premier")
            if ch:
                f.channel = ch[0]
            # resume of an interrupted quote: next token after the source/cue clause is ',' then an open mark
            endx = max(ce, src[1] if src else ce, ch[1][1] if ch else ce)
            if endx < len(T) and T[endx].text == ",":
                f.extra["resume"] = T[endx].end + 1 if endx + 1 < len(T) else None
                if endx + 1 < len(T):
                    f.extra["resume"] = T[endx + 1].start
            for y in range(cs, endx):
                self.used[y] = True
            return True
        return False

    def _cue_before(self, f: Found, o: int) -> bool:
        """Cue before the opening mark: 'X ha detto: «', 'he said, "', 'Zelensky: «' (colon lead-in)."""
        T = self.T
        if o <= 0 or T.para(o - 1) != T.para(o):
            return False
        sa = T.sent_bounds(o - 1)[0] if T[o - 1].sent == T[o].sent else T.sent_bounds(o - 1)[0]
        k = o - 1
        lead = None
        if T[k].text in (":", ",", "\u2014", "\u2013", "-"):
            lead = T[k].text
            k -= 1
        # look back for a cue within a few tokens (allowing a channel or "that" in between)
        for x in range(k, max(sa - 1, k - 10), -1):
            if x < 0:
                break
            if T[x].text in _SENT_END or T[x].text in _QUOTE_CHARS:
                break
            # the cue may start a few tokens back (multiword)
            c = self.cue_at(x)
            if c is None:
                continue
            cue, ce = c
            if ce > k + 1:
                continue
            between = T.toks[ce:k + 1]
            if between and not all(t.low in self.comps or t.low in self.adv_right or t.is_punct for t in between):
                chn = self.find_channel(ce, k + 1)
                if not chn or chn[1][1] < k + 1:
                    chn = self._dative_addressee(ce, k + 1, needs_clause=False)  # "ha spiegato agli analisti:"
                    if not chn or chn[1][1] < k + 1:
                        break
            cs = self.extend_cue_left(x)
            src = self.parse_subject(x, ce) or self.subject_left(cs, sa)
            src = self.trim_source(self.past_relative(src, sa))
            if src is None:
                src = self.right_np(self.skip_right_adverbs(ce, k + 1), k + 1)
            self._fill(f, cue, cs, ce, src)
            ch = self.find_channel(ce, k + 1)
            if ch is None and ce < k + 1:
                dat = self._dative_addressee(ce, k + 1, needs_clause=False)
                ch = dat[:2] if dat and dat[1][1] >= k else None
            if ch is None and cs > sa:
                # a fronted frame: "In un comunicato, Amnesty ha denunciato «...»"
                ch = self.find_channel(sa, cs, exclude=src, multiword=True)
            if ch:
                f.channel = ch[0]
            self._mark_used(cs, k + 2)
            if src:
                self._mark_used(*src)
            return True
        if lead in (":", "\u2014", "\u2013", "-") and T[k + 1].sent == T[o].sent:
            # headline / lead-in style: "Zelensky: «...»" (a dateline's dash, a sentence of its own, is none)
            np_ = self.left_np(k + 1, sa)
            dashes = tuple(self.lex.data.get("dialogue_dashes", []))
            if np_ and np_[0] > sa and T[np_[0] - 1].text in dashes + ("-",):
                pass  # after a dateline or time stamp: "Ore 9.40 – Araghchi: «...»"
            elif np_ and np_[0] > sa + 1 and np_[0] - sa <= 5 and T[np_[0] - 1].text == "," and T[sa].is_cap and \
                    not any(T[y].is_punct or T[y].pos in ("VERB", "AUX") for y in range(sa, np_[0] - 1)):
                pass  # a headline's topic before the speaker: "Medio Oriente, Tajani: «...»"
            elif np_ and np_[0] != sa:
                np_ = None
            if np_ and (np_[1] - np_[0]) <= 8 and T[np_[0]].is_cap:
                f.cue = T[k + 1].text
                f.cue_span = (T[k + 1].start, T[k + 1].end)
                f.cue_info = Cue(T[k + 1].text, "neutral")
                # the outlet that carried it, after the speaker: "Zelensky alla Bbc: «...»"
                ch = self.find_channel(np_[0] + 1, np_[1]) if np_[1] - np_[0] > 2 else None
                if ch and ch[1][0] > np_[0] and ch[1][1] == np_[1] and T[ch[1][0]].low in self.addressee_preps and \
                        not self._known_non_medium(T[ch[1][0] + 1].start, T[np_[1] - 1].end):
                    f.channel = ch[0]
                    np_ = (np_[0], ch[1][0])
                f.src = (T[np_[0]].start, T[np_[1] - 1].end)
                for y in range(np_[0], k + 2):
                    self.used[y] = True
                return True
        return False

    def _fill(self, f: Found, cue: Cue, cs: int, ce: int, src: tuple[int, int] | None) -> None:
        T = self.T
        f.cue = self.text[T[cs].start:T[ce - 1].end]
        f.cue_span = (T[cs].start, T[ce - 1].end)
        f.cue_info = cue
        if src:
            f.src = (T[src[0]].start, T[src[1] - 1].end)
        else:
            f.inherit = True

    # ------------------------------------------------------------------ indirect quotes
    def indirect(self) -> list[Found]:
        T = self.T
        out: list[Found] = []
        k = 0
        toks, n = T.toks, len(T)
        prep_starts, cue_starts = self.prep_phrases.can_start_at, self.cue_phrases.can_start_at
        opens = self.cue_openers  # (most tokens begin no cue: one set lookup)
        while k < n:
            if self.used[k]:
                k += 1
                continue
            low = toks[k].low
            if low not in opens:
                k += 1
                continue
            nxt = toks[k + 1].low if k + 1 < n else "\0"
            if not (prep_starts(low, nxt) or cue_starts(low, nxt)):
                k += 1  # no cue can start here (most tokens): skip the matchers
                continue
            f = self._prep_cue(k) or (None if self.used[k] else self._verb_cue(k))
            if f is None:
                k += 1
                continue
            out.append(f)
            self.found.append(f)
            k = f.extra.pop("next", k + 1)
        return out

    def _mark_used(self, a: int, b: int) -> None:
        for y in range(max(0, a), min(b, len(self.used))):
            self.used[y] = True

    def _characterisation(self, x: int, sb: int, src: tuple[int, int] | None, cs: int) -> bool:
        """The object at token x of a characterisation cue ("ha parlato di ...") up to the sentence end or a comma
        is a judgement: it holds an evaluative word (``characterisation_words``: "promesse [insufficienti]", "un
        [errore]"), it is a noun with a relative clause ("una riforma [che spacca il Paese]"), or an unnamed
        source speaks ("fonti diplomatiche parlano di un accordo al ribasso"). Never with a blocker in it
        (``characterisation_blockers``: "ha parlato di economia [con] Macron") nor with a coordinated subject
        ("Meloni e Macron hanno parlato di ...": a talk between them)."""
        T = self.T
        e = x
        while e < sb and T[e].text not in (",", ";", ":") and T[e].text not in _SENT_END:
            e += 1
        if e <= x or T[x].low in self.comps:
            return False
        if any(T.match_any(y, self.characterisation_blockers) for y in range(x, e)):
            return False
        if src is not None and any(T[y].low in self.coordinators for y in range(src[0], min(src[1], cs))):
            return False
        if any(T.match_any(y, self.characterisation_words) for y in range(x, e)):
            return True
        if any(T[y].low in self.relatives and T[y - 1].pos in ("NOUN", "ADJ") and y + 1 < e and
               T[y + 1].pos in ("VERB", "AUX", "ADV", "PRON") for y in range(x + 1, e)):
            return True
        return src is not None and any(T[y].low in self.anon_nouns for y in range(src[0], min(src[1], cs)))

    def _previous_sentence(self, sa: int) -> tuple[int, int] | None:
        """The sentence before the one that opens at token sa (in the same paragraph or closing the one before),
        without its final punctuation: (start, end) tokens, or None when there is none of three words or more."""
        T = self.T
        if sa <= 0 or T.para(sa) - T.para(sa - 1) > 1:
            return None
        pa, pb = T.sent_bounds(sa - 1)
        e = pb
        while e > pa and T[e - 1].is_punct and T[e - 1].text not in _QUOTE_CHARS:
            e -= 1
        if sum(1 for t in T.toks[pa:e] if not t.is_punct) < 3:
            return None
        return pa, e

    def _anaphoric_report(self, cue: Cue, key: str, cs: int, ce: int, sa: int, sb: int, x: int,
                          agent: bool = False) -> Found | None:
        """A sentence that opens with a clitic object and a report cue ("Lo riferisce Bloomberg, citando documenti
        ...", "Lo ha reso noto la Farnesina", "Lo si apprende da fonti di governo") reports the sentence before:
        the content is that sentence, the source the noun phrase from token x (the inverted subject, or the agent
        after "da" when ``agent``), past a channel ("Lo ha detto a Radio 24 il ministro"). After a citing gerund
        whose object is a source ("citando fonti di governo") that source speaks and the medium is the channel.
        Cues: ``anaphoric_report_cues`` (lemmas or prepositional forms); None for any other, or with no source
        after the cue ("Lo ha scritto su Twitter": the subject of the sentence before, left alone)."""
        T = self.T
        if key not in self.anaphoric_cues:
            return None
        prev = self._previous_sentence(sa)
        if prev is None:
            return None
        x = self.skip_right_adverbs(x, sb)
        channel = None
        if x < sb and T[x].low in self.passive_agent and not agent:
            return None  # "Lo ha annunciato dal palco ...": a place, not a relay
        src = self.right_np(x, sb)
        if src is None:
            ch0 = self.find_channel(x, min(sb, x + 8))
            if ch0 and ch0[1][0] == x:
                channel = ch0[0]
                src = self.right_np(self.skip_right_adverbs(ch0[1][1], sb), sb)
        if src is None or T[src[0]].low in self.complement_words:
            return None
        src = self.cut_adjunct(src, ce)
        end = src[1]
        y = end + 1 if end < sb and T[end].text == "," else end
        if y + 1 < sb and T[y].low in self.citing:
            cited = self.right_np(y + 1, sb)
            if cited and any(T[z].low in self.anon_nouns for z in range(cited[0], min(cited[1], cited[0] + 2))):
                h = self._np_head(src[0], src[1])
                medium = h is not None and (T.match_any(h, self.media_nouns) or self._is_medium(
                    T[h].start, T[src[1] - 1].end))
                if medium and channel is None:
                    channel = self.text[T[src[0]].start:T[src[1] - 1].end]
                    src = cited
                end = cited[1]
        if channel is None:
            ch = self.find_channel(end, sb)
            if ch:
                channel = ch[0]
        p0, p1 = T[prev[0]].start, T[prev[1] - 1].end
        quoted = [g for g in self.found if g.direct and g.cue is None and p0 <= g.end <= p1 + 2]
        if quoted:
            # "«...». Lo ha scritto il Corriere.": the quotation before gets its source
            g = quoted[-1]
            self._fill(g, cue, cs, ce, src)
            g.inherit = False
            g.channel = g.channel or channel
            self._mark_used(cs - 1, sb)
            return None
        if any(g.cue_span and p0 <= g.cue_span[0] < p1 for g in self.found):
            # "X ha confermato che ... . Lo hanno riferito i media locali.": a report already, which came through
            # the medium; no second report of it
            h = self._np_head(src[0], src[1])
            if h is not None and (T.match_any(h, self.media_nouns) or self._is_medium(T[h].start, T[src[1] - 1].end)):
                for g in self.found:
                    if g.cue_span and p0 <= g.cue_span[0] < p1 and g.channel is None:
                        g.channel = self.text[T[src[0]].start:T[src[1] - 1].end]
            self._mark_used(cs - 1, sb)
            return None
        f = Found(p0, p1, False)
        self._fill(f, cue, cs, ce, src)
        f.channel = channel
        f.extra["anaphoric"] = True
        self._mark_used(cs - 1, sb)
        f.extra["next"] = sb
        return f

    def _prep_cue(self, k: int) -> Found | None:
        T = self.T
        m = T.match_any(k, self.prep_phrases)
        if not m:
            return None
        phrase, j = m
        sa, sb = T.sent_bounds(k)
        if k - 1 == sa and T[sa].low in self.anaphoric:
            # "Lo riferisce Bloomberg", "Lo si apprende da fonti di governo": the sentence before is reported
            c = self.lex.cues.get(phrase)
            key = compact(c.lemma) if c is not None and compact(c.lemma) in self.anaphoric_cues else phrase
            return self._anaphoric_report(self.lex.prep_cues[phrase], key, k, j, sa, sb, j,
                                          agent=T[j - 1].low in self.passive_agent)
        if j < sb and T[j].low in self.relatives and k > sa and not self.lex.prep_cues[phrase].channel_then_source:
            return self._relative_prep_cue(k, j, phrase, sa, sb)
        src = self.right_np(j, sb)
        if src is None:
            return None
        # the source phrase of "according to X" runs to the comma / sentence end
        e = src[1]
        while e < sb and T[e].text not in (",", ";", ":") and T[e].text not in _SENT_END and T[e].text not in _QUOTE_CHARS:
            e += 1
        src = (src[0], e)
        full_end = e
        cue_info = self.lex.prep_cues[phrase]
        rel_channel = None
        for y in range(src[0] + 1, src[1] - 1):
            if self._is_participle_frame(y):
                # "Secondo fonti militari citate dalla Bbc,": the medium is the channel, not part of the source
                np_ = self.right_np(y + 2, src[1])
                if np_:
                    rel_channel = self._channel_np(y + 2, src[1], need_name=False) or \
                        self.text[T[np_[0]].start:T[np_[1] - 1].end]
                    src = (src[0], y)
                break
        if cue_info.channel_then_source or T[j - 1].low in self.passive_agent:
            # "secondo quanto apprende l'Adnkronos da fonti parlamentari": the medium, then the source; so too
            # a relay participle with two agents ("secondo quanto appreso dall'Ansa da due fonti")
            agent = next((y for y in range(src[0] + 1, src[1]) if T[y].low in self.passive_agent), None)
            if agent is not None and agent + 1 < src[1]:
                rel_channel = self._channel_np(src[0], agent, need_name=False) or \
                    self.text[T[src[0]].start:T[agent - 1].end]
                src = (agent + 1, src[1])
        if k == sa or (k > sa and T[k - 1].is_punct and k - sa <= 1):
            # "Secondo X, content." / "Secondo X, che hanno parlato a Y, content." /
            # "Secondo X, citato dalla Cnn, content."
            c0 = full_end + 1 if full_end < sb and T[full_end].text == "," else full_end
            rel = self.relative_clause(c0, sb)
            if rel is None and c0 > full_end and (self._is_participle_frame(c0) or
                                                T.match_any(c0, self.channel_frames_multi)):
                close = next((y for y in range(c0 + 1, sb) if T[y].text in (",", ";", ":")), None)
                if close is not None and T[close].text == ",":
                    rel = (c0, close)
            if rel is None and c0 > full_end and c0 < sb:
                # "Secondo due diplomatici, come riporta Politico, ...": a relay between commas names the medium
                m2 = T.match_any(c0, self.prep_phrases)
                close = next((y for y in range(m2[1], sb) if T[y].text in (",", ";", ":")), None) if m2 else None
                if m2 and close is not None and close > m2[1] and T[close].text == "," and (
                        self.lex.prep_cues[m2[0]].source_is_channel or self._relay_form(m2[0])):
                    rel_channel = self._channel_np(m2[1], close, need_name=False) or \
                        self.text[T[m2[1]].start:T[close - 1].end]
                    c0 = close + 1
            if rel is None and c0 > full_end and c0 < sb and T[c0].low in self.appos_openers:
                # "Secondo l'Osservatorio, una ong con sede a Londra, ...": an apposition (no verb) is skipped
                close = next((y for y in range(c0 + 1, sb) if T[y].text in (",", ";", ":")), None)
                if close is not None and T[close].text == "," and not any(
                        T[y].pos in ("VERB", "AUX") for y in range(c0, close)):
                    c0 = close + 1
            if rel is not None:
                ch = self.find_channel(rel[0], rel[1])
                if ch:
                    rel_channel = ch[0]
                c0 = rel[1] + 1 if rel[1] < sb and T[rel[1]].text == "," else rel[1]
            content = self.content_right(c0, sb)
        else:
            # "content, according to X."
            if self._relay_form(phrase) and k > sa and T[k - 1].low in self.relatives:
                return None  # "l'indice di Milano che riporta una perdita": a relative clause
            e2 = k
            while e2 > sa and T[e2 - 1].is_punct:
                e2 -= 1
            content = (sa, e2) if e2 - sa >= 2 else None
            # "X said ... according to" handled by verb cue; only keep if the left part is a clause
        if content is None:
            return None
        f = Found(T[content[0]].start, T[content[1] - 1].end, False)
        f.cue = self.text[T[k].start:T[j - 1].end]
        f.cue_span = (T[k].start, T[j - 1].end)
        f.cue_info = cue_info
        f.src = (T[src[0]].start, T[src[1] - 1].end)
        f.extra["prep"] = True
        if content[0] > k:
            f.extra["prep_initial"] = True  # "According to X, ...": a reliable frame
        if cue_info.source_is_channel:
            f.extra["source_is_channel"] = True
        if rel_channel:
            f.channel = rel_channel
        self._mark_used(min(k, content[0]), max(full_end, content[1]))
        f.extra["next"] = max(full_end, content[1])
        return f

    def _relative_prep_cue(self, k: int, j: int, phrase: str, sa: int, sb: int) -> Found | None:
        """"... informazioni dell'intelligence secondo cui la Russia prepara ...": the noun phrase before
        the relative cue is the source, the clause after it the content."""
        T = self.T
        src = self.left_np(k, sa)
        content = self.content_right(j + 1, sb)
        if src is None or content is None:
            return None
        if T.has_pos:  # only the noun phrase: "Kiev ha ricevuto [informazioni dell'intelligence] secondo cui"
            a = max([x + 1 for x in range(src[0], src[1]) if T[x].pos in ("VERB", "AUX")], default=src[0])
            if a >= src[1]:
                return None
            src = (a, src[1])
        f = Found(T[content[0]].start, T[content[1] - 1].end, False)
        f.cue = self.text[T[k].start:T[j].end]
        f.cue_span = (T[k].start, T[j].end)
        f.cue_info = self.lex.prep_cues[phrase]
        f.src = (T[src[0]].start, T[src[1] - 1].end)
        f.extra["prep"] = True
        ch = self.find_channel(sa, src[0])  # a fronted frame: "Nella lettera inviata a Bruxelles, X scrive che"
        if ch:
            f.channel = ch[0]
        self._mark_used(k, content[1])
        f.extra["next"] = content[1]
        return f

    def _passive_cue(self, cue: Cue, k: int, cs: int, ce: int, sa: int, sb: int) -> Found | None:
        """A finite passive cue with its agent: "È stato reso noto dal sottosegretario X che ..." (content:
        the clause after the agent) or "Un nuovo decreto è stato annunciato dal governo" (content: the
        passive subject, a noun phrase with no verb that opens the sentence)."""
        T = self.T
        ps = self.passive_source(cs, ce, sb)
        if ps is None:
            return None
        cs2, src = max(ps[0], sa), ps[1]
        neg = self.lex.words("negation_markers")
        if any(T[y].low in neg for y in range(max(sa, cs2 - 1), ce)):
            return None  # "la notizia non è stata confermata da fonti indipendenti": nobody said it
        after = self.skip_right_adverbs(src[1], sb)
        if after < sb and T[after].text == ",":
            after += 1
        content = None
        if after < sb and T[after].low in self.comps:
            content = self.content_right(after, sb)
        elif cs2 - sa >= 2 and not any(T[y].pos in ("VERB", "AUX") or (T[y].is_punct and T[y].text not in "'\u2019")
                                       for y in range(sa, cs2)):
            content = (sa, cs2)
        if content is None or any(self.used[y] for y in range(content[0], content[1])):
            return None
        f = Found(T[content[0]].start, T[content[1] - 1].end, False)
        self._fill(f, cue, cs2, ce, src)
        ch = self.find_channel(src[1], min(sb, src[1] + 10))
        if ch and ch[1][0] == src[1]:
            f.channel = ch[0]
        lo, hi = min(cs2, content[0]), max(ce, content[1], src[1])
        self._mark_used(lo, hi)
        f.extra["next"] = hi
        return f

    def _verb_cue(self, k: int) -> Found | None:
        T = self.T
        c = self.cue_at(k)
        if c is None:
            return None
        cue, ce = c
        sa, sb = T.sent_bounds(k)
        cs = self.extend_cue_left(k)
        cs = max(cs, sa)
        if ce < sb and T[ce].low in self.passive_agent:
            # "confermata da fonti indipendenti": a participle, not a report; with a finite passive
            # auxiliary ("è stato annunciato dal governo") the agent is the source
            return self._passive_cue(cue, k, cs, ce, sa, sb)
        # what follows the cue: adverbs, a channel, then the content
        j = self.skip_right_adverbs(ce, sb)
        paren_channel = None
        if j + 1 < sb and T[j].text == ",":
            # "ha dichiarato, secondo quanto riportato dall'agenzia Tass, che ...": the medium is the channel
            m = T.match_any(j + 1, self.prep_phrases)
            close = next((y for y in range(m[1], sb) if T[y].text == ","), None) if m else None
            if m and close is not None and (self.lex.prep_cues[m[0]].source_is_channel or self._relay_form(m[0])
                                            or any(T.match_any(y, self.media_nouns) for y in range(m[1], close))):
                # "secondo l'agenzia Ria Novosti," between the cue and its clause names a medium too
                if close > m[1]:
                    paren_channel = self._channel_np(m[1], close, need_name=False) or \
                        self.text[T[m[1]].start:T[close - 1].end]
                    j = close + 1
        if paren_channel is None and j + 1 < sb and T[j].text == ",":
            # "ha detto, a margine di un incontro con i giornalisti, che ...": a verbless aside between the cue
            # and its clause; a channel named in it is the report's
            close = next((y for y in range(j + 2, min(sb, j + 14)) if T[y].text == ","), None)
            opens_clause = close is not None and close + 1 < sb and (T[close + 1].low in self.comps or (
                T[close + 1].low in self.infinitive_markers and close + 2 < sb and T[close + 2].pos in ("VERB", "AUX")))
            # no verb in it but a broadcast participle ("in un messaggio alla nazione trasmesso dalla tv Rtve")
            if opens_clause and not any(T[y].text in _QUOTE_CHARS or (T[y].pos in ("VERB", "AUX") and
                                                                    self._broadcast_by(y, close) is None)
                                        for y in range(j + 1, close)):
                outlet = next((got for y in range(j + 1, close) if (got := self._broadcast_by(y, close))), None)
                aside = outlet or self.find_channel(j + 1, close, multiword=True)
                if aside:
                    paren_channel = aside[0]  # the medium that carried it beats the occasion
                j = close + 1
        ch = self.find_channel(j, min(sb, j + 14))
        if ch and any(T[y].low in self.comps or T[y].text in (":",) or T[y].text in _QUOTE_CHARS
                      for y in range(j, ch[1][0])):
            ch = None  # a place in the reported clause ("ha detto che gli aiuti non arrivano a Gaza")
        after = j
        # a dative addressee before the clause ("ha assicurato alle parti sociali che", "ha detto ai ministri degli
        # Esteri riuniti a Bruxelles che"): the channel, with the noun phrase whole
        dat = self._dative_addressee(j, sb) if ch is None or ch[1][0] == j else None
        if dat is not None:
            ch = (dat[0], dat[1])
            after = dat[2]
        elif ch and ch[1][0] == j:
            after = ch[1][1]
            nxt = self.find_channel(after, min(sb, after + 10)) if after < sb else None
            if nxt and nxt[1][0] == after and T[after].low not in self.comps:
                after = nxt[1][1]  # an audience after the occasion: "in audizione [davanti alla commissione X] che"
            # "nel suo discorso serale che", "in un messaggio agli italiani che": modifiers and an addressee
            # between the channel and the clause
            for y in range(after, min(sb, after + 4)):
                if T[y].low in self.comps and (T[y].low not in self.infinitive_markers or (
                        y + 1 < sb and T[y + 1].pos in ("VERB", "AUX", "ADV"))):
                    after = y
                    break
                if T[y].is_punct or T[y].is_cap or T[y].pos in ("VERB", "AUX", "PROPN"):
                    break  # "ha accusato su Telegram la Moldavia di": an object, not a modifier
        elif cue.object_is_channel:
            np_ = self.right_np(j, sb)
            if np_:
                ch = (self.text[T[np_[0]].start:T[np_[1] - 1].end], np_)
                after = np_[1]
        elif cue.addressee and j + 1 < sb and T[j].low in self.addressee_preps:
            # "ha chiesto alla Cina / ai militari / al presidente della Repubblica di ...": the addressee of a
            # request, up to the complementiser that opens its clause
            for y in range(j + 1, min(sb, j + 9)):
                if T[y].low in self.comps and y > j + 1 and (T[y].low not in self.infinitive_markers or (
                        y + 1 < sb and T[y + 1].pos in ("VERB", "AUX"))):  # not "di" in "sistemi di difesa"
                    if not T.has_pos or any(T[z].pos in ("NOUN", "PROPN") or T[z].is_cap for z in range(j + 1, y)):
                        ch = (self.text[T[j].start:T[y - 1].end], (j, y))
                    after = y  # (a pronoun is nobody named: "ha chiesto a tutti di ...")
                    break
                if T[y].is_punct or T[y].pos in ("VERB", "AUX") or T[y].text in _QUOTE_CHARS:
                    break
            if ch is None:
                if not cue.needs_clause and T.has_dep and 0 <= T[j].head < sb:
                    # "ha chiesto al governo nuovi fondi": the addressee's noun phrase, then the object
                    e = _phrase_end(T, T[j].head, sb)
                    if j < e < sb and not T[e].is_punct:
                        ch = (self.text[T[j].start:T[e - 1].end], (j, e))
                        after = e
        after = self.skip_right_adverbs(after, sb)
        if after < sb and T[after].pos == "ADP" and T[after].low not in self.comps:
            # a place or time phrase before the clause: "ha detto a Kiev che", "ha detto in serata che"
            for y in range(after + 1, min(sb, after + 5)):
                if T[y].low in self.comps:
                    after = y
                    break
                if T[y].is_punct or T[y].pos in ("VERB", "AUX") or T[y].text in _QUOTE_CHARS:
                    break
        if after < sb and T[after].text in (",",) and after + 1 < sb and T[after + 1].low in self.comps:
            after += 1
        has_clause = after < sb and (T[after].low in self.comps or T[after].text in (":",) or
                                     T[after].text in _QUOTE_CHARS)
        if cs > sa and T[cs - 1].low in self.anaphoric and cs - 1 == sa:
            # "Lo ha dichiarato X": points back to the previous sentence (a report of it with a relay or
            # announcement cue and its source after the verb: ``_anaphoric_report``)
            return self._anaphoric_report(cue, compact(cue.lemma), cs, ce, sa, sb, ce) if not cue.impersonal else None
        imp_src = None
        trailing_imp = False
        if cue.impersonal:
            # "Nella nota (della Farnesina) si legge che ...": no subject; the document frame gives the
            # channel and, with a complement, the author; without one the previous speaker goes on
            imp_src, imp_ch = self.impersonal_source(sa, cs)
            if imp_ch is None:
                imp_src, imp_ch = self.impersonal_source(ce, min(sb, ce + 10))
                if imp_ch is not None and imp_ch[1][0] == j:
                    after = self.skip_right_adverbs(max(imp_ch[1][1], imp_src[1] if imp_src else 0), sb)
                    has_clause = after < sb and (T[after].low in self.comps or T[after].text in (":",) or
                                                 T[after].text in _QUOTE_CHARS)
            if imp_ch is not None:
                ch = imp_ch
            if not has_clause:
                # "X si è dimesso, si legge in una nota del Quirinale.": the clause before the comma is the
                # content when the document frame closes the sentence
                end = max(imp_ch[1][1], imp_src[1] if imp_src else 0) if imp_ch is not None else 0
                if not (imp_ch is not None and imp_ch[1][0] >= ce and cs > sa + 2 and T[cs - 1].text == ","
                        and (end >= sb or T[end].text in _SENT_END)):
                    return None
                trailing_imp = True
                after = end
        src = imp_src if cue.impersonal else self.cut_adjunct(self.parse_subject(k, ce), ce)
        if not cue.impersonal and src is not None and src[1] == cs - 1 and T[cs - 1].low in self.coordinators and any(
                T[x].pos in ("VERB", "AUX") for x in range(sa, src[0])):
            # "X ha definito «infondate» le ricostruzioni e ha detto": the object of the first verb is no
            # subject of the second; the subject of the first verb is
            src = self.subject_left(cs, sa) or src
        if cs > sa + 1 and T[cs - 1].low in self.relatives and T[cs - 2].text == "," and (
                src is None or src[1] <= cs - 2):
            # "... del Ruanda, che ha negato": the subject relative's antecedent is the source
            src = self.left_np(cs - 2, sa) or src
        relay = self._relay_parenthetical(cs, sa) if not cue.impersonal else None
        if relay is not None:
            # "Teheran, riferisce l'agenzia Irna, ha accusato ...": the medium is the channel, the phrase
            # before it the subject
            src = relay[0]
            if not paren_channel:
                paren_channel = relay[1]
        loc = self._relative_locative(cs, sa) if src is None and not cue.impersonal else None
        if loc is not None:
            # "Hamas ha diffuso un comunicato in cui afferma che": the document is the channel, the subject of
            # the verb that governs it the source
            src, ch = loc
        gerund_aside = T.has_dep and T[k].dep == "advcl" and 0 <= T[k].head < k and cs > sa and \
            T[cs - 1].text == "," and T[k].low.endswith(self.gerund_suffixes)
        if src is None and gerund_aside:
            # "X ha protestato, sostenendo che ...": an adverbial (gerund) cue takes its main verb's subject; when
            # the parse hangs it on the clause another cue reports ("The minister said [the talks had failed],
            # adding ..."), the subject of that cue
            src = self.parse_subject(*self._reporting_verb(T[k].head, sa))
        if src is None and not cue.impersonal:
            src = self.subject_left(cs, sa)
        if src is not None and src[0] < cs:
            src = self.trim_source(self.past_relative(src, sa))
        inverted = trailing_imp
        content = None
        bare_aside = False
        if src is not None and not cue.impersonal and not has_clause and src[0] >= ce and src[0] >= after and \
                all(T[y].low in self.adv_right and T[y].pos not in ("ADP", "DET") for y in range(after, src[0])) and \
                src[1] < sb and T[src[1]].low in self.comps and T[src[1]].low not in self.infinitive_markers and \
                not (cs > sa and T[cs - 1].text == ","):
            # "Ha detto il ministro che ...": the clause after an inverted subject is the content (the parse may
            # take its "che" for a relative pronoun)
            after = src[1]
            has_clause = True
        if src is not None and not cue.impersonal and not has_clause and src[1] < cs and cs - 2 > sa and \
                T[cs - 1].text == "," and (cs - 1) in self.content_ends and src[0] >= self.content_ends[cs - 1]:
            # "X ha accusato Y di «...», ha riferito l'agenzia Z": the clause before the comma is a report
            # already found, so the cue after it is a trailing relay with its subject after the verb
            src = None
        elif src is not None and not cue.impersonal and not has_clause and src[0] >= ce and cs > sa + 2 and \
                T[cs - 1].text == "," and (src[1] >= sb or T[src[1]].text in _SENT_END or self._gerund_at(src[1])
                                           or self._relative_at(src[1]) or (
                    self._adjunct_at(src[1]) and not any(T[y].low in self.comps for y in range(src[1], sb)))):
            # "content, precisa la nota.": a parsed subject after the cue closes the sentence (or an adjunct
            # does: "..., ha detto il ministro in mattinata.")
            inverted = True
        if src is None and not cue.impersonal and not (self._gerund_at(k) and cs > sa and T[cs - 1].text == ","):
            # inversion: ", said the minister." / "ha detto il ministro che ..." (past a place: "ha dichiarato a
            # Roma il cancelliere"); never after a gerund aside, whose noun phrase is its object (", respingendo
            # le accuse della Lega")
            r = self.right_np(self._past_place(after) if not has_clause else j, sb)
            if r and T[r[0]].low in self.connectors | self.lex.words("complement_preps"):
                r = None  # "nella conferenza stampa [del mattino]": a complement, not an inverted subject
            if r and not has_clause and (r[1] >= sb - 1 or T[r[1]].text in _SENT_END or T[r[1]].text == ","
                                         or T[r[1]].low in self.comps or T[r[1]].low in self.stop_right
                                         or self._adjunct_at(r[1]) or self._gerund_at(r[1])):
                # only a real NP (not the start of the content)
                if r[1] < sb and T[r[1]].low in self.comps and not (
                        self._relative_at(r[1]) and cs > sa and T[cs - 1].text == ","):
                    # (not a relative clause of the subject: "..., hanno detto tre deputati che hanno chiesto")
                    src = r
                    after = r[1]
                    has_clause = True
                    inverted = True
                elif cs > sa and T[cs - 1].text == "," and not T.match_any(sa, self.channel_frames_multi):
                    src = r
                    inverted = True
        if cue.needs_clause and not has_clause and after < sb and not T[after].is_punct:
            # an object whose words are quoted ("hanno minacciato attacchi contro «tutte le basi»"): the
            # quotation marks it as reported speech; a short object, nothing but words before the mark
            for y in range(after + 1, min(sb, after + 5)):
                if T[y].text in _QUOTE_CHARS:
                    has_clause = True
                    break
                if T[y].is_punct or T[y].pos in ("VERB", "AUX") or T[y].low in self.comps:
                    break
        if cue.characterisation and not has_clause:
            # "ha parlato di promesse insufficienti": a noun-phrase object only as a judgement, never a topic
            # ("hanno parlato di economia", "ha parlato di X con Y")
            if not self._characterisation(after, sb, src, cs):
                return None
            has_clause = True
        if cue.needs_clause and not has_clause and not (cs > sa and T[cs - 1].text == ","):
            return None
        if inverted and not has_clause:
            # "content, said X."
            e2 = cs - 1
            while e2 > sa and T[e2 - 1].is_punct and T[e2 - 1].text not in _QUOTE_CHARS:
                e2 -= 1
            content = (sa, e2) if e2 - sa >= 2 else None
        else:
            if after < sb and T[after].text == ":":
                after += 1
            if cue.stance == "denial" and self._gerund_aside(after, sb):
                # "Il Cremlino ha negato, definendo la notizia «propaganda».": a bare denial; a channel in the
                # gerund's clause is the denial's ("ha smentito, parlando ai cronisti")
                content = None
                bare_aside = True
                g = self.cue_at(after + 1)
                if g is None or not any(T[y].low in self.comps or T[y].text == ":" or T[y].text in _QUOTE_CHARS
                                        for y in range(g[1], sb)):
                    ch = ch or self.find_channel(after + 1, sb)
                elif ch and ch[1][0] > after:
                    ch = None  # a gerund cue with a clause keeps its channel: "ha smentito, spiegando ai giornalisti che"
            else:
                content = self.content_right(after, sb, 1 if cue.stance == "denial" else 2)
                if content is not None and cue.stance == "denial" and self._adverbs_to_end(after, sb) is not None:
                    content = None  # "Palazzo Chigi ha smentito ieri.": a bare denial, the adverb is no content
            if content is None and src is not None and src[0] > sa and T[src[0] - 1].text == ",":
                # "content, X said."
                e2 = src[0] - 1
                content = (sa, e2) if e2 - sa >= 2 else None
                if content:
                    inverted = True
            elif content is None and cs > sa and T[cs - 1].text == ",":
                e2 = cs - 1
                content = (sa, e2) if e2 - sa >= 2 else None
        bare_end = ce
        if bare_aside:
            bare_end = ce + 1
        elif content is None and cue.stance == "denial" and ch and ch[1][0] >= ce and ch[1][1] < len(T) and (
                T[ch[1][1]].text in _SENT_END or ch[1][1] >= sb):
            bare_end = ch[1][1]  # "Damasco ha smentito in un comunicato."
        elif content is None and cue.stance == "denial" and not ch and (adv := self._adverbs_to_end(ce, sb)):
            bare_end = adv  # "Il ministero ha smentito seccamente."
        # (a passive subject with no passive auxiliary is a misparse: "Il portavoce l'ha negato")
        passive = T.has_dep and any(T[x].head in range(k, ce) and T[x].dep in ("aux:pass", "auxpass")
                                    for x in range(sa, sb))
        if content is None and cue.stance == "denial" and src is not None and ce < len(T) and not passive and (
                ce >= sb - 1 or T[ce].text in _SENT_END or bare_end > ce):
            # "Teheran ha smentito." -- a bare denial: empty content at the cue, linked by denials()
            f = Found(T[ce - 1].end, T[ce - 1].end, False)
            self._fill(f, cue, cs, ce, src)
            if bare_end > ce and ch:
                f.channel = ch[0]
            self._mark_used(min(cs, src[0]), bare_end)
            f.extra["next"] = bare_end
            f.extra["bare"] = True
            return f
        if content is None:
            return None
        head6 = min(content[1], content[0] + 6)
        if any(m in compact(self.text[T[content[0]].start:T[head6 - 1].end]) for m in self.anon_markers if len(m) > 6) \
                or (content[1] - content[0] <= 6 and any(
                m in compact(self.text[T[content[0]].start:T[content[1] - 1].end]) for m in self.anon_markers if len(m) > 6)):
            return None  # "che ha chiesto di restare anonimo": a request for anonymity, not a statement
        # content that is itself a direct quote already found: skip
        # (a trailing "..., ha riferito la Sabc." over an indirect report is the outer, nested attribution)
        nested_report = inverted and content[0] == sa and not any(
            T[y].text in _QUOTE_CHARS and y in self.direct_marks for y in range(content[0], content[1]))
        if any(self.used[y] for y in range(content[0], content[1])) and not nested_report:
            if all(self.used[y] for y in range(content[0], min(content[1], content[0] + 3))):
                return None
        f = Found(T[content[0]].start, T[content[1] - 1].end, False)
        self._fill(f, cue, cs, ce, src)
        self.content_ends[content[1]] = content[0]
        if paren_channel and not ch:
            f.channel = paren_channel
        elif ch:
            f.channel = ch[0]
        else:
            ch2 = self.find_channel(sa, cs, exclude=src)
            if ch2 is None and src is not None:
                # a channel inside the source phrase: "fonti citate dal Wall Street Journal"
                ch2 = self.find_channel(src[0], src[1], multiword=True)
            if ch2 and not (content[0] <= ch2[1][0] < content[1]):
                f.channel = ch2[0]
        lo = min(cs, content[0], src[0] if src else cs)
        hi = max(ce, content[1], src[1] if src else ce)
        self._mark_used(lo, hi)
        f.extra["next"] = ce if content[0] >= ce else hi
        # nested cues inside the content stay available for nested attributions
        if content[0] >= ce:
            for y in range(content[0], content[1]):
                self.used[y] = False
            f.extra["next"] = content[0]
        return f


def _phrase_end(T, x: int, sb: int) -> int:
    """The token after the contiguous dependency subtree of token x (within the sentence)."""
    e = x + 1
    while e < sb:
        h, steps = T[e].head, 0
        while h > x and steps < 4:  # up the heads, never left of x (a head before x is outside the subtree)
            h, steps = T[h].head, steps + 1
        if h != x:
            break
        e += 1
    return e


def find_raw(analysis) -> tuple[Finder, list[Found]]:
    """Rule quotes; where a trained attribution tagger ships for the language, its quotes first and the
    rule quotes only where the tagger found nothing (``tagger_adds_rules`` in the lexicon)."""
    import os

    from .tagger import combine, load_tagger, tagged_found

    fd = Finder(analysis)
    direct = fd.direct()
    indirect = fd.indirect()
    allf = sorted(direct + indirect, key=lambda f: f.start)
    nlp = load_tagger(analysis.lang)
    if nlp is not None:
        add = os.environ.get("CRONACA_ATTRIBUTION_ADD_RULES")
        add_rules = fd.lex.data.get("tagger_adds_rules", True) if add is None else \
            {"1": True, "0": False}.get(add, add)
        allf = combine(tagged_found(fd, nlp), allf, add_rules)
    for f in allf:
        if f.src:
            f.src = nominal_source(fd, f.src)
            f.inherit = f.inherit or f.src is None  # (pro-drop: the speaker before, as with no source found)
        if f.cue_span and _raising(fd, f.cue_span):
            # "Putin is expected to visit Hanoi": the subject is part of what is expected, not its source;
            # who expects it is not said
            if f.src and f.src[1] <= f.cue_span[0]:
                f.start = min(f.start, f.src[0])
            elif f.start >= f.cue_span[1]:
                k = fd.T.at_char(f.cue_span[0])
                np_ = fd.left_np(k, fd.T.sent_bounds(k)[0]) if k < len(fd.T) else None
                if np_:
                    f.start = fd.T[np_[0]].start
            f.src = None
            f.inherit = False
            f.extra["raising"] = True
    return fd, allf


def nominal_source(fd: "Finder", src: tuple[int, int]) -> tuple[int, int] | None:
    """A source phrase without the punctuation it starts with (", the Bank of Canada"), or None when none of its
    words can name a speaker: only verbs, prepositions, adverbs, particles and punctuation, none capitalised
    ("jointly", "moved on to"), or the lone adjective of a noun; then the quote has no speaker of its own."""
    T = fd.T
    a, b = T.at_char(src[0]), min(T.at_char(src[1] - 1) + 1, len(T))
    while a < b - 1 and T[a].is_punct and T[a].text not in _QUOTE_CHARS:
        a += 1
    if a < b and T[a].start > src[0]:
        src = (T[a].start, src[1])
    if not T.has_pos:
        return src
    if b - a == 1 and T[a].pos == "ADJ" and not T[a].is_cap and a > 0 and T[a - 1].pos == "NOUN":
        return None  # the adjective of the noun before it ("in un discorso [televisivo]")
    if any(T[x].pos not in NOT_NOMINAL or T[x].is_cap for x in range(a, b)):
        return src
    return None


NOT_NOMINAL = frozenset({"VERB", "AUX", "ADP", "ADV", "PART", "SCONJ", "CCONJ", "PUNCT"})


def _raising(fd: "Finder", cue_span: tuple[int, int]) -> bool:
    """A passive raising cue: a form of "be", a participle from ``raising_participles``, then "to"."""
    parts = fd.lex.data.get("raising_participles")
    if not parts:
        return False
    T = fd.T
    a, b = T.at_char(cue_span[0]), T.at_char(cue_span[1] - 1)
    markers = {compact(x) for x in fd.lex.data.get("raising_markers", [])}
    if b < len(T) and T[b].low in {compact(x) for x in fd.lex.data.get("raising_verbs", [])}:
        return b + 1 < len(T) and T[b + 1].low in markers  # "appears to", no form of "be" needed
    if b >= len(T) or T[b].low not in {compact(x) for x in parts}:
        return False
    be = {compact(x) for x in fd.lex.data.get("raising_auxiliaries", [])}
    if not any(T[x].low in be for x in range(max(0, a - 3), b)):
        return False
    return b + 1 < len(T) and T[b + 1].low in {compact(x) for x in fd.lex.data.get("raising_markers", [])}
