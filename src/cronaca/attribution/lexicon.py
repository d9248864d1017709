"""The attribution lexicon of one language, read from ``lang/<code>/attribution.json``.

Everything language-specific (cue verbs and their inflected forms, prepositional cues such as
"according to" / "secondo", channel frames, anonymous-source nouns, quote-mark pairs, number words,
modality markers) is data; this module only expands and indexes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import load_json

STANCES = ("neutral", "allegation", "denial", "promise", "warning", "announcement", "belief")


@lru_cache(maxsize=65536)
def compact(text: str) -> str:
    """Lower-case, unify apostrophes, drop spaces: the key used to match phrases against token runs."""
    return _SPACES.sub("", text.lower().replace("\u2019", "'"))


_SPACES = re.compile(r"\s+")


@dataclass
class Cue:
    lemma: str
    stance: str
    needs_clause: bool = False
    object_is_channel: bool = False
    prepositional: bool = False
    source_is_channel: bool = False  # "secondo quanto riportato da Reuters": the source is also the channel
    channel_then_source: bool = False  # "secondo quanto apprende X da Y": X is the channel, Y the source
    impersonal: bool = False  # "si legge nella nota del ministero": no subject; the document's author speaks
    addressee: bool = False  # "ha chiesto alla Cina di ...": the a-complement before the clause is the addressee
    characterisation: bool = False  # "ha parlato di una riforma pericolosa": a noun-phrase object only as a judgement


@dataclass
class Lexicon:
    lang: str
    data: dict
    cues: dict[str, Cue] = field(default_factory=dict)  # compact form -> Cue
    prep_cues: dict[str, Cue] = field(default_factory=dict)
    max_cue_tokens: int = 4

    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def words(self, key: str) -> frozenset[str]:
        found = self._memo.get(("words", key))
        if found is None:
            found = self._memo[("words", key)] = frozenset(compact(w) for w in self.data.get(key, []))
        return found

    def phrases(self, key: str) -> tuple[str, ...]:
        """Compact phrases, longest first."""
        found = self._memo.get(("phrases", key))
        if found is None:
            found = self._memo[("phrases", key)] = tuple(sorted({compact(w) for w in self.data.get(key, [])},
                                                                key=len, reverse=True))
        return found

    @property
    def cue_words(self) -> frozenset[str]:
        """The cue forms that are one word (lower-cased): what ``tagger.cue_relations`` looks up."""
        found = self._memo.get("cue_words")
        if found is None:
            classes = self.data.get("classes", {})
            found = self._memo["cue_words"] = frozenset(
                f.lower().replace("\u2019", "'") for lemma, entry in self.data.get("cues", {}).items()
                for f in _expand(entry, classes) + [lemma] if len(f.split()) == 1)
        return found

    @property
    def quote_pairs(self) -> list[tuple[str, str]]:
        return [tuple(p) for p in self.data.get("quote_pairs", [])]


def _expand(entry: dict, classes: dict) -> list[str]:
    forms = list(entry.get("forms", []))
    if "stem" in entry:
        forms += [entry["stem"] + suf for suf in classes[entry["class"]]]
    return forms


@lru_cache(maxsize=None)
def get_lexicon(lang: str) -> Lexicon:
    try:
        data = load_json(lang, "attribution.json")
    except FileNotFoundError:
        data = load_json("en", "attribution.json")
    lex = Lexicon(lang=lang, data=data)
    classes = data.get("classes", {})
    for lemma, entry in data.get("cues", {}).items():
        cue = Cue(lemma, entry.get("stance", "neutral"), bool(entry.get("needs_clause")),
                  bool(entry.get("object_is_channel")), impersonal=bool(entry.get("impersonal")),
                  addressee=bool(entry.get("addressee")),
                  characterisation=bool(entry.get("characterisation")))
        for form in _expand(entry, classes) + [lemma]:
            lex.cues.setdefault(compact(form), cue)
            lex.max_cue_tokens = max(lex.max_cue_tokens, len(form.split()) + 1)
    for entry in data.get("prepositional_cues", []):
        for form in entry["forms"]:
            lex.prep_cues[compact(form)] = Cue(form, entry.get("stance", "neutral"), prepositional=True,
                                               source_is_channel=bool(entry.get("source_is_channel")),
                                               channel_then_source=bool(entry.get("channel_then_source")))
    return lex


def cue_stance(cue_text: str | None, lang: str) -> str:
    """Stance of a cue as written ("ha negato", "denied", "secondo"): neutral when unknown."""
    if not cue_text:
        return "neutral"
    lex = get_lexicon(lang)
    key = compact(cue_text)
    if key in lex.cues:
        return lex.cues[key].stance
    if key in lex.prep_cues:
        return lex.prep_cues[key].stance
    words = cue_text.lower().replace("\u2019", "'").split()
    # longest sub-sequence that is a known cue form ("ha poi smentito" -> "smentito")
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            k = "".join(words[i:i + n])
            if k in lex.cues:
                return lex.cues[k].stance
    return "neutral"
