"""Content and source edges that PolNeAR's house styles showed (studied on held-out PolNeAR train documents of every
publisher): doubled quotation marks of news archives, a report set between commas inside its content, the source
nearest its cue, a closing relative clause, raising verbs, the person told. The tagger's spans are given, so
these tests check the rules, not the model. Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from cronaca.attribution.marks import find_mark_spans
from cronaca.attribution.tagger import group

from .test_attribution_content_edges import _finder, _has_en_parser, _sent_of


def _spans(text: str, *parts: tuple[str, str]) -> list[tuple[int, int, str]]:
    """(label, phrase) pairs -> (start, end, label): each phrase as whole words, after the previous one."""
    out, pos = [], 0
    for lab, sub in parts:
        m = re.compile(r"(?<!\w)" + re.escape(sub) + r"(?!\w)").search(text, pos)
        out.append((m.start(), m.end(), lab))
        pos = m.end()
    return out

PAIRS = [("\u201c", "\u201d"), ('"', '"'), ("\u2018", "\u2019"), ("'", "'")]


def test_doubled_apostrophes_are_one_quotation_mark():
    text = "Police sealed the road.\n\n''We will not reopen it,'' the chief said. He called it ''a crime.''"
    spans = find_mark_spans(text, PAIRS, doubled={"''": '"'})
    inner = [text[s.inner_start:s.inner_end] for s in spans]
    assert inner == ["We will not reopen it,", "a crime."]
    assert [text[s.open:s.close] for s in spans] == ["''We will not reopen it,''", "''a crime.''"]
    # without the doubled marks declared, the same text yields no such quotation
    assert "We will not reopen it," not in [text[s.inner_start:s.inner_end] for s in find_mark_spans(text, PAIRS)]


def test_the_source_nearest_before_its_cue_names_the_speaker():
    text = "Mrs. Lee, analysts said, will not run for a third term."
    spans = _spans(text, ("SOURCE", "Mrs. Lee,"), ("SOURCE", "analysts"), ("CUE", "said"),
                   ("CONTENT", "will not run for a third term"))
    (g,) = group(spans, text, sent_of=_sent_of(text))
    assert text[slice(*g["source"])] == "analysts"


def test_a_source_before_the_cue_wins_over_one_after_it():
    text = "One former aide, speaking on condition of anonymity, said Grant described the fund as a cover."
    spans = _spans(text, ("SOURCE", "One former aide"), ("CUE", "said"), ("SOURCE", "Grant"), ("CUE", "described"),
                   ("CONTENT", "the fund as a cover"))
    got = {text[slice(*g["cue"])]: g["source"] and text[slice(*g["source"])]
           for g in group(spans, text, sent_of=_sent_of(text))}
    assert got["said"] == "One former aide"


def test_an_unquoted_piece_and_a_quotation_are_two_contents():
    text = "The senator criticized the delay, wrote, \u201cThe families have waited long enough.\u201d"
    spans = _spans(text, ("CONTENT", "the delay"), ("CUE", "wrote"),
                   ("CONTENT", "\u201cThe families have waited long enough.\u201d"))
    contents = sorted(text[slice(*g["content"])] for g in group(spans, text, sent_of=_sent_of(text)) if g["content"])
    assert contents == ["the delay", "\u201cThe families have waited long enough.\u201d"]


def _tagged(text: str, *parts):
    from cronaca.attribution.tagger import load_tagger, tagged_found

    nlp = load_tagger("en")
    if nlp is None:
        pytest.skip("no English tagger shipped")
    fd = _finder(text)
    fd.analysis.tagged = _spans(text, *parts)
    return {f.cue: (text[f.start:f.end], text[f.src[0]:f.src[1]] if f.src else None) for f in tagged_found(fd, nlp)}


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_a_report_between_commas_inside_its_content():
    text = "The plan, she said, is to reopen the old mine by the spring."
    got = _tagged(text, ("SOURCE", "she"), ("CUE", "said"), ("CONTENT", "is to reopen the old mine by the spring"))
    assert got["said"] == ("The plan, she said, is to reopen the old mine by the spring", "she")
    # the subject tagged together with the source: the source keeps its part after the comma
    text = "The governor, aides said, would veto the bill if it passed."
    got = _tagged(text, ("SOURCE", "The governor, aides"), ("CUE", "said"), ("CONTENT", "would veto the bill if it passed"))
    assert got["said"] == ("The governor, aides said, would veto the bill if it passed", "aides")


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_no_parenthetical_before_a_quotation_of_its_own_nor_after_a_relative_source():
    text = "Now, he added, \u201cIf the files leak, we will know who did it.\u201d"
    got = _tagged(text, ("SOURCE", "he"), ("CUE", "added"), ("CONTENT", "\u201cIf the files leak, we will know who did it.\u201d"))
    assert got["added"][0].startswith("\u201cIf")
    text = "The union cited the audit, which notes, the pension fund is short of money."
    got = _tagged(text, ("SOURCE", "which"), ("CUE", "notes"), ("CONTENT", "the pension fund is short of money"))
    assert got["notes"][0] == "the pension fund is short of money"


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_a_noun_phrase_content_ends_before_a_closing_relative_clause():
    text = "The senator criticized the new mining law, which parliament passed in 2014."
    got = _tagged(text, ("SOURCE", "The senator"), ("CUE", "criticized"),
                  ("CONTENT", "the new mining law, which parliament passed in 2014"))
    assert got["criticized"][0] == "the new mining law"
    # a reported clause keeps it
    text = "The paper reported that the mayor had resigned, which surprised the council."
    got = _tagged(text, ("SOURCE", "The paper"), ("CUE", "reported"),
                  ("CONTENT", "that the mayor had resigned, which surprised the council"))
    assert got["reported"][0] == "that the mayor had resigned, which surprised the council"


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_the_person_told_is_not_part_of_the_content():
    text = "The driver told police that he had not seen the cyclist."
    got = _tagged(text, ("SOURCE", "The driver"), ("CUE", "told"), ("CONTENT", "police that he had not seen the cyclist"))
    assert got["told"][0] == "that he had not seen the cyclist"
    # an infinitive keeps the one urged (PolNeAR's reading), and a question keeps its wh-word
    text = "The lawyers urged the court to suspend the ruling."
    got = _tagged(text, ("SOURCE", "The lawyers"), ("CUE", "urged"), ("CONTENT", "the court to suspend the ruling"))
    assert got["urged"][0] == "the court to suspend the ruling"


@pytest.mark.skipif(not _has_en_parser(), reason="no English pipeline")
def test_appears_to_raises_like_is_expected_to():
    from cronaca.attribution.core import _raising

    text = "Turnout appears to have fallen in the north."
    fd = _finder(text)
    assert _raising(fd, (text.index("appears"), text.index("appears") + len("appears")))
    text = "The minister appears in the video."
    fd = _finder(text)
    assert not _raising(fd, (text.index("appears"), text.index("appears") + len("appears")))


def test_a_straight_mark_closes_a_typographic_quotation():
    text = ("The mayor spoke first. \u201cWe will appeal the ruling.\" Two councillors agreed.\n\n"
            "\u201cThe bridge stays shut,\u201d said Ana Ruiz. \u201cIt is \"unsafe\" for now.\u201d")
    inner = [text[s.inner_start:s.inner_end] for s in find_mark_spans(text, PAIRS)]
    assert inner == ["We will appeal the ruling.", "The bridge stays shut,", 'It is "unsafe" for now.']
