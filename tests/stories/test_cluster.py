from datetime import UTC, datetime, timedelta

import numpy as np

from eventwire.store import open_store
from eventwire.stories.cluster import ClusterParams, StoryIndex, day_number
from eventwire.stories.features import article_features, names

from .conftest import unit

SUMMIT = ("NATO leaders accuse China at Washington summit",
          "NATO leaders meeting in Washington accused China of enabling Russia's war in Ukraine.")
SUMMIT2 = ("Alliance says Beijing enables Russian war effort",
           "Leaders at the NATO summit in Washington said China was a decisive enabler of Russia's war.")
QUAKE = ("Earthquake of magnitude 6.1 strikes northern Chile",
         "A magnitude 6.1 earthquake struck northern Chile on Monday, shaking buildings in Arica.")


def _add(index, key, text, embedding, day=None):
    features = article_features(*text)
    return index.assign(key, embedding, features["terms"], features["names"], day)


def test_names_are_proper_names_and_counted_quantities():
    found = names("Tara Reid enters rehab", "The actress checked into Promises Treatment Center, 3 sources said.")
    assert "tara reid" in found and "promises treatment center" in found and "3 sources" in found
    assert "the" not in found


def test_close_articles_join_and_a_different_event_opens_a_story(store):
    index = StoryIndex(store)
    base = unit(1)
    first, opened = _add(index, "a", SUMMIT, base)
    second, opened2 = _add(index, "b", SUMMIT2, unit(2, near=base, noise=0.4))
    third, opened3 = _add(index, "c", QUAKE, unit(3))
    assert opened and not opened2 and opened3
    assert first == second != third


def test_dates_outside_the_window_keep_stories_apart(store):
    index = StoryIndex(store, ClusterParams(window_days=1.0))
    base = unit(1)
    day = day_number(datetime(2024, 7, 10, tzinfo=UTC))
    first, _ = _add(index, "a", SUMMIT, base, day)
    later, opened = _add(index, "b", SUMMIT, unit(2, near=base, noise=0.2), day + 30)
    assert opened and later != first
    again, opened = _add(index, "c", SUMMIT2, unit(4, near=base, noise=0.2), day + 0.5)
    assert not opened and again == first  # the window moved back: the story was reloaded


def test_same_input_order_gives_same_stories(tmp_path):
    def run(path):
        store = open_store(str(path))
        index = StoryIndex(store)
        out = [_add(index, str(i), SUMMIT if i % 2 else QUAKE, unit(i % 2 + 10, near=None))[0] for i in range(6)]
        store.close()
        return out

    assert run(tmp_path / "a.db") == run(tmp_path / "b.db")


def test_a_later_run_adds_to_stored_stories(tmp_path):
    path = str(tmp_path / "s.db")
    base = unit(1)
    store = open_store(path)
    first, _ = _add(StoryIndex(store), "a", SUMMIT, base, 19914.0)
    store.commit()
    store.close()

    store = open_store(path)
    index = StoryIndex(store)  # a fresh process: everything comes from the store
    assert index._n_docs == 1
    second, opened = _add(index, "b", SUMMIT2, unit(2, near=base, noise=0.4), 19914.2)
    store.close()
    assert not opened and second == first


def test_memory_holds_only_the_window(store):
    index = StoryIndex(store, ClusterParams(window_days=1.0))
    for i in range(40):
        _add(index, str(i), QUAKE, unit(100 + i), 19000.0 + i * 3)
    assert len(index.stories) <= 3


def test_day_number_reads_iso_strings_and_dates():
    moment = datetime(2024, 7, 10, 12, tzinfo=UTC)
    assert day_number(moment.isoformat()) == day_number(moment)
    assert day_number(moment) - day_number(moment - timedelta(days=2)) == 2
    assert day_number(None) is None and day_number("not a date") is None
    assert np.isclose(day_number(moment.date()), int(day_number(moment)))
