"""Wire datelines in a parse: "BRUSSELS (Test Wire) — Beijing on Friday rejected ...".

The small parser often makes the dateline's place the sentence's subject and the real subject
its apposition, or a country of "ABUJA, Nigeria, April 14, 2025 (Wire) - Gunmen abducted ..."
the subject of the lead. A dateline says where the reporter filed from: none of its words is an
actor, and the word after it is the one that acts. The dateline is read as extraction reads
``Article.dateline`` (``extract/dateline.py``).
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.extract.dateline import NOT_PLACES, dateline_match

__all__ = ["NOT_PLACES", "after_dateline", "in_dateline", "is_dateline"]


def _line_dateline(token: Any) -> tuple[re.Match[str] | None, int]:
    """The dateline opening ``token``'s line, if the token is near the line's start, and where
    the line starts in the text."""
    # Asked for many tokens of a parse: spaCy builds ``doc.text`` anew on each access (a walk
    # over every token), so the text and each line's match are kept once per doc.
    doc = token.doc
    found = doc.user_data.get("eventwire_datelines")
    if found is None:
        found = doc.user_data["eventwire_datelines"] = {"text": doc.text}
    text = found["text"]
    line_start = text.rfind("\n", 0, token.idx) + 1
    if token.idx - line_start >= 100:
        return None, line_start
    if line_start not in found:
        found[line_start] = dateline_match(text[line_start : line_start + 200].split("\n", 1)[0])
    return found[line_start], line_start


def is_dateline(token: Any) -> bool:
    """Whether ``token`` is (a word of) the place of a dateline opening its line."""
    if not (token.is_upper and token.is_alpha and len(token) > 1) or token.text in NOT_PLACES:
        return False
    match, line_start = _line_dateline(token)
    return match is not None and token.idx - line_start < match.end("place")


def in_dateline(token: Any) -> bool:
    """Whether ``token`` lies anywhere in a dateline opening its line (place, country, date, agency)."""
    match, line_start = _line_dateline(token)
    return match is not None and token.idx - line_start < match.end()


def after_dateline(token: Any) -> Any | None:
    """The word a dateline's parse hangs on it as an apposition: the sentence's real subject."""
    if not is_dateline(token):
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.idx > token.idx and c.ent_type_), None)
