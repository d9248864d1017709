"""Italian reports of the kinds the blind dev set gold8 showed: asides, address gerunds, datelines."""
import pytest

pytest.importorskip("spacy")

from cronaca.pipeline import Coder  # noqa: E402


@pytest.fixture(scope="module")
def coder():
    return Coder()


def only_quote(coder, text):
    qs = coder.code_text(text, lang="it", published="2024-06-10").quotes
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


def test_an_aside_between_cue_and_clause_names_the_channel(coder):
    q = only_quote(coder, "Il sindaco ha spiegato, durante un incontro con i cronisti, che il ponte riaprirà a luglio.")
    assert q.text.startswith("che il ponte") and q.channel == "cronisti"


def test_an_address_gerund_is_the_channel_not_the_speaker(coder):
    q = only_quote(coder, "«Non vi lasceremo soli», ha detto il governatore rivolgendosi ai cittadini.")
    assert q.speaker.text == "il governatore" and q.channel == "cittadini"


def test_a_dateline_is_no_speaker_of_a_quote_with_a_cue_inside(coder):
    q = only_quote(coder, "NAPOLI - «Il porto — ha detto il presidente dell'autorità portuale — resterà aperto».")
    assert "presidente" in q.speaker.text and q.cue == "ha detto"


def test_a_fronted_column_frame_is_the_channel(coder):
    q = only_quote(coder, "Sulle colonne della Stampa, il ministro avverte che i conti non tornano.")
    assert q.channel == "Stampa"


def test_an_aside_before_an_infinitive_clause(coder):
    qs = coder.code_text("Il ministero ha precisato, in una nota alla stampa, di non aver ricevuto alcuna richiesta.",
                         lang="it", published="2024-06-10").quotes
    q = next(q for q in qs if q.cue == "ha precisato")
    assert q.text.startswith("di non aver") and q.speaker.text == "Il ministero"


def test_the_medium_in_an_aside_beats_the_occasion(coder):
    q = only_quote(coder, "Il presidente ha detto, in un messaggio alla nazione trasmesso dalla tv di Stato Rai, che il voto "
                          "si terrà a giugno.")
    assert q.text.startswith("che il voto") and q.channel is not None and "Rai" in q.channel
