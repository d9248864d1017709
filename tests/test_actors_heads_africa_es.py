"""Heads of state and government of eastern and southern Africa, Egypt and Morocco 2015-2026
(people_heads_africa_es.txt), on sentences written for these tests: names and titles on dates inside a term, and
former office holders (ELI) after it."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # names inside a term
    ("en", "2019-08-01", "Mnangagwa blamed Western sanctions for the fuel shortages.", "Mnangagwa",
     ("ZWE", "GOV", "per:emmerson_mnangagwa")),
    ("it", "2016-03-01", "Il presidente dello Zambia Edgar Lungu ha sciolto il parlamento.", "Edgar Lungu",
     ("ZMB", "GOV", "per:edgar_lungu")),
    ("en", "2022-01-10", "Samia Suluhu Hassan reopened the banned newspapers.", "Samia Suluhu Hassan",
     ("TZA", "GOV", "per:samia_suluhu")),
    ("it", "2019-06-01", "Magufuli ha vietato i comizi dell'opposizione.", "Magufuli", ("TZA", "GOV", "per:john_magufuli")),
    ("en", "2020-06-01", "Farmaajo refused to step down after his term expired.", "Farmaajo",
     ("SOM", "GOV", "per:mohamed_abdullahi_mohamed_farmajo")),
    ("it", "2017-06-01", "Il premier etiope Hailemariam Desalegn ha incontrato i ministri sudanesi.", "Hailemariam Desalegn",
     ("ETH", "GOV", "per:hailemariam_desalegn")),
    ("en", "2018-06-01", "Riek Machar's fighters attacked a garrison.", "Riek Machar",
     ("SSD", "REB", "per:riek_machar_teny_dhurgon")),
    ("it", "2019-01-10", "Il premier marocchino Saadeddine El Othmani ha ricevuto la delegazione.", "Saadeddine El Othmani",
     ("MAR", "GOV", "per:saadeddine_othmani")),
    ("it", "2025-01-10", "Il ministro degli Esteri egiziano Badr Abdelatty ha incontrato Tajani.", "Badr Abdelatty",
     ("EGY", "GOV", "per:badr_abdelatty")),
    ("en", "2025-06-10", "Netumbo Nandi-Ndaitwah appointed a new cabinet.", "Netumbo Nandi-Ndaitwah",
     ("NAM", "GOV", "per:netumbo_nandi_ndaitwah")),
    # titles resolved to the holder on the story's date
    ("en", "2019-05-01", "Kenya's president opened the new railway terminal.", "Kenya's president",
     ("KEN", "GOV", "per:uhuru_kenyatta")),
    ("it", "2023-03-01", "Il presidente zambiano ha ricevuto i creditori a Lusaka.", "Il presidente zambiano",
     ("ZMB", "GOV", "per:hakainde_hichilema")),
    ("en", "2016-01-10", "Egypt's prime minister announced new fuel subsidies.", "Egypt's prime minister",
     ("EGY", "GOV", "per:sherif_ismail")),
    ("it", "2024-01-10", "Il re dell'Eswatini ha sciolto il governo.", "Il re dell'Eswatini", ("SWZ", "GOV", "per:mswati_iii")),
    ("en", "2024-01-10", "Lesotho's prime minister met the mining unions.", "Lesotho's prime minister",
     ("LSO", "GOV", "per:sam_matekane")),
    # former office holders
    ("en", "2023-05-01", "Uhuru Kenyatta mediated the talks in Nairobi.", "Uhuru Kenyatta", ("KEN", "ELI", "per:uhuru_kenyatta")),
    ("it", "2018-03-01", "Robert Mugabe ha votato ad Harare.", "Robert Mugabe", ("ZWE", "ELI", "per:robert_mugabe")),
    ("en", "2026-01-10", "Andry Rajoelina spoke to supporters from abroad.", "Andry Rajoelina",
     ("MDG", "ELI", "per:andry_rajoelina")),
    ("it", "2018-03-10", "Abdelilah Benkirane ha criticato il governo.", "Abdelilah Benkirane",
     ("MAR", "ELI", "per:abdelilah_benkirane")),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_heads_africa_es_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
