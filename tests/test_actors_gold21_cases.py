"""Resolver cases found through the blind dev set actors_gold21: heads of bodies, sub-national heads of
government, warships, company names and office changes over time (sentences written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    # the president of a court is the court's head, not the head of state
    ("it", "Il presidente della Corte suprema brasiliana", "Il presidente della Corte suprema brasiliana ha "
     "difeso i giudici dalle critiche.", "2024-04-10", ("BRA", "JUD")),
    ("it", "La procuratrice generale ucraina", "La procuratrice generale ucraina ha incriminato due ufficiali.",
     "2022-06-01", ("UKR", "JUD")),
    # a province's premier is of the country, and no national office holder
    ("en", "The premier of Quebec", "The premier of Quebec criticised Ottawa's new immigration targets.",
     "2024-11-02", ("CAN", "GOV")),
    ("it", "Il governatore della Baviera", "Il governatore della Baviera ha chiesto più fondi a Berlino.",
     "2024-11-02", ("DEU", "GOV")),
    ("en", "The Archbishop of Canterbury", "The Archbishop of Canterbury called for a ceasefire.", "2023-11-01",
     ("GBR", "REL")),
])
def test_heads_of_bodies_and_regions(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want
    assert e.id is None or not e.id.startswith("per:")


def test_hong_kongs_chief_executive_heads_its_government():
    e = resolve("en", "Hong Kong's chief executive", "Hong Kong's chief executive defended the new security law.",
                "2024-03-20")
    assert (e.code, e.sector, e.id) == ("HKG", "GOV", "per:lee_john_kachiu")


def test_a_company_chief_executive_stays_business():
    e = resolve("en", "The chief executive of Shell", "The chief executive of Shell said output would fall.",
                "2024-03-20")
    assert e.sector == "BUS"


@pytest.mark.parametrize("lang,text,context,want", [
    ("en", "USS Laboon", "Two drones were shot down by USS Laboon in the Red Sea.", ("USA", "MIL")),
    ("en", "HMS Richmond", "HMS Richmond escorted the Russian corvette through the Channel.", ("GBR", "MIL")),
    ("it", "la Uss Mason", "I ribelli hanno lanciato un missile contro la Uss Mason.", ("USA", "MIL")),
])
def test_warships(lang, text, context, want):
    e = resolve(lang, text, context, "2024-01-15")
    assert (e.code, e.sector) == want
    assert e.id is None


@pytest.mark.parametrize("lang,text,context,date,want", [
    ("en", "The Trump Organization", "The Trump Organization opened a golf course in Scotland.", "2023-05-01",
     ("USA", "BUS", "usa:trump_organization")),
    ("en", "Tata Steel", "Tata Steel agreed a subsidy deal with the British government.", "2023-09-15",
     ("IND", "BUS", "ind:tata_group")),
    ("en", "Reporters Without Borders", "Reporters Without Borders condemned the arrest of the editor.",
     "2024-02-01", ("NGO", "SOC", "ngo:rsf")),
])
def test_organisations(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector, e.id) == want


@pytest.mark.parametrize("lang,text,context,date,want", [
    # the leader of a party in opposition on the date is OPP; the same man in government is GOV
    ("it", "Matteo Salvini", "Matteo Salvini ha guidato la manifestazione della Lega contro il governo.",
     "2020-06-02", ("ITA", "OPP")),
    ("it", "Matteo Salvini", "Matteo Salvini ha presentato il piano per il ponte sullo Stretto.",
     "2023-06-02", ("ITA", "GOV")),
    ("it", "Matteo Renzi", "Matteo Renzi ha attaccato la manovra del governo Meloni.", "2024-10-02",
     ("ITA", "OPP")),
    # a former head of government who sits as an MP; an editor; a prosecutor general who later became president
    ("en", "Theresa May", "Theresa May voted against the government's bill.", "2021-03-02", ("GBR", "LEG")),
    ("en", "George Osborne", "George Osborne wrote that the budget was a gamble.", "2019-03-02", ("GBR", "JRN")),
    ("en", "Yoon Suk Yeol", "Yoon Suk Yeol ordered raids on the justice ministry.", "2020-11-25", ("KOR", "JUD")),
    ("en", "Yoon Suk Yeol", "Yoon Suk Yeol declared martial law.", "2024-12-03", ("KOR", "GOV")),
    ("en", "Anne Hidalgo", "Anne Hidalgo banned e-scooters from the streets.", "2023-04-03", ("FRA", "GOV")),
])
def test_roles_on_the_date(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want


@pytest.mark.parametrize("lang,text,context,date,want", [
    # the leader of a party is of its side: in government (GOV) or in opposition (OPP), the party kept as well
    ("it", "Il leader della Lega", "Il leader della Lega ha difeso il codice della strada.", "2024-12-20",
     ("ITA", "GOV")),
    ("en", "The Reform UK leader", "The Reform UK leader promised to scrap the net zero target.", "2025-05-02",
     ("GBR", "OPP")),
])
def test_party_leaders_take_their_partys_side(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want and "PTY" in e.sectors


@pytest.mark.parametrize("lang,text,context,date,want", [
    # bare "Congo" is the Democratic Republic, as the press uses it; Brazzaville's is named in full
    ("en", "Congo's army", "Congo's army retook two villages north of Goma.", "2025-02-10", ("COD", "MIL")),
    ("it", "Il Congo", "Il Congo ha accusato il Ruanda di sostenere i ribelli.", "2025-02-10", ("COD", "GOV")),
    ("en", "The Republic of the Congo", "The Republic of the Congo held a presidential election.", "2021-03-21",
     ("COG", "GOV")),
    # worshippers killed in an attack are civilians, with their count
    ("it", "Almeno 30 fedeli", "Almeno 30 fedeli sono stati uccisi in una chiesa di Owo, in Nigeria.",
     "2022-06-06", ("NGA", "CVL")),
])
def test_congo_and_worshippers(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector) == want


@pytest.mark.parametrize("lang,text,context,want", [
    # a known place gives its country to the workers and doctors of a text that names no country
    ("it", "i portuali", "A Genova i portuali hanno bloccato il varco del porto per tutta la mattina.", ("ITA", "LAB")),
    # the EU's seat as a place is Belgium, for the police there (not the country of the victims named later)
    ("it", "la polizia", "A Bruxelles la polizia ha fermato un uomo ricercato per gli attacchi di Parigi.",
     ("BEL", "COP")),
])
def test_places_without_a_country_name(lang, text, context, want):
    e = resolve(lang, text, context, "2023-05-10")
    assert (e.code, e.sector) == want


@pytest.mark.parametrize("lang,text,context,want", [
    # legislators of the opposition are legislators, their side kept second
    ("en", "opposition lawmakers", "In Tbilisi, opposition lawmakers walked out of the chamber before the vote.",
     ("GEO", "LEG")),
    ("it", "dieci senatori dell'opposizione", "Al Senato dieci senatori dell'opposizione hanno occupato i banchi "
     "del governo.", ("ITA", "LEG")),
])
def test_opposition_legislators(lang, text, context, want):
    e = resolve(lang, text, context, "2024-05-10")
    assert (e.code, e.sector) == want and "OPP" in e.sectors


def test_opposition_supporters_stay_opposition():
    e = resolve("en", "opposition supporters", "Police dispersed opposition supporters in Tbilisi.", "2024-05-10")
    assert e.sector == "OPP"
