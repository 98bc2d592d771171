"""`eventwire actors resolve|add|list` through click's CliRunner."""

import json

from click.testing import CliRunner

from eventwire.cli import main


def test_resolve_prints_the_actor_json(tmp_path):
    result = CliRunner().invoke(
        main, ["actors", "resolve", "Mark Rutte", "--date", "2020-05-01", "--user", str(tmp_path / "none.jsonl")]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"text", "name", "code", "country", "sector", "kb_id", "role", "valid_from", "valid_to"}
    assert (data["code"], data["country"], data["sector"]) == ("NLDGOV", "NLD", "GOV")


def test_resolve_unknown_prints_empty_fields(tmp_path):
    result = CliRunner().invoke(main, ["actors", "resolve", "a bowl of soup", "--user", str(tmp_path / "n.jsonl")])
    assert result.exit_code == 0
    assert json.loads(result.output)["code"] is None


def test_bad_date_is_one_clear_line():
    result = CliRunner().invoke(main, ["actors", "resolve", "NATO", "--date", "July"])
    assert result.exit_code != 0 and "--date" in result.output


def test_add_then_list_then_resolve(tmp_path):
    user = str(tmp_path / "actors.jsonl")
    runner = CliRunner()
    added = runner.invoke(main, ["actors", "add", "Jane Roe", "--code", "usagov", "--alias", "Roe", "--from", "2025-02-01",
                                 "--title", "Mayor", "--user", user])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(main, ["actors", "list", "--user", user])
    assert json.loads(listed.output.splitlines()[0])["name"] == "Jane Roe"
    resolved = runner.invoke(main, ["actors", "resolve", "Roe", "--date", "2025-03-01", "--user", user])
    assert json.loads(resolved.output)["code"] == "USAGOV"


def test_list_builtin_needs_a_query():
    result = CliRunner().invoke(main, ["actors", "list", "--builtin"])
    assert result.exit_code != 0
