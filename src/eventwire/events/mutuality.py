"""Whether coordinated doers act on each other: "Israel and Egypt signed", "the two sides
clashed" are acts of each on the other; "the US and Saudi Arabia welcomed the deal" is an act
done together. A country named only as where such a mutual act happened ("met in Qatar") is
its venue, not a party (``is_venue``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventwire.events.candidate import Candidate
    from eventwire.events.find import ActorIndex, ActorRef

# Predicates that coordinated doers can only do with each other when no one else is named
# ("Israel and Egypt signed", "the two sides clashed", "X and Y held talks"). Any other predicate
# done by coordinated doers is done by them together: "the US and Saudi Arabia welcomed the
# deal", "Japan and Canada made pledges", "mediated by the AU and IGAD" are not acts of one on
# the other. Verbs of mutual action in English (general knowledge, not from the gold).
RECIPROCAL_VERBS = frozenset({
    "meet", "talk", "negotiate", "agree", "sign", "clash", "fight", "battle", "skirmish",
    "exchange", "trade", "discuss", "confer", "cooperate", "collaborate", "reconcile",
    "normalize", "normalise", "ally", "quarrel", "feud", "spar", "wrangle", "conclude", "hold",
    "ink", "ratify", "speak",
})  # fmt: skip
# Fighting something named ("fight cattle theft", "combat terrorism") is done together; only a
# war or a battle fought is fought with each other.
COMBAT_VERBS = frozenset({"fight", "battle", "combat"})
WAR_NOUNS = frozenset({"war", "battle", "skirmish", "duel", "clash", "conflict", "gunbattle", "firefight"})
# Types whose coordinated doers act together, never on each other: "US and British activists
# staged a protest in Beijing" protest against China (the place), not each other.
JOINT_ONLY = frozenset({"PROTEST", "MOBILIZE"})
CEASEFIRE_KEPT = "0871"
# Hosting: co-hosts ("the US and Saudi Arabia, which hosted talks in Jeddah") hold a meeting of
# others (PLOVER CONSULT third-party: "a meeting between two actors is hosted by a third
# actor"), not a meeting with each other.
HOSTING_VERBS = frozenset({"host", "co-host", "cohost", "convene"})
RECIPROCAL_WORDS = frozenset({"each", "another", "mutual", "mutually", "joint", "jointly", "bilateral"})
# Relations that two parties can only have with each other ("are seeking to deepen a partnership").
RELATION_NOUNS = frozenset({
    "partnership", "relation", "relations", "tie", "ties", "cooperation", "agreement", "accord",
    "pact", "treaty", "deal", "alliance", "dialogue", "talk", "talks", "negotiation", "negotiations",
    "truce", "ceasefire", "cease-fire", "peace", "rapprochement", "meeting", "summit", "trade", "commerce",
})  # fmt: skip
# What two sides have only with each other and settle together ("agreed to resolve their quarrel").
DISPUTE_NOUNS = frozenset({"dispute", "quarrel", "row", "differences", "feud", "rift", "conflict"})
# SUPPORT with a relation noun: "Poland and Peru establish diplomatic ties", "resume diplomatic
# relations" (CAMEO 050/054) are between the two doers; a judgement of one ("welcomed the
# agreement", CAMEO 051) is not.
MUTUAL_TYPES = frozenset({"AGREE", "COOPERATE", "CONSULT", "SUPPORT"})
ONE_WAY_SUPPORT = frozenset({"051", "052", "053", "055", "056"})
# CONSULT codes that are not mutual: making or hosting a visit, mediating between others.
ONE_WAY_CONSULT = frozenset({"042", "043", "045"})


def mutual(cand: Candidate) -> bool:
    """Whether coordinated doers with no other party act on each other (see RECIPROCAL_VERBS)."""
    if cand.plover and cand.plover[0] in JOINT_ONLY:
        return False
    trigger = cand.trigger
    if trigger.lemma_.lower() in HOSTING_VERBS:
        return False
    if trigger.lemma_.lower() in COMBAT_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() not in WAR_NOUNS for c in trigger.children):
        return False  # "signed an accord to fight cattle theft": what they fight together
    if trigger.lemma_.lower() in RECIPROCAL_VERBS or (cand.code or "") == CEASEFIRE_KEPT:
        return True  # (a ceasefire kept by coordinated sides is kept towards each other)
    if any(t.lower_ in RECIPROCAL_WORDS for t in trigger.subtree):
        return True
    if trigger.pos_ != "VERB":
        return True  # a nominal event's "between A and B" names both sides
    if any(c.dep_ == "dobj" and c.lemma_.lower() in RELATION_NOUNS | DISPUTE_NOUNS and any(g.lower_ == "their" for g in c.children)
           for c in trigger.children):
        return True  # "Gondor and Osgiliath postponed their meeting": what they share, whatever is done to it
    if cand.plover and cand.plover[0] in MUTUAL_TYPES and any(c.lower_ == "together" for c in trigger.children):
        return True  # "Vietnam and Thailand would work together" (not "fought together": allies)
    if not cand.plover or cand.plover[0] not in MUTUAL_TYPES or (cand.code or "")[:3] in ONE_WAY_CONSULT | ONE_WAY_SUPPORT:
        return False
    # "held talks", "seek to deepen a partnership": agreeing, cooperating or meeting on a
    # relation between the doers
    return cand.plover[0] == "CONSULT" or any(t.lemma_.lower() in RELATION_NOUNS or t.lower_ in RELATION_NOUNS
                                              for t in trigger.subtree if t.pos_ == "NOUN")


# Verbs whose object is what two sides give each other ("exchanged artillery fire", "traded
# gunfire", "exchanged ambassadors"), never a party: the parties are the doers and who is named
# after "with".
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})


def exchanged(target: ActorRef, trigger: Any) -> bool:
    """Whether ``target`` is the object an exchange verb's sides give each other."""
    token = trigger.doc[target.token]
    return trigger.lemma_.lower() in EXCHANGE_VERBS and token.dep_ == "dobj" and token.head.i == trigger.i


def joint_body(target: ActorRef, trigger: Any) -> bool:
    """A joint body the doers set up or inaugurate ("set up a joint task force"): theirs, no party."""
    token = trigger.doc[target.token]
    return token.dep_ == "dobj" and token.head.i == trigger.i and any(
        c.dep_ == "amod" and c.lower_ == "joint" for c in token.children)


# Verbs whose object is a topic: "to discuss the Syrian crisis" names no Syrian party.
TOPIC_VERBS = frozenset({"discuss", "debate", "review"})


def topic_adjective(target: ActorRef, trigger: Any) -> bool:
    """A country adjective of the topic discussed ("discuss the Syrian crisis"): no party."""
    token = trigger.doc[target.token]
    head = token.head
    return (trigger.lemma_.lower() in TOPIC_VERBS and token.dep_ in {"amod", "compound"} and head.dep_ == "dobj"
            and head.head.i == trigger.i)


def exchange_partners(target: ActorRef, trigger: Any, index: ActorIndex | None) -> list[ActorRef]:
    """Who an exchanged object is exchanged with, when the parse hangs "with" on the object
    ("exchanged artillery fire with Pakistani forces")."""
    if index is None:
        return []
    token = trigger.doc[target.token]
    return [ref for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children if g.dep_ == "pobj" and (ref := index.at(g)) is not None]


VENUE_PREPS = frozenset({"in", "at"})


# Nouns of the building or city a body sits in: "at the African Union headquarters", "in the
# Ethiopian capital" name where an act happened, whoever's seat it is.
SEAT_NOUNS = frozenset({"headquarters", "capital", "seat", "offices", "premises", "compound", "palace"})


def is_venue(target: ActorRef, trigger: Any, seats: bool = False) -> bool:
    """A country named only as where the predicate happened ("signed a ceasefire in the
    Ethiopian capital", "met in Qatar"): with coordinated doers of a mutual act it is the venue,
    not a party. With ``seats``, only an actor named as the owner of the seat it happened in,
    whatever its kind ("signed at the African Union headquarters")."""
    token = trigger.doc[target.token]
    if seats:
        place = token.head if token.dep_ in {"compound", "amod", "poss"} else token
        if place.lemma_.lower() not in SEAT_NOUNS | {"office"}:
            return False
    elif target.actor.sector or not target.actor.country:
        return False
    for _ in range(6):
        if token.dep_ == "pobj" and token.head.lower_ in VENUE_PREPS:
            where = token.head.head  # on the predicate or on its object ("a ceasefire in ...")
            return where.i == trigger.i or where.dep_ == "dobj" and where.head.i == trigger.i
        if token.dep_ not in {"amod", "compound", "poss", "nmod"} or token.head.i == token.i:
            return False
        token = token.head
    return False


# "Agreed on security arrangements along the Gaza border": a name that only modifies a border, a
# coast or a territory in a phrase of where is a place, not a party (as a venue is).
EDGE_NOUNS = frozenset({"border", "frontier", "coast", "territory", "island", "borders", "frontiers"})
WHERE_PREPS = frozenset({"along", "on", "near", "across", "at", "in", "off"})


# Beside coordinated doers of a mutual act, a phrase of what it is about ("resumed bargaining
# over the future of Hong Kong") or of where, other than "in"/"at" ("trained together off the
# Israeli port of Haifa"), names no third party: the doers act on each other.
ASIDE_PREPS = frozenset({"over", "about", "off", "near", "outside", "around"})


def is_aside(target: ActorRef, trigger: Any) -> bool:
    """A name only inside a phrase of topic or place (``ASIDE_PREPS``) hung on the predicate:
    itself, a modifier of the phrase's noun, or in an "of" phrase of it."""
    token = trigger.doc[target.token]
    for _ in range(6):
        if token.dep_ == "pobj" and token.head.lower_ in ASIDE_PREPS:
            return token.head.dep_ == "prep" and token.head.head.i == trigger.i
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            token = token.head.head
        elif token.dep_ in {"amod", "compound", "poss", "nmod"} and token.head.i != token.i:
            token = token.head
        else:
            return False
    return False


def is_edge_place(target: ActorRef, trigger: Any) -> bool:
    """A country named only as the modifier of a border or coast in a locative phrase."""
    token = trigger.doc[target.token]
    if token.dep_ not in {"compound", "amod", "poss", "nmod"}:
        return False
    place = token.head
    return (place.lemma_.lower() in EDGE_NOUNS and place.dep_ == "pobj" and place.head.lower_ in WHERE_PREPS
            and place.head.i != trigger.i)
