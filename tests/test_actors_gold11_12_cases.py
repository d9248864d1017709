"""Actor cases of the kinds gold11 and gold12 dev found wrong, on sentences written for these tests (shipped pipeline):
a ministry after a possessive country or capital ("Beijing's trade ministry"), 'agent' as an intelligence operative,
a government named after an organisation ("the Taliban government", "il governo laburista"), the bare 'Treasury' (the
US one unless the sentence names another country with one), the Hague courts by their seat (the ICJ, the ICC where
the sentence speaks of warrants or prosecutors), peshmerga, German unions (ver.di, train drivers), princes, hospitals
with their country, 'Karlsruhe' as the constitutional court in a sentence about a ruling, 'Georgia' as the US state
before a governor, 'Congress' as India's party in an Indian story, weapons and aid 'to Kyiv' (an addressee), Western
intelligence (no country, as the manual says of 'the West'), Wall Street, compatriots, pro-democracy activists, aid
workers. Negatives: the place Karlsruhe, Georgia's prime minister, a US Congress, 'Leonardo' inside a person's name,
'a nerve agent', the Treasury in a British sentence, the Taliban by themselves (still REB, as the other dev sets)."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. a ministry after a possessive country or capital; 'agent'
    ("en", "2025-02-10", "Tokyo's trade ministry tightened rules on chip exports.", "Tokyo's trade ministry",
     ("JPN", "GOV", None)),
    ("en", "2024-05-02", "India's finance ministry cut the fuel tax.", "India's finance ministry", ("IND", "GOV", None)),
    ("en", "2023-09-14", "Polish police said they had caught a Belarusian agent near the border.", "a Belarusian agent",
     ("BLR", "SPY", None)),
    ("en", "2023-09-14", "Two Iranian agents were expelled from the country.", "Two Iranian agents", ("IRN", "SPY", None)),
    # 2. a government named after an organisation
    ("en", "2023-03-08", "The Taliban government closed beauty salons across the country.", "The Taliban government",
     ("AFG", "GOV", None)),
    ("it", "2023-03-08", "Il governo dei talebani ha chiuso i saloni di bellezza.", "Il governo dei talebani",
     ("AFG", "GOV", None)),
    ("en", "2024-08-01", "The Labour government scrapped the winter fuel payment.", "The Labour government",
     ("GBR", "GOV", None)),
    # 3. the Treasury, the Hague courts
    ("en", "2025-02-03", "The Treasury froze the assets of three shipping firms.", "The Treasury", ("USA", "GOV", "usa:treasury")),
    ("it", "2024-07-19", "La Corte dell'Aja ha giudicato illegale l'occupazione dei territori palestinesi.",
     "La Corte dell'Aja", ("UNO", "JUD", "uno:icj")),
    ("it", "2023-03-20", "La Corte dell'Aia ha spiccato un mandato d'arresto contro il presidente russo.",
     "La Corte dell'Aia", ("IGO", "JUD", "igo:icc")),
    ("en", "2024-05-24", "The court in The Hague ordered an end to the offensive in Rafah.", "The court in The Hague",
     ("UNO", "JUD", "uno:icj")),
    ("en", "2024-11-21", "The Hague court issued arrest warrants for two commanders.", "The Hague court",
     ("IGO", "JUD", "igo:icc")),
    # 4. armed forces, unions, princes
    ("it", "2017-10-20", "I peshmerga si sono ritirati da Kirkuk senza combattere.", "I peshmerga", ("IRQ", "MIL", None)),
    ("en", "2017-10-20", "Peshmerga fighters withdrew from Kirkuk.", "Peshmerga fighters", ("IRQ", "MIL", None)),
    ("en", "2023-03-27", "Verdi and the rail union EVG brought trains and airports to a halt.", "Verdi",
     ("DEU", "LAB", "deu:verdi")),
    ("it", "2023-03-27", "Il sindacato ver.di ha proclamato uno sciopero negli aeroporti tedeschi.", "ver.di",
     ("DEU", "LAB", "deu:verdi")),
    ("en", "2023-11-16", "Train drivers in Germany walked out for twenty hours.", "Train drivers", ("DEU", "LAB", None)),
    ("it", "2023-11-16", "I macchinisti tedeschi hanno fermato i treni per venti ore.", "I macchinisti tedeschi",
     ("DEU", "LAB", None)),
    ("en", "2018-01-27", "Saudi prosecutors released several princes after settlements.", "several princes", ("SAU", "ELI", None)),
    # 5. hospitals with their country
    ("it", "2024-03-18", "L'esercito israeliano ha fatto irruzione nell'ospedale al-Shifa.", "ospedale al-Shifa",
     ("PSE", "MED", "pse:al_shifa")),
    ("en", "2024-12-27", "Israeli troops raided Kamal Adwan hospital in northern Gaza.", "Kamal Adwan hospital",
     ("PSE", "MED", "pse:kamal_adwan")),
    ("it", "2025-03-02", "Il policlinico Gemelli ha sospeso le visite ai degenti.", "Il policlinico Gemelli",
     ("ITA", "MED", "ita:gemelli")),
    ("it", "2024-05-10", "Il Bambino Gesù ha accolto tre piccoli pazienti da Gaza.", "Bambino Gesù",
     ("VAT", "MED", "vat:bambino_gesu")),
    ("en", "2020-08-24", "Doctors at the Charité said the opposition leader had been poisoned.", "Charité",
     ("DEU", "MED", "deu:charite")),
    # 6. a seat of power in a legal sentence, a shared name, a party with a shared name
    ("en", "2020-05-05", "Karlsruhe ruled that the bond purchases were partly unconstitutional.", "Karlsruhe",
     ("DEU", "JUD", "deu:bverfg")),
    ("it", "2020-05-05", "Karlsruhe ha dato tre mesi alla Bce con una sentenza storica.", "Karlsruhe", ("DEU", "JUD", "deu:bverfg")),
    ("en", "2021-03-26", "Georgia's governor signed the new voting law behind closed doors.", "Georgia's governor",
     ("USA", "GOV", None)),
    ("it", "2021-03-26", "Il governatore della Georgia ha firmato la nuova legge elettorale.", "Il governatore della Georgia",
     ("USA", "GOV", None)),
    ("en", "2024-06-04", "Congress won more seats than expected as Modi lost his majority.", "Congress", ("IND", "PTY", "ind:inc")),
    # 7. an addressee after weapons or aid; no country for the West; Wall Street; compatriots; activists; aid workers
    ("it", "2024-02-01", "Il Parlamento discute degli aiuti a Kiev per il prossimo anno.", "Kiev", ("UKR", "GOV", "country:UKR")),
    ("en", "2024-04-20", "The House approved billions in aid to Kyiv after months of delay.", "Kyiv", ("UKR", "GOV", "country:UKR")),
    ("it", "2024-06-11", "I servizi segreti occidentali temono nuovi sabotaggi russi in Europa.", "I servizi segreti occidentali",
     (None, "SPY", None)),
    ("en", "2023-02-20", "Western intelligence officials said China was weighing arms deliveries to Russia.",
     "Western intelligence officials", (None, "SPY", None)),
    ("en", "2023-03-13", "Wall Street banks scrambled to shore up regional lenders.", "Wall Street banks", ("USA", "BUS", None)),
    ("it", "2024-12-27", "La Farnesina segue il caso dei due connazionali detenuti.", "connazionali", ("ITA", "CVL", None)),
    ("it", "2020-08-10", "La polizia di Hong Kong ha fermato dieci attivisti pro-democrazia.", "dieci attivisti pro-democrazia",
     ("HKG", "OPP", None)),
    ("en", "2020-08-10", "Hong Kong police detained ten pro-democracy activists.", "ten pro-democracy activists", ("HKG", "OPP", None)),
    ("en", "2024-01-15", "Three aid workers were wounded in the shelling.", "Three aid workers", ("NGO", "SOC", None)),
    ("it", "2024-01-15", "Tre operatori umanitari sono rimasti feriti nel bombardamento.", "Tre operatori umanitari",
     ("NGO", "SOC", None)),
    # 8. negatives
    ("en", "2024-03-01", "Police in Karlsruhe arrested two men after a break-in.", "Police in Karlsruhe", ("DEU", "COP", None)),
    ("en", "2024-10-28", "Georgia's prime minister rejected the observers' findings.", "Georgia's prime minister",
     ("GEO", "GOV", "per:kobakhidze_irakli")),
    ("en", "2024-03-22", "Congress passed the spending bill hours before the deadline.", "Congress", ("USA", "LEG", "usa:congress")),
    ("en", "2024-03-22", "Borrowing in Britain was higher than forecast, the Treasury said.", "the Treasury", ("GBR", "GOV", None)),
    ("en", "2023-06-01", "The Taliban detained two foreign aid workers in Kabul.", "The Taliban", ("AFG", "REB", "org:taliban")),
]

NO_ACTOR = [
    # 'agent' in a phrase that names no actor, 'Leonardo' inside a person's name
    ("en", "2018-03-12", "Britain said a nerve agent had been used in Salisbury.", "a nerve agent"),
    ("en", "2024-03-01", "Treasury yields rose after the jobs report.", "Treasury yields"),
    ("it", "2024-03-01", "Leonardo da Vinci dipinse il Cenacolo a Milano.", "Leonardo da Vinci"),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_gold11_12_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected


@pytest.mark.parametrize("lang,date,text,needle", NO_ACTOR)
def test_gold11_12_no_actor(lang, date, text, needle):
    got = _resolve(text, needle, lang, date)
    assert got is None or got[:2] == (None, None)
