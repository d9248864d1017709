"""Boilerplate: bios, bylines, reporter credits, photo credits and share lines are found; news text is not."""
from __future__ import annotations

from cronaca.clean import find_boilerplate, is_author_bio
from cronaca.schema import Article


def run(text: str, lang: str):
    art = Article(id="t", source="t", text=text, language=lang)
    return art, find_boilerplate(art)


def kinds(found):
    return [(b.kind, b.text) for b in found]


def test_english_boilerplate_kinds_and_reporters():
    text = ("WASHINGTON (Example) – The Senate passed the bill on Friday, aides said.\n\n"
            "By contrast, the House is expected to vote next week.\n\n"
            "By Stella Kim and Mark Lee\n"
            "Stella Kim reported from Seoul, and Mark Lee from Hong Kong.\n"
            "Organizer. Pop culture enthusiast. Zombie scholar. Web guru.\n"
            "Share this article\n"
            "(Photo: Jane Doe/Getty Images)")
    art, found = run(text, "en")
    got = kinds(found)
    assert ("byline", "By Stella Kim and Mark Lee") in got
    assert ("credit", "Stella Kim reported from Seoul, and Mark Lee from Hong Kong.") in got
    assert ("author_bio", "Organizer. Pop culture enthusiast. Zombie scholar. Web guru.") in got
    assert ("share", "Share this article") in got
    assert ("credit", "(Photo: Jane Doe/Getty Images)") in got
    assert not any("By contrast" in t for _, t in got), "a news sentence starting with 'By' is not a byline"
    assert art.reporters == ["Stella Kim", "Mark Lee"]
    assert art.dateline == "Washington"
    for b in found:
        assert text[b.start:b.end] == b.text


def test_italian_boilerplate_kinds_and_reporters():
    text = ("ROMA, 19 giugno – Il governo ha approvato il decreto.\n\n"
            "Di fronte alle proteste, il ministro ha detto che non si dimetterà.\n\n"
            "di Mario Rossi\n"
            "Lucia Bianchi ha riferito da Seul e Marco Verdi da Tokyo.\n"
            "Leggi anche: la crisi coreana\n"
            "Riproduzione riservata")
    art, found = run(text, "it")
    got = kinds(found)
    assert ("byline", "di Mario Rossi") in got
    assert ("credit", "Lucia Bianchi ha riferito da Seul e Marco Verdi da Tokyo.") in got
    assert ("share", "Leggi anche: la crisi coreana") in got
    assert not any("Di fronte" in t for _, t in got)
    assert art.reporters == ["Mario Rossi", "Lucia Bianchi", "Marco Verdi"]
    assert art.dateline == "Roma"


def test_author_bio_shape():
    assert is_author_bio("Giornalista. Viaggiatrice. Lettrice instancabile. Amante del jazz.")
    assert not is_author_bio("Il governo ha firmato. Poi ha detto no. Infine se ne è andato via da Roma oggi.")
    assert not is_author_bio("Putin arrived. Kim waited.")  # two fragments only
    assert not is_author_bio("Talks ended in 2024. Sanctions. More sanctions.")  # digits: news, not a bio
