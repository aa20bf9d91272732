"""decode_html: BOM, labels, lies about labels, Vietnamese legacy encodings, NFC."""

from __future__ import annotations

import asyncio
import gzip
import re
import unicodedata
from pathlib import Path

import pytest
from fault_server import ARTICLE_PARAGRAPHS, ARTICLE_TITLE, FaultServer, article_html, encode_cp1258
from hypothesis import given, settings
from hypothesis import strategies as st

from scraper.encoding import canonical_encoding, decode_bytes, decode_html, vietnamese_score
from scraper.fetch import Fetcher, FetchPolicy

VN = "Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc"
PAGE = article_html()


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# -- the easy, common cases -------------------------------------------------------------


def test_utf8_page() -> None:
    text, enc = decode_html(PAGE.encode("utf-8"), "text/html; charset=utf-8")
    assert (text, enc) == (PAGE, "utf-8")


def test_utf8_bom_beats_a_wrong_label() -> None:
    text, enc = decode_html(b"\xef\xbb\xbf" + PAGE.encode(), "text/html; charset=windows-1258")
    assert (text, enc) == (PAGE, "utf-8")


def test_utf16_with_bom() -> None:
    text, enc = decode_html(b"\xff\xfe" + PAGE.encode("utf-16-le"))
    assert (text, enc) == (PAGE, "utf-16-le")


def test_utf16_label_on_ascii_bytes_is_ignored() -> None:
    text, enc = decode_html(b"<html><body>Trang chu</body></html>", "text/html; charset=utf-16")
    assert text == "<html><body>Trang chu</body></html>" and enc == "utf-8"


def test_nfd_input_comes_out_nfc() -> None:
    nfd = unicodedata.normalize("NFD", PAGE)
    assert nfd != PAGE
    text, enc = decode_html(nfd.encode("utf-8"))
    assert text == PAGE and is_nfc(text) and enc == "utf-8"


# -- windows-1258 -------------------------------------------------------------------------


def test_cp1258_code_chart_bytes() -> None:
    # From the windows-1258 chart: E0 à, F4 ô, EA ê, F2 combining dot below.
    text, enc = decode_html(
        b"<p>H\xe0 N\xf4\xf2i, Vi\xea\xf2t Nam</p>", "text/html; charset=windows-1258"
    )
    assert text == "<p>Hà Nội, Việt Nam</p>" and enc == "windows-1258"
    assert is_nfc(text)  # cp1258 puts tones as combining marks; output is composed


def test_cp1258_labelled_utf8() -> None:
    data = encode_cp1258(article_html(meta_charset=None))
    text, enc = decode_html(data, "text/html; charset=utf-8")
    assert enc == "windows-1258"
    assert text == article_html(meta_charset=None)


def test_cp1258_undeclared() -> None:
    data = encode_cp1258(article_html(meta_charset=None))
    text, enc = decode_html(data, "text/html")
    assert enc == "windows-1258" and ARTICLE_TITLE in text


def test_cp1258_declared_in_meta_only() -> None:
    data = encode_cp1258(article_html(meta_charset="windows-1258"))
    text, enc = decode_html(data, None)
    assert enc == "windows-1258" and ARTICLE_PARAGRAPHS[1] in text


def test_server_default_latin1_loses_to_the_pages_meta() -> None:
    data = encode_cp1258(article_html(meta_charset="windows-1258"))
    text, enc = decode_html(data, "text/html; charset=ISO-8859-1")
    assert enc == "windows-1258" and ARTICLE_TITLE in text


def test_cp1258_labelled_latin1_without_meta() -> None:
    data = encode_cp1258(article_html(meta_charset=None))
    text, enc = decode_html(data, "text/html; charset=iso-8859-1")
    assert enc == "windows-1258" and ARTICLE_TITLE in text


# -- UTF-8 under a legacy label ----------------------------------------------------------


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "windows-1258", "us-ascii"])
def test_valid_utf8_wins_over_a_legacy_label(label: str) -> None:
    data = article_html(meta_charset=label).encode("utf-8")
    text, enc = decode_html(data, f"text/html; charset={label}")
    assert enc == "utf-8" and ARTICLE_TITLE in text


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    # One raw cp1252 curly quote (0x93) pasted into a UTF-8 page.
    data = PAGE.encode("utf-8").replace("Ngày đăng".encode(), b"Ng\xc3\xa0y \x93\xc4\x91\xc4\x83ng")
    text, enc = decode_html(data, "text/html; charset=utf-8")
    assert enc == "utf-8"
    assert text.count("\ufffd") == 1
    assert ARTICLE_TITLE in text


# -- TCVN3 (ABC) ---------------------------------------------------------------------------

# How TCVN3 text looks when shown as windows-1252: well-known mojibake on old pages.
TCVN3_SEEN_AS_CP1252 = "Céng hßa x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc"


def test_tcvn3_undeclared() -> None:
    data = TCVN3_SEEN_AS_CP1252.encode("cp1252")
    text, enc = decode_html(data)
    assert (text, enc) == (VN, "tcvn3")


def test_tcvn3_labelled_as_latin1() -> None:
    data = f"<html><body><p>{TCVN3_SEEN_AS_CP1252}</p></body></html>".encode("cp1252")
    text, enc = decode_html(data, "text/html; charset=iso-8859-1")
    assert enc == "tcvn3" and VN in text


def test_tcvn3_declared_label() -> None:
    assert canonical_encoding("TCVN5712-1") == "tcvn3"
    text, _ = decode_html(TCVN3_SEEN_AS_CP1252.encode("cp1252"), "text/html; charset=tcvn3")
    assert text == VN


GLIBC_TCVN = Path("/usr/share/i18n/charmaps/TCVN5712-1.gz")


@pytest.mark.skipif(not GLIBC_TCVN.exists(), reason="glibc charmaps not installed")
def test_tcvn3_table_matches_glibc_charmap() -> None:
    mapping: dict[int, str] = {}
    with gzip.open(GLIBC_TCVN, "rt", encoding="latin-1") as charmap:
        for line in charmap:
            m = re.match(r"<U([0-9A-F]{4,})>\s+/x([0-9a-f]{2})\s", line)
            if m:
                mapping[int(m.group(2), 16)] = chr(int(m.group(1), 16))
    for byte in range(0xA0, 0x100):
        assert decode_bytes(bytes([byte]), "tcvn3") == mapping[byte], hex(byte)


# -- non-Vietnamese pages stay what they are -------------------------------------------------


def test_french_cp1252_is_not_mistaken_for_vietnamese() -> None:
    data = "<p>Le café, un résumé naïf de la déjà-vu</p>".encode("cp1252")
    for ct in ("text/html; charset=windows-1252", "text/html; charset=iso-8859-1", None):
        text, enc = decode_html(data, ct)
        assert enc == "windows-1252" and "café, un résumé naïf" in text


def test_other_declared_encodings_are_honoured() -> None:
    zh = "<p>越南社会主义共和国 胡志明市第一郡滨义坊人民委员会</p>"
    text, enc = decode_html(zh.encode("gb18030"), "text/html; charset=GB2312")
    assert (text, enc) == (zh, "gb18030")


def test_unknown_or_non_text_labels_are_ignored() -> None:
    assert canonical_encoding("x-does-not-exist") is None
    assert canonical_encoding("base64") is None
    text, enc = decode_html(PAGE.encode(), "text/html; charset=base64")
    assert (text, enc) == (PAGE, "utf-8")


def test_vietnamese_score_tells_real_words_from_mojibake() -> None:
    valid, invalid = vietnamese_score(VN)
    assert valid >= 8 and invalid == 0
    valid, invalid = vietnamese_score(TCVN3_SEEN_AS_CP1252)
    assert invalid >= 5


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=400),
    ct=st.sampled_from(
        [
            None,
            "text/html",
            "text/html; charset=utf-8",
            "text/html; charset=utf-16",
            "text/html; charset=windows-1258",
            "text/html; charset=tcvn3",
            "text/html; charset=x-junk",
        ]
    ),
)
def test_never_raises_and_always_nfc(data: bytes, ct: str | None) -> None:
    text, enc = decode_html(data, ct)
    assert isinstance(text, str) and is_nfc(text)
    assert canonical_encoding(enc) is not None


# -- end to end: fetched from the fault server ------------------------------------------------


@pytest.mark.parametrize(
    ("path", "encoding"),
    [
        ("/cp1258-labelled-utf8", "windows-1258"),
        ("/utf8-labelled-latin1", "utf-8"),
        ("/cp1258-undeclared", "windows-1258"),
        ("/nfd", "utf-8"),
    ],
)
def test_fetched_pages_decode(fault_server: FaultServer, path: str, encoding: str) -> None:
    async def go() -> tuple[str, str]:
        policy = FetchPolicy(delay=0, obey_robots=False)
        async with Fetcher(policy) as f:
            result = await f.fetch(fault_server.url(path))
        return decode_html(result.content, result.headers.get("content-type"))

    text, enc = asyncio.run(go())
    assert enc == encoding
    assert ARTICLE_TITLE in text and all(p in text for p in ARTICLE_PARAGRAPHS)
    assert is_nfc(text)
