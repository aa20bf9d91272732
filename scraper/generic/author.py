"""Generic author finding: a labelled line ("Tác giả:"), an author element, or a final
signature line (bold/right-aligned, "Name - role", short name-like line); CMS accounts,
sources and official signatories are not authors.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import Block, ancestors, node_text
from ..normalize import clean_text, find_dates
from ..vocab import (
    ANSWERER_LABEL_RE,
    ASKER_LABEL_RE,
    AUTHOR_INLINE_RE,
    AUTHOR_LABEL_ONLY_RE,
    AUTHOR_LABEL_RE,
    CMS_ACCOUNT_RE,
    CREDIT_LINE_RE,
    DOWNLOAD_ENTRY_RE,
    EDITOR_LABEL_RE,
    EDITORS_NOTE_RE,
    FIELD_NAME_RE,
    FILING_LABEL_RE,
    MEDIA_CREDIT_RE,
    NAME_TITLE,
    NEXT_FIELD_RE,
    POSTER_LABEL,
    POSTER_WORDS,
    RELATED_HEADINGS_RE,
    SERIES_MARKER_RE,
    SOURCE_LABEL_RE,
    WRITER_CREDIT_RE,
    has_colon,
)
from .common import (
    PARAGRAPH_CHARS,
    field_text,
    has_views_label,
    is_control,
    is_label_alone,
    lines_on,
)

_NAME_ROLE = re.compile(r"^[A-ZÀ-Ỹ][^\s\-–]*(?:\s+[A-ZÀ-Ỹ][^\s\-–]*){1,5}\s*[-–]\s*\S.{0,80}$")


_NAME_ONLY = re.compile(
    r"^(?:[A-ZĐÀ-Ỹ][\w.]*\.?\s*){1,5}(?:\([^)]{1,40}\))?$|^[A-ZĐ]{1,3}\.\s?[A-ZĐ]{1,3}\.?$"
)


# --- author ------------------------------------------------------------------


# "Người đăng: admin In bài": the print link that follows is not part of the name.
_TRAILING_CONTROLS = re.compile(
    r"\s+(?:in\s+bài|bản\s+in|in\s+trang|quay\s+lại|chia\s+sẻ|gửi\s+email|print)\b.*$",
    re.IGNORECASE,
)


def author_from_label(text: str) -> str | None:
    m = (AUTHOR_LABEL_RE.match(text) or WRITER_CREDIT_RE.match(text)) if has_colon(text) else None
    if not m:
        # Joomla's and Mambo's "Viết bởi Nguyễn Thanh Tùng (Lượt xem: 1906)", no colon
        m = _WRITTEN_BY.match(text) if "bởi" in text else None
        if not m or not is_person(m.group("name")):
            return None
    # (a table row's cells: "Tác giả: | Quốc Việt")
    value = m.group("name").lstrip("| ")
    if has_colon(value) and (inner := author_from_label(value)):
        return inner  # the field holds a credit line: "Tác giả bài viết: Tin, ảnh: Nguyễn Thủy"
    name = _TRAILING_CONTROLS.sub("", NEXT_FIELD_RE.sub("", value))
    name = _GLUED_DIGIT.split(name, maxsplit=1)[0]  # "Ksor H'Nhi02/12/2022 …": spans glued
    # "Phan Anh 08:30 · 02/10/2025", "BS. Trần Minh Khoa | 10:30"
    name = _CLOCK_AFTER.split(name, maxsplit=1)[0].rstrip(" |·•-–—,")
    name = re.split(r"\s{2,}|\s[|]\s|\s*[·•]\s*", clean_text(name))[0]
    if _SECOND_ROLE.search(name):
        return None  # "Dự báo viên: X - Kiểm soát: Y": a bulletin's credits, two roles
    return name if 1 < len(name) <= 80 and _reads_as_names(name) else None


# another role's label after the name: "… - Kiểm soát: Trần Thị Mai"
_SECOND_ROLE = re.compile(r"\s[-–]\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[:：]")


_WRITTEN_BY = re.compile(r"(?i)^\s*viết\s+bởi\s+(?P<name>[^()\d|:]{3,60}?)\s*(?:\(|\||$)")
_TRAILING_COUNT = re.compile(r"\s+\d[\d.,]*$")  # a count after a name, in its own chip
_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])\d")  # a digit right after a letter: a name ended
# a time or a date after the name, with its "lúc"/"ngày" ("Quản Trị Viên lúc 18/08/2025"):
# the next field of the line, no part of a name
_CLOCK_AFTER = re.compile(
    r"\s+(?:(?i:vào\s+lúc|lúc|vào|ngày|hồi)\s+)?"
    r"(?=\d{1,2}\s*(?:[:hg]\s*\d{2}|[/.\-]\d{1,2}[/.\-]\d{2,4})\b)"
)


# Where a byline's first name ends: "Ngọc Hân - Minh Khoa", "Thanh Tâm (Hội LHPN)", "A, B".
_NAME_END = re.compile(r"\s+[-–]\s+|[,(;&]|\s+và\s+")


_LETTERS_AND_DIGITS = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")


def _reads_as_names(name: str) -> bool:
    """A byline reads as names: a few words, mostly capitalized. Not a headline after a
    genre label ("Tin ảnh: Nông dân Giồng Trôm thu hoạch lúa Đông Xuân")."""
    words = _NAME_END.split(name, maxsplit=1)[0].split()
    if not words or len(words) > 7:
        return False
    if any(_LETTERS_AND_DIGITS.match(w) for w in words):
        return False  # "Tải MP3", "Phòng PC03": a control or a unit, no one's name
    capitalized = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalized >= 0.6 * len(words)


_AUTHOR_PREFIX = re.compile(
    # (in a byline slot, a photo story's "Ảnh: Trần Quang Huy" credits its author)
    r"^\s*(?:tác\s+giả|người\s+viết|viết\s+bởi|đăng\s+bởi|người\s+đăng|bởi|by|posted\s+by|written\s+by|"
    r"(?:ảnh|video|đồ\s+họa)\s*[:：])\s*[:：]?\s*",
    re.IGNORECASE,
)


def clean_author(text: str) -> str | None:
    """An author element's text without its label ("Viết bởi Minh Hải" → "Minh Hải") and
    the next field glued to it ("Thúy Nga Người đăng: Ban Biên tập"); an editor's credit
    ("Biên tập: Trần Thu Hà") names no author."""
    if EDITOR_LABEL_RE.match(text):
        return None
    name = author_from_label(text) or _AUTHOR_PREFIX.sub("", clean_text(text))
    # (names in elements of their own read apart: "Phạm Minh Châu , Lê Hoàng Yến")
    name = _SPACE_BEFORE_COMMA.sub("", _POSTER_AFTER.sub("", name)).strip()
    if ", " in name:
        # a CMS's list of authors naming a staff account beside the writer ("Trần Hoài Nam,
        # Quản trị viên", Ghost): the writer
        people = [part for part in name.split(", ") if is_person(part)]
        name = ", ".join(people) if people else name
    return name or None


_SPACE_BEFORE_COMMA = re.compile(r"\s+(?=,)")


# A signature set off by a dash or wrapped in brackets: "– Ngọc Ánh", "(Hoàng Nam)"
_SIGNATURE_WRAP = re.compile(r"^[-–—]\s*(?P<a>.+)$|^\((?P<b>[^()]+)\)$")


def unwrapped(text: str) -> str:
    """A signature line without the dash before it, the brackets around it or the
    photographer's credit after it ("Thu Hiền - Ảnh: Thiên Vỹ")."""
    m = _SIGNATURE_WRAP.match(text.strip())
    text = (m["a"] or m["b"]).strip() if m else text
    return _PHOTO_CREDIT_AFTER.split(text, maxsplit=1)[0] if ":" in text else text


# another person's credit after the signer's name: "- Ảnh: Thiên Vỹ", "| Video: …"
_PHOTO_CREDIT_AFTER = re.compile(
    r"\s*[-–|]\s*(?=(?i:ảnh|hình\s+ảnh|video|đồ\s+họa|clip)\s*[:：]\s*\S)"
)


# A closing line naming only an office or a news agency ("Phòng VH-TT", "TTXVN"): where
# the text comes from, like a "Nguồn:" line, not who wrote it (a desk's "BBT" still signs).
_LOWER = "[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]"
_BODY_ONLY = re.compile(
    # (an office's name goes on capitalized, "Phòng Kinh tế"; "Phòng trừ sâu bệnh hại chính"
    # is an intertitle, holdout304)
    r"^(?:(?:(?i:phòng|ban|trung\s+tâm|văn\s+phòng|sở)\s+(?!" + _LOWER + ")|"
    r"(?i:ủy\s+ban|ubnd|đài|báo|tạp\s+chí|cổng)\s+)\S+"
    r"(?:\s+\S+){0,6}|TTXVN|VOV|VTV|TTXVN/VOV|Thông\s+tấn\s+xã\s+Việt\s+Nam)$"
)


# The editorial desk signing a notice ("BBT" set bold and right under the text): it
# wrote it, unlike the same desk named as the account that posted the page.
_DESK_SIGNATURE = re.compile(r"^(?:BBT|Ban\s+[Bb]iên\s+tập)$")


def _names_only_a_body(text: str) -> bool:
    """An office or an agency alone, no person's name before it (the desk signs)."""
    return (
        bool(_BODY_ONLY.match(text)) and not _signed_name(text) and not _DESK_SIGNATURE.match(text)
    )


def credits_a_source(b: Block) -> bool:
    """A line set apart (bold, italic, right-aligned) naming only an office or a news
    agency ("TTXVN" under a reposted text): a source credit, neither text nor author."""
    if len(b.text) >= 80 or not (b.styled or b.align == "right"):
        return False
    text = unwrapped(b.text)
    if len(text.split()) >= 3 and text.isupper():
        return False  # a document's issuer closing it ("SỞ TƯ PHÁP TỈNH BẮC KẠN"): text
    if text.endswith(("?", "!", ":")):
        return False  # "Phòng ngừa thế nào?": an intertitle asking, no office named
    return _names_only_a_body(text)


def looks_like_signature(b: Block) -> bool:
    text = unwrapped(b.text)
    if len(text) > 130 or len(text.split()) > 20 or SOURCE_LABEL_RE.match(text):
        return False
    if SERIES_MARKER_RE.match(b.text):
        return False  # "(Hết)": the part's end, the text's own line
    if _names_only_a_body(text):
        return False
    if EDITOR_LABEL_RE.match(text) or CREDIT_LINE_RE.match(text):
        return False  # the editor's, photographer's or translator's credit: no writer's
    if (len(text) > 90 or len(text.split()) > 14) and not (
        (b.styled or b.align == "right") and _signed_name(text)
    ):
        return False  # long: only a name then its unit, set apart
    if b.link_density > 0.3 or is_control(b) or RELATED_HEADINGS_RE.match(text):
        return False
    if text.endswith((".", ";", ":", "?", "!", "…")) and not re.search(r"\b[A-ZĐ]\.$|\)$", text):
        return False
    if find_dates(text) or has_views_label(text):
        return False
    if _NAME_ROLE.match(_RANK.sub("", text)):
        return True
    words = text.split()
    capitalized = sum(1 for w in words if w[:1].isupper()) / max(1, len(words))
    # Bold/right-aligned short lines are signatures when they read like names, not
    # like image captions ("Các lực lượng tham gia lễ ra quân").
    if (b.styled or b.align == "right") and len(words) <= 12 and capitalized >= 0.6:
        return True
    if (b.styled or b.align == "right") and _signed_name(text):
        return True  # "H'Yơn Niê (Phòng Văn hóa - Thông tin huyện)": the unit in lower case
    return bool(_NAME_ONLY.match(text))


# A rank before a soldier's or police officer's name ("Đại úy Hồ Văn Nam - Đồn Biên phòng …")
_RANK = re.compile(
    r"^(?i:(?:đại|thượng|trung|thiếu)\s+(?:úy|uý|tá|tướng)|(?:hạ|trung|thượng)\s+sĩ)\s+(?=[A-ZĐÀ-Ỹ])"
)
_UNIT_AFTER = re.compile(r"\s+[-–]\s+|\s*\(")  # "Name - unit", "Name (unit)"


def _signed_name(text: str) -> bool:
    """A name of two to five capitalized words, then its unit after " - " or "(" ."""
    parts = _UNIT_AFTER.split(_RANK.sub("", text), maxsplit=1)
    if len(parts) < 2:
        return False
    words = parts[0].split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


# A writer's unit on its own line under the name ("Văn phòng Đoàn ĐBQH và HĐND tỉnh")
_UNIT_LINE = re.compile(
    r"^(?:văn\s+phòng|phòng|ban|sở|ubnd|ủy\s+ban|trung\s+tâm|hội|đoàn|cục|chi\s+cục|báo|"
    r"đài|công\s+an|trường|khoa|bệnh\s+viện|huyện|xã|phường|thành|tỉnh|cơ\s+quan)\b",
    re.IGNORECASE,
)


TWO_LINE_SIGNATURE = "signature over two lines (name, unit)"


def _same_paragraph(a: Block, b: Block) -> bool:
    """Two lines of one paragraph split by a <br> (their nearest boxes meet)."""
    return not set(a.ancestors[:2]).isdisjoint(b.ancestors[:2])


def _two_line_signature(name: Block, unit: Block) -> bool:
    """A name, then its unit after a <br> in the same set-off paragraph."""
    return (
        _same_paragraph(name, unit)
        and (name.styled or name.align == "right")
        and len(unit.text) <= 80
        and bool(_UNIT_LINE.match(unit.text))
        and looks_like_signature(name)
        and _signs(name)
    )


_ADMIN = re.compile(r"(?i)admin\w*$")


def is_person(name: str | None) -> bool:
    """False for CMS accounts and desks ("admin", "thanhkhe_bbt", "Ban biên tập")."""
    if not name:
        return False
    name = name.strip()
    if CMS_ACCOUNT_RE.match(name) or any(c in name for c in "_@\\"):
        return False  # (a Windows domain login, "HQ\lvminh", is an account too)
    if "/" in name and " " not in name:
        return False  # a Lotus Notes login, "thuylt/SKHDT/LDG"
    first = name.split()[0]
    if CMS_ACCOUNT_RE.match(first) and (first.islower() or _ADMIN.match(first)):
        return False  # "admin Trang chủ", "Admin Đoàn xã": an account named for a role
    # a lower-case single word is a login name, not a byline
    return not (" " not in name and name == name.lower())


def inline_author(text: str) -> str | None:
    """The name a byline label gives inside a meta line; the writer's before the poster's
    ("Người đăng: host | Tác giả: Nguyễn Đình Khôi": the poster is an account)."""
    if not has_colon(text):
        return None
    posted: str | None = None
    for m in AUTHOR_INLINE_RE.finditer(text):
        # (an icon-only counter after the name: "Tác giả: Phạm Văn Tuấn 3.075")
        # ("Tác giả: Huỳnh Phúc Người đăng: bientap02": the next field begins after one space)
        name = NEXT_FIELD_RE.sub("", clean_text(m.group("name")))
        name = _TRAILING_COUNT.sub("", name).rstrip(" ,;.-–—")
        # ("Phóng viên: Xin cảm ơn ông!" is an interview's turn, not a byline)
        if not (is_person(name) and _reads_as_names(name)):
            continue
        if not _POSTER_START.match(m.group(0)):
            return name
        posted = posted or name
    return posted


_POSTER_START = re.compile(r"(?i)^\s*" + POSTER_WORDS)


_BY_NAME = re.compile(
    r"(?:^|\s)(?:[Bb]ởi|[Bb]y)\s+(?P<name>[A-ZĐÀ-Ỹ][\w.]*(?:\s+[A-ZĐÀ-Ỹ][\w.]*){0,5}"
    # and the writer's unit after a dash, as a signature has it ("By Hoàng Vy - Chi cục …")
    r"(?:\s+[-–]\s+[A-ZĐÀ-Ỹ][^|·•,\n]{2,80}?)?)"
    # the next field of the line may follow: "Jun 24, 2024 | 03:15 PM By Thu Hien Views: 312"
    r"(?=\s*(?:$|[|·•,]|\s(?i:vào|lúc|ngày|lượt|đã\s+xem|views?|hits)\b))"
)


# A dateline opening with a name, then a separator, then when ("Thảo Vy·Hôm qua lúc 14:30")
_WHEN_THEN_NAME = re.compile(
    r"(?=.*\d{1,2}(?:\s*[:h/]\s*\d{1,2}|\s+tháng\s+\d)).*[·•|]\s*"
    rf"(?P<name>(?:{NAME_TITLE})?[A-ZĐÀ-Ỹ][\w']*(?:\s+[A-ZĐÀ-Ỹ][\w']*){{1,3}})\s*$"
)
_NAME_THEN_WHEN = re.compile(
    rf"^(?P<name>(?:{NAME_TITLE})?[A-ZĐÀ-Ỹ][\w']*(?:\s+[A-ZĐÀ-Ỹ][\w']*){{1,3}})\s*[·•|]\s*"
    r"(?=.*(?:\d{1,2}\s*[:h]\s*\d{2}|\d{1,2}/\d{1,2}|(?i:hôm\s+qua|(?:giờ|phút|ngày)\s+trước)))"
)


_CHIP_TAGS = frozenset({"span", "strong", "b", "em", "i", "small"})


def _name_chip(b: Block) -> str | None:
    """The writer's name as the first chip of the dateline under the headline, its own
    element, the date in the next (``<span>Kim Ngân - Ủy ban MTTQ xã</span> <span>Cập
    nhật: 16:05 | 02/12/2025</span>``). A linked chip is the category's."""
    first = next((c for c in b.element.iter() if c.tag not in ("-text", "-comment")), None)
    if first is None or first.tag not in _CHIP_TAGS or first.css_first("a, svg, img, i"):
        return None
    name = clean_text(first.text(separator=" "))
    rest = b.text[len(name) :]
    if not (4 <= len(name) <= 60) or not b.text.startswith(name) or not find_dates(rest):
        return None
    if any(ch.isdecimal() for ch in name) or has_colon(name) or _WEEKDAY_OR_PLACE.match(rest):
        return None  # a date, a count, a labelled field; "Thứ Tư, 05/03/2025", "Huế, …"
    if _WEEKDAY_NAME.match(name) or _SECTION_NAME.match(name):
        return None
    return name if is_person(name) and _reads_as_names(name) else None


# a section's name unlinked in the chip's place ("Hỏi - đáp 12/08/2025", holdout297)
_SECTION_NAME = re.compile(
    r"(?i)^(?:hỏi\s*[-–&]?\s*đáp|tin\s+tức(?:\s*[-–]\s*sự\s+kiện)?|thông\s+báo|sự\s+kiện|"
    r"tin\s+hoạt\s+động|hoạt\s+động|tin\s+(?:địa\s+phương|trong\s+(?:tỉnh|nước))|tin\s+tổng\s+hợp)$"
)


_WEEKDAY_OR_PLACE = re.compile(r"\s*[,(/–-]")  # the chip runs on into the date
_WEEKDAY_NAME = re.compile(
    r"(?i)(?:thứ\s+\w+|chủ\s+nhật|hôm\s+nay|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
)


# An official document's signature block ("TL. CHỦ TỊCH", "KT. GIÁM ĐỐC", "(Đã ký)"):
# the name under it signs for the office, as part of the document's text; no byline.
_SIGNATORY = re.compile(r"^(?:TL|KT|TM|TUQ|Q)\.\s*(?P<office>.+)$|^\(?\s*(?i:đã\s+ký)\s*\)?$")


def _signs(b: Block) -> bool:
    """The closing line names who wrote the text: a person, or the desk set apart."""
    text = unwrapped(b.text)
    if is_person(text):
        return True
    return (b.styled or b.align == "right") and bool(_DESK_SIGNATURE.match(text))


def _signs_for_office(text: str) -> bool:
    m = _SIGNATORY.match(text.strip())
    return m is not None and (m["office"] is None or m["office"].isupper())


def _signed_for_an_office(blocks: list[Block], body: list[int]) -> bool:
    """The text closes with a signature for an office ("TM. ỦY BAN NHÂN DÂN" / "(Đã ký)" /
    "Lê Văn Hùng"), its last line the signer's name. A name set after the signer's is the
    portal's byline under the document: not signed that way."""
    window = body[-4:-1]
    marks = [k for k, i in enumerate(window) if _signs_for_office(blocks[i].text)]
    if not marks:
        return False
    signer = next(
        (
            i
            for i in window[marks[-1] + 1 :]
            if not blocks[i].text.isupper() and is_person(unwrapped(blocks[i].text))
        ),
        None,
    )
    return signer is None


def find_author(
    blocks: list[Block],
    body: list[int],
    end: int | None,
    title_idx: int | None = None,
    body_start: int | None = None,
    sites: tuple[str, ...] = (),
    aside: frozenset[int] = frozenset(),
) -> tuple[str | None, int | None, str]:
    """Author text, the index of the block it came from (to drop from the body), and evidence.
    ``sites``: the names the page gives its site; a labelled name that is one of them is the
    site's own account (a shop's staff, a newsletter's profile), no writer. ``aside``: lines
    of boxes set apart (a help box after the text), passed over on the way to the byline."""
    # (with the lines between the text and its end: "Người viết:" | "…" in a field list)
    between = range(body[-1] + 1, end) if body and end is not None else range(0)
    after = _after_the_text(blocks, end or 0, aside)
    tail = list(dict.fromkeys([*body[-3:], *between, *after])) if body else []
    head: list[int] = []
    if title_idx is not None:
        stop = body_start if body_start is not None and body_start > title_idx else title_idx + 5
        head = list(range(title_idx + 1, min(stop, lines_on(blocks, title_idx + 1, 5))))
        if stop == title_idx + 1 and len(body) > 1:
            # a sapo right under the headline, the dateline under it (Hugo's post header)
            # (past the lead picture's caption: its credit line under it, "Bài, ảnh: …")
            text_at = next((k for k in body[1:] if not is_caption(blocks[k])), body[1])
            head = list(range(title_idx + 2, min(text_at, lines_on(blocks, title_idx + 2, 5))))
    # "Người viết: …" opening the post, or right under its lead; or further down a box of
    # field lines between the headline and the text (a document's fields before the page's)
    opening = [i for i in body[:2] if i not in tail]
    if head and body_start is not None and head[-1] + 1 < body_start <= head[0] + _META_LINES:
        fields = range(head[-1] + 1, body_start)
        if all(len(blocks[k].text) <= _FIELD_LINE_CHARS for k in fields):
            opening += [k for k in fields if k not in tail]
    poster: tuple[str, int | None, str] | None = None
    for i in tail + head + opening:
        text = field_text(blocks[i])
        if len(text) < 200 and _ASKED_LINE.search(text):
            continue  # the asker's line over a question ("… · Ngày gửi: 24/02/2026"), no byline
        if (
            AUTHOR_LABEL_ONLY_RE.match(text)
            and i + 1 < len(blocks)
            # a label row of a field table with its value cell empty: the next row is
            # another field ("Nguồn | …"), not the name
            and not (blocks[i].table_row and blocks[i + 1].table_row)
        ):
            name = clean_text(blocks[i + 1].text)
            # (its value empty, the next field follows: "Tác giả:" | "Nguồn tin: Chi cục …";
            # or the page's links: "Tác giả:" | "In bài | Gửi email | Quay lại", holdout312)
            if (
                len(name) <= 60
                and blocks[i + 1].link_density < 0.5
                and not _FIELD_START.match(name)
                and is_person(name)
                and not find_dates(name)
            ):
                return name, (i + 1 if i + 1 in tail else None), "labelled field"
        name = author_from_label(text)
        if (
            name
            and is_person(name)
            and not (_POSTED_BY_LABEL.match(text) and _UNIT.match(name))
            and not (ANSWERER_LABEL_RE.match(text) and names_a_unit(name))
            and not names_the_site(name, sites)
        ):
            if _POSTED_BY_LABEL.match(text) and i in tail and i > (body[-1] if body else i):
                # "Người đăng: Trần Minh Quân" in the fields under the text: who posted it, a
                # signature closing the text goes first (holdout282)
                poster = poster or (name, i, "poster's labelled line")
                continue
            return name, i, "labelled line"
        if i in tail and (m := _BY_WAY_OF.match(text)) and is_person(m["name"].split("(")[0]):
            # "Theo Minh Hằng (Báo Thanh Hóa)" under a reposted text: its writer, and where
            return m["name"], i, "writer of the reposted text"
        if i in opening:
            continue  # only a labelled line: the first paragraph is otherwise text
        if len(text) < 200:
            name = inline_author(text)
            if name and names_the_site(name, sites):
                continue  # the site's own account ("Người viết: Nông sản Tân Lập")
            if name and _POSTER_ONLY.search(text) and not _WRITER_LABEL.search(text):
                # "Người đăng: Nguyễn Thị Hoa": who posted it; a signature under the text
                # (the writer of a reposted text) goes first
                if not _UNIT.match(name):  # (a unit's own account posted it: no writer)
                    poster = poster or (
                        name,
                        (i if i in tail else None),
                        "poster's labelled byline",
                    )
                continue
            if name:
                return name, (i if i in tail else None), "labelled byline"
        if i in head and len(text) < 160 and find_dates(text):
            # a dateline naming its writer: "Đăng ngày 02/10/2023 bởi Trần Quốc Việt"
            m = _BY_NAME.search(text)
            if m and is_person(m.group("name")):
                return m.group("name"), None, "dateline byline"
        if i in head and len(text) < 200 and (chip := _name_chip(blocks[i])):
            if names_a_unit(chip):
                continue  # an office's account opening the dateline, no writer
            return chip, None, "name chip opening the dateline"
        if (
            i in head
            and len(text) < 100
            and (m := _NAME_THEN_WHEN.match(text) or _WHEN_THEN_NAME.search(text))
            and is_person(m.group("name"))
            and _reads_as_names(m.group("name"))
        ):
            # "Thảo Vy · Hôm qua lúc 14:30": the writer's name opening the dateline; Hugo's
            # "16 tháng 10 năm 2025 · 3 phút đọc · Trần Minh Châu" closing it
            return m.group("name"), None, "name opening or closing the dateline"
    if len(body) >= 2 and _two_line_signature(blocks[body[-2]], blocks[body[-1]]):
        return unwrapped(blocks[body[-2]].text), body[-2], TWO_LINE_SIGNATURE
    if body:
        last = body[-1]
        if len(body) >= 2 and EDITORS_NOTE_RE.match(blocks[last].text):
            last = body[-2]  # "Bài viết đã được điều chỉnh lúc …" under the signature
        signed = _signed_for_an_office(blocks, body)
        if (
            looks_like_signature(blocks[last])
            and not signed
            and _signs(blocks[last])
            and not _signs_parts(blocks, body)
        ):
            return unwrapped(blocks[last].text), last, "signature line at the end of the body"
    for i in range(end or 0, min(len(blocks), (end or 0) + 2)):
        if body and looks_like_signature(blocks[i]) and blocks[i].align == "right":
            return unwrapped(blocks[i].text), i, "signature line after the body"
    for i in head[:3]:  # an italic or right-aligned name just under the title
        b = blocks[i]
        if body_start is not None and i >= body_start:
            break
        if (b.styled or b.align == "right") and looks_like_signature(b) and is_person(b.text):
            return unwrapped(b.text), None, "byline under the title"
    return poster or (None, None, "")


_META_LINES = 12  # lines between a headline and its text that may all be its fields
_FIELD_LINE_CHARS = 80


def _signs_parts(blocks: list[Block], body: list[int]) -> bool:
    """Name lines sign two or more other parts of the text, each right under a paragraph
    (a digest's items, each with its writer's name): the last one signs the last item, not
    the page. (A document's signer under "(Đã ký)" signs no part.)"""
    signed = 0
    for before, i in zip(body, body[1:-1], strict=False):
        b = blocks[i]
        if (
            len(blocks[before].text) >= PARAGRAPH_CHARS
            and _bare_name(unwrapped(b.text))
            and looks_like_signature(b)
            and _signs(b)
        ):
            signed += 1
    return signed >= 2


def _bare_name(text: str) -> bool:
    """Two to four words, each capitalized: a person's name alone ("Ngọc Ánh")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)


def closes_parts(texts: list[str]) -> bool:
    """Several paragraphs close with a name in brackets (a digest's items, "… (Thanh
    Bình)"): each names an item's writer, none the page's."""
    return sum(1 for text in texts if closing_name(text)) >= 2


_BY_WAY_OF = re.compile(
    r"^\s*[Tt]heo\s+(?P<name>[A-ZĐÀ-Ỹ][\w']*(?:\s+[A-ZĐÀ-Ỹ][\w']*){1,3}\s*\([^()]{2,60}\))\s*$"
)


def _after_the_text(blocks: list[Block], end: int, aside: frozenset[int]) -> list[int]:
    """Four lines from ``end``, the text's end, passing over an attachment panel's heading
    and entries ("Tập tin đính kèm", "Tải về QD-15.pdf (538 KB) Lượt tải: 3.311"): the
    writer's name often comes after the files."""
    found: list[int] = []
    labels = 0  # a field's name alone on its line ("Tác giả" over "Lê Minh Khoa"): no line
    for i in range(end, len(blocks)):
        if len(found) - labels == _AFTER_TEXT:
            break
        text = blocks[i].text
        if len(text) < 160 and (DOWNLOAD_ENTRY_RE.search(text) or _FILES_HEADING.match(text)):
            continue
        if i in aside:
            continue
        labels += is_label_alone(text) or (
            len(text) <= 30 and FIELD_NAME_RE.match(text) is not None
        )
        found.append(i)
    return found


_FILES_HEADING = re.compile(
    r"(?i)^\s*(?:tập\s+tin|tệp(?:\s+tin)?|file|văn\s+bản)\s+đính\s+kèm\s*:?\s*$"
)
_AFTER_TEXT = 4


def names_the_site(name: str, sites: tuple[str, ...]) -> bool:
    """``name`` is the site's own name, or part of it ("Nông sản Tân Lập" of the <title>'s
    "… – Nông sản Tân Lập", "Khuyến học Điện Phước" of "Bản tin Khuyến học Điện Phước")."""
    low = name.casefold()
    if len(low) < _SITE_NAME_CHARS:
        return False
    return any(low in site.casefold() or _shortens(low, site.casefold()) for site in sites if site)


def _shortens(name: str, site: str) -> bool:
    """``name`` is ``site`` with words left out of its middle ("Phòng khám Hòa An" of
    "Phòng khám Đa khoa Hòa An"): the same first and last words, the others in order."""
    words, full = name.split(), site.split()
    if len(words) < 3 or words[0] != full[0] or words[-1] != full[-1]:
        return False
    left = iter(full)
    return all(w in left for w in words)  # (each word found after the one before)


_SITE_NAME_CHARS = 6


# "Đăng bởi: Hội LHPN xã Tân Lập": the unit's account that posted the page, not a writer
_POSTED_BY_LABEL = re.compile(
    r"(?i)^\s*(?:(?:đăng|viết)\s+bởi|người\s+đăng|(?:posted|written)\s+by)\b"
)
_UNIT = re.compile(
    r"(?i)^(?:hội|phòng|ban|ubnd|ủy\s+ban|sở|trung\s+tâm|văn\s+phòng|đoàn|công\s+an|trạm|"
    r"trường|chi\s+cục|cục|đảng\s+ủy|mặt\s+trận|liên\s+đội)\s"
)
_FIELD_START = re.compile(r"^[^:：]{0,30}[:：]")  # a field's label opens the line
_POSTER_AFTER = re.compile(r"(?i)\s+" + POSTER_LABEL + r".*$")
_POSTER_ONLY = re.compile(r"(?i)" + POSTER_LABEL)
_POSTED_BY = re.compile(r"(?i)^\s*" + POSTER_LABEL + r"\s*(?P<name>\S+(?:\s+\S+){0,3})\s*$")


def names_a_unit(name: str) -> bool:
    """An office or unit ("Văn phòng Tỉnh đoàn", "Hội LHPN xã Tân Lập"), not a person
    ("Đoàn Hào", "Trường Giang": a surname or a given name, every word capitalized)."""
    if _UNIT.match(name) is None:
        return False
    person = _UNIT_AFTER.split(name, maxsplit=1)[0]  # ("Đoàn Thị Hằng - Tổng phụ trách Đội")
    return not (_SURNAME_UNIT.match(name) and all(w[:1].isupper() for w in person.split()))


_SURNAME_UNIT = re.compile(r"(?i)^(?:đoàn|trường)\s")  # unit words that are names too


def account_line(text: str) -> bool:
    """A line naming only the account that posted the page ("Đăng bởi: ttvhda.admin"
    under the text): neither text nor a byline."""
    m = _POSTED_BY.match(text) if len(text) < 60 else None
    return m is not None and not is_person(m["name"])


_WRITER_LABEL = re.compile(r"(?i)tác\s+giả|người\s+viết|(?:tin|bài)\s*(?:,|và)\s*ảnh|thực\s+hiện")


# "… kiểu mẫu. (Minh Hải)": the writer's name in brackets closing the last paragraph.
_CLOSING_NAME = re.compile(
    r"(?<=[.!?…\"”])\s*\((?P<name>[A-ZĐÀ-Ỹ][\w.']*(?:\s+[A-ZĐÀ-Ỹ][\w.']*){0,4})\)\s*$"
)


def closing_name(text: str) -> tuple[str, str] | None:
    """The name in brackets after the last sentence of the text, and the paragraph
    without it; an agency in capitals ("(TTXVN)") is a source, not a writer."""
    m = _CLOSING_NAME.search(text)
    if not m:
        return None
    name = m.group("name")
    if SOURCE_LABEL_RE.match(name) or not is_person(name) or not _reads_as_names(name):
        return None
    if " " not in name and name.isupper() and len(name) > 3:
        return None
    return name, text[: m.start()].rstrip()


_LIGATURE_ICON_KINDS = ('[class*="material-icons" i]', '[class*="material-symbols" i]')
_AUTHOR_ELEMENTS = (
    '[class*="author" i], [itemprop="author" i], [class*="tacgia" i], [class*="tac-gia" i], '
    '[rel="author"], [class*="byline" i], [class*="nguoiviet" i], [class~="person"], '
    # a reader view's credits line under its title (Firefox's div.credits.reader-credits)
    '[class~="reader-credits"], '
    # a name behind a person icon: <span><i class="fa fa-user"></i> Thu Hiền</span>
    ':has(> i[class*="fa-user" i]), :has(> i[class*="fa-pen" i]), '
    ':has(> [class*="glyphicon-user" i]), :has(> i[class*="bi-person" i]), '
    ':has(> i[class*="mdi-account" i]), '
    # a name beside the writer's round picture: <div><img src="/avatar.png"><span>Ngọc Mai</span>
    ':has(> img[src*="avatar" i]), :has(> img[class*="avatar" i]), '
    # a font ligature icon: <i class="material-icons">person</i>; its word is no text
    + ", ".join(f":has(> {icon})" for icon in _LIGATURE_ICON_KINDS)
)
_LIGATURE_ICONS = ", ".join(_LIGATURE_ICON_KINDS)
_PERSON_LIGATURES = frozenset(
    {"person", "person_outline", "account_circle", "account_box", "face", "edit", "create"}
)


def _ligature_word(node: LexborNode) -> str | None:
    """The word a ligature icon child of ``node`` draws ("person"), if it has one."""
    for child in node.iter():
        if child.css_matches(_LIGATURE_ICONS):
            return (child.text() or "").strip()
    return None


_LABEL_WORDS_ONLY = re.compile(
    r"^(?:posted|written|published|updated)(?:\s+(?:on|by|in|at))?$|"
    r"^(?:đăng|viết|cập\s+nhật)(?:\s+(?:bởi|lúc|ngày|vào))?$",
    re.IGNORECASE,
)


def _article_of(node: LexborNode) -> LexborNode | None:
    """The nearest ``<article>`` holding ``node`` (a page may hold several: the next
    article appended by infinite scroll, each reader's comment)."""
    return next((up for up in ancestors(node, 15) if up.tag == "article"), None)


# a thread of readers' comments, by its box's name ("comments", "binh-luan", "y-kien-ban-doc")
_COMMENTS_BOX = re.compile(
    r"(?i)\bcomments?\b|comment-?(?:list|area|thread)|binh-?luan|y-?kien-?ban-?doc"
)


def _names(node: LexborNode) -> str:
    return f"{node.attributes.get('id') or ''} {node.attributes.get('class') or ''}"


# the line of who asked, on Q&A pages: its sent day ("Ngày gửi: 24/02/2026")
_ASKED_LINE = re.compile(r"(?i)\bngày\s+gửi\s*[:：]|\bgửi\s+(?:lúc|ngày)\s+\d")
# the box of who asked, on Q&A pages ("qa-asker", "nguoi-hoi", "question-author")
_ASKER_BOX = re.compile(r"(?i)asker|nguoi-?(?:hoi|gui)|question-?author|sender")


def find_author_element(tree: LexborHTMLParser, title_block: Block) -> str | None:
    """An unlabelled byline slot next to the title: <span class="author">Minh Thu</span>."""
    region = set(title_block.ancestors[1:4])
    own = _article_of(title_block.element)
    account_boxes: set[int] = set()  # author boxes naming a CMS account: nothing inside counts
    for node in tree.css(_AUTHOR_ELEMENTS):
        if account_boxes and account_boxes.intersection(a.mem_id for a in ancestors(node)):
            continue  # the box's bio or role line, not a byline
        other = _article_of(node)
        if other is not None and (own is None or other.mem_id != own.mem_id):
            continue  # the next article's byline, a reader's comment (its own <article>)
        if any(_COMMENTS_BOX.search(_names(a)) for a in ancestors(node, 6)):
            continue  # a reader's name over a comment in the thread under the text
        if any(_ASKER_BOX.search(_names(a)) for a in ancestors(node, 3)) or ASKER_LABEL_RE.match(
            node.text(strip=True)
        ):
            continue  # who asked, over a question and its answer (holdout308, 314)
        # an author box holds the name, a role and a picture: the name is the byline
        named = node.css_first('[class*="name" i], [itemprop="name" i]')
        if named is not None:
            shown = clean_author(node_text(named))
            if shown and not is_person(shown):
                account_boxes.add(node.mem_id)
                continue
        shown_in = named if named is not None else node
        text = clean_text(shown_in.text(separator=" ")) or ""
        if named is not None and text and _OTHER_ROLE.match(clean_text(node.text(separator=" "))):
            continue  # a person box of another role: "Nguồn: …", "Biên tập: …"
        icon = _ligature_word(node)
        if icon is not None:
            if icon.lower() not in _PERSON_LIGATURES:
                continue  # a clock or an eye: the chip holds a date or a count
            text = text.removeprefix(icon).strip() if named is None else text
        text = clean_author(text)
        if (
            text
            and any(ch.isdecimal() for ch in text)
            and (profile := node.css_first(_PROFILE_LINK))
        ):
            # a byline with its date (Substack's "Nguyễn Văn Tâm · Sep 01, 2025"): the name
            # is the link to the writer's profile
            text = clean_author(node_text(profile))
        if not text or any(ch.isdecimal() for ch in text):
            continue
        if len(text) > 60 and (len(text) > 140 or len(_NAME_END.split(text, maxsplit=1)[0]) > 40):
            continue  # (a name and its long unit: "Đại úy Hoàng Thị Mai Anh - Phòng An ninh …")
        if SOURCE_LABEL_RE.match(text) or not is_person(text) or not text[:1].isupper():
            continue
        if FILING_LABEL_RE.match(text):
            continue  # Plone's "documentByLine" of the topics: "Các chủ đề: Sưu tầm …"
        if _LABEL_WORDS_ONLY.match(text):
            continue  # WordPress's "meta-prep-author" span: "Posted on", no name
        # from the box, not the name: themes wrap the name in several spans
        parent = node.parent
        for _ in range(4):
            if parent is None:
                break
            if parent.mem_id in region:
                return text
            parent = parent.parent
    return None


# the label of a role other than the writer's, opening a person box
_OTHER_ROLE = re.compile(
    SOURCE_LABEL_RE.pattern + "|" + EDITOR_LABEL_RE.pattern + r"|^\s*" + POSTER_LABEL, re.I
)


# a link to a writer's profile page ("substack.com/@…", "/author/…", "/tac-gia/…")
_PROFILE_LINK = 'a[href*="/@"], a[href*="/author/"], a[href*="/tac-gia/"], a[href*="profile" i]'


# The photographer's credit closing a photo report ("Ảnh: Minh Đức", "Ảnh: Hồng Nhung - Trọng Nhân").
_PHOTO_CREDIT = re.compile(r"^\s*(?i:ảnh|hình\s+ảnh|photo)\s*[:：]\s*(?P<name>.+?)\s*$")
_CAPTION_CLASS = re.compile(r"caption|chuthich|chu-thich|image-note|img-note", re.IGNORECASE)


def is_caption(b: Block) -> bool:
    """A picture's caption: <figcaption>, a "caption" element, or a centred italic line."""
    node = b.element
    if node.tag == "figcaption" or _CAPTION_CLASS.search(node.attributes.get("class") or ""):
        return True
    n = max(1, len(b.text.replace(" ", "")))
    return b.align == "center" and b.italic_chars >= 0.8 * n


def media_credit(blocks: list[Block], body: list[int], end: int | None) -> tuple[str, int] | None:
    """The name of the credit closing the text when the medium is the article, and its
    block: "Video: …" or "Đồ họa: …" under a video or an infographic, "Ảnh: …" under a
    photo report (a text made mostly of captions). Under a text article a photographer's
    credit names only who took its pictures."""
    if not body:
        return None
    captions = sum(1 for i in body if is_caption(blocks[i]))
    photo_report = len(body) >= 4 and captions >= 3 and captions >= 0.6 * len(body)
    stop = min(len(blocks), body[-1] + 3, (end if end is not None else len(blocks)) + 1)
    for i in range(body[-1] + 1, stop):
        text = blocks[i].text
        if len(text) > 80 or RELATED_HEADINGS_RE.match(text) or blocks[i].heading:
            break
        if not CREDIT_LINE_RE.match(text):
            continue
        m = MEDIA_CREDIT_RE.match(text) or (_PHOTO_CREDIT.match(text) if photo_report else None)
        if m and is_person(m["name"]) and _reads_as_names(m["name"]):
            return m["name"], i
    return None


_ANSWERER_LINE_CHARS = 160


def answering_person(blocks: list[Block], body: list[int]) -> str | None:
    """The person a Q&A page names as its answerer on a line between the question and the
    answer ("Trả lời bởi: Luật sư Đỗ Thị Ngọc Ánh - Văn phòng …"): the answer's writer. An
    office answering ("Trả lời bởi: Phòng Lao động …") is none."""
    for i in range(body[0], body[-1]):
        text = blocks[i].text
        if i in body or len(text) > _ANSWERER_LINE_CHARS or not ANSWERER_LABEL_RE.match(text):
            continue
        name = author_from_label(text)
        if name and is_person(name) and not names_a_unit(name):
            return name
    return None
