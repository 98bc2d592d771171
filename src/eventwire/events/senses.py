"""Senses of a verb that the CAMEO dictionary codes for another use: what the verb does here
when its object, complement or phrase says it is not the coded act ("took part in", "according
to", "called Somalia a failed state", "killed in a crash"), and the phrases that are no part of
the act (attribution, time)."""

from __future__ import annotations

from typing import Any

from eventwire.events import codes, find
from eventwire.events.clauses import subject_words
from eventwire.events.deployments import deployed_code
from eventwire.events.evacuations import evacuation_code
from eventwire.events.event_nouns import GOODS, counted_nouns, noun_code, of_objects
from eventwire.events.everyday import everyday_sense, sense_code
from eventwire.events.expulsions import expulsion_code
from eventwire.events.forces import ARMED as ARMED_DOERS
from eventwire.events.hazards import HARM_VERBS, WARN_VERBS, hazard_doer, hazard_warning, in_mishap
from eventwire.events.inquiries import inquiry_code
from eventwire.events.lexicon import PARTICLES, Lexicon
from eventwire.events.nonacts import non_act
from eventwire.events.people import PEOPLE_NOUNS, is_person, seized_people_code
from eventwire.events.rebuttals import JUDGING_NAMING_VERBS, rebuttal_code
from eventwire.events.takeover import takeover_code
from eventwire.nlp.place_nouns import LAND, SITES, TOWNS

# ``how`` of a predicate whose sense rules say it is no act here (not merely unknown to the
# lexicon): the classifier is not asked about it.
NO_ACT = "none"


def attribution(verb: Any) -> set[int]:
    """The tokens of an "according to X" phrase in the verb's clause: who says so is no part of
    the act ("stormed the school, according to ..." is no "storm &AGREEMENT" through "accord")."""
    found: set[int] = set()
    for token in verb.subtree:
        if token.lower_ == "according" and token.i != verb.i and any(c.lower_ == "to" for c in token.children):
            found |= {t.i for t in token.subtree}
    return found


def when(verb: Any) -> set[int]:
    """The tokens of the verb's prepositional phrases of time ("on Monday", "in July", "for
    weeks"): no pattern word ("called the president on Monday" is no "call on", an appeal)."""
    found: set[int] = set()
    for prep in verb.children:
        if prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children):
            found |= {t.i for t in prep.subtree}
    return found


# Senses of a verb that the dictionary codes for another object or complement.
# "failed to prevent": an aspectual verb; the act is its complement's, and it did not happen.
ASPECTUAL_VERBS = frozenset({"fail"})
STEP_VERBS = frozenset({"move"})  # "is moving to protect its interests" moves no forces
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
ALLOW_AID = "0863"
COPULAS = frozenset({"be", "become", "remain", "turn", "grow", "stay"})
# Remaining where one is, in a clause that sets the main one's condition or time ("will not
# disarm while Israeli troops remain on Lebanese land"), is a standing presence, not a
# mobilization (CAMEO's "troops remain", 150); "troops remained on alert" stays one.
STATIVE_VERBS = frozenset({"remain", "stay"})
# Verbs of thinking and learning: CAMEO codes them as consultation (040), which needs a party to
# consult with ("weighed sanctions", "learned of the plan", "reconsidered the offer" consult no one).
COGNITION_VERBS = frozenset({"consider", "contemplate", "mull", "weigh", "ponder", "think", "hear", "learn",
                             "reconsider", "speculate", "muse", "meditate", "ruminate"})
# Verbs whose CAMEO 2.0 default (060 "engage in material cooperation", 040 "consult", 030
# "express intent", from blocks of "contribute", "depart", "intend") is not what they mostly say
# in news: "according to officials" attributes, "adding that" speaks, "linked to", "led by",
# "related to", "serves as" and "controls the border" relate, "led to" causes, "leaving hundreds
# homeless" results, "expected to rise" forecasts, "the move comes as" happens, "admitted that"
# says, "talks failed" or "failed Somalia" rejects nothing (120), "established a commission"
# cooperates with no one (060), "protests spread to the centre" tells an event's course (010,
# a statement: "spread rumours"), "recalled employees" withdraws no envoy (161: the recall
# of an ambassador is CAMEO's own pattern), "directed a film / directed funds to", "heads the
# alliance", "co-founded a group", "administered vaccines", "will benefit producers" cooperate
# with no one (060), "would mean a balanced account", "ensured that ..." intend nothing (030),
# "compete against rivals" disapproves of no one (110), "groups that match your interests",
# "a video containing an edit" use no force (190, 170), "introduce the new coach" consults
# no one (040), "expose", "prescribe", "combine", "bid on contracts" (050, 060, 100)
# (bench/lexicon_coverage.py, session 15). Their patterns ("linked to the attack", "leave for
# talks", "admitted inspectors", "spread propaganda", "headed a delegation") still code.
# "Interfere" shares INTERVENE's aid default (070): meddling "in internal affairs" is no aid.
# CAMEO 2.0's MEET_PEOPLE block gives 040 (consult) to "encountered resistance", "braved
# protests", "confronted fighters", "inserted troops": they meet with no one (session 16).
NO_BARE_SENSE = frozenset({
    "accord", "add", "link", "lead", "leave", "relate", "serve", "control", "expect", "affect",
    "improve", "verify", "come", "admit", "fail", "establish", "spread", "recall", "direct",
    "head", "found", "benefit", "administer", "mean", "ensure", "compete", "match", "contain",
    "introduce", "expose", "prescribe", "combine", "bid", "interfere", "encounter", "brave",
    "confront", "insert", "innovate", "acquaint",
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
OFFICE_NOUNS = frozenset({
    "counterpart", "president", "minister", "premier", "chancellor", "king", "queen", "emir",
    "secretary", "ambassador", "envoy", "chief", "head", "commander", "governor", "mayor",
})  # fmt: skip
NAMING_VERBS = JUDGING_NAMING_VERBS | {"name"}  # ("named him minister" appoints: it judges nothing)
# Names that condemn whom or what they are given to (general English), so that calling someone
# one is to denounce them (CAMEO 111, PLOVER ACCUSE): "called the opposition leader a traitor",
# "branded the vote a farce", "labelled Israel a terrorist state". The verb dictionary's own
# patterns hold a few ("a liar"); news uses many more.
INSULTING_NAMES = frozenset({
    "terrorist", "criminal", "liar", "thief", "thug", "traitor", "murderer", "killer", "butcher",
    "dictator", "tyrant", "fascist", "racist", "puppet", "bully", "hypocrite", "fraud", "sham",
    "farce", "travesty", "disgrace", "hoax", "lie", "witch hunt", "crook", "gangster", "bandit",
    "war criminal", "enemy", "threat", "menace", "rogue", "pariah", "aggressor", "occupier",
})  # fmt: skip
DENOUNCE = "111"


def _insulting_name(verb: Any) -> bool:
    """The name ``verb`` gives (its object predicate) condemns: "a terrorist", "a terrorist state"."""
    return any(name.dep_ == "oprd" and condemning_name(name) for name in verb.children)


def condemning_name(name: Any) -> bool:
    """The noun ``name`` (with its modifiers) condemns whom it is given to: "a terrorist", "war criminals"."""
    words = {name.lemma_.lower()} | {c.lemma_.lower() for c in name.children if c.dep_ in {"amod", "compound"}}
    phrase = " ".join(t.lemma_.lower() for t in name.subtree if t.dep_ in {"amod", "compound"} or t is name)
    return bool(words & INSULTING_NAMES) or phrase in INSULTING_NAMES


ENGAGE_VERBS = frozenset({"engage"})
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


# Verbs of raiding or surrounding a place, and the doers whose raid is law enforcement:
# PLOVER's COERCE seize is "police or other authorities carrying out a law enforcement raid" or
# "executing a search" (CAMEO 171); soldiers' or militants' raid keeps CAMEO's 190 (ASSAULT), and
# so does the police's storming of a place (force used, not a search).
RAID_VERBS = frozenset({"raid", "surround", "swoop"})
LAW_ENFORCERS = frozenset({
    "police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie", "investigator",
    "detective", "prosecutor", "agent", "inspector", "customs", "authority", "authorities", "officer",
})  # fmt: skip
MILITARY_WORDS = frozenset({"army", "military", "soldier", "troop", "militia", "rebel", "navy", "militant"})


# Verbs of a court's verdict: PLOVER's SANCTION convict, "find an entity or behavior guilty",
# "found guilty and sentenced" (CAMEO 116). CAMEO 2.0 files CONVICT with CONDEMN, whose
# patterns read "convicted ... of killing" as criticism (111) or "of crimes" as an arrest (173).
# "Sentenced to ten years in prison" keeps CAMEO's 172 (COERCE): the prison term makes the court
# the captor that a later "demanded his release" is aimed at (events.antecedents), and
# news_events3 codes it so; PLOVER's codebook would read it as SANCTION convict too.
VERDICT_VERBS = frozenset({"convict"})
GUILT_WORDS = frozenset({"guilty", "liable"})


# "Defended the police / the minister / the new law": CAMEO 052 "defend verbally" (PLOVER
# SUPPORT). CAMEO 2.0's default for the verb is military protection (074, AID), kept when armed
# or police forces do the defending or a place or an ally is defended.
# Not vague areas or seats of bodies: "defended the welfare state", "defended parliament" are
# words for a policy or a body.
DEFENDED_PLACES = TOWNS | LAND | SITES | frozenset({
    "camp", "embassy", "airspace", "country", "homeland", "ally", "allies", "position", "positions",
    "civilian", "civilians",
})  # fmt: skip


# "Protect" (CAMEO 074, military protection) by someone other than armed forces, of no place
# or ally: "we're going to protect our families, the industry" protects no one militarily
# (bench/lexicon_coverage.py); "vowed to protect Taiwan", "peacekeepers protect civilians" keep it.
PROTECT_VERBS = frozenset({"protect", "safeguard", "shield"})


# PLOVER's AGREE lists "invite a delegation to visit (note: this only includes invitations:
# actual visits/meetings do not fall under this definition)": CAMEO 036, intent to meet. CAMEO
# 2.0 also gives the verb 040 (consult), a tie the classifier had been deciding for CONSULT.
INVITE_VERBS = frozenset({"invite"})


# "Summoned the ambassador to protest against the sanctions": the protest a purpose infinitive
# names is the complaint the summons carries (CAMEO 111, PLOVER ACCUSE), not a demonstration,
# and whatever the words after it ("sanctions") make of it in other verbs' patterns.
COMPLAINT_VERBS = frozenset({"protest", "complain", "object"})
# A crowd's protest is a demonstration (CAMEO 141, PLOVER PROTEST) whatever it is against: the
# block's patterns "protest against the result", "protest the decision" are other verbs' ("oppose",
# "challenge": 120, 110), a government's verbal objection, not people out in the streets.
CROWD_PROTEST_VERBS = frozenset({"protest"})
DEMONSTRATION = "141"
# PLOVER PROTEST riot: "violent riot ... directed toward members of a distinct 'other' group or
# government authorities" (CAMEO 145 "protest violently, riot"): the force or destruction of
# rioters, a mob or protesters (CAMEO 2.0 types "torched shops" by the act alone, 190).
RIOT = "145"
RIOT_DOERS = PROTESTER_NOUNS | {"mob"}
# (violence done to anyone or anything, or property seized or destroyed; not a crowd's
# blockade or occupation, PROTEST obstruct, nor fighting between two sides: "clashed with police")
FIGHT_VERBS = frozenset({"clash", "fight", "battle"})
# An attack with guns, artillery, missiles, aircraft or unconventional weapons (CAMEO 193-195,
# 204) is an armed attack whoever makes it: a riot's weapons are primitive (PLOVER ASSAULT
# primitive: "fire, edged weapons, rocks").
ARMED_ATTACKS = ("193", "194", "195", "204")
# "Here is what the two sides signed up to", "this is what they agreed": a clause presented as
# the content of a copula names an act already reported, not a new one.
PRESENTING_WORDS = frozenset({"here", "this", "that", "these", "below"})


def other_sense(verb: Any, lemma: str, lexicon: Lexicon, post: dict[str, int], pre: set[str]
                ) -> tuple[str | None, str, tuple[str, ...]] | None:
    """The type of a verb used in a sense its dictionary entry does not code, or None to
    type it from the lexicon. ``post`` and ``pre`` are the verb's phrase words as the caller
    reads them for the lexicon (``phrase.phrase_words``)."""
    if _presented(verb) or everyday_sense(verb, lemma, post) or non_act(verb, lemma) or hazard_doer(verb):
        return None, NO_ACT, ()
    if (special := sense_code(verb, lemma)) is not None:
        return special, "pattern", ()
    for taken in (takeover_code(verb, lemma), rebuttal_code(verb, lemma, lexicon), expulsion_code(verb, lemma),
                  inquiry_code(verb, lemma), deployed_code(verb, lemma, lexicon, post, pre),
                  evacuation_code(verb, lemma), seized_people_code(verb, lemma)):
        if taken is not None:
            return (taken, "pattern", ()) if taken else (None, NO_ACT, ())
    if lemma in COMPLAINT_VERBS and _purpose_of_no_demonstration(verb, lexicon):
        return "111", "pattern", ()
    if lemma in CROWD_PROTEST_VERBS and _crowd_doers(verb):
        return DEMONSTRATION, "pattern", ()
    if lemma not in FIGHT_VERBS and _rioters(verb):
        entries = lexicon.match_verb(lemma, post, pre)
        code = entries[0].code if entries else ""
        if ((codes.to_plover(code) or ("",))[0] == "ASSAULT" or code.startswith("171")) and not code.startswith(ARMED_ATTACKS):
            return RIOT, "pattern", ()
    if lemma in WARN_VERBS and hazard_warning(verb):
        return None, NO_ACT, ()
    if lemma in PERMIT_VERBS:
        # "allowed aid agencies to use two corridors", "let humanitarian aid in": CAMEO 2.0's
        # patterns of giving aid come from "approve"; allowing it through is CAMEO 0863 (PLOVER
        # RETREAT access, humanitarian)
        entries = lexicon.match_verb(lemma, post, pre)
        if entries and entries[0].specificity and entries[0].code.startswith("07") and entries[0].origin not in {"", lemma}:
            return ALLOW_AID, "pattern", ()
    xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
    if (lemma in ASPECTUAL_VERBS or lemma in STEP_VERBS) and xcomp is not None:
        return None, NO_ACT, ()
    if lemma in PERMIT_VERBS and any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in COPULAS and c.tag_ == "VB"
                                     for c in verb.children):
        return None, NO_ACT, ()  # "will not allow illegal migration to become a business": a state, no party
    if lemma in STATIVE_VERBS and verb.dep_ == "advcl":
        entries = lexicon.match_verb(lemma, post, pre | subject_words(verb))
        if entries and (codes.to_plover(entries[0].code) or ("",))[0] == "MOBILIZE":
            return None, NO_ACT, ()
    if lemma in PROMISE_VERBS and xcomp is not None:
        threat = _threat_code(xcomp, lexicon)
        if threat:
            return threat, "pattern", ()
    if lemma in SEARCH_SENSE and xcomp is None:
        sought = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        if sought and all(is_person(c) for c in sought):
            # "a third man is being sought by police": a search for a person, not an intent
            entries = [e for e in lexicon.verbs.get(SEARCH_SENSE[lemma], ()) if not e.post and not e.pre]
            if entries:
                return entries[0].code, "verb", ()
    if lemma in PUBLISH_VERBS and any(o.lemma_.lower() in DOCUMENT_NOUNS for o in _acted_on(verb)):
        return None, NO_ACT, ()
    if verb.lower_ == "according" and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):
        return None, NO_ACT, ()  # "according to officials": attribution, whatever the words after it
    if lemma in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children):
        # Naming is no act ("called Somalia a failed state") unless the name given is one the
        # verb patterns code: "called the measures unjustified", "called him a liar" (CAMEO 111).
        # A pattern of particles alone ("call on", 020) is no name: its "on" is the object's
        # ("called the court's decision on the merger a landmark judgment").
        if not any(e.post and not all(g <= PARTICLES for g in e.post) for e in lexicon.match_verb(lemma, post, pre)):
            if lemma != "name" and _insulting_name(verb):
                return DENOUNCE, "pattern", ()  # "called Israel a terrorist state", "called the trial a sham"
            return None, NO_ACT, ()
    timing = when(verb)
    if lemma == "call" and not any(c.dep_ in {"xcomp", "ccomp", "prt", "prep", "oprd"} and c.i not in timing for c in verb.children) and any(
            c.dep_ == "dobj" and (is_person(c) or c.lemma_.lower() in OFFICE_NOUNS) for c in verb.children):
        return "041", "verb", ()  # "called the Somali president on Monday": a phone call ("called them illegal" names)
    if lemma in ENGAGE_VERBS and not any(c.dep_ == "dobj" for c in verb.children):
        # "engaged in talks / in fighting": the act engaged in ("engaged the militants" keeps
        # CAMEO's 190)
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and noun_code(obj, lexicon):
                        return noun_code(obj, lexicon), "noun", ()
        return None, NO_ACT, ()
    if lemma in HARM_VERBS and in_mishap(verb):
        return None, NO_ACT, ()
    if lemma in PARTAKE_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() == "part" for c in verb.children):
        # "took part in the talks / protests": the act taken part in, else none ("took part" is
        # no seizure, CAMEO 2.0's "take" default)
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    code = noun_code(obj, lexicon) if obj.dep_ == "pobj" else None
                    if code:
                        return code, "noun", ()
        return None, NO_ACT, ()
    if lemma in VERDICT_VERBS or lemma == "find" and any(
            c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"} and c.lower_ in GUILT_WORDS for c in verb.children):
        return "116", "verb", ()
    if lemma == "defend" and not (subject_words(verb) & ARMED_DOERS):
        defended = [c for c in verb.children if c.dep_ == "dobj"]
        if defended and not any(c.ent_type_ in {"GPE", "LOC", "FAC"} or c.lemma_.lower() in DEFENDED_PLACES for c in defended):
            entries = lexicon.match_verb(lemma, post, pre)
            if not entries or entries[0].specificity == 0:
                return "052", "verb", ()
    if lemma in PROTECT_VERBS and not (subject_words(verb) & ARMED_DOERS):
        guarded = [c for c in verb.children if c.dep_ == "dobj"]
        if guarded and not any(c.ent_type_ in {"GPE", "LOC", "FAC"} or c.lemma_.lower() in DEFENDED_PLACES for c in guarded):
            entries = lexicon.match_verb(lemma, post, pre)
            if not entries or entries[0].specificity == 0:
                return None, NO_ACT, ()  # "protect our families / the industry": no military protection
    if lemma in INVITE_VERBS:
        entries = lexicon.match_verb(lemma, post, pre)
        if not entries or entries[0].specificity == 0 or (codes.to_plover(entries[0].code) or ("",))[0] == "CONSULT":
            return "036", "verb", ()
    if lemma in RAID_VERBS and subject_words(verb) & LAW_ENFORCERS and not subject_words(verb) & MILITARY_WORDS:
        entries = lexicon.match_verb(lemma, post, pre)
        if not entries or (codes.to_plover(entries[0].code) or ("",))[0] == "ASSAULT":
            return "171", "pattern", ()
    if lemma in ASSEMBLY_VERBS and not any(c.dep_ in {"prep", "dobj"} and c.lower_ == "with" for c in verb.children):
        return _assembly_code(verb)
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if child.lemma_.lower() in CLOSURE_NOUNS and any(o.lemma_.lower() in MISSION_NOUNS for o in of_objects(child)):
            return "161", "pattern", ()  # "ordered the closure of Russia's consulate"
        if lemma in PURCHASE_VERBS and _is_goods(child):
            entries = lexicon.match_verb("buy", post, pre)
            if entries:
                return entries[0].code, "pattern", ()
    return None


def event_subject(verb: Any, lexicon: Lexicon) -> bool:
    """True when the verb's subject (or, for a second verb of a coordination, its first verb's)
    is an event noun: "the protests ... spread to the centre", "fighting spread" tell the course
    of an event already coded, no new act by anyone."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            break
        verb = verb.head
    return bool(subjects) and all(s.pos_ == "NOUN" and noun_code(s, lexicon) for s in subjects)


def _purpose_of_no_demonstration(verb: Any, lexicon: Lexicon) -> bool:
    """True for "to protest" as the purpose of an act that is no demonstration ("summoned the
    ambassador to protest"); crowds, protesters and strikers who gather, march or strike "to
    protest" demonstrate (CAMEO 14x)."""
    head = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or head.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if head.lemma_.lower() in ASSEMBLY_VERBS or subject_words(head) & (PROTESTER_NOUNS | CROWD_NOUNS | PEOPLE_NOUNS):
        return False
    # (a strike, a march, a rally: the head's own default or its noun says it demonstrates)
    bare = [e.code for e in lexicon.verbs.get(head.lemma_.lower(), ()) if not e.post and not e.pre]
    bare.append(lexicon.noun_code(head.lemma_) or "")
    return not any((codes.to_plover(code) or ("",))[0] in {"PROTEST", "MOBILIZE"} for code in bare)


def _crowd_doers(verb: Any) -> bool:
    """True when a crowd, protesters or a number of people do the verb, or the verb it is the
    purpose or second half of ("had rallied in the square to protest against ...")."""
    return bool(subject_words(find.clause_with_subject(verb)) & (PROTESTER_NOUNS | CROWD_NOUNS))


def _rioters(verb: Any) -> bool:
    """True when every doer of the verb is rioters, a mob or protesters: their violence is a
    riot ("rioters torched shops", "a mob stoned the police station")."""
    clause = find.clause_with_subject(verb)
    heads = [c for c in clause.children if c.dep_ == "nsubj"]
    heads += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]  # (passive: "by rioters")
    heads += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return bool(heads) and all(h.lemma_.lower() in RIOT_DOERS for h in heads)


def _presented(verb: Any) -> bool:
    """True for a free relative ("what ... signed up to") that is the complement of a copula
    with a presenting word ("Here is", "This is"): see PRESENTING_WORDS."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "attr", "xcomp"} or head.lemma_.lower() != "be":
        return False
    if not any(c.lower_ in PRESENTING_WORDS and c.dep_ in {"advmod", "nsubj", "expl"} for c in head.children):
        return False
    return any(t.lower_ in {"what", "which"} and t.tag_ in {"WP", "WDT"} and t.head.i in {verb.i} | {p.i for p in verb.children}
               for t in verb.subtree)


def _acted_on(verb: Any) -> list[Any]:
    """What the verb acts on: its object, its passive subject, or the noun its participle
    modifies ("a report released Tuesday")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not found and verb.dep_ in {"acl", "relcl"}:
        found = [verb.head]
    return found


def _assembly_code(verb: Any) -> tuple[str | None, str, tuple[str, ...]] | None:
    """A gathering with no one met: protesters' is a demonstration, a crowd's no act; anyone
    else's (officials, ministers) keeps the lexicon's meeting."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    words = set()
    for subj in subjects:
        words |= {n.lemma_.lower() for n in counted_nouns(subj)}
    if words & PROTESTER_NOUNS:
        return "141", "pattern", ()
    if words & CROWD_NOUNS:
        return None, NO_ACT, ()
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


def _is_goods(noun: Any) -> bool:
    words = {n.lemma_.lower() for n in counted_nouns(noun)}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    return any(words & goods for goods in GOODS.values())


def bare_sense_absent(verb: Any, lemma: str) -> bool:
    """True when the verb's default code does not fit its use here (see PERSON_OBJECT_VERBS,
    COGNITION_VERBS, NO_BARE_SENSE)."""
    if lemma in GOVERN_VERBS or lemma in NO_BARE_SENSE:
        return True
    if lemma in CAUSE_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and not any(is_person(o) for o in objects)
    if lemma in COGNITION_VERBS:
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
    if lemma in PERSON_OBJECT_VERBS:
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or passive and c.dep_ == "nsubj"]
        if not objects and verb.dep_ in {"relcl", "acl"}:
            # "the assets the officers hold", "the press conference held on Sunday": the noun
            # the clause modifies is what is held
            objects = [verb.head]
        return bool(objects) and not any(is_person(o) for o in objects)
    return False
