"""The whole dateline of a wire story: "ABUJA, Nigeria, April 14, 2025 (Wire) -".

``eventwire.nlp.dateline`` knows the capitalised place ("ABUJA"); a full dateline also carries a
country or region and the filing date before its dash, and none of its words is an actor: the
parser may make "Nigeria" of "ABUJA, Nigeria, ... - Gunmen abducted ..." the subject of the lead.
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.nlp.dateline import NOT_PLACES

# A place in capitals opening a line, up to three comma-separated parts (country or region,
# month and day, year), maybe an agency in brackets, then a dash.
_FULL = re.compile(
    r"(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:,[ ]*[^,\n()—–-]{1,30}){0,3}[ ]*"
    r"(?:\([^()\n]{1,40}\)[ ]*)?(?:—|–|--|-)\s"
)


def dateline_end(text: str, line_start: int) -> int | None:
    """Where the dateline opening the line at ``line_start`` ends (its dash), or None."""
    m = _FULL.match(text, line_start, line_start + 160)
    if m is None or m.group("place").split()[0] in NOT_PLACES or len(m.group("place")) < 2:
        return None
    return m.end()


def in_dateline(token: Any) -> bool:
    """Whether ``token`` lies in a dateline that opens its line (place, country, date, agency)."""
    text = token.doc.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    if token.idx - line_start >= 100:
        return False
    end = dateline_end(text, line_start)
    return end is not None and token.idx < end
