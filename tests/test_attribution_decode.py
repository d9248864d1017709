"""The bulk greedy decoder of the attribution tagger gives exactly the spans spaCy's own decoder gives."""
import random

import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

from cronaca.attribution import tagger
from cronaca.nlp import ner_decode as decode

WORDS = ("the minister said that talks would resume on Monday , aides told reporters . \n\n “ We will not yield , ” "
         "she added , according to a statement from the ministry in Rome").split(" ")


def _spacy_entities(ner, docs):
    docs = [Doc(d.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d],
                sent_starts=[t.is_sent_start for t in d]) for d in docs]
    ner.set_annotations(docs, ner.predict(docs))
    return [[(e.start, e.end, e.label_) for e in d.ents] for d in docs]


def _random_ner(seed: int):
    """A small untrained NER: random weights open and close entities everywhere, the hard case for a decoder
    (seeded: the same model in every run)."""
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner", config={"model": {"hidden_width": 16, "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2", "width": 32, "depth": 1, "embed_size": 500, "window_size": 1,
        "maxout_pieces": 3, "subword_features": True, "pretrained_vectors": None}}})
    for label in ("SOURCE", "CUE", "CONTENT"):
        ner.add_label(label)
    doc = nlp.make_doc("Rome said so")
    eg = Example.from_dict(doc, {"entities": [(0, 4, "SOURCE"), (5, 9, "CUE"), (10, 12, "CONTENT")]})
    nlp.initialize(lambda: [eg], sgd=None)
    ops = ner.model.ops
    rng = random.Random(seed)
    for node in ner.model.walk():  # spread the weights so that the scores differ a lot between tokens
        for name in node.param_names:
            if node.has_param(name):
                p = node.get_param(name)
                node.set_param(name, ops.asarray(p + ops.xp.asarray(
                    [rng.gauss(0, 0.5) for _ in range(p.size)], dtype=p.dtype).reshape(p.shape)))
    return nlp, ner


def _random_docs(nlp, seed: int, n: int = 30):
    rng = random.Random(seed)
    docs = []
    for _ in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 60))]
        starts = [i == 0 or rng.random() < 0.1 for i in range(len(words))]
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
    return docs


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_model_same_entities_as_spacy(seed):
    nlp, ner = _random_ner(seed)
    docs = _random_docs(nlp, seed)
    want = _spacy_entities(ner, docs)
    assert sum(len(x) for x in want) > 20  # the random model does open entities (of every length)
    assert any(e - s > 3 for x in want for s, e, _ in x)
    assert decode.greedy_entities(ner, docs) == want


def test_empty_docs_and_batch():
    nlp, ner = _random_ner(5)
    docs = [Doc(nlp.vocab, words=[]), *_random_docs(nlp, 5, 3), Doc(nlp.vocab, words=[])]
    got = decode.greedy_entities(ner, docs)
    assert got[0] == [] and got[-1] == []
    assert got[1:-1] == _spacy_entities(ner, docs[1:-1])
    assert decode.greedy_entities(ner, []) == []


def test_preset_entities_leave_decoding_to_spacy():
    nlp, ner = _random_ner(6)
    doc = Doc(nlp.vocab, words=["Rome", "said", "so"])
    doc.ents = [Span(doc, 0, 1, label="SOURCE")]
    assert decode.greedy_entities(ner, [doc]) is None


def test_beam_model_is_not_decoded():
    nlp = spacy.blank("en")
    ner = nlp.add_pipe("beam_ner")
    ner.add_label("CUE")
    nlp.initialize()
    assert decode.greedy_entities(ner, [nlp.make_doc("he said")]) is None


@pytest.mark.skipif(tagger.load_tagger("en") is None, reason="no English attribution tagger ships in this build")
def test_shipped_tagger_same_spans_as_spacy():
    from cronaca.nlp import load_pipeline

    text = ("The finance minister said on Tuesday that the budget would be cut, while union leaders warned that a "
            "strike was likely. “We have no money left,” a senior aide told reporters.\n\nAccording to two officials "
            "who spoke on condition of anonymity, the cabinet had already agreed on the plan, which the opposition "
            "called reckless. The prime minister denied that any cuts to pensions were planned.")
    tnlp = tagger.load_tagger("en")
    ner = tnlp.get_pipe("ner")
    main = load_pipeline("en")(text)
    docs = [tagger._tagger_doc(tnlp, main)] + [tagger._tagger_doc(tnlp, s) for s in main.sents]
    got = decode.greedy_entities(ner, docs)
    want = []
    for d in docs:
        d2 = Doc(d.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d], tags=[t.tag_ for t in d],
                 lemmas=[t.lemma_ for t in d])  # (a tagger reading cue relations has them in LEMMA)
        d2.tensor = d.tensor
        ner.set_annotations([d2], ner.predict([d2]))
        want.append([(e.start, e.end, e.label_) for e in d2.ents])
    assert got == want
    assert {lab for x in got for _, _, lab in x} == {"SOURCE", "CUE", "CONTENT"}


def test_an_ensemble_sums_the_models_scores():
    nlp, ner = _random_ner(7)
    docs = _random_docs(nlp, 7)
    single = decode.greedy_entities(ner, docs)
    # the same model twice: every score doubled, the same moves
    assert decode.greedy_entities(ner, docs, [ner]) == single
    # a second model that scores every move 0 changes nothing; with its own weights it does
    _, ner2 = _random_ner(8)  # (it reads the Docs through hash embeddings: no shared vocabulary needed)
    assert decode.greedy_entities(ner, docs, [ner2]) != single
    upper = ner2.model.layers[2]
    for name in ("W", "b"):
        upper.set_param(name, upper.get_param(name) * 0)
    decode._PLANS.clear()
    assert decode.greedy_entities(ner, docs, [ner2]) == single
