"""Full wire datelines (place, country, date, agency) are no actors: sentences written here."""

from datetime import date

import pytest

from eventwire.extract.dateline import dateline_match


def _end(text):
    match = dateline_match(text)
    return None if match is None else match.end()


def test_dateline_end_covers_country_date_and_agency():
    text = "LIMA, Peru, May 2, 2025 (Test Wire) - Farmers blocked a highway."
    assert text[: _end(text)] == "LIMA, Peru, May 2, 2025 (Test Wire) - "
    assert _end("SAN JOSE, Costa Rica (AP) -- Police said.") == len("SAN JOSE, Costa Rica (AP) -- ")
    assert _end("GOMA, North Kivu, Congo (AP) -- Rebels said.") == len("GOMA, North Kivu, Congo (AP) -- ")


def test_no_dateline_without_a_capitalised_place_and_dash():
    assert _end("NATO - the alliance met.") is None
    assert _end("The minister said - quietly - no.") is None
    assert _end("US-CHINA talks - a preview") is None


@pytest.mark.slow
def test_country_of_a_dateline_is_no_actor(resolver):
    from eventwire.nlp import parse

    text = "LIMA, Peru, May 2, 2025 (Test Wire) - Masked gunmen abducted a mayor near the border."
    found = {text[s:e] for (s, e) in resolver.resolve_doc(parse(text), date=date(2025, 5, 2))}
    assert not any(t in {"Peru", "LIMA"} for t in found)


def test_dateline_country_reads_the_last_named_part_on_the_articles_date(resolver):
    # one reading of the dateline for the resolver's bare titles and the coder's article
    # country: its region after the comma names it, else its city, as the city's state then
    from eventwire.actors.dateline_home import dateline_country

    assert dateline_country("COTONOU, Benin, March 3, 2005 (Wire) - Police said.", date(2005, 3, 3)) == "BEN"
    assert dateline_country("JUBA, March 3, 2005 (Wire) - Police said.", date(2005, 3, 3)) == "SDN"
    assert dateline_country("JUBA, March 3, 2020 (Wire) - Police said.", date(2020, 3, 3)) == "SSD"
    assert dateline_country("The police said on Monday.", date(2020, 3, 3)) is None



@pytest.mark.slow
def test_bare_body_of_a_report_filed_from_a_third_capital_is_the_leads_country(resolver):
    # filed from Moscow about Dushanbe: the lead names Tajikistan only, so its "the Foreign
    # Ministry" is Tajik; where the lead names the host too, or no country, the dateline's stays
    from eventwire.nlp import parse

    def ministry(lead):
        text = f"MOSCOW, June 27, 1997 (Test Wire) - {lead}\n\nThe Foreign Ministry said the deal would hold."
        found = resolver.resolve_doc(parse(text), date=date(1997, 6, 27))
        return next(a.country for (s, e), a in found.items() if text[s:e] == "Foreign Ministry")

    assert ministry("The president of Tajikistan signed a peace agreement on Friday.") == "TJK"
    assert ministry("Russia's president met the leader of Tajikistan on Friday.") == "RUS"
    assert ministry("Rebels attacked a base on Friday.") == "RUS"


@pytest.mark.slow
def test_nationality_the_tagger_misses_after_a_dateline_is_an_actor(resolver):
    # after the dateline's dash the tagger leaves "Ethiopian" untagged; the phrase "Ethiopian
    # jets" names no actor, so the adjective alone is tried, as a tagged one would be
    from eventwire.nlp import parse

    text = "ASMARA, June 7, 1999 (Test Wire) - Ethiopian jets bombed the Eritrean port of Assab on Monday."
    found = {text[s:e]: a.country for (s, e), a in resolver.resolve_doc(parse(text), date=date(1999, 6, 7)).items()}
    assert found.get("Ethiopian") == "ETH"
    assert found.get("Eritrean") == "ERI"
