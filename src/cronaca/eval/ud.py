"""Score the shipped pipeline against a UD .conllu gold file, on the gold tokenisation.

The gold file is read with spaCy's CoNLL-U converter (10 sentences per document, multi-word tokens merged
as in training: ``spacy convert -n 10 -T``). The pipeline runs on Docs built from the gold words (so the
scores do not depend on the tokenizer). Sentence boundaries: ``sentences="gold"`` (default) presets the gold
boundaries, which the parser keeps, so the scores measure tagging, lemmas and parsing alone (the converter's
10-sentence documents of ISDT/EWT are runs of unrelated sentences, not real text); ``sentences="pipeline"``
lets the pipeline's own sentence rules decide, which also counts their disagreements with the treebank's
conventions (ISDT splits at colons and semicolons) as parse errors. Scores come from
spaCy's Scorer: UPOS accuracy, lemma accuracy, UAS and LAS (punctuation excluded, as spaCy scores them).

    python -m cronaca.eval.ud --lang it --gold ../shared/data/ud/it_isdt/it_isdt-ud-test.conllu
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def gold_docs(gold: Path, lang: str, limit: int | None = None, vocab=None):
    import spacy
    from spacy.training.converters import conllu_to_docs

    text = Path(gold).read_text(encoding="utf-8")
    vocab = vocab if vocab is not None else spacy.blank(lang).vocab
    docs = []
    for doc in conllu_to_docs(text, n_sents=10, merge_subtokens=True, no_print=True):
        docs.append(doc)
        if limit and len(docs) >= limit:
            break
    # re-create each doc on the shared vocab
    from spacy.tokens import DocBin

    db = DocBin(docs=docs, store_user_data=False)
    return list(db.get_docs(vocab))


def evaluate(lang: str, gold: Path, limit: int | None = None, nlp=None, sentences: str = "gold") -> dict:
    """{upos, lemma, uas, las, morph, tag, sents_f, words, words_per_second} (accuracies 0–1) for ``lang``'s model."""
    from spacy.scorer import Scorer
    from spacy.tokens import Doc
    from spacy.training import Example

    from cronaca.nlp import load_pipeline

    if nlp is None:
        nlp = load_pipeline(lang)
    refs = gold_docs(gold, lang, limit, vocab=nlp.vocab)
    if sentences not in ("gold", "pipeline"):
        raise ValueError("sentences must be 'gold' or 'pipeline'")
    inputs = []
    for r in refs:
        kw = {"sent_starts": [bool(t.is_sent_start) for t in r]} if sentences == "gold" else {}
        inputs.append(Doc(nlp.vocab, words=[t.text for t in r], spaces=[bool(t.whitespace_) for t in r], **kw))
    skip = ("ner", "cronaca_sentences", "senter", "sentencizer") if sentences == "gold" else ("ner",)
    disable = [n for n in skip if n in nlp.pipe_names]
    t0 = time.perf_counter()
    preds = list(nlp.pipe(inputs, disable=disable, batch_size=64))
    elapsed = time.perf_counter() - t0
    examples = [Example(p, r) for p, r in zip(preds, refs)]
    scorer = Scorer(nlp)
    s = scorer.score(examples)
    words = sum(len(r) for r in refs)

    def get(key):
        v = s.get(key)
        return None if v is None else round(float(v), 4)

    return {
        "upos": get("pos_acc"),
        "lemma": get("lemma_acc"),
        "uas": get("dep_uas"),
        "las": get("dep_las"),
        "morph": get("morph_acc"),
        "tag": get("tag_acc"),
        "sents_f": get("sents_f"),
        "sentences": sentences,
        "words": words,
        "words_per_second": round(words / elapsed) if elapsed else None,
        "las_per_type": {k: round(v["f"], 4) for k, v in (s.get("dep_las_per_type") or {}).items()},
    }


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m cronaca.eval.ud", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N 10-sentence documents")
    ap.add_argument("--sentences", choices=("gold", "pipeline"), default="gold",
                    help="gold sentence boundaries (default) or the pipeline's own")
    args = ap.parse_args(argv)
    res = evaluate(args.lang, args.gold, args.limit, sentences=args.sentences)
    print(json.dumps(res, ensure_ascii=False))


if __name__ == "__main__":
    main()
