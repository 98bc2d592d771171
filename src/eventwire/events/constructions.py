"""Constructions whose meaning is more than their verb's: "ordered five diplomats to leave the
country" (an expulsion), "would respond if ..." (a threat), "imposed tariffs" (a sanction), and
a verb the parser coordinates with a reported clause ("said X had ... and urged Y")."""

from __future__ import annotations

from typing import Any

from eventwire.events import attributes, codes, find
from eventwire.events.hazards import hazard_doer

# Sanctions instruments: what they "target" or "hit" they sanction (CAMEO 163), no force.
INSTRUMENTS = frozenset({"sanction", "measure", "restriction", "embargo", "tariff", "listing", "ban", "penalty"})


# "ordered 12 diplomats to leave the country", "gave the ambassador 48 hours to leave": an
# expulsion (CAMEO 166), not a request (general English).
ORDERS = frozenset({"order", "tell", "instruct", "give", "force", "compel"})
LEAVING = frozenset({"leave", "depart", "quit", "exit", "vacate"})  # "ordered the US to vacate the base"
# "ordered the newspaper to suspend publication", "told the station to stop broadcasting": an
# order silencing the press is censorship (CAMEO 1721, PLOVER COERCE censor), not a request.
HALTING = frozenset({"suspend", "stop", "cease", "halt", "close", "shut", "end"})
PRESS = frozenset({
    "newspaper", "paper", "daily", "weekly", "magazine", "broadcaster", "station", "channel",
    "radio", "television", "website", "outlet", "publication", "publisher", "agency",
})  # fmt: skip
# "imposed tariffs", "slapped an embargo on": sanctions the lexicon may not list with the noun.
IMPOSING = frozenset({"impose", "slap", "levy", "place", "introduce", "extend", "tighten"})
# "would respond in kind", "will retaliate if ...": a threat of reprisal (CAMEO 130).
REPRISALS = frozenset({"respond", "retaliate", "react", "reciprocate"})
# Vowing a reprisal is threatening it; so is one "with force" or "with military measures".
VOWS = frozenset({"vow", "swear", "warn", "threaten"})
FORCE_MEANS = frozenset({"force", "measure", "action", "strike", "weapon", "arm", "retaliation"})


# "kept its border closed", "kept the crossings shut": a closure maintained is the closure (the
# phase verb itself names no act: CAMEO 2.0 has nothing for "keep" with a state).
KEEP_VERBS = frozenset({"keep", "hold", "leave"})
CLOSED_STATES = frozenset({"close", "closed", "shut", "seal", "sealed"})


def kept_state_code(verb: Any, lexicon: Any, post: dict[str, int], pre: set[str]) -> str | None:
    """The lexicon's code for closing the verb's object when a closure is kept up ("kept its
    border with Armenia closed": CAMEO's "close border", 172); None otherwise."""
    if verb.lemma_.lower() not in KEEP_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    state = next((c for c in verb.children if c.dep_ in {"oprd", "ccomp", "acomp", "xcomp"}
                  and c.lemma_.lower() in CLOSED_STATES), None)
    if state is None:
        return None
    entries = lexicon.match_verb("close", post, pre)
    return entries[0].code if entries and entries[0].specificity else None


# "offered to help mediate", "helped negotiate the deal": helping with talks is taking part in
# them (CAMEO 2.0's own pattern "help negotiate" is 045, mediate); helping to rebuild, pay or
# feed stays aid (CAMEO 07). Only verbal cooperation (CAMEO 04 consult, 05 diplomatic
# cooperation) passes its code to "help".
HELP_VERBS = frozenset({"help", "assist"})
VERBAL_COOPERATION = ("04", "05")


def helped_act_code(verb: Any, lexicon: Any) -> str | None:
    """The lexicon's bare code of what the verb of helping helps do, when that is verbal
    cooperation ("help mediate": 045); None otherwise."""
    if verb.lemma_.lower() not in HELP_VERBS:
        return None
    done = next((c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None)
    if done is None:
        return None
    bare = [e for e in lexicon.verbs.get(done.lemma_.lower(), ()) if not e.post and not e.pre]
    code = bare[0].code if bare else None
    return code if code and code.startswith(VERBAL_COOPERATION) and codes.to_plover(code) else None


def reported_conjunct(verb: Any) -> bool:
    """A verb coordinated with the reported clause of a verb of saying ("said X had ... and urged Y")."""
    head = verb.head
    return (verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in attributes.SPEECH
            and not any(c.dep_ in find.SUBJ_DEPS for c in verb.children))


def construction_code(verb: Any, code: str | None) -> str | None:
    """The code of a construction the lexicon's single verbs miss (see ORDERS, REPRISALS)."""
    lemma = verb.lemma_.lower()
    if code is None and lemma in IMPOSING and any(c.dep_ == "dobj" and c.lemma_.lower() in INSTRUMENTS for c in verb.children):
        return "163"  # "imposed 100% tariffs on Canadian canola": sanctions
    if lemma in ORDERS and not hazard_doer(verb) and any(c.dep_ in {"dobj", "dative"} for c in verb.children) and any(
            c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in LEAVING for c in verb.children):
        return "166"
    if lemma in ORDERS and any(c.dep_ == "dobj" and c.lemma_.lower() in PRESS for c in verb.children) and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in HALTING for c in verb.children):
        return "1721"
    if lemma in REPRISALS and code is None and attributes.modality(verb) in {"intended", "hypothetical"} and (
            find.condition_subject(verb) is not None
            or any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in c.children)
                   for c in verb.children)
            or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOWS
            or any(c.dep_ == "prep" and c.lower_ == "with" and any(g.lemma_.lower() in FORCE_MEANS for g in c.children)
                   for c in verb.children)):
        return "130"  # "vowed to retaliate", "would respond with force"
    return code
