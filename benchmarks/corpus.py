"""Build a benchmark/evaluation corpus of real dated news from MEANTIME (../shared/data/news/meantime).

MEANTIME ships tokenised CoNLL: sentence 0 is the title, sentence 1 the date, the rest the article.
We rebuild readable text (approximate spacing), read the date with cronaca's own time tagger and write
JSON Lines that ``cronaca code`` reads. The output stays outside the repository (never committed).

    python -m benchmarks.corpus OUT.jsonl [--shared ../shared/data]
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
NO_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]}»”’]|'s\b|n't\b)")
NO_SPACE_AFTER = re.compile(r"([(\[{«“$]|\b[A-Za-z]+')\s+")


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = NO_SPACE_BEFORE.sub(r"\1", text)
    text = NO_SPACE_AFTER.sub(r"\1", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return text


def read_conll(path: Path) -> dict[str, list[list[str]]]:
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4 or line.startswith("#"):
                continue
            doc, sent, word = parts[0], int(parts[1]), parts[3]
            docs[doc][sent].append(word)
    return {d: [s[k] for k in sorted(s)] for d, s in docs.items()}


def publication_date(date_line: str, lang: str) -> str | None:
    from cronaca.timex import find_timexes

    for t in find_timexes(date_line, None, lang):
        if t.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            return t.value
    return None


def meantime_articles(shared: Path, langs=("it", "en")) -> list[dict]:
    out = []
    for lang in langs:
        path = shared / "news" / "meantime" / "output_data" / lang / "meantime.conll"
        for doc_id, sents in sorted(read_conll(path).items()):
            if len(sents) < 3:
                continue
            title = detokenize(sents[0])
            date_line = detokenize(sents[1])
            body = "\n".join(detokenize(s) for s in sents[2:])
            out.append({"id": f"meantime-{lang}-{doc_id.replace('/', '-')}", "title": title,
                        "published": publication_date(date_line, lang), "language": lang,
                        "outlet": "Wikinews (MEANTIME)", "text": title + "\n\n" + body,
                        "url": f"meantime:{lang}:{doc_id}"})
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--lang", action="append", choices=["it", "en"])
    args = ap.parse_args(argv)
    arts = meantime_articles(args.shared, tuple(args.lang or ("it", "en")))
    with args.out.open("w", encoding="utf-8") as fh:
        for a in arts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    dated = sum(1 for a in arts if a["published"])
    print(f"wrote {len(arts)} articles ({dated} with a publication date) to {args.out}")


if __name__ == "__main__":
    main()
