"""RSS/Atom feeds, as files and URLs: entry pages fetched, entry text as the fallback."""

from __future__ import annotations

from datetime import UTC, datetime

from eventwire.errors import InputError
from eventwire.records import Document

PAGE = "<!doctype html><html><body><article><p>The full story from the page.</p></article></body></html>"


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Wire</title>
  <link>{base}/</link>
  <item>
    <title>NATO summit opens</title>
    <link>{base}/world/nato-summit-opens.html</link>
    <pubDate>Wed, 10 Jul 2024 14:30:00 +0000</pubDate>
    <description>Short teaser.</description>
  </item>
  <item>
    <title>Embassy rejects accusation</title>
    <link>{base}/world/embassy-rejects.html</link>
    <pubDate>Thu, 11 Jul 2024 09:00:00 +0200</pubDate>
    <description>Teaser only.</description>
    <content:encoded><![CDATA[<p>The embassy rejected the accusation in full.</p>]]></content:encoded>
  </item>
  <item>
    <title>Headline with nothing else</title>
  </item>
</channel>
</rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom Desk</title>
  <id>urn:example:atom</id>
  <updated>2024-07-10T12:00:00Z</updated>
  <entry>
    <title>Leaders pledge aid</title>
    <id>urn:example:1</id>
    <link href="{base}/gone/leaders-pledge-aid"/>
    <updated>2024-07-10T12:00:00Z</updated>
    <author><name>A. Writer</name></author>
    <summary type="text">Leaders pledged new air defence aid for Ukraine.</summary>
  </entry>
</feed>"""


def test_feed_file_entries_fetch_pages_or_fall_back(tmp_path, server, settings, collect):
    server.page("/world/nato-summit-opens.html", PAGE)  # the second entry's page is missing (404)
    path = tmp_path / "wire.rss"
    path.write_text(rss(server.base))
    first, second, third = collect([path], settings)

    assert isinstance(first, Document)
    assert first.raw == PAGE.encode()  # the page, not the teaser
    assert (first.origin, first.content_type, first.doc_id) == ("feed", "html; charset=utf-8", "nato-summit-opens")
    assert first.url == server.url("/world/nato-summit-opens.html")
    assert (first.title, first.outlet) == ("NATO summit opens", "Example Wire")
    assert first.published == datetime(2024, 7, 10, 14, 30, tzinfo=UTC)

    assert isinstance(second, Document)
    # full content over teaser, as the text of the fragment: it is the article body already, and
    # the page extractor (made for whole pages) refused such fragments as "no article text"
    assert second.raw == b"The embassy rejected the accusation in full."
    assert (second.content_type, second.doc_id, second.title) == ("text", "embassy-rejects", "Embassy rejects accusation")
    assert second.published == datetime(2024, 7, 11, 7, 0, tzinfo=UTC)
    assert second.url == server.url("/world/embassy-rejects.html")

    assert isinstance(third, InputError)  # no link, no text
    assert str(third) == f"[E005] {path}#3: no article text found (a listing or empty page?)"


def test_atom_text_summary_is_a_text_document(tmp_path, server, settings, collect):
    path = tmp_path / "desk.atom"
    path.write_text(atom(server.base))
    [doc] = collect([path], settings)
    assert doc.raw == b"Leaders pledged new air defence aid for Ukraine."
    assert (doc.content_type, doc.outlet, doc.authors) == ("text", "Atom Desk", ["A. Writer"])
    assert doc.doc_id == "leaders-pledge-aid"


def test_feed_url_is_read_and_its_entries_fetched(server, settings, collect):
    server.page("/world/nato-summit-opens.html", PAGE)
    url = server.page("/feed", rss(server.base), content_type="application/rss+xml")
    docs = [i for i in collect([url], settings) if isinstance(i, Document)]
    assert [d.doc_id for d in docs] == ["nato-summit-opens", "embassy-rejects"]
    assert docs[0].raw == PAGE.encode()
    assert all(d.origin == "feed" for d in docs)


def test_feed_is_sniffed_when_served_as_plain_text(server, settings, collect):
    url = server.page("/feed.txt", atom(server.base), content_type="text/plain")
    [doc] = collect([url], settings)
    assert (doc.origin, doc.title) == ("feed", "Leaders pledge aid")


def test_feed_file_without_extension_is_sniffed(tmp_path, server, settings, collect):
    path = tmp_path / "desk"
    path.write_text(atom(server.base))
    [doc] = collect([path], settings)
    assert doc.origin == "feed"


def test_entry_pages_on_private_addresses_are_refused_and_the_entry_text_used(tmp_path, server, strict_settings, collect):
    server.page("/world/nato-summit-opens.html", PAGE)
    path = tmp_path / "wire.xml"
    path.write_text(rss(server.base))
    first, second, _ = collect([path], strict_settings)
    assert server.requests == []
    assert first.raw == b"Short teaser."
    assert second.raw == b"The embassy rejected the accusation in full."


def test_xml_that_is_not_a_feed_is_e017(tmp_path, server, settings, collect):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>')
    [err] = collect([path], settings)
    assert str(err).startswith(f"[E017] {path}: not an RSS or Atom feed (")
    url = server.page("/sitemap.xml", path.read_text(), content_type="application/xml")
    [err] = collect([url], settings)
    assert str(err).startswith(f"[E017] {url}: not an RSS or Atom feed (")


ENTRY_HTML = (
    "<p>Kenya accused Uganda of violating its airspace on Tuesday, the Kenyan foreign ministry said in a "
    "statement, and summoned the Ugandan envoy in Nairobi to protest.</p>"
    "<p>Uganda denied the claim &amp; said its <a href='/x'>aircraft</a> had stayed on its side of the "
    "border.<br>Talks are planned next week.</p>"
)


def test_an_entry_html_summary_becomes_an_article_when_its_page_is_gone(tmp_path, server, settings, collect):
    from eventwire.extract import extract_article

    path = tmp_path / "wire.rss"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{server.base}/</link>
<item><title>Kenya accuses Uganda</title><link>{server.base}/gone.html</link>
<description><![CDATA[{ENTRY_HTML}]]></description></item></channel></rss>""")
    [doc] = collect([path], settings)
    article = extract_article(doc)
    assert [line for line in article.text.split("\n") if line] == [
        "Kenya accused Uganda of violating its airspace on Tuesday, the Kenyan foreign ministry said in a "
        "statement, and summoned the Ugandan envoy in Nairobi to protest.",
        "Uganda denied the claim & said its aircraft had stayed on its side of the border.",
        "Talks are planned next week.",
    ]
    assert article.title == "Kenya accuses Uganda"


def _snapshot(base: str, fetched: str) -> str:
    # The same feed saved on two days: its one entry has no page link, only a permanent guid.
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{base}/</link><lastBuildDate>{fetched}</lastBuildDate>
<item><title>Ceasefire holds</title><guid isPermaLink="false">example-wire-2024-0710-17</guid>
<description>The ceasefire held for a third day, monitors said.</description></item></channel></rss>"""


def test_an_entry_keeps_its_doc_id_whichever_copy_of_the_feed_it_comes_from(tmp_path, server, settings, collect):
    # An entry without a page link was named by the feed's input as given: the same entry read
    # from 'wire.rss' and from './wire.rss', from two saved snapshots of the feed, or from the
    # feed's URL and a saved copy, got two doc_ids, and a re-run stored it again as a copy.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one, two = tmp_path / "a" / "wire-0710.rss", tmp_path / "b" / "wire-0711.rss"
    one.write_text(_snapshot(server.base, "Wed, 10 Jul 2024 18:00:00 +0000"))
    two.write_text(_snapshot(server.base, "Thu, 11 Jul 2024 06:00:00 +0000"))
    url = server.page("/wire.rss", two.read_text(), content_type="application/rss+xml")
    docs = collect([one, two, url], settings)
    assert len({d.doc_id for d in docs}) == 1


def test_relative_entry_links_in_a_feed_file_resolve_against_the_channel_link(tmp_path, server, settings, collect):
    # A feed file has no address of its own to resolve a relative <link> against: the entry's
    # page was never fetched and the article had no url. The channel's own <link> (the site)
    # is the base a reader of the file has.
    server.page("/world/nato-summit-opens.html", PAGE)
    path = tmp_path / "wire.rss"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>{server.base}/</link>
<item><title>NATO summit opens</title><link>/world/nato-summit-opens.html</link>
<description>Short teaser.</description></item></channel></rss>""")
    [doc] = collect([path], settings)
    assert doc.url == server.url("/world/nato-summit-opens.html")
    assert doc.raw == PAGE.encode() and doc.doc_id == "nato-summit-opens"


def test_a_site_that_times_out_is_not_waited_for_on_every_entry(tmp_path, server, settings, collect):
    # Every entry's page was fetched in turn with the full timeout: a feed of 200 entries from a
    # site that has stopped answering took 200 timeouts (over an hour at the default 20 s)
    # before the run went on with the entries' own text.
    from dataclasses import replace

    items = "".join(
        f"<item><title>Entry {n}</title><link>{server.base}/slow/{n}.html</link>"
        f"<description>Entry {n}: the ceasefire held for a day.</description></item>" for n in range(8))
    for n in range(8):
        server.page(f"/slow/{n}.html", PAGE, delay=1.0)
    path = tmp_path / "wire.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>')
    docs = collect([path], replace(settings, http_timeout=0.3))
    assert [d.raw for d in docs] == [f"Entry {n}: the ceasefire held for a day.".encode() for n in range(8)]
    assert len([r for r in server.requests if r["path"].startswith("/slow/")]) == 3


SHELL_PAGE = ("<!doctype html><html><head><title>Example Wire</title></head><body><div id='app'></div>"
              "<script src='/bundle.js'></script><noscript>Please enable JavaScript.</noscript></body></html>")


def test_an_entry_whose_page_holds_no_article_is_read_from_its_own_content(tmp_path, server, settings, collect):
    # The entry's page was fetched (a script-rendered shell, a consent wall: 200 and no article
    # text) and failed with E005, though the feed carried the whole article in its content.
    from eventwire.extract import extract_article

    server.page("/world/kenya-uganda.html", SHELL_PAGE)
    path = tmp_path / "wire.rss"
    path.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
<item><title>Kenya accuses Uganda</title><link>{server.base}/world/kenya-uganda.html</link>
<description>Teaser.</description><content:encoded><![CDATA[{ENTRY_HTML}]]></content:encoded></item>
</channel></rss>""")
    [doc] = collect([path], settings)
    assert doc.raw == SHELL_PAGE.encode()  # the page is still read first
    article = extract_article(doc)
    assert article.text.startswith("Kenya accused Uganda of violating its airspace on Tuesday")
    assert (article.url, article.title) == (server.url("/world/kenya-uganda.html"), "Kenya accuses Uganda")
