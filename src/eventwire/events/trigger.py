"""The type of a verb predicate from the trigger lexicon.

The verb's most specific pattern (verb + object/preposition words), else its default code; a
light verb with an event-noun object ("lodged a protest", "issued an ultimatum") takes the
noun's code. spaCy's lemma is replaced by a regular one where the lexicon does not know it
("staged" -> "stag" -> "stage").
"""

from __future__ import annotations

from typing import Any

from eventwire.events import codes, find
from eventwire.events.lexicon import Lexicon


def type_verb(verb: Any, exclude: set[int], lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]]:
    """(CAMEO code, how, tied codes) of a verb from the lexicon; ``tied`` holds one code per
    PLOVER type when equally specific patterns of several types match ("arrest": COERCE, ...)."""
    code, how, tied = _type_verb(verb, exclude, lexicon)
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


def _type_verb(verb: Any, exclude: set[int], lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]]:
    post, pre = find.phrase_words(verb, exclude)
    lemma = verb_lemma(verb, lexicon)
    entries = lexicon.match_verb(lemma, post, pre)
    best = entries[0] if entries else None
    tied: tuple[str, ...] = ()
    if best is not None and len(entries) > 1 and entries[1].specificity == best.specificity:
        # the best-ranked code of each PLOVER type among the equally specific patterns
        by_type: dict[str, str] = {}
        for e in entries:
            info = codes.to_plover(e.code) if e.specificity == best.specificity else None
            if info is not None:
                by_type.setdefault(info[0], e.code)
        if len(by_type) > 1:
            tied = tuple(by_type.values())
    if (best is None or best.specificity == 0 and not codes.to_plover(best.code)) and lemma in TRANSFER_VERBS:
        goods = _goods_code(verb)
        if goods:
            return goods, "noun", ()  # "will send tanks to Ukraine": what is sent is the aid
    light = lemma in LIGHT_VERBS and any(c.dep_ in {"dobj", "attr"} for c in verb.children)
    noun = _noun_object_code(verb, lexicon, lemma) if light else None
    if noun and not (best is not None and best.specificity > 0 and best.post and _pattern_on_object(best, verb)):
        return noun, "noun", ()  # "increase our support for": the object noun is the act
    if best is not None and (best.specificity > 0 or codes.to_plover(best.code)):
        if best.specificity > 0 or not (light or _noun_object_code(verb, lexicon, lemma)):
            return best.code, ("pattern" if best.specificity else "verb"), tied
    noun = _noun_object_code(verb, lexicon, lemma)
    if noun:
        return noun, "noun", ()
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
    "escalate", "resume", "ramp",
})  # fmt: skip


# Verbs of handing over, and what handed over makes which aid (PLOVER AID: "provide military
# and police assistance including arms", "humanitarian aid", "monetary aid ... credit").
TRANSFER_VERBS = frozenset({
    "send", "deliver", "ship", "supply", "provide", "give", "transfer", "donate", "airlift", "fly",
    "hand", "dispatch", "airdrop", "channel",
})  # fmt: skip
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


def _goods_code(verb: Any) -> str | None:
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ in {"NOUN", "NUM", "SYM"}:
            words = {child.lemma_.lower()} | {c.lemma_.lower() for c in child.children if c.dep_ in {"compound", "amod", "pobj"}}
            words |= {g.lemma_.lower() for c in child.children if c.dep_ == "prep" for g in c.children}
            for code, goods in GOODS.items():
                if words & goods:
                    return code
    return None


def _pattern_on_object(entry: Any, verb: Any) -> bool:
    """True when the pattern's first word group is the verb's direct object ("launch attack")
    or its particle ("call off a strike" is no strike)."""
    if any(c.dep_ == "prt" and c.lower_ in entry.post[0] for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"}:
            words = {child.lower_, child.lemma_.lower()}
            return bool(words & set(entry.post[0])) or any(len(w) >= 5 and child.lower_.startswith(w) for w in entry.post[0])
    return False


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
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"} and child.pos_ == "NOUN":
            code = noun_code(child, lexicon)
            if code:
                return code
    for child in verb.children:  # "called for sanctions", "went on strike"
        if child.dep_ == "prep" and child.lower_ in {"for", "on", "in"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and noun_code(obj, lexicon):
                    return noun_code(obj, lexicon)
    return None


# "strike" is a labour strike unless a weapon names it or it falls on something ("air strikes",
# "missile strikes", "strikes on Hezbollah positions"): then an attack (CAMEO 195 aerial, 190).
_AERIAL = frozenset({"air", "airstrike", "drone", "missile", "rocket", "aerial", "bomber", "helicopter"})
_CYBER = frozenset({"cyber", "computer", "online", "ransomware", "malware", "digital", "internet"})
_ARMED = frozenset({"military", "artillery", "retaliatory", "preemptive", "pre-emptive", "precision", "nuclear", "naval", "ground"})


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
# (only nouns that are events themselves: "China's trade ties with Russia" is a state of affairs)
_COOPERATION_NOUNS = frozenset({"cooperation", "co-operation", "collaboration"})
# A halt of something names what is halted: "suspension of attacks" de-escalates (087), "of
# protests" eases dissent (082), "of aid" cuts aid (162), "of talks" halts them (164). Only
# nouns that are events themselves ("called for an end of the fighting" is no de-escalation).
_HALT_NOUNS = frozenset({"suspension"})
_HALTED = {"ASSAULT": "087", "PROTEST": "082", "AID": "162", "CONSULT": "164"}


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
            c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)):
        return "062"  # joint military exercises: CAMEO 062 cooperate militarily (PLOVER COOPERATE)
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
    if modifiers & _ARMED or any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "at", "inside"} for c in noun.children):
        return "190"
    return code
