"""The language stage: ISO 639-1 code of an article's text, by py3langid (offline)."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from eventwire.settings import Settings
from eventwire.stages import ArticleWork, stage

log = logging.getLogger(__name__)

MIN_LETTERS = 20  # fewer letters than this ("28.4 C", "Hello") carry no language signal
MIN_CONFIDENCE = 0.4  # normalised probability of the best language
SAMPLE_CHARS = 5000  # the start of a long article says as much as all of it


@lru_cache(maxsize=1)
def load_identifier() -> Any:
    """py3langid's model with normalised probabilities, loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str | None) -> str | None:
    """The ISO 639-1 code of ``text`` (ISO 639-3 where no 639-1 code exists), or None when unsure."""
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    # A CJK character is a word: count it twice so a short Chinese sentence is not "too short".
    letters = 0
    for char in sample:  # stops as soon as there are enough: a long page needs no full count
        if char.isalpha():
            letters += 2 if _is_cjk(char) else 1
            if letters >= MIN_LETTERS:
                break
    else:
        return None
    code, confidence = load_identifier().classify(sample)
    if confidence < MIN_CONFIDENCE:
        log.debug("language unsure: %s at %.2f", code, confidence)
        return None
    return _iso639_1(code)


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF


# Varieties py3langid tells apart that ISO 639-1 files under one macrolanguage.
_MACRO = {
    "wuu": "zh",
    "yue": "zh",
    "arz": "ar",
    "ary": "ar",
    "hbo": "he",
    "gug": "gn",
    "uzs": "uz",
    "sdh": "ku",
}


def _iso639_1(code: str) -> str | None:
    if len(code) == 2:
        return code
    if code == "zxx":
        return None  # "no linguistic content"
    if code in _MACRO:
        return _MACRO[code]
    import pycountry

    found = pycountry.languages.get(alpha_3=code)
    return getattr(found, "alpha_2", None) or code


@stage("language", reads=("article",), writes=("article",))
def language_stage(work: ArticleWork, settings: Settings) -> None:
    if work.article is not None:
        work.article.language = detect_language(work.article.text)
