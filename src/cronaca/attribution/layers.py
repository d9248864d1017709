"""Model architecture of the attribution tagger that reads the main pipeline's token vectors.

The main pipeline has already run a CNN over every token (its shared ``tok2vec``, kept in ``doc.tensor``).
The tagger reuses those vectors instead of computing its own from scratch: it concatenates them with a small
embedding of its own attributes (the word's norm and the main parse as TAG), mixes them, and adds a few CNN
layers for wider context. The main vectors are read-only here (no gradient flows back into them).
"""
from __future__ import annotations

from spacy.ml.featureextractor import FeatureExtractor
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.util import registry
from thinc.api import LSTM, HashEmbed, Maxout, Model, Ragged, chain, concatenate, list2ragged, ragged2list, with_array, \
    with_padded


def doc_tensor(width: int) -> Model:
    """``doc.tensor`` of each Doc as one Ragged (zeros where a Doc has none of that width)."""

    def forward(model, docs, is_train):
        ops = model.ops
        arrs = []
        for doc in docs:
            t = doc.tensor
            if t is None or getattr(t, "shape", None) != (len(doc), width):
                t = ops.alloc2f(len(doc), width)
            arrs.append(ops.asarray2f(t))
        data = ops.xp.vstack(arrs) if arrs else ops.alloc2f(0, width)
        lengths = ops.asarray1i([len(d) for d in docs])
        return Ragged(ops.asarray2f(data), lengths), lambda d_out: []

    return Model("doc_tensor", forward, dims={"nO": width})


@registry.architectures("cronaca.TensorTok2Vec.v1")
def tensor_tok2vec(width: int, depth: int, tensor_width: int, attrs: list[str], rows: list[int],
                   window_size: int = 1, maxout_pieces: int = 3, lstm_depth: int = 0) -> Model:
    """``lstm_depth``: bidirectional LSTM layers after the CNN (whole-text context: where a long content ends)."""
    if len(attrs) != len(rows):
        raise ValueError(f"Mismatched lengths: {len(rows)} rows for {len(attrs)} attrs")
    embeddings = [HashEmbed(width, rows[i], column=i, seed=11 + i, dropout=0.0) for i in range(len(attrs))]
    features = chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embeddings)))
    mix = with_array(Maxout(width, width * len(attrs) + tensor_width, nP=maxout_pieces, dropout=0.0, normalize=True))
    embed = chain(concatenate(features, doc_tensor(tensor_width)), mix, ragged2list())
    model = chain(embed, MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=maxout_pieces,
                                             depth=depth))
    if lstm_depth:
        model = chain(model, with_padded(LSTM(nO=width, nI=width, bi=True, depth=lstm_depth)))
    model.set_dim("nO", width)
    return model
