"""PETRARCH/TABARI verb dictionaries and the shipped verb table: reading and writing them.

``parse_petrarch_verbs`` reads the CAMEO 2.0 verb dictionary, the supplement and a user's own
file; ``write_verbs_tsv``/``read_verbs_tsv`` are the shipped table's format (``build_lexicon.py``
writes it, ``Lexicon.load`` reads it). Matching entries against a sentence is ``lexicon.py``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_CODE = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^-{3}\s+(\S+)\s+\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")
# Pattern markers PETRARCH uses for actor slots and skips; words are what we match.
_MARKERS = set("%$+^*()")


@dataclass(frozen=True)
class VerbEntry:
    lemma: str
    code: str
    pre: tuple[frozenset[str], ...] = ()
    post: tuple[frozenset[str], ...] = ()
    origin: str = ""  # the verb the pattern was written for (PETRARCH's comment), if known

    @property
    def specificity(self) -> int:
        return len(self.pre) + len(self.post)



def parse_petrarch_verbs(text: str) -> Iterator[VerbEntry]:
    """Entries from a PETRARCH/TABARI verb dictionary (CAMEO 2.0 or a user file).

    Blocks start ``--- NAME [code] ---``; verb lines follow (``WORD {FORMS} [code]``, multi-word
    ``+WORD_PART``), then pattern lines ``- pre * post [code]`` that apply to every verb of the
    block. ``&SET`` lines open a synonym set of ``+WORD`` lines.
    """
    synsets = _synsets(text)
    block_code: str | None = None
    in_block = in_synset = False
    verbs: list[tuple[str, tuple[frozenset[str], ...]]] = []
    for raw in text.splitlines():
        line, _, comment = raw.partition("#")
        line = line.strip()
        if not line:
            in_synset = False
            continue
        if line.startswith("<!--"):
            continue
        if line.startswith("&"):
            in_synset = True
            continue
        header = _HEADER.match(line)
        if header:
            block_code, verbs, in_block, in_synset = _first_code(header.group(2)), [], True, False
            continue
        if in_synset or not in_block:
            continue
        code_m = _CODE.search(line)
        code = _first_code(code_m.group(1)) if code_m else None
        if line.startswith("-"):
            body = _CODE.sub("", line[1:])
            if not code or "*" not in body:
                continue
            pre_text, post_text = body.split("*", 1)
            pre, post = _groups(pre_text, synsets), _groups(post_text, synsets)
            if pre is None or post is None:
                continue  # a synonym set the file never defines: the pattern cannot be matched as written
            words = comment.split()
            origin = words[0].lower().split("_")[0] if words and words[0].replace("_", "").isalpha() and words[0].isupper() else ""
            for lemma, extra_post in verbs:
                yield VerbEntry(lemma, code, pre, extra_post + post, origin)
            continue
        # A verb line: its own code overrides the block default.
        words = _BRACES.sub("", _CODE.sub("", line)).split()
        if not words:
            continue
        parts = [p for p in words[0].lstrip("+").lower().split("_") if p]
        if not parts or not parts[0].replace("-", "").isalpha():
            continue
        lemma, rest = parts[0], tuple(frozenset({p}) for p in parts[1:])
        verbs.append((lemma, rest))
        if code or block_code:
            yield VerbEntry(lemma, code or block_code, (), rest)


def _first_code(text: str) -> str | None:
    """``"042:043"`` -> ``"042"``; ``"---"``, ``":110"`` and non-numeric codes -> None."""
    first = text.split(":", 1)[0].strip()
    return first if first.isdigit() else None


def _synsets(text: str) -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line.split()[0].lstrip("&").rstrip("_").lower()
            sets[current] = set()
        elif current and line.startswith("+"):
            sets[current].add(line[1:].replace("_", " ").strip().lower())
        elif not line or line.startswith("---"):
            current = None if line.startswith("---") else current
    return {k: frozenset(v) for k, v in sets.items() if v}


def _groups(text: str, synsets: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...] | None:
    """The word groups of a pattern side; None when it names an undefined synonym set (CAMEO
    2.0's ``- * (IN &DEMONSTRATION) [145]`` under WOUND: dropping the set left "wounded in"
    coding any wounding as a riot)."""
    groups = []
    for token in re.split(r"[\s_{}()]+", text):
        token = token.strip().lower()
        if not token or token in _MARKERS or all(c in _MARKERS for c in token):
            continue
        token = token.strip("%$+^*")
        if not token:
            continue
        if token.startswith("&"):
            members = synsets.get(token[1:].rstrip("_"))
            if not members:
                return None
            groups.append(members)
            continue
        if token in {"a", "an", "the"}:
            continue
        groups.append(frozenset({token}))
    return tuple(groups)


# --- TSV form shipped in data/events --------------------------------------------------------


def _fmt_groups(groups: tuple[frozenset[str], ...]) -> str:
    return " ".join("|".join(sorted(g)).replace(" ", "+") for g in groups)


def _read_groups(text: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(a.replace("+", " ") for a in g.split("|")) for g in text.split())


def write_verbs_tsv(entries: Iterable[VerbEntry]) -> str:
    lines = ["# lemma\tcameo\tpre\tpost\torigin   (built by eventwire.events.build_lexicon; see NOTICE)"]
    for e in entries:
        lines.append(f"{e.lemma}\t{e.code}\t{_fmt_groups(e.pre)}\t{_fmt_groups(e.post)}\t{e.origin}")
    return "\n".join(lines) + "\n"


def read_verbs_tsv(text: str) -> Iterator[VerbEntry]:
    # Pattern sides repeat across the 47,000 entries ("to", "against"): each is built once,
    # which halves the lexicon's load in every worker.
    sides: dict[str, tuple[frozenset[str], ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, code, pre, post, origin = (line.split("\t") + ["", "", ""])[:5]
        pre_groups = sides.get(pre)
        if pre_groups is None:
            pre_groups = sides[pre] = _read_groups(pre)
        post_groups = sides.get(post)
        if post_groups is None:
            post_groups = sides[post] = _read_groups(post)
        yield VerbEntry(lemma, code, pre_groups, post_groups, origin)
