"""The statistical attribution tagger: a spaCy NER-style model that marks SOURCE, CUE and CONTENT spans
(trained on PolNeAR by ``training/attribution_polnear.py``; shipped in ``models/attribution/<lang>/`` for the
languages that have one; several taggers joined by ``training/attribution_ensemble.py`` are decoded together,
each move by the sum of their scores). Its spans are grouped into quotes here (each content goes to the nearest cue,
each source to the nearest cue, the pieces of an interrupted content to one quote) and become the same
``Found`` records the rule path makes, so speakers, channels, anonymity and stance are filled in the same
way. Set ``CRONACA_ATTRIBUTION_TAGGER=0`` to use the rules only.
"""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

from .core import Found, _QUOTE_CHARS
from .lexicon import Cue, compact

log = logging.getLogger(__name__)

TAGGER_DIR = Path(__file__).resolve().parent.parent / "models" / "attribution"


@lru_cache(maxsize=None)
def load_tagger(lang: str):
    """The tagger pipeline for ``lang``, or None when none ships (or it is switched off)."""
    if os.environ.get("CRONACA_ATTRIBUTION_TAGGER", "1") in ("0", "false", "no"):
        return None
    path = Path(os.environ.get("CRONACA_ATTRIBUTION_TAGGER_DIR", TAGGER_DIR)) / lang
    if not (path / "meta.json").exists():
        return None
    try:
        import spacy

        from . import layers  # noqa: F401  (registers the architecture of a --tensor tagger)

        nlp = spacy.load(path)
        if not _reads_current_pipeline(nlp):
            return None
        shared = nlp.meta.get("cronaca", {}).get("vectors_from")
        if shared:  # the static vectors are the main pipeline's (not shipped twice)
            from ..nlp import load_pipeline

            nlp.vocab.vectors = load_pipeline(shared).vocab.vectors
        from ..nlp import multiply_with_numpy

        return multiply_with_numpy(nlp)
    except Exception:  # a broken artefact must not break the pipeline: rules still work
        log.warning("attribution tagger in %s could not be loaded", path, exc_info=True)
        return None


def tok2vec_fingerprint(lang: str) -> str | None:
    """SHA-1 of the main pipeline's shared tok2vec weights (what a --tensor tagger reads), or None."""
    import hashlib

    from ..nlp import model_path

    f = model_path(lang) / "tok2vec" / "model"
    return hashlib.sha1(f.read_bytes()).hexdigest() if f.exists() else None


def _reads_current_pipeline(nlp) -> bool:
    """A tagger trained on the main pipeline's token vectors is only valid with those same vectors: when the
    main pipeline was retrained since, it is not used (rules only) and a warning says to retrain it."""
    meta = nlp.meta.get("cronaca", {})
    want = meta.get("tensor_from_sha1")
    if not meta.get("tensor") or not want:
        return True
    have = tok2vec_fingerprint(meta.get("vectors_from") or nlp.lang)
    if have != want:
        log.warning("attribution tagger (%s) was trained on other %s pipeline vectors; using the rules only -- "
                    "retrain it: python training/attribution_polnear.py --tensor", nlp.lang, nlp.lang)
        return False
    return True


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _input_vocab(nlp, main_vocab):
    """The vocabulary the tagger's input Docs are built on: the main pipeline's, whose words are all there already
    (no second lexeme per word type, in time or memory), when its word norms are the tagger's own (same language,
    same norm tables) -- the tagger reads words only by norm; else the tagger's own."""
    if main_vocab is nlp.vocab:
        return main_vocab
    ok = _SAME_NORMS.get(id(main_vocab))
    if ok is None:
        ok = main_vocab.lang == nlp.vocab.lang and main_vocab.lookups.tables == nlp.vocab.lookups.tables and \
            main_vocab.lookups.to_bytes() == nlp.vocab.lookups.to_bytes()
        if ok:
            for label in nlp.pipe_labels.get("ner", []):
                main_vocab.strings.add(label)  # the spans' labels are read back by name
        _SAME_NORMS[id(main_vocab)] = ok
    return main_vocab if ok else nlp.vocab


_SAME_NORMS: dict[int, bool] = {}


def _tagger_doc(nlp, tokens):
    """The tagger's input built from the main pipeline's tokens (a Doc or a Span; no second tokenisation);
    a tagger trained with ``--syntax`` also reads the main pipeline's POS, dependency label and head
    direction as TAG, one trained with ``--tensor`` the main pipeline's token vectors."""
    from spacy.tokens import Doc

    meta = nlp.meta.get("cronaca", {})
    syntax = meta.get("input") == "main_doc"
    words, spaces, tags = _token_columns(tokens, syntax)
    if words:
        spaces[-1] = False
    if not syntax:
        return Doc(nlp.vocab, words=words, spaces=spaces)
    from spacy.tokens import Span

    main = tokens.doc if isinstance(tokens, Span) else tokens
    lemmas = None
    if meta.get("cue_relations"):
        from .lexicon import get_lexicon

        lemmas = cue_relations(tokens, get_lexicon(nlp.lang))
    doc = Doc(_input_vocab(nlp, main.vocab), words=words, spaces=spaces, tags=tags, lemmas=lemmas)
    if meta.get("tensor"):
        if main.tensor is not None and main.tensor.shape[0] == len(main):
            doc.tensor = main.tensor[tokens.start:tokens.end] if isinstance(tokens, Span) else main.tensor
    return doc


_TAG_NAMES: dict[tuple[int, int, str], str] = {}


def _token_columns(tokens, syntax: bool) -> tuple[list[str], list[bool], list[str]]:
    """Words, trailing-space flags and (with ``syntax``) "POS_DEP_headdirection" tags of a Doc or Span, read
    in one ``to_array`` call (a spaCy Token per word per attribute cost more than the rest of this)."""
    import numpy as np
    from spacy.attrs import DEP, HEAD, ORTH, POS, SPACY

    from spacy.tokens import Span

    doc = tokens.doc if isinstance(tokens, Span) else tokens
    arr = doc.to_array([ORTH, SPACY, POS, DEP, HEAD])
    if doc is not tokens:
        arr = arr[tokens.start:tokens.end]
    strings = doc.vocab.strings
    words = [strings[o] for o in arr[:, 0].tolist()]
    spaces = [bool(x) for x in arr[:, 1].tolist()]
    tags: list[str] = []
    if syntax:
        names = _TAG_NAMES
        for pos, dep, h in zip(arr[:, 2].tolist(), arr[:, 3].tolist(), arr[:, 4].view(np.int64).tolist()):
            key = (pos, dep, "L" if h < 0 else "R" if h > 0 else "0")
            tag = names.get(key)
            if tag is None:
                tag = names[key] = f"{strings[pos] if pos else ''}_{strings[dep] if dep else ''}_{key[2]}"
            tags.append(tag)
    return words, spaces, tags


def cue_relations(tokens, lex) -> list[str]:
    """Each token's place under the nearest cue word above it in the main parse (a tagger trained with
    ``--cue-relations`` reads it in the LEMMA column of its input): "CUE" for a cue word itself, else the dependency
    label of the cue's child on the way up with the side of the cue ("ccomp>": in the clause after the cue,
    "nsubj<": in its subject, "obl>": an adjunct of the cue verb), or "-" with no cue above. Cue words are the
    lexicon's one-word cue forms; the parse is the whole Doc's even for a Span."""
    from spacy.attrs import DEP, HEAD, LOWER
    from spacy.tokens import Span

    doc = tokens.doc if isinstance(tokens, Span) else tokens
    lo, hi = (tokens.start, tokens.end) if doc is not tokens else (0, len(doc))
    cues = lex.cue_words
    arr = doc.to_array([LOWER, HEAD, DEP])
    strings = doc.vocab.strings
    n = len(doc)
    heads = [i + h for i, h in enumerate(arr[:, 1].view("int64").tolist())]
    is_cue = [strings[x] in cues for x in arr[:, 0].tolist()]
    deps = arr[:, 2].tolist()
    out = []
    for i in range(lo, hi):
        j, prev, steps = i, -1, 0
        while not is_cue[j] and heads[j] != j and 0 <= heads[j] < n and steps < 40:
            prev, j, steps = j, heads[j], steps + 1
        if not is_cue[j]:
            out.append("-")
        elif j == i:
            out.append("CUE")
        else:
            out.append(f"{strings[deps[prev]]}{'<' if i < j else '>'}")
    return out


def _inputs(nlp, main_doc, ranges) -> tuple[list, list[int]]:
    """The tagger's Docs for ``ranges`` of the main Doc (the whole text when None) and their offsets."""
    if ranges is None:
        return ([_tagger_doc(nlp, main_doc[:])], [0]) if len(main_doc) else ([], [])
    chunks, offsets = [], []
    for a, b in ranges:
        sp = main_doc.char_span(a, b, alignment_mode="expand")
        if sp is None or len(sp) == 0:
            continue
        chunks.append(_tagger_doc(nlp, sp))
        offsets.append(sp.start_char)
    return chunks, offsets


def _run(nlp, docs: list) -> list[list[tuple[int, int, str]]]:
    """Each Doc's tagged spans as (start, end, label) character offsets within that Doc. The NER model is
    decoded by ``cronaca.nlp.ner_decode.greedy_entities`` (same spans as spaCy's decoder, a fraction of its time)
    when it can."""
    from spacy.pipeline import EntityRecognizer

    from ..nlp.ner_decode import greedy_entities

    # an ensemble is a pipeline whose last components are several NER models: their scores are summed
    procs = [proc for _, proc in nlp.pipeline]
    k = len(procs)
    while k > 1 and isinstance(procs[k - 1], EntityRecognizer) and isinstance(procs[k - 2], EntityRecognizer):
        k -= 1
    before, ners = procs[:k - 1], procs[k - 1:]
    last = ners[0]
    for proc in before:
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
    ents = greedy_entities(last, docs, ners[1:]) if isinstance(last, EntityRecognizer) else None
    if ents is None:  # (spaCy's own decoder: the first model alone)
        docs = list(last.pipe(docs)) if hasattr(last, "pipe") else [last(d) for d in docs]
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]
    return [[(d[s].idx, d[e - 1].idx + len(d[e - 1]), lab) for s, e, lab in es] for d, es in zip(docs, ents)]


def _covers(doc, text: str) -> bool:
    """The Doc was made from ``text`` (its tokens' offsets index it): its first and last tokens sit at the
    ends of the text. (Comparing ``doc.text`` rebuilds the whole text token by token.)"""
    if not len(doc):
        return not text
    first, last = doc[0], doc[-1]
    end = last.idx + len(last.text_with_ws)
    return first.idx == 0 and end == len(text) and text.startswith(first.text) and \
        text.endswith(last.text_with_ws)


def _clean(ents, text: str) -> list[tuple[int, int, str]]:
    out = []
    for s, t, lab in ents:
        while s < t and text[s].isspace():
            s += 1
        while t > s and text[t - 1].isspace():
            t -= 1
        if t > s:
            out.append((s, t, lab))
    return out


def _spans(tagged: list, offsets: list[int], text: str) -> list[tuple[int, int, str]]:
    """The spans ``_run`` found in each Doc as (start, end, label) offsets into ``text``."""
    return _clean([(a + off, b + off, lab) for spans, off in zip(tagged, offsets) for a, b, lab in spans], text)


def context_sentences(lex) -> int | None:
    """How many sentences around each report the tagger reads (lexicon ``tagger_context_sentences``,
    overridden by CRONACA_TAGGER_CONTEXT); None: the whole article."""
    ctx = os.environ.get("CRONACA_TAGGER_CONTEXT", lex.data.get("tagger_context_sentences"))
    return None if ctx in (None, "", "all") else int(ctx)


def tagged_spans(nlp, text: str, main_doc=None, ranges=None) -> list[tuple[int, int, str]]:
    """SOURCE / CUE / CONTENT spans as (start, end, label) character offsets into ``text``. With the main
    pipeline's Doc its tokens are reused; ``ranges`` ([(start, end)] in characters) limits the tagger to
    those stretches of text (each run as one Doc)."""
    if main_doc is not None and _covers(main_doc, text):
        docs, offsets = _inputs(nlp, main_doc, ranges)
        return _spans(_run(nlp, docs), offsets, text)
    return _clean([(e.start_char, e.end_char, e.label_) for e in nlp(text).ents], text)


def tag_batch(analyses) -> None:
    """Run the tagger once over the whole articles of a batch (bigger matrices than one article at a time)
    and keep each article's spans in ``analysis.tagged``; ``tagged_found`` then reads them. Articles whose
    language reads only report sentences (``tagger_context_sentences``) are tagged one by one later."""
    from .lexicon import get_lexicon

    by_lang: dict[str, list] = {}
    for an in analyses:
        if an.doc is not None and an.article.status == "ok" and _covers(an.doc, an.article.text):
            by_lang.setdefault(an.lang, []).append(an)
    for lang, group_ in by_lang.items():
        nlp = load_tagger(lang)
        if nlp is None or context_sentences(get_lexicon(lang)) is not None:
            continue
        inputs = [_inputs(nlp, an.doc, None) for an in group_]
        flat = _run(nlp, [d for docs, _ in inputs for d in docs])
        k = 0
        for an, (docs, offsets) in zip(group_, inputs):
            an.tagged = _spans(flat[k:k + len(docs)], offsets, an.article.text)
            k += len(docs)


def report_ranges(fd, context: int = 1) -> list[tuple[int, int]]:
    """Character ranges of the sentences that can hold a report -- a quotation mark, a cue verb or a
    prepositional cue from the lexicon -- with ``context`` sentences either side, merged into runs."""
    T = fd.T
    if not len(T):
        return []
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    hit = set()
    for k, t in enumerate(T.toks):
        first.setdefault(t.sent, k)
        last[t.sent] = k
        if t.sent not in hit and (t.text in _QUOTE_CHARS or fd.cue_at(k) or T.match_any(k, fd.prep_phrases)):
            hit.add(t.sent)
    n = T[len(T) - 1].sent + 1
    keep = sorted({s for h in hit for s in range(max(0, h - context), min(n, h + context + 1)) if s in first})
    runs: list[list[int]] = []
    for s in keep:
        if runs and s == runs[-1][1] + 1:
            runs[-1][1] = s
        else:
            runs.append([s, s])
    return [(T[first[a]].start, T[last[b]].end) for a, b in runs]


def group(spans: list[tuple[int, int, str]], text: str, max_gap: int = 400, sent_of=None,
          cue_in=None) -> list[dict]:
    """Group tagged spans into attributions: {"cue": span|None, "source": span|None, "content": span}.
    ``sent_of(char) -> sentence id`` (from the main parse), when given, keeps an unquoted content in its
    cue's sentence; ``cue_in(start, end) -> bool`` (a cue word in those characters), when given, keeps apart
    two pieces of content with another cue between them besides their own."""
    cues = [(s, e) for s, e, lab in spans if lab == "CUE"]
    sources = [(s, e) for s, e, lab in spans if lab == "SOURCE"]
    contents = [(s, e) for s, e, lab in spans if lab == "CONTENT"]

    def between_has_cue(a, b, own):
        lo, hi = min(a[1], b[1]), max(a[0], b[0])
        return any(c != own and lo <= c[0] and c[1] <= hi for c in cues)

    def paragraph_break(a, b):
        lo, hi = min(a[1], b[1]), max(a[0], b[0])
        return "\n" in text[lo:hi]

    def across_sentences(ct, c):
        # a quotation right next to its cue may run over sentences ('"A. B." he said'); else one sentence
        if sent_of is None:
            return False
        if c[0] >= ct[1]:  # content before its cue
            near = text[ct[1] - 1] in _QUOTE_CHARS and (c[0] - ct[1] <= 60 or sent_of(ct[1] - 1) + 1 >= sent_of(c[0]))
            return not near and sent_of(ct[1] - 1) != sent_of(c[0])
        if ct[0] >= c[1]:
            near = text[ct[0]] in _QUOTE_CHARS and (ct[0] - c[1] <= 60 or sent_of(c[1] - 1) + 1 >= sent_of(ct[0]))
            return not near and sent_of(c[1] - 1) != sent_of(ct[0])
        return False

    def opens(c) -> bool:
        # a cue that runs straight into a content after it (nothing but a source between): "..., saying
        # [it set a record]", "insisted [she had not]"
        for ct in contents:  # (in text order: the first one after the cue)
            if ct[0] < c[1]:
                continue
            if sent_of is not None and sent_of(ct[0]) != sent_of(c[0]):
                return False
            gap = text[c[1]:ct[0]]
            for a, b in sources:
                if c[1] <= a and b <= ct[0]:
                    gap = gap.replace(text[a:b], " ")
            # ('"A," he said "B."' with the comma missing is still one quotation around its cue)
            return not gap.strip() and text[ct[0]] not in _QUOTE_CHARS
        return False

    def continued(ct, assigned):
        # '“A,” said X, who asked not to be named. “B.”': a quotation that goes on after its inverted cue
        # and the source's own clauses (whose cues the tagger may also mark) is the same quote
        if text[ct[0]] not in _QUOTE_CHARS:
            return None
        prev = max((p for p in assigned if p[1] <= ct[0] and text[p[0]] in _QUOTE_CHARS), default=None)
        if prev is None or text[prev[1] - 1] not in _QUOTE_CHARS:
            return None
        c0 = assigned[prev]
        if c0 is None or c0[0] < prev[1] or "\n" in text[prev[1]:ct[0]] or ct[0] - c0[1] > 250:
            return None
        lead = text[prev[1]:c0[0]]
        for a, b in sources:
            if prev[1] <= a and b <= c0[0]:
                lead = lead.replace(text[a:b], " ")
        between = text[c0[1]:ct[0]]
        if len(lead.strip()) > 3 or any(ch in _QUOTE_CHARS for ch in between) or not any(
                ch in ".!?" for ch in between) or own_cue_after(ct):
            return None  # (in the same sentence, '“A,” he said, adding later, “B”' is two reports)
        # the cues in between belong to the source's own clauses ("who declined to be named"), in the
        # cue's sentence; one in a sentence of its own ("She says …") opens another report
        if sent_of is not None and any(c0[1] <= c[0] and c[1] <= ct[0] and sent_of(c[0]) != sent_of(c0[0])
                                       for c in cues):
            return None
        return c0, prev

    def own_cue_after(ct) -> bool:
        # '“B,” he added': the second quotation has a cue of its own
        nxt = min((c for c in cues if c[0] >= ct[1]), default=None)
        if nxt is None:
            return False
        gap = text[ct[1]:nxt[0]]
        for a, b in sources:
            if ct[1] <= a and b <= nxt[0]:
                gap = gap.replace(text[a:b], " ")
        return len(gap.strip()) <= 3

    openers = {c for c in cues if opens(c)}
    by_cue: dict = {c: {"cue": c, "source": None, "content": []} for c in cues}
    loose = []
    assigned: dict = {}
    continuations: dict = {}  # a quotation that goes on -> (its cue, the quotation it goes on from)
    for ct in contents:
        cont = continued(ct, assigned)
        if cont is not None:
            by_cue[cont[0]]["content"].append(ct)
            assigned[ct] = cont[0]
            continuations[ct] = cont
            continue
        best = None
        for c in cues:
            if c in openers and ct[1] <= c[0] and any(c2[1] <= ct[0] for c2 in cues):
                continue  # the content before it belongs to a cue before that (or to none)
            g = _gap(ct, c)
            # a source between the content and its cue does not count as distance ('"...," the minister said')
            lo, hi = min(ct[1], c[1]), max(ct[0], c[0])
            g -= sum(b - a for a, b in sources if lo <= a and b <= hi)
            if g > max_gap or between_has_cue(ct, c, c) or across_sentences(ct, c):
                continue
            # a cue before the content wins ties ("X said that ..."); across a paragraph break costs more
            key = (g + (200 if paragraph_break(ct, c) else 0), 0 if c[0] < ct[0] else 1)
            if best is None or key < best[0]:
                best = (key, c)
        if best is None:
            loose.append(ct)
            assigned[ct] = None
        else:
            by_cue[best[1]]["content"].append(ct)
            assigned[ct] = best[1]
    claims = []
    for so in sources:
        best = None
        for c in cues:
            g = _gap(so, c)
            if g > 200 or between_has_cue(so, c, c) or paragraph_break(so, c) or (
                    sent_of is not None and sent_of(so[0]) != sent_of(c[0])):
                continue  # a source names the speaker of a cue in its own sentence
            if best is None or g < best[0]:
                best = (g, c)
        if best is not None:
            claims.append((0 if so[1] <= best[1][0] else 1, best[0], so, best[1]))
    for *_, so, c in sorted(claims):  # the source nearest before its cue names its speaker, else the one after
        if by_cue[c]["source"] is None:
            by_cue[c]["source"] = so
    out = []
    for c, g in by_cue.items():
        if not g["content"]:
            out.append({"cue": c, "source": g["source"], "content": None})
            continue
        # the pieces of one content interrupted by its cue ("A," he said, "B.") are one quote; pieces far
        # apart (another paragraph) stay separate quotes with the same cue and source
        pieces = sorted(g["content"])
        cur = [pieces[0]]
        for p in pieces[1:]:
            straddles = cur[-1][1] < c[0] and p[0] > c[1]
            gap_text = text[cur[-1][1]:p[0]]
            close = p[0] - cur[-1][1] < 200 and (sent_of is None or sent_of(cur[-1][1] - 1) == sent_of(p[0])
                                                 or (len(gap_text) <= 3 and not any(ch in ".!?" for ch in gap_text)))
            # (a piece ending in a quotation, 'The mayor "was wrong about the dam,"', goes on with the next one)
            quoted = text[cur[-1][0]] in _QUOTE_CHARS or text[cur[-1][1] - 1] in _QUOTE_CHARS
            mixed = quoted != (text[p[0]] in _QUOTE_CHARS)
            goes_on = any(cc == c and pv in cur and pv[1] <= p[0] and p[1] <= q[1]
                          for q, (cc, pv) in continuations.items())
            if goes_on or not paragraph_break(cur[-1], p) and (close or straddles) and not mixed and \
                    not _another_cue(cue_in, cur[-1][1], p[0], [c] + ([g["source"]] if g["source"] else [])):
                cur.append(p)
            else:
                out.append({"cue": c, "source": g["source"], "content": (cur[0][0], cur[-1][1])})
                cur = [p]
        out.append({"cue": c, "source": g["source"], "content": (cur[0][0], cur[-1][1])})
    for ct in loose:
        # a content with no cue is kept when quoted or longer than two words ('This' alone is no report), and
        # not when unquoted at the head of its sentence: with no cue, that is the narrator's own sentence
        if text[ct[0]] in _QUOTE_CHARS or len(text[ct[0]:ct[1]].split()) > 2 and not _opens_sentence(text, ct[0]):
            out.append({"cue": None, "source": None, "content": ct})
    return sorted(out, key=lambda g: (g["content"] or g["cue"])[0])


def _opens_sentence(text: str, at: int) -> bool:
    """Character ``at`` opens a sentence or paragraph (past spaces and quotation marks)."""
    before = text[max(0, at - 4):at].rstrip()
    while before and before[-1] in _QUOTE_CHARS:
        before = before[:-1].rstrip()
    return not before or before[-1] in ".!?\n" or text[:at].endswith("\n")


def _another_cue(cue_in, a: int, b: int, spans) -> bool:
    """A cue between two pieces of content besides their own cue and source ("“A,” Trump said, adding later,
    “B”"; "“A,” Blige sings to Clinton before asking her, “B”"): two reports, not one interrupted quote."""
    if cue_in is None:
        return False
    cuts = sorted((max(a, x), min(b, y)) for x, y in spans if x < b and a < y)
    at = a
    for x, y in cuts + [(b, b)]:
        if x > at and cue_in(at, x):
            return True
        at = max(at, y)
    return False


def _extend_to_complement(fd, cue, s: int, e: int, taken) -> int:
    """A content cut short inside its cue's complement clause ("said [if X is elected], she'll ...") runs to
    the end of that clause (the dependency subtree of the cue verb's dependents after it), within the
    sentence and never over another tagged span."""
    T = fd.T
    if not T.has_dep:
        return e
    k0, k1 = T.at_char(cue[0]), T.at_char(cue[1] - 1) + 1
    b = T.at_char(e - 1) + 1
    if k1 > len(T) or b > len(T):
        return e
    sa, sb = T.sent_bounds(k1 - 1)
    verbs = [x for x in range(k0, k1) if T[x].pos in ("VERB", "AUX")]
    if not verbs:
        return e
    v = verbs[-1]
    kids = [x for x in range(k1, sb) if T[x].head == v and T[x].dep not in ("punct", "cc", "conj", "parataxis")]
    if not kids:
        return e
    hi = max(_right_edge(T, x, sb) for x in kids) + 1
    while hi > b and T[hi - 1].is_punct and T[hi - 1].text not in _QUOTE_CHARS:
        hi -= 1
    if hi <= b:
        return e
    new_e = T[hi - 1].end
    if any(e <= a0 < new_e for a0, _ in taken):
        return e
    return new_e


def _right_edge(T, x: int, sb: int) -> int:
    r = x
    changed = True
    while changed:
        changed = False
        for d in range(r + 1, sb):
            h = T[d].head
            if h >= 0 and x <= h <= r and d > r:
                r = d
                changed = True
    return r


def _cut_inner_report(fd, s: int, e: int, own_cue) -> int:
    """A content never holds another report (PolNeAR is univocal): cut it before ", he maintained that",
    "," Lewandowski said" -- a comma (or comma and closing mark), a pronoun or name, then a cue verb."""
    T = fd.T
    a, b = T.at_char(s), T.at_char(e - 1) + 1
    for x in range(a + 2, min(b, len(T)) - 1):
        if T[x].text != "," and not (T[x].text in _QUOTE_CHARS and T[x - 1].text == ","):
            continue
        before = fd.text[s:T[x].start]
        if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 or \
                before.count("\u00ab") > before.count("\u00bb") or before.count("''") % 2:
            continue  # inside a quotation: "..., I said this would happen" is part of it
        y = x + 1
        if y < b and T[y].text in _QUOTE_CHARS:
            continue  # '"A," he said, "B."' -- a quote resumes: not this
        if not (T[y].low in fd.pronouns or T[y].is_cap):
            continue
        for z in range(y + 1, min(b, y + 6)):
            if T[z].is_punct:
                break
            if own_cue and own_cue[0] <= T[z].start < own_cue[1]:
                break
            c = fd.cue_at(z)
            if c is not None:
                return T[x].end if T[x].text in _QUOTE_CHARS else T[x - 1].end
    return e


def _cut_trailing_relative(fd, s: int, e: int) -> int:
    """An unquoted content that is a noun phrase ends before a non-restrictive relative clause that closes it
    ("criticised [the port tax], which the council approved in March"): the writer's gloss on the noun, not what
    was reported."""
    T = fd.T
    if fd.text[s:s + 1] in _QUOTE_CHARS:
        return e
    a, b = T.at_char(s), T.at_char(e - 1) + 1
    for x in range(b - 2, a + 2, -1):
        if T[x].text in _QUOTE_CHARS or T[x].sent != T[a].sent:
            return e
        if T[x].text == "," and T[x + 1].low in fd.relatives and T.has_dep:
            h = T[x + 1].head  # the relative clause's verb (or, for "which parliament passed", the noun first)
            if 0 <= h < len(T) and not T[h].dep.startswith(("acl", "relcl")):
                h = T[h].head
            if not (0 <= h < len(T)) or not T[h].dep.startswith(("acl", "relcl")):
                continue
            last = b - 1
            while last > x and T[last].is_punct:
                last -= 1
            if _right_edge(T, h, T.sent_bounds(h)[1]) < last:
                continue  # the clause does not run to the content's end
            if any(T[y].dep.startswith(("nsubj", "expl")) for y in range(a, x)):
                return e  # a reported clause ("that Weiner was sexting again, which prompted ...") keeps it
            return T[x - 1].end
    return e


def _cut_dangling_word(fd, s: int, e: int) -> int:
    """A content that ends on a comma and a connective alone (lexicon ``dangling_words``: "they do not trust her,
    even", "turning around perceptions, but") ends before the comma."""
    words = fd.lex.data.get("dangling_words")
    T = fd.T
    if not words:
        return e
    b = T.at_char(e - 1)
    if b < 2 or b >= len(T) or T[b].end != e or T[b - 1].text != "," or T[b - 1].start <= s:
        return e
    if T[b].low not in {compact(w) for w in words}:
        return e
    return T[b - 2].end


def _closers(lex) -> dict[str, set[str]]:
    """Opening mark -> the marks that close it, from the language's ``quote_pairs`` and ``doubled_quote_marks``
    (a doubled mark closes with any doubled form of the same mark: ``...''``). Single quotation marks are left
    out: they are apostrophes too often to bound a content."""
    from .marks import _APOS

    out = lex._memo.get("closers")  # (built once per language, read for every tagged content)
    if out is None:
        out = {o: {c} for o, c in lex.quote_pairs if o not in _APOS}
        doubled = lex.data.get("doubled_quote_marks") or {}
        for d, mark in doubled.items():
            out[d] = {d2 for d2, m2 in doubled.items() if m2 == mark}
        lex._memo["closers"] = out
    return out


def _end_at_closing_mark(fd, s: int, e: int) -> int:
    """A content that opens a quotation and runs past its closing mark into the narrator's words ("“We did not
    discuss it,” a visibly annoyed Smith", "''The audit is over.'' Still, the council ...") ends at the mark. Not
    when a later quotation follows inside it (one report in pieces), nor after a quoted fragment of one or two
    words ("“pure theatre” in front of the council", a mixed quote)."""
    T = fd.T
    a = T.at_char(s)
    if a >= len(T):
        return e
    closers = _closers(fd.lex)
    if T[a].text in closers and T[a].start >= s:
        q0 = a
    elif a > 0 and T[a - 1].text in closers and T[a - 1].end <= s:
        q0 = a - 1
    else:
        return e
    closer = closers[T[q0].text]
    b = T.at_char(e - 1) + 1
    marks = [k for k in range(q0 + 1, min(b, len(T))) if T[k].text in _QUOTE_CHARS]
    closing = [k for k in marks if T[k].text in closer]
    if not closing:
        return e
    k = closing[-1]
    if T[q0].text in closer and len(closing) % 2 == 0:
        return e  # straight marks: the last one opens a quotation the content ends in
    if any(m > k for m in marks):
        return e
    if not any(T[x].text[:1].isalnum() for x in range(k + 1, b)):
        return e
    if sum(T[x].text[:1].isalnum() for x in range(q0 + 1, k)) < 3:
        return e
    return T[k].end


def _clause_of_cue(T, x: int, cue) -> bool:
    """The clause opened at token x hangs on the cue: its verb depends on a word of the cue, directly or
    through adverbials of it ("said on Tuesday [that ...]", where a parser may hang the clause on "Tuesday"),
    not through an argument ("noted the mayor's promise [that ...]")."""
    k0, k1 = T.at_char(cue[0]), T.at_char(cue[1] - 1) + 1
    h = T[x].head
    if not 0 <= h < len(T):
        return False
    y = T[h].head
    for _ in range(4):
        if not 0 <= y < len(T):
            return False
        if k0 <= y < k1 or k0 <= h < k1:
            return True
        if T[y].dep.split(":", 1)[0] not in ("obl", "nmod"):
            return False
        y = T[y].head
    return False


def _cue_adverb(fd, x: int, cue) -> bool:
    """Token x is an adverb the parse hangs on the cue's verb ("adding [later] that ...")."""
    T = fd.T
    if cue is None or not T.has_dep or T[x].pos != "ADV":
        return False
    a, b = T.at_char(cue[0]), T.at_char(cue[1] - 1) + 1
    return a <= T[x].head < b


def _start_at_opener(fd, s: int, e: int, cue=None) -> int:
    """A content after its cue starts at its complementizer or wh-word when only an object or adverbial
    comes before it ("asked Trump [if he would ...]", "said in a release Tuesday [that ...]")."""
    openers = fd.lex.data.get("content_openers")
    if not openers:
        return s
    words = {compact(w) for w in openers}
    T = fd.T
    a, b = T.at_char(s), T.at_char(e - 1) + 1
    if a >= len(T) or T[a].text in _QUOTE_CHARS or T[a].low in words:
        return s
    for x in range(a + 1, min(b - 1, a + 7)):
        t = T[x]
        if t.text in _QUOTE_CHARS or t.text in (";", ":", "."):
            return s
        if t.low in words and (T[x - 1].pos not in ("ADP", "SCONJ", "ADV") or _cue_adverb(fd, x - 1, cue)) and \
                T[x - 1].low not in words and \
                (not T.has_dep or t.dep in ("mark", "advmod", "nsubj", "obj", "dobj", "attr", "nsubjpass", "nsubj:pass")):
            if cue is not None and T.has_dep and not _clause_of_cue(T, x, cue):
                return s  # "noted [Clinton's comment that ...]": the clause of a noun in the content
            return t.start
    return s


def _before_parenthetical(fd, cue: tuple[int, int], src, s: int, spans):
    """A report set in the middle of its content between commas ("The plan, she said, is to reopen the mine ...",
    "For years, the auditor noted, the fund has ...", "Part of the delay, engineers say, is ..."):
    the content starts where the sentence does, over the source and cue (PolNeAR's content is that whole
    stretch). Not when the part before holds another report's cue or content. A source tagged with the
    content's subject ("[The governor, aides] said, would veto the bill") keeps only its part after the comma.
    Returns the content's start and the source."""
    T = fd.T
    if src is None:
        return s, src
    a, b = min(cue[0], src[0]), max(cue[1], src[1])
    k0, k1 = T.at_char(a), T.at_char(b - 1) + 1
    if k1 >= len(T) or T[k1].text != ",":
        return s, src
    x = k1 + 1
    while x < len(T) and T[x].text in _QUOTE_CHARS:
        x += 1
    if x >= len(T) or s not in (T[x].start, T[k1 + 1].start, T[k1].start):
        return s, src
    if x > k1 + 1 and not T[x].text[:1].islower():
        # 'Then, she added, "We will appeal ...': a quotation of its own ('The new name, he said, "changes nothing')
        return s, src
    if compact(fd.text[src[0]:src[1]]) in fd.relatives:
        return s, src  # "the audit, which notes, ...": the noun before is no part of the content
    if src[1] <= cue[0]:  # "[The governor, aides] said,": the comma inside the source opens the report
        ks0, ks1 = T.at_char(src[0]), T.at_char(src[1] - 1) + 1
        commas = [y for y in range(ks0 + 1, ks1 - 1) if T[y].text == ","]
        if commas and ks0 == T.sent_bounds(ks0)[0]:
            k0 = commas[-1] + 1
            src = (T[k0].start, src[1])
    if k0 < 1 or T[k0 - 1].text != ",":
        return s, src
    if not any(fd.cue_at(y) is not None for y in range(T.at_char(cue[0]), T.at_char(cue[1] - 1) + 1)):
        return s, src  # a verb of the lexicon ("said", "noted"), not any tagged cue ("Berlin backed off, ...")
    sa = T.sent_bounds(k0)[0]
    # (not the connective that opens the sentence: "And yet, her aides say, the port remains ...")
    while sa < k0 - 1 and (T[sa].is_punct and T[sa].text not in _QUOTE_CHARS or T[sa].text.isspace()
                           or T[sa].pos in ("CCONJ", "ADV") and T[sa + 1].pos in ("CCONJ", "ADV", "PUNCT", "PRON")):
        sa += 1
    if sa >= k0 - 1:
        return s, src
    lo, hi = T[sa].start, T[k0 - 1].start
    if any(lab != "SOURCE" and x0 < hi and lo < x1 for x0, x1, lab in spans):
        return s, src
    if any(fd.cue_at(y) is not None for y in range(sa, k0 - 1)):
        return s, src
    return lo, src


def _past_addressee(fd, cue: tuple[int, int], s: int, e: int) -> int:
    """A content that opens with the person told or asked ("told [him] the permit had expired", "told [inspectors]
    that ..."): it starts at the clause the verb takes after that object (lexicon ``addressee_verbs``, by lemma)."""
    verbs = fd.lex.data.get("addressee_verbs")
    T = fd.T
    if not verbs or not T.has_dep:
        return s
    k0, k1 = T.at_char(cue[0]), T.at_char(cue[1] - 1) + 1
    a, b = T.at_char(s), T.at_char(e - 1) + 1
    if a != k1 or b > len(T) or T[a].low in fd.relatives or \
            T[a].low in {compact(w) for w in fd.lex.data.get("content_openers", ())}:
        return s  # ("asked [which of the two plans ...]": a question, no one addressed)
    vs = [x for x in range(k0, k1) if T[x].pos in ("VERB", "AUX") and T[x].lemma.lower() in verbs]
    if not vs:
        return s
    v = vs[-1]
    obj = next((x for x in range(a, b) if T[x].head == v and T[x].dep in ("obj", "dobj", "iobj", "dative")), None)
    # (a clause, not an infinitive: PolNeAR keeps the object of "urged [the council to delay the vote]")
    clause = next((x for x in range(a, b) if T[x].head == v and T[x].dep == "ccomp"), None)
    if obj is None:
        x = _addressee_in_subject(T, v, a, b)
        if x is not None:
            return T[x].start
    if clause is None and obj is not None and obj + 1 < b and T[obj + 1].low == "that":
        # "told police that he ...", where the parser hangs the clause on the noun as a relative clause
        clause = next((x for x in range(obj + 1, b) if T[x].head == obj and T[x].dep.startswith("acl")), None)
    if obj is None or clause is None or clause < obj:
        return s
    def under(x: int, top: int) -> bool:
        y, steps = x, 0
        while 0 <= y < len(T) and y != top and steps < 40:
            y, steps = (T[y].head if T[y].head != y else -1), steps + 1
        return y == top

    left = next((x for x in range(obj + 1, clause) if under(x, clause)), clause)
    # the object phrase, and nothing else, before the clause ("told federal investigators in July [she ...]": no)
    if left <= obj or any(T[x].is_punct or not under(x, obj) for x in range(a, left)):
        return s
    return T[left].start


def _addressee_in_subject(T, v: int, a: int, b: int) -> int | None:
    """"told the BBC his party would ...": a parser may read the person told and the subject of the clause as one
    noun phrase ("BBC" a compound of "party"). The possessive pronoun after that first noun, which starts the clause."""
    x = next((x for x in range(a + 1, b) if T[x].dep == "nmod:poss" and T[x].pos == "PRON"), None)
    if x is None or T[x - 1].dep != "compound" or T[x - 1].pos not in ("NOUN", "PROPN"):
        return None
    noun = T[x].head
    if not (0 <= noun < len(T)) or not (0 <= T[noun].head < len(T)):
        return None
    verb = T[noun].head
    if T[verb].head != v or T[verb].dep != "ccomp" or not T[noun].dep.startswith("nsubj"):
        return None
    return x if all(T[y].head in (noun, x - 1) for y in range(a, x)) else None


def _antecedent_source(fd, src: tuple[int, int], spans) -> tuple[int, int] | None:
    """A source that is a bare relative pronoun right after another tagged source ("Maria Lopez, an economist at
    Leeds, [who] said"): that source, which the pronoun stands for; else None."""
    text = fd.text
    if compact(text[src[0]:src[1]]) not in fd.relatives:
        return None
    before = [(a, b) for a, b, lab in spans if lab == "SOURCE" and b <= src[0]]
    if before:
        a, b = max(before, key=lambda x: x[1])
        if not text[b:src[0]].strip(" ,\n") and "\n" not in text[b:src[0]]:
            while b > a and text[b - 1] in " ,":
                b -= 1
            return a, b
    # else the noun phrase before the comma, and the name it stands beside ("Maria Lopez, an economist, who")
    T = fd.T
    x = T.at_char(src[0])
    if x < 2 or x >= len(T) or T[x - 1].text != ",":
        return None
    sa = T.sent_bounds(x)[0]
    np_ = fd.left_np(x - 1, sa)
    if np_ is None:
        return None
    lo = np_[0]
    if lo - 2 >= sa and T[lo - 1].text == "," and T[lo - 2].pos == "PROPN":
        lo -= 2
        while lo - 1 >= sa and T[lo - 1].pos == "PROPN":
            lo -= 1
    return T[lo].start, T[np_[1] - 1].end


def _parsed_subject(fd, cue: tuple[int, int], s: int, e: int) -> tuple[int, int] | None:
    """For a cue the tagger found without its source: the active subject the parse gives the cue's verb, when it
    lies outside the content ("The company's chief executive, Laura Benson, [commented on] ..."); none for a passive
    cue ("was asked": who is asked is not who speaks) nor a subject that names nobody ("it seems":
    ``expletive_subjects``)."""
    T = fd.T
    a, b = T.at_char(cue[0]), T.at_char(cue[1] - 1) + 1
    if b > len(T) or not T.has_dep:
        return None
    sa, sb = T.sent_bounds(a)
    if any(T[x].dep in ("aux:pass", "nsubj:pass") and a <= T[x].head < b for x in range(sa, sb)):
        return None  # "was asked": who is asked is not who speaks
    sub = fd.parse_subject(a, b)
    if sub is not None:
        sub = fd.trim_source(fd.past_relative(sub, sa))
    if sub is None or compact(fd.text[T[sub[0]].start:T[sub[1] - 1].end]) in fd.lex.words("expletive_subjects"):
        return None
    lo, hi = T[sub[0]].start, T[sub[1] - 1].end
    if lo < e and s < hi:
        return None
    return lo, hi


def tagged_found(fd, nlp) -> list[Found]:
    """Quotes from the tagger as ``Found`` records on the Finder's tokens."""
    from .lexicon import cue_stance

    text = fd.text
    T = fd.T
    found = []
    def sent_of(c: int) -> int:
        k = T.at_char(c)
        return T[k].sent if k < len(T) else -1

    # the tagger reads only the sentences that can hold a report, with this many sentences around them
    # (lexicon "tagger_context_sentences"; null: the whole article; CRONACA_TAGGER_CONTEXT overrides)
    ctx = context_sentences(fd.lex)
    ranges = report_ranges(fd, ctx) if ctx is not None else None
    pre = getattr(fd.analysis, "tagged", None)
    if pre is not None and ranges is None:
        spans = list(pre)
    else:
        spans = tagged_spans(nlp, text, getattr(fd, "doc", None) or fd.analysis.doc, ranges)
    taken = [(a, b) for a, b, _ in spans]
    def cue_in(a: int, b: int) -> bool:
        return any(fd.cue_at(k) is not None for k in range(T.at_char(a), min(T.at_char(max(a, b - 1)) + 1, len(T)))
                   if a <= T[k].start and T[k].end <= b)

    for g in group(spans, text, sent_of=sent_of, cue_in=cue_in):
        if g["content"] is None:
            # a cue the tagger found without its content: the clause after the cue (or, for an inverted
            # "..., said X", the clause before it), within the sentence
            k = T.at_char(g["cue"][1])
            if k >= len(T):
                continue
            sa, sb = T.sent_bounds(k)
            so = g["source"]
            if so and so[0] >= g["cue"][1]:
                k2 = T.at_char(g["cue"][0])
                e2 = k2
                while e2 > sa and T[e2 - 1].is_punct:
                    e2 -= 1
                span = (sa, e2) if e2 - sa >= 2 else None
            else:
                # up to the next tagged span (another report's cue, source or content)
                nxt = min((a for a, b in taken if a >= g["cue"][1] and (not so or a != so[0])), default=None)
                lim = sb if nxt is None else max(k, min(sb, T.at_char(nxt)))
                span = fd.content_right(k, lim)
                if span is not None and lim < sb:
                    b = span[1]
                    while b > span[0] + 1 and (T[b - 1].low in fd.coordinators or T[b - 1].is_punct and
                                               T[b - 1].text not in _QUOTE_CHARS):
                        b -= 1
                    span = (span[0], b)
                if span is None and so and so[1] <= g["cue"][0] and (k >= sb or T[k].text in ".!?"):
                    # "..., officials said.": the clause before the source
                    k0 = T.at_char(so[0])
                    e2 = k0
                    while e2 > sa and T[e2 - 1].is_punct:
                        e2 -= 1
                    span = (sa, e2) if e2 - sa >= 2 and k0 > sa and T[k0 - 1].text == "," else None
            if span is None:
                continue
            g["content"] = (T[span[0]].start, T[span[1] - 1].end)
            g["guessed"] = True
        s, e = g["content"]
        if g["cue"] and g["cue"][1] <= s:
            e = _extend_to_complement(fd, g["cue"], s, e, taken)
        e = _cut_inner_report(fd, s, e, g["cue"])
        e = _cut_trailing_relative(fd, s, e)
        e = _cut_dangling_word(fd, s, e)
        e = _end_at_closing_mark(fd, s, e)
        if g["cue"] and g["cue"][1] <= s:
            s = _start_at_opener(fd, s, e, g["cue"])
            s = _past_addressee(fd, g["cue"], s, e)
            if not g["source"]:
                g["source"] = _parsed_subject(fd, g["cue"], s, e)
            s, g["source"] = _before_parenthetical(fd, g["cue"], g["source"], s, spans)
        raw = text[s:e].strip()
        direct = bool(raw) and raw[0] in _QUOTE_CHARS
        f = Found(s, e, direct)
        if g["cue"]:
            c0, c1 = g["cue"]
            f.cue = text[c0:c1]
            f.cue_span = (c0, c1)
            f.cue_info = fd.lex.cues.get(compact(f.cue)) or Cue(f.cue, cue_stance(f.cue, fd.lex.lang))
            k = T.at_char(c1)
            if k < len(T):
                sb = T.sent_bounds(k)[1]
                # from the cue's last word: frames that hold the verb ("told reporters") match there
                k0 = max(T.at_char(c0), k - 1)
                ch = fd.find_channel(k0, min(sb, k + 10))
                if ch and not (s <= T[ch[1][0]].start < e):
                    f.channel = ch[0]
        if not g["source"] and g["cue"]:
            g["source"] = _parsed_subject(fd, g["cue"], s, e)
        if g["source"]:
            f.src = g["source"]
            ante = _antecedent_source(fd, g["source"], spans)
            if ante is not None:
                f.extra["antecedent"] = ante  # the speaker is who the pronoun stands for; the span stays
            k_src = T.at_char(f.src[0])
            if k_src < len(T):  # a bare relative pronoun stands for the noun phrase before it
                moved = fd.past_relative((k_src, T.at_char(f.src[1] - 1) + 1), T.sent_bounds(k_src)[0])
                if moved and moved != (k_src, T.at_char(f.src[1] - 1) + 1):
                    f.src = (T[moved[0]].start, T[moved[1] - 1].end)
        else:
            f.inherit = True
        f.extra["tagger"] = True
        if g.get("guessed"):
            f.extra["guessed"] = True  # the content is the clause next to the cue, not a tagged span
        found.append(f)
    return found


def combine(tagged: list[Found], rules: list[Found], add_rules: bool | str = True) -> list[Found]:
    """Tagger quotes first; rule quotes are added where the tagger found nothing (no overlap with any
    tagged content, cue or source): all of them, none (``add_rules`` False), or with "direct" only quotations in
    marks with their cue, denials and accusations. A tagged quote that cuts through a direct quote found from its
    quotation marks (content starting or ending inside it, or a source inside it) gives way to it."""
    def cuts(f, r) -> bool:
        if not (f.start < r.end and r.start < f.end):
            return bool(f.src and f.src[0] < r.end and r.start < f.src[1])
        covers = f.start <= r.start + 1 and f.end >= r.end - 1
        return not covers

    marked = [r for r in rules if r.direct]
    tagged = [f for f in tagged if not any(cuts(f, r) for r in marked)]
    # a cue the tagger found without its content ('"A," the senator said on Tuesday, adding ...'): the quotation
    # the rules find on that cue, rather than the clause guessed next to it
    def same_cue(f, r) -> bool:
        return bool(f.cue_span and r.cue_span and f.cue_span[0] < r.cue_span[1] and r.cue_span[0] < f.cue_span[1])
    tagged = [next((r for r in marked if same_cue(f, r)), f) if f.extra.get("guessed") else f for f in tagged]
    # a sentence-initial "According to X, ..." from the rules replaces tagged quotes on its cue or content
    strong = [r for r in rules if r.extra.get("prep_initial") and not r.direct]

    def clash(f, r) -> bool:
        # f's content or cue on r's cue or source, or f's cue inside r's content (f cuts through it)
        spans_f = [(f.start, f.end)] + ([tuple(f.cue_span)] if f.cue_span else [])
        spans_r = [tuple(r.cue_span)] + ([tuple(r.src)] if r.src else [])
        if any(a < d and c < b for a, b in spans_f for c, d in spans_r):
            return True
        return bool(f.cue_span and r.start < f.cue_span[1] and f.cue_span[0] < r.end
                    and not (f.start <= r.start and r.end <= f.end))
    if strong:
        tagged = [f for f in tagged if not any(clash(f, r) for r in strong)] + strong
    # a tagged quote without source (or cue) takes it from the rule quote on the same content / cue
    for f in tagged:
        if f.src and f.cue_span:
            continue
        for r in rules:
            same_cue = f.cue_span and r.cue_span and f.cue_span[0] < r.cue_span[1] and r.cue_span[0] < f.cue_span[1]
            same_content = f.start < r.end and r.start < f.end
            if not (same_cue or same_content):
                continue
            if f.cue_span is None and r.cue_span:
                f.cue, f.cue_span, f.cue_info = r.cue, r.cue_span, r.cue_info
            if f.src is None and r.src and not (f.start <= r.src[0] < f.end):
                f.src = r.src
                f.inherit = False
            if f.channel is None:
                f.channel = r.channel
            break
    if not add_rules:
        return sorted(tagged, key=lambda f: f.start)
    taken = []
    for f in tagged:
        taken.append((f.start, f.end))
        if f.cue_span:
            taken.append(tuple(f.cue_span))
        if f.src:
            taken.append(tuple(f.src))
    out = list(tagged)
    for f in rules:
        spans = [(f.start, f.end)] + ([tuple(f.cue_span)] if f.cue_span else [])
        if any(a < d and c < b for a, b in spans for c, d in taken):
            continue
        if add_rules == "direct" and not (f.direct and f.cue_span) and not (
                f.cue_info is not None and f.cue_info.stance in ("denial", "allegation")):
            continue  # (a denial or an accusation is kept: the factuality of what it is about depends on it)
        out.append(f)
    return sorted(out, key=lambda f: f.start)
