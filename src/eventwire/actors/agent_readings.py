"""Agent words that name no actor where they stand: an agent noun that only modifies the
phrase's head ("an official protest", "military occupation") and an agent noun read as an
abstract mass noun ("demand justice", "intelligence sharing"). ``ActorResolver.resolve_doc``
drops a mention whose actor comes only from such a word."""

from __future__ import annotations

from typing import Any

from eventwire.actors.resolve import singular
from eventwire.records import Actor

RANKS = frozenset({"deputy", "vice", "assistant", "acting", "associate", "junior", "senior"})


def modifier_agent(actor: Actor, root: Any, agents: list[str]) -> bool:
    """An agent word that only modifies the phrase's head names no actor: "an official
    protest", "military occupation" (the head is not the agent)."""
    if (
        actor.kb_id is not None
        or actor.country is not None
        or not agents
        or root.pos_ not in ("NOUN", "PROPN")
    ):
        return False
    if root.pos_ == "PROPN" and root.ent_type_ == "PERSON" and any(_office(a) for a in agents):
        return False  # "Prime Minister Irakli Kobakhidze": an office before a name is the person's
    if root.pos_ == "PROPN" and root.ent_type_ == "PERSON" and any(
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < root.i for c in root.children):
        return False  # "Opposition candidate Salvador Nasralla": a role noun before a name is the person's
    head = {root.lower_, singular(root.lower_)}
    # A noun compound names something of its agent ("the police response", "an army
    # base"): the agent acts or is acted on through it; an adjective does not ("military
    # occupation", "an official protest").
    # "deputy" before a noun is a rank ("deputy director"), not a legislator
    compounds = {c.lower_ for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in RANKS}
    compounds |= {singular(w) for w in compounds}
    if any(agent.split()[-1] in compounds for agent in agents):
        return False
    return not any(head & set(agent.split()) for agent in agents)


# One-word titles that name a state office ("President X", "Governor X"); honorifics that many
# people bear ("Sheikh", "General", "Judge") name none on their own (general English).
OFFICES = frozenset({
    "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "governor", "mayor", "senator", "secretary",
})  # fmt: skip


def _office(agent: str) -> bool:
    """A title of office: two words or more ("Interior Minister", "army chief") or one of OFFICES."""
    words = agent.split()
    return len(words) > 1 or bool(words) and words[0] in OFFICES


# Agent nouns whose ordinary reading is an abstract mass noun: "demand justice", "intelligence
# sharing", "business ties". Written bare, or as a noun modifier, they name no actor; with a
# determiner, a country or as a longer agent phrase they do ("the intelligence services",
# "Ukrainian intelligence", "the Justice Ministry", "Justice Department").
MASS_AGENTS = frozenset({"justice", "intelligence", "business", "industry"})


def mass_reading(actor: Actor, root: Any, agents: list[str]) -> bool:
    """The actor comes only from a mass noun read as such (see MASS_AGENTS)."""
    if actor.kb_id is not None or actor.country is not None or len(agents) != 1 or agents[0] not in MASS_AGENTS:
        return False
    if root.lower_ in MASS_AGENTS:  # "demand justice": bare, lowercase, no determiner or modifier
        return root.text.islower() and not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod") for c in root.children)
    # "intelligence sharing": the mass noun is what the head acts on, not who acts
    return any(c.dep_ == "compound" and c.lower_ == agents[0] and c.text.islower() for c in root.children)


# "A state of emergency", "a state of siege": the agent noun "state" (the government) names a
# condition when an "of" phrase says which one; "the state of Israel" names a country and is
# matched as such before this reading is asked.
CONDITION_AGENTS = frozenset({"state"})
CONDITIONS = frozenset({
    "emergency", "siege", "war", "alert", "readiness", "mourning", "shock", "flux", "affairs", "disrepair",
    "chaos", "anarchy", "lawlessness", "uncertainty", "tension", "insecurity", "calamity", "disaster",
    "exception", "belligerency", "preparedness",
})  # fmt: skip


def condition_reading(actor: Actor, root: Any, agents: list[str]) -> bool:
    """The actor comes only from "state" in "state of emergency" (see CONDITIONS)."""
    if actor.kb_id is not None or actor.country is not None or agents != ["state"] or root.lower_ not in CONDITION_AGENTS:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in CONDITIONS for o in p.children)
               for p in root.children)


# "Head" (a chief, CAMEO's state head) names a body part where it is someone's ("her head") or
# where a blow lands ("shot in the head", "hit on the head"): no "of" phrase says what it heads.
BODY_AGENTS = frozenset({"head"})
PERSONAL = frozenset({"his", "her", "their", "my", "your", "its", "our"})
BLOW_PREPS = frozenset({"in", "on", "into", "at"})


def body_reading(actor: Actor, root: Any, agents: list[str]) -> bool:
    """The actor comes only from "head" read as a body part (see BODY_AGENTS)."""
    if actor.kb_id is not None or actor.country is not None or actor.role not in BODY_AGENTS or not agents:
        return False
    word = next((t for t in root.subtree if t.lower_ in BODY_AGENTS), None)
    if word is None or any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
        return False
    if any(c.dep_ == "poss" and c.lower_ in PERSONAL for c in word.children):
        return True
    return word.dep_ == "pobj" and word.head.lower_ in BLOW_PREPS
