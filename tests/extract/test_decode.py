"""Bytes -> text: BOMs, declared charsets, legacy encodings, refusals."""

from __future__ import annotations

import codecs
import gzip

import pytest

from eventwire.errors import InputError
from eventwire.extract.decode import binary_kind, decode, looks_like_html, normalise_encoding

ENGLISH = "The minister said: “We will not retreat” — a café in Zürich closed. " * 3
LEGACY = [
    (ENGLISH, "cp1252"),
    ("Le ministre a déclaré que les négociations reprendraient à Genève la semaine prochaine.", "latin-1"),
    ("Die Außenminister der Europäischen Union haben am Montag neue Sanktionen beschlossen.", "cp1252"),
    ("Minister spraw zagranicznych powiedział, że rozmowy będą kontynuowane w przyszłym tygodniu.", "cp1250"),
    ("Министр иностранных дел России заявил, что переговоры продолжатся на следующей неделе.", "cp1251"),
    ("Министр иностранных дел России заявил, что переговоры продолжатся на следующей неделе.", "koi8-r"),
    ("Ο υπουργός Εξωτερικών δήλωσε ότι οι συνομιλίες θα συνεχιστούν.", "cp1253"),
    ("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في جنيف", "cp1256"),
    ("北大西洋公约组织对中国与俄罗斯日益密切的关系表示严重关切，指责北京是俄罗斯战争的推动者。", "gbk"),
    ("北约对中国表示严重关切。", "gb18030"),
    ("北大西洋条約機構は、中国とロシアの関係深化に深い懸念を表明した。", "shift_jis"),
    ("首脳会議はワシントンで開かれた。", "shift_jis"),
    ("북대서양조약기구는 중국과 러시아의 관계 심화에 깊은 우려를 표명했다.", "euc-kr"),
    ("Café closed.", "cp1252"),
    # cp1250 reads these bytes too ("ańo", "seńor", "Genčve"): Western text must stay cp1252
    ("El presidente dijo que la reunión en Bogotá será el próximo año.", "cp1252"),
    ("The café owner in Montréal said the señor paid €5 – naïve.", "cp1252"),
    ("Minister’s talks in Genève “resume” on Tuesday, officials said. " * 10, "cp1252"),
    ("O presidente disse que a reunião em São Paulo não terá lugar.", "cp1252"),
    ("Předseda vlády řekl, že jednání budou pokračovat příští týden v Praze.", "cp1250"),
    ("A külügyminiszter szerint a tárgyalások jövő héten folytatódnak Budapesten.", "cp1250"),
    ("Ministrul a declarat că negocierile vor continua săptămâna viitoare în România.", "cp1250"),
    ("Москва заявила.", "cp1251"),
]


@pytest.mark.parametrize("text,encoding", LEGACY, ids=[f"{e}-{t[:8]}" for t, e in LEGACY])
def test_undeclared_legacy_encodings(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "bom,encoding",
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
     (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")],
)  # fmt: skip
def test_bom_wins_over_declaration(bom: bytes, encoding: str) -> None:
    text = '<meta charset="iso-8859-1"><p>Zürich — 北京</p>'
    assert decode(bom + text.encode(encoding), "text/html; charset=shift_jis") == text


def test_utf16_without_bom() -> None:
    text = "Ceasefire agreed in Addis Ababa on Monday."
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


@pytest.mark.parametrize(
    "head",
    [
        '<html><head><meta charset="{enc}"></head>',
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset={enc}"></head>',
        '<?xml version="1.0" encoding="{enc}"?><html>',
    ],
)
def test_declared_charset_in_page(head: str) -> None:
    # Windows-1251 bytes that a guess could take for another Cyrillic code page.
    text = head.format(enc="windows-1251") + "<p>Мир</p>"
    assert decode(text.encode("cp1251")) == text


def test_declared_charset_in_header() -> None:
    text = "<p>Мир</p>"
    assert decode(text.encode("koi8-r"), "text/html; charset=KOI8-R") == text


def test_mislabelled_utf8_is_read_as_utf8() -> None:
    text = '<meta charset="iso-8859-1"><p>Zürich — “quoted”</p>'
    assert decode(text.encode("utf-8")) == text


def test_mislabelled_cp1252_falls_back() -> None:
    text = '<meta charset="utf-8"><p>Zürich — “quoted” café</p>'
    assert decode(text.encode("cp1252")) == text


def test_latin1_label_reads_as_cp1252() -> None:
    text = '<meta charset="iso-8859-1"><p>“Quoted” — 5€</p>'
    assert decode(text.encode("cp1252")) == text
    assert normalise_encoding("ISO-8859-1") == "cp1252"
    assert normalise_encoding("GB2312") == "gb18030"
    assert normalise_encoding("no-such-charset") is None


def test_iso2022_jp_declared() -> None:
    text = '<meta charset="iso-2022-jp"><p>首脳会議</p>'
    assert decode(text.encode("iso2022_jp")) == text


def test_line_ends_and_bom_character_normalised() -> None:
    assert decode(b"\xef\xbb\xbfline one\r\nline two\rline three") == "line one\nline two\nline three"


@pytest.mark.parametrize("raw", [b"", b"   \n\t ", b"\xef\xbb\xbf \r\n", b"\x00\x00 \n"])
def test_empty_is_e002(raw: bytes) -> None:
    with pytest.raises(InputError, match=r"^\[E002\] page.html: empty input"):
        decode(raw, name="page.html")


@pytest.mark.parametrize(
    "raw,kind",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (gzip.compress(b"<html></html>"), "gzip"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WEBP"),
        (bytes(range(0, 32)) * 20 + b"some text", "control bytes"),
    ],
)
def test_binary_is_e003(raw: bytes, kind: str) -> None:
    assert binary_kind(raw) == kind
    with pytest.raises(InputError, match=rf"^\[E003\] doc.bin: binary content \({kind}\)"):
        decode(raw, name="doc.bin")


def test_a_stray_control_byte_is_still_text() -> None:
    text = "Talks resumed on Monday.\x0c Both sides agreed to a truce.\x07 " * 10
    assert binary_kind(text.encode()) is None
    assert decode(text.encode()) == text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", True),
        ("\n\n  <html lang='en'><head><title>x</title></head>", True),
        ("<p>First paragraph.</p><p>Second paragraph.</p>", True),
        ("<div class='story'><p>Text</p></div>", True),
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body></body></html>', True),
        ("NATO expresses deep concern over China-Russia alliance\n\nThe alliance said...", False),
        ("Prices rose 5% as x < y and y > z, analysts said.", False),
        ("Use the <p> tag for paragraphs, the tutorial says.", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_utf8_with_a_stray_cp1252_byte() -> None:
    # A page in UTF-8 with one quote pasted from a cp1252 editor: keep the UTF-8, read the stray.
    raw = "Zürich, Genève, Kraków: talks resumed — ".encode() * 5 + b"\x93quoted\x94 " + "Łódź.".encode()
    text = decode(raw, "text/html; charset=utf-8")
    assert text.startswith("Zürich, Genève, Kraków") and text.endswith("“quoted” Łódź.")
