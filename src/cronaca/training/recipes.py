"""Which shared data each language trains and evaluates on (paths relative to ../shared/data), with licences."""
from __future__ import annotations

UD_IT_TRAIN = [
    "ud/it_partut/it_partut-ud-train.conllu",
    "ud/it_partut/it_partut-ud-dev.conllu",
    "ud/it_partut/it_partut-ud-test.conllu",
    "ud/it_twittiro/it_twittiro-ud-train.conllu",
    "ud/it_twittiro/it_twittiro-ud-dev.conllu",
    "ud/it_twittiro/it_twittiro-ud-test.conllu",
    "ud/it_markit/it_markit-ud-train.conllu",
    "ud/it_markit/it_markit-ud-dev.conllu",
    "ud/it_markit/it_markit-ud-test.conllu",
    "ud/it_vit/it_vit-ud-dev.conllu",
    "ud/it_vit/it_vit-ud-test.conllu",
    "ud/it_postwita/it_postwita-ud-dev.conllu",
    "ud/it_postwita/it_postwita-ud-test.conllu",
]

RECIPES = {
    "it": {
        "parse_config": "parse_it.cfg",
        "ner_config": "ner_it.cfg",
        "ud_train": UD_IT_TRAIN,
        "ud_dev": ["ud/it_isdt/it_isdt-ud-dev.conllu"],
        "ud_test": "ud/it_isdt/it_isdt-ud-test.conllu",
        # (format, path, fraction of documents kept)
        "ner_train": [
            ("kind", "ner/kind/dataset/wikinews_train.tsv", (0.0, 0.9)),
            ("kind", "ner/kind/dataset/fiction_train.tsv", None),
            ("kind", "ner/kind/dataset/moro_train.tsv", None),
            ("kind", "ner/kind/dataset/degasperi_train.tsv", None),
            ("conll", "ner/wikineural_it/val.conllu", None),
        ],
        "ner_dev": [("kind", "ner/kind/dataset/wikinews_train.tsv", (0.9, 1.0))],
        "ner_test": ("kind", "ner/kind/dataset/wikinews_test.tsv"),
        "ner_labels": ["PER", "ORG", "LOC"],
        "raw": "raw/it_dice_crime_news.jsonl",
        "licences": {
            "UD_Italian-ParTUT": "CC BY-NC-SA 4.0",
            "UD_Italian-TWITTIRO": "CC BY-SA 4.0",
            "UD_Italian-MarkIT": "CC BY 4.0",
            "UD_Italian-VIT (dev+test)": "CC BY-NC-SA 3.0",
            "UD_Italian-PoSTWITA (dev+test)": "CC BY-NC-SA 4.0",
            "UD_Italian-ISDT (dev, early stopping only)": "CC BY-NC-SA 3.0",
            "KIND (wikinews, fiction, moro train)": "CC BY-NC 4.0",
            "KIND (degasperi train)": "CC BY-NC-SA 4.0",
            "WikiNEuRal Italian (validation split, silver)": "CC BY-NC-SA 4.0",
            "DICE Italian Crime News (raw text, word vectors)": "CC BY-NC-SA 4.0",
        },
    },
    "en": {
        "parse_config": "parse_en.cfg",
        "ner_config": "ner_en.cfg",
        "ud_train": ["ud/en_ewt/en_ewt-ud-train.conllu"],
        "ud_dev": ["ud/en_ewt/en_ewt-ud-dev.conllu"],
        "ud_test": "ud/en_ewt/en_ewt-ud-test.conllu",
        "ner_train": [
            ("conll", "ner/conll2003_en/train.conllu", None),
            ("conll", "ner/wikineural_en/val.conllu", None),
        ],
        "ner_dev": [("conll", "ner/conll2003_en/val.conllu", None)],
        "ner_test": ("conll", "ner/conll2003_en/test.conllu"),
        "ner_labels": ["PER", "ORG", "LOC", "MISC"],
        "raw": None,
        "raw_dirs": ["attribution/polnear/train/text"],
        "raw_conll": ["ner/wikineural_en/val.conllu"],
        "licences": {
            "UD_English-EWT": "CC BY-SA 4.0",
            "CoNLL-2003 English (Reuters)": "research use",
            "PolNeAR train texts (unlabelled, word vectors)": "none stated (research corpus)",
            "WikiNEuRal English validation split (silver NER training data; word vectors)": "CC BY-NC-SA 4.0",
        },
    },
}
