"""cronaca's command line: code articles into a store, export events, evaluate each layer."""
from __future__ import annotations

import importlib
import json
import logging
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__

app = typer.Typer(
    help=(
        "cronaca turns Italian and English news articles into source-attributed, time-resolved records of "
        "political events (PLOVER): who did what to whom, when, where, who says so and how sure it is.\n\n"
        "Start with:  cronaca code examples/ --jsonl out.jsonl"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score a layer against gold data; the last output line is one JSON object.",
                       no_args_is_help=True)
actors_app = typer.Typer(help="Look up actors in the knowledge base.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(actors_app, name="actors")
err = Console(stderr=True)
out = Console()


def _version(value: bool):
    if value:
        print(f"cronaca {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log details to stderr."),
):
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def code(
    paths: list[str] = typer.Argument(..., help="Files or directories (.txt, .html, .jsonl), or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date YYYY-MM-DD for inputs that carry none."),
    lang: str = typer.Option("auto", help="Language of the inputs: auto, it or en."),
    db: Path = typer.Option(Path("cronaca.duckdb"), help="DuckDB store to write into."),
    jsonl: Optional[Path] = typer.Option(None, help="Also write one article record per line (JSON) here."),
    force: bool = typer.Option(False, help="Re-code articles already in the store."),
    show: int = typer.Option(10, help="Print up to this many events at the end (0: none)."),
    workers: int = typer.Option(1, help="Worker processes for coding (each loads the pipelines once)."),
):
    """Code news articles into the store: entities, times, quotes and PLOVER events."""
    from .ingest import Options, read_inputs
    from .pipeline import code_parallel
    from .store import WRITE_BATCH, Store, StoreError

    if lang not in ("auto", "it", "en"):
        err.print(f"error: --lang must be auto, it or en (got {lang!r})")
        raise typer.Exit(2)
    if published:
        from .ingest.readers import normalise_date

        if not normalise_date(published):
            err.print(f"error: --published must be a date YYYY-MM-DD (got {published!r})")
            raise typer.Exit(2)
    try:
        store = Store(db)
    except StoreError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2)
    stats = {"ok": 0, "skipped": 0, "failed": 0, "unchanged": 0, "events": 0}
    shown: list[dict] = []
    sink = jsonl.open("w", encoding="utf-8") if jsonl else None
    opts = Options(published=published, lang=lang)

    def fresh(articles):
        for art in articles:
            if art.status == "ok" and not force and store.has(art.id):
                stats["unchanged"] += 1
                if sink:  # the JSONL output still holds every input's record
                    for rec in store.records("WHERE id = ?", [art.id]):
                        sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
                progress.advance(task)
                continue
            yield art

    with Progress(TextColumn("[bold]coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("", total=None)
        batch = []
        for record in code_parallel(fresh(read_inputs(paths, opts)), workers):
            art = record.article
            stats[art.status] += 1
            stats["events"] += len(record.events)
            if art.status != "ok":
                err.print(f"[yellow]{art.status}[/]: {art.source}: {art.error}", highlight=False, soft_wrap=True)
            for w in art.warnings:
                err.print(f"[dim]warning: {art.source}: {w}[/]", highlight=False, soft_wrap=True)  # one line each, never wrapped
            if sink:
                sink.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            batch.append(record)
            if len(shown) < show:
                shown.extend(e.to_dict() for e in record.events[: show - len(shown)])
            if len(batch) >= WRITE_BATCH:
                store.write_many(batch)
                batch = []
            progress.update(task, description=art.source[-40:])
            progress.advance(task)
        store.write_many(batch)
    if sink:
        sink.close()
    _summary(stats, store, shown)
    store.close()
    if stats["ok"] + stats["unchanged"] == 0:
        err.print("error: nothing could be coded")
        raise typer.Exit(1)


def _summary(stats: dict, store, shown: list[dict]) -> None:
    if shown:
        table = Table(title="Events (first %d)" % len(shown), show_lines=False)
        for col in ("date", "actor", "event", "recipient", "factuality", "trigger"):
            table.add_column(col)
        for ev in shown:
            names = lambda ents: ", ".join((e.get("name") or e.get("code") or e.get("text") or "?") for e in ents) or "-"
            table.add_row(ev.get("date") or "-", names(ev["actor"]), ev["event"] + (f"/{ev['mode']}" if ev.get("mode") else ""),
                          names(ev["recipient"]), ev["factuality"] + ("".join(f" +{a}" for a in ev["aux"])),
                          ev["trigger"]["text"])
        out.print(table)
    summary = Table(title="Summary", show_header=False)
    summary.add_column("what")
    summary.add_column("n", justify="right")
    for key in ("ok", "unchanged", "skipped", "failed", "events"):
        summary.add_row({"ok": "articles coded", "unchanged": "articles already stored", "skipped": "articles skipped",
                         "failed": "articles failed", "events": "events coded"}[key], str(stats[key]))
    top = store.top_actors(5)
    if top:
        summary.add_row("top actors", ", ".join(f"{a} ({n})" for a, n in top))
    summary.add_row("store", store.path)
    out.print(summary)


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | plover-jsonl | csv | parquet | gdelt-tsv"),
    db: Path = typer.Option(Path("cronaca.duckdb"), help="DuckDB store to read."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (default: stdout; parquet needs a file)."),
):
    """Export the store: article records, PLOVER event records, a flat event table, or a GDELT-style TSV."""
    from .export import FORMATS
    from .export import export as do_export
    from .store import Store, StoreError

    if fmt not in FORMATS:
        err.print(f"error: unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    if not db.exists():
        err.print(f"error: no store at {db} (run `cronaca code` first)")
        raise typer.Exit(2)
    if fmt == "parquet" and output is None:
        err.print("error: parquet needs --output FILE")
        raise typer.Exit(2)
    try:
        store = Store(db, read_only=True)
    except StoreError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2)
    with store:
        if fmt == "parquet":
            n = do_export(store, fmt, output)
        elif output:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = do_export(store, fmt, fh)
        else:
            n = do_export(store, fmt, sys.stdout)
    err.print(f"exported {n} {'records' if fmt == 'jsonl' else 'events'}")


# -- evaluation ------------------------------------------------------------------------------------

def _run_eval(layer: str, **kwargs) -> None:
    """Call cronaca.eval.<layer>.evaluate(**kwargs); print its report, then the scores as one JSON line."""
    try:
        module = importlib.import_module(f"cronaca.eval.{layer}")
    except ModuleNotFoundError as exc:
        err.print(f"error: no evaluator for {layer!r} ({exc})")
        raise typer.Exit(2)
    gold = kwargs.get("gold")
    if gold is not None and not Path(gold).exists():
        err.print(f"error: gold data not found: {gold}")
        raise typer.Exit(2)
    scores = module.evaluate(**kwargs)
    if hasattr(module, "format_report"):
        out.print(module.format_report(scores), highlight=False)
    print(json.dumps(scores, ensure_ascii=False))


@eval_app.command("ud")
def eval_ud(lang: str = typer.Option(..., help="it or en"), gold: Path = typer.Option(..., help="A .conllu file.")):
    """Tagging, lemmas and dependencies against a UD treebank: upos, lemma, uas, las."""
    _run_eval("ud", lang=lang, gold=gold)


@eval_app.command("ner")
def eval_ner(lang: str = typer.Option(..., help="it or en"), gold: Path = typer.Option(...),
             fmt: str = typer.Option("kind", "--format", help="kind | conll")):
    """Named entities (micro P/R/F1, exact span and label, per label)."""
    _run_eval("ner", lang=lang, gold=gold, fmt=fmt)


@eval_app.command("timex")
def eval_timex(gold: Path = typer.Option(..., help="A directory of TimeML .tml files, or a cronaca JSONL file."),
               fmt: str = typer.Option("timeml", "--format", help="timeml | cronaca-jsonl"),
               lang: Optional[str] = typer.Option(None),
               split: Optional[str] = typer.Option(None, help="dev | test: a split of the team's gold file.")):
    """Time expressions: strict/relaxed detection and value accuracy."""
    _run_eval("timex", gold=gold, fmt=fmt, lang=lang, split=split)


@eval_app.command("places")
def eval_places(gold: Path = typer.Option(Path("tests/data/places_gold.jsonl"),
                                          help="JSONL of place mentions with gold GeoNames ids.")):
    """Place resolution: country and GeoNames id accuracy."""
    _run_eval("places", gold=gold)


@eval_app.command("attribution")
def eval_attribution(gold: Path = typer.Option(..., help="PolNeAR directory (text/, attributions/) or cronaca JSONL."),
                     fmt: str = typer.Option("polnear", "--format", help="polnear | cronaca-jsonl"),
                     lang: Optional[str] = typer.Option(None),
                     split: Optional[str] = typer.Option(None, help="dev | test: a split of the team's gold file."),
                     limit: Optional[int] = typer.Option(None, help="Score only the first N documents.")):
    """Attribution: source, cue and content spans (exact and overlap P/R/F1)."""
    _run_eval("attribution", gold=gold, fmt=fmt, lang=lang, split=split, limit=limit)


@eval_app.command("actors")
def eval_actors(gold: Path = typer.Option(..., help="JSONL of actor mentions with gold code and sector."),
                split: Optional[str] = typer.Option(None, help="dev | test: a split of the team's gold file.")):
    """Actor resolution: code and sector accuracy."""
    _run_eval("actors", gold=gold, split=split)


@eval_app.command("events")
def eval_events(gold: Path = typer.Option(...), fmt: str = typer.Option("cronaca-jsonl", "--format",
                                                                         help="plover-gsr | cronaca-jsonl"),
                lang: Optional[str] = typer.Option(None),
                split: Optional[str] = typer.Option(None, help="dev | test: a split of the team's gold file.")):
    """PLOVER events: category micro P/R/F1, per category, actor/recipient and aux accuracy."""
    _run_eval("events", gold=gold, fmt=fmt, lang=lang, split=split)


@actors_app.command("lookup")
def actors_lookup(text: str, lang: str = typer.Option("en"), date: Optional[str] = typer.Option(None),
                  context: Optional[str] = typer.Option(None)):
    """Candidate actors for TEXT (best first) with their PLOVER codes."""
    from .actors import lookup

    cands = lookup(text, lang=lang, date=date, context=context)
    if not cands:
        out.print(f"no actor found for {text!r}")
        raise typer.Exit(1)
    table = Table()
    for col in ("name", "code", "sector", "sectors", "id", "count"):
        table.add_column(col)
    for e in cands:
        table.add_row(e.name or "-", e.code or "-", e.sector or "-", ",".join(e.sectors) or "-", e.id or "-",
                      "-" if e.count is None else str(e.count))
    out.print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
