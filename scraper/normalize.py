"""Normalization of extracted values: text (NFC, whitespace), Vietnamese dates, counts.

Pure functions. Dates come out as ISO 8601 in Vietnam's time zone: a date
alone as ``YYYY-MM-DD``, a date with a time as ``YYYY-MM-DDTHH:MM:SS+07:00``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def ensure_nfc(text: str) -> str:
    """``text`` in NFC (the quick check is cheap when it already is)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_ENTITY_RE = re.compile(
    r"&(?:shy|ZeroWidthSpace|zwn?j|NoBreak|#0*(?:173|820[345]|8288|65279)|"
    r"#[xX]0*(?:[aA][dD]|200[bBcCdD]|2060|[fF][eE][fF][fF]));"
)
# Combining marks that NFD Vietnamese is made of; a page without any of them needs no
# page-wide NFC pass (each extracted field is still normalized by clean_text).
_VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"


def without_trailer(html: str) -> str:
    """The page up to its last ``</html>``: what a server prints after the document
    (ColdFusion's debugging tables, a PHP notice) is no part of it, though a browser
    shows it at the foot of the page (the parser would put it in the body)."""
    end = max(html.rfind("</html>"), html.rfind("</HTML>"))
    if end < 0 or not html[end + 7 :].strip():
        return html
    return html[: end + 7]


def prepare_document(text: str) -> tuple[str, bool]:
    """A page without invisible characters, and whether its Vietnamese is decomposed (NFD).

    Most pages are NFC already and are never normalized whole; a decomposed one is
    (0.4 ms for 50 KB), attributes included, so that selectors and labels match it.
    Single-character ``in`` tests are memchr-fast, unlike a regex scan of the page.
    """
    if "&shy;" in text or "&#" in text or "&Zero" in text:
        # the same characters written as entities ("Inter&shy;net"): the parser would
        # decode them after this pass
        text = _INVISIBLE_ENTITY_RE.sub("", text)
    if text.isascii():
        return text, False
    if any(ch in text for ch in _INVISIBLE_CHARS):
        text = _INVISIBLE_RE.sub("", text)
    return text, any(ch in text for ch in _VIETNAMESE_MARKS)


def collapse(text: str, nfc: bool = False) -> str:
    """Whitespace runs to one space, stripped; NFC too when ``nfc`` (text from an NFD page).

    ``str.split()`` splits on every ``str.isspace`` character, which includes the
    no-break and typographic spaces portals paste from Word (U+00A0, U+2000-U+200A,
    U+202F, U+3000), and is several times faster than a regex.
    """
    if nfc:
        text = unicodedata.normalize("NFC", text)
    return _squeeze(text)


def _squeeze(text: str) -> str:
    """``" ".join(text.split())``, skipping the split when ``text`` is already like that.

    Every whitespace character but the ASCII space is non-printable, so one C scan
    (``isprintable``) plus a double-space test finds the common one-line paragraph.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def clean_text(text: str | None) -> str:
    """NFC, invisible characters removed, whitespace runs collapsed to one space, stripped."""
    if not text:
        return ""
    if not text.isascii():
        if _INVISIBLE_RE.search(text):
            text = _INVISIBLE_RE.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    return _squeeze(text)


def clean_or_none(text: str | None) -> str | None:
    cleaned = clean_text(text)
    return cleaned or None


# --- dates -----------------------------------------------------------------

# "08:30", "8h30", "8 giờ 30 phút", "14:05:09 CH" — or a whole hour ("17h", "8 giờ sáng")
_TIME = r"(?P<h>[01]?\d|2[0-3])\s*(?:(?:[:hg]|giờ)\s*(?P<mi>[0-5]\d)(?:\s*phút|['′’])?(?:\s*:\s*(?P<s>[0-5]\d))?|(?:h|giờ)(?![^\W\d_]))(?:\s*(?P<ampm>AM|PM|SA|CH|am|pm|sáng|chiều|tối|Sáng|Chiều|Tối)(?:(?![^\W\d_])|(?-i:(?<=[MAH])(?=[A-ZĐ][a-zđà-ỹ]))))?(?!\s*/\s*\d)"
# (an upper-case "CH" may run into the next element's capitalised word: "4:15 CHLượt xem";
# "00:00 / 04:10" is a player's elapsed and total time, no clock)
_DMY = r"(?P<d>0?[1-9]|[12]\d|3[01])\s*(?P<sep>[/.\-])\s*(?P<m>0?[1-9]|1[0-2])\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)"
_YMD = r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
_WORDY = (
    # "ngày 17 tháng 6 năm 2022", "ngày 7 tháng 6, 2022", "17 tháng 6 năm 2022" — but not
    # "kỳ họp thứ 8 tháng 5/2022" (a meeting number and a month, no day).
    r"(?:ngày\s+(?P<d>0?[1-9]|[12]\d|3[01])\s+(?:tháng|thg)\s+(?P<m>0?[1-9]|1[0-2])\s*(?:năm|,|/)?\s*"
    r"|(?<![\w])(?P<d2>0?[1-9]|[12]\d|3[01])\s+(?:tháng|thg)\s+(?P<m2>0?[1-9]|1[0-2])\s+năm\s+"
    # "Thứ Bảy, 17 tháng 6, 2023" (Blogger), "19 tháng 10 2023, 3:40 PM" (Moodle)
    r"|(?<![\w])(?<!thứ )(?P<d3>0?[1-9]|[12]\d|3[01])\s+(?:(?:tháng|thg)\s+|th(?=\d))"
    # "12 Th6 2023": Vietnamese short month names
    r"(?P<m3>0?[1-9]|1[0-2])(?:,\s*|\s+))"
    r"(?P<y>(?:19|20)\d\d)"
)
# a weekday between a time and its date ("Thứ Ba", "Chủ nhật", "T3", "CN")
_WEEKDAY = (
    r"(?:(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)(?![^\W\d_])"
    r"[\s,\-–|·•]*)?"
)
# the lunar day between a dateline's date and its time: "16/09/2025 (25/7 Ất Tỵ) | 14:20"
_LUNAR_DAY = (
    r"(?i:\(\s*(?:tức\s+(?:ngày\s+)?)?\d{1,2}/\d{1,2}\s+(?:âm\s+lịch|al\b|(?:năm\s+)?(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)"
    r"\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi))\s*\)[\s,\-–|·•]*)?"
)
_TIME_GAP = r"[\s,\-–|(·•]*" + _LUNAR_DAY + r"(?:lúc|vào\s+lúc)?[\s,]*"
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_NUMBER = {
    m: n
    for n, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}

# A two-digit year, only after a date label: "Ngày đăng: 17/11/22" (never a bare 1/2/22).
_SHORT_YEAR = re.compile(
    r"(?:ngày(?:\s+(?:đăng|cập\s+nhật|xuất\s+bản))?|đăng\s+ngày|cập\s+nhật)\s*:?\s*"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?P<sep>[/.\-])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<yy>\d\d)"
    r"(?:" + _TIME_GAP + _TIME + r")?(?![\d/])",
    re.IGNORECASE,
)

_SHORT_CORE = re.compile(r"\d\d[/.\-]\d\d[/.\-]\d\d(?![\d/])")
# ... or right after its time of day ("08:15 17/06/22"): a dateline, not a number
_TIME_SHORT_YEAR = re.compile(
    r"(?<![\d:])" + _TIME + r"[\s,\-–|·•]*"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?P<sep>[/.\-])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<yy>\d\d)(?![\d/])",
    re.IGNORECASE,
)
# A month in Roman numerals ("17-VI-2025", an old custom of official texts)
_ROMAN_MONTHS = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}  # fmt: skip
# The months' names in words (not "Giêng" or "Chạp": lunar months)
_MONTH_WORD_NUMBER = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip
_MONTH_WORDS = r"mười\s+một|mười\s+hai|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín"
_ROMAN_DMY = (
    r"(?<![\d\w])(?P<d>0?[1-9]|[12]\d|3[01])\s*(?P<sep>[/.\-])\s*"
    r"(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)

_PATTERNS = [
    # ISO with optional time and offset: 2022-06-17T08:30:00+07:00
    re.compile(
        _YMD + r"(?:[T\s](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\.\d+)?"
        r"(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?!\d)"
    ),
    # time then date: 08:30 17/06/2022, "3:20 CH, Thứ Ba 14/10/2025"
    re.compile(
        r"(?<!\d)" + _TIME + r"[\s,\-–|·•]*" + _WEEKDAY + r"(?:ngày\s*)?" + _DMY + r"(?!\d)"
    ),
    # date then optional time: 17/06/2022 - 08:30:15 AM
    # (a time ending in AM/PM may run into digits: "03:05:40 PM876" where spans are glued)
    re.compile(r"(?<!\d)" + _DMY + r"(?:" + _TIME_GAP + _TIME + r")?(?:(?<=[MAHmah])|(?![\d/]))"),
    re.compile(_WORDY + r"(?:" + _TIME_GAP + _TIME + r")?", re.IGNORECASE),
    # time then the date in words: "lúc 15:30 ngày 20 tháng 11 năm 2023"
    re.compile(r"(?<!\d)" + _TIME + r"[\s,\-–|·•]*" + _WORDY, re.IGNORECASE),
    # year first with slashes ("2024/06/17 09:45", Japanese-style templates); never inside
    # a document number ("25/2024/QĐ-UBND") or a path ("/uploads/2024/06/17/")
    re.compile(
        r"(?<![\d/])(?P<y>(?:19|20)\d\d)/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])"
        r"(?:" + _TIME_GAP + _TIME + r")?(?![\d/])"
    ),
    # English month names: "Jun 17, 2024 | 03:15 PM", "June 17, 2024", "17 June 2024"
    re.compile(
        r"(?<![\w])(?:(?P<mon>" + _MONTHS + r")\.?\s+(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?"
        r"|(?P<d2>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?P<mon2>" + _MONTHS + r")\.?,?)"
        r"\s+(?P<y>(?:19|20)\d\d)(?!\d)(?:" + _TIME_GAP + _TIME + r")?",
        re.IGNORECASE,
    ),
    # WordPress's Vietnamese "M j, Y" and "F j, Y": "Th6 28, 2025", "Tháng 6 28, 2025"
    re.compile(
        r"(?<![\w])(?:th|tháng\s+)(?P<m>0?[1-9]|1[0-2])\s+(?P<d>0?[1-9]|[12]\d|3[01]),\s*"
        r"(?P<y>(?:19|20)\d\d)(?!\d)(?:" + _TIME_GAP + _TIME + r")?",
        re.IGNORECASE,
    ),
    # a Roman month, perhaps with the time: "17-VI-2025 | 08:20"
    re.compile(_ROMAN_DMY + r"(?:" + _TIME_GAP + _TIME + r")?"),
    # US order from servers set to en-US ("1/19/2024 9:45:00 AM"), only when the day > 12
    # says so: 1/2/2024 stays 1 February.
    re.compile(
        r"(?<![\d/])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d)"
        r"(?:" + _TIME_GAP + _TIME + r")?(?![\d/])"
    ),
    # Java's Date.toString(): "Tue May 08 09:05:12 ICT 2012" (a JSP portal's dateline)
    re.compile(
        r"(?<![\w])(?:mon|tue|wed|thu|fri|sat|sun)\s+(?P<mon>" + _MONTHS + r")\s+"
        r"(?P<d>0?[1-9]|[12]\d|3[01])\s+(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)\s+"
        r"(?:ICT|GMT\+0?7:?00|UTC\+0?7:?00|\+0700)\s+(?P<y>(?:19|20)\d\d)(?!\d)",
        re.IGNORECASE,
    ),
]
# the month in words: "Thứ Năm, 14 tháng Tám năm 2025 | 15:20", "04 tháng Mười Một năm
# 2025" (TYPO3's Vietnamese locale); tried only where "tháng" is written
_WORD_MONTH = re.compile(
    r"(?<![\w])(?P<d>0?[1-9]|[12]\d|3[01])\s+tháng\s+(?P<vm>" + _MONTH_WORDS + r")"
    r"(?:\s+năm\s+|,\s*)(?P<y>(?:19|20)\d\d)(?!\d)(?:" + _TIME_GAP + _TIME + r")?",
    re.IGNORECASE,
)
_PATTERNS_WITH_WORDS = [*_PATTERNS, _WORD_MONTH]


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    iso: str
    has_time: bool


def _build_iso(g: dict[str, str | None]) -> tuple[str, bool] | None:
    if g.get("rm"):  # a Roman numeral
        g = {**g, "m": str(_ROMAN_MONTHS[str(g["rm"])])}
    if g.get("vm"):  # a month in words
        g = {**g, "m": str(_MONTH_WORD_NUMBER[" ".join(str(g["vm"]).lower().split())])}
    if g.get("mon") or g.get("mon2"):  # an English month name
        month = str(_MONTH_NUMBER[(g.get("mon") or g.get("mon2") or "")[:3].lower()])
        g = {**g, "d": g.get("d") or g.get("d2"), "m": month}
    elif g.get("d") is None and g.get("d2") is not None:
        g = {**g, "d": g["d2"], "m": g["m2"]}
    elif g.get("d") is None and g.get("d3") is not None:
        g = {**g, "d": g["d3"], "m": g["m3"]}
    if g.get("y") is None and g.get("yy") is not None:
        g = {**g, "y": str(2000 + int(g["yy"]))}  # type: ignore[arg-type]
    try:
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if g.get("h") is None:
        return d.isoformat(), False
    hour, minute, sec = int(g["h"]), int(g.get("mi") or 0), int(g.get("s") or 0)  # type: ignore[arg-type]
    ampm = (g.get("ampm") or "").upper()
    if ampm in ("PM", "CH", "CHIỀU", "TỐI") and hour < 12:
        hour += 12
    elif ampm in ("AM", "SA", "SÁNG") and hour == 12:
        hour = 0
    dt = datetime(d.year, d.month, d.day, hour, minute, sec, tzinfo=VN_TZ)
    tz = g.get("tz")
    if tz:
        offset = UTC if tz == "Z" else _parse_offset(tz)
        dt = dt.replace(tzinfo=offset).astimezone(VN_TZ)
    return dt.isoformat(timespec="seconds"), True


def _parse_offset(tz: str) -> timezone:
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=4096)  # the same line is looked at by several heuristics
def find_dates(text: str) -> tuple[DateMatch, ...]:
    """Every date in ``text`` (in order of position), with its ISO form.

    Overlapping matches are resolved in favour of the earliest, longest one.
    """
    if not text:
        return ()
    # every pattern needs a four-digit year but one, which needs "dd/mm/yy" after a label:
    # cheap scans first
    if _YEAR.search(text):
        words = "háng" in text or "HÁNG" in text or "Háng" in text  # ("tháng", any case)
        patterns = _PATTERNS_WITH_WORDS if words else _PATTERNS
    elif _SHORT_CORE.search(text):
        patterns = [_SHORT_YEAR, _TIME_SHORT_YEAR]
    else:
        return ()
    found: list[DateMatch] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            built = _build_iso(m.groupdict())
            if built:
                # the label before a two-digit-year date is not part of the date
                start = m.start("d") if pattern is _SHORT_YEAR else m.start()
                found.append(DateMatch(start, m.end(), built[0], built[1]))
    found.sort(key=lambda dm: (dm.start, -(dm.end - dm.start)))
    result: list[DateMatch] = []
    last_end = -1
    for dm in found:
        if dm.start >= last_end:
            result.append(dm)
            last_end = dm.end
    return tuple(result)


# A calendar badge: day, month and year in their own elements, read with a space or its
# drawn separator between them ("17 Th6 2022", "05 | 10 | 2023", "06 Tháng 3 2024").
_BADGE = re.compile(
    r"^\s*(?P<d>0?[1-9]|[12]\d|3[01])(?:\s*[|/.\-]\s*|\s+)(?:(?:tháng|thg|th|t)\.?\s*)?"
    r"(?P<m>0?[1-9]|1[0-2])(?:\s*[|/.\-,]\s*|\s+)(?P<y>(?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)


def parse_badge_date(text: str) -> str | None:
    """The date of a calendar badge whose parts stand apart (see ``_BADGE``), or None.

    Only a whole badge: its parts glued ("17Th62022") are read after spacing them out.
    """
    m = _BADGE.match(text)
    if not m:
        return None
    built = _build_iso(m.groupdict())
    return built[0] if built else None


# A time of day alone in its element, beside a badge or dateline ("15:20", "8h30").
_LONE_TIME = re.compile(r"^\s*(?:lúc\s*)?" + _TIME + r"\s*$", re.IGNORECASE)


def is_lone_time(text: str) -> bool:
    """``text`` is a valid time of day alone ("15:20", "8h30")."""
    m = _LONE_TIME.match(text)
    return m is not None and bool(_build_iso({**m.groupdict(), "y": "2000", "m": "1", "d": "1"}))


def with_lone_time(day: str, text: str) -> str | None:
    """``day`` (``YYYY-MM-DD``) at the time ``text`` holds alone, or None."""
    m = _LONE_TIME.match(text)
    if not m:
        return None
    y, mo, d = day[:10].split("-")
    built = _build_iso({**m.groupdict(), "y": y, "m": mo, "d": d})
    return built[0] if built else None


def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` as ISO (see module docstring), or None."""
    if not text:
        return None
    matches = find_dates(clean_text(text))
    return matches[0].iso if matches else None


def is_plausible(iso: str, *, today: date | None = None) -> bool:
    """A publication date between 1995 and tomorrow."""
    today = today or date.today()
    year = int(iso[:4])
    return year >= 1995 and date.fromisoformat(iso[:10]) <= today + timedelta(days=1)


# --- counts ----------------------------------------------------------------

_KILO = re.compile(r"(?P<whole>\d{1,3})(?:[.,](?P<tenth>\d{1,2}))?\s*[Kk](?![^\W\d_])")
_COUNT = re.compile(r"\d{1,3}(?:([.,\s\u00a0])\d{3})(?:\1\d{3})*(?!\d)|\d+")


def parse_count(text: str | None) -> int | None:
    """Parse a view count: ``1.234`` / ``1,234`` / ``1 234`` → 1234, ``198`` → 198."""
    if not text:
        return None
    m = _COUNT.search(text)
    if not m:
        return None
    k = _KILO.match(text, m.start())
    if k:  # "1,2K lượt xem": the portal's own rounding, read as 1200
        return int(k["whole"]) * 1000 + int((k["tenth"] or "0").ljust(2, "0")[:2]) * 10
    return int(re.sub(r"\D", "", m.group(0)))


def count_unit(text: str) -> int:
    """How far a count as written may be from the exact one: 1 for "1.234", 100 for
    "1,2K", 10 for "1,23K", 1000 for "2K" (a portal's own rounding)."""
    m = _COUNT.search(text)
    k = _KILO.match(text, m.start()) if m else None
    return 10 ** (3 - len(k["tenth"] or "")) if k else 1
