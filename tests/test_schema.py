"""Records round-trip through JSON and the validator catches contract violations."""
from __future__ import annotations

import json

from cronaca.schema import (Article, ArticleRecord, Attribution, Boilerplate, Entity, Event, Mention, Place, Quote,
                            Timex, Trigger, validate_record)

TEXT = "Putin e Kim hanno firmato mercoledì un patto."


def sample() -> ArticleRecord:
    putin = Entity(text="Putin", name="Vladimir Putin", code="RUS", sector="GOV", id="per:putin")
    kim = Entity(text="Kim", name="Kim Jong Un", code="PRK", sector="GOV", id="per:kim_jong_un")
    ev = Event(id="e1", article_id="a1", event="AGREE", trigger=Trigger("hanno firmato", 12, 25), text=TEXT,
               language="it", date="2024-06-19", actor=[putin, kim], location=Place("Pyongyang", "Pyongyang", "PRK"),
               attribution=Attribution(source=Entity(text="NBC News", code="USA", sector="JRN"), cue="ha detto"),
               factuality="reported", aux=["future"], context=["diplomatic"], cameo="057", confidence=0.8)
    return ArticleRecord(
        article=Article(id="a1", source="x.txt", text=TEXT, published="2024-06-19", language="it"),
        boilerplate=[Boilerplate(0, 5, "other", "Putin")],
        entities=[Mention(0, 5, "Putin", "PER", putin)],
        timexes=[Timex(26, 35, "mercoledì", "2024-06-19", "day", "DATE")],
        quotes=[Quote(0, 10, "Putin e Ki", True, speaker=kim, cue="ha detto", count=None)],
        events=[ev],
    )


def test_round_trip_is_lossless():
    rec = sample()
    data = json.loads(json.dumps(rec.to_dict()))
    assert validate_record(data) == []
    again = ArticleRecord.from_dict(data)
    assert again.to_dict() == rec.to_dict()
    assert again.events[0].actor[1].name == "Kim Jong Un"


def test_validator_reports_problems():
    data = sample().to_dict()
    data["events"][0]["factuality"] = "certain"
    data["entities"][0]["end"] = 999
    del data["article"]["published"]
    problems = validate_record(data)
    assert any("factuality" in p for p in problems)
    assert any("entities[0]: bad span" in p for p in problems)
    assert any("missing key 'published'" in p for p in problems)
