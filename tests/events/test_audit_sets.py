"""The argument audit sets (tests/fixtures/news_events3 ... news_events14, scored by
bench/events_audit.py) are well formed: every expected line names an article of its set (a .txt
file, or a record id of its .jsonl input), PLOVER types, a source and a target in the scorer's
forms, and a need of 'must' or 'may'."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SETS = sorted(p for p in FIXTURES.glob("news_events*") if (p / "expected.tsv").is_file())
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
PARTY = re.compile(r"^(-|[A-Z]{3}|IGO:[A-Za-z]+|NGO[A-Z]{3})$")


def test_the_blind_sets_are_all_found():
    assert {f"news_events{n}" for n in range(8, 15)} <= {p.name for p in SETS}


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_expected_lines_are_well_formed(folder):
    articles = {p.stem for p in folder.glob("*.txt")}
    for jsonl in folder.glob("*.jsonl"):
        articles |= {json.loads(line)["id"] for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()}
    musts = 0
    for n, line in enumerate((folder / "expected.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        assert len(fields) == 6, (n, line)
        doc, types, src, tgt, need, words = fields
        assert doc in articles, (n, doc)
        assert set(types.split("|")) <= PLOVER, (n, types)
        assert PARTY.match(src) and PARTY.match(tgt), (n, src, tgt)
        assert need in {"must", "may"} and words.strip(), n
        musts += need == "must"
    assert musts
