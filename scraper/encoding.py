"""Decoding fetched HTML bytes to NFC text, robust to the charset lies of old sites.

Order: byte-order mark, then strict UTF-8 (a body that is valid UTF-8 is UTF-8,
whatever its label says), then the HTTP ``charset``, ``<meta charset>`` /
``<meta http-equiv>`` / ``<?xml encoding>``, then detection. Single-byte labels
(iso-8859-1, windows-1252, windows-1258, TCVN3) are checked against how
Vietnamese the text reads under each of them, because servers default to
iso-8859-1 for pages that are really windows-1258 or TCVN3. No I/O.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# TCVN 5712:1993 bytes 0xA0-0xFF (the "ABC"/TCVN3 font encoding), as in glibc's
# TCVN5712-1 charmap. Bytes below 0x80 are ASCII; 0x80-0x9F follow windows-1252
# (TCVN3 fonts keep the Windows punctuation there, and real pages put curly quotes
# there, never the VN1 capitals).
_TCVN3_HIGH = (
    "\u00a0\u0102\u00c2\u00ca\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0"
    "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"
    "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd"
    "\u00e9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2"
    "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\u00f9"
    "\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0"
)


def _single_byte_table(codec: str) -> str:
    """256-char decoding table; bytes the codec leaves undefined map to U+0080-U+009F
    like browsers do, so decoding with the table never fails."""
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars)


_CP1252_TABLE = _single_byte_table("cp1252")
_CP1258_TABLE = _single_byte_table("cp1258")
_TCVN3_TABLE = _CP1252_TABLE[:0xA0] + _TCVN3_HIGH
_TABLES = {
    "windows-1252": _CP1252_TABLE,
    "windows-1258": _CP1258_TABLE,
    "tcvn3": _TCVN3_TABLE,
}
# Labels where the bytes may just as well be another of these (checked by scoring).
_VIETNAMESE_AMBIGUOUS = ("windows-1258", "tcvn3", "windows-1252")
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})

# Labels seen on Vietnamese sites and the WHATWG rules that matter (latin-1 and
# ascii labels mean windows-1252; gb2312 means gb18030).
_LABELS = {
    "utf-8": "utf-8",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "iso_8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "l1": "windows-1252",
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "ansi_x3.4-1968": "windows-1252",
    "windows-1252": "windows-1252",
    "cp1252": "windows-1252",
    "x-cp1252": "windows-1252",
    "windows-1258": "windows-1258",
    "cp1258": "windows-1258",
    "x-cp1258": "windows-1258",
    "tcvn": "tcvn3",
    "tcvn3": "tcvn3",
    "tcvn-3": "tcvn3",
    "tcvn5712": "tcvn3",
    "tcvn-5712": "tcvn3",
    "tcvn5712-1": "tcvn3",
    "tcvn5712-3": "tcvn3",
    "x-viet-tcvn": "tcvn3",
    "x-viet-tcvn3": "tcvn3",
    "vn3": "tcvn3",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "utf-16": "utf-16-le",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
}
_PY_NAMES = {
    "utf-8": "utf-8",
    "iso8859-1": "windows-1252",
    "latin-1": "windows-1252",
    "cp1252": "windows-1252",
    "cp1258": "windows-1258",
    "ascii": "windows-1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "utf-16": "utf-16-le",
}
# Candidates for charset-normalizer when nothing is declared and the text is not
# Vietnamese under any Vietnamese encoding (English/Chinese/Russian sections).
_DETECT_CANDIDATES = ["cp1252", "cp1258", "gb18030", "big5", "shift_jis", "euc_kr", "cp1251"]

_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^\s"';,]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_META_SCAN = 16 * 1024


def canonical_encoding(label: str | None) -> str | None:
    """Canonical name for a charset label (``None`` when unknown or not a text codec)."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    name = _LABELS.get(label)
    if name is not None:
        return name
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # e.g. "base64", "rot13"
    return _PY_NAMES.get(info.name, info.name)


def decode_bytes(content: bytes, encoding: str, errors: str = "strict") -> str:
    """Decode with a canonical name from :func:`canonical_encoding` (incl. ``tcvn3``)."""
    table = _TABLES.get(encoding)
    if table is not None:
        return codecs.charmap_decode(content, errors, table)[0]
    return content.decode(encoding, errors)


def _nfc(text: str) -> str:
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _decode_nfc(content: bytes, encoding: str) -> str:
    # windows-1258 text is full of combining tones: checking first would only double the work.
    return unicodedata.normalize("NFC", decode_bytes(content, encoding))


def http_charset(content_type: str | None) -> str | None:
    """Canonical charset from a Content-Type header value."""
    if not content_type:
        return None
    m = _CT_CHARSET.search(content_type)
    return canonical_encoding(m.group(1)) if m else None


def meta_charset(content: bytes) -> str | None:
    """Canonical charset declared in the document head (meta or XML declaration)."""
    head = content[:_META_SCAN]
    m = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return canonical_encoding(m.group(1).decode("ascii")) if m else None


def _sniff_bom(content: bytes) -> tuple[str, int] | None:
    if content.startswith(b"\xef\xbb\xbf"):
        return "utf-8", 3
    if content.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return ("utf-32-le" if content[0] == 0xFF else "utf-32-be"), 4
    if content.startswith(b"\xff\xfe"):
        return "utf-16-le", 2
    if content.startswith(b"\xfe\xff"):
        return "utf-16-be", 2
    return None


# -- how Vietnamese does a decoding read? ----------------------------------------------

_VN_LOWER = (
    "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _base_letter(c: str) -> str:
    stripped = "".join(ch for ch in unicodedata.normalize("NFD", c) if ch not in _TONE_MARKS)
    return unicodedata.normalize("NFC", stripped)


_VN_TONED = frozenset(c for c in _VN_LOWER if _base_letter(c) != c)
_VN_BASE = {c: _base_letter(c) for c in _VN_LOWER if not c.isascii()}
_WORD = re.compile(r"[^\W\d_]+")
# Words with a byte >= 0x80, found in the raw bytes: the lookbehind starts matches at
# word starts only and the possessive ASCII run never backtracks, so this is linear.
_HIGH_WORD = re.compile(rb"(?<![A-Za-z\x80-\xff])[A-Za-z]*+[\x80-\xff][A-Za-z\x80-\xff]*")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_MAX_WORDS = 120  # distinct non-ASCII words looked at: plenty to tell encodings apart
_SAMPLE = 6 * 1024  # bytes looked at from the first high byte on, and again mid-page


# non-ASCII Vietnamese letter -> (carries a tone mark, its vowel without tone or None for đ)
_VN_INFO = {c: (c in _VN_TONED, None if _VN_BASE[c] == "đ" else _VN_BASE[c]) for c in _VN_BASE}


def _vietnamese_word(word: str) -> bool:
    lower = word.lower()
    # Mixed case inside a word ("ThỔnh") is a decoding artefact, not Vietnamese.
    if word != lower and not word.isupper() and word[1:] != lower[1:]:
        return False
    tones = 0
    modified: list[str] = []
    for c in lower:
        if c < "\x80":
            continue  # ASCII letters are all fine
        info = _VN_INFO.get(c)
        if info is None:
            return False
        if info[0]:
            tones += 1
        if info[1] is not None:
            modified.append(info[1])
    if tones > 1:
        return False
    # A syllable has one vowel with a diacritic, except the pair "ươ" (người, được).
    return len(modified) <= 1 or modified == ["ư", "ơ"]


def vietnamese_score(text: str) -> tuple[int, int]:
    """(valid, invalid) counts of distinct words with non-ASCII letters, read as Vietnamese."""
    valid = invalid = 0
    seen: set[str] = set()
    for word in _WORD.findall(text):
        if word.isascii() or word in seen:
            continue
        seen.add(word)
        if _vietnamese_word(word):
            valid += 1
        else:
            invalid += 1
        if len(seen) >= _MAX_WORDS:
            break
    return valid, invalid


def _looks_vietnamese(valid: int, invalid: int) -> bool:
    return valid >= 3 and valid >= 4 * invalid


def _single_byte_candidates(content: bytes) -> list[tuple[int, str, int, int]]:
    """[(score, name, valid, invalid)] for the single-byte encodings, best first.

    Only distinct words holding high bytes, from two samples of the page, are
    decoded and judged: the cost stays flat whatever the page size.
    """
    first = _HIGH_BYTE.search(content)
    if first is None:
        sample = b""
    else:
        start = first.start()
        mid = max(start + _SAMPLE, len(content) // 2)
        sample = content[start : start + _SAMPLE] + b" " + content[mid : mid + _SAMPLE]
    words = list(dict.fromkeys(_HIGH_WORD.findall(sample)))[:_MAX_WORDS]
    joined = b" ".join(words)
    out = []
    for order, name in enumerate(_VIETNAMESE_AMBIGUOUS):
        text = unicodedata.normalize("NFC", decode_bytes(joined, name))
        valid = invalid = 0
        # Letter runs only: a high byte decoding to punctuation (quotes, ©) splits words.
        for word in _WORD.findall(text):
            if word.isascii():
                continue
            if _vietnamese_word(word):
                valid += 1
            else:
                invalid += 1
        out.append((valid - 2 * invalid, -order, name, valid, invalid))
    out.sort(reverse=True)
    return [(score, name, valid, invalid) for score, _, name, valid, invalid in out]


def _pick_single_byte(content: bytes, declared: str) -> tuple[str, str]:
    """Honour a single-byte label unless another one reads as Vietnamese and it does not."""
    cands = _single_byte_candidates(content)
    best_score, best_name, best_valid, best_invalid = cands[0]
    name = declared
    for score, cand, _, invalid in cands:
        if (
            cand == declared
            and best_name != declared
            and invalid > 0
            and best_score > score + 2
            and _looks_vietnamese(best_valid, best_invalid)
        ):
            name = best_name
    return _decode_nfc(content, name), name


def _guess_vietnamese(content: bytes) -> tuple[str, str] | None:
    _, name, valid, invalid = _single_byte_candidates(content)[0]
    return (_decode_nfc(content, name), name) if _looks_vietnamese(valid, invalid) else None


def _mostly_utf8(content: bytes) -> str | None:
    """UTF-8 text when the body is UTF-8 with a few broken bytes (then U+FFFD)."""
    text = content.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if good >= 2 and good >= 4 * bad:
        return text
    return None


def _detect(content: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported lazily: only legacy pages need it

    best = from_bytes(content, cp_isolation=_DETECT_CANDIDATES).best()
    if best is None:
        return None
    name = canonical_encoding(best.encoding) or "windows-1252"
    if name in _TABLES:
        return decode_bytes(content, name), name
    return str(best), name


def _decode(content: bytes, content_type: str | None) -> tuple[str, str]:
    bom = _sniff_bom(content)
    if bom is not None:
        name, skip = bom
        return content[skip:].decode(name, "replace"), name

    http = http_charset(content_type)
    if http in _WIDE:
        # A UTF-16 label without a BOM is only believed if the bytes look 16-bit.
        if b"\x00" in content[:256]:
            try:
                return content.decode(http), http
            except UnicodeDecodeError:
                pass
        http = None

    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if text.isascii():
            declared = http or meta_charset(content)
            return text, declared if declared and declared not in _WIDE else "utf-8"
        return text, "utf-8"

    meta = meta_charset(content)
    labels: list[str] = []
    # Servers default to iso-8859-1; a page's own meta is then the better witness.
    first, second = (meta, http) if http == "windows-1252" and meta else (http, meta)
    for label in (first, second):
        if label and label != "utf-8" and label not in _WIDE and label not in labels:
            labels.append(label)

    mostly = _mostly_utf8(content)
    if mostly is not None:
        return mostly, "utf-8"

    for label in labels:
        if label in _TABLES:
            return _pick_single_byte(content, label)
        try:
            return content.decode(label), label
        except (UnicodeDecodeError, LookupError):
            continue

    guessed = _guess_vietnamese(content)
    if guessed is not None:
        return guessed
    detected = _detect(content)
    if detected is not None:
        return detected
    return decode_bytes(content, "windows-1252"), "windows-1252"


def decode_html(content: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML body; returns (NFC text, canonical encoding name used).

    Never raises: unusable bytes become U+FFFD as a last resort.
    """
    data = bytes(content)
    try:
        text, name = _decode(data, content_type)
    except Exception:  # a detector bug must not lose the page
        text, name = data.decode("utf-8", "replace"), "utf-8"
    return _nfc(text), name
