"""Heads of state and government 2015-2026 of Latin America and the Caribbean (data/people_heads_americas.txt), on
sentences written for these tests: a name or a title on a date inside a term (GOV), after it (ELI, former officials),
and the dated roles that replace Phoenix's open-ended ones."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # names inside their terms
    ("en", "2021-01-10", "Bolivian President Luis Arce met his Argentine counterpart.", "Luis Arce",
     ("BOL", "GOV", "per:luis_arce")),
    ("it", "2020-06-01", "Sebastián Piñera ha annunciato nuove misure contro la pandemia.", "Sebastián Piñera",
     ("CHL", "GOV", "per:sebastian_pinera")),
    ("it", "2019-06-01", "Martín Vizcarra ha chiesto al Congresso un voto di fiducia.", "Martín Vizcarra",
     ("PER", "GOV", "per:martin_vizcarra")),
    ("en", "2024-06-01", "Keith Rowley called the shooting an act of terror.", "Keith Rowley",
     ("TTO", "GOV", "per:keith_rowley")),
    ("it", "2022-05-01", "Ariel Henry ha chiesto l'invio di una forza internazionale.", "Ariel Henry",
     ("HTI", "GOV", "per:ariel_henry")),
    ("en", "2020-06-01", "Raúl Castro still leads the Communist Party.", "Raúl Castro", ("CUB", "GOV", "per:raul_castro")),
    # a Phoenix person whose open-ended role now ends
    ("en", "2019-06-01", "Rafael Correa spoke from Belgium.", "Rafael Correa", ("ECU", "ELI", "per:rafael_correa")),
    # former officeholders
    ("en", "2023-01-10", "Jeanine Áñez was sentenced to ten years in prison.", "Jeanine Áñez",
     ("BOL", "ELI", "per:jeanine_anez")),
    ("it", "2023-06-01", "Iván Duque ha tenuto una lezione a Washington.", "Iván Duque", ("COL", "ELI", "per:ivan_duque")),
    ("en", "2023-06-01", "Vizcarra was barred from public office.", "Vizcarra", ("PER", "ELI", "per:martin_vizcarra")),
    # titles: the holder on the day
    ("it", "2019-06-01", "Il premier peruviano ha presentato le dimissioni.", "Il premier peruviano",
     ("PER", "GOV", "per:salvador_del_solar")),
    ("en", "2020-11-12", "The Peruvian president named a new cabinet.", "The Peruvian president",
     ("PER", "GOV", "per:manuel_merino")),
    ("en", "2025-01-10", "Haiti's prime minister asked for more police.", "Haiti's prime minister",
     ("HTI", "GOV", "per:alix_didier_fils_aime")),
    ("it", "2026-03-01", "Il presidente boliviano ha firmato il decreto sul carburante.", "Il presidente boliviano",
     ("BOL", "GOV", "per:rodrigo_paz")),
    ("it", "2024-07-01", "Il presidente costaricano ha inaugurato il nuovo carcere.", "Il presidente costaricano",
     ("CRI", "GOV", "per:rodrigo_chaves")),
    ("en", "2015-10-01", "Guatemala's president promised a clean transition.", "Guatemala's president",
     ("GTM", "GOV", "per:alejandro_maldonado")),
    ("it", "2020-06-01", "Il premier cubano ha annunciato nuovi razionamenti.", "Il premier cubano",
     ("CUB", "GOV", "per:manuel_marrero_cruz")),
    ("en", "2022-06-01", "Barbados's prime minister spoke at the summit.", "Barbados's prime minister",
     ("BRB", "GOV", "per:mia_mottley")),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_heads_americas_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
