"""Vague participants and the intention view: fast tests without a model, plus real-resolver
sentences written for these tests (slow)."""

import datetime

import pytest

from conftest import triples
from eventwire.events import codes
from eventwire.events.context import is_vague
from eventwire.records import Actor


def test_vague_actor_has_no_country_and_no_name():
    assert is_vague(Actor(text="rebels", code="REB", sector="REB"))
    assert not is_vague(Actor(text="Syria", code="SYR", country="SYR"))
    assert not is_vague(Actor(text="NATO", code="IGONAT", sector="IGO", kb_id="org:nato"))
    assert not is_vague(Actor(text="Red Cross", code="NGO", sector="NGO"))
    assert not is_vague(None)


@pytest.mark.parametrize(
    ("plover", "cameo", "modality", "negated", "expected"),
    [
        ("AID", "070", "intended", False, ("AGREE", "033")),
        ("SUPPORT", "050", "hypothetical", False, ("AGREE", "032")),
        ("ASSAULT", "190", "intended", False, ("THREATEN", "138")),
        ("ASSAULT", "190", "asserted", False, ("ASSAULT", "190")),
        ("AID", "070", "intended", True, ("AID", "070")),
        ("ACCUSE", "111", "intended", False, ("ACCUSE", "111")),
    ],
)
def test_intent_view(plover, cameo, modality, negated, expected):
    assert codes.intent_view(plover, cameo, modality, negated) == expected


@pytest.fixture(scope="module")
def code_real(real_coder):
    return lambda text: real_coder(text, date=datetime.date(2024, 7, 10))


def countries(events) -> set[tuple]:
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None) for e in events}


@pytest.mark.slow
def test_vague_actor_takes_the_country_of_its_phrase(code_real):
    events = code_real("Rebels in Chad rejected an offer from the Nigerian government.")
    assert ("REJECT", "TCD", "NGA") in countries(events)


@pytest.mark.slow
def test_vague_actor_takes_its_owner_and_precise_objects_win(code_real):
    events = code_real("Syria offered its troops to Lebanon.")
    assert all(e.target is None or e.target.country == "LBN" for e in events)


@pytest.mark.slow
def test_vague_actor_with_no_country_gives_no_event(code_real):
    assert not code_real("Gunmen attacked a convoy of aid workers.")


@pytest.mark.slow
def test_recipient_after_to_is_an_actor_destination_is_not():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    resolver = get_resolver()
    text = "Libya handed the two suspects over to Britain."
    found = {text[s:e]: a.country for (s, e), a in resolver.resolve_doc(parse(text)).items()}
    assert found.get("Britain") == "GBR"
    text = "The minister flew to Britain."
    assert "Britain" not in {text[s:e] for s, e in resolver.resolve_doc(parse(text))}


@pytest.mark.slow
def test_demand_that_y_do_targets_y(code_real):
    events = code_real("France demanded that Iran release the sailors.")
    assert ("REQUEST", "FRA", "IRN") in countries(events)


@pytest.mark.slow
def test_capital_as_object_is_its_government(code_real):
    events = code_real("The alliance met on Monday. NATO accused Beijing of helping Moscow.")
    assert any(e.type == "ACCUSE" and e.target is not None and e.target.country == "CHN" for e in events)


@pytest.mark.slow
def test_quoted_we_is_the_speaker_and_intent_is_an_agreement(code_real):
    text = "\u201cWe will increase our support for Ukraine,\u201d the NATO Secretary General said."
    found = [e for e in code_real(text) if e.target is not None and e.target.country == "UKR"]
    assert found and found[0].type == "AGREE" and found[0].modality == "intended"
    assert found[0].source.code.startswith("IGONAT")


@pytest.mark.slow
def test_openness_is_no_accusation(code_real):
    events = code_real("NATO leaders expressed openness to constructive engagement with China.")
    assert not any(e.type == "ACCUSE" for e in events)
    assert triples(events) == set() or all(e.type != "ACCUSE" for e in events)


@pytest.mark.slow
def test_first_actor_of_the_clause_is_the_target_when_no_argument_names_one(code_real):
    # "as a betrayal" takes the object slot in the parse; the target comes later in the clause
    events = code_real("Poland on Monday condemned as a betrayal Hungary's veto of the aid package.")
    assert ("ACCUSE", "POL", "HUN") in countries(events)


# (what the fallback target skips, sentence, source country (None: any source), target countries it must not give)
NOT_TARGETS = [
    ("clauses of another event", "Greece eased its border controls as police in Turkey arrested smugglers.",
     "GRC", {"TUR"}),
    ("a purpose after the object", "NATO announced that the alliance will reinforce its partnerships in the Pacific "
     "to counter the growing alignment of Russia and Iran.", None, {"RUS", "IRN"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "not_targets"), [c[1:] for c in NOT_TARGETS], ids=[c[0] for c in NOT_TARGETS])
def test_fallback_target_skips(code_real, text, source, not_targets):
    events = code_real(text)
    assert not any((source is None or e.source is not None and e.source.country == source)
                   and e.target is not None and e.target.country in not_targets for e in events)


# (what it shows, sentence, an event it must give as (type, source country, target country))
CODED = [
    ("apposition names the subject", "Maria Olsen, Norway's foreign minister, criticised Russia on Friday.",
     ("ACCUSE", "NOR", "RUS")),
    ("a when-clause gives the place of the event",
     "Two Syrian gunmen killed nine people on Friday when they opened fire in Istanbul.", ("ASSAULT", "SYR", "TUR")),
    ("a vague actor takes the country of a place in the sentence",
     "Protesters in Nairobi accused the government of corruption.", ("ACCUSE", "KEN", "KEN")),
    ("a capital as agent of an act is its government",
     "Lithuania demanded an apology by Moscow for the border incident.", ("REQUEST", "LTU", "RUS")),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CODED], ids=[c[0] for c in CODED])
def test_coded_with_these_countries(code_real, text, expected):
    assert expected in countries(code_real(text))


@pytest.mark.slow
def test_an_ethnic_group_lives_where_the_event_happens(code_real):
    events = code_real("Soldiers of Georgia killed four ethnic Armenians in a raid near Tbilisi.")
    assert ("ASSAULT", "GEO", "GEO") in countries(events)
    assert not any(e.target is not None and e.target.country == "ARM" for e in events)


@pytest.mark.slow
def test_a_meeting_with_no_counterpart_is_no_event(code_real):
    assert not [e for e in code_real("The Danish cabinet met on Sunday.") if e.type == "CONSULT"]


@pytest.mark.slow
def test_a_resignation_is_one_sided(code_real):
    events = code_real("Norway's prime minister resigned on Monday.")
    assert events and all(e.target is None for e in events)


@pytest.mark.slow
def test_calling_off_a_strike_is_no_strike(code_real):
    events = code_real("Nurses in Kenya called off a strike against the Kenyan government.")
    assert not any(e.type == "PROTEST" for e in events)


@pytest.mark.slow
def test_a_purpose_clause_lends_no_target(code_real):
    events = code_real("Chile's interior minister resigned on Monday to allow Peru's inquiry to proceed.")
    assert ("RETREAT", "CHL", None) in countries(events)  # resigning (PLOVER: RETREAT), one-sided
    assert not any(e.type == "RETREAT" and e.target is not None for e in events)


def test_the_direction_of_a_place_is_that_place():
    from eventwire.events.context import place_country
    from eventwire.nlp import parse

    doc = parse("The shells fell in the east of the Gaza Strip.")
    east = next(t for t in doc if t.lower_ == "east")
    assert place_country(east) == "PSE"


def test_a_place_is_of_its_country_on_the_articles_date():
    from datetime import date

    from eventwire.events import context

    then = date(2000, 1, 1)
    assert context.lookup_place("Kosovo", when=then) == "SRB"  # a province of Serbia until 2008
    assert context.lookup_place("Juba", when=then) == "SDN"
    now = date(2015, 1, 1)
    assert context.lookup_place("Kosovo", when=now) == "XKX"
    assert context.lookup_place("Juba", when=now) == "SSD"


@pytest.mark.slow
@pytest.mark.parametrize("opening", ["MAPUTO — ", "Protests\nMAPUTO (Test Wire) — ", "Maputo, Mozambique (Test Wire) — "])
def test_the_dateline_gives_a_report_its_country(code_real, opening):
    # The dateline is read as extraction reads Article.dateline: after a kicker line and in
    # ordinary case with an agency too (the token scan saw only capitals opening the text).
    text = (opening + "Police fired tear gas at protesters outside a market in Matola on Monday. "
            "Witnesses said officers beat several young men. "
            "Shopkeepers closed their doors as the crowd grew.")
    events = code_real(text)
    assert events and all(e.source.country == "MOZ" for e in events if e.source and e.source.code.endswith("COP"))
    assert any(e.source and e.source.country == "MOZ" for e in events)


@pytest.mark.slow
def test_a_place_travelled_to_is_a_country_of_the_sentence(code_real):
    # the opposition leaders met in Minsk are not the visiting minister's compatriots: the
    # sentence names two countries, so it lends neither to them
    events = code_real("Russian Foreign Minister Sergei Lavrov flew to Minsk and met opposition leaders on Friday.")
    assert ("CONSULT", "RUSGOV", "RUSOPP") not in triples(events)


@pytest.mark.slow
def test_a_city_is_in_the_state_that_held_it_on_the_articles_date():
    # a town of today's South Sudan was in Sudan before July 2011 (the knowledge base's dated
    # country roles, as for the country names themselves)
    from eventwire.events import context

    for when, expected in ((datetime.date(1998, 3, 12), "SDN"), (datetime.date(2015, 3, 12), "SSD")):
        assert context.lookup_place("Wau", when=when) == expected
        assert context.lookup_place("Prizren", when=when) == ("SRB" if when.year < 2008 else "XKX")


@pytest.mark.slow
def test_a_companys_country_is_not_the_country_of_the_locals_in_its_sentence(code_real):
    # the U.S. company says nothing of where the youths are from; the article (dated Lagos,
    # about Nigeria) does
    text = ("LAGOS, March 3, 2001 (Test Wire) - Itsekiri youths occupied a flow station operated by the "
            "U.S. company Texaco in the Niger Delta on Monday and took 12 workers hostage, demanding that "
            "the company build clinics in their villages, police said. Nigerian police said officers had "
            "surrounded the station. The Nigerian government said it would not negotiate with the youths.")
    events = code_real(text)
    sources = {e.source.country for e in events if e.source and e.source.code.endswith("CVL")}
    assert "USA" not in sources and "NGA" in sources


@pytest.mark.slow
def test_the_batched_stage_reads_places_at_the_articles_date():
    # the pipeline's events stage calls find_candidates and events_of for many articles, not
    # code_doc: a town of today's South Sudan is still Sudan's in 1998
    from eventwire.actors import get_resolver
    from eventwire.events.candidates import find_candidates
    from eventwire.events.code import events_of
    from eventwire.nlp import parse
    from eventwire.records import Article, content_hash

    text = "Government troops shelled a market near Wau on Monday, aid workers said."
    doc = parse(text)
    when = datetime.datetime(1998, 3, 12)
    article = Article(id=content_hash(text), doc_id="t", text=text, published=when)
    candidates, index = find_candidates(doc, get_resolver().resolve_doc(doc, date=when.date()), article)
    countries = {e.source.country for e in events_of(candidates, article, index) if e.source}
    assert "SDN" in countries and "SSD" not in countries


@pytest.mark.slow
def test_a_vague_place_or_thing_asked_for_is_not_the_speakers_country(code_real):
    # "the region" is where the envoy goes and "a peaceful solution" what the minister asks for:
    # neither is a party of the speaker's own country
    events = code_real("French envoy Jean Martin will travel to the region next month to revive the stalled talks.")
    assert not any(e.target and e.target.country == "FRA" for e in events)
    events = code_real("Italian Prime Minister Mario Rossi criticised the tariffs and called for a negotiated settlement.")
    assert not any(e.target and e.target.country == "ITA" for e in events)


@pytest.mark.slow
def test_a_longer_name_is_not_the_place_its_last_word_names():
    from eventwire.events.context import place_country
    from eventwire.nlp import parse

    doc = parse("The minister flew to New York and then to western Erbil.")
    assert place_country(next(t for t in doc if t.text == "York")) is None  # no York of England
    assert place_country(next(t for t in doc if t.text == "Erbil")) == "IRQ"


@pytest.mark.slow
def test_an_international_body_is_no_place_but_its_seat_is():
    from eventwire.events import context

    # CAMEO lists the UN among its countries (UNO): "U.N. bases" are in no country of the UN's
    assert context.lookup_place("U.N.") is None and context.lookup_place("United Nations") is None
    assert context.lookup_place("Brussels") == "BEL"  # the EU's seat is still Belgium's capital


@pytest.mark.slow
def test_the_international_community_is_of_no_one_country(code_real):
    events = code_real("MONROVIA, August 2, 2014 (Wire) - The outbreak spread in Liberia. Medecins Sans Frontieres "
                       "appealed to the international community to deploy military medical teams.")
    assert not any(e.target and e.target.country == "LBR" for e in events if not e.negated)
