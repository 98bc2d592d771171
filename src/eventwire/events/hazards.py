"""Mishaps and natural hazards, which no actor does: harm suffered in an accident or a disaster
is no assault ("killed in a helicopter crash"), and a warning of a storm or a forecaster's
warning is no threat (``senses.other_sense`` reads these as no act)."""

from __future__ import annotations

from typing import Any

from eventwire.events.clauses import SUBJ_DEPS, subject_words

# Harm suffered in a mishap or a disaster is no assault: "killed in a helicopter crash",
# "injured in a two-car collision", "died in the floods".
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "die", "maim"})
MISHAP_NOUNS = frozenset({
    "accident", "crash", "collision", "derailment", "stampede", "landslide", "mudslide", "flood",
    "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon", "tornado",
    "avalanche", "blizzard", "heatwave", "wreck", "capsizing", "mishap", "pileup", "pile-up",
})  # fmt: skip
# Warning of a storm or a flood threatens no one: PLOVER's THREATEN is an actor threatening an
# act of its own ("warned that it would respond"). A forecaster's warning, or one whose content
# is a natural hazard, is no act at all.
WARN_VERBS = frozenset({"warn", "caution", "alert"})
HAZARD_NOUNS = MISHAP_NOUNS | frozenset({
    "rain", "rainfall", "downpour", "wind", "gale", "surge", "heat", "drought", "wildfire",
    "fire", "snow", "snowfall", "tsunami", "eruption", "weather", "thunderstorm", "monsoon",
    "cyclone", "aftershock", "tide", "frost", "fog", "smog", "hail", "lightning", "disease",
    "epidemic", "pandemic", "outbreak", "virus", "infection", "famine", "shortage",
})  # fmt: skip
FORECASTER_WORDS = frozenset({
    "forecaster", "meteorologist", "meteorological", "weather", "met", "seismologist",
    "volcanologist", "hydrologist", "meteorology",
})  # fmt: skip


def in_mishap(verb: Any) -> bool:
    """True when the harm happened "in" or "from" a mishap or disaster (see MISHAP_NOUNS)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "during", "after"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in MISHAP_NOUNS or obj.lower_ in MISHAP_NOUNS):
                    return True
    return False


def hazard_warning(verb: Any) -> bool:
    """True when a warning is a forecaster's or is of a natural hazard (see WARN_VERBS)."""
    if subject_words(verb) & FORECASTER_WORDS:
        return True
    for child in verb.children:
        if child.dep_ == "ccomp":
            subjects = [s for s in child.children if s.dep_ in SUBJ_DEPS]
            if subjects and all(s.lemma_.lower() in HAZARD_NOUNS for s in subjects):
                return True  # "warned that the typhoon would hit Tokyo"
    clause = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
    for prep in verb.subtree:
        # "warned of flooding", "warned residents of Okinawa of heavy rain"
        if prep.dep_ == "prep" and prep.lower_ in {"of", "about"} and prep.i not in clause:
            if any(o.dep_ == "pobj" and o.lemma_.lower() in HAZARD_NOUNS for o in prep.children):
                return True
    return False


# A disaster as the doer ("the eruption of a volcano forced 5,000 people to leave their homes",
# "floods cut off hundreds of villages"): no actor acts. Not "fire" nor "surge": "Israeli fire
# killed two", "the surge of troops" are actors' acts.
_NOT_HAZARD_DOERS = frozenset({"fire", "surge"})


def hazard_doer(verb: Any) -> bool:
    """True when the verb's active subject is a natural hazard or a mishap (HAZARD_NOUNS)."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in HAZARD_NOUNS or c.lower_ in HAZARD_NOUNS)
               and c.lower_ not in _NOT_HAZARD_DOERS for c in verb.children)
