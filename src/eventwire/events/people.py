"""People as the object of an act: whether a word names a person or people, "hold" read as
detention only when people are held, and people seized: abducted or detained by who seizes them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from eventwire.events.event_nouns import QUANTITY_NOUNS
from eventwire.events.forces import IRREGULARS, POLICE, SERVICES, TROOPS

PEOPLE_NOUNS = frozenset({
    "people", "person", "man", "woman", "child", "boy", "girl", "protester", "protestor",
    "demonstrator", "journalist", "reporter", "activist", "suspect", "prisoner", "hostage",
    "detainee", "migrant", "refugee", "student", "worker", "citizen", "national", "soldier",
    "official", "diplomat", "leader", "member", "opponent", "civilian", "crew", "sailor",
    "fisherman", "tourist", "captive", "dissident", "politician", "lawmaker", "foreigner",
    "resident", "villager", "passenger", "critic", "supporter", "militant", "fighter", "rebel",
    "staff", "employee", "staffer", "aide", "personnel",
    # kin: "his Egyptian relatives", "the family of a jailed activist"
    "relative", "family", "brother", "sister", "son", "daughter", "wife", "husband", "parent",
    "father", "mother", "cousin",
})  # fmt: skip
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "whom", "who", "you"})


def is_person(token: Any) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in _PERSON_PRONOUNS
    if token.ent_type_ in {"PERSON", "NORP"} or token.pos_ in {"PROPN", "NUM"}:
        return True
    return token.lemma_.lower() in PEOPLE_NOUNS or token.lemma_.lower() in QUANTITY_NOUNS


# "Iran is holding a British journalist": "hold" is a light verb ("held talks", "held a
# ceremony": the object is the act), but holding people is detaining them (PLOVER COERCE
# arrest, "arrest or detain people", CAMEO 173). A place or a group held ("Hamas holds Gaza")
# is control, "held Russia responsible" a blame: neither is a detention.
DETAIN_LIGHT_VERBS = frozenset({"hold"})
DETENTION = "173"
_PLACE_OR_BODY = frozenset({"GPE", "LOC", "FAC", "ORG"})


def holds_people(verb: Any) -> bool:
    """True when ``verb`` (see DETAIN_LIGHT_VERBS) has people as its object and no predicate
    of them ("held X responsible")."""
    if any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} for c in verb.children):
        return False
    held = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(held) and all(
        c.ent_type_ not in _PLACE_OR_BODY and (c.ent_type_ in {"PERSON", "NORP"} or c.lemma_.lower() in PEOPLE_NOUNS
                                                or c.pos_ == "PRON" and c.lower_ in _PERSON_PRONOUNS)
        for c in held)


# CAMEO 2.0 reads SEIZE and CAPTURE alone as 171, seizing property (PLOVER COERCE seize). People
# seized by rebels, guerrillas or gunmen are abducted (PLOVER ASSAULT abduct, "abduct or kidnap
# people", CAMEO 181); by police or troops, detained (COERCE arrest, CAMEO 173).
SEIZE_VERBS = frozenset({"seize", "capture", "grab", "snatch"})
ABDUCT = "181"


def seized_people_code(verb: Any, lemma: str) -> str | None:
    """CAMEO 181 or 173 for people seized (by irregulars, by the police or the military), else None."""
    if lemma not in SEIZE_VERBS:
        return None
    seized = [c for c in verb.children if c.dep_ == "dobj"]
    if not seized or not all(is_person(o) and o.ent_type_ not in _PLACE_OR_BODY for o in seized):
        return None
    doers = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
    doers |= {c.lower_ for c in verb.children if c.dep_ == "nsubj"}
    if doers & IRREGULARS:
        return ABDUCT
    if doers & (POLICE | TROOPS | SERVICES):
        return DETENTION
    return None


# Local news names a private person, or a state's or city's official, by the place they are
# from, as a compound before the noun: "a Texas man", "a Manchester teenager", "the California
# attorney general". The resolver finds no country in the words; the place's country is theirs
# (not the sentence's other country: "a Texas man threatened a Mexican consul" is no Mexican's act).
# The recogniser's kind of the name must be a place's; for a person's noun, any kind but a
# person's or a body's ("Manchester" may be called a PRODUCT).
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_NOT_PLACES = frozenset({"PERSON", "ORG", "NORP", "FAC", "DATE", "EVENT"})


def hometown_country(token: Any) -> str | None:
    """The country of the place a noun is named by ("a Texas man", "the California attorney
    general": USA), read with the gazetteer; None when the noun has no such compound or the
    place is unknown."""
    from eventwire.geo.resolve import resolve_place  # the gazetteer, loaded on first use

    person = token.lemma_.lower() in PEOPLE_NOUNS | {"teenager", "youth"}
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
             and (c.ent_type_ in _PLACE_ENTS or person and c.ent_type_ not in _NOT_PLACES)]
    if len(names) != 1:
        return None
    words = sorted((t for t in names[0].subtree if t.dep_ == "compound" and t.pos_ == "PROPN"), key=lambda t: t.i)
    place = resolve_place(" ".join(t.text for t in words))
    return place.country if place is not None else None


FLIGHT_VERBS = frozenset({"flee", "escape"})


def fled_country(token: Any, place_of: Callable[[Any], str | None]) -> str | None:
    """The country people in flight flee ("refugees fleeing the war in Liberia", "civilians
    escaping Mosul"): they are its people. ``place_of`` reads a word's place (its own name, else
    its phrase's); None when the flight names none."""
    for verb in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in FLIGHT_VERBS):
        for word in [*(c for c in verb.children if c.dep_ == "dobj"), verb]:
            if (found := place_of(word)) is not None:
                return found
    return None


def describes_flight(verb: Any) -> bool:
    """"refugees fleeing the war": a participle of flight hung on the people who flee tells who
    they are (``fled_country``), not an act of theirs towards the place."""
    return verb.dep_ == "acl" and verb.lemma_.lower() in FLIGHT_VERBS and verb.head.pos_ == "NOUN"
