"""Actor errors seen reading cronaca's output on news it had not seen: the officer of a body named after a
demonym ("the president of Canadian Railway Workers") is that body's member, not the country's head of state, and so
is the person the phrase stands beside; a company named by a name the lexicon does not know ("The Brightwater
Corporation") takes no country from the rest of the story; in English "the president of the X" is one phrase, as
the Italian "il presidente della X" is, so the title is that body's officer, not the head of a country named
nearby. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve

CASES = [
    ("en", "2007-05-14", "Joe Miller, the president of Canadian Railway Workers, said the deal would hold.",
     "president of Canadian Railway Workers", ("CAN", "LAB")),
    ("en", "2007-05-14", "Joe Miller, the president of Canadian Railway Workers, said the deal would hold.",
     "Joe Miller", ("CAN", "LAB")),
    ("it", "2024-03-01", "Il segretario dei metalmeccanici francesi ha firmato il contratto.",
     "metalmeccanici francesi", ("FRA", "LAB")),
    # negatives: a head of state by title, and the body itself
    ("en", "2024-03-01", "The president of France met the Pope in Rome.", "The president of France", ("FRA", "GOV")),
    ("en", "2024-03-01", "The spokesman of the Russian army denied the report.", "Russian army", ("RUS", "MIL")),
    ("en", "2024-05-14", "Joe Miller, the president of Brazilian Dock Workers, said the strike would go on.",
     "president of Brazilian Dock Workers", ("BRA", "LAB")),
    ("en", "2024-05-14", "Joe Miller, the president of Brazilian Dock Workers, said the strike would go on.",
     "Joe Miller", ("BRA", "LAB")),
    # "X of the Y": one phrase
    ("en", "2024-05-14", "The president of the European Commission arrived in Kyiv on Monday.",
     "president of the European Commission", ("EUR", "GOV")),
    ("en", "2024-05-14", "The speaker of the Brazilian Senate opened the session.", "speaker of the Brazilian Senate",
     ("BRA", "LEG")),
    ("en", "2024-05-14", "The spokesman of the army denied the report.", "spokesman of the army", (None, "MIL")),
    ("en", "2024-05-14", "The leader of the party resigned after the vote.", "leader of the party", (None, "PTY")),
    # (a text that names no country: the Italian press's own, as for "la premier")
    ("it", "2024-05-14", "Il leader del partito si è dimesso dopo il voto.", "leader del partito", ("ITA", "PTY")),
    # negatives: the head of a country stays the office holder; a genitive after a seat is no phrase of it
    ("en", "2024-05-14", "The prime minister of the United Kingdom met the press.", "prime minister of the United Kingdom",
     ("GBR", "GOV")),
    ("en", "2024-02-16", "Several governments blamed the Kremlin for the activist's death.", "Kremlin", ("RUS", "GOV")),
]


@pytest.mark.parametrize("lang, date, text, needle, want", CASES)
def test_member_of_a_body(lang, date, text, needle, want):
    got = _resolve(text, needle, lang, date)
    assert got is not None and got[:2] == want, got


def test_named_firm_takes_no_country_from_the_story():
    text = ("The Brightwater Corporation said it would close two plants. Canadian unions and the Canadian government "
            "protested against the decision.")
    got = _resolve(text, "Corporation", "en", "2019-04-02")
    assert got is None or got[0] is None, got


def test_company_noun_alone_still_takes_the_story_country():
    text = "Canadian unions protested in Toronto. The company said it would close two plants."
    got = _resolve(text, "The company", "en", "2019-04-02")
    assert got is not None and got[:2] == ("CAN", "BUS"), got
