"""Vietnamese normalization: NFC text, dates in every common form, view counts."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scraper.normalize import (
    clean_text,
    collapse,
    ensure_nfc,
    find_dates,
    parse_badge_date,
    parse_count,
    parse_date,
    prepare_document,
    with_lone_time,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17/06/2022", "2022-06-17"),
        ("(17/06/2022)", "2022-06-17"),
        ("17/6/2022", "2022-06-17"),
        ("7/6/2022", "2022-06-07"),
        ("17-06-2022", "2022-06-17"),
        ("17.06.2022", "2022-06-17"),
        ("Thứ năm, 17/06/2022 - 08:30", "2022-06-17T08:30:00+07:00"),
        ("17/06/2022 08:30:15 AM", "2022-06-17T08:30:15+07:00"),
        ("17/06/2022 08:30:15 PM", "2022-06-17T20:30:15+07:00"),
        ("17/06/2022 12:05 AM", "2022-06-17T00:05:00+07:00"),
        ("Cập nhật lúc 14:05 17/06/2022", "2022-06-17T14:05:00+07:00"),
        ("17/06/2022 | 14h05", "2022-06-17T14:05:00+07:00"),
        ("ngày 17 tháng 6 năm 2022", "2022-06-17"),
        ("Ngày 17 tháng 06 năm 2022", "2022-06-17"),
        ("Hội An, ngày 7 tháng 6, 2022", "2022-06-07"),
        ("2022-06-17", "2022-06-17"),
        ("2022-06-17T08:30:00+07:00", "2022-06-17T08:30:00+07:00"),
        ("2022-06-17T01:30:00Z", "2022-06-17T08:30:00+07:00"),
        ("2022-06-17T08:30:00.000+0700", "2022-06-17T08:30:00+07:00"),
        ("2022-06-16T20:00:00-05:00", "2022-06-17T08:00:00+07:00"),
        ("Thứ Bảy, 17 tháng 6, 2023", "2023-06-17"),  # Blogger date header
        ("Thứ Năm, 19 tháng 10 2023, 3:40 PM", "2023-10-19T15:40:00+07:00"),  # Moodle
        ("1/19/2024 9:45:00 AM", "2024-01-19T09:45:00+07:00"),  # en-US server, day > 12
        ("1/2/2024", "2024-02-01"),  # ambiguous: read the Vietnamese way
        ("17 thg 6, 2022", "2022-06-17"),  # "thg": tháng abbreviated (Wix, Google)
        ("Cập nhật lúc 15:30 ngày 20 tháng 11 năm 2023", "2023-11-20T15:30:00+07:00"),  # time first
        ("Đăng lúc 3:20 CH, Thứ Ba 14/10/2025", "2025-10-14T15:20:00+07:00"),  # weekday between
        # the next element's word glued to "CH" (holdout217/laravel_bqldt), lower case not
        ("Thứ Hai, 26 tháng 5, 2025 | 4:15 CHLượt xem: 3.941", "2025-05-26T16:15:00+07:00"),
        ("26/05/2025 4:15 CHIEU", "2025-05-26T04:15:00+07:00"),
        # the month in words (holdout225/typo3_stp), not "6 tháng năm 2024" (six months)
        ("Thứ Năm, 14 tháng Tám năm 2025 | 15:20", "2025-08-14T15:20:00+07:00"),
        ("Thứ Ba, 04 tháng Mười Một năm 2025", "2025-11-04"),
        ("ngày 14 tháng Năm năm 2025", "2025-05-14"),
        ("Tue May 08 09:05:12 ICT 2012", "2012-05-08T09:05:12+07:00"),  # Java's Date (JSP)
        ("08:30 - CN, 17/06/2022", "2022-06-17T08:30:00+07:00"),
        ("Đăng ngày 17/06/2022 · 08:30", "2022-06-17T08:30:00+07:00"),  # a middle dot between
        ("08:30 • 17/06/2022", "2022-06-17T08:30:00+07:00"),
    ],
)
def test_parse_date_vietnamese_forms(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2022",
        "Lượt xem: 198",
        "",
        "17/13/2022",
        "1234567890",
        "kỳ họp thứ 8 tháng 5/2022",  # a meeting number and a month
        "Thứ 8 tháng 5 2022",
        "sơ kết 6 tháng năm 2024 của xã",  # six months of the year, no day in May
    ],
)
def test_parse_date_rejects_non_dates(text: str) -> None:
    assert parse_date(text) is None


def test_parse_date_nfd_input() -> None:
    text = unicodedata.normalize("NFD", "Thứ năm, ngày 17 tháng 6 năm 2022")
    assert parse_date(text) == "2022-06-17"


def test_find_dates_reports_positions_in_order() -> None:
    text = "Đăng ngày 17/06/2022, cập nhật 18/06/2022 09:00"
    found = find_dates(text)
    assert [d.iso for d in found] == ["2022-06-17", "2022-06-18T09:00:00+07:00"]
    assert text[found[0].start : found[0].end] == "17/06/2022"
    assert found[1].has_time and not found[0].has_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("198", 198),
        ("1.234", 1234),
        ("1,234", 1234),
        ("1.234.567", 1234567),
        ("12 345", 12345),
        ("Lượt xem:  198", 198),
        ("0", 0),
        ("", None),
        ("không có", None),
    ],
)
def test_parse_count(text: str, expected: int | None) -> None:
    assert parse_count(text) == expected


def test_clean_text_nfc_and_whitespace() -> None:
    raw = unicodedata.normalize("NFD", "  Cửa\u00a0Đại \u200b\n\t phường ")
    cleaned = clean_text(raw)
    assert cleaned == "Cửa Đại phường"
    assert unicodedata.is_normalized("NFC", cleaned)


@given(st.text(max_size=300))
def test_normalizers_never_raise(text: str) -> None:
    cleaned = clean_text(text)
    assert "  " not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    result = parse_date(text)
    assert result is None or result[:4].isdigit()
    count = parse_count(text)
    assert count is None or count >= 0


def test_collapse_folds_every_kind_of_space_portals_paste() -> None:
    # no-break, em, thin, narrow no-break, ideographic spaces and tabs/newlines
    text = "\u00a0 Cửa\u2003Đại\u2009 \u202fHội\tAn\n\u3000"
    assert collapse(text) == "Cửa Đại Hội An"


def test_collapse_normalizes_when_told_the_page_is_decomposed() -> None:
    nfd = unicodedata.normalize("NFD", "Phường  Cửa Đại")
    assert collapse(nfd) == " ".join(nfd.split())  # untouched unless asked
    assert collapse(nfd, nfc=True) == "Phường Cửa Đại"


def test_prepare_document_strips_invisibles_and_flags_nfd_pages() -> None:
    nfc_page = "<p>Cửa\u200b Đại\u00ad</p>"
    assert prepare_document(nfc_page) == ("<p>Cửa Đại</p>", False)
    nfd_page = unicodedata.normalize("NFD", "<p>Lượt xem: 198</p>")
    text, decomposed = prepare_document(nfd_page)
    assert decomposed and text == nfd_page
    assert prepare_document("<p>ascii</p>") == ("<p>ascii</p>", False)


@given(st.text())
def test_ensure_nfc_always_returns_nfc(text: str) -> None:
    out = ensure_nfc(text)
    assert unicodedata.is_normalized("NFC", out)
    assert out == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày đăng: 17/11/22", "2022-11-17"),
        ("Cập nhật: 05-09-23 14:30", "2023-09-05T14:30:00+07:00"),
        ("12 Th6 2023", "2023-06-12"),
        ("Thứ Hai, 12 th6, 2023", "2023-06-12"),
    ],
)
def test_short_forms_of_dates(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["17/11/22", "Điều 5/2/15", "tỷ lệ 1/2/22", "Th6 2023"])
def test_a_two_digit_year_needs_a_date_label(text: str) -> None:
    assert parse_date(text) is None


def test_a_labelled_short_date_starts_at_the_date_not_the_label() -> None:
    (match,) = find_dates("Cập nhật: 17/11/22")
    assert "Cập nhật: 17/11/22"[match.start :] == "17/11/22"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 Th6 2022", "2022-06-17"),  # K2 badge <span>17</span><span>Th6</span><span>2022</span>
        ("05 | 10 | 2023", "2023-10-05"),  # a badge with drawn separators
        ("06 Tháng 3 2024", "2024-03-06"),
    ],
)
def test_a_calendar_badge_reads_day_month_and_year(text: str, expected: str) -> None:
    assert parse_badge_date(text) == expected


@pytest.mark.parametrize("text", ["12 2023", "2023", "Th6 17 2022", "05 | 10 | 2023 | 198"])
def test_a_badge_needs_all_three_parts_and_nothing_else(text: str) -> None:
    assert parse_badge_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15:20", "2024-03-06T15:20:00+07:00"),
        ("8h30", "2024-03-06T08:30:00+07:00"),
        ("03:40 CH", "2024-03-06T15:40:00+07:00"),
        ("15:20 Lượt xem", None),
        ("198", None),
    ],
)
def test_a_time_alone_in_its_element_dates_the_day_beside_it(
    text: str, expected: str | None
) -> None:
    assert with_lone_time("2024-03-06", text) == expected


def test_a_time_written_with_gio_is_read() -> None:
    """ "Ngày đăng tin: 04/12/2023 - 16 giờ 05" (holdout27/laravel_news)."""
    assert parse_date("Ngày đăng tin: 04/12/2023 - 16 giờ 05") == "2023-12-04T16:05:00+07:00"
    assert parse_date("8 giờ 00, 20/10/2024") == "2024-10-20T08:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024/06/17 09:45", "2024-06-17T09:45:00+07:00"),
        ("2024/07/02", "2024-07-02"),
        ("2024/6/7", "2024-06-07"),
    ],
)
def test_a_year_first_date_with_slashes_is_read(text: str, expected: str) -> None:
    """Photo-report templates print "2024/06/17 09:45" (holdout30/anh_phongsu)."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["Quyết định 25/2024/QĐ-UBND", "/uploads/2024/06/17/anh.jpg", "2024/13/01"]
)
def test_a_year_first_slash_date_is_not_read_in_numbers_or_paths(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun 17, 2024", "2024-06-17"),
        ("Jun 24, 2024 | 03:15 PM", "2024-06-24T15:15:00+07:00"),
        ("Tuesday, October 22, 2024", "2024-10-22"),
        ("17 June 2024", "2024-06-17"),
        ("Sept. 5th, 2023 10:00 AM", "2023-09-05T10:00:00+07:00"),
    ],
)
def test_english_month_names_are_read(text: str, expected: str) -> None:
    """English editions of portals print "Jun 17, 2024" (holdout30/bilingual_portal)."""
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["May 2024", "in March, 2024 plans", "Jun 32, 2024"])
def test_an_english_month_needs_a_day(text: str) -> None:
    assert parse_date(text) is None


def test_invisible_characters_written_as_entities_are_dropped_too() -> None:
    """Editors write soft hyphens and zero-width spaces as entities ("Inter&shy;net",
    holdout36): they go like the raw characters, in every spelling; other entities stay."""
    page = "<p>Inter&shy;net, vi&#173; sinh, com&#xAD;post, a&#x200b;b, c&ZeroWidthSpace;d</p>"
    assert prepare_document(page)[0] == "<p>Internet, vi sinh, compost, ab, cd</p>"
    kept = "<p>&amp; &#39;x&#39; &#1234; &nbsp;</p>"
    assert prepare_document(kept)[0] == kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 giờ 30 phút, ngày 24/7/2025", "2025-07-24T14:30:00+07:00"),
        ("15g45' ngày 22/8/2025", "2025-08-22T15:45:00+07:00"),
        ("17/7/2025 lúc 8h30'", "2025-07-17T08:30:00+07:00"),
    ],
)
def test_a_time_typed_with_its_minutes_word_or_mark(text: str, expected: str) -> None:
    """Editors type "phút" or a prime after the minutes (holdout49)."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1,2K lượt xem", 1200), ("3,5K", 3500), ("12K", 12000), ("1,25K", 1250), ("1.234", 1234)],
)
def test_a_count_rounded_to_thousands_with_k(text: str, expected: int) -> None:
    """ "1,2K lượt xem" (holdout49/vendor_phuong): the portal's own rounding, read as 1200."""
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("17-VI-2025 | 08:20", "2025-06-17T08:20:00+07:00"),
        ("Ngày 3-XII-2024", "2024-12-03"),
        ("08:15 17/06/22", "2022-06-17T08:15:00+07:00"),
    ],
)
def test_a_roman_month_and_a_two_digit_year_after_its_time(text: str, expected: str) -> None:
    """Official texts' Roman months ("17-VI-2025") and a dateline's two-digit year right
    after its time ("08:15 17/06/22") (holdout70); a chapter "phần IV-2025" is no date."""
    assert parse_date(text) == expected
    assert parse_date("phần IV-2025") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14/10/2026 8:30 sáng", "2026-10-14T08:30:00+07:00"),
        ("18/11/2026 2:15 chiều", "2026-11-18T14:15:00+07:00"),
        ("18/11/2026 7:00 tối", "2026-11-18T19:00:00+07:00"),
    ],
)
def test_a_time_with_the_part_of_the_day_in_words(text: str, expected: str) -> None:
    """Elementor's Vietnamese "8:30 sáng", "2:15 chiều" (holdout71/elementor_xa): read like
    SA/CH."""
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Thứ Năm, 25/09/2025 | 17h", "2025-09-25T17:00:00+07:00"),
        ("25/09/2025 - 8 giờ sáng", "2025-09-25T08:00:00+07:00"),
        ("14h ngày 17/6/2025", "2025-06-17T14:00:00+07:00"),
        ("25/09/2025 5 học sinh", "2025-09-25"),
        ("25/09/2025 12 hộ dân", "2025-09-25"),
    ],
)
def test_a_whole_hour_without_minutes(text: str, expected: str) -> None:
    """Lào Cai's Struts portal prints "25/09/2025 | 17h" (holdout151/struts_tinh): a whole
    hour is 17:00; a number before a word starting with h ("5 học sinh") is no time."""
    assert parse_date(text) == expected
    assert with_lone_time("2025-09-25", "17h") == "2025-09-25T17:00:00+07:00"


def test_wordpress_vietnamese_month_first_dates() -> None:
    """WordPress's Vietnamese "M j, Y" ("Th6 28, 2025", Divi's meta) and "F j, Y"."""
    assert [d.iso for d in find_dates("bởi tinhdoan_bt | Th6 28, 2025 | Tin hoạt động")] == [
        "2025-06-28"
    ]
    assert [d.iso for d in find_dates("Tháng 6 28, 2025 lúc 8:30 sáng")] == [
        "2025-06-28T08:30:00+07:00"
    ]
    assert find_dates("Thứ 6 28, 2025") == ()  # a weekday, no month
