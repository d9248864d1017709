"""Lexicon check for the edit-tree lemmatizer (component ``cronaca_lemma_lexicon``).

The trainable lemmatizer picks one edit tree per token; for an inflected form it has rarely seen it can pick
a tree that makes a non-word ("accordi" -> "accordio", "armi" -> "arme"). This component runs after it and,
for open-class tokens whose lemma is not a known lemma, re-reads the lemmatizer's scores (from the tensors
already computed) and takes the best of its next-ranked trees whose result *is* a known lemma. Lemmas the
model is sure of, or that no alternative improves, are left alone. The lexicon (known lemmas) is built at
training time from the UD training lemmas seen at least twice and the lemma values of spaCy's lookup tables
when installed, and is saved with the model.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

OPEN_CLASS = {"NOUN", "VERB", "ADJ"}


def _scores_of(model, doc: Doc, rows: list[int]) -> np.ndarray:
    """The lemmatizer's tree scores for the tokens ``rows`` of ``doc``. A listener-plus-softmax model (the shipped
    one) scores only those rows from ``doc.tensor`` (scoring all of a long article's tokens against every tree
    cost as much as the lemmatizer itself); any other model is run whole."""
    layers = getattr(model, "layers", [])
    if len(layers) == 2 and layers[0].name == "tok2vec-listener" and layers[1].name == "with_array(softmax)":
        out = layers[1].layers[0].predict(model.ops.asarray2f(doc.tensor[rows]))
    else:
        out = model.predict([doc])[0][rows]
    if hasattr(out, "get"):
        out = out.get()
    return np.asarray(out)


class LemmaLexicon:
    def __init__(self, nlp: Language, name: str, lemmatizer: str, n_candidates: int):
        self.nlp = nlp
        self.name = name
        self.lemmatizer = lemmatizer
        self.n_candidates = n_candidates
        self.lexicon: set[str] = set()

    def __call__(self, doc: Doc) -> Doc:
        if not self.lexicon or not len(doc):
            return doc
        todo = [
            t.i
            for t in doc
            if t.pos_ in OPEN_CLASS and t.is_alpha and t.lemma_ and t.lemma_.lower() not in self.lexicon
        ]
        if not todo:
            return doc
        lem = self.nlp.get_pipe(self.lemmatizer)
        if doc.tensor is None or not doc.tensor.size:
            return doc
        scores = _scores_of(lem.model, doc, todo)
        labels = lem.cfg["labels"]
        for row, i in zip(scores, todo):
            order = np.argsort(-row)[: self.n_candidates]
            text = doc[i].text
            for k in order[1:]:
                lemma = lem.trees.apply(labels[k], text)
                if lemma is not None and lemma.lower() in self.lexicon:
                    doc[i].lemma_ = lemma
                    break
        return doc

    def set_lexicon(self, words) -> None:
        self.lexicon = {w.lower() for w in words if w}

    def to_disk(self, path, *, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(sorted(self.lexicon), ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        f = Path(path) / "lexicon.json"
        if f.exists():
            self.lexicon = set(json.loads(f.read_text(encoding="utf-8")))
        return self


@Language.factory(
    "cronaca_lemma_lexicon",
    assigns=["token.lemma"],
    requires=["token.lemma", "token.pos"],
    default_config={"lemmatizer": "trainable_lemmatizer", "n_candidates": 4},
)
def make_lemma_lexicon(nlp: Language, name: str, lemmatizer: str, n_candidates: int) -> LemmaLexicon:
    return LemmaLexicon(nlp, name, lemmatizer, n_candidates)


def build_lexicon(lang: str, ud_docbins: list[Path], min_count: int = 2) -> set[str]:
    """Known lemmas: UD training lemmas seen ``min_count`` times or more, plus spaCy lookup-table lemmas."""
    import gzip
    from collections import Counter

    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(lang)
    counts: Counter = Counter()
    for f in ud_docbins:
        for doc in DocBin().from_disk(f).get_docs(nlp.vocab):
            counts.update(t.lemma_.lower() for t in doc if t.is_alpha and t.lemma_)
    words = {w for w, c in counts.items() if c >= min_count}
    try:
        import spacy_lookups_data

        f = Path(spacy_lookups_data.__file__).parent / "data" / f"{lang}_lemma_lookup.json.gz"
        if f.exists():
            with gzip.open(f, "rt", encoding="utf-8") as fh:
                words.update(v.lower() for v in json.load(fh).values() if v.isalpha())
    except ImportError:
        pass
    return words
