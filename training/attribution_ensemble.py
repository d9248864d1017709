"""Join attribution taggers trained by ``training/attribution_polnear.py`` into one ensemble pipeline.

The taggers must read the same input (``--tensor``, the same main pipeline) and have the same labels; the
first one's tokenizer, vocabulary and meta are kept, the NER components of the others are added after its own
(``ner_2``, ``ner_3`` ...). At run time ``cronaca.attribution.tagger`` decodes them together: every move is
chosen by the sum of the models' scores (``cronaca.nlp.ner_decode.greedy_entities``).

    python training/attribution_ensemble.py DIR_A DIR_B --out src/cronaca/models/attribution/en
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("taggers", type=Path, nargs="+")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    if len(args.taggers) < 2:
        ap.error("an ensemble needs two taggers or more")
    sys.path.insert(0, str(ROOT / "src"))
    import cronaca.attribution.layers  # noqa: F401  (registers cronaca.TensorTok2Vec.v1)

    first = spacy.load(args.taggers[0])
    metas = [json.loads((p / "meta.json").read_text(encoding="utf-8")) for p in args.taggers]
    for p, m in zip(args.taggers[1:], metas[1:]):
        if m.get("cronaca", {}).get("tensor_from_sha1") != metas[0].get("cronaca", {}).get("tensor_from_sha1"):
            ap.error(f"{p} reads another main pipeline than {args.taggers[0]}")
        other = spacy.load(p)
        if other.get_pipe("ner").labels != first.get_pipe("ner").labels:
            ap.error(f"{p} has other labels")
        first.add_pipe("ner", name=f"ner_{len(first.pipe_names) + 1}", source=other)
    cr = dict(metas[0].get("cronaca", {}))
    cr["ensemble"] = [{"from": str(p), "component": name, **{k: m.get("cronaca", {}).get(k) for k in
                      ("command", "train_docs", "heldout_docs", "heldout", "epoch", "heldout_scores", "options")}}
                      for p, m, name in zip(args.taggers, metas, first.pipe_names)]
    # the input Docs carry the cue relations when any member reads them (the others ignore that column)
    cr["cue_relations"] = any(m.get("cronaca", {}).get("cue_relations") for m in metas)
    for key in ("epoch", "options", "heldout_scores", "history"):  # each member's own, listed in "ensemble"
        cr.pop(key, None)
    cr["command"] = ("python training/attribution_ensemble.py " + " ".join(map(str, args.taggers))
                     + f" --out {args.out}")
    first.meta["cronaca"] = cr
    first.meta["description"] = (
        f"PolNeAR-style attribution tagger: SOURCE / CUE / CONTENT spans (univocal), an ensemble of {len(args.taggers)} "
        "taggers decoded together (each move by the sum of their scores). Each reads the main 'en' pipeline's token "
        "vectors (doc.tensor), POS/dependency tags and tokens; retrain them whenever models/en changes. Built by "
        "training/attribution_polnear.py --tensor (each member) and training/attribution_ensemble.py.")
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    first.to_disk(args.out)
    print(f"{args.out}: {first.pipe_names}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
