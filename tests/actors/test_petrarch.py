"""The PETRARCH dictionary readers, on small dictionaries written for these tests."""

from datetime import date

from eventwire.actors.petrarch import display_name, parse_actors, parse_agents

ACTORS = """\
<!-- a test dictionary -->
# comment line
FREEDONIA_ [FRD]
+FREEDONIAN

RUFUS_T._FIREFLY_  # a leader
+FIREFLY_
\t[FRDELI 310101-330101]
\t[FRDGOV 330101-331231]
\t[FRDREB >340101]
SYLVANIA_MILITARY [SYLMIL] # inline code
OLD_NAME_ONE
OLD_NAME_TWO
\t[SYL <200101]
NOBODY [---]
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
TROOPER {} [~MIL]
CONGRESS!PERSON! [~LEG]
AID_AGENCY {AID_AGENCIES} [NGO~]
"""


def test_actor_blocks_names_codes_and_dates():
    entries = {e.name: e for e in parse_actors(ACTORS, source="t")}
    assert set(entries) == {"Freedonia", "Rufus T. Firefly", "Sylvania Military", "Old Name One"}
    firefly = entries["Rufus T. Firefly"]
    assert firefly.kind == "person" and firefly.aliases == ["Firefly"]
    assert [(r.code, r.start, r.end) for r in firefly.roles] == [
        ("FRDELI", date(1931, 1, 1), date(1933, 1, 1)),
        ("FRDGOV", date(1933, 1, 1), date(1933, 12, 31)),
        ("FRDREB", date(1934, 1, 1), None),
    ]
    assert entries["Freedonia"].aliases == ["Freedonian"]
    # names without codes take the codes that follow them
    assert entries["Old Name One"].aliases == ["Old Name Two"]
    assert entries["Old Name One"].roles[0].end == date(2020, 1, 1)
    assert entries["Sylvania Military"].roles[0].sector == "MIL"


def test_checked_marks_open_roles():
    entries = {e.name: e for e in parse_actors(ACTORS, source="t", checked=date(2014, 1, 30))}
    assert entries["Rufus T. Firefly"].roles[-1].checked == date(2014, 1, 30)
    assert entries["Rufus T. Firefly"].roles[0].checked is None


def test_agents_with_sets_plurals_and_prefix_codes():
    agents = {a.name: a for a in parse_agents(AGENTS, source="t")}
    assert agents["trooper"].sector == "MIL"
    assert agents["congressman"].aliases == ["congresswoman"]
    assert agents["aid agency"].sector == "NGO" and agents["aid agency"].aliases == ["aid agencies"]


def test_display_name():
    assert display_name("VLADIMIR_PUTIN_") == "Vladimir Putin"
    assert display_name("AL-QAEDA") == "Al-Qaeda"
    assert display_name("U.N.") == "U.N."
