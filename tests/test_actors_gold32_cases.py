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


@pytest.mark.parametrize("lang,text,context,date,want", [
    # party leaders before they led a government were in opposition
    ("en", "Mette Frederiksen", "Mette Frederiksen attacked the government's pension plan.", "2017-09-09", ("DNK", "OPP")),
    ("it", "Kyriakos Mitsotakis", "Kyriakos Mitsotakis ha chiesto elezioni anticipate.", "2018-03-03", ("GRC", "OPP")),
    # a former prime minister who sits in parliament is a legislator, and still "the former prime minister"
    ("en", "Boris Johnson", "Boris Johnson voted against the new Brexit deal.", "2023-03-22", ("GBR", "LEG")),
    ("it", "La presidente dell'Andalusia", "La presidente dell'Andalusia ha convocato la giunta.", "2017-05-22",
     ("ESP", "GOV")),
])
def test_european_politics_actors(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want


def test_former_office_survives_a_later_seat():
    # (the person is who he is that day: an MP)
    e = resolve("it", "L'ex premier", "Boris Johnson ha parlato ai Comuni. L'ex premier ha difeso il suo operato.",
                "2023-03-22")
    assert (e.code, e.sector, e.id) == ("GBR", "LEG", "per:johnson_boris")


@pytest.mark.parametrize("lang,text,context,date,want", [
    # a place before a local title gives the title's country, also when the title opens the phrase
    ("en", "Governor Tom Vale", "Nebraska Governor Tom Vale signed the budget on Friday.", "2019-03-03", ("USA", "GOV")),
    ("en", "Chief Constable Ann Ross", "Chief Constable Ann Ross of Wiltshire Police thanked the officers.",
     "2020-03-03", ("GBR", "COP")),
    ("en", "Attorney General Paul Kerr", "Ohio Attorney General Paul Kerr sued the company.", "2021-03-03", ("USA", "GOV")),
    # "TITLE di PLACE, NAME," with the place a phrase of its own (the tagger read "Taranto" as a common noun)
    ("it", "Mario Bianchi", "Il sindaco di Taranto, Mario Bianchi, ha firmato un'ordinanza sulle scuole.",
     "2020-02-27", ("ITA", "GOV")),
])
def test_local_titles_take_their_place(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
