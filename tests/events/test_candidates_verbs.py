"""Which verbs are candidates (eventwire.events.candidates): sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_a_phase_verb_is_no_act_of_its_own():
    # "had begun delivering": the act is the delivering; the phase verb is no candidate, so the
    # classifier is not asked to type "begun"
    from eventwire.events.candidates import _phase_of
    from eventwire.nlp import parse

    doc = parse("The Red Cross said it had begun delivering tents to families in Nepal.")
    assert [t.text for t in doc if _phase_of(t)] == ["begun"]
    assert not any(_phase_of(t) for t in parse("Rebels began talks with the army."))


def test_a_verb_hung_on_its_subject_keeps_its_own_phrase(code_real):
    # the parser hangs "called" on "chairman" (acl): the subject's subtree then holds the verb's
    # phrase, whose "on" makes the appeal (CAMEO 020, PLOVER REQUEST), no phone call (041)
    events = code_real("Its chairman, Ghanaian President John Mahama, called on Mali and Niger to resolve "
                       "their dispute through dialogue.")
    got = {(e.type, e.mode, e.target.country if e.target else None) for e in events}
    assert ("REQUEST", None, "MLI") in got and not any(t == "CONSULT" for t, _, _ in got)
