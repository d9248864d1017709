"""Scoring time expressions: detection (strict / relaxed span match) and normalisation (value accuracy).

Formats:

* ``timeml``: a directory (searched recursively) of TimeML ``.tml`` files, e.g. TempEval-3 TBAQ; the
  text is the ``<TEXT>`` element, the reference date the document creation time (DCT).
* ``cronaca-jsonl``: one JSON object per line ``{"id", "text", "published", "lang", "split",
  "timexes": [{"start", "end", "text", "value", "type"}]}`` (tests/data/timex_it_gold.jsonl).

As in TempEval-3: a *strict* match has identical offsets, a *relaxed* match overlaps (one-to-one,
greedy in text order); ``value_accuracy`` is the share of relaxed matches whose normalised value equals
the gold value (so it does not punish missed expressions twice).

    python -m cronaca.eval.timex ../shared/data/time/tempeval3/TBAQ-cleaned/AQUAINT
    python -m cronaca.eval.timex tests/data/timex_it_gold.jsonl --format cronaca-jsonl --split test
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

from ..timex import find_timexes

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: Path) -> dict:
    """{"id", "text", "published", "timexes": [...]} from one TimeML file (TEXT element only)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", raw, re.S)
    if m:
        v = _ATTR.findall(m.group(1))
        val = dict(v).get("value", "")
        dm = re.match(r"\d{4}-\d\d-\d\d", val)
        dct = dm.group(0) if dm else None
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = m.group(1) if m else raw
    out, timexes, open_tx = [], [], None
    pos, length = 0, 0
    for tm in _TAG.finditer(body):
        chunk = html.unescape(body[pos:tm.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tm.end()
        closing, name, attrs = tm.group(1), tm.group(2), tm.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            open_tx = (length, dict(_ATTR.findall(attrs)))
        elif open_tx is not None:
            start, a = open_tx
            timexes.append({"start": start, "end": length, "value": a.get("value"), "type": a.get("type")})
            open_tx = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    for t in timexes:
        t["text"] = text[t["start"]:t["end"]]
    return {"id": path.stem, "text": text, "published": dct, "timexes": timexes}


def read_jsonl(path: Path, split: str | None = None, lang: str | None = None) -> list[dict]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        d = json.loads(line)
        if split and d.get("split") != split:
            continue
        if lang and d.get("lang", lang) != lang:
            continue
        docs.append(d)
    return docs


def _match(gold: list[dict], pred: list) -> tuple[int, int, list[tuple[dict, object]]]:
    """(strict matches, relaxed matches, relaxed pairs)."""
    strict = sum(1 for g in gold if any(p.start == g["start"] and p.end == g["end"] for p in pred))
    used, pairs = set(), []
    for g in gold:
        best = None
        for k, p in enumerate(pred):
            if k in used or not (p.start < g["end"] and g["start"] < p.end):
                continue
            ov = min(p.end, g["end"]) - max(p.start, g["start"])
            if best is None or ov > best[0]:
                best = (ov, k)
        if best is not None:
            used.add(best[1])
            pairs.append((g, pred[best[1]]))
    return strict, len(pairs), pairs


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(docs: list[dict], lang: str, errors: list | None = None) -> dict:
    n_gold = n_pred = strict = relaxed = value_ok = type_ok = 0
    for d in docs:
        pred = find_timexes(d["text"], d.get("published"), d.get("lang") or lang)
        gold = d["timexes"]
        s, r, pairs = _match(gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        strict += s
        relaxed += r
        for g, p in pairs:
            ok = (p.value or "") == (g.get("value") or "")
            value_ok += ok
            type_ok += (p.type or "") == (g.get("type") or "")
            if errors is not None and not ok:
                errors.append(("value", d.get("id"), g.get("text"), g.get("value"), p.text, p.value))
        if errors is not None:
            for g in gold:
                if not any(p.start < g["end"] and g["start"] < p.end for p in pred):
                    errors.append(("miss", d.get("id"), g.get("text"), g.get("value"), None, None))
            for p in pred:
                if not any(p.start < g["end"] and g["start"] < p.end for g in gold):
                    errors.append(("spurious", d.get("id"), None, None, p.text, p.value))
    return {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "strict": _prf(strict, n_pred, strict, n_gold),
        "relaxed": _prf(relaxed, n_pred, relaxed, n_gold),
        "value_accuracy": round(value_ok / relaxed, 4) if relaxed else 0.0,
        "type_accuracy": round(type_ok / relaxed, 4) if relaxed else 0.0,
    }


def load(gold: Path, fmt: str = "timeml", lang: str | None = None, split: str | None = None) -> tuple[list[dict], str]:
    gold = Path(gold)
    if fmt == "timeml":
        files = sorted(gold.rglob("*.tml")) if gold.is_dir() else [gold]
        return [read_timeml(f) for f in files], lang or "en"
    if fmt in ("cronaca-jsonl", "jsonl"):
        return read_jsonl(gold, split=split, lang=lang), lang or "it"
    raise ValueError(f"unknown gold format {fmt!r} (timeml, cronaca-jsonl)")


def evaluate(gold: Path, fmt: str = "timeml", lang: str | None = None, split: str | None = None) -> dict:
    """Detection (strict/relaxed P/R/F1) and value accuracy of cronaca.timex on a gold set."""
    docs, lang = load(gold, fmt, lang, split)
    scores = score(docs, lang)
    scores.update({"gold_path": str(gold), "format": fmt, "lang": lang})
    if split:
        scores["split"] = split
    return scores


def format_report(scores: dict) -> str:
    lines = [f"time expressions: {scores.get('gold_path')} ({scores.get('format')}, {scores.get('lang')})",
             f"  documents {scores['documents']}, gold {scores['gold']}, predicted {scores['predicted']}"]
    for k in ("strict", "relaxed"):
        s = scores[k]
        lines.append(f"  {k:8s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append(f"  value accuracy {scores['value_accuracy']:.3f}  type accuracy {scores['type_accuracy']:.3f}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronaca.eval.timex", description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path, help="TimeML directory/file or cronaca JSONL gold")
    ap.add_argument("--format", dest="fmt", default=None, help="timeml | cronaca-jsonl (default: by extension)")
    ap.add_argument("--lang", default=None)
    ap.add_argument("--split", default=None, help="JSONL only: dev | test")
    ap.add_argument("--errors", action="store_true", help="print the mismatches")
    a = ap.parse_args(argv)
    fmt = a.fmt or ("cronaca-jsonl" if a.gold.suffix == ".jsonl" else "timeml")
    if a.errors:
        docs, lang = load(a.gold, fmt, a.lang, a.split)
        errs: list = []
        score(docs, lang, errs)
        for e in errs:
            print("\t".join("" if x is None else str(x) for x in e))
    scores = evaluate(a.gold, fmt, a.lang, a.split)
    print(format_report(scores))
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
