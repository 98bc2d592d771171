"""The ``events`` stage: who did what to whom in each sentence, typed PLOVER + CAMEO, with evidence.

How a predicate gets its type:
1. the trigger lexicon: the verb's most specific pattern (verb + object/preposition words), else
   the verb's default code; a light verb with an event-noun object ("lodged a protest",
   "issued an ultimatum") takes the noun's code; an event noun with a possessor is a nominal event
   ("NATO's rebuke of China");
2. the learned classifier (``eventwire.events.classifier``, when installed) decides where the
   lexicon is silent (a predicate with an actor but no PLOVER code) or ambiguous (two equally
   specific patterns of different PLOVER types); it sees only those candidate sentences, in one
   batch per article: a tie it decides among the tied types, a silent predicate takes its answer
   when its probability is at least ``CLASSIFIER_MIN``. Without it the stage codes what the lexicon knows (lower recall).

Then PLOVER's reading of intentions: an intended or conditional cooperative action ("will
provide aid", "is ready to contribute troops") is AGREE, an intended conflictual one ("will
withdraw its force unless", "plans to impose restrictions") is THREATEN; a refused cooperation
("will not accept") is REJECT. What an actor urges, threatens or promises another to do is
content of that REQUEST/THREATEN/AGREE, never an event of its own. "Y must do" said by X is X's
REQUEST of Y.
"""

from __future__ import annotations

import logging
from typing import Any

from eventwire.actors.passes import POSSESSIVE_PRONOUNS
from eventwire.events import attributes, codes, context, find
from eventwire.events.actor_index import country_unmentioned
from eventwire.events.antecedents import resolve_answers
from eventwire.events.candidate import Candidate, is_main
from eventwire.events.candidates import FORCE, find_candidates
from eventwire.events.casualties import resolve_casualties
from eventwire.events.crime import common_crime
from eventwire.events.described_places import names_a_place
from eventwire.events.everyday import commerce
from eventwire.events.find import ActorIndex, ActorRef
from eventwire.events.forces import ARMED, DEPLOYABLE, TROOPS
from eventwire.events.intentions import REFUSE, apply_intent, coded_as, denied_acceptance
from eventwire.events.lexicon import Lexicon, get_lexicon
from eventwire.events.mutuality import (
    MUTUAL_TYPES,
    exchange_partners,
    exchanged,
    is_aside,
    is_edge_place,
    is_venue,
    joint_body,
    mutual,
    topic_adjective,
)
from eventwire.events.people import PEOPLE_NOUNS
from eventwire.events.senses import NO_ACT, event_subject
from eventwire.events.targets import unnamed_target
from eventwire.events.trigger import ASPECTUAL_VERBS
from eventwire.events.unnamed_doers import foiled_plot, insurgents_at_home, unnamed_captor, unnamed_doer
from eventwire.events.verdicts import resolve_verdicts
from eventwire.records import Actor, Article, Event, Mention, stable_id

log = logging.getLogger(__name__)

# Types whose events are between two parties: with no counterpart named or placed ("the
# cabinet met", "access improved") the event says too little to be made.
DYADIC = frozenset({
    "CONSULT", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
    "COERCE", "ASSAULT",
})  # fmt: skip
# Commissive verbs: "offered to mediate", "agreed to step up cooperation", "promised to cooperate"
# are themselves the act of expressing intent (PLOVER AGREE, CAMEO 03x), not the talks, whatever
# modality the complement was given. An offered or pledged material act ("offered to send a rescue
# team") is intended, and ``coded_as`` makes it AGREE as well.
COMMISSIVE_VERBS = frozenset({
    "offer", "promise", "pledge", "vow", "agree", "swear", "undertake", "guarantee", "commit", "propose", "consent",
})  # fmt: skip
VERBAL_COOPERATION = frozenset({"04", "05"})
MAX_PAIRS = 12  # events per predicate: PETRARCH's users saw 50+ from one sentence
# Over 16 types: answers at 0.3 or more were right for 3/3 silent predicates of the tune half and
# 9/11 of the NGEC story leads (at 0.5 it answered 1 of 64 questions).
CLASSIFIER_MIN = 0.3


# --- typing ---------------------------------------------------------------------------------


# --- finding candidates ---------------------------------------------------------------------

# --- events ---------------------------------------------------------------------------------


def pairs(cand: Candidate, index: ActorIndex | None = None) -> list[tuple[ActorRef | None, ActorRef | None]]:
    if cand.plover and cand.plover[0] == "ASSAULT" and foiled_plot(cand.trigger) is not None:
        cand.sources = []  # "police foiled a plot to bomb the embassy": the police are no bombers
    if cand.plover and cand.plover[0] in OWN_FORCE_TYPES:
        # "withdrew its forces from X", "demobilised their fighters": the doer's own forces are
        # what it moves, not whom it acts on (PLOVER: the place left, or no target)
        cand.targets = [t for t in cand.targets if not _own_forces(cand.trigger.doc[t.token], irregulars=True)]
    # "exchanged artillery fire (with X)": what the sides give each other is no party
    cand.targets = [r for t in cand.targets if not joint_body(t, cand.trigger) and not topic_adjective(t, cand.trigger)
                    for r in ((exchange_partners(t, cand.trigger, index)) if exchanged(t, cand.trigger) else [t])]
    if cand.plover and cand.plover[0] in MUTUAL_TYPES:
        # "signed at the African Union headquarters": a joint act's seat is where it happened
        cand.targets = [t for t in cand.targets if not is_venue(t, cand.trigger, seats=True)]
    if cand.sources and cand.targets and not (len(cand.sources) > 1 and cand.reciprocal and mutual(cand)
                                             and all(is_venue(t, cand.trigger) or _unplaced(t) or is_edge_place(t, cand.trigger)
                                                     or is_aside(t, cand.trigger) for t in cand.targets)):
        found = [(s, t) for s in cand.sources for t in cand.targets if s.span != t.span]
    elif len(cand.sources) > 1 and cand.reciprocal and mutual(cand):
        found = [(s, t) for s in cand.sources for t in cand.sources if s.span != t.span]
    elif cand.sources and (place := unnamed_target(cand.trigger, cand.sources[0], cand.plover and cand.plover[0], index)):
        # No named target: PLOVER codes the country where the event happened (or, for the
        # police and the courts, their own country), which is more often right than none.
        # Each doer's own: where the event happened is the same for all, but a doer's own
        # country (the police, protesters at home) is not its co-doer's ("Indian and
        # Pakistani activists protested").
        found = [(cand.sources[0], place)]
        for s in cand.sources[1:]:
            own = unnamed_target(cand.trigger, s, cand.plover and cand.plover[0], index)
            found.append((s, own or place))
        cand.extra["place_target"] = True
    elif cand.sources and (home := _home_target(cand)) is not None:
        # a restriction eased or imposed, or a protest called off, with no place named: the
        # doer's own country's (see DOMESTIC_CONCESSIONS)
        found = [(cand.sources[0], home)]
        cand.extra["place_target"] = True
    elif not cand.sources and cand.targets and cand.plover and cand.plover[0] == "ASSAULT" and (
            doer := unnamed_doer(cand.trigger, index)) is not None:
        # "a car bomb exploded in Baghdad, killing 30": no doer named, PLOVER codes where it
        # happened as the source
        found = [(doer, t) for t in cand.targets]
    elif not cand.sources and cand.targets and cand.plover and cand.plover[0] == "COERCE" and (
            captor := unnamed_captor(cand.trigger, index)) is not None:
        found = [(captor, t) for t in cand.targets]  # "was detained in Miami": the authorities there
    elif not is_main(cand.trigger):
        found = []  # a one-sided event from a participle or purpose clause is too weak
    elif cand.sources and not _has_object(cand.trigger, cand.plover and cand.plover[0]) and not (
            cand.plover and cand.plover[0] in DYADIC):
        # "Avril resigned": one-sided by nature. When the predicate has an object that names
        # no actor we know ("refused to lift the curfew on Palestinians"), the target is
        # unknown rather than absent: no event, rather than an imprecise one.
        found = [(s, None) for s in cand.sources]
    else:
        found = []  # a target without a source (agentless passive): who acted is unknown
    return found[:MAX_PAIRS]


def _unplaced(target: ActorRef) -> bool:
    """A participant of no country nor organisation ("an interim unity government" to be
    formed): beside coordinated doers of a mutual act it is what they agree on, not a party
    (the sentence's place would otherwise lend it a country: "reached an agreement in Cairo")."""
    actor = target.actor
    return not actor.country and not (actor.code or "").startswith(("IGO", "NGO"))


# Acts a doer does at home: easing its restrictions, curfew, state of emergency or ban (CAMEO
# 081x), calling off its own protests (082), imposing restrictions on political freedoms, a ban
# on parties or politicians, a curfew, a state of emergency or martial law (172x: "banned all
# political activity" is PLOVER COERCE of its own country), yielding to demands (080, see
# YIELDED_TO). With no place named, the people they concern are the doer's own country's:
# PLOVER codes a union calling off its strike, or a government lifting its curfew, with that
# country as the recipient.
DOMESTIC_CONCESSIONS = ("080", "081", "082", "172")


# CAMEO 080 ("yield") is domestic only when what is yielded to is a demand, pressure or protests,
# or an election lost: "gave in to demands", "bowed to street protests", "conceded defeat". The
# code is also CAMEO 2.0's default for "submit", "abide by", "withdraw", "concede" (goals).
YIELD = "080"
YIELDED_TO = frozenset({"demand", "pressure", "protest", "defeat", "request", "call", "ultimatum"})


def _home_target(cand: Candidate) -> ActorRef | None:
    source = cand.sources[0]
    country = source.actor.country
    if not country or not ((cand.code or "").startswith(DOMESTIC_CONCESSIONS) or insurgents_at_home(cand)) \
            or (source.actor.code or "").startswith("IGO"):
        return None
    if cand.code == YIELD and not _yields_to_demands(cand.trigger):
        return None
    return country_unmentioned(country, source.actor.text, cand.trigger.i)


def _yields_to_demands(trigger: Any) -> bool:
    """The verb's object or prepositional phrase names a demand, pressure, protests or a defeat."""
    words = {t.lemma_.lower() for c in trigger.children if c.dep_ in {"dobj", "prep"}
             for t in c.subtree if t.pos_ == "NOUN"}
    return bool(words & YIELDED_TO)


def _has_object(trigger: Any, plover: str | None = None) -> bool:
    """True when the predicate has an object or a prepositional target of any kind: its
    target may then be someone the resolver does not know ("granted asylum to army officers").
    A mobilization's own forces or alert level are no target ("deployed additional fighter
    jets", "raised the alert level"); nor is a sea, strait or region where it happened ("held
    manoeuvres in the Gulf": a named place that is no country is no party)."""
    own = ARMS | MOBILIZED if plover == "MOBILIZE" else ARMS
    return trigger.pos_ != "VERB" or any(t.ent_type_ not in {"DATE", "TIME", "LOC"} and t.lemma_.lower() not in own
                                         for t in find.objects(trigger))


# Objects that are the doer's own weapons, never a party: "laid down their arms", "tested a
# ballistic missile", "conducted a missile test" have no target.
ARMS = frozenset({
    "arm", "arms", "weapon", "weaponry", "gun", "rifle", "missile", "rocket", "warhead", "bomb",
    "device", "test",
})  # fmt: skip
# (and the exercises a show of force holds: "staged naval manoeuvres", "held war games")
MOBILIZED = DEPLOYABLE | frozenset({
    "alert", "level", "readiness", "status", "reservist", "reserve", "vehicle", "manoeuvre", "maneuver",
    "exercise", "drill", "game",
})  # fmt: skip


def confidence(cand: Candidate, has_source: bool) -> float:
    base = {"pattern": 0.85, "obligation": 0.75, "verb": 0.7, "noun": 0.6}.get(cand.how, 0.5)
    if cand.how == "classifier":
        base = 0.8 * float(cand.extra.get("p", 0.5))
    if cand.ambiguous:
        base -= 0.1
    if not has_source:
        base -= 0.15
    if cand.modality in {"reported", "hypothetical"}:
        base *= 0.85
    return round(max(0.05, min(base, 0.99)), 3)


def precise_pairs(cand: Candidate, index: ActorIndex | None) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """``pairs`` with vague participants given a country from the sentence; a pair with a
    participant that stays vague ("rebels" of no known country) is left out."""
    if index is None:
        return pairs(cand)
    out = []
    doc = cand.sent.doc
    for source, target in pairs(cand, index):
        if source is not None and source.token >= 0 and common_crime(cand.plover and cand.plover[0], doc[source.token]):
            continue  # PLOVER's CRIME ("armed robbers shot dead a guard"): no political event
        giver = bool(cand.plover and cand.plover[0] == "AID")
        force = bool(cand.plover and cand.plover[0] in FORCE)
        talks = bool(cand.plover and cand.plover[0] in MUTUAL_TYPES)
        src = context.complete(source, cand.trigger, index, cand.sent, giver=giver, other=target, armed=True,
                               doer=True, talks=talks) if source else None
        tgt = context.complete(target, cand.trigger, index, cand.sent, other=source, armed=force, talks=talks) if target else None
        if src is not None and tgt is not None and commerce(cand.plover and cand.plover[0], src.actor, tgt.actor):
            continue  # a firm paying its staff: commerce (everyday.COMMERCE_SECTORS)
        if src is not None and tgt is not None and (src.actor.country or src.actor.code) == (tgt.actor.country or tgt.actor.code):
            if _own_forces(doc[tgt.token]):
                continue  # "Russia proposed sending its own troops": the doer's means, not whom it acts on
            if _own_people(doc[tgt.token], cand.trigger):
                continue  # "appealed for help to free its citizens": for whom, not to whom
            # Two named actors with one code are one actor, and so is a vague one of the same
            # sector that took the other's country ("the mission", "leaders"); a vague one of
            # another sector is another body of that country ("Zambia eased restrictions on
            # civil society groups"): PLOVER codes such domestic events with one country on
            # both sides.
            named = src is source and tgt is target
            same = (src.actor.code == tgt.actor.code and not cand.extra.get("place_target")
                    and (named or (src.actor.sector or "") == (tgt.actor.sector or "")))
            if doc[tgt.token].dep_ in {"poss", "amod", "compound"} and not names_a_place(doc[tgt.token]) \
                    and not _names_people(doc[tgt.token]) or same:
                # "the embassy defended China's trade practices": no event between the two; but
                # "Nigerians rallied in Lagos" is NGA -> NGA (the place stands for the target)
                continue
        if (source is None or src is not None) and (target is None or tgt is not None):
            out.append((src, tgt))
    return out


def _names_people(token: Any) -> bool:
    """A country's adjective on people the resolver knows no noun for: "his Egyptian relatives"."""
    return token.dep_ == "amod" and token.head.lemma_.lower() in PEOPLE_NOUNS


# A doer's own people named with its possessive pronoun in another verb's phrase ("appealed for
# international help to free its citizens held in Iraq") are whom the act is for; as the
# predicate's own object they are whom it is aimed at ("urged its citizens to stay calm").
OWN_PEOPLE = frozenset({"citizen", "national", "people", "compatriot", "countryman", "countrymen"})


def _own_people(token: Any, trigger: Any) -> bool:
    if token.lemma_.lower() not in OWN_PEOPLE or token.head.i == trigger.i:
        return False
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children)


# Types whose acts move the doer's own forces: they are not the act's target.
OWN_FORCE_TYPES = frozenset({"RETREAT", "MOBILIZE"})


def _own_forces(token: Any, irregulars: bool = False) -> bool:
    """Armed forces owned by the doer ("its troops", with ``irregulars`` "their fighters"):
    what it acts with."""
    return token.lemma_.lower() in (ARMED if irregulars else TROOPS) and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS
                                                  for c in token.children)


def to_events(
    cand: Candidate, article: Article, *, keep_unmapped: bool = False, index: ActorIndex | None = None
) -> list[Event]:
    code, info = coded_as(cand)
    if info is None:
        if not (keep_unmapped and code):
            return []
        info = ("", None, ())
    plover, mode, context = info
    sent = cand.sent
    mention = Mention(
        article_id=article.id, sentence=sent.text, start=sent.start_char, end=sent.end_char,
        doc_id=article.doc_id, outlet=article.outlet, quote_speaker=cand.speaker, trigger=cand.trigger.text,
    )  # fmt: skip
    entry = codes.lookup(code)
    events = []
    for source, target in precise_pairs(cand, index):
        src: Actor | None = source.actor if source else None
        tgt: Actor | None = target.actor if target else None
        event = Event(
            source=src, target=tgt, type=plover, mode=mode, context=list(context), cameo=code,
            # a negated act ("did not attack") did not happen: it moves no one on Goldstein's
            # conflict-cooperation scale, and averaging its -10 into a dyad's score misleads
            goldstein=entry.goldstein if entry and not cand.negated else None,
            quad_class=entry.quad_class if entry else None,
            negated=cand.negated, modality=cand.modality, mentions=[mention],
            confidence=confidence(cand, source is not None),
        )  # fmt: skip
        event.id = stable_id(article.id, sent.start_char, _code(src), plover, _code(tgt), code)
        events.append(event)
    return events


def _code(actor: Actor | None) -> str | None:
    return (actor.code or actor.country) if actor else None


def finish(cand: Candidate) -> None:
    """Reported speech and PLOVER's intention reading, once the code is known."""
    speaker_ref = cand.extra.get("speaker_ref")
    if cand.speaker and cand.modality == "asserted":
        own = speaker_ref is not None and any(s.actor.code == speaker_ref.actor.code for s in cand.sources)
        if not own:
            cand.modality = "reported"
    if cand.trigger.dep_ == "xcomp" and cand.trigger.head.lemma_.lower() in ASPECTUAL_VERBS:
        cand.negated = not cand.negated  # "the force had failed to prevent Hezbollah from ...": it did not
    if cand.code:
        cand.code, cand.negated = apply_intent(cand.code, cand.modality, cand.negated)
        if denied_acceptance(cand):
            cand.code, cand.negated = REFUSE, False
        if (not cand.negated and _complement(cand.trigger) and cand.code[:2] in VERBAL_COOPERATION
                and cand.trigger.head.lemma_.lower() in COMMISSIVE_VERBS and cand.plover is not None):
            cand.code = codes.intent_view(cand.plover[0], cand.code, "intended", False)[1] or cand.code


def _complement(trigger: Any) -> bool:
    """The infinitive complement of its head: "offered to mediate", and "offered on Tuesday to
    mediate", which the parser hangs as a purpose clause when a phrase comes between."""
    return trigger.dep_ == "xcomp" or trigger.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)


def events_of(candidates: list[Candidate], article: Article, index: ActorIndex, *,
              keep_unmapped: bool = False) -> list[Event]:
    """The coded events of the candidates, one per event id (the most confident)."""
    events: dict[str, Event] = {}
    for cand in candidates:
        finish(cand)
        for event in to_events(cand, article, keep_unmapped=keep_unmapped, index=index):
            kept = events.get(event.id)
            if kept is None or event.confidence > kept.confidence:
                events[event.id] = event
    return _without_lesser(list(events.values()))


def _without_lesser(events: list[Event]) -> list[Event]:
    """Leave out an event with no target where the same sentence has the same act by the same
    doer with a target: "offered on Tuesday to mediate between Manila and the rebels" is one
    AGREE, with Manila, not a second one with nobody (the offer's and the complement's)."""
    def key(e: Event, kind: str) -> tuple:
        first = e.mentions[0] if e.mentions else None
        return (first.article_id, first.start) if first else (), kind, _code(e.source), e.negated
    targeted = {key(e, e.type) for e in events if e.target is not None}
    # an offer's AGREE is also carried by the offered act, intended, with its target ("offered
    # to train Kenya's police": COOPERATE intended, which PLOVER reads as AGREE)
    targeted |= {key(e, "AGREE") for e in events if e.target is not None and e.modality == "intended"}
    return [e for e in events if e.target is not None or key(e, e.type) not in targeted]


def code_doc(
    doc: Any,
    actors: dict[tuple[int, int], Actor],
    article: Article,
    *,
    lexicon: Lexicon | None = None,
    classifier: Any = None,
    keep_unmapped: bool = False,
) -> list[Event]:
    """Events of one parsed article. ``actors`` maps character spans to resolved actors.

    ``keep_unmapped`` also keeps codes with no PLOVER type (with an empty type): only for
    scoring against a user verb dictionary whose codes are not CAMEO's.
    """
    candidates, index = find_candidates(doc, actors, article, lexicon)
    if classifier is not None:
        ask(classifier, questions(candidates))
    resolve_casualties(candidates)
    resolve_verdicts(candidates)
    resolve_answers(candidates)
    return events_of(candidates, article, index, keep_unmapped=keep_unmapped)


def questions(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates to ask the classifier about: where the lexicon is silent or ambiguous."""
    by_sentence: dict[int, Candidate] = {}
    for cand in candidates:
        # Only a predicate with both a source and a target can become an event, so only those
        # are worth an embedding (most of this stage's time is the encoder).
        # (a predicate the sense rules read as no act, "according to officials", is not silent)
        silent = (cand.plover is None and cand.trigger.pos_ == "VERB" and cand.sources and cand.targets
                  and cand.trigger.lemma_.lower() not in attributes.SPEECH and cand.how != NO_ACT
                  and not event_subject(cand.trigger, get_lexicon()))
        if not (silent or cand.ambiguous):
            continue
        # One question per sentence: about its highest predicate.
        key = cand.sent.start
        depth = len(list(cand.trigger.ancestors))
        kept = by_sentence.get(key)
        if kept is None or depth < len(list(kept.trigger.ancestors)):
            by_sentence[key] = cand
    return list(by_sentence.values())


def ask(classifier: Any, chosen: list[Candidate]) -> None:
    """Ask the classifier about ``chosen`` in one batch and apply its answers.

    A tie between the lexicon's equally specific patterns is decided among the tied types
    (always: it chose better than the lexicon's own order on the tune half and on NGEC's
    synthetic headlines and story leads, bench/events_generalise.py); a predicate the lexicon
    cannot type takes the classifier's type when its probability is at least ``CLASSIFIER_MIN``.
    """
    if not chosen:
        return
    among = [tuple(t for t in (_plover_type(c) for c in cand.ambiguous) if t) or None for cand in chosen]
    try:
        answers = classifier.predict([c.sent.text for c in chosen], among=among)
    except Exception:  # the classifier is optional: lexicon-only coding goes on
        log.warning("event classifier failed; coding with the lexicon only", exc_info=True)
        return
    for cand, options, (plover, mode, p) in zip(chosen, among, answers, strict=False):
        if plover not in codes.PLOVER_TYPES:
            continue
        if options:
            code = next((c for c in cand.ambiguous if _plover_type(c) == plover), None)
        elif p >= CLASSIFIER_MIN:
            code = codes.cameo_for(plover, mode)
        else:
            continue
        if code:
            cand.code, cand.how = code, "classifier"
            cand.extra["p"] = p


def _plover_type(code: str) -> str | None:
    info = codes.to_plover(code)
    return info[0] if info else None


# --- the stage ------------------------------------------------------------------------------

_CLASSIFIER: dict[str, Any] = {}


def get_event_classifier() -> Any:
    """The learned classifier, loaded once per process; None when it is not installed."""
    if "value" not in _CLASSIFIER:
        try:
            from eventwire.events.classifier import get_classifier

            _CLASSIFIER["value"] = get_classifier()
        except Exception as e:  # optional: the lexicon codes alone without it
            log.warning("event classifier unavailable (%s); coding with the lexicon only", e)
            _CLASSIFIER["value"] = None
    return _CLASSIFIER["value"]


def _register() -> None:
    from eventwire.settings import Settings
    from eventwire.stages import ArticleWork, stage

    @stage("events", reads=("parsed", "actors"), writes=("events",), batch=True)
    def events_stage(works: list[ArticleWork], settings: Settings) -> None:
        """Code the articles' events, asking the classifier once for the whole batch.

        Date and place are left to the where_when stage.
        """
        found = [(work, *find_candidates(work.parsed, work.actors, work.article))
                 for work in works if work.parsed is not None and work.article is not None]
        classifier = get_event_classifier()
        if classifier is not None:
            ask(classifier, [cand for _, candidates, _ in found for cand in questions(candidates)])
        for work, candidates, index in found:
            work.events = events_of(candidates, work.article, index)


_register()
