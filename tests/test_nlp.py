"""The shipped it/en pipelines: offline loading, sentences, lemmas, entities, dependencies, and the scorers."""
from __future__ import annotations

import json

import pytest

from cronaca.nlp import load_pipeline, model_path
from cronaca.training.data import derive_gpe, read_kind, tags_to_spans

from .conftest import shared_path


def _require_model(lang: str):
    path = model_path(lang)
    assert (path / "meta.json").exists() and (path / "config.cfg").exists(), f"no shipped model in {path}"
    return load_pipeline(lang)


@pytest.fixture(scope="module")
def it_nlp():
    return _require_model("it")


@pytest.fixture(scope="module")
def en_nlp():
    return _require_model("en")


# ----------------------------------------------------------------------------- loading
@pytest.mark.parametrize("lang", ["it", "en"])
def test_model_meta_lists_sources_and_licences(lang):
    meta = json.loads((model_path(lang) / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == lang
    assert meta["sources"] and all(s["license"] for s in meta["sources"])
    for comp in ("cronaca_sentences", "morphologizer", "trainable_lemmatizer", "cronaca_lemma_lexicon", "parser", "ner"):
        assert comp in meta["pipeline"], comp


def test_pipeline_is_cached():
    assert load_pipeline("it") is load_pipeline("it")


# ----------------------------------------------------------------------------- sentences
def test_italian_sentences_keep_abbreviations(it_nlp):
    text = (
        "Il sig. Bianchi ha incontrato il dott. Verdi e l'on. Neri a Torino. "
        "La sen. Gialli, il prof. Rosi ecc. non c'erano. "
        "«Non firmeremo mai.» Poi la riunione è finita."
    )
    sents = [s.text.strip() for s in it_nlp(text).sents]
    assert sents == [
        "Il sig. Bianchi ha incontrato il dott. Verdi e l'on. Neri a Torino.",
        "La sen. Gialli, il prof. Rosi ecc. non c'erano.",
        "«Non firmeremo mai.»",
        "Poi la riunione è finita.",
    ]


def test_english_sentences_keep_abbreviations(en_nlp):
    text = 'Mr. Hale met Sen. Ortiz in Boston on Jan. 4. "We agreed," he said. The U.S. team left at 5 p.m. Talks resume today.'
    sents = [s.text.strip() for s in en_nlp(text).sents]
    assert sents == [
        "Mr. Hale met Sen. Ortiz in Boston on Jan. 4.",
        '"We agreed," he said.',
        "The U.S. team left at 5 p.m.",
        "Talks resume today.",
    ]


# ----------------------------------------------------------------------------- lemmas, entities, syntax
def test_italian_lemmas(it_nlp):
    doc = it_nlp("I due governi hanno firmato nuovi accordi sulle armi e sui confini.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["accordi"] == "accordo"
    assert lemmas["armi"] == "arma"
    assert lemmas["governi"] == "governo"
    assert lemmas["firmato"] == "firmare"


def test_italian_entities(it_nlp):
    doc = it_nlp("Ieri il presidente Sergio Mattarella è arrivato a Napoli per una visita di due giorni.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Sergio Mattarella", "PER") in ents
    assert any(text == "Napoli" and label in ("GPE", "LOC") for text, label in ents)


def test_italian_subject(it_nlp):
    doc = it_nlp("Il ministro ha firmato l'accordo con la Germania.")
    subj = [t for t in doc if t.dep_ == "nsubj"]
    assert [t.text for t in subj] == ["ministro"]
    assert subj[0].head.text == "firmato"
    assert doc[1].pos_ == "NOUN"


def test_english_analysis(en_nlp):
    doc = en_nlp("The prime minister visited Berlin on Monday. John Kerrigan signed the agreements.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("John Kerrigan", "PER") in ents
    assert any(text == "Berlin" and label in ("GPE", "LOC") for text, label in ents)
    subj = [t for t in doc if t.dep_ == "nsubj"]
    assert [t.text for t in subj] == ["minister", "John"]  # UD: the first word heads a name (flat)
    assert [t.head.text for t in subj] == ["visited", "signed"]
    assert {t.text: t.lemma_ for t in doc}["agreements"] == "agreement"


# ----------------------------------------------------------------------------- converters and scorers (no model)
def test_tags_to_spans_io_and_bio():
    assert tags_to_spans(["O", "LOC", "LOC", "O", "PER"]) == [(1, 3, "LOC"), (4, 5, "PER")]
    assert tags_to_spans(["B-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG"]) == [(0, 2, "PER"), (2, 3, "PER"), (4, 6, "ORG")]
    assert tags_to_spans(["PER", "ORG", "ORG"]) == [(0, 1, "PER"), (1, 3, "ORG")]


def test_gpe_derivation():
    words = ["Il", "sindaco", "di", "Milano", "sul", "Monte", "Bianco"]
    spans = derive_gpe(words, [(3, 4, "LOC"), (5, 7, "LOC")], "it")
    assert spans == [(3, 4, "GPE"), (5, 7, "LOC")]


def test_ner_score_exact_spans():
    from cronaca.eval.ner import score

    gold = [{(0, 2, "PER"), (5, 6, "LOC")}]
    pred = [{(0, 2, "PER"), (5, 7, "LOC"), (8, 9, "ORG")}]
    res = score(gold, pred)
    assert res["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert res["recall"] == 0.5
    assert res["per_label"]["PER"]["f1"] == 1.0
    assert res["per_label"]["LOC"]["f1"] == 0.0


def test_read_kind(tmp_path):
    f = tmp_path / "k.tsv"
    f.write_text("La\tO\nditta\tO\nAcme\tORG\nSpa\tORG\n\nVa\tO\na\tO\nLecco\tLOC\n", encoding="utf-8")
    sents = read_kind(f)
    assert len(sents) == 2
    assert tags_to_spans([t for _, t in sents[0]]) == [(2, 4, "ORG")]


# ----------------------------------------------------------------------------- evaluation on shared gold
@pytest.mark.shared
def test_ud_eval_on_shared_slice(it_nlp):
    from cronaca.eval.ud import evaluate

    gold = shared_path("ud", "it_isdt", "it_isdt-ud-dev.conllu")
    res = evaluate("it", gold, limit=5)
    assert set(res) >= {"upos", "lemma", "uas", "las"}
    assert 0.85 <= res["upos"] <= 1.0
    assert 0.85 <= res["lemma"] <= 1.0
    assert 0.6 <= res["las"] <= res["uas"] <= 1.0


@pytest.mark.shared
def test_ner_eval_on_shared_slice(en_nlp):
    from cronaca.eval.ner import evaluate

    gold = shared_path("ner", "conll2003_en", "val.conllu")
    res = evaluate("en", gold, "conll", limit=20)
    assert 0.5 <= res["f1"] <= 1.0
    assert set(res["per_label"]) <= {"PER", "ORG", "LOC", "MISC"}
    assert "GPE" not in res["per_label"]


@pytest.mark.parametrize("lang,text", [
    ("it", "Il presidente Sergio Mattarella ha ricevuto al Quirinale il cancelliere tedesco. "
           "L'incontro, a Roma, è durato un'ora e la Farnesina ha diffuso una nota."),
    ("en", "Prime Minister Keir Starmer met the Irish Taoiseach in Dublin on Friday. "
           "The Foreign Office in London later published a statement."),
])
def test_bulk_ner_decoding_gives_spacys_entities(lang, text):
    import spacy
    from spacy.attrs import ENT_IOB, ENT_TYPE

    from cronaca.nlp import GreedyNER

    nlp = _require_model(lang)
    assert isinstance(nlp.get_pipe("ner"), GreedyNER)
    plain = spacy.load(model_path(lang))
    for got, want in ((nlp(text), plain(text)), (next(nlp.pipe([text])), next(plain.pipe([text])))):
        assert got.to_array([ENT_IOB, ENT_TYPE]).tolist() == want.to_array([ENT_IOB, ENT_TYPE]).tolist()
        assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in want.ents] and got.ents
