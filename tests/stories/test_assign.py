from datetime import UTC, datetime, timedelta, timezone

from eventwire.stories.assign import record_story

PLUS5 = timezone(timedelta(hours=5))


def test_first_and_last_seen_compare_instants_not_text(store):
    """21:20 UTC on the 6th is after 01:00+05:00 on the 7th (20:00 UTC on the 6th); as text it came first."""
    late = datetime(2025, 5, 6, 21, 20, tzinfo=UTC)
    early = datetime(2025, 5, 7, 1, 0, tzinfo=PLUS5)
    record_story(store, "s", "t", late)
    record_story(store, "s", "t", early)
    record_story(store, "s", "t", None)
    first, last = store.conn.execute("SELECT first_seen, last_seen FROM stories WHERE id = 's'").fetchone()
    assert (first, last) == (early.isoformat(), late.isoformat())
