"""Publication dates of web pages: which sources count, and no date when the page states none."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from lxml import html as lxml_html

from eventwire.extract import metadata as md
from eventwire.extract.dates import candidates, dates_in, find_published, from_labels, is_visible, parse_value


def _published(page: str, url: str | None = None) -> datetime | None:
    tree = lxml_html.fromstring(page)
    objects = md.jsonld_objects(tree)
    return find_published(tree, md.meta_values(tree), objects, md.jsonld_articles(objects), url)


def test_parse_value_keeps_the_stated_offset() -> None:
    assert parse_value("2024-07-10T14:32:00-04:00") == datetime.fromisoformat("2024-07-10T14:32:00-04:00")
    assert parse_value("2024-07-10T14:32:00Z").tzinfo is not None
    assert parse_value("2024-07-10") == datetime(2024, 7, 10)
    assert parse_value("July 9, 2024") == datetime(2024, 7, 9)
    assert parse_value("soon") is None and parse_value(None) is None


def test_dates_in_reads_written_forms_in_order() -> None:
    assert dates_in("Posted 9 July 2024, updated Aug. 2, 2024") == [date(2024, 7, 9), date(2024, 8, 2)]


def test_is_visible_accepts_common_forms() -> None:
    day = date(2023, 2, 2)
    assert is_visible(day, "Published Feb 2, 2023")
    assert is_visible(day, "on 02/02/2023 at noon")
    assert is_visible(day, "2023-02-02")
    assert is_visible(day, "2023-02-02T08:10+02:00")  # a machine date printed as is
    assert not is_visible(day, "Published Feb 3, 2023")


def test_dates_in_reads_month_names_of_other_languages() -> None:
    assert dates_in("Veröffentlicht am 6. Mai 2018") == [date(2018, 5, 6)]
    assert dates_in("Publicado el 19 de octubre de 2019") == [date(2019, 10, 19)]
    assert dates_in("Mis en ligne le 1er juillet 2020") == [date(2020, 7, 1)]
    assert dates_in("14. Jänner 2022, 12 maggio 2020") == [date(2022, 1, 14), date(2020, 5, 12)]
    assert dates_in("6 April 2018") == [date(2018, 4, 6)]  # English and German alike: once


def test_dates_in_reads_the_month_names_of_russian_polish_turkish_and_arabic_news() -> None:
    assert dates_in("Опубликовано 7 октября 2020 г.") == [date(2020, 10, 7)]
    assert dates_in("Opublikowano 12 września 2021") == [date(2021, 9, 12)]
    assert dates_in("Güncelleme: 3 Ağustos 2022") == [date(2022, 8, 3)]
    assert dates_in("القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م") == [date(2020, 10, 7)]
    assert dates_in("بيروت، 14 تموز 2019") == [date(2019, 7, 14)]


def test_is_visible_accepts_forms_of_other_languages() -> None:
    day = date(2019, 10, 19)
    assert is_visible(day, "Hamburg, 19. Oktober 2019 15:07")
    assert is_visible(day, "19 de octubre de 2019")
    assert is_visible(day, "le 19 octobre 2019")
    assert is_visible(day, "2019. 10. 19. 11:27")
    assert is_visible(day, "2019年10月19日")
    assert is_visible(day, "19 октября 2019") and is_visible(day, "19 أكتوبر 2019")
    assert not is_visible(day, "20. Oktober 2019")


def test_a_german_label_dates_the_page() -> None:
    page = """<html><body><h1>Neue Radwege für die Innenstadt</h1>
    <p>Die Stadt baut bis zum Sommer drei neue Radwege durch die Innenstadt, teilte das Bauamt mit.</p>
    <div class="info">Veröffentlicht am: 06.05.2018</div></body></html>"""
    assert _published(page) == datetime(2018, 5, 6, tzinfo=UTC)
    assert from_labels(lxml_html.fromstring(page)) == datetime(2018, 5, 6)
    assert from_labels(lxml_html.fromstring(page.replace("Veröffentlicht am:", "Gedruckt"))) is None


def test_a_page_edited_on_its_day_of_publication_keeps_that_day() -> None:
    # A CMS writes datePublished and dateModified on the page's WebPage object: the same day
    # as both is no sign that the date is a modification date only.
    graph = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", '
             '"datePublished": "2020-06-04T09:00:00+00:00", "dateModified": "2020-06-04T11:27:00+00:00"}]}')
    page = f"""<html><head><script type="application/ld+json">{graph}</script></head><body>
    <h1>Sokan gyűltek össze a téren</h1><div>Olvasói szavazás 2020. 06. 04. 11:27</div>
    <p>A tüntetők délután gyűltek össze a főtéren, ahol a szervezők beszédet mondtak.</p></body></html>"""
    assert _published(page).date() == date(2020, 6, 4)


def test_publication_meta_wins_and_keeps_its_zone() -> None:
    page = """<html><head>
    <meta property="article:published_time" content="2024-07-10T14:32:00-04:00">
    <meta property="article:modified_time" content="2024-07-12T09:00:00Z">
    </head><body><h1>Headline</h1><p>Text.</p></body></html>"""
    assert _published(page) == datetime.fromisoformat("2024-07-10T14:32:00-04:00")


def test_a_modification_date_alone_is_no_publication_date() -> None:
    page = """<html><head>
    <meta property="article:modified_time" content="2024-07-12T09:00:00Z">
    <script type="application/ld+json">{"@type": "WebPage", "datePublished": "2019-01-01", "dateModified": "2024-07-12"}</script>
    </head><body><h1>Headline</h1><p>Some text without any date at all.</p></body></html>"""
    assert _published(page) is None


def test_visible_byline_date_next_to_the_headline() -> None:
    page = """<html><body><h1>Headline of the story</h1><div class="meta">By Ana Ruiz | March 3, 2022</div>
    <p>Body text.</p></body></html>"""
    assert _published(page) == datetime(2022, 3, 3, tzinfo=UTC)


@pytest.mark.parametrize(("lang", "expected"), [("de", datetime(2023, 11, 1, tzinfo=UTC)), ("en-US", None)])
def test_a_dotted_byline_date_is_read_day_first_where_the_page_language_writes_it_so(lang, expected) -> None:
    # "01.11.2023" is the 1st of November in German; an English page may mean January 11th.
    attr = f' lang="{lang}"' if lang else ""
    page = f"""<html{attr}><body><h1>Neue Batterie vorgestellt</h1><em>01.11.2023 11:35</em>
    <p>Ein Forschungsteam hat eine neue Batterie vorgestellt.</p></body></html>"""
    assert _published(page) == expected


_NO_LANG_GERMAN = """<html><body><h1>Neue Batterie vorgestellt</h1><em>01.11.2023 11:35</em>
    <p>Ein Forschungsteam der Universität hat am Mittwoch eine neue Batterie vorgestellt, die
    schneller lädt und länger hält als die bisherigen Zellen aus dem eigenen Labor.</p></body></html>"""
_NO_LANG_ENGLISH = """<html><body><h1>New battery unveiled</h1><em>01.11.2023 11:35</em>
    <p>A research team at the university unveiled a new battery on Wednesday that charges faster
    and lasts longer than the cells the laboratory built before.</p></body></html>"""


def test_a_page_that_names_no_language_is_read_as_its_text_is_written() -> None:
    assert _published(_NO_LANG_GERMAN) == datetime(2023, 11, 1, tzinfo=UTC)
    assert _published(_NO_LANG_ENGLISH) is None  # the order is not plain: no guess
    declared = _NO_LANG_ENGLISH.replace("<html>", '<html><head><meta property="og:locale" content="de_DE"></head>')
    assert _published(declared) == datetime(2023, 11, 1, tzinfo=UTC)


def test_chinese_japanese_and_korean_dates_are_read() -> None:
    for written in ("2020年7月12日", "2020年07月12日 10:30", "2020년 7월 12일"):
        page = f"<html><body><h1>Headline of the story</h1><div>{written}</div><p>Text.</p></body></html>"
        assert _published(page) == datetime(2020, 7, 12, tzinfo=UTC), written


def test_a_slashed_date_is_read_only_where_its_order_is_plain() -> None:
    page = "<html{}><body><h1>Headline of the story</h1><div>{}</div><p>Text.</p></body></html>"
    assert _published(page.format(' lang="de"', "26/12/2019")) == datetime(2019, 12, 26, tzinfo=UTC)
    assert _published(page.format(' lang="en"', "12/26/2019")) == datetime(2019, 12, 26, tzinfo=UTC)
    # "11/01/2021": November 1st on a US-style site, January 11th elsewhere; a German page may use either
    assert _published(page.format(' lang="de"', "11/01/2021")) is None


def test_a_two_digit_year_is_read_in_a_day_first_byline_only() -> None:
    page = """<html lang="{}"><body><h1>Instagram testet eine neue Funktion</h1><div>Jana Roth | {}</div>
    <p>Text.</p></body></html>"""
    assert _published(page.format("de", "06.11.23")) == datetime(2023, 11, 6, tzinfo=UTC)
    assert _published(page.format("en", "06.11.23")) is None
    assert _published(page.format("de", "Version 1.2.3")) is None
    assert _published(page.format("de", "01.01.99")) is None  # a year after this one, or last century: no guess


def test_a_lead_paragraph_that_opens_with_its_date() -> None:
    lead = "27.1.2022 - Bei der Erinnerung an die Opfer wurde am Donnerstag ein neuer Gedenkstein gesetzt, " * 2
    page = f'<html lang="de"><body><h1>Gedenkstein gesetzt</h1><p>{lead}</p></body></html>'
    assert _published(page) == datetime(2022, 1, 27, tzinfo=UTC)
    inside = lead.replace("27.1.2022 - Bei", "Bei der Feier am 27.1.2022 und")
    assert _published(f'<html lang="de"><body><h1>Gedenkstein gesetzt</h1><p>{inside}</p></body></html>') is None


def test_a_date_below_a_related_label_belongs_to_another_story() -> None:
    page = """<html lang="de"><body><h1>Erzbischof erinnert an Pater Kolbe</h1>
    <p>Der Erzbischof hat am Sonntag in Auschwitz an den Ordensmann erinnert, der dort starb.</p>
    <p>Lesen Sie auch</p><div>14/08/2021</div><a>Polen: Kirche erinnert an Kolbe</a></body></html>"""
    assert _published(page) is None


def test_a_byline_date_below_the_headline_wins_over_a_date_above_it() -> None:
    page = """<html><body><div>Friday, 12 July 2024</div><h1>Headline of the story</h1>
    <div>By Ana Ruiz, 10 July 2024</div><p>Text.</p></body></html>"""
    assert _published(page) == datetime(2024, 7, 10, tzinfo=UTC)


def test_a_microdata_publication_date_is_read_when_the_page_shows_it() -> None:
    # far below the headline (out of the byline reader's reach), unlabelled, no <time>
    body = "<p>" + "Der Text des Artikels geht hier weiter und weiter. " * 40 + "</p>"
    shown = f"""<html lang="de"><body><h1>Headline of the story</h1>{body}
    <div>Erschienen in der Ausgabe vom <span itemprop="datePublished" content="2022-01-14">14. Januar 2022</span></div>
    </body></html>"""
    assert _published(shown) == datetime(2022, 1, 14, tzinfo=UTC)
    hidden = shown.replace(">14. Januar 2022<", "><")
    assert _published(hidden) is None
    for page, expected in ((shown, datetime(2022, 1, 14)), (hidden, None)):
        tree = lxml_html.fromstring(page)
        assert candidates(tree, {}, [], [], None)["itemprop"]() == expected


def test_labelled_date_and_url_date() -> None:
    page = "<html><body><p>Some intro.</p><span>Posted on</span> <span>Nov 21, 2018</span><p>Text.</p></body></html>"
    assert _published(page) == datetime(2018, 11, 21, tzinfo=UTC)
    plain = "<html><body><p>Text.</p></body></html>"
    assert _published(plain, "https://news.example/2021/05/04/story") == datetime(2021, 5, 4, tzinfo=UTC)
    assert _published(plain, "https://news.example/story") is None


def test_future_dates_are_refused() -> None:
    page = '<html><head><meta name="date" content="2999-01-01"></head><body><p>Text.</p></body></html>'
    assert _published(page) is None


@pytest.mark.parametrize("offset", [9, 14])
def test_a_fresh_page_dated_tomorrow_in_its_own_zone_keeps_its_date(offset: int, monkeypatch) -> None:
    # Published an hour ago in Tokyo (UTC+9) or Kiribati (UTC+14): at 16:00 UTC its local day is
    # already tomorrow. Comparing the local day with UTC's today dropped the date of every Asian
    # and Pacific page fetched in the hours after its local midnight.
    from eventwire.extract import dates

    now = datetime(2026, 11, 23, 16, 0, tzinfo=UTC)
    monkeypatch.setattr(dates, "_now", lambda: now)
    stated = (now - timedelta(hours=1)).astimezone(timezone(timedelta(hours=offset)))
    assert stated.day == 24
    page = f'<html><head><meta property="article:published_time" content="{stated.isoformat()}"></head><body><p>T.</p></body></html>'
    assert _published(page) == stated
    # an instant hours ahead of the clock is still refused
    ahead = (now + timedelta(hours=3)).astimezone(timezone(timedelta(hours=offset)))
    page = f'<html><head><meta property="article:published_time" content="{ahead.isoformat()}"></head><body><p>T.</p></body></html>'
    assert _published(page) is None
    # a day with no time and no zone may be tomorrow somewhere on Earth (up to UTC+14), not later
    page = '<html><head><meta name="date" content="2026-11-24"></head><body><p>T.</p></body></html>'
    assert _published(page) == datetime(2026, 11, 24, tzinfo=UTC)
    page = '<html><head><meta name="date" content="2026-11-25"></head><body><p>T.</p></body></html>'
    assert _published(page) is None


def test_a_time_element_in_the_body_gives_the_day() -> None:
    page = """<html><body><nav><time datetime="2020-01-01">menu date</time></nav>
    <h1>Headline</h1><div class="post-date"><time datetime="2025-12-19T15:55:39-08:00">2 days ago</time></div>
    <p>Text.</p></body></html>"""
    assert _published(page) == datetime.fromisoformat("2025-12-19T15:55:39-08:00")


def test_dates_run_into_neighbouring_words_are_read() -> None:
    # page builders glue a byline's parts: "DirectorMay 14, 2025", "2025X min read"
    assert dates_in("Insights from Lena Moor, Marketing DirectorMay 14, 2025") == [date(2025, 5, 14)]
    assert dates_in("Dec 18, 2025X min read") == [date(2025, 12, 18)]
    # a month name must start a capitalised word when glued: "Summary 5, 2020" is no date
    assert dates_in("Summary 5, 2020") == []


def test_dotted_dates_only_when_the_order_is_plain() -> None:
    assert dates_in("Posted 17.05.2021", numeric=True) == [date(2021, 5, 17)]
    assert dates_in("12.12.2025", numeric=True) == [date(2025, 12, 12)]
    assert dates_in("09.10.2024", numeric=True) == []  # September 10 or 9 October
    assert dates_in("17.05.2021") == []  # numeric forms only where asked for


def test_byline_date_is_a_short_text_not_a_date_inside_a_sentence() -> None:
    page = """<html><body><h1>How to file your taxes this year</h1>
    <p>The filing season for most people ends on April 15, 2025, and if you cannot file by then you still have options.</p>
    <div class="byline">Last updated January 17, 2025</div><p>More text.</p></body></html>"""
    assert _published(page) == datetime(2025, 1, 17, tzinfo=UTC)


def test_headline_without_h1_is_found_by_the_title() -> None:
    page = """<html><body><div class="hero"><p class="t">Choosing a payroll tool for a small team</p>
    <p class="d">Feb 16, 2026</p></div><p>Some article text that goes on for a while.</p></body></html>"""
    tree = lxml_html.fromstring(page)
    assert find_published(tree, {}, [], [], None, title="Choosing a payroll tool for a small team") == datetime(
        2026, 2, 16, tzinfo=UTC
    )
    assert find_published(tree, {}, [], [], None) is None


def test_originally_published_beats_the_byline_date() -> None:
    page = """<html><body><h1>Living in a very small house</h1><div>Ana Ruiz 30 Sep 2022, 11:07am</div>
    <p>Article text.</p><p>This article was originally published on 26 Sep 2019 at 4:12pm but has been
    updated to keep it current.</p></body></html>"""
    assert _published(page) == datetime(2019, 9, 26, tzinfo=UTC)


def test_published_date_meta_name() -> None:
    page = """<html><head><meta name="published-date" content="2021-02-16"><meta name="modified-date" content="2024-07-30">
    </head><body><h1>Headline</h1><p>Text.</p></body></html>"""
    assert _published(page) == datetime(2021, 2, 16, tzinfo=UTC)


def test_visible_segments_are_walked_once_and_cut_at_each_limit() -> None:
    from eventwire.extract import dates

    paragraphs = "".join(f"<p>{i:03d} {'x' * 95}</p>" for i in range(600))  # about 60,000 characters
    tree = lxml_html.fromstring(f"<html><body><nav>Menu</nav>{paragraphs}<footer>Foot</footer></body></html>")
    short = dates.visible_segments(tree, 1000)
    # 99 characters a part: the walk stops after the first part that takes it past the limit
    assert short[0].startswith("000") and len(short) == 1000 // 99 + 1
    longer = dates.visible_segments(tree, 50000)  # past the first walk's reach: walked again
    assert longer[: len(short)] == short and len(longer) == 50000 // 99 + 1
    assert len(dates.visible_segments(tree, 10**6)) == 600
    assert "Menu" not in dates.visible_text(tree, 10**6)
    other = lxml_html.fromstring("<html><body><p>Another page</p></body></html>")
    assert dates.visible_segments(other) == ["Another page"]  # a new tree is not served from the last one


def test_a_byline_date_well_before_the_meta_date_wins() -> None:
    page = """<html><head><meta property="article:published_time" content="{meta}"></head><body>
    <h1>Lessons from a failed start-up</h1><div>Ana Ruiz · 7 min read · Dec 30, 2013</div><p>Text.</p></body></html>"""
    # moved to a new publishing system in 2024: the byline keeps the first publication
    assert _published(page.format(meta="2024-08-07T10:00:00Z")) == datetime(2013, 12, 30, tzinfo=UTC)
    # a day apart is a time zone, and a later byline date is an update: the meta date stands
    assert _published(page.format(meta="2013-12-31T02:00:00Z")) == datetime.fromisoformat("2013-12-31T02:00:00+00:00")
    assert _published(page.format(meta="2013-06-01T10:00:00Z")) == datetime.fromisoformat("2013-06-01T10:00:00+00:00")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2024/07/09/harbour-strike/", datetime(2024, 7, 9)),
        ("https://example.org/news/2024-07-09-harbour-strike", datetime(2024, 7, 9)),
        ("https://example.org/2024/7/9/", datetime(2024, 7, 9)),
        ("https://example.org/2024/7/9", datetime(2024, 7, 9)),
        # a month's archive with a slug that opens with a number: "3 questions for ..."
        ("https://blog.example.org/2023/10/3-questions-for-the-mayor/", None),
        ("https://example.org/2023/10/", None),
    ],
)
def test_a_url_date_needs_a_day_of_its_own(url: str, expected: datetime | None) -> None:
    from eventwire.extract.dates import from_url

    assert from_url(url) == expected


def test_a_logo_h1_is_not_taken_for_the_headline() -> None:
    # The first h1 is the site's name; the headline is printed in an h2 the <title> opens with.
    page = """<html><head><title>Port workers end strike after pay deal | Harbour Times</title></head><body>
    <h1>Harbour Times</h1><div>Tuesday, (08 Dec 2020)</div><nav>News Sport Weather</nav>
    <h2>Port workers end strike after pay deal</h2><span>13 Oct 2020 18:29</span>
    <p>Dock workers returned to work on Tuesday after the union accepted the offer.</p></body></html>"""
    assert _published(page) == datetime(2020, 10, 13, tzinfo=UTC)
    # a headline h1 of a few words is no logo when the <title> opens with it
    short = page.replace("<h1>Harbour Times</h1>", "<h1>Port workers end strike</h1>").replace(
        "<title>Port workers end strike after pay deal", "<title>Port workers end strike")
    assert _published(short) == datetime(2020, 12, 8, tzinfo=UTC)


@pytest.mark.parametrize("label", ["Erschienen am:", "Verschenen op", "Paru le"])
def test_published_labels_of_german_dutch_and_french(label: str) -> None:
    page = f"""<html lang="de"><body><p>Ein langer Absatz über die Lesung ohne jedes Datum darin.</p>
    <div>Letzte Änderung: 31.10.2023</div><div>{label} 01.11.2023</div></body></html>"""
    tree = lxml_html.fromstring(page)
    assert from_labels(tree) == datetime(2023, 11, 1)
