"""Build timex_it_gold.jsonl from the marked-up timex_it_gold.txt (offsets computed from the marks).

    python tests/data/timex_it_gold_build.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
MARK = re.compile(r"\[\[(.+?)\|(.*?)\|(DATE|TIME|DURATION|SET)\]\]")


def parse(line: str, n: int) -> dict:
    split, published, marked = line.split("\t")
    text, timexes, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        text.append(chunk)
        length += len(chunk)
        start = length
        text.append(m.group(1))
        length += len(m.group(1))
        timexes.append({"start": start, "end": length, "text": m.group(1), "value": m.group(2) or None,
                        "type": m.group(3)})
        pos = m.end()
    text.append(marked[pos:])
    return {"id": f"it-{split}-{n:03d}", "split": split, "lang": "it", "published": published,
            "text": "".join(text), "timexes": timexes}


def main() -> None:
    rows = []
    for line in (HERE / "timex_it_gold.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(parse(line, len(rows) + 1))
    with (HERE / "timex_it_gold.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for split in ("dev", "test"):
        n = sum(len(r["timexes"]) for r in rows if r["split"] == split)
        print(split, sum(r["split"] == split for r in rows), "sentences", n, "time expressions")


if __name__ == "__main__":
    main()
