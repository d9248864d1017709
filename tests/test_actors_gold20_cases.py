"""Resolver cases found through the blind dev set actors_gold20: football clubs named after cities, namesakes
of politicians introduced by a trade, and the staff of a named person (sentences written for these tests)."""
import pytest

from cronaca.eval.actors import _resolve

from .conftest import resolve_actor


def resolve(lang, text, context, date="2024-05-10"):
    return resolve_actor(lang, text, context, date)


@pytest.mark.parametrize("lang,text,context,want", [
    # a city with an article of its club's gender is the club, a company of its country
    ("it", "Il Napoli", "Il Napoli ha annunciato il rinnovo del contratto del suo capitano.", ("ITA", "BUS")),
    ("it", "la Roma", "Dopo tre sconfitte di fila la Roma ha cambiato allenatore.", ("ITA", "BUS")),
    ("it", "il Barcellona", "Secondo la stampa spagnola il Barcellona ha chiuso il bilancio in perdita.",
     ("ESP", "BUS")),
    ("it", "Il Real Madrid", "Il Real Madrid ha presentato il nuovo stadio ai tifosi.", ("ESP", "BUS")),
    ("en", "Manchester United", "Manchester United reported higher revenue for the season.", ("GBR", "BUS")),
    ("en", "Paris Saint-Germain", "Paris Saint-Germain signed the striker on a five-year deal.", ("FRA", "BUS")),
])
def test_football_clubs(lang, text, context, want):
    e = resolve(lang, text, context)
    assert (e.code, e.sector) == want


@pytest.mark.parametrize("lang,text,context,want", [
    # without an article the city is the seat of government (Rome) or no actor at all
    ("it", "Roma", "Roma ha convocato l'ambasciatore iraniano dopo l'arresto.", ("ITA", "GOV")),
    # an article that is part of the city's own name is no club: "Il Cairo"
    ("it", "Il Cairo", "Il Cairo ha condannato il raid sul valico.", ("EGY", "GOV")),
])
def test_cities_without_club_reading(lang, text, context, want):
    e = resolve(lang, text, context)
    assert (e.code, e.sector) == want
    assert e.sector != "BUS"


def test_the_region_with_its_own_gender_is_no_club():
    # "il Lazio" (masculine) is the region; only "la Lazio" is the club
    e = _resolve({"text": "Lazio", "context": "Il presidente del Lazio ha firmato l'ordinanza sui rifiuti.",
                  "date": "2024-05-10", "lang": "it"})
    assert e is None or e.id != "ita:lazio_club"


@pytest.mark.parametrize("lang,text,context,want", [
    # a media trade right before a politician's namesake: another person, a journalist
    ("en", "John Roberts", "In a long interview, Fox News anchor John Roberts pressed the senator on border "
     "funding.", ("USA", "JRN", None)),
    ("it", "Antonio Conte", "L'allenatore del Napoli Antonio Conte ha chiesto rinforzi alla società.",
     ("ITA", "BUS", None)),
])
def test_trade_namesakes(lang, text, context, want):
    e = resolve(lang, text, context, "2025-03-01")
    assert (e.code, e.sector, e.id) == want


def test_without_the_trade_the_known_person_stays():
    e = resolve("en", "John Roberts", "Chief Justice John Roberts wrote the majority opinion.", "2025-03-01")
    assert e.id == "per:roberts_john" and e.sector == "JUD"


@pytest.mark.parametrize("lang,text,context,date,want", [
    # the staff of a named person take that person's sector: an opposition leader's aides are opposition
    ("en", "four aides to María Corina Machado", "Police detained four aides to María Corina Machado in Caracas "
     "on Friday.", "2024-03-22", ("VEN", "OPP")),
    ("it", "I collaboratori di Navalny", "I collaboratori di Navalny hanno chiesto la restituzione del corpo.",
     "2024-02-20", ("RUS", "OPP")),
    # a president's spokesman stays government
    ("it", "Il portavoce di Erdogan", "Il portavoce di Erdogan ha respinto le critiche di Bruxelles.",
     "2024-02-20", ("TUR", "GOV")),
])
def test_personal_staff_take_their_principal_sector(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
    assert e.id is None  # the staff, not the person
