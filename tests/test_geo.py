"""cronaca.geo: exonyms, countries, landmarks, context disambiguation, find_places, event_location."""
from __future__ import annotations

import pytest

from cronaca.analysis import Analysis
from cronaca.geo import event_location, find_places, resolve_place
from cronaca.schema import Article, Boilerplate, Entity, Mention

from .conftest import TEST_DATA


@pytest.mark.parametrize("text,lang,gid,country", [
    ("Seul", "it", 1835848, "KOR"),
    ("Seoul", "en", 1835848, "KOR"),
    ("Mosca", "it", 524901, "RUS"),
    ("Pechino", "it", 1816670, "CHN"),
    ("Kiev", "it", 703448, "UKR"),
    ("Kyiv", "en", 703448, "UKR"),
    ("Washington", "en", 4140963, "USA"),
    ("Pyongyang", "it", 1871859, "PRK"),
    ("Hanoi", "it", 1581130, "VNM"),
    ("la Casa Bianca", "it", 4140963, "USA"),
    ("il Cremlino", "it", 524901, "RUS"),
    ("piazza Kim Il Sung", "it", 1871859, "PRK"),
    ("Palazzo Kumsusan", "it", 1871859, "PRK"),
    ("the White House", "en", 4140963, "USA"),
])
def test_exonyms_and_landmarks(text, lang, gid, country):
    p = resolve_place(text, lang)
    assert p is not None and p.geonameid == gid and p.country == country
    assert p.lat is not None and p.lon is not None and p.text == text


def test_countries_are_places():
    p = resolve_place("Corea del Nord", "it")
    assert p.country == "PRK" and p.geonameid == 1873107
    assert resolve_place("Stati Uniti", "it").country == "USA"
    assert resolve_place("South Korea", "en").country == "KOR"


def test_context_disambiguates_homonyms():
    assert resolve_place("Tripoli", "it").country == "LBY"
    assert resolve_place("Tripoli", "it", ["LBN"]).country == "LBN"
    assert resolve_place("Georgia", "en").country == "GEO"
    assert resolve_place("Georgia", "en", ["USA"]).country == "USA"


def test_unknown_is_none():
    assert resolve_place("Zzyzxqwv", "it") is None
    assert resolve_place("", "en") is None


def _analysis(text, mentions, lang="it", dateline=None, boilerplate=()):
    a = Analysis(article=Article(id="g", source="t", text=text, published="2024-06-19", language=lang,
                                 dateline=dateline))
    for s, label in mentions:
        i = text.index(s)
        a.mentions.append(Mention(start=i, end=i + len(s), text=s, label=label))
    a.boilerplate = list(boilerplate)
    return a


def test_find_places_uses_article_context_and_skips_boilerplate():
    text = "A Tripoli, nel nord del Libano, scontri armati. Beirut chiede calma. Foto: Roma"
    bp = Boilerplate(start=text.index("Foto"), end=len(text), kind="credit", text="Foto: Roma")
    a = _analysis(text, [("Tripoli", "LOC"), ("Libano", "LOC"), ("Beirut", "LOC"), ("Roma", "LOC")], boilerplate=[bp])
    found = {t: p for s, e, p in find_places(a) for t in [text[s:e]]}
    assert set(found) == {"Tripoli", "Libano", "Beirut"}
    assert found["Tripoli"].country == "LBN"


def test_find_places_uses_actor_codes_as_context():
    text = "Il governo libanese ha inviato l'esercito a Tripoli."
    a = _analysis(text, [("Tripoli", "LOC")])
    a.mentions.append(Mention(start=0, end=30, text=text[:30], label="ORG", actor=Entity(text="governo", code="LBN")))
    (_, _, p), = find_places(a)
    assert p.country == "LBN"


def test_event_location_prefers_locative_place_in_sentence():
    text = "La Russia e la Corea del Nord hanno firmato a Pyongyang un trattato. Seul protesta."
    a = _analysis(text, [("Russia", "LOC"), ("Corea del Nord", "LOC"), ("Pyongyang", "LOC"), ("Seul", "LOC")])
    a.places = find_places(a)
    s = text.index("firmato")
    p = event_location(a, s, s + 7)
    assert p.name == "Pyongyang"


def test_event_location_falls_back_to_dateline_then_none():
    text = "Il governo ha firmato l'accordo."
    a = _analysis(text, [], dateline="Seul")
    assert event_location(a, 14, 21).geonameid == 1835848
    a = _analysis(text, [])
    assert event_location(a, 14, 21) is None


def test_places_gold_scores():
    from cronaca.eval.places import evaluate

    s = evaluate(TEST_DATA / "places_gold.jsonl")
    assert s["mentions"] >= 150
    assert s["country_accuracy"] >= 0.97
    assert s["geonameid_accuracy"] >= 0.90
