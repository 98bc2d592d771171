"""The type of a verb predicate from the trigger lexicon.

The verb's most specific pattern (verb + object/preposition words), else its default code; a
light verb with an event-noun object ("lodged a protest", "issued an ultimatum") takes the
noun's code. spaCy's lemma is replaced by a regular one where the lexicon does not know it
("staged" -> "stag" -> "stage").
"""

from __future__ import annotations

from typing import Any

from eventwire.events import codes
from eventwire.events.appeals import APPEAL, for_clause
from eventwire.events.constructions import helped_act_code, kept_state_code
from eventwire.events.envoys import fulfilled_intent, officials_sent
from eventwire.events.event_nouns import (
    GOODS,
    SERIES_NOUNS,
    counted_nouns,
    halted_act_code,
    noun_code,
    of_objects,
    relation_code,
)
from eventwire.events.forces import TROOPS
from eventwire.events.lexicon import PARTICLES, Lexicon
from eventwire.events.mutuality import EXCHANGE_VERBS
from eventwire.events.people import DETAIN_LIGHT_VERBS, DETENTION, holds_people
from eventwire.events.phrase import adjective_words, located_words, passive_object_words, phrase_words
from eventwire.events.senses import (
    ASPECTUAL_VERBS,
    NO_ACT,
    attribution,
    bare_sense_absent,
    other_sense,
    when,
)

__all__ = ["ASPECTUAL_VERBS", "noun_code", "type_verb", "verb_lemma"]


def type_verb(verb: Any, exclude: set[int], lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]]:
    """(CAMEO code, how, tied codes) of a verb from the lexicon; ``tied`` holds one code per
    PLOVER type when equally specific patterns of several types match ("arrest": COERCE, ...)."""
    code, how, tied = _type_verb(verb, exclude | attribution(verb) | when(verb), lexicon)
    relation = relation_code(verb, verb_lemma(verb, lexicon))
    if relation and not (how == "pattern" and code and (codes.to_plover(code) or ("",))[0] == codes.to_plover(relation)[0]):
        # a pattern of the same type is more specific ("established diplomatic relations", 054)
        return relation, "pattern", ()
    if code == "087" and any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "strike" and noun_code(c, lexicon) == "143"
                             for c in verb.children):
        # "called off / suspended their strike": a labour strike (no weapon or target names an
        # attack) ended is dissent eased (CAMEO 082), not fighting de-escalated
        return "082", how, ()
    halted = halted_act_code(verb, verb_lemma(verb, lexicon), lexicon)
    called_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    if halted and (how != "pattern" or called_off) and (codes.to_plover(code or "") or ("",))[0] not in HALTING_TYPES:
        # the verb's default or its object noun is no halting of anything ("postponed its
        # offensive": 120, "called off its air strikes": the strikes' 195): the act halted says
        # which halt. A pattern (CAMEO's, the supplement's, a user's) is kept, unless it is one
        # of the verb without its particle ("call meeting" is no "call off the meeting").
        return halted, "pattern", ()
    dissent = _dissent_called(verb, code, lexicon)
    if dissent:
        return dissent, "noun", ()
    if (given := _exchanged_code(verb, lexicon)) is not None:
        # a pattern of the object's own type is the more specific ("exchanged pledges", 031);
        # a tie with a word elsewhere ("accusations over the attack") is none
        same = (codes.to_plover(code or "") or ("",))[0] == codes.to_plover(given)[0]
        return (code, how, ()) if same else (given, "noun", ())
    if verb_lemma(verb, lexicon) in LIGHT_VERBS:
        # "launched a cyber attack", "expand judicial cooperation", "announced a suspension of
        # attacks": a pattern keyed on the bare object noun ("launch attack") is overruled by
        # what the noun's own modifiers make of it
        for child in verb.children:
            if child.dep_ in {"dobj", "attr"} and child.pos_ == "NOUN":
                refined = noun_code(child, lexicon)
                if refined and refined != lexicon.noun_code(child.lemma_) and codes.to_plover(refined):
                    return refined, "noun", ()
    return code, how, tied


def _exchanged_code(verb: Any, lexicon: Lexicon) -> str | None:
    """What two sides exchange is what they do to each other: "traded threats" threaten,
    "exchanged accusations over the attack" accuse (CAMEO's "trade"/"exchange" patterns match a
    word anywhere after the verb, and the bare verb is trade, 060). The object noun's code, where
    it has a PLOVER one."""
    if verb.lemma_.lower() not in EXCHANGE_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
        given = noun_code(obj, lexicon)
        if given and codes.to_plover(given):
            return given
    return None


def _dissent_called(verb: Any, code: str | None, lexicon: Lexicon) -> str | None:
    """The protest's code when an appeal asks for one: "called for a general strike", "urged a
    boycott", "called for nationwide protests". A party that calls its followers out organises
    the dissent (PLOVER PROTEST: "dissent collectively"); it asks no one for anything (CAMEO
    02x). The noun's own modifiers decide its kind ("called for air strikes" stays a request)."""
    if not code or (codes.to_plover(code) or ("",))[0] != "REQUEST":
        return None
    asked = [c for c in verb.children if c.dep_ == "dobj"]
    asked += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for noun in asked:
        found = noun_code(noun, lexicon) if noun.pos_ == "NOUN" else None
        if found and (codes.to_plover(found) or ("",))[0] == "PROTEST":
            return found
    return None


# "Say" shares CAMEO 2.0's block with "announce", "express", "report": their patterns name the
# thing announced as the verb's object ("announced the release of"), but what follows "said" is
# its content or its source ("said in the release that ..."), coded by its own verbs. Only the
# patterns written for "say" itself ("say sorry") apply to it (bench/lexicon_coverage.py).
SAY_VERBS = frozenset({"say", "describe"})


# Types of a halt (de-escalation, ceasefire, eased dissent: RETREAT, CONCEDE; aid cut, talks
# halted: SANCTION): a pattern of one of them already reads the verb as a halt.
HALTING_TYPES = frozenset({"RETREAT", "CONCEDE", "SANCTION"})


def _type_verb(verb: Any, exclude: set[int], lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]]:
    post, pre = phrase_words(verb, exclude)
    pre = pre | _passive_agent_words(verb)
    post = {**passive_object_words(verb, exclude), **post}
    lemma = verb_lemma(verb, lexicon)
    sense = other_sense(verb, lemma, lexicon, post, pre)
    if sense is not None:
        return sense
    if lemma in LEAVE_VERBS and _left_talks(verb):
        return HALT_TALKS, "pattern", ()
    kept = kept_state_code(verb, lexicon, post, pre)
    if kept:
        return kept, "pattern", ()
    entries = [e for e in lexicon.match_verb(lemma, post, pre, adjective_words(verb, exclude), located_words(verb),
                                             light=lemma in LIGHT_VERBS)
               if _own_particles(e, verb) and not (lemma in SAY_VERBS and not _own(e, lemma))]
    best = entries[0] if entries else None
    if (best is None or not best.specificity) and (helped := helped_act_code(verb, lexicon)):
        return helped, "pattern", ()  # "offered to help mediate": no pattern of "help" says more
    if best is not None and best.specificity and not _names_words(best):
        # a pattern naming what is acted on ("withdraw peacekeepers", 1661) is more telling than
        # an equally specific one naming only a preposition ("withdraw from", 0874)
        best = next((e for e in entries if e.specificity == best.specificity and _names_words(e)
                     and _own(e, lemma) == _own(best, lemma)), best)
    worded = best is not None and _names_words(best)
    tied: tuple[str, ...] = ()
    if best is not None and len(entries) > 1 and entries[1].specificity == best.specificity:
        # the best-ranked code of each PLOVER type among the equally specific patterns; a
        # pattern written for this very verb is no tie with one written for another verb of its
        # block ("mediated ... between the US and Iran" is mediation, whatever "negotiate
        # release" codes)
        own = _own(best, lemma)
        by_type: dict[str, str] = {}
        for e in entries:
            info = (codes.to_plover(e.code) if e.specificity == best.specificity and _own(e, lemma) == own
                    and (_names_words(e) or not worded) else None)
            if info is not None:
                by_type.setdefault(info[0], e.code)
        if len(by_type) > 1:
            tied = tuple(by_type.values())
    if lemma in TRANSFER_VERBS and _munitions_fired(verb):
        # "sent shells into Turkey": munitions sent into or at a place are fired (CAMEO 190,
        # PLOVER ASSAULT), not handed to anyone as military aid (072)
        return "190", "pattern", ()
    if (best is None or not best.specificity) and for_clause(verb) is not None:
        return APPEAL, "pattern", ()  # "called for Assad to step down": an appeal, not a phone call
    if best is None and (sent := officials_sent(verb, lemma)):
        return sent, "pattern", ()  # "sent two officials to Colombo for talks": a visit
    if best is not None and (sent := fulfilled_intent(best.code, verb, lemma)):
        return sent, "pattern", ()  # "sent their foreign ministers to Colombo": no mere intent
    carried = _carried_goods(verb) if lemma in TRANSFER_VERBS else None
    if carried:
        # "sent a plane carrying tents and medicine": the cargo is the aid, whatever CAMEO 2.0's
        # "send &AIRCRAFT" (166 withdraw, 072 military aid) makes of the carrier
        return carried, "noun", ()
    if best is not None and best.code.startswith("06") and lemma in TRANSFER_VERBS and _munitions_sent(verb):
        # "sent drones to Russia": CAMEO 2.0's "send &AIRCRAFT" is military cooperation (062),
        # but weapons handed to another party are military aid (072, PLOVER AID "provide
        # military ... assistance including arms")
        return "072", "pattern", ()
    if best is not None and codes.to_plover(best.code) and codes.to_plover(best.code)[0] in {"AID", "COOPERATE"} \
            and lemma in TRANSFER_VERBS and _troops_sent(verb):
        # "sent troops to the area": CAMEO 2.0 ties military aid (072) and cooperation (062) on
        # "send &TROOPS", but forces moved short of fighting are PLOVER MOBILIZE ("all military
        # or police moves, deployments"); peacekeepers keep their own pattern (074, AID)
        return "154", "pattern", ()
    if (best is None or best.specificity == 0 and not codes.to_plover(best.code)) and lemma in TRANSFER_VERBS:
        goods = _goods_code(verb)
        if goods:
            return goods, "noun", ()  # "will send tanks to Ukraine": what is sent is the aid
    # "called the attack unacceptable": an object given a name (oprd) is what is judged, not
    # the act the verb performs
    light = (lemma in LIGHT_VERBS and any(c.dep_ in {"dobj", "attr"} for c in verb.children)
             and not any(c.dep_ == "oprd" for c in verb.children))
    noun = _noun_object_code(verb, lexicon, lemma) if light else None
    if noun and not (best is not None and best.specificity > 0 and best.post and _pattern_on_object(best, verb)):
        return noun, "noun", ()  # "increase our support for": the object noun is the act
    if best is not None and best.specificity == 0 and bare_sense_absent(verb, lemma):
        return None, NO_ACT, ()
    if best is not None and (best.specificity > 0 or codes.to_plover(best.code)):
        if best.specificity > 0 or not (light or _noun_object_code(verb, lexicon, lemma)):
            return best.code, ("pattern" if best.specificity else "verb"), tied
    noun = _noun_object_code(verb, lexicon, lemma)
    if noun:
        return noun, "noun", ()
    if light and lemma in DETAIN_LIGHT_VERBS and holds_people(verb):
        return DETENTION, "verb", ()  # "is holding a British journalist"
    if light:  # "expressed openness", "held a ceremony": the object, not the verb, is the act
        return None, "", ()
    return (best.code if best else None), ("verb" if best else ""), tied


# Verbs that take their meaning from their object noun ("launched an attack", "lodged a protest").
LIGHT_VERBS = frozenset({
    "launch", "stage", "hold", "carry", "conduct", "make", "issue", "lodge", "file", "impose",
    "level", "mount", "begin", "start", "continue", "announce", "declare", "deliver", "give",
    "express", "voice", "call", "go", "take", "wage", "open", "send", "extend", "step", "unleash",
    "initiate", "organize", "organise", "undertake", "have", "join", "press", "reiterate", "renew",
    "increase", "boost", "expand", "strengthen", "intensify", "scale",
    "escalate", "resume", "ramp", "complete",
})  # fmt: skip


# Verbs of handing over, and what handed over makes which aid (PLOVER AID: "provide military
# and police assistance including arms", "humanitarian aid", "monetary aid ... credit").
TRANSFER_VERBS = frozenset({
    "send", "deliver", "ship", "supply", "provide", "give", "transfer", "donate", "airlift", "fly",
    "hand", "dispatch", "airdrop", "channel", "bring",
})  # fmt: skip
def _goods_code(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "NUM", "SYM"}:
            words = {child.lemma_.lower()} | {c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod", "pobj"}}
            words |= {g.lemma_.lower() for c in child.children if c.dep_ == "prep" for g in c.children}
            for code, goods in GOODS.items():
                if words & goods:
                    return code
    return None


# Verbs of a carrier's cargo ("a plane carrying tents", "trucks loaded with food").
CARRY_VERBS = frozenset({"carry", "load", "bear", "transport", "ferry", "bring"})


def _carried_goods(verb: Any) -> str | None:
    """The aid code of the goods a sent carrier carries ("sent a plane carrying tents")."""
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "nsubjpass"}:
            continue
        for acl in obj.children:
            if acl.dep_ not in {"acl", "relcl"} or acl.lemma_.lower() not in CARRY_VERBS:
                continue
            cargo = [c for c in acl.subtree if c.dep_ in {"dobj", "pobj", "conj"} and c.pos_ == "NOUN"]
            words = {c.lemma_.lower() for c in cargo}
            for code, goods in GOODS.items():
                if words & goods:
                    return code
    return None


# Weapons that are handed over and used up, never a deployment of the sender's own forces (as
# "sent fighter jets to Poland" may be).
MUNITIONS = frozenset({
    "drone", "missile", "ammunition", "munition", "shell", "rocket", "rifle", "weapon", "arm",
    "arms", "artillery", "interceptor", "launcher", "gun", "bomb", "grenade", "mortar",
})  # fmt: skip


def _munitions_sent(verb: Any) -> bool:
    """True when what the verb sends is munitions, to a named recipient ("to Russia")."""
    if not any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            nouns = counted_nouns(child)
            if any(n.lemma_.lower() in MUNITIONS for n in nouns):
                return True
    return False


# Prepositions of where a shot lands (general English): "into the town", "at the airport".
LANDING = frozenset({"into", "at", "onto", "across"})


def _munitions_fired(verb: Any) -> bool:
    """True when what the verb sends is munitions, into or at a place ("sent shells into Turkey")."""
    if not any(c.dep_ == "prep" and c.lower_ in LANDING for c in verb.children):
        return False
    return any(n.lemma_.lower() in MUNITIONS for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}
               for n in counted_nouns(c))


def _troops_sent(verb: Any) -> bool:
    """True when what the verb sends is armed forces ("sent 600 soldiers", "thousands of troops")."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            nouns = counted_nouns(child)
            if any(n.lemma_.lower() in TROOPS and not any(m.lemma_.lower().startswith("peace") for m in n.children)
                   for n in nouns):
                return True
    return False


def _pattern_on_object(entry: Any, verb: Any) -> bool:
    """True when the pattern's first word group is the verb's direct object ("launch attack")
    or its particle ("call off a strike" is no strike); a quantity names its noun after "of"
    ("sent thousands of troops" sends troops)."""
    if any(c.dep_ == "prt" and c.lower_ in entry.post[0] for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"}:
            words = {w for noun in counted_nouns(child) for w in (noun.lower_, noun.lemma_.lower())}
            return bool(words & set(entry.post[0])) or any(len(w) >= 5 and child.lower_.startswith(w) for w in entry.post[0])
    return False


def _own_particles(entry: Any, verb: Any) -> bool:
    """False for a pattern of particles alone ("call up", 150) whose particle belongs to another
    verb of the phrase: "called on Uganda to step up joint operations" calls up no troops. (A
    particle on a noun still counts: "accepted a meeting with".)"""
    if not entry.post or not all(group <= PARTICLES for group in entry.post):
        return True
    for group in entry.post:
        found = [t for t in verb.subtree if t.i != verb.i and t.lower_ in group]
        if found and all(t.head.i != verb.i and t.head.pos_ in {"VERB", "AUX"} for t in found):
            return False
    return True


# Leaving talks halts them (CAMEO 164, PLOVER SANCTION): the dictionary's "withdraw from" is a
# retreat from territory, and its word patterns cannot tell "withdrew from the talks" from
# "withdraw from the town before any talks"; the parse can.
LEAVE_VERBS = frozenset({"withdraw", "pull", "walk", "quit"})
TALKS_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue"})
HALT_TALKS = "164"


def _left_talks(verb: Any) -> bool:
    """Whether the verb's own "from" or "out of" phrase names talks ("walked out of the talks")."""
    heads = [verb, *(c for c in verb.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ == "out")]
    return any(prep.dep_ == "prep" and prep.lower_ in {"from", "of"} and any(
        o.dep_ == "pobj" and o.lemma_.lower() in TALKS_NOUNS for o in prep.children)
        for head in heads for prep in head.children)


def _names_words(entry: Any) -> bool:
    """Whether a pattern names a word of its own, not only particles and prepositions."""
    return any(not group <= PARTICLES for group in entry.post)


def _own(entry: Any, lemma: str) -> bool:
    return not entry.origin or entry.origin == lemma


def _passive_agent_words(verb: Any) -> set[str]:
    """The words of a passive verb's agent ("is being sought by police"): PETRARCH writes a
    pattern's words before the verb for its subject, which a passive puts after it."""
    if not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return set()
    words: set[str] = set()
    for prep in verb.children:
        if prep.dep_ == "agent":
            for token in prep.subtree:
                words |= {token.lower_, token.lemma_.lower()}
    return words


def verb_lemma(verb: Any, lexicon: Lexicon) -> str:
    """The verb's lemma, or a regular one from its form where the tagger's is unknown to the
    lexicon ("staged" -> spaCy's "stag", a noun's lemma; the verb is "stage")."""
    lemma = verb.lemma_.lower()
    if lexicon.has_verb(lemma) or lemma in LIGHT_VERBS:
        return lemma
    form = verb.lower_
    guesses: list[str] = []
    if form.endswith("ed"):  # staged, opened, stopped
        guesses = [form[:-1], form[:-2], form[:-3]]
    elif form.endswith("ing"):  # staging, opening, stopping
        guesses = [form[:-3] + "e", form[:-3], form[:-4]]
    elif form.endswith("s"):
        guesses = [form[:-1], form[:-2]]
    for guess in guesses:
        if lexicon.has_verb(guess) or guess in LIGHT_VERBS:
            return guess
    return lemma


def _noun_object_code(verb: Any, lexicon: Lexicon, lemma: str) -> str | None:
    if lemma not in LIGHT_VERBS:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        # (a passive's subject is its object: "talks were held", "a curfew was imposed")
        if (child.dep_ in {"dobj", "attr"} or passive and child.dep_ in {"nsubj", "nsubjpass"}) and child.pos_ == "NOUN":
            code = noun_code(child, lexicon)
            if not code and child.lemma_.lower() in SERIES_NOUNS:
                # "unleashed a wave of strikes", "carried out a series of raids"
                code = next((c for c in (noun_code(o, lexicon) for o in of_objects(child)) if c), None)
            if code:
                return code
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # "sent troops ... for its war": with an object, "for" says what it is for
    for child in verb.children:  # "called for sanctions", "went on strike"
        if child.dep_ == "prep" and child.lower_ in {"for", "on", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and noun_code(obj, lexicon):
                    return noun_code(obj, lexicon)
    return None
