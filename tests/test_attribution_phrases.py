"""PhraseSet lookups that decide where the cue scan tries its matchers."""
from cronaca.attribution.core import PhraseSet


def test_can_start_at_needs_the_phrase_or_its_continuation():
    ps = PhraseSet(sorted(["pointedout", "said", "accordingto", "dichiarato"], key=len, reverse=True))
    assert ps.can_start_at("said", "that")           # a one-token phrase
    assert ps.can_start_at("pointed", "out")         # the next token continues it
    assert ps.can_start_at("according", "to")
    assert not ps.can_start_at("pointed", "at")      # a prefix, but the next token leaves the phrase
    assert not ps.can_start_at("di", "fronte")       # "di" begins "dichiarato", not at a token boundary
    assert not ps.can_start_at("", "said")
    # every token where the old prefix test was false stays false
    for first, nxt in [("x", "y"), ("sa", "id"), ("s", "aid")]:
        assert ps.can_start_at(first, nxt) <= ps.can_start(first)
