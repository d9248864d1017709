"""Actor errors seen reading cronaca's output on news it had not seen: the officer of a body named after a
demonym ("the president of Canadian Railway Workers") is that body's member, not the country's head of state, and so
is the person the phrase stands beside; a company named by a name the lexicon does not know ("The Brightwater
Corporation") takes no country from the rest of the story. Sentences written for these tests."""
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
