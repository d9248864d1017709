"""Resolver cases found through the blind dev set actors_gold19: passages of two or three sentences, where a
bare title points back to the person the story is about (passages written for these tests)."""
import pytest

from .conftest import resolve_actor as resolve


@pytest.mark.parametrize("lang,text,context,date,want", [
    # the person who opened the passage holds the office too: the protagonist, not the last one named
    ("it", "il presidente", "Emmanuel Macron è volato a Brasilia. Accolto al Planalto da Lula, il presidente ha "
     "firmato un accordo sull'Amazzonia.", "2024-03-28", ("FRA", "GOV", "per:macron_emmanuel")),
    # a former title is a person of the passage who held the office
    ("it", "L'ex premier", "Boris Johnson ha criticato il governo di Londra sui migranti. L'ex premier ha detto che "
     "il piano non funziona.", "2024-03-01", ("GBR", "ELI", "per:johnson_boris")),
    ("en", "The former prime minister", "Jacinda Ardern spoke at Harvard on Thursday. The former prime minister "
     "said democracy needed care.", "2023-06-01", ("NZL", "ELI", "per:jacinda_ardern")),
    # a bare title of the protagonist's sector takes the protagonist's country (not the country named last)
    ("it", "Il ministro", "Antonio Tajani è arrivato al Cairo per parlare di Gaza con il presidente egiziano. Il "
     "ministro ha chiesto una tregua.", "2024-05-01", ("ITA", "GOV", None)),
])
def test_bare_titles_point_back(lang, text, context, date, want):
    e = resolve(lang, text, context, date)
    assert (e.code, e.sector, e.id) == want


def test_a_former_title_nobody_named_stays_a_former_official():
    e = resolve("en", "The former president", "The former president of Peru was arrested in Lima on Monday.",
                "2024-01-10")
    assert (e.code, e.sector) == ("PER", "ELI")


@pytest.mark.parametrize("lang,text,context,want", [
    ("it", "Il Guardasigilli", "Il Guardasigilli ha firmato il decreto sulle carceri.", ("ITA", "GOV")),
    ("it", "L'Istat", "L'Istat ha rivisto al ribasso la crescita del prossimo anno.", ("ITA", "GOV")),
    ("it", "Il Garante della privacy", "Il Garante della privacy ha multato la società di consegne.",
     ("ITA", "GOV")),
    ("it", "L'Eurocamera", "L'Eurocamera ha approvato il regolamento sugli imballaggi.", ("EUR", "LEG")),
    ("en", "Holyrood", "Holyrood voted against the assisted dying bill on Tuesday.", ("GBR", "LEG")),
])
def test_institutions(lang, text, context, want):
    e = resolve(lang, text, context, "2025-02-01")
    assert (e.code, e.sector) == want


@pytest.mark.parametrize("lang,text,context,want", [
    # an Italian text that names no country: its doctors and workers are Italy's too
    ("it", "centinaia di infermieri", "Contro il blocco dei contratti centinaia di infermieri hanno manifestato "
     "davanti alle Regioni.", ("ITA", "MED")),
    # a place the gazetteer does not know leaves the press's home country
    ("it", "il ministro dell'Interno", "Dopo lo sbarco di Roccella, il ministro dell'Interno ha annunciato nuovi "
     "controlli.", ("ITA", "GOV")),
    # the UN names no country: the city it names does
    ("it", "l'esercito", "Dopo il terremoto di Mandalay l'esercito ha ripreso i bombardamenti, denunciano le "
     "Nazioni Unite.", ("MMR", "MIL")),
    ("en", "the justices", "Brazil's Supreme Court met on Tuesday. In Brasília, the justices voted to open the "
     "trial.", ("BRA", "JUD")),
])
def test_unlocated_actors(lang, text, context, want):
    e = resolve(lang, text, context, "2025-04-01")
    assert (e.code, e.sector) == want


def test_english_has_no_home_country():
    e = resolve("en", "the nurses", "Thousands of the nurses walked out over pay on Monday.", "2025-04-01")
    assert e.code is None


@pytest.mark.parametrize("text,context,want", [
    # a majority or minority leader leads a chamber's party group: a legislator, not a head of government
    ("The Senate Majority Leader", "The Senate Majority Leader said the vote would be held on Friday in "
     "Washington.", ("USA", "LEG")),
    # a commercial bank whose name looks like a central bank's
    ("Bank of America", "Bank of America agreed to pay a fine to US regulators.", ("USA", "BUS")),
])
def test_english_names(text, context, want):
    e = resolve("en", text, context, "2025-07-01")
    assert (e.code, e.sector) == want


def test_machinists_are_labour():
    assert resolve("en", "About 30,000 machinists", "About 30,000 machinists walked off the job on Friday.",
                   "2024-09-13").sector == "LAB"


def test_a_us_state_election_board_is_american():
    context = "Georgia's State Election Board approved a rule requiring hand counts of ballots."
    assert resolve("en", "Georgia's State Election Board", context, "2024-09-20").code == "USA"
    context = "Georgia's election board met in Tbilisi to certify the parliamentary vote."
    assert resolve("en", "Georgia's election board", context, "2024-05-20").code == "GEO"
