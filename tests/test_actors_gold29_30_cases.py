"""Resolver cases found through the blind dev sets actors_gold29 (politics outside the G20) and actors_gold30
(media, justice, religion and civil society); sentences written for these tests."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    # a career by date: rector, then minister
    ("it", "Gaetano Manfredi", "Gaetano Manfredi ha inaugurato l'anno accademico con un appello sui fondi alla ricerca.",
     "2018-11-05", ("ITA", "EDU")),
    ("it", "Gaetano Manfredi", "Gaetano Manfredi ha firmato il decreto sulle borse di dottorato.", "2020-07-02",
     ("ITA", "GOV")),
    # the Holy See acting as a state
    ("en", "The Holy See", "The Holy See recalled its envoy for consultations after the vote.", "2022-03-03",
     ("VAT", "GOV")),
    ("it", "Charlie Hebdo", "Charlie Hebdo ha pubblicato una nuova copertina sul governo.", "2019-02-02", ("FRA", "JRN")),
    ("en", "Esther Hayut", "Esther Hayut opened the hearing on the appointment law.", "2021-06-01", ("ISR", "JUD")),
    # an opposition leader, and a prince who is no longer heir: a relative of the ruler (ELI)
    ("en", "Nelson Chamisa", "Nelson Chamisa addressed supporters in Harare.", "2019-03-03", ("ZWE", "OPP")),
    ("it", "il principe Hamzah", "Il re ha incontrato ieri il principe Hamzah.", "2021-05-20", ("JOR", "ELI")),
])
def test_blind_29_30_actors(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
