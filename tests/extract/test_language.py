"""The language stage (py3langid, offline)."""

from __future__ import annotations

import pytest

from eventwire.extract.language import detect_language, language_stage, load_identifier
from eventwire.records import Article, Document
from eventwire.settings import load_settings
from eventwire.stages import REGISTRY, ArticleWork


@pytest.mark.parametrize(
    "text,code",
    [
        ("Protesters clashed with police in Nairobi on Tuesday, witnesses said.", "en"),
        ("Les manifestants se sont heurtés à la police mardi à Dakar, selon des témoins.", "fr"),
        ("Die Außenminister der Europäischen Union haben am Montag neue Sanktionen beschlossen.", "de"),
        ("El ministro dijo que las conversaciones continuarán en Ginebra la próxima semana.", "es"),
        ("Министр иностранных дел России заявил, что переговоры продолжатся.", "ru"),
        ("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف", "ar"),
        ("北约对中国与俄罗斯日益密切的关系表示严重关切。", "zh"),
        ("首脳会議はワシントンで開かれた。", "ja"),
        ("Waziri wa mambo ya nje alisema mazungumzo yataendelea wiki ijayo.", "sw"),
    ],
)
def test_detects_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", [None, "", "28.4 C", "Hello", "12 345 678", "NATO"])
def test_short_or_empty_is_none(text: str | None) -> None:
    assert detect_language(text) is None


def test_identifier_loaded_once() -> None:
    assert load_identifier() is load_identifier()


def test_stage_sets_language() -> None:
    text = "Sudan's army and the Rapid Support Forces signed a 30-day ceasefire in Addis Ababa on Monday."
    work = ArticleWork(document=Document(raw=text, doc_id="d"))
    work.article = Article(id="a", doc_id="d", text=text)
    language_stage(work, load_settings())
    assert work.article.language == "en"


def test_stage_without_article_does_nothing() -> None:
    work = ArticleWork(document=Document(raw="", doc_id="d"))
    language_stage(work, load_settings())
    assert work.article is None


def test_stage_registered() -> None:
    found = REGISTRY["language"]
    assert (found.reads, found.writes, found.kind) == (("article",), ("article",), "article")
