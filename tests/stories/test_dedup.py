from eventwire.stories.dedup import band_keys, shingles, signature, similarity

from .conftest import make_work, run_corpus, unit

WIRE = (
    "Leaders of the alliance met in Washington on Wednesday and said that China had become a decisive "
    "enabler of the war in Ukraine through its support for the Russian defence industry. The statement, "
    "agreed by all members, called on Beijing to stop sending components and machine tools to Moscow. "
    "Officials said the language was the sharpest the alliance had used about China so far."
)
OTHER = (
    "Heavy rain flooded streets across the southern city on Thursday, forcing schools to close and "
    "stranding commuters for hours while emergency crews pumped water out of underground stations."
)


def test_shingles_are_word_five_grams_of_normalised_text():
    grams = shingles("One two THREE four, five six.")
    assert grams == {"one two three four five", "two three four five six"}
    assert shingles("too short") == {"too short"}


def test_similar_texts_share_lsh_bands_and_different_ones_do_not():
    edited = WIRE.replace("on Wednesday", "on Wednesday evening")
    a, b, c = (band_keys(signature(shingles(t))) for t in (WIRE, edited, OTHER))
    assert any(x == y for x, y in zip(a, b, strict=False))
    assert not any(x == y for x, y in zip(a, c, strict=False))
    first_two = WIRE[: WIRE.index("Officials")]
    jaccard, containment = similarity(shingles(WIRE), shingles(first_two))
    assert containment == 1.0 and jaccard < 0.8


def test_exact_copy_gets_own_id_and_points_to_first(store):
    first = run_corpus(make_work(WIRE, "a", outlet="AP", embedding=unit(1)), store)
    copy = run_corpus(make_work(WIRE, "b", outlet="Daily", embedding=unit(1)), store)
    assert first.article.duplicate_of is None
    assert copy.article.duplicate_of == first.article.id
    assert copy.article.id != first.article.id
    assert copy.article.story_id == first.article.story_id


def test_near_copy_with_new_ending_is_marked(store):
    first = run_corpus(make_work(WIRE, "a", outlet="AP", embedding=unit(1)), store)
    near = WIRE.replace("so far.", "so far, according to two diplomats.") + " Reporting by staff."
    copy = run_corpus(make_work(near, "b", outlet="Daily", embedding=unit(2)), store)
    assert copy.article.duplicate_of == first.article.id
    assert copy.article.story_id == first.article.story_id  # a copy follows its original


def test_trimmed_copy_is_found_by_containment(store):
    first = run_corpus(make_work(WIRE, "a", embedding=unit(1)), store)
    trimmed = run_corpus(make_work(WIRE[:260], "b", embedding=unit(3)), store)
    assert trimmed.article.duplicate_of == first.article.id


def test_different_text_is_no_copy(store):
    run_corpus(make_work(WIRE, "a", embedding=unit(1)), store)
    other = run_corpus(make_work(OTHER, "b", embedding=unit(2)), store)
    assert other.article.duplicate_of is None


def test_an_updated_page_at_the_same_url_is_a_copy_of_its_first_version(store):
    # An outlet rewrites an article in place (a new toll, a new last paragraph): fetched again,
    # the page has new text, so a new id, and was stored as a second article of the outlet,
    # counted again in the story and in every event it repeats.
    url = "https://news.example/world/floods-2024-07-10/"
    first = make_work(WIRE, "floods-2024-07-10", outlet="Daily", embedding=unit(1))
    first.article.url = url
    run_corpus(first, store)
    updated_text = WIRE.replace("Officials said the language", "Diplomats said on Thursday the wording") + (
        " The foreign ministry in Beijing rejected the statement as slander.")
    updated = make_work(updated_text, "floods-2024-07-10", outlet="Daily", embedding=unit(1))
    updated.article.url = url
    run_corpus(updated, store)
    assert updated.article.duplicate_of == first.article.id
    assert updated.article.story_id == first.article.story_id
    # Another page of the same outlet is no copy, and neither is an article without a URL.
    other = make_work(OTHER + " " + OTHER, "rain", outlet="Daily", embedding=unit(2))
    other.article.url = "https://news.example/world/rain/"
    run_corpus(other, store)
    assert other.article.duplicate_of is None


def test_a_copy_counts_as_a_member_of_its_original_story(store):
    # A copy went to its original's story outside the index: the story of an article and its
    # copy still counted one member, and was joined at the bar of a story of one.
    from eventwire.stories.assign import story_index

    first = run_corpus(make_work(WIRE, "a", outlet="AP", embedding=unit(1)), store)
    copy = run_corpus(make_work(WIRE, "b", outlet="Daily", embedding=unit(1)), store)
    story = story_index(store).stories[first.article.story_id]
    assert copy.article.story_id == first.article.story_id and story.size == 2
    rows = store.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (story.id,)).fetchall()
    assert {r[0] for r in rows} == {first.article.id, copy.article.id}
