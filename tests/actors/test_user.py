"""The user dictionary: our JSONL, add/list, and PETRARCH dictionaries loaded on top."""

import json
from datetime import date

import pytest

from eventwire.actors.resolver import ActorResolver
from eventwire.actors.user import add_user_actor, list_user_actors, read_dictionary, user_dictionary_path
from eventwire.errors import EventwireError


def test_jsonl_user_entry_resolves_with_dates_and_beats_builtin(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_text(
        json.dumps({"name": "Jane Roe", "aliases": ["Roe"], "code": "USAGOV", "from": "2025-02-01", "title": "Mayor"}) + "\n"
        + json.dumps({"name": "Kremlin", "id": "seat:kremlin", "code": "RUSMIL"}) + "\n"
        + json.dumps({"name": "drone operator", "kind": "agent", "sector": "MIL"}) + "\n",
        encoding="utf-8",
    )
    resolver = ActorResolver.load(user=path)
    roe = resolver.resolve_text("Mayor Roe", date=date(2025, 6, 1))
    assert (roe.code, roe.kb_id, roe.role) == ("USAGOV", "user:jane-roe", "Mayor")
    assert resolver.resolve_text("the Kremlin").code == "RUSMIL"  # replaced by id
    assert resolver.resolve_text("Russian drone operators").code == "RUSMIL"


def test_add_merges_roles_and_list_reads_back(tmp_path):
    path = tmp_path / "sub" / "actors.jsonl"
    add_user_actor(path, {"name": "Ann Example", "code": "FRAGOV", "from": "2020-01-01", "to": "2023-01-01"})
    add_user_actor(path, {"name": "Ann Example", "code": "IGOUNO", "from": "2023-01-01", "aliases": ["Example"]})
    rows = list_user_actors(path)
    assert len(rows) == 1 and [r["code"] for r in rows[0]["roles"]] == ["FRAGOV", "IGOUNO"]
    resolver = ActorResolver.load(user=path)
    assert resolver.resolve_text("Ann Example", date=date(2021, 1, 1)).code == "FRAGOV"
    assert resolver.resolve_text("Example", date=date(2024, 1, 1)).sector == "IGO"


def test_bad_line_is_a_coded_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"name": "No Code"}\n', encoding="utf-8")
    with pytest.raises(EventwireError, match=r"E021.*bad.jsonl:1"):
        read_dictionary(path)


def test_user_path_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("EVENTWIRE_USER_ACTORS", str(tmp_path / "env.jsonl"))
    assert user_dictionary_path("") == tmp_path / "env.jsonl"
    assert user_dictionary_path(str(tmp_path / "set.jsonl")) == tmp_path / "set.jsonl"


def test_petrarch_formats_as_extra_dictionaries(tmp_path):
    actors = tmp_path / "Test.actors.txt"
    actors.write_text("GONDORIA [GON]\n+GONDORIAN\nTHE_STEWARD\n\t[GONGOV 19950101-19991231]\n\t[GONELI >20000101]\n", encoding="utf-8")
    agents = tmp_path / "Test.agents.txt"
    agents.write_text("RANGER [~MIL]\n", encoding="utf-8")
    resolver = ActorResolver.load([actors, agents], user=None)
    assert resolver.resolve_text("Gondorian rangers").code == "GONMIL"
    assert resolver.resolve_text("the Steward", date=date(1996, 1, 1)).code == "GONGOV"
    assert resolver.resolve_text("the Steward", date=date(2001, 1, 1)).code == "GONELI"


def test_petrarch2_validation_dictionaries_load(petrarch_dir):
    resolver = ActorResolver.load(
        [petrarch_dir / "PETR.Validate.actors.txt", petrarch_dir / "PETR.Validate.agents.txt"], user=None
    )
    assert resolver.resolve_text("Sam Gamgee", date=date(2009, 1, 1)).code == "HOBMIL"
    assert resolver.resolve_text("Sam Gamgee", date=date(2012, 12, 1)).code == "HOBGOV"
    assert resolver.resolve_text("Ithilen military").code == "ITHMIL"
    assert resolver.resolve_text("Arnor").country == "ARN"


@pytest.mark.parametrize("code", ["XX", "US4GOV", "USAGO", "U.S."])
def test_a_code_not_shaped_like_cameo_is_refused(tmp_path, code):
    # A code is three-letter segments (USAGOV, IGONATMIL); "XX" was stored as country "XX".
    with pytest.raises(ValueError, match="code"):
        add_user_actor(tmp_path / "actors.jsonl", {"name": "Ann Example", "code": code})
    assert not (tmp_path / "actors.jsonl").exists()


def test_an_actor_with_a_title_is_a_person(tmp_path):
    path = tmp_path / "actors.jsonl"
    entry = add_user_actor(path, {"name": "Ihor Terekhov", "code": "UKRGOV", "title": "Mayor of Kharkiv"})
    assert entry["kind"] == "person"
    assert add_user_actor(path, {"name": "Kharkiv City Council", "code": "UKRGOV"})["kind"] == "org"


def test_a_dictionary_file_with_no_actors_is_an_error(tmp_path):
    # A text file in neither format loaded as nothing, silently: the user's actors never applied.
    path = tmp_path / "names.txt"
    path.write_text("Jane Roe, mayor\nJohn Doe, governor\n", encoding="utf-8")
    with pytest.raises(EventwireError, match=r"names\.txt"):
        read_dictionary(path)
    empty = tmp_path / "empty.actors.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert read_dictionary(empty) == []


def test_an_entry_with_a_country_beats_a_no_country_one_of_the_same_sector(tmp_path):
    # two dictionaries list one armed group, one as an international militant group (no
    # country), one with its home country: the name means that country's rebels
    path = tmp_path / "actors.jsonl"
    path.write_text(
        json.dumps({"name": "Red Kestrel Brigade", "id": "a:kestrel-img", "code": "IMGMUSKES", "sector": "REB"}) + "\n"
        + json.dumps({"name": "Red Kestrel Brigade", "id": "b:kestrel", "code": "COLREB"}) + "\n"
        + json.dumps({"name": "Blue Heron League", "id": "a:heron-img", "code": "IMGMUSHER", "sector": "REB"}) + "\n"
        + json.dumps({"name": "Blue Heron League", "id": "b:heron", "code": "PERGOV"}) + "\n",
        encoding="utf-8",
    )
    resolver = ActorResolver.load(user=path)
    assert resolver.resolve_text("the Red Kestrel Brigade").country == "COL"
    heron = resolver.resolve_text("the Blue Heron League")  # sectors differ: never guessed
    assert heron is None or heron.country is None
