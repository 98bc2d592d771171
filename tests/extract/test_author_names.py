"""Cleaning raw author strings into person names (``extract.author_names``), on texts written for these tests."""

from __future__ import annotations

import pytest

from eventwire.extract.author_names import clean_authors, is_job_title


@pytest.mark.parametrize("agency", ["PTI", "Reuters", "AFP", "IANS", "The Associated Press"])
def test_a_news_agency_in_author_metadata_is_no_user_name(agency: str) -> None:
    # metadata keeps one-word user names ("jdoe"); an agency's name is none
    assert clean_authors([agency], handles=True) == []


def test_user_names_in_author_metadata_are_still_kept() -> None:
    assert clean_authors(["nqvist"], handles=True) == ["nqvist"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a byline written in title case: its "And" joins two writers, its "For" names the outlet
        (["By Nora Quist And Tomas Berger For The Valley Ledger"], ["Nora Quist", "Tomas Berger"]),
        (["Nora Quist For The Valley Ledger On Sunday"], ["Nora Quist"]),
        (["NORA QUIST AND TOMAS BERGER"], ["Nora Quist", "Tomas Berger"]),
        # a name that merely holds the letters is still one name
        (["Andrea Sandoval"], ["Andrea Sandoval"]),
    ],
)
def test_title_case_bylines(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # in a byline all in capitals a short surname is no credential
        (["KENNETH A. QUIST"], ["Kenneth A. Quist"]),
        (["NORA A. DOE"], ["Nora A. Doe"]),
        # after a name in mixed case, capitals still are one
        (["Jeffrey A. Slotnick CPP"], ["Jeffrey A. Slotnick"]),
    ],
)
def test_names_written_in_capitals(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(("text", "expected"), [("Staff Writer", True), ("Senior Editor", True), ("3v Robotics", False), ("Nora Quist", False)])
def test_a_job_title_on_its_own(text: str, expected: bool) -> None:
    assert is_job_title(text) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an institution's own "and" splits it into scraps that read as names
        (["By VALLEY CUSTOMS AND BORDER PROTECTION"], []),
        (["Office of Planning and Public Affairs"], []),
        (["Nora Quist, Department of Parks and Recreation"], ["Nora Quist"]),
        # people joined by "and" are still two
        (["Nora Quist and Tomas Berger"], ["Nora Quist", "Tomas Berger"]),
        (["Maria & Katerina"], ["Maria", "Katerina"]),
    ],
)
def test_an_institution_named_with_an_and_gives_no_names(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize("outlet", ["Valley News", "VALLEY NEWS", "7 News Harbour"])
def test_a_news_outlet_credited_as_author_is_no_person(outlet: str) -> None:
    assert clean_authors([outlet]) == []
    assert clean_authors([f"Nora Quist, {outlet}"]) == ["Nora Quist"]


@pytest.mark.parametrize(
    "raw",
    [
        "Kilbride Court Reporter",  # a place's court desk: the place and the beat, no name
        "Harbourside Crime Correspondent",
        "VL Correspondent",  # the outlet's initials and the role
        "Our Correspondent",
    ],
)
@pytest.mark.parametrize("handles", [False, True])
def test_a_desk_byline_names_no_person(raw: str, handles: bool) -> None:
    # what is left once the role is cut is the desk's place, beat or outlet, not a writer's name
    assert clean_authors([raw], handles=handles) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Margaret Court, Reporter"], ["Margaret Court"]),  # a given name opens it: a person whose surname is a beat
        (["Nora Quist Crime Correspondent"], ["Nora Quist"]),
        (["Nora Quist, VL Correspondent"], ["Nora Quist"]),
        # a given name the lists lack: two words before the beat are a name, not a place
        (["Tshepo Mokoena Crime Correspondent"], ["Tshepo Mokoena"]),
    ],
)
def test_a_writer_with_a_desk_role_keeps_the_name(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected


@pytest.mark.parametrize(
    "raw", ["Valley Media Enterprise Division", "Harbour County Health Department", "Riverside Press Office"]
)
def test_a_body_named_by_its_head_noun_is_no_person(raw: str) -> None:
    # an institution's or a company unit's name ends in what kind of body it is
    assert clean_authors([raw]) == []
    assert clean_authors([f"By {raw}"], handles=True) == []


def test_a_sponsored_note_edited_by_a_division_names_no_author() -> None:
    from lxml import html as lxml_html

    from eventwire.extract.authors import find_authors

    page = """<html><body><h1>Masks stolen</h1><p>Text of the article.</p><aside><h2>Supplements</h2>
    <p>Sponsored contents planned and edited by Valley Media Enterprise Division.</p></aside></body></html>"""
    assert find_authors(lxml_html.fromstring(page), {}, []) == []


def test_a_trade_ending_in_ist_after_the_name_is_a_role_not_a_co_author() -> None:
    assert clean_authors(["Nora Quist", "Master Horticulturalist"]) == ["Nora Quist"]
    assert clean_authors(["Omar Velez, Registered Nutritionist & Garden Educator"]) == ["Omar Velez"]
    assert clean_authors(["Nora Quist", "Elif Lindqvist"]) == ["Nora Quist", "Elif Lindqvist"]  # a surname in -ist


def test_a_body_s_initials_as_the_author_are_no_person() -> None:
    assert clean_authors(["HDA"]) == []
    assert clean_authors(["SPÖ"]) == []  # capitals beyond A-Z too
    assert clean_authors(["HDA"], handles=True) == []  # nor a user name
    assert clean_authors(["NORA QUIST"]) == ["Nora Quist"]  # a name written in capitals still is one
    assert clean_authors(["jdoe"], handles=True) == ["jdoe"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (["Autor/in: Nora Quist"], ["Nora Quist"]),
        (["Autor; In Nora Quist"], ["Nora Quist"]),  # trafilatura's reading of the slash
        (["Por Elena Ruiz", "Omar Velez"], ["Elena Ruiz", "Omar Velez"]),
        (["Par Jean Dumas"], ["Jean Dumas"]),
        (["Parker Lane"], ["Parker Lane"]),  # a name that opens with the letters of a label
        (["Von Nora Quist"], ["Nora Quist"]),
        (["Artikel von Nora Quist"], ["Nora Quist"]),
        (["Von Trapp"], ["Von Trapp"]),  # a surname with its particle
        (["Eingestellt von"], []),  # the label with no name
        (["Redaktion"], []),  # the editorial desk
        (["Von Redaktion"], []),  # the desk after the label
    ],
)
def test_foreign_byline_labels_are_no_part_of_the_name(raw: list[str], expected: list[str]) -> None:
    assert clean_authors(raw) == expected
