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


def test_a_text_longer_than_the_parser_takes_is_one_clear_error():
    # spaCy refuses texts over nlp.max_length with a paragraph about memory (it reached the user
    # as '[E018] ...: processing failed (nlp: [E088] Text of length ...'); the article is named
    # with its length and what to do, and the rest of the batch is parsed.
    from eventwire.nlp import nlp_stage
    from eventwire.records import Article, Document
    from eventwire.settings import Settings
    from eventwire.stages import ArticleWork

    limit = load_nlp().max_length
    texts = ["Russia attacked Ukraine on Tuesday.", "The council met. " * (limit // 17 + 1)]
    works = [ArticleWork(document=Document(raw=b"", doc_id=str(i), input=f"corpus.jsonl:{i + 1}")) for i in range(2)]
    for work, text in zip(works, texts, strict=True):
        work.article = Article(id=str(len(text)), doc_id="x", text=text)
    nlp_stage(works, Settings())
    assert works[0].parsed is not None and works[0].error is None
    assert works[1].parsed is None
    assert works[1].error == (
        f"[E025] corpus.jsonl:2: article text has {len(texts[1]):,} characters, more than the parser's "
        f"{limit:,}; split it into articles (one JSONL line or file each)"
    )
