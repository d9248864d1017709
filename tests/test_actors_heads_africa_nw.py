"""Heads of state and government of North, West and Central Africa and Sudan, 2015-2026
(src/cronaca/actors/data/people_heads_africa_nw.txt), on sentences written for these tests: a name or a title on a
date inside the term (GOV), and former office holders after it (ELI)."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # names inside their terms
    ("en", "2018-03-01", "Abdelaziz Bouteflika signed the finance law.", "Abdelaziz Bouteflika",
     ("DZA", "GOV", "per:abdelaziz_bouteflika")),
    ("it", "2023-05-01", "Il premier libico Abdul Hamid Dbeibah ha incontrato i ministri a Tripoli.", "Abdul Hamid Dbeibah",
     ("LBY", "GOV", "per:abdul_hamid_dbeibah")),
    ("it", "2018-05-01", "Youssef Chahed ha presentato la legge di bilancio.", "Youssef Chahed",
     ("TUN", "GOV", "per:youssef_chahed")),
    ("it", "2021-03-01", "Il presidente maliano Bah N'Daw ha ricevuto i mediatori.", "Bah N'Daw", ("MLI", "GOV", "per:bah_ndaw")),
    ("en", "2015-09-18", "General Gilbert Diendéré said the junta would hold elections.", "Gilbert Diendéré",
     ("BFA", "GOV", "per:gilbert_diendere")),
    ("en", "2019-05-01", "Muhammadu Buhari flew to Abuja after the summit.", "Muhammadu Buhari",
     ("NGA", "GOV", "per:muhammadu_buhari")),
    ("en", "2022-05-01", "Mahamat Idriss Deby opened the national dialogue.", "Mahamat Idriss Deby",
     ("TCD", "GOV", "per:mahamat_idriss_deby")),
    ("en", "2024-05-01", "Brice Oligui Nguema promised a new constitution.", "Brice Oligui Nguema",
     ("GAB", "GOV", "per:brice_oligui_nguema")),
    ("en", "2020-05-01", "Abdalla Hamdok met the rebel leaders in Juba.", "Abdalla Hamdok", ("SDN", "GOV", "per:abdalla_hamdok")),
    # titles on a date
    ("it", "2019-05-01", "Il presidente nigeriano ha promesso nuove elezioni.", "Il presidente nigeriano",
     ("NGA", "GOV", "per:muhammadu_buhari")),
    ("en", "2025-05-01", "Liberia's president opened the new port.", "Liberia's president", ("LBR", "GOV", "per:joseph_boakai")),
    ("it", "2018-05-01", "Il presidente tunisino ha ricevuto la delegazione europea.", "Il presidente tunisino",
     ("TUN", "GOV", "per:beji_caid_essebsi")),
    ("en", "2018-05-01", "Cameroon's prime minister visited Buea.", "Cameroon's prime minister",
     ("CMR", "GOV", "per:philemon_yang")),
    ("en", "2026-03-01", "Guinea-Bissau's president dissolved the electoral commission.", "Guinea-Bissau's president",
     ("GNB", "GOV", "per:horta_inta_a")),
    # former office holders
    ("en", "2023-05-01", "Alpha Conde is in exile in Istanbul.", "Alpha Conde", ("GIN", "ELI", "per:alpha_conde")),
    ("it", "2021-05-01", "Omar al-Bashir è detenuto in un ospedale militare.", "Omar al-Bashir",
     ("SDN", "ELI", "per:umar_al_bashir")),
    ("en", "2025-05-01", "George Weah criticised the new government.", "George Weah", ("LBR", "ELI", "per:george_weah")),
    ("en", "2024-05-01", "Ali Bongo remains under house arrest in Libreville.", "Ali Bongo", ("GAB", "ELI", "per:ali_ben_bongo")),
    ("en", "2020-05-01", "John Mahama campaigned in Kumasi.", "John Mahama", ("GHA", "ELI", "per:john_mahama")),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_heads_africa_nw_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
