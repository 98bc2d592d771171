"""Resolution over spaCy parses: spans and whole articles (loads the model: slow)."""

from datetime import UTC, date

import pytest

ARTICLE = (
    "WASHINGTON — NATO leaders on Wednesday accused China of enabling Russia's war against Ukraine. "
    "Secretary General Jens Stoltenberg said the alliance would stand by Kyiv. "
    "Stoltenberg told reporters that Beijing must stop its support. "
    "The Chinese embassy in Washington rejected the accusation, and a spokesman for China's foreign "
    "ministry said the ministry would respond. Beijing denied the claims. "
    "Russian troops shelled Kharkiv while protesters gathered in Moscow."
)


@pytest.fixture(scope="module")
def doc():
    from eventwire.nlp import parse

    return parse(ARTICLE)


def _by_text(found):
    return {ARTICLE[s:e]: a for (s, e), a in found.items()}


@pytest.mark.slow
def test_resolve_doc_mentions_coref_and_capitals(resolver, doc):
    found = _by_text(resolver.resolve_doc(doc, date=date(2024, 7, 10)))
    assert found["NATO leaders"].code == "IGONAT"
    assert found["Secretary General Jens Stoltenberg"].kb_id == "person:jens-stoltenberg"
    assert found["alliance"].code == "IGONAT"  # "the alliance" -> NATO
    assert found["Stoltenberg"].kb_id == "person:jens-stoltenberg"
    assert found["Chinese embassy"].code == "CHNGOV"
    assert found["ministry"].code == "CHNGOV"  # "the ministry" -> China's foreign ministry
    assert found["Russian troops"].code == "RUSMIL"
    assert found["Beijing"].code == "CHNGOV"  # subject: acts
    assert "Moscow" not in found and "Washington" not in found and "Kyiv" not in found  # places
    for (start, end), actor in resolver.resolve_doc(doc, date=date(2024, 7, 10)).items():
        assert ARTICLE[start:end] == actor.text


@pytest.mark.slow
def test_resolve_span_ignores_locative_and_uses_of(resolver, doc):
    embassy = next(c for c in doc.noun_chunks if c.text == "The Chinese embassy")
    span = doc[embassy.start : embassy.end + 2]  # "The Chinese embassy in Washington"
    assert span.text.endswith("in Washington")
    assert resolver.resolve_span(span).code == "CHNGOV"


@pytest.mark.slow
def test_stage_sets_work_actors(resolver, doc):
    from datetime import datetime

    from eventwire.records import Article, Document
    from eventwire.settings import load_settings
    from eventwire.stages import REGISTRY, ArticleWork

    stage = REGISTRY["actors"]
    assert (stage.reads, stage.writes, stage.kind) == (("parsed",), ("actors",), "article")
    work = ArticleWork(document=Document(raw="", doc_id="t"))
    work.article = Article(id="a", doc_id="t", text=ARTICLE, published=datetime(2024, 7, 10, tzinfo=UTC))
    work.parsed = doc
    stage.func(work, load_settings(user_actors="/nonexistent/actors.jsonl"))
    assert any(a.code == "RUSMIL" for a in work.actors.values())


@pytest.mark.slow
def test_a_country_after_at_is_a_target_a_city_a_place(resolver):
    from eventwire.nlp import parse

    text = "The summit ended with a rebuke aimed at China, while delegates met at Vienna."
    found = {text[s:e]: a for (s, e), a in resolver.resolve_doc(parse(text), date=date(2024, 7, 10)).items()}
    assert found["China"].country == "CHN"  # one is never "at" a country: a target
    assert "Vienna" not in found


@pytest.mark.slow
def test_agent_noun_compound_names_its_agent_but_an_adjective_does_not(resolver):
    from eventwire.nlp import parse

    text = ("The opposition condemned the police response. Critics denounced the military occupation. "
            "The group's deputy director spoke.")
    doc = parse(text)
    found = {text[s:e]: a for (s, e), a in resolver.resolve_doc(doc).items()}
    assert found["police response"].code == "COP"
    assert not any("occupation" in k or "director" in k for k in found)  # "deputy": a rank here


@pytest.mark.slow
def test_a_capital_coordinated_with_a_subject_and_one_called_on_stand_for_governments():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    doc = parse("Canberra and Jakarta signed a defence agreement. The State Department called on Pyongyang to "
                "abandon its nuclear programme. Tourists flew to Jakarta.")
    found = {doc.text[s:e]: a.code for (s, e), a in get_resolver().resolve_doc(doc).items() if a}
    assert found.get("Jakarta") == "IDNGOV" and found.get("Pyongyang") == "PRKGOV"
    # the destination of a journey stays a place
    assert sum(1 for (s, e), a in get_resolver().resolve_doc(doc).items() if a and doc.text[s:e] == "Jakarta") == 1


@pytest.mark.slow
def test_a_person_named_with_a_country_is_recalled_by_surname_and_as_owner():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    doc = parse("Libyan commander Khalifa Haftar controls eastern Libya. Haftar's administration ordered the "
                "ministers to leave. Haftar also expelled two Italian diplomats.")
    found = {(doc.text[s:e], s): a.code for (s, e), a in get_resolver().resolve_doc(doc).items() if a}
    codes = {text: code for (text, _), code in found.items()}
    assert codes.get("Haftar's administration") == "LBYGOV"
    assert codes.get("Haftar") == "LBYMIL"


@pytest.mark.slow
def test_a_plural_agent_does_not_repeat_a_singular_one():
    from eventwire.actors import get_resolver
    from eventwire.nlp import parse

    doc = parse("Sikorski said the Russian state is waging a campaign of sabotage. The Baltic states voiced "
                "support for Warsaw.")
    found = {doc.text[s:e]: a for (s, e), a in get_resolver().resolve_doc(doc).items() if a}
    assert found["Baltic states"].country is None
