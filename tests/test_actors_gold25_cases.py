"""Resolver cases found through the blind dev set actors_gold25 (metonyms, agent nouns, titles by date, namesakes,
groups): parties' sides abroad, a title the tagger reads as a verb, peacekeepers, national bodies that share a
generic name (sentences written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    # a party's leader takes the party's side on the day, in Britain, Israel, Spain and Germany too
    ("en", "The Labour leader", "The Labour leader demanded an early general election.", "2019-03-04", ("GBR", "OPP")),
    ("en", "The Labour leader", "The Labour leader promised to rebuild the health service.", "2024-10-01",
     ("GBR", "GOV")),
    ("en", "the leader of the Conservative Party", "MPs cheered the leader of the Conservative Party.", "2025-03-12",
     ("GBR", "OPP")),
    ("it", "Il leader del Likud", "Il leader del Likud ha guidato la protesta contro il governo Bennett.", "2021-11-20",
     ("ISR", "OPP")),
    ("it", "il leader del Pp", "Per il leader del Pp la legge di bilancio è un errore.", "2019-10-10", ("ESP", "OPP")),
    ("en", "The CDU leader", "The CDU leader attacked the coalition's budget.", "2023-06-01", ("DEU", "OPP")),
])
def test_party_leaders_abroad_by_date(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want and "PTY" in e.sectors


@pytest.mark.parametrize("lang,text,context,date,want", [
    # a title right before a name, where the tagger reads the title as a verb ("anchor")
    ("en", "Ana Ferreira", "CNN anchor Ana Ferreira asked the minister about the strike.", "2021-05-05", ("USA", "JRN")),
    # one peacekeeper is the UN's, whatever the nationality
    ("en", "A Ghanaian peacekeeper", "A Ghanaian peacekeeper was wounded near the border.", "2023-02-02",
     ("UNO", "MIL")),
    ("it", "Un casco blu spagnolo", "Un casco blu spagnolo è rimasto ferito in un'esplosione.", "2023-02-02",
     ("UNO", "MIL")),
    ("en", "the Joint Chiefs of Staff", "The plan was drawn up by the Joint Chiefs of Staff.", "2019-09-09",
     ("USA", "MIL")),
    ("en", "The Belarusian KGB", "The Belarusian KGB detained two bloggers in Grodno.", "2021-03-03", ("BLR", "SPY")),
    # a national commission is not the European Commission
    ("en", "The Kenyan Human Rights Commission", "The Kenyan Human Rights Commission counted forty deaths.",
     "2024-07-01", ("KEN", "GOV")),
])
def test_bodies_and_titles(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want


def test_the_commission_alone_stays_european():
    e = resolve("en", "The Commission", "The Commission proposed new rules on batteries.", "2022-05-05")
    assert (e.code, e.sector) == ("EUR", "GOV")


@pytest.mark.parametrize("lang,text,context,date,want", [
    # relatives and namesakes: Kim Jong Nam is not Kim Yong Nam; Jean-Marie Le Pen sat in the European Parliament
    ("it", "Kim Jong Nam", "Kim Jong Nam viveva a Macao da anni.", "2016-06-06", ("PRK", "ELI")),
    ("en", "Jean-Marie Le Pen", "Jean-Marie Le Pen voted against the motion in Strasbourg.", "2017-04-04",
     ("EUR", "LEG")),
    ("en", "Jean-Marie Le Pen", "Jean-Marie Le Pen gave an interview in Saint-Cloud.", "2022-08-08", ("FRA", "ELI")),
    ("en", "Yingluck Shinawatra", "Yingluck Shinawatra was seen in Dubai.", "2018-01-20", ("THA", "ELI")),
])
def test_people(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
