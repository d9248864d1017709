"""Two reports in one sentence: a gerund cue after a comma ("..., adding that", "..., aggiungendo che") speaks
for the subject of the report it follows, even when the parse hangs it on that report's content clause; and a
cue whose content the tagger missed ('"A," the senator said on Tuesday, adding ...') takes the quotation the
quotation marks give it, not the adjunct next to the cue. Sentences written for these tests."""
import pytest

pytest.importorskip("spacy")

from tests.test_attribution_inner_dash import coder, quotes  # noqa: E402,F401  (the same fixture and helper)


@pytest.mark.parametrize("lang, text, cue, speaker", [
    ("en", "The minister said the talks had failed, adding that new sanctions were likely.", "adding", "The minister"),
    ("en", "The governor said the bridge would reopen in May, adding that tolls would not rise.", "adding",
     "The governor"),
    ("it", "Il ministro ha detto che i colloqui sono falliti, aggiungendo che nuove sanzioni sono probabili.",
     "aggiungendo", "Il ministro"),
    ("it", "Il sindacato ha protestato, sostenendo che i tagli sono illegali.", "sostenendo", "Il sindacato"),
])
def test_gerund_cue_speaks_for_the_subject_of_the_report_before(coder, lang, text, cue, speaker):
    q = next(q for q in quotes(coder, text, lang) if q.cue == cue)
    assert q.speaker is not None and q.speaker.text == speaker


def test_gerund_cue_with_its_own_subject_keeps_it(coder):
    # the subject written before the gerund's clause is still the one of the main verb, not the content's
    qs = quotes(coder, "The mayor said the budget was balanced, adding that the council had approved it.", "en")
    assert [q.speaker.text for q in qs if q.speaker] == ["The mayor", "The mayor"]


def test_cue_without_tagged_content_takes_the_quotation(coder):
    text = "\u201cWe will not back down,\u201d the senator said on Tuesday, adding: \u201cThe vote goes ahead.\u201d"
    qs = quotes(coder, text, "en")
    said = [q for q in qs if q.cue == "said"]
    assert len(said) == 1 and said[0].text == "We will not back down" and said[0].direct
    assert all("Tuesday" not in q.text for q in qs)


def test_adverb_of_the_cue_is_not_content(coder):
    text = "\u201cWe will not back down,\u201d the senator said, adding later that the vote would go ahead on Friday."
    q = next(q for q in quotes(coder, text, "en") if q.cue == "adding")
    assert q.text == "that the vote would go ahead on Friday"


@pytest.mark.parametrize("lang, text, cue", [
    ("en", "Two central banks, the Reserve Bank of India and the Bank of Korea, jointly announced that they would "
           "swap currencies.", "jointly announced"),
])
def test_an_adverb_is_never_the_speaker(coder, lang, text, cue):
    q = next(q for q in quotes(coder, text, lang) if q.cue == cue)
    assert q.speaker is None or q.speaker.text.lower() != "jointly"


def test_adjective_of_the_channel_is_not_the_speaker(coder):
    text = ("La presidente Anna Ferri ha annunciato il veto. \u00abQuesta legge ci isola\u00bb, ha dichiarato in un "
            "discorso televisivo.")
    q = next(q for q in quotes(coder, text, "it") if q.cue == "ha dichiarato")
    assert q.speaker is not None and "Ferri" in q.speaker.text


def test_cue_without_tagged_source_takes_its_parsed_subject(coder):
    text = ("The company's chief executive, Laura Benson, commented on the results. \"It was a hard year,\" she "
            "said.")
    qs = quotes(coder, text, "en")
    assert qs and all(q.speaker is not None and "Benson" in (q.speaker.name or q.speaker.text) for q in qs
                      if q.cue in ("commented on", "said"))


@pytest.mark.parametrize("text, n", [
    ("Le borse europee sono calate, con l'indice di Milano che riporta una perdita del quattro per cento.", 0),
    ("Il governo ha approvato il decreto sulle pensioni, riporta l'Ansa.", 1),
])
def test_relay_verb_in_a_relative_clause_is_no_relay(coder, text, n):
    assert len([q for q in quotes(coder, text, "it") if q.cue == "riporta"]) == n


def test_relative_pronoun_source_speaks_for_its_antecedent(coder):
    text = ('The plan was criticised by Maria Lopez, an economist at the University of Leeds, who said, '
            '"The numbers do not add up".')
    q = next(q for q in quotes(coder, text, "en") if q.cue == "said")
    assert q.speaker is not None and "Maria Lopez" in q.speaker.text
    assert text[q.speaker_span[0]:q.speaker_span[1]] == "who"  # the evidence span stays the pronoun
