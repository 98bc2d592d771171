"""Parties of an argument the parser splits or hides (eventwire.events.find, parties): sentences
written for these tests, coded with the real parser, resolver and lexicon (slow)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def pairs(events) -> set[tuple]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if not e.negated}


def test_a_description_before_the_names_does_not_hide_the_subject(code_real):
    # the parser makes "foes" and "India" two subjects of "renewed"
    events = code_real("Old foes India and Pakistan have renewed diplomatic ties after a 12-year break.")
    assert {("IND", "PAK"), ("PAK", "IND")} <= pairs(events)


def test_a_list_of_subjects_split_by_the_parser_gives_each_its_event(code_real):
    events = code_real("Evil Russia, the awful Iran, and good Spain condemned the attack on Morocco.")
    assert {("RUS", "MAR"), ("IRN", "MAR"), ("ESP", "MAR")} <= pairs(events)


def test_a_list_with_unnamed_members_keeps_the_named_one(code_real):
    events = code_real("Lions, tigers, and Spain welcomed a resumption of formal diplomatic ties with Morocco.")
    assert ("ESP", "MAR") in pairs(events)


def test_groups_of_several_countries_named_after_of_are_one_group_each(code_real):
    # the mention "The ambassadors of Chile" stops at the first name; the others are parties too
    events = code_real("The ambassadors of Chile, Peru and Bolivia condemned the attack on Ecuador.")
    sources = {(e.source.country, e.source.sector) for e in events if e.target and e.target.country == "ECU"}
    assert {("CHL", "GOV"), ("PER", "GOV"), ("BOL", "GOV")} <= sources


def test_an_object_made_by_another_actor_makes_it_the_target(code_real):
    assert ("ESP", "MAR") in pairs(code_real("Spain rejected the plan put forward by Morocco."))
    assert ("CHL", "PER") in pairs(code_real("Chile welcomed the proposals sent by Peru on the border dispute."))
    # reports released, laws passed and measures taken are their authors' work too
    assert ("KEN", "UGA") in pairs(code_real("Kenya praised a report released by Uganda on Monday."))
    assert ("KEN", "UGA") in pairs(code_real("Kenya criticised the law passed by the Ugandan parliament."))


def test_a_person_sent_by_an_actor_is_not_its_act(code_real):
    # the participle's by-phrase names an author only for a predicate's direct object
    events = code_real("A Kenyan prisoner died as a result of torture while in Ugandan police custody, according "
                       "to a report by a pathologist sent to Uganda by Doctors Without Borders.")
    assert not any(e.source and e.source.text == "Doctors" for e in events)
    assert any(e.source and e.source.country == "UGA" for e in events)


def test_a_relative_pronoun_subject_is_the_noun_it_stands_for(code_real):
    events = code_real("Kenyan police fired tear gas at Ugandan traders who attacked Tanzanian soldiers on Monday.")
    assert {("KEN", "UGA"), ("UGA", "TZA")} <= pairs(events)


def test_a_relative_clause_in_the_perfect_is_background_not_an_event(code_real):
    events = code_real("Iran, which has long backed Hamas, condemned Israel on Monday.")
    assert ("IRN", "ISR") in pairs(events) and ("IRN", "PSE") not in pairs(events)


def test_a_relative_clause_in_a_reported_perfect_is_its_antecedents_act(code_real):
    # set off by commas after one named actor, a perfect adds an act of the story's own
    events = code_real("Venezuela, which had already halted oil shipments to Paraguay, dismissed the accusation.")
    assert ("VEN", "PRY") in pairs(events)
    # but joint antecedents' perfect is their shared past, not each one's act on the other
    events = code_real("Armenia and Azerbaijan, which have fought two wars, agreed on Monday to resume talks.")
    assert not any(e.type == "ASSAULT" for e in events)


def test_whose_subject_of_joint_antecedents_is_each_ones(code_real):
    events = code_real("France and Italy, whose leaders spoke with Sisi by telephone, called for a UN resolution.")
    assert {("FRA", "EGY"), ("ITA", "EGY")} <= {p for p in pairs(events)}


def test_an_object_pronoun_in_a_relative_clause_is_not_its_antecedent(code_real):
    # "him" inside "which has refused to meet him" is neither Serbia (the clause's subject)
    # nor any country: the person named before
    events = code_real("Kosovo's leader Albin Kurti has offered to hold talks with Serbia, which has refused to meet him.")
    assert ("SRB", "XKX") in pairs(events)


def test_what_callers_call_on_others_to_do_is_no_act_of_the_callers(code_real):
    # the parser reads "to stop" as a clause of purpose when the callers are coordinated
    events = code_real("The United Nations and the African Union called on Sudan's warring parties to stop fighting.")
    assert all(e.type == "REQUEST" and e.target.country == "SDN" for e in events)
    assert len(events) == 2


def test_coordinated_doers_acting_on_both_sides_do_not_act_on_each_other(code_real):
    # with no earlier pair to name, "both sides" stays unknown: Qatar and the US invited
    # others, not each other
    events = code_real("Qatar and the United States invited both sides to resume talks in Doha.")
    assert not any(e.source and e.target and {e.source.country, e.target.country} == {"QAT", "USA"} for e in events)


def test_a_place_word_naming_the_topic_of_mutual_talks_is_no_party(code_real):
    got = pairs(code_real("China and Russia discussed the Ukraine war."))
    assert {("CHN", "RUS"), ("RUS", "CHN")} <= got and not any(t == "UKR" for _, t in got)


def test_a_subject_owned_by_a_pronoun_acts_for_its_owner(code_real):
    events = code_real("The Israeli military said its jets struck Hezbollah targets in southern Lebanon.")
    assert ("ISR", "LBN") in pairs(events)


def test_an_object_owned_by_a_pronoun_is_not_given_to_the_doer(code_real):
    assert ("ISR", "ISR") not in pairs(code_real("Israeli jets destroyed their homes in Gaza."))


def test_doers_of_a_joint_act_do_it_with_each_other_not_with_whom_it_angers(code_real):
    got = pairs(code_real("The United States and South Korea began joint military exercises, angering North Korea."))
    assert {("USA", "KOR"), ("KOR", "USA")} <= got and not any(t == "PRK" for _, t in got)


def test_whom_a_subject_acts_along_with_acts_too(code_real):
    assert {("GBR", "NER"), ("FRA", "NER")} <= pairs(code_real("Britain, along with France, condemned the coup in Niger."))
    assert ("USA", "IRN") in pairs(code_real("Britain, together with the United States, imposed sanctions on Iran."))


def test_neither_nor_negates_the_predicate(code_real):
    events = code_real("Neither China nor Russia supported the resolution against Iran.")
    assert events and all(e.negated for e in events)


def test_a_kind_of_group_names_its_members_after_including(code_real):
    # "13 aid groups, including X and Y": the named members are the precise parties
    events = code_real("Niger expelled nine foreign aid groups, including Oxfam and Amnesty International, on Monday.")
    codes = {e.target.code for e in events if e.target and e.source and e.source.country == "NER"}
    assert {"NGOXFM", "NGOHRI"} <= codes
    assert "NGO" not in codes
    # members that name no actor leave the group as it is
    events = code_real("Niger expelled nine foreign aid groups, including two French ones, on Monday.")
    assert not any(e.target and e.target.code in {"NGOXFM", "NGOHRI"} for e in events)
    # a vague group with a named member among others: both are parties
    events = code_real("HAVANA, May 3, 2003 (Wire) - Cuba freed 40 political prisoners, including a Spanish citizen, "
                       "on Monday. Cuba's government said it was a goodwill gesture. Cuban dissidents welcomed the move.")
    assert {"ESP", "CUB"} <= {e.target.country for e in events if e.target and e.source and e.source.country == "CUB"}


def test_a_vague_group_takes_its_owner_from_its_own_phrase(code_real):
    # "delegation" alone has no country: who leads it, or the international body it is from, says whose
    events = code_real("A delegation led by the Kenyan foreign minister met Ugandan officials.")
    assert ("KEN", "UGA") in pairs(events)
    events = code_real("A delegation from the European Union criticised Kenya over the arrests.")
    assert any(e.type == "ACCUSE" and e.source and (e.source.code or "").startswith("IGO")
               and e.target and e.target.country == "KEN" for e in events)
