"""Actor cases of the kinds gold15 dev found wrong, on sentences written for these tests (shipped pipeline):
legislatures by their own name (Bundesrat, Majlis, Nordic parliaments), party and agency acronyms (FDP, KMT, AAP, PTI,
Komeito, ASIO, RCMP), central banks by their Italian and English names (GOV in this project), courts by their own name
or head noun (the Corte d'assise, Brazil's electoral court, a Council of State), a seat of power (the Hofburg), a Japanese
company, people with dated roles (a Bundesbank president, South Korean ministers and candidates, an Indian MP, an acting
foreign minister, corrected vice-presidencies and foreign ministries), the Italian plural 'britannici'/'libici' (the
-ico adjectives whose plural is -ici, not -ichi) and English demonyms of smaller countries. Negatives: a lone 'Kim'
stays Kim Jong-un's after a South Korean Kim became prime minister, a relative's surname is not hers, 'Diet' alone is
no parliament."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. legislatures by their own name
    ("it", "2024-06-14", "Il Bundesrat ha respinto la legge sulla cannabis.", "Il Bundesrat", ("DEU", "LEG", "deu:bundesrat")),
    ("en", "2024-06-14", "The Majlis impeached the economy minister.", "The Majlis", ("IRN", "LEG", "irn:majlis")),
    ("en", "2023-06-01", "The Storting approved the sale of the stake.", "The Storting", ("NOR", "LEG", "nor:storting")),
    ("it", "2022-11-01", "Il Folketing ha approvato la nuova legge sul clima.", "Il Folketing", ("DNK", "LEG", "dnk:folketing")),
    ("en", "2024-05-01", "The Legislative Yuan passed the defence budget.", "The Legislative Yuan",
     ("TWN", "LEG", "twn:legislative_yuan")),
    # 2. parties and agencies by their acronyms
    ("en", "2024-11-07", "The FDP walked out of the coalition.", "The FDP", ("DEU", "PTY", "deu:fdp")),
    ("en", "2020-01-11", "The KMT conceded defeat in the presidential race.", "The KMT", ("TWN", "PTY", "twn:kmt")),
    ("en", "2022-03-10", "The AAP swept the Punjab assembly election.", "The AAP", ("IND", "PTY", "ind:aap")),
    ("en", "2023-05-10", "Supporters of the PTI stormed a military compound.", "the PTI", ("PAK", "PTY", "pak:pti")),
    ("it", "2024-10-28", "Il Komeito ha perso il suo leader nelle elezioni.", "Komeito", ("JPN", "PTY", "jpn:komeito")),
    ("en", "2023-02-01", "ASIO warned of foreign interference in universities.", "ASIO", ("AUS", "SPY", "aus:asio")),
    ("en", "2023-06-01", "The RCMP arrested two men in Surrey.", "The RCMP", ("CAN", "COP", "can:rcmp")),
    # 3. central banks (GOV), courts, a seat of power, a company
    ("it", "2023-07-28", "La Banca del Giappone ha allentato il controllo della curva dei rendimenti.",
     "La Banca del Giappone", ("JPN", "GOV", "jpn:boj")),
    ("it", "2024-03-21", "La Banca nazionale svizzera ha tagliato i tassi a sorpresa.", "La Banca nazionale svizzera",
     ("CHE", "GOV", "che:snb")),
    ("it", "2023-08-03", "La Banca d'Inghilterra ha portato i tassi al 5,25 per cento.", "La Banca d'Inghilterra",
     ("GBR", "GOV", "gbr:boe")),
    ("en", "2023-04-12", "The Bundesbank warned that inflation would stay high.", "The Bundesbank",
     ("DEU", "GOV", "deu:bundesbank")),
    ("it", "2023-05-03", "La Corte d'assise di Bologna ha condannato l'imputato a trent'anni.", "La Corte d'assise di Bologna",
     ("ITA", "JUD", None)),
    ("en", "2022-10-20", "The Superior Electoral Court ordered the removal of the videos.", "The Superior Electoral Court",
     ("BRA", "JUD", "bra:tse")),
    ("en", "2024-01-10", "France's Council of State suspended the decree.", "France's Council of State", ("FRA", "JUD", None)),
    ("en", "2019-05-20", "The Hofburg said the president would speak tonight.", "The Hofburg", ("AUT", "GOV", "aut:hofburg")),
    ("en", "2023-12-18", "Nippon Steel agreed to buy the Pittsburgh steelmaker.", "Nippon Steel",
     ("JPN", "BUS", "jpn:nippon_steel")),
    # 4. people with dated roles
    ("en", "2023-03-09", "Joachim Nagel said rates would keep rising.", "Joachim Nagel", ("DEU", "GOV", "per:nagel_joachim")),
    ("it", "2023-03-09", "Lars Klingbeil ha difeso il cancelliere.", "Lars Klingbeil", ("DEU", "PTY", "per:klingbeil_lars")),
    ("en", "2025-08-01", "Lars Klingbeil presented the draft budget.", "Lars Klingbeil", ("DEU", "GOV", "per:klingbeil_lars")),
    ("en", "2025-05-20", "Kim Moon-soo trailed in the latest poll.", "Kim Moon-soo", ("KOR", "PTY", "per:kim_moon_soo")),
    ("en", "2025-09-01", "Kim Min-seok chaired the cabinet meeting.", "Kim Min-seok", ("KOR", "GOV", "per:kim_min_seok")),
    ("en", "2025-05-20", "Lee Ju-ho met the US ambassador.", "Lee Ju-ho", ("KOR", "GOV", "per:lee_ju_ho")),
    ("it", "2025-02-01", "Priyanka Gandhi Vadra ha preso la parola in aula.", "Priyanka Gandhi Vadra",
     ("IND", "LEG", "per:gandhi_vadra_priyanka")),
    ("en", "2024-06-10", "Ali Bagheri Kani flew to Beirut.", "Ali Bagheri Kani", ("IRN", "GOV", "per:bagheri_kani_ali")),
    ("en", "2024-05-01", "Lara Trump told donors the party had money for lawyers.", "Lara Trump", ("USA", "PTY", "per:trump_lara")),
    ("en", "2017-06-01", "William Ruto toured the Rift Valley.", "William Ruto", ("KEN", "GOV", "per:ruto_william")),
    ("en", "2016-03-01", "Cyril Ramaphosa opened the debate.", "Cyril Ramaphosa", ("ZAF", "GOV", "per:ramaphosa_cyril")),
    ("en", "2019-06-01", "Sameh Shoukry met his Jordanian counterpart.", "Sameh Shoukry",
     ("EGY", "GOV", "per:sameh_hassan_shoukry")),
    ("en", "2014-06-01", "Tedros Adhanom met the Eritrean envoy.", "Tedros Adhanom", ("ETH", "GOV", "per:tedros_adhanom")),
    ("en", "2020-12-01", "Vjosa Osmani signed the decree.", "Vjosa Osmani", ("KOS", "GOV", "per:osmani_vjosa")),
    # 5. demonyms: the Italian -ico plurals, English demonyms of smaller countries, 'St' without a full stop
    ("it", "2023-02-01", "Migliaia di insegnanti britannici hanno scioperato.", "Migliaia di insegnanti britannici",
     ("GBR", "EDU", None)),
    ("it", "2023-02-01", "I soldati libici hanno aperto il fuoco.", "I soldati libici", ("LBY", "MIL", None)),
    ("it", "2023-02-01", "Le autorità bahamensi hanno arrestato due uomini.", "Le autorità bahamensi", ("BHS", "GOV", None)),
    ("en", "2023-02-01", "Mauritian officials rejected the claim.", "Mauritian officials", ("MUS", "GOV", None)),
    ("en", "2023-02-01", "Trinidadian police arrested two men.", "Trinidadian police", ("TTO", "COP", None)),
    ("en", "2023-02-01", "Burundian troops crossed the border.", "Burundian troops", ("BDI", "MIL", None)),
    ("en", "2021-04-12", "St Vincent asked for help after the eruption.", "St Vincent", ("VCT", "GOV", "country:VCT")),
    # 6. negatives
    ("en", "2025-08-20", "Kim inspected a new missile factory near Pyongyang.", "Kim", ("PRK", "GOV", "per:kim_jong_un")),
    ("en", "2024-03-01", "The diet of the soldiers was poor.", "The diet", None),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_gold15_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
