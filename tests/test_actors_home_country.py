"""Titles and groups in a text that names no country: an Italian article speaks of Italy (English has no such
default), and "the new prime minister" is whoever took that office last."""
import pytest

pytest.importorskip("spacy")

from cronaca.eval.actors import _resolve  # noqa: E402


def code_of(text: str, context: str, lang: str, date: str = "2024-03-12") -> str | None:
    ent = _resolve({"text": text, "context": context, "lang": lang, "date": date})
    return ent.code if ent is not None else None


@pytest.mark.parametrize("text, context", [
    ("pubblici ministeri", "Tre pubblici ministeri hanno chiesto l'archiviazione dell'inchiesta."),
    ("camorra", "Secondo gli inquirenti la camorra gestiva i rifiuti del quartiere."),
])
def test_italian_unlocated_actor_is_italian(text, context):
    assert code_of(text, context, "it") == "ITA"


def test_a_named_country_still_wins_in_italian():
    assert code_of("I manifestanti", "I manifestanti hanno bloccato le strade di Tbilisi.", "it") == "GEO"


def test_english_has_no_home_country():
    assert code_of("prosecutors", "Three prosecutors asked the court to drop the case.", "en") is None


def test_the_capitol_is_the_us_congress():
    assert code_of("Protesters", "Protesters gathered outside the Capitol on Sunday.", "en") == "USA"


@pytest.mark.parametrize("text, context, lang, date, want", [
    ("The new prime minister", "The new prime minister named his cabinet on Friday.", "en", "2024-07-06", "GBR"),
    ("Il nuovo presidente", "Il nuovo presidente ha firmato i primi decreti.", "it", "2025-01-21", "USA"),
])
def test_a_new_office_holder_is_whoever_took_the_office_last(text, context, lang, date, want):
    assert code_of(text, context, lang, date) == want


def test_without_new_a_title_stays_unresolved_in_english():
    assert code_of("The prime minister", "The prime minister named his cabinet on Friday.", "en", "2024-07-06") is None


def test_a_place_gives_its_country_to_state_bodies_not_to_attackers():
    ctx = "Police arrested two men after gunmen attacked a checkpoint near Peshawar."
    assert code_of("Police", ctx, "en") == "PAK"
    assert code_of("gunmen", ctx, "en") is None


@pytest.mark.parametrize("text, context, lang, want", [
    ("reporters", "Scholz told reporters in Berlin that the coalition would hold.", "en", "DEU"),
    ("giornalisti", "Pedro Sánchez ha detto ai giornalisti che il governo non cadrà.", "it", "ESP"),
])
def test_journalists_addressed_by_a_leader_are_its_press(text, context, lang, want):
    assert code_of(text, context, lang, "2023-05-10") == want


def test_an_english_compound_of_a_person_and_an_agent_noun_is_the_group():
    ent = _resolve({"text": "Lula supporters", "context": "Lula supporters gathered in São Paulo on Sunday.",
                    "lang": "en", "date": "2022-10-30"})
    assert ent is not None and ent.code == "BRA" and ent.sector == "CVL" and ent.id is None
