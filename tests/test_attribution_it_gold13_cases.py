"""Italian reports of the kinds the blind dev set gold13 showed: the audience one speaks before ("davanti
all'assemblea di X") or to (a dative addressee: "ha assicurato ai sindacati che"), studio frames before the
speaker, "in Aula" as a channel, "Lo riferisce X" reporting the sentence before, and "parlare di" as a
characterisation. All sentences are written for these tests."""
import pytest

pytest.importorskip("spacy")

from tests.test_attribution_it_gold12_cases import by_cue, coder  # noqa: E402,F401  (coder: the module fixture)


def quotes(coder, text, lang="it"):
    return coder.code_text(text, lang=lang, published="2024-03-12").quotes


# ------------------------------------------------------------------ 1-3. the audience, the addressee, studio frames

ANY = object()  # the content is not checked for this sentence

# (sentence, channel, content): one report each
CHANNELS = [
    # "davanti a" + an audience: the channel, no part of the content; a building or a gate is no audience
    ("Il ministro dell'Economia ha ripetuto davanti all'assemblea dell'Abi che le banche dovranno contribuire alla "
     "manovra.", "assemblea dell'Abi", "che le banche dovranno contribuire alla manovra"),
    ("Parlando davanti al Consiglio europeo a Bruxelles, il cancelliere tedesco ha detto che la Germania sosterrà il "
     "nuovo fondo.", "Consiglio europeo", ANY),
    ("Parlando davanti a Palazzo Chigi, il segretario della Uil ha detto che lo sciopero proseguirà.", None, ANY),
    ("Il delegato sindacale ha detto davanti ai cancelli della fabbrica che la protesta continuerà.", None, ANY),
    # a hearing keeps its channel, and the committee leaves the content
    ("La ministra dell'Università ha spiegato in audizione davanti alla commissione Cultura che i fondi per le borse "
     "di studio aumenteranno.", "audizione", "che i fondi per le borse di studio aumenteranno"),
    # a dative addressee after the cue: a body, a group of people, with a possessive or a participle on it
    ("Il ministro del Lavoro ha garantito alle parti sociali che il tavolo sulle pensioni riaprirà a maggio.",
     "parti sociali", "che il tavolo sulle pensioni riaprirà a maggio"),
    ("L'amministratore delegato di Enel ha spiegato agli analisti che gli investimenti nelle rinnovabili saliranno.",
     "analisti", ANY),
    ("Il presidente della Regione avrebbe confidato ai suoi assessori che la giunta non arriverà a fine anno.",
     "suoi assessori", ANY),
    ("Il commissario Ue ha detto ai ministri dell'Agricoltura riuniti a Lussemburgo che la riforma della Pac arriverà "
     "in estate.", "ministri dell'Agricoltura", "che la riforma della Pac arriverà in estate"),
    ("La premier ha detto ai suoi ministri: «Nessuno deve parlare di rimpasto».", "suoi ministri", ANY),
    ("Il prefetto ha assicurato ai familiari delle vittime che le indagini saranno rapide.", "familiari delle vittime",
     ANY),
    # a studio frame before the speaker names the programme; studies of a sector are no channel
    ("Dagli studi di Porta a Porta, il ministro dell'Interno ha promesso che gli sbarchi diminuiranno.",
     "Porta a Porta", ANY),
    ("Dagli studi di settore emerge un calo dei ricavi, ha spiegato il presidente di Confcommercio.", None, ANY),
]


@pytest.mark.parametrize("text,channel,content", CHANNELS)
def test_the_channel_of_a_report(coder, text, channel, content):
    qs = quotes(coder, text)
    assert len(qs) == 1
    assert qs[0].channel == channel
    if content is not ANY:
        assert qs[0].text == content


def test_a_dative_addressee_before_an_inverted_speaker(coder):
    qs = quotes(coder, "«Il piano industriale è confermato», ha spiegato agli investitori l'amministratore delegato "
                       "di Leonardo.")
    assert len(qs) == 1
    assert qs[0].channel == "investitori" and qs[0].speaker.text == "l'amministratore delegato di Leonardo"


@pytest.mark.parametrize("text", [
    "Il ministro ha detto a marzo che il bilancio sarà in ordine.",
    "Il ministro ha spiegato a lungo che il bilancio sarà in ordine.",
    "Il ministro ha detto a Milano che il bilancio sarà in ordine.",
    "Il ministro ha replicato alle critiche dell'opposizione che il bilancio sarà in ordine.",
])
def test_a_time_a_manner_a_place_or_a_stimulus_is_no_addressee(coder, text):
    qs = quotes(coder, text)
    assert len(qs) == 1
    assert qs[0].channel is None
    assert qs[0].text == "che il bilancio sarà in ordine"


def test_a_request_to_everybody_keeps_its_infinitive_content(coder):
    qs = quotes(coder, "Il sindaco ha chiesto a tutti di restare a casa.")
    assert len(qs) == 1 and qs[0].text == "di restare a casa"
    assert qs[0].channel is None  # a pronoun names nobody


# ------------------------------------------------------------------ 5. "Lo riferisce X"

def test_lo_riferisce_reports_the_sentence_before(coder):
    qs = quotes(coder, "La Banca d'Italia ha alzato le stime di crescita per il prossimo anno. Lo riferisce Reuters, "
                       "citando un documento interno.")
    assert len(qs) == 1
    q = qs[0]
    assert q.text == "La Banca d'Italia ha alzato le stime di crescita per il prossimo anno"
    assert q.cue == "riferisce" and q.speaker.text == "Reuters" and q.channel == "Reuters"


def test_lo_riferisce_citing_sources_makes_the_sources_speak(coder):
    qs = quotes(coder, "Il governo rinvierà la riforma del catasto all'autunno. Lo riferisce l'Adnkronos, citando "
                       "fonti parlamentari.")
    assert len(qs) == 1
    q = qs[0]
    assert q.speaker.text == "fonti parlamentari" and q.anonymous
    assert q.channel == "Adnkronos"


def test_lo_rende_noto_and_lo_si_apprende(coder):
    qs = quotes(coder, "Tre connazionali sono stati rilasciati in Niger. Lo ha reso noto la Farnesina.")
    assert len(qs) == 1
    assert qs[0].text == "Tre connazionali sono stati rilasciati in Niger"
    assert qs[0].speaker.text == "la Farnesina"
    qs = quotes(coder, "Il vertice tra i leader è stato rinviato a giovedì. Lo si apprende da fonti diplomatiche.")
    assert len(qs) == 1
    assert qs[0].speaker.text == "fonti diplomatiche" and qs[0].anonymous


def test_lo_riferisce_after_a_report_makes_the_medium_its_channel(coder):
    qs = quotes(coder, "Il premier olandese ha confermato che l'Aia aumenterà gli aiuti a Kiev. Lo hanno riferito i "
                       "media locali.")
    assert [q.cue for q in qs] == ["ha confermato"]
    assert qs[0].channel == "media locali"


def test_lo_ha_scritto_after_a_bare_quotation_gives_it_its_source(coder):
    qs = quotes(coder, "«Il governo non cadrà sulla legge elettorale». Lo scrive la Repubblica.")
    assert len(qs) == 1
    assert qs[0].direct and qs[0].cue == "scrive"
    assert qs[0].speaker is not None and "Repubblica" in qs[0].speaker.text


def test_lo_with_no_source_after_the_verb_adds_nothing(coder):
    qs = quotes(coder, "Il presidente ucraino ha definito inaccettabile il rinvio. Lo ha scritto su Telegram prima "
                       "di partire per Bruxelles.")
    assert [q.cue for q in qs] == ["ha definito"]


# ------------------------------------------------------------------ 6. "parlare di" as a characterisation

@pytest.mark.parametrize("text,content", [
    ("Il segretario della Uil ha parlato di una manovra iniqua.", "una manovra iniqua"),
    ("La leader dell'opposizione ha parlato di un regalo agli evasori.", "un regalo agli evasori"),
    ("Il sindaco di Bologna ha parlato di una scelta che penalizza i pendolari.",
     "una scelta che penalizza i pendolari"),
    ("Fonti di maggioranza parlano di un rinvio al prossimo anno.", "un rinvio al prossimo anno"),
])
def test_parlare_di_with_a_characterisation_is_a_report(coder, text, content):
    qs = quotes(coder, text)
    assert len(qs) == 1 and qs[0].text == content and qs[0].cue.endswith("di")


@pytest.mark.parametrize("text", [
    "Il ministro ha parlato di politica industriale.",
    "Il premier ha parlato di una riforma pericolosa con il presidente francese.",
    "Meloni e Macron hanno parlato di un accordo deludente.",
])
def test_parlare_di_a_topic_or_a_conversation_is_no_report(coder, text):
    assert quotes(coder, text) == []


# ------------------------------------------------------------------ 7. "in Aula"

def test_in_aula_between_the_cue_and_an_inverted_speaker_is_the_channel(coder):
    qs = quotes(coder, "«La manovra non aumenterà le tasse», ha detto in Aula il ministro dell'Economia, "
                       "respingendo le critiche delle opposizioni.")
    q = by_cue(qs)["ha detto"]
    assert q.channel == "Aula"
    assert q.speaker.text == "il ministro dell'Economia"
    g = by_cue(qs)["respingendo"]
    assert g.text == "le critiche delle opposizioni"
    assert g.speaker is not None and g.speaker.text == "il ministro dell'Economia"


# ------------------------------------------------------------------ new cues

def test_proporre_and_anticipare(coder):
    qs = quotes(coder, "Il commissario all'Energia ha proposto un acquisto comune di idrogeno.")
    assert len(qs) == 1 and qs[0].text == "un acquisto comune di idrogeno"
    qs = quotes(coder, "Il ministro ha anticipato che il bonus sarà rinnovato.")
    assert len(qs) == 1 and qs[0].text == "che il bonus sarà rinnovato"
    assert quotes(coder, "Il presidente ha convocato elezioni anticipate.") == []
