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
    origin: str = ""  # the verb the pattern was written for (PETRARCH's comment), if known

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
        self, lemma: str, post_words: dict[str, int] | set[str], pre_words: set[str]
    ) -> list[VerbEntry]:
        """Entries for ``lemma`` whose word groups all occur, best first.

        ``post_words`` maps the lowercase forms and lemmas of the words in the predicate's
        phrase to their distance from it (a set counts as distance 0); ``pre_words`` holds the
        words before it. Best: most groups, then patterns written for this very verb (a
        block's patterns apply to all its verbs), then words nearest the verb ("granted asylum
        to army officers" is about asylum), then later entries (the supplement, user files).
        """
        post = post_words if isinstance(post_words, dict) else dict.fromkeys(post_words, 0)
        found = []
        for order, entry in enumerate(self.verbs.get(lemma.lower(), ())):
            distances = [_group_distance(g, post) for g in entry.post]
            if any(d is None for d in distances) or not all(_group_distance(g, dict.fromkeys(pre_words, 0)) is not None for g in entry.pre):
                continue
            own = not entry.origin or entry.origin == lemma.lower()
            found.append((entry.specificity, own, sum(distances), order, entry))  # type: ignore[arg-type]
        found.sort(key=lambda item: (-item[0], not item[1], item[2], -item[3]))
        return [entry for *_, entry in found]

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


def _group_distance(group: frozenset[str], words: dict[str, int]) -> int | None:
    """The distance of the nearest word of ``group`` in ``words``, or None when none is there."""
    best = None
    for alt in group:
        parts = alt.split() if " " in alt else [alt]  # a phrase from a synonym set: all its words
        found = [_word_distance(w, words) for w in parts]
        if all(d is not None for d in found):
            d = max(found)  # type: ignore[type-var]
            best = d if best is None else min(best, d)
    return best


def _word_distance(word: str, words: dict[str, int]) -> int | None:
    if word in words:
        return words[word]
    # PETRARCH matches a pattern word as a stem ("VIOLAT", "DEMOCRATIZ"); only for longer
    # words, so AID does not match AIDE.
    if len(word) >= 5 and not word.endswith("_"):
        hits = [d for w, d in words.items() if w.startswith(word)]
        return min(hits) if hits else None
    return words.get(word.rstrip("_"))


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
    lines = ["# lemma\tcameo\tpre\tpost\torigin   (built by eventwire.events.build_lexicon; see NOTICE)"]
    for e in entries:
        lines.append(f"{e.lemma}\t{e.code}\t{_fmt_groups(e.pre)}\t{_fmt_groups(e.post)}\t{e.origin}")
    return "\n".join(lines) + "\n"


def read_verbs_tsv(text: str) -> Iterator[VerbEntry]:
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, code, pre, post, origin = (line.split("\t") + ["", "", ""])[:5]
        yield VerbEntry(lemma, code, _read_groups(pre), _read_groups(post), origin)
