"""The ``where_when`` stage: each event's date and place, from its sentence and the article.

Importing this module registers the stage; the gazetteer and dateparser load on first use.
"""

from __future__ import annotations

import logging
from typing import Any

from eventwire.records import Event, Location
from eventwire.stages import ArticleWork, stage

log = logging.getLogger(__name__)


def sentence_span(doc: Any, start: int, end: int, length: int | None = None) -> Any:
    """The sentence(s) of ``doc`` covering the character span, as one Span; None if outside.

    ``length`` is the text's length when the caller has it: ``Doc.text`` joins every token.
    """
    if doc is None or start < 0 or start >= end or end > (len(doc.text) if length is None else length):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    first = span[0].sent.start if len(span) else span.start
    last = span[-1].sent.end if len(span) else span.end
    return doc[first:last]


_PREDICATES = {"VERB", "AUX"}


def trigger_token(span: Any, trigger: str | None) -> Any:
    """The token of ``span`` that is the event's trigger word (the first one so written)."""
    if span is None or not trigger:
        return None
    return next((token for token in span if token.text == trigger), None)


def own_date(span: Any, trigger: Any) -> Any:
    """A chooser of the date expression the trigger governs: the one whose phrase hangs from
    the trigger before it reaches any other predicate ("said on Monday that forces shelled
    the city on Saturday": Saturday is the shelling's, Monday the statement's)."""

    def prefer(found: list[Any]) -> Any:
        for mention in found:
            phrase = span.doc.char_span(span.start_char + mention.start, span.start_char + mention.end,
                                        alignment_mode="expand")
            if phrase is None or not len(phrase):
                continue
            token = phrase.root
            while True:
                if token == trigger:
                    return mention
                if (token.pos_ in _PREDICATES and token not in phrase) or token.head == token:
                    break
                token = token.head
        return None

    return prefer


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo", "would"})


def future_clause(trigger: Any, steps: int = 3) -> bool:
    """Whether the trigger's clause speaks of the future: it, or a predicate it hangs from (a
    few steps up: "will call ... when the leaders meet"), has the auxiliary 'will' or 'shall',
    or the future of reported speech, 'would' ("said it would withdraw by Monday"; not "would
    have", a past that did not happen)."""
    token = trigger
    for _ in range(steps + 1):
        aux = {child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass")}
        if aux & _FUTURE_AUX and not ("would" in aux and "have" in aux and not aux & (_FUTURE_AUX - {"would"})):
            return True
        if token.head == token:
            return False
        token = token.head
    return False


def fill_event(
    event: Event,
    *,
    text: str,
    doc: Any,
    published: Any,
    dateline: str | None,
    actor_spans: list[tuple[int, int]],
    hint: str | None,
    cache: dict[tuple[int, int, str | None], tuple[Any, Any, Location | None]],
) -> None:
    """Set ``event``'s date, precision and location where they are still empty."""
    from eventwire.geo.locate import find_location, find_location_in_text
    from eventwire.when import resolve_date

    if not event.mentions:
        return
    mention = event.mentions[0]
    key = (mention.start, mention.end, mention.trigger)
    if key not in cache:
        span = sentence_span(doc, mention.start, mention.end, len(text))
        sentence = span.text if span is not None else (text[mention.start : mention.end] or mention.sentence)
        trigger = trigger_token(span, mention.trigger)
        when = resolve_date(sentence, published, article_text=text,
                            prefer=own_date(span, trigger) if trigger is not None else None,
                            future=trigger is not None and future_clause(trigger))
        if span is not None:
            where = find_location(span, actor_spans=actor_spans, dateline=dateline, country_hint=hint)
        else:
            where = find_location_in_text(sentence, actor_spans=actor_spans, offset=mention.start,
                                          dateline=dateline, country_hint=hint)
        cache[key] = (*when, where)
    day, precision, where = cache[key]
    if event.date is None and day is not None:
        event.date, event.date_precision = day, precision
    if event.location is None and where is not None:
        # Each event gets its own copy: a later stage may edit one event's location.
        event.location = Location.from_dict(where.to_dict())


@stage("where_when", reads=("parsed", "actors", "events"), writes=("events",))
def where_when_stage(work: ArticleWork, settings: Any) -> None:
    """Fill each event's date, date precision and location from its sentence, the
    publication date and the dateline; actor mentions are never taken as the place."""
    from eventwire.geo.locate import resolve_dateline

    article = work.article
    if article is None or not work.events:
        return
    dateline_place = resolve_dateline(article.dateline) if article.dateline else None
    hint = dateline_place.country if dateline_place is not None else None
    actor_spans = list(work.actors)
    cache: dict[tuple[int, int, str | None], tuple[Any, Any, Location | None]] = {}
    for event in work.events:
        fill_event(event, text=article.text, doc=work.parsed, published=article.published,
                   dateline=article.dateline, actor_spans=actor_spans, hint=hint, cache=cache)
