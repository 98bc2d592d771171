"""Telling binary, feeds, HTML and text apart by their bytes (and a header where there is one)."""

from __future__ import annotations

import pytest

from eventwire.sources.sniff import binary_kind, classify, looks_like_feed

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
ATOM = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>'
HTML = b"<!DOCTYPE html><html><head><title>x</title></head><body><p>Text</p></body></html>"


@pytest.mark.parametrize(
    ("data", "content_type", "expected"),
    [
        (HTML, "text/html; charset=utf-8", "html"),
        (HTML, None, "html"),
        (b"Just words.", None, "text"),
        (b"Just words.", "text/plain", "text"),
        # a whole page served as text/plain (raw file hosts, misconfigured servers) is a page;
        # its markup stayed in the article text
        (HTML, "text/plain; charset=utf-8", "html"),
        (b"\n  <html lang='en'><body><p>Text</p></body></html>", "text/plain", "html"),
        (b"Plain words. <p> is not markup here. <html> neither.", "text/plain", "text"),
        (RSS, "application/rss+xml", "feed"),
        (ATOM, "text/plain", "feed"),
        (ATOM, None, "feed"),
        # a feed served as text/html (a misconfigured server) was read as a page: E005
        (RSS, "text/html; charset=utf-8", "feed"),
        (ATOM, "text/html", "feed"),
        (b"<div><p>Our feed:</p><pre><rss version='2.0'></rss></pre></div>", "text/html", "html"),
        (b'<?xml version="1.0"?><urlset></urlset>', "text/xml", "xml"),
        (b"%PDF-1.4", "text/html", "binary:PDF"),
        (b"whatever", "image/jpeg", "binary:image/jpeg"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", None, "binary:RIFF media"),
    ],
)
def test_classify(data, content_type, expected):
    assert classify(data, content_type) == expected


def test_html_page_that_mentions_a_feed_is_not_a_feed():
    page = b'<html><head><link rel="alternate" href="/rss"></head><body><feed >x</feed></body></html>'
    assert not looks_like_feed(page)


def test_plain_text_is_not_binary():
    assert binary_kind("Ordinary text, caf\u00e9.".encode()) is None
    assert binary_kind("Wide text".encode("utf-16-le")) is None
    assert binary_kind(b"text with a \x00 in it and then more") == "binary data"
