"""Actor cases of the kinds of error gold14/gold15 dev and the knowledge-base helpers found, fixed in the resolver's
code (not its data), on sentences written for these tests (shipped pipeline): a weak organisation alias that opens
with an article ("The Hindu"), the host state of an intergovernmental seat for its police and courts, ..."""
from __future__ import annotations

import pytest

from tests.test_actors_gold8_cases import _resolve  # the same helper: resolve a needle in its sentence

CASES = [
    # 1. a weak alias that opens with an article: judged on the words after it
    ("en", "2023-11-28", "The Hindu reported that the finance minister had resigned.", "The Hindu",
     ("IND", "JRN", "media:the_hindu")),
    ("en", "2023-11-28", "According to The Hindu, the coalition talks failed overnight.", "The Hindu",
     ("IND", "JRN", "media:the_hindu")),
    ("en", "2023-11-28", "The Hindu nationalist party won the state vote.", "The Hindu", None),
    ("en", "2023-11-28", "The Hindu community gathered in the main square.", "The Hindu", None),
    # 2. an intergovernmental seat after a police or court noun: the host state; officials stay the EU's
    ("it", "2016-03-24", "La polizia di Bruxelles ha fermato tre sospetti.", "La polizia di Bruxelles",
     ("BEL", "COP", None)),
    ("it", "2016-03-24", "I magistrati di Bruxelles hanno interrogato il sospetto.", "I magistrati di Bruxelles",
     ("BEL", "JUD", None)),
    ("it", "2019-06-10", "La polizia di Francoforte ha sgomberato il presidio.", "La polizia di Francoforte",
     ("DEU", "COP", None)),
    ("it", "2016-03-24", "I funzionari di Bruxelles hanno bocciato la manovra.", "I funzionari di Bruxelles",
     ("EUR", "GOV", None)),
    ("en", "2016-03-24", "Brussels prosecutors charged three suspects.", "Brussels prosecutors", ("BEL", "JUD", None)),
]


@pytest.mark.parametrize("lang,date,text,needle,expected", CASES)
def test_gold15_code_case(lang, date, text, needle, expected):
    assert _resolve(text, needle, lang, date) == expected
