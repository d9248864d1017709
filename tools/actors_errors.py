"""Print the mentions of one split of an actor gold file that the resolver gets wrong, with their sentence.

    python tools/actors_errors.py tests/data/actors_gold2.jsonl --split dev

Only ever run it on a dev split: the test split is measured, never read.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from cronaca.eval.actors import _resolve


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--split", choices=["dev"], default="dev")
    ap.add_argument("--lang", default=None)
    args = ap.parse_args(argv)
    rows = [json.loads(x) for x in args.gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r.get("split", "test") == args.split and (args.lang is None or r["lang"] == args.lang)]
    bad = 0
    for r in rows:
        ent = _resolve(r)
        got = None if ent is None else (ent.code, ent.sector, ent.id, ent.name)
        if got is None or got[0] != r.get("code") or got[1] != r.get("sector"):
            bad += 1
            print(f"[{r['lang']} {r.get('date')}] {r['text']!r}  gold={r.get('code')}/{r.get('sector')}  got={got}")
            print(f"    {r['context']}")
    print(f"{bad} wrong of {len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
