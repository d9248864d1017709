"""cronaca.timex: detection, normalisation against the publication date, event_date, scorer."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.analysis import Analysis
from cronaca.schema import Article
from cronaca.timex import event_date, find_timexes

from .conftest import TEST_DATA, shared_path

PUB = "2024-06-19"  # a Wednesday


def values(text, lang="it", published=PUB):
    return {t.text: t.value for t in find_timexes(text, published, lang)}


def test_weekdays_the_way_journalists_mean_them():
    v = values("Mercoledì il governo ha votato; martedì era saltato l'accordo. Lunedì scorso c'era stato un vertice.")
    assert v["Mercoledì"] == "2024-06-19"
    assert v["martedì"] == "2024-06-18"
    assert v["Lunedì scorso"] == "2024-06-17"
    assert values("Il vertice si terrà martedì prossimo.")["martedì prossimo"] == "2024-06-25"
    assert values("Il ministro ripartirà giovedì per Tokyo.")["giovedì"] == "2024-06-20"


def test_years_ago_and_durations_are_not_confused():
    ts = find_timexes("È la prima visita in 24 anni: l'ultima fu nel 2000, 24 anni fa.", PUB, "it")
    got = [(t.text, t.value, t.type) for t in ts]
    assert ("24 anni", "P24Y", "DURATION") in got
    assert ("2000", "2000", "DATE") in got
    assert ("24 anni fa", "2000", "DATE") in got
    assert not any(t.value == "2048" for t in ts)


@pytest.mark.parametrize("text,expr,value", [
    ("L'anno scorso il Pil è calato.", "L'anno scorso", "2023"),
    ("L'estate scorsa si erano incontrati.", "L'estate scorsa", "2023-SU"),
    ("All'inizio di quest'anno aveva lanciato tre missili.", "inizio di quest'anno", "2024"),
    ("Negli anni '90 la carestia fu terribile.", "anni '90", "199"),
    ("Negli anni Novanta la carestia fu terribile.", "anni Novanta", "199"),
    ("Ieri ha parlato, domani si vota.", "domani", "2024-06-20"),
    ("Stamattina la polizia è intervenuta.", "Stamattina", "2024-06-19TMO"),
    ("Ora il governo rischia.", "Ora", "PRESENT_REF"),
    ("Ventiquattro anni fa cadde il regime.", "Ventiquattro anni fa", "2000"),
    ("Il 12 aprile scorso ci fu l'attacco.", "12 aprile scorso", "2024-04-12"),
    ("Il prezzo è salito il mese scorso.", "il mese scorso", "2024-05"),
])
def test_italian_expressions(text, expr, value):
    assert values(text)[expr] == value


def test_italian_range_shares_month():
    v = values("La conferenza si terrà dal 3 al 5 marzo a Roma.")
    assert v == {"3": "2025-03-03", "5 marzo": "2025-03-05"} or v == {"3": "2024-03-03", "5 marzo": "2024-03-05"}
    assert values("La conferenza si svolgerà dal 3 al 5 luglio.") == {"3": "2024-07-03", "5 luglio": "2024-07-05"}


def test_un_ora_is_a_duration_not_now():
    v = values("Il colloquio è durato un'ora.")
    assert v == {"un'ora": "PT1H"}


@pytest.mark.parametrize("text,expr,value", [
    ("Officials met on Tuesday.", "Tuesday", "2024-06-18"),
    ("Tuesday's summit ended early.", "Tuesday", "2024-06-18"),
    ("Prices rose last month.", "last month", "2024-05"),
    ("The plant closed two years ago.", "two years ago", "2022"),
    ("Famine struck in the 1990s.", "the 1990s", "199"),
    ("The talks will resume on Friday.", "Friday", "2024-06-21"),
    ("He is currently in Seoul.", "currently", "PRESENT_REF"),
    ("The deal was signed on March 3, 2021.", "March 3, 2021", "2021-03-03"),
])
def test_english_expressions(text, expr, value):
    assert values(text, "en")[expr] == value


def test_without_publication_date_relative_values_are_none_but_found():
    ts = find_timexes("Martedì il vertice; nel 1953 l'armistizio.", None, "it")
    got = {t.text: t.value for t in ts}
    assert got == {"Martedì": None, "1953": "1953"}


def test_offsets_point_into_text():
    text = "Il governo, che lunedì scorso aveva esitato, ha firmato ieri."
    for t in find_timexes(text, PUB, "it"):
        assert text[t.start:t.end] == t.text


def _analysis(text, published=PUB, lang="it"):
    a = Analysis(article=Article(id="t", source="test", text=text, published=published, language=lang))
    a.timexes = find_timexes(text, published, lang)
    return a


def test_event_date_uses_the_sentence_expression_and_flags_history():
    text = "Nel 2000 Putin visitò Pyongyang. Mercoledì Kim ha accolto Putin all'aeroporto."
    a = _analysis(text)
    s = text.index("visitò")
    assert event_date(a, s, s + len("visitò")) == ("2000", True)
    s = text.index("accolto")
    assert event_date(a, s, s + len("accolto")) == ("2024-06-19", False)


def test_event_date_ignores_durations_and_falls_back_to_publication():
    text = "È la prima visita in 24 anni."
    a = _analysis(text)
    s = text.index("visita")
    assert event_date(a, s, s + 6) == (PUB, False)
    text = "Il governo ha firmato l'accordo."
    assert event_date(_analysis(text), 11, 18) == (PUB, False)
    assert event_date(_analysis(text, published=None), 11, 18) == (None, False)


def test_event_date_prefers_nearest_in_sentence():
    text = "L'anno scorso il paese aveva chiuso il confine, e ieri lo ha riaperto."
    a = _analysis(text)
    s = text.index("riaperto")
    assert event_date(a, s, s + 8) == ("2024-06-18", False)
    s = text.index("chiuso")
    assert event_date(a, s, s + 6) == ("2023", False)


def test_italian_gold_dev_and_test_scores():
    from cronaca.eval.timex import evaluate

    gold = TEST_DATA / "timex_it_gold.jsonl"
    for split in ("dev", "test"):
        s = evaluate(gold, "cronaca-jsonl", "it", split)
        assert s["gold"] >= 90
        assert s["relaxed"]["f1"] >= 0.90, (split, s)
        assert s["value_accuracy"] >= 0.90, (split, s)


def test_gold_file_has_enough_expressions():
    import json

    rows = [json.loads(x) for x in (TEST_DATA / "timex_it_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(len(r["timexes"]) for r in rows) >= 200
    for r in rows:
        for t in r["timexes"]:
            assert r["text"][t["start"]:t["end"]] == t["text"]


def test_timeml_reader_and_scorer_on_a_small_file(tmp_path: Path):
    from cronaca.eval.timex import evaluate

    doc = ('<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-06-19" '
           'functionInDocument="CREATION_TIME">20240619</TIMEX3></DCT>\n<TEXT>Officials met '
           '<TIMEX3 tid="t1" type="DATE" value="2024-06-18">Tuesday</TIMEX3> and will meet again '
           '<TIMEX3 tid="t2" type="DATE" value="2024-07">next month</TIMEX3> &amp; after.</TEXT></TimeML>')
    (tmp_path / "a.tml").write_text(doc, encoding="utf-8")
    s = evaluate(tmp_path, "timeml", "en")
    assert s["gold"] == 2 and s["strict"]["f1"] == 1.0 and s["value_accuracy"] == 1.0


@pytest.mark.shared
def test_tempeval3_timebank_dev_sample():
    from cronaca.eval.timex import evaluate

    tb = shared_path("time", "tempeval3", "TBAQ-cleaned", "TimeBank")
    s = evaluate(tb, "timeml", "en")
    assert s["relaxed"]["f1"] >= 0.85


def test_weekday_after_conditional_future_modal_is_the_coming_one():
    # published Wednesday 2024-06-19: "dovrebbe … giovedì" is the next day, "ha … giovedì" the past one
    from cronaca.timex import find_timexes

    nxt = find_timexes("Il ministro dovrebbe arrivare a Hanoi giovedì.", "2024-06-19", "it")
    assert [t.value for t in nxt] == ["2024-06-20"]
    prev = find_timexes("Il ministro è arrivato a Hanoi giovedì.", "2024-06-19", "it")
    assert [t.value for t in prev] == ["2024-06-13"]
