"""``python -m cronaca.training it|en [--stages ...] [--max-steps N] [--max-minutes M]``.

Stages (default: all, in this order):
  convert   shared data -> training/corpus/<lang>/*.spacy (UD via ``spacy convert -n 10 -T``, NER readers)
  vectors   count-based word vectors from raw + training text (languages with a raw corpus)
  parse     train tok2vec+tagger/morphologizer/lemmatizer/parser -> training/output/<lang>/parse
  ner       train NER with its own tok2vec -> training/output/<lang>/ner
  assemble  one pipeline (rule sentences + parse + NER) -> src/cronaca/models/<lang>/ with meta.json
  evaluate  score the shipped model on the test sets and write the scores into meta.json
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

from .recipes import RECIPES

log = logging.getLogger("cronaca.training")
REPO = Path(__file__).resolve().parents[3]
TRAINING = REPO / "training"
CONFIGS = TRAINING / "configs"
SHARED = Path(os.environ.get("CRONACA_SHARED_DATA", REPO.parent / "shared" / "data"))
STAGES = ("convert", "vectors", "parse", "ner", "assemble", "evaluate")


def corpus_dir(lang: str) -> Path:
    return TRAINING / "corpus" / lang


def output_dir(lang: str) -> Path:
    return TRAINING / "output" / lang


def thread_env() -> dict:
    env = dict(os.environ)
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(k, "1")
    src = str(REPO / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def stage_convert(lang: str) -> dict:
    from .data import ner_docbin, ud_docbin

    r = RECIPES[lang]
    cd = corpus_dir(lang)
    stats = {}
    stats["ud_train"] = ud_docbin([SHARED / p for p in r["ud_train"]], cd / "ud_train")
    stats["ud_dev"] = ud_docbin([SHARED / p for p in r["ud_dev"]], cd / "ud_dev")
    train = [(fmt, SHARED / p) for fmt, p, _ in r["ner_train"]]
    # sources with a document split are written one by one so the split applies to that file only
    parts = []
    for i, (fmt, p, split) in enumerate(r["ner_train"]):
        parts.append(ner_docbin(lang, [(fmt, SHARED / p)], cd / "ner_train" / f"{i:02d}.spacy",
                                keep_labels=r["ner_labels"], split=split))
    stats["ner_train"] = {
        "files": [p for _, p, _ in r["ner_train"]],
        "tokens": sum(x["tokens"] for x in parts),
        "entities": sum(x["entities"] for x in parts),
    }
    dparts = []
    for i, (fmt, p, split) in enumerate(r["ner_dev"]):
        dparts.append(ner_docbin(lang, [(fmt, SHARED / p)], cd / "ner_dev" / f"{i:02d}.spacy",
                                 keep_labels=r["ner_labels"], split=split))
    stats["ner_dev"] = {"files": [p for _, p, _ in r["ner_dev"]], "tokens": sum(x["tokens"] for x in dparts)}
    del train
    (cd / "stats.json").write_text(json.dumps(stats, indent=1))
    return stats


def stage_vectors(lang: str) -> dict | None:
    r = RECIPES[lang]
    if not (r.get("raw") or r.get("raw_dirs")):
        return None
    from .data import read_conll_ner, read_kind
    from .vectors import build_vectors, iter_raw_texts

    token_lists = []
    for fmt, p, split in r["ner_train"]:
        if split is not None and split != (0.0, 0.9):
            continue
        if fmt == "kind":
            sents = read_kind(SHARED / p)
        else:
            sents = [s for d in read_conll_ner(SHARED / p) for s in d]
        if split is not None:  # training part only
            sents = sents[: int(len(sents) * split[1])]
        token_lists.extend([w for w, _ in s] for s in sents)
    for p in r["ud_train"]:
        with open(SHARED / p, encoding="utf-8") as fh:
            words = []
            for line in fh:
                if not line.strip():
                    if words:
                        token_lists.append(words)
                        words = []
                elif line[0].isdigit():
                    cols = line.split("\t")
                    if "." not in cols[0] and "-" not in cols[0]:
                        words.append(cols[1])
    for p in r.get("raw_conll", []):
        token_lists.extend([w for w, _ in s] for d in read_conll_ner(SHARED / p) for s in d)

    def texts():
        if r.get("raw"):
            yield from iter_raw_texts(SHARED / r["raw"])
        for d in r.get("raw_dirs", []):
            for f in sorted((SHARED / d).glob("*.txt")):
                yield f.read_text(encoding="utf-8", errors="replace")

    stats = build_vectors(lang, texts(), token_lists, corpus_dir(lang) / "vectors")
    (corpus_dir(lang) / "vectors_stats.json").write_text(json.dumps(stats))
    return stats


def train(lang: str, what: str, max_steps: int | None, max_minutes: float | None) -> Path:
    r = RECIPES[lang]
    cfg = CONFIGS / r[f"{what}_config"]
    out = output_dir(lang) / what
    out.mkdir(parents=True, exist_ok=True)
    cd = corpus_dir(lang)
    train_path, dev_path = (cd / "ud_train", cd / "ud_dev") if what == "parse" else (cd / "ner_train", cd / "ner_dev")
    cmd = [sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(out),
           "--paths.train", str(train_path), "--paths.dev", str(dev_path)]
    vec = cd / "vectors"
    if (vec / "config.cfg").exists():
        cmd += ["--paths.vectors", str(vec)]
    if max_steps:
        cmd += ["--training.max_steps", str(max_steps)]
    log.info("running: %s", " ".join(cmd))
    with (out / "train.log").open("a") as logf:
        proc = subprocess.Popen(cmd, stdout=logf, stderr=subprocess.STDOUT, env=thread_env(), start_new_session=True)
        try:
            proc.wait(timeout=max_minutes * 60 if max_minutes else None)
        except subprocess.TimeoutExpired:
            log.info("time limit reached (%.0f min): stopping; model-best is the last best checkpoint", max_minutes)
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait()
    best = out / "model-best"
    if not (best / "meta.json").exists():
        raise SystemExit(f"training produced no model in {best} (see {out / 'train.log'})")
    return best


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m cronaca.training", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lang", choices=sorted(RECIPES))
    ap.add_argument("--stages", default=",".join(STAGES), help="comma-separated subset of: " + ", ".join(STAGES))
    ap.add_argument("--max-steps", type=int, default=None, help="training.max_steps for each trained component set")
    ap.add_argument("--max-minutes", type=float, default=None, help="wall-clock cap per training run (best checkpoint kept)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    stages = [s.strip() for s in args.stages.split(",") if s.strip()]
    for s in stages:
        if s not in STAGES:
            ap.error(f"unknown stage {s!r}")
    lang = args.lang
    if "convert" in stages:
        log.info("convert: %s", stage_convert(lang))
    if "vectors" in stages:
        log.info("vectors: %s", stage_vectors(lang))
    if "parse" in stages:
        train(lang, "parse", args.max_steps, args.max_minutes)
    if "ner" in stages:
        train(lang, "ner", args.max_steps, args.max_minutes)
    if "assemble" in stages or "evaluate" in stages:
        from .assemble import assemble, evaluate_shipped

        if "assemble" in stages:
            assemble(lang)
        if "evaluate" in stages:
            log.info("scores: %s", json.dumps(evaluate_shipped(lang)))


if __name__ == "__main__":
    main()
