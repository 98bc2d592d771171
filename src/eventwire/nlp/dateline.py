"""Wire datelines in a parse: "BRUSSELS (Test Wire) — Beijing on Friday rejected ...".

The small parser often makes the dateline's place the sentence's subject and the real subject
its apposition. A dateline says where the reporter filed from: it is no actor, and the word
after it is the one that acts.
"""

from __future__ import annotations

import re
from typing import Any

# A place in capitals at the start of a line, maybe a region and an agency in brackets, then
# a dash ("MAPUTO —", "BRUSSELS (Test Wire) —", "GOMA, Congo (AP) --").
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z .'-]*?)\s*(?:,\s*[A-Z][\w .'-]{0,30})?\s*(?:\([^()\n]{1,40}\)\s*)?(?:—|–|--|-)\s"
)
# All-caps words that open a line with a dash but are no place: "NATO — the alliance ...".
NOT_PLACES = frozenset("NATO UN EU AU US USA UK IMF WHO OSCE ASEAN ECOWAS IGAD BREAKING UPDATE EXCLUSIVE "
                       "ANALYSIS OPINION EDITORIAL WATCH LIVE".split())


def is_dateline(token: Any) -> bool:
    """Whether ``token`` is (a word of) the place of a dateline opening its line."""
    if not (token.is_upper and token.is_alpha and len(token) > 1) or token.text in NOT_PLACES:
        return False
    text = token.doc.text
    line_start = text.rfind("\n", 0, token.idx) + 1
    if token.idx - line_start >= 40:
        return False
    m = _DATELINE.match(text, line_start, token.idx + 120)
    return m is not None and token.idx < m.end("place")


def after_dateline(token: Any) -> Any | None:
    """The word a dateline's parse hangs on it as an apposition: the sentence's real subject."""
    if not is_dateline(token):
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.idx > token.idx and c.ent_type_), None)
