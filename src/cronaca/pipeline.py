"""The coder: runs the stages over articles, in one direction.

ingest -> clean -> nlp -> mentions (actors, timex, geo, attribution) -> events
(``store`` is the caller's job.) Pipelines load once per process and documents are parsed in batches.
"""
from __future__ import annotations

import gc
import logging
import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice

from . import actors, attribution, events, geo, timex
from .analysis import Analysis
from .attribution.tagger import tag_batch
from .clean import find_boilerplate
from .ingest.readers import Options, finish
from .nlp import load_pipeline
from .schema import Article, ArticleRecord

log = logging.getLogger(__name__)
STAGES = ("clean", "nlp", "actors", "timex", "geo", "attribution", "events")
_FROZEN: set[str] = set()  # languages whose first batch was followed by gc.freeze() in this process


class Coder:
    """Codes articles into records. ``timings`` accumulates seconds per stage (for benchmarks)."""

    def __init__(self, batch_size: int = 16, nlp_batch_size: int = 16, freeze_loaded: bool = True):
        self.batch_size = batch_size  # articles per batch of the layers (the tagger and the rest)
        self.nlp_batch_size = nlp_batch_size  # texts per spaCy minibatch (as in spaCy's own default use)
        self.timings: dict[str, float] = defaultdict(float)
        # after the first batch of a language (its models, lexicons and the knowledge base loaded), move everything
        # loaded so far out of the garbage collector's scans (gc.freeze): ~4% faster coding; objects are still
        # freed by reference counting as usual
        self.freeze_loaded = freeze_loaded

    def nlp(self, lang: str):
        return load_pipeline(lang)

    def code_text(self, text: str, lang: str | None = None, published: str | None = None,
                  source: str = "<text>") -> ArticleRecord:
        """Code one text given directly (tests, evaluation)."""
        article = finish(text, source, {"published": published, "language": lang}, Options())
        return self.code(article)

    def code(self, article: Article) -> ArticleRecord:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        """Records in input order; articles that are not ok pass through untouched."""
        it = iter(articles)
        while batch := list(islice(it, self.batch_size)):
            records = self._code_batch(batch)
            new = {a.language or "en" for a in batch if a.status == "ok"} - _FROZEN
            if self.freeze_loaded and new:
                gc.freeze()  # at most once per language and process
                _FROZEN.update(new)
            yield from records

    def _code_batch(self, batch: list[Article]) -> list[ArticleRecord]:
        analyses = [Analysis(article=a) for a in batch]
        todo = [an for an in analyses if an.article.status == "ok"]
        self._timed("clean", todo, lambda an: an.boilerplate.extend(find_boilerplate(an.article)))
        by_lang: dict[str, list[Analysis]] = defaultdict(list)
        for an in todo:
            by_lang[an.lang].append(an)
        t0 = time.perf_counter()
        for lang, group in by_lang.items():
            try:
                nlp = self.nlp(lang)
                for an, doc in zip(group, nlp.pipe((an.article.text for an in group), batch_size=self.nlp_batch_size)):
                    an.doc = doc
            except Exception as exc:  # one bad batch must not stop the run: parse one by one
                log.warning("batch parse failed (%s); parsing articles one by one", exc)
                for an in group:
                    self._guard(an, "nlp", lambda an=an: setattr(an, "doc", self.nlp(lang)(an.article.text)))
        self.timings["nlp"] += time.perf_counter() - t0
        todo = [an for an in todo if an.article.status == "ok"]
        self._timed("actors", todo, lambda an: an.mentions.extend(actors.resolve_mentions(an)))
        self._timed("timex", todo, lambda an: an.timexes.extend(
            timex.find_timexes(an.article.text, an.article.published, an.lang, an.doc)))
        self._timed("geo", todo, lambda an: an.places.extend(geo.find_places(an)))
        t0 = time.perf_counter()
        try:
            tag_batch(todo)
        except Exception as exc:  # the per-article path below tags each article itself
            log.warning("batch attribution tagging failed (%s); tagging articles one by one", exc)
            for an in todo:
                an.tagged = None
        self.timings["attribution"] += time.perf_counter() - t0
        self._timed("attribution", todo, lambda an: an.quotes.extend(attribution.find_quotes(an)))
        self._timed("events", todo, lambda an: an.events.extend(events.code_events(an)))
        return [an.record() for an in analyses]

    def _timed(self, stage: str, analyses: list[Analysis], fn) -> None:
        t0 = time.perf_counter()
        for an in analyses:
            if an.article.status == "ok":
                self._guard(an, stage, lambda an=an: fn(an))
        self.timings[stage] += time.perf_counter() - t0

    @staticmethod
    def _guard(an: Analysis, stage: str, fn) -> None:
        """Run one stage on one article; a crash marks that article failed with a one-line reason."""
        try:
            fn()
        except Exception as exc:
            log.exception("stage %s failed on %s", stage, an.article.source)
            an.article.status = "failed"
            an.mentions, an.timexes, an.places, an.quotes, an.events = [], [], [], [], []
            an.article.error = f"internal error in stage {stage}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


_WORKER_CODER: Coder | None = None


def _code_chunk(chunk: list[dict]) -> list[dict]:
    """Worker side of ``code_parallel``: one Coder (and one pipeline load) per process."""
    global _WORKER_CODER
    if _WORKER_CODER is None:
        _WORKER_CODER = Coder()
    return [rec.to_dict() for rec in _WORKER_CODER.code_many(Article.from_dict(a) for a in chunk)]


def code_parallel(articles: Iterable[Article], workers: int, chunk_size: int = 8) -> Iterator[ArticleRecord]:
    """Like ``Coder().code_many`` but over ``workers`` processes; records come back in input order."""
    import multiprocessing as mp

    if workers <= 1:
        yield from Coder().code_many(articles)
        return

    def chunks():
        it = iter(articles)
        while chunk := list(islice(it, chunk_size)):
            yield [a.to_dict() for a in chunk]

    # one BLAS thread per worker: the pipelines' matrix products run through numpy's BLAS, whose own threads
    # would fight the other workers for the cores (15% slower with 2 workers on 2 cores); the workers load numpy
    # after the fork, so the setting reaches them (a value the user set stays)
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with ctx.Pool(workers) as pool:
        for done in pool.imap(_code_chunk, chunks()):
            for rec in done:
                yield ArticleRecord.from_dict(rec)
