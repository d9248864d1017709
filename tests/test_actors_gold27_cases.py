"""Resolver cases found through the blind dev set actors_gold27 (economy, business, labour and regulation news):
US regulators are not the European Commission, a carmaker's workers are no generals, companies, agencies and
heads of economic bodies by date (sentences written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    ("en", "The Federal Trade Commission", "The Federal Trade Commission sued the chipmaker to block the merger.",
     "2022-12-12", ("USA", "GOV")),
    ("en", "Some 800 General Motors workers", "Some 800 General Motors workers walked out at the Detroit plant.",
     "2019-09-20", ("USA", "LAB")),
    ("it", "Moody's", "Moody's ha confermato il rating del debito pubblico.", "2020-05-08", ("USA", "BUS")),
    ("it", "Migliaia di risparmiatori", "Migliaia di risparmiatori hanno protestato davanti alla sede della banca.",
     "2016-01-20", ("ITA", "CVL")),
    ("it", "L'Antitrust", "L'Antitrust ha multato due compagnie telefoniche per pratiche scorrette.", "2021-03-03",
     ("ITA", "GOV")),
    ("en", "Lina Khan", "Lina Khan told the committee the agency would scrutinise cloud contracts.", "2023-03-03",
     ("USA", "GOV")),
    ("en", "Agustín Carstens", "Agustín Carstens warned that stablecoins could destabilise payments.", "2022-06-26",
     ("IGO", "GOV")),
    ("it", "Carlo Bonomi", "Carlo Bonomi ha chiesto al governo di tagliare il cuneo fiscale.", "2021-09-23",
     ("ITA", "BUS")),
])
def test_economy_actors(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want


def test_the_commission_alone_is_still_the_european_one():
    e = resolve("en", "The Commission", "The Commission opened an inquiry into the airline subsidies.", "2022-02-02")
    assert (e.code, e.sector) == ("EUR", "GOV")
