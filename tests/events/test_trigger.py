"""Typing senses the CAMEO dictionary codes for another object (news audit, issue 4)."""

from __future__ import annotations

from test_code import countries, real_codes


def types(text: str) -> set[str]:
    return {e.type for e in real_codes(text) if not e.negated}


def test_a_verbs_own_pattern_is_no_tie_with_a_block_mates():
    # "mediate between" (the verb's own pattern) against "negotiate ... release" of its block:
    # no tie for the classifier to decide
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    doc = parse("Egypt has mediated several releases in recent years, including between Israel and Hamas.")
    verb = next(t for t in doc if t.lemma_ == "mediate")
    assert type_verb(verb, set(), get_lexicon()) == ("045", "pattern", ())


def test_a_synonym_set_of_nouns_is_not_matched_by_an_adjective():
    # "deepen &TROOPS" (a troop surge, 154) is not "deepened its military partnership"
    assert types("Brazil deepened its military partnership with Argentina.") == {"COOPERATE"}


def test_a_quantity_of_goods_is_what_is_sent_and_for_says_what_for():
    found = countries(real_codes("Iran has sent hundreds of missiles and large amounts of ammunition to Russia for its war."))
    assert ("AID", "IRN", "RUS") in found and not any(t[0] == "ASSAULT" for t in found)


def test_ordering_goods_is_a_purchase_and_considering_them_no_consultation():
    found = countries(real_codes("Egypt has considered French submarines and ordered 24 fighter jets from Italy."))
    assert not any(t[0] in {"REQUEST", "CONSULT"} for t in found)
    assert any(t[0] == "COOPERATE" and t[2] == "ITA" for t in found)
    # a demand made of a party keeps its reading
    assert "REQUEST" in types("Kenya ordered Somalia to withdraw its troops.")


def test_promising_a_retaliation_is_no_agreement():
    assert "AGREE" not in types("Tehran denied the charge and promised to respond.")
    assert "THREATEN" not in types("Japan promised to send aid to the Philippines.")


def test_a_person_sought_is_searched_for():
    assert "AGREE" not in types("Two suspects are being sought by police in Latvia.")
    assert "REQUEST" in types("Kenya seeks talks with Somalia.")


def test_governing_and_causing_are_no_events():
    assert not real_codes("Cameroon has been governed by the same party since 1982.")
    assert not types("The Indian side provoked the clash, a Chinese spokesman said.") & {"PROTEST"}


def test_closing_a_mission_reduces_relations():
    found = countries(real_codes("Lithuania ordered the closure of Belarus's embassy in Vilnius."))
    assert ("SANCTION", "LTU", "BLR") in {(t, s, g) for t, s, g in found}
    assert {e.cameo for e in real_codes("Lithuania ordered the closure of Belarus's embassy in Vilnius.")} == {"161"}


def test_troops_remaining_is_no_mobilization():
    assert "MOBILIZE" not in types("The militia will keep its weapons while Turkish troops remain on Syrian soil.")


def test_holding_things_is_no_detention_holding_people_is():
    assert "COERCE" not in types("The new rules freeze any property the ten ministers hold in Canada.")


def test_allowing_a_state_is_no_concession():
    assert not real_codes('"Italy will not allow smuggling to become an industry," the minister told parliament.')


def test_failing_to_act_negates_the_act():
    events = real_codes("Egypt failed to prevent Hamas from firing rockets.")
    assert events and all(e.negated for e in events)
    assert not any(e.type == "REJECT" and not e.negated for e in events)


def test_a_pattern_naming_the_relation_noun_takes_its_synonym_set_as_adjectives():
    # "ABANDON &ECONOMIC TIES" (a user dictionary's pattern) names the noun itself: "economic"
    # modifies it as the pattern means; a synonym set alone (&TROOPS) still needs a noun
    from eventwire.events.lexicon import Lexicon
    from eventwire.events.verb_files import parse_petrarch_verbs

    lexicon = Lexicon()
    for entry in parse_petrarch_verbs("--- ABANDON [345]\nABANDON\n- * &ECONOMIC TIES [902]\n\n&ECONOMIC\n+ECONOMIC\n+CULTURAL\n"):
        lexicon.add_verb(entry)
    words = {"full": 1, "economic": 2, "ties": 3, "tie": 3}
    assert lexicon.match_verb("abandon", words, set(), adjectives=frozenset({"economic"}))[0].code == "902"


def test_allowing_that_something_is_so_is_no_permitted_state():
    # "allow X to become Y" yields nothing to anyone; "allowed that X is Y" admits a statement
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    lexicon = get_lexicon()
    state = parse("Kenya will not allow the border to become a smuggling route.")
    statement = parse("Kenya allowed that Uganda is not a hostile neighbour.")
    assert type_verb(next(t for t in state if t.lemma_ == "allow"), set(), lexicon)[0] is None
    assert type_verb(next(t for t in statement if t.lemma_ == "allow"), set(), lexicon)[0] is not None


def test_people_named_from_an_act_are_no_stem_of_the_act():
    # PETRARCH matches "protest" as a stem; "protesters" are people held, not a protest held
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    lexicon = get_lexicon()
    held = parse("Police in Kano are holding 30 protesters at a station in the city.")
    rally = parse("The opposition is holding protests in the capital.")
    assert type_verb(next(t for t in held if t.lemma_ == "hold"), set(), lexicon)[0][:2] == "17"
    assert type_verb(next(t for t in rally if t.lemma_ == "hold"), set(), lexicon)[0][:2] == "14"


def candidate_types(text: str) -> dict[str, str | None]:
    """Trigger word -> PLOVER type of every candidate predicate (actors not required)."""
    from eventwire.actors import get_resolver
    from eventwire.events.candidates import find_candidates
    from eventwire.events.lexicon import get_lexicon
    from eventwire.nlp import parse
    from eventwire.records import Article, content_hash

    doc = parse(text)
    article = Article(id=content_hash(text), doc_id="t", text=text)
    cands, _ = find_candidates(doc, get_resolver().resolve_doc(doc), article, get_lexicon())
    return {c.trigger.text: (c.plover[0] if c.plover else None) for c in cands}


def test_attribution_speech_and_relation_verbs_are_no_cooperation():
    # CAMEO 2.0's default for ACCORD, ADD, LINK, LEAD is 060 (material cooperation)
    found = candidate_types("Kenya sent troops to Somalia, according to officials in Nairobi.")
    assert found.get("according") is None
    found = candidate_types("The French president praised Germany, adding that Berlin had been a loyal partner.")
    assert found.get("adding") is None and found.get("praised") == "SUPPORT"
    found = candidate_types("The storm hit Peru, leaving hundreds of people homeless.")
    assert found.get("leaving") is None
    assert candidate_types("A militia group linked to al Qaeda attacked Kenyan troops.").get("linked") is None
    assert candidate_types("The unrest led to the fall of the government.").get("led") is None
    # the verb's patterns still code: "linked to the attack" (CAMEO 1123)
    assert ("ACCUSE", "KEN", "SOM") in countries(real_codes("Kenya linked Somalia to the attack."))


def test_a_crowd_gathering_is_no_meeting_and_protesters_gathering_a_protest():
    assert candidate_types("Thousands of people gathered in Nairobi on Sunday.").get("gathered") is None
    assert candidate_types("Thousands of protesters gathered in Nairobi on Sunday.").get("gathered") == "PROTEST"
    assert "CONSULT" in types("The finance ministers of Brazil and Mexico gathered in Rio to discuss the crisis.")


def test_harm_in_a_mishap_is_no_assault():
    assert candidate_types("Two Kenyan soldiers were killed in a helicopter crash in Somalia.").get("killed") is None
    assert candidate_types("Eleven people were injured in a car accident near Lima.").get("injured") is None
    assert candidate_types("Two Kenyan soldiers were killed in an ambush in Somalia.").get("killed") == "ASSAULT"


def test_improving_a_relation_is_support_or_cooperation_by_its_kind():
    assert ("SUPPORT", "PAN", "USA") in countries(real_codes("Panama hopes to strengthen ties with the United States."))
    assert types("India boosted defence ties with France.") == {"COOPERATE"}
    assert types("India will boost defence ties with France.") == {"AGREE"}  # intended
    assert types("Turkey is expanding its economic links with Iraq.") == {"COOPERATE"}
    assert types("Japan and Vietnam improved relations last year.") == {"SUPPORT"}


def test_a_labour_strike_called_off_eases_dissent():
    assert ("CONCEDE", "KEN", "KEN") in countries(real_codes("Kenyan teachers called off their strike on Thursday."))


def test_a_restriction_eased_at_home_concerns_the_doers_country():
    assert ("CONCEDE", "SDN", "SDN") in countries(real_codes("The Sudanese government lifted the overnight curfew on Friday."))
    # a place named is the recipient
    assert ("CONCEDE", "SRB", "MNE") in countries(real_codes("Serbia lifted a night curfew in Montenegro on Sunday."))


def test_more_verbs_whose_cameo_default_is_not_their_news_sense():
    assert candidate_types("The Kenyan government expects Uganda to repay the loan.").get("expects") is None
    assert candidate_types("The Kenyan army serves as a model for Uganda.").get("serves") is None
    assert candidate_types("Kenya controls the border with Somalia.").get("controls") is None


def test_taking_part_is_the_act_taken_part_in():
    assert types("Kenyan troops took part in joint exercises with Ugandan forces.") == {"COOPERATE"}
    assert candidate_types("Kenyan students took part in protests against Uganda.").get("took") == "PROTEST"
    assert candidate_types("Kenyan athletes took part in the race in Uganda.").get("took") is None
    # taking a place is still a seizure
    assert candidate_types("Kenyan rebels took control of the Ugandan border town.").get("took") == "COERCE"


def test_dispersing_protesters_is_repression():
    found = real_codes("Kenyan police dispersed the protesters with tear gas.")
    assert {(e.type, e.cameo) for e in found} == {("ASSAULT", "175")}


def test_a_ceasefire_implemented_is_a_retreat_by_both_sides():
    found = countries(real_codes("Kenya and Somalia implemented the ceasefire on Monday."))
    assert found == {("RETREAT", "KEN", "SOM"), ("RETREAT", "SOM", "KEN")}


def test_returning_land_is_a_retreat_and_a_phone_conversation_a_consultation():
    assert candidate_types("Kenya returned the seized land to Uganda.").get("returned") == "RETREAT"
    found = real_codes("The Kenyan president held a phone conversation with the Ugandan leader.")
    assert {(e.type, e.cameo) for e in found} == {("CONSULT", "041")}


def test_an_according_to_phrase_is_no_part_of_the_act():
    # "accord" in it would match CAMEO 2.0's &AGREEMENT set ("storm ... accord", 111)
    assert types("Kenyan police have since stormed the school, according to the interior minister.") == {"ASSAULT"}
    assert candidate_types("According to the Kenyan interior ministry, protesters burned cars.").get("According") is None


def test_holding_or_executing_a_thing_is_no_detention_or_execution():
    assert candidate_types("The press conference held on Sunday by the Kenyan president was short.").get("held") is None
    assert candidate_types("The Kenyan police deployment is being executed after the warning.").get("executed") is None
    assert ("ASSAULT", "SAU", "KEN") in countries(real_codes("Saudi Arabia executed two Kenyan men on Monday."))


def test_happening_and_improving_things_are_no_meeting_or_cooperation():
    assert candidate_types("The announcement came from the office of the Kenyan president.").get("came") is None
    assert candidate_types("The Kenyan government will improve road conditions.").get("improve") is None
    # a journey to a country by an official is still a visit (the verb's own "to" pattern)
    assert ("CONSULT", "KEN", "ETH") in countries(real_codes("The Kenyan president came to Ethiopia for talks."))


def test_preventing_a_party_from_acting_restricts_it():
    found = countries(real_codes("Kenyan police prevented Somali refugees from crossing the border."))
    assert ("COERCE", "KEN", "SOM") in found and not any(t[0] == "REJECT" for t in found)
    # the verb's patterns keep their codes ("helped prevent ... from attacking", CAMEO 053)
    assert candidate_types("UN peacekeepers helped prevent a Somali warplane from attacking Kenya.").get("prevent") == "SUPPORT"


def test_halting_an_act_is_coded_by_the_act_halted():
    # not the act itself: "called off its air strikes" is no air strike
    assert types("Israel called off its air strikes on Gaza.") == {"RETREAT"}
    assert types("Kenya postponed its offensive against Somali rebels.") == {"RETREAT"}
    assert ("CONCEDE", "KEN", "UGA") in countries(real_codes("Kenyan students ended their protest against Uganda."))
    assert types("Kenya called off the meeting with Somalia.") == {"SANCTION"}


def test_a_document_released_is_published_not_freed():
    assert candidate_types("A report released on Tuesday by the Kenyan government criticised Somalia.").get("released") is None
    assert candidate_types("The Kenyan ministry released figures on Somali refugees.").get("released") is None
    assert ("RETREAT", "KEN", "SOM") in countries(real_codes("Kenya released 20 Somali prisoners on Monday."))


def test_an_attack_named_cyber_is_coercion():
    found = countries(real_codes("A series of Russian cyber attacks targeting the British government has been reported."))
    assert ("COERCE", "RUS", "GBR") in found and not any(t[0] == "ASSAULT" for t in found)
    assert types("The Kenyan ministry was hit by a cyberattack from Somali hackers.") == {"COERCE"}
    assert types("Russian forces hit Ukrainian positions.") == {"ASSAULT"}


def test_a_series_of_acts_is_the_act_and_tariffs_slapped_a_sanction():
    assert ("ASSAULT", "KEN", "SOM") in countries(real_codes("Kenya unleashed a wave of strikes on Somali targets."))
    assert types("Kenya slapped tariffs on Somali goods.") == {"SANCTION"}
    assert types("Kenya imposed tariffs on Somali goods.") == {"SANCTION"}
    assert types("A Kenyan policeman slapped a Somali journalist.") == {"ASSAULT"}


def test_an_arrest_warrant_issued_is_legal_action():
    found = real_codes("Kenya issued an arrest warrant for the Somali president.")
    assert {(e.type, e.cameo) for e in found} == {("COERCE", "173")}


def test_negotiating_with_a_party_is_a_consultation():
    assert types("Kenya negotiated with Somalia.") == {"CONSULT"}


def test_a_weapons_test_mobilizes_and_names_no_target():
    assert countries(real_codes("North Korea test-fired two ballistic missiles on Monday.")) == {("MOBILIZE", "PRK", None)}
    assert candidate_types("Kenya conducted a missile test.").get("conducted") == "MOBILIZE"
    # fired at a target, a missile is an attack
    assert types("Kenya fired rockets at Somali positions.") == {"ASSAULT"}


def test_searching_premises_is_coercion_and_cutting_trade_a_sanction():
    assert types("Kenyan police searched the Somali embassy.") == {"COERCE"}
    assert types("Kenya reduced its trade with Somalia.") == {"SANCTION"}
    assert types("Kenya scaled back its diplomatic presence in Somalia.") == {"SANCTION"}


def test_more_codebook_phrasings():
    assert types("Kenyan police placed the Somali activist under house arrest.") == {"COERCE"}
    assert types("Kenya cut off electricity to Somali refugee camps.") == {"COERCE"}
    assert types("Kenya broke the truce with Somalia.") == {"ASSAULT"}
    assert types("Kenya ignored the Somali demands.") == {"REJECT"}
    # accepting an offer is agreeing; accepting demands stays a concession
    assert types("Kenya accepted the Somali offer.") == {"AGREE"}
    assert types("Kenya accepted the Somali demands.") == {"CONCEDE"}


def test_breaking_up_a_protest_is_repression_and_admitting_or_failing_no_act():
    assert types("Kenyan police broke up the Somali protest march on Monday.") == {"ASSAULT"}
    found = candidate_types("The Kenyan prime minister admitted that his government had failed Somalia.")
    assert found.get("admitted") is None and found.get("failed") is None
    assert types("Kenya admitted UN inspectors into the country.") == {"RETREAT"}


def test_a_phrase_of_time_is_no_pattern_word_and_calling_a_leader_a_phone_call():
    # "on Monday" made "called the president" CAMEO's "call on" (an appeal)
    assert types("The Kenyan president called the Somali president on Monday.") == {"CONSULT"}
    assert types("Kenya called on Somalia to withdraw its troops.") == {"REQUEST"}
    # naming is no call
    assert candidate_types("The Kenyan president called Somalia a failed state.").get("called") is None


def test_engaging_in_an_act_is_the_act_and_hearing_or_establishing_no_event():
    assert types("Kenyan troops engaged in heavy fighting with Somali militants.") == {"ASSAULT"}
    assert candidate_types("Kenya has been engaged in talks with Somalia.").get("engaged") == "CONSULT"
    assert types("The Kenyan army engaged Somali militants near the border.") == {"ASSAULT"}
    assert candidate_types("A Kenyan court heard the Somali case.").get("heard") is None
    assert candidate_types("Kenya established a commission on Somalia.").get("established") is None
    assert types("Kenya established diplomatic relations with Somalia.") == {"SUPPORT"}


def test_receiving_a_delegation_is_hosting_a_visit():
    found = real_codes("Kenya received a Somali delegation.")
    assert {(e.type, e.cameo) for e in found} == {("CONSULT", "043")}


def test_common_news_verbs_without_a_cameo_code_get_the_codebooks_reading():
    assert types("Kenyan police intimidated Somali journalists.") == {"COERCE"}
    assert types("Kenya ejected two Somali diplomats.") == {"SANCTION"}
    assert types("Somali protesters barricaded the road to the Kenyan embassy.") == {"PROTEST"}
    assert types("Kenya reconciled with Somalia after years of tension.") == {"SUPPORT"}
    assert types("The Kenyan president insulted Somalia's leader.") == {"ACCUSE"}


def test_martial_law_and_emergencies_declared_at_home_concern_the_doers_country():
    assert ("COERCE", "KEN", "KEN") in countries(real_codes("Kenya declared martial law on Monday."))
    assert ("COERCE", "KEN", "KEN") in countries(real_codes("The Kenyan government imposed a curfew on Monday."))
    assert ("COERCE", "KEN", "SOM") in countries(real_codes("Kenya imposed a curfew in Mogadishu."))


def test_a_process_noun_is_the_act_of_its_modifier():
    assert ("RETREAT", "KEN", "SOM") in countries(real_codes("Kenya started the withdrawal process of its forces from Somalia."))


def test_walkouts_captives_sent_back_investment_and_passive_objects():
    assert types("Nigerian dock workers walked off the job on Monday.") == {"PROTEST"}
    assert types("The Somali delegation walked out of the talks with Kenya.") == {"SANCTION"}
    assert types("Kenya is sending 200 of its Somali captives back to Somalia.") == {"RETREAT"}
    assert types("Kenyan firms increased their investment in Somalia.") == {"COOPERATE"}
    assert types("A Kenyan helicopter brought in an arms shipment for a Somali militia.") == {"AID"}
    # a passive's subject is what is held: talks held are no detention
    assert candidate_types("The first round of talks between Somalia and Kenya were held on Saturday.").get("held") != "COERCE"


def test_completing_an_act_is_the_act_and_completing_a_deal_finalizes_it():
    assert candidate_types("Kenya's withdrawal from Somalia was completed.").get("completed") == "RETREAT"
    assert types("Kenya and Somalia completed a trade deal.") == {"SUPPORT"}
    assert candidate_types("Kenya completed a new road to Somalia.").get("completed") is None


def test_a_police_raid_is_law_enforcement_and_a_soldiers_raid_an_assault():
    # PLOVER COERCE seize: "police or other authorities carrying out a law enforcement raid"
    assert ("COERCE", "KEN", "KEN") in countries(real_codes("Kenyan police raided the offices of a Kenyan opposition party."))
    assert types("Ugandan police surrounded the Kenyan embassy in Kampala.") == {"COERCE"}
    assert types("Somali militants raided a Kenyan army base.") == {"ASSAULT"}


def test_silencing_a_newspaper_is_censorship_not_reduced_relations():
    # PLOVER COERCE censor: "censor, ban or restrict access to publications" (CAMEO 1721)
    assert candidate_types("The Kenyan government suspended the licence of an independent newspaper.").get("suspended") == "COERCE"
    assert candidate_types("Ugandan authorities shut down two private radio stations.").get("shut") == "COERCE"
    # suspending talks or aid is still reduced relations
    assert candidate_types("Kenya suspended talks with Somalia.").get("suspended") == "SANCTION"


def test_raising_the_alert_of_forces_is_mobilisation():
    # PLOVER MOBILIZE: "increase readiness" (CAMEO 152, military alert status)
    assert candidate_types("Kenya raised the alert level of its forces along the border.").get("raised") == "MOBILIZE"
    # a health alert raised is none
    assert candidate_types("Kenya raised the alert level over a cholera outbreak.").get("raised") != "MOBILIZE"


def test_cooperating_with_prosecutors_is_judicial_cooperation():
    # PLOVER COOPERATE "cooperation on judicial matters" (CAMEO 063), not diplomatic support
    assert candidate_types("The Kenyan minister said he would cooperate with Ugandan prosecutors.").get("cooperate") == "COOPERATE"
    assert candidate_types("Kenya will cooperate with Uganda on regional security.").get("cooperate") == "SUPPORT"


def test_a_verdict_is_a_sanction_and_condemning_as_a_violation_no_arrest():
    # PLOVER SANCTION convict: "find an entity or behavior guilty", "found guilty and sentenced"
    assert candidate_types("A Kenyan court convicted the Ugandan trader of smuggling.").get("convicted") == "SANCTION"
    assert candidate_types("A Kenyan court found the Ugandan trader guilty of fraud.").get("found") == "SANCTION"
    # "convict ... of violation" (an arrest in CAMEO 2.0) needs "of" before the violation
    assert candidate_types("Kenya condemned the test as a violation of United Nations resolutions.").get("condemned") == "ACCUSE"


def test_defending_the_police_is_verbal_support_and_defending_a_country_protection():
    # CAMEO 052 "defend verbally" (SUPPORT); the verb's default 074 is military protection (AID)
    assert candidate_types("The Kenyan interior minister defended the police after the clashes.").get("defended") == "SUPPORT"
    assert candidate_types("Kenya will defend Uganda against any attack.").get("defend") == "AID"



def test_joint_patrols_are_cooperation_and_another_verbs_particle_no_pattern():
    # "step up patrols" is a threat in CAMEO 2.0 (130); joint patrols with a partner cooperate
    found = countries(real_codes("Kenya pledged to step up joint patrols with Uganda on Lake Victoria."))
    assert ("AGREE", "KEN", "UGA") in found and not any(t == "THREATEN" for t, _, _ in found)  # pledged
    # "call up" (troops, 150) needs the particle on "call": here it is on "step", so "call on"
    # (REQUEST) has no tie for the classifier to decide
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    doc = parse("Kenya called on Uganda to step up joint operations against the rebels.")
    assert type_verb(next(t for t in doc if t.lower_ == "called"), set(), get_lexicon()) == ("020", "pattern", ())
    assert candidate_types("Kenya called up 5,000 reservists.").get("called") == "MOBILIZE"



def test_an_invitation_to_talks_is_an_agreement_to_meet_not_a_meeting():
    # PLOVER AGREE: "invite a delegation to visit (only invitations: actual visits/meetings do
    # not fall under this definition)". No tie is left with CAMEO 2.0's 040 for the classifier
    # (which had decided it for CONSULT).
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    doc = parse("The Kenyan labour minister invited Kenyan union leaders to talks on Wednesday.")
    verb = next(t for t in doc if t.lower_ == "invited")
    assert type_verb(verb, set(), get_lexicon()) == ("036", "verb", ())


def test_a_place_phrase_is_where_the_act_happened_not_what_it_acted_on():
    # "storm headquarters" (CAMEO 2.0, 192 occupy) is not an attack on forces inside one
    assert candidate_types("Somali gunmen attacked Kenyan soldiers inside a police headquarters.").get("attacked") == "ASSAULT"
    assert candidate_types("Kenyan police deployed officers outside the Ugandan embassy.").get("deployed") == "MOBILIZE"
    # a pattern that names its preposition still reads the place ("took to the streets")
    assert candidate_types("Thousands of Kenyans took to the streets of Nairobi.").get("took") == "PROTEST"


def test_summoned_for_questioning_is_an_investigation_not_a_meeting():
    # PLOVER ACCUSE investigate: "any investigation, including commissions, grand juries"
    assert candidate_types("Kenyan prosecutors summoned the Ugandan businessman for questioning.").get("summoned") == "ACCUSE"
    assert candidate_types("Two Kenyan officers were summoned before a grand jury in Nairobi.").get("summoned") == "ACCUSE"


def _plover_of(text: str, lemma: str) -> str | None:
    from eventwire.events import codes
    from eventwire.events.lexicon import get_lexicon
    from eventwire.events.trigger import type_verb
    from eventwire.nlp import parse

    verb = next(t for t in parse(text) if t.lemma_ == lemma)
    code = type_verb(verb, set(), get_lexicon())[0]
    return (codes.to_plover(code) or (None,))[0] if code else None


def test_troops_sent_are_a_deployment_and_weapons_sent_aid():
    # PLOVER MOBILIZE: "all military or police moves, deployments"
    assert _plover_of("The government sent troops to the area.", "send") == "MOBILIZE"
    assert _plover_of("Nigeria said it would send 600 soldiers.", "send") == "MOBILIZE"
    assert _plover_of("Russia sent weapons to Syria.", "send") == "AID"


def test_a_name_given_in_condemnation_is_disapproval():
    assert _plover_of("The general called the attack unacceptable.", "call") == "ACCUSE"
    assert _plover_of("Qarase called the takeover illegal.", "call") == "ACCUSE"
    assert _plover_of("He called Somalia a failed state.", "call") is None


def test_crowds_storming_riot_and_raids_on_offices_are_searches():
    assert _plover_of("Thousands of protesters stormed the parliament building.", "storm") == "PROTEST"
    assert _plover_of("Soldiers stormed the police station.", "storm") == "ASSAULT"
    assert _plover_of("Soldiers raided the offices of a human rights group.", "raid") == "COERCE"
    assert _plover_of("Rebels raided an army base.", "raid") == "ASSAULT"
