"""When: the date of an event's sentence, resolved against the publication date."""

from eventwire.when.patterns import DateMention
from eventwire.when.resolve import find_dates, resolve_date, resolve_mention, resolve_span_dates

__all__ = ["DateMention", "find_dates", "resolve_date", "resolve_mention", "resolve_span_dates"]
