"""Speed, memory and scaling of the whole coder, side by side with its backbone (the spaCy pipelines alone).

    python -m benchmarks.run [--limit N] [--soak N] [--workers 1,2] [--store-events 100000] [--long-words 600]
                             [--warm-up 100]

Corpus: MEANTIME (real dated Wikinews articles, Italian and English, from ../shared/data) plus examples/.
Reports articles/s and words/s end to end (ingest → store) and for the spaCy pipelines alone on the same texts,
twice: as spaCy runs them (the bare spaCy pipeline: its own NER decoder and thinc's BLIS products) and as
cronaca.nlp.load_pipeline runs them (its bulk NER decoder and numpy's BLAS products: the same output, faster).
All three are timed over the same batches, batch by batch, rotating which goes first; the ratios of cronaca to
each, time per stage, throughput with 1 and 2 worker processes, peak RSS, memory over a long
run (--soak), articles of about 600 words (the MEANTIME texts joined, --long-words) and DuckDB write/query
times. Before timing, the process codes --warm-up other articles per language (PolNeAR train, Italian raw
news; never the timed texts), as a long-running coder would have; --warm-up 0 times a cold process. The last
line is one JSON object.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import tempfile
import time
from itertools import zip_longest
from pathlib import Path

from cronaca.ingest import Options, read_inputs
from cronaca.nlp import load_pipeline
from cronaca.pipeline import Coder
from cronaca.store import WRITE_BATCH, Store

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CRONACA_SHARED_DATA", REPO.parent / "shared" / "data"))


def rss_mb() -> float:
    """Current resident set size (MB) from /proc (Linux)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pack(arts: list[dict], target_words: int) -> list[dict]:
    """Longer articles for the per-core target on "typical 600-word news": consecutive articles of one
    language joined as paragraphs, each next one added while it brings the length closer to ``target_words``."""
    out, cur = [], None
    for a in arts:
        if cur is not None:
            n, m = words(cur["text"]), words(a["text"])
            if cur["language"] == a.get("language") and abs(n + m - target_words) < abs(n - target_words):
                cur["text"] += "\n\n" + a["text"]
                continue
            out.append(cur)
        cur = {"id": f"packed-{len(out)}", "text": a["text"], "title": a.get("title"),
               "published": a.get("published"), "language": a.get("language")}
    if cur is not None:
        out.append(cur)
    return out


def build_corpus(limit: int | None, pack_words: int | None = None) -> Path:
    """JSONL of MEANTIME it+en articles plus the examples, in a temporary folder (``pack_words``: joined
    into articles of about that many words, see ``pack``)."""
    from benchmarks.corpus import meantime_articles

    arts = meantime_articles(SHARED) if SHARED.exists() else []
    for a in read_inputs([str(REPO / "examples")]):
        arts.append({"id": a.id, "text": a.text, "title": a.title, "published": a.published, "language": a.language})
    if pack_words:
        arts = pack(sorted(arts, key=lambda a: a.get("language") or "?"), pack_words)
    # interleave languages so that --limit keeps both
    by_lang: dict[str, list[dict]] = {}
    for a in arts:
        by_lang.setdefault(a.get("language") or "?", []).append(a)
    arts = [a for group in zip_longest(*by_lang.values()) for a in group if a is not None]
    if limit:
        arts = arts[:limit]
    path = Path(tempfile.mkdtemp(prefix="cronaca-bench-")) / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def words(text: str) -> int:
    return len(text.split())


WARM_UP = {
    "it": "Il ministro degli Esteri ha incontrato martedì a Roma il suo omologo francese, ha detto un portavoce.",
    "en": "The foreign minister met his French counterpart in Rome on Tuesday, a spokesman said.",
}


def warm_up_texts(n: int) -> list:
    """Articles that are NOT in the timed corpus, to bring a process to the state it has after coding news
    for a while (lexeme tables, lookup caches): the first ``n`` texts of PolNeAR train (English political
    news) and of the unlabelled Italian news in raw/. Empty when ../shared/data is absent."""
    from cronaca.ingest.readers import finish

    out = []
    en_dir = SHARED / "attribution" / "polnear" / "train" / "text"
    if en_dir.exists():
        for p in sorted(en_dir.glob("*.txt"))[:n]:
            out.append(finish(p.read_text(encoding="utf-8"), f"warm-en-{p.stem}", {"language": "en"}, Options()))
    it_file = SHARED / "raw" / "it_dice_crime_news.jsonl"
    if it_file.exists():
        with it_file.open(encoding="utf-8") as fh:
            for line, _ in zip(fh, range(n)):
                out.append(finish(json.loads(line)["text"], "warm-it", {"language": "it"}, Options()))
    return [a for a in out if a.status == "ok"]


def warm_up(coder: Coder) -> None:
    """Load once what every process loads once (pipelines, actor and place indexes, lexicons), outside the timing."""
    for lang, text in WARM_UP.items():
        coder.code_text(text, lang=lang, published="2024-01-02")
    coder.timings.clear()


class _Sink:
    """Counts the coded records and stores them, ``WRITE_BATCH`` articles per transaction, timing the store."""

    def __init__(self, timings: dict):
        self.store = Store(Path(tempfile.mkdtemp(prefix="cronaca-bench-")) / "bench.duckdb")
        self.timings = timings
        self.pending: list = []
        self.articles = self.words = self.events = 0

    def add(self, rec) -> None:
        self.articles += 1
        self.words += words(rec.article.text)
        self.events += len(rec.events)
        self.pending.append(rec)
        if len(self.pending) >= WRITE_BATCH:
            self.flush()

    def flush(self) -> None:
        ts = time.perf_counter()
        self.store.write_many(self.pending)
        self.timings["store"] += time.perf_counter() - ts
        self.pending = []

    def result(self, secs: float, coder: Coder) -> dict:
        stages = {**{k: round(v, 3) for k, v in self.timings.items()},
                  **{k: round(v, 3) for k, v in coder.timings.items()}}
        return {"seconds": secs, "articles": self.articles, "words": self.words, "events": self.events,
                "articles_per_s": self.articles / secs, "words_per_s": self.words / secs, "stage_seconds": stages}


def _start(corpus: Path):
    """A warmed-up coder, an empty record sink, and the corpus read in (timed as ingest from ``t0``)."""
    coder = Coder()
    warm_up(coder)
    sink = _Sink({"ingest": 0.0, "store": 0.0})
    t0 = time.perf_counter()
    articles = list(read_inputs([str(corpus)], Options()))
    sink.timings["ingest"] += time.perf_counter() - t0
    return coder, sink, articles, t0


def bench_end_to_end(corpus: Path) -> dict:
    """ingest → clean → nlp → layers → store, in this process, with time per stage."""
    coder, sink, articles, t0 = _start(corpus)
    for rec in coder.code_many(articles):
        sink.add(rec)
    sink.flush()
    secs = time.perf_counter() - t0
    sink.store.close()
    return sink.result(secs, coder)


class as_spacy_runs_it:
    """Within this block the pipelines of ``langs`` run as bare spaCy does: thinc's own ops (BLIS products) and
    spaCy's NER decoder instead of cronaca's (the same models and weights, the same objects: no second copy in
    memory to inflate the peak RSS)."""

    def __init__(self, langs):
        self.nlps = [load_pipeline(lang) for lang in langs]

    def __enter__(self):
        from thinc.api import NumpyOps

        self.saved = []
        plain = NumpyOps()
        for nlp in self.nlps:
            comps = list(nlp._components)
            ops = {}
            for k, (name, proc) in enumerate(nlp._components):
                if type(proc).__name__ == "GreedyNER":
                    nlp._components[k] = (name, proc.ner)
                model = getattr(proc, "model", None)
                if model is not None:
                    for node in model.walk():
                        ops[id(node)] = (node, node.ops)
                        node.ops = plain
            self.saved.append((nlp, comps, ops))
        return self

    def __exit__(self, *exc):
        for nlp, comps, ops in self.saved:
            nlp._components[:] = comps
            for node, op in ops.values():
                node.ops = op


def bench_side_by_side(corpus: Path) -> tuple[dict, dict, dict]:
    """The spaCy pipelines alone, as spaCy runs them and as cronaca runs them, and cronaca end to end over the same
    batches of articles, batch by batch, rotating which of the three goes first. All see the machine in the same
    state (its speed drifts by several per cent within a run, which made the ratio of two runs minutes apart a coin
    toss) and the same batches (the coder parses each batch's articles per language; the pipelines do the same)."""
    coder, sink, articles, _ = _start(corpus)
    secs = {"spacy": 0.0, "backbone": 0.0, "cronaca": sink.timings["ingest"]}
    langs = sorted({a.language for a in articles if a.status == "ok"})

    def pipelines(chunk):
        by_lang: dict[str, list[str]] = {}
        for a in chunk:
            if a.status == "ok":
                by_lang.setdefault(a.language, []).append(a.text)
        for lang, texts in by_lang.items():
            for _ in load_pipeline(lang).pipe(texts, batch_size=coder.nlp_batch_size):
                pass

    def cronaca(chunk):
        for rec in coder.code_many(chunk):
            sink.add(rec)

    runners = [("spacy", pipelines), ("backbone", pipelines), ("cronaca", cronaca)]
    for n, k in enumerate(range(0, len(articles), coder.batch_size)):
        chunk = articles[k:k + coder.batch_size]
        for name, run in runners[n % 3:] + runners[:n % 3]:
            if name == "spacy":
                with as_spacy_runs_it(langs):
                    t1 = time.perf_counter()
                    run(chunk)
                    secs[name] += time.perf_counter() - t1
                continue
            t1 = time.perf_counter()
            run(chunk)
            secs[name] += time.perf_counter() - t1
    t1 = time.perf_counter()
    sink.flush()
    secs["cronaca"] += time.perf_counter() - t1
    sink.store.close()
    ok = [a for a in articles if a.status == "ok"]
    n_words = sum(words(a.text) for a in ok)

    def res(name):
        return {"seconds": secs[name], "articles_per_s": len(ok) / secs[name], "words_per_s": n_words / secs[name]}

    return res("spacy"), res("backbone"), sink.result(secs["cronaca"], coder)


def _worker(shard: list[dict]) -> int:
    from cronaca.schema import Article

    coder = Coder()
    warm_up(coder)
    n = 0
    for rec in coder.code_many(Article.from_dict(a) for a in shard):
        json.dumps(rec.to_dict())  # records travel back serialised, as a real multi-process run would
        n += 1
    return n


def bench_workers(articles, n_workers: int) -> dict:
    """Throughput with N worker processes, wall clock including each worker's start-up and one-time loads."""
    dicts = [a.to_dict() for a in articles]
    shards = [dicts[i::n_workers] for i in range(n_workers)]
    ctx = mp.get_context("fork")
    t0 = time.perf_counter()
    with ctx.Pool(n_workers) as pool:
        done = sum(pool.map(_worker, shards))
    secs = time.perf_counter() - t0
    return {"workers": n_workers, "seconds": secs, "articles_per_s": done / secs}


def bench_soak(articles, n: int) -> dict:
    """Memory over a long run: code ``n`` articles (cycling the corpus) and sample RSS."""
    coder = Coder()
    warm_up(coder)
    samples = []
    done = 0
    while done < n:
        for _ in coder.code_many(articles[: n - done]):
            done += 1
            if done % max(1, n // 10) == 0:
                samples.append((done, round(rss_mb(), 1)))
    first = samples[len(samples) // 5][1] if samples else None  # after warm-up
    return {"articles": done, "rss_mb_samples": samples, "growth_mb_after_warmup": round(samples[-1][1] - first, 1)
            if samples else None}


def bench_store(n_events: int) -> dict:
    """DuckDB: store ``n_events`` synthetic events (10 per article) and query a dyad's monthly counts."""
    from cronaca.schema import Article, ArticleRecord, Entity, Event, Trigger

    text = "Russia signed a pact with North Korea."
    recs = []
    for i in range(n_events // 10):
        aid = f"a{i}"
        month = f"20{10 + i % 15:02d}-{1 + i % 12:02d}"
        evs = [Event(id=f"{aid}-{j}", article_id=aid, event=("AGREE", "CONSULT", "ACCUSE")[j % 3],
                     trigger=Trigger("signed", 7, 13), text=text, language="en", date=f"{month}-15",
                     actor=[Entity("Russia", "Russia", ("RUS", "CHN")[j % 2], "GOV")],
                     recipient=[Entity("North Korea", "North Korea", "PRK", "GOV")]) for j in range(10)]
        recs.append(ArticleRecord(article=Article(id=aid, source="synthetic", text=text, published=f"{month}-15",
                                                  language="en"), events=evs))
    db = Path(tempfile.mkdtemp(prefix="cronaca-bench-")) / "store.duckdb"
    with Store(db) as st:
        t0 = time.perf_counter()
        st.write_many(recs)
        st.con.execute("CHECKPOINT")  # on disk, not only in the write-ahead log
        write_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        rows = st.dyad_monthly("RUS", "PRK")
        query_s = time.perf_counter() - t0
    return {"events": n_events, "write_seconds": round(write_s, 3), "dyad_query_seconds": round(query_s, 4),
            "dyad_rows": len(rows)}


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts to measure")
    ap.add_argument("--soak", type=int, default=0, help="also code N articles and report memory growth")
    ap.add_argument("--store-events", type=int, default=100_000)
    ap.add_argument("--warm-up", type=int, default=100,
                    help="first code this many other articles per language, untimed (a process that has been "
                         "coding news for a while); 0: time a cold process")
    ap.add_argument("--long-words", type=int, default=600,
                    help="also time articles of about this many words (the same corpus, joined); 0 to skip")
    args = ap.parse_args(argv)

    corpus = build_corpus(args.limit)
    articles = [a for a in read_inputs([str(corpus)], Options()) if a.status == "ok"]
    n_words = sum(words(a.text) for a in articles)
    print(f"corpus: {len(articles)} articles, {n_words} words "
          f"({sum(a.language == 'it' for a in articles)} it, {sum(a.language == 'en' for a in articles)} en)")

    if args.warm_up:
        warm = warm_up_texts(args.warm_up)
        t0 = time.perf_counter()
        for _ in Coder().code_many(warm):
            pass
        print(f"warm-up: {len(warm)} other articles coded first, untimed ({time.perf_counter() - t0:.0f} s)")
    for lang in {a.language for a in articles}:
        load_pipeline(lang)("Warm up.")
    bare, backbone, e2e = bench_side_by_side(corpus)
    print(f"bare spaCy pipelines:  {bare['articles_per_s']:.2f} articles/s, {bare['words_per_s']:.0f} words/s")
    print(f"the same, as cronaca runs them: {backbone['articles_per_s']:.2f} articles/s, "
          f"{backbone['words_per_s']:.0f} words/s")
    print(f"cronaca end to end:    {e2e['articles_per_s']:.2f} articles/s, {e2e['words_per_s']:.0f} words/s, "
          f"{e2e['events']} events")
    print("seconds per stage:     " + ", ".join(f"{k} {v:.2f}" for k, v in e2e["stage_seconds"].items()))
    ratio = e2e["articles_per_s"] / bare["articles_per_s"]
    ratio_own = e2e["articles_per_s"] / backbone["articles_per_s"]
    print(f"ratio cronaca/bare spaCy: {ratio:.3f}; cronaca/its own runs of the pipelines: {ratio_own:.3f}")
    peak = peak_rss_mb()
    print(f"peak RSS (one process): {peak:.0f} MB")

    workers = []
    for n in (int(x) for x in args.workers.split(",") if x.strip()):
        w = bench_workers(articles, n)
        workers.append(w)
        print(f"{n} worker(s): {w['articles_per_s']:.2f} articles/s (wall clock, including pipeline loads)")
    long = None
    if args.long_words:
        long_corpus = build_corpus(args.limit and max(1, args.limit // 2), pack_words=args.long_words)
        long = bench_end_to_end(long_corpus)
        print(f"~{args.long_words}-word articles ({long['articles']}, {long['words'] // max(1, long['articles'])} words "
              f"on average): {long['articles_per_s']:.2f} articles/s in one process")
    soak = bench_soak(articles, args.soak) if args.soak else None
    if soak:
        print(f"soak: {soak['articles']} articles, RSS samples {soak['rss_mb_samples']}, "
              f"growth after warm-up {soak['growth_mb_after_warmup']} MB")
    store = bench_store(args.store_events) if args.store_events else None
    if store:
        print(f"store: {store['events']} events written in {store['write_seconds']} s; "
              f"dyad monthly query {store['dyad_query_seconds']} s")

    result = {
        "machine": {"cores": os.cpu_count(), "cpu": cpu_name(), "python": sys.version.split()[0]},
        "date": time.strftime("%Y-%m-%d"), "warm_up_articles_per_language": args.warm_up,
        "articles": len(articles), "words": n_words,
        "articles_per_s": round(e2e["articles_per_s"], 3),
        "articles_per_s_per_core": round(e2e["articles_per_s"], 3),  # the end-to-end run uses one process
        "words_per_s": round(e2e["words_per_s"], 1),
        "long_articles": ({"target_words": args.long_words, "articles": long["articles"], "words": long["words"],
                           "articles_per_s_per_core": round(long["articles_per_s"], 3)} if long else None),
        "backbone_articles_per_s": round(bare["articles_per_s"], 3),  # the bare spaCy pipelines
        "backbone_words_per_s": round(bare["words_per_s"], 1),
        "ratio_vs_backbone": round(ratio, 3),
        "cronaca_pipelines_articles_per_s": round(backbone["articles_per_s"], 3),  # the same, as cronaca runs them
        "ratio_vs_cronaca_pipelines": round(ratio_own, 3),
        "peak_rss_mb": round(peak, 1),
        "stage_seconds": e2e["stage_seconds"],
        "workers": {str(w["workers"]): round(w["articles_per_s"], 3) for w in workers},
        "soak": soak, "store": store,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
