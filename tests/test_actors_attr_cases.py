"""Actor cases of the kinds the attribution layer found wrong when it resolved speakers, on sentences written for these
tests (shipped pipeline): a party office in the mention over a dated role elsewhere, an unqualified Italian ministry
whose sentence names places only in a clause about other people, and companies and media the knowledge base lacked
(Tim, Mediobanca and its seat Piazzetta Cuccia, Monte dei Paschi, agenzia Nova)."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. "<party office> di <party> <person>": the party's country and PTY over a dated role elsewhere (an MEP)
    ("it", "2022-06-15", "Il coordinatore di Forza Italia Antonio Tajani ha risposto ai cronisti.",
     "Il coordinatore di Forza Italia Antonio Tajani", ("ITA", "PTY", "per:tajani_antonio")),
    ("it", "2022-06-15", "Il coordinatore di Forza Italia Antonio Tajani ha risposto ai cronisti.", "Antonio Tajani",
     ("ITA", "PTY", "per:tajani_antonio")),
    ("it", "2022-06-15", "Il vicepresidente di Forza Italia Antonio Tajani ha difeso la linea del partito.",
     "Antonio Tajani", ("ITA", "PTY", "per:tajani_antonio")),
    ("it", "2022-09-27", "Il leader di Azione Carlo Calenda ha commentato i risultati del voto.",
     "Il leader di Azione Carlo Calenda", ("ITA", "PTY", "per:calenda_carlo")),
    ("en", "2022-06-15", "The leader of Forza Italia Antonio Tajani said the coalition would hold.", "Antonio Tajani",
     ("ITA", "PTY", "per:tajani_antonio")),
    # without the office, or after "ex", the dated role stays
    ("it", "2022-06-15", "Antonio Tajani ha risposto ai cronisti a Strasburgo.", "Antonio Tajani",
     ("EUR", "LEG", "per:tajani_antonio")),
    ("it", "2022-06-15", "L'ex coordinatore di Forza Italia Antonio Tajani ha risposto ai cronisti.", "Antonio Tajani",
     ("EUR", "LEG", "per:tajani_antonio")),
    # a role in the party's own country stays: a party leader in government is GOV, one in opposition OPP
    ("it", "2023-06-15", "La leader di Fratelli d'Italia Giorgia Meloni ha riunito i suoi parlamentari.",
     "Giorgia Meloni", ("ITA", "GOV", "per:meloni_giorgia")),
    ("it", "2023-06-15", "La segretaria del Pd Elly Schlein ha criticato la manovra.", "La segretaria del Pd Elly Schlein",
     ("ITA", "OPP", "per:schlein_elly")),
    # 2. an Italian ministry with no country: a place where others are, in the clause it reports, is no context
    ("it", "2023-10-15", "Il ministero degli Esteri ha fatto sapere in una nota che due cittadini italiani risultano "
     "ancora irreperibili in Israele.", "Il ministero degli Esteri", ("ITA", "GOV", None)),
    ("it", "2023-10-15", "Il ministero degli Esteri ha fatto sapere che tre turisti sono dispersi in Marocco.",
     "Il ministero degli Esteri", ("ITA", "GOV", None)),
    # the ministry of a country named with it keeps that country
    ("it", "2023-10-15", "Il ministero degli Esteri di Israele ha fatto sapere che due turisti sono dispersi.",
     "Il ministero degli Esteri", ("ISR", "GOV", None)),
    # 4. knowledge: companies, a bank's seat, a news agency
    ("it", "2024-05-01", "Tim ha chiuso il trimestre con ricavi in crescita.", "Tim", ("ITA", "BUS", "ita:tim")),
    ("it", "2024-05-01", "Secondo Tim, la rete unica resta necessaria.", "Tim", ("ITA", "BUS", "ita:tim")),
    ("en", "2024-05-01", "Telecom Italia sold its fixed-line network to KKR.", "Telecom Italia", ("ITA", "BUS", "ita:tim")),
    ("it", "2024-05-01", "Mediobanca ha respinto l'offerta pubblica di scambio.", "Mediobanca",
     ("ITA", "BUS", "ita:mediobanca")),
    ("it", "2025-02-01", "Piazzetta Cuccia ha convocato il consiglio di amministrazione.", "Piazzetta Cuccia",
     ("ITA", "BUS", "ita:mediobanca")),
    ("it", "2025-02-01", "Mps ha lanciato un'offerta su Mediobanca.", "Mps", ("ITA", "BUS", "ita:mps")),
    ("it", "2025-02-01", "Il Monte dei Paschi di Siena ha chiuso l'anno in utile.", "Monte dei Paschi di Siena",
     ("ITA", "BUS", "ita:mps")),
    ("it", "2024-05-01", "Secondo quanto riferisce l'agenzia Nova, il governo libico ha chiesto aiuto.", "agenzia Nova",
     ("ITA", "JRN", "media:nova")),
]


@pytest.mark.parametrize("lang,date,text,needle,want", CASES)
def test_attribution_kinds(lang, date, text, needle, want):
    assert _resolve(text, needle, lang, date) == want


def test_tim_as_a_first_name_is_no_company():
    got = _resolve("Tim Cook ha presentato il nuovo telefono a Cupertino.", "Tim Cook", "it", "2024-05-01")
    assert got is None or got[2] != "ita:tim"
    got = _resolve("Tim Walz attacked the governor of Texas.", "Tim Walz", "en", "2024-08-01")
    assert got == ("USA", "GOV", "per:walz_tim")


def test_piazzetta_cuccia_after_a_locative_is_the_square():
    text = "Mediobanca ha convocato l'assemblea. Un presidio dei piccoli azionisti si è tenuto in Piazzetta Cuccia."
    got = _resolve(text, "Piazzetta Cuccia", "it", "2025-02-01")
    assert got is None or got[2] is None


def test_bare_nova_is_no_agency():
    got = _resolve("La supernova è esplosa in una galassia vicina, ha detto Nova.", "Nova", "it", "2024-05-01")
    assert got is None or got[2] != "media:nova"
