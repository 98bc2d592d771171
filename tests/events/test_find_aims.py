"""Argument finding, part two: whom a judgement, demand, refusal or deployment is aimed at
(eventwire.events.find, antecedents), on sentences written for these tests, coded with the real
parser, resolver and lexicon (slow). Part one, who speaks and who the parties are: test_find.py."""

from __future__ import annotations

import datetime

import pytest

from conftest import countries

pytestmark = pytest.mark.slow


def test_ordering_diplomats_to_leave_is_an_expulsion(code_real):
    events = code_real("Mali ordered five Swedish diplomats to leave the country within 72 hours on Friday.")
    assert ("SANCTION", "MLI", "SWE") in countries(events)
    # an order to do something else stays a request
    events = code_real("Mali ordered Swedish diplomats to hand over the documents.")
    assert ("SANCTION", "MLI", "SWE") not in countries(events)


def test_a_conditional_reprisal_is_a_threat_at_the_condition_or_the_condemned(code_real):
    events = code_real("Portugal's foreign minister said Lisbon would respond if Luanda kept the border closed.")
    assert ("THREATEN", "PRT", "AGO") in countries(events)
    events = code_real("Cuba's foreign ministry condemned the sanctions imposed by Washington as illegal and said "
                       "Havana would respond in kind.")
    # the condemned sanctions are Washington's (their own clause says so), and so is the reprisal's target
    assert {("ACCUSE", "CUB", "USA"), ("THREATEN", "CUB", "USA")} <= countries(events)


def test_a_minister_of_a_field_heads_that_ministry_named_before(code_real):
    events = code_real("Moldova's energy ministry said supplies were cut overnight. Energy Minister Dorin Junghietu "
                       "accused Moscow of using gas as a weapon.")
    assert ("ACCUSE", "MDA", "RUS") in countries(events)


def test_condemning_the_strike_after_an_attack_is_aimed_at_the_attacker(code_real):
    events = code_real("Israeli aircraft struck a power station in southern Lebanon overnight, Lebanese officials "
                       "said. France and Spain condemned the strike on Friday.")
    assert {("ACCUSE", "FRA", "ISR"), ("ACCUSE", "ESP", "ISR")} <= countries(events)


def test_a_demand_for_the_release_is_aimed_at_the_captor(code_real):
    events = code_real("Indonesia's navy detained a Vietnamese fishing boat and its 12 crew off the Natuna islands "
                       "on Monday. Vietnam's foreign ministry demanded the immediate release of the crew.")
    assert ("REQUEST", "VNM", "IDN") in countries(events)


def test_rejecting_the_claim_answers_the_statement_before(code_real):
    events = code_real("Serbia's army said its troops had stayed on Serbian soil. Croatia's defence minister "
                       "rejected the claim on Tuesday.")
    assert ("REJECT", "HRV", "SRB") in countries(events)


def test_criticising_the_release_of_someone_is_aimed_at_who_released_him(code_real):
    events = code_real("Germany freed a jailed Russian spy on Monday. Britain criticised the release of the Russian "
                       "spy on Tuesday, saying he had helped Moscow attack British banks.")
    got = countries(events)
    assert ("ACCUSE", "GBR", "DEU") in got and ("ACCUSE", "GBR", "RUS") not in got
    # "he" is the hacker, not Britain
    assert not any(e.source and e.source.country == "GBR" and e.type == "AID" for e in events)


def test_imposing_tariffs_is_a_sanction_and_the_measures_judged_are_the_imposers(code_real):
    events = code_real("Mexico imposed 50% tariffs on Brazilian steel on Friday. Brazil's trade minister called the "
                       "measures unjustified.")
    got = countries(events)
    assert ("SANCTION", "MEX", "BRA") in got and ("ACCUSE", "BRA", "MEX") in got


def test_a_verb_hung_on_the_reported_clause_is_the_speakers_when_it_would_urge_its_own_side(code_real):
    events = code_real("The commerce ministry in Beijing said Canada's duties had violated trade rules and urged "
                       "Ottawa to correct its mistake.")
    assert ("REQUEST", "CHN", "CAN") in countries(events)
    assert ("REQUEST", "CAN", "CAN") not in countries(events)


def test_the_sidelines_of_a_meeting_are_where_not_whom(code_real):
    events = code_real("Canadian and Chinese officials held talks in Geneva on the sidelines of a World Trade "
                       "Organization meeting.")
    assert {("CONSULT", "CAN", "CHN"), ("CONSULT", "CHN", "CAN")} == countries(events)


def test_called_on_both_countries_names_the_pair(code_real):
    events = code_real("Greece accused Turkey of sending warships near Kasos. Turkey rejected the accusation. "
                       "The European Commission called on both countries to resolve the dispute.")
    asked = {e.target.country for e in events if e.type == "REQUEST"}
    assert asked == {"GRC", "TUR"}


def test_a_demand_for_his_release_is_aimed_at_the_captor_too(code_real):
    events = code_real("A court in Azerbaijan sentenced a French teacher to five years in prison on Monday. "
                       "France demanded the teacher's release. Paris also called for his release on Tuesday.")
    assert ("REQUEST", "FRA", "AZE") in countries(events)


def test_a_denial_with_no_accusation_answers_the_report_before_it(code_real):
    events = code_real("Houthi fighters seized two UN trucks near Hodeidah on Monday, the World Food Programme said. "
                       "The Houthis denied taking the trucks.")
    assert any(e.type == "REJECT" and e.source and e.source.country == "YEM" and e.target
               and (e.target.code or "").startswith("IGO") for e in events)


def test_summoning_an_envoy_is_a_complaint_against_his_state(code_real):
    events = code_real("Chile summoned Peru's ambassador on Tuesday over the seizure of a fishing boat.")
    assert ("ACCUSE", "CHL", "PER") in countries(events)
    assert not any(t == "CONSULT" for t, _, _ in countries(events))


def test_calling_the_accusations_groundless_rejects_the_accuser(code_real):
    events = code_real("Lithuania accused Belarus of pushing migrants across the border. "
                       "Belarus's foreign ministry called the accusations groundless.")
    assert ("REJECT", "BLR", "LTU") in countries(events)


def test_calling_the_trial_a_sham_criticises_who_held_it(code_real):
    events = code_real("A court in Iran sentenced a British aid worker to ten years in prison. "
                       "Britain's foreign secretary called the trial a sham.")
    assert ("ACCUSE", "GBR", "IRN") in countries(events)


def test_naming_without_scorn_is_no_event(code_real):
    # "called X a first step": naming that does not judge is no criticism or rejection
    found = countries(code_real("The Kenyan president called the talks with Ethiopia a first step."))
    assert not any(t in {"ACCUSE", "REJECT"} for t, _, _ in found)


def test_condemning_the_attempted_coup_is_aimed_at_the_country_of_the_coup(code_real):
    events = code_real("Niger's army arrested 20 soldiers who had tried to seize power on Sunday. "
                       "The African Union condemned the attempted coup.")
    assert any(e.type == "ACCUSE" and e.source and (e.source.code or "").startswith("IGO") and e.target
               and e.target.country == "NER" for e in events if not e.negated)


def test_condemning_the_massacre_is_aimed_at_the_killers_of_civilians_at_home_too(real_coder):
    # the killers are of the judge's own country; the troops' killing of the attackers after it
    # is no massacre
    events = real_coder("Rebels killed 30 villagers in northern Nigeria on Sunday. The army said its soldiers "
                        "pursued the attackers and killed five of them. Nigeria's government condemned the massacre.",
                        date=datetime.date(2025, 5, 1), classifier=None)
    judged = [e for e in events if e.type == "ACCUSE" and not e.negated]
    assert judged and all(e.target and e.target.sector != "MIL" and e.target.country in {"NGA", None} for e in judged)
    assert any(e.target.sector == "REB" or e.target.country == "NGA" for e in judged)


def test_a_country_in_a_relative_clause_lends_itself_to_no_vague_party_of_the_main_act(code_real):
    # Minsk is where the supplying went, not whose ministers froze the assets or whose firms they are
    events = code_real("Ministers froze the assets of six companies accused of selling fuel to Minsk.")
    assert not any(e.source and e.source.country == "BLR" or e.target and e.target.country == "BLR"
                   for e in events if e.type == "SANCTION")
    # a place in the predicate's own clause still does
    assert ("COERCE", "KEN", "KEN") in countries(code_real("Police arrested 40 students at a rally in Nairobi."))


def test_the_two_countries_agreeing_to_act_are_the_articles_pair(code_real):
    # "the two countries" names no actor; the pair is the one the article joined before, also
    # as the doers of the act they agreed to
    events = code_real("Kenya and Tanzania signed a trade deal in Nairobi on Monday. "
                       "The two countries also agreed to hold joint military exercises next year.")
    later = {(s, t) for typ, s, t in countries([e for e in events if e.mentions[0].trigger == "hold"])}
    assert later == {("KEN", "TZA"), ("TZA", "KEN")}


def test_summoning_a_charge_d_affaires_is_a_complaint_too(code_real):
    # the parser makes the proper noun "d'affaires" the head of "charge": the title still counts
    events = code_real("Lithuania summoned Russia's charge d'affaires in Vilnius on Friday.")
    assert ("ACCUSE", "LTU", "RUS") in countries(events)
    assert not any(t == "CONSULT" for t, _, _ in countries(events))


def test_the_trial_judged_is_the_sentencing_not_ones_own_complaint_before_it(code_real):
    events = code_real("A court in Iran sentenced a British aid worker to ten years in prison. Britain summoned "
                       "Iran's ambassador. Britain's foreign secretary called the trial a sham.")
    found = countries(events)
    assert ("ACCUSE", "GBR", "IRN") in found and ("ACCUSE", "GBR", "GBR") not in found


def test_mediating_between_the_two_countries_names_the_articles_pair(code_real):
    events = code_real("China imposed duties on Canadian canola. Canada accused China of breaking trade rules. "
                       "Australia offered to mediate between the two countries.")
    assert {t for typ, s, t in countries(events) if s == "AUS"} == {"CAN", "CHN"}


def test_a_second_asked_act_joined_to_the_first_is_asked_not_done(code_real):
    # "urged ... to reopen the border and lift the ban": lifting is asked for, like reopening
    events = code_real("The British embassy urged the Kenyan authorities to reopen the schools and lift the ban "
                       "on public meetings.")
    assert {(t, s) for t, s, _ in countries(events)} == {("REQUEST", "GBR")}


def test_a_judged_launch_or_pullback_refers_back_to_the_act_and_its_as_phrase_is_no_target(code_real):
    # "condemned the test as a violation of UN resolutions": the tester is the target, not the UN
    events = code_real("Iran test-fired a cruise missile on Monday. France condemned the launch as a violation "
                       "of United Nations resolutions.")
    assert ("ACCUSE", "FRA", "IRN") in countries(events)
    assert not any(e.target and (e.target.code or "").startswith("IGO") for e in events)
    events = code_real("Armenia pulled its troops back from the border village. Azerbaijan welcomed the pullback.")
    assert ("SUPPORT", "AZE", "ARM") in countries(events)


def test_a_rejected_invitation_answers_the_inviter(code_real):
    events = code_real("Qatar invited Afghan Taliban leaders to talks in Doha. The Taliban rejected the invitation.")
    assert any(e.type == "REJECT" and e.target and e.target.country == "QAT" for e in events)


def test_a_judged_launch_is_the_weapons_not_a_later_deployment(code_real):
    events = code_real("Iran test-fired a cruise missile on Monday. Israel put its forces on high alert. "
                       "France condemned the launch.")
    assert ("ACCUSE", "FRA", "IRN") in countries(events)
    assert ("ACCUSE", "FRA", "ISR") not in countries(events)


def test_a_threat_naming_no_one_is_not_aimed_at_whom_its_maker_acted_for(code_real):
    # a reprisal answers a hostile act: signing "out of duty towards the people" names no foe
    events = code_real("Sudan's army agreed to a truce on Monday. The army delegation said it had signed "
                       "“out of duty towards the Sudanese people” but warned that it would respond to any attack.")
    assert not any(e.type == "THREATEN" and e.target and e.target.sector == "CVL" for e in events)


def test_a_request_joined_to_a_reported_state_is_the_speakers(code_real):
    # "said refugees were under strain and asked ...": the minister asks, not the refugees
    events = code_real("Kenya's foreign minister said Somali refugees in Dadaab were under growing strain and "
                       "asked Ethiopia and Uganda to take more of them.")
    assert {(t, s) for t, s, _ in countries(events) if t == "REQUEST"} == {("REQUEST", "KEN")}


def test_a_refusal_with_no_target_answers_the_demand_made_of_the_refuser(code_real):
    events = code_real("Peru demanded that Chile hand the former minister over. Chile's foreign minister refused "
                       "to hand him over.")
    assert ("REJECT", "CHL", "PER") in countries(events)


def test_the_units_a_country_mobilises_are_not_its_target(code_real):
    events = code_real("North Korea fired a missile on Monday. Japan raised the alert level of its forces and "
                       "deployed more fighter jets along the coast.")
    assert not any(e.type == "MOBILIZE" and e.target and e.target.country == "JPN" for e in events)


def test_forces_deployed_with_no_agent_mobilise_themselves(code_real):
    # PLOVER MOBILIZE: "all military or police moves, deployments": the forces moved are the
    # actor when no one is named as moving them
    events = code_real("Turkish troops were deployed in northern Iraq on Sunday.")
    assert ("MOBILIZE", "TUR", "IRQ") in countries(events)


def test_forces_deployed_in_an_unnamed_place_at_home_face_their_own_country(code_real):
    # filed from the forces' own country, "in the capital" is a place of that country
    events = code_real("TBILISI, May 3, 2009 (Wire) - Georgia deployed troops in the capital on Sunday.")
    assert ("MOBILIZE", "GEO", "GEO") in countries(events)
    # a foreign report's unnamed place is not the forces' own country
    events = code_real("Georgia deployed troops in the capital on Sunday.")
    assert ("MOBILIZE", "GEO", "GEO") not in countries(events)


def test_the_object_of_a_relative_clause_is_the_noun_it_modifies(code_real):
    # "whom they accuse": the relative word is the object and stands for the noun before it
    events = code_real("Hundreds of Kenyan opposition supporters marched in Nairobi on Friday against "
                       "President Daniel arap Moi, whom they accuse of rigging last month's election.")
    assert any(e.type == "ACCUSE" and e.target and e.target.country == "KEN" for e in events)
    # nor is the clause's pronoun subject that noun ("they" here are the marchers)
    events = code_real("Thousands of Kenyan opposition supporters blocked roads in Nairobi on Friday, demanding the "
                       "resignation of President Daniel arap Moi, whom they accuse of rigging last month's election.")
    assert any(e.type == "ACCUSE" and e.source and e.source.sector != "GOV" and e.target
               and e.target.country == "KEN" for e in events)


def test_a_second_coordinated_infinitive_keeps_its_own_object(code_real):
    # "promised to reform the police and to cooperate with the IMF": each infinitive has its
    # own object, and the second one is whom the promise is about too
    events = code_real("Ukrainian Prime Minister Ivan Petrenko promised on Friday to reform the police "
                       "and to cooperate fully with the International Monetary Fund.")
    assert any(e.source and e.source.country == "UKR" and e.target and (e.target.code or "").startswith("IGO")
               for e in events)


def test_a_subjectless_gerund_after_a_time_preposition_is_the_main_subjects_act(code_real):
    # "a day after meeting X": the one who met X is the main clause's subject
    events = code_real("Ukrainian Prime Minister Ivan Petrenko promised on Friday to fight corruption, "
                       "a day after meeting European Union foreign ministers in Brussels.")
    assert any(e.type == "CONSULT" and e.source and e.source.country == "UKR" and e.target
               and (e.target.code or "").startswith("IGO") for e in events)
    # not an act the clause says was not done, or is only a condition
    events = code_real("Ukrainian Prime Minister Ivan Petrenko signed the budget on Friday without meeting "
                       "European Union foreign ministers.")
    assert not any(e.type == "CONSULT" and not e.negated for e in events)


def test_quote_speaker_reads_each_docs_own_text() -> None:
    # quote_speaker keeps the last Doc's text (Doc.text is rebuilt token by token on every read):
    # a new Doc must be read anew, and the one before it again when it comes back
    from eventwire.events.find import _doc_text

    class Doc:
        def __init__(self, text: str) -> None:
            self._text, self.reads = text, 0

        @property
        def text(self) -> str:
            self.reads += 1
            return self._text

    first, second = Doc("Kyiv said."), Doc("Oslo said.")
    assert [_doc_text(first), _doc_text(first), _doc_text(second), _doc_text(first)] == [
        "Kyiv said.", "Kyiv said.", "Oslo said.", "Kyiv said."]
    assert (first.reads, second.reads) == (2, 1)


def test_first_person_quotes_of_two_articles_in_turn_go_to_each_ones_speaker(code_real):
    said_by = {}
    for country, text in (("TUR", '"We will strike the militants in Syria," the Turkish defence minister said.'),
                          ("GRC", '"We will strike the smugglers in Libya," the Greek defence minister said.')):
        events = code_real(text)
        said_by[country] = {e.source.country for e in events if e.source}
    assert "TUR" in said_by["TUR"] and "GRC" not in said_by["TUR"]
    assert "GRC" in said_by["GRC"] and "TUR" not in said_by["GRC"]
