"""Candidate predicates: each sentence's verbs (and, from ``nominal``, its event nouns) with the
actors on either side, typed by the trigger lexicon (``eventwire.events.code`` turns them into
events)."""

from __future__ import annotations

from typing import Any

from eventwire.events import attributes, codes, context, find, sides, subjects
from eventwire.events.actor_index import country_ref
from eventwire.events.antecedents import resolve_answers
from eventwire.events.candidate import Candidate, is_main
from eventwire.events.casualties import resolve_casualties
from eventwire.events.constructions import INSTRUMENTS, construction_code, reported_conjunct
from eventwire.events.content import is_content, noun_content, prefer_intended_action
from eventwire.events.demands import demand_of
from eventwire.events.deployments import PROMPT_WORDS, prompting_parties
from eventwire.events.ethnic_groups import ethnic_groups
from eventwire.events.evacuations import destination, own_target
from eventwire.events.find import ActorIndex, ActorRef
from eventwire.events.forces import FORCE_SECTORS
from eventwire.events.givers import amount_holder, giver
from eventwire.events.grievances import alleged_parties, grievance_parties
from eventwire.events.inquiries import inquiry_owner
from eventwire.events.lexicon import Lexicon, get_lexicon
from eventwire.events.mediation import co_mediators, mediated_parties
from eventwire.events.mutuality import RECIPROCAL_VERBS, RELATION_NOUNS
from eventwire.events.nominal import OCCURRENCE_VERBS, is_attack, noun_candidates
from eventwire.events.opposed import opposed_country
from eventwire.events.owners import JUDGING_TYPES, act_owner, owner_targets
from eventwire.events.passives import agent
from eventwire.events.people import describes_flight
from eventwire.events.quoted_names import quoted_name_candidates
from eventwire.events.targets import (
    attack_sources,
    clause_actors,
    denied_party,
    intercepts_munitions,
    is_munition,
    obstruction_code,
)
from eventwire.events.trigger import noun_code, type_verb, verb_lemma
from eventwire.events.verdicts import resolve_verdicts
from eventwire.nlp.headline import is_headline
from eventwire.records import Actor, Article

# CAMEO roots of verbal acts (statements, appeals, intentions, consultations, demands,
# accusations, rejections, threats): acts of speakers, not of things
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def verb_candidates(sent: Any, index: ActorIndex, lexicon: Lexicon) -> list[Candidate]:
    typed: dict[int, Candidate] = {}
    order: list[Candidate] = []
    absorbed: set[int] = set()  # what a request noun asks for: no event of its own
    for verb in sent:
        if verb.pos_ != "VERB" or _phase_of(verb):
            continue
        subj, passive = subjects.subject(verb)
        if subj is not None and (verb_lemma(verb, lexicon) in VICTIM_VERBS or _comes_under(verb)):
            passive = True  # "civilians died in an air strike": the subject is who was harmed
        subj_refs = find.argument_actors(subj, index, sent) if subj is not None else []
        # the subject's words are no words of the predicate's phrase; a verb hung on its subject
        # (acl: "Its chairman, ..., called on the two governments to ...") keeps its own phrase
        exclude = ({t.i for t in subj.subtree} - {t.i for t in verb.subtree}
                   if subj is not None and subj.i < verb.i else set())
        if passive:
            by = agent(verb)
            sources = find.argument_actors(by, index, sent) if by is not None else []
            targets = subj_refs
        else:
            sources, targets = subj_refs, []
            # The first object that names a precise actor; a vague one ("its troops") or a bare
            # mention of the source's own country ("offered Russian wheat to Egypt") only when
            # no later object is precise and foreign ("offered its troops to Lebanon").
            home = {s.actor.country for s in sources if s.actor.country}
            for obj in find.objects(verb):
                if posted := _posted_to(obj):
                    targets = posted  # "recalled its ambassador to Madrid"
                    break
                found = [r for r in find.argument_actors(obj, index, sent) if all(r.span != s.span for s in sources)
                         and not is_munition(sent.doc[r.token])  # "fired 15 missiles at Kyiv": the means
                         and not amount_holder(sent.doc[r.token])
                         and not giver(sent.doc[r.token], obj, verb, index, lexicon)]
                if _mutual_doers(verb, sources) and all(_topic_word(sent.doc[r.token], obj) for r in found):
                    found = []  # "Egypt and Qatar discussed the Gaza ceasefire": what they talked about
                if found and home and all(r.actor.country in home and not r.actor.sector for r in found):
                    # "lifted the U.S. trade embargo against Vietnam": the doer's own country
                    # qualifies the object; whom the object is aimed at is the party
                    found = _aimed_at(obj, index, sent, sources) or found
                elif found and obj.pos_ == "NOUN" and obj.lower_ in RELATION_NOUNS and index.at(obj) is not None \
                        and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in obj.children):
                    # "suspended its Red Cross talks with North Korea": the doer's own relation is
                    # no actor, though the name before it swallows it into its mention; whom it is
                    # with is the party
                    found = _aimed_at(obj, index, sent, sources) or found
                if found and not targets:
                    targets = found
                if found and not all(context.is_vague(r.actor) for r in found):
                    targets = found
                    # a bare mention of the source's own country ("Russian wheat"), not a
                    # compatriot actor ("Congress asked Obama to ...")
                    if not (home and all(r.actor.country in home and not r.actor.sector for r in found)):
                        break
        # the words of a name are no words of the predicate's phrase: "attacked by fighters
        # of the Rapid Support Forces" is no support, "by the Liberation Army" no release
        names = {t.i for t in sent if t.i > verb.i and t.pos_ == "PROPN" and index.at(t) is not None}
        if not passive and sources and targets and reported_conjunct(verb) and \
                {s.actor.country for s in sources} == {t.actor.country for t in targets} != {None}:
            # "Beijing said Canada's duties had violated the rules and urged Ottawa to ...": the
            # parser hangs "urged" on the reported verb; one does not urge one's own side, so
            # the speaker urges
            said_by, _ = subjects.subject(verb.head.head)
            speaker = find.argument_actors(said_by, index, sent) if said_by is not None else []
            if speaker and {s.actor.country for s in speaker}.isdisjoint({t.actor.country for t in targets}):
                sources = speaker
        code, how, tied = type_verb(verb, exclude | names, lexicon)
        code = obstruction_code(verb_lemma(verb, lexicon), code, sources)
        if not passive and not sources and code and code[:2] in VERBAL_ROOTS and reported_conjunct(verb):
            # "China said the rig was operating in its waters and accused Vietnam of ...": the
            # parser hangs the second verb on the reported one, whose subject names no actor; a
            # thing does not accuse or urge, the speaker does
            said_by, _ = subjects.subject(verb.head.head)
            sources = find.argument_actors(said_by, index, sent) if said_by is not None else []
        if (subj is not None and verb.lemma_.lower() in OCCURRENCE_VERBS
                and (subj.pos_ == "NOUN" and noun_code(subj, lexicon) or lexicon.noun_code(subj.lower_))):
            code, how, tied = None, "", ()  # "strikes on Kharkiv intensified": the noun is the event
        if (any(c.dep_ == "oprd" and c.lemma_.lower() in HARM_STATES for c in verb.children)
                and not (code and (info := codes.to_plover(code)) and info[0] in FORCE)):  # "shot him dead" is the act
            # "clashes left four dead", "the attack left 20 people wounded": the verb states a
            # result (CAMEO's default for "leave" is a consultation); the subject is the act
            code, how, tied = None, "", ()
        if code and _comes_under(verb) and _political(critics := sources or _under_doers(verb, index, sent)) \
                and _political(targets):
            # "the minister came under fire from lawmakers": criticised, not shot at
            code, how, tied, sources = "111", "verb", (), critics
        converse = None
        if not passive and verb_lemma(verb, lexicon) in UNDERGO_VERBS | RECIPIENT_VERBS:
            converse = _undergone(verb, index, sent, lexicon, subj_refs)
            if (converse[0] is None and code and verb_lemma(verb, lexicon) in RECIPIENT_VERBS
                    and (codes.to_plover(code) or ("",))[0] in HOSTING_TYPES):
                # "received a mission of observers from the OSCE": the host admits them
                targets = _senders(verb, index, sent, subj_refs) or targets
                converse = None
            elif verb_lemma(verb, lexicon) in UNDERGO_VERBS or converse[3]:
                # "received a visit / threats / an apology from Y": Y's act on the subject (the
                # lexicon's code where it is of the same type: "military aid" 072, not "aid" 070)
                same = code and converse[0] and (codes.to_plover(code) or ("",))[0] == (codes.to_plover(converse[0]) or ("-",))[0]
                code, how, tied, sources, targets = (code, how, tied, *converse[3:]) if same else converse
            else:
                converse = None
        if (converse is None and not passive and code and verb_lemma(verb, lexicon) in RECIPIENT_VERBS
                and (codes.to_plover(code) or ("",))[0] in GIFT_TYPES):
            # "Ukraine received military aid from Germany", "won the backing of France": the
            # giver is the source (CAMEO 2.0 codes these patterns with the recipient first)
            sources, targets = targets, subj_refs
        if code and subj is not None and subj.lemma_.lower() in INSTRUMENTS and (codes.to_plover(code) or ("",))[0] in FORCE:
            code = "163"  # "the EU measures target eight individuals": sanctions aimed at them
        if passive and not sources and code and (codes.to_plover(code) or ("",))[0] == "ASSAULT":
            sources = attack_sources(verb, index, sent, lambda n: is_attack(n, lexicon))
            sources = [s for s in sources if all(s.span != t.span for t in targets)]
        if (passive and not sources and targets and code and (codes.to_plover(code) or ("",))[0] == "MOBILIZE"
                and all(r.actor.sector in FORCE_SECTORS for r in targets)
                and (all(r.actor.country for r in targets) or any(c.dep_ == "auxpass" for c in verb.children))):
            # "Troops were deployed in the city": the forces mobilised act, as in the active
            # (in a passive clause, forces of no country too: "police forces across Britain were
            # put on alert" take their country from the sentence, as any vague doer does; not
            # a participle's: "Russia has peacekeepers stationed in Abkhazia")
            sources, targets, passive = targets, [], False
        # defence against weapons in flight: no attack, and nothing for the classifier to type
        defence = bool(code and (codes.to_plover(code) or ("",))[0] == "ASSAULT" and intercepts_munitions(verb))
        if (targets and not passive and code and (codes.to_plover(code) or ("",))[0] == "MOBILIZE"
                and all(r.actor.country is None and r.actor.sector in FORCE_SECTORS for r in targets)):
            targets = []  # "New Zealand has sent 230 soldiers and police": what is sent, not whom it faces
        if not targets and not passive and code and (codes.to_plover(code) or ("",))[0] in FORCE | {"MOBILIZE"}:
            # "used tear gas and live ammunition to disperse crowds": force used for a purpose
            # is used on the purpose's object; so are troops sent for one ("sent troops to halt
            # an advance by the militants")
            # (the parser may hang it on a coordinated verb: "used tear gas and live[VERB] ammunition")
            holders = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                               and not any(g.dep_ in find.SUBJ_DEPS for g in c.children))]
            for clause in (c for h in holders for c in h.children):
                if find.is_purpose(clause):
                    targets = [r for obj in find.objects(clause, depth=0)
                               for r in find.argument_actors(obj, index, sent) if all(r.span != s.span for s in sources)]
                    if targets:
                        break
            if not targets and (codes.to_plover(code) or ("",))[0] == "MOBILIZE":
                targets = prompting_parties(verb, index, sent, sources)  # "deployed warships after Chinese boats entered"
        code = construction_code(verb, code)
        demand = demand_of(verb, lexicon)
        if demand is not None:  # "renewed its demand that Y do ...": a REQUEST of Y
            code, how, tied = demand.code, "demand", ()
            if demand.clause is not None:
                asked = [r for s in demand.clause.children if s.dep_ in find.SUBJ_DEPS
                         for r in find.argument_actors(s, index, sent) if all(r.span != x.span for x in sources)]
                targets = asked or targets
                absorbed.add(demand.clause.i)
        if code and not passive and sources and (codes.to_plover(code) or ("",))[0] == "ACCUSE":
            targets = grievance_parties(verb, index, sent, sources) or targets  # "complained to the UN over Y's raids"
            targets = targets or alleged_parties(verb, index, sent, sources)  # "alleged that Y's call was improper"
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
        if (owner := inquiry_owner(verb, code, speaker_ref, sources)) is not None:
            cand.targets = [owner]  # "the prosecutor said Serbian police had helped the investigation"
        if defence:
            cand.extra["suppressed"] = True
        cand.extra["subject"] = subj
        if not targets and cand.plover and cand.plover[0] in {"THREATEN", "PROTEST"}:
            # "threatened to ... unless Y does": the threat is aimed at Y; so is a protest
            # called "if the government does not reverse the rise" (PLOVER: the protest's target)
            cond = find.condition_subject(verb)
            if cond is not None:
                cand.targets = [r for r in find.argument_actors(cond, index, sent) if all(r.span != s.span for s in sources)]
        if not cand.targets and cand.plover and cand.plover[0] == "PROTEST":
            # "anti-Japanese protesters marched in Beijing": against Japan
            cand.targets = [r for s in sources if (r := opposed_country(sent.doc[s.token])) is not None][:1]
        if not cand.targets and sources and cand.plover is not None and is_main(verb) and not _mutual_doers(verb, sources):
            # (forces moved are no target: "massed troops on the Ukrainian border" faces Ukraine)
            skip = is_munition if cand.plover[0] != "MOBILIZE" else lambda t: is_munition(t) or _unowned_force(t, index)
            cand.targets = [r for r in clause_actors(verb, index, sent, sources, skip=skip)
                            if not is_munition(sent.doc[r.token]) and not amount_holder(sent.doc[r.token])
                            and not giver(sent.doc[r.token], verb, verb, index, lexicon)
                            and not (cand.plover[0] == "MOBILIZE" and r.actor.country is None
                                     and r.actor.sector in FORCE_SECTORS)]
        if own_target(verb, code):  # "evacuated its citizens": the doer's own people
            # and not where they are taken ("by ship to Cyprus"): relations are reduced with the
            # country left
            cand.targets = [r for r in cand.targets if r.actor.country not in {None} | {s.actor.country for s in sources}
                            and not destination(sent.doc[r.token])]
        if not cand.targets and sources and cand.plover is not None:
            cand.sources += co_mediators(verb, index, sent)  # "brokered by X with the help of Y"
            cand.targets = mediated_parties(verb, index, sent, cand.sources) or denied_party(verb, index, sent, sources)
        if not cand.targets and len({s.actor.country for s in sources}) > 1 and _joint(verb):
            cand.targets = list(sources)  # each with the others
        if cand.plover and cand.plover[0] in JUDGING_TYPES and (owner := act_owner(verb, lexicon)) is not None:
            owners = owner_targets(owner, index, sent, sources)  # "backed Noboa's crackdown on gangs"
            cand.targets = owners or []
            cand.extra["suppressed"] = cand.extra.get("suppressed") or owners is None
        typed[verb.i] = cand
        order.append(cand)
    prefer_intended_action(typed)
    return [c for c in order if not c.extra.get("suppressed") and c.trigger.i not in absorbed
            and not is_content(c, typed) and not noun_content(c.trigger)
            and not describes_flight(c.trigger)]


# Prepositions of an object noun that name whom it is aimed at ("an embargo against Vietnam",
# "sanctions on Iran", "its trade ties with China").
AIMED_PREPS = frozenset({"against", "on", "with"})


def _aimed_at(obj: Any, index: ActorIndex, sent: Any, sources: list[ActorRef]) -> list[ActorRef]:
    """The actors an object noun's own "against"/"on"/"with" phrase names, other than the doers."""
    return [r for p in obj.children if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
            for g in p.children if g.dep_ == "pobj"
            for r in find.argument_actors(g, index, sent) if all(r.span != s.span for s in sources)]


# Nouns of a government's own representatives abroad.
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "emissary", "charge", "representative", "diplomat"})


def _posted_to(obj: Any) -> list[ActorRef]:
    """The country where the doer's own envoy is posted ("recalled its ambassador to Madrid",
    "withdrew its envoy in Tehran"): the envoy is the doer's means, the country he is accredited
    to is whom the act is aimed at. Empty for anyone else's envoy ("expelled the Russian envoy")."""
    if obj.lemma_.lower() not in ENVOY_NOUNS or not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in obj.children):
        return []
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "in"}:
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                if country := context.place_country(place):
                    return [country_ref(country, place)]
    return []


def _topic_word(token: Any, obj: Any) -> bool:
    """A country or place word modifying the object ("the Gaza ceasefire", "the Ukraine war"):
    the object's topic, not a party to it."""
    return token.i != obj.i and token.dep_ in {"compound", "amod", "nmod"} and token.head.i == obj.i


def _mutual_doers(verb: Any, sources: list[ActorRef]) -> bool:
    """"Border guards from A and B exchanged fire ..., killing five people": doers of a
    reciprocal predicate of more than one country act on each other; an actor later in the
    clause (the victims of its result) is not their target; nor is a body named in passing when
    what they act on is a relation between them ("Brazil and Argentina expanded trade under the
    Mercosur union")."""
    if len({s.actor.country for s in sources}) < 2:
        return False
    return _joint(verb) or verb.lemma_.lower() in RECIPROCAL_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in RELATION_NOUNS for c in verb.children)


def _joint(verb: Any) -> bool:
    """"Washington and Seoul began joint military exercises, angering Pyongyang": an object done
    together (or a predicate done jointly) is done with each other."""
    return any(c.dep_ == "dobj" and any(a.dep_ == "amod" and a.lower_ in JOINT_WORDS for a in c.children)
               for c in verb.children) or any(c.dep_ == "advmod" and c.lower_ == "jointly" for c in verb.children)


# Verbs that only say when an act starts or goes on (general English): "had begun delivering
# rice", "continued shelling the town". The act is their complement, a candidate of its own;
# the phase verb itself names none (not "stop" or "halt": ending an act is an act).
PHASE_VERBS = frozenset({"begin", "start", "continue", "keep", "resume", "commence"})


def _phase_of(verb: Any) -> bool:
    return verb.lemma_.lower() in PHASE_VERBS and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)


JOINT_WORDS = frozenset({"joint", "bilateral", "mutual", "combined"})
FORCE = frozenset({"ASSAULT", "COERCE"})
# Verbs whose subject suffers the harm: CAMEO 2.0 types "died in clashes" 190 but PETRARCH's
# patterns mark the doer in the cause phrase ("in an attack by $"), which the lexicon does not
# keep; the doer is found like a passive's ("died in an American air strike" -> USA).
VICTIM_VERBS = frozenset({"die", "perish", "succumb"})
# Verbs of receiving: what is received (aid, backing, assurances) is given by the object's
# "from"/"of" actor. Not CONSULT: "received the envoy" is hosting a visit (CAMEO 043).
RECIPIENT_VERBS = frozenset({"receive", "get", "obtain", "win", "gain", "earn", "secure", "garner", "attract"})
GIFT_TYPES = frozenset({"AID", "SUPPORT", "AGREE", "COOPERATE"})
# What a receiver does itself, as CAMEO codes it with the receiver first: hosting a visit (043,
# CONSULT), admitting inspectors, observers or peacekeepers (086x, RETREAT access): the
# sender named after "from" is its target (unless the received noun is an act of the sender's).
HOSTING_TYPES = frozenset({"CONSULT", "RETREAT"})
# Verbs whose object is an event done to the subject: "faced sharp criticism from Turkey" is
# Turkey's accusation of the subject (CAMEO 2.0 reads FACE as a meeting, 040).
UNDERGO_VERBS = frozenset({"face", "suffer", "endure", "undergo"})


def _undergone(verb: Any, index: ActorIndex, sent: Any, lexicon: Lexicon,
               subj_refs: list[ActorRef]) -> tuple[str | None, str, tuple[str, ...], list[ActorRef], list[ActorRef]]:
    """(code, how, tied, sources, targets) of "X faced/suffered <event noun> from Y": the noun's
    type, Y (the noun's from/by phrase or its modifier: "Turkish criticism") as the source, X
    as the target. Without an event noun ("faced a choice") no event."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
            continue
        code = noun_code(obj, lexicon)
        if not code or codes.to_plover(code) is None:
            continue
        doers: list[ActorRef] = []
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
                doers += [r for g in child.children if g.dep_ == "pobj" for r in find.argument_actors(g, index, sent)]
            elif child.dep_ in {"amod", "compound", "poss"}:
                # "international and Turkish criticism": the parser hangs the second modifier
                # on the first, which names no one
                doers += [r for m in (child, *child.conjuncts) if index.at(m) is not None
                          for r in find.argument_actors(m, index, sent)]
        if not doers:  # "from Turkey over the raid" hung on the verb
            doers = [r for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}
                     for g in c.children if g.dep_ == "pobj" for r in find.argument_actors(g, index, sent)]
        doers = [d for d in doers if all(d.span != s.span for s in subj_refs)]
        return code, "noun", (), doers, subj_refs
    # "suffered heavy losses in a Taliban attack": the attack's doer harmed the subject
    doers = [d for d in attack_sources(verb, index, sent, lambda n: is_attack(n, lexicon))
             if all(d.span != s.span for s in subj_refs)]
    return ("190", "noun", (), doers, subj_refs) if doers else (None, "", (), [], subj_refs)


def _senders(verb: Any, index: ActorIndex, sent: Any, subj_refs: list[ActorRef]) -> list[ActorRef]:
    """The actors of a "from" phrase of the verb or its object ("received observers from the OSCE")."""
    phrases = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    phrases += [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree if t.dep_ == "prep" and t.lower_ == "from"]
    found = [r for p in phrases for g in p.children if g.dep_ == "pobj" for r in find.argument_actors(g, index, sent)]
    return [r for r in found if all(r.span != s.span for s in subj_refs)]


def _comes_under(verb: Any) -> bool:
    """"came under fire from rebels": the subject is under the attack, not its doer."""
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


# Sectors that speak, not shoot: "came under fire" between them is criticism (PLOVER ACCUSE);
# a patrol, a convoy (no sector) or troops under fire are attacked.
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "ELI", "JUD", "PTY", "OPP", "IGO"})


def _political(refs: list[ActorRef]) -> bool:
    return bool(refs) and all(r.actor.sector in POLITICAL_SECTORS for r in refs)


def _under_doers(verb: Any, index: ActorIndex, sent: Any) -> list[ActorRef]:
    """The actors of the "from" phrase of what the subject came under ("under fire from Y")."""
    unders = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "under" for g in p.children if g.dep_ == "pobj"]
    return [r for holder in (verb, *unders) for p in holder.children if p.dep_ == "prep" and p.lower_ == "from"
            for g in p.children if g.dep_ == "pobj" for r in find.argument_actors(g, index, sent)]


# States of harm a resultative verb puts its object in ("left four dead").
HARM_STATES = frozenset({"dead", "injured", "wounded", "hurt", "homeless", "displaced", "stranded", "maimed", "kill", "wound", "injure"})


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


def find_candidates(
    doc: Any, actors: dict[tuple[int, int], Actor], article: Article, lexicon: Lexicon | None = None
) -> tuple[list[Candidate], ActorIndex]:
    """The article's predicates with an actor on either side, and the actor index they use."""
    lexicon = lexicon or get_lexicon()
    # places are read at the article's date ("Wau" in 1998 is Sudan's), in code_doc and in the
    # batched events stage alike
    doc.user_data[context.DOC_DATE_KEY] = article.published.date() if article.published is not None else None
    index = ActorIndex(doc, ethnic_groups(doc, actors))
    text = article.text
    candidates: list[Candidate] = []
    for sent in (seg for whole in doc.sents for seg in find.line_segments(whole)):
        if is_headline(sent, text):
            continue
        if not index.in_sentence(sent) and not any(t.lower_ in find.PRONOUNS or t.lower_ in find.FIRST_PERSON
                                                   or sides.pair_noun(t) for t in sent):
            continue
        verbs = verb_candidates(sent, index, lexicon)
        candidates.extend(obligation_candidates(verbs))
        candidates.extend(verbs)
        candidates.extend(noun_candidates(sent, index, lexicon))
        candidates.extend(quoted_name_candidates(sent, index))
    # "the two countries agreed to ...": no actor yet; resolve_sides names the article's pair
    found = [c for c in candidates if c.sources or c.targets or c.plover and sides.pair_noun(sides.pair_subject(c))]
    for cand in found:
        if not cand.targets and cand.plover and cand.plover[0] == "PROTEST":
            # "The demonstrators were protesting against a law": a protest at home is aimed at
            # the protesters' own country, which a vague group takes from its context first
            cand.sources = [context.complete(s, cand.trigger, index, cand.sent) or s for s in cand.sources]
    # a rejection of "the accusation" answers an earlier sentence's accuser: the arguments are
    # complete only with the article's other candidates (again after the classifier's typing)
    resolve_casualties(found)
    resolve_verdicts(found)
    resolve_answers(found)
    return [c for c in found if c.sources or c.targets], index


def _unowned_force(token: Any, index: ActorIndex) -> bool:
    """Forces of no country ("troops", "warships"): what a mobilisation moves; and a party of
    what prompted it ("after the attack on parliament"), which prompting_parties reads."""
    ref = index.at(token)
    if ref is not None and ref.actor.country is None and ref.actor.sector in FORCE_SECTORS:
        return True
    return any(a.dep_ == "prep" and a.lower_ in PROMPT_WORDS for a in token.ancestors)
