"""Who carried out an attack whose doer the sentence does not name: "a car bomb exploded in
Baghdad, killing 30 worshippers", "the former prime minister was assassinated in Beirut",
"22 people were killed in a suicide bombing in Manchester".

PLOVER's coders give such an attack the country where it happened as its source ("a roadside
bombing near Samarra killed one U.S. soldier" is IRQ -> USA in the gold): the attackers are
unknown, but they acted there. Only for an attack with no doer at all (an agentless passive, or a
bomb, blast or attack as the subject), and only where a named place says where; an attack whose
doer is named but unknown to the resolver ("by a man wearing a police uniform") keeps its rule.
"""

from __future__ import annotations

from typing import Any

from eventwire.events.context import place_country
from eventwire.events.described_places import attack_noun, described_place
from eventwire.events.find import ActorIndex, ActorRef
from eventwire.records import Actor

PLACE_PREPS = frozenset({"in", "at", "on", "near", "outside", "inside"})
UNIDENTIFIED = "unidentified attackers"


def unnamed_doer(trigger: Any, index: ActorIndex | None = None) -> ActorRef | None:
    """The country where an attack with no named doer happened, as its source; None when the
    sentence names a doer (even one not resolved) or no place."""
    clauses = _doerless_clauses(trigger)
    if not clauses:
        return None
    # ("were killed when a roadside bomb exploded near their convoy in Helmand": the when-clause
    # tells the same event's circumstances)
    whens = [c for clause in clauses for c in clause.children if _when_clause(c)]
    if any(_doerless_clauses(c) != [c] and not _under_fire(c) for c in whens):
        return None  # "were killed when a U.S. air strike hit the hospital": the doer is named there
    clauses += whens
    for clause in clauses:
        for token in (clause, *(c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})):
            if (place := _place(token, index)) is not None:
                return place
    return None


# Harm that only armed attackers do: "was assassinated", "were shot dead" with no doer named
# are attacks by someone unknown; "was beaten to death in a village" may be anyone's doing.
ARMED_ATTACK_VERBS = frozenset({
    "assassinate", "shoot", "gun", "bomb", "ambush", "shell", "snipe", "behead", "kidnap", "abduct",
})  # fmt: skip


def _armed(verb: Any) -> bool:
    """An agentless passive of armed attack: its verb, or an attack it happened in ("were
    killed in a suicide bombing", "when a roadside bomb exploded")."""
    if verb.lemma_.lower() in ARMED_ATTACK_VERBS:
        return True
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(g.dep_ == "pobj" and attack_noun(g) for g in c.children):
            return True
        if _when_clause(c) and any(g.dep_ == "nsubj" and attack_noun(g) for g in c.children):
            return True  # "were killed when a roadside bomb exploded"
        if _when_clause(c) and _under_fire(c):
            return True  # "were wounded when their patrol came under fire"
    return False


UNDER_FIRE = frozenset({"fire", "attack", "shelling", "bombardment", "bombing", "gunfire", "assault"})


def _under_fire(verb: Any) -> bool:
    """"came under fire / attack": attacked by someone the clause does not name."""
    return verb.lemma_.lower() == "come" and any(
        p.dep_ == "prep" and p.lower_ == "under" and any(g.lemma_.lower() in UNDER_FIRE for g in p.children)
        for p in verb.children)


def _when_clause(token: Any) -> bool:
    return token.dep_ == "advcl" and any(c.dep_ in {"advmod", "mark"} and c.lower_ in {"when", "as"} for c in token.children)


# A plot or attempt foiled or survived: "police foiled a plot to bomb the embassy", "an
# attempt to assassinate the governor was thwarted", "survived an attempt to kill him". The
# foiler (or the survivor) is no doer of the attack; the plotters are unnamed.
PLOT_NOUNS = frozenset({"plot", "attempt", "bid", "plan", "conspiracy", "scheme"})
FOIL_VERBS = frozenset({"foil", "thwart", "prevent", "avert", "disrupt", "frustrate", "uncover", "survive", "escape"})


def foiled_plot(trigger: Any) -> Any:
    """The verb that foils (or survives) a plot whose act ``trigger`` is, when the plot has no
    doer of its own ("a rebel plot", "a plot by rebels" have one); None otherwise."""
    noun = trigger.head
    if trigger.dep_ == "advcl" and noun.lemma_.lower() in FOIL_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        # the parser hangs "to bomb" on the verb: "foiled a plot [to bomb]"
        noun = next((c for c in noun.children if c.dep_ == "dobj" and c.lemma_.lower() in PLOT_NOUNS), noun)
    elif trigger.dep_ not in {"acl", "xcomp"}:
        return None
    if noun.i == trigger.i or noun.lemma_.lower() not in PLOT_NOUNS:
        return None
    if noun.dep_ not in {"dobj", "nsubjpass", "pobj"} or any(
            c.dep_ in {"poss", "compound", "amod"} and c.pos_ in {"PROPN", "NOUN"} or c.dep_ == "prep" and c.lower_ == "by"
            for c in noun.children):
        return None
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    return verb if verb.lemma_.lower() in FOIL_VERBS else None


def _doerless_clauses(trigger: Any) -> list[Any]:
    """The trigger's clause (and the clause a result participle hangs on: "exploded ...,
    killing 30") when no one is named as doing it; empty when a doer is named."""
    if (foiler := foiled_plot(trigger)) is not None:
        return [trigger, foiler]
    if any(c.dep_ == "agent" for c in trigger.children):
        return []
    passive = any(c.dep_ == "nsubjpass" for c in trigger.children) and any(c.dep_ == "auxpass" for c in trigger.children)
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if passive and _armed(trigger) or subject is not None and attack_noun(subject):
        return [trigger]
    head = trigger.head
    if subject is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and head.i != trigger.i:
        head_subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head_subject is not None and attack_noun(head_subject):
            return [trigger, head]
    return []


def _place(token: Any, index: ActorIndex | None) -> ActorRef | None:
    """A named place in a locative phrase of ``token`` or of the place noun it names ("outside
    a mosque in Baghdad", "in a car bomb blast on the Beirut seafront")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            country = place_country(obj) or described_place(obj, index)
            if country is None:
                inner = _place(obj, index)
                if inner is not None:
                    return inner
                continue
            # named for what it is, so an export's Actor1Name says the doer is unknown (the code
            # alone would read as the state's own act)
            return ActorRef(Actor(text=obj.text, name=UNIDENTIFIED, code=country, country=country, role="unidentified"),
                            (obj.idx, obj.idx + len(obj.text)), obj.i)
    return None


# Arrests with no arrester named: "a senator was arrested in London", "was detained in Miami":
# the authorities of the place where it happened made them (as PLOVER codes a doerless attack
# by its place). Verbs only the state does to a person (general English).
CUSTODY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "intern", "deport"})
AUTHORITIES = "unidentified authorities"


def unnamed_captor(trigger: Any, index: ActorIndex | None = None) -> ActorRef | None:
    """The country where an agentless arrest happened, as its doer; None when a doer is named,
    the verb is no arrest, the captive has no country of its own, or no place is named on it."""
    if trigger.lemma_.lower() not in CUSTODY_VERBS or any(c.dep_ == "agent" for c in trigger.children):
        return None
    held = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if held is None or not any(c.dep_ == "auxpass" for c in trigger.children):
        return None
    # a captive of a country of its own ("a Nigerian senator"): one named by title alone ("the
    # premier") may be a visitor's, and would take the place's country too
    own = index.at(held) if index is not None else None
    if own is None or not own.actor.country:
        return None
    place = _place(trigger, index)
    if place is None:
        return None
    actor = place.actor
    return ActorRef(Actor(text=actor.text, name=AUTHORITIES, code=actor.code, country=actor.country, role="unidentified"),
                    place.span, place.token)


# Insurgents of a country attacking a thing ("Salvadoran guerrillas blew up a power station",
# "rebels bombed a pipeline") with no party or place named: an attack at home, on their own
# country (as PLOVER codes a doerless attack by its place; state forces may act abroad).
INSURGENT_SECTORS = frozenset({"REB", "INS", "UAF"})


def insurgents_at_home(cand: Any) -> bool:
    """An attack by a country's insurgents on an object that names no party (see INSURGENT_SECTORS)."""
    source = cand.sources[0].actor if cand.sources else None
    # (destroying property, CAMEO 1712, is PLOVER's ASSAULT too: "bombed a pipeline")
    if not ((cand.plover and cand.plover[0] == "ASSAULT" or (cand.code or "").startswith("1712"))
            and source is not None and source.country
            and source.sector in INSURGENT_SECTORS):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in cand.trigger.children):
        return False
    # another country named in the sentence may be where it happened ("seized 21 people from a
    # Malaysian resort", "would hit targets if Israel kept bombing")
    sent = cand.trigger.sent
    doc = cand.trigger.doc
    others = {t.ent_type_ for t in sent if t.ent_type_ in {"GPE", "NORP"} and not _within(t, cand.sources[0], doc)}
    return not others


def _within(token: Any, ref: ActorRef, doc: Any) -> bool:
    start, end = ref.span
    return start <= token.idx < end
