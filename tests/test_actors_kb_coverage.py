"""The knowledge base knows who led every sovereign state on a given day (issue: heads of state and government of
every country, brought up to date): a dated head of state, head of government or leader for each one, so that
"il presidente ciadiano" or a bare "Mnangagwa" resolves on any date of the last decade."""
from __future__ import annotations

import pytest

from cronaca.actors.kb import knowledge_base

HEAD_OFFICES = {"head_of_state", "head_of_government", "president", "leader", "monarch", "supreme_leader", "pope"}
# the knowledge base's country codes that are no sovereign state with a head of its own
NOT_SOVEREIGN = {"ATA", "HKG"}
# San Marino's two captains regent change every six months (not recorded); juntas whose leader is recorded as
# the armed forces' head (MIL), not as a civilian office
EXPECTED_GAPS = {"SMR", "SDN", "MMR"}


def _sovereign() -> list[str]:
    return sorted(set(knowledge_base().countries) - NOT_SOVEREIGN)


@pytest.mark.parametrize("day", ["2017-06-01", "2019-06-01", "2022-06-01", "2024-06-01"])
def test_every_sovereign_state_has_a_dated_leader(day):
    kb = knowledge_base()
    led = {r.of for p in kb.people.values() for r in p.roles
           if r.sector in ("GOV", "REL") and HEAD_OFFICES & set(r.offices) and r.active(day)}
    missing = [c for c in _sovereign() if c not in led and c not in EXPECTED_GAPS]
    assert not missing, f"no dated head of state or government on {day}: {missing}"


@pytest.mark.parametrize("lang,date,text,needle,want", [
    ("en", "2019-03-01", "Mnangagwa flew to Maputo after the cyclone.", "Mnangagwa", ("ZWE", "GOV")),
    ("it", "2023-10-05", "Il presidente zambiano Hakainde Hichilema ha ricevuto la delegazione.", "Hakainde Hichilema",
     ("ZMB", "GOV")),
    ("en", "2024-02-01", "Moldova's president Maia Sandu called for calm.", "Maia Sandu", ("MDA", "GOV")),
    ("en", "2016-05-01", "Mwai Kibaki attended the ceremony in Nyeri.", "Mwai Kibaki", ("KEN", "ELI")),
])
def test_recent_heads_resolve_by_date(lang, date, text, needle, want):
    from tests.test_actors_gold8_cases import _resolve

    got = _resolve(text, needle, lang, date)
    assert got is not None and got[:2] == want, got
