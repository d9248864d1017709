"""Actor cases of the kinds gold13 dev found wrong, on sentences written for these tests (shipped pipeline): Italian
agent nouns in every gender and number and English plural/singular gaps, new agent nouns (truckers, bishops'
conferences, federal police, trainee doctors, first ladies, separatist authorities), a known person after a place
the NER merged into the name ("a Curitiba Lula"), sub-national regions that give their country, and people and
organisations added to the knowledge base."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. Italian agent nouns, feminine forms
    ("it", "2022-04-01", "Quattro soldatesse polacche sono rientrate dalla missione.", "Quattro soldatesse polacche",
     ("POL", "MIL", None)),
    ("it", "2022-04-01", "Due poliziotte tunisine hanno arrestato il ricercato.", "Due poliziotte tunisine", ("TUN", "COP", None)),
    ("it", "2022-04-01", "Tre giornaliste iraniane sono state fermate a Teheran.", "Tre giornaliste iraniane",
     ("IRN", "JRN", None)),
    ("it", "2022-04-01", "Le agricoltrici keniote hanno bloccato la strada.", "Le agricoltrici keniote", ("KEN", "AGR", None)),
    ("it", "2022-04-01", "Le lavoratrici tessili bengalesi sono scese in piazza.", "Le lavoratrici tessili bengalesi",
     ("BGD", "LAB", None)),
    # new agent nouns
    ("it", "2022-04-01", "I camionisti francesi hanno bloccato le autostrade.", "I camionisti francesi", ("FRA", "LAB", None)),
    ("it", "2022-04-01", "La Conferenza episcopale spagnola ha chiesto perdono.", "La Conferenza episcopale spagnola",
     ("ESP", "REL", None)),
    ("it", "2022-04-01", "La polizia federale tedesca ha perquisito tre appartamenti.", "La polizia federale tedesca",
     ("DEU", "COP", None)),
    ("en", "2022-04-01", "Mexican federal police detained the mayor.", "Mexican federal police", ("MEX", "COP", None)),
    ("en", "2022-04-01", "British trainee doctors walked out for two days.", "British trainee doctors", ("GBR", "MED", None)),
    ("en", "2022-04-01", "The French first lady visited the hospital.", "The French first lady", ("FRA", "ELI", None)),
    ("en", "2022-04-01", "Canadian truckers blocked the bridge.", "Canadian truckers", ("CAN", "LAB", None)),
    ("en", "2023-01-01", "Abkhazia's separatist authorities banned the rally.", "separatist authorities",
     ("GEO", "GOV", None)),
    # 2. a known person after a place the NER merged into one name
    ("it", "2018-06-01", "Dal carcere di Curitiba Lula ha chiesto di votare.", "Lula", ("BRA", "ELI", "per:lula_da_silva")),
    # 3. a region gives its country before the home-country default
    ("it", "2021-06-01", "Tre agenti sono stati uccisi in un agguato nello stato di Sinaloa.", "Tre agenti",
     ("MEX", "COP", None)),
    # 4. knowledge base
    ("it", "2023-05-01", "L'Itamaraty ha convocato l'ambasciatore.", "L'Itamaraty", ("BRA", "GOV", "bra:itamaraty")),
    ("en", "2023-05-01", "Aso Rock denied the report.", "Aso Rock", ("NGA", "GOV", "nga:aso_rock")),
    ("en", "2023-05-01", "Pemex cut its output forecast.", "Pemex", ("MEX", "BUS", "mex:pemex")),
    ("it", "2023-05-01", "Petrobras ha alzato il prezzo del gasolio.", "Petrobras", ("BRA", "BUS", "bra:petrobras")),
    ("en", "2023-05-01", "Histadrut called a general strike.", "Histadrut", ("ISR", "LAB", "isr:histadrut")),
    ("it", "2023-05-01", "L'Anc ha perso la maggioranza assoluta.", "L'Anc", ("ZAF", "PTY", "zaf:anc")),
    ("en", "2023-05-01", "Rappler published the leaked memo.", "Rappler", ("PHL", "JRN", "phl:rappler")),
    ("en", "2021-09-01", "Pedro Castillo named a new cabinet.", "Pedro Castillo", ("PER", "GOV", "per:castillo_pedro")),
    ("en", "2023-09-01", "Pedro Castillo remains in custody.", "Pedro Castillo", ("PER", "ELI", "per:castillo_pedro")),
    ("en", "2019-05-01", "Evo Morales inaugurated the highway.", "Evo Morales", ("BOL", "GOV", "per:evo_morales")),
    ("en", "2020-05-01", "Evo Morales spoke from Buenos Aires.", "Evo Morales", ("BOL", "ELI", "per:evo_morales")),
    ("en", "2019-09-01", "Fridays for Future called a global strike.", "Fridays for Future",
     ("ISM", "CVL", "ngo:fridays_for_future")),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_gold13_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
