"""Resolver rules found through the blind dev sets actors_gold45-51 (sentences written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    # a bare generic alias that ends a longer name, or takes an adjective or another body's genitive, is that body
    ("en", "Kenya's Independent Electoral Commission", "Kenya's Independent Electoral Commission delayed the results "
     "of the county races.", "2022-08-12", ("KEN", "GOV")),
    ("it", "La Commissione elettorale centrale russa", "La Commissione elettorale centrale russa ha annunciato "
     "l'affluenza definitiva.", "2024-03-18", ("RUS", "GOV")),
    ("en", "The Ohio General Assembly", "The Ohio General Assembly approved new district maps after a night session.",
     "2022-02-20", ("USA", "LEG")),
    # the bare names still mean the EU's and the UN's bodies
    ("en", "The Commission", "The Commission opened an inquiry into the subsidies.", "2023-05-05", ("EUR", "GOV")),
    ("it", "La Commissione", "La Commissione ha bocciato il piano di bilancio.", "2023-05-05", ("EUR", "GOV")),
    ("en", "The General Assembly", "The General Assembly adopted the resolution by a large majority.", "2023-05-05",
     ("UNO", "GOV")),
])
def test_tail_aliases(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want


@pytest.mark.parametrize("lang,text,context,want", [
    # a place as the possessive of an office gives its country, the longest name the gazetteer knows
    ("en", "Turin's mayor", "Turin's mayor closed the city parks after the storm.", "ITA"),
    ("en", "New York's attorney general", "New York's attorney general sued the landlord over unpaid repairs.", "USA"),
    # an office with no holder takes the place after it
    ("it", "Il giudice del tribunale di Lecce", "Il giudice del tribunale di Lecce ha respinto il ricorso di due "
     "cittadini albanesi.", "ITA"),
    # a lone first name right before a title is where the office is
    ("en", "Florence Mayor", "Florence Mayor announced a ban on new holiday rentals in the old town.", "ITA"),
    # a US state names its country
    ("it", "Il Senato del Kentucky", "Il Senato del Kentucky ha approvato la legge sulle armi.", "USA"),
])
def test_places_next_to_an_office(lang, text, context, want):
    e = resolve(lang, text, context, "2023-06-01")
    assert e.code == want


def test_a_company_does_not_place_an_italian_text():
    # the company is Italian, but it says where it comes from, not where the story is: the bare title still takes
    # the home country of Italian news
    e = resolve("it", "Il ministro dell'Economia", "Il ministro dell'Economia ha incontrato i vertici di Fincantieri "
                "per parlare delle commesse.", "2023-06-01")
    assert (e.code, e.sector) == ("ITA", "GOV")
