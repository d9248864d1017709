"""Assemble the shipped pipeline from the trained parts and write its meta.json; score it on the test sets."""
from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

from .recipes import RECIPES

log = logging.getLogger(__name__)


def _paths():
    from .__main__ import SHARED, corpus_dir, output_dir

    return SHARED, corpus_dir, output_dir


def model_dir(lang: str) -> Path:
    from cronaca.nlp import model_path

    return model_path(lang)


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def assemble(lang: str, parse_model: Path | None = None, ner_model: Path | None = None, out: Path | None = None) -> Path:
    """rule sentences + (tok2vec, [tagger], morphologizer, trainable_lemmatizer, parser) + standalone NER."""
    import spacy

    import cronaca.nlp.sentences  # noqa: F401  (registers cronaca_sentences)
    from cronaca.nlp.sentences import add_abbreviation_exceptions

    SHARED, corpus_dir, output_dir = _paths()
    parse_model = parse_model or output_dir(lang) / "parse" / "model-best"
    ner_model = ner_model or output_dir(lang) / "ner" / "model-best"
    out = out or model_dir(lang)
    has_parse = (parse_model / "meta.json").exists()
    has_ner = (ner_model / "meta.json").exists()
    if not (has_parse or has_ner):
        raise SystemExit(f"nothing to assemble: neither {parse_model} nor {ner_model} exists")
    if has_parse:
        nlp = spacy.load(parse_model)
    else:
        nlp = spacy.blank(lang)
    if has_ner:
        ner_nlp = spacy.load(ner_model)
        if "tok2vec" in ner_nlp.pipe_names:
            ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.add_pipe("ner", source=ner_nlp)
        if not has_parse and ner_nlp.vocab.vectors.shape[0]:
            nlp.vocab.vectors = ner_nlp.vocab.vectors
    if "trainable_lemmatizer" in nlp.pipe_names:
        import cronaca.nlp.lemma_lexicon  # noqa: F401
        from cronaca.nlp.lemma_lexicon import build_lexicon

        lexc = nlp.add_pipe("cronaca_lemma_lexicon", after="trainable_lemmatizer")
        lexc.set_lexicon(build_lexicon(lang, sorted((corpus_dir(lang) / "ud_train").glob("*.spacy"))))
    n_exc = add_abbreviation_exceptions(nlp)
    nlp.add_pipe("cronaca_sentences", first=True)

    r = RECIPES[lang]
    stats = {}
    sp = corpus_dir(lang) / "stats.json"
    if sp.exists():
        stats = json.loads(sp.read_text())
    vs = corpus_dir(lang) / "vectors_stats.json"
    meta = dict(nlp.meta)
    meta.update(
        {
            "name": "cronaca_" + lang,
            "version": "0.1.0",
            "description": (
                "cronaca's own pipeline: rule-based sentence boundaries (abbreviation list in "
                f"cronaca/lang/{lang}/), CNN tok2vec with count-based word vectors, POS/morphology, edit-tree "
                "lemmatizer, dependency parser, NER with its own tok2vec. Trained by `python -m cronaca.training "
                f"{lang}` from ../shared/data."
            ),
            "author": "cronaca",
            "license": "see sources: most training data is non-commercial (CC BY-NC*)",
            "sources": [{"name": k, "license": v} for k, v in r["licences"].items()],
        }
    )
    meta["cronaca"] = {
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "training_data": stats,
        "vectors": json.loads(vs.read_text()) if vs.exists() else None,
        "parse_from": _rel(parse_model) if has_parse else None,
        "ner_from": _rel(ner_model) if has_ner else None,
        "tokenizer_abbreviation_exceptions": n_exc,
        "dev_scores": {
            "parse": _dev_scores(parse_model) if has_parse else None,
            "ner": _dev_scores(ner_model) if has_ner else None,
        },
        "test_scores": None,
        "learning_curves": {
            "parse": learning_curve(parse_model.parent / "train.log") if has_parse else None,
            "ner": learning_curve(ner_model.parent / "train.log") if has_ner else None,
        },
    }
    nlp.meta.update(meta)
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)
    log.info("wrote %s (%.1f MB): %s", out, _dir_size(out) / 1e6, nlp.pipe_names)
    return out


def _rel(path: Path) -> str:
    from .__main__ import REPO

    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def learning_curve(log_path: Path) -> list[dict]:
    """The dev-score table of a ``spacy train`` log: [{"step": .., "epoch": .., "<SCORE>": ..}]."""
    import re

    if not log_path.exists():
        return []
    header, rows = None, []
    for line in log_path.read_text(errors="replace").splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", line).strip()
        if line.startswith("E ") and "#" in line:
            header = re.split(r"\s{2,}", line)
            continue
        parts = line.split()
        if header and len(parts) == len(header) and parts[0].isdigit() and parts[1].isdigit():
            row = {"epoch": int(parts[0]), "step": int(parts[1])}
            for name, val in zip(header[2:], parts[2:]):
                if not name.startswith("LOSS"):
                    row[name.lower()] = float(val)
            rows.append(row)
    return rows


def _dev_scores(model: Path) -> dict | None:
    m = model / "meta.json"
    if not m.exists():
        return None
    perf = json.loads(m.read_text()).get("performance", {})
    return {k: round(v, 4) for k, v in perf.items() if isinstance(v, (int, float))}


def evaluate_shipped(lang: str) -> dict:
    """Score the shipped model on the language's test sets and record the scores in its meta.json."""
    from cronaca.eval import ner as ner_eval
    from cronaca.eval import ud as ud_eval
    from cronaca.nlp import load_pipeline

    SHARED, _, _ = _paths()
    r = RECIPES[lang]
    nlp = load_pipeline(lang)
    scores: dict = {}
    if "parser" in nlp.pipe_names:
        ud = ud_eval.evaluate(lang, SHARED / r["ud_test"], nlp=nlp)
        ud.pop("las_per_type", None)
        scores["ud_test"] = {"file": r["ud_test"], **ud}
    if "ner" in nlp.pipe_names:
        fmt, path = r["ner_test"]
        ner = ner_eval.evaluate(lang, SHARED / path, fmt, nlp=nlp)
        scores["ner_test"] = {"file": path, **ner}
    scores["speed"] = measure_speed(nlp, lang)
    out = model_dir(lang)
    scores["size_mb"] = round(_dir_size(out) / 1e6, 1)
    mp = out / "meta.json"
    meta = json.loads(mp.read_text())
    meta.setdefault("cronaca", {})["test_scores"] = scores
    mp.write_text(json.dumps(meta, indent=2, ensure_ascii=False))
    return scores


def measure_speed(nlp, lang: str) -> dict:
    """Words per second of the full pipeline (raw text in) on one process, over the UD test sentences' text."""
    from cronaca.eval.ud import gold_docs

    SHARED, _, _ = _paths()
    texts = [d.text for d in gold_docs(SHARED / RECIPES[lang]["ud_test"], lang)]
    list(nlp.pipe(texts[:5]))
    t0 = time.perf_counter()
    n = sum(len(d) for d in nlp.pipe(texts, batch_size=64))
    dt = time.perf_counter() - t0
    return {"words": n, "seconds": round(dt, 2), "words_per_second": round(n / dt)}
