"""Loading the shipped spaCy pipelines (one load per language per process)."""
from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
MODELS_DIR = Path(os.environ.get("CRONACA_MODELS_DIR", Path(__file__).resolve().parent.parent / "models"))


def model_path(lang: str) -> Path:
    return MODELS_DIR / lang


@lru_cache(maxsize=None)
def load_pipeline(lang: str):
    """The trained pipeline for ``lang`` from ``models/<lang>/``; a blank pipeline with a sentencizer if none ships."""
    import spacy

    from . import lemma_lexicon, sentences  # noqa: F401  (register the cronaca_* components the models use)

    path = model_path(lang)
    if (path / "meta.json").exists() and (path / "config.cfg").exists():
        return spacy.load(path)
    log.warning("no trained pipeline for %r in %s: using a blank pipeline (sentences only)", lang, path)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp
