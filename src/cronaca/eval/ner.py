"""Score the shipped pipeline's named entities against KIND or CoNLL-2003 gold files.

Micro precision / recall / F1 on exact spans with their label, and the same per label. The pipeline runs on
Docs built from the gold words (10 sentences per document, the gold sentence order kept). Gold files without
a GPE label (KIND, CoNLL-2003) are scored with predicted GPE counted as LOC, since cronaca splits LOC into GPE
(countries, cities) and LOC (other places) and those sets call both LOC.

    python -m cronaca.eval.ner --lang it --gold ../shared/data/ner/kind/dataset/wikinews_test.tsv --fmt kind
    python -m cronaca.eval.ner --lang en --gold ../shared/data/ner/conll2003_en/test.conllu --fmt conll
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

FORMATS = ("kind", "conll")


def read_gold(gold: Path, fmt: str, n_sents: int = 10) -> list[tuple[list[str], set[tuple[int, int, str]]]]:
    """[(words, {(start, end, label)})] per group of ``n_sents`` sentences."""
    from cronaca.training.data import chunk, read_conll_ner, read_kind, tags_to_spans

    if fmt == "kind":
        groups = list(chunk(read_kind(gold), n_sents))
    elif fmt == "conll":
        groups = [g for d in read_conll_ner(gold) for g in chunk(d, n_sents)]
    else:
        raise ValueError(f"unknown format {fmt!r}: use one of {FORMATS}")
    out = []
    for g in groups:
        words, spans = [], set()
        for sent in g:
            off = len(words)
            ws = [w for w, _ in sent]
            for s, e, lab in tags_to_spans([t for _, t in sent]):
                spans.add((s + off, e + off, lab))
            words.extend(ws)
        out.append((words, spans))
    return out


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(gold: list[set], pred: list[set]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        for x in p & g:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    res = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    res["per_label"] = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    return res


def evaluate(lang: str, gold: Path, fmt: str, limit: int | None = None, nlp=None) -> dict:
    """{precision, recall, f1, per_label: {label: {precision, recall, f1}}, ...} for ``lang``'s model."""
    from spacy.tokens import Doc

    from cronaca.nlp import load_pipeline
    from cronaca.training.data import word_spaces

    if nlp is None:
        nlp = load_pipeline(lang)
    data = read_gold(gold, fmt)
    if limit:
        data = data[:limit]
    gold_labels = {lab for _, spans in data for _, _, lab in spans}
    label_map = {} if "GPE" in gold_labels else {"GPE": "LOC"}
    inputs = [Doc(nlp.vocab, words=w, spaces=word_spaces(w)) for w, _ in data]
    keep = {"ner", "cronaca_sentences"}
    disable = [n for n in nlp.pipe_names if n not in keep]
    t0 = time.perf_counter()
    docs = list(nlp.pipe(inputs, disable=disable, batch_size=64))
    elapsed = time.perf_counter() - t0
    preds = [{(e.start, e.end, label_map.get(e.label_, e.label_)) for e in d.ents} for d in docs]
    res = score([s for _, s in data], preds)
    res["label_map"] = label_map
    res["words"] = sum(len(w) for w, _ in data)
    res["words_per_second"] = round(res["words"] / elapsed) if elapsed else None
    return res


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m cronaca.eval.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--fmt", required=True, choices=FORMATS)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N 10-sentence groups")
    args = ap.parse_args(argv)
    print(json.dumps(evaluate(args.lang, args.gold, args.fmt, args.limit), ensure_ascii=False))


if __name__ == "__main__":
    main()
