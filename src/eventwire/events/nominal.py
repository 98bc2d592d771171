"""Nominal events: an event noun ("Russia's war against Ukraine", "clashes between A and B")
with its doer as possessor, modifier or ``by`` agent, coded when it is the news (the main
clause's subject or root), not when it is an argument of another predicate."""

from __future__ import annotations

from typing import Any

from eventwire.events import attributes, codes, context, find, subjects
from eventwire.events.actor_index import country_ref
from eventwire.events.candidate import Candidate, is_main
from eventwire.events.find import ActorIndex, ActorRef
from eventwire.events.lexicon import Lexicon
from eventwire.events.trigger import noun_code

# Verbs that say an event happens, goes on or takes hold: their subject event is asserted.
OCCURRENCE_VERBS = frozenset({
    "begin", "start", "continue", "resume", "intensify", "escalate", "erupt", "occur", "happen",
    "proceed", "persist", "spread", "take", "come",
    "enter", "go", "drag",  # "the strike entered / went into its third day", "dragged on"
})  # fmt: skip
# Verbs of harm done whose subject is an attack: "Israeli air strikes on Gaza killed 30 people"
# asserts the strikes (the news, not background).
RESULT_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit", "level", "flatten"})


def _between_parties(noun: Any, index: ActorIndex, sent: Any) -> list[ActorRef]:
    """The actors after "between"/"among" in a noun's phrase, or on its verb when the noun is
    the subject ("fighting broke out between A and B")."""
    holders = [noun] + ([noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else [])
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in {"between", "among"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return find.argument_actors(obj, index, sent)
    return []


def is_attack(noun: Any, lexicon: Lexicon) -> bool:
    """An event noun the lexicon types as an attack (PLOVER ASSAULT)."""
    code = noun_code(noun, lexicon)
    info = codes.to_plover(code) if code else None
    return info is not None and info[0] == "ASSAULT"


def noun_candidates(sent: Any, index: ActorIndex, lexicon: Lexicon) -> list[Candidate]:
    """Nominal events: an event noun with its doer as possessor or ``by`` agent."""
    found = []
    for noun in sent:
        if noun.pos_ != "NOUN":
            continue
        code = noun_code(noun, lexicon)
        if not code or codes.to_plover(code) is None:
            continue
        sources: list[ActorRef] = []
        targets: list[ActorRef] = []
        parties = _between_parties(noun, index, sent)
        if len(parties) > 1 and (noun.dep_ == "ROOT" or noun.dep_ in {"nsubj", "nsubjpass"} and is_main(noun.head)):
            # "Clashes between Indian and Pakistani troops left four dead", "Fighting between
            # rebels and the army broke out": the parties acted on each other (the news, not
            # background: the noun is what the main clause is about)
            # with the main verb's modality: "talks between A and B will take place" are intended
            mood = attributes.modality(noun.head) if noun.dep_ in {"nsubj", "nsubjpass"} else "asserted"
            found.append(Candidate(sent, noun, parties, [], code, "noun", negated=attributes.is_negated(noun), modality=mood))
            continue
        if (standing := _standing_under(noun, code, index, sent)) is not None:
            found.append(standing)
            continue
        for child in noun.children:
            if child.dep_ == "poss" or child.dep_ in {"amod", "compound"} and index.at(child):
                sources = find.argument_actors(child, index, sent)
            elif child.dep_ == "prep" and child.lower_ == "by":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        sources = find.argument_actors(obj, index, sent)
        if not sources:
            continue
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in {"of", "against", "on", "to", "with", "toward", "towards", "into"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        targets = [r for r in find.argument_actors(obj, index, sent) if all(r.span != s.span for s in sources)]
            if targets:
                break
        occurring = (noun.dep_ == "nsubj" and is_main(noun.head)
                     and (noun.head.lemma_.lower() in OCCURRENCE_VERBS
                          or noun.head.lemma_.lower() in RESULT_VERBS and is_attack(noun, lexicon))
                     and not any(c.dep_ == "poss" and c.lower_ in find.PRONOUNS for c in noun.children))
        if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "dative", "compound", "poss"} and not occurring:
            # "accused Beijing of enabling Russia's war against Ukraine": an event named as an
            # argument is background or the content of another predicate, not news; but the
            # subject of a verb of occurrence is the news ("Russian strikes on Kharkiv intensified";
            # a named doer only: "its cooperation with Tehran would continue" leaves "its" to guess)
            continue
        found.append(
            Candidate(sent, noun, sources, targets, code, "noun", negated=attributes.is_negated(noun), reciprocal=False,
                      modality=attributes.modality(noun.head) if occurring else "asserted")
        )
    return found


def _phrase_actors(holder: Any, preps: set[str], index: ActorIndex, sent: Any) -> list[ActorRef]:
    return [r for p in holder.children if p.dep_ == "prep" and p.lower_ in preps
            for g in p.children if g.dep_ == "pobj" for r in find.argument_actors(g, index, sent)]


def _standing_under(noun: Any, code: str, index: ActorIndex, sent: Any) -> Candidate | None:
    """"X is under investigation by Y", "came under criticism from Y", "was put under
    investigation in Italy": a standing accusation (PLOVER ACCUSE, investigating included) by Y,
    aimed at who is under it. Y is the noun's or its verb's by/from phrase; an investigation's
    country where it is held, when no one is named, investigates (a state's judicial act)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under" or (codes.to_plover(code) or ("",))[0] != "ACCUSE":
        return None
    holder = noun.head.head
    if holder.pos_ in {"VERB", "AUX"}:
        subj, _ = subjects.subject(holder)
        targets = find.argument_actors(subj, index, sent) if subj is not None else []
    else:  # "the minister under investigation by ..."
        targets = find.argument_actors(holder, index, sent)
    sources = _phrase_actors(noun, {"by", "from"}, index, sent) or _phrase_actors(holder, {"by", "from"}, index, sent)
    if not sources and code.startswith("09") and holder.pos_ in {"VERB", "AUX"}:
        places = [g for h in (noun, holder) for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                  for g in p.children if g.dep_ == "pobj"]
        sources = [country_ref(c, g) for g in places if (c := context.place_country(g))][:1]
    sources = [r for r in sources if all(r.span != t.span for t in targets)]
    if not sources or not targets:
        return None
    return Candidate(sent, noun, sources, targets, code, "noun", negated=attributes.is_negated(holder), reciprocal=False,
                     modality=attributes.modality(holder))
