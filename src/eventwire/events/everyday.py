"""Everyday senses of verbs that CAMEO's dictionary codes as events: a sports win is no beating,
"is going to" is no visit, "recalled that" no recall of an envoy, "pleaded guilty" no appeal.

Found by ``bench/lexicon_coverage.py`` among the most frequent coded lemmas of unlabelled news
(the ScrapingHub, MediaCloud and trafilatura news pages): each rule is a general fact of English
usage, checked against the verb's CAMEO 2.0 entry, never a phrase taken from gold records.
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.events.constructions import INSTRUMENTS
from eventwire.events.forces import ARMED, deployment_code
from eventwire.nlp.place_nouns import PLACES

# Verbs of winning a contest: CAMEO codes "beat" as force (190, 182), which it is only when
# people are beaten ("police beat protesters"). ("Defeat", "crush", "overcome" are left to
# CAMEO: in news they are mostly war.) A score says a match; so does a country, city or club
# beaten. Words of a match or an election in the sentence do not: police beat protesters at
# polling stations (that rule lowered the NGEC checks, bench/events_generalise.py).
CONTEST_VERBS = frozenset({"beat"})
# Verbs of war that a score makes a match: "Brazil defeated Argentina 2-0" (only with the score)
SCORED_VERBS = frozenset({"defeat", "rout", "thrash", "crush", "overcome", "edge"})
_SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")
_DASHES = frozenset({"-", "–"})
# "Beat back", "beat off": repelling an attack keeps the force.
_REPEL_PARTICLES = frozenset({"back", "off"})
# A beating, a defeat in war, is done to people or forces; a country's or city's name alone as
# what is beaten is a team, or a rival in a race ("Russia beat Croatia on Monday").
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "ORG"})

# Pleas in court: a defendant's plea is no appeal to anyone (CAMEO 020 is "plead" for help);
# "pleaded not guilty" keeps CAMEO's own pattern (016, denial).
PLEA_VERBS = frozenset({"plead"})
PLEA_WORDS = frozenset({"guilty", "contest"})

# Verbs that CAMEO codes as a thing done to someone, whose clausal complement ("argued that",
# "recognized that", "recalled that") makes them a statement or a memory: no act on anyone.
# "Conceded that mistakes had been made", "admitted that": an admission, no concession (PLOVER
# CONCEDE eases a restriction or yields to a demand; "conceded defeat" keeps CAMEO's 080).
CLAUSE_STATEMENT_VERBS = frozenset({
    "argue", "recognize", "recognise", "acknowledge", "recall", "remember", "contend", "wonder",
    "concede", "admit",
    # a judgement reached ("has decided that lifting tariffs requires concessions", "concluded
    # that the plan was legal"): CAMEO's "decide" 030 and "conclude" 057 are for an intent or
    # an agreement ("decided to lift", "concluded a treaty"), not for what is judged
    "decide", "conclude", "determine",
})  # fmt: skip

# "Tend to assume", "managed to attract": the act is the complement's (CAMEO gives "tend" 074,
# "manage" 060).
COMPLEMENT_VERBS = frozenset({"tend", "manage"})
# "Fired up the crowd", "rammed a judge through": a particle that makes the verb figurative.
FIGURATIVE_PARTICLES = {"fire": "up", "ram": "through"}
# Harm to an economy, a market or a trade is no assault (CAMEO 180 for "hurt", "harm",
# "damage"): "hurting China's GDP", "harming U.S. producers' sales".
HARM_VERBS = frozenset({"hurt", "harm", "damage", "hit"})
ECONOMY_NOUNS = frozenset({
    "economy", "gdp", "growth", "trade", "market", "markets", "export", "import", "sale", "sales",
    "industry", "business", "businesses", "producer", "exporter", "importer", "manufacturer",
    "consumer", "investor", "investment", "earnings", "profit", "revenue", "income", "output",
    "competitiveness", "prospects", "share", "stock", "price", "currency", "finances", "budget",
    "company", "firm", "sector", "brand", "reputation",
})  # fmt: skip

# A warning that a state of things holds ("warned that migrants are not the only people at
# risk", "warned that the administration is brushing aside workers") threatens nothing: PLOVER's
# THREATEN is a warning "with serious potential repercussions", which a warning states as what
# will or would happen ("warned that any attack would be met with force").
WARN_VERBS = frozenset({"warn", "caution"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "shall", "should", "must", "'ll", "wo", "ca"})

# "X needs Y" states a lack; only "X needs Y to do ..." asks something of Y (CAMEO 100).
NEED_VERBS = frozenset({"need"})

# "Struck me as political": a verb of seeming, not a strike.
SEEM_AS_VERBS = frozenset({"strike"})


# Holding an office: "Malta, which chairs the OSCE", "the country that holds the EU presidency"
# states who leads a body, no act on it. Chairing a meeting or talks is the meeting's (their nouns
# carry the code; CAMEO 2.0 has no entry for "chair", so the classifier was asked).
OFFICE_VERBS = frozenset({"chair", "preside"})
SESSION_WORDS = frozenset({
    "meeting", "talks", "talk", "summit", "session", "conference", "negotiation", "negotiations",
    "hearing", "discussion", "discussions", "dialogue", "debate", "consultation", "consultations",
})  # fmt: skip


# Where a country lies: "Senegal, which surrounds Gambia on three sides" states geography in the
# present tense between two names (the subject, or the antecedent of its "which"), no siege.
GEOGRAPHY_VERBS = frozenset({"surround", "encircle", "border"})


def _lies_around(verb: Any) -> bool:
    if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = [verb.head if s.lower_ in {"which", "that"} and verb.dep_ == "relcl" else s for s in subjects]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(subjects and objects) and all(t.pos_ == "PROPN" for t in subjects + objects)


def _holds_office(verb: Any) -> bool:
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "over" for o in p.children if o.dep_ == "pobj"]
    return not any(o.lemma_.lower() in SESSION_WORDS or o.lower_ in SESSION_WORDS for o in objects)


def everyday_sense(verb: Any, lemma: str, post: dict[str, int]) -> bool:
    """True when ``verb`` is used in an everyday sense that is no act on anyone (see the
    constants above); the caller then gives it no code and asks no classifier about it."""
    if lemma == "go" and _future_go(verb):
        return True
    if lemma in CONTEST_VERBS and _contest(verb):
        return True
    if lemma in SCORED_VERBS and any(_SCORE.match(t.text) or _split_score(t) for t in verb.sent):
        return True
    if lemma in PLEA_VERBS and any(w in post for w in PLEA_WORDS) and "not" not in post and not _negated(verb):
        return True
    if lemma in CLAUSE_STATEMENT_VERBS and _clause_only(verb):
        return True
    if lemma in NEED_VERBS and not _asks_someone(verb):
        return True
    if lemma in WARN_VERBS and _state_warning(verb):
        return True
    if lemma in COMPLEMENT_VERBS and any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children):
        return True
    if lemma in FIGURATIVE_PARTICLES and any(c.dep_ == "prt" and c.lower_ == FIGURATIVE_PARTICLES[lemma]
                                             for c in verb.children):
        return True
    if lemma in HARM_VERBS and _economic_harm(verb):
        return True
    if lemma in OFFICE_VERBS and _holds_office(verb):
        return True
    if lemma in GEOGRAPHY_VERBS and _lies_around(verb):
        return True
    return lemma in SEEM_AS_VERBS and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) and any(
        c.dep_ == "dobj" for c in verb.children)


def _future_go(verb: Any) -> bool:
    """"Is going to protect": the future, whose act is the complement's; "went ahead with" goes
    on with something named after it. ("Went to Beijing" is a visit: CAMEO's entry stays.)"""
    if any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in verb.children):
        return True
    return any(c.dep_ in {"advmod", "prt"} and c.lower_ == "ahead" for c in verb.children)


def _contest(verb: Any) -> bool:
    if any(c.dep_ == "prt" and c.lower_ in _REPEL_PARTICLES for c in verb.children):
        return False
    sent = verb.sent
    if any(_SCORE.match(t.text) or _split_score(t) for t in sent):
        return True
    beaten = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # (the parser tags some country names NORP; a plural NORP, "Palestinians", is people)
    return bool(beaten) and all(c.ent_type_ in _PLACE_ENTITIES or c.ent_type_ == "NORP" and c.tag_ == "NNP"
                                for c in beaten)


def _split_score(token: Any) -> bool:
    """"2-1" as the parser splits it: a number, a dash and a number with no spaces between."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not token.like_num or token.whitespace_:
        return False
    dash, other = doc[token.i + 1], doc[token.i + 2]
    return dash.text in _DASHES and not dash.whitespace_ and other.like_num


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _clause_only(verb: Any) -> bool:
    """True when the verb's complement is a clause ("argued that ...") and nothing is acted on."""
    # (the parser may hang the clause on a time phrase between: "argued for decades that ...")
    has_clause = any(c.dep_ == "ccomp" for c in verb.children) or any(
        a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
        for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" for a in o.children)
    acted_on = any(c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ in {"with", "against", "as"}
                   for c in verb.children)
    return has_clause and not acted_on


def _asks_someone(verb: Any) -> bool:
    """"Needs China to stop", "needs Beijing to do more": a complement clause with its own doer."""
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp"} and any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children):
            return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "xcomp" for c in verb.children) and bool(objects)


# Verbs of a blow whose doer is a sanctions instrument: "farmers hit by Chinese tariffs",
# "banks were hit by EU sanctions" are sanctioned (CAMEO 163, PLOVER SANCTION), not attacked
# (190) nor criticised (CAMEO's "hit" + "sanctions" pattern, 111). The active form ("the
# measures target eight individuals") is the event finder's.
BLOW_VERBS = frozenset({"hit", "strike", "target", "slam", "batter", "squeeze", "hurt", "harm", "damage"})
SANCTIONED = "163"


def instrument_blow(verb: Any, lemma: str) -> str | None:
    """CAMEO 163 for a blow dealt by a sanctions instrument (see BLOW_VERBS), else None."""
    if lemma not in BLOW_VERBS:
        return None
    doers = [o for p in verb.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by"
             for o in p.children if o.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    if doers and all(d.lemma_.lower() in INSTRUMENTS for d in doers):
        return SANCTIONED
    return None


def _economic_harm(verb: Any) -> bool:
    """True when what is harmed is an economy, a market, a trade or a business (ECONOMY_NOUNS)
    and no person: "hurting China's GDP"; "hurt relations" keeps CAMEO's 160 pattern."""
    harmed = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not harmed:
        return False
    for noun in harmed:
        words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
        if not words & ECONOMY_NOUNS:
            return False
    return True


def _state_warning(verb: Any) -> bool:
    """True when the warning's content is a clause stating what holds, not what will happen
    (no modal, no "going to", no conditional) and nothing else is warned of (see WARN_VERBS)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"prep", "xcomp", "dobj"} and c.lower_ != "that" for c in verb.children if c.dep_ != "dobj"):
        return False
    for clause in clauses:
        words = {t.lower_ for t in clause.subtree}
        if words & _MODALS or {"going", "if", "unless", "otherwise"} & words:
            return False
        if any(t.dep_ == "aux" and t.lower_ == "to" for t in clause.subtree):
            return False  # "is ready to respond", "is about to act": what the warner will do
        if any(s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ == "PRON" for s in clause.children):
            return False  # "warned that it is ready": the warner's own stance
    return True


# A crowd that besieges or blockades a building or a road obstructs it (CAMEO 144 "obstruct
# passage, block", PLOVER PROTEST); the same verbs with soldiers or police as subject are a siege
# (CAMEO 191, PLOVER COERCE). General English usage and CAMEO's codebook, not gold phrases.
OBSTRUCT_VERBS = frozenset({"besiege", "blockade", "block", "barricade", "encircle", "surround", "picket"})
CROWD_WORDS = frozenset({
    "protester", "protestor", "demonstrator", "marcher", "picketer", "crowd", "mob", "supporter",
    "student", "worker", "villager", "resident", "youth", "activist", "striker", "farmer",
    "trucker", "driver", "opponent",
})  # fmt: skip
OBSTRUCTION = "144"


def crowd_obstruction(verb: Any, lemma: str) -> str | None:
    """CAMEO 144 for "opposition supporters besieged parliament", "farmers blockaded roads"."""
    if lemma not in OBSTRUCT_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    words = {t.lemma_.lower() for s in subjects for t in s.subtree}
    return OBSTRUCTION if words & CROWD_WORDS and not words & ARMED else None


# Wanting or persuading another party to act is an appeal to it (CAMEO 02x, PLOVER REQUEST):
# "Washington wants Iran to stop enrichment", "France persuaded Chad to free the prisoners".
# CAMEO 2.0 gives "want" the default 030 (intent to cooperate: right for "wants to expand trade")
# and "persuade" 050 (diplomatic cooperation), which fit neither. "Press" is a light verb to
# the trigger ("pressed charges"); "pressed Tehran to free the detainees" urges (CAMEO 2.0's
# "press for" is 020).
APPEAL_VERBS = frozenset({"want", "wish", "persuade", "convince", "press"})
APPEAL = "020"
WANT_VERBS = frozenset({"want", "wish"})


def appeal_to_other(verb: Any, lemma: str) -> str | None:
    """CAMEO 020 for a verb of wanting or persuading whose infinitive has its own doer."""
    if lemma not in APPEAL_VERBS:
        return None
    for comp in verb.children:
        if comp.dep_ not in {"xcomp", "ccomp", "advcl"} or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            continue
        if comp.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in comp.children):
            return APPEAL  # "wants Iran to stop": Iran is the infinitive's subject
        purpose = comp.dep_ == "advcl" and lemma in WANT_VERBS  # "wants money to build roads"
        if comp.dep_ in {"xcomp", "advcl"} and not purpose and any(c.dep_ == "dobj" and c.i < comp.i for c in verb.children):
            return APPEAL  # "persuaded Chad to release": Chad is (the parser may hang it as a purpose)
    return None


# Ordering one's forces into a place deploys them (CAMEO 154 "mobilize or increase armed
# forces", 153 for police; PLOVER MOBILIZE), not a demand on anyone (CAMEO 2.0's "order" is 100).
# Ordering forces "to do" something is left to the complement.
ORDER_VERBS = frozenset({"order"})
PLACE_PREPS = frozenset({"into", "to", "onto", "in"})


def deployment_order(verb: Any, lemma: str) -> str | None:
    """CAMEO 154/153 for "ordered army troops into Bombay"."""
    if lemma not in ORDER_VERBS or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS
                              for t in (verb, *objects) for c in t.children):
        return None
    words = {t.lemma_.lower() for o in objects for t in o.subtree if t.i <= o.i}
    return deployment_code(words)


# Armed forces landing somewhere or securing a place are moved there (CAMEO 154, PLOVER
# MOBILIZE "all military or police moves, deployments"): CAMEO 2.0 has no "land", and "secure"
# is a verb of obtaining ("secured a loan from").
MOVE_IN_VERBS = frozenset({"land", "secure"})


def forces_moved_in(verb: Any, lemma: str) -> str | None:
    """CAMEO 154 (153 for police alone) for "paratroopers secured the airport", "2,000 troops
    and police landed in the capital"."""
    if lemma not in MOVE_IN_VERBS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = {t.lemma_.lower() for s in subjects for t in s.subtree if t.i <= s.i or t.dep_ == "conj"}
    if lemma == "secure" and not any(c.dep_ == "dobj" and (c.ent_type_ in {"GPE", "LOC", "FAC"} or c.lemma_.lower() in PLACES)
                                     for c in verb.children):
        return None
    return deployment_code(words)


def sense_code(verb: Any, lemma: str) -> str | None:
    """The CAMEO code of a verb's sense its dictionary entry does not code (the rules above)."""
    return (instrument_blow(verb, lemma) or crowd_obstruction(verb, lemma) or appeal_to_other(verb, lemma)
            or deployment_order(verb, lemma) or forces_moved_in(verb, lemma))


# A firm's dealings with its staff or other firms at home ("can hire more workers and pay their
# employees better", "the bank lent the company $5 million") are commerce, not cooperation between
# political actors: PLOVER codes states, organs, groups and people acting politically. Conflict
# between them stays an event (a strike against a firm is a protest), and so does a deal across
# borders (a Japanese bank's loan to a Brazilian firm is an economic tie between two countries).
COMMERCE_SECTORS = frozenset({"BUS", "LAB"})
COOPERATIVE_TYPES = frozenset({"COOPERATE", "AID", "AGREE", "SUPPORT", "CONSULT"})


def commerce(plover: str | None, source: Any, target: Any) -> bool:
    """Whether a cooperative act's ``source`` and ``target`` (Actors) are firms or workers of one
    country."""
    return plover in COOPERATIVE_TYPES and source is not None and target is not None and (
        (source.sector or "") in COMMERCE_SECTORS and (target.sector or "") in COMMERCE_SECTORS
        and source.country == target.country)
