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


def test_ending_a_restriction_is_a_concession():
    # PLOVER CONCEDE: "remove curfews", easing restrictions (CAMEO 0813, 081)
    assert _verb_type("Authorities in Cairo removed the curfew on Friday.", "removed") == "CONCEDE"
    assert _verb_type("Iran repealed restrictions on the press.", "repealed") == "CONCEDE"
    # removing people is no easing
    assert _verb_type("Police removed the protesters from the square.", "removed") != "CONCEDE"


def test_giving_in_to_demands_is_a_concession():
    assert _verb_type("Jordan gave into the demands of the unions.", "gave") == "CONCEDE"
    # giving aid is not yielding
    assert _verb_type("Japan gave millions of dollars in aid to Syria.", "gave") != "CONCEDE"


def test_asking_for_something_is_a_request():
    assert _verb_type("Amnesty asked for the release of two Iranian journalists.", "asked") == "REQUEST"


def test_hosting_talks_between_others_is_a_third_party_meeting():
    # PLOVER CONSULT third-party: "a meeting between two actors is hosted by a third actor"
    assert _verb_type("Qatar hosted talks between Israel and Hamas.", "hosted") == "CONSULT"


def test_pulling_forces_out_is_a_retreat_and_out_of_talks_a_halt():
    assert _verb_type("Israel pulled its forces out of Lebanon.", "pulled") == "RETREAT"
    assert _verb_type("Iran pulled out of the talks with France.", "pulled") == "SANCTION"


def test_deploying_ones_own_weapons_mobilizes():
    # PLOVER MOBILIZE weapons: "increase readiness of weapons systems" (not military aid)
    assert _verb_type("Russia deployed missiles near the border with Finland.", "deployed") == "MOBILIZE"


def test_expelling_a_person_is_deportation_and_an_envoy_a_break_in_relations():
    # CAMEO 174 "expel or deport individuals" (PLOVER COERCE deport)
    assert _verb_type("Egypt expelled two French journalists.", "expelled") == "COERCE"
    assert _verb_type("Egypt expelled the French ambassador.", "expelled") == "SANCTION"


def test_kind_of_cooperation_names_its_code():
    # CAMEO 063 judicial cooperation (COOPERATE); 050 diplomatic cooperation (SUPPORT)
    assert _verb_type("Spain and Morocco expanded judicial cooperation.", "expanded") == "COOPERATE"
    assert _verb_type("Spain and Morocco expanded diplomatic cooperation.", "expanded") == "SUPPORT"


def test_suspension_of_attacks_names_what_is_suspended():
    doc = parse("The rebels announced a suspension of attacks on the army.")
    noun = next(t for t in doc if t.lower_ == "suspension")
    assert noun_code(noun, get_lexicon()) == "087"
    doc = parse("The suspension of aid to Yemen was announced.")
    noun = next(t for t in doc if t.lower_ == "suspension")
    assert noun_code(noun, get_lexicon()) == "162"


def test_civil_boycott_is_a_protest_and_a_state_boycott_a_sanction():
    from eventwire.events.find import ActorRef
    from eventwire.events.targets import obstruction_code
    from eventwire.records import Actor

    citizens = [ActorRef(Actor(text="shoppers", code="CVL", sector="CVL"), (0, 8), 0)]
    state = [ActorRef(Actor(text="France", code="FRA", country="FRA"), (0, 6), 0)]
    assert obstruction_code("boycott", "163", citizens) == "143"
    assert obstruction_code("boycott", "163", state) == "163"


def test_charging_with_a_crime_is_an_accusation(code_text):
    # PLOVER ACCUSE allege: "charge with a crime", "criminally indict"
    assert ("ACCUSE", "FRA", "DEU") in triples(code_text("France accused Germany of serious violations."))
    assert _verb_type("Prosecutors in Egypt charged the minister with fraud.", "charged") == "ACCUSE"


def test_joint_exercises_are_military_cooperation():
    # PLOVER COOPERATE: "joint military games and maneuvers" (CAMEO 062); alone they mobilize
    assert _verb_type("Iran held joint naval drills with Russia.", "held") == "COOPERATE"
    assert _verb_type("Chinese troops conducted military exercises near Taiwan.", "conducted") == "MOBILIZE"


@pytest.fixture(scope="module")
def code_real(real_coder):
    """Code a text with the real actor resolver, lexicon only."""
    return lambda text: real_coder(text, classifier=None)


def test_journalists_and_gunmen_in_a_one_country_sentence_are_its_own(code_real):
    events = code_real("Police in Cairo arrested two journalists on Monday.")
    assert any(e.source and e.source.country == "EGY" and e.target and e.target.country == "EGY" for e in events)
    events = code_real("Gunmen killed three police officers in Lagos on Sunday.")
    assert any(e.type == "ASSAULT" and e.source and e.source.country == "NGA" for e in events)


def test_suing_and_prosecuting_are_accusations():
    # PLOVER ACCUSE allege: "sue in court", "bring to trial" (CAMEO 115; 2.0 reads them as arrests)
    assert _verb_type("Iran sued the United States at the world court.", "sued") == "ACCUSE"
    assert _verb_type("Egypt prosecuted the French journalists.", "prosecuted") == "ACCUSE"


def test_rebuffing_is_rejecting():
    assert _verb_type("Syria rebuffed the proposal of Turkey.", "rebuffed") == "REJECT"


def test_leaders_speaking_by_phone_consult_each_other(code_text):
    # PLOVER CONSULT phone: "consultation that occurs via phone"
    assert ("CONSULT", "FRA", "DEU") in triples(code_text("France and Germany spoke by phone on Monday."))


def test_recruiting_and_dispatching_troops_mobilizes():
    assert _verb_type("The rebels recruited hundreds of fighters.", "recruited") == "MOBILIZE"
    assert _verb_type("Egypt dispatched troops to the border with Libya.", "dispatched") == "MOBILIZE"


def test_inking_a_deal_is_signing_and_sealing_off_a_town_restricts(code_text):
    assert ("SUPPORT", "FRA", "DEU") in triples(code_text("France and Germany inked a defence pact."))
    assert _verb_type("Iraqi police sealed off the city of Mosul.", "sealed") == "COERCE"


def test_retreat_surrender_and_repatriation_are_retreats():
    # PLOVER RETREAT: "retreat from territory", "repatriation of refugees"; CAMEO 0874
    assert _verb_type("Syrian troops retreated from the town.", "retreated") == "RETREAT"
    assert _verb_type("The rebels surrendered to the army of Chad.", "surrendered") == "RETREAT"
    assert _verb_type("Germany repatriated two hundred Afghan refugees.", "repatriated") == "RETREAT"


def test_striking_workers_protest_and_striking_jets_attack(code_real):
    # a labour strike (CAMEO 143) by workers, teachers, health workers; jets striking attack
    events = code_real("Workers in Kenya have been striking for two weeks.")
    assert any(e.type == "PROTEST" for e in events) and not any(e.type == "ASSAULT" for e in events)
    events = code_real("Israeli jets struck Hamas positions in Gaza.")
    assert any(e.type == "ASSAULT" for e in events)


def test_who_died_in_an_attack_is_its_target(code_text):
    # "died in an American air strike": the dead are the target, the striker the source
    events = code_text("Three Afghan civilians died in an American air strike on Sunday.")
    assert ("ASSAULT", "USA", "AFG") in triples(events)
    assert ("ASSAULT", "AFG", "USA") not in triples(events)
    # a death with no attacker is no event
    assert not triples(code_text("The former president of Kenya died in Nairobi on Sunday."))


def test_coming_under_fire_is_being_attacked(code_text):
    events = code_text("Ukrainian positions came under fire from Russian troops.")
    assert ("ASSAULT", "RUSMIL", "UKR") in triples(events)
    assert not any(e.type in {"CONSULT", "AID"} for e in events)
    # coming under pressure is no meeting of the pressed with the presser
    assert not triples(code_text("Japan came under pressure from the United States."))


def test_receiving_aid_or_backing_makes_the_giver_the_source(code_text):
    events = code_text("Ukraine received military aid from Germany on Monday.")
    assert ("AID", "DEU", "UKR") in triples(events) and ("AID", "UKR", "DEU") not in triples(events)
    events = code_text("Egypt won the backing of France for its plan.")
    assert ("SUPPORT", "FRA", "EGY") in triples(events)
    # receiving an envoy is hosting a visit: the host stays the source
    events = code_text("The Egyptian president received the French envoy in Cairo.")
    assert any(e.type == "CONSULT" and e.source and e.source.country == "EGY" for e in events)


def test_facing_an_event_makes_its_doer_the_source(code_text):
    assert ("ACCUSE", "TUR", "ISR") in triples(code_text("Israel faced sharp criticism from Turkey over the raid."))
    assert ("SANCTION", "USA", "IRN") in triples(code_text("Iran faces new sanctions from the United States."))
    # facing something that is no event is no meeting
    assert not triples(code_text("Israel faces a difficult choice in Gaza."))


def test_receiving_an_act_makes_its_doer_the_source(code_text):
    assert ("CONSULT", "FRAGOV", "UKR") in triples(code_text("Ukraine received a visit from the French president."))
    events = code_text("Iraq received an apology from Turkey on Friday.")
    assert ("SUPPORT", "TUR", "IRQ") in triples(events) and ("SUPPORT", "IRQ", "TUR") not in triples(events)


def test_escalating_or_resuming_an_attack_is_the_attack(code_text):
    # light verbs of degree take their object's type (CAMEO 2.0: escalate 060, resume none)
    assert any(e.type == "ASSAULT" for e in code_text("Russia escalated its bombing of Ukraine."))
    assert not any(e.type == "COOPERATE" for e in code_text("Russia escalated its bombing of Ukraine."))
    assert ("CONSULT", "EGY", "SYR") in triples(code_text("Egypt and Syria resumed talks on water."))


def test_an_attacked_city_gives_the_target_country(code_real):
    events = code_real("Russia launched an attack on Kharkiv on Friday.")
    assert any(e.type == "ASSAULT" and e.target and e.target.country == "UKR" for e in events)


def test_an_invitation_is_agree_not_an_appeal(code_text):
    # PLOVER AGREE: "invite a delegation to visit (only invitations)"
    assert ("AGREE", "JPN", "CHN") in triples(code_text("Japan extended an invitation to China."))


def test_disbanding_and_laying_down_arms_are_retreats(code_text):
    # PLOVER RETREAT disarm: "disarm militarily or give up weapons" (CAMEO 0873)
    assert _verb_type("The Syrian rebels disbanded last week.", "disbanded") == "RETREAT"
    events = code_text("Syrian rebels laid down their arms on Monday.")
    assert any(e.type == "RETREAT" and e.source and e.source.country == "SYR" for e in events)


def test_headline_infinitive_is_a_future(code_text):
    # headline grammar: "X to do Y" announces what X will do
    events = code_text("France to impose sanctions on Iran")
    assert events and all(e.modality == "intended" for e in events if e.type == "SANCTION")
    events = code_text("France imposed sanctions on Iran.")
    assert any(e.type == "SANCTION" and e.modality == "asserted" for e in events)


def test_phrasal_verbs_of_rejection_rupture_withdrawal_release_and_inquiry():
    assert _verb_type("Iran turned down the offer from France.", "turned") == "REJECT"
    assert _verb_type("Russia broke off diplomatic ties with Georgia.", "broke") == "SANCTION"
    # PLOVER SANCTION withdraw: "a country withdraws itself from ... a treaty"
    assert _verb_type("Iran backed out of the nuclear deal with France.", "backed") == "SANCTION"
    assert _verb_type("Russia pulled out of the grain deal with Ukraine.", "pulled") == "SANCTION"
    assert _verb_type("Hamas handed over two Israeli hostages to Egypt.", "handed") == "RETREAT"
    # PLOVER ACCUSE investigate: "commissions, grand juries"
    assert _verb_type("Serbia set up a commission of inquiry into the killings.", "set") == "ACCUSE"


def test_an_event_noun_subject_of_a_verb_of_occurrence_is_the_news(code_text):
    # "sanctions against" / "attacks on" as the subject of "took effect", "continued"
    events = code_text("New EU sanctions against Russia took effect on Monday.")
    assert any(e.type == "SANCTION" and e.target and e.target.country == "RUS" for e in events)
    events = code_text("Israel's attacks on Gaza continued overnight.")
    assert ("ASSAULT", "ISR", "PSE") in triples(events)
    # the verb of occurrence has no event of its own
    events = code_text("Russian air strikes on Ukraine intensified on Sunday.")
    assert not any(e.type in {"COOPERATE", "MOBILIZE"} for e in events)
    # an event noun that is the object of another predicate stays background
    assert not any(e.type == "ASSAULT" for e in code_text("France condemned Russia's attacks on Ukraine."))


def test_gerund_event_subject_of_a_verb_of_occurrence(code_text):
    # "Fighting between ... intensified": no mobilization by the fighters
    events = code_text("Fighting between Syrian troops and Kurdish rebels intensified.")
    assert not any(e.type == "MOBILIZE" for e in events)


def test_occurrence_of_an_event_with_a_pronoun_doer_is_left_alone(code_text):
    # "its" may be anyone named before: no nominal event on a guessed doer
    events = code_text("The Russian embassy to the EU said the sanctions were futile and that its cooperation with Iran would continue.")
    assert not any(e.type == "COOPERATE" and e.source and (e.source.code or "").startswith("IGO") for e in events)
    # a named doer's continuing cooperation is an intended one
    events = code_text("Russia's cooperation with Iran will continue.")
    assert all(e.modality == "intended" for e in events if e.type == "COOPERATE")


def test_talks_between_parties_that_will_take_place_are_intended(code_text):
    events = code_text("Talks between Iran and Iraq will take place in Geneva next week.")
    assert events and all(e.modality == "intended" for e in events if e.type == "CONSULT")
