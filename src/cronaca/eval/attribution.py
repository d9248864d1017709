"""Score attribution (source, cue, content spans) against gold data.

Formats
-------
``polnear``: a PolNeAR compartment directory with ``text/*.txt`` and ``attributions/*.ann`` (brat standoff:
Source / Cue / Content text-bound annotations). When an article was annotated by several annotators the
first annotation file (sorted by name) is used. PolNeAR is univocal (no nested attributions), so predicted
quotes nested in another predicted quote's content are not scored.

``cronaca-jsonl``: one JSON object per line, ``{"id", "lang", "text", "attributions": [...]}``; each
attribution gives ``content``, ``cue``, ``source`` as substrings of ``text`` (``*_occ``: which occurrence,
default 0; ``source`` null for pro-drop), plus ``speaker`` (who is meant, e.g. the antecedent of a pronoun),
``code`` (PLOVER actor code, optional), ``channel``, ``anonymous``, ``count``, ``factuality``, ``direct``,
and a document-level ``split`` (dev: develop on it; test: report only).

Matching: *exact* = same span after trimming whitespace, punctuation and quotation marks at both ends;
*overlap* = the spans share at least one character. One-to-one greedy matching; precision over predicted
spans, recall over gold spans.

Command: ``python -m cronaca.eval.attribution GOLD [--format polnear|cronaca-jsonl] [--lang en] [--limit N]``
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROLES = ("source", "cue", "content")
_TRIM = set(" \t\n\r.,;:!?\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2014\u2013-()[]")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


# ---------------------------------------------------------------------------------------------- loading

def load_polnear(root: Path, limit: int | None = None) -> list[dict]:
    root = Path(root)
    texts = sorted((root / "text").glob("*.txt"))
    anns = sorted((root / "attributions").glob("*.ann"))
    docs = []
    for tp in texts:
        stem = tp.stem
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == stem]
        if not mine:
            continue
        text = tp.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, int, int]] = {}
        rels = []
        for line in mine[0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if line.startswith("T") and len(parts) >= 2:
                typ, _, offs = parts[1].partition(" ")
                nums = [tuple(map(int, p.split())) for p in offs.split(";")]
                spans[parts[0]] = (typ, min(a for a, _ in nums), max(b for _, b in nums))
            elif line.startswith("E") and len(parts) >= 2:
                rels.append(dict(x.split(":", 1) for x in parts[1].split()))
        atts = []
        for r in rels:
            att = {}
            for role in ROLES:
                tid = r.get(role.capitalize())
                if tid and tid in spans:
                    att[role] = spans[tid][1:]
            atts.append(att)
        docs.append({"id": stem, "lang": "en", "text": text, "attributions": atts})
        if limit and len(docs) >= limit:
            break
    return docs


def _find(text: str, sub: str | None, occ: int = 0, after: int = 0) -> tuple[int, int] | None:
    if not sub:
        return None
    i = -1
    pos = 0
    for _ in range(occ + 1):
        i = text.find(sub, pos)
        if i < 0:
            raise ValueError(f"gold substring not found: {sub!r}")
        pos = i + 1
    return i, i + len(sub)


def load_jsonl(path: Path, lang: str | None = None, limit: int | None = None, split: str | None = None) -> list[dict]:
    docs = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        d = json.loads(line)
        if lang and d.get("lang") != lang:
            continue
        if split and d.get("split") != split:
            continue
        atts = []
        for a in d["attributions"]:
            g = dict(a)
            for role in ROLES:
                g[role] = _find(d["text"], a.get(role), a.get(role + "_occ", 0))
            atts.append(g)
        docs.append({"id": d.get("id", str(n)), "lang": d.get("lang", lang or "it"), "text": d["text"],
                     "published": d.get("published"), "attributions": atts})
        if limit and len(docs) >= limit:
            break
    return docs


# ---------------------------------------------------------------------------------------------- predicting

def predict(doc: dict):
    from ..analysis import Analysis
    from ..attribution import find_quotes
    from ..nlp import load_pipeline
    from ..schema import Article

    art = Article(id=doc["id"], source=doc["id"], text=doc["text"], language=doc["lang"],
                  published=doc.get("published"))
    a = Analysis(article=art)
    a.doc = load_pipeline(doc["lang"])(doc["text"])
    try:  # named-entity mentions and actors when those layers exist (same order as the pipeline)
        from .. import actors

        if hasattr(actors, "resolve_mentions"):
            a.mentions.extend(actors.resolve_mentions(a))  # as the pipeline does (the speakers use them)
    except Exception:
        pass
    return a, find_quotes(a)


def _univocal(quotes):
    out = []
    for q in quotes:
        if any(p is not q and p.start <= q.start and q.end <= p.end and (p.end - p.start) > (q.end - q.start)
               for p in quotes):
            continue
        out.append(q)
    return out


# ---------------------------------------------------------------------------------------------- scoring

class _PRF:
    def __init__(self):
        self.tp_p = self.tp_g = self.n_pred = self.n_gold = 0

    def add(self, gold: list[tuple[int, int]], pred: list[tuple[int, int]], same) -> None:
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        used = set()
        hit = 0
        for g in gold:
            for k, p in enumerate(pred):
                if k not in used and same(g, p):
                    used.add(k)
                    hit += 1
                    break
        self.tp_g += hit
        self.tp_p += hit

    def scores(self) -> dict:
        p = self.tp_p / self.n_pred if self.n_pred else 0.0
        r = self.tp_g / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'")
    return re.sub(r"[^\w']+", " ", s).strip()


def _speaker_ok(gold: dict, q) -> bool:
    if q is None or q.speaker is None:
        return False
    want = _norm(gold.get("speaker") or "")
    if gold.get("code") and q.speaker.code:
        if gold["code"] != q.speaker.code:
            return False
    got = {_norm(q.speaker.text), _norm(q.speaker.name)} - {""}
    if not want:
        return bool(gold.get("code")) and gold.get("code") == q.speaker.code
    for g in got:
        if g == want or (len(g) > 2 and (g in want or want in g)):
            return True
        # surname match ("Kim Jong Un" vs "Kim Jong Un"; "Tajani" vs "Antonio Tajani")
        gw, ww = set(g.split()), set(want.split())
        if gw & ww - {"il", "la", "lo", "i", "gli", "le", "the", "di", "del", "della"}:
            return True
    return bool(gold.get("code")) and gold.get("code") == q.speaker.code


def evaluate(gold: Path, fmt: str = "polnear", lang: str | None = None, limit: int | None = None,
             split: str | None = None) -> dict:
    gold = Path(gold)
    if fmt == "polnear":
        docs = load_polnear(gold, limit)
    elif fmt in ("cronaca-jsonl", "jsonl"):
        docs = load_jsonl(gold, lang, limit, split)
    else:
        raise ValueError(f"unknown gold format {fmt!r}")
    exact = {r: _PRF() for r in ROLES}
    overlap = {r: _PRF() for r in ROLES}
    extra = {"speaker": [0, 0], "code": [0, 0], "channel": [0, 0], "anonymous": [0, 0], "count": [0, 0],
             "direct": [0, 0], "stance": [0, 0]}
    t0 = time.time()
    n_att = 0
    for doc in docs:
        text = doc["text"]
        a, quotes = predict(doc)
        if fmt == "polnear":
            quotes = _univocal(quotes)
        pred = {
            "content": [(q.start, q.end) for q in quotes],
            "cue": sorted({tuple(q.cue_span) for q in quotes if q.cue_span}),
            "source": sorted({tuple(q.speaker_span) for q in quotes if q.speaker_span}),
        }
        n_att += len(doc["attributions"])
        for role in ROLES:
            g = [x[role] for x in doc["attributions"] if x.get(role)]
            if role != "content":
                g = sorted(set(g))
            p = pred[role]
            exact[role].add(g, p, lambda x, y: _trim(text, *x) == _trim(text, *y))
            overlap[role].add(g, p, lambda x, y: x[0] < y[1] and y[0] < x[1])
        if fmt != "polnear":
            _extra_scores(doc, quotes, extra, a.lang)
    out = {role: {"exact": exact[role].scores(), "overlap": overlap[role].scores()} for role in ROLES}
    out["documents"] = len(docs)
    out["attributions"] = n_att
    out["seconds"] = round(time.time() - t0, 1)
    if fmt != "polnear":
        names = {"speaker": "speaker_accuracy", "code": "speaker_code_accuracy", "channel": "channel_recall",
                 "anonymous": "anonymous_recall", "count": "count_recall", "direct": "direct_accuracy",
                 "stance": "factuality_accuracy"}
        for k, (hit, n) in extra.items():
            out[names[k]] = round(hit / n, 4) if n else None
            out[names[k] + "_n"] = n
    return out


def _extra_scores(doc: dict, quotes, extra: dict, lang: str) -> None:
    from ..attribution import factuality_of

    def match(g):
        c = g.get("content")
        by_cue = c is None
        c = c or g.get("cue")
        if not c:
            return None
        best, ov = None, (0, 0)
        gc = g.get("cue")
        for q in quotes:
            qs, qe = (q.cue_span if by_cue and q.cue_span else (q.start, q.end))
            o = min(c[1], qe) - max(c[0], qs)
            # ties (a nested quote and the one around it) go to the quote with the gold cue
            same_cue = bool(gc and q.cue_span and q.cue_span[0] < gc[1] and gc[0] < q.cue_span[1])
            if o > 0 and (o, same_cue) > ov:
                best, ov = q, (o, same_cue)
        return best

    for g in doc["attributions"]:
        q = match(g)
        extra["speaker"][1] += 1
        extra["speaker"][0] += _speaker_ok(g, q)
        if g.get("code"):
            extra["code"][1] += 1
            extra["code"][0] += bool(q and q.speaker and q.speaker.code == g["code"])
        if g.get("channel"):
            extra["channel"][1] += 1
            extra["channel"][0] += bool(q and q.channel and (_norm(g["channel"]) in _norm(q.channel) or
                                                             _norm(q.channel) in _norm(g["channel"])))
        if g.get("anonymous"):
            extra["anonymous"][1] += 1
            extra["anonymous"][0] += bool(q and q.anonymous)
        if g.get("count") is not None:
            extra["count"][1] += 1
            extra["count"][0] += bool(q and q.count == g["count"])
        if "direct" in g:
            extra["direct"][1] += 1
            extra["direct"][0] += bool(q and q.direct == g["direct"])
        if g.get("factuality"):
            extra["stance"][1] += 1
            extra["stance"][0] += bool(q and factuality_of(q, lang) == g["factuality"])


def format_report(scores: dict) -> str:
    lines = [f"{'role':8} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}"]
    for role in ROLES:
        e, o = scores[role]["exact"], scores[role]["overlap"]
        lines.append(f"{role:8} {e['precision']:8.3f} {e['recall']:6.3f} {e['f1']:6.3f}   "
                     f"{o['precision']:9.3f} {o['recall']:6.3f} {o['f1']:6.3f}")
    for k, v in scores.items():
        if k not in ROLES and not k.endswith("_n"):
            lines.append(f"{k}: {v}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cronaca.eval.attribution", description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="PolNeAR compartment dir (text/, attributions/) or a .jsonl gold file")
    ap.add_argument("--format", dest="fmt", default=None, help="polnear | cronaca-jsonl (default: by path)")
    ap.add_argument("--lang", default=None)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N documents (development)")
    ap.add_argument("--split", default=None, help="cronaca-jsonl only: score documents of this split (dev | test)")
    args = ap.parse_args(argv)
    fmt = args.fmt or ("polnear" if args.gold.is_dir() else "cronaca-jsonl")
    scores = evaluate(args.gold, fmt, args.lang, args.limit, args.split)
    print(format_report(scores))
    print(json.dumps(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
