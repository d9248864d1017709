"""Where a tagged content starts and ends: the tagger's spans grouped into quotes (a cue that runs straight
into its own content takes no content before it; an interrupted quotation stays one quote), a cue found
without its content does not swallow the next report, and a complementizer only moves the start of a content
when its clause hangs on the cue. Sentences written for these tests."""
from __future__ import annotations

import pytest

from cronaca.attribution.tagger import group


def _spans(text: str, *parts: tuple[str, str]) -> list[tuple[int, int, str]]:
    """(label, substring) pairs -> (start, end, label), each substring found after the previous one."""
    out, pos = [], 0
    for lab, sub in parts:
        i = text.index(sub, pos)
        out.append((i, i + len(sub), lab))
        pos = i + len(sub)
    return out


def _sent_of(text: str):
    # one sentence per ". " in these test texts
    ends = [i for i in range(len(text)) if text.startswith(". ", i)]
    return lambda c: sum(1 for e in ends if e < c)


def _contents(text, groups):
    return {(text[g["cue"][0]:g["cue"][1]] if g["cue"] else None): text[g["content"][0]:g["content"][1]]
            for g in groups if g["content"]}


def test_a_cue_running_into_its_content_takes_no_content_before_it():
    text = "The mayor announced on Friday that the bridge would reopen, saying it had cost too much."
    spans = _spans(text, ("SOURCE", "The mayor"), ("CUE", "announced"), ("CONTENT", "that the bridge would reopen"),
                   ("CUE", "saying"), ("CONTENT", "it had cost too much"))
    got = _contents(text, group(spans, text, sent_of=_sent_of(text)))
    assert got == {"announced": "that the bridge would reopen", "saying": "it had cost too much"}


def test_a_quotation_before_a_cue_that_opens_a_report_goes_to_the_cue_before():
    text = "She said, \u201cWe start again on Monday,\u201d promising the old team would come back."
    spans = _spans(text, ("SOURCE", "She"), ("CUE", "said"), ("CONTENT", "\u201cWe start again on Monday,\u201d"),
                   ("CUE", "promising"), ("CONTENT", "the old team would come back"))
    got = _contents(text, group(spans, text, sent_of=_sent_of(text)))
    assert got == {"said": "\u201cWe start again on Monday,\u201d", "promising": "the old team would come back"}


def test_an_interrupted_quotation_stays_one_quote():
    # the cue and its source set off by commas: both pieces are one content
    text = "\u201cThe plan is sound,\u201d the engineer said, \u201cbut the money is not there.\u201d"
    spans = _spans(text, ("CONTENT", "\u201cThe plan is sound,\u201d"), ("SOURCE", "the engineer"), ("CUE", "said"),
                   ("CONTENT", "\u201cbut the money is not there.\u201d"))
    groups = group(spans, text, sent_of=_sent_of(text))
    assert len(groups) == 1 and text[slice(*groups[0]["content"])] == text
    # ... and so when the comma after the cue is missing
    text = "\u201cThe plan is sound,\u201d the engineer said \u201cbut the money is not there.\u201d"
    spans = _spans(text, ("CONTENT", "\u201cThe plan is sound,\u201d"), ("SOURCE", "the engineer"), ("CUE", "said"),
                   ("CONTENT", "\u201cbut the money is not there.\u201d"))
    groups = group(spans, text, sent_of=_sent_of(text))
    assert len(groups) == 1 and text[slice(*groups[0]["content"])] == text
    # ... and an unquoted content around an inverted cue too ("A, said X, but B")
    text = "The roads are poor, said the driver, but the views make up for it."
    spans = _spans(text, ("CONTENT", "The roads are poor"), ("CUE", "said"), ("SOURCE", "the driver"),
                   ("CONTENT", "but the views make up for it"))
    groups = group(spans, text, sent_of=_sent_of(text))
    assert len(groups) == 1 and text[slice(*groups[0]["content"])] == text[:-1]


def _finder(text: str):
    from cronaca.analysis import Analysis
    from cronaca.attribution.core import Finder
    from cronaca.ingest.readers import Options, finish
    from cronaca.nlp import load_pipeline

    an = Analysis(article=finish(text, "t", {"language": "en", "published": "2025-03-03"}, Options()))
    an.doc = load_pipeline("en")(an.article.text)
    return Finder(an)


def _has_en_parser() -> bool:
    try:
        from cronaca.nlp import load_pipeline

        return load_pipeline("en").has_pipe("parser")
    except Exception:
        return False


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_a_noun_with_its_own_clause_keeps_its_place_in_the_content():
    from cronaca.attribution.tagger import _start_at_opener

    text = "The council noted the mayor's promise that the library would stay open."
    fd = _finder(text)
    cue = (text.index("noted"), text.index("noted") + len("noted"))
    s, e = text.index("the mayor's"), text.index(" open") + len(" open")
    # "that" opens the clause of "promise", not of "noted": the content starts at the noun phrase
    assert _start_at_opener(fd, s, e, cue) == s
    # an adverbial before the clause of the cue itself is still left out
    text = "The minister said on Tuesday that the talks would resume."
    fd = _finder(text)
    cue = (text.index("said"), text.index("said") + len("said"))
    s, e = text.index("on Tuesday"), len(text) - 1
    assert text[_start_at_opener(fd, s, e, cue):e] == "that the talks would resume"


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_a_cue_without_content_stops_at_the_next_report():
    from cronaca.attribution.tagger import load_tagger, tagged_found

    nlp = load_tagger("en")
    if nlp is None:
        pytest.skip("no English tagger shipped")
    text = ("No group has claimed the attack on the depot, leading investigators to ask whether the guards "
            "had been warned.")
    fd = _finder(text)
    # the tagger's spans are given: a cue without content, then a report of its own
    fd.analysis.tagged = _spans(text, ("SOURCE", "No group"), ("CUE", "has claimed"), ("CUE", "to ask"),
                                ("CONTENT", "whether the guards had been warned"))
    found = tagged_found(fd, nlp)
    contents = sorted(text[f.start:f.end] for f in found)
    assert "whether the guards had been warned" in contents
    claimed = [f for f in found if f.cue == "has claimed"]
    assert claimed and "whether" not in text[claimed[0].start:claimed[0].end]


def test_short_content_without_cue_is_no_quote():
    text = "This is what happened. Nobody in the town had expected the flood."
    kept = group(_spans(text, ("CONTENT", "This")), text)
    assert kept == []
    text2 = "\u201cWe won.\u201d Nobody had expected it."
    assert [g["content"] for g in group(_spans(text2, ("CONTENT", "\u201cWe won.\u201d")), text2)] == [(0, 9)]
    # longer than two words: kept inside a sentence, not at its head, where with no cue it is the narrator's
    text3 = "The mayor remained confident in the new dam and its pumps."
    assert len(group(_spans(text3, ("CONTENT", "the new dam and its pumps")), text3)) == 1
    text4 = "The river rose overnight. Nobody in the town had expected the flood."
    assert group(_spans(text4, ("CONTENT", "Nobody in the town had expected")), text4) == []



@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_content_ends_before_a_dangling_connective():
    from cronaca.attribution.tagger import _cut_dangling_word

    text = "Voters said they did not trust the mayor, even after the audit."
    fd = _finder(text)
    s, e = text.find("they"), text.find(" after")
    assert text[s:_cut_dangling_word(fd, s, e)] == "they did not trust the mayor"
    e2 = text.find(", even")
    assert _cut_dangling_word(fd, s, e2) == e2  # nothing dangling: unchanged


def test_a_piece_ending_in_a_quotation_goes_on_with_the_next_one():
    text = 'The mayor "was wrong about the dam," Ortiz said. "We will fix it ourselves."'
    spans = _spans(text, ("CONTENT", 'The mayor "was wrong about the dam,"'), ("SOURCE", "Ortiz"), ("CUE", "said"),
                   ("CONTENT", '"We will fix it ourselves."'))
    groups = group(spans, text, sent_of=_sent_of(text))
    assert len(groups) == 1 and text[slice(*groups[0]["content"])] == text
    # an unquoted piece before a quotation is still a report of its own
    text2 = 'The mayor was wrong about the dam, Ortiz said. "We will fix it ourselves."'
    spans2 = _spans(text2, ("CONTENT", "The mayor was wrong about the dam"), ("CUE", "said"),
                    ("CONTENT", '"We will fix it ourselves."'))
    assert len(group(spans2, text2, sent_of=_sent_of(text2))) == 2


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_a_quotation_ends_at_its_closing_mark():
    from cronaca.attribution.tagger import _end_at_closing_mark

    text = "\u201cWe never discussed the contract,\u201d a visibly annoyed Ortiz told the council on Monday."
    fd = _finder(text)
    s, e = 0, text.index(" on Monday")
    assert text[s:_end_at_closing_mark(fd, s, e)] == "\u201cWe never discussed the contract,\u201d"
    # a quoted fragment of two words inside a longer content: a mixed quote, unchanged
    text2 = "She called the plan \u201cpure theatre\u201d in front of the whole council."
    fd2 = _finder(text2)
    s2, e2 = text2.index("\u201cpure"), len(text2) - 1
    assert _end_at_closing_mark(fd2, s2, e2) == e2
    # a second quotation inside the content (one report in pieces): unchanged
    text3 = "\u201cThe dam will hold,\u201d Ortiz said. \u201cWe checked it twice.\u201d"
    fd3 = _finder(text3)
    assert _end_at_closing_mark(fd3, 0, len(text3)) == len(text3)


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_the_outlet_told_is_no_part_of_the_content():
    from cronaca.attribution.tagger import _past_addressee

    # the parser reads "the BBC his party" as one noun phrase; the possessive starts the reported clause
    for text, first in (("Moreno told the BBC his party would abstain in the vote.", "his party"),
                        ("The mayor told the AP her office had lost the files.", "her office")):
        fd = _finder(text)
        cue = (text.index("told"), text.index("told") + len("told"))
        s, e = text.index("the ", cue[1]), len(text) - 1
        assert text[_past_addressee(fd, cue, s, e):e].startswith(first)
