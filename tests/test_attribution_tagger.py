"""The shipped English attribution tagger: it reads the main pipeline's token vectors, and tagging a whole
batch at once gives the same spans as tagging each article alone."""
from __future__ import annotations

import numpy as np
import pytest

from cronaca.attribution.tagger import TAGGER_DIR, _tagger_doc, load_tagger, tag_batch, tagged_spans

pytestmark = pytest.mark.skipif(not (TAGGER_DIR / "en" / "meta.json").exists(), reason="no English tagger shipped")

TEXTS = [
    "The defence minister told reporters on Monday that the talks with Ankara had failed.",
    "“We will not sign this deal,” a senior diplomat said, asking not to be named.\n\n"
    "According to two officials, the army has moved troops to the border.",
    "Prices rose again in March.",
]


def _analyses():
    from cronaca.analysis import Analysis
    from cronaca.ingest.readers import Options, finish
    from cronaca.nlp import load_pipeline

    nlp = load_pipeline("en")
    out = []
    for i, text in enumerate(TEXTS):
        an = Analysis(article=finish(text, f"t{i}", {"language": "en", "published": "2025-03-03"}, Options()))
        an.doc = nlp(an.article.text)
        out.append(an)
    return out


def test_tagger_doc_carries_the_main_pipelines_vectors():
    nlp = load_tagger("en")
    assert nlp is not None
    an = _analyses()[1]
    span = an.doc[3:12]
    doc = _tagger_doc(nlp, span)
    assert [t.text for t in doc] == [t.text for t in span]
    if nlp.meta.get("cronaca", {}).get("tensor"):
        assert np.array_equal(doc.tensor, an.doc.tensor[3:12])


def test_batch_tagging_equals_one_by_one():
    nlp = load_tagger("en")
    analyses = _analyses()
    tag_batch(analyses)
    for an in analyses:
        assert an.tagged is not None
        assert an.tagged == tagged_spans(nlp, an.article.text, an.doc)
    # the report is found: a cue and a content in the first text
    labels = {lab for _, _, lab in analyses[0].tagged}
    assert {"CUE", "CONTENT"} <= labels


def test_tagger_is_not_used_with_other_pipeline_vectors(caplog):
    from types import SimpleNamespace

    from cronaca.attribution.tagger import _reads_current_pipeline, tok2vec_fingerprint

    current = load_tagger("en")
    if not current.meta.get("cronaca", {}).get("tensor"):
        pytest.skip("the shipped tagger does not read the main pipeline's vectors")
    assert current.meta["cronaca"]["tensor_from_sha1"] == tok2vec_fingerprint("en")
    stale = SimpleNamespace(lang="en", meta={"cronaca": {"tensor": True, "vectors_from": "en",
                                                         "tensor_from_sha1": "0" * 40}})
    assert not _reads_current_pipeline(stale)
    assert "retrain" in caplog.text


def test_cue_relations_place_each_word_under_its_cue():
    from cronaca.attribution.lexicon import get_lexicon
    from cronaca.attribution.tagger import cue_relations
    from cronaca.nlp import load_pipeline

    lex = get_lexicon("en")
    doc = load_pipeline("en")("The mayor said that the bridge would reopen in May. Prices rose again in March.")
    rel = dict(zip([t.text for t in doc], cue_relations(doc, lex)))
    assert rel["said"] == "CUE"
    assert rel["mayor"].endswith("<")  # in the cue's subject, before it
    assert rel["bridge"] == rel["reopen"] == rel["May"] == "ccomp>"  # the clause after the cue
    assert rel["Prices"] == rel["rose"] == "-"  # no cue above: the second sentence reports nothing
    # a stretch of the text reads the whole text's parse
    assert cue_relations(doc[4:9], lex) == cue_relations(doc, lex)[4:9]


def test_tensor_tok2vec_with_an_lstm_reads_the_whole_text():
    """The shipped ensemble's fourth tagger runs a bidirectional LSTM after its CNN (``lstm_depth``): the output keeps
    the CNN's width, and a word's vector depends on words far outside the CNN's window."""
    import spacy
    from spacy.tokens import Doc

    from cronaca.attribution.layers import tensor_tok2vec

    nlp = spacy.blank("en")
    model = tensor_tok2vec(width=16, depth=1, tensor_width=8, attrs=["NORM"], rows=[100], lstm_depth=1)
    words = "the minister said on Monday that the plan would be dropped before the vote".split()
    docs = [Doc(nlp.vocab, words=list(words)) for _ in range(2)]
    docs[1] = Doc(nlp.vocab, words=words[:-1] + ["strike"])
    for d in docs:
        d.tensor = np.zeros((len(d), 8), dtype="float32")
    model.initialize(X=docs)
    out = model.predict(docs)
    assert out[0].shape == (len(words), 16)
    # only the last word differs: with a window of one word on each side, the first word's vector would not change
    assert not np.allclose(out[0][0], out[1][0])
