"""Whose accusation (demand, proposal...) a rejection answers when the text says "the accusation".

"Norway accused Russia of jamming GPS signals. Russia's embassy in Oslo rejected the
accusation." PLOVER's REJECT has the rejecter as actor and "the target of the rejection" as
recipient: whoever made the accusation. A careful coder reads it from the sentence before; the
sentence itself names no one (the embassy's city is not the accuser). A definite claim noun
("the accusation", "these allegations", "the demand") as the rejection's object refers back to
the latest earlier event of the matching type aimed at the rejecter's country; its doer is the
target. A denial naming no target ("Moscow denied any involvement") answers an accusation the
same way. With no such event in the article the rejection keeps what its own sentence gives.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from eventwire.actors.kb import STATE_SECTORS
from eventwire.events.candidate import Candidate, is_main
from eventwire.events.own_side import drop_own_targets
from eventwire.events.places import DENIAL
from eventwire.events.targets import MUNITIONS

# Claim nouns and the PLOVER types of the events they refer back to (general English).
CLAIMS = {
    "accusation": {"ACCUSE"}, "allegation": {"ACCUSE"}, "charge": {"ACCUSE"}, "claim": {"ACCUSE"},
    "criticism": {"ACCUSE"}, "condemnation": {"ACCUSE"}, "complaint": {"ACCUSE"},
    "demand": {"REQUEST"}, "request": {"REQUEST"}, "call": {"REQUEST"}, "appeal": {"REQUEST"},
    "ultimatum": {"THREATEN", "REQUEST"}, "proposal": {"AGREE", "REQUEST"}, "offer": {"AGREE"},
    "plan": {"AGREE", "REQUEST"}, "invitation": {"AGREE", "REQUEST"},
}  # fmt: skip
# Nouns that name an earlier act when another actor judges it ("welcomed the decision",
# "criticised the move"): a decided act (not an attack, a word or a meeting), or an agreement
# for "the deal" (general English).
# (no SUPPORT but the signing of an agreement, CAMEO 057: "welcomed the truce" is a judgement
# itself, not the act the next judgement refers to; a ceasefire, CAMEO 087, is agreed too)
_DECIDED = frozenset({"AGREE", "SANCTION", "REJECT", "COERCE", "RETREAT", "CONCEDE", "MOBILIZE", "AID", "COOPERATE",
                      "057"})
_AGREED = frozenset({"AGREE", "COOPERATE", "057", "087"})  # 087: a ceasefire agreed
ACTS = {
    "decision": _DECIDED, "move": _DECIDED, "step": _DECIDED, "measure": _DECIDED, "announcement": _DECIDED,
    "deal": _AGREED, "agreement": _AGREED, "accord": _AGREED,
}  # fmt: skip
# Nouns of force that name no act of their own in the lexicon ("condemned the violence").
VIOLENCE = frozenset({"violence", "bloodshed", "aggression", "hostility", "brutality"})
# Act nouns with two common readings: "condemned the strike" after an air strike is the attack,
# not a labour strike (general English).
TWO_READINGS = {"strike": {"ASSAULT", "PROTEST"}, "raid": {"ASSAULT", "COERCE"}}
# Nouns of acts the lexicon has no event noun for, and the PLOVER types of the reports they refer
# back to (general English): "condemned the attempted coup" after "the army foiled an attempt by
# soldiers to seize power and arrested 14 of them"; "called the trial a farce" after "a court
# sentenced a journalist".
JUDGED_ACTS = {
    "coup": {"ASSAULT", "COERCE"}, "putsch": {"ASSAULT", "COERCE"}, "takeover": {"ASSAULT", "COERCE"},
    "massacre": {"ASSAULT"},
    "trial": {"COERCE"}, "verdict": {"COERCE"}, "sentence": {"COERCE"},
    "conviction": {"COERCE"}, "sentencing": {"COERCE"},
    # "condemned the launch" after a missile test; "welcomed the pullback" after a withdrawal
    "launch": {"MOBILIZE", "ASSAULT"}, "test": {"MOBILIZE"}, "pullback": {"RETREAT"},
    # "criticised the closures" after borders closed; "condemned the incursion" after police
    # forced their way into an embassy; "rejected the suspension" after a bloc suspended it
    "closure": {"COERCE", "SANCTION"}, "incursion": {"COERCE", "ASSAULT", "MOBILIZE"}, "suspension": {"SANCTION"},
    # "Iran condemned the military intervention" after Saudi jets bombed Yemen (CAMEO 19x, 192)
    "intervention": {"ASSAULT", "MOBILIZE", "COERCE"}, "invasion": {"ASSAULT", "COERCE"},
}  # fmt: skip
# Acts that cross a border by definition (general English): done by one country in another.
FOREIGN_ACTS = frozenset({"intervention", "invasion", "incursion"})
# Act nouns that name the firing of a weapon (see targets.MUNITIONS).
WEAPON_ACTS = frozenset({"launch", "test"})
# "demanded the release of the crew": a release is asked of whoever holds them (general English).
RELEASES = frozenset({"release", "freeing", "return", "repatriation"})
# A massacre is the killing of defenceless people (general English): of civilians.
MASSACRES = frozenset({"massacre", "slaughter", "killings"})
CIVILIANS = frozenset({"CVL", "REF", "EDU", "REL", "MED", "JRN", "HLH"})
# Judgements of an act: whoever did it is their target.
JUDGEMENTS = frozenset({"SUPPORT", "ACCUSE"})
ANAPHORIC_DETS = frozenset({"the", "this", "these", "that", "those", "such"})
ANSWERS = frozenset({"REJECT"})
REFUSALS = frozenset({"refuse", "decline"})
# CAMEO 016 "deny responsibility": a denial whatever its verb ("insisted it had acted legally").
DENY_RESPONSIBILITY = "016"
MAX_SENTENCES_BACK = 6


def _denial(cand: Candidate) -> bool:
    return cand.trigger.lemma_.lower() in DENIAL or cand.code == DENY_RESPONSIBILITY


def _earlier(cand: Candidate, ordered: list[Candidate], pos: int, sent_index: dict[int, int],
             back: int = MAX_SENTENCES_BACK) -> Iterator[Candidate]:
    """The candidates of the ``back`` sentences before ``cand``'s, latest first."""
    here = sent_index[cand.sent.start]
    for earlier in reversed(ordered[:pos]):
        if earlier.sent.start != cand.sent.start and here - sent_index[earlier.sent.start] <= back:
            yield earlier


def claim_object(trigger: Any, nouns: dict[str, Any] | None = None) -> set[str] | None:
    """The types a definite claim noun object of ``trigger`` refers back to, else None."""
    nouns = CLAIMS if nouns is None else nouns
    for child in _objects(trigger):
        if child.lemma_.lower() not in nouns:
            continue
        kinds = nouns[child.lemma_.lower()]
        # "the accusation", "these allegations", "all such accusations" ("such" is a modifier)
        dets = {c.lower_ for c in child.children if c.dep_ in {"det", "predet"} or c.dep_ == "amod" and c.lower_ == "such"}
        owned = any(c.dep_ in {"poss", "prep"} and c.lower_ in {"of", "by"} or c.dep_ == "poss" for c in child.children)
        if dets & ANAPHORIC_DETS and not owned:
            return kinds
    return None


def _event_object(trigger: Any, *, patient: bool = False) -> set[str] | None:
    """The PLOVER type of a definite event noun object ("condemned the crackdown", "welcomed
    these sanctions", "denounced the violence"): the noun refers back to the act it names.
    ``patient``: only a noun with an "of" phrase naming whom the act was done to ("criticised
    the release of the engineer"), no doer."""
    for child in _objects(trigger):
        if child.pos_ != "NOUN":
            continue
        dets = {c.lower_ for c in child.children if c.dep_ in {"det", "predet"}}
        owned = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"of", "by", "on", "against"} for c in child.children)
        if patient:
            owned = (any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"by", "on", "against"} and not _when(c)
                         for c in child.children)
                     or not any(c.dep_ == "prep" and c.lower_ == "of" for c in child.children))
        if not dets & ANAPHORIC_DETS or owned:
            continue
        kinds = act_noun_kinds(child)
        if kinds is not None:
            return kinds
    return None


def act_noun_kinds(noun: Any) -> set[str] | None:
    """The PLOVER types of the acts a noun can name ("the violence", "the strike", "the coup",
    "the crackdown"), else None."""
    from eventwire.events import codes
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import noun_code

    lemma = noun.lemma_.lower()
    if lemma in VIOLENCE:
        return {"ASSAULT", "COERCE"}
    if lemma in TWO_READINGS:
        return TWO_READINGS[lemma]
    if lemma in JUDGED_ACTS:
        return JUDGED_ACTS[lemma]
    code = noun_code(noun, get_lexicon())
    info = codes.to_plover(code) if code else None
    if info is not None and info[0] in _DECIDED | {"ASSAULT", "THREATEN"}:
        return {info[0]}
    return None


def _objects(trigger: Any) -> list[Any]:
    """The direct object, or the object of "for" ("voiced support for the move")."""
    out = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    for obj in list(out):
        out += [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
    return out


def _when(prep: Any) -> bool:
    """"on Tuesday": a date, not a party."""
    return any(g.dep_ == "pobj" and g.ent_type_ == "DATE" for g in prep.children)


def _of_patients(cand: Candidate) -> bool:
    """Whether every target of ``cand`` is named inside an "of" phrase of its object noun."""
    inside: set[int] = set()
    for obj in _objects(cand.trigger):
        of = [t.i for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree]
        # the resolver may name the whole phrase after its "of" ("the release of the Russian spy")
        inside |= set(of) | ({obj.i} if of else set())
    return bool(inside) and all(t.token in inside for t in cand.targets)


def _judged(cand: Candidate, ordered: list[Candidate], pos: int, sent_index: dict[int, int]) -> None:
    """"Australia welcomed the deal", "the UN agency criticised the decision": a definite act
    noun judged by a SUPPORT or ACCUSE with no target of its own refers back to the latest
    earlier act of the article (within ``MAX_SENTENCES_BACK``); its doer is the target."""
    kinds = claim_object(cand.trigger, ACTS) or _event_object(cand.trigger)
    patients: set[str] = set()
    if cand.targets:
        # "criticised the release of the engineer": whom the act was done to is no target of
        # the judgement; whoever released him (in the act done to him) is
        kinds = _event_object(cand.trigger, patient=True)
        patients = {t.actor.code for t in cand.targets if t.actor.code}
    if kinds is None:
        return
    mine = {s.actor.country for s in cand.sources if s.actor.country}
    judges = {s.actor.code for s in cand.sources}
    # "condemned the sanctions imposed by Washington": the act's own clause names its doer
    clauses = {c.i for o in _objects(cand.trigger) for c in o.children if c.dep_ in {"acl", "relcl"}}
    own = [c for c in ordered if c.trigger.i in clauses and c.sources and not c.negated]
    if own:
        doers = [s for s in own[0].sources if s.actor.country not in mine]
        if doers:
            cand.targets = doers
            cand.extra["answers"] = own[0].trigger.i
        return
    acts = earlier_acts(cand, kinds, ordered, pos, sent_index)
    if cand.targets:
        acts = [a for a in acts if patients & {t.actor.code for t in a.targets}]
    if any(o.lemma_.lower() in MASSACRES for o in _objects(cand.trigger)):
        # "the massacre" is the killing of villagers, not the troops' killing of the attackers after it
        acts = [a for a in acts if any(t.actor.sector in CIVILIANS for t in a.targets)] or acts
    if any(o.lemma_.lower() in WEAPON_ACTS for o in _objects(cand.trigger)):
        # "the launch" is of a missile or rocket, not the troops moved after it
        acts = [a for a in acts if any(t.lemma_.lower() in MUNITIONS for t in a.trigger.subtree)]
    acts = named_first(acts, _objects(cand.trigger))
    if not acts or any(judges & {s.actor.code for s in act.sources} for act in acts):
        return  # "the RSF welcomed the agreement" it signed itself: its own act, aimed at no one
    doers = [s for s in acts[0].sources if s.actor.country not in mine] or _home_doers(acts[0], judges)
    if doers:
        cand.targets = doers
        cand.extra["answers"] = acts[0].trigger.i


def earlier_acts(cand: Candidate, kinds: set[str], ordered: list[Candidate], pos: int,
                 sent_index: dict[int, int], back: int = MAX_SENTENCES_BACK) -> list[Candidate]:
    """The acts of PLOVER types (or CAMEO roots) ``kinds`` in the ``back`` sentences before
    ``cand``'s, latest first, that a later noun can refer back to."""
    return [earlier for earlier in _earlier(cand, ordered, pos, sent_index, back)
            if earlier.plover and {earlier.plover[0], (earlier.code or "")[:3]} & kinds and not earlier.negated
            and (is_main(earlier.trigger) or _reported_time_clause(earlier.trigger))  # "people arriving by sea": a participle is no act that is judged
            and earlier.sources]  # "said he had taken over": an act whose doer the parse lost names no target


# Subordinators of a clause that reports an act as the time of another ("closed its border after
# NATO helicopters attacked two posts"): the act is told as fact, and may be judged later.
TIME_MARKS = frozenset({"after", "when", "since", "before"})


def _reported_time_clause(trigger: Any) -> bool:
    """A finite verb with a subject of its own in an "after"/"when" clause."""
    return (trigger.dep_ == "advcl" and trigger.tag_ in {"VBD", "VBZ", "VBP"}
            and any(c.dep_ in {"mark", "advmod"} and c.lower_ in TIME_MARKS for c in trigger.children)  # "when": advmod
            and any(c.dep_ == "nsubj" for c in trigger.children))


def named_first(acts: list[Candidate], nouns: list[Any]) -> list[Candidate]:
    """``acts`` (latest first) with those the judged noun names first: "the strikes" is the
    earlier "launched air strikes" (or "struck"), not a shelling reported after it; "the
    intervention" (an invasion, an incursion) is an act of one country in another, not fighting
    within one."""
    lemmas = {n.lemma_.lower() for n in nouns}
    if lemmas & FOREIGN_ACTS:
        acts = [a for a in acts if any(t.actor.country and t.actor.country not in {s.actor.country for s in a.sources}
                                       for t in a.targets)]
    named = [a for a in acts if _act_words(a) & lemmas]
    return named + [a for a in acts if a not in named]


def _act_words(act: Candidate) -> set[str]:
    """The words an act is told in: its verb and the nouns it takes ("launched air strikes":
    launch, strike; "bombed": bomb, bombing)."""
    verb = act.trigger.lemma_.lower()
    words = {verb, verb + "ing", verb[:-1] + "ing" if verb.endswith("e") else verb + "ing"}
    return words | {c.lemma_.lower() for c in act.trigger.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}}


def _home_doers(act: Candidate, judges: set[str | None]) -> list[Any]:
    """"Fighters of the ADF killed 12 villagers ... Congo's government condemned the massacre":
    a judged act done at home by another actor of the judge's own country (rebels, police)
    is aimed at that actor; the judge's own organ is no target of its own judgement."""
    if not act.plover or act.plover[0] not in {"ASSAULT", "COERCE"}:
        return []  # a word or a decision of one's own side judged is no act done at home by others
    return [s for s in act.sources if s.actor.code and s.actor.code not in judges]


def _instrument_doer(cand: Candidate, ordered: list[Candidate], pos: int, sent_index: dict[int, int]) -> None:
    """"The EU imposed sanctions on ... The measures freeze their assets and ban them from
    travelling": a definite sanctions noun as the subject ("the measures", "these sanctions")
    acts for whoever imposed the latest earlier sanctions of the article."""
    from eventwire.events.constructions import INSTRUMENTS

    subj = cand.extra.get("subject")
    if subj is None or subj.lemma_.lower() not in INSTRUMENTS or not any(
            c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS for c in subj.children):
        return
    for earlier in _earlier(cand, ordered, pos, sent_index):
        if earlier.plover and earlier.plover[0] == "SANCTION" and earlier.sources and not earlier.negated:
            cand.sources = [s for s in earlier.sources if all(s.span != t.span for t in cand.targets)]
            return


def _captor(cand: Candidate, ordered: list[Candidate], pos: int, sent_index: dict[int, int]) -> None:
    """"The Chinese embassy demanded the immediate release of the crew": a demand for the
    release of people the sentence does not say who holds is aimed at the doer of the latest
    earlier detention or seizure of the article."""
    def held(noun: Any) -> bool:  # "the release", "his release", "the reporter's release", "Holmann's release" (not "Iran's")
        return any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS
                   or c.dep_ == "poss" and (c.lower_ in {"his", "her", "their"} or c.pos_ == "NOUN" or c.ent_type_ == "PERSON")
                   for c in noun.children)

    objects = _objects(cand.trigger) + [g for p in cand.trigger.children if p.dep_ == "prep" and p.lower_ == "for"
                                        for g in p.children if g.dep_ == "pobj"]  # "called for his release"
    if not any(o.lemma_.lower() in RELEASES and held(o) for o in objects):
        return
    mine = {s.actor.country for s in cand.sources if s.actor.country}
    for earlier in _earlier(cand, ordered, pos, sent_index):
        if earlier.plover and earlier.plover[0] == "COERCE" and earlier.sources and not earlier.negated:
            # (one's own act is no detention one asks oneself to end: "called the seizure
            # unacceptable", read as a seizure, is the demander's; look further back)
            captors = [s for s in earlier.sources if s.actor.country not in mine]
            if captors:
                cand.targets = captors
                return


# How far back "the claim" finds a statement when no accusation is there.
CLAIM_SENTENCES_BACK = 2


def _claimant(cand: Candidate, ordered: list[Candidate], pos: int, sent_index: dict[int, int], mine: set[str],
              *, about: bool = False) -> None:
    """"The Chinese embassy said the vessel had been in international waters. Bullrich rejected
    the claim": with no accusation to answer, "the claim" (or what a denial denies: "the UN
    said the RSF seized three trucks. The RSF denied taking them") is the latest earlier
    statement of another country's actor or an international body, a sentence or two before
    (for a denial, one whose sentence names the denier's side: ``about``)."""
    from eventwire.events.attributes import SPEECH

    here = sent_index[cand.sent.start]
    for earlier in reversed(ordered[:pos]):
        if earlier.sent.start == cand.sent.start or earlier.negated:
            continue
        if here - sent_index[earlier.sent.start] > CLAIM_SENTENCES_BACK:
            return
        if about and not any(c.sent.start == earlier.sent.start and mine & {r.actor.country for r in c.sources + c.targets}
                             for c in ordered):
            continue  # a denial answers a report of what the denier did, not any statement
        if earlier.trigger.lemma_.lower() in SPEECH and earlier.sources:
            speakers = [s for s in earlier.sources if s.actor.country and s.actor.country not in mine
                        or not s.actor.country and (s.actor.code or "").startswith(("IGO", "NGO"))]
            if not speakers and about:
                # a domestic quarrel ("the interior ministry said Taliban fighters had used the
                # hospital ... The Taliban denied it"): the other side of the denier's country
                # ("Iran denies ..." after Tehran's own official spoke is no quarrel: the state
                # and its government are one side)
                own = {r.actor.code for r in cand.sources if r.actor.code}
                state = any(_of_state(r.actor.sector) for r in cand.sources)
                speakers = [s for s in earlier.sources if s.actor.country in mine and s.actor.sector
                            and s.actor.code not in own and s.actor.sector != "CVL"
                            and _of_state(s.actor.sector) != state]
            if speakers:
                cand.targets = speakers
                cand.extra["answers"] = earlier.trigger.i
            return


def _of_state(sector: str | None) -> bool:
    """A country named bare or a state body (government, army, police, courts): one side."""
    return sector is None or sector in STATE_SECTORS - {"IGO"}


def _reprisal_target(cand: Candidate, ordered: list[Candidate], pos: int) -> None:
    """"Iran condemned the decision as illegal and said Tehran would respond in kind": a threat
    naming no one is aimed at whom its maker's earlier act in the sentence was aimed at: a
    hostile act, which a reprisal answers ("signed out of duty towards the people but warned
    it would respond to any attack" threatens no one named)."""
    from eventwire.events.codes import COOPERATIVE

    mine = {s.actor.country or s.actor.code for s in cand.sources}
    for earlier in reversed(ordered[:pos]):
        if earlier.sent.start != cand.sent.start:
            return
        if earlier.targets and earlier.plover and earlier.plover[0] not in COOPERATIVE and not earlier.negated and \
                mine & {s.actor.country or s.actor.code for s in earlier.sources}:
            cand.targets = [t for t in earlier.targets if (t.actor.country or t.actor.code) not in mine]
            return


def _apposed_act(cand: Candidate, ordered: list[Candidate]) -> bool:
    """"Iran resumed enrichment, a step Washington condemned", "asked the court to rule, a
    move Bangkok rejected": a judgement or answer in a relative clause on an act noun set in
    apposition to a clause's object judges that clause's act, so its doer is the target."""
    head = cand.trigger.head
    if cand.trigger.dep_ != "relcl" or head.dep_ not in {"appos", "npadvmod"} or head.lemma_.lower() not in ACTS | CLAIMS:
        return False
    verb = head.head
    for _ in range(4):  # up from the apposed object to the clause's verb
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    act = next((c for c in ordered if c.trigger.i == verb.i and c.sources and not c.negated), None)
    if act is None:
        return False
    mine = {s.actor.country for s in cand.sources if s.actor.country}
    doers = [s for s in act.sources if s.actor.country not in mine]
    if doers:
        cand.targets = doers
        cand.extra["answers"] = act.trigger.i
    return bool(doers)


def _igo(ref: Any) -> str | None:
    """An international body's own key ("IGOUNO"), for one named with no country."""
    code = ref.actor.code or ""
    return code[:6] if not ref.actor.country and code.startswith("IGO") else None


def resolve_answers(candidates: list[Candidate]) -> None:
    """Give a rejection of "the accusation" the accuser of the rejecter as its target, and a
    judgement of "the decision" the decision's doer (in place); "both sides" the article's two
    parties (``sides``)."""
    from eventwire.events.halts import resolve_halt, retype_halt  # it reads this module's act nouns
    from eventwire.events.sides import resolve_sides

    resolve_sides(candidates)
    ordered = sorted(candidates, key=lambda c: c.trigger.i)
    sent_index = {}
    for cand in ordered:
        sent_index.setdefault(cand.sent.start, len(sent_index))
    for pos, cand in enumerate(ordered):
        retype_halt(cand)
        drop_own_targets(cand)
        if not cand.sources and cand.plover and cand.plover[0] == "SANCTION":
            _instrument_doer(cand, ordered, pos, sent_index)
        if cand.plover and cand.plover[0] == "REQUEST" and cand.sources and not cand.targets and not cand.negated:
            _captor(cand, ordered, pos, sent_index)
            if not cand.targets:
                resolve_halt(cand, ordered, pos, sent_index)
        if cand.plover and cand.plover[0] == "THREATEN" and cand.sources and not cand.targets and not cand.negated:
            _reprisal_target(cand, ordered, pos)
        if cand.plover and cand.plover[0] in JUDGEMENTS | ANSWERS and cand.sources and not cand.targets \
                and not cand.negated and _apposed_act(cand, ordered):
            continue
        if cand.plover and cand.plover[0] in JUDGEMENTS and cand.sources and not cand.negated and (
                not cand.targets or _of_patients(cand)):
            _judged(cand, ordered, pos, sent_index)
            continue
        if not (cand.plover and cand.plover[0] in ANSWERS and cand.sources) or cand.negated:
            continue
        kinds = claim_object(cand.trigger)
        if kinds is None and not cand.targets:
            # "Guterres rejected the decision": the decided act aimed at the rejecter
            kinds = claim_object(cand.trigger, ACTS) or claim_object(cand.trigger, JUDGED_ACTS)
        if kinds is None and not cand.targets and _denial(cand):
            # "Moscow denied any involvement": a denial answers the accusation made against the
            # denier; what is denied is its content, not whom it is aimed at
            kinds = {"ACCUSE"}
        if kinds is None and not cand.targets and cand.trigger.lemma_.lower() in REFUSALS:
            # "refused to hand him over": a refusal answers the demand made of the refuser
            kinds = {"REQUEST"}
        if kinds is None:
            continue
        # (an international body rejects as itself: "Guterres" is the UN)
        mine = {s.actor.country or _igo(s) for s in cand.sources if s.actor.country or _igo(s)}
        own = {s.actor.code for s in cand.sources if s.actor.code and s.actor.sector}
        # (first an earlier clause of its own sentence: "X invited the unions to talks, but the
        # unions rejected the invitation")
        before = [c for c in reversed(ordered[:pos]) if c.sent.start == cand.sent.start]
        for earlier in [*before, *_earlier(cand, ordered, pos, sent_index)]:
            if not (earlier.plover and earlier.plover[0] in kinds) or earlier.negated or not earlier.sources:
                continue
            # "A and B accused each other": each is the other's target
            aimed = earlier.targets or (earlier.sources if len(earlier.sources) > 1 else [])
            if mine & {t.actor.country or _igo(t) for t in aimed if t.actor.country or _igo(t)}:
                accusers = [s for s in earlier.sources if (s.actor.country or _igo(s)) not in mine]
                if not accusers and own & {t.actor.code for t in aimed}:
                    # a domestic quarrel ("the government accused the rebels ... the rebels
                    # denied the charge"): a compatriot accuser, when the claim was aimed at
                    # the rejecter itself
                    accusers = [s for s in earlier.sources if s.actor.country and s.actor.code not in own]
                if accusers:
                    cand.targets = accusers
                    cand.extra["answers"] = earlier.trigger.i
                    break
        if not cand.targets and claim_object(cand.trigger) is not None:
            _claimant(cand, ordered, pos, sent_index, mine)
        elif not cand.targets and _denial(cand):
            _claimant(cand, ordered, pos, sent_index, mine, about=True)
