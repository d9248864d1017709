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
        return multiply_with_numpy(_with_greedy_ner(spacy.load(path)))
    log.warning("no trained pipeline for %r in %s: using a blank pipeline (sentences only)", lang, path)
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


class GreedyNER:
    """A pipeline's NER component, decoded by ``ner_decode.greedy_entities``: the same entities as spaCy's decoder
    (checked on the benchmark corpus and the NER test sets) in a fraction of its decoding time; the component
    itself does everything else (scores, labels, training). Docs it cannot decode go to spaCy's decoder."""

    def __init__(self, ner):
        self.ner = ner

    def __getattr__(self, name):
        if name == "ner" or name.startswith("__"):  # (not set yet, as while unpickling: no recursion)
            raise AttributeError(name)
        return getattr(self.ner, name)

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, stream, *, batch_size: int = 128):
        from spacy.tokens import Span
        from spacy.util import minibatch

        from .ner_decode import greedy_entities

        for batch in minibatch(stream, size=batch_size):
            ents = greedy_entities(self.ner, batch)
            if ents is None:
                yield from self.ner.pipe(batch, batch_size=batch_size)
                continue
            for doc, found in zip(batch, ents):
                doc.set_ents([Span(doc, s, e, label=lab) for s, e, lab in found], default="outside")
                yield doc


def multiply_with_numpy(nlp):
    """Run the pipeline's matrix products through numpy (its BLAS, OpenBLAS in the wheels) instead of the BLIS
    kernels thinc ships: the tok2vec's N x 288 by 288 x 288 products are the bulk of the backbone's time and
    run about twice as fast here, with the same tags, parses and entities (float sums in another order; checked
    on the benchmark corpus and the UD and NER test sets). Only models on thinc's NumpyOps are switched."""
    from thinc.api import NumpyOps
    from thinc.backends.ops import Ops

    class NumpyGemmOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)

    ops = NumpyGemmOps()
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and type(model.ops) is NumpyOps:
            for node in model.walk():
                node.ops = ops
    return nlp


def _with_greedy_ner(nlp):
    """The loaded pipeline with its NER component decoded in bulk (``GreedyNER``), when there is one."""
    from spacy.pipeline import EntityRecognizer

    for k, (name, proc) in enumerate(nlp._components):  # (spaCy keeps its components in this list, 3.x)
        if isinstance(proc, EntityRecognizer):
            nlp._components[k] = (name, GreedyNER(proc))
    return nlp
