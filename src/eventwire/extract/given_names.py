"""Given names and surnames, to tell a person's name ("Kristian Larsen") from a brand's ("Block Renovation").

The lists (``data/extract/given_names.txt.gz`` and ``surnames.txt.gz``, built by
``build_given_names`` from the US Census 1990 name files and faker's per-locale name lists)
cover about nine in ten of the writers' given names on the pages we tuned on; names from
South and East Asia are the ones they miss most. So a name on them is evidence of a person,
and a name missing from them is no evidence of a brand on its own: the rules that use them
also ask for the page's own signs (``site_names``).
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "extract"
_TITLES = ("dr", "prof", "mr", "mrs", "ms")
_PARTICLES = frozenset(("van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "la", "le", "ter", "ten", "bin", "al", "el"))


@cache
def _names(file: str) -> frozenset[str]:
    with gzip.open(_DATA / file, "rt", encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if line.strip())


def _word_key(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip(".,'’")).casefold()


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case, accents or not) is on the list of given names."""
    key = _word_key(word)
    return bool(key) and key in _names("given_names.txt.gz")


def is_surname(word: str) -> bool:
    """Whether ``word`` is on the list of surnames (each part of a double-barrelled one)."""
    parts = [_word_key(p) for p in word.split("-")]
    return all(p and p in _names("surnames.txt.gz") for p in parts)


def _words(name: str) -> list[str]:
    words = name.split()
    if words and words[0].rstrip(".").casefold() in _TITLES:
        words = words[1:]
    return words


def starts_with_given_name(name: str) -> bool:
    """Whether a name of two to five capitalised words (particles aside) opens with a known given name
    ("Pierce Freeman", "Dr. Jane Roe"; not "Trezy", "Accruent", "Citadel Financial Tips")."""
    words = _words(name)
    capitalised = all(w[:1].isupper() or w.casefold() in _PARTICLES for w in words)
    return 2 <= len(words) <= 5 and capitalised and words[0][:1].isupper() and is_given_name(words[0])


def known_full_name(name: str) -> bool:
    """Whether ``name`` is a known given name and a known surname, with initials or particles
    between ("Jane A. Roe", "Marna van der Merwe"): no brand reads so ("Ava Community Energy",
    "Stanford Online" open with a given name, but go on with no surname)."""
    words = _words(name)
    if not starts_with_given_name(name) or not is_surname(words[-1]):
        return False
    middle = words[1:-1]
    return all((len(w.rstrip(".")) == 1 and w[0].isupper()) or w.casefold() in _PARTICLES or is_given_name(w) for w in middle)
