"""Heads of state and government of Asia-Pacific countries, 2015-2026 (people_heads_asia_pacific.txt), on sentences
written for these tests: a name or a title on a date inside a term (GOV, or MIL for an army chief) and after it
(ELI, former officials)."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # names inside their terms
    ("en", "2016-05-10", "Nawaz Sharif flew to London for heart surgery.", "Nawaz Sharif",
     ("PAK", "GOV", "per:nawaz_sharif")),
    ("it", "2020-03-20", "Jacinda Ardern ha chiuso le frontiere della Nuova Zelanda.", "Jacinda Ardern",
     ("NZL", "GOV", "per:jacinda_ardern")),
    ("en", "2019-06-01", "Mahathir Mohamad criticised the palm oil restrictions.", "Mahathir Mohamad",
     ("MYS", "GOV", "per:dato_seri_mahathir_bin_mohamad")),
    ("it", "2023-10-05", "Hun Manet ha ricevuto il ministro degli Esteri cinese a Phnom Penh.", "Hun Manet",
     ("KHM", "GOV", "per:hun_manet")),
    ("en", "2021-08-10", "Nguyen Phu Trong chaired the party plenum in Hanoi.", "Nguyen Phu Trong",
     ("VNM", "GOV", "per:nguyen_phu_trong")),
    ("it", "2025-10-01", "Sushila Karki ha promesso elezioni entro marzo.", "Sushila Karki",
     ("NPL", "GOV", "per:sushila_karki")),
    ("en", "2024-02-01", "Xanana Gusmao welcomed the Australian delegation in Dili.", "Xanana Gusmao",
     ("TLS", "GOV", "per:xanana_gusmao")),
    ("en", "2020-02-05", "General Qamar Javed Bajwa visited the Line of Control.", "Qamar Javed Bajwa",
     ("PAK", "MIL", "per:qamar_javed_bajwa")),
    # former officials (Najib sat in parliament until his imprisonment in 2022: a legislator until then)
    ("en", "2023-06-01", "Najib Razak lost his appeal against the conviction.", "Najib Razak",
     ("MYS", "ELI", "per:mohamed_najib_bin_tun_abdul_razak")),
    ("it", "2023-06-01", "Frank Bainimarama è stato rinviato a giudizio a Suva.", "Frank Bainimarama",
     ("FJI", "ELI", "per:voreqe_bainimarama")),
    ("en", "2023-02-01", "Nursultan Nazarbayev has not been seen in public for months.", "Nursultan Nazarbayev",
     ("KAZ", "ELI", "per:nursultan_nazarbayev")),
    # titles
    ("it", "2019-05-02", "Il presidente uzbeko ha firmato la riforma del lavoro.", "Il presidente uzbeko",
     ("UZB", "GOV", "per:shavkat_mirziyayev")),
    ("it", "2017-10-10", "Il premier pakistano ha incontrato i vertici dell'esercito.", "Il premier pakistano",
     ("PAK", "GOV", "per:shahid_khaqan_abbasi")),
    ("en", "2017-03-01", "Sri Lanka's president pardoned the fishermen.", "Sri Lanka's president",
     ("LKA", "GOV", "per:maithripala_sirisena")),
    ("en", "2019-08-01", "Mongolia's president vetoed the judicial bill.", "Mongolia's president",
     ("MNG", "GOV", "per:khaltmaagiin_battulga")),
    ("it", "2022-03-01", "Il primo ministro di Samoa ha annunciato il lockdown.", "Il primo ministro di Samoa",
     ("WSM", "GOV", "per:fiame_naomi_mataafa")),
    ("en", "2021-03-01", "Myanmar's president extended the state of emergency.", "Myanmar's president",
     ("MMR", "GOV", "per:myint_swe")),
    ("en", "2018-02-01", "Bangladesh's president commuted the sentence.", "Bangladesh's president",
     ("BGD", "GOV", "per:mohammad_abdul_hamid")),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_heads_asia_pacific_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
