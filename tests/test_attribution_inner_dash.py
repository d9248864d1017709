"""A cue set off by dashes inside a quotation: «A — ha detto X — B»."""
import pytest

pytest.importorskip("spacy")

from cronaca.pipeline import Coder  # noqa: E402


@pytest.fixture(scope="module")
def coder():
    return Coder()


def quotes(coder, text, lang):
    return coder.code_text(text, lang=lang, published="2025-03-01").quotes


def test_italian_cue_between_dashes(coder):
    qs = quotes(coder, "«Il porto — ha spiegato ai cronisti il sindaco di Genova — riaprirà entro marzo».", "it")
    assert len(qs) == 1
    q = qs[0]
    assert q.direct and q.cue == "ha spiegato" and q.channel == "cronisti"
    assert q.speaker is not None and "sindaco" in q.speaker.text
    assert q.text.startswith("Il porto") and q.text.endswith("marzo")


def test_pro_drop_cue_between_dashes(coder):
    qs = quotes(coder, "Il ministro ha parlato a lungo. «Noi — ha aggiunto — non firmeremo questo accordo».", "it")
    assert [q.cue for q in qs if q.direct] == ["ha aggiunto"]


def test_an_aside_between_dashes_is_no_cue(coder):
    qs = quotes(coder, "«La riforma — che tocca tre ministeri — sarà votata domani», ha detto il portavoce.", "it")
    assert len(qs) == 1 and qs[0].cue == "ha detto" and "portavoce" in qs[0].speaker.text
