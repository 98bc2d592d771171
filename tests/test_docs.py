"""Docs tested against code: every command and setting is documented (datasette's test_docs)."""

from dataclasses import fields
from importlib import resources
from pathlib import Path

import click

from eventwire.cli import main
from eventwire.settings import Settings

REPO = Path(__file__).resolve().parent.parent


def _command_paths(group: click.Group, prefix: str = "eventwire") -> list[str]:
    paths = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        paths.append(path)
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, path))
    return paths


def test_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text()
    missing = [p for p in _command_paths(main) if f"`{p}" not in readme and f"{p} " not in readme]
    assert not missing, f"undocumented commands: {missing}"


def test_every_command_has_help():
    for path in _command_paths(main):
        command = main
        for part in path.split()[1:]:
            command = command.commands[part]
        assert command.help, f"{path} has no help text"


def test_every_setting_has_a_commented_default():
    text = resources.files("eventwire").joinpath("data/settings.toml").read_text()
    lines = {line.split("=")[0].strip(): line for line in text.splitlines() if "=" in line}
    for f in fields(Settings):
        assert f.name in lines, f"setting {f.name} missing from settings.toml"


def test_readme_gives_the_two_setup_commands():
    readme = (REPO / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme
