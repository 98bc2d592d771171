"""Datelines: one reader for HTML and plain-text articles."""

from __future__ import annotations

from datetime import datetime

import pytest

from eventwire.extract.dateline import dateline_agency, dateline_date, find_dateline, without_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("WASHINGTON (Reuters) — NATO leaders said", "Washington"),
        ("KYIV, July 9 — Russia fired", "Kyiv"),
        ("KYIV, Ukraine — Russian drones", "Kyiv, Ukraine"),
        ("ADDIS ABABA, April 14 (AP) - The talks", "Addis Ababa"),
        ("MOSCOW, 9 July (Reuters) - The ministry", "Moscow"),
        ("BEIJING, July 11, 2024 — China said", "Beijing"),
        ("BEIJING: China said", "Beijing"),
        ("NEW YORK, N.Y. (AP) -- Police said", "New York, N.Y."),
        ("RIO DE JANEIRO (Reuters) - Police said", "Rio de Janeiro"),
        ("SAN JOSÉ, Costa Rica — The court ruled", "San José, Costa Rica"),
        # ordinary case needs a date or an agency to be told from an opening clause
        ("Gaza City, Jan. 4 (AP) — Strikes hit", "Gaza City"),
        ("Gaza City, Jan. 4 — Strikes hit", "Gaza City"),
        ("Nairobi, Kenya (AFP) — Police", "Nairobi, Kenya"),
        ("Port-au-Prince, Haiti (AP) — Gangs", "Port-au-Prince, Haiti"),
        ("Washington — The president said", None),
        ("The president said — and then left", None),
        ("The US — and Britain — said", None),
        ("In Washington, officials met", None),
        ("The talks in GENEVA — a city", None),
        ("US officials said", None),
        # labels, days and organisations in capitals are no places
        ("UPDATE: the minister resigned", None),
        ("WARNING: graphic images", None),
        ("BREAKING NEWS — The minister resigned", None),
        ("Monday, July 4 — The talks", None),
        ("NATO — the alliance said on Monday", None),
        ("Leaders met.\nNATO — the alliance said on Monday", None),
        # a kicker and a standfirst may come first; a later line is the story itself
        ("The truce opens two corridors into Darfur.\nADDIS ABABA — Sudan's army signed", "Addis Ababa"),
        ("Sudan\nThe truce opens two corridors.\nADDIS ABABA — Sudan's army signed", "Addis Ababa"),
        ("One.\nTwo.\nThree.\nLONDON — a dateline this late is a quote or a list", None),
    ],
)
def test_find_dateline(text: str, place: str | None) -> None:
    assert find_dateline(text) == place


def test_html_and_text_articles_store_the_same_dateline() -> None:
    from eventwire.extract.html import extract_html
    from eventwire.extract.text import extract_text
    from eventwire.records import Document

    lead = "KYIV, Ukraine (AP) — Russian drones struck power plants overnight, officials said on Monday."
    rest = ("Engineers worked through the night to restore electricity to the eastern districts of the city, "
            "where hospitals ran on generators and schools stayed closed. ") * 3
    page = (f"<html><head><title>Drones hit power plants</title></head><body><article><h1>Drones hit power "
            f"plants</h1><p>{lead}</p><p>{rest}</p><p>{rest}</p></article></body></html>")
    from_html = extract_html(page, Document(raw=page, doc_id="a"))
    from_text = extract_text(f"Drones hit power plants\n\n{lead}\n\n{rest}", Document(raw="", doc_id="b"))
    assert from_html.dateline == from_text.dateline == "Kyiv, Ukraine"


def test_without_dateline_cuts_the_dateline_where_it_opens_its_line():
    text = "Bomb kills 23 in Peshawar\n\nPESHAWAR, Pakistan, March 3, 2025 (Wire) - A bomb killed 23 people.\nMore."
    assert without_dateline(text) == "Bomb kills 23 in Peshawar\n\nA bomb killed 23 people.\nMore."
    assert without_dateline("Talks resumed on March 3, 2025.") == "Talks resumed on March 3, 2025."


def test_a_dateline_with_its_year_dates_the_story():
    assert dateline_date("TBILISI, May 2, 2025 (Wire) - Riot police used water cannon.") == datetime(2025, 5, 2)
    assert dateline_date("Talks resume\n\nNAIROBI, Kenya, 3 March 2024 — The talks") == datetime(2024, 3, 3)


def test_a_dateline_without_a_year_or_a_date_dates_nothing():
    assert dateline_date("GAZA CITY, Jan. 4 (AP) — Strikes hit the city.") is None
    assert dateline_date("LONDON — The minister resigned.") is None
    assert dateline_date("The president said — and then left.") is None


def test_a_datelines_agency_is_read_from_its_brackets():
    assert dateline_agency("Talks resume\n\nGENEVA (Relief Monitor) — Donors pledged $1 billion.") == "Relief Monitor"
    assert dateline_agency("BERLIN, May 3 (dpa) - The chancellor spoke.") == "dpa"
    assert dateline_agency("LONDON (Updated) — The minister resigned.") is None
    assert dateline_agency("LONDON — The minister resigned.") is None
    assert dateline_agency("The talks (in Geneva) — went on.") is None


def test_a_plain_text_without_an_outlet_is_credited_to_its_datelines_agency():
    from eventwire.extract.text import extract_text
    from eventwire.records import Document

    body = ("KYIV, Ukraine (Steppe Wire) — Russian drones struck power plants overnight, officials said.\n\n"
            + "Engineers worked through the night to restore power to the eastern districts of the city. " * 3)
    assert extract_text(f"Drones hit power plants\n\n{body}", Document(raw="", doc_id="b")).outlet == "Steppe Wire"
    # what the input states wins: a record's outlet, or the host of its address
    given = Document(raw="", doc_id="c", outlet="Kyiv Ledger")
    assert extract_text(f"Drones hit power plants\n\n{body}", given).outlet == "Kyiv Ledger"
    hosted = Document(raw="", doc_id="d", url="https://news.example.org/a")
    assert extract_text(f"Drones hit power plants\n\n{body}", hosted).outlet != "Steppe Wire"


def test_a_saved_page_naming_no_site_is_credited_to_its_datelines_agency():
    from eventwire.extract.html import extract_html
    from eventwire.records import Document

    lead = "KYIV, Ukraine (Steppe Wire) — Russian drones struck power plants overnight, officials said on Monday."
    rest = ("Engineers worked through the night to restore electricity to the eastern districts of the city, "
            "where hospitals ran on generators and schools stayed closed. ") * 3
    page = (f"<html><head><title>Drones hit power plants</title></head><body><article><h1>Drones hit power "
            f"plants</h1><p>{lead}</p><p>{rest}</p><p>{rest}</p></article></body></html>")
    assert extract_html(page, Document(raw=page, doc_id="a")).outlet == "Steppe Wire"
    named = page.replace("<title>", '<meta property="og:site_name" content="Kyiv Ledger"><title>')
    assert extract_html(named, Document(raw=named, doc_id="b")).outlet == "Kyiv Ledger"
