"""Event nouns in their phrase: the CAMEO code an event noun takes from its modifiers ("air
strikes" are an attack, a "hunger strike" a protest, "judicial cooperation" CAMEO 063, a "phone
conversation" 041), and the relation a verb starts or improves ("strengthen ties with")."""

from __future__ import annotations

from typing import Any

from eventwire.events import codes
from eventwire.events.lexicon import Lexicon

# "strike" is a labour strike unless a weapon names it or it falls on something ("air strikes",
# "missile strikes", "strikes on Hezbollah positions"): then an attack (CAMEO 195 aerial, 190).
_AERIAL = frozenset({"air", "airstrike", "drone", "missile", "rocket", "aerial", "bomber", "helicopter"})
_CYBER = frozenset({"cyber", "computer", "online", "ransomware", "malware", "digital", "internet"})
_ARMED = frozenset({"military", "artillery", "retaliatory", "preemptive", "pre-emptive", "precision", "nuclear", "naval", "ground"})
# ... and a "general", "labour" or "wildcat" strike is a stoppage of work (CAMEO 143), whatever
# preposition follows; so is one "on Monday": a date says when, not what was struck.
_LABOUR = frozenset({"general", "labour", "labor", "wildcat", "worker", "union", "sit-down"})


# CAMEO 050 "engage in diplomatic cooperation" (PLOVER SUPPORT) and 061-064 material
# cooperation, economic, military, judicial, intelligence (COOPERATE): a kind of cooperation or
# names its code.
COOPERATION_KINDS = {
    "diplomatic": "050", "political": "050",
    "economic": "061", "trade": "061", "commercial": "061", "financial": "061", "business": "061",
    "energy": "061", "investment": "061",
    "military": "062", "defence": "062", "defense": "062", "security": "062", "naval": "062",
    "judicial": "063", "legal": "063", "extradition": "063",
    "intelligence": "064",
}  # fmt: skip
# PLOVER COOPERATE: "military exchanges such as joint military games and maneuvers"
_DRILL_NOUNS = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame", "war-game", "maneuvers", "manoeuvres"})
# ... and so are joint patrols and operations ("step up joint patrols with Argentina"): forces
# acting together, not against each other (CAMEO 2.0 reads "step up patrols" as a threat, 130).
# Only "joint" says so: "operations with air support" are no cooperation.
_JOINT_NOUNS = frozenset({"patrol", "patrols", "operation", "operations"})
_PROCESS_NOUNS = frozenset({"process"})
_TEST_NOUNS = frozenset({"test", "test-firing", "testing"})
# A war or battle of bids, prices or words is a contest, no armed force (CAMEO 190); a trade or
# tariff war is a restriction of trade (CAMEO 163, PLOVER SANCTION "stop or restrict commercial
# ... exchange as a form of protest or punishment").
_WAR_NOUNS = frozenset({"war", "battle", "fight"})
_CONTESTS = frozenset({"bidding", "price", "pricing", "ratings", "talent", "turf", "culture", "format", "legal", "court", "custody"})
_TRADE_WARS = frozenset({"trade", "tariff", "currency"})
_WEAPON_WORDS = frozenset({"missile", "nuclear", "rocket", "ballistic", "weapon", "weapons", "hypersonic", "atomic", "bomb"})
_PHONE = frozenset({"phone", "telephone", "video", "telephonic", "virtual"})
_TALK_NOUNS = frozenset({"conversation", "discussion", "call", "talk", "consultation", "conference", "meeting"})
# (only nouns that are events themselves: "China's trade ties with Russia" is a state of affairs)
_COOPERATION_NOUNS = frozenset({"cooperation", "co-operation", "collaboration"})
# A halt of something names what is halted: "suspension of attacks" de-escalates (087), "of
# protests" eases dissent (082), "of aid" cuts aid (162), "of talks" halts them (164), a
# crackdown or repression ended eases restrictions on people (081, PLOVER CONCEDE "easing
# administrative or legal restrictions on persons"). Only nouns that are events themselves
# ("called for an end of the fighting" is no de-escalation).
_HALT_NOUNS = frozenset({"suspension"})
_HALTED = {"ASSAULT": "087", "PROTEST": "082", "AID": "162", "CONSULT": "164", "COERCE": "081"}


# Verbs that start, restore or improve a relation. PLOVER SUPPORT: "initiate, resume, improve,
# or expand diplomatic cooperation"; COOPERATE: "initiate, resume, improve, or expand economic
# exchange or cooperation", military exchanges, judicial matters, intelligence sharing.
IMPROVE_VERBS = frozenset({
    "strengthen", "expand", "deepen", "boost", "improve", "enhance", "bolster", "broaden",
    "intensify", "upgrade", "restore", "resume", "normalize", "normalise", "forge", "establish",
    "build", "develop", "promote", "cement", "foster", "increase", "step", "revive", "reinforce",
    "solidify", "widen", "advance", "renew", "tighten",
})  # fmt: skip
# the relation nouns (RELATION_HEADS less events of their own, "aid", "deal", and "alliance",
# which names an organisation as often: "the inclusion of Finland strengthens the alliance")
_TIE_NOUNS = frozenset({
    "tie", "relation", "relationship", "partnership", "cooperation", "co-operation", "collaboration",
    "link", "contact", "coordination", "friendship", "dialogue", "exchange",
})  # fmt: skip


# Exchanges that are economic cooperation by themselves (CAMEO 061, PLOVER COOPERATE economic).
EXCHANGE_NOUNS = frozenset({"trade", "commerce", "investment"})


def relation_code(verb: Any, lemma: str) -> str | None:
    """The code of a relation started or improved ("strengthen ties with", "boost defence
    ties", "expand trade links"): its kind (COOPERATION_KINDS) says which, diplomatic (050) when
    none is named. ``lemma`` is the verb's (``trigger.verb_lemma``)."""
    if verb.pos_ != "VERB" or lemma not in IMPROVE_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lemma_.lower() in EXCHANGE_NOUNS:
            return "061"  # "expanded trade", "boosted investment": the exchange is the relation
        if child.dep_ not in {"dobj", "nsubjpass"} or child.lemma_.lower() not in _TIE_NOUNS:
            continue
        modifiers = [c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod", "nmod"}]
        kinds = [COOPERATION_KINDS[m] for m in modifiers if m in COOPERATION_KINDS]
        return kinds[0] if kinds else "050"
    return None


# Verbs of halting one's own act ("called off its air strikes", "postponed its offensive",
# "ended their protest"): the act halted names the code (see _HALTED), not the act itself.
HALT_VERBS = frozenset({
    "halt", "suspend", "stop", "cease", "end", "cancel", "postpone", "abandon", "freeze", "pause",
    "scrap", "shelve", "defer", "discontinue", "terminate",
})  # fmt: skip


def halted_act_code(verb: Any, lemma: str, lexicon: Lexicon) -> str | None:
    """The code of halting the act the verb's object names, when the verb halts (HALT_VERBS,
    or "call off"): de-escalation (087), dissent eased (082), aid cut (162), talks halted (164)."""
    if lemma not in HALT_VERBS and not (lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)):
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ == "NOUN":
            info = codes.to_plover(noun_code(child, lexicon) or "")
            if info and info[0] in _HALTED:
                return _HALTED[info[0]]
    return None


def _halted_code(noun: Any, lexicon: Lexicon) -> str | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                code = lexicon.noun_code(obj.lemma_) if obj.dep_ == "pobj" else None
                info = codes.to_plover(code) if code else None
                if info and info[0] in _HALTED:
                    return _HALTED[info[0]]
    return None


def noun_code(noun: Any, lexicon: Lexicon) -> str | None:
    """The CAMEO code of an event noun in its phrase (see ``_AERIAL``: "strike" by its modifiers)."""
    # the form too: the tagger lemmatises some -ing nouns as verbs ("fighting" -> "fight")
    code = lexicon.noun_code(noun.lemma_) or (lexicon.noun_code(noun.lower_) if noun.pos_ == "NOUN" else None)
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}}
    if code and modifiers & _CYBER and (codes.to_plover(code) or ("",))[0] == "ASSAULT":
        return "170"  # "a cyber attack on the grid": PLOVER COERCE cyber, no armed assault
    if noun.lemma_.lower() in _DRILL_NOUNS and ("joint" in modifiers or any(
            c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)) or (
            noun.lemma_.lower() in _JOINT_NOUNS and "joint" in modifiers):
        return "062"  # joint military exercises: CAMEO 062 cooperate militarily (PLOVER COOPERATE)
    lemma = noun.lemma_.lower()
    if lemma in _WAR_NOUNS and (modifiers & _CONTESTS or any(o.lemma_.lower() == "word" for o in of_objects(noun))):
        return None  # "a bidding war", "a war of words"
    if lemma in _WAR_NOUNS and modifiers & _TRADE_WARS:
        return "163"
    if lemma == "law" and "martial" in modifiers or lemma == "state" and any(
            o.lemma_.lower() == "emergency" for o in of_objects(noun)):
        return "1724"  # CAMEO 1724 "impose state of emergency or martial law" (PLOVER COERCE)
    if lemma in _PROCESS_NOUNS:
        # "the withdrawal process": the act its modifier names
        for child in noun.children:
            if child.dep_ in {"compound", "nmod"} and lexicon.noun_code(child.lemma_):
                return lexicon.noun_code(child.lemma_)
    if noun.lemma_.lower() in _TEST_NOUNS and modifiers & _WEAPON_WORDS:
        return "150"  # "a missile test": PLOVER MOBILIZE weapons, "test weapons systems"
    if code and modifiers & _PHONE and noun.lemma_.lower() in _TALK_NOUNS:
        return "041"  # CAMEO 041 "discuss by telephone" (PLOVER CONSULT phone)
    if code and noun.lemma_.lower() in _COOPERATION_NOUNS:
        kinds = [COOPERATION_KINDS[m] for m in modifiers if m in COOPERATION_KINDS]
        if kinds:
            return kinds[0]  # "judicial cooperation" (063), "diplomatic ties" (050)
    if code and noun.lemma_.lower() in _HALT_NOUNS:
        halted = _halted_code(noun, lexicon)
        if halted:
            return halted
    if code != "143":
        return code
    if "hunger" in modifiers:
        return "142"  # CAMEO 142: conduct hunger strike
    if modifiers & _AERIAL:
        return "195"
    if modifiers & _LABOUR:
        return code
    if modifiers & _ARMED or any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "at", "inside"} and not _when(c)
                                 for c in noun.children):
        return "190"
    return code


def _when(prep: Any) -> bool:
    """True when a preposition's object is a date or time ("a strike on Monday")."""
    return any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children)


# What handed over makes which aid (PLOVER AID: "provide military and police assistance
# including arms", "humanitarian aid", "monetary aid ... credit").
GOODS = {
    "072": frozenset({
        "weapon", "arm", "tank", "missile", "ammunition", "munition", "artillery", "jet", "fighter",
        "drone", "rifle", "shell", "rocket", "howitzer", "helicopter", "warship", "gun", "armour",
        "armor", "interceptor", "launcher", "equipment",
    }),
    "073": frozenset({
        "food", "medicine", "supply", "vaccine", "tent", "blanket", "relief", "grain", "wheat",
        "water", "shelter", "fuel", "ration",
    }),
    "071": frozenset({"money", "loan", "fund", "grant", "credit", "dollar", "euro", "cash", "budget"}),
}  # fmt: skip


# Nouns of a succession whose "of" phrase names the acts ("a wave of air strikes").
SERIES_NOUNS = frozenset({
    "wave", "series", "barrage", "spate", "string", "round", "volley", "salvo", "flurry", "campaign",
    "spree", "number", "lot",
})  # fmt: skip
# Nouns of quantity whose "of" phrase names what is counted ("thousands of troops").
QUANTITY_NOUNS = frozenset({
    "thousand", "hundred", "million", "dozen", "score", "amount", "number", "lot", "batch",
    "shipment", "consignment", "quantity", "unit", "contingent", "battalion", "tonne", "ton",
})  # fmt: skip


def counted_nouns(noun: Any) -> list[Any]:
    """``noun`` and, when it is a quantity ("3,000 of its citizens", "dozens of warships"), the
    nouns it counts."""
    return [noun, *of_objects(noun)] if noun.lemma_.lower() in QUANTITY_NOUNS or noun.pos_ == "NUM" else [noun]


def of_objects(noun: Any) -> list[Any]:
    """The nouns after "of" of ``noun``, with their conjuncts ("troops and ammunition")."""
    found = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found.append(obj)
                    found.extend(c for c in obj.conjuncts if c.pos_ in {"NOUN", "PROPN"})
    return found
