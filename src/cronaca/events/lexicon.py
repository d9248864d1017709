"""Loading the per-language event lexicon (``lang/<code>/events*.json``) and modality data.

Everything language-specific is data; this module only knows the file format:

* ``events.json``: ``triggers`` (lemma sequences with PLOVER category, mode, context, CAMEO code and
  constraints) plus the function-word lists the argument finder needs;
* ``events_*.json`` (optional extra trigger files, e.g. ``events_petrarch.json`` built by
  ``training/events_petrarch.py``): more ``triggers``, at lower priority;
* ``events_morph.json``: a surface-form fallback (suffix rules, irregular forms) used when the
  pipeline has no lemmatizer;
* ``modality.json``: negation, denial, future, hypothetical and allegation markers.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from ..lang import LANG_DIR


def _alts(word: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in word.split("|") if w.strip())


def _split_sequence(lemma: str) -> list[frozenset[str]]:
    """'porre|mettere veto' -> [{porre, mettere}, {veto}]; alternatives may themselves hold spaces
    only when written as separate entries, so a plain split on spaces is enough."""
    return [_alts(part) for part in lemma.split()]


@dataclass
class Entry:
    words: list[frozenset[str]]
    event: str
    cameo: str | None = None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    pos: str | None = None
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    window: int = 7
    window_before: bool = False
    gap: int = 3
    swap: bool = False
    reciprocal: bool = False
    loc_recipient: bool = False
    future: bool = False
    head: int = 0
    priority: int = 0  # 0 = hand-written lexicon, 1 = generated seed lexicon
    negated: tuple | None = None  # (category, cameo[, mode]) when the trigger is negated ("will not accept")
    joint: tuple | None = None  # (category, cameo[, mode]) when two or more actors do it together
    needs_object: bool = False  # a transitive sense only: an object, a passive or a participle modifier
    intransitive: bool = False  # an intransitive sense only: with a direct object the verb means something else

    @property
    def specificity(self) -> tuple:
        return (-self.priority, len(self.words) + (1 if self.with_ else 0), 1 if self.pos == "V" else 0)

    @classmethod
    def from_dict(cls, d: dict, priority: int = 0) -> "Entry":
        return cls(
            words=_split_sequence(d["lemma"]),
            event=d["event"],
            cameo=d.get("cameo"),
            mode=d.get("mode") or None,
            context=list(d.get("context") or []),
            pos=d.get("pos"),
            with_=frozenset(w.lower() for w in d.get("with", [])),
            without=frozenset(w.lower() for w in d.get("without", [])),
            window=int(d.get("window", 7)),
            window_before=bool(d.get("window_before", False)),
            gap=int(d.get("gap", 3)),
            swap=bool(d.get("swap", False)),
            reciprocal=bool(d.get("reciprocal", False)),
            loc_recipient=bool(d.get("loc_recipient", False)),
            future=bool(d.get("future", False)),
            head=int(d.get("head", 0)),
            priority=priority,
            negated=tuple(d["negated"]) if d.get("negated") else None,
            joint=tuple(d["joint"]) if d.get("joint") else None,
            needs_object=bool(d.get("needs_object", False)),
            intransitive=bool(d.get("intransitive", False)),
        )


@dataclass
class Lexicon:
    lang: str
    entries: list[Entry]
    index: dict[str, list[Entry]]
    settings: dict
    modality: dict
    morph: dict
    lemma_vocab: frozenset[str]
    # (text, lemma) -> candidates; bounded in candidates() so memory stays flat on long runs
    _candidates_cache: dict = field(default_factory=dict, repr=False, compare=False)
    _ids_cache: dict = field(default_factory=dict, repr=False, compare=False)
    _words_cache: dict = field(default_factory=dict, repr=False, compare=False)  # settings key -> word set

    def words(self, key: str) -> frozenset[str]:
        found = self._words_cache.get(key)
        if found is None:
            found = self._words_cache[key] = frozenset(str(w).lower() for w in self.settings.get(key, []))
        return found

    def mod(self, key: str) -> frozenset[str]:
        found = self._words_cache.get(("modality", key))
        if found is None:
            found = self._words_cache[("modality", key)] = frozenset(str(w).lower() for w in self.modality.get(key, []))
        return found

    def candidates(self, text: str, lemma: str | None) -> frozenset[str]:
        """Possible lemmas of a token: its own lemma, its lower-cased form, and the fallback rules."""
        cache = self._candidates_cache
        key = (text, lemma)
        found = cache.get(key)
        if found is None:
            if len(cache) > 200_000:
                cache.clear()
            found = cache[key] = self._candidates(text, lemma)
        return found

    @property
    def ids_cache(self) -> dict:
        """(orth id, lemma id) -> candidates, as filled by ``candidates_by_id`` (read inline by hot loops)."""
        return self._ids_cache

    def candidates_by_id(self, orth: int, lemma: int, strings) -> frozenset[str]:
        """``candidates`` keyed by the pipeline's string ids (no string lookups for the tokens seen before)."""
        cache = self._ids_cache
        found = cache.get((orth, lemma))
        if found is None:
            if len(cache) > 200_000:
                cache.clear()
            found = cache[(orth, lemma)] = self.candidates(strings[orth], strings[lemma] if lemma else None)
        return found

    def _suffix_index(self) -> list[tuple[int, dict[str, list[str]]]]:
        """The suffix rules by suffix length, then suffix: a word is looked up once per length, not per rule."""
        found = self._words_cache.get(("suffix_index",))
        if found is None:
            by_size: dict[int, dict[str, list[str]]] = {}
            for suffix, ending in self.morph.get("suffix_rules", []):
                by_size.setdefault(len(suffix), {}).setdefault(suffix, []).append(ending)
            found = self._words_cache[("suffix_index",)] = sorted(by_size.items())
        return found

    def _candidates(self, text: str, lemma: str | None) -> frozenset[str]:
        low = text.lower()
        out = {low}
        if lemma:
            out.add(lemma.lower())
        irregular = self.morph.get("irregular", {})
        if low in irregular:
            out.add(irregular[low])
        for size, by_suffix in self._suffix_index():
            endings = by_suffix.get(low[-size:]) if len(low) - size >= 2 else None
            if endings:
                out.update(low[: len(low) - size] + ending for ending in endings)
        refl = self.morph.get("reflexive")
        if refl:
            clitic = refl.get("clitic", "")
            for cand in list(out):
                for end in refl.get("verb_endings", []):
                    if cand.endswith(end):
                        out.add(cand[:-1] + clitic)
        return frozenset(c for c in out if c in self.lemma_vocab or c == low or c == (lemma or "").lower())


def _read(lang: str, name: str):
    path = LANG_DIR / lang / name
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def _seed_filter(rule: dict, triggers: list[dict], hand: list[dict]) -> list[dict]:
    """The triggers of a generated seed file that pass its ``filter`` rule:

    * ``skip_lexicon``: drop a seed verb that the hand-written lexicon already lists as the first word
      of any entry (the hand entry, with its constraints, decides; an unconstrained seed copy would
      fire where the hand entry deliberately does not);
    * ``single_category``: drop a verb the source dictionary files under more than one category;
    * ``exclude``: verbs whose everyday sense is not an event ("aim", "dominate"); the hand lexicon's
      ``seed_exclude`` is added to it;
    * ``min_consistency``: drop a verb whose source block's patterns mostly code something else
      (share of the block's patterns in the verb's own category below the threshold); verbs of
      blocks without patterns are kept.
    """
    if not rule:
        return list(triggers)
    first_words: set[str] = set()
    if rule.get("skip_lexicon"):
        for d in hand:
            first_words |= set(_split_sequence(d["lemma"])[0])
    min_cons = rule.get("min_consistency")
    exclude = {w.lower() for w in rule.get("exclude", [])}
    out = []
    for d in triggers:
        words = _split_sequence(d["lemma"])
        if words[0] & exclude:
            continue
        if rule.get("skip_lexicon") and words[0] & first_words:
            continue
        if rule.get("single_category") and len(set(d.get("categories") or [d["event"]])) > 1:
            continue
        cons = d.get("consistency")
        if min_cons is not None and cons is not None and cons < float(min_cons):
            continue
        out.append(d)
    return out


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon | None:
    """The event lexicon for ``lang``; None when the language has no ``events.json``."""
    main = _read(lang, "events.json")
    if main is None:
        return None
    entries = [Entry.from_dict(d, 0) for d in main.get("triggers", [])]
    for path in sorted((LANG_DIR / lang).glob("events_*.json")):
        if path.name in ("events_morph.json",):
            continue
        extra = _read(lang, path.name) or {}
        if extra.get("enabled", True):
            prio = int(extra.get("priority", 1))
            rule = dict(extra.get("filter") or {})
            if main.get("seed_exclude"):  # kept in the hand lexicon: survives regenerating the seed file
                rule["exclude"] = list(rule.get("exclude", [])) + list(main["seed_exclude"])
            kept = _seed_filter(rule, extra.get("triggers", []), main.get("triggers", []))
            entries.extend(Entry.from_dict(d, prio) for d in kept)
    index: dict[str, list[Entry]] = {}
    vocab: set[str] = set()
    for e in entries:
        for alt in e.words[0]:
            index.setdefault(alt, []).append(e)
        for w in e.words:
            vocab.update(w)
        vocab.update(e.with_)
        vocab.update(e.without)
    modality = _read(lang, "modality.json") or {}
    for key in ("future_aux", "hypothetical", "denial"):
        vocab.update(w.lower() for w in modality.get(key, []))
    vocab.update(w.lower() for w in main.get("passive_aux", []))
    morph = _read(lang, "events_morph.json") or {}
    return Lexicon(lang, entries, index, main, modality, morph, frozenset(vocab))
