"""Resolver cases found through the blind dev set actors_gold32 (international diplomacy): envoys and heads of
international bodies take the body's code while they serve (sentences written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    ("en", "Ghassan Salamé", "Ghassan Salamé met the two delegations in Geneva.", "2019-05-06", ("UNO", "GOV")),
    ("en", "Ghassan Salamé", "Ghassan Salamé opened a restored museum in Beirut.", "2025-06-06", ("LBN", "GOV")),
    ("it", "Ahmed Aboul Gheit", "Ahmed Aboul Gheit ha convocato una riunione straordinaria al Cairo.", "2018-03-03",
     ("IGO", "GOV")),
    # the Arab League's head is not NATO's: "the NATO secretary general" is still NATO's
    ("en", "the NATO secretary general", "In Madrid, the NATO secretary general welcomed the two new members.",
     "2022-06-29", ("IGO", "MIL")),
    ("en", "David Lammy", "David Lammy accused the government of neglecting Africa.", "2022-05-05", ("GBR", "OPP")),
])
def test_diplomacy_actors(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
