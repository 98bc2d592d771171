import json
from datetime import UTC, datetime

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.stories.compare import iter_story_records, list_stories, quantities, story_report

from .conftest import accuse, make_work, run_corpus, unit

DAY = datetime(2024, 7, 10, 15, tzinfo=UTC)
GLOBE = ("NATO accused China of fuelling the war, 32 allies said at the summit on July 9-11. "
         "Leaders pledged 40 billion dollars. The allies also welcomed Sweden.")
HERALD = ("The 31 allies at the summit, held July 10-12, said NATO accused China of enabling the war. "
          "Leaders pledged 40 billion dollars.")


def test_quantities_are_keyed_by_what_they_count():
    assert quantities("At least 32 people were killed; three soldiers died.") == {"people": {"32"}, "soldier": {"3"}}


def test_a_year_before_a_noun_is_no_count():
    # "the 2024 summit" was read as 2024 summits, so an outlet recalling "the 2023 summit" was
    # shown as giving a conflicting number; "Resolution 2334 was adopted" counted 2334 "wa".
    assert quantities("Leaders met at the 2024 summit, a year after the 2023 summit in Vilnius.") == {}
    assert quantities("since the 2022 invasion; in its 2014 annexation") == {}
    assert quantities("Resolution 2334 was adopted and 12 states has voted.") == {"state": {"12"}}
    # a count stays a count, years included when nothing makes them a date
    assert quantities("About 2000 troops crossed; 1,950 soldiers and 300 police remained.") == {
        "troop": {"2000"}, "soldier": {"1950"}, "police": {"300"}}


def test_a_number_ending_a_clause_counts_nothing_after_the_comma():
    # "17, the regional governor said" was "regional: 17", and "In 2019, the two countries"
    # was "two: 2019": a comma after a number ended neither the number nor the phrase.
    assert quantities("The toll has climbed to 17, the regional governor said.") == {}
    assert quantities("In 2019, the two countries held talks.") == {"country": {"2"}}
    assert quantities("Officials counted 1,200 homes, 3,400 people.") == {"home": {"1200"}, "people": {"3400"}}


def test_the_day_of_a_date_is_no_count():
    # "the Jan. 6 attack" counted 6 attacks and "the Jan. 6 Capitol riot" 6 capitols: outlets
    # naming the same day were shown with facts of their own.
    assert quantities("the deadly Jan. 6 attack on the Capitol and the July 4 parade") == {}
    assert quantities("after the 6 January riot, 140 officers were hurt") == {"officer": {"140"}}
    assert quantities("On March 3 five soldiers were killed.") == {"soldier": {"5"}}


def _two_outlets(store):
    base = unit(1)
    globe = make_work(GLOBE, "g", outlet="Globe", title="NATO accuses China", published=DAY, embedding=base)
    accuse(globe, GLOBE.split(". ")[0] + ".")
    herald = make_work(HERALD, "h", outlet="Herald", title="Allies blame Beijing", published=DAY,
                       embedding=unit(2, near=base, noise=0.3))
    accuse(herald, HERALD.split(". ")[0] + ".")
    copy = make_work(HERALD, "h2", outlet="Herald Weekly", published=DAY, embedding=base)
    run_corpus(globe, store)
    run_corpus(herald, store)
    run_corpus(copy, store)
    store.commit()
    return globe.article.story_id


def test_story_report_shows_shared_unique_and_conflicting(store):
    story_id = _two_outlets(store)
    report = story_report(store, story_id[:6])
    assert report["id"] == story_id and report["copies"] == 1
    (event,) = report["events"]
    assert event["status"] == "shared" and event["outlets"] == ["Globe", "Herald"]
    conflicts = {(c["kind"], c["what"]) for c in report["conflicts"]}
    assert ("number", "ally") in conflicts and ("date", "date") in conflicts
    facts = {f["what"]: f["status"] for f in report["facts"]}
    assert facts["billion dollar"] == "shared" and facts["ally"] == "conflict"
    assert report["outlets"]["Herald Weekly"]["copies"] and not report["outlets"]["Herald Weekly"]["articles"]
    (listed,) = list_stories(store)
    assert listed["outlets"] == ["Globe", "Herald"] and listed["articles"] == 3
    (record,) = iter_story_records(store)
    assert len(record["article_ids"]) == 3 and record["events"] == [event["id"]]
    assert record["outlets"] == ["Globe", "Herald"] and record["copies"] == 1
    assert record["actors"] == ["IGONAT", "CHN"]


def test_cli_lists_and_compares(store, tmp_path):
    story_id = _two_outlets(store)
    db = store.path
    runner = CliRunner()
    listed = runner.invoke(main, ["stories", "--db", db])
    assert listed.exit_code == 0 and "NATO accuses China" in listed.output and "IGONAT → ACCUSE → CHN" in listed.output
    shown = runner.invoke(main, ["story", story_id, "--db", db, "--json"])
    assert shown.exit_code == 0 and json.loads(shown.output)["id"] == story_id
    text = runner.invoke(main, ["story", story_id, "--db", db])
    assert "Conflicting details" in text.output
    missing = runner.invoke(main, ["story", "nope", "--db", db])
    assert missing.exit_code != 0 and "no story" in missing.output


def test_a_copy_repeating_an_event_does_not_make_it_shared(store):
    """A wire copy under another outlet is not a second source: the event stays 'only here'."""
    base = unit(1)
    globe = make_work(GLOBE, "g", outlet="Globe", title="NATO accuses China", published=DAY, embedding=base)
    accuse(globe, GLOBE.split(". ")[0] + ".")
    reprint = make_work(GLOBE, "g2", outlet="Reprint Daily", published=DAY, embedding=base)
    accuse(reprint, GLOBE.split(". ")[0] + ".")
    run_corpus(globe, store)
    run_corpus(reprint, store)
    store.commit()
    assert reprint.article.duplicate_of == globe.article.id
    report = story_report(store, globe.article.story_id)
    (event,) = report["events"]
    assert event["num_sources"] == 1
    assert event["status"] == "unique" and event["outlets"] == ["Globe"]
    assert report["outlets"]["Reprint Daily"]["copies"] and not report["outlets"]["Reprint Daily"]["shared_events"]


def _story(store, story_id: str, title: str) -> None:
    store.conn.execute("INSERT INTO stories (id, title) VALUES (?, ?)", (story_id, title))


def test_an_ambiguous_prefix_is_refused_not_guessed(store):
    import pytest

    from eventwire.errors import EventwireError

    _story(store, "abc1000000000000", "first")
    _story(store, "abc2000000000000", "second")
    _story(store, "a_c3000000000000", "third")
    store.commit()
    assert story_report(store, "abc2")["title"] == "second"
    assert story_report(store, "abc1000000000000")["title"] == "first"
    with pytest.raises(EventwireError, match="abc1000000000000.*abc2000000000000"):
        story_report(store, "abc")
    assert story_report(store, "%") is None  # LIKE wildcards are not prefixes
    assert story_report(store, "ab_") is None
    result = CliRunner().invoke(main, ["story", "abc", "--db", store.path])
    assert result.exit_code == 1 and "E023" in result.output and "Traceback" not in result.output


def test_text_report_shows_shared_facts(store):
    story_id = _two_outlets(store)
    text = CliRunner().invoke(main, ["story", story_id, "--db", store.path]).output
    assert "billion dollar: 40 billion" in text


def test_stories_are_listed_latest_first_across_time_zones(store):
    # 10:00+05:00 is 05:00 UTC, before 07:00 UTC: as strings it sorted first ("10" > "07")
    store.conn.execute("INSERT INTO stories (id, title, last_seen) VALUES ('early', 'early', '2025-05-07T10:00:00+05:00')")
    store.conn.execute("INSERT INTO stories (id, title, last_seen) VALUES ('late', 'late', '2025-05-07T07:00:00+00:00')")
    store.conn.execute("INSERT INTO stories (id, title, last_seen) VALUES ('undated', 'undated', NULL)")
    store.commit()
    assert [s["id"] for s in list_stories(store)] == ["late", "early", "undated"]


def test_an_article_without_an_outlet_is_not_listed_under_its_file_name(store):
    # The seeds (plain texts stating no outlet) listed as 'outlets: 000_dadfd7567ef50cb5,
    # 003_e57ce2656f162afc': file names read as outlet names. Such an article is still a source
    # of its own; it is labelled as having no outlet, and exported outlets are stated ones only.
    base = unit(1)
    globe = make_work(GLOBE, "g", outlet="Globe", title="NATO accuses China", published=DAY, embedding=base)
    accuse(globe, GLOBE.split(". ")[0] + ".")
    scraped = make_work(HERALD, "003_scraped", outlet=None, published=DAY, embedding=unit(2, near=base, noise=0.3))
    accuse(scraped, HERALD.split(". ")[0] + ".")
    run_corpus(globe, store)
    run_corpus(scraped, store)
    store.commit()
    story_id = globe.article.story_id
    assert scraped.article.story_id == story_id
    [listed] = list_stories(store)
    assert listed["outlets"] == ["(no outlet: 003_scraped)", "Globe"]
    report = story_report(store, story_id)
    assert set(report["outlets"]) == {"(no outlet: 003_scraped)", "Globe"}
    assert report["events"][0]["outlets"] == ["(no outlet: 003_scraped)", "Globe"]
    [record] = iter_story_records(store)
    assert record["outlets"] == ["Globe"]


def _weekday_story(store, globe_text, herald_text):
    base = unit(1)
    globe = make_work(globe_text, "g", outlet="Globe", title="NATO accuses China", published=DAY, embedding=base)
    accuse(globe, globe_text)
    herald = make_work(herald_text, "h", outlet="Herald", title="Allies blame Beijing", published=DAY,
                       embedding=unit(2, near=base, noise=0.3))
    accuse(herald, herald_text)
    run_corpus(globe, store)
    run_corpus(herald, store)
    store.commit()
    return story_report(store, globe.article.story_id)


def test_conflicting_dates_are_compared_as_days_not_as_words(store):
    # Only day-and-month words were compared: 'on Tuesday' against 'on Wednesday' (the news
    # way of dating) was never a conflict, and 'on Tuesday' against 'on July 9' would not be
    # known to agree. Each outlet's date expressions are now resolved against its article's date.
    report = _weekday_story(store, "NATO accused China on Tuesday of enabling the war.",
                            "NATO accused China on Wednesday of fuelling the war.")
    (conflict,) = [c for c in report["conflicts"] if c["kind"] == "date"]
    assert conflict["values"] == {"Globe": ["2024-07-09"], "Herald": ["2024-07-10"]}


def test_the_same_day_in_other_words_is_no_conflict(store):
    report = _weekday_story(store, "NATO accused China on Tuesday of enabling the war.",
                            "NATO accused China on July 9 of fuelling the war.")
    assert not [c for c in report["conflicts"] if c["kind"] == "date"]


def test_an_outlets_revision_gives_its_latest_figures(store):
    # Herald edits its page in place (same URL): the revision is a copy of its first version,
    # and 'eventwire story' compared the first version's figures only: a conflict the outlet
    # had since corrected was still shown, and its new figure never.
    story_id = _two_outlets(store)
    url = "https://herald.example/nato-china"
    store.conn.execute("UPDATE articles SET url = ? WHERE doc_id = 'h'", (url,))
    revised = make_work(HERALD.replace("The 31 allies", "The 32 allies") + " Turkey abstained.", "h",
                        outlet="Herald", title="Allies blame Beijing", published=DAY, embedding=unit(1))
    revised.article.url = url
    accuse(revised, revised.article.text.split(". ")[0] + ".")
    run_corpus(revised, store)
    store.commit()
    assert revised.article.duplicate_of is not None and revised.article.story_id == story_id
    report = story_report(store, story_id)
    facts = {f["what"]: (f["status"], f["values"]) for f in report["facts"]}
    assert facts["ally"] == ("shared", {"Globe": ["32"], "Herald": ["32"]})
    assert not any(c["what"] == "ally" for c in report["conflicts"])
    (event,) = report["events"]
    assert event["status"] == "shared" and event["outlets"] == ["Globe", "Herald"]
    assert report["copies"] == 2 and [a["id"] for a in report["outlets"]["Herald"]["copies"]] == [revised.article.id]


def test_a_negated_event_is_listed_as_not_happening_and_after_the_rest(store):
    """'did not send a delegation' was listed as 'MMRMIL → CONSULT → MMRGOV', a visit that was
    never made, among a story's top events."""
    base = unit(1)
    globe = make_work(GLOBE, "g", outlet="Globe", title="NATO accuses China", published=DAY, embedding=base)
    denied = accuse(globe, GLOBE.split(". ")[0] + ".")
    denied.negated = True
    accuse(globe, "Leaders pledged 40 billion dollars.", target="RUS").modality = "intended"
    run_corpus(globe, store)
    (listed,) = list_stories(store)
    assert [e["event"] for e in listed["top_events"]] == [
        "IGONAT → ACCUSE (intended) → RUS", "IGONAT → not ACCUSE → CHN"]
