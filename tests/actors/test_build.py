"""The build script against the shared dictionaries: deterministic, sorted, and what is shipped."""

import gzip
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
    for name in ("countries.jsonl", "organizations.jsonl", "persons.jsonl.gz", "agents.jsonl", "index.tsv"):
        # byte for byte, the gzipped persons file too: its header holds no name or time
        built = (tmp_path / name).read_bytes()
        assert built == (builtin_folder() / name).read_bytes(), f"{name} is stale: rebuild"
    persons = gzip.decompress((tmp_path / "persons.jsonl.gz").read_bytes()).decode("utf-8")
    ids = [json.loads(line)["id"] for line in persons.splitlines()]
    assert ids == sorted(ids)


def test_cow_country_codes_become_iso_but_cameo_regions_stay(tmp_path):
    from eventwire.actors.build import PHOENIX_NON_ISO, _iso_role, read_cow_codes
    from eventwire.actors.kb import Role

    (tmp_path / "NGEC_cow2iso.txt").write_text(
        "cow_id,cow3,iso_id,iso2,iso3\n540,ANG,24,AO,AGO\n560,SAF,710,ZA,ZAF\n2,USA,840,US,USA\n", encoding="utf-8"
    )
    cow = read_cow_codes(tmp_path, {"AGO", "USA", "ZAF"})
    assert cow == {"ANG": "AGO", **PHOENIX_NON_ISO}  # SAF is CAMEO's southern Africa; USA is already ISO
    role = _iso_role(Role("ANGREB", "ANG", "REB"), cow)
    assert (role.code, role.country, role.sector) == ("AGOREB", "AGO", "REB")
    assert _iso_role(Role("SAFREB", "SAF", "REB"), cow).country == "SAF"
