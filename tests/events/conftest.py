"""Fixtures for the event tests: a parsed sentence with actors from the toy resolver."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "events"


@pytest.fixture(scope="session")
def shared_events() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared/data/events is absent")
    return SHARED


@pytest.fixture(scope="session")
def toy_resolver():
    from toy_resolver import ToyResolver

    return ToyResolver()


@pytest.fixture(scope="session")
def code_text(toy_resolver):
    """Code a text with the real parser and lexicon and the toy resolver; returns events."""
    from eventwire.events.code import code_doc
    from eventwire.nlp import parse
    from eventwire.records import Article, content_hash

    def run(text: str, classifier=None):
        doc = parse(text)
        article = Article(id=content_hash(text), doc_id="t", text=text, outlet="Test Wire")
        return code_doc(doc, toy_resolver.resolve_doc(doc), article, classifier=classifier)

    return run


@pytest.fixture(scope="session")
def real_coder():
    """Code a text with the real actor resolver (its agent nouns: journalists, gunmen...):
    ``run(text, date=None, **code_doc_options)``; returns events."""
    from eventwire.actors import get_resolver
    from eventwire.events.code import code_doc
    from eventwire.nlp import parse
    from eventwire.records import Article, content_hash

    resolver = get_resolver()

    def run(text: str, date=None, **options):
        doc = parse(text)
        article = Article(id=content_hash(text), doc_id="t", text=text)
        return code_doc(doc, resolver.resolve_doc(doc, date=date), article, **options)

    return run


@pytest.fixture(scope="session")
def code_real(real_coder):
    """Code a text with the real resolver and the lexicon alone (no classifier), as published on
    1 May 2025 (a module may define its own ``code_real`` with another date)."""
    return lambda text: real_coder(text, date=datetime.date(2025, 5, 1), classifier=None)


def countries_coder(when: datetime.date):
    """A module fixture ``code(text)``: the ``countries`` of a text coded with the real resolver
    and the lexicon alone, as published on ``when`` (``code = countries_coder(WHEN)``)."""

    @pytest.fixture(scope="module")
    def code(real_coder):
        return lambda text: countries(real_coder(text, date=when, classifier=None))

    return code


def triples(events) -> set[tuple]:
    return {
        (e.type, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in events
        if not e.negated
    }


def countries(events) -> set[tuple]:
    """(type, source country, target country) of the events that are not negated."""
    return {(e.type, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if not e.negated}  # fmt: skip
