"""The trigger lexicon: verbs and nouns per CAMEO code, with the object words that refine them.

The shipped lexicon (``data/events/verbs.tsv.gz``, ``nouns.tsv``) is built by ``build_lexicon.py``
from the CAMEO 2.0 verb dictionary plus a short hand-written supplement. A user may add a
PETRARCH-format verb dictionary (``Lexicon.load(extra=[path])``), as PETRARCH's validation suite
does with its own codes.

A verb entry is ``(lemma, code, pre, post)``: ``post`` is a tuple of word groups that must all
occur in the predicate's own phrase after it (object, particle, prepositional phrases), ``pre``
groups must occur before it in the sentence; each group is a set of alternatives (a synonym set
expands to one group). The most specific entry (most groups) wins.
"""

from __future__ import annotations

import gzip
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventwire.events.verb_files import VerbEntry, parse_petrarch_verbs, read_verbs_tsv

log = logging.getLogger(__name__)

# The verb table ships gzipped (3.7 MB of text, mostly repeated synonym sets, in ~0.3 MB).
VERBS_FILE = "verbs.tsv.gz"
# Particles and prepositions: a pattern of these alone is a phrasal verb of its own verb.
PARTICLES = frozenset({
    "on", "in", "into", "off", "out", "up", "down", "over", "back", "away", "against", "at",
    "to", "with", "for", "from", "through", "by", "upon", "onto", "about", "around",
})  # fmt: skip


# Prepositions that are never a verb's particle: they come before the words they head, so a
# pattern starting with one needs its next words after it ("for violation", "of crime"). A
# particle may follow its object ("called the meeting off") and is left out.
PREPOSITIONS = frozenset({"of", "for", "to", "with", "against", "from", "into", "onto", "upon", "at", "by"})


# CAMEO's dictionary codes the arrest of protesters, demonstrators or journalists as 175 (violent
# repression). PLOVER types an arrest as COERCE (mode arrest, CAMEO 173) whoever is arrested;
# its ASSAULT is physical harm. A pattern written for a verb of arrest keeps the arrest code.
ARREST_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "apprehend", "incarcerate"})


def arrest_reading(entry: VerbEntry) -> VerbEntry:
    """``entry`` with CAMEO 173 where it codes an arrest as repression (175)."""
    if entry.code == "175" and (entry.origin or entry.lemma) in ARREST_VERBS:
        return replace(entry, code="173")
    return entry


# CAMEO 2.0 files ACCUSE with CHARGE, INDICT and CONDEMN, so "a prosecutor accused X" takes the
# charging code (173, COERCE arrest). To accuse is to allege (CAMEO 112, PLOVER ACCUSE) whoever
# does it; a formal charge is "charged" or "indicted", which keep 173.
ALLEGE_VERBS = frozenset({"accuse"})


def allegation_kept(entry: VerbEntry) -> bool:
    """False for a legal-action pattern (CAMEO 17x) a verb of alleging borrowed from its block."""
    return not (entry.lemma in ALLEGE_VERBS and entry.code[:2] == "17" and entry.origin not in {"", entry.lemma})


# CAMEO 173 is "arrest, detain, or charge with legal action"; PLOVER parts the two: arrest and
# detention are COERCE, a criminal charge is ACCUSE (NGEC codebook, ACCUSE allege: "charge with
# a crime", "criminally indict"; PLOVER reference: "allege, charge the target with ... crime").
# A legal-action pattern of a verb of charging, its own or its block's ("a court charged",
# "prosecutors charged ... with piracy"), reads as the allegation (CAMEO 1121); one written for
# another verb of the block ("condemned ... to jail": a sentence) keeps 173.
CHARGE_VERBS = frozenset({"charge", "indict", "prosecute"})


def charge_reading(entry: VerbEntry) -> VerbEntry:
    """``entry`` with CAMEO 1121 where it codes a verb of charging's own pattern as arrest (173)."""
    if entry.code == "173" and entry.lemma in CHARGE_VERBS and (entry.origin or entry.lemma) in CHARGE_VERBS:
        return replace(entry, code="1121")
    return entry


# Nouns of a relation between parties, or of what one gives another: an adjective on them says
# which kind ("military partnership", "military aid"); it names no troops. ("military readiness",
# "military forces" still do.)
RELATION_HEADS = frozenset({
    "partnership", "relation", "relationship", "tie", "cooperation", "co-operation", "collaboration",
    "alliance", "agreement", "pact", "treaty", "deal", "accord", "exchange", "dialogue", "aid",
    "assistance", "support", "help", "contact", "link", "coordination",
})  # fmt: skip
# ... and their plurals, as patterns write them ("ABANDON &ECONOMIC TIES").
RELATION_WORDS = RELATION_HEADS | {w + "s" for w in RELATION_HEADS}


@dataclass
class Lexicon:
    """Verb patterns and event nouns, indexed by lowercase lemma."""

    verbs: dict[str, list[VerbEntry]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, str] = field(default_factory=dict)
    # Per lemma: entries without post words, and entries keyed by a word of their first group,
    # so a match looks up the phrase's words instead of trying every pattern of the verb.
    _index: dict[str, tuple[list[tuple[int, VerbEntry]], dict[str, list[tuple[int, VerbEntry]]]]] = field(
        default_factory=dict, repr=False
    )

    def add_verb(self, entry: VerbEntry) -> None:
        self.verbs[entry.lemma].append(entry)
        self._index.pop(entry.lemma, None)

    def _indexed(self, lemma: str) -> tuple[list[tuple[int, VerbEntry]], dict[str, list[tuple[int, VerbEntry]]]]:
        if lemma not in self._index:
            bare: list[tuple[int, VerbEntry]] = []
            keyed: dict[str, list[tuple[int, VerbEntry]]] = defaultdict(list)
            for order, entry in enumerate(self.verbs.get(lemma, ())):
                if not entry.post:
                    bare.append((order, entry))
                    continue
                for alt in entry.post[0]:
                    keyed[alt.split()[0].rstrip("_")].append((order, entry))
            self._index[lemma] = (bare, dict(keyed))
        return self._index[lemma]

    def has_verb(self, lemma: str) -> bool:
        return lemma.lower() in self.verbs

    def match_verb(
        self, lemma: str, post_words: dict[str, int] | set[str], pre_words: set[str],
        adjectives: frozenset[str] = frozenset(), located: frozenset[str] = frozenset(), *,
        light: bool = False,
    ) -> list[VerbEntry]:
        """Entries for ``lemma`` whose word groups all occur, best first.

        ``post_words`` maps the lowercase forms and lemmas of the words in the predicate's
        phrase to their distance from it (a set counts as distance 0); ``pre_words`` holds the
        words before it. Best: most groups, then patterns written for this very verb (a
        block's patterns apply to all its verbs), then words nearest the verb ("granted asylum
        to army officers" is about asylum), then later entries (the supplement, user files).
        ``adjectives`` holds words of the phrase that occur only as adjectives modifying a noun:
        a synonym set is a class of nouns (&TROOPS, &WEAPON), so "deepened its military
        partnership" does not match "deepen &TROOPS" through "military".
        ``located`` holds words of the phrase that occur only where the act happened ("inside a
        police headquarters"): a pattern that names no preposition wants them as what is acted
        on, so "attacked security forces inside a headquarters" is no "storm headquarters".
        A pattern of another verb of the block that turns this verb's own default of verbal
        conflict into verbal cooperation is left out, unless the verb is ``light`` (its object
        is the act: "joining a strike").
        """
        words = _Words(post_words if isinstance(post_words, dict) else dict.fromkeys(post_words, 0))
        # the phrase without its adjectives and/or its place words, built when a pattern needs it
        variants: dict[tuple[bool, bool], _Words] = {(False, False): words}

        def variant(no_adjectives: bool, no_located: bool) -> _Words:
            key = (no_adjectives and bool(adjectives), no_located and bool(located))
            if key not in variants:
                variants[key] = _Words({w: d for w, d in words.exact.items()
                                        if not (key[0] and w in adjectives or key[1] and w in located)})
            return variants[key]
        before: _Words | None = None  # the words before the verb: built for the first pattern that names some
        lemma = lemma.lower()
        bare, keyed = self._indexed(lemma)
        # the verb's own default (the last: the supplement's, where it gives one)
        default = next((e.code for _, e in reversed(bare) if not e.pre and not e.origin), None)
        leaning = _cooperative(default) if default and not light else None
        candidates = dict(bare)
        for key in (*words.exact, *words.stems):
            for order, entry in keyed.get(key, ()):
                candidates[order] = entry
        found = []
        for order, entry in candidates.items():
            total = 0
            # a pattern that names the relation noun itself ("abandon &ECONOMIC ties") means its
            # synonym set as that noun's adjectives
            placed, relation = _entry_kinds(entry)
            plain = variant(False, not placed)
            found_at = []
            for group in entry.post:
                d = (variant(not relation, not placed) if len(group) > 1 else plain).group_distance(group)
                if d is None:
                    break
                found_at.append(d)
                total += d
            else:
                if len(found_at) > 1 and entry.post[0] <= PREPOSITIONS and found_at[0] > found_at[1]:
                    # a preposition heads the words after it: "convict ... of violation" is not
                    # "condemned the launch as a violation of the resolutions"
                    continue
                if entry.pre:
                    before = before or _Words(dict.fromkeys(pre_words, 0))
                    if any(before.group_distance(g) is None for g in entry.pre):
                        continue
                own = not entry.origin or entry.origin == lemma
                if not own and all(g <= PARTICLES for g in entry.post) and entry.post:
                    continue  # "press on" (attack) is not "demand ... on": a particle is the verb's own
                if not own and leaning is False and _cooperative(entry.code):
                    # a pattern of another verb of the block that turns this verb's verbal
                    # conflict into verbal cooperation ("criticised ... sanctions" is no 053
                    # rally of support, "protest sanctions" no 040 debate): the pattern's own
                    # verb's sense. (The other way round, "wants ... to stop" keeps CAMEO's
                    # threat pattern: leaving those out lowered the NGEC headlines.)
                    continue
                found.append((entry.specificity, own, total, order, entry))
        found.sort(key=lambda item: (-item[0], not item[1], item[2], -item[3]))
        return [entry for *_, entry in found]

    def noun_code(self, lemma: str) -> str | None:
        return self.nouns.get(lemma.lower())

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Lexicon:
        """The shipped lexicon, then each PETRARCH-format verb dictionary in ``extra``."""
        lexicon = cls()
        base = resources.files("eventwire").joinpath("data/events")
        for entry in read_verbs_tsv(gzip.decompress(base.joinpath(VERBS_FILE).read_bytes()).decode("utf-8")):
            if allegation_kept(entry):
                lexicon.add_verb(charge_reading(arrest_reading(entry)))
        for line in base.joinpath("nouns.tsv").read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                noun, code = line.split("\t")[:2]
                lexicon.nouns[noun.lower()] = code
        for path in extra:
            for entry in parse_petrarch_verbs(Path(path).read_text("utf-8", errors="replace")):
                lexicon.add_verb(entry)
        return lexicon


def _cooperative(code: str) -> bool | None:
    """Whether a CAMEO code of words is cooperative (roots 03-05: intent, consultation,
    support) or conflictual (10-14: demand, disapproval, rejection, threat, protest); None for
    the neutral statements and appeals (01, 02) and for material acts (06-09, 15-20), whose
    patterns borrowed across a block are often the verb's own senses ("pulled out" is a
    withdrawal, "deployed aid" aid)."""
    root = int(code[:2]) if code[:2].isdigit() else 0
    if 3 <= root <= 5:
        return True
    if 10 <= root <= 14:
        return False
    return None


# A person named from the act ("protesters", "demonstrators", "attackers") is no stem match of
# the act's own word: "holding 30 protesters" is no "hold protest".
AGENT_SUFFIXES = frozenset({"er", "ers", "or", "ors"})
# CAMEO 2.0 writes many object words in the plural only ("RECEIVE ... MINISTERS", "EXPEL
# INSPECTORS"), and a stem is matched only up to the text word's length: "received the foreign
# minister" matched nothing. A common noun of the phrase is also matched in its plural
# (``phrase.phrase_words``), except where the plural is a word of its own ("arms" are weapons,
# an arm is not; "forces" are troops, force is not).
OWN_PLURALS = frozenset({"arm", "new", "good", "mean", "force", "custom"})


def plural(noun: str) -> str:
    """The regular plural of a noun lemma ("minister" -> "ministers", "authority" -> "authorities")."""
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


class _Words:
    """The words of a phrase with their distance from the predicate, and their stems: PETRARCH
    matches a pattern word of five letters or more as a stem ("VIOLAT", "DEMOCRATIZ"); shorter
    ones exactly, so AID does not match AIDE."""

    def __init__(self, words: dict[str, int]):
        self.exact = words
        self.stems: dict[str, int] = {}
        for word, d in words.items():
            for stem in _stems_of(word):
                if d < self.stems.get(stem, 1 << 30):
                    self.stems[stem] = d

    def distance(self, word: str) -> int | None:
        if word in self.exact:
            return self.exact[word]
        if word.endswith("_"):
            return self.exact.get(word.rstrip("_"))
        return self.stems.get(word) if len(word) >= 5 else None

    def group_distance(self, group: frozenset[str]) -> int | None:
        """The distance of the nearest alternative of ``group``, None when none is there."""
        plain, underscored, phrases = _group_parts(group)
        exact, stems = self.exact, self.stems
        found: list[int] = []
        # ``distance`` of a plain word: exact, else its stem (only words of five letters or more
        # are stems). A synonym set may hold hundreds of words and a phrase a few dozen: the
        # smaller side is walked.
        if len(plain) <= len(exact) + len(stems):
            for alt in plain:
                d = exact.get(alt)
                if d is None:
                    d = stems.get(alt)
                if d is not None:
                    found.append(d)
        else:
            found += [d for w, d in exact.items() if w in plain]
            found += [d for w, d in stems.items() if w in plain and w not in exact]
        for alt, bare in underscored:
            d = exact.get(alt)
            if d is None:
                d = exact.get(bare)
            if d is not None:
                found.append(d)
        for words in phrases:  # a phrase from a synonym set: all its words
            distances: list[int] = []
            for w in words:
                x = self.distance(w)
                if x is None:
                    break
                distances.append(x)
            else:
                found.append(max(distances))
        return min(found) if found else None


_KINDS: dict[int, tuple[VerbEntry, bool, bool]] = {}


def _entry_kinds(entry: VerbEntry) -> tuple[bool, bool]:
    """Whether a pattern names a preposition, and whether it names a relation noun, read once
    per pattern (kept by identity: hashing an entry hashes all its word groups)."""
    kinds = _KINDS.get(id(entry))
    if kinds is None or kinds[0] is not entry:
        kinds = _KINDS[id(entry)] = (entry, any(g <= PARTICLES for g in entry.post),
                                     any(g & RELATION_WORDS for g in entry.post))
    return kinds[1], kinds[2]


_STEMS: dict[str, tuple[str, ...]] = {}


def _stems_of(word: str) -> tuple[str, ...]:
    """A word's stems of five letters or more, worked out once per word (a predicate's phrase is
    read for every verb of a sentence; the table is emptied when it grows large)."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > 200_000:
            _STEMS.clear()
        # "protesters" are people, not the protest a pattern names ("hold protest")
        found = _STEMS[word] = tuple(word[:k] for k in range(5, len(word) + 1) if word[k:] not in AGENT_SUFFIXES)
    return found


_PARTS: dict[frozenset[str], tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[tuple[str, ...], ...]]] = {}


def _group_parts(
    group: frozenset[str],
) -> tuple[frozenset[str], tuple[tuple[str, str], ...], tuple[tuple[str, ...], ...]]:
    """A pattern's word group split once (per process) into plain words, words written with a
    trailing "_" (exact only), and phrases (split into their words)."""
    parts = _PARTS.get(group)
    if parts is None:
        plain = frozenset(a for a in group if " " not in a and not a.endswith("_"))
        underscored = tuple((a, a.rstrip("_")) for a in group if " " not in a and a.endswith("_"))
        phrases = tuple(tuple(a.split()) for a in group if " " in a)
        parts = _PARTS[group] = (plain, underscored, phrases)
    return parts


@lru_cache(maxsize=4)
def _cached(extra: tuple[str, ...]) -> Lexicon:
    return Lexicon.load(extra)


def get_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """The lexicon, loaded once per process (per set of extra dictionaries)."""
    return _cached(tuple(str(p) for p in extra))

