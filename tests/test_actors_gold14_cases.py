"""Actor cases of the kinds gold14 dev found wrong, on sentences written for these tests (shipped pipeline): seats of
power as metonyms (the Blue House in Italian, the Bank of Italy's Via Nazionale, a street after a locative),
organisations added to the knowledge base (unions, a movement, a Chinese developer, national legislatures, newspapers
and an armed group whose names are also common words, so weak aliases), Italian-only acronyms ("il Pp", "l'Eta"),
people with dated roles (a judge who became a minister, a president briefly ousted by a coup, transliterations of a
Ukrainian name, a first name that is a country's), the Italian press's 'Corte di giustizia dell'Ue', Italian and
English militias with a religious adjective, and a climate movement coded ISM."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. seats of power
    ("it", "2019-02-01", "La Casa Blu ha smentito le indiscrezioni sul vertice.", "La Casa Blu",
     ("KOR", "GOV", "kor:yongsan")),
    ("it", "2023-05-01", "Via Nazionale ha tagliato le previsioni sul Pil.", "Via Nazionale",
     ("ITA", "GOV", "ita:banca_italia")),
    ("it", "2023-05-01", "Il corteo è sfilato in via Nazionale fino a piazza Venezia.", "via Nazionale", None),
    # 2. organisations
    ("it", "2023-05-01", "Il sindacato Kctu ha convocato una manifestazione a Seul.", "Il sindacato Kctu",
     ("KOR", "LAB", "kor:kctu")),
    ("en", "2023-05-01", "The KCTU vowed to keep striking.", "The KCTU", ("KOR", "LAB", "kor:kctu")),
    ("it", "2019-01-10", "I gilet gialli hanno occupato una rotonda vicino a Tolosa.", "I gilet gialli",
     ("FRA", "CVL", "fra:gilets_jaunes")),
    ("it", "2019-05-01", "Il Pp ha perso metà dei suoi seggi.", "Il Pp", ("ESP", "PTY", "esp:pp")),
    ("en", "2022-01-10", "Shares in Evergrande were suspended in Hong Kong.", "Evergrande", ("CHN", "BUS", "chn:evergrande")),
    ("en", "2020-05-28", "The National People's Congress approved the security law.", "The National People's Congress",
     ("CHN", "LEG", "chn:npc")),
    ("it", "2020-05-28", "L'Assemblea nazionale del popolo ha approvato la legge.", "L'Assemblea nazionale del popolo",
     ("CHN", "LEG", "chn:npc")),
    ("en", "2020-09-20", "The Rajya Sabha passed the farm bills by voice vote.", "The Rajya Sabha",
     ("IND", "LEG", "ind:rajya_sabha")),
    ("en", "2024-06-24", "The Lok Sabha met for its first session.", "The Lok Sabha", ("IND", "LEG", "ind:lok_sabha")),
    ("en", "2022-05-01", "Dawn said the finance minister would resign.", "Dawn", ("PAK", "JRN", "media:dawn")),
    ("en", "2022-05-01", "The raid began at dawn.", "dawn", None),
    ("en", "2006-03-22", "ETA declared a permanent ceasefire.", "ETA", ("ESP", "REB", "esp:eta")),
    ("it", "2006-03-22", "L'Eta ha dichiarato un cessate il fuoco permanente.", "L'Eta", ("ESP", "REB", "esp:eta")),
    ("en", "2020-09-01", "Extinction Rebellion blockaded printing presses overnight.", "Extinction Rebellion",
     ("ISM", "CVL", "ngo:extinction_rebellion")),
    ("it", "2020-10-06", "La Corte di giustizia dell'Ue ha bocciato la conservazione generalizzata dei dati.",
     "La Corte di giustizia dell'Ue", ("EUR", "JUD", "eur:court_of_justice")),
    # 3. people with dated roles
    ("it", "2016-03-01", "Marta Cartabia ha firmato la sentenza.", "Marta Cartabia", ("ITA", "JUD", "per:cartabia_marta")),
    ("it", "2022-03-01", "Marta Cartabia ha difeso la riforma del Csm.", "Marta Cartabia",
     ("ITA", "GOV", "per:cartabia_marta")),
    ("en", "2021-01-05", "Gotabaya Rajapaksa visited the port city.", "Gotabaya Rajapaksa",
     ("LKA", "GOV", "per:rajapaksa_gotabaya")),
    ("en", "1999-06-01", "Kofi Annan appealed for a ceasefire in Kosovo.", "Kofi Annan", ("UNO", "GOV", "per:annan_kofi")),
    ("en", "2002-04-13", "Hugo Chavez was held on an island base.", "Hugo Chavez", ("VEN", "ELI", "per:hugo_chavez")),
    ("en", "2002-04-16", "Hugo Chavez called for national dialogue.", "Hugo Chavez", ("VEN", "GOV", "per:hugo_chavez")),
    ("it", "2012-06-01", "Yanukovich ha ricevuto il premier polacco a Kiev.", "Yanukovich",
     ("UKR", "GOV", "per:viktor_yanukovych")),
    ("en", "2009-06-01", "Viktor Yanukovych attacked the government's budget.", "Viktor Yanukovych",
     ("UKR", "OPP", "per:viktor_yanukovych")),
    ("en", "2021-03-10", "Merrick Garland heard his last case.", "Merrick Garland", ("USA", "JUD", "per:garland_merrick")),
    # a person whose first name is a country's
    ("en", "2020-09-15", "Chad Wolf testified before the Senate committee.", "Chad Wolf", ("USA", "GOV", "per:wolf_chad")),
    # 4. militias with a religious adjective
    ("it", "2020-01-05", "Le milizie sciite irachene hanno minacciato le truppe americane.", "Le milizie sciite irachene",
     ("IRQ", "PRM", None)),
    ("en", "2020-01-05", "Iraqi Shiite militias threatened US troops.", "Iraqi Shiite militias", ("IRQ", "PRM", None)),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_gold14_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
