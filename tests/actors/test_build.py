"""The build script against the shared dictionaries: deterministic, sorted, and what is shipped."""

import json

import pytest

from eventwire.actors.build import build, short_igo_code
from eventwire.actors.resolver import builtin_folder


def test_short_igo_codes():
    assert short_igo_code("IGOWSTNAT") == "IGONAT"
    assert short_igo_code("IGOUNOHLHWHO") == "IGOWHO"
    assert short_igo_code("IGOUNO") == "IGOUNO"
    assert short_igo_code("IGOUNOMIL") == "IGOUNOMIL"


@pytest.mark.shared
def test_build_matches_the_shipped_files(shared_dir, tmp_path):
    dictionaries = shared_dir / "data" / "events" / "dictionaries"
    if not dictionaries.is_dir():
        pytest.skip("dictionaries not present")
    counts = build(dictionaries, tmp_path)
    assert counts["countries"] >= 249 and counts["persons"] > 10000
    for name in ("countries.jsonl", "organizations.jsonl", "persons.jsonl", "agents.jsonl", "index.tsv"):
        built = (tmp_path / name).read_text(encoding="utf-8")
        assert built == (builtin_folder() / name).read_text(encoding="utf-8"), f"{name} is stale: rebuild"
    ids = [json.loads(line)["id"] for line in (tmp_path / "persons.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == sorted(ids)
