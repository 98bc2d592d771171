"""URL inputs against a local server on 127.0.0.1: fetching, redirects, size cap, refusals."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import replace

import pytest

from eventwire.errors import InputError
from eventwire.records import Document
from eventwire.sources import web

PAGE = "<!doctype html><html><head><title>Summit</title></head><body><p>NATO leaders met.</p></body></html>"


def test_page_url_becomes_a_document(server, settings, collect):
    url = server.page("/news/2024/nato-summit.html", PAGE)
    [doc] = collect([url], settings)
    assert isinstance(doc, Document)
    assert doc.raw == PAGE.encode()
    # the kind of document, with the charset the server declared (decoding needs it)
    assert (doc.doc_id, doc.content_type, doc.origin, doc.url, doc.input) == (
        "nato-summit", "html; charset=utf-8", "url", url, url)
    assert doc.fetched_at is not None and doc.fetched_at.tzinfo is not None


def test_real_user_agent_is_sent(server, settings, collect):
    collect([server.page("/a", PAGE)], settings)
    agent = server.requests[-1]["user-agent"]
    assert agent.startswith("Mozilla/5.0 (compatible; eventwire/")


def test_content_type_comes_from_the_header(server, settings, collect):
    url = server.page("/notes", "Plain words. <p> is not markup here.", content_type="text/plain")
    [doc] = collect([url], settings)
    assert (doc.content_type, doc.doc_id) == ("text", "notes")


def test_charset_declared_only_in_the_header_decodes_the_page(server, settings, collect):
    # Short Polish text in ISO-8859-2: without the header's charset the bytes read as another
    # Central European code page ('Ś' and 'ą' come out wrong); the page itself declares nothing.
    text = "Ministerstwo wezwało ambasadora w środę. Święto ąę."
    page = f"<html><body><article><p>{text}</p></article></body></html>".encode("iso-8859-2")
    url = server.page("/pl", page, content_type="text/html; charset=ISO-8859-2")
    [doc] = collect([url], settings)
    assert doc.content_type == "html; charset=ISO-8859-2"
    from eventwire.extract.decode import decode

    assert text in decode(doc.raw, doc.content_type)


def test_url_without_path_segment_gets_a_short_hash_id(server, settings, collect):
    server.page("/", PAGE)
    [doc] = collect([server.url("/")], settings)
    assert len(doc.doc_id) == 12 and all(c in "0123456789abcdef" for c in doc.doc_id)
    assert collect([server.url("/")], settings)[0].doc_id == doc.doc_id  # stable


def test_redirects_are_followed_to_the_final_url(server, settings, collect):
    final = server.page("/final/story.html", PAGE)
    start = server.redirect("/start", server.redirect("/middle", final))
    [doc] = collect([start], settings)
    assert doc.url == final
    assert doc.doc_id == "start"  # the id comes from the input the user gave


def test_too_many_redirects_is_e007(server, settings, collect):
    for i in range(6):
        server.redirect(f"/r{i}", server.url(f"/r{i + 1}"))
    server.page("/r6", PAGE)
    [err] = collect([server.url("/r0")], settings)
    assert str(err) == f"[E007] {server.url('/r0')}: could not fetch (more than 3 redirects)"


def test_http_error_status_is_e007(server, settings, collect):
    [err] = collect([server.url("/missing")], settings)
    assert str(err) == f"[E007] {server.url('/missing')}: could not fetch (HTTP 404)"


def test_unreachable_url_is_e007(settings, collect):
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [err] = collect([f"http://127.0.0.1:{port}/x"], settings)
    assert str(err).startswith(f"[E007] http://127.0.0.1:{port}/x: could not fetch (ConnectError")


def test_slow_server_is_a_timeout_e007(server, settings, collect):
    url = server.page("/slow", PAGE, delay=1.5)
    [err] = collect([url], replace(settings, http_timeout=0.3))
    assert str(err) == f"[E007] {url}: could not fetch (timed out after 0.3 s)"


def test_declared_size_over_the_cap_is_e009(server, settings, collect):
    url = server.page("/big", "<p>" + "x" * 5000)
    [err] = collect([url], replace(settings, max_bytes=1000))
    assert str(err) == f"[E009] {url}: larger than 1000 bytes"


def test_size_cap_is_enforced_while_streaming(server, settings, collect):
    # No Content-Length: the body is only known to be too big while it arrives.
    url = server.page("/stream", "<p>" + "x" * 200_000, chunks=50)
    [err] = collect([url], replace(settings, max_bytes=10_000))
    assert str(err) == f"[E009] {url}: larger than 10000 bytes"
    ok = server.page("/stream-ok", "<p>" + "x" * 5_000, chunks=5)
    [doc] = collect([ok], replace(settings, max_bytes=10_000))
    assert isinstance(doc, Document) and len(doc.raw) == 5_003


def test_binary_url_is_e003(server, settings, collect):
    url = server.page("/paper.pdf", b"%PDF-1.7\n...", content_type="application/pdf")
    [err] = collect([url], settings)
    assert str(err) == f"[E003] {url}: binary content (PDF), not a web page or text"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_is_refused_by_default(server, strict_settings, collect, host):
    server.page("/a.html", PAGE)
    url = server.url("/a.html").replace("127.0.0.1", host)
    [err] = collect([url], strict_settings)
    assert isinstance(err, InputError)
    shown = "127.0.0.1" if host == "127.0.0.1" else "localhost ("  # the address, when not literal
    assert str(err).startswith(f"[E008] {url}: refused: {shown}")
    assert server.requests == []  # refused before any connection was made


def test_every_redirect_hop_is_checked(server, strict_settings, collect, monkeypatch):
    # Stand-in policy: 127.0.0.1 counts as public, 127.0.0.2 as private. The server answers
    # on 127.0.0.1 with a redirect to 127.0.0.2, which must be refused at that hop.
    monkeypatch.setattr(web, "is_refused_address", lambda ip: str(ip) == "127.0.0.2")
    target = server.page("/inside", PAGE).replace("127.0.0.1", "127.0.0.2")
    start = server.redirect("/outside", target)
    [err] = collect([start], strict_settings)
    assert str(err).startswith(f"[E008] {start}: refused: 127.0.0.2 is a private")
    assert [r["path"] for r in server.requests] == ["/outside"]


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("169.254.169.254", True),  # cloud metadata service (link-local)
        ("100.64.0.1", True),  # carrier-grade NAT
        ("0.0.0.0", True),
        ("224.0.0.1", True),  # multicast
        ("240.0.0.1", True),  # reserved
        ("::1", True),
        ("fe80::1", True),
        ("fc00::1", True),
        ("ff02::1", True),
        ("::ffff:127.0.0.1", True),  # IPv4-mapped loopback
        ("2002:7f00:1::", True),  # 6to4 wrapping 127.0.0.1
        ("93.184.216.34", False),
        ("8.8.8.8", False),
        ("2606:4700:4700::1111", False),
    ],
)
def test_address_policy(address, refused):
    assert web.is_refused_address(ipaddress.ip_address(address)) is refused


@pytest.mark.parametrize(
    ("url", "doc_id"),
    [
        ("https://news.example/2024/07/10/nato-summit.html", "nato-summit"),
        ("https://news.example/world/nato-summit/", "nato-summit"),
        ("https://news.example/story.aspx?id=7", "story?id=7"),
        ("https://news.example/story.aspx?id=7&utm_source=rss&fbclid=x", "story?id=7"),
        ("https://news.example/news/nato-summit?utm_medium=social", "nato-summit"),
        ("https://news.example/?p=123", "?p=123"),
        ("https://news.example/view.php?" + "section=world&" * 5 + "id=9", "view-40b1fc55"),
        ("https://news.example/caf%C3%A9", "café"),
    ],
)
def test_url_doc_id(url, doc_id):
    assert web.url_doc_id(url) == doc_id


def test_connection_goes_to_the_checked_address(server, strict_settings, collect, monkeypatch):
    # "news.example" does not resolve; the fetch can only succeed by connecting to the address
    # the guard resolved and checked, never to a second, unchecked DNS answer.
    monkeypatch.setattr(web, "resolve", lambda host, port: ["127.0.0.1"] if host == "news.example" else [])
    monkeypatch.setattr(web, "is_refused_address", lambda ip: False)
    url = server.page("/world/story.html", PAGE).replace("127.0.0.1", "news.example")
    [doc] = collect([url], strict_settings)
    assert isinstance(doc, Document) and doc.url == url
    assert server.requests[-1]["host"].startswith("news.example")


def test_redirect_to_another_scheme_is_e007(server, settings, collect):
    start = server.redirect("/to-ftp", "ftp://files.example/a.html")
    [err] = collect([start], settings)
    assert str(err).startswith(f"[E007] {start}: could not fetch (UnsupportedProtocol")


def test_compressed_pages_are_decoded(server, settings, collect):
    import gzip
    import zlib

    gz = server.page("/gz.html", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    deflated = server.page("/deflate.html", zlib.compress(PAGE.encode()), headers={"Content-Encoding": "deflate"})
    assert [d.raw for d in collect([gz, deflated], settings)] == [PAGE.encode()] * 2


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br"])
def test_a_content_encoding_that_cannot_be_decoded_is_e007(server, settings, collect, encoding):
    # httpx passes a coding it cannot decode (brotli without its package, zstd) through as it
    # came: the compressed bytes were taken for the page's text and stored as an article.
    body = b"\x1b\x4a\x00\xf8Some compressed words that happen to be printable\x03"
    url = server.page("/packed.html", body, headers={"Content-Encoding": encoding})
    [err] = collect([url], settings)
    assert isinstance(err, InputError)
    assert str(err).startswith(f"[E007] {url}: could not fetch (unsupported Content-Encoding")


@pytest.mark.parametrize(("path", "content_type", "body"), [
    ("/site.css", "text/css", "body { font-family: Georgia, serif; }\n.article p { margin: 0 0 1em }\n" * 20),
    ("/app.js", "application/javascript", "function track(e) { var t = document.createElement('p'); }\n" * 20),
    ("/api/story.json", "application/json", '{"headline": "Kenya accuses Uganda", "body": "Officials said."}'),
    ("/data.csv", "text/csv", "country,events\nKenya,3\nUganda,2\n"),
])
def test_style_script_and_data_urls_are_no_article(server, settings, collect, path, content_type, body):
    # They were read as text: a stylesheet's URL was stored as an article of CSS rules.
    url = server.page(path, body, content_type=content_type)
    [err] = collect([url], settings)
    assert isinstance(err, InputError) and str(err).startswith(f"[E010] {url}: ")


def test_a_page_served_with_a_data_type_is_still_a_page(server, settings, collect):
    url = server.page("/mislabelled", PAGE, content_type="application/json")
    [doc] = collect([url], settings)
    assert doc.content_type == "html"
