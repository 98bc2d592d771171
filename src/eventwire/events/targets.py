"""Targets the sentence does not name, and readings that depend on who acts.

PLOVER's gold codes nearly every event with a target (96 of 100 tune-half events): where the
text names none, coders take the country where the event happened ("Serbia lifted a curfew
in Montenegro" -> SRB -> MNE), the doer's own country for the police and the courts ("Egyptian
police arrested 12" -> EGY -> EGY) and for protests, which are aimed at the protesters' own
authorities unless the sentence says otherwise ("Nigerians rallied in Lagos" -> NGA -> NGA).
A non-state actor blocking a road or a bridge protests (CAMEO 144, PLOVER PROTEST/obstruct);
a state doing it coerces (CAMEO 17x), as the lexicon says. When no argument names a target,
PETRARCH's fallback takes the first actor after the predicate in its own clause (``clause_actors``).
"""

from __future__ import annotations

from typing import Any

from eventwire.actors.kb import STATE_SECTORS
from eventwire.events import find
from eventwire.events.actor_index import country_ref, country_unmentioned
from eventwire.events.attributes import SPEECH
from eventwire.events.context import BORDER_NOUNS, complete, filed_from, is_vague, lookup_place, place_country
from eventwire.events.event_nouns import SERIES_NOUNS, of_objects
from eventwire.events.find import MOTION_VERBS, ActorIndex, ActorRef
from eventwire.events.passives import gapped_passive
from eventwire.events.places import DENIAL, place_word
from eventwire.records import Actor

# Where an event happens (not where it comes from): the place that stands for an unnamed target.
EVENT_PREPS = frozenset({"in", "at", "near", "inside", "into", "across", "throughout"})
# Sectors that act on their own country's people: "police arrested 12" is a domestic event.
DOMESTIC_ACTORS = frozenset({"COP", "JUD"})
# Acts of vague police, courts or protesters that are aimed at home when nothing else is named:
# arrests, charges and sentences, protests. (Not force or pledges: "coast guard officers fired
# warning shots" at a foreign ship, "security services would step up checks along the border".)
VAGUE_HOME_TYPES = frozenset({"COERCE", "ACCUSE", "SANCTION", "PROTEST"})
# Non-state sectors whose obstruction of passage is a protest.
CIVIL = frozenset({"CVL", "LAB", "OPP", "REB", "EDU", "REL", "BUS", "PTY", "REF", "MED", "HLH"})
# Workers, teachers, health workers: who strikes in the labour sense
LABOUR = frozenset({"LAB", "EDU", "HLH"})
OBSTRUCT = frozenset({"block", "blockade", "barricade", "obstruct", "occupy"})
# Intercepting a weapon in flight is defence, not an attack on whoever launched it: PLOVER's
# ASSAULT is "deliberate actions which can potentially result in substantial physical harm", and
# shooting down an unmanned munition harms no one (shooting down a manned aircraft does).
INTERCEPT = frozenset({"intercept", "down", "shoot", "destroy", "neutralise", "neutralize", "repel", "repulse"})
MUNITIONS = frozenset({
    "missile", "rocket", "drone", "uav", "projectile", "shell", "bomb", "warhead", "munition",
    "interceptor", "glide",
})  # fmt: skip


ATTACKED_PREPS = frozenset({"on", "upon", "against"})


def event_place(trigger: Any, preps: frozenset[str] = EVENT_PREPS) -> ActorRef | None:
    """The country of a place attached to the predicate or its object ("lifted a curfew in
    Montenegro", "shelled a village in western Cambodia"), as a target; for an attack
    (``preps`` with ``ATTACKED_PREPS``), an object that is a succession of acts ("launched a
    series of air strikes against ...") lends its acts' (not "hosted rounds of talks in Oslo")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})]
    if ATTACKED_PREPS <= preps:
        heads += [n for c in heads[1:] if c.lemma_.lower() in SERIES_NOUNS for n in of_objects(c)]
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in preps:
                continue
            for obj in child.children:
                country = place_country(obj) if obj.dep_ == "pobj" else None
                if not country and obj.dep_ == "pobj" and child.lower_ in ATTACKED_PREPS | {"to", "at"}:
                    # "sent soldiers to the alliance's battlegroup in Lithuania": where the
                    # destination is; "carried out strikes on weapons depots in Syria", "fired
                    # at bases in Iraq": where what is attacked is
                    obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "in"
                                for g in p.children if g.dep_ == "pobj" and place_country(g)), obj)
                    country = place_country(obj)
                if country:
                    return country_ref(country, obj)
    return None


# Verbs of sending forces somewhere ("sent troops", "deployed jets"), not of testing or carrying
SENDING_VERBS = frozenset({"send", "deploy", "dispatch"})
# Verbs whose direct object is the place visited ("visited Beijing", "toured Kyiv").
VISIT_VERBS = frozenset({"visit", "tour"})
RELATIVE_WORDS = frozenset({"who", "whom", "which", "that", "whose"})


def _describes_a_thing(trigger: Any) -> bool:
    """"the hilltops it still holds in southern Lebanon", "assets the officers hold in Britain":
    a relative clause whose object is the thing it describes; its place says where the thing is."""
    if trigger.dep_ != "relcl" or trigger.head.pos_ != "NOUN" or any(c.dep_ == "dobj" for c in trigger.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in trigger.children)


def unnamed_target(trigger: Any, source: ActorRef, plover: str | None, index: ActorIndex | None = None) -> ActorRef | None:
    """The target of a predicate whose target no actor names; None when nothing says. With the
    ``index``, a vague doer ("police", "protesters") is of its sentence's or article's country
    (``context.complete``): the police of an article about France detaining "him" act at home
    (PLOVER codes domestic actors as their country: FRA COP -> FRA), as named ones do."""
    if _describes_a_thing(trigger):
        return None
    if plover == "CONSULT" and trigger.lemma_.lower() in MOTION_VERBS | VISIT_VERBS and not _official(source.actor):
        return None  # travellers arriving in Japan, tourists visiting Paris: no one is met there
    # a place attacked: "launched air strikes on Kharkiv", "an offensive against Mosul"
    preps = EVENT_PREPS | ATTACKED_PREPS if plover in {"ASSAULT", "COERCE"} else EVENT_PREPS
    # (or sent officials: "sent their foreign ministers to Colombo" visits Sri Lanka)
    journey = plover == "CONSULT" and trigger.lemma_.lower() in MOTION_VERBS | SENDING_VERBS and _official(source.actor)
    if journey:
        # "the EU commissioner travelled to Libya": the country an official visits is the host
        # (tourists travelling to Paris visit no one)
        preps = preps | {"to"}
    if plover == "MOBILIZE":
        preps = preps | {"to"}  # "sent troops to Lithuania": where forces go is whom they face
    found = event_place(trigger, preps)
    if found is None and plover == "MOBILIZE":
        found = border_faced(trigger, source)
    if found is None and (plover == "MOBILIZE" and trigger.lemma_.lower() in SENDING_VERBS or plover == "AID") and \
            (home := filed_from(trigger.doc)) and source.actor.country and home != source.actor.country:
        # "New Zealand has sent 230 soldiers", "India sent a plane carrying tents" in a report
        # filed from Honiara or Yangon: a foreign force or aid sent with no place or recipient
        # named goes where the report is from
        return country_unmentioned(home, source.actor.text, trigger.i)
    if (found is None and plover == "MOBILIZE" and source.actor.country and source.actor.country == filed_from(trigger.doc)
            and _unnamed_place(trigger)):
        # "Troops were deployed in the city centre" in a report filed from their own country:
        # a place of the report's own country, not named as another's
        return country_unmentioned(source.actor.country, source.actor.text, trigger.i)
    if found is None and plover == "CONSULT" and trigger.lemma_.lower() in VISIT_VERBS and _official(source.actor):
        # "the French president visited Kyiv": a capital or city visited (the resolver makes
        # capitals actors only as subjects) names the host country
        journey = True
        found = next((country_ref(c, o) for o in trigger.children
                      if o.dep_ == "dobj" and (c := place_country(o))), None)
    if found is not None and not (journey and found.actor.country == source.actor.country):
        return found  # (a trip home is no visit)
    country = source.actor.country
    if not country and index is not None and plover in VAGUE_HOME_TYPES and is_vague(source.actor):
        home = complete(source, trigger, index, trigger.sent, armed=True, doer=True)
        country = home.actor.country if home is not None else None
    if country and ((source.actor.sector or "") in DOMESTIC_ACTORS or plover == "PROTEST"):
        return country_unmentioned(country, source.actor.text, trigger.i)
    return None


BORDER_PREPS = frozenset({"along", "near", "on", "at", "to", "toward", "towards"})


def border_faced(trigger: Any, source: ActorRef) -> ActorRef | None:
    """The country across a border forces are massed on or sent to ("deployed troops along its
    border with Pakistan", "massed troops near Ukraine's eastern border"): whom the show of force
    faces. Not the doer's own country ("its border")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    heads += [g for h in heads[1:] for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]  # "thousands of troops along ..."
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in BORDER_PREPS:
                continue
            for border in prep.children:
                if border.dep_ != "pobj" or border.lemma_.lower() not in BORDER_NOUNS:
                    continue
                sides = [g for p in border.children if p.dep_ == "prep" and p.lower_ == "with"
                         for g in p.children if g.dep_ == "pobj"]
                sides += [c for c in border.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
                for side in sides:
                    country = place_country(side)
                    if country and country != source.actor.country:
                        return country_ref(country, side)
    return None


def _unnamed_place(trigger: Any) -> bool:
    """"in the city centre", "into the streets": a place of common nouns after the predicate or
    its object ("deployed troops in the city centre")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})]
    return any(c.dep_ == "prep" and c.lower_ in {"in", "into"} and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in g.subtree) for g in c.children)
        for h in heads for c in h.children)


def is_munition(token: Any) -> bool:
    return token.lemma_.lower() in MUNITIONS or token.lower_.rstrip("s") in MUNITIONS


def intercepts_munitions(verb: Any) -> bool:
    """"shot down 8 of the 15 missiles", "intercepted Russian drones": the objects are weapons
    in flight, all of them."""
    lemma = verb.lemma_.lower()
    if lemma not in INTERCEPT:
        return False
    if lemma == "shoot" and not any(c.lower_ == "down" and c.dep_ in {"prt", "advmod"} for c in verb.children):
        return False
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not heads:
        return False
    for head in heads:
        noun = head
        if head.pos_ in {"NUM", "PRON", "DET"} or head.lower_ in {"most", "some", "all", "many", "dozens"}:
            # "8 of the 15 missiles", "most of the drones"
            noun = next((g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), head)
        if not is_munition(noun):
            return False
    return True


# Sectors of the state (actors.kb's): a state does not demonstrate; its protest is an official
# complaint.
STATE = STATE_SECTORS


def _state(actor: Actor) -> bool:
    """An organ of a state, or the state named as such ("Kyrgyzstan", not "Nigerians")."""
    if not actor.country or (actor.code or "").startswith(("IGO", "NGO")):
        return False
    if actor.sector:
        return actor.sector in STATE
    return (actor.text or "").strip().lower().removeprefix("the ") == (actor.name or "").lower()


def _official(actor: Actor) -> bool:
    """A state, an organ or leader of one, or an international body: who makes visits. The state
    may go by another name ("Britain sent its foreign secretary"); not so for ``_state`` itself,
    as the knowledge base gives a people the same lookup ("Georgians marched on parliament" is a
    demonstration, not the state's complaint)."""
    other_name = not actor.sector and lookup_place((actor.text or "").strip()) == actor.country
    return (_state(actor) or (bool(actor.country) and other_name and not (actor.code or "").startswith(("IGO", "NGO")))
            or (actor.code or "").startswith("IGO") or actor.sector == "ELI")


STRIKE = "143"  # CAMEO 143, conduct strike or boycott
BLOCK = "144"  # CAMEO 144, obstruct passage, block (a protest: PLOVER PROTEST)
FORCES = frozenset({"MIL", "COP"})


def obstruction_code(lemma: str, code: str | None, sources: list[ActorRef]) -> str | None:
    """CAMEO 144 (protest by obstruction) for a civil actor's blocking; CAMEO 111 (criticise or
    denounce: PLOVER ACCUSE, "express disapprovals, objections and complaints") for a state's
    protest ("summoned the ambassador to hand him a note of protest"), as PLOVER's PROTEST is
    "civilian demonstrations and other collective actions"; else ``code``."""
    if code == STRIKE and sources and all((s.actor.sector or "") == "MIL" for s in sources):
        return "190"  # "its forces carried out a strike against ...": soldiers' strikes are attacks
    if code == BLOCK and sources and all((s.actor.sector or "") in FORCES for s in sources):
        return "191"  # "troops blocked the main roads": forces restrict movement (PLOVER COERCE)
    if code and code.startswith("14") and sources and all(_state(s.actor) for s in sources):
        return "111"
    if lemma == "strike" and code and code.startswith("19") and sources and all((s.actor.sector or "") in LABOUR for s in sources):
        return "143"  # "dock workers have been striking for a week": a labour strike (CAMEO 143)
    if lemma == "boycott" and code == "163" and sources and all((s.actor.sector or "") in CIVIL for s in sources):
        return "143"  # citizens boycotting a firm protest (CAMEO 143); a state's boycott sanctions
    if lemma not in OBSTRUCT or not sources or not code or not code.startswith("17"):
        return code
    if all((s.actor.sector or "") in CIVIL for s in sources):
        return "144"
    return code


# Nouns of armed force that are no event of their own in the lexicon ("killed by Palestinian
# gunfire", "died in Israeli tank fire"): what kills, in the doer's hands.
FIRE_NOUNS = frozenset({
    "fire", "gunfire", "crossfire", "shellfire", "rocket", "missile", "mortar", "shell", "bomb",
    "grenade", "artillery", "blast", "explosion", "sniper", "bullet", "drone", "airstrike",
    # the armed platforms that fire them ("killed by an Israeli tank", "in Russian air raids")
    "tank", "warplane", "jet", "helicopter", "gunship", "aircraft", "bomber", "warship", "raid",
})  # fmt: skip
# Being held by someone: harm suffered "in Israeli custody", "in an Egyptian prison" is laid at
# the holder's door, as reports of deaths in custody do.
CUSTODY = frozenset({"custody", "detention", "captivity", "jail", "prison"})
# Prepositions that give a passive harm its cause: "killed in an Israeli air strike", "wounded by
# rebel fire", "died from Turkish shelling", "during a Taliban attack".
CAUSE_PREPS = frozenset({"in", "by", "during", "from", "under", "after"})
_MODIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def attack_sources(verb: Any, index: Any, sent: Any, is_attack: Any) -> list[ActorRef]:
    """Who did a passive harm that names no ``by`` agent: the doer of the attack it happened in
    ("three soldiers were killed in a Taliban attack" -> the Taliban; "by Palestinian gunfire",
    "in an air strike by government forces"), or its holder ("died in Turkish police custody"). ``is_attack(noun)`` says whether a noun names an
    armed attack (the lexicon's ASSAULT nouns); the doer is the noun's possessor or modifier,
    or its own ``by``/``from`` phrase, never a place after it ("in Kandahar")."""
    from eventwire.events.find import argument_actors

    # "were killed and 13 others wounded in an air strike": the cause hung on a gapped
    # conjunct is both participles'
    shared = [c for c in verb.children if c.dep_ == "conj" and gapped_passive(c)]
    for child in [*verb.children, *(c for v in shared for c in v.children if c.i > v.i)]:
        if child.dep_ not in {"prep", "agent"} or child.lower_ not in CAUSE_PREPS:
            continue
        for noun in child.children:
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            if not (noun.lemma_.lower() in FIRE_NOUNS or is_attack(noun)
                    or noun.lemma_.lower() in CUSTODY and child.lower_ == "in"):
                continue
            found: list[ActorRef] = []
            for mod in noun.children:
                if mod.dep_ in _MODIFIER_DEPS:
                    found += argument_actors(mod, index, sent)
                elif mod.dep_ in {"prep", "agent"} and mod.lower_ in {"by", "from"}:
                    for obj in mod.children:
                        if obj.dep_ == "pobj":
                            found += argument_actors(obj, index, sent)
            if not found and index.at(noun) is not None:
                found = [index.at(noun)]  # "a Taliban attack" resolved as one mention
            if not found:
                doer = _clause_doer(noun)
                found = argument_actors(doer, index, sent) if doer is not None else []
            if found:
                return found
    return []


# Verbs of carrying out an attack: their doer is the attack's ("an attack carried out by X").
CARRY_OUT = frozenset({"carry", "conduct", "launch", "stage", "mount", "claim", "perpetrate", "commit"})


def _clause_doer(noun: Any) -> Any:
    """The doer an attack noun's own clause names: "an attack that the ministry said was
    carried out by PKK militants", "an attack claimed by Islamic State", "a raid the army
    launched"."""
    for clause in noun.children:
        if clause.dep_ not in {"relcl", "acl"}:
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ == "ccomp")]  # "... said was carried out"
        for verb in verbs:
            if verb.lemma_.lower() not in CARRY_OUT:
                continue
            for child in verb.children:
                if child.dep_ == "agent":
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
                if child.dep_ == "nsubj" and child.lower_ not in RELATIVE_WORDS:
                    return child
    return None


# Subordinate clauses about another event ("as authorities in Croatia cracked down").
_OTHER_EVENT_MARKS = frozenset({
    "as", "when", "while", "after", "before", "because", "since", "although", "though", "if",
    "unless", "until", "whereas", "once",
})  # fmt: skip
# Prepositions that date the predicate by another event. "After talks with Y", "during a visit to
# Y" often name the predicate's counterpart; "during the war between A and B" names the parties
# of the other event, which are not the predicate's (``_between_phrase``).
TIME_PREPS = frozenset({"during", "amid", "amidst", "after", "before", "since", "until", "following"})


def _between_phrase(prep: Any) -> bool:
    """The object of ``prep`` names its own parties with "between"/"among"."""
    return any(g.dep_ == "prep" and g.lower_ in {"between", "among"} for obj in prep.children if obj.dep_ == "pobj"
               for g in obj.children)


_FALLBACK_SKIP = frozenset({"relcl", "parataxis", "punct", "cc", "agent", "npadvmod"})


def clause_actors(verb: Any, index: ActorIndex, sent: Any, taken: list[ActorRef], skip: Any = None) -> list[ActorRef]:
    """PETRARCH's fallback target: the first actor after the predicate in its own clause when
    no argument names one ("denounced as a crime Serbia's suppression of ...", an object the
    parser attached elsewhere). Relative clauses, subordinate clauses of another event, what a
    verb of saying reports and "according to" sources are not the predicate's clause."""
    speech = verb.lemma_.lower() in SPEECH
    allowed: list[Any] = []
    has_object = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in find.SUBJ_DEPS | {"nsubjpass", "csubjpass"}
             and not (c.dep_ in {"xcomp", "ccomp"} and verb.lemma_.lower() in DENIAL)]
    while stack:
        token = stack.pop()
        if token.dep_ in _FALLBACK_SKIP or token.dep_ == "ccomp" and speech:
            continue
        if token.dep_ == "prep" and token.lower_ == "according":
            continue
        if token.dep_ == "prep" and token.lower_ == "as" and has_object:
            continue  # "condemned the launch as a violation of UN resolutions": what it is called
        if token.dep_ == "prep" and token.lower_ == "with" and token.head.i == verb.i and verb.lemma_.lower() in find.MOTION_VERBS:
            continue  # company on a journey
        if token.dep_ == "pobj" and (find.instigation(token) or token.lemma_.lower() in find.VENUE_NOUNS):
            continue  # who asked for it; "on the sidelines of a summit" (where)
        if token.dep_ == "prep" and token.lower_ in TIME_PREPS and _between_phrase(token):
            continue  # "hit by Israeli fire during the war between Israel and Hezbollah": when, not whom
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _OTHER_EVENT_MARKS or c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        ):
            continue  # another event's clause, or a purpose ("resigned to allow Haiti's elections")
        if token.dep_ == "advcl" and token.tag_ == "VBG" and any(c.dep_ == "dobj" for c in token.children):
            continue  # a participle with its own object is another act ("gave ... 24 hours to leave, defying the court")
        if has_object and find.is_purpose(token) and token.dep_ == "xcomp":
            continue  # a purpose after the object ("reinforce its partnerships to counter Russia")
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            continue  # a coordinated predicate has its own arguments
        allowed.append(token)
        stack.extend(token.children)
    taken_spans = {r.span for r in taken}
    for token in sorted(allowed, key=lambda t: t.i):
        ref = index.at(token)
        if ref is None or ref.span in taken_spans or skip is not None and skip(token.doc[ref.token]):
            continue  # ``skip``: mentions that cannot be the target ("fired two artillery shells near ...")
        if place_word(token.doc[ref.token]):
            continue  # "blocked roads in several districts of the capital": where, not whom
        if find.relation_owner(token.doc[ref.token]) and index.at(token.doc[ref.token].head) is None:
            continue  # "urged Taiwan's partners": others than Taiwan
        found = find.argument_actors(token.doc[ref.token], index, sent)
        return [r for r in found if r.span not in taken_spans] or [ref]
    return []


def denied_party(verb: Any, index: ActorIndex, sent: Any, sources: list[ActorRef]) -> list[ActorRef]:
    """Whom a denial of a reported act answers: "Kharrazi denied that Iran was interfering in
    Afghan affairs" answers Afghanistan. The first party of the denied clause that is not of the
    denier's own country (the denier's side is who is said to have acted); none when the clause
    names only the denier's own side ("denied that its troops had fired")."""
    if verb.lemma_.lower() not in DENIAL:
        return []
    own = {s.actor.country for s in sources if s.actor.country} | {s.actor.code for s in sources if s.actor.code}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        for token in clause.subtree:
            ref = index.at(token)
            if ref is None or ref.token != token.i or not ref.actor.country or ref.actor.country in own:
                continue
            if (ref.actor.code or "") in own:
                continue
            return [ref]
    return []
