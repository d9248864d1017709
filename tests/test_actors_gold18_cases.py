"""Resolver cases found through the blind dev set actors_gold18 (sentences written for these tests)."""
import pytest

from .conftest import resolve_actor


def resolve(lang, text, context, date="2025-03-10"):
    return resolve_actor(lang, text, context, date)


@pytest.mark.parametrize("lang,text,context,want", [
    # a counted people is its citizens, not its state
    ("en", "Thousands of Georgians", "Thousands of Georgians marched on parliament in Tbilisi on Sunday night.",
     ("GEO", "CVL")),
    ("it", "Decine di migliaia di serbi", "Decine di migliaia di serbi hanno bloccato i ponti di Belgrado.",
     ("SRB", "CVL")),
    # border guards and gendarmes police; diplomatic staff are the government's; public sector workers labour
    ("en", "Lithuanian border guards", "Lithuanian border guards turned back forty migrants at the crossing.",
     ("LTU", "COP")),
    ("it", "le guardie di frontiera finlandesi", "Secondo le guardie di frontiera finlandesi i migranti arrivano "
     "in bicicletta.", ("FIN", "COP")),
    ("en", "Belgian gendarmes", "Belgian gendarmes escorted the convoy to the border.", ("BEL", "COP")),
    ("it", "il personale diplomatico britannico", "Londra ha richiamato il personale diplomatico britannico da "
     "Khartum.", ("GBR", "GOV")),
    ("en", "Kenyan public sector workers", "Kenyan public sector workers stayed home to protest the tax bill.",
     ("KEN", "LAB")),
    # central bank governors are GOV, by name on the story's date
    ("en", "Kazuo Ueda", "Kazuo Ueda told parliament the bank would keep buying bonds.", ("JPN", "GOV")),
    ("it", "Elvira Nabiullina", "Elvira Nabiullina ha alzato i tassi al 21 per cento.", ("RUS", "GOV")),
    # a minister whose later roles the Phoenix file does not have (written as in Polish)
    ("it", "Radosław Sikorski", "Radosław Sikorski ha convocato l'incaricato d'affari bielorusso.", ("POL", "GOV")),
    # an ousted prime minister leading the opposition from prison: a former official first
    ("en", "Imran Khan", "Imran Khan's party called for protests after his conviction.", ("PAK", "ELI")),
])
def test_gold18_cases(lang, text, context, want):
    assert (resolve(lang, text, context).code, resolve(lang, text, context).sector) == want


def test_counted_people_keeps_its_count():
    e = resolve("it", "Tre italiani", "Tre italiani sono stati arrestati all'aeroporto di Teheran.")
    assert (e.code, e.sector, e.count) == ("ITA", "CVL", 3)


def test_a_bare_people_is_still_its_country():
    e = resolve("en", "The Ukrainians", "The Ukrainians rejected the proposal on Friday.")
    assert e.code == "UKR" and e.sector != "CVL"


def test_roles_follow_the_date():
    context = "Ed Miliband spoke about the new wind farms."
    assert resolve("en", "Ed Miliband", context, "2012-05-01").sector == "OPP"
    assert resolve("en", "Ed Miliband", context, "2024-09-24").sector == "GOV"


def test_a_demonym_before_another_noun_is_no_crowd():
    e = resolve("en", "Several European", "Several European airlines suspended their flights to Tel Aviv.")
    assert e.sector != "CVL"
    e = resolve("en", "two Russian", "The navy said two Russian frigates had entered the strait.")
    assert e.sector != "CVL"
