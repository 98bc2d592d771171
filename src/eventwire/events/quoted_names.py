"""A condemning name given in a speaker's own words: "'They are war criminals,' the minister
said", "the ministry said the separatists were terrorists".

Calling someone a terrorist or a criminal denounces them (CAMEO 111, PLOVER ACCUSE), whether
the verb names it ("called Omar a terrorist", ``senses``) or the speaker's words state it with
"to be". The act is the speaker's, aimed at whom the words name; the statement itself is the
speaker's too (its "say" is coded as it always is). Only a reported "X is/are NAME" whose
speaker and subject are actors: a name the sentence itself gives ("the rebels, who are
terrorists to Ankara") says nobody's act, and a denied one ("they are not criminals") accuses
no one.
"""

from __future__ import annotations

from typing import Any

from eventwire.events import attributes, find
from eventwire.events.candidate import Candidate
from eventwire.events.find import ActorIndex
from eventwire.events.senses import DENOUNCE, condemning_name

COPULA = "be"


def quoted_name_candidates(sent: Any, index: ActorIndex) -> list[Candidate]:
    """The speaker's ACCUSE of whom a reported "X is NAME" names, for each such clause."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() != COPULA or attributes.is_negated(verb):
            continue
        if not any(c.dep_ == "attr" and condemning_name(c) for c in verb.children):
            continue
        speaker, speaker_ref = find.speaker_of(verb, index, sent)
        if speaker_ref is None:
            continue
        named = [r for c in _subjects(verb) for r in find.argument_actors(c, index, sent) if r.span != speaker_ref.span]
        if named:
            cand = Candidate(sent, verb, [speaker_ref], named, DENOUNCE, "quoted name", reciprocal=False,
                             modality=attributes.modality(verb), speaker=speaker)
            cand.extra["speaker_ref"] = speaker_ref
            out.append(cand)
    return out


def _subjects(verb: Any) -> list[Any]:
    """The copula's subject, and a noun put before it that the subject takes up again ("These
    rioters, they are criminals": the pronoun's noun)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    subjects += [c for c in verb.children if c.dep_ in {"npadvmod", "dep"} and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}]
    return subjects
