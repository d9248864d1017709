"""Scoring the PLOVER event coder against gold sentences.

Formats:

* ``plover-gsr``: the PLOVER gold-standard records (``PLOVER_GSR_CAMEO.txt``, a JSON list, PLOVER
  0.5b1 categories, converted here to the current 16 categories). ``--split dev`` scores the records at
  even positions (0, 2, 4, ...) of the scored records in file order (the DOCUMENT record and records
  without text or with a category outside the 16 are not counted), ``--split test`` those at odd
  positions; no split scores all of them. Only the dev half may be looked at while tuning;
  the test half is scored once, at the end of a round of changes.
* ``cronaca-jsonl``: cronaca's own gold (``tests/data/events_it_gold.jsonl``; see
  ``tests/data/README_events.md``).

Each gold sentence is coded as its own one-sentence article through the full pipeline. Event
categories are matched per sentence (a predicted event matches an unmatched gold event of the same
category; the one with the same actor codes first). ``actor_accuracy`` / ``recipient_accuracy``:
share of matched events whose set of actor (recipient) codes equals the gold set; ``aux_accuracy``:
share of matched events whose aux flags equal the gold flags (cronaca-jsonl only).

    PYTHONPATH=src python -m cronaca.eval.events tests/data/events_it_gold.jsonl --fmt cronaca-jsonl --split test
    PYTHONPATH=src python -m cronaca.eval.events ../shared/data/events/plover/PLOVER_GSR_CAMEO.txt --fmt plover-gsr
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# PLOVER 0.5b1 (GSR) -> current categories (PLOVER manual 2.0: DEMAND->REQUEST, DISAPPROVE and
# INVESTIGATE->ACCUSE, FIGHT->ASSAULT; YIELD had already been split into CONCEDE/RETREAT)
GSR_MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def _codes(actors) -> list[str]:
    if not actors or isinstance(actors, str):
        return []
    out = []
    for a in actors:
        if isinstance(a, dict):
            code = a.get("code")
        else:
            code = a
        if code:
            out.append(str(code))
    return out


def load_gold(path: Path, fmt: str, lang: str | None = None, split: str | None = None) -> list[dict]:
    """Gold as a list of {id, text, lang, published, split, events: [{event, actor, recipient, aux}]}."""
    items: list[dict] = []
    if fmt == "plover-gsr":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        for rec in data:
            cat = rec.get("event")
            if not cat or cat == "DOCUMENT" or not rec.get("text"):
                continue
            cat = GSR_MAP.get(cat, cat)
            if cat not in CATEGORIES:
                continue
            items.append({"id": rec["id"], "text": rec["text"], "lang": rec.get("language", "en"),
                          "published": rec.get("date") or "2000-01-01",
                          "split": "dev" if len(items) % 2 == 0 else "test",
                          "events": [{"event": cat, "actor": _codes(rec.get("source")),
                                      "recipient": _codes(rec.get("target")), "aux": None}]})
    elif fmt == "cronaca-jsonl":
        with Path(path).open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                rec = json.loads(line)
                items.append({"id": rec["id"], "text": rec["text"], "lang": rec.get("lang", "it"),
                              "published": rec.get("published"), "split": rec.get("split", "all"),
                              "events": [{"event": e["event"], "actor": list(e.get("actor", [])),
                                          "recipient": list(e.get("recipient", [])), "aux": list(e.get("aux", [])),
                                          "factuality": e.get("factuality")}
                                         for e in rec.get("events", [])]})
    else:
        raise ValueError(f"unknown gold format {fmt!r} (plover-gsr | cronaca-jsonl)")
    if lang:
        items = [it for it in items if it["lang"] == lang]
    if split and split != "all":
        items = [it for it in items if it["split"] == split]
    return items


def _coder():
    try:
        from ..pipeline import Coder
        coder = Coder()
        return lambda text, lang, published: [e.to_dict() for e in coder.code_text(text, lang=lang, published=published).events]
    except ImportError:
        pass
    from .. import actors, attribution, events, geo, timex
    from ..analysis import Analysis
    from ..nlp import load_pipeline
    from ..schema import Article

    def run(text, lang, published):
        an = Analysis(article=Article(id="gold", source="<gold>", text=text, published=published, language=lang))
        an.doc = load_pipeline(lang)(text)
        an.mentions = actors.resolve_mentions(an)
        an.timexes = timex.find_timexes(text, published, lang, an.doc)
        an.places = geo.find_places(an)
        an.quotes = attribution.find_quotes(an)
        return [e.to_dict() for e in events.code_events(an)]
    return run


def predict(items: list[dict]) -> list[list[dict]]:
    run = _coder()
    return [run(it["text"], it["lang"], it["published"]) for it in items]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(items: list[dict], preds: list[list[dict]]) -> dict:
    tp_c, pred_c, gold_c = Counter(), Counter(), Counter()
    act_ok = rec_ok = aux_ok = aux_n = fact_ok = fact_n = matched = 0
    errors = []
    for it, pred in zip(items, preds):
        used = set()
        for g in it["events"]:
            gold_c[g["event"]] += 1
        for p in pred:
            pred_c[p["event"]] += 1
        for gi, g in enumerate(it["events"]):
            cands = [k for k, p in enumerate(pred) if k not in used and p["event"] == g["event"]]
            if not cands:
                errors.append({"id": it["id"], "missed": g["event"], "text": it["text"]})
                continue
            gset = set(g["actor"])
            best = next((k for k in cands if set(_codes(pred[k]["actor"])) == gset), cands[0])
            used.add(best)
            p = pred[best]
            tp_c[g["event"]] += 1
            matched += 1
            if set(_codes(p["actor"])) == gset:
                act_ok += 1
            else:
                errors.append({"id": it["id"], "event": g["event"], "actor_gold": sorted(gset),
                               "actor_pred": _codes(p["actor"]), "actor_text": [a.get("text") for a in p["actor"]]})
            if set(_codes(p["recipient"])) == set(g["recipient"]):
                rec_ok += 1
            if g.get("aux") is not None:
                aux_n += 1
                if set(p.get("aux") or []) == set(g["aux"]):
                    aux_ok += 1
                else:
                    errors.append({"id": it["id"], "event": g["event"], "aux_gold": g["aux"], "aux_pred": p.get("aux")})
            if g.get("factuality"):
                fact_n += 1
                fact_ok += int(p.get("factuality") == g["factuality"])
        for k, p in enumerate(pred):
            if k not in used:
                errors.append({"id": it["id"], "spurious": p["event"], "trigger": p["trigger"]["text"]})
    per_cat = {}
    for cat in CATEGORIES:
        if gold_c[cat] or pred_c[cat]:
            d = _prf(tp_c[cat], pred_c[cat], gold_c[cat])
            d["support"] = gold_c[cat]
            per_cat[cat] = d
    out = {
        "micro": _prf(sum(tp_c.values()), sum(pred_c.values()), sum(gold_c.values())),
        "per_category": per_cat,
        "actor_accuracy": round(act_ok / matched, 4) if matched else 0.0,
        "recipient_accuracy": round(rec_ok / matched, 4) if matched else 0.0,
        "aux_accuracy": round(aux_ok / aux_n, 4) if aux_n else None,
        "factuality_accuracy": round(fact_ok / fact_n, 4) if fact_n else None,
        "sentences": len(items),
        "gold_events": sum(gold_c.values()),
        "predicted_events": sum(pred_c.values()),
        "matched_events": matched,
    }
    return out, errors


def evaluate(gold: Path, fmt: str, lang: str | None = None, split: str | None = None,
             errors_out: Path | None = None) -> dict:
    """Scores of the event coder on ``gold`` (see module doc). For cronaca-jsonl the result also holds
    the scores of each split under ``splits`` (dev = used while building the lexicon, test = held out)."""
    items = load_gold(Path(gold), fmt, lang)
    if fmt == "plover-gsr" and split and split != "all":
        # the GSR halves are independent: only the asked half is coded (and never reported on otherwise)
        items = [it for it in items if it["split"] == split]
    preds = predict(items)
    chosen = [(it, p) for it, p in zip(items, preds) if not split or split == "all" or it["split"] == split]
    result, errors = score([c[0] for c in chosen], [c[1] for c in chosen])
    result["format"] = fmt
    result["split"] = split or "all"
    splits = sorted({it["split"] for it in items} - {"all"})
    if fmt == "cronaca-jsonl" and len(splits) > 1 and (not split or split == "all"):
        result["splits"] = {}
        for s in splits:
            sub = [(it, p) for it, p in zip(items, preds) if it["split"] == s]
            sc, _ = score([c[0] for c in sub], [c[1] for c in sub])
            result["splits"][s] = {k: sc[k] for k in ("micro", "actor_accuracy", "recipient_accuracy",
                                                     "aux_accuracy", "factuality_accuracy", "gold_events")}
    if errors_out:
        Path(errors_out).write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in errors) + "\n", encoding="utf-8")
    return result


def format_report(scores: dict) -> str:
    lines = [f"events ({scores.get('format')}, split {scores.get('split')}): {scores.get('sentences')} sentences, "
             f"{scores.get('gold_events')} gold / {scores.get('predicted_events')} predicted events",
             "micro P {precision:.3f} R {recall:.3f} F1 {f1:.3f}".format(**scores["micro"]),
             f"actor accuracy {scores['actor_accuracy']:.3f}  recipient accuracy {scores['recipient_accuracy']:.3f}"
             + (f"  aux accuracy {scores['aux_accuracy']:.3f}" if scores.get("aux_accuracy") is not None else "")]
    for cat, d in sorted(scores["per_category"].items()):
        lines.append(f"  {cat:<10} P {d['precision']:.2f} R {d['recall']:.2f} F1 {d['f1']:.2f} (n={d['support']})")
    for s, d in (scores.get("splits") or {}).items():
        lines.append(f"  split {s}: F1 {d['micro']['f1']:.3f} actor {d['actor_accuracy']:.3f} aux {d['aux_accuracy']}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronaca.eval.events", description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--fmt", default="cronaca-jsonl", choices=("plover-gsr", "cronaca-jsonl"))
    ap.add_argument("--lang", default=None)
    ap.add_argument("--split", default=None, help="dev | test | all (cronaca-jsonl: the file's own split; plover-gsr: even/odd positions)")
    ap.add_argument("--errors", type=Path, default=None, help="write per-sentence errors (JSON lines) here")
    args = ap.parse_args(argv)
    scores = evaluate(args.gold, args.fmt, args.lang, split=args.split, errors_out=args.errors)
    print(format_report(scores), file=sys.stderr)
    print(json.dumps(scores, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
