import pytest

from eventwire.nlp import load_nlp, parse, parse_many

pytestmark = pytest.mark.slow


def test_model_loads_once():
    assert load_nlp() is load_nlp()
    assert "newline_sentences" in load_nlp().pipe_names


def test_line_break_ends_a_sentence():
    doc = parse("NATO expresses concern over China\n\nNATO leaders urged China to cease support.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["NATO expresses concern over China", "NATO leaders urged China to cease support."]


def test_parse_many_keeps_order():
    docs = parse_many(["Russia attacked Ukraine.", "China denied it."])
    assert [d.text for d in docs] == ["Russia attacked Ukraine.", "China denied it."]
    assert any(t.dep_ == "nsubj" for t in docs[0])
