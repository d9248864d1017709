"""Train the English attribution tagger (SOURCE / CUE / CONTENT spans) on PolNeAR train.

PolNeAR is univocal (every token has at most one role in one attribution), so an attribution annotation is
a tag sequence and a transition-based NER model can learn it. The model is a standalone spaCy pipeline
(tokenizer of ``models/en`` + its own CNN tok2vec + ``ner``) saved to ``src/cronaca/models/attribution/en``;
``cronaca.attribution.tagger`` runs it and groups the spans into quotes.

Data: ``../shared/data/attribution/polnear/train`` only. The last ``--heldout`` documents of train (by sorted
name) select the checkpoint; PolNeAR dev and test are never read here.

    OMP_NUM_THREADS=1 python training/attribution_polnear.py --tensor --cue-relations --width 64 --seed 1 \
        --minutes 40 --out /tmp/crw1/en     (and --seed 2 --out /tmp/crw2/en; the width-96
    --tensor --cue-relations --minutes 38 --out /tmp/cr60/en; and with a bidirectional LSTM after the CNN,
    --tensor --cue-relations --width 64 --lstm 1 --seed 1 --minutes 45 --out /tmp/lstm1/en: the four members of the
    shipped model, joined by training/attribution_ensemble.py /tmp/crw1/en /tmp/crw2/en /tmp/cr60/en /tmp/lstm1/en
    --out src/cronaca/models/attribution/en)

``--heldout 0 --epochs N`` trains N epochs on all of train instead (no checkpoint choice). Tried with N = 17, the best
epoch of the width-96 tagger shipped before: more attributions found, fewer exact, so it was not shipped (see the README).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "attribution" / "polnear" / "train"
OUT = ROOT / "src" / "cronaca" / "models" / "attribution" / "en"
LABELS = ("SOURCE", "CUE", "CONTENT")

TOK2VEC = {
    "@architectures": "spacy.HashEmbedCNN.v2",
    "width": 96,
    "depth": 4,
    "embed_size": 4000,
    "window_size": 1,
    "maxout_pieces": 3,
    "subword_features": True,
    "pretrained_vectors": None,
}


# --syntax: the tagger reads the main pipeline's analysis (POS and dependency labels as extra embedded
# features, and its static vectors), a wider context (depth 6), and is run on a Doc built from the main
# pipeline's tokens (no second tokenisation at run time)
SYNTAX_TOK2VEC = {
    "@architectures": "spacy.Tok2Vec.v2",
    "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 96,
              "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG"],
              "rows": [20000, 5000, 5000, 5000, 1000], "include_static_vectors": True},
    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96, "depth": 6, "window_size": 1,
               "maxout_pieces": 3},
}


# --tensor: like --syntax, but the CNN starts from the main pipeline's own token vectors (doc.tensor, see
# cronaca.attribution.layers) instead of embedding the words again; fewer layers of its own are needed
def tensor_tok2vec(width: int = 96, depth: int = 3, cue_relations: bool = False, lstm: int = 0) -> dict:
    # --cue-relations: a third column, each token's place under the nearest cue word (tagger.cue_relations)
    cfg = {"@architectures": "cronaca.TensorTok2Vec.v1", "width": width, "depth": depth, "tensor_width": 96,
           "attrs": ["NORM", "TAG"] + (["LEMMA"] if cue_relations else []),
           "rows": [5000, 1000] + ([500] if cue_relations else [])}
    if lstm:  # --lstm N: N bidirectional LSTM layers after the CNN
        cfg["lstm_depth"] = lstm
    return cfg


def syntax_tok2vec(width: int = 96, depth: int = 6) -> dict:
    cfg = json.loads(json.dumps(SYNTAX_TOK2VEC))
    cfg["embed"]["width"] = cfg["encode"]["width"] = width
    cfg["encode"]["depth"] = depth
    return cfg


def from_main(vocab, main_doc, ents_spans=None, cue_relations=False):
    """A Doc on the tagger's vocab with the main pipeline's tokens; its TAG is the main pipeline's POS,
    dependency label and head direction ("VERB_ccomp_L"), its tensor the main pipeline's token vectors.
    No heads are set: sentence boundaries would stop the tagger's spans at them, and PolNeAR contents run
    over several sentences."""
    from spacy.tokens import Doc

    tags = [f"{t.pos_}_{t.dep_}_{'L' if t.head.i < t.i else 'R' if t.head.i > t.i else '0'}" for t in main_doc]
    lemmas = None
    if cue_relations:
        from cronaca.attribution.lexicon import get_lexicon
        from cronaca.attribution.tagger import cue_relations as relations

        lemmas = relations(main_doc, get_lexicon("en"))
    doc = Doc(vocab, words=[t.text for t in main_doc], spaces=[bool(t.whitespace_) for t in main_doc], tags=tags,
              lemmas=lemmas)
    doc.tensor = main_doc.tensor.copy()
    return doc


def share_vectors(path: Path) -> None:
    """Drop the copy of the main pipeline's static vectors from the saved tagger: at run time
    ``cronaca.attribution.tagger.load_tagger`` hands it the main pipeline's table (meta: vectors_from)."""
    from spacy.vectors import Vectors

    nlp = spacy.load(path)
    width = nlp.vocab.vectors.shape[1]
    nlp.vocab.vectors = Vectors(shape=(0, width), name=nlp.vocab.vectors.name)
    nlp.meta.setdefault("cronaca", {})["vectors_from"] = "en"
    nlp.to_disk(path)


def load_docs(root: Path) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    texts = sorted((root / "text").glob("*.txt"))
    anns = sorted((root / "attributions").glob("*.ann"))
    out = []
    for tp in texts:
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == tp.stem]
        if not mine:
            continue
        text = tp.read_text(encoding="utf-8")
        spans = []
        for line in mine[0].read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if not line.startswith("T") or len(parts) < 2:
                continue
            typ, _, offs = parts[1].partition(" ")
            if typ.upper() not in LABELS:
                continue
            for piece in offs.split(";"):
                a, b = map(int, piece.split())
                spans.append((a, b, typ.upper()))
        out.append((tp.stem, text, spans))
    return out


def make_doc(nlp, text: str, spans, main=None, cue_relations=False) -> spacy.tokens.Doc:
    doc = from_main(nlp.vocab, main(text), cue_relations=cue_relations) if main is not None else nlp.make_doc(text)
    ents = []
    taken = set()
    for a, b, lab in sorted(spans):
        # trim whitespace at the edges so the span aligns to tokens
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        sp = doc.char_span(a, b, label=lab, alignment_mode="expand")
        if sp is None or any(i in taken for i in range(sp.start, sp.end)):
            continue
        taken.update(range(sp.start, sp.end))
        ents.append(sp)
    doc.ents = sorted(ents, key=lambda s: s.start)
    return doc


def chunks(doc, max_tokens: int = 400):
    """Split a long article at paragraph breaks not inside an annotated span (keeps batches small)."""
    inside = set()
    for e in doc.ents:
        inside.update(range(e.start, e.end + 1))
    start = 0
    for t in doc:
        if t.i - start >= max_tokens // 2 and "\n" in t.text_with_ws and t.i + 1 not in inside and t.i not in inside:
            if t.i + 1 - start >= 5:
                yield doc[start:t.i + 1].as_doc()
                start = t.i + 1
    if start < len(doc):
        yield doc[start:].as_doc()


def heldout_per_source(raw, n: int) -> list:
    """The last ``n`` documents (by name) of each publisher: a held-out set with every house style in it (the
    last documents overall are all of one publisher)."""
    by_source: dict[str, list] = {}
    for d in raw:
        by_source.setdefault(d[0].split("_", 1)[0], []).append(d)
    return [d for docs in by_source.values() for d in docs[-n:]]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=30)
    ap.add_argument("--heldout", type=int, default=60)
    ap.add_argument("--heldout-per-source", type=int, default=None,
                    help="hold out the last N documents of each publisher instead (PolNeAR names start with it)")
    ap.add_argument("--epochs", type=int, default=None,
                    help="train this many epochs (with --heldout 0: on all of train, keeping the last epoch's model)")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--syntax", action="store_true", help="POS/DEP features and vectors from the main pipeline")
    ap.add_argument("--tensor", action="store_true",
                    help="like --syntax, starting from the main pipeline's token vectors (fewer own layers)")
    ap.add_argument("--width", type=int, default=96, help="--syntax: CNN width")
    ap.add_argument("--depth", type=int, default=None, help="--syntax / --tensor: CNN layers (6 / 3)")
    ap.add_argument("--hidden-width", type=int, default=64, help="width of the transition model's hidden layer")
    ap.add_argument("--cue-relations", action="store_true",
                    help="--tensor: also read each token's place under the nearest cue word of the main parse")
    ap.add_argument("--lstm", type=int, default=0, help="--tensor: bidirectional LSTM layers after the CNN")
    ap.add_argument("--extra-state-tokens", action="store_true",
                    help="the transition model also reads the tokens around the open span's start")
    args = ap.parse_args(argv)
    if args.tensor:
        args.syntax = True
        import cronaca.attribution.layers  # noqa: F401  (registers cronaca.TensorTok2Vec.v1)
    from cronaca.attribution.tagger import tok2vec_fingerprint
    spacy.util.fix_random_seed(args.seed)
    random.seed(args.seed)

    nlp = spacy.blank("en")
    nlp.tokenizer.from_disk(ROOT / "src" / "cronaca" / "models" / "en" / "tokenizer")
    nlp.add_pipe("ner", config={"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                                          "extra_state_tokens": args.extra_state_tokens, "hidden_width": args.hidden_width, "maxout_pieces": 2,
                                          "use_upper": True, "nO": None,
                                          "tok2vec": tensor_tok2vec(args.width, args.depth or 3, args.cue_relations, args.lstm) if args.tensor
                                          else syntax_tok2vec(args.width, args.depth or 6) if args.syntax
                                          else TOK2VEC}})
    main = None
    if args.syntax:
        main_nlp = spacy.load(ROOT / "src" / "cronaca" / "models" / "en")
        nlp.vocab.vectors = main_nlp.vocab.vectors

        def main(text, _m=main_nlp):
            return _m(text)
    raw = load_docs(DATA)
    if args.limit:
        raw = raw[:args.limit]
    if args.heldout_per_source:
        held = heldout_per_source(raw, args.heldout_per_source)
        names = {n for n, _, _ in held}
        train = [d for d in raw if d[0] not in names]
        held_how = f"last {args.heldout_per_source} documents of each publisher in PolNeAR train by name"
    elif args.heldout:
        held = raw[-args.heldout:]
        train = raw[:-args.heldout]
        held_how = "last documents of PolNeAR train by name"
    else:  # all of train; the epoch count comes from an earlier run's held-out curve (--epochs)
        if not args.epochs:
            ap.error("--heldout 0 needs --epochs")
        held, train = [], raw
        held_how = "none: all of PolNeAR train, a fixed number of epochs"
    def bare(d):
        if main is None:
            return nlp.make_doc(d.text)
        x = d.copy()
        x.ents = []
        return x

    cr = args.cue_relations
    train_ex = [Example(bare(d), d) for _, t, s in train for d in chunks(make_doc(nlp, t, s, main, cr))]
    held_ex = [Example(bare(d), d) for _, t, s in held for d in [make_doc(nlp, t, s, main, cr)]]
    print(f"train chunks {len(train_ex)} from {len(train)} docs; held-out {len(held_ex)} docs", flush=True)
    opt = nlp.initialize(lambda: train_ex[:200])
    t0 = time.time()
    best = -1.0
    epoch = 0
    history = []
    while time.time() - t0 < args.minutes * 60 and (args.epochs is None or epoch < args.epochs):
        epoch += 1
        random.shuffle(train_ex)
        losses: dict = {}
        for batch in minibatch(train_ex, size=8):
            nlp.update(batch, drop=0.2, sgd=opt, losses=losses)
            if time.time() - t0 > args.minutes * 60:
                break
        if held_ex:
            with nlp.use_params(opt.averages):
                sc = nlp.evaluate(held_ex)
        else:  # nothing to choose by: each epoch replaces the last
            sc = {"ents_f": float(epoch), "ents_per_type": {}}
        per = {k: round(float(v["f"]), 4) for k, v in (sc.get("ents_per_type") or {}).items()}
        f = float(sc.get("ents_f") or 0.0)
        history.append({"epoch": epoch, "minutes": round((time.time() - t0) / 60, 1), "loss": round(float(losses.get("ner", 0)), 1),
                        "ents_f": round(f, 4) if held_ex else None, "per_type": per})
        print(json.dumps(history[-1]), flush=True)
        if f > best:
            best = f
            with nlp.use_params(opt.averages):
                args.out.mkdir(parents=True, exist_ok=True)
                nlp.meta.update({
                    "name": "cronaca_attribution_en", "version": "0.1.0",
                    "description": "PolNeAR-style attribution tagger: SOURCE / CUE / CONTENT spans (univocal). "
                                   "Built by training/attribution_polnear.py.",
                    "sources": [{"name": "PolNeAR v1.0.0 train (Newell, Margolin, Ruths 2018)",
                                 "url": "https://github.com/networkdynamics/PolNeAR",
                                 "license": "PolNeAR: research corpus, no licence stated"}],
                    "license": "PolNeAR: research corpus, no licence stated",
                    "cronaca": {"input": "main_doc" if args.syntax else "text", "tensor": bool(args.tensor), "cue_relations": bool(args.cue_relations),
                                "tensor_from_sha1": tok2vec_fingerprint("en") if args.tensor else None, "train_docs": len(train), "heldout_docs": len(held),
                                "heldout": held_how, "epoch": epoch,
                                "command": "OMP_NUM_THREADS=1 python training/attribution_polnear.py " + " ".join(
                                    sys.argv[1:] if argv is None else argv),
                                "options": {"depth": args.depth, "width": args.width, "hidden_width": args.hidden_width,
                                            "extra_state_tokens": args.extra_state_tokens, "seed": args.seed,
                                            "cue_relations": args.cue_relations, "lstm": args.lstm},
                                "heldout_scores": {"ents_f": round(f, 4), "per_type": per} if held_ex else None,
                                "history": history},
                })
                nlp.to_disk(args.out)
    print(f"best held-out span F1 {best:.4f}" if held_ex else f"trained {epoch} epochs on all of train", flush=True)
    if args.syntax and best >= 0:
        share_vectors(args.out)  # (--tensor reads no static vectors; the empty table costs nothing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
