"""Nominal events: an event noun ("Russia's war against Ukraine", "clashes between A and B")
with its doer as possessor, modifier or ``by`` agent ("a lawsuit brought by a U.S. citizen"),
coded wherever it stands (subject of any verb, object, in a prepositional phrase) unless the
phrase names no real event: a feared, possible or prevented one ("fears of an invasion", "a
possible attack", "to prevent an attack"), or a time frame ("since the 2022 invasion": background
that dates the news, not news). Its target: "against/on/of X", else, for a demand, accusation,
threat or offer, the actor whose verb answers it ("Trump agreed to Beijing's demands")."""

from __future__ import annotations

from typing import Any

from eventwire.events import attributes, codes, find
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
# Modifiers that make the event unreal: "a possible attack", "a planned invasion" (what is only
# announced is coded from its verb: "plans to invade" is an intention, not an invasion).
UNREAL_MODIFIERS = frozenset({
    "possible", "potential", "future", "hypothetical", "planned", "proposed", "imminent", "threatened",
    "looming", "feared", "likely", "prospective", "expected", "any", "eventual", "alleged",
})  # fmt: skip
# Nouns and verbs whose event is not (yet) real: "fears of an invasion", "the threat of war",
# "warned of an attack", "to prevent a war", "calls for an end to the war".
UNREAL_HEADS = frozenset({
    "fear", "risk", "threat", "prospect", "possibility", "danger", "spectre", "specter", "chance",
    "rumour", "rumor", "warning", "speculation", "talk", "plan", "preparation", "pretext", "excuse",
    "prevent", "avoid", "avert", "deter", "warn", "threaten", "prepare", "stop", "end", "halt", "ban",
    "forbid", "prohibit", "need", "call", "seek", "demand", "urge", "resolve", "settle", "mediate",
    "expect", "anticipate", "predict", "plot", "intend", "consider", "justify", "deny", "rule",
    "suspension", "cessation",
})  # fmt: skip
# Prepositions whose event dates the news ("since the invasion", "before the war", "rioting
# during a G8 summit").
TIME_FRAMES = frozenset({"since", "before", "until", "till", "prior", "ahead", "during"})
# ... and these when the event carries its own date ("after the 2003 invasion"); "protests
# erupted after Serbia's arrest of an opposition leader" tells the arrest as news.
DATED_FRAMES = frozenset({"after", "following"})
# Nouns under which an event is a past one recalled ("the history of France's occupation of
# Algeria", "on the anniversary of the invasion").
RECALLED_HEADS = frozenset({"history", "anniversary", "legacy", "memory", "commemoration", "aftermath"})
# Verbs whose prepositional object is their subject's own act ("resorted to force", "engaged in
# talks with"): the noun's doer is the verb's subject.
LIGHT_PREPS = {"resort": "to", "engage": "in", "embark": "on", "participate": "in"}
# Nouns of what one actor says to another: when the noun is an argument of a verb and names no
# target, the target is that verb's subject ("Trump agreed to Beijing's demands", "Kyiv rejected
# Moscow's accusations").
ADDRESSED = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AGREE"})


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


def noun_candidates(sent: Any, index: ActorIndex, lexicon: Lexicon,
                    coded: dict[int, set[str]] | None = None) -> list[Candidate]:
    """Nominal events: an event noun with its doer as possessor or ``by`` agent. ``coded``: the
    sentence's verbs that are events themselves (token index -> their actors' countries or codes)."""
    coded = coded or {}
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
        for child in noun.children:
            if child.dep_ == "poss" or child.dep_ in {"amod", "compound"} and index.at(child):
                sources = find.argument_actors(child, index, sent)
            elif child.dep_ == "prep" and child.lower_ == "by":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        sources = find.argument_actors(obj, index, sent)
        # "a lawsuit brought by a U.S. citizen", "the actions launched by Armenia against
        # Azerbaijan": the participle's agent is the doer, its "against" phrase the target
        participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        agents = [o for verb in participles for a in verb.children if a.dep_ == "agent"
                  for o in a.children if o.dep_ == "pobj"]
        if not sources and agents:
            sources = find.argument_actors(agents[0], index, sent)
            participles.append(agents[0])  # "by a company against Mexico": the parser hangs it there
        verb = _governor(noun)
        if not sources and verb is not None and noun.dep_ == "pobj" and LIGHT_PREPS.get(verb.lemma_.lower()) == noun.head.lower_:
            # "Armenia resorted to military provocations against Azerbaijan": the verb's subject did it
            sources = next((find.argument_actors(c, index, sent) for c in verb.children if c.dep_ == "nsubj"), [])
        if not sources:
            continue
        for child in [c for holder in [noun, *participles] for c in holder.children]:
            if child.dep_ == "prep" and (child.lower_ in {"of", "against", "on", "to", "with", "toward", "towards", "into"}
                                         and child.head.i == noun.i or child.lower_ in {"against", "on"}):
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
            # an event named as an argument of another predicate is an event all the same ("the
            # Israeli assault on Gaza has left hospitals in collapse"), unless unreal or a time
            # frame; a named doer only ("its cooperation with Tehran would continue" leaves
            # "its" to guess)
            if (noun.dep_ in {"compound", "poss"} or _unreal(noun) or _background(noun, lexicon)
                    or any(c.dep_ == "poss" and c.lower_ in find.PRONOUNS for c in noun.children)):
                continue
            if verb is not None and coded.get(verb.i, set()) & {ref.actor.country or ref.actor.code for ref in sources}:
                # "Baghdad rebuffed a UN demand", "Israel eased its blockade": the verb's act on
                # the noun is the sentence's event; the noun stands alone only when that act is
                # not asserted ("if Trump agrees to Beijing's demands": the demands are the news)
                if attributes.modality(verb) == "asserted" and not attributes.is_negated(verb):
                    continue
            if verb is not None and not targets and codes.to_plover(code)[0] in ADDRESSED:
                targets = [r for r in _answerer(verb, index, sent) if all(r.span != s.span for s in sources)]
            if _told_by_target(noun, targets, index, sent):
                continue
        found.append(
            Candidate(sent, noun, sources, targets, code, "noun", negated=attributes.is_negated(noun), reciprocal=False,
                      modality=attributes.modality(noun.head) if occurring or noun.dep_ == "nsubj" else "asserted")
        )
    return found


def _unreal(noun: Any) -> bool:
    """True when the event noun names no real event: unreal by its modifier ("a possible
    attack"), under a head of fear, prevention or demand ("fears of an invasion", "to prevent a
    war", "called for an end to the war"), or a time frame ("since the 2022 invasion")."""
    if any(c.dep_ in {"amod", "det", "advmod"} and c.lower_ in UNREAL_MODIFIERS for c in noun.children):
        return True
    token = noun
    for _ in range(5):
        head = token.head
        if head.i == token.i:
            return False
        if head.dep_ == "prep" or head.pos_ == "ADP":
            if token is noun and (head.lower_ in TIME_FRAMES or head.lower_ in DATED_FRAMES and _dated(noun)):
                return True
            if head.lower_ == "of" and head.head.lower_ == "ahead":
                return True
        elif head.lemma_.lower() in UNREAL_HEADS or head.lemma_.lower() in RECALLED_HEADS:
            return True
        elif head.pos_ in {"VERB", "AUX"}:
            # the first verb decides: "Kyiv condemned Russia's invasion" is real; "feared that
            # an invasion ..." is read at the verb's own governors, no further
            return head.dep_ in {"xcomp"} and head.head.lemma_.lower() in UNREAL_HEADS
        token = head
    return False


def _dated(noun: Any) -> bool:
    """True when the noun's phrase names its own date ("the 2003 invasion", "the war of 1967")."""
    return any(t.ent_type_ == "DATE" for t in noun.subtree if t.i != noun.i)


def _governor(noun: Any) -> Any:
    """The verb whose object, passive subject or prepositional object the noun is ("agreed to
    Beijing's demands", "X should be immune from a lawsuit"), else None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        head = head.head  # "X should be immune from a lawsuit brought by Y": X is sued
    if noun.dep_ not in {"dobj", "pobj", "nsubjpass"} or head.pos_ not in {"VERB", "AUX"}:
        return None
    return head


def _answerer(verb: Any, index: ActorIndex, sent: Any) -> list[ActorRef]:
    """The subject of the verb that answers a demand, accusation, threat or offer: "Trump
    agreed to Beijing's demands", "Kyiv rejected Moscow's accusations"."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return find.argument_actors(child, index, sent)
    return []


def _told_by_target(noun: Any, targets: list[ActorRef], index: ActorIndex, sent: Any) -> bool:
    """True when the event is said by its own target ("Baku said its troops had only responded
    to provocations by Armenian forces"): the speaker's accusation, not an act asserted."""
    verb = noun.head
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    head = attributes.speech_head(verb) if verb.pos_ in {"VERB", "AUX"} else None
    if head is None or not targets:
        return False
    told = {r.actor.country or r.actor.code for r in targets}
    while True:
        for child in head.children:
            if child.dep_ == "nsubj":
                return bool(told & {r.actor.country or r.actor.code for r in find.argument_actors(child, index, sent)})
        if head.dep_ != "conj":  # "the ministry denied the claim and said ...": the first verb's subject
            return False
        head = head.head


def _background(noun: Any, lexicon: Lexicon) -> bool:
    """True for an event noun that is the reason for another act ("thanked Oman for its
    mediation", "an embargo for its support of insurgents") or inside another event noun's
    phrase ("Tehran's support for Moscow's war"): the other act is the news, this its content."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return True
    token = noun.head
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            return False
        if token.pos_ == "NOUN" and noun_code(token, lexicon):
            return True
        token = token.head
    return False
