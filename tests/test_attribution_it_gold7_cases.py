"""Italian attribution cases of the gold7 kinds, on sentences written for these tests."""
import pytest

from cronaca.eval.attribution import predict


def _quotes(text):
    _, qs = predict({"id": "t", "lang": "it", "text": text, "published": "2024-06-01"})
    return qs


def _by_cue(qs, cue):
    return next(q for q in qs if q.cue and cue in q.cue)


@pytest.mark.parametrize("text,channel", [
    ("La premier Giorgia Meloni ha chiesto alla Francia di rivedere le regole sui migranti.", "Francia"),
    ("Il sindaco Gualtieri ha chiesto ai residenti di non uscire di casa durante l'allerta.", "residenti"),
    ("Il segretario della Cgil Maurizio Landini ha chiesto al ministro del Lavoro di convocare i sindacati.",
     "ministro del Lavoro"),
])
def test_request_addressee_is_channel(text, channel):
    assert _by_cue(_quotes(text), "chiesto").channel == channel


def test_trailing_agency_relay_after_quoted_fragment():
    qs = _quotes("Il governo di Pechino ha accusato Manila di alimentare «tensioni», ha riferito l'agenzia Xinhua.")
    inner = _by_cue(qs, "accusato")
    assert inner.channel == "Xinhua"
    assert inner.speaker is not None and "governo" in inner.speaker.text


def test_short_quote_without_earlier_cue_keeps_cue_after():
    q = _by_cue(_quotes("Le nuove sanzioni sono «un atto ostile», ha detto il portavoce Sergei Ivanov."), "detto")
    assert "atto ostile" in q.text and "Ivanov" in q.speaker.text


@pytest.mark.parametrize("text,channel", [
    ("Il ministro Tajani ha spiegato in un'intervista pubblicata ieri dal Corriere della Sera che il piano "
     "è pronto.", "Corriere della Sera"),
    ("«La tregua regge», ha dichiarato il presidente Erdogan in un discorso trasmesso all'alba dalla tv di "
     "Stato.", "tv di Stato"),
    ("Il premier ha detto alla tv qatariota Al Jazeera che il negoziato è fermo.", "Al Jazeera"),
])
def test_named_medium_channels(text, channel):
    qs = _quotes(text)
    assert any(q.channel == channel for q in qs), [(q.cue, q.channel) for q in qs]


def test_trailing_impersonal_note_and_document_subject():
    qs = _quotes("Il ministro della Cultura ha lasciato l'incarico, si legge in un comunicato di Palazzo Chigi. "
                 "Le deleghe passano al sottosegretario, precisa il comunicato.")
    first = _by_cue(qs, "si legge")
    assert first.channel == "comunicato" and "ha lasciato l'incarico" in first.text
    second = _by_cue(qs, "precisa")
    assert second.channel == "comunicato" and second.text.startswith("Le deleghe passano")
