"""Title lines in a parsed text: "Fiji Military Chief Seizes Power" above a report.

A title is written in headline grammar (capitalised words, no closing punctuation) that the
parser reads badly: its noun phrases run over the verbs ("Protesters Storm Kyrgyz Government
Headquarters" is one phrase). Events are not coded from it (``events/candidates.py``) and the
actors read from it are not remembered for the report's later mentions (``actors/resolver.py``).
"""

from __future__ import annotations

from typing import Any

HEADLINE_MAX_WORDS = 25
_TERMINAL = tuple('.!?"”’)')


def is_headline(sent: Any, text: str) -> bool:
    """A standalone line without closing punctuation in a multi-line text: a title or teaser."""
    if "\n" not in text.strip():
        return False
    whole = sent.text  # a Span's text joins its tokens on each access: read it once
    stripped = whole.strip()
    # the parser's sentence may run over the blank line after a title: its words are the line
    start = sent.start_char + len(whole) - len(whole.lstrip())
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start + len(stripped))
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if not line or line != stripped:
        return stripped.endswith(("…", "..."))
    return not line.endswith(_TERMINAL) and len(line.split()) <= HEADLINE_MAX_WORDS or line.endswith(("…", "..."))
