"""Scoring place resolution on tests/data/places_gold.jsonl (written by the cronaca team).

Each line: {"lang", "text" (the mention), "sentence", "context_countries" (ISO3 of the article's other
places, may be empty), "geonameid", "country" (ISO3)}. The resolver sees the mention, its language and
the context countries, as ``find_places`` would give them.

    python -m cronaca.eval.places tests/data/places_gold.jsonl
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..geo import resolve_place

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "places_gold.jsonl"


def evaluate(gold: Path = DEFAULT_GOLD, errors: list | None = None) -> dict:
    rows = [json.loads(x) for x in Path(gold).read_text(encoding="utf-8").splitlines() if x.strip()]
    n = country_ok = id_ok = found = 0
    per_lang: dict[str, list[int]] = {}
    for r in rows:
        p = resolve_place(r["text"], r["lang"], r.get("context_countries") or None)
        n += 1
        found += p is not None
        c_ok = p is not None and p.country == r["country"]
        i_ok = p is not None and p.geonameid == r["geonameid"]
        country_ok += c_ok
        id_ok += i_ok
        stats = per_lang.setdefault(r["lang"], [0, 0, 0])
        stats[0] += 1
        stats[1] += c_ok
        stats[2] += i_ok
        if errors is not None and not i_ok:
            errors.append((r["lang"], r["text"], r["geonameid"], r["country"],
                           p.geonameid if p else None, p.country if p else None, p.name if p else None))
    return {
        "mentions": n,
        "resolved": round(found / n, 4) if n else 0.0,
        "country_accuracy": round(country_ok / n, 4) if n else 0.0,
        "geonameid_accuracy": round(id_ok / n, 4) if n else 0.0,
        "by_lang": {k: {"mentions": v[0], "country_accuracy": round(v[1] / v[0], 4),
                        "geonameid_accuracy": round(v[2] / v[0], 4)} for k, v in sorted(per_lang.items())},
        "gold_path": str(gold),
    }


def format_report(scores: dict) -> str:
    lines = [f"places: {scores['gold_path']} ({scores['mentions']} mentions, resolved {scores['resolved']:.3f})",
             f"  country accuracy {scores['country_accuracy']:.3f}  GeoNames id accuracy {scores['geonameid_accuracy']:.3f}"]
    for lang, s in scores["by_lang"].items():
        lines.append(f"  {lang}: {s['mentions']} mentions, country {s['country_accuracy']:.3f}, id {s['geonameid_accuracy']:.3f}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronaca.eval.places", description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, nargs="?", default=DEFAULT_GOLD)
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args(argv)
    errs: list | None = [] if a.errors else None
    scores = evaluate(a.gold, errs)
    for e in errs or []:
        print("\t".join(str(x) for x in e))
    print(format_report(scores))
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
