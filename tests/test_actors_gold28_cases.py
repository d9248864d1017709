"""Resolver cases found through the blind dev set actors_gold28 (conflict, security, crime and migration news)
(sentences written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    ("en", "Pirates", "Pirates boarded a fishing vessel off the coast of Somalia.", "2018-03-03", ("SOM", "CRM")),
    ("it", "I pirati somali", "I pirati somali hanno liberato l'equipaggio del mercantile.", "2017-04-04", ("SOM", "CRM")),
    ("it", "Le bande armate", "Le bande armate di Port-au-Prince hanno bloccato il porto.", "2023-05-05", ("HTI", "CRM")),
    # not the United States: the name says whose army it is
    ("en", "The Korean People's Army", "The Korean People's Army fired two missiles into the sea.", "2019-07-25",
     ("PRK", "MIL")),
    ("it", "Marco Minniti", "Marco Minniti ha incontrato a Tripoli i sindaci del sud.", "2017-07-13", ("ITA", "GOV")),
    # coast guards are maritime police (COP), not the armed forces (MIL)
    ("en", "The Greek coast guard", "The Greek coast guard towed a dinghy back towards the Turkish shore.", "2020-03-04",
     ("GRC", "COP")),
    ("it", "Due motovedette della guardia costiera tunisina",
     "Due motovedette della guardia costiera tunisina hanno fermato un peschereccio al largo di Sfax.", "2023-04-11",
     ("TUN", "COP")),
])
def test_conflict_and_crime_actors(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
