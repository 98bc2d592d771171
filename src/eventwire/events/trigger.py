"""The type of a verb predicate from the trigger lexicon.

The verb's most specific pattern (verb + object/preposition words), else its default code; a
light verb with an event-noun object ("lodged a protest", "issued an ultimatum") takes the
noun's code. spaCy's lemma is replaced by a regular one where the lexicon does not know it
("staged" -> "stag" -> "stage").
"""

from __future__ import annotations

from typing import Any

from eventwire.events import codes, find
from eventwire.events.event_nouns import halted_act_code, noun_code, relation_code
from eventwire.events.lexicon import RELATION_HEADS, Lexicon

__all__ = ["ASPECTUAL_VERBS", "noun_code", "type_verb", "verb_lemma"]


def type_verb(verb: Any, exclude: set[int], lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]]:
    """(CAMEO code, how, tied codes) of a verb from the lexicon; ``tied`` holds one code per
    PLOVER type when equally specific patterns of several types match ("arrest": COERCE, ...)."""
    code, how, tied = _type_verb(verb, exclude | _attribution(verb), lexicon)
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


# Types of a halt (de-escalation, ceasefire, eased dissent: RETREAT, CONCEDE; aid cut, talks
# halted: SANCTION): a pattern of one of them already reads the verb as a halt.
HALTING_TYPES = frozenset({"RETREAT", "CONCEDE", "SANCTION"})


def _attribution(verb: Any) -> set[int]:
    """The tokens of an "according to X" phrase in the verb's clause: who says so is no part of
    the act ("stormed the school, according to ..." is no "storm &AGREEMENT" through "accord")."""
    found: set[int] = set()
    for token in verb.subtree:
        if token.lower_ == "according" and token.i != verb.i and any(c.lower_ == "to" for c in token.children):
            found |= {t.i for t in token.subtree}
    return found


def _type_verb(verb: Any, exclude: set[int], lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]]:
    post, pre = find.phrase_words(verb, exclude)
    pre = pre | _passive_agent_words(verb)
    lemma = verb_lemma(verb, lexicon)
    sense = _other_sense(verb, lemma, lexicon)
    if sense is not None:
        return sense
    entries = lexicon.match_verb(lemma, post, pre, _adjective_words(verb, exclude))
    best = entries[0] if entries else None
    tied: tuple[str, ...] = ()
    if best is not None and len(entries) > 1 and entries[1].specificity == best.specificity:
        # the best-ranked code of each PLOVER type among the equally specific patterns; a
        # pattern written for this very verb is no tie with one written for another verb of its
        # block ("mediated ... between the US and Iran" is mediation, whatever "negotiate
        # release" codes)
        own = _own(best, lemma)
        by_type: dict[str, str] = {}
        for e in entries:
            info = codes.to_plover(e.code) if e.specificity == best.specificity and _own(e, lemma) == own else None
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
    if best is not None and best.specificity == 0 and _bare_sense_absent(verb, lemma):
        return None, "", ()
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
    or its particle ("call off a strike" is no strike); a quantity names its noun after "of"
    ("sent thousands of troops" sends troops)."""
    if any(c.dep_ == "prt" and c.lower_ in entry.post[0] for c in verb.children):
        return True
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"}:
            words = {child.lower_, child.lemma_.lower()}
            if child.lemma_.lower() in QUANTITY_NOUNS or child.pos_ == "NUM":
                for noun in _of_objects(child):
                    words |= {noun.lower_, noun.lemma_.lower()}
            return bool(words & set(entry.post[0])) or any(len(w) >= 5 and child.lower_.startswith(w) for w in entry.post[0])
    return False


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


def _of_objects(noun: Any) -> list[Any]:
    """The nouns after "of" of ``noun``, with their conjuncts ("troops and ammunition")."""
    found = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found.append(obj)
                    found.extend(c for c in obj.conjuncts if c.pos_ in {"NOUN", "PROPN"})
    return found


# Senses of a verb that the dictionary codes for another object or complement.
# "failed to prevent": an aspectual verb; the act is its complement's, and it did not happen.
ASPECTUAL_VERBS = frozenset({"fail"})
# Promising a retaliation is a veiled threat (PLOVER THREATEN), not an agreement.
PROMISE_VERBS = frozenset({"promise", "pledge", "vow", "swear", "vouch"})
RETALIATION_VERBS = frozenset({"retaliate", "avenge", "respond", "react", "reply", "answer", "strike", "punish"})
# Ordering goods is buying them: "ordered 48 fighter jets from Turkey" (CAMEO's "order" is a demand
# made of someone).
PURCHASE_VERBS = frozenset({"order"})
# Seeking a person is searching for them (CAMEO codes "seek" for seeking a thing: intent, 030).
SEARCH_SENSE = {"seek": "search", "want": "search"}
# A diplomatic mission closed is relations reduced (CAMEO 161, PLOVER SANCTION).
CLOSURE_NOUNS = frozenset({"closure", "closing", "shutdown", "shutting"})
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "consulate-general", "chancery"})
# Verbs whose CAMEO default presumes a person as object: "hold" is detention only of people
# ("the assets the officers hold", "hilltops it still holds" are possession).
PERSON_OBJECT_VERBS = frozenset({"hold", "execute"})  # ("executed the plan" is no execution)
PEOPLE_NOUNS = frozenset({
    "people", "person", "man", "woman", "child", "boy", "girl", "protester", "protestor",
    "demonstrator", "journalist", "reporter", "activist", "suspect", "prisoner", "hostage",
    "detainee", "migrant", "refugee", "student", "worker", "citizen", "national", "soldier",
    "official", "diplomat", "leader", "member", "opponent", "civilian", "crew", "sailor",
    "fisherman", "tourist", "captive", "dissident", "politician", "lawmaker", "foreigner",
    "resident", "villager", "passenger", "critic", "supporter", "militant", "fighter", "rebel",
})  # fmt: skip
_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "whom", "who", "you"})
# Governing is a standing relation, not an act: CAMEO's default for "rule" and "govern" (060)
# made "Burundi has been ruled by the party since 2005" a cooperation; the court's "ruled
# against", "ruled out" are patterns of their own.
GOVERN_VERBS = frozenset({"rule", "govern"})
# Causing a thing is no act on a party: "provoked the incident" is no protest (CAMEO's default
# for "provoke" is 140); "provoked China" keeps it.
CAUSE_VERBS = frozenset({"provoke"})
# Letting a state come about ("allow X to become Y") yields nothing to anyone. Only a bare
# infinitive counts: "allowed that Mordor isn't a pleasant place" is admitting a statement.
PERMIT_VERBS = frozenset({"allow", "permit", "let"})
COPULAS = frozenset({"be", "become", "remain", "turn", "grow", "stay"})
# Remaining where one is, in a clause that sets the main one's condition or time ("will not
# disarm while Israeli troops remain on Lebanese land"), is a standing presence, not a
# mobilization (CAMEO's "troops remain", 150); "troops remained on alert" stays one.
STATIVE_VERBS = frozenset({"remain", "stay"})
# Verbs of thinking: CAMEO codes them as consultation (040), which needs a party to consult
# with ("considered Turkish frigates", "weighed sanctions" consult no one).
COGNITION_VERBS = frozenset({"consider", "contemplate", "mull", "weigh", "ponder"})
# Verbs whose CAMEO 2.0 default (060 "engage in material cooperation", 040 "consult", 030
# "express intent", from blocks of "contribute", "depart", "intend") is not what they mostly say
# in news: "according to officials" attributes, "adding that" speaks, "linked to", "led by",
# "related to", "serves as" and "controls the border" relate, "led to" causes, "leaving hundreds
# homeless" results, "expected to rise" forecasts, "the move comes as" happens, "admitted that"
# says, "talks failed" or "failed Somalia" rejects nothing (120). Their patterns ("linked to the
# attack", "leave for talks", "admitted inspectors") still code.
NO_BARE_SENSE = frozenset({
    "accord", "add", "link", "lead", "leave", "relate", "serve", "control", "expect", "affect",
    "improve", "verify", "come", "admit", "fail",
})  # fmt: skip
# Verbs of assembling: a meeting (040) needs a party met with or officials who meet; a crowd of
# protesters gathering is a demonstration (CAMEO 141); anyone else gathering is no act on anyone.
ASSEMBLY_VERBS = frozenset({"gather", "assemble", "converge", "congregate"})
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "picketer", "rioter"})
CROWD_NOUNS = frozenset({
    "crowd", "people", "thousand", "hundred", "dozen", "resident", "student", "worker", "supporter",
    "villager", "citizen", "fan", "mourner", "worshipper", "pilgrim", "family", "youth",
})  # fmt: skip
PARTAKE_VERBS = frozenset({"take", "play"})
# Releasing a document is publishing it, not freeing anyone (CAMEO 084 "return, release"):
# "a report released Tuesday", "the ministry released figures".
PUBLISH_VERBS = frozenset({"release", "issue", "publish", "unveil"})
DOCUMENT_NOUNS = frozenset({
    "report", "statement", "figure", "data", "video", "footage", "list", "document", "survey",
    "result", "detail", "study", "finding", "information", "name", "photo", "photograph", "image",
    "recording", "transcript", "poll", "paper", "record", "file", "map", "book", "album", "film",
    "memo", "letter", "communique", "communiqué", "text", "draft", "version", "audio", "tape",
    "estimate", "statistic", "guideline", "budget", "assessment", "review", "analysis", "index",
})  # fmt: skip
# Harm suffered in a mishap or a disaster is no assault: "killed in a helicopter crash",
# "injured in a two-car collision", "died in the floods".
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "die", "maim"})
MISHAP_NOUNS = frozenset({
    "accident", "crash", "collision", "derailment", "stampede", "landslide", "mudslide", "flood",
    "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon", "tornado",
    "avalanche", "blizzard", "heatwave", "wreck", "capsizing", "mishap", "pileup", "pile-up",
})  # fmt: skip


def _other_sense(verb: Any, lemma: str, lexicon: Lexicon) -> tuple[str | None, str, tuple[str, ...]] | None:
    """The type of a verb used in a sense its dictionary entry does not code, or None to
    type it from the lexicon."""
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
    if lemma in ASPECTUAL_VERBS and xcomp is not None:
        return None, "", ()
    if lemma in PERMIT_VERBS and any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in COPULAS and c.tag_ == "VB"
                                     for c in verb.children):
        return None, "", ()  # "will not allow illegal migration to become a business": a state, no party
    if lemma in STATIVE_VERBS and verb.dep_ == "advcl":
        post, pre = find.phrase_words(verb, set())
        entries = lexicon.match_verb(lemma, post, pre | _subject_words(verb))
        if entries and (codes.to_plover(entries[0].code) or ("",))[0] == "MOBILIZE":
            return None, "", ()
    if lemma in PROMISE_VERBS and xcomp is not None:
        threat = _threat_code(xcomp, lexicon)
        if threat:
            return threat, "pattern", ()
    if lemma in SEARCH_SENSE and xcomp is None:
        sought = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if sought and all(_is_person(c) for c in sought):
            # "a third man is being sought by police": a search for a person, not an intent
            entries = [e for e in lexicon.verbs.get(SEARCH_SENSE[lemma], ()) if not e.post and not e.pre]
            if entries:
                return entries[0].code, "verb", ()
    if lemma in PUBLISH_VERBS and any(o.lemma_.lower() in DOCUMENT_NOUNS for o in _acted_on(verb)):
        return None, "", ()
    if verb.lower_ == "according" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None, "", ()  # "according to officials": attribution, whatever the words after it
    if lemma in HARM_VERBS and _in_mishap(verb):
        return None, "", ()
    if lemma in PARTAKE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children):
        # "took part in the talks / protests": the act taken part in, else none ("took part" is
        # no seizure, CAMEO 2.0's "take" default)
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    code = noun_code(obj, lexicon) if obj.dep_ == "pobj" else None
                    if code:
                        return code, "noun", ()
        return None, "", ()
    if lemma in ASSEMBLY_VERBS and not any(c.dep_ in {"prep", "dobj"} and c.lower_ == "with" for c in verb.children):
        return _assembly_code(verb)
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in CLOSURE_NOUNS and any(o.lemma_.lower() in MISSION_NOUNS for o in _of_objects(child)):
            return "161", "pattern", ()  # "ordered the closure of Russia's consulate"
        if lemma in PURCHASE_VERBS and _is_goods(child):
            post, pre = find.phrase_words(verb, set())
            entries = lexicon.match_verb("buy", post, pre)
            if entries:
                return entries[0].code, "pattern", ()
    return None


def _acted_on(verb: Any) -> list[Any]:
    """What the verb acts on: its object, its passive subject, or the noun its participle
    modifies ("a report released Tuesday")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not found and verb.dep_ in {"acl", "relcl"}:
        found = [verb.head]
    return found


def _in_mishap(verb: Any) -> bool:
    """True when the harm happened "in" or "from" a mishap or disaster (see MISHAP_NOUNS)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "from", "during", "after"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in MISHAP_NOUNS or obj.lower_ in MISHAP_NOUNS):
                    return True
    return False


def _assembly_code(verb: Any) -> tuple[str | None, str, tuple[str, ...]] | None:
    """A gathering with no one met: protesters' is a demonstration, a crowd's no act; anyone
    else's (officials, ministers) keeps the lexicon's meeting."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    words = set()
    for subj in subjects:
        words.add(subj.lemma_.lower())
        if subj.lemma_.lower() in QUANTITY_NOUNS or subj.pos_ == "NUM":
            words |= {o.lemma_.lower() for o in _of_objects(subj)}
    if words & PROTESTER_NOUNS:
        return "141", "pattern", ()
    if words & CROWD_NOUNS:
        return None, "", ()
    return None


def _threat_code(xcomp: Any, lexicon: Lexicon) -> str | None:
    """CAMEO 13x when the promised act is a retaliation or a conflictual act."""
    lemma = xcomp.lemma_.lower()
    if lemma in RETALIATION_VERBS:
        # "promised to respond" (to an attack, or to nothing named); not "respond to the letter"
        objects = [o for p in xcomp.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        objects += [c for c in xcomp.children if c.dep_ == "dobj"]
        if not objects or any((codes.to_plover(lexicon.noun_code(o.lemma_) or "") or ("",))[0]
                               not in codes.COOPERATIVE | {""} for o in objects):
            return "130"
        return None
    bare = [e for e in lexicon.verbs.get(lemma, ()) if not e.post and not e.pre]
    info = codes.to_plover(bare[0].code) if bare else None
    if info and info[0] in {"ASSAULT", "COERCE"}:
        return codes.intent_view(info[0], bare[0].code, "intended", False)[1]
    return None


def _subject_words(verb: Any) -> set[str]:
    return {t.lower_ for c in verb.children if c.dep_ in find.SUBJ_DEPS for t in c.subtree} | {
        t.lemma_.lower() for c in verb.children if c.dep_ in find.SUBJ_DEPS for t in c.subtree}


def _is_goods(noun: Any) -> bool:
    words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    if noun.lemma_.lower() in QUANTITY_NOUNS or noun.pos_ == "NUM":
        words |= {o.lemma_.lower() for o in _of_objects(noun)}
    return any(words & goods for goods in GOODS.values())


def _bare_sense_absent(verb: Any, lemma: str) -> bool:
    """True when the verb's default code does not fit its use here (see PERSON_OBJECT_VERBS,
    COGNITION_VERBS, NO_BARE_SENSE)."""
    if lemma in GOVERN_VERBS or lemma in NO_BARE_SENSE:
        return True
    if lemma in CAUSE_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and not any(_is_person(o) for o in objects)
    if lemma in COGNITION_VERBS:
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if lemma in PERSON_OBJECT_VERBS:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if not objects and verb.dep_ in {"relcl", "acl"}:
            # "the assets the officers hold", "the press conference held on Sunday": the noun
            # the clause modifies is what is held
            objects = [verb.head]
        return bool(objects) and not any(_is_person(o) for o in objects)
    return False


def _is_person(token: Any) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in _PERSON_PRONOUNS
    if token.ent_type_ in {"PERSON", "NORP"} or token.pos_ in {"PROPN", "NUM"}:
        return True
    return token.lemma_.lower() in PEOPLE_NOUNS or token.lemma_.lower() in QUANTITY_NOUNS


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




def _adjective_words(verb: Any, exclude: set[int]) -> frozenset[str]:
    """Words of the verb's phrase after it that occur there only as adjectives modifying a
    relation noun ("military" in "its military partnership"), never as nouns themselves."""
    adjectives: set[str] = set()
    others: set[str] = set()
    for token in verb.subtree:
        if token.i <= verb.i or token.i in exclude:
            continue
        words = {token.lower_, token.lemma_.lower()}
        if token.dep_ == "amod" and token.pos_ == "ADJ" and token.head.lemma_.lower() in RELATION_HEADS:
            adjectives |= words
        else:
            others |= words
    return frozenset(adjectives - others)


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
            if not code and child.lemma_.lower() in SERIES_NOUNS:
                # "unleashed a wave of strikes", "carried out a series of raids"
                code = next((c for c in (noun_code(o, lexicon) for o in _of_objects(child)) if c), None)
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
