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
    from eventwire.events.lexicon import Lexicon, parse_petrarch_verbs

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
