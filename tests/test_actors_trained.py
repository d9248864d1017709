"""Actor resolver with the shipped trained pipelines (NER + POS): sentences written for cronaca."""
from __future__ import annotations

import time

import pytest

from cronaca.actors import resolve_mentions
from cronaca.analysis import Analysis
from cronaca.nlp import load_pipeline, model_path
from cronaca.schema import Article

from .test_actors import _at

pytestmark = pytest.mark.skipif(not (model_path("it") / "meta.json").exists(), reason="no trained pipeline shipped")


def _analysis(text, lang="it", date="2024-06-19"):
    a = Analysis(Article(id="t", source="test", text=text, published=date, language=lang))
    a.doc = load_pipeline(lang)(text)
    a.mentions = resolve_mentions(a)
    return a


IT = ("Il presidente russo Vladimir Putin e il leader nordcoreano Kim Jong Un hanno firmato mercoledì a Pyongyang "
      "un documento davvero storico. Dal Cremlino è arrivata la conferma. Il capo del Cremlino ha detto ai "
      "giornalisti che l'accordo vale per sempre.\nSecondo Lamy Kim, professore all'Università delle Hawaii, il "
      "patto cambia gli equilibri in Asia. Kim, il professore di Honolulu, ha aggiunto che Seul reagirà con "
      "prudenza.\nStella Kim ha collaborato da Seul.")


@pytest.fixture(scope="module")
def it_article():
    return _analysis(IT)


def test_coordinated_subjects_are_two_people(it_article):
    a = it_article
    assert _at(a, "Il presidente russo Vladimir Putin").id == "per:putin_vladimir"
    assert _at(a, "il leader nordcoreano Kim Jong Un").id == "per:kim_jong_un"
    per = [m for m in a.mentions if m.actor is not None and m.actor.id in ("per:putin_vladimir", "per:kim_jong_un")]
    assert [m.text for m in per][:2] == ["presidente russo Vladimir Putin", "leader nordcoreano Kim Jong Un"]


def test_adjective_is_not_an_agent_noun(it_article):
    assert not any(m.text == "storico" and m.actor is not None for m in it_article.mentions)


def test_ner_function_words_are_no_actors(it_article):
    assert not any(m.text.split()[0] in ("Il", "Dal", "Secondo") for m in it_article.mentions)


def test_journalists_addressed_by_a_leader_are_its_press(it_article):
    # "Il capo del Cremlino ha detto ai giornalisti": the Kremlin press corps (team gold convention)
    e = _at(it_article, "giornalisti")
    assert e.sector == "JRN" and e.code == "RUS"


def test_generic_journalists_take_no_country_from_the_story():
    a = _analysis("Il presidente russo Vladimir Putin ha firmato il decreto. Molti giornalisti erano presenti.")
    e = _at(a, "giornalisti")
    assert e.sector == "JRN" and e.code is None


def test_four_kims_with_ner(it_article):
    a = it_article
    lamy = _at(a, "Lamy Kim")
    assert lamy.id is None and lamy.sector == "EDU"
    kim = _at(a, "Kim,")  # "Kim, il professore di Honolulu": the NER leaves it out, the article knows him
    assert kim.name == "Lamy Kim" and kim.id is None
    credit = IT.index("Stella Kim")
    assert not any(m.actor is not None for m in a.mentions if m.start >= credit)


def test_surname_from_ner_and_namesakes():
    a = _analysis("Trump met Kim in Singapore on Tuesday.", lang="en", date="2018-06-12")
    assert _at(a, "Kim").id == "per:kim_jong_un"
    # a namesake the knowledge base does not know (Arianna Meloni, the example before, is now known)
    a = _analysis("Lucia Meloni guida la segreteria del partito. Giorgia Meloni ha parlato a Bruxelles.")
    assert _at(a, "Lucia Meloni").id is None
    assert _at(a, "Giorgia Meloni").id == "per:meloni_giorgia"


def test_cue_words_inside_a_political_sentence_are_no_credit_line():
    a = _analysis("Putin ha collaborato con Kim per anni.")
    assert _at(a, "Putin").id == "per:putin_vladimir"


def test_dense_article_speed():
    text = " ".join((IT.replace("\n", " ") + " ") * 12).split()[:1000]
    a = _analysis(" ".join(text))
    t = time.process_time()
    for _ in range(5):
        resolve_mentions(a)
    assert (time.process_time() - t) / 5 < 0.05  # ~5 ms measured (benchmarks/actors_speed.py); generous for CI


def test_weak_company_name_with_tagger():
    a = _analysis("Total ha dichiarato la forza maggiore sul progetto in Mozambico.", date="2021-04-27")
    e = _at(a, "Total")
    assert (e.code, e.sector, e.id) == ("FRA", "BUS", "mnc:totalenergies")
    a = _analysis("Total exports rose sharply in March.", lang="en", date="2024-04-01")
    assert all(m.actor is None or m.actor.id != "mnc:totalenergies" for m in a.mentions)


def _cs(a, needle):
    e = _at(a, needle)
    return (e.code, e.sector) if e is not None else None


@pytest.mark.parametrize("lang,date,text,needle,expected", [
    # a member of a non-state organisation takes the organisation's sector
    ("en", "2024-03-01", "A spokeswoman for Stellantis said the plant would stay open.", "A spokeswoman for Stellantis",
     ("MNC", "BUS")),
    ("it", "2024-03-01", "Un portavoce di Eni ha confermato l'accordo con Algeri.", "Un portavoce di Eni", ("ITA", "BUS")),
    ("it", "2024-03-01", "Un portavoce di Hamas ha respinto la proposta.", "Un portavoce di Hamas", ("PSE", "REB")),
    ("it", "2024-03-01", "Il portavoce dell'esercito israeliano ha confermato il raid.",
     "Il portavoce dell'esercito israeliano", ("ISR", "MIL")),
    # a capital after "to"/"a" is an addressee after verbs of giving and asking, a place after verbs of motion
    ("en", "2024-03-01", "Zelensky sent a letter to Washington about the air defence.", "Washington", ("USA", "GOV")),
    ("en", "2024-03-01", "Zelensky flew to Washington on Monday.", "Washington", ("USA", None)),
    ("it", "2024-03-01", "Il governo ucraino ha chiesto a Washington nuovi missili.", "Washington", ("USA", "GOV")),
    # military positions and aircraft
    ("en", "2024-03-01", "Ukrainian drones hit Russian positions near Bakhmut.", "Russian positions", ("RUS", "MIL")),
    # an agent noun without a country: the place hanging on it, the state side of its clause, the place named last
    ("en", "2024-03-01", "Brussels is preparing sanctions against the officials responsible for the fraud in Belarus.",
     "the officials", ("BLR", "GOV")),
    ("it", "2024-03-01", "Il premier greco ha avvertito Ankara che l'esercito è pronto a difendere le isole.",
     "l'esercito", ("GRC", "MIL")),
    ("en", "2024-03-01", "Turkish jets struck Kurdish militants in northern Iraq.", "Kurdish militants", ("IRQ", "REB")),
    ("en", "2024-03-01", "The army said it had struck a school in Gaza City.", "The army", ("ISR", "MIL")),
    ("en", "2024-03-01", "Settlers torched cars in a village near Nablus.", "Settlers", ("ISR", "CVL")),
    ("en", "2024-03-01", "Al Jazeera said its correspondent had been wounded.", "its correspondent", ("QAT", "JRN")),
    # the same acronym for two organisations: the armed one beside an armed agent
    ("en", "2024-03-01", "RSF fighters shelled the market in El Fasher.", "RSF fighters", ("SDN", "PRM")),
    ("en", "2024-03-01", "RSF condemned the arrest of the journalist.", "RSF", ("NGO", "SOC")),
    # elided prepositions and articles are words of their own
    ("it", "2024-03-01", "I combattenti dell'M23 hanno conquistato Bukavu.", "I combattenti dell'M23", ("COD", "REB")),
    ("it", "2024-03-01", "La Cina non ha condannato l'invasione russa dell'Ucraina.", "russa", ("RUS", None)),
    # another transliteration of a known name; an opposition leader is OPP
    ("it", "2023-03-01", "Sergej Shoigu ha visitato le truppe nel Donbass.", "Sergej Shoigu", ("RUS", "GOV")),
    ("it", "2021-02-18", "Giorgia Meloni ha annunciato il voto contrario.", "Giorgia Meloni", ("ITA", "OPP")),
    # a coordinating conjunction starts a clause whose agent takes the side named last before it
    ("en", "2024-03-01", "Syria shelled Turkish outposts, and the army returned fire.", "the army", ("TUR", "MIL")),
    ("en", "2024-03-01", "Iran fired rockets at Israel on Sunday.", "Israel", ("ISR", "GOV")),
    ("en", "2024-03-01", "The US vetoed the resolution.", "The US", ("USA", "GOV")),
    # Italian places do not modify the noun after them: two phrases
    ("it", "2024-03-01", "Kiev ha chiesto a Washington nuovi caccia.", "Washington", ("USA", "GOV")),
    ("it", "2024-03-01", "L'aviazione ha colpito i profughi nel centro della Striscia di Gaza.", "i profughi",
     ("PSE", "REF")),
])
def test_context_rules(lang, date, text, needle, expected):
    assert _cs(_analysis(text, lang=lang, date=date), needle) == expected


def test_no_phrase_across_a_sentence_break():
    # a dateline year before the first sentence is no count of the actor after it
    a = _analysis("ROMA, 2009\nIl costruttore americano ha chiuso due stabilimenti.", "it", "2009-04-30")
    e = _at(a, "costruttore americano")
    assert e.count is None and (e.code, e.sector) == ("USA", "BUS")



def test_meloni_government_and_eu_commission_in_the_kb():
    a = _analysis("Il ministro della Giustizia Carlo Nordio ha difeso la riforma. Andrius Kubilius ha presentato a "
                  "Bruxelles il piano per la difesa. Secondo Kubilius servono più fondi.", date="2025-03-10")
    assert _at(a, "Carlo Nordio").code == "ITA"
    assert _at(a, "Andrius Kubilius").code == "EUR"
    assert _at(a, "Kubilius", 1).code == "EUR"


def test_office_staff_other_agents_and_press_context():
    a = _analysis("Israele ha colpito un deposito in Cisgiordania. L'ufficio del primo ministro ha fatto sapere che "
                  "i negoziati proseguono.", date="2025-07-29")
    assert _at(a, "ufficio del primo ministro").code == "ISR"
    a = _analysis("ROMA - Un diplomatico europeo ha spiegato che la decisione di Parigi peserà molto. Altri due "
                  "diplomatici hanno detto di non aspettarsi novità.", date="2025-09-22")
    assert _at(a, "due diplomatici").code == "EUR"
    a = _analysis("Il deficit scenderà sotto il 3 per cento, secondo la Banca d'Italia. Fonti del Tesoro, sentite "
                  "dalla Reuters, hanno confermato la stima.", date="2025-03-10")
    assert _at(a, "Fonti del Tesoro").code == "ITA"
    a = _analysis("Pyongyang ha lanciato un missile balistico, ha reso noto lo Stato maggiore congiunto sudcoreano.",
                  date="2025-03-10")
    assert _at(a, "Stato maggiore congiunto sudcoreano").code == "KOR"


@pytest.mark.parametrize("lang,date,text,needle,expected", [
    # an acronym shared by two organisations: the one of a country the article names
    ("en", "2025-03-01", "The Sudanese government accused the RSF of shelling a hospital in Omdurman.", "RSF",
     ("SDN", "PRM")),
    # an office named without a country: the country named before it in its sentence first
    ("en", "2025-03-01", "Palazzo Chigi said the prime minister would call the French president about Libya.",
     "the prime minister", ("ITA", "GOV")),
    # experts of an intergovernmental body are its officials; its students are not
    ("it", "2025-03-01", "Gli esperti dell'Ue hanno esaminato il piano di Roma.", "Gli esperti dell'Ue", ("EUR", "GOV")),
    ("en", "2025-03-01", "EU students protested in Brussels.", "EU students", ("EUR", "EDU")),
    # a weak company name coordinated with another company's name; a capitalised verb is no organisation
    ("en", "2025-03-01", "Regulators fined Google and Meta on Tuesday.", "Meta", ("USA", "BUS")),
    ("en", "2025-03-01", "The Fed kept rates unchanged.", "Fed", ("USA", "GOV")),
    # an unknown first name before a known surname is someone else
    ("it", "2025-03-01", "Il governatore della banca centrale keniota Mario Panetta ha parlato.", "Mario Panetta",
     ("KEN", "GOV")),
    # an apposition after an adverb; a party's minister is in government, its spokeswoman is the party's
    ("en", "2025-03-01", "Ellen Smith, also a Labour minister, spoke in Leeds.", "Ellen Smith", ("GBR", "GOV")),
    ("en", "2025-03-01", "A Labour spokeswoman said the vote was close.", "A Labour spokeswoman", ("GBR", "PTY")),
    # "la Camera": the Italian Chamber of Deputies, another country's lower house where the sentence says so
    ("it", "2025-03-01", "La Camera ha approvato il decreto sicurezza.", "Camera", ("ITA", "LEG")),
    ("it", "2025-03-01", "A Brasilia la Camera ha approvato la riforma delle pensioni.", "Camera", ("BRA", "LEG")),
    ("it", "2025-03-01", "La Camera di commercio di Milano ha presentato i dati.", "Camera di commercio",
     ("ITA", "BUS")),
    # news agencies, military equipment; think tanks are not tanks
    ("en", "2025-03-01", "Russian news agencies said the talks had ended.", "Russian news agencies", ("RUS", "JRN")),
    ("en", "2025-03-01", "Israeli tanks shelled the outskirts of Rafah.", "Israeli tanks", ("ISR", "MIL")),
    ("it", "2025-03-01", "I carri armati israeliani sono entrati a Rafah.", "I carri armati israeliani",
     ("ISR", "MIL")),
    ("en", "2025-03-01", "Two think tanks in Washington published the report.", "think tanks", ("USA", "EDU")),
    # central bankers and legislatures added to the knowledge base
    ("en", "2025-03-01", "The Fed kept rates unchanged and Jerome Powell said inflation was easing.", "Jerome Powell",
     ("USA", "GOV")),
    ("it", "2025-03-01", "Il Sejm ha approvato la legge.", "Sejm", ("POL", "LEG")),
])
def test_gold6_causes(lang, date, text, needle, expected):
    assert _cs(_analysis(text, lang=lang, date=date), needle) == expected


@pytest.mark.parametrize("lang,date,text,needle,expected", [
    # a number after an organisation starts a new phrase: the agency and the sources are two actors
    ("it", "2025-03-01", "Lo hanno riferito alla Reuters tre fonti della sicurezza irachena.", "Reuters",
     ("GBR", "JRN")),
    ("it", "2025-03-01", "Lo hanno riferito alla Reuters tre fonti della sicurezza irachena.", "tre fonti",
     ("IRQ", "GOV")),
    # no country named: the dateline's place (from the gazetteer) is where the story is
    ("it", "2025-03-01", "MATERA – L'assessore regionale alla Sanità ha annunciato nuovi fondi.",
     "L'assessore regionale", ("ITA", "GOV")),
    # no country, place or nationality at all: Italian press speaks of Italy (home_country)
    ("it", "2025-03-01", "L'assessore regionale alla Sanità ha annunciato nuovi fondi.", "L'assessore regionale",
     ("ITA", "GOV")),
    ("en", "2025-03-01", "Two judges opened an investigation into the contracts.", "Two judges", (None, "JUD")),
    # the object of a verb of backing is not the backer's
    ("en", "2025-02-01", "Kinshasa accused Rwanda of backing the rebels.", "the rebels", ("COD", "REB")),
    ("it", "2025-02-01", "Kinshasa accusa il Ruanda di sostenere i ribelli.", "i ribelli", ("COD", "REB")),
])
def test_open_list_causes(lang, date, text, needle, expected):
    assert _cs(_analysis(text, lang=lang, date=date), needle) == expected


def test_resolver_pauses_the_collector_and_leaves_no_cycles():
    """resolve_mentions() runs with the garbage collector paused (a speed choice): that is only safe while it
    leaves no reference cycles behind, and it must give the collector back as it found it."""
    import gc

    text = IT + ("\nThe Kremlin said on Monday that the Russian defence minister had met two North Korean generals; "
                 "Seoul's foreign ministry summoned the ambassador.")
    doc = load_pipeline("it")(text)
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            a = Analysis(Article(id="t", source="test", text=text, published="2024-06-19", language="it"))
            a.doc = doc
            assert resolve_mentions(a)
            assert not gc.isenabled()  # left as it was: disabled
        assert gc.collect() == 0
    finally:
        gc.enable()
    a = Analysis(Article(id="t", source="test", text=text, published="2024-06-19", language="it"))
    a.doc = doc
    resolve_mentions(a)
    assert gc.isenabled()


@pytest.mark.parametrize("text,count", [
    ("Oltre duemilasettecento giudici turchi sono stati rimossi dopo il tentato golpe.", 2700),
    ("Duecentoquarantatré migranti sono sbarcati ieri a Lampedusa.", 243),
    ("Trentotto soldati nigeriani sono stati uccisi in un agguato.", 38),
])
def test_compound_numerals_count_the_group(text, count):
    a = _analysis(text, date="2016-07-17")
    got = [m.actor for m in a.mentions if m.actor is not None and m.actor.count]
    assert got and got[0].count == count
