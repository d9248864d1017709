"""Greedy decoding of a spaCy NER model (the pipelines' own NER and the attribution tagger) without spaCy's
per-token transition loop.

spaCy decodes an NER model one token at a time for the whole batch. Under Cython 3 each step re-acquires
the GIL once per candidate move while checking which moves are valid, which made decoding cost more than
the tagger's network. The moves of a BILUO NER model are simple enough to decode in bulk instead:

- outside an entity, a token's features are the token alone (the entity features are padding), so the
  move chosen at every token *if no entity is open there* comes out of one matrix product per document;
- inside an entity opened at ``s``, a token ``k``'s features are ``k``, ``s`` and ``k - 1``, so the
  token where the entity closes is found with one product over the tokens after ``s``.

The walk then jumps from one entity to the next. It picks the same move as spaCy at every step (same
validity rules, ties to the lower move index); only the summation order of the last matrix product can
differ, in the last bits of a float. Models it does not know how to decode return None (spaCy decodes).
"""
from __future__ import annotations

import numpy as np

_MOVES = ("B", "I", "L", "U")
_WINDOW = 96  # tokens scored at once inside an open entity (most close well before)


def _plan(ner):
    """The pieces the decoder needs from a spaCy NER component, or None when it cannot decode it."""
    got = _PLANS.get(id(ner))
    if got is not None and got[0] is ner:
        return got[1] or None
    plan = {}
    try:
        model = ner.model
        if (ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper")
                or model.attrs.get("unseen_classes") or len(model.layers) != 3):
            raise ValueError
        lower, upper = model.layers[1], model.layers[2]
        if lower.get_dim("nF") != 3 or lower.get_dim("nP") < 2:
            raise ValueError
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        labels = sorted({n[2:] for n in names if n[:2] in ("B-", "I-", "L-", "U-") and len(n) > 2})
        index = {n: i for i, n in enumerate(names)}
        cols = {m: [index[f"{m}-{lab}"] for lab in labels] for m in _MOVES}
        if "O" not in index or any(n not in ("O", "U-") and n[2:] not in labels for n in names):
            raise ValueError
        move_of = {c: (m, j) for m in _MOVES for j, c in enumerate(cols[m])}
        plan = {"labels": labels, "move_of": move_of, "cols": cols, "out": index["O"],
                "W": upper.get_param("W"), "b": upper.get_param("b"), "bias": lower.get_param("b")}
    except Exception:  # an architecture or move set this decoder was not written for
        plan = {}
    _PLANS[id(ner)] = (ner, plan)
    return plan or None


_PLANS: dict[int, tuple] = {}


def greedy_entities(ner, docs: list, also=()) -> list[list[tuple[int, int, str]]] | None:
    """The entities spaCy's greedy decoder would give each Doc, as (start token, end token, label); None
    when this model or these Docs (preset entities) need spaCy's own decoder. ``also``: further NER models
    with the same moves (an ensemble): each move is chosen by the sum of all the models' scores."""
    models = (ner, *also)
    plans = [_plan(m) for m in models]
    if any(p is None for p in plans) or any(len(d) and d.has_annotation("ENT_IOB") for d in docs):
        return None
    if any(p["labels"] != plans[0]["labels"] or p["move_of"] != plans[0]["move_of"] for p in plans[1:]):
        return None
    if not docs or not sum(len(d) for d in docs):
        return [[] for _ in docs]
    from spacy.attrs import IS_SPACE, SENT_START

    # (tokens + 1, 3, hidden, pieces) per model; row 0 is the padding
    feats = [m.model.layers[1].predict(m.model.layers[0].predict(docs)) for m in models]
    out, k = [], 1
    for doc in docs:
        n = len(doc)
        if n:
            arr = doc.to_array([IS_SPACE, SENT_START])
            out.append(_decode(plans, [F[k:k + n] for F in feats], [F[0] for F in feats], arr[:, 0] != 0,
                               arr[:, 1] == 1))
        else:
            out.append([])
        k += n
    return out


def _scores(plan, pre: np.ndarray, cols=None) -> np.ndarray:
    hidden = pre[..., 0]
    for p in range(1, pre.shape[-1]):  # maxout (numpy's max over a short last axis is slow)
        hidden = np.maximum(hidden, pre[..., p])
    if cols is None:
        return hidden @ plan["W"].T + plan["b"]
    return hidden @ plan["W"][cols].T + plan["b"][cols]


def _decode(plans, Fs: list, pads: list, space: np.ndarray, sent_start: np.ndarray):
    plan = plans[0]
    n = len(Fs[0])
    cols, labels = plan["cols"], plan["labels"]
    # no next token, or the next one starts a sentence: no entity can go on past this token
    cannot_continue = np.ones(n, dtype=bool)
    cannot_continue[:-1] = sent_start[1:]
    # the move at each token when no entity is open there: O, or B-/U- of a label
    scores = _scores(plan, ((Fs[0][:, 0] + pads[0][1]) + pads[0][2]) + plan["bias"])
    for p, F, pad in zip(plans[1:], Fs[1:], pads[1:]):
        scores = scores + _scores(p, ((F[:, 0] + pad[1]) + pad[2]) + p["bias"])
    valid = np.zeros_like(scores, dtype=bool)
    valid[:, plan["out"]] = True
    valid[:, cols["U"]] = ~space[:, None]
    valid[:, cols["B"]] = (~space & ~cannot_continue)[:, None]
    closed = np.where(valid, scores, -np.inf).argmax(axis=1)
    starts = np.flatnonzero(closed != plan["out"])

    ents: list[tuple[int, int, str]] = []
    pos = 0  # first token not yet decoded
    for s in starts.tolist():
        if s < pos:
            continue
        kind, j = plan["move_of"][int(closed[s])]
        if kind == "U":
            ents.append((s, s + 1, labels[j]))
            pos = s + 1
            continue
        end = _close(plans, Fs, s, j, cannot_continue)
        ents.append((s, end + 1, labels[j]))
        pos = end + 1
    return ents


def _close(plans, Fs, s: int, j: int, cannot_continue) -> int:
    """The token where the entity opened at ``s`` with label ``j`` takes its L- move."""
    i_col, l_col = plans[0]["cols"]["I"][j], plans[0]["cols"]["L"][j]
    n = len(Fs[0])
    lo, width = s + 1, _WINDOW
    while True:
        hi = min(n, lo + width)
        ks = np.arange(lo, hi)
        sc = None
        for p, F in zip(plans, Fs):
            x = _scores(p, ((F[ks, 0] + F[s, 1]) + F[ks - 1, 2]) + p["bias"], [i_col, l_col])
            sc = x if sc is None else sc + x
        # L- when I- is not allowed here or scores lower (a tie goes to the lower move index)
        wins = sc[:, 1] >= sc[:, 0] if l_col < i_col else sc[:, 1] > sc[:, 0]
        last = cannot_continue[lo:hi] | wins
        hit = np.flatnonzero(last)
        if len(hit):
            return lo + int(hit[0])
        lo, width = hi, width * 4
