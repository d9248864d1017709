"""Language identification (py3langid), reporting languages cronaca has no data for as unsupported."""
from __future__ import annotations

from functools import lru_cache

from ..lang import SUPPORTED


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) for the first few thousand characters of ``text``."""
    lang, prob = _identifier().classify(text[:5000])
    return lang, float(prob)


def choose_language(text: str, requested: str | None, declared: str | None) -> tuple[str | None, str | None]:
    """Pick the article language: --lang beats the input's own field beats identification.

    Returns (language, reason_if_skipped).
    """
    if requested and requested != "auto":
        lang = requested
    elif declared:
        lang = declared.lower()[:2]
    else:
        lang, prob = identify(text)
        if lang not in SUPPORTED and (prob < 0.9 or len(text) < 300):
            # Short or mixed text: fall back to the best supported language when it is plausible.
            scores = dict(_identifier().rank(text[:5000]))
            best = max(SUPPORTED, key=lambda code: scores.get(code, 0.0))
            if scores.get(best, 0.0) > 0.05:
                lang = best
    if lang not in SUPPORTED:
        return lang, f"unsupported language {lang!r} (cronaca codes: {', '.join(SUPPORTED)})"
    return lang, None
