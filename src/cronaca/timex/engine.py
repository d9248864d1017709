"""The language-agnostic time-expression engine: tokenise, match the grammar's patterns, normalise.

Everything that is a word of some language comes from ``lang/<code>/timex.json`` (see
:mod:`cronaca.timex.lexicon`); this module knows only calendars: how to turn "a weekday, relative to a
publication date" or "N units before the publication date" into a TIMEX3 value.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..schema import Timex
from .lexicon import Grammar, Pattern, fold, load_grammar

_TOKEN = re.compile(
    r"(?<![^\W\d_])['\u2019]\d\d(?:[^\W\d_]{1,2})?(?![\w])"  # '90, '90s (not l'11)
    r"|\d+(?:[.:]\d\d)?(?:[^\W\d_]+|[°º])?"  # 1998, 15:30, 1990s, 1st, 1°
    r"|[^\W\d_]+"  # words
    r"|['\u2019]"  # apostrophes
    r"|[^\w\s]",  # any other symbol
    re.UNICODE,
)
_SENT_END = re.compile(r"[.!?;]\s+(?=[\"'«“]?[A-ZÀ-Ý0-9])|\n\s*\n")


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    key: str  # folded


def tokenize(text: str, grammar: Grammar) -> list[Tok]:
    raw = [Tok(m.start(), m.end(), w, _fold(w)) for m in _TOKEN.finditer(text) for w in (m.group(),)]
    # tokens join only with an apostrophe or a dot after them: the rest is copied as it is, in slices
    joins = [k for k, t in enumerate(raw) if t.key in _JOINERS]
    if not joins:
        return raw
    out: list[Tok] = []
    i = 0
    for j in joins:
        if j - 1 < i:
            continue  # already taken by a join
        out.extend(raw[i:j - 1])
        i = _join_at(raw, j - 1, text, grammar, out)
    out.extend(raw[i:])
    return out


_JOINERS = frozenset({"'", "."})


def _join_at(raw: list[Tok], i: int, text: str, grammar: Grammar, out: list[Tok]) -> int:
    """Token i, followed by an apostrophe or a dot, appended to ``out`` elided or abbreviated where it is;
    returns the index of the next token to read."""
    t, nxt = raw[i], raw[i + 1]
    # elision: l'estate -> "l'" + "estate" (apostrophe attaches left), Tuesday's -> "Tuesday" + "'s"
    if nxt.key == "'" and nxt.start == t.end and t.key[:1].isalpha():
        after = raw[i + 2] if i + 2 < len(raw) else None
        if grammar.apostrophe == "left":
            out.append(Tok(t.start, nxt.end, text[t.start:nxt.end], t.key + "'"))
            return i + 2
        if after is not None and after.start == nxt.end and after.key[:1].isalpha():
            out.append(t)
            out.append(Tok(nxt.start, after.end, text[nxt.start:after.end], "'" + after.key))
            return i + 3
    # abbreviations with a dot: "Sept." "Jan."
    if nxt.key == "." and nxt.start == t.end and (t.key + ".") in grammar.abbreviations:
        out.append(Tok(t.start, nxt.end, text[t.start:nxt.end], t.key + "."))
        return i + 2
    out.append(t)
    return i + 1


_FOLDED: dict[str, str] = {}


def _fold(word: str) -> str:
    """``fold`` with a bounded memo (the same few thousand words recur in every article)."""
    key = _FOLDED.get(word)
    if key is None:
        if len(_FOLDED) > 100_000:
            _FOLDED.clear()
        key = _FOLDED[word] = fold(word)
    return key


# ---------------------------------------------------------------- class matchers
def _int(s: str) -> int | None:
    return int(s) if s.isdigit() else None


def _lookup(cname: str, toks: list[Tok], i: int, g: Grammar) -> list[tuple[int, object]]:
    """Matches of a word class at token i: [(next index, value)]."""
    out: list[tuple[int, object]] = []
    table = g.classes.get(cname)
    t = toks[i]
    if table is not None and t.key in table:
        if not (t.key in g.case_sensitive and not t.text[:1].isupper()):
            out.append((i + 1, table[t.key]))
    multi = g.multiword_index.get((cname, t.key))
    if multi:
        n = len(toks)
        for words, value in multi:
            m = len(words)
            # the second word first: most candidates fail there ("di" + anything)
            if m > 1 and (i + m > n or toks[i + 1].key != words[1]):
                continue
            if m <= 2 or all(toks[i + k].key == words[k] for k in range(2, m)):
                out.append((i + m, value))
    return out


def _number(toks, i, g) -> list[tuple[int, object]]:
    out = _lookup("NUM", toks, i, g)
    t = toks[i]
    n = _int(t.key)
    if n is not None and len(t.key) <= 4:
        out.append((i + 1, n))
    units = g.units
    for tens, tv in g.classes.get("TENS", {}).items():
        if t.key.startswith(tens) and t.key[len(tens):] in units:
            out.append((i + 1, tv + units[t.key[len(tens):]]))
        if t.key == tens:
            j = i + 1
            if j < len(toks) and toks[j].key == "-":
                j += 1
            if j < len(toks) and toks[j].key in units:
                out.append((j + 1, tv + units[toks[j].key]))
            out.append((i + 1, tv))
    return out


def _ordinal_digits(key: str, g: Grammar) -> int | None:
    m = re.fullmatch(r"(\d{1,2})(\D+)", key)
    if m and m.group(2) in g.ordinal_suffixes:
        return int(m.group(1))
    return None


def _day(toks, i, g):
    out = _lookup("DAY", toks, i, g)
    key = toks[i].key
    n = _int(key) if len(key) <= 2 else None
    if n is None:
        n = _ordinal_digits(key, g)
    if n is not None and 1 <= n <= 31:
        out.append((i + 1, n))
    return out


def _ordinal(toks, i, g):
    out = _lookup("ORD", toks, i, g)
    n = _ordinal_digits(toks[i].key, g)
    if n is not None:
        out.append((i + 1, n))
    return out


def _year(toks, i, g):
    out = _lookup("YEAR", toks, i, g)
    key = toks[i].key
    if len(key) == 4 and key.isdigit() and g.year_range[0] <= int(key) <= g.year_range[1]:
        out.append((i + 1, int(key)))
    return out


def _decade(toks, i, g):
    out = _lookup("DECADE", toks, i, g)
    key = toks[i].key.lstrip("'")
    m = re.fullmatch(r"(\d{2}|\d{4})(s)?", key)
    if m:
        n = int(m.group(1))
        if (n % 10 == 0) and (len(m.group(1)) == 2 or g.year_range[0] <= n <= g.year_range[1]):
            bare_ok = g.decade_bare_digits and len(m.group(1)) == 2
            if m.group(2) or toks[i].key.startswith("'") or bare_ok:
                out.append((i + 1, n))
    return out


def _hour(toks, i, g):
    key = toks[i].key
    m = re.fullmatch(r"(\d{1,2})(?:[.:](\d\d))?", key)
    if m and int(m.group(1)) <= 24 and (m.group(2) is None or int(m.group(2)) < 60):
        return [(i + 1, (int(m.group(1)), int(m.group(2) or 0)))]
    return []


def _month_number(toks, i, g):
    key = toks[i].key
    if key.isdigit() and len(key) <= 2 and 1 <= int(key) <= 12:
        return [(i + 1, int(key))]
    return []


_SPECIAL = {"MONTHNUM": _month_number, "NUM": _number, "DAY": _day, "ORD": _ordinal, "YEAR": _year, "DECADE": _decade, "HOUR": _hour}


def _match_class(cname, toks, i, g):
    if i >= len(toks):
        return []
    fn = _SPECIAL.get(cname)
    return fn(toks, i, g) if fn else _lookup(cname, toks, i, g)


def _match(p: Pattern, toks: list[Tok], i: int, g: Grammar, memo: dict | None = None):
    """All complete matches of pattern p starting at token i: [(end index, captures)].

    ``memo`` caches word-class matches per (class, token) across the patterns tried on one text."""
    results = []
    if memo is None:
        memo = {}

    def rec(k: int, j: int, caps: dict):
        if k == len(p.elements):
            results.append((j, dict(caps)))
            return
        el = p.elements[k]
        if el.optional:
            rec(k + 1, j, caps)
        if j >= len(toks):
            return
        if el.kind == "lit":
            if toks[j].key in el.value:
                rec(k + 1, j + 1, caps)
            return
        key = (el.value, j)
        matches = memo.get(key)
        if matches is None:
            matches = memo[key] = _match_class(el.value, toks, j, g)
        for nj, value in matches:
            c2 = caps
            if el.name:
                c2 = dict(caps)
                c2[el.name] = (value, j, nj)
            rec(k + 1, nj, c2)

    rec(0, i, {})
    return results


# ---------------------------------------------------------------- calendar helpers
def _parse_dct(published: str | None) -> date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _valid(y, m, d) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_UNIT_PRECISION = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "season", "DE": "decade", "CE": "century"}


@dataclass
class Ctx:
    text: str
    dct: date | None
    grammar: Grammar
    toks: list[Tok]

    def tense(self, tok_i: int, tok_end: int | None = None) -> int:
        """+1 when the clause around token tok_i speaks of the future, -1 of the past, 0 unknown.

        The nearest tense cue (the grammar's future_cue / past_cue regexes) in the sentence decides;
        the time expression itself is masked out.
        """
        g = self.grammar
        start = self.toks[tok_i].start
        end = self.toks[(tok_end or tok_i + 1) - 1].end
        left = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start), start - 150)
        right_cands = [x for x in (self.text.find(".", end), self.text.find("\n", end)) if x != -1]
        right = min(right_cands + [end + 150, len(self.text)])
        left = max(left + 1, 0)
        window = self.text[left:start] + " " * (end - start) + self.text[end:right]
        best = None
        for sign, rx in ((1, g.future_cue), (-1, g.past_cue)):
            if rx is None:
                continue
            for m in rx.finditer(window):
                a, b = m.start() + left, m.end() + left
                dist = start - b if b <= start else a - end
                if best is None or dist < best[0]:
                    best = (dist, sign)
                elif dist == best[0] and sign != best[1]:
                    best = (dist, 0)
        return best[1] if best else 0


def _cap(c, name, default=None):
    return c[name][0] if name in c else default


# Builders: captures -> list of (token start, token end, value, precision, type) or None.
TENSE_REACH_DAYS = 200


def _closest_year(dct: date, month: int, day: int | None, tense: int) -> int:
    """The year that puts (month, day) nearest the publication date; a tense cue moves it to the
    tense's side when a candidate there lies within TENSE_REACH_DAYS."""
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = day or 15
        if not _valid(y, month, d):
            d = 28
        delta = (date(y, month, d) - dct).days
        if day is None and y == dct.year and month == dct.month:
            delta = 0
        cands.append((y, delta))
    if tense:
        sided = [c for c in cands if (c[1] >= -15 if tense > 0 else c[1] <= 15) and abs(c[1]) <= TENSE_REACH_DAYS]
        if sided:
            cands = sided
    return min(cands, key=lambda c: abs(c[1]))[0]


def b_date(c, ctx, span, p):
    day, month = _cap(c, "d"), _cap(c, "m")
    year, rel = _cap(c, "y"), _cap(c, "r")
    if year is None:
        if ctx.dct is None:
            return [(*span, None, "day", "DATE")]
        tense = ctx.tense(span[0], span[1]) if rel is None else (1 if rel > 0 else -1 if rel < 0 else 0)
        year = _closest_year(ctx.dct, month, day, tense)
    if not _valid(year, month, day):
        return None
    return [(*span, f"{year}-{month:02d}-{day:02d}", "day", "DATE")]


def b_month(c, ctx, span, p):
    month, year, rel = _cap(c, "m"), _cap(c, "y"), _cap(c, "r")
    if year is None:
        if ctx.dct is None:
            return [(*span, None, "month", "DATE")]
        if rel is None or rel == 0:
            tense = ctx.tense(span[0], span[1]) if rel is None else 0
            year = _closest_year(ctx.dct, month, None, tense) if rel is None else ctx.dct.year
        elif rel < 0:
            year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
        else:
            year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    return [(*span, f"{year}-{month:02d}", "month", "DATE")]


def b_year(c, ctx, span, p):
    return [(*span, f"{_cap(c, 'y'):04d}", "year", "DATE")]


def b_weekday(c, ctx, span, p):
    wd, rel, part = _cap(c, "w"), _cap(c, "r"), _cap(c, "p")
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return [(*span, None, "time" if part else "day", typ)]
    today = ctx.dct.weekday()
    if rel is None:
        rel = 0
        tense = ctx.tense(span[0], span[1])
        if tense > 0:
            rel = 2  # future: the coming one, today included
    if rel < 0:  # "lunedì scorso": strictly before today
        delta = -((today - wd) % 7 or 7)
    elif rel == 1:  # "martedì prossimo": strictly after today
        delta = (wd - today) % 7 or 7
    elif rel == 2:
        delta = (wd - today) % 7
    else:  # journalistic default: the most recent one, today included
        delta = -((today - wd) % 7)
    d = ctx.dct + timedelta(days=delta)
    value = d.isoformat() + (f"T{part}" if part else "")
    return [(*span, value, "time" if part else "day", typ)]


def b_dayword(c, ctx, span, p):
    off, part = _cap(c, "o", 0), _cap(c, "p")
    if isinstance(off, list):  # e.g. "stamattina": [0, "MO"]
        off, part = off[0], off[1]
    typ = "TIME" if part else "DATE"
    if ctx.dct is None:
        return [(*span, None, "time" if part else "day", typ)]
    d = ctx.dct + timedelta(days=int(off))
    return [(*span, d.isoformat() + (f"T{part}" if part else ""), "time" if part else "day", typ)]


def b_ref(c, ctx, span, p):
    return [(*span, _cap(c, "ref", p.params.get("value")), "ref", "DATE")]


def b_duration(c, ctx, span, p):
    n, unit = _cap(c, "n", p.params.get("n", 1)), _cap(c, "u")
    if unit is None:
        return None
    if n == "X" or not isinstance(n, int):
        n_s = "X"
    else:
        n_s = str(n)
    if unit in ("H", "MIN", "S"):
        value = f"PT{n_s}{'M' if unit == 'MIN' else unit}"
    elif unit == "DE":
        value = f"P{n * 10}Y" if n_s != "X" else "PXDE"
    elif unit == "CE":
        value = f"P{n * 100}Y" if n_s != "X" else "PXCE"
    else:
        value = f"P{n_s}{unit}"
    return [(*span, value, "duration", "DURATION")]


def _shift(dct: date, n: int, unit: str):
    if unit == "Y":
        return f"{dct.year + n:04d}", "year"
    if unit == "M":
        y, m = _add_months(dct.year, dct.month, n)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "W":
        return _week(dct + timedelta(weeks=n)), "week"
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat(), "day"
    if unit == "Q":
        q = (dct.month - 1) // 3
        k = dct.year * 4 + q + n
        return f"{k // 4}-Q{k % 4 + 1}", "season"
    if unit == "DE":
        return f"{(dct.year // 10 + n):03d}", "decade"
    if unit == "CE":
        return f"{(dct.year // 100 + n):02d}", "century"
    if unit in ("H", "MIN"):
        return dct.isoformat(), "day"
    return None, None


def b_ago(c, ctx, span, p):
    n, unit = _cap(c, "n", p.params.get("n", 1)), _cap(c, "u")
    direction = p.params.get("dir", -1)
    if not isinstance(n, int):
        return [(*span, "PAST_REF" if direction < 0 else "FUTURE_REF", "ref", "DATE")]
    if ctx.dct is None:
        return [(*span, None, _UNIT_PRECISION.get(unit, "day"), "DATE")]
    value, prec = _shift(ctx.dct, direction * n, unit)
    if value is None:
        return None
    return [(*span, value, prec, "DATE")]


def b_rel_unit(c, ctx, span, p):
    unit, rel = _cap(c, "u"), _cap(c, "r", p.params.get("rel", 0))
    if ctx.dct is None:
        return [(*span, None, _UNIT_PRECISION.get(unit, "day"), "DATE")]
    value, prec = _shift(ctx.dct, int(rel), unit)
    if value is None:
        return None
    return [(*span, value, prec, "DATE")]


def b_season(c, ctx, span, p):
    s, rel, year = _cap(c, "s"), _cap(c, "r"), _cap(c, "y")
    if year is None:
        if ctx.dct is None:
            return [(*span, None, "season", "DATE")]
        dm, y = ctx.dct.month, ctx.dct.year
        start = _SEASON_START[s]
        # the season instance containing the date, and its label year
        cur_label = y - 1 if (s == "WI" and dm < 3) else y
        in_season = (dm - start) % 12 < 3
        if rel is None or rel == 0:
            year = cur_label if s != "WI" or in_season or dm >= 3 else cur_label
        elif rel < 0:
            if s == "WI":
                year = y - 1 if dm >= 3 else y - 2
            else:
                year = y if dm >= start + 3 else y - 1
        else:
            if s == "WI":
                year = y if dm < 12 else y + 1
            else:
                year = y if dm < start else y + 1
    return [(*span, f"{year}-{s}", "season", "DATE")]


def b_decade(c, ctx, span, p):
    d = _cap(c, "dec")
    if d >= 100:
        return [(*span, f"{d // 10:03d}", "decade", "DATE")]
    ref = ctx.dct.year if ctx.dct else date.today().year
    full = (ref // 100) * 100 + d
    if full > ref + 5:
        full -= 100
    return [(*span, f"{full // 10:03d}", "decade", "DATE")]


def b_century(c, ctx, span, p):
    n = _cap(c, "n")
    if not isinstance(n, int):
        return None
    return [(*span, f"{n - 1:02d}", "century", "DATE")]


def b_quarter(c, ctx, span, p):
    q, year = _cap(c, "q"), _cap(c, "y")
    if not isinstance(q, int) or not 1 <= q <= 4:
        return None
    if year is None:
        if ctx.dct is None:
            return [(*span, None, "season", "DATE")]
        cur = (ctx.dct.month - 1) // 3 + 1
        year = ctx.dct.year if q <= cur else ctx.dct.year - 1
    return [(*span, f"{year}-Q{q}", "season", "DATE")]


def b_day_range(c, ctx, span, p):
    """'dal 3 al 5 marzo': two dates, the first borrowing month and year from the second."""
    d1v, d1s, d1e = c["d1"]
    d2v, d2s, _ = c["d2"]
    c2 = dict(c)
    c2["d"] = c["d2"]
    second = b_date(c2, ctx, (d2s, span[1]), p)
    if not second:
        return None
    v2 = second[0][2]
    if v2 is None or v2.startswith("X"):
        first_v = None
    else:
        y, m = int(v2[:4]), int(v2[5:7])
        first_v = f"{y}-{m:02d}-{d1v:02d}" if _valid(y, m, d1v) else None
    return [(d1s, d1e, first_v, "day", "DATE")] + second


def b_time(c, ctx, span, p):
    h, mi = _cap(c, "h")
    part = _cap(c, "p")
    if part == "PM" and h < 12:
        h += 12
    if ctx.dct is None:
        return [(*span, None, "time", "TIME")]
    return [(*span, f"{ctx.dct.isoformat()}T{h:02d}:{mi:02d}", "time", "TIME")]


def b_todaypart(c, ctx, span, p):
    part = _cap(c, "p", p.params.get("part"))
    off = p.params.get("offset", 0)
    if ctx.dct is None:
        return [(*span, None, "time", "TIME")]
    d = ctx.dct + timedelta(days=off)
    return [(*span, f"{d.isoformat()}T{part}", "time", "TIME")]


def b_set(c, ctx, span, p):
    unit = _cap(c, "u")
    return [(*span, f"P1{unit}" if unit not in ("H", "MIN") else f"PT1{'M' if unit == 'MIN' else 'H'}", "duration", "SET")]


BUILDERS = {
    "date": b_date, "month": b_month, "year": b_year, "weekday": b_weekday, "dayword": b_dayword,
    "ref": b_ref, "duration": b_duration, "ago": b_ago, "rel_unit": b_rel_unit, "season": b_season,
    "decade": b_decade, "century": b_century, "quarter": b_quarter, "day_range": b_day_range,
    "time": b_time, "todaypart": b_todaypart, "set": b_set,
}


_FIRST_KEYS: dict = {}
_SPECIAL_STARTS: dict = {}


def _first_of(elements, g: Grammar) -> tuple[frozenset, bool] | None:
    """What a match of ``elements`` can start with: (token keys, whether a number-like token may too), or
    None when any token may (an unknown class, or every element optional)."""
    keys: set = set()
    special = False
    for el in elements:
        if el.kind == "lit":
            keys |= el.value
        elif el.value in _SPECIAL:
            special = True
            keys |= set(g.classes.get(el.value, ()))
        elif el.value not in g.classes:
            return None  # unknown class: no constraint
        else:
            keys |= set(g.classes[el.value])
            keys |= {first for (cname, first) in g.multiword_index if cname == el.value}
        if not el.optional:
            return (frozenset(keys), special)
    return None


def _first_keys(p: Pattern, g: Grammar) -> tuple[frozenset, bool] | None:
    cache_key = (g.lang, id(p))
    if cache_key not in _FIRST_KEYS:
        _FIRST_KEYS[cache_key] = _first_of(p.elements, g)
    return _FIRST_KEYS[cache_key]


_STEPS: dict = {}


def _steps(p: Pattern, g: Grammar) -> list:
    """(element, what can follow it) for each element that can take a match's first token: the leading
    optional ones and the first required one."""
    cache_key = (g.lang, id(p))
    steps = _STEPS.get(cache_key)
    if steps is None:
        steps = []
        for k, el in enumerate(p.elements):
            steps.append((el, _first_of(p.elements[k + 1:], g)))
            if not el.optional:
                break
        _STEPS[cache_key] = steps
    return steps


def _follow(p: Pattern, key: str, g: Grammar):
    """What must follow a first token ``key`` for ``p`` to match from it: (keys, number-like allowed), None
    when anything may follow, or False when ``p`` cannot start with ``key`` at all.

    Whichever leading element takes the first token as a single token, the next token must be able to
    start the rest of the pattern. Saves trying a dozen patterns at every "the", "di" or "un"."""
    keys: set = set()
    special = False
    possible = False
    for el, follow in _steps(p, g):
        if el.kind == "lit":
            if key not in el.value:
                continue
        elif el.value not in g.classes and el.value not in _SPECIAL:
            return None  # an unknown class takes anything
        elif el.value == "NUM" and key in g.classes.get("TENS", ()):
            return None  # "twenty" may start a number of several tokens
        elif (el.value, key) in g.multiword_index:
            # the element may take several tokens ("the end of"): then the next token is an entry's second word
            possible = True
            keys |= {words[1] for words, _ in g.multiword_index[(el.value, key)]}
            if el.value not in _SPECIAL and key not in g.classes[el.value]:
                continue  # it cannot take this token alone
        elif el.value not in _SPECIAL and key not in g.classes[el.value]:
            continue
        if follow is None:
            return None  # nothing needs to follow
        possible = True
        keys |= follow[0]
        special = special or follow[1]
    return (frozenset(keys), special) if possible else False


def _number_like(key: str, g: Grammar) -> bool:
    """Can this token start a number, day, year, hour or ordinal ("24", "ventiquattro", "primo", "'90")?"""
    cached = _SPECIAL_STARTS.get((g.lang, key))
    if cached is None:
        words = _SPECIAL_STARTS.get((g.lang, None))
        if words is None:
            # only the words the number-like classes can start with ("di" or "the" are not number-like)
            numeric = set(_SPECIAL) | {"TENS"}
            words = set()
            for cname, table in g.classes.items():
                if cname in numeric:
                    words |= set(table)
            words |= {first for (cname, first) in g.multiword_index if cname in numeric}
            tens = tuple(g.classes.get("TENS", {}))
            _SPECIAL_STARTS[(g.lang, None)] = words = (frozenset(words), tens)
        vocab, tens = words
        cached = any(ch.isdigit() for ch in key) or key in vocab or (bool(tens) and key.startswith(tens))
        if len(_SPECIAL_STARTS) < 200_000:
            _SPECIAL_STARTS[(g.lang, key)] = cached
    return cached


_DISPATCH: dict = {}


def _patterns_for(key: str, g: Grammar) -> list[tuple[int, Pattern]]:
    """(order, pattern) pairs that can start at a token with this key, in grammar order."""
    table = _DISPATCH.get(g.lang)
    if table is None:
        by_key: dict[str, list[tuple[int, Pattern]]] = {}
        numeric, free = [], []
        for order, p in enumerate(g.patterns):
            first = _first_keys(p, g)
            if first is None:
                free.append((order, p))
                continue
            for k in first[0]:
                by_key.setdefault(k, []).append((order, p))
            if first[1]:
                numeric.append((order, p))
        table = _DISPATCH[g.lang] = (by_key, numeric, free, {})
    by_key, numeric, free, cache = table
    found = cache.get(key)
    if found is None:
        merged = {order: p for order, p in by_key.get(key, ())}
        merged.update(free)
        if _number_like(key, g):
            merged.update(numeric)
        found = sorted(merged.items())
        if len(cache) < 200_000:
            cache[key] = found
    return found


_STARTS: dict = {}


def _patterns_at(key: str, g: Grammar) -> list:
    """(order, pattern, what must follow) for the patterns that can start at a token ``key``."""
    found = _STARTS.get((g.lang, key))
    if found is None:
        found = []
        for order, p in _patterns_for(key, g):
            follow = _follow(p, key, g)
            if follow is not False:
                found.append((order, p, follow))
        if len(_STARTS) < 200_000:
            _STARTS[(g.lang, key)] = found
    return found


def run(text: str, published: str | None, lang: str) -> list[Timex]:
    g = load_grammar(lang)
    toks = tokenize(text, g)
    ctx = Ctx(text, _parse_dct(published), g, toks)
    out: list[Timex] = []
    memo: dict = {}
    i = 0
    n = len(toks)
    while i < n:
        best = None  # (end, -pattern order, pattern, captures)
        prev = toks[i - 1].key if i > 0 else ""
        key_i = toks[i].key
        nxt = toks[i + 1].key if i + 1 < n else None
        for order, p, follow in _patterns_at(key_i, g):
            if follow is not None and (nxt is None or (nxt not in follow[0] and not (
                    follow[1] and _number_like(nxt, g)))):
                continue
            if p.after is not None and prev not in p.after:
                continue
            if p.not_after is not None and prev in p.not_after:
                continue
            for end, caps in _match(p, toks, i, g, memo):
                if end == i:
                    continue
                if p.not_before is not None and end < n and toks[end].key in p.not_before:
                    continue
                if best is None or end > best[0]:
                    best = (end, order, p, caps)
        if best is None:
            i += 1
            continue
        end, _, p, caps = best
        for k, v in p.params.items():
            caps.setdefault(k, (v, None, None))
        results = BUILDERS[p.builder](caps, ctx, (i, end), p)
        if not results:
            i += 1
            continue
        for ts, te, value, prec, typ in results:
            s, e = toks[ts].start, toks[te - 1].end
            out.append(Timex(start=s, end=e, text=text[s:e], value=value, precision=prec, type=p.type or typ))
        i = end
    return out


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans for text without a parse."""
    bounds, start = [], 0
    for m in _SENT_END.finditer(text):
        bounds.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds
