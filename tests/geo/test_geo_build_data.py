"""The shipped gazetteer file matches what build_data makes from the installed packages."""

from __future__ import annotations

import gzip

import pytest

from eventwire.geo.build_data import OUT, build_rows, is_latin, usable_alternate


def test_is_latin() -> None:
    assert is_latin("Kyiv") and is_latin("Kýiv") and is_latin("Port-au-Prince")
    assert not is_latin("Київ") and not is_latin("北京")


@pytest.mark.parametrize(
    ("name", "usable"),
    [("Kiev", True), ("WAS", False), ("aisakaladesa", False), ("Київ", False), ("Kyiv", False), ("A1", False)],
)
def test_usable_alternate(name: str, usable: bool) -> None:
    assert usable_alternate(name, "Kyiv") is usable


@pytest.mark.slow
def test_shipped_file_is_current() -> None:
    with gzip.open(OUT, "rt", encoding="utf-8") as handle:
        shipped = handle.read().splitlines()
    assert shipped == build_rows(), "run: python -m eventwire.geo.build_data"
