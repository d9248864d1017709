"""Attribution: who said what, to whom, through which channel, and how sure the report is.

Public API
----------
``find_quotes(analysis) -> list[Quote]``
    Direct quotes (any quote-mark style, unbalanced, nested, multi-paragraph; cue before, after or inside),
    indirect and mixed quotes (cue verbs, "according to" / "secondo"), with speaker Entity (resolved by
    ``cronaca.actors.resolve_span`` when available), cue, channel, anonymity and group count. Quotes in
    boilerplate are skipped. Does not touch ``analysis.quotes`` (the pipeline stores the result there).
``attribution_for_span(analysis, start, end) -> (Attribution | None, factuality)``
    For an event stated at [start, end): the attribution of the innermost quote whose content contains it,
    and its factuality: asserted | reported | alleged | denied | possible | planned.
``denials(analysis) -> list[Denial]``
    Denial quotes with their content span, the denying entities and the earlier claim they deny (if any),
    so the events layer can keep an asserted/alleged event and a denied one side by side (contested).
``quote_stance(quote, lang) -> str``
    neutral | allegation | denial | promise | warning | announcement | belief.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..schema import Attribution, Entity, Quote
from .core import Finder, Found, find_raw
from .lexicon import compact, cue_stance, get_lexicon

log = logging.getLogger(__name__)

__all__ = ["find_quotes", "attribution_for_span", "denials", "contested", "quote_stance", "factuality_of",
           "Denial"]

_WORD = re.compile(r"[\w'\u2019]+", re.UNICODE)
_MARKUP = re.compile(r"<[^<>]*>|^[^<>]*>|<[^<>]*$")


def _resolve(analysis, start: int, end: int) -> Entity | None:
    try:
        from ..actors import resolve_span  # written by the actors helper
    except ImportError:
        return None
    try:
        return resolve_span(analysis, start, end)
    except Exception:  # the resolver must never break attribution
        log.debug("resolve_span failed on %d-%d", start, end, exc_info=True)
        return None


def _words(text: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def _count_and_anon(fd: Finder, src_text: str, sentence: str, mentions_in_src: list,
                    span: tuple[int, int] | None = None, name: str | None = None,
                    explicit: bool = False) -> tuple[bool, int | None]:
    words = _words(src_text)
    comp = [compact(w) for w in words]
    # a coordinated source ("il ministero X e il portavoce Y") is anonymous only if its first member is
    first = next((i for i, w in enumerate(comp) if w in fd.coordinators and i > 0), len(comp))
    adjectives = set()
    if span is not None and fd.T.has_pos:
        # a role word used as an adjective is no anonymous source: "l'agenzia ufficiale nordcoreana"
        T = fd.T
        adjectives = {T[x].low for x in range(T.at_char(span[0]), min(len(T), T.at_char(span[1])))
                      if T[x].start < span[1] and T[x].pos == "ADJ" and x > 0 and T[x - 1].pos in ("NOUN", "PROPN")}
    # (an elided article stays on its noun: "dell'intelligence")
    anon_noun = next((i for i, w in enumerate(comp[:first]) if (w in fd.anon_nouns or w.rsplit("'", 1)[-1] in
                                                                fd.anon_nouns) and w not in adjectives), None)
    count = None
    limit = anon_noun if anon_noun is not None else len(comp)
    raw_words = _WORD.findall(src_text)
    for i, w in enumerate(comp[:limit]):
        if w.isdigit() and i > 0 and i < len(raw_words) and raw_words[i - 1][:1].isupper():
            continue  # part of a name: "Rai News 24"
        if w.isdigit():
            count = int(w)
            break
        if w in fd.numbers and fd.numbers[w] is not None:
            count = fd.numbers[w]
            break
        if i + 1 < len(comp) and w + comp[i + 1] in fd.numbers and fd.numbers[w + comp[i + 1]] is not None:
            count = fd.numbers[w + comp[i + 1]]
            break
    if count is None:
        # coordinated names: "Mosca e Pyongyang", "Washington and Seoul"
        conj = {compact(c) for c in fd.coordinators}
        raw = _WORD.findall(src_text)
        parts = [w for w in raw if compact(w) not in conj]
        if len(raw) >= 3 and len(raw) == 2 * len(parts) - 1 and all(w[:1].isupper() for w in parts) and all(
                compact(raw[i]) in conj for i in range(1, len(raw), 2)):
            count = len(parts)
        else:
            # a list: "Fim, Fiom e Uilm", "Francia, Germania e Italia"
            items = [x for x in re.split(r"\s*,\s*|\s+(?:%s)\s+" % "|".join(map(re.escape, sorted(conj))), src_text.strip())
                     if x] if conj else []
            if len(items) >= 3 and "," in src_text and all(
                    x[:1].isupper() and len(x.split()) <= 3 and all(w[:1].isupper() or compact(w) in fd.connectors
                                                                   for w in x.split()) for x in items):
                count = len(items)
    anonymous = False
    if anon_noun is not None:
        # a person named in a complement of the role noun does not name the source ("un consigliere del
        # presidente ucraino", "persone vicine al presidente del Senato"); one right after it does
        # ("il portavoce Dmitry Peskov"), and so does one before it ("Putin's spokesman")
        skip = fd.determiners | set(fd.numbers)  # "Quattro funzionari ...": a capitalised number names no one
        named = any(m.label in ("PER", "PERSON") and _names_head(src_text, span, anon_noun, m, skip)
                    for m in mentions_in_src) or _closing_name(fd, src_text, span, anon_noun, mentions_in_src, name)
        if not named:
            # a capitalised name right after the role noun ("il portavoce Dmitry Peskov") names the source
            raw = _WORD.findall(src_text)
            after = raw[anon_noun + 1:anon_noun + 3] if anon_noun + 1 < len(raw) else []
            named = bool(after) and after[0][:1].isupper() and not compact(after[0]) in fd.anon_nouns and \
                compact(after[0]) not in {compact(x) for x in fd.lex.data.get("intelligence_nouns", [])}
            # ... unless it is the organisation ("a State Department spokesperson" has the name before)
            # a name in apposition: "il portavoce del Cremlino, Dmitrij Peskov"
            if not named and re.search(r",\s*(?:[A-Z][\w'\u2019.-]+\s+){1,3}[A-Z][\w'\u2019.-]+\s*(?:,|$)", src_text):
                named = True
        anonymous = not named
    elif _unnamed_indefinite(fd, src_text, mentions_in_src):
        anonymous = True
    elif explicit and _unnamed(fd, src_text, mentions_in_src):
        anonymous = True  # "Tre ministri, dietro garanzia di anonimato, hanno raccontato"
    sent_c = compact(sentence)
    if any(m in sent_c for m in fd.anon_markers if len(m) > 6) and anon_noun is not None:
        anonymous = True
    return anonymous, count


def _unnamed(fd: Finder, src_text: str, mentions: list) -> bool:
    """A source phrase that names no one: no person mention in it, and its head (after determiners and
    numbers) is no capitalised name ("tre ministri", "due commissari", not "Palazzo Chigi")."""
    if any(m.label in ("PER", "PERSON") for m in mentions):
        return False
    skip = fd.determiners | set(fd.numbers)
    words = [w for w in _WORD.findall(src_text) if compact(w) not in skip and not w.isdigit()]
    words = [w.rsplit("'", 1)[-1] if "'" in w else w for w in words]
    return bool(words) and not words[0][:1].isupper()


def _explicit_anonymity(fd: Finder, s0: int, s1: int, cue_span: tuple[int, int] | None) -> bool:
    """An explicit grant or request of anonymity (``explicit_anonymity_markers``) in the source's clause: in
    the source, between it and the cue after it ("Tre ministri, parlando con Repubblica dietro garanzia di
    anonimato, hanno raccontato"), or in the clause right after it ("Secondo due commissari, che hanno chiesto
    di restare anonimi, ...", "said two officials who asked not to be named")."""
    markers = fd.lex.phrases("explicit_anonymity_markers")
    if not markers:
        return False
    text = fd.text
    k = fd.T.at_char(s0)
    if k >= len(fd.T):
        return False
    sent_end = fd.T[fd.T.sent_bounds(k)[1] - 1].end
    if cue_span and cue_span[0] >= s1:
        window = text[s0:cue_span[0]]
    else:
        rest = text[s1:sent_end]
        lead = len(rest) - len(rest.lstrip(" ,"))
        cut = re.search(r"[,;:.!?]", rest[lead:])
        window = text[s0:s1] + " " + rest[:lead + (cut.start() if cut else len(rest) - lead)]
    w = compact(window)
    return any(m in w for m in markers)


def _unnamed_indefinite(fd: Finder, src_text: str, mentions: list) -> bool:
    """An indefinite source with no name is an unnamed person or group ("un comandante delle milizie",
    "una decina di miliziani"), unless its head is a document or medium ("una nota del ministero").
    Determiners: ``indefinite_determiners`` in the lexicon."""
    dets = {compact(x) for x in fd.lex.data.get("indefinite_determiners", [])}
    if not dets:
        return False
    raw = _WORD.findall(src_text)
    if not raw:
        return False
    first = raw[0].lower().replace("\u2019", "'")
    if "'" in first:  # "un'alta fonte"
        det, rest = first.split("'", 1)
        det += "'"
        words = ([rest] if rest else []) + raw[1:]
    else:
        det, words = first, raw[1:]
    if det not in dets or not words:
        return False
    if any(m.label in ("PER", "PERSON") for m in mentions):
        return False
    # the head: the first word that is no modifier; a capitalised head is a name ("un Paese", "una Ong")
    head = words[0]
    if head[:1].isupper():
        return False
    skip = {compact(x) for x in fd.lex.data.get("anaphor_modifiers", [])}
    i = 0
    while i < len(words) - 1 and compact(words[i]) in skip:
        i += 1
    head = compact(words[i])
    docs = {compact(x) for x in fd.lex.data.get("channel_nouns", [])} | {w for m in fd.media_nouns for w in [m]}
    return head not in docs


def _names_head(src_text: str, span, anon_noun: int, m, skip: set | frozenset = frozenset()) -> bool:
    """A person mention names the source when its name stands before the role noun ("Putin's spokesman")
    or right after it ("il portavoce Dmitry Peskov"), not inside a complement of it ("un consigliere del
    presidente Macron", "persone vicine al ministro Tajani"), and only if it has a name at all ("consigliere
    del presidente ucraino" resolved to a person names no one)."""
    if span is None:
        return True
    words = list(_WORD.finditer(src_text))
    if anon_noun >= len(words):
        return True
    noun_start, noun_end = span[0] + words[anon_noun].start(), span[0] + words[anon_noun].end()
    caps = [(m.start + w.start(), m.start + w.end()) for w in _WORD.finditer(m.text) if w.group()[:1].isupper()
            and compact(w.group()) not in skip]
    if not caps:
        return False
    if any(e <= noun_start for _, e in caps):
        return True
    after = [c for c in caps if c[0] >= noun_end]
    if not after:
        return False
    between = src_text[noun_end - span[0]:after[0][0] - span[0]]
    return not any(w[:1].islower() for w in _WORD.findall(between))


def _closing_name(fd: Finder, src_text: str, span, anon_noun: int, mentions: list, name: str | None = None) -> bool:
    """A person's name that closes the source phrase, with no person title between it and the role noun,
    is the role holder's name: "la portavoce del ministero degli Esteri russo Maria Zakharova" (named), but
    not "un consigliere del presidente francese Emmanuel Macron" (the name is the president's). Languages
    without ``person_title_nouns`` keep the narrower test of ``_names_head``."""
    titles = {compact(x) for x in (fd.lex.data.get("person_title_nouns") or {}).get("forms", [])}
    if span is None or not titles:
        return False
    words = list(_WORD.finditer(src_text))
    if anon_noun >= len(words):
        return False
    noun_end = span[0] + words[anon_noun].end()
    stop = fd.connectors | _complement_preps(fd)

    def no_title(before: list[str]) -> bool:
        between = before + [a + b for a, b in zip(before, before[1:])]
        return bool(before) and before[-1] not in stop and not any(
            w in titles or w.rsplit("'", 1)[-1] in titles for w in between)

    if name and src_text.rstrip(" ,").endswith(name) and len(name.split()) >= 2:
        # the resolved person's full name closes the phrase ("... del Cremlino Dmitry Peskov")
        at = span[0] + len(src_text.rstrip(" ,")) - len(name)
        if at > noun_end:
            return no_title([compact(w) for w in _WORD.findall(fd.text[noun_end:at])])
    for m in mentions:
        if m.label not in ("PER", "PERSON") or m.end < noun_end or m.end < span[1] - 1:
            continue
        # the name: the run of capitalised words that ends the mention
        run = [w for w in _WORD.finditer(fd.text, max(m.start, noun_end), m.end)]
        k = len(run)
        while k > 0 and run[k - 1].group()[:1].isupper():
            k -= 1
        if k == len(run) or k == 0:
            continue  # no name, or nothing but a name after the role noun (the older test covers it)
        if no_title([compact(w.group()) for w in run[:k]]):  # not "un consigliere di Macron"
            return True
    return False


def _sentence_of(fd: Finder, start: int) -> str:
    k = fd.T.at_char(start)
    if k >= len(fd.T):
        return ""
    a, b = fd.T.sent_bounds(k)
    return fd.text[fd.T[a].start:fd.T[b - 1].end]


def _media_channel(fd: Finder, src_text: str) -> str | None:
    """The outlet named in a source that is a medium ("l'agenzia Tass", "state broadcaster CCTV"): the
    capitalised name right after the media noun; None when the medium is not named (never a capitalised
    word elsewhere in the phrase, e.g. "Esteri" in "il ministero degli Esteri e l'agenzia di stampa")."""
    words = list(re.finditer(r"[\w&.\-]+", src_text))
    comp = [compact(w.group()) for w in words]
    for m in fd.media_nouns:
        n = len(m)
        for i in range(len(comp)):
            acc, j = "", i
            while j < len(comp) and len(acc) < n:
                acc += comp[j]
                j += 1
            if acc != m:
                continue
            # skip adjectives / connectors up to 3 words, then a run of capitalised words
            for s0 in range(j, min(len(words), j + 4)):
                if words[s0].group()[:1].isupper():
                    e = s0
                    while e + 1 < len(words) and (words[e + 1].group()[:1].isupper() or (
                            comp[e + 1] in fd.connectors and e + 2 < len(words) and words[e + 2].group()[:1].isupper())):
                        e += 1
                    return src_text[words[s0].start():words[e].end()]
            # the name before the noun: "CNN network", "Xinhua news agency"
            k = i - 1
            if k >= 0 and words[k].group()[:1].isupper() and (k == 0 or not compact(words[k - 1].group()) in fd.connectors):
                b = k
                while b - 1 >= 0 and words[b - 1].group()[:1].isupper():
                    b -= 1
                if b > 0 or len(words) <= j + 1:
                    return src_text[words[b].start():words[k].end()]
            if i <= 1 and not any(c in fd.coordinators for c in comp):
                return src_text  # the source is an unnamed medium: "i media statali russi"
            if 2 <= i <= 3 and comp[i - 1] in fd.connectors | {"dell'", "dei", "degli", "delle"} and \
                    comp[i - 2] in fd.anon_nouns:
                return src_text[words[i].start():]  # "indiscrezioni della stampa tedesca"
    return None


def _pronoun_antecedent(analysis, quotes: list[Quote], at: int, number: str, fd: Finder | None = None,
                        pronoun: str = "") -> Entity | None:
    """The speaker a pronoun or pro-drop subject continues: the previous quote's speaker, else the last
    person (sg) / organisation or group (pl) mention before the cue. A gendered pronoun ("lui", "lei";
    ``pronoun_genders``) skips a candidate whose phrase shows the other gender (an article or title noun
    before the name: "la premier Giorgia Meloni", "il cancelliere Olaf Scholz"; ``gender_words``)."""
    gender = _pronoun_gender(fd, pronoun)
    labels = ("PER", "PERSON") if number == "sg" else ("ORG", "NORP", "GPE")
    first = None
    for q in reversed(quotes):
        if q.start < at and q.speaker is not None and (q.speaker.name or q.speaker.code or q.speaker.text):
            if gender is None:
                return q.speaker
            first = first or q.speaker
            s0, s1 = q.speaker_span or (q.start, q.start)
            if _phrase_gender(fd, s0, s1) in (None, gender):
                return q.speaker
            break  # the speaker before is of the other gender: look among the persons named
    for m in reversed(analysis.mentions):
        if m.end <= at and m.label in labels:
            if gender is not None and _phrase_gender(fd, m.start, m.end) not in (None, gender):
                continue
            return m.actor or Entity(text=m.text)
    return first


def _pronoun_gender(fd: Finder | None, pronoun: str) -> str | None:
    if fd is None or not pronoun:
        return None
    return fd.pronoun_genders.get(compact(pronoun))


def _phrase_gender(fd: Finder | None, s0: int, s1: int) -> str | None:
    """The grammatical gender a person phrase [s0, s1) shows: the pronoun itself, or the nearest gendered
    word (``gender_words``: articles, title nouns) in the phrase or up to three words before it in its
    sentence; None when nothing tells."""
    if fd is None:
        return None
    words = fd.gender_words
    if not words:
        return None
    g = _pronoun_gender(fd, fd.text[s0:s1].strip())
    if g:
        return g
    T = fd.T
    k = T.at_char(s0)
    if k >= len(T):
        return None
    sa = T.sent_bounds(k)[0]
    hi = T.at_char(max(s0, s1 - 1))
    for x in range(min(hi, len(T) - 1), max(sa, k - 3) - 1, -1):
        if x < k and (T[x].is_punct or T[x].pos in ("VERB", "AUX")):
            break
        if T[x].low in words:
            return words[T[x].low]
    return None


def _previous_subject(analysis, fd: Finder, at: int) -> Entity | None:
    """The person that is the subject of the main verb of the sentence before the one at character ``at``
    (same paragraph), resolved; None when that subject is no person mention."""
    T = fd.T
    k = T.at_char(at)
    if k >= len(T) or not T.has_dep:
        return None
    sa, _ = T.sent_bounds(k)
    if sa == 0 or T.para(sa - 1) != T.para(sa):
        return None
    pa, pb = T.sent_bounds(sa - 1)
    root = next((x for x in range(pa, pb) if T[x].dep == "ROOT"), None)
    subj = next((x for x in range(pa, pb) if root is not None and T[x].head == root and T[x].dep.startswith("nsubj")), None)
    if subj is None:
        return None
    lo, hi = fd._subtree(subj, root, pa, pb)
    s0, s1 = T[lo].start, T[hi].end
    if not any(m.label in ("PER", "PERSON") and s0 <= m.start and m.end <= s1 for m in analysis.mentions):
        return None
    return _resolve(analysis, s0, s1)


def _complement_preps(fd: Finder) -> set[str]:
    """Prepositions that open a complement of a noun ("dell'", "of"): ``complement_preps`` in the lexicon."""
    return {compact(x) for x in fd.lex.data.get("complement_preps", [])}


def _cue_lemmas(fd: Finder, cue_text: str) -> list[str]:
    """Lemmas of the cue forms in a cue as written ("ha poi riferito" -> ["riferire"])."""
    out = []
    for w in _words(cue_text):
        c = fd.lex.cues.get(compact(w))
        if c is not None:
            out.append(c.lemma)
    return out


def _strip_det(fd: Finder, src_text: str) -> str:
    words = src_text.split()
    while len(words) > 1 and compact(words[0]) in fd.determiners:
        words = words[1:]
    text = " ".join(words)
    for d in fd.determiners:  # an elided article: "l'Ansa"
        if d.endswith("'") and text.lower().startswith(d):
            return text[len(d):]
    return text


def _named_source(fd: Finder, src_text: str) -> bool:
    """The source phrase is a name (after an optional determiner): "il New York Times", "Axios"."""
    words = _WORD.findall(src_text)
    while words and compact(words[0]) in fd.determiners:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _bare_role_holder(fd: Finder, quotes: list[Quote], src_text: str) -> Entity | None:
    """A definite or possessive role noun alone ("il suo portavoce", "la portavoce", "his spokesman") speaks
    for the previous speaker's side: that speaker's Entity (for its code), else None."""
    words = [compact(w) for w in _WORD.findall(src_text.replace("\u2019", "'"))]
    if len(words) < 2 or len(words) > 3:
        return None
    indef = {compact(x) for x in fd.lex.data.get("indefinite_determiners", [])}
    if words[0] in indef or words[0].rsplit("'", 1)[0] + "'" in indef:
        return None
    if not all(w in fd.determiners for w in words[:-1]) or words[-1] not in fd.anon_nouns:
        return None
    prev = next((p for p in reversed(quotes) if p.speaker is not None and p.speaker.code), None)
    return prev.speaker if prev is not None else None


def _partitive_antecedent(fd: Finder, quotes: list[Quote], src_text: str) -> Quote | None:
    """"Secondo una di loro": the group of the previous quote."""
    forms = {compact(x) for x in fd.lex.data.get("partitive_pronouns", {}).get("forms", [])}
    if compact(src_text) not in forms:
        return None
    return next((p for p in reversed(quotes) if p.speaker is not None), None)


def _descriptor_antecedent(fd: Finder, quotes: list[Quote], src_text: str) -> Quote | None:
    """A short definite description as source ("il ministro", "l'alto ufficiale") takes up the latest
    speaker whose source phrase has the same head noun or one of its hyponyms ("generale" for
    "ufficiale"): coreference over the quotes of the article. A description with its own complement
    ("il ministro degli Esteri") or a name is not anaphoric."""
    data = fd.lex.data
    dets = {compact(x) for x in data.get("anaphor_determiners", [])}
    mods = {compact(x) for x in data.get("anaphor_modifiers", [])}
    raw = src_text.strip()
    low = raw.lower().replace("\u2019", "'")
    words = _WORD.findall(low)
    if not words:
        return None
    capitalised = any(w[:1].isupper() for w in _WORD.findall(raw)[1:])
    toks = [w for w in re.split(r"\s+|(?<=')", low) if w]
    if not toks or compact(toks[0]) not in dets:
        return None
    rest = [t for t in toks[1:] if compact(t) not in mods]
    head = " ".join(rest).replace("' ", "'")
    periphrases = {compact(k) for k in data.get("anaphor_heads", {}) if not k.startswith("_")}
    if not rest or ((len(rest) > 2 or capitalised) and compact(head) not in periphrases):
        return None  # a name or a complement of its own: not anaphoric
    heads = {head} | {h.lower() for k, v in data.get("anaphor_heads", {}).items() if compact(k) == compact(head)
                      and isinstance(v, list) for h in v}
    for p in reversed(quotes):
        if p.speaker is None or p.speaker_span is None:
            continue
        prev_src = fd.text[p.speaker_span[0]:p.speaker_span[1]].lower().replace("\u2019", "'")
        if compact(prev_src) == compact(raw):
            continue
        # the head of the earlier source, not a complement of it ("un collaboratore del ministro")
        pw = re.findall(r"\w+'?", prev_src)
        stop = fd.connectors | _complement_preps(fd)
        for h in heads:
            hw = re.findall(r"\w+'?", h)
            if any(pw[i:i + len(hw)] == hw and (i == 0 or compact(pw[i - 1]) not in stop)
                   for i in range(len(pw) - len(hw) + 1)):
                return p
    return None


def _org_antecedent(fd: Finder, analysis, s0: int, src_text: str, quotes: list[Quote]) -> Entity | None:
    """A definite organisation noun alone as source ("Il gruppo", "l'organizzazione", "la ong spagnola";
    ``org_anaphor_heads`` after ``anaphor_determiners``, with at most two lower-case modifiers) takes up the
    organisation named last before it: the latest ORG mention with a name in its sentence or the two before,
    not a news outlet (the actors layer's JRN sector, or the channel of a quote before)."""
    data = fd.lex.data
    heads = fd.lex.phrases("org_anaphor_heads")
    if not heads:
        return None
    dets = {compact(x) for x in data.get("anaphor_determiners", [])}
    raw = src_text.strip().replace("\u2019", "'")
    toks = [w for w in re.split(r"\s+|(?<=')", raw) if w]
    if len(toks) < 2 or compact(toks[0]) not in dets or any(t[:1].isupper() for t in toks[1:]):
        return None
    rest = compact(" ".join(toks[1:]).replace("' ", "'"))
    head = next((h for h in heads if rest.startswith(h)), None)
    if head is None:
        return None
    mods = toks[1 + len(re.findall(r"\S+", next(x for x in data["org_anaphor_heads"] if compact(x) == head))):]
    if len(mods) > 2 or any(compact(m) in fd.connectors | _complement_preps(fd) or "'" in m for m in mods):
        return None  # "il gruppo di lavoro", "l'organizzazione dei porti": a phrase of its own
    T = fd.T
    k = T.at_char(s0)
    if k >= len(T):
        return None
    sent = T[k].sent
    for m in reversed(analysis.mentions):
        if m.end > s0 or m.label != "ORG" or not m.text[:1].isupper() or m.actor is None:
            continue
        mk = T.at_char(m.start)
        if mk >= len(T) or T[mk].sent < sent - 2:
            break
        ent = _resolve(analysis, m.start, m.end) or m.actor
        if ent.sector == "JRN" or m.actor.sector == "JRN" or any(q.channel and m.text in q.channel for q in quotes):
            continue  # the outlet that reported the story ("..., scrive Repubblica. Il gruppo ha smentito")
        return ent
    return None


def find_quotes(analysis) -> list[Quote]:
    if not analysis.article.text:
        return []
    fd, found = find_raw(analysis)
    quotes: list[Quote] = []
    for f in found:
        if analysis.in_boilerplate(f.start, f.end):
            continue
        while f.end > f.start and analysis.article.text[f.end - 1] in " \t\n,;:":
            f.end -= 1
        content = analysis.article.text[f.start:f.end]
        if not content.strip() and not f.extra.get("bare"):
            continue
        if ("<" in content or ">" in content) and not _WORD.search(_MARKUP.sub(" ", content)):
            continue  # markup left in the text ('<tweet tweet-id="...">') is nobody's words
        q = Quote(start=f.start, end=f.end, text=content, direct=f.direct, cue=f.cue, channel=f.channel)
        q.cue_span = list(f.cue_span) if f.cue_span else None
        if f.src:
            s0, s1 = f.src
            q.speaker_span = [s0, s1]
            src_text = analysis.article.text[s0:s1]
            pron = fd.pronouns.get(compact(src_text))
            ent = None
            antecedent = None
            if pron:
                ent = _pronoun_antecedent(analysis, quotes, s0, pron, fd, src_text)
                if ent is not None:
                    ent = Entity(**{**ent.to_dict(), "text": src_text})
            else:
                antecedent = _partitive_antecedent(fd, quotes, src_text) or _descriptor_antecedent(fd, quotes, src_text)
                if antecedent is not None:
                    a_sp = antecedent.speaker
                    ent = Entity(**{**a_sp.to_dict(), "text": src_text, "name": a_sp.name or a_sp.text})
                else:
                    org = _org_antecedent(fd, analysis, s0, src_text, quotes)
                    if org is not None:  # "Il gruppo ha smentito": the organisation named just before
                        ent = Entity(**{**org.to_dict(), "text": src_text, "name": org.name or org.text, "count": None})
            if ent is None and f.extra.get("antecedent"):
                # "..., an expert at Stanford, who stated": the speaker is the phrase the pronoun stands for
                a0, a1 = f.extra["antecedent"]
                ante_text = analysis.article.text[a0:a1]
                ent = _resolve(analysis, a0, a1) or Entity(text=ante_text)
                ent = Entity(**{**ent.to_dict(), "text": ante_text})
            if ent is None:
                ent = _resolve(analysis, s0, s1)
            if ent is None:
                ent = Entity(text=src_text)
            if antecedent is None and not pron:
                holder = _bare_role_holder(fd, quotes, src_text)
                if holder is not None and holder.code:
                    # "il suo portavoce", "la portavoce": the role of the speaker before, not of a country
                    # named in passing
                    ent = Entity(**{**ent.to_dict(), "code": holder.code,
                                    "sector": ent.sector or holder.sector})
            in_src = [m for m in analysis.mentions if m.start < s1 and s0 < m.end]
            anon, count = _count_and_anon(fd, src_text, _sentence_of(fd, f.cue_span[0] if f.cue_span else s0), in_src,
                                          (s0, s1), ent.name, _explicit_anonymity(fd, s0, s1, f.cue_span))
            if antecedent is not None:
                anon, count = antecedent.anonymous, None
            q.anonymous = anon
            q.count = ent.count if ent.count is not None else count
            if antecedent is not None:
                q.count = None
            if q.count is not None and ent.count is None:
                ent.count = q.count
            q.speaker = ent
            if q.channel is None:
                q.channel = _media_channel(fd, src_text)
            if q.channel is None and compact(_strip_det(fd, src_text)) in fd.channel_noun_set:
                q.channel = _strip_det(fd, src_text)  # a document as subject ("precisa la nota") is the channel
            if q.channel is None and antecedent is None and (ent.sector == "JRN" or (
                    f.extra.get("source_is_channel") and _named_source(fd, src_text))):
                q.channel = ent.name or src_text  # a medium as source is its own channel: "secondo Reuters"
        elif f.inherit:
            prev = next((p for p in reversed(quotes) if p.speaker is not None), None)
            if prev is not None and _near(fd, prev, f):
                q.speaker = prev.speaker
                q.anonymous = prev.anonymous
                q.count = prev.count
                q.speaker_span = prev.speaker_span
                if q.channel is None and f.cue is None:
                    q.channel = prev.channel
            elif prev is None and f.cue_span:
                # a pro-drop cue with no speaker before it ("X ha ricevuto Y. Ha ribadito che ..."): the
                # person who is the subject of the sentence before
                q.speaker = _previous_subject(analysis, fd, f.cue_span[0])
        quotes.append(q)
    # a named organisation relaying another source's statement ("X ha confermato Y, ha riferito la Sabc")
    # with a relay cue (``relay_cues``) is the channel of both
    relay = {compact(x) for x in fd.lex.data.get("relay_cues", [])}
    for p in quotes:
        if p.channel or not p.speaker_span or not p.cue or not relay:
            continue
        if not any(compact(w) in relay for w in _cue_lemmas(fd, p.cue)):
            continue
        inner = [q for q in quotes if q is not p and q.speaker_span and p.start <= q.speaker_span[0]
                 and q.speaker_span[1] <= p.end]
        s0, s1 = p.speaker_span
        src_text = analysis.article.text[s0:s1]
        sp = p.speaker
        medium = sp is not None and sp.sector == "JRN"
        # an unknown name with an article ("la Sabc") reads as an outlet; a known actor ("il ministero",
        # "Peskov") is a source of its own
        unknown_outlet = _named_source(fd, src_text) and compact(_WORD.findall(src_text)[0]) in fd.determiners \
            and not (sp is not None and sp.code)
        if not inner or not (medium or unknown_outlet):
            continue
        p.channel = (p.speaker.name if p.speaker and p.speaker.name else None) or _strip_det(fd, src_text)
    # a report inside what a medium reports ("X ha confermato Y, ha riferito la Sabc") came through it
    for q in quotes:
        if q.channel is None:
            outer = next((p for p in quotes if p is not q and p.channel and p.start <= q.start and q.end <= p.end
                          and (p.end - p.start) > (q.end - q.start) and p.speaker_span and q.speaker_span
                          and p.channel.casefold() in
                          analysis.article.text[p.speaker_span[0]:p.speaker_span[1]].casefold()), None)
            if outer is not None:
                q.channel = outer.channel
    for q in quotes:
        q.channel = _bare_channel(fd, q.channel)
    _anaphoric_media(fd, quotes, analysis)
    return quotes


def _anaphoric_media(fd: Finder, quotes: list[Quote], analysis) -> None:
    """A medium named only by its kind ("secondo l'agenzia", "ha riferito il quotidiano") is the news outlet
    named as a channel earlier in the article (the actors layer must know that name as a medium, or the
    article names it after its kind: "l'agenzia Nova"). A collective noun ("la stampa", "i media";
    ``collective_media_nouns``) points back to no outlet."""
    kinds = set(fd.media_nouns) - fd.lex.words("collective_media_nouns")
    named = None
    for q in sorted(quotes, key=lambda q: q.cue_span[0] if q.cue_span else q.start):
        if not q.channel:
            continue
        if compact(q.channel) in kinds:
            if named:
                q.channel = named
            continue
        if q.channel[:1].isupper() and (
                (q.speaker is not None and q.speaker.sector == "JRN" and q.channel in (q.speaker.name, q.speaker.text))
                or _named_by_kind(fd, q) or _known_medium(q.channel, analysis)):
            named = q.channel


def _named_by_kind(fd: Finder, q: Quote) -> bool:
    """The quote's channel is named right after a media noun in its sentence ("secondo l'agenzia Nova", "al
    quotidiano britannico Guardian"): an outlet, whether or not the actors layer knows it."""
    at = q.cue_span[0] if q.cue_span else q.start
    sentence = _sentence_of(fd, at)
    if not sentence or not q.channel:
        return False
    kinds = set(fd.media_nouns)
    for m in re.finditer(re.escape(q.channel), sentence):
        words = [w.rsplit("'", 1)[-1] for w in _words(sentence[:m.start()])[-4:]]
        for i in range(len(words)):
            for n in (1, 2, 3):
                if "".join(words[i:i + n]) in kinds and all(
                        w and not w[0].isupper() for w in words[i + n:]) and len(words) - (i + n) <= 1:
                    return True
    return False


def _known_medium(name: str, analysis) -> bool:
    try:
        from ..actors import lookup
        found = lookup(name, analysis.article.language or "en", analysis.article.published)
    except Exception:  # the resolver must never break attribution
        return False
    return bool(found) and found[0].sector == "JRN"


def _bare_channel(fd: Finder, channel: str | None) -> str | None:
    """The channel without the preposition, article or possessive that lead its frame ("In conferenza
    stampa" -> "conferenza stampa", "nel suo discorso" -> "discorso", "la Reuters" -> "Reuters"); a name
    whose article is part of it ("Le Monde", "La Stampa") is kept whole. Lead words: the language's
    ``channel_lead_preps``, ``channel_preps`` and ``determiners``."""
    if not channel:
        return channel
    lead = fd.channel_lead_words
    out = channel.strip()
    while True:
        parts = out.split(None, 1)
        if not parts:
            return channel
        first, rest = parts[0], (parts[1] if len(parts) > 1 else "")
        head = compact(first)
        if "'" in head and not head.endswith("'"):
            # an elided article or preposition glued to the noun: "nell'informativa", "un'intervista"
            pre = head.split("'", 1)[0] + "'"
            if pre not in lead:
                break
            rest = (first[len(pre):] + " " + rest).strip()
        elif not rest or head not in lead:
            break
        elif first[:1].isupper() and rest[:1].isupper():
            break  # "Le Monde", "La Stampa": the article belongs to the name
        out = rest
    return out


def _near(fd: Finder, prev: Quote, f: Found, max_paragraphs: int = 2) -> bool:
    T = fd.T
    a = T.at_char(prev.end - 1 if prev.end else 0)
    b = T.at_char(f.start)
    if a >= len(T) or b >= len(T):
        return False
    return T.para(b) - T.para(a) <= max_paragraphs


# ---------------------------------------------------------------------------------------- factuality

def quote_stance(quote: Quote, lang: str) -> str:
    return cue_stance(quote.cue, lang)


def _has_marker(text: str, markers: list[str]) -> bool:
    low = " " + " ".join(_words(text)) + " "
    return any(f" {m.lower().replace(chr(0x2019), chr(39))} " in low for m in markers)


def factuality_of(quote: Quote, lang: str, span_text: str | None = None) -> str:
    """Factuality of an event stated in ``quote``'s content (``span_text``: the clause around the event)."""
    lex = get_lexicon(lang)
    stance = quote_stance(quote, lang)
    content = span_text if span_text is not None else quote.text
    if stance == "denial":
        return "denied"
    if _has_marker(content, lex.data.get("modal_markers", [])):
        return "possible"
    if stance == "allegation":
        return "alleged"
    if stance == "promise":
        return "planned"
    if stance in ("announcement", "warning"):
        fut = _has_marker(content, lex.data.get("future_markers", [])) or any(
            w.endswith(tuple(lex.data.get("future_suffixes", []))) for w in _words(content) if len(w) > 5)
        if fut:
            return "planned" if stance == "announcement" else "possible"
        return "reported"
    if quote.anonymous:
        intel = {compact(x) for x in lex.data.get("intelligence_nouns", [])}
        src = quote.speaker.text if quote.speaker else ""
        words = [p for w in _words(src) for p in w.split("'")]
        if any(compact(w) in intel for w in words) or (quote.speaker and quote.speaker.sector == "SPY"):
            return "alleged"
    return "reported"


def _attribution(q: Quote) -> Attribution:
    return Attribution(source=q.speaker, cue=q.cue, channel=q.channel, anonymous=q.anonymous, count=q.count)


def attribution_for_span(analysis, start: int, end: int) -> tuple[Attribution | None, str]:
    """Attribution and factuality of an event whose trigger/clause is [start, end)."""
    quotes = analysis.quotes
    inside = [q for q in quotes if q.start <= start and end <= q.end]
    if not inside:
        return None, "asserted"
    q = min(inside, key=lambda x: x.end - x.start)
    # the clause of the content up to the event (a modal far away in another clause does not count)
    text = analysis.article.text
    clause_start = max(q.start, text.rfind(";", q.start, start) + 1, text.rfind(",", q.start, start) - 60)
    span_text = text[max(q.start, clause_start):min(q.end, end + 40)]
    return _attribution(q), factuality_of(q, analysis.lang, span_text)


@dataclass
class Denial:
    quote: Quote
    start: int  # content span of what is denied
    end: int
    deniers: list[Entity]
    denies: Quote | None = None  # the earlier claim this denial answers, when the content only points back
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.quote.text,
                "deniers": [e.to_dict() for e in self.deniers], "cue": self.quote.cue,
                "denies": self.denies.to_dict() if self.denies else None}


def denials(analysis) -> list[Denial]:
    """Denial quotes. When a denial's content is only a pointer back ("deny it", "hanno smentito",
    "respinto le accuse") it is linked to the closest earlier non-denial quote: that claim is contested."""
    lang = analysis.lang
    lex = get_lexicon(lang)
    pointers = {compact(x) for x in lex.data.get("denial_objects", [])}
    out = []
    for i, q in enumerate(analysis.quotes):
        if quote_stance(q, lang) != "denial":
            continue
        words = _words(q.text)
        pointer = len(words) <= 4 and (not words or compact(" ".join(words)) in pointers or
                                       any(compact(w) in pointers for w in words[:2]))
        target = None
        if pointer or len(words) <= 6:
            for p in reversed(analysis.quotes[:i]):
                if quote_stance(p, lang) != "denial":
                    target = p
                    break
        deniers = [q.speaker] if q.speaker else []
        out.append(Denial(q, q.start, q.end, deniers, target))
    return out


def contested(analysis) -> list[tuple[Quote, Denial]]:
    """(claim, denial) pairs: an event in the claim's content is asserted/alleged by the claim's source
    and denied by the deniers. Recommended coding: keep both records, the claim with its factuality
    (e.g. "alleged") and a copy with factuality "denied" and the denier as attribution source."""
    return [(d.denies, d) for d in denials(analysis) if d.denies is not None]
