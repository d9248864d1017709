"""Direct-quote spans from quotation marks: every pair style the language lists, nested and
unbalanced marks, quotes that run over several paragraphs (a new paragraph re-opening the quote).

Returns only outermost spans; nested quotes stay inside their parent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_APOS = {"'", "\u2019", "\u2018"}
_FILLER = "\u2060"  # stands for the second character of a doubled mark while scanning (neither space nor mark)
_OPEN_BEFORE = set(" \t\n([{\u2014\u2013-:;,/")
_CURLY_CLOSERS = {"\u201d", "\u00bb"}


@dataclass
class MarkSpan:
    open: int        # offset of the opening mark
    close: int       # offset just after the closing mark (or end of the paragraph when unbalanced)
    inner_start: int  # quoted content
    inner_end: int
    balanced: bool = True


def _can_open(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if nxt.isspace() or (ch == '"' and nxt in ",.;:!?)"):
        return False  # a quotation does not start with a space or a comma ('... denaro ", ha spiegato')
    if ch in _APOS or ch == '"':
        return prev in _OPEN_BEFORE or prev in "\u201c\u00ab\""
    return True


def _can_close(text: str, i: int, ch: str) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in _APOS:
        if prev.isalnum() and nxt.isalnum():  # don't, l'agenzia, dell'Onu
            return False
        if prev.isspace():
            return False
        return True
    if ch == '"':
        return not prev.isspace() or nxt.isspace() or nxt in ".,;:!?)"
    return True


def _past_fillers(s: MarkSpan, scan: str) -> MarkSpan:
    """A span found on the undoubled text, its marks widened over their fillers."""
    inner_start, close = s.inner_start, s.close
    while inner_start < len(scan) and scan[inner_start] == _FILLER:
        inner_start += 1
    while close < len(scan) and scan[close] == _FILLER:
        close += 1
    return MarkSpan(s.open, close, inner_start, max(inner_start, s.inner_end), s.balanced)


def _closes_soon(text: str, paragraphs, pi: int, closer: str, ahead: int = 3) -> bool:
    """A quote left open at the end of paragraph pi continues when a closing mark follows within the next
    few paragraphs (newspaper convention: each paragraph of a long quote re-opens it, only the last closes)."""
    for ps, pe in paragraphs[pi + 1:pi + 1 + ahead]:
        if closer in text[ps:pe]:
            return True
    return False


def _undouble(text: str, doubled: dict[str, str]) -> str:
    """The text with each doubled mark (news archives' two apostrophes for a double quotation mark: ''A,''
    she said) written as the single mark it stands for plus a filler: same length, so offsets hold."""
    for pair, mark in doubled.items():
        if pair in text:
            text = text.replace(pair, mark + _FILLER * (len(pair) - 1))
    return text


def find_mark_spans(text: str, pairs: list[tuple[str, str]], continuation: bool = True,
                    dashes: tuple[str, ...] = (), doubled: dict[str, str] | None = None) -> list[MarkSpan]:
    if doubled:
        scan = _undouble(text, doubled)
        if scan != text:
            return [_past_fillers(s, scan) for s in find_mark_spans(scan, pairs, continuation, dashes)]
    openers = {}
    for o, c in pairs:
        openers.setdefault(o, c)
    closers = {c for _, c in pairs}
    spans: list[MarkSpan] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry: tuple[int, str] | None = None  # an outer quote left open at the end of the previous paragraph
    for pi, (ps, pe) in enumerate(paragraphs):
        stack: list[tuple[int, str, str]] = []  # (offset, opener, expected closer)
        if carry is not None:
            first = text[ps:pe].lstrip()
            off = ps + (len(text[ps:pe]) - len(first))
            if first[:1] == carry[1] or carry[1] not in text[ps:pe]:
                # the paragraph re-opens the running quote: keep the original opening offset
                stack.append((carry[0], carry[1], openers[carry[1]]))
                scan_from = off + 1
            else:
                # the quote was never closed: close it at the end of the previous paragraph
                prev_end = paragraphs[pi - 1][1]
                spans.append(MarkSpan(carry[0], prev_end, carry[0] + 1, prev_end, balanced=False))
                scan_from = ps
            carry = None
        else:
            scan_from = ps
        i = scan_from
        while i < pe:
            ch = text[i]
            if stack and ch == stack[-1][2] and _can_close(text, i, ch):
                start, opener, _ = stack.pop()
                if not stack:
                    spans.append(MarkSpan(start, i + 1, start + 1, i))
            elif ch in openers and _can_open(text, i, ch):
                stack.append((i, ch, openers[ch]))
            elif ch in closers and stack and ch != stack[-1][2] and ch not in _APOS:
                # a closer of another style: close the innermost quote that expects it, if any
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][2] == ch:
                        start = stack[k][0]
                        del stack[k:]
                        if not stack:
                            spans.append(MarkSpan(start, i + 1, start + 1, i))
                        break
                else:
                    if ch == '"' and stack[-1][2] in _CURLY_CLOSERS and not text[i - 1].isspace() and \
                            (i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in ",.;:!?)"):
                        # a straight mark closing a typographic one (“We will appeal."): web text mixes them
                        start = stack.pop()[0]
                        if not stack:
                            spans.append(MarkSpan(start, i + 1, start + 1, i))
            i += 1
        # drop unclosed apostrophe-like openers: they are far more often apostrophes than quotes
        while stack and stack[-1][1] in _APOS:
            stack.pop()
        if stack:
            start, opener, _ = stack[0]
            if continuation and pi + 1 < len(paragraphs) and _closes_soon(text, paragraphs, pi, openers[opener]):
                carry = (start, opener)
            else:
                spans.append(MarkSpan(start, pe, start + 1, pe, balanced=False))
    if carry is not None:
        pe = paragraphs[-1][1]
        spans.append(MarkSpan(carry[0], pe, carry[0] + 1, pe, balanced=False))
    # dialogue dashes: a paragraph opening with a dash quotes up to the next dash (or the paragraph end)
    for ps, pe in paragraphs:
        first = text[ps:pe].lstrip()
        off = ps + (len(text[ps:pe]) - len(first))
        if first[:1] in dashes and not any(s.open <= off < s.close for s in spans):
            close = text.find(first[0], off + 1, pe)
            end = close if close > 0 else pe
            inner_s = off + 1
            while inner_s < end and text[inner_s].isspace():
                inner_s += 1
            inner_e = end
            while inner_e > inner_s and text[inner_e - 1].isspace():
                inner_e -= 1
            spans.append(MarkSpan(off, end + 1 if close > 0 else pe, inner_s, inner_e, balanced=close > 0))
    spans.sort(key=lambda s: s.open)
    # outermost only
    out: list[MarkSpan] = []
    for s in spans:
        if out and s.open < out[-1].close:
            continue
        out.append(s)
    return out
