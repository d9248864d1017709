"""Shared test helpers.

Tests that read ../shared/data skip with a clear reason when it is absent (a fresh user machine),
except when CRONACA_REQUIRE_SHARED=1 (CI), where its absence is a failure.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = Path(os.environ.get("CRONACA_SHARED_DATA", REPO.parent / "shared" / "data"))
EXAMPLES = REPO / "examples"
TEST_DATA = REPO / "tests" / "data"


def shared_path(*parts: str) -> Path:
    """Path under ../shared/data; skip (or fail in CI) when it is missing."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        reason = f"shared data not found: {path} (tests that read ../shared/data need it beside the checkout)"
        if os.environ.get("CRONACA_REQUIRE_SHARED") == "1":
            pytest.fail(reason + "; CRONACA_REQUIRE_SHARED=1 makes this a failure")
        pytest.skip(reason)
    return path


requires_shared = pytest.mark.shared


@pytest.fixture
def shared_data() -> Path:
    return shared_path()


def resolve_actor(lang: str, text: str, context: str, date: str):
    """The actor the resolver finds for the mention ``text`` inside its sentence ``context`` (as ``cronaca eval
    actors`` reads a gold line); the mention must be found."""
    from cronaca.eval.actors import _resolve

    e = _resolve({"text": text, "context": context, "date": date, "lang": lang})
    assert e is not None, text
    return e
