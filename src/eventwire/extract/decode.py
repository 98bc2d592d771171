"""Bytes -> text: BOM, declared charset, strict UTF-8, then legacy encodings; refuse binaries.

The order follows what goes wrong on real pages: a byte-order mark is never wrong; a declared
charset (HTTP header, ``<meta charset>``, XML declaration) is usually right, but pages labelled
ISO-8859-1 are often UTF-8 and pages labelled UTF-8 are sometimes cp1252. Strict UTF-8 almost
never decodes legacy text with non-ASCII bytes by accident, so it is tried before any guess.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata

from eventwire.errors import Errors, InputError

log = logging.getLogger(__name__)

# Magic numbers of the binary formats that reach a news pipeline by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"\x7fELF", "ELF executable"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"\x00\x00\x01\x00", "ICO"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)
_RIFF_KINDS = {b"WEBP": "WEBP", b"WAVE": "WAV", b"AVI ": "AVI"}

# BOMs, longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Labels browsers decode with a superset (WHATWG Encoding Standard): a page labelled
# ISO-8859-1 is decoded as windows-1252, GB2312 as GB18030, and so on.
_SUPERSETS = {
    "ascii": "cp1252",
    "iso8859_1": "cp1252",
    "iso8859_9": "cp1254",
    "iso8859_11": "cp874",
    "tis_620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}

# Control bytes that do not occur in text (tab, LF, FF, CR and ESC do: ESC opens ISO-2022 shifts).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)  # deleted to count controls
_CONTROL_SHARE = 0.05
_SAMPLE = 8192

_HEAD = 4096  # browsers look for <meta charset> in the first 1024 bytes; pages are sloppier
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:\-]+)", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([a-zA-Z0-9_.:\-]+)", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:\-]+)", re.I)


def decode(raw: bytes, content_type: str | None = None, *, name: str = "") -> str:
    """The text of ``raw``; ``content_type`` may carry an HTTP charset. ``name`` is for messages.

    Raises ``InputError`` E002 for empty or whitespace-only input and E003 for binary content.
    Line ends come back as ``\\n`` and a leading BOM is dropped.
    """
    label = name or "<input>"
    if not raw.strip(b" \t\r\n\x0b\x0c\x00" + codecs.BOM_UTF8):
        raise InputError(Errors.E002.format(input=label))
    encoding = _bom_encoding(raw)
    if encoding is None:
        kind = _magic_kind(raw)
        if kind:
            raise InputError(Errors.E003.format(input=label, kind=kind))
        encoding = _utf16_without_bom(raw)  # before the control-byte test: its NULs are text
    if encoding is None:
        kind = binary_kind(raw)
        if kind:
            raise InputError(Errors.E003.format(input=label, kind=kind))
        text = _decode_unmarked(raw, content_type)
    else:
        text = raw.decode(encoding, errors="replace")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise InputError(Errors.E002.format(input=label))
    return text


def binary_kind(raw: bytes) -> str | None:
    """The binary format ``raw`` is in ("PDF", "PNG", "control bytes"...), or None for text."""
    kind = _magic_kind(raw)
    if kind:
        return kind
    sample = raw[:_SAMPLE]
    if sample and len(sample.translate(None, _NOT_CONTROL)) > _CONTROL_SHARE * len(sample):
        return "control bytes"
    return None


def _magic_kind(raw: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            return kind
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[raw[8:12]]
    return None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain text."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if _HTML_START.match(head) or _HTML_ROOT.search(head):
        return True
    tags = [m.group(0) for m in _HTML_TAG.finditer(text[:20000])]
    closing = sum(1 for t in tags if t.startswith("</"))
    return len(tags) >= 3 and closing >= 1 or (head.startswith("<") and closing >= 1)


_HTML_START = re.compile(r"<(!doctype\s+html|html|head|body)\b")
_HTML_ROOT = re.compile(r"<(html|head|body)[\s>]|<meta\s[^>]*(charset|http-equiv|name=|property=)")
_HTML_TAG = re.compile(
    r"</?(p|div|span|a|br|li|ul|ol|table|td|tr|h[1-6]|article|section|script|style|img|strong|em|b|i)\b[^<>]{0,500}>",
    re.I,
)


def _bom_encoding(raw: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM: the NULs of ASCII characters all fall on one side."""
    sample = raw[:_SAMPLE]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _decode_unmarked(raw: bytes, content_type: str | None) -> str:
    declared = _declared_encodings(raw, content_type)
    if not _has_high_bytes(raw):
        # 7-bit text: ASCII, unless a declared 7-bit encoding (ISO-2022-*, UTF-7) says otherwise.
        for encoding in declared:
            if encoding.startswith(("iso2022", "utf_7", "hz")):
                try:
                    return raw.decode(encoding)
                except UnicodeDecodeError:
                    break
        return raw.decode("ascii", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in declared:
        if encoding in ("utf_8", "utf_16", "utf_32"):
            continue  # already failed, or impossible without BOM or NULs
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            log.debug("declared charset %s does not decode; guessing", encoding)
    if _mostly_utf8(raw):
        # UTF-8 with a few stray bytes (a pasted cp1252 quote, a cut sequence): keep the UTF-8.
        return raw.decode("utf-8", errors=_CP1252_FALLBACK)
    return _guess(raw)


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as cp1252, the usual source of strays in UTF-8 pages."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "eventwire-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _mostly_utf8(raw: bytes) -> bool:
    """Whether valid multi-byte UTF-8 sequences outnumber the invalid bytes by far."""
    text = raw.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = sum(1 for c in text if not c.isascii()) - invalid
    return valid >= 4 * invalid


def _has_high_bytes(raw: bytes) -> bool:
    return not raw.isascii()


def _declared_encodings(raw: bytes, content_type: str | None) -> list[str]:
    """Python codec names declared by the HTTP header, then the page itself, in that order."""
    labels = []
    if content_type:
        match = _HEADER_CHARSET.search(content_type)
        if match:
            labels.append(match.group(1))
    head = raw[:_HEAD]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            labels.append(match.group(1).decode("ascii", errors="replace"))
    encodings = []
    for label in labels:
        encoding = normalise_encoding(label)
        if encoding and encoding not in encodings:
            encodings.append(encoding)
    return encodings


def normalise_encoding(label: str) -> str | None:
    """The Python codec to decode a charset ``label`` with (a browser's superset), or None."""
    label = label.strip().lower()
    if label in ("x-sjis", "sjis", "ms_kanji", "windows-31j"):
        label = "cp932"
    if label in ("x-user-defined", "unicode"):
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _SUPERSETS.get(name, name)


def _guess(raw: bytes) -> str:
    """Legacy text without a usable declaration: the most plausible of a few candidates.

    charset_normalizer ranks by letter frequencies, which is good on long texts and erratic on
    short ones ("Caf\\xe9" comes back as Farsi), so every candidate, its picks and a list of
    common web encodings, is scored for plausibility: no letters of two scripts in one word, no
    digits or symbols inside words, no control or presentation-form characters, no Latin words
    made mostly of accented letters, no words in non-ASCII capitals. The least implausible wins; ties go to the detector.
    """
    # The detector's order first (it weighs letter frequencies); the list catches what it misses.
    candidates = _detected_encodings(raw) + list(_COMMON_LEGACY)
    best_text, best_penalty = None, float("inf")
    seen = set()
    for encoding in candidates:
        if encoding in seen:
            continue
        seen.add(encoding)
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        penalty = implausibility(text)
        # Ties go to the earlier candidate, except that cp1252, by far the commonest legacy
        # encoding on the web, wins a tie: the detector often puts cp1250 first on short
        # Western text, where one accented letter reads equally well as "è" or "č".
        if penalty < best_penalty or (penalty == best_penalty and encoding == "cp1252"):
            best_text, best_penalty = text, penalty
    if best_text is None:
        return raw.decode("cp1252", errors="replace")
    return best_text


_COMMON_LEGACY = (
    "cp1252", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254", "cp1256", "cp1255", "cp1257",
    "gb18030", "cp932", "euc_jp", "cp949", "big5hkscs", "cp874", "cp1258",
)  # fmt: skip


def _detected_encodings(raw: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(raw))[:3]
    except Exception as e:  # a detector failure must not lose the page
        log.debug("charset detection failed: %s", e)
        return []
    return [normalise_encoding(m.encoding) or m.encoding for m in matches]


_WORD = re.compile(r"\w+")

# The accented Latin letters of the languages written in the single-byte Western and Central
# European code pages. One text uses one language's letters: "año" and "reunión" are Spanish,
# while a reading with "ańo" and "reunión" fits no language (cp1250 read as cp1252, or back).
_ALPHABETS = tuple(frozenset(letters) for letters in (
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíóúñü",  # Spanish
    "áàâãçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçèéíïòóúü",  # Catalan
    "äöüßéàè",  # German (and French loans)
    "áéèëïóöüíú",  # Dutch
    "åäöæøéü",  # Swedish, Danish, Norwegian
    "áðéíóúýþæö",  # Icelandic
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "ăâîșşțţ",  # Romanian
    "čćđšž",  # Croatian, Slovene, Bosnian
    "çëäöü",  # Albanian
    "çğıöşü",  # Turkish
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äöõüšž",  # Estonian
    "àáâãèéêìíòóôõùúýăđĩũơư",  # Vietnamese (its tones are combining marks in cp1258)
))


def _letters_of_no_alphabet(text: str) -> int:
    """How many accented Latin letters fall outside the one alphabet that fits the text best."""
    counts: dict[str, int] = {}
    for char in text:
        if not char.isascii() and char.isalpha() and "LATIN" in unicodedata.name(char, ""):
            lower = char.lower()
            counts[lower] = counts.get(lower, 0) + 1
    if not counts:
        return 0
    return min(sum(n for c, n in counts.items() if c not in alphabet) for alphabet in _ALPHABETS)
_JAPANESE = {"CJK", "HIRAGANA", "KATAKANA"}


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0]
    return "CJK" if script in _JAPANESE else script


def implausibility(text: str) -> float:
    """How unlike real text a decoding is, per non-ASCII character (0: plausible)."""
    penalty = 0.0
    non_ascii = 0
    for i, char in enumerate(text):
        if char.isascii():
            continue
        non_ascii += 1
        category = unicodedata.category(char)
        code = ord(char)
        if category in ("Cc", "Co", "Cn", "Cs") or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            penalty += 3
        elif 0x2500 <= code <= 0x259F or category == "So":
            penalty += 1
        elif category in ("Mn", "Mc") and not unicodedata.name(char, "").startswith("COMBINING"):
            # an Arabic or Hebrew vowel mark is no part of a Latin word: "se\u064cor" is "señor"
            previous = text[max(0, i - 1)]
            penalty += 2 if previous.isascii() and previous.isalpha() else 0
    if not non_ascii:
        return 0.0
    penalty += _letters_of_no_alphabet(text)
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        if any(not c.isascii() and not c.isalpha() and c not in "_" for c in word.strip("0123456789")):
            penalty += 2  # "powiedzia³": a superscript digit inside a word
        scripts = {_script(c) for c in word if c.isalpha() and not c.isascii()}
        if any(c.isascii() and c.isalpha() for c in word):
            scripts.add("LATIN")
        if len(scripts) > 1:
            penalty += 2
        elif len(word) >= 3 and word.isupper() and word.lower() != word:
            penalty += 1  # "ДГЕУ": Hebrew read as Cyrillic comes out in capitals
        elif scripts == {"LATIN"}:
            letters = [c for c in word if c.isalpha()]
            if len(letters) >= 3 and sum(not c.isascii() for c in letters) * 2 > len(letters):
                penalty += 1
    return penalty / non_ascii
