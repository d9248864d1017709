"""Heads of state and government 2015-2026 for Europe outside the big states and the Middle East
(people_heads_europe_mideast.txt), on sentences written for these tests: names and titles resolve to the office
holder of the story's date, and former holders are ELI of their country."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # names in office
    ("it", "2017-06-01", "Doris Leuthard ha aperto il vertice sul clima a Berna.", "Doris Leuthard",
     ("CHE", "GOV", "per:doris_leuthard")),
    ("en", "2019-03-05", "Igor Dodon met the Russian ambassador in Chisinau.", "Igor Dodon",
     ("MDA", "GOV", "per:dodon_igor")),
    ("it", "2021-01-15", "Mustafa al-Kadhimi ha promesso elezioni anticipate.", "Mustafa al-Kadhimi",
     ("IRQ", "GOV", "per:al_kadhimi_mustafa")),
    ("en", "2018-02-10", "Zoran Zaev said the name talks with Athens were close to a deal.", "Zoran Zaev",
     ("MKD", "GOV", "per:zaev_zoran")),
    ("it", "2020-06-01", "Hassan Diab ha chiesto aiuto al Fondo monetario.", "Hassan Diab",
     ("LBN", "GOV", "per:diab_hassan")),
    ("en", "2016-09-01", "Abdrabbuh Mansur Hadi returned to Aden from Riyadh.", "Abdrabbuh Mansur Hadi",
     ("YEM", "GOV", "per:hadi_abdrabbuh_mansur")),
    ("it", "2022-03-10", "Milorad Dodik ha difeso i legami con Mosca.", "Milorad Dodik",
     ("BIH", "GOV", "per:dodik_milorad")),
    ("en", "2021-01-12", "Haitham bin Tariq named his son crown prince.", "Haitham bin Tariq",
     ("OMN", "GOV", "per:haitham_bin_tariq")),
    # former office holders
    ("en", "2021-06-01", "Joseph Muscat was questioned by the police again.", "Joseph Muscat",
     ("MLT", "ELI", "per:muscat_joseph")),
    ("it", "2020-02-01", "Haider al-Abadi ha criticato il nuovo governo.", "Haider al-Abadi",
     ("IRQ", "ELI", "per:haidar_al_abadi")),
    ("en", "2023-06-01", "Saad Hariri stayed away from the parliamentary session.", "Saad Hariri",
     ("LBN", "ELI", "per:hariri_saad")),
    # titles
    ("it", "2018-05-01", "Il presidente ceco ha ricevuto il premier ungherese al Castello.", "Il presidente ceco",
     ("CZE", "GOV", "per:milos_zeman")),
    ("en", "2018-06-01", "Iceland's prime minister said the whaling quota would stay.", "Iceland's prime minister",
     ("ISL", "GOV", "per:jakobsdottir_katrin")),
    ("it", "2019-02-01", "Il premier giordano ha annunciato un rimpasto.", "Il premier giordano",
     ("JOR", "GOV", "per:razzaz_omar")),
    ("en", "2019-01-10", "Kuwait's emir received the Qatari envoy.", "Kuwait's emir",
     ("KWT", "GOV", "per:sheikh_sabah_al_ahmad_al_jabir_al_sabah")),
    ("it", "2022-06-01", "Il presidente svizzero ha parlato a Lugano.", "Il presidente svizzero",
     ("CHE", "GOV", "per:cassis_ignazio")),
    ("en", "2021-06-01", "Montenegro's prime minister survived a confidence vote.", "Montenegro's prime minister",
     ("MNE", "GOV", "per:krivokapic_zdravko")),
    ("it", "2018-01-15", "Il premier siriano ha visitato Aleppo.", "Il premier siriano",
     ("SYR", "GOV", "per:khamis_imad")),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_heads_europe_mideast_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
