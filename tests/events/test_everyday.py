"""Everyday senses of verbs CAMEO codes as events (session 15, bench/lexicon_coverage.py)."""

from __future__ import annotations

import pytest
from test_code import real_codes
from test_senses import verb_type

pytestmark = pytest.mark.slow


def types(text: str) -> set[str]:
    return {e.type for e in real_codes(text) if not e.negated}


def test_a_sports_win_is_no_beating():
    assert "ASSAULT" not in types("Brazil beat Argentina 2-1 in Rio on Sunday.")
    assert "ASSAULT" not in types("Germany beat France on Saturday.")
    # people beaten, or an attack beaten back, keep the force
    assert "ASSAULT" in types("Egyptian police beat protesters in Cairo.")
    assert verb_type("Russian forces beat back a Ukrainian offensive.", "beat")[0] is not None


def test_going_to_is_the_future_not_a_visit():
    code, how, _ = verb_type("Officials said Japan is going to send aid to Chile.", "go")
    assert code is None and how == "none"
    assert "CONSULT" not in types("Officials said Japan is going to send aid to Chile.")
    assert verb_type("The Indian prime minister went ahead with the visit to Nepal.", "go")[0] is None


def test_a_plea_in_court_is_no_appeal():
    assert verb_type("The Kenyan activist pleaded guilty to charges brought by Kenya.", "plead")[0] is None
    assert verb_type("The Kenyan activist pleaded not guilty.", "plead")[0] is not None
    assert verb_type("Sudan pleaded with Egypt for help.", "plead")[0] is not None


def test_a_clause_argued_or_recalled_is_a_statement():
    assert verb_type("Peru argued that Chile had broken the treaty.", "argue")[0] is None
    assert verb_type("Peru recalled that Chile had signed the treaty.", "recall")[0] is None
    assert verb_type("Peru recalled its ambassador to Chile.", "recall")[0] == "161"
    # "recalled employees": no envoy withdrawn (CAMEO's bare 161 is left out)
    assert verb_type("The ministry recalled thousands of employees to its offices.", "recall")[0] is None


def test_a_need_is_no_demand_unless_someone_is_asked():
    assert verb_type("Japan needs Chinese investment.", "need")[0] is None
    assert verb_type("Japan needs China to stop the drills.", "need")[0] == "100"


def test_striking_someone_as_is_seeming():
    assert verb_type("Turkey's remarks struck Greece as hostile.", "strike")[0] is None
    assert verb_type("Israeli jets struck Gaza on Monday.", "strike")[0] is not None


def test_raising_tariffs_is_a_sanction():
    assert verb_type("The United States raised tariffs on Chinese goods.", "raise")[0] == "163"
    assert verb_type("The United States raised concerns about the election.", "raise")[0] != "163"


def test_a_blow_dealt_by_tariffs_or_sanctions_is_a_sanction():
    assert verb_type("American farmers were hit by Chinese tariffs.", "hit")[0] == "163"
    assert verb_type("Russian banks were hit by new EU sanctions.", "hit")[0] == "163"
    assert verb_type("Kyiv was hit by Russian missiles overnight.", "hit")[0] != "163"


def test_say_takes_only_its_own_patterns():
    # "announce release" is a pattern of the verb's CAMEO block; "said in the release" is no release
    assert verb_type("The Iranian ministry said in the release that talks would go on.", "say")[0] == "010"


def test_verbs_the_dictionary_lacks_code_like_their_synonyms():
    assert verb_type("China vilified the leader of Taiwan.", "vilify")[0] == "111"
    assert verb_type("Argentina beseeched Britain to return the islands.", "beseech")[0] == "020"
    assert types('Protesters chanted "Macron resign" outside the station in Paris.') == {"PROTEST"}


def test_holding_people_is_detaining_them():
    assert verb_type("Iran is holding a British journalist.", "hold")[0] == "173"
    assert verb_type("Houthi rebels are holding 25 UN staff.", "hold")[0] == "173"
    assert verb_type("Israel held talks with Egypt.", "hold")[0] != "173"
    assert verb_type("The United States held Russia responsible for the attack.", "hold")[0] != "173"
    assert verb_type("Hamas holds Gaza.", "hold")[0] != "173"


def test_codebook_acts_the_dictionary_lacks():
    assert verb_type("Hungary defamed the European Union in its campaign.", "defame")[0] == "111"
    assert verb_type("A US court subpoenaed the Chinese bank.", "subpoena")[0] == "090"
    assert verb_type("Russia will exit the treaty with the United States.", "exit")[0] == "160"
    assert verb_type("The Japanese minister exited the building in Tokyo.", "exit")[0] is None


def test_roles_and_results_are_no_cooperation():
    assert verb_type("Peru's envoy heads the Andean Community.", "head")[0] is None
    assert verb_type("The new rules will benefit farmers in Ghana.", "benefit")[0] is None
    assert verb_type("Kabul ensured that the freed Taliban prisoners would stay in Qatar.", "ensure")[0] is None


def test_harm_to_an_economy_is_no_assault():
    assert verb_type("American tariffs are hurting China's economy.", "hurt")[0] is None
    assert verb_type("The bombing hurt dozens of Syrian civilians.", "hurt")[0] == "180"


def test_complements_particles_and_clauses_carry_the_act():
    assert verb_type("Egyptian officials managed to persuade Hamas to accept the deal.", "manage")[0] is None
    assert verb_type("Chinese fans fired up the crowd against Japan.", "fire")[0] is None
    assert verb_type("Economists in Germany contend that France needs more investment.", "contend")[0] is None
    assert verb_type("Russia backed down in the face of threats from Turkey.", "back")[0] == "080"


def test_working_with_a_party_is_cooperation():
    assert verb_type("The United Nations is working with Turkey on the grain corridor.", "work")[0] == "060"
    assert verb_type("Kenya teamed up with Ethiopia against al-Shabab.", "team")[0] == "060"
    assert verb_type("Nigerian doctors work in hospitals in Lagos.", "work")[0] is None


def test_protecting_ones_own_is_no_military_protection():
    assert verb_type("The United States is going to protect American families from vaping.", "protect")[0] is None
    assert verb_type("The United States vowed to protect Taiwan.", "protect")[0] == "074"


def test_a_warning_that_a_state_holds_is_no_threat():
    assert verb_type("Doctors in Mexico warned that migrants from Honduras are not the only people at risk.", "warn")[0] is None
    assert verb_type("Iran warned Israel that any attack would be met with force.", "warn")[0] == "130"
    assert verb_type("Russia warned Ukraine that it is ready to respond.", "warn")[0] == "130"


def test_a_crowd_besieging_a_building_obstructs_it_soldiers_besiege(code_real):
    # CAMEO 144 obstruct passage (PLOVER PROTEST) for a crowd; 191 (COERCE) for armed men
    crowd = code_real("Thousands of opposition supporters besieged the parliament in Lima on Sunday.")
    assert {(e.type, e.cameo) for e in crowd if e.source and e.source.country == "PER"} == {("PROTEST", "144")}
    troops = code_real("Peruvian troops besieged the rebel town of Ayacucho.")
    assert "PROTEST" not in {e.type for e in troops}


def test_wanting_or_persuading_another_to_act_is_an_appeal(code_real):
    # CAMEO 02x (PLOVER REQUEST), not 030 intent to cooperate nor 050 diplomatic cooperation
    wants = code_real("Washington wants Iran to stop enriching uranium.")
    assert {e.type for e in wants if e.target and e.target.country == "IRN"} == {"REQUEST"}
    persuaded = code_real("France persuaded Chad to release the prisoners.")
    assert {e.type for e in persuaded if e.target and e.target.country == "TCD"} == {"REQUEST"}
    own = code_real("Germany wants to expand trade with Brazil.")
    assert "REQUEST" not in {e.type for e in own}


def test_chairing_a_body_is_holding_office_no_meeting():
    from eventwire.events.senses import NO_ACT

    # CAMEO 2.0 has no "chair": the classifier read "which chairs ASEAN" as a meeting with it
    assert verb_type("Malta, which chairs the European Union, offered to host talks.", "chair")[1] == NO_ACT
    assert verb_type("The Finnish minister chaired the meeting in Oslo.", "chair")[1] != NO_ACT


def test_ordering_troops_into_a_city_deploys_them():
    # CAMEO 154 (PLOVER MOBILIZE), not CAMEO 2.0's "order" default 100 (a demand)
    assert verb_type("The president ordered army troops into Karachi and two other cities.", "order")[0] == "154"
    assert verb_type("The court ordered the company to pay damages.", "order")[0] != "154"
