"""Small count-based word vectors (PPMI + truncated SVD) from unlabelled and training text.

No extra dependency (numpy + scipy, which spaCy already needs). The vectors are keyed on the lower-cased
form (``--attr LOWER``) so one row serves "Roma", "ROMA" and "roma".
"""
from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

log = logging.getLogger(__name__)


def iter_raw_texts(path: Path) -> Iterator[str]:
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield json.loads(line).get("text", "")


def build_vectors(
    lang: str,
    texts: Iterable[str],
    token_lists: Iterable[list[str]],
    out_dir: Path,
    *,
    n_rows: int = 40000,
    dim: int = 100,
    window: int = 2,
    min_count: int = 3,
) -> dict:
    """Write a spaCy vectors pipeline for ``lang`` into ``out_dir`` (for ``[initialize] vectors``)."""
    import spacy
    from scipy import sparse
    from scipy.sparse.linalg import svds

    tok = spacy.blank(lang).tokenizer
    sents: list[list[str]] = []
    for doc in tok.pipe(texts, batch_size=200):
        sents.append([t.lower_ for t in doc if not t.is_space])
    for words in token_lists:
        sents.append([w.lower() for w in words])
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common(n_rows) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    n = len(vocab)
    log.info("vectors: %d sentences, %d tokens, %d rows", len(sents), sum(counts.values()), n)
    pad = [-1] * window
    flat: list[int] = []
    for s_ in sents:
        flat.extend(index.get(w, -1) for w in s_)
        flat.extend(pad)
    ids = np.asarray(flat, dtype=np.int64)
    rows_l, cols_l, vals_l = [], [], []
    for d in range(1, window + 1):
        a, b = ids[:-d], ids[d:]
        m = (a >= 0) & (b >= 0)
        a, b = a[m], b[m]
        w = np.full(a.shape, 1.0 / d, dtype=np.float32)
        rows_l += [a, b]
        cols_l += [b, a]
        vals_l += [w, w]
    C = sparse.coo_matrix(
        (np.concatenate(vals_l), (np.concatenate(rows_l), np.concatenate(cols_l))), shape=(n, n)
    ).tocsr()
    C.sum_duplicates()
    total = C.sum()
    row_sum = np.asarray(C.sum(axis=1)).ravel()
    col_sum = np.asarray(C.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total
    C = C.tocoo()
    pmi = np.log(C.data * total / (row_sum[C.row] * col_sum[C.col] + 1e-12) + 1e-12)
    keep = pmi > 0
    M = sparse.csr_matrix((pmi[keep].astype(np.float32), (C.row[keep], C.col[keep])), shape=(n, n))
    U, S, _ = svds(M, k=dim)
    order = np.argsort(-S)
    vecs = U[:, order] * np.sqrt(S[order])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-8
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    txt = out_dir.with_suffix(".txt")
    with txt.open("w", encoding="utf-8") as fh:
        fh.write(f"{n} {dim}\n")
        for w, v in zip(vocab, vecs):
            if " " in w or not w:
                continue
            fh.write(w + " " + " ".join(f"{x:.4f}" for x in v) + "\n")
    subprocess.run(
        [sys.executable, "-m", "spacy", "init", "vectors", lang, str(txt), str(out_dir), "--attr", "LOWER",
         "--name", f"cronaca_{lang}.vectors"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return {"rows": n, "dim": dim, "tokens": int(sum(counts.values())), "method": "PPMI+SVD, window 2"}
