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


def test_the_stage_parses_a_batch_as_it_would_one_by_one():
    from eventwire.nlp import nlp_stage
    from eventwire.records import Article, Document
    from eventwire.settings import Settings
    from eventwire.stages import ArticleWork

    texts = ["Russia attacked Ukraine on Tuesday.", "China denied it.\n\nNATO urged calm."]
    works = [ArticleWork(document=Document(raw=b"", doc_id=str(i))) for i in range(2)]
    for work, text in zip(works, texts, strict=True):
        work.article = Article(id=text, doc_id="x", text=text)
    nlp_stage(works, Settings())
    assert [w.parsed.to_bytes() for w in works] == [parse(t).to_bytes() for t in texts]
