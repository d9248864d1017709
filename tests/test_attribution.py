"""Attribution: quote styles, indirect cues, speakers, channels, anonymous groups, denials, factuality.

All sentences are written for these tests.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.analysis import Analysis
from cronaca.attribution import attribution_for_span, contested, denials, find_quotes
from cronaca.attribution.marks import find_mark_spans
from cronaca.schema import Article, Boilerplate

GOLD = Path(__file__).parent / "data" / "attribution_it_gold.jsonl"


def analyse(text: str, lang: str) -> Analysis:
    a = Analysis(Article(id="t", source="t", text=text, language=lang, published="2024-06-19"))
    try:
        from cronaca import actors

        a.mentions.extend(actors.resolve_mentions(a))  # as the pipeline does
    except Exception:
        pass
    a.quotes = find_quotes(a)
    return a


def only(a: Analysis, needle: str):
    qs = [q for q in a.quotes if needle in q.text]
    assert qs, f"no quote containing {needle!r} in {[q.text for q in a.quotes]}"
    return qs[0]


@pytest.mark.parametrize("text", [
    "«Il porto resterà chiuso fino a lunedì», ha detto il sindaco.",
    "“Il porto resterà chiuso fino a lunedì”, ha detto il sindaco.",
    '"Il porto resterà chiuso fino a lunedì", ha detto il sindaco.',
    "Il sindaco ha detto: «Il porto resterà chiuso fino a lunedì».",
    "— Il porto resterà chiuso fino a lunedì — ha detto il sindaco.",
])
def test_direct_quote_styles_it(text):
    a = analyse(text, "it")
    q = only(a, "porto resterà chiuso")
    assert q.text.strip(" —") == "Il porto resterà chiuso fino a lunedì"
    assert q.speaker is not None and "sindaco" in q.speaker.text
    assert "detto" in q.cue


def test_interrupted_quote_is_one_quote():
    a = analyse("“We will rebuild the bridge,” the governor said, “and we will do it before winter.”", "en")
    q = only(a, "rebuild")
    assert "before winter" in q.text and q.direct
    assert q.speaker.text == "the governor"


def test_nested_and_multi_paragraph_marks():
    text = "«Il comandante mi ha detto “tenete la posizione”\n«e noi l'abbiamo tenuta per tre giorni», racconta il soldato."
    spans = find_mark_spans(text, [("«", "»"), ("“", "”")])
    assert len(spans) == 1 and spans[0].open == 0 and text[spans[0].close - 1] == "»"
    a = analyse(text, "it")
    q = only(a, "tenete la posizione")
    assert "tre giorni" in q.text and "soldato" in q.speaker.text


def test_straight_mark_before_a_comma_only_closes():
    # the opening mark of this quotation is in an earlier paragraph: the one before the comma closes it
    text = 'Le banche non prestano più denaro ", ha spiegato l\'analista Paolo Neri.\nI mercati sono calati.'
    assert find_mark_spans(text, [('"', '"')]) == []


def test_apostrophes_are_not_quotes():
    text = "L'agenzia dell'Onu ha detto che l'accordo sull'export di grano è saltato."
    assert find_mark_spans(text, [("'", "'"), ("‘", "’")]) == []
    q = only(analyse(text, "it"), "accordo")
    assert q.speaker.text == "L'agenzia dell'Onu" and not q.direct


def test_indirect_with_channel_and_anonymous_group():
    a = analyse("Sei alti funzionari statunitensi hanno riferito a NBC News che la Corea del Nord "
                "fornisce munizioni alla Russia.", "it")
    q = only(a, "fornisce munizioni")
    assert q.anonymous and q.count == 6 and q.channel == "NBC News"
    assert q.text.startswith("che la Corea del Nord")


def test_secondo_and_according_to():
    a = analyse("Secondo i media statali russi, il ministro ha visitato le truppe al fronte.", "it")
    q = only(a, "visitato")
    assert q.cue == "Secondo" and "media statali" in q.speaker.text and q.channel
    b = analyse("The convoy was hit near the border, according to two local officials.", "en")
    q = only(b, "convoy")
    assert q.cue.lower() == "according to" and q.count == 2 and q.anonymous


def test_told_reporters_and_interview_channel():
    a = analyse("The minister told reporters that the talks had collapsed.", "en")
    assert only(a, "talks had collapsed").channel == "reporters"
    b = analyse("In un'intervista alla Cnn, il premier ha detto che la tregua è vicina.", "it")
    assert only(b, "tregua").channel == "Cnn"


def test_pro_drop_continuation_keeps_speaker():
    a = analyse("Il ministro degli Esteri ha detto che l'ambasciata resterà aperta. "
                "Ha poi aggiunto che i connazionali sono al sicuro.", "it")
    q1, q2 = only(a, "ambasciata"), only(a, "connazionali")
    assert q2.speaker is not None and q2.speaker.text == q1.speaker.text


def test_pronoun_speaker_continues_previous_speaker():
    a = analyse("The prime minister said the deal was fair. She added that parliament would vote on Friday.", "en")
    q = only(a, "parliament")
    assert q.speaker.text == "She"
    assert q.speaker_span is not None


def test_denial_and_contested_claim():
    a = analyse("The US says North Korea is supplying munitions to Russia. Both countries deny it.", "en")
    claim = only(a, "supplying")
    ds = denials(a)
    assert len(ds) == 1 and ds[0].denies is claim
    assert ds[0].deniers[0].count == 2
    start = a.article.text.find("supplying")
    att, fact = attribution_for_span(a, start, start + 9)
    assert fact == "reported" and att.source.text == "The US"
    assert contested(a)[0][0] is claim


def test_factuality_values_it():
    text = ("Mosca e Pyongyang hanno negato qualsiasi trasferimento di armi. "
            "Kiev accusa Mosca di aver bombardato la centrale. "
            "Il governo ha promesso che costruirà nuovi rifugi. "
            "Gli analisti ritengono che la Russia potrebbe attaccare di nuovo. "
            "Le truppe sono entrate in città.")
    a = analyse(text, "it")

    def fact(word):
        i = text.find(word)
        return attribution_for_span(a, i, i + len(word))[1]

    assert fact("trasferimento") == "denied"
    assert fact("bombardato") == "alleged"
    assert fact("costruirà") == "planned"
    assert fact("attaccare") == "possible"
    assert fact("entrate") == "asserted"
    assert attribution_for_span(a, text.find("entrate"), text.find("entrate") + 3)[0] is None


def test_intelligence_sources_are_alleged():
    text = "Fonti dell'intelligence occidentale riferiscono che i droni sono stati consegnati via mare."
    a = analyse(text, "it")
    i = text.find("consegnati")
    att, fact = attribution_for_span(a, i, i + 10)
    assert att.anonymous and fact == "alleged"


def test_boilerplate_quotes_skipped():
    text = "«Questo è un testo promozionale da ignorare», dice la redazione.\nIl ministro ha detto che il vertice è rinviato."
    a = Analysis(Article(id="t", source="t", text=text, language="it"))
    a.boilerplate = [Boilerplate(0, text.index("\n"), "other", text[:text.index("\n")])]
    qs = find_quotes(a)
    assert [q.text for q in qs] == ["che il vertice è rinviato"]


def test_passive_participle_is_not_a_cue():
    a = analyse("La notizia non è stata confermata da fonti indipendenti.", "it")
    assert a.quotes == []


def test_kim_homonyms_resolve_to_the_right_person():
    pytest.importorskip("cronaca.actors")
    from cronaca import actors

    if not hasattr(actors, "resolve_span"):
        pytest.skip("actors.resolve_span not available")
    text = ("Il leader nordcoreano Kim Jong Un ha ispezionato una base missilistica. "
            "La sorella Kim Yo Jong ha minacciato che Pyongyang risponderà alle esercitazioni. "
            "«Seul pagherà caro ogni sconfinamento», ha scritto Kim Yo Jong.")
    a = analyse(text, "it")
    q = only(a, "pagherà caro")
    assert "Kim Yo Jong" in (q.speaker.name or q.speaker.text)
    assert "Jong Un" not in (q.speaker.name or "")


def test_italian_gold_dev_scores():
    from cronaca.eval.attribution import evaluate

    s = evaluate(GOLD, "cronaca-jsonl", split="dev")
    assert s["attributions"] >= 50
    assert s["content"]["overlap"]["f1"] >= 0.85
    assert s["speaker_accuracy"] >= 0.85


# ---------------------------------------------------------------- second pass: relative clauses, coordination

@pytest.mark.parametrize("text,lang,content,cue,channel,count", [
    ("Secondo tre diplomatici europei, che hanno parlato al Guardian a condizione di restare anonimi, "
     "Teheran starebbe preparando un nuovo test missilistico.", "it",
     "Teheran starebbe preparando un nuovo test missilistico", "Secondo", "Guardian", 3),
    ("Secondo quattro fonti della difesa, che hanno parlato con Reuters chiedendo l'anonimato, "
     "l'esercito ha spostato due brigate al confine.", "it",
     "l'esercito ha spostato due brigate al confine", "Secondo", "Reuters", 4),
    ("According to five senior European officials, who spoke to the BBC on condition of anonymity, "
     "Iran is preparing a missile test.", "en", "Iran is preparing a missile test", "According to", "BBC", 5),
])
def test_prepositional_cue_skips_relative_clause(text, lang, content, cue, channel, count):
    a = analyse(text, lang)
    q = only(a, content.split()[0])
    assert q.text == content
    assert q.cue == cue
    assert q.channel == channel
    assert q.anonymous is True
    assert q.count == count


@pytest.mark.parametrize("text,lang,first,second", [
    ("Il ministero della Difesa turco e il portavoce del governo greco hanno negato qualsiasi violazione "
     "dello spazio aereo.", "it", "ministero della Difesa", "governo greco"),
    ("Il ministero degli Esteri cinese e l'agenzia di stampa statale hanno respinto ogni accusa di spionaggio.",
     "it", "ministero degli Esteri", "agenzia di stampa"),
    ("The Chinese foreign ministry and the state news agency denied any role in the attack.", "en",
     "foreign ministry", "news agency"),
])
def test_coordinated_subjects_and_no_junk_channel(text, lang, first, second):
    a = analyse(text, lang)
    assert a.quotes
    q = a.quotes[0]
    assert first in q.speaker.text and second in q.speaker.text
    assert q.channel is None  # no capitalised word of the source phrase becomes a channel
    assert q.anonymous is False
    assert [d.quote for d in denials(a)] == [q]


def test_named_agency_in_source_is_channel():
    a = analyse("The foreign ministry and the state news agency Xinhua denied any role in the attack.", "en")
    assert a.quotes[0].channel == "Xinhua"


def _span_in(text: str):
    """sp(substring, label) -> (start, end, label) of the substring's first occurrence in ``text``."""
    def sp(sub: str, lab: str) -> tuple[int, int, str]:
        i = text.find(sub)
        return (i, i + len(sub), lab)
    return sp


def test_tagger_grouping():
    from cronaca.attribution.tagger import group

    text = '"We will win," the senator said. "The votes are there." Aides think the bill fails.'
    sp = _span_in(text)
    spans = [sp('"We will win,"', "CONTENT"), sp("the senator", "SOURCE"), sp("said", "CUE"),
             sp('"The votes are there."', "CONTENT"), sp("Aides", "SOURCE"), sp("think", "CUE")]
    groups = group(spans, text)
    assert len(groups) == 2
    first, second = groups
    # the two pieces around "the senator said" are one content
    assert text[slice(*first["content"])].startswith('"We will win') and text[slice(*first["content"])].endswith('there."')
    assert text[slice(*first["source"])] == "the senator"
    assert second["content"] is None and text[slice(*second["cue"])] == "think"
    assert text[slice(*second["source"])] == "Aides"


@pytest.mark.parametrize("text,channel,anonymous", [
    ("In un'intervista rilasciata a Le Monde, la ministra ha spiegato che il piano è fallito.", "Le Monde", False),
    ("Fonti diplomatiche citate dal Wall Street Journal sostengono che il vertice salterà.", "Wall Street Journal", True),
    ("Interpellato dall'agenzia Reuters, un portavoce del Cremlino ha negato ogni coinvolgimento.", "Reuters", True),
    ("Due dirigenti del partito hanno confidato a Repubblica che il segretario si dimetterà.", "Repubblica", True),
    ("Un alto funzionario, che ha chiesto di restare anonimo, ha detto all'Ansa che l'accordo è vicino.", "Ansa", True),
])
def test_channel_frames_it(text, channel, anonymous):
    a = analyse(text, "it")
    assert len(a.quotes) == 1, [q.cue for q in a.quotes]
    q = a.quotes[0]
    assert q.channel == channel
    assert q.anonymous is anonymous


# ------------------------------------------------------------------ issue 6: channels, anonymous sources, coreference (it)

def test_fronted_channel_is_not_part_of_the_source():
    a = analyse("Ai microfoni di Radio Capital, l'assessore regionale ai trasporti ha spiegato che i treni "
                "torneranno a circolare da giovedì.", "it")
    q = only(a, "treni torneranno")
    assert q.speaker is not None and q.speaker.text.lower().startswith("l'assessore")
    assert "Radio Capital" in (q.channel or "")


def test_participle_channel_inside_the_source():
    a = analyse("La portavoce della Protezione civile, Anna Ferri, contattata dal Mattino, ha riferito che "
                "gli sfollati sono oltre duemila.", "it")
    q = only(a, "sfollati")
    assert "Mattino" in (q.channel or "")
    assert "contattata" not in q.speaker.text
    assert q.anonymous is False  # the spokeswoman is named in apposition


def test_relative_clause_after_the_subject():
    a = analyse("Alcuni dipendenti che hanno chiesto di restare anonimi hanno raccontato al Secolo XIX che "
                "lo stabilimento chiuderà a dicembre.", "it")
    q = only(a, "stabilimento chiuderà")
    assert "dipendenti" in q.speaker.text
    assert q.anonymous
    assert "Secolo XIX" in (q.channel or "")


def test_source_after_the_channel_in_an_inverted_quote():
    a = analyse("«La diga reggerà», ha detto alla Stampa un tecnico del consorzio di bonifica.", "it")
    q = only(a, "diga reggerà")
    assert q.speaker is not None and "tecnico del consorzio" in q.speaker.text
    assert q.channel == "Stampa" and q.anonymous


@pytest.mark.parametrize("text,channel,speaker", [
    ("Secondo quanto riportato dal Sole 24 Ore, la fusione tra le due banche sarà annunciata a ottobre.",
     "Sole 24 Ore", "Sole 24 Ore"),
    ("Secondo quanto apprende l'Agi da fonti sindacali, lo sciopero dei porti è stato revocato.",
     "Agi", "fonti sindacali"),
])
def test_reported_by_and_learns_from(text, channel, speaker):
    a = analyse(text, "it")
    q = a.quotes[0]
    assert channel in (q.channel or "")
    assert speaker in q.speaker.text


def test_participle_clause_after_secondo_source():
    a = analyse("Secondo un dirigente del ministero, sentito dal Fatto Quotidiano, il bando sarà rinviato.", "it")
    q = only(a, "bando")
    assert q.text.startswith("il bando")
    assert "Fatto Quotidiano" in (q.channel or "") and q.anonymous


def test_anaphoric_description_takes_up_the_named_speaker():
    a = analyse("Il comandante dei vigili del fuoco, l'ingegnere Marco Sala, ha spiegato che l'incendio è sotto "
                "controllo. «Le squadre resteranno sul posto tutta la notte», ha aggiunto il comandante.", "it")
    q = only(a, "squadre resteranno")
    assert q.speaker.name and "Marco Sala" in q.speaker.name
    assert not q.anonymous


def test_role_noun_as_complement_is_not_an_antecedent():
    a = analyse("Un collaboratore del sindaco ha confidato al Giornale che la giunta è divisa. "
                "Il sindaco, raggiunto al telefono, ha negato qualsiasi frattura.", "it")
    q = only(a, "frattura")
    assert not q.anonymous
    assert q.channel == "telefono"


def test_partitive_source_inherits_the_group():
    a = analyse("Tre fonti della procura hanno detto all'Ansa che l'inchiesta si allarga. Secondo una di loro, "
                "altri due indagati potrebbero essere ascoltati la prossima settimana.", "it")
    q = only(a, "indagati")
    assert q.anonymous and "fonti della procura" in (q.speaker.name or "")


def test_bare_denial_with_a_channel():
    a = analyse("Il quotidiano ha scritto che l'azienda licenzierà trecento operai. L'azienda ha smentito in una nota.",
                "it")
    d = [x for x in denials(a) if "smentito" in (x.quote.cue or "")]
    assert d and d[0].quote.channel and "nota" in d[0].quote.channel


def test_dev2_gold_scores():
    from cronaca.eval.attribution import evaluate

    s = evaluate(GOLD.with_name("attribution_it_gold_dev2.jsonl"), "cronaca-jsonl")
    assert s["documents"] >= 40
    assert s["speaker_accuracy"] >= 0.9 and s["channel_recall"] >= 0.85 and s["anonymous_recall"] >= 0.85


def test_tagger_grouping_never_crosses_a_paragraph():
    from cronaca.attribution.tagger import group

    text = '"The plan is dead," the mayor said. "We start again."\n\nShe added, "Nobody will pay for it."'
    sp = _span_in(text)
    spans = [sp('"The plan is dead,"', "CONTENT"), sp("the mayor", "SOURCE"), sp("said", "CUE"),
             sp('"We start again."', "CONTENT"), sp('"Nobody will pay for it."', "CONTENT")]
    contents = [text[slice(*g["content"])] for g in group(spans, text) if g["content"]]
    assert all("\n" not in c for c in contents), contents


def test_tagger_grouping_keeps_apart_pieces_with_another_cue_between():
    from cronaca.attribution.tagger import group

    text = '"The budget is gone," the governor said, adding later, "we will cut the grants in May."'
    sp = _span_in(text)
    spans = [sp('"The budget is gone,"', "CONTENT"), sp("the governor", "SOURCE"), sp("said", "CUE"),
             sp('"we will cut the grants in May."', "CONTENT")]
    adding = text.find("adding")
    def cue_in(a, b):
        return a <= adding < b
    merged = [text[slice(*g["content"])] for g in group(spans, text) if g["content"]]
    apart = [text[slice(*g["content"])] for g in group(spans, text, cue_in=cue_in) if g["content"]]
    assert len(merged) == 1  # without the parse's cues: one interrupted quotation
    assert apart == ['"The budget is gone,"', '"we will cut the grants in May."']
    # no other cue between the pieces: still one quotation
    plain = '"The budget is gone," the governor said on Monday, "and we will cut the grants."'
    spans2 = [(plain.find('"The'), plain.find('gone,"') + 6, "CONTENT"), (plain.find("the gov"), plain.find(" said"), "SOURCE"),
              (plain.find("said"), plain.find("said") + 4, "CUE"), (plain.find('"and'), len(plain), "CONTENT")]
    assert len([g for g in group(spans2, plain, cue_in=lambda a, b: False) if g["content"]]) == 1


@pytest.mark.parametrize("text,anonymous", [
    ("Un consigliere del presidente francese Emmanuel Macron ha detto che il piano sarà ritirato.", True),
    ("Persone vicine al ministro Antonio Tajani hanno detto che il piano sarà ritirato.", True),
    ("Il portavoce Dmitry Peskov ha detto che il piano sarà ritirato.", False),
])
def test_person_in_a_complement_does_not_name_the_source(text, anonymous):
    a = analyse(text, "it")
    q = only(a, "il piano sarà ritirato")
    assert q.anonymous is anonymous


def test_parenthetical_medium_between_cue_and_content_is_the_channel():
    a = analyse("Il ministro della Difesa ha dichiarato, secondo quanto riportato dall'agenzia Ansa, che le truppe "
                "si ritireranno entro l'estate.", "it")
    q = only(a, "le truppe si ritireranno")
    assert q.text.startswith("che le truppe") and q.channel and "Ansa" in q.channel


def test_a_detta_di_and_apposition_after_secondo():
    a = analyse("A detta del comandante della missione, la tregua regge ancora.", "it")
    q = only(a, "la tregua regge")
    assert q.cue == "A detta del" and "comandante" in a.article.text[slice(*q.speaker_span)]
    a = analyse("Secondo l'Istituto di statistica, un ente pubblico con sede a Roma, i prezzi sono saliti del 3 per cento.", "it")
    q = only(a, "i prezzi sono saliti")
    assert q.text.startswith("i prezzi")


def test_gerund_cue_and_relative_subject_take_the_right_source():
    a = analyse("Il ministero degli Esteri ha protestato con l'ambasciatore, sostenendo che la nave è entrata "
                "nelle acque territoriali.", "it")
    q = only(a, "la nave è entrata")
    assert "ministero degli Esteri" in a.article.text[slice(*q.speaker_span)]
    a = analyse("Il governo ha accusato la compagnia Delta Navi, che ha negato ogni responsabilità.", "it")
    q = next(q for q in a.quotes if q.cue == "ha negato")
    assert "Delta Navi" in a.article.text[slice(*q.speaker_span)]


def test_outer_report_by_a_named_broadcaster():
    a = analyse("Il governo ha approvato un piano di aiuti per le famiglie, ha riferito la tv di Stato Rts.", "it")
    outer = [q for q in a.quotes if q.cue == "ha riferito"]
    assert outer and "Rts" in a.article.text[slice(*outer[0].speaker_span)] and outer[0].channel == "Rts"
    inner = [q for q in a.quotes if q.cue == "ha approvato"]
    assert not inner or inner[0].channel == "Rts"


@pytest.mark.parametrize("text", [
    "The prime minister is expected to sign the treaty on Friday.",
    "The prime minister is expected to sign the treaty on Friday, aides said.",
])
def test_expectation_subject_is_not_the_source(text):
    a = analyse(text, "en")
    for q in a.quotes:
        if q.speaker_span:
            assert "prime minister" not in a.article.text[slice(*q.speaker_span)]


def test_tagger_grouping_keeps_unquoted_content_in_its_cues_sentence():
    from cronaca.attribution.tagger import group

    text = "The mayor will testify about the budget. The council chairman said the vote will wait."
    sp = _span_in(text)
    spans = [sp("the budget", "CONTENT"), sp("The council chairman", "SOURCE"), sp("said", "CUE"),
             sp("the vote will wait", "CONTENT")]
    sent = lambda c: 0 if c < text.find("The council") else 1
    g = [g for g in group(spans, text, sent_of=sent) if g["cue"]][0]
    assert text[slice(*g["content"])] == "the vote will wait"


def test_tagger_grouping_takes_a_source_only_from_its_cues_sentence():
    from cronaca.attribution.tagger import group

    text = "The envoy landed in Oslo. After the talks, the deal is expected to pass."
    sp = _span_in(text)
    spans = [sp("The envoy", "SOURCE"), sp("is expected", "CUE"), sp("to pass", "CONTENT")]
    sent = lambda c: 0 if c < text.find("After") else 1
    g = [g for g in group(spans, text, sent_of=sent) if g["cue"]][0]
    assert g["source"] is None
    assert group(spans, text)[0]["source"] is not None  # without sentences the nearest source is taken


def test_according_to_frame_at_sentence_start():
    text = "According to two officials, the talks will resume in Geneva next week."
    a = analyse(text, "en")
    q = only(a, "the talks will resume")
    assert q.text.startswith("the talks") and "two officials" in text[slice(*q.speaker_span)]


def test_markup_and_passive_denial_are_not_quotes():
    a = analyse('The senator reacted online.\n\n<tweet tweet-id="123456789"><tweet/>.\n\n'
                "A request for a second vote has since been denied.", "en")
    assert not any("tweet" in q.text or q.text == "" for q in a.quotes), [q.text for q in a.quotes]
    a = analyse("Teheran ha smentito.", "it")
    assert any(q.cue == "ha smentito" for q in a.quotes)


def test_relative_secondo_cui():
    text = "Il ministro ha citato un rapporto dell'intelligence secondo cui il gruppo prepara nuovi attacchi."
    a = analyse(text, "it")
    q = next(q for q in a.quotes if q.cue == "secondo cui")
    assert q.text == "il gruppo prepara nuovi attacchi"
    assert text[slice(*q.speaker_span)] == "un rapporto dell'intelligence" and q.anonymous


@pytest.mark.parametrize("text, speaker", [
    ("Two officials who asked not to be named said that the talks had stalled.", "Two officials"),
    ("Diplomats who attended the meeting said the proposal was rejected.", "Diplomats"),
])
def test_relative_pronoun_is_not_the_speaker(text, speaker):
    q = only(analyse(text, "en"), "")
    assert q.speaker is not None and q.speaker.text == speaker and q.anonymous


# ---------------------------------------------------------------- issue #6, Italian: channels, anonymity, speakers

def test_anonymity_request_is_no_source():
    a = analyse("Funzionari che hanno chiesto l'anonimato hanno detto che la Russia ha spostato nuovi missili "
                "verso il confine finlandese.", "it")
    q = only(a, "ha spostato")
    assert a.article.text[q.speaker_span[0]:q.speaker_span[1]] == "Funzionari"
    assert q.anonymous and q.cue == "hanno detto"


@pytest.mark.parametrize("text,needle,channel", [
    ("Nel comunicato si legge che Pechino adotterà tutte le misure necessarie.", "Pechino adotterà", "comunicato"),
    ("In un comunicato, Amnesty International ha denunciato «esecuzioni sommarie» nel nord del Mozambico.",
     "esecuzioni", "comunicato"),
    ("Il ministero della Difesa russo ha dichiarato, secondo l'agenzia Ria Novosti, di aver abbattuto 40 droni.",
     "abbattuto", "Ria Novosti"),
    ("Il leader della Lega ha attaccato sui social il sindaco, sostenendo che la città «è fuori controllo».",
     "fuori controllo", "social"),
    ("Rubio ha detto durante un punto stampa che gli Stati Uniti non accetteranno ricatti.", "ricatti",
     "punto stampa"),
    ("La portavoce Maria Zakharova ha accusato su Telegram la Moldavia di «russofobia di Stato».", "russofobia",
     "Telegram"),
])
def test_italian_channel_phrasings(text, needle, channel):
    q = only(analyse(text, "it"), needle)
    assert q.channel and channel.lower() in q.channel.lower()


def test_place_is_no_channel_and_not_content():
    q = only(analyse("Il ministro ha detto a Kiev che la guerra finirà presto.", "it"), "guerra")
    assert q.channel is None and q.text.startswith("che la guerra")


def test_impersonal_cue_takes_the_document_author():
    q = only(analyse("«Le accuse sono infondate», si legge nella nota della Farnesina.", "it"), "infondate")
    assert "Farnesina" in q.speaker.text and "nota" in q.channel


def test_passive_agent_is_the_source():
    text = "«Nessuno sarà lasciato indietro», è stato detto dal ministro del Lavoro Marina Calderone."
    q = only(analyse(text, "it"), "indietro")
    assert q.cue == "è stato detto" and "Marina Calderone" in q.speaker.text


@pytest.mark.parametrize("text,needle,anonymous", [
    ("La portavoce del ministero degli Esteri russo Maria Zakharova ha detto che Mosca risponderà.", "Mosca", False),
    ("Il portavoce del Cremlino Dmitry Peskov ha detto che Mosca è pronta a trattare.", "Mosca", False),
    ("Un consigliere del presidente francese Emmanuel Macron ha detto che Parigi è pronta a trattare.", "Parigi",
     True),
    ("Un negoziatore iraniano, invece, ha detto che le distanze restano ampie.", "distanze", True),
])
def test_named_or_anonymous_role(text, needle, anonymous):
    q = only(analyse(text, "it"), needle)
    assert q.anonymous is anonymous
    assert "invece" not in q.speaker.text


def test_gold4_dev_targets():
    from cronaca.eval.attribution import evaluate

    s = evaluate(GOLD.parent / "attribution_it_gold4_dev.jsonl", "cronaca-jsonl", split="dev")
    assert s["speaker_accuracy"] >= 0.90 and s["channel_recall"] >= 0.85 and s["anonymous_recall"] >= 0.85


@pytest.mark.parametrize("text,needle,channel,source", [
    ("Il ministero della Salute sudafricano ha confermato il primo caso di mpox nel Paese, ha riferito la Sabc.",
     "primo caso", "Sabc", "ministero della Salute"),
    ("Hamas ha diffuso un comunicato in cui afferma che gli ostaggi sono vivi.", "ostaggi", "comunicato", "Hamas"),
    ("Secondo fonti militari citate dalla Bbc, i ribelli controllano l'aeroporto.", "ribelli", "Bbc",
     "fonti militari"),
])
def test_relayed_and_relative_channels(text, needle, channel, source):
    a = analyse(text, "it")
    qs = [q for q in a.quotes if needle in q.text]
    assert qs and all(q.channel and channel in q.channel for q in qs)
    assert any(source in a.article.text[q.speaker_span[0]:q.speaker_span[1]] for q in qs)


def test_bare_role_speaks_for_previous_speaker_and_indefinite_is_anonymous():
    a = analyse("Il presidente sudcoreano Lee Jae-myung ha detto che Seul è pronta al dialogo con Pyongyang. "
                "«La porta resta aperta», ha sottolineato il suo portavoce.", "it")
    q = only(a, "porta resta")
    assert q.speaker.code == "KOR" and q.anonymous
    b = analyse("«Siamo pronti a colpire», ha detto un comandante delle milizie.", "it")
    assert only(b, "colpire").anonymous


# ------------------------------------------------------------------ issue 6 (gold5 round): channels

@pytest.mark.parametrize("text,needle,channel", [
    # a communicative event is the channel; a name after it is its venue
    ("Durante il question time al Senato, la ministra del Lavoro ha sostenuto che i contratti sono aumentati.",
     "contratti", "question time"),
    ("Nel corso di un'audizione in commissione Bilancio, il presidente dell'Istat ha spiegato che il Pil "
     "rallenta.", "Pil", "audizione"),
    ("Il sindaco di Napoli, in un comizio, ha replicato che la città non si arrende.", "città", "comizio"),
    # a platform named right after the medium, or where it was posted, wins
    ("Sul suo profilo Facebook il governatore della Campania accusa il governo di «aver tagliato i fondi».",
     "governo", "Facebook"),
    ("In un video pubblicato sui social, il segretario della Cgil ha detto che lo sciopero è confermato.",
     "sciopero", "social"),
    ("Il presidente argentino ha scritto su Truth che il peso tornerà forte.", "peso", "Truth"),
    # an audience addressed
    ("La commissaria europea all'Energia ha detto ai deputati francesi che il gas costerà meno.", "gas",
     "deputati"),
    # fronted document and relay frames
    ("Nel rapporto diffuso ieri, la Banca mondiale scrive che la crescita resterà debole.", "crescita",
     "rapporto"),
    ("Come riportato dal Sole 24 Ore, tre banchieri hanno confermato che la fusione è pronta.", "fusione",
     "Sole 24 Ore"),
    ("Kiev, riferisce l'agenzia Ukrinform, ha accusato Mosca di aver violato la tregua.", "Mosca", "Ukrinform"),
])
def test_gold5_channels_it(text, needle, channel):
    q = only(analyse(text, "it"), needle)
    assert q.channel and channel.lower() in q.channel.lower(), q.channel


def test_relay_between_commas_keeps_subject():
    q = only(analyse("Kiev, riferisce l'agenzia Ukrinform, ha accusato Mosca di aver violato la tregua.", "it"),
             "Mosca")
    assert q.speaker.text == "Kiev"


# ------------------------------------------------------------------ issue 6 (gold5 round): cues

def test_definire_is_a_cue_it():
    q = only(analyse("Il segretario della Cisl ha definito «inaccettabile» la riforma delle pensioni.", "it"),
             "riforma")
    assert q.speaker.text.endswith("Cisl") and q.cue.endswith("definito")


@pytest.mark.parametrize("text,needle,source", [
    ("È stato poi reso noto dalla ministra dell'Università Anna Rossi che le borse di studio aumenteranno.",
     "borse", "ministra dell'Università Anna Rossi"),
    ("Un piano da tre miliardi per le ferrovie è stato annunciato dal governo nel pomeriggio.", "piano",
     "governo"),
])
def test_finite_passive_agent_is_the_source(text, needle, source):
    q = only(analyse(text, "it"), needle)
    assert q.speaker is not None and q.speaker.text == source


def test_negated_passive_and_participle_are_no_report():
    a = analyse("La notizia non è stata smentita dal ministero della Difesa.", "it")
    assert not any("notizia" in q.text for q in a.quotes)
    b = analyse("La vittoria, confermata dal comitato elettorale, ha sorpreso gli analisti.", "it")
    assert not any(q.speaker and "comitato" in q.speaker.text for q in b.quotes)


# ------------------------------------------------------------------ issue 6 (gold5 round): speakers

def test_colon_lead_in_after_a_time_stamp():
    q = only(analyse("Ore 18.05 – Zelensky: «Non cederemo un solo metro della nostra terra».", "it"), "metro")
    assert q.speaker is not None and q.speaker.text == "Zelensky" and q.direct


def test_pro_drop_without_earlier_quote_takes_previous_subject():
    a = analyse("Il presidente francese Emmanuel Macron ha ricevuto all'Eliseo il cancelliere tedesco Friedrich "
                "Merz. Ha ripetuto che l'Europa deve difendersi da sola.", "it")
    q = only(a, "difendersi")
    assert q.speaker is not None and q.speaker.name and "Macron" in q.speaker.name


def test_guardasigilli_takes_up_the_justice_minister():
    a = analyse("La ministra della Giustizia Anna Bianchi ha detto che la riforma arriverà in aula a maggio. "
                "Il guardasigilli ha escluso un rinvio del voto.", "it")
    q = only(a, "rinvio")
    assert q.speaker.name == "Anna Bianchi"


def test_tagger_grouping_joins_a_quotation_that_goes_on_after_the_sources_own_clause():
    from cronaca.attribution.tagger import group

    text = ("\u201cThe budget is gone,\u201d said a councillor who asked not to be named. "
            "\u201cWe will cut the grants in May.\u201d")
    sp = _span_in(text)
    spans = [sp("\u201cThe budget is gone,\u201d", "CONTENT"), sp("said", "CUE"), sp("a councillor", "SOURCE"),
             sp("who", "SOURCE"), sp("asked", "CUE"), sp("not to be named", "CONTENT"),
             sp("\u201cWe will cut the grants in May.\u201d", "CONTENT")]
    said = [g for g in group(spans, text, sent_of=lambda c: 0 if c < text.find("\u201cWe") else 1)
            if g["cue"] == sp("said", "CUE")[:2]]
    assert [text[slice(*g["content"])] for g in said] == [text]  # one quotation, around its cue and source

    # a cue in a sentence of its own between them opens another report
    text2 = ("\u201cThe budget is gone,\u201d said Ann Lee, a councillor. She says the school will close. "
             "\u201cWe will cut the grants in May.\u201d")
    sp2 = _span_in(text2)
    spans2 = [sp2("\u201cThe budget is gone,\u201d", "CONTENT"), sp2("said", "CUE"), sp2("Ann Lee, a councillor", "SOURCE"),
              sp2("She", "SOURCE"), sp2("says", "CUE"), sp2("the school will close", "CONTENT"),
              sp2("\u201cWe will cut the grants in May.\u201d", "CONTENT")]
    first_sent, second_sent = text2.find("She"), text2.find("\u201cWe")
    sent_of = lambda c: 0 if c < first_sent else (1 if c < second_sent else 2)
    contents = [text2[slice(*g["content"])] for g in group(spans2, text2, sent_of=sent_of) if g["content"]]
    assert "\u201cThe budget is gone,\u201d" in contents

    # the second quotation has a cue of its own: two quotes
    text3 = ("\u201cThe budget is gone,\u201d said a councillor who asked not to be named. "
             "\u201cWe will cut the grants,\u201d she added.")
    sp3 = _span_in(text3)
    spans3 = [sp3("\u201cThe budget is gone,\u201d", "CONTENT"), sp3("said", "CUE"), sp3("a councillor", "SOURCE"),
              sp3("who", "SOURCE"), sp3("asked", "CUE"), sp3("not to be named", "CONTENT"),
              sp3("\u201cWe will cut the grants,\u201d", "CONTENT"), sp3("she", "SOURCE"), sp3("added", "CUE")]
    contents3 = [text3[slice(*g["content"])] for g in group(spans3, text3) if g["content"]]
    assert "\u201cThe budget is gone,\u201d" in contents3 and "\u201cWe will cut the grants,\u201d" in contents3


def test_tagger_adds_only_quotations_denials_and_accusations_from_the_rules():
    from cronaca.attribution.core import Found
    from cronaca.attribution.lexicon import Cue
    from cronaca.attribution.tagger import combine

    def found(start, end, direct, cue_span, stance):
        f = Found(start, end, direct)
        f.cue_span, f.cue_info = cue_span, Cue("x", stance)
        return f

    quoted = found(10, 20, True, (5, 8), "neutral")
    denial = found(40, 50, False, (35, 39), "denial")
    plain = found(70, 80, False, (65, 69), "neutral")
    assert len(combine([], [quoted, denial, plain], True)) == 3
    assert combine([], [quoted, denial, plain], "direct") == [quoted, denial]
    assert combine([], [quoted, denial, plain], False) == []
