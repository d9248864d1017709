"""Italian attribution: channels, relays, addressees, datelines, anonymity and pronoun gender (issue #6).

Every sentence here was composed for these tests; none comes from a gold file or from shared data.
"""
import pytest

from cronaca.analysis import Analysis
from cronaca.attribution import find_quotes
from cronaca.nlp import load_pipeline
from cronaca.schema import Article


def analyse(text: str, lang: str = "it"):
    a = Analysis(article=Article(id="t", source="t", text=text, language=lang, published="2025-03-01"))
    a.doc = load_pipeline(lang)(text)
    try:
        from cronaca import actors

        a.mentions.extend(actors.resolve_mentions(a))
    except Exception:
        pass
    a.quotes = find_quotes(a)
    return a


def only(a, needle: str):
    qs = [q for q in a.quotes if needle in q.text]
    assert qs, [q.text for q in a.quotes]
    return min(qs, key=lambda q: q.end - q.start)


@pytest.mark.parametrize("text,needle,channel", [
    # "ad" before a vowel is the preposition "a"
    ("Due consiglieri del governo hanno riferito ad Askanews che il decreto slitterà.", "decreto", "Askanews"),
    # a relay between commas after the cue, or after "Secondo X,"
    ("Il leader del Pp ha detto, riferisce l'Efe, che il partito voterà contro la legge.", "partito", "Efe"),
    ("Secondo tre ministri spagnoli, come scrive El Mundo, il governo approverà la riforma.", "riforma",
     "El Mundo"),
    # an addressed group, also after an inverted subject
    ("La ministra del Lavoro ha assicurato ai sindacati che lo stabilimento resterà aperto.", "stabilimento",
     "sindacati"),
    ("«Il bilancio è in ordine», ha spiegato stamattina il sindaco di Bari ai consiglieri.", "bilancio",
     "consiglieri"),
    ("Il cancelliere ha detto davanti alla commissione Bilancio del Bundestag che il debito calerà.", "debito",
     "commissione Bilancio"),
    # an outlet beats the document or event that carried it
    ("In un'intervista televisiva a Sky Tg24, il governatore del Veneto ha chiesto «più autonomia».",
     "autonomia", "Sky Tg24"),
    ("Il capo dei ribelli ha rivendicato il sequestro in un messaggio trasmesso dalla tv Al Arabiya.",
     "sequestro", "Al Arabiya"),
    ("Il generale, che ha parlato in una cerimonia trasmessa dalla tv di Stato, ha detto che la linea regge.",
     "linea", "tv di Stato"),
    # an event beats the chamber where it took place
    ("Nell'informativa urgente al Senato, la ministra della Difesa ha sostenuto che le basi sono sicure.",
     "basi", "informativa"),
    # a programme title in sentence case
    ("Il segretario della Uil, ospite di Otto e mezzo, ha detto che lo sciopero è confermato.", "sciopero",
     "Otto e mezzo"),
    # a bulletin is a document
    ("Nel bollettino mensile, l'Istat stima che l'inflazione scenderà sotto il due per cento.", "inflazione",
     "bollettino"),
])
def test_italian_channels(text, needle, channel):
    q = only(analyse(text), needle)
    assert q.channel and channel.lower() in q.channel.lower(), q.channel


@pytest.mark.parametrize("text,needle,channel", [
    ("In conferenza stampa il questore ha spiegato che i controlli aumenteranno.", "controlli", "conferenza stampa"),
    ("Nel suo discorso di fine anno, il capo dello Stato ha ricordato che la pace va difesa.", "pace", "discorso"),
    ("Secondo quanto riportato dalla Reuters, la banca centrale alzerà i tassi.", "tassi", "Reuters"),
])
def test_channel_is_bare(text, needle, channel):
    """The channel is the medium itself, without the preposition, article or possessive of its frame."""
    assert only(analyse(text), needle).channel == channel


def test_name_with_its_article_stays_whole():
    q = only(analyse("In un'intervista a La Stampa, il ministro ha detto che le accise caleranno."), "accise")
    assert q.channel == "La Stampa"


def test_place_after_a_is_still_no_channel():
    q = only(analyse("Il presidente ucraino ha detto a Odessa che la difesa aerea ha retto."), "difesa")
    assert q.channel is None


def test_dateline_is_not_part_of_the_first_sentence():
    a = analyse("LISBONA – Secondo l'agenzia Lusa, il governo portoghese ha approvato il bilancio.")
    q = only(a, "bilancio")
    assert q.cue == "Secondo" and q.channel == "Lusa"
    b = analyse("MADRID – Tre funzionari spagnoli hanno detto a El País che il governo cadrà.")
    q = only(b, "cadrà")
    assert q.speaker.text == "Tre funzionari spagnoli" and q.anonymous and q.count == 3


def test_new_cues_stimare_and_proclamare():
    a = analyse("La Banca centrale stima che il Pil crescerà dell'uno per cento.")
    assert only(a, "Pil").cue == "stima"
    b = analyse("Davanti ai militanti riuniti a Pontida, il leader della Lega ha proclamato «una nuova stagione».")
    q = only(b, "stagione")
    assert q.cue.endswith("proclamato") and q.channel == "militanti"


@pytest.mark.parametrize("text,needle", [
    ("Quattro funzionari dell'amministrazione Trump hanno detto alla Cnn che i dazi saliranno.", "dazi"),
    ("Due strateghi repubblicani hanno detto ad Axios che la campagna è in difficoltà.", "campagna"),
])
def test_unnamed_groups_are_anonymous(text, needle):
    q = only(analyse(text), needle)
    assert q.anonymous is True and q.count in (2, 4)


def test_named_spokesperson_stays_named():
    q = only(analyse("Il portavoce del Cremlino Dmitry Peskov ha detto che i colloqui continuano."), "colloqui")
    assert q.anonymous is False


def test_gendered_pronoun_finds_the_person_of_its_gender():
    a = analyse("La ministra degli Esteri tedesca Annalena Baerbock ha incontrato il segretario di Stato Antony "
                "Blinken. Lui ha detto che gli Stati Uniti sono pronti. Lei ha aggiunto che la Germania farà la "
                "sua parte.")
    lui, lei = only(a, "Stati Uniti"), only(a, "Germania farà")
    assert lui.speaker.code == "USA" and lei.speaker.code == "DEU"


def test_quoted_object_makes_a_clause_cue_a_report():
    """A cue that needs a clause ("minacciare") also reports when its short object carries quoted words."""
    a = analyse("Su Telegram, le milizie filoiraniane hanno minacciato attacchi contro «tutte le navi americane».")
    q = only(a, "attacchi")
    assert q.cue.endswith("minacciato") and q.channel == "Telegram"
    b = analyse("Il presidente ha minacciato sanzioni durante la visita.")
    assert not b.quotes


def test_relay_participle_with_two_agents():
    """"Secondo quanto appreso dall'X da Y": the medium that learned it is the channel, Y the source."""
    q = only(analyse("Secondo quanto appreso dall'Adnkronos da tre fonti di governo, il decreto arriverà in aula a "
                     "maggio."), "decreto")
    assert q.channel == "Adnkronos" and q.speaker.text == "tre fonti di governo" and q.count == 3
