"""Held-out resolution cases: written before tuning, only scored. Bar: accuracy >= 0.90."""

import json
from datetime import date
from pathlib import Path

import pytest


def read_cases(name: str) -> list[dict]:
    path = Path(__file__).resolve().parent / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(resolver, cases) -> tuple[float, list[str]]:
    misses = []
    for case in cases:
        when = date.fromisoformat(case["date"]) if case.get("date") else date(2025, 11, 1)
        actor = resolver.resolve_text(case["text"], date=when, context=case.get("context"))
        got = (actor.country, actor.sector) if actor else (None, None)
        if got != (case["country"], case["sector"]):
            misses.append(f"{case['text']} @{case.get('date')}: expected {case['country'], case['sector']}, got {got}")
    return 1 - len(misses) / len(cases), misses


@pytest.mark.slow
@pytest.mark.heldout
def test_heldout_accuracy(resolver):
    cases = read_cases("heldout_cases.jsonl")
    accuracy, misses = score(resolver, cases)
    assert accuracy >= 0.90, "\n".join(misses)
