from datetime import UTC, datetime, timedelta

import numpy as np

from eventwire.store import open_store
from eventwire.stories.cluster import ClusterParams, StoryIndex, day_number, pack_terms, unpack_terms
from eventwire.stories.features import article_features, names
from eventwire.stories.pairs import profile

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


def test_a_later_run_scores_the_stored_members_as_the_run_that_stored_them(tmp_path):
    # A later run rebuilt each member's TF-IDF vector with the IDF of every article stored by
    # then, while the run that stored it had scored it with the IDF of its own day: the same
    # articles in two runs of half each gave other stories than one run (NeuS train stream 0:
    # pairwise F1 0.848 in one run, 0.858 in two; equal now).
    path = str(tmp_path / "s.db")
    store = open_store(path)
    index = StoryIndex(store)
    for k, text in enumerate((SUMMIT, QUAKE, SUMMIT2, QUAKE, SUMMIT)):
        _add(index, str(k), text, unit(k % 2 + 1, near=None))
    store.commit()
    store.close()

    store = open_store(path)
    later = StoryIndex(store)
    later._ensure_window(None)
    assert set(later.stories) == set(index.stories)
    for story_id, story in index.stories.items():
        for kept, loaded in zip(story.profiles, later.stories[story_id].profiles, strict=True):
            assert np.array_equal(kept.buckets, loaded.buckets) and np.array_equal(kept.weights, loaded.weights)
    store.close()


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


def test_terms_keep_numbers_and_meet_across_plurals():
    from eventwire.stories.features import stem, term_counts

    assert stem("protesters") == stem("protester") and stem("governments") == stem("government")
    assert stem("6.1") == "6.1" and stem("class") == "class"
    assert term_counts(None, "magnitude 6.1 quake") != term_counts(None, "magnitude 5.4 quake")


def test_shared_names_raise_the_score_and_dates_apart_lower_it(store):
    index = StoryIndex(store)
    base = unit(1)
    _add(index, "a", SUMMIT, base, 19914.0)
    story = next(iter(index.stories.values()))
    features = article_features(*SUMMIT2)
    tfidf = index._tfidf(*unpack_terms(pack_terms(features["terms"])))
    probe = unit(2, near=base, noise=0.6)
    with_names = index.score(probe, profile(tfidf, ["nato", "washington"]), 19914.0, story)
    without = index.score(probe, profile(tfidf, ["tokyo"]), 19914.0, story)
    later = index.score(probe, profile(tfidf, ["nato", "washington"]), 19917.0, story)
    assert with_names > without and later < with_names


CLAIMS = ("Jobless claims fall to 576,000, a pandemic low",
          "The number of Americans filing first-time jobless claims fell to 576,000 last week, the Labor "
          "Department said on Thursday.")
CLAIMS2 = ("Unemployment filings drop to 576,000 as hiring picks up",
           "First-time applications for unemployment benefits dropped to 576,000 last week, data released "
           "Thursday showed.")
CLAIMS_LATER = ("Jobless claims edge up to 373,000",
                "The number of Americans filing first-time jobless claims rose to 373,000 last week, the Labor "
                "Department said on Thursday.")


BACKGROUND = [
    ("Council approves budget for new library", "The city council voted to fund a library in the old market hall."),
    ("Storm closes schools across the coast", "Heavy rain and wind shut schools and roads along the coast."),
    ("Striker signs four-year deal", "The club said its top scorer agreed a new contract with higher wages."),
    ("Court hears appeal over river dam", "Farmers asked judges to halt a dam that would flood their valley."),
    ("Airline adds routes to the islands", "Flights to three islands start in spring, the carrier announced."),
    ("Museum returns stolen paintings", "Two paintings taken decades ago went back to the family that owned them."),
]


def test_another_weeks_figure_costs_a_recurring_report_its_score(store):
    index = StoryIndex(store)
    for i, text in enumerate(BACKGROUND):  # a few other stories, so that words have an IDF
        _add(index, f"bg{i}", text, unit(100 + i))
    base = unit(7)
    first, _ = _add(index, "a", CLAIMS, base)
    second, opened = _add(index, "b", CLAIMS2, unit(8, near=base, noise=0.3))
    assert first == second and not opened  # same week, same figure, other words

    def fit(title, text):
        features = article_features(title, text)
        article = profile(index._tfidf(*unpack_terms(pack_terms(features["terms"]))), features["names"])
        return index.score(unit(9, near=base, noise=0.3), article, None, index.stories[first])

    same_figure = fit(CLAIMS_LATER[0].replace("373,000", "576,000"), CLAIMS_LATER[1].replace("373,000", "576,000"))
    assert fit(*CLAIMS_LATER) < same_figure - 0.5


def _cosine_model():
    """A pair model that reads only the embedding cosine: log-odds 10 * cosine - 10."""
    from eventwire.stories.pairs import FEATURES, PairModel

    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("cosine")] = 10.0
    return PairModel(FEATURES, weights, -10.0)


def _at_cosine(base: np.ndarray, cosine: float, seed: int) -> np.ndarray:
    """A unit vector with exactly ``cosine`` to the unit vector ``base``."""
    other = unit(seed)
    other = other - float(other @ base) * base
    other /= np.linalg.norm(other)
    return (cosine * base + np.sqrt(1.0 - cosine**2) * other).astype(np.float32)


def test_a_single_article_story_is_joined_below_the_threshold_a_larger_one_needs(store):
    params = ClusterParams(threshold=-1.5, single_shift=-1.25)
    index = StoryIndex(store, params, _cosine_model())
    base = unit(1)
    lone, _ = _add(index, "a", SUMMIT, base)
    # Log-odds -2.0 against it: under the threshold, over the threshold shifted for one article.
    joined, opened = _add(index, "b", SUMMIT2, _at_cosine(base, 0.8, 2))
    assert joined == lone and not opened

    trio, _ = _add(index, "c", QUAKE, unit(5))
    _add(index, "d", QUAKE, unit(5))  # the same embedding: a story of three
    _add(index, "e", QUAKE, unit(5))
    far, opened = _add(index, "f", QUAKE, _at_cosine(unit(5), 0.8, 6))
    assert opened and far != trio  # -2.0 is not enough for a story of three


def test_a_story_of_two_is_joined_by_its_mean_pair_at_the_lowered_bar(store):
    # Two outlets' reports of the summit, and a third that reads like the second one only (one
    # outlet's angle). Against a story of two its mean pair counts, at the bar of a lone
    # article (-2.75); the weakest link (at the bar of a larger story, -1.5) would keep it out.
    index = StoryIndex(store, ClusterParams(threshold=-1.5, single_shift=-1.25), _cosine_model())
    a = unit(11)
    b = _at_cosine(a, 0.75, 12)
    first, _ = _add(index, "a", SUMMIT, a)
    second, opened = _add(index, "b", SUMMIT2, b)  # log-odds -2.5
    assert second == first and not opened
    c = _at_cosine(b, 0.99, 13)
    low, high = float(10 * (c @ a) - 10), float(10 * (c @ b) - 10)
    assert 0.75 * low + 0.25 * high < -1.5 and (low + high) / 2 > -2.75
    third, opened = _add(index, "c", SUMMIT, c)
    assert third == first and not opened


def test_past_two_articles_the_weakest_link_counts_again(store):
    index = StoryIndex(store, ClusterParams(threshold=-1.5, single_shift=-1.25), _cosine_model())
    a = unit(11)
    b = _at_cosine(a, 0.75, 12)
    c = _at_cosine(b, 0.99, 13)
    first, _ = _add(index, "a", SUMMIT, a)
    _add(index, "b", SUMMIT2, b)
    _add(index, "c", SUMMIT, c)
    d = _at_cosine(c, 0.99, 14)  # close to c and b, far from a: a story of three wants all three
    pairs = [float(10 * (d @ m) - 10) for m in (a, b, c)]
    assert 0.5 * min(pairs) + 0.5 * sum(pairs) / 3 < -1.5 < sum(pairs) / 3
    other, opened = _add(index, "d", SUMMIT2, d)
    assert opened and other != first


def test_without_the_shift_the_same_article_opens_a_story(store):
    index = StoryIndex(store, ClusterParams(threshold=-1.5, single_shift=0.0), _cosine_model())
    base = unit(1)
    lone, _ = _add(index, "a", SUMMIT, base)
    other, opened = _add(index, "b", SUMMIT2, _at_cosine(base, 0.8, 2))
    assert opened and other != lone


def test_an_undated_story_takes_the_date_of_its_first_dated_member(tmp_path):
    path = str(tmp_path / "s.db")
    day = day_number(datetime(2024, 7, 10, tzinfo=UTC))
    base = unit(1)
    store = open_store(path)
    index = StoryIndex(store, ClusterParams(window_days=1.0))
    first, _ = _add(index, "a", SUMMIT, base)  # a scraped text without a date
    joined, opened = _add(index, "b", SUMMIT2, unit(2, near=base, noise=0.2), day)
    assert not opened and joined == first
    # A month later the same wording is another story: the window now applies to it.
    later, opened = _add(index, "c", SUMMIT, unit(3, near=base, noise=0.2), day + 30)
    assert opened and later != first
    store.commit()
    row = store.conn.execute("SELECT first_day, last_day FROM story_state WHERE story_id = ?", (first,)).fetchone()
    store.close()
    assert row == (day, day)


def test_a_member_beyond_a_follow_ups_reach_costs_its_pair(store):
    # A story reported on day 0 and day 1 (the same wording), then a report on day 3.5. Only the
    # story's span counted: the day-0 member vouched for it as much as the day-1 one (how a story
    # drifts on day by day through look-alikes). Each member now also costs its pair
    # drift_penalty for each day it lies beyond follow_up_days: 1.5 days for the day-0 member,
    # 0.5 for the day-1 one.
    index = StoryIndex(store, ClusterParams(day_penalty=0.4, drift_penalty=0.8, follow_up_days=2.0),
                       _cosine_model())
    base = unit(21)
    day = 19914.0
    _add(index, "a", SUMMIT, base, day)
    _add(index, "b", SUMMIT2, base, day + 1.0)
    story = next(iter(index.stories.values()))
    assert story.size == 2 and story.last == day + 1.0
    probe = _at_cosine(base, 0.8, 22)  # log-odds 10 * 0.8 - 10 = -2.0 against both
    features = article_features(*SUMMIT)
    article = profile(index._tfidf(*unpack_terms(pack_terms(features["terms"]))), features["names"], day + 3.5)
    weakest, other = -2.0 - 0.8 * 1.5, -2.0 - 0.8 * 0.5
    expected = 0.5 * weakest + 0.5 * (weakest + other) / 2 - 0.4 * 2.5  # linkage, then the span's days
    assert abs(index.score(probe, article, day + 3.5, story) - expected) < 1e-4
