"""The where_when stage: dates and places filled into events from their sentences."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.geo.where_when import sentence_span, where_when_stage
from eventwire.records import Actor, Article, Document, Event, Location, Mention
from eventwire.stages import REGISTRY, ArticleWork

VOCAB = spacy.blank("en").vocab
PUB = datetime(2024, 7, 11, 15, 39, tzinfo=UTC)

# Two sentences: "Beijing denied the claims on Tuesday ." "Leaders met in Washington last week ."
ROWS = [
    ("Beijing", 1, "nsubj", "PROPN", "B-GPE"), ("denied", 1, "ROOT", "VERB", "O"),
    ("the", 3, "det", "DET", "O"), ("claims", 1, "dobj", "NOUN", "O"), ("on", 1, "prep", "ADP", "O"),
    ("Tuesday", 4, "pobj", "PROPN", "B-DATE"), (".", 1, "punct", "PUNCT", "O"),
    ("Leaders", 8, "nsubj", "NOUN", "O"), ("met", 8, "ROOT", "VERB", "O"), ("in", 8, "prep", "ADP", "O"),
    ("Washington", 9, "pobj", "PROPN", "B-GPE"), ("last", 12, "amod", "ADJ", "B-DATE"),
    ("week", 8, "npadvmod", "NOUN", "I-DATE"), (".", 8, "punct", "PUNCT", "O"),
]


def make_work(dateline: str | None = "LONDON", published: datetime | None = PUB, parsed: bool = True) -> ArticleWork:
    words = [r[0] for r in ROWS]
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    doc = Doc(VOCAB, words=words, spaces=spaces, heads=[r[1] for r in ROWS], deps=[r[2] for r in ROWS],
              pos=[r[3] for r in ROWS], ents=[r[4] for r in ROWS])
    text = doc.text
    sents = list(doc.sents)
    article = Article(id="a1", doc_id="d1", text=text, published=published, dateline=dateline)
    events = [
        Event(source=Actor("Beijing"), target=None, type="REJECT",
              mentions=[Mention("a1", s.text, s.start_char, s.end_char)])
        for s in sents
    ]
    return ArticleWork(document=Document(raw="", doc_id="d1"), article=article, parsed=doc if parsed else None,
                       actors={(0, 7): Actor("Beijing")}, events=events)


def test_stage_is_registered() -> None:
    found = REGISTRY["where_when"]
    assert found.reads == ("parsed", "actors", "events")
    assert found.writes == ("events",)
    assert found.kind == "article"


def test_fills_date_and_place() -> None:
    work = make_work()
    where_when_stage(work, None)
    first, second = work.events
    # Beijing acts, so the first event's place is the dateline's, not Beijing.
    assert (first.date, first.date_precision) == (date(2024, 7, 9), "day")
    assert (first.location.name, first.location.country) == ("London", "GBR")
    assert (second.date, second.date_precision) == (date(2024, 7, 1), "week")
    assert (second.location.name, second.location.country) == ("Washington", "USA")


def test_keeps_what_is_already_set() -> None:
    work = make_work()
    work.events[0].date, work.events[0].date_precision = date(2024, 1, 1), "day"
    work.events[0].location = Location(name="Somewhere")
    where_when_stage(work, None)
    assert work.events[0].date == date(2024, 1, 1)
    assert work.events[0].location.name == "Somewhere"


def test_nothing_known_leaves_fields_empty() -> None:
    work = make_work(dateline=None, published=None)
    where_when_stage(work, None)
    assert (work.events[0].date, work.events[0].date_precision, work.events[0].location) == (None, None, None)
    # the second sentence's relative date cannot be placed without a reference
    assert work.events[1].date is None
    assert work.events[1].location.name == "Washington"


def test_without_parse_uses_text() -> None:
    work = make_work(parsed=False)
    where_when_stage(work, None)
    assert work.events[0].location.name == "London"
    assert work.events[1].location.name == "Washington"
    assert work.events[1].date_precision == "week"


def test_events_do_not_share_location_objects() -> None:
    work = make_work()
    work.events.append(Event(source=None, target=None, type="CONSULT", mentions=[work.events[1].mentions[0]]))
    where_when_stage(work, None)
    assert work.events[1].location == work.events[2].location
    assert work.events[1].location is not work.events[2].location


def test_sentence_span() -> None:
    work = make_work()
    doc = work.parsed
    second = list(doc.sents)[1]
    assert sentence_span(doc, second.start_char + 2, second.start_char + 5).text == second.text
    assert sentence_span(doc, 5, 3) is None
    assert sentence_span(None, 0, 3) is None


@pytest.mark.slow
def test_stage_on_real_parse() -> None:
    from eventwire.nlp import parse

    text = ("WASHINGTON — The alliance's summit in Washington between 6-11 July ended with a rebuke of "
            "China. Beijing rejected the accusations on Friday. Their meeting in Washington marked the "
            "alliance's 75th anniversary.")
    doc = parse(text)
    article = Article(id="a", doc_id="d", text=text, published=PUB, dateline="WASHINGTON")
    events = [Event(source=None, target=None, type="ACCUSE", mentions=[Mention("a", s.text, s.start_char, s.end_char)])
              for s in doc.sents]
    start = text.index("Beijing")
    work = ArticleWork(document=Document(raw="", doc_id="d"), article=article, parsed=doc,
                       actors={(start, start + 7): Actor("Beijing")}, events=events)
    where_when_stage(work, None)
    got = [(e.date, e.date_precision, e.location.name if e.location else None, e.location.country if e.location else None)
           for e in work.events]
    assert got == [
        (date(2024, 7, 6), "range", "Washington", "USA"),
        (date(2024, 7, 5), "day", "Washington", "USA"),  # the dateline, not Beijing
        (date(2024, 7, 11), "published", "Washington", "USA"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "day"), [
    # the event's own date, not the first date of its sentence (the statement's, or another
    # event's): a wire report's "X said on Monday that Y shelled Z on Saturday"
    ("Ukraine's military said on Monday that Russian forces shelled Kharkiv on Saturday.", "shelled", date(2024, 7, 6)),
    ("Ukraine's military said on Monday that Russian forces shelled Kharkiv on Saturday.", "said", date(2024, 7, 8)),
    ("Russian forces shelled Kharkiv on Saturday, Ukraine's military said on Monday.", "said", date(2024, 7, 8)),
    ("The ceasefire, agreed on May 5, collapsed on Tuesday.", "collapsed", date(2024, 7, 9)),
    ("The ceasefire, agreed on May 5, collapsed on Tuesday.", "agreed", date(2024, 5, 5)),
    # no date of its own: the sentence's first, as before
    ("Ukraine said on Monday that Russian forces shelled Kharkiv.", "shelled", date(2024, 7, 8)),
])
def test_an_event_takes_the_date_of_its_own_predicate(sentence: str, trigger: str, day: date) -> None:
    event = _dated_event(sentence, trigger, PUB, "ASSAULT")
    assert (event.date, event.date_precision) == (day, "day")


def _dated_event(sentence: str, trigger: str, published: datetime, kind: str) -> Event:
    """The one event of a one-sentence article, triggered by ``trigger``, after where/when."""
    from eventwire.nlp import parse

    doc = parse(sentence)
    article = Article(id="a", doc_id="d", text=sentence, published=published)
    event = Event(source=None, target=None, type=kind,
                  mentions=[Mention("a", sentence, 0, len(sentence), trigger=trigger)])
    work = ArticleWork(document=Document(raw="", doc_id="d"), article=article, parsed=doc, actors={},
                       events=[event])
    where_when_stage(work, None)
    return event


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "trigger", "day", "precision"), [
    # the event's own date read forward when its clause is future (was: June 2023, a year back)
    ("The president said on Sunday he will call on his rival to respect human rights and free political "
     "prisoners when the two leaders meet in Geneva in June.", "meet", date(2024, 6, 1), "month"),
    ("The president will travel to London on June 11-13 for the summit of the Group of Seven leaders, "
     "followed by a trip to Brussels on June 14.", "followed", date(2024, 6, 14), "day"),
    ("Troops shelled the city on Saturday, the army said on Monday.", "shelled", date(2024, 5, 18), "day"),
    # reported speech's future: 'would' (but 'would have' is a past that did not happen)
    ("The ministry said on Tuesday that its troops would withdraw from the border by Friday.", "withdraw",
     date(2024, 5, 24), "day"),
    ("The army said its troops would have withdrawn by Friday had the talks not failed.", "withdrawn",
     date(2024, 5, 17), "day"),
])
def test_a_future_event_s_own_date_is_read_forward(sentence: str, trigger: str, day: date, precision: str) -> None:
    published = datetime(2024, 5, 21, 10, tzinfo=UTC)  # a Tuesday
    event = _dated_event(sentence, trigger, published, "CONSULT")
    assert (event.date, event.date_precision) == (day, precision)
