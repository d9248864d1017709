"""Coverage of the people KB: who holds each top office of a country on sample dates (gaps print as '-').

    python tools/actors_coverage.py [--countries G20] [--from 2016] [--to 2026]

Offices: head of state, head of government, foreign minister, defence minister. A country's row is checked
on 1 January and 1 July of every year; a gap means no person in actors/data/people*.txt holds the office then.
"""
from __future__ import annotations

import argparse

from cronaca.actors.kb import knowledge_base

G20 = ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA"]
OFFICES = {"HoS": ("head_of_state", "monarch", "president"), "HoG": ("head_of_government",),
           "FM": ("foreign_minister",), "DM": ("defence_minister",)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--countries", nargs="*", default=G20)
    ap.add_argument("--from", dest="start", type=int, default=2016)
    ap.add_argument("--to", dest="end", type=int, default=2026)
    args = ap.parse_args(argv)
    kb = knowledge_base()
    dates = [f"{y}-{m}" for y in range(args.start, args.end + 1) for m in ("01-01", "07-01")]
    gaps = 0
    for c in args.countries:
        for label, offices in OFFICES.items():
            row = []
            for d in dates:
                who = []
                for off in offices:
                    for pid in kb.holders(off, c, d):
                        if pid not in who:
                            who.append(pid)
                team = [p for p in who if kb.people[p].source != "phoenix" or any(
                    r.source != "phoenix" for r in kb.people[p].roles)]
                row.append(",".join(p.split(":")[1] for p in (team or who)) or "-")
                gaps += not who
            compact = []
            for d, w in zip(dates, row):
                if not compact or compact[-1][1] != w:
                    compact.append((d, w))
            print(f"{c} {label}: " + "  ".join(f"{d[:7]} {w}" for d, w in compact))
    print(f"{gaps} gaps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
