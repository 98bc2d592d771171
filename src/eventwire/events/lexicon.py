"""The trigger lexicon: verbs and nouns per CAMEO code, with the object words that refine them.

The shipped lexicon (``data/events/verbs.tsv``, ``nouns.tsv``) is built by ``build_lexicon.py``
from the CAMEO 2.0 verb dictionary plus a short hand-written supplement. A user may add a
PETRARCH-format verb dictionary (``Lexicon.load(extra=[path])``), as PETRARCH's validation suite
does with its own codes.

A verb entry is ``(lemma, code, pre, post)``: ``post`` is a tuple of word groups that must all
occur in the predicate's own phrase after it (object, particle, prepositional phrases), ``pre``
groups must occur before it in the sentence; each group is a set of alternatives (a synonym set
expands to one group). The most specific entry (most groups) wins.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

log = logging.getLogger(__name__)

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

    @property
    def specificity(self) -> int:
        return len(self.pre) + len(self.post)


@dataclass
class Lexicon:
    """Verb patterns and event nouns, indexed by lowercase lemma."""

    verbs: dict[str, list[VerbEntry]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, str] = field(default_factory=dict)

    def add_verb(self, entry: VerbEntry) -> None:
        self.verbs[entry.lemma].append(entry)

    def has_verb(self, lemma: str) -> bool:
        return lemma.lower() in self.verbs

    def match_verb(
        self, lemma: str, post_words: set[str], pre_words: set[str]
    ) -> list[VerbEntry]:
        """Entries for ``lemma`` whose word groups all occur, most specific first.

        ``post_words``/``pre_words`` hold the lowercase forms and lemmas of the words in the
        predicate's phrase and before it. Ties keep dictionary order, later (user) entries first.
        """
        found = []
        for order, entry in enumerate(self.verbs.get(lemma.lower(), ())):
            if all(_group_in(g, post_words) for g in entry.post) and all(
                _group_in(g, pre_words) for g in entry.pre
            ):
                found.append((entry.specificity, order, entry))
        found.sort(key=lambda item: (-item[0], -item[1]))
        return [entry for _, _, entry in found]

    def noun_code(self, lemma: str) -> str | None:
        return self.nouns.get(lemma.lower())

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Lexicon:
        """The shipped lexicon, then each PETRARCH-format verb dictionary in ``extra``."""
        lexicon = cls()
        base = resources.files("eventwire").joinpath("data/events")
        for entry in read_verbs_tsv(base.joinpath("verbs.tsv").read_text("utf-8")):
            lexicon.add_verb(entry)
        for line in base.joinpath("nouns.tsv").read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                noun, code = line.split("\t")[:2]
                lexicon.nouns[noun.lower()] = code
        for path in extra:
            for entry in parse_petrarch_verbs(Path(path).read_text("utf-8", errors="replace")):
                lexicon.add_verb(entry)
        return lexicon


def _group_in(group: frozenset[str], words: set[str]) -> bool:
    for alt in group:
        if " " in alt:  # a phrase from a synonym set: all its words must be there
            if all(_word_in(w, words) for w in alt.split()):
                return True
        elif _word_in(alt, words):
            return True
    return False


def _word_in(word: str, words: set[str]) -> bool:
    if word in words:
        return True
    # PETRARCH matches a pattern word as a stem ("VIOLAT", "DEMOCRATIZ"); only for longer
    # words, so AID does not match AIDE.
    if len(word) >= 5 and not word.endswith("_"):
        return any(w.startswith(word) for w in words)
    return word.rstrip("_") in words


@lru_cache(maxsize=4)
def _cached(extra: tuple[str, ...]) -> Lexicon:
    return Lexicon.load(extra)


def get_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """The lexicon, loaded once per process (per set of extra dictionaries)."""
    return _cached(tuple(str(p) for p in extra))


# --- PETRARCH verb dictionary format --------------------------------------------------------


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
        line = raw.split("#", 1)[0].strip()
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
            for lemma, extra_post in verbs:
                yield VerbEntry(lemma, code, pre, extra_post + post)
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


def _groups(text: str, synsets: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
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
            if members:
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
    lines = ["# lemma\tcameo\tpre\tpost   (built by eventwire.events.build_lexicon; see NOTICE)"]
    for e in entries:
        lines.append(f"{e.lemma}\t{e.code}\t{_fmt_groups(e.pre)}\t{_fmt_groups(e.post)}")
    return "\n".join(lines) + "\n"


def read_verbs_tsv(text: str) -> Iterator[VerbEntry]:
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, code, pre, post = (line.split("\t") + ["", ""])[:4]
        yield VerbEntry(lemma, code, _read_groups(pre), _read_groups(post))
