"""Italian reports of the kinds the blind dev set gold9 showed: headline lead-ins with an outlet, bare
denials before a gerund, media named only by their kind, articulated prepositions in 'lo'."""
import pytest

pytest.importorskip("spacy")

from cronaca.pipeline import Coder  # noqa: E402


@pytest.fixture(scope="module")
def coder():
    return Coder()


def quotes(coder, text):
    return coder.code_text(text, lang="it", published="2025-04-10").quotes


def test_a_headline_topic_and_outlet_around_the_speaker(coder):
    qs = quotes(coder, "Sanità, Schillaci a Rtl 102.5: «Le liste d'attesa scenderanno entro l'anno».")
    assert len(qs) == 1
    assert qs[0].speaker.text == "Schillaci" and qs[0].channel == "Rtl 102.5"


def test_a_headline_speaker_in_a_city_has_no_channel(coder):
    qs = quotes(coder, "Sánchez a Bruxelles: «Serve un piano comune per la difesa».")
    assert len(qs) == 1 and qs[0].channel is None


def test_a_bare_denial_before_a_gerund_keeps_its_channel(coder):
    qs = quotes(coder, "Il portavoce del ministero ha smentito, rispondendo ai cronisti.")
    assert len(qs) == 1
    assert qs[0].cue == "ha smentito" and qs[0].text == "" and qs[0].channel == "cronisti"


def test_a_gerund_report_after_a_bare_denial_is_its_own(coder):
    qs = quotes(coder, "L'azienda ha negato, sostenendo che i conti sono in ordine.")
    cues = {q.cue: q for q in qs}
    assert cues["ha negato"].text == ""
    assert cues["sostenendo"].text.startswith("che i conti")


def test_a_medium_named_by_its_kind_is_the_outlet_named_before(coder):
    qs = quotes(coder, "Il governo prepara un rimpasto, scrive il Corriere della Sera. Secondo il quotidiano, "
                       "cambieranno almeno tre ministri.")
    assert [q.channel for q in qs] == ["Corriere della Sera", "Corriere della Sera"]


def test_a_kind_of_medium_with_no_outlet_before_stays_as_it_is(coder):
    qs = quotes(coder, "Secondo l'agenzia, i negoziati riprenderanno lunedì.")
    assert qs[0].channel == "agenzia"


def test_allo_opens_a_channel(coder):
    qs = quotes(coder, "Il ministro ha detto allo Spiegel che la riforma arriverà in autunno.")
    assert qs[0].channel == "Spiegel"


def test_a_time_adverb_after_the_cue_is_no_speaker(coder):
    qs = quotes(coder, "Su Facebook il sindaco di Rimini ha denunciato una frana sulla statale. «Abbiamo evacuato tre "
                       "palazzi», ha scritto poco dopo.")
    q = next(q for q in qs if q.direct)
    assert q.speaker is not None and "sindaco" in q.speaker.text


def test_ed_coordinates_a_counted_source(coder):
    qs = quotes(coder, "Qatar ed Egitto hanno annunciato che la tregua sarà prorogata.")
    assert qs[0].count == 2


def test_delegates_are_anonymous(coder):
    qs = quotes(coder, "Due delegati hanno riferito alla Reuters che l'accordo è vicino.")
    assert qs[0].anonymous and qs[0].count == 2


def test_a_named_rite_is_the_channel(coder):
    qs = quotes(coder, "«Pregate per chi soffre», ha detto il Papa durante il Regina Coeli in piazza San Pietro.")
    assert qs[0].channel == "Regina Coeli"


def test_the_outlet_named_after_a_long_inverted_subject(coder):
    qs = quotes(coder, "Il dialogo resta aperto, ha ripetuto il ministro degli Esteri turco Hakan Fidan alla televisione "
                       "di Stato Trt.")
    assert qs[0].channel == "Trt"


def test_a_place_between_the_cue_and_an_inverted_speaker(coder):
    qs = quotes(coder, "«Il confine resterà chiuso», ha detto a Varsavia il ministro dell'Interno polacco.")
    assert qs[0].speaker is not None and "ministro" in qs[0].speaker.text


def test_a_fronted_answer_to_reporters_is_the_channel(coder):
    qs = quotes(coder, "Rispondendo alle domande dei giornalisti a Palazzo Chigi, il sottosegretario ha escluso un rimpasto.")
    assert qs[0].channel == "giornalisti"


def test_a_fronted_meeting_with_an_audience_is_the_channel(coder):
    qs = quotes(coder, "Incontrando gli studenti di Bari, la ministra ha detto che le borse di studio aumenteranno.")
    assert qs[0].channel.startswith("studenti")


def test_a_request_with_a_noun_object_is_a_report(coder):
    qs = quotes(coder, "Il sindaco ha chiesto al governo nuovi fondi per la ricostruzione.")
    assert len(qs) == 1 and qs[0].text == "nuovi fondi per la ricostruzione" and qs[0].channel == "governo"


def test_ribattere_is_a_cue(coder):
    qs = quotes(coder, "La giunta ha ribattuto che i lavori finiranno in estate.")
    assert qs[0].cue == "ha ribattuto"


def test_a_regional_paper_is_a_channel_not_a_place(coder):
    qs = quotes(coder, "Tre testimoni hanno raccontato al Gazzettino che il ponte era già lesionato.")
    assert qs[0].channel == "Gazzettino"


def test_no_post_verbal_subject_after_the_verbs_object(coder):
    qs = quotes(coder, "«La tregua è fragile», ha detto Guterres. Ha poi chiesto un cessate il fuoco immediato.")
    q = next(q for q in qs if q.cue == "Ha poi chiesto")
    assert q.speaker is not None and q.speaker.name == "António Guterres"


def test_a_title_with_its_portfolio_is_one_source(coder):
    qs = quotes(coder, "«Risponderemo con fermezza», ha detto ai cronisti il commissario al Commercio Maros Sefcovic.")
    assert qs[0].speaker is not None and qs[0].speaker.text.endswith("Maros Sefcovic")


def test_a_list_of_names_is_counted(coder):
    qs = quotes(coder, "Cgil, Cisl e Uil hanno annunciato che lo sciopero si terrà a dicembre.")
    assert qs[0].count == 3
