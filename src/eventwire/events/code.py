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
from dataclasses import dataclass, field
from typing import Any

from eventwire.events import attributes, codes, context, find
from eventwire.events.demands import demand_of
from eventwire.events.find import ActorIndex, ActorRef
from eventwire.events.lexicon import Lexicon, get_lexicon
from eventwire.events.targets import attack_sources, obstruction_code, unnamed_target
from eventwire.events.trigger import noun_code, type_verb, verb_lemma
from eventwire.records import Actor, Article, Event, Mention, stable_id

log = logging.getLogger(__name__)

# Types whose events are between two parties: with no counterpart named or placed ("the
# cabinet met", "access improved") the event says too little to be made.
DYADIC = frozenset({
    "CONSULT", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION",
    "COERCE", "ASSAULT",
})  # fmt: skip
# Types whose coordinated doers act together, never on each other: "US and British activists
# staged a protest in Beijing" protest against China (the place), not each other.
JOINT_ONLY = frozenset({"PROTEST", "MOBILIZE"})
MAX_PAIRS = 12  # events per predicate: PETRARCH's users saw 50+ from one sentence
# Over 16 types: answers at 0.3 or more were right for 3/3 silent predicates of the tune half and
# 9/11 of the NGEC story leads (at 0.5 it answered 1 of 64 questions).
CLASSIFIER_MIN = 0.3
HEADLINE_MAX_WORDS = 25
_TERMINAL = tuple('.!?"”’)')


@dataclass
class Candidate:
    sent: Any
    trigger: Any
    sources: list[ActorRef]
    targets: list[ActorRef]
    code: str | None = None
    how: str = ""
    ambiguous: tuple[str, ...] = ()
    negated: bool = False
    modality: str = "asserted"
    speaker: str | None = None
    reciprocal: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def plover(self) -> tuple[str, str | None, tuple[str, ...]] | None:
        return codes.to_plover(self.code) if self.code else None


# --- typing ---------------------------------------------------------------------------------


def apply_intent(code: str, modality: str, negated: bool) -> tuple[str, bool]:
    """A refused cooperation ("will not accept", "refused to withdraw") is a REJECT. An intended
    action keeps its own type: ``modality`` says it is intended (``codes.intent_view`` gives
    PLOVER's AGREE/THREATEN reading for comparison with gold sets)."""
    info = codes.to_plover(code)
    if info is None or modality not in {"intended", "hypothetical"}:
        return code, negated
    if negated and info[0] in codes.COOPERATIVE:
        return "120", False
    return code, negated


# --- finding candidates ---------------------------------------------------------------------


def is_headline(sent: Any, text: str) -> bool:
    """A standalone line without closing punctuation in a multi-line text: a title or teaser."""
    if "\n" not in text.strip():
        return False
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    stripped = sent.text.strip()
    if not line or line != stripped:
        return stripped.endswith(("…", "..."))
    return not line.endswith(_TERMINAL) and len(line.split()) <= HEADLINE_MAX_WORDS or line.endswith(("…", "..."))


def verb_candidates(sent: Any, index: ActorIndex, lexicon: Lexicon) -> list[Candidate]:
    typed: dict[int, Candidate] = {}
    order: list[Candidate] = []
    absorbed: set[int] = set()  # what a request noun asks for: no event of its own
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        subj, passive = find.subject(verb)
        subj_refs = find.argument_actors(subj, index, sent) if subj is not None else []
        exclude = {t.i for t in subj.subtree} if subj is not None and subj.i < verb.i else set()
        if passive:
            by = find.agent(verb)
            sources = find.argument_actors(by, index, sent) if by is not None else []
            targets = subj_refs
        else:
            sources, targets = subj_refs, []
            # The first object that names a precise actor; a vague one ("its troops") or a bare
            # mention of the source's own country ("offered Russian wheat to Egypt") only when
            # no later object is precise and foreign ("offered its troops to Lebanon").
            home = {s.actor.country for s in sources if s.actor.country}
            for obj in find.objects(verb):
                found = [r for r in find.argument_actors(obj, index, sent) if all(r.span != s.span for s in sources)]
                if found and not targets:
                    targets = found
                if found and not all(context.is_vague(r.actor) for r in found):
                    targets = found
                    # a bare mention of the source's own country ("Russian wheat"), not a
                    # compatriot actor ("Congress asked Obama to ...")
                    if not (home and all(r.actor.country in home and not r.actor.sector for r in found)):
                        break
        code, how, tied = type_verb(verb, exclude, lexicon)
        code = obstruction_code(verb_lemma(verb, lexicon), code, sources)
        if passive and not sources and code and (codes.to_plover(code) or ("",))[0] == "ASSAULT":
            sources = attack_sources(verb, index, sent, lambda n: _is_attack(n, lexicon))
            sources = [s for s in sources if all(s.span != t.span for t in targets)]
        demand = demand_of(verb, lexicon)
        if demand is not None:  # "renewed its demand that Y do ...": a REQUEST of Y
            code, how, tied = demand.code, "demand", ()
            if demand.clause is not None:
                asked = [r for s in demand.clause.children if s.dep_ in find.SUBJ_DEPS
                         for r in find.argument_actors(s, index, sent) if all(r.span != x.span for x in sources)]
                targets = asked or targets
                absorbed.add(demand.clause.i)
        speaker, speaker_ref = find.speaker_of(verb, index, sent)
        if speaker is None:
            according = attributes.according_to(verb) or attributes.according_to(verb.sent.root)
            if according is not None:
                speaker = " ".join(t.text for t in according.subtree)
                refs = find.argument_actors(according, index, sent)
                speaker_ref = refs[0] if refs else None
        cand = Candidate(
            sent, verb, sources, targets, code, how, tied,
            negated=attributes.is_negated(verb), modality=attributes.modality(verb), speaker=speaker,
        )  # fmt: skip
        cand.extra["speaker_ref"] = speaker_ref
        cand.extra["subject"] = subj
        if not targets and cand.plover and cand.plover[0] == "THREATEN":
            # "threatened to ... unless Y does": the threat is aimed at Y.
            cond = find.condition_subject(verb)
            if cond is not None:
                cand.targets = [r for r in find.argument_actors(cond, index, sent) if all(r.span != s.span for s in sources)]
        if not cand.targets and sources and cand.plover is not None and is_main(verb):
            cand.targets = find.clause_actors(verb, index, sent, sources)
        typed[verb.i] = cand
        order.append(cand)
    _prefer_intended_action(typed)
    return [c for c in order if not c.extra.get("suppressed") and c.trigger.i not in absorbed
            and not _absorbed(c, typed) and not noun_content(c.trigger)]


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


def noun_content(verb: Any) -> bool:
    """A "that"-clause completing a noun ("demanded an admission that Soviet forces murdered
    ...", "allegations that the army tortured ...", "fears that Iraq would attack"): what is
    admitted, alleged or feared is content, not an event the sentence asserts."""
    return (verb.dep_ in {"acl", "ccomp"} and verb.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" and c.lower_ in {"that", "whether"} for c in verb.children))


def _is_attack(noun: Any, lexicon: Lexicon) -> bool:
    code = noun_code(noun, lexicon)
    info = codes.to_plover(code) if code else None
    return info is not None and info[0] == "ASSAULT"


def _prefer_intended_action(typed: dict[int, Candidate]) -> None:
    """"plans to impose restrictions", "vowed to fight": the typed complement is the event
    (intended); the verb of intention carries no event of its own then."""
    for cand in typed.values():
        verb = cand.trigger
        head = verb.head
        if verb.dep_ != "xcomp" or cand.plover is None or head.i not in typed:
            continue
        if head.lemma_.lower() in attributes.INTENT or head.lower_ in attributes.INTENT:
            typed[head.i].extra["suppressed"] = True
            cand.extra["promoted"] = True


def _absorbed(cand: Candidate, typed: dict[int, Candidate]) -> bool:
    """True when the predicate is the content of a typed non-speech predicate above it
    ("urged China to [cease]", "accused Y of [enabling]", "threatened to [cut off]")."""
    token = cand.trigger
    if cand.extra.get("promoted"):
        return False
    for _ in range(4):
        if token.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in attributes.CONDITION_MARKS for m in token.children):
            above = typed.get(token.head.i)
            return above is not None and above.plover is not None  # the condition of a threat or offer
        if token.dep_ in {"conj", "advcl", "ROOT", "relcl", "acl", "parataxis"}:
            return False
        head = token.head
        if head is token:
            return False
        above = typed.get(head.i)
        if above is not None and not above.extra.get("suppressed"):
            if head.lemma_.lower() in attributes.SPEECH and token.dep_ == "ccomp":
                return False
            return above.plover is not None and token.dep_ in {"xcomp", "ccomp", "pcomp", "pobj"}
        token = head
    return False


def is_main(token: Any) -> bool:
    """A predicate of a main clause: the root, coordinated with it, or the reported clause."""
    for _ in range(4):
        if token.dep_ == "ROOT":
            return True
        if token.dep_ in {"conj", "ccomp", "xcomp"} or token.dep_ == "parataxis":
            token = token.head
            continue
        return False
    return False


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
            found.append(Candidate(sent, noun, parties, [], code, "noun", negated=attributes.is_negated(noun)))
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
        if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "dative", "compound", "poss"}:
            # "accused Beijing of enabling Russia's war against Ukraine": an event named as an
            # argument is background or the content of another predicate, not news.
            continue
        found.append(
            Candidate(sent, noun, sources, targets, code, "noun", negated=attributes.is_negated(noun), reciprocal=False)
        )
    return found


def obligation_candidates(cands: list[Candidate]) -> list[Candidate]:
    """"X said Y must do ..." is X's REQUEST of Y; the obligation itself is no event."""
    out = []
    for cand in cands:
        verb = cand.trigger
        speaker_ref = cand.extra.get("speaker_ref")
        if verb.pos_ == "VERB" and attributes.obligation(verb) and speaker_ref is not None and cand.sources:
            targets = [s for s in cand.sources if s.span != speaker_ref.span]
            if targets:
                out.append(Candidate(cand.sent, verb, [speaker_ref], targets, "100", "obligation", reciprocal=False))
                cand.code = None  # the obligation is not asserted as done
    return out


# --- events ---------------------------------------------------------------------------------


def pairs(cand: Candidate) -> list[tuple[ActorRef | None, ActorRef | None]]:
    if cand.sources and cand.targets:
        found = [(s, t) for s in cand.sources for t in cand.targets if s.span != t.span]
    elif len(cand.sources) > 1 and cand.reciprocal and not (cand.plover and cand.plover[0] in JOINT_ONLY):
        found = [(s, t) for s in cand.sources for t in cand.sources if s.span != t.span]
    elif cand.sources and (place := unnamed_target(cand.trigger, cand.sources[0], cand.plover and cand.plover[0])):
        # No named target: PLOVER codes the country where the event happened (or, for the
        # police and the courts, their own country), which is more often right than none.
        # Each doer's own: where the event happened is the same for all, but a doer's own
        # country (the police, protesters at home) is not its co-doer's ("Indian and
        # Pakistani activists protested").
        found = [(cand.sources[0], place)]
        for s in cand.sources[1:]:
            own = unnamed_target(cand.trigger, s, cand.plover and cand.plover[0])
            found.append((s, own or place))
        cand.extra["place_target"] = True
    elif not is_main(cand.trigger):
        found = []  # a one-sided event from a participle or purpose clause is too weak
    elif cand.sources and not _has_object(cand.trigger) and not (cand.plover and cand.plover[0] in DYADIC):
        # "Avril resigned": one-sided by nature. When the predicate has an object that names
        # no actor we know ("refused to lift the curfew on Palestinians"), the target is
        # unknown rather than absent: no event, rather than an imprecise one.
        found = [(s, None) for s in cand.sources]
    else:
        found = []  # a target without a source (agentless passive): who acted is unknown
    return found[:MAX_PAIRS]


def _has_object(trigger: Any) -> bool:
    """True when the predicate has an object or a prepositional target of any kind: its
    target may then be someone the resolver does not know ("granted asylum to army officers")."""
    return trigger.pos_ != "VERB" or any(t.ent_type_ not in {"DATE", "TIME"} for t in find.objects(trigger))


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
    for source, target in pairs(cand):
        src = context.complete(source, cand.trigger, index, cand.sent) if source else None
        tgt = context.complete(target, cand.trigger, index, cand.sent) if target else None
        if src is not None and tgt is not None and (src.actor.country or src.actor.code) == (tgt.actor.country or tgt.actor.code):
            same = src.actor.code == tgt.actor.code and not cand.extra.get("place_target")
            if doc[tgt.token].dep_ in {"poss", "amod", "compound"} or same:
                # "the embassy defended China's trade practices": no event between the two; but
                # "Nigerians rallied in Lagos" is NGA -> NGA (the place stands for the target)
                continue
        if (source is None or src is not None) and (target is None or tgt is not None):
            out.append((src, tgt))
    return out


def to_events(
    cand: Candidate, article: Article, *, keep_unmapped: bool = False, index: ActorIndex | None = None
) -> list[Event]:
    info = cand.plover
    if info is None:
        if not (keep_unmapped and cand.code):
            return []
        info = ("", None, ())
    plover, mode, context = info
    sent = cand.sent
    mention = Mention(
        article_id=article.id, sentence=sent.text, start=sent.start_char, end=sent.end_char,
        doc_id=article.doc_id, outlet=article.outlet, quote_speaker=cand.speaker, trigger=cand.trigger.text,
    )  # fmt: skip
    entry = codes.lookup(cand.code)
    events = []
    for source, target in precise_pairs(cand, index):
        src: Actor | None = source.actor if source else None
        tgt: Actor | None = target.actor if target else None
        event = Event(
            source=src, target=tgt, type=plover, mode=mode, context=list(context), cameo=cand.code,
            goldstein=entry.goldstein if entry else None, quad_class=entry.quad_class if entry else None,
            negated=cand.negated, modality=cand.modality, mentions=[mention],
            confidence=confidence(cand, source is not None),
        )  # fmt: skip
        event.id = stable_id(article.id, sent.start_char, _code(src), plover, _code(tgt), cand.code)
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
    if cand.code:
        cand.code, cand.negated = apply_intent(cand.code, cand.modality, cand.negated)


def find_candidates(
    doc: Any, actors: dict[tuple[int, int], Actor], article: Article, lexicon: Lexicon | None = None
) -> tuple[list[Candidate], ActorIndex]:
    """The article's predicates with an actor on either side, and the actor index they use."""
    lexicon = lexicon or get_lexicon()
    index = ActorIndex(doc, context.ethnic_groups(doc, actors))
    text = article.text
    candidates: list[Candidate] = []
    for sent in (seg for whole in doc.sents for seg in find.line_segments(whole)):
        if is_headline(sent, text):
            continue
        if not index.in_sentence(sent) and not any(t.lower_ in find.PRONOUNS or t.lower_ in find.FIRST_PERSON for t in sent):
            continue
        verbs = verb_candidates(sent, index, lexicon)
        candidates.extend(obligation_candidates(verbs))
        candidates.extend(verbs)
        candidates.extend(noun_candidates(sent, index, lexicon))
    return [c for c in candidates if c.sources or c.targets], index


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
    return list(events.values())


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
    published = article.published.date() if article.published is not None else None
    token = context.ARTICLE_DATE.set(published)  # places resolve at the article's date
    try:
        candidates, index = find_candidates(doc, actors, article, lexicon)
        if classifier is not None:
            ask(classifier, questions(candidates))
        return events_of(candidates, article, index, keep_unmapped=keep_unmapped)
    finally:
        context.ARTICLE_DATE.reset(token)


def questions(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates to ask the classifier about: where the lexicon is silent or ambiguous."""
    by_sentence: dict[int, Candidate] = {}
    for cand in candidates:
        # Only a predicate with both a source and a target can become an event, so only those
        # are worth an embedding (most of this stage's time is the encoder).
        silent = (cand.plover is None and cand.trigger.pos_ == "VERB" and cand.sources and cand.targets
                  and cand.trigger.lemma_.lower() not in attributes.SPEECH)
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
