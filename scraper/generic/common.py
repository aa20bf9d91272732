"""Pieces the generic field finders share: the ``Found`` result, word tokens and
title similarity, and the tests of what a line is (a control, a meta line, a field row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..htmltext import Block, ancestors
from ..normalize import find_dates
from ..vocab import (
    ANSWER_DATE_RE,
    ASKER_LABEL_RE,
    AUTHOR_INLINE_RE,
    AUTHOR_LABEL_RE,
    BOILERPLATE_LINE_RE,
    PUBLISHED_LABEL_RE,
    PUBLISHED_WORDS,
    QUESTION_DATE_RE,
    UPDATED_LABEL_RE,
    UPDATED_WORDS,
    VIEWS_AFTER_RE,
    VIEWS_RE,
    VIEWS_WORDS,
    has_colon,
    may_be_control,
    may_match,
)

_CELL_AFTER_LABEL = re.compile(r"([:：])\s*\|\s*")


def field_of_row(text: str) -> str:
    """A label's row read as one field: "Tác giả: | Quốc Việt" → "Tác giả: Quốc Việt"."""
    return _CELL_AFTER_LABEL.sub(r"\1 ", text)


DIGIT = re.compile(r"\d")
# characters: a paragraph of the text, no headline, label or signer's title
PARAGRAPH_CHARS = 80


_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def similarity(a: str, b: str) -> float:
    """Share of ``a``'s words found in ``b`` (order-free), 0..1."""
    ta, tb = tokens(a), set(tokens(b))
    if not ta or not tb:
        return 0.0
    return sum(1 for t in ta if t in tb) / len(ta)


@dataclass(slots=True)
class Found:
    value: object
    how: str
    index: int | None = None  # block index where it was found


def same_box(b: Block, title: Block, levels: int = 4) -> bool:
    """Whether ``b`` sits within a few levels of the title's element (the article's box)."""
    near = set(title.ancestors[: levels + 1]) - set(title.ancestors[-2:])  # never <body>/<html>
    return not near.isdisjoint(b.ancestors)


def meta_above(blocks: list[Block], title_idx: int, lines: int = 4) -> list[int]:
    """The ``lines`` lines above the headline that sit in the post's own ``<article>``
    holding it: a theme's meta list (day, poster, section, views) over a page builder's
    headline set inside the text (holdout276/wpbakery_nongdan)."""
    post = next((a for a in ancestors(blocks[title_idx].element, 8) if a.tag == "article"), None)
    if post is None:
        return []
    return [
        i for i in range(max(0, title_idx - lines), title_idx) if post.mem_id in blocks[i].ancestors
    ]


def block_index(blocks: list[Block], title: str) -> int | None:
    for i, b in enumerate(blocks):
        if (
            b.text == title
            or (b.text.startswith(title) and len(b.text) < len(title) + 40)
            or (b.table_row and b.text.endswith(" | " + title) and len(b.text) < len(title) + 40)
        ):  # (the last: a form's row "Tiêu đề: | …", Lotus Domino's)
            return i
    low = title.lower()
    for i, b in enumerate(blocks):
        if b.heading and similarity(title, b.text) > 0.8 and len(b.text) < len(title) * 1.5 + 10:
            return i
        if low in b.text.lower() and len(b.text) < len(title) + 40:
            return i
    return None


# --- body --------------------------------------------------------------------


def is_control(b: Block) -> bool:
    text = b.text
    return len(text) < 120 and may_be_control(text) and bool(BOILERPLATE_LINE_RE.match(text))


def has_views_label(text: str) -> bool:
    return may_match(text, text.lower(), VIEWS_WORDS) and VIEWS_RE.search(text) is not None


# a label glued to the time of the span before it: "03/03/2025 07:05Thực hiện: …"
_DIGIT_GLUED = re.compile(r"(?<=\d)(?=[^\W\d_])")


_FIELD_BREAK = re.compile(r"\s[·|•]\s")


_BY = re.compile(r"(?:^|\s)By\s+")  # an English byline ("Mar 24, 2026, 14:35 PM By Minh Tâm")


# a Vietnamese one closing a short dateline ("10/02/2026 bởi Ban Thường trực")
_BOI = re.compile(r"\sbởi\s+(?P<name>[^\W\d][^.,;:!?]{1,40})$")
_BOI_CHARS = 80


def _by_a_name(text: str) -> bool:
    m = _BY.search(text)
    if m is not None and text[m.end() : m.end() + 1].isupper():
        return True
    # (not a sentence's "bị ảnh hưởng bởi bão số 3": a name of a few capitalized words)
    b = _BOI.search(text) if len(text) <= _BOI_CHARS and "bởi" in text else None
    return b is not None and b["name"][0].isupper() and len(b["name"].split()) <= 6


def is_meta_line(text: str) -> bool:
    """A byline/dateline: "Ngày đăng: 23/05/2023 | Người viết: Lê Thị Hoa | Số lần xem: 87",
    or a question's header on Q&A pages: "Người hỏi: Trần Thu Hà - Ngày gửi: 02/06/2022"."""
    if len(text) > 220 or not DIGIT.search(text):
        return False
    # Each label regex runs only when a word it needs is on the line (see vocab.may_match).
    low = text.lower()
    signals = bool(find_dates(text))
    signals += may_match(text, low, VIEWS_WORDS) and bool(
        VIEWS_RE.search(text) or VIEWS_AFTER_RE.search(text)
    )
    signals += has_colon(text) and bool(
        AUTHOR_INLINE_RE.search(text) or AUTHOR_LABEL_RE.match(text) or ASKER_LABEL_RE.match(text)
    )
    signals += _by_a_name(text)
    if signals != 1:
        return signals >= 2
    # a sentence: "… cập nhật dữ liệu lên hệ thống trước ngày 30/6/2026 …."; "Chi cục cập
    # nhật tình hình … lúc 7 giờ 00 ngày 30/10/2024 như sau:" (not a question's header,
    # "Câu hỏi của bà … gửi ngày 15/10/2023:")
    # (and a list's item closed by ";": "Rà soát, cập nhật danh sách …, báo cáo trước ngày …;")
    ends = (
        (".", "!", "?", "…", ";")
        if QUESTION_DATE_RE.search(text)
        else (".", "!", "?", "…", ":", ";")
    )
    # (fields set apart by "·" or "|" are no sentence, an empty counter's "Lượt xem:" last)
    if text.rstrip().endswith(ends) and len(text.split()) >= 15 and not _FIELD_BREAK.search(text):
        return False
    return bool(
        (may_match(text, low, PUBLISHED_WORDS) and PUBLISHED_LABEL_RE.search(text))
        or (may_match(text, low, UPDATED_WORDS) and UPDATED_LABEL_RE.search(text))
        # "Câu hỏi của bà … gửi ngày 15/10/2023:", "Sở Tư pháp trả lời ngày 08/11/2023"
        or (len(text) < 160 and (QUESTION_DATE_RE.search(text) or ANSWER_DATE_RE.search(text)))
    )


def is_meta_text(text: str) -> bool:
    """:func:`is_meta_line`, also for a meta line whose spans were glued without a space
    ("03/03/2025 07:05Thực hiện: Quốc Tuấn"): a label right after a digit starts a field."""
    if is_meta_line(text):
        return True
    if not has_colon(text):
        return False
    spaced = _DIGIT_GLUED.sub(" ", text)
    return spaced != text and is_meta_line(spaced)


_ROW_FIELD = re.compile(r"^([^|:]{2,40}?)\s*[:：]? \| (?=[^|]+$)")


def lines_on(blocks: list[Block], start: int, n: int) -> int:
    """The index ``n`` lines on from ``start``, a field's label alone on its line not
    counted: a grid of "Tác giả:" over "Hồ Ngọc Diệp" holds a field in two lines."""
    i = start
    while i < len(blocks) and n > 0:
        n -= not is_label_alone(blocks[i].text)
        i += 1
    return i


def is_label_alone(text: str) -> bool:
    return len(text) <= 30 and _LABEL_ALONE.fullmatch(text) is not None


# a field's name: a word to start, no digits, no colon or column bar (its value has those)
LABEL_WORDS = r"[^\W\d][^\d:：|]{1,28}"
_LABEL_ALONE = re.compile(LABEL_WORDS + "[:：]")


def field_text(b: Block) -> str:
    """A two-cell table row "Tác giả | Minh Châu" (or "Lượt xem: | 1.238") read as the line
    "Tác giả: Minh Châu"; a row of label and value pairs ("Tác giả | Lê Thu Hằng | Ngày
    đăng | 12/03/2026 08:30") as "Tác giả: Lê Thu Hằng | Ngày đăng: 12/03/2026 08:30"."""
    if not b.table_row:
        return b.text
    if b.text.count(" | ") >= 3 and FIELD_CELLS.match(b.text):
        cells = b.text.split(" | ")
        return " | ".join(f"{cells[k]}: {cells[k + 1]}" for k in range(0, len(cells), 2))
    return _ROW_FIELD.sub(r"\1: ", b.text)


# a table row of labels and their values: "Chuyên mục | Nông nghiệp | Lượt in | 37"
FIELD_CELLS = re.compile(
    r"^[^\W\d][^:：|\d]{1,30} \| [^|]{1,80}(?: \| [^\W\d][^:：|\d]{1,30} \| [^|]{1,80})*$"
)
