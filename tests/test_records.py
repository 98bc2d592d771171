from datetime import UTC, date, datetime

from eventwire.records import (
    Actor,
    Article,
    Document,
    Event,
    Location,
    Mention,
    Story,
    content_hash,
    normalise_text,
    stable_id,
)


def test_content_hash_ignores_case_and_whitespace():
    assert content_hash("NATO  accuses\nChina") == content_hash("nato accuses china ")
    assert content_hash("NATO accuses China") != content_hash("NATO accuses Russia")
    assert len(content_hash("x")) == 16


def test_normalise_text_nfkc():
    assert normalise_text("ﬁve\u00a0Days") == "five days"


def test_stable_id_depends_on_every_part():
    assert stable_id("a", 1, None) == stable_id("a", 1, None)
    assert stable_id("a", 1) != stable_id("a", 2)
    assert stable_id("ab", "c") != stable_id("a", "bc")


def test_event_round_trip():
    event = Event(
        source=Actor("NATO", name="NATO", code="IGONAT", sector="IGO"),
        target=Actor("Beijing", name="China", code="CHNGOV", country="CHN", sector="GOV"),
        type="ACCUSE", id="e1", date=date(2024, 7, 10), date_precision="day", context=["military"],
        location=Location("Washington", country="USA", lat=38.9, lon=-77.0, geonames_id=4140963),
        mentions=[Mention("a1", "NATO accused China.", 0, 19, doc_id="d1", outlet="x")],
    )
    data = event.to_dict()
    assert data["date"] == "2024-07-10" and data["source"]["code"] == "IGONAT"
    assert Event.from_dict(data) == event


def test_article_and_story_round_trip():
    published = datetime(2024, 7, 11, 15, 39, tzinfo=UTC)
    article = Article(id="a", doc_id="d", text="t", authors=["A B"], published=published)
    back = Article.from_dict(article.to_dict())
    assert back == article and back.published.tzinfo is not None
    story = Story(id="s", article_ids=["a"], first_seen=published)
    assert Story.from_dict(story.to_dict()) == story


def test_document_round_trip_keeps_bytes():
    doc = Document(raw=b"\xff\x00<html>", doc_id="d", origin="file")
    back = Document.from_dict(doc.to_dict())
    assert back.raw == b"\xff\x00<html>"
    assert Document.from_dict(Document(raw="text", doc_id="d").to_dict()).raw == "text"


def test_from_dict_ignores_unknown_fields():
    assert Actor.from_dict({"text": "x", "future_field": 1}) == Actor("x")
