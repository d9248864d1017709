"""Actor cases of the kinds gold16 dev found wrong, on sentences written for these tests (shipped pipeline):
namesakes of known people (a relative with a compound first name or a second surname, a profession written before
the name that none of the known person's roles has: the country from the context, the trade's sector), seats of
power used as metonyms (Akorda, Koulouba, Carondelet, the Union Buildings, State House, Naypyidaw), dated roles
(opposition years before an office, a senate or chamber seat, an army command, a constitutional judge, an African
Union Commission chair, a development bank's president), agent nouns and groups (coca growers, university teachers,
federal forces, bandits, military intelligence, a company's workers) and organisations by other names (Carroccio,
pentastellati, Cedeao, Africa Corps, Tatmadaw, Karlsruhe, a US state's secretary of state). Negatives: the known
person is still found where the context is theirs."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. namesakes: relatives and people who share a name
    ("en", "2023-03-10", "Jean-Marie Le Pen sent a message to the party congress in Lille.", "Jean-Marie Le Pen",
     ("FRA", "ELI", "per:le_pen_jean_marie")),
    # (an MEP from 2004 to 2019, never a deputy of France's own parliament then: EUR LEG, as the blind sets code MEPs)
    ("en", "2016-05-02", "Jean-Marie Le Pen spoke in the European Parliament.", "Jean-Marie Le Pen",
     ("EUR", "LEG", "per:le_pen_jean_marie")),
    ("en", "2022-02-01", "Nicolás Maduro Guerra met party activists in Maracay.", "Nicolás Maduro Guerra",
     ("VEN", "LEG", "per:maduro_guerra_nicolas")),
    ("it", "2016-11-05", "Étienne Tshisekedi ha rifiutato l'accordo con la maggioranza.", "Étienne Tshisekedi",
     ("COD", "OPP", "per:tshisekedi_etienne")),
    ("it", "2022-03-14", "L'imprenditore Giuseppe Conte ha presentato un esposto ai carabinieri di Bari.",
     "L'imprenditore Giuseppe Conte", ("ITA", "BUS", None)),
    ("it", "2023-09-01", "La cronista Giorgia Salvini ha ricevuto minacce dopo un servizio sugli appalti.",
     "La cronista Giorgia Salvini", ("ITA", "JRN", None)),
    ("it", "2023-09-01", "La giornalista Arianna Draghi ha raccontato lo sciopero degli autisti.",
     "La giornalista Arianna Draghi", ("ITA", "JRN", None)),
    ("it", "2024-03-02", "La ricercatrice Elena Mattarella dell'Università di Padova ha firmato lo studio.",
     "La ricercatrice Elena Mattarella", ("ITA", "EDU", None)),
    ("en", "2025-01-20", "Professor Helen Starmer, a historian at the University of Leeds, criticised the plan.",
     "Professor Helen Starmer", ("GBR", "EDU", None)),
    ("en", "2024-07-02", "Mary Kenyatta, a Nairobi-based reporter, was released on bail.", "Mary Kenyatta",
     ("KEN", "JRN", None)),
    # negatives: the known person where the context is theirs
    ("en", "2023-06-01", "Marine Le Pen attacked the pension reform in Paris.", "Marine Le Pen",
     ("FRA", "OPP", "per:le_pen_marine")),
    ("en", "2023-06-01", "Giuseppe Conte, a former prime minister, attacked the budget.", "Giuseppe Conte",
     ("ITA", "OPP", "per:conte_giuseppe")),
    ("it", "2023-06-01", "L'ex premier Giuseppe Conte ha attaccato la manovra.", "L'ex premier Giuseppe Conte",
     ("ITA", "OPP", "per:conte_giuseppe")),
    ("en", "2019-06-01", "Nicolás Maduro blamed the United States for the blackout.", "Nicolás Maduro",
     ("VEN", "GOV", "per:maduro_nicolas")),
    ("en", "2021-06-01", "Félix Tshisekedi flew to Goma.", "Félix Tshisekedi", ("COD", "GOV", "per:tshisekedi_felix")),
    # 2. seats of power as metonyms
    ("it", "2022-02-01", "Akorda ha annunciato un rimpasto di governo.", "Akorda", ("KAZ", "GOV", "kaz:akorda")),
    ("it", "2023-06-01", "Koulouba ha respinto le accuse della missione dell'Onu.", "Koulouba",
     ("MLI", "GOV", "mli:koulouba")),
    ("en", "2024-02-01", "Carondelet announced new security measures for the prisons.", "Carondelet",
     ("ECU", "GOV", "ecu:carondelet")),
    ("en", "2024-02-01", "The Union Buildings announced a cabinet reshuffle.", "The Union Buildings",
     ("ZAF", "GOV", "zaf:union_buildings")),
    ("en", "2024-02-01", "State House in Nairobi said the president would sign the bill.", "State House in Nairobi",
     ("KEN", "GOV", None)),
    ("en", "2022-02-01", "Naypyidaw rejected the envoy's request to meet the detained leader.", "Naypyidaw",
     ("MMR", "GOV", "country:MMR")),
    # 3. dated roles
    ("it", "2018-04-30", "Nikol Pashinyan ha guidato un altro corteo a Erevan.", "Nikol Pashinyan",
     ("ARM", "OPP", "per:pashinyan_nikol")),
    ("en", "2019-05-02", "Hakainde Hichilema accused the government of rigging the vote.", "Hakainde Hichilema",
     ("ZMB", "OPP", "per:hakainde_hichilema")),
    ("en", "2020-09-01", "Gustavo Petro called for an investigation into the police.", "Gustavo Petro",
     ("COL", "LEG", "per:petro_gustavo")),
    ("en", "2022-06-01", "Javier Milei proposed closing the central bank.", "Javier Milei",
     ("ARG", "LEG", "per:milei_javier")),
    ("en", "2020-03-01", "Hun Manet inspected a military parade.", "Hun Manet", ("KHM", "MIL", "per:hun_manet")),
    ("en", "2023-10-01", "Hun Manet met the Chinese premier.", "Hun Manet", ("KHM", "GOV", "per:hun_manet")),
    ("it", "2014-05-01", "Sergio Mattarella ha partecipato a un convegno a Palermo.", "Sergio Mattarella",
     ("ITA", "JUD", "per:mattarella_sergio")),
    ("en", "2021-03-01", "Petro Poroshenko was questioned by investigators.", "Petro Poroshenko",
     ("UKR", "LEG", "per:poroshenko_petro")),
    ("en", "2015-03-01", "Nkosazana Dlamini-Zuma opened the summit in Addis Ababa.", "Nkosazana Dlamini-Zuma",
     ("IGO", "GOV", "per:nkosazana_clarice_dlamini_zuma")),
    ("en", "2024-05-01", "Dilma Rousseff signed a loan agreement in Shanghai.", "Dilma Rousseff",
     ("IGO", "GOV", "per:rousseff_dilma")),
    # 4. agent nouns and groups
    ("it", "2023-05-01", "I cocaleros hanno bloccato le strade in Bolivia.", "I cocaleros", ("BOL", "AGR", None)),
    ("it", "2023-05-01", "I docenti universitari italiani hanno scioperato.", "I docenti universitari italiani",
     ("ITA", "EDU", None)),
    ("en", "2021-07-01", "Ethiopian federal forces withdrew from the regional capital.", "Ethiopian federal forces",
     ("ETH", "MIL", None)),
    ("en", "2023-07-01", "Bandits kidnapped twenty pupils in Kaduna state, the Nigerian police said.", "Bandits",
     ("NGA", "CRM", None)),
    ("it", "2019-01-10", "Due agenti dei servizi segreti militari britannici sono stati fermati.",
     "Due agenti dei servizi segreti militari britannici", ("GBR", "SPY", None)),
    ("it", "2023-06-01", "Gli operai dello stabilimento Stellantis di Cassino hanno scioperato, con la Fiom.",
     "Gli operai dello stabilimento Stellantis di Cassino", ("ITA", "LAB", None)),
    ("en", "2023-06-01", "Samsung workers staged a walkout over pay.", "Samsung workers", ("KOR", "LAB", None)),
    # 5. organisations by other names
    ("it", "2019-06-01", "Il Carroccio ha chiesto la flat tax.", "Il Carroccio", ("ITA", "PTY", "ita:lega")),
    ("it", "2019-06-01", "I pentastellati hanno votato contro il decreto.", "I pentastellati", ("ITA", "PTY", "ita:m5s")),
    ("it", "2023-08-01", "La Cedeao ha sospeso il Niger.", "La Cedeao", ("IGO", "GOV", "igo:ecowas")),
    ("it", "2024-05-01", "I soldati dell'Africa Corps sono arrivati in Burkina Faso.", "I soldati dell'Africa Corps",
     ("RUS", "MIL", None)),
    ("en", "2023-11-01", "The Tatmadaw lost three border posts.", "The Tatmadaw", ("MMR", "MIL", "mmr:tatmadaw")),
    ("it", "2024-01-10", "Karlsruhe ha bocciato la riforma elettorale del governo.", "Karlsruhe",
     ("DEU", "JUD", "deu:bverfg")),
    ("it", "2021-01-05", "Il segretario di Stato della Georgia ha certificato il voto nonostante Donald Trump.",
     "Il segretario di Stato della Georgia", ("USA", "GOV", None)),
    # negatives: a place after a preposition; Georgia the country
    ("it", "2024-01-10", "Il congresso si è tenuto a Karlsruhe.", "Karlsruhe", None),
    ("it", "2024-01-10", "Il governo della Georgia ha ricevuto a Tbilisi un inviato di Donald Trump.",
     "Il governo della Georgia", ("GEO", "GOV", None)),
]


@pytest.mark.parametrize("lang,date,text,needle,want", CASES)
def test_gold16_case(lang, date, text, needle, want):
    got = _resolve(text, needle, lang, date)
    if want is None:
        assert got is None or got[0] is None, got
        return
    assert got is not None, needle
    code, sector, eid = want
    assert (got[0], got[1]) == (code, sector), got
    if eid is not None:
        assert got[2] == eid, got
