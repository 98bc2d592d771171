"""What a blob of bytes is: binary (by magic bytes), an RSS/Atom feed, HTML or plain text.

Extensions and HTTP headers lie often enough (a PDF saved as ``.html``, a feed served as
``text/plain``) that every source checks the bytes before handing them on.
"""

from __future__ import annotations

import re

# Leading bytes of formats that are certainly not a web page or a text.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"),
    (b"\x7fELF", "executable"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)
# Byte-order marks of UTF-16/32: text that legitimately contains NUL bytes.
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_SAMPLE = 8192

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>/]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html|head|body)[\s>/]", re.IGNORECASE)
_HTML_ANY = re.compile(rb"<(!doctype\s+html|html|head|body|div|p|article|title|meta)[\s>/]", re.IGNORECASE)

# A page's start: whitespace, a BOM or comments, then a doctype or the html element.
_PAGE_START = re.compile(rb"(?:\xef\xbb\xbf|\s|<!--.*?-->)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)

_FEED_START = re.compile(
    rb"(?:\xef\xbb\xbf|\s|<\?xml[^>]*>|<!--.*?-->)*<(?:rss|feed|rdf:rdf)[\s>/]", re.IGNORECASE | re.DOTALL)

_HTML_MIMES = ("text/html", "application/xhtml+xml")
_FEED_MIMES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_XML_MIMES = ("application/xml", "text/xml")
_BINARY_MIME_PREFIXES = ("image/", "audio/", "video/", "font/")
_BINARY_MIMES = ("application/pdf", "application/zip", "application/gzip", "application/msword")
# Text that is certainly no page and no article: style sheets, scripts, data.
_OTHER_TEXT_MIMES = (
    "text/css", "text/javascript", "application/javascript", "application/x-javascript", "application/ecmascript",
    "application/json", "application/ld+json", "text/csv", "text/tab-separated-values", "text/calendar",
    "text/vcard",
)


def binary_kind(data: bytes) -> str | None:
    """A short name of the binary format ``data`` is in, or ``None`` when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypheic", b"ftypqt  ") or data[4:8] == b"ftyp":
        return "video or image container"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "RIFF media"
    sample = data[:_SAMPLE]
    if b"\x00" in sample and not data.startswith(_WIDE_BOMS) and not _looks_utf16(sample):
        return "binary data"
    return None


def _looks_utf16(sample: bytes) -> bool:
    # UTF-16 without a BOM: every other byte of ASCII-range text is NUL.
    even, odd = sample[0::2], sample[1::2]
    return len(sample) >= 4 and (even.count(0) > 0.9 * len(even) or odd.count(0) > 0.9 * len(odd))


def looks_like_feed(data: bytes) -> bool:
    """True when the first bytes hold an RSS, Atom or RDF root before any HTML root."""
    head = data[:_SAMPLE]
    feed = _FEED_ROOT.search(head)
    if feed is None:
        return False
    html = _HTML_ROOT.search(head)
    return html is None or feed.start() < html.start()


def starts_as_page(data: bytes) -> bool:
    """Whether ``data`` opens as an HTML page (a doctype or ``<html>``, after whitespace, a BOM
    or comments): what a page served without a usable Content-Type still shows."""
    return _PAGE_START.match(data[:_SAMPLE]) is not None


def looks_like_html(data: bytes) -> bool:
    return _HTML_ANY.search(data[:_SAMPLE]) is not None


def mime_of(content_type: str | None) -> str:
    """The bare MIME type of a Content-Type header value, lower case ('' when absent)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)


def with_charset(kind: str, content_type: str | None) -> str:
    """``kind`` ("html", "text") with the charset a Content-Type header declares, if any:
    "html; charset=iso-8859-2". Decoding needs it; the bytes alone can read as another code page."""
    match = _CHARSET.search(content_type or "")
    return f"{kind}; charset={match.group(1)}" if match else kind


def classify(data: bytes, content_type: str | None = None) -> str:
    """What fetched ``data`` is: ``"html"``, ``"text"``, ``"feed"``, ``"xml"`` (XML, not a feed),
    ``"other"`` (a style sheet, a script, data) or ``"binary:<kind>"``. The header decides where
    it is specific; the bytes decide otherwise.
    """
    mime = mime_of(content_type)
    kind = binary_kind(data)
    if kind is None and (mime.startswith(_BINARY_MIME_PREFIXES) or mime in _BINARY_MIMES):
        kind = mime
    if kind is not None:
        return f"binary:{kind}"
    if mime in _FEED_MIMES or mime in _XML_MIMES or (mime.endswith("+xml") and mime not in _HTML_MIMES):
        if looks_like_feed(data):
            return "feed"
        return "html" if looks_like_html(data) else "xml"
    if mime in _OTHER_TEXT_MIMES:
        # A page mislabelled as one of them still opens as a page.
        return "html" if starts_as_page(data) else "other"
    if mime in _HTML_MIMES:
        # A feed served as text/html (misconfigured servers): it opens as one, not merely holds one.
        return "feed" if _FEED_START.match(data[:_SAMPLE]) else "html"
    if looks_like_feed(data):  # feeds are often served as text/plain or octet-stream
        return "feed"
    if mime == "text/plain":
        # A whole page served as text/plain (raw file hosts, misconfigured servers) is a page:
        # read as text it would keep its markup. Text that only mentions a tag stays text.
        return "html" if starts_as_page(data) else "text"
    return "html" if looks_like_html(data) else "text"
