"""Score the actor resolver against a JSONL gold file.

Each gold line: {"text": mention, "context": sentence containing it, "date": publication date, "lang",
"code": PLOVER country/actor code, "sector": primary sector, "split": optional "dev"/"test"}.
The mention is resolved inside its sentence (the sentence is the whole article), so the resolver sees the same
context as in a real article. A mention it cannot find counts as wrong.

    python -m cronaca.eval.actors tests/data/actors_gold.jsonl [--split test] [--errors]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def _resolve(row: dict):
    from ..actors import resolve_span
    from ..analysis import Analysis
    from ..nlp import load_pipeline
    from ..schema import Article

    text, ctx = row["text"], row["context"]
    analysis = Analysis(Article(id="gold", source="gold", text=ctx, published=row.get("date"), language=row["lang"]))
    analysis.doc = load_pipeline(row["lang"])(ctx)
    from ..actors import resolve_mentions

    analysis.mentions = resolve_mentions(analysis)
    pos = ctx.find(text)
    if pos < 0:
        return None
    return resolve_span(analysis, pos, pos + len(text))


def evaluate(gold: Path, split: str | None = None, errors: list | None = None) -> dict:
    rows = [json.loads(line) for line in Path(gold).read_text(encoding="utf-8").splitlines() if line.strip()]
    if split:
        rows = [r for r in rows if r.get("split", "test") == split]
    n = code_ok = sector_ok = both_ok = found = 0
    per_lang: dict[str, list[int]] = {}
    t0 = time.perf_counter()
    for row in rows:
        ent = _resolve(row)
        n += 1
        c = s = False
        if ent is not None:
            found += 1
            c = ent.code == row.get("code")
            s = ent.sector == row.get("sector")
        code_ok += c
        sector_ok += s
        both_ok += c and s
        stats = per_lang.setdefault(row["lang"], [0, 0, 0])
        stats[0] += 1
        stats[1] += c
        stats[2] += s
        if errors is not None and not (c and s):
            errors.append({"text": row["text"], "lang": row["lang"], "date": row.get("date"),
                           "gold": [row.get("code"), row.get("sector")],
                           "got": None if ent is None else [ent.code, ent.sector, ent.id]})
    elapsed = time.perf_counter() - t0
    scores = {
        "n": n,
        "found": found,
        "code_accuracy": round(code_ok / n, 4) if n else 0.0,
        "sector_accuracy": round(sector_ok / n, 4) if n else 0.0,
        "both_accuracy": round(both_ok / n, 4) if n else 0.0,
        "code_correct": code_ok,
        "sector_correct": sector_ok,
        "seconds": round(elapsed, 3),
    }
    for lang, (k, c, s) in sorted(per_lang.items()):
        scores[f"{lang}_code_accuracy"] = round(c / k, 4)
        scores[f"{lang}_sector_accuracy"] = round(s / k, 4)
        scores[f"{lang}_n"] = k
    if split:
        scores["split"] = split
    return scores


def format_report(scores: dict) -> str:
    lines = [f"actors: {scores['n']} gold mentions ({scores.get('split', 'all')}), {scores['found']} resolved",
             f"  code accuracy   {scores['code_accuracy']:.3f}",
             f"  sector accuracy {scores['sector_accuracy']:.3f}"]
    for k in sorted(scores):
        if k.endswith("_code_accuracy") and k != "code_accuracy":
            lang = k.split("_")[0]
            lines.append(f"  {lang}: n={scores[lang + '_n']} code {scores[k]:.3f} sector {scores[lang + '_sector_accuracy']:.3f}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--split", choices=["dev", "test"], default=None)
    ap.add_argument("--errors", action="store_true", help="print the mentions resolved wrongly")
    args = ap.parse_args(argv)
    errs: list = [] if args.errors else None
    scores = evaluate(args.gold, args.split, errs)
    if errs:
        for e in errs:
            print(json.dumps(e, ensure_ascii=False), file=sys.stderr)
    print(format_report(scores))
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
