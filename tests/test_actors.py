"""Actor resolver tests on sentences written for cronaca."""
from __future__ import annotations


from cronaca.actors import lookup, resolve_mentions, resolve_span
from cronaca.analysis import Analysis
from cronaca.schema import Article, Boilerplate


def _analysis(text, lang="it", date="2024-06-19", boilerplate=()):
    import spacy

    a = Analysis(Article(id="t", source="test", text=text, published=date, language=lang), list(boilerplate))
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    a.doc = nlp(text)
    a.mentions = resolve_mentions(a)
    return a


def _at(a, needle, nth=0):
    pos = -1
    for _ in range(nth + 1):
        pos = a.article.text.index(needle, pos + 1)
    return resolve_span(a, pos, pos + len(needle))


def test_group_with_count():
    (e,) = lookup("sei alti funzionari statunitensi", "it", "2024-06-19")[:1]
    assert (e.code, e.sector, e.count) == ("USA", "GOV", 6)


def test_kremlin_metonym():
    e = lookup("il Cremlino", "it")[0]
    assert (e.code, e.sector) == ("RUS", "GOV")


def test_nato_is_igo():
    e = lookup("NATO", "en")[0]
    assert e.code == "IGO" and e.name == "NATO"


def test_titles_by_date():
    assert lookup("il presidente russo", "it", "2024-06-19")[0].id == "per:putin_vladimir"
    assert lookup("the US president", "en", "2019-05-01")[0].id == "per:trump_donald"
    assert lookup("the US president", "en", "2023-05-01")[0].id == "per:biden_joe"
    assert lookup("il leader nordcoreano", "it", "2010-06-01")[0].id == "per:kim_jong_il"
    assert lookup("il leader nordcoreano", "it", "2020-06-01")[0].id == "per:kim_jong_un"


def test_agents_with_genitive_and_state_media():
    e = lookup("i soldati della Corea del Nord", "it")[0]
    assert (e.code, e.sector) == ("PRK", "MIL")
    e = lookup("North Korean state media", "en")[0]
    assert (e.code, e.sector) == ("PRK", "JRN") and "GOV" in e.sectors
    e = lookup("il Ministero degli Esteri sudcoreano", "it")[0]
    assert (e.code, e.sector) == ("KOR", "GOV")


def test_four_kims():
    text = ("Kim Jong Un ha incontrato i generali a Pyongyang. Suo padre, Kim Jong Il, era morto nel 2011. "
            "Lamy Kim, professore all'Università delle Hawaii, ha detto che il regime è stabile. "
            "Secondo Kim, il professore di Honolulu, il regime non cederà.\nStella Kim ha collaborato da Seul.")
    a = _analysis(text)
    assert _at(a, "Kim Jong Un").id == "per:kim_jong_un"
    assert _at(a, "Kim Jong Il").id == "per:kim_jong_il"
    lamy = _at(a, "Lamy Kim")
    assert lamy.id is None and lamy.sector == "EDU" and lamy.name == "Lamy Kim"
    kim = _at(a, "Kim", nth=3)  # "Secondo Kim, il professore di Honolulu"
    assert kim.name == "Lamy Kim" and kim.sector == "EDU" and kim.id is None
    # the reporter's credit line gives no entity
    assert not any("Stella" in m.text for m in a.mentions if m.actor is not None)


def test_no_entity_from_boilerplate_credit():
    text = "Il presidente russo ha parlato a Mosca.\nDi Stella Kim, corrispondente da Seul"
    start = text.index("Di Stella")
    a = _analysis(text, boilerplate=[Boilerplate(start, len(text), "byline", text[start:])])
    assert all(m.end <= start for m in a.mentions)
    assert resolve_span(a, 0, len("Il presidente russo")).id == "per:putin_vladimir"


def test_surname_and_title_coreference():
    text = "Vladimir Putin ha ricevuto il premier indiano. Putin ha detto che il leader russo non cederà."
    a = _analysis(text)
    assert _at(a, "Putin", nth=1).id == "per:putin_vladimir"
    assert _at(a, "leader russo").id == "per:putin_vladimir"
    assert _at(a, "premier indiano").id == "per:modi_narendra"


def test_unknown_person_gets_no_other_id():
    a = _analysis("The analyst Jane Harlow, a professor at Kyoto University, said Kim Jong Un would not attend.",
                  lang="en", date="2023-03-01")
    e = _at(a, "Jane Harlow")
    assert e is not None and e.id is None


def test_long_dense_text_resolves_every_repetition():
    # (speed is measured by `python -m benchmarks.actors_speed`, not here: no timed unit tests)
    words = ("Il presidente russo Vladimir Putin ha detto che sei alti funzionari statunitensi e il Cremlino "
             "hanno discusso con la Nato e con i soldati della Corea del Nord a Mosca mentre il premier parlava . ")
    reps = 1000 // len(words.split()) + 1
    text = words * reps
    from cronaca.actors.resolver import analyse, toks_from_text

    groups, _ = analyse(toks_from_text(text, "it"), text, "it", "2024-06-19")
    codes = [g.entity.code for g in groups if g.entity is not None]
    assert codes.count("RUS") >= 2 * reps  # Putin and the Kremlin in every repetition
    assert codes.count("USA") >= reps and codes.count("PRK") >= reps


def test_short_country_names_and_regions():
    assert lookup("Britain", "en", "2025-01-10")[0].code == "GBR"
    assert lookup("la Gran Bretagna", "it", "2025-01-10")[0].code == "GBR"
    assert lookup("Gaza", "en", "2025-01-10")[0].code == "PSE"
    assert lookup("la Cisgiordania", "it", "2025-01-10")[0].code == "PSE"


def test_dated_roles_g20_and_death():
    # office holders by date: Turkey had a prime minister until July 2018, Erdogan is head of government after
    e = lookup("the Turkish prime minister", "en", "2017-03-01")[0]
    assert e.id == "per:yildirim_binali"
    e = lookup("the Turkish prime minister", "en", "2019-03-01")[0]
    assert e.id == "per:erdogan_recep_tayyip"
    assert lookup("il ministro della Difesa giapponese", "it", "2024-02-01")[0].id == "per:kihara_minoru"
    # a role ended by death keeps its sector: not a former official
    e = lookup("Qassem Soleimani", "it", "2020-01-04")[0]
    assert (e.code, e.sector, e.id) == ("IRN", "MIL", "per:soleimani_qasem")
    # a role that ended otherwise makes a former official
    e = lookup("Mike Pompeo", "en", "2022-01-04")[0]
    assert (e.code, e.sector) == ("USA", "ELI")


def test_generic_institutions_take_their_country():
    a = _analysis("Mexico's ruling party won a large majority in Congress.", lang="en", date="2024-06-04")
    e = _at(a, "Congress")
    assert (e.code, e.sector) == ("MEX", "LEG")
    a = _analysis("Brazil's Supreme Court ordered the arrest of the former minister.", lang="en", date="2024-06-04")
    e = _at(a, "Brazil's Supreme Court")
    assert (e.code, e.sector) == ("BRA", "JUD")
    a = _analysis("Congress passed the spending bill on Friday.", lang="en", date="2024-06-04")
    assert (_at(a, "Congress").code, _at(a, "Congress").sector) == ("USA", "LEG")
    # a country only named as a place of aid does not own the body
    a = _analysis("The House of Representatives approved new aid for Ukraine.", lang="en", date="2024-04-21")
    e = _at(a, "House of Representatives")
    assert (e.code, e.sector) == ("USA", "LEG")


def test_agents_with_their_own_code_and_of_a_person():
    e = lookup("gli eurodeputati", "it", "2025-03-13")[0]
    assert (e.code, e.sector) == ("EUR", "LEG")
    a = _analysis("I sostenitori di Bolsonaro hanno occupato la piazza.", date="2023-01-09")
    e = _at(a, "I sostenitori di Bolsonaro")
    assert (e.code, e.sector, e.id) == ("BRA", "CVL", None)
    a = _analysis("Putin's spokesman denied the report.", lang="en", date="2024-06-19")
    e = _at(a, "Putin's spokesman")
    assert (e.code, e.sector) == ("RUS", "GOV")


def test_title_and_surname_find_the_office_holder():
    a = _analysis("Speaker Johnson scheduled a vote for next week.", lang="en", date="2024-02-01")
    assert _at(a, "Speaker Johnson").id == "per:johnson_mike"


def test_titled_unknown_name_takes_the_country_named_before_it():
    a = _analysis("Il presidente keniota William Ruto e il ministro Tobias Mwangale hanno firmato l'accordo.",
                  date="2024-05-10")
    e = _at(a, "Tobias Mwangale")
    assert (e.code, e.sector, e.id) == ("KEN", "GOV", None)


def test_named_organisation_inside_a_longer_mention():
    a = _analysis("I militari birmani hanno arrestato i dirigenti della Lega nazionale per la democrazia.",
                  date="2021-02-02")
    e = _at(a, "Lega nazionale per la democrazia")
    assert (e.code, e.sector, e.id) == ("MMR", "PTY", "mmr:nld")


def test_weak_company_names_need_a_proper_noun():
    # blank pipeline (no tagger, no NER): "Total" is not the company; a company with one home country is that
    # country's business (the team gold's convention since set 18), a multinational with none MNC
    assert not [e for e in lookup("Total exports rose", "en", "2024-01-01") if e.id == "mnc:totalenergies"]
    assert (lookup("Boeing", "en", "2024-01-01")[0].code, lookup("Airbus", "en", "2024-01-01")[0].code) == \
        ("USA", "MNC")


def _cs2(a, needle):
    e = _at(a, needle)
    return None if e is None else (e.code, e.sector)


def test_company_named_after_a_country_is_a_business():
    a = _analysis("Air Canada cancelled its flights, and Vietnam Airlines added two routes.", "en", "2025-08-16")
    assert _cs2(a, "Air Canada") == ("CAN", "BUS")
    assert _cs2(a, "Vietnam Airlines") == ("VNM", "BUS")
    a = _analysis("Ethiopian Airlines ha ordinato nuovi aerei. Anche Turkish Airlines ha ampliato la flotta.", "it")
    assert _cs2(a, "Ethiopian Airlines") == ("ETH", "BUS")
    assert _cs2(a, "Turkish Airlines") == ("TUR", "BUS")


def test_central_bank_of_a_country_is_government():
    a = _analysis("The Bank of England kept interest rates on hold.", "en", "2024-08-01")
    assert _cs2(a, "Bank of England") == ("GBR", "GOV")


def test_business_nouns_take_the_country():
    a = _analysis("Italian carmakers and a Japanese battery maker signed a supply deal.", "en")
    assert _cs2(a, "Italian carmakers") == ("ITA", "BUS")
    assert _cs2(a, "Japanese battery maker") == ("JPN", "BUS")
    a = _analysis("Gli esportatori spagnoli chiedono aiuti contro i dazi.", "it")
    assert _cs2(a, "Gli esportatori spagnoli") == ("ESP", "BUS")


def test_unidentified_attackers_and_ngos():
    a = _analysis("Un attentatore suicida si è fatto esplodere davanti a una moschea a Quetta, in Pakistan.", "it")
    assert _cs2(a, "Un attentatore suicida") == ("PAK", "UAF")
    a = _analysis("The government in Khartoum accused NGOs of smuggling weapons.", "en")
    assert _cs2(a, "NGOs") == ("NGO", "SOC")
    a = _analysis("Il ministro ha attaccato le organizzazioni non governative.", "it")
    assert _cs2(a, "organizzazioni non governative") == ("NGO", "SOC")


def test_the_alliance_is_nato_only_after_nato():
    a = _analysis("Il vertice della Nato si apre oggi. L'Alleanza discuterà della spesa militare.", "it")
    assert _cs2(a, "Alleanza") == ("IGO", "MIL")
    a = _analysis("L'Alleanza Verdi e Sinistra ha presentato una mozione.", "it")
    e = _at(a, "Alleanza")
    assert e is None or e.code != "IGO"


def test_the_group_is_the_organisation_just_named():
    a = _analysis("Hezbollah fired rockets at northern Israel. The militant group said it targeted an army base.",
                  "en", "2024-07-05")
    assert _cs2(a, "The militant group") == ("LBN", "REB")


def test_a_company_country_is_no_context():
    a = _analysis("Gunmen hijacked an Air France airliner in Algiers, Algerian officials said.", "en", "1994-12-26")
    assert _cs2(a, "Gunmen") == ("DZA", "UAF")


def test_adviser_of_a_president_is_the_adviser():
    for text, lang, needle, code in [
        ("Un consigliere del presidente ucraino ha incontrato ieri i negoziatori a Ginevra.", "it",
         "Un consigliere del presidente ucraino", "UKR"),
        ("An adviser to the Russian president told reporters that no meeting was planned.", "en",
         "An adviser to the Russian president", "RUS"),
    ]:
        a = _analysis(text, lang, "2025-02-11")
        e = _at(a, needle)
        assert (e.code, e.sector, e.id, e.name) == (code, "GOV", None, None), text


def test_no_country_from_quotes_or_a_later_clause():
    a = _analysis("Fonti della questura di Milano hanno spiegato che i due arrestati sono cittadini tunisini.",
                  "it", "2025-02-11")
    assert _at(a, "Fonti della questura di Milano").code == "ITA"
    a = _analysis("Secondo il portavoce, «le nuove sanzioni americane sono un errore».", "it", "2025-02-11")
    assert _at(a, "il portavoce").code != "USA"
    a = _analysis("Il sindaco Mario Bianchi, che ieri ha ricevuto una delegazione di imprenditori americani, "
                  "ha firmato l'accordo.", "it", "2025-02-11")
    assert _at(a, "Il sindaco Mario Bianchi").code != "USA"
    a = _analysis("La tv di Stato Cctv ha definito «inaccettabili» i dazi americani.", "it", "2025-02-11")
    e = _at(a, "La tv di Stato Cctv")
    assert (e.code, e.sector) == ("CHN", "JRN")


def test_syrian_observatory_is_a_human_rights_ngo():
    for text, lang, needle in [
        ("L'Osservatorio siriano per i diritti umani ha contato almeno venti vittime vicino a Homs.", "it",
         "Osservatorio siriano per i diritti umani"),
        ("The Syrian Observatory for Human Rights reported heavy shelling near Homs.", "en",
         "Syrian Observatory for Human Rights"),
    ]:
        e = _at(_analysis(text, lang, "2025-02-11"), needle)
        assert (e.code, e.sector) == ("NGO", "SOC"), text


def test_coordinated_demonyms_take_the_first_country():
    a = _analysis("Qatari and Egyptian mediators handed the new draft to both delegations.", "en", "2025-02-11")
    e = _at(a, "Qatari and Egyptian mediators")
    assert (e.code, e.sector) == ("QAT", "GOV")
    a = _analysis("I mediatori qatarioti ed egiziani hanno consegnato la nuova bozza alle delegazioni.", "it",
                  "2025-02-11")
    e = _at(a, "mediatori qatarioti ed egiziani")
    assert (e.code, e.sector) == ("QAT", "GOV")


def test_the_two_countries_are_the_pair_named_before():
    a = _analysis("Saudi Arabia and Iran agreed to restore relations. Both countries will reopen their embassies.",
                  "en", "2023-03-10")
    e = _at(a, "Both countries")
    assert (e.code, e.sector, e.count) == ("SAU", "GOV", 2)
    a = _analysis("L'India e il Pakistan hanno concordato una tregua. I due Paesi hanno riaperto i canali militari.",
                  "it", "2025-05-10")
    e = _at(a, "I due Paesi")
    assert (e.code, e.sector, e.count) == ("IND", "GOV", 2)


def test_a_state_body_named_again_keeps_its_country():
    a = _analysis("Mali's junta expelled the French ambassador. The junta accused Paris of interference.", "en",
                  "2022-01-31")
    assert _at(a, "The junta").code == "MLI"
    # companies are not merged this way: "the company" may be another one
    a = _analysis("An Italian company bought the plant. The company said the American carmaker agreed.", "en")
    assert _at(a, "An Italian company").code == "ITA"


def test_health_ministries_are_government():
    for text, lang, needle, code in [
        ("Il ministero della Salute palestinese ha diffuso un nuovo bilancio.", "it",
         "ministero della Salute palestinese", "PSE"),
        ("Iran's health ministry said hundreds of people were killed.", "en", "Iran's health ministry", "IRN"),
    ]:
        e = _at(_analysis(text, lang, "2025-06-23"), needle)
        assert (e.code, e.sector) == (code, "GOV"), text


def test_a_country_ordered_or_shipped_to_is_an_actor():
    a = _analysis("I giudici hanno ordinato a Israele di far entrare più aiuti.", "it", "2024-03-28")
    assert (_at(a, "Israele").code, _at(a, "Israele").sector) == ("ISR", "GOV")
    a = _analysis("Brazilian meatpackers resumed beef exports to China.", "en", "2023-05-18")
    assert _at(a, "China").sector == "GOV"
    a = _analysis("L'incontro si è svolto a Ginevra, in Svizzera.", "it", "2024-03-28")
    assert _at(a, "Svizzera").sector is None  # a place stays a place


def test_a_named_company_gives_no_country_context():
    a = _analysis("Islamic fundamentalists hijacked an Air France airliner in Algiers, Algerian officials said.", "en",
                  "1994-12-26")
    assert _at(a, "Islamic fundamentalists").code == "DZA"
    assert (_at(a, "Air France").code, _at(a, "Air France").sector) == ("FRA", "BUS")


def test_gold7_causes_genitive_head_party_adjectives_hyphenated_names():
    # a word the tagger calls an adjective heads the phrase after a genitive clitic
    a = _analysis("Sri Lanka's military cleared the camp before dawn.", "en", "2022-07-22")
    assert (_at(a, "Sri Lanka's military").code, _at(a, "Sri Lanka's military").sector) == ("LKA", "MIL")
    a = _analysis("Officials said Russian special forces had landed near the port.", "en", "2022-03-01")
    assert (_at(a, "Russian special forces").code, _at(a, "Russian special forces").sector) == ("RUS", "MIL")
    a = _analysis("Le forze speciali ucraine hanno colpito un deposito.", "it", "2024-08-10")
    assert (_at(a, "forze speciali ucraine").code, _at(a, "forze speciali ucraine").sector) == ("UKR", "MIL")
    # a generic party name with a country adjective is that country's party, not the US or Italian one
    a = _analysis("The Albanian Democratic Party boycotted the vote.", "en", "2024-02-01")
    assert (_at(a, "Albanian Democratic Party").code, _at(a, "Albanian Democratic Party").sector) == ("ALB", "PTY")
    a = _analysis("Il Partito democratico giapponese ha perso seggi.", "it", "2014-12-15")
    assert (_at(a, "Partito democratico giapponese").code, _at(a, "Partito democratico giapponese").sector) \
        == ("JPN", "PTY")
    # a hyphenated given name the NER cut at the hyphen keeps its apposition
    a = _analysis("Secondo Park Min-seo, docente di economia, la crescita rallenterà.", "it", "2024-05-02")
    assert _at(a, "Park Min-seo").sector == "EDU"
    # people added with the gold7 analysis
    a = _analysis("Yang Jiechi met Jake Sullivan in Vienna.", "en", "2022-05-11")
    assert (_at(a, "Yang Jiechi").code, _at(a, "Yang Jiechi").sector) == ("CHN", "GOV")
    a = _analysis("Aung San Suu Kyi addressed the court in The Hague.", "en", "2019-12-11")
    assert (_at(a, "Aung San Suu Kyi").code, _at(a, "Aung San Suu Kyi").sector) == ("MMR", "GOV")
    a = _analysis("Aung San Suu Kyi was sentenced to four more years.", "en", "2022-01-10")
    assert _at(a, "Aung San Suu Kyi").sector == "ELI"
    a = _analysis("Le bande di Jimmy Chérizier controllano il porto.", "it", "2024-04-02")
    assert (_at(a, "Jimmy Chérizier").code, _at(a, "Jimmy Chérizier").sector) == ("HTI", "CRM")


def test_oval_office_is_the_us_presidency():
    assert lookup("the Oval Office", "en", "2025-03-01")[0].code == "USA"
    assert lookup("lo Studio Ovale", "it", "2025-03-01")[0].code == "USA"
