"""Typing fixes read from the PLOVER codebook and CAMEO, on sentences written for these tests
(real spaCy parse, toy resolver). Each names the codebook line it follows."""

import pytest

from conftest import triples
from eventwire.events.lexicon import get_lexicon
from eventwire.events.trigger import noun_code, type_verb
from eventwire.nlp import parse

pytestmark = pytest.mark.slow


def _verb_type(text: str, verb: str) -> str | None:
    from eventwire.events import codes

    doc = parse(text)
    token = next(t for t in doc if t.lower_ == verb)
    code = type_verb(token, set(), get_lexicon())[0]
    return (codes.to_plover(code) or (None,))[0] if code else None


def test_suspending_ones_own_protests_is_a_concession(code_text):
    # PLOVER CONCEDE: "suspending protests" (CAMEO 082, ease political dissent), not a sanction
    events = code_text("Palestinian groups suspended their protests against Israel.")
    assert any(e.type == "CONCEDE" and e.cameo == "082" for e in events)
    assert not any(e.type == "SANCTION" for e in events)
    assert _verb_type("Unions called off the march after talks with Turkey.", "called") == "CONCEDE"


def test_halting_an_offensive_de_escalates_and_halting_aid_still_sanctions():
    assert _verb_type("The Syrian army halted its offensive against the rebels.", "halted") == "RETREAT"
    assert _verb_type("Germany halted its aid to Syria.", "halted") == "SANCTION"


def test_declaring_a_ceasefire_is_a_concession(code_text):
    # PLOVER CONCEDE: "declarations (but not implementations) of ceasefires"
    events = code_text("Israel declared a ceasefire with Hamas on Sunday.")
    assert ("CONCEDE", "ISR", "PSE") in triples(events)
    assert _verb_type("Turkey announces truce with Syria.", "announces") == "CONCEDE"


def test_attacks_on_computers_are_cyber_coercion(code_text):
    # PLOVER COERCE cyber: "hacking, security breaches, website attacks"
    events = code_text("Hackers from Iran attacked the websites of the Israeli government.")
    assert any(e.type == "COERCE" for e in events) and not any(e.type == "ASSAULT" for e in events)
    events = code_text("Russia launched a cyber attack on Ukraine on Friday.")
    assert ("COERCE", "RUS", "UKR") in triples(events)
    # an armed attack stays an assault
    assert ("ASSAULT", "RUS", "UKR") in triples(code_text("Russia launched an attack on Ukraine on Friday."))


def test_cyber_modifier_makes_an_attack_noun_coercion():
    doc = parse("The cyber attack on the bank lasted two days.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert noun_code(attack, get_lexicon()) == "170"
    doc = parse("The rocket attack on the base lasted two hours.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert noun_code(attack, get_lexicon()) != "170"


def test_shutting_down_the_internet_is_censorship():
    # PLOVER COERCE censor/withhold: "shut off power/internet"
    assert _verb_type("The government of Iran shut down the internet in Tehran.", "shut") == "COERCE"


def test_headline_passive_without_auxiliary(code_text):
    # headline grammar drops "was": "X shot and killed by Y" is Y's attack on X
    events = code_text("Iraqi police officers shot and killed by gunmen from Syria.")
    assert any(e.type == "ASSAULT" and e.target is not None and e.target.country == "IRQ"
               and e.source is not None and e.source.country == "SYR" for e in events)
    # an active clause with an object stays active
    assert ("ASSAULT", "RUS", "UKR") in triples(code_text("Russia shelled Ukraine by night."))
