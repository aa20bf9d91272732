"""Metadata laid out as tiles and grids, read back as "Label: value" lines.

Templates print a page's fields (posting day, writer, views) in shapes whose reading order
is not "label, value": a big value over its small caption (a stat tile), a row of labels
over a row of values (a table), a column of labels beside a column of values. The finders
of dates, bylines and counts read "Ngày đăng: 13/05/2026 07:45"; this module rewrites the
blocks of such layouts into those lines, pairing each value with its label by the markup's
structure, never by guessing from the text alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from selectolax.lexbor import LexborNode

from ..htmltext import Block
from ..vocab import FIELD_NAME_RE
from .common import DIGIT

_LABEL_CHARS = 30  # a field's name at most
_VALUE_CHARS = 80  # a tile's value at most
_SHORT = _VALUE_CHARS + _LABEL_CHARS  # a line any of these layouts may start with, at most
# markup drawing no words: an icon beside a tile's value and caption
_ICON_TAGS = frozenset({"svg", "i", "img", "-text", "-comment"})


# counts that are the page's own (not a key figure of the text: "420.000" over "lượt khách")
_OWN_COUNT = re.compile(
    r"(?i)^\s*(?:số\s+|tổng\s+(?:số\s+)?)?lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ|tải|bình\s+luận)"
)


# the first words of the page's field names (a cheap test before the pattern)
_FIELD_STARTS = frozenset(
    [
        "ngày",
        "cập",
        "thời",
        "giờ",
        "tác",
        "người",
        "biên",
        "nguồn",
        "ảnh",
        "lượt",
        "tổng",
        "số",
        "bình",
        "chuyên",
        "hạn",
        "tin,",
        "bài,",
        "tin",
        "bài",
    ]
)


@lru_cache(maxsize=4096)  # (a page's menus and boxes repeat short lines; so do pages)
def _field_name(text: str) -> bool:
    first = text.split(maxsplit=1)[:1] if len(text) <= _LABEL_CHARS else []
    if not first or first[0].lower().rstrip(":：") not in _FIELD_STARTS:
        return False  # (a cheap test of the first word before the pattern)
    return FIELD_NAME_RE.match(text) is not None and (
        "lượt" not in text.lower() or _OWN_COUNT.match(text) is not None
    )


def _parent(b: Block) -> int | None:
    return b.ancestors[1] if len(b.ancestors) > 1 else None


def _children(node: LexborNode | None, most: int = 64) -> list[LexborNode]:
    """``node``'s element children that hold words (icons left out), the first ``most``
    and one more at most: a box of more holds no tile or column of labels (and reading a
    box of thousands for each of its lines would take long)."""
    found: list[LexborNode] = []
    for c in node.iter() if node is not None else ():
        if c.tag not in _ICON_TAGS and c.text(strip=True):
            found.append(c)
            if len(found) > most:
                break
    return found


def _label(name: str, value: str) -> str:
    return f"{name.rstrip(' :：')}: {value}"


def _tile(blocks: list[Block], i: int, caption_first: bool = False) -> bool:
    """``blocks[i]`` is a value and the next its caption (or, ``caption_first``, a caption
    over its value: "Ngày diễn ra" over "31/08/2019"), the two alone in their box."""
    value, caption = blocks[i], blocks[i + 1]
    if caption_first:
        value, caption = caption, value
    return (
        _field_name(caption.text)
        and len(value.text) <= _VALUE_CHARS
        and not _field_name(value.text)
        and _parent(value) is not None
        and _parent(value) == _parent(caption)
        and len(_children(value.element.parent, 2)) == 2
    )


def _inline_tile(b: Block) -> str:
    """A tile whose value and caption run inline in one line ("<strong>1.904</strong>
    <span>Lượt xem</span>" beside an icon; a calendar leaf's weekday, day, month and year
    before "Ngày diễn ra"): the line "Caption: value", else "". Its last element is the
    caption (glued to the value or not: "3.456tổng lượt xem")."""
    if b.table_row or b.text.split(maxsplit=1)[-1:] == [b.text]:
        return ""
    # (a caption's first word among the last three words: a cheap test before the markup's)
    tail = b.text.rsplit(maxsplit=3)[-3:]
    if not any(w.lower() in _FIELD_STARTS for w in tail):
        return ""
    parts = _children(b.element, 5)
    if not 2 <= len(parts) <= 5:
        return ""
    caption = " ".join(parts[-1].text().split())
    if not b.text.endswith(caption) or not _field_name(caption):
        return ""
    value = b.text[: -len(caption)].strip()
    if not value or _field_name(value):
        return ""
    return _label(caption, value)


def _caption_then_value(b: Block) -> str:
    """A pair whose caption and value run inline in one line, the caption first, each in an
    element of its own and no colon between ("<span class="meta-caption">Người viết</span>
    <span class="meta-value">Điểu Thị Mai</span>", holdout272/silverstripe_xa): the line
    "Caption: value", else ""."""
    words = b.text.split(maxsplit=3)
    if b.table_row or len(words) < 2 or words[0].lower() not in _FIELD_STARTS:
        return ""
    parts = _children(b.element, 2)
    if len(parts) != 2:
        return ""
    caption = " ".join(parts[0].text().split())
    value = b.text[len(caption) :].strip()
    if not b.text.startswith(caption) or not value or not _field_name(caption):
        return ""
    return "" if _field_name(value) or ":" in caption else _label(caption, value)


def _label_row(b: Block) -> list[str]:
    """The cells of a table row of labels naming two of the page's fields or more ("Ngày
    đăng | Hạn đăng ký | Người viết | Lượt xem"), else []."""
    cells = b.text.split(" | ") if b.table_row else []
    if sum(_field_name(c) for c in cells) < 2:
        return []
    return cells if all(_label_like(c) for c in cells) else []


def _label_like(text: str) -> bool:
    return len(text) <= _LABEL_CHARS and not DIGIT.search(text) and ":" not in text


def _column_run(blocks: list[Block], i: int, refused: set[int | None]) -> int:
    """How many labels from ``blocks[i]`` on stand in one box of their own, a column of
    labels naming two of the page's fields or more (0 when it is none). ``refused``: boxes
    already found no such column (a menu's items, each a short line: read once)."""
    box = _parent(blocks[i])
    if box in refused or not _label_like(blocks[i].text):
        return 0
    n = 0
    while i + n < len(blocks) and _parent(blocks[i + n]) == box and _label_like(blocks[i + n].text):
        n += 1
    named = sum(_field_name(b.text) for b in blocks[i : i + n])
    if named < 2 or box is None or len(_children(blocks[i].element.parent)) != n:
        refused.add(box)
        return 0
    return n


def _values_beside(blocks: list[Block], i: int, n: int) -> bool:
    """The ``n`` blocks from ``i`` are a column of values in a box of their own, the twin
    of the column of labels just before them."""
    if i + n > len(blocks):
        return False
    values = blocks[i : i + n]
    box = _parent(values[0])
    column = values[0].element.parent  # (the values' box, beside the labels' box)
    labels = blocks[i - n].element.parent
    return (
        box is not None
        and all(_parent(v) == box for v in values)
        and not any(_field_name(v.text) for v in values)
        and len(_children(column)) == n
        and labels is not None
        and labels.parent is not None
        and column is not None
        and column.parent is not None
        and labels.parent.mem_id == column.parent.mem_id
    )


def _term_and_value(blocks: list[Block], i: int, named: dict[int, int]) -> bool:
    """``blocks[i]`` is a term of a definition list and the next its value (no colon
    between: "Tác giả" over "Nguyễn Đình Khôi"), in a list naming two of the page's
    fields or more (``named`` counts them by list, filled as lists are met)."""
    term, value = blocks[i], blocks[i + 1]
    # (a term of the page's own fields, or another of such a list's: "Số hiệu" beside
    # "Người viết"; a bare "Xem" button over a number names none)
    if term.element.tag != "dt" or value.element.tag != "dd":
        return False
    if not _field_name(term.text) and (" " not in term.text.strip() or not _label_like(term.text)):
        return False
    box = term.element.parent
    if box is not None and box.tag == "div":  # (HTML5's <div> around each term and value)
        box = box.parent
    if box is None or box.tag != "dl" or _parent(term) != _parent(value):
        return False
    if box.mem_id not in named:
        named[box.mem_id] = sum(_field_name(" ".join(dt.text().split())) for dt in box.css("dt"))
    return named[box.mem_id] >= 2


# a label led to its value by a row of dots ("Ngày đăng ………… 14/03/2014 08:45"), as on a
# printed form
_LEADERS = re.compile(
    r"^(?P<label>[^\W\d][^\d:：|.…]{1,30}?)\s*[:：]?\s*[.…·_]{4,}\s*(?P<value>\S.*)$"
)


def _leader_line(text: str) -> str:
    """The line "Label: value" for a label and its value set apart by leader dots, else ""."""
    if "...." not in text and "……" not in text and "…." not in text:
        return ""
    m = _LEADERS.match(text)
    return _label(m["label"], m["value"]) if m and _label_like(m["label"]) else ""


def fields_from_layouts(blocks: list[Block]) -> list[Block]:
    """``blocks`` with stat tiles ("13/05/2026 07:45" over "Ngày đăng"), a table's row of
    labels over its row of values, a column of labels beside a column of values, and a
    definition list's terms over their values each read as "Label: value" lines; other
    blocks untouched."""
    out: list[Block] = []
    named: dict[int, int] = {}  # definition lists: how many of the page's fields they name
    refused: set[int | None] = set()  # boxes holding no column of labels
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if len(b.text) > _SHORT and not b.table_row:
            # (a paragraph: no label, value or caption, unless dots lead to its value)
            if line := _leader_line(b.text):
                b.text = line
            out.append(b)
            i += 1
            continue
        if i + 1 < len(blocks) and _term_and_value(blocks, i, named):
            b.text = _label(b.text, blocks[i + 1].text)  # (the term's block: the list's line)
            out.append(b)
            i += 2
            continue
        if i + 1 < len(blocks) and _tile(blocks, i):
            b.text = _label(blocks[i + 1].text, b.text)
            out.append(b)
            i += 2
            continue
        if i + 1 < len(blocks) and _tile(blocks, i, caption_first=True):
            b.text = _label(b.text, blocks[i + 1].text)
            out.append(b)
            i += 2
            continue
        if line := _leader_line(b.text) or _inline_tile(b) or _caption_then_value(b):
            b.text = line
            out.append(b)
            i += 1
            continue
        if (names := _label_row(b)) and i + 1 < len(blocks):
            row = blocks[i + 1]
            cells = row.text.split(" | ")
            # (the first and the last row of one table, in <thead> and <tbody> or not; no
            # label among the values: rows of label/value pairs read themselves)
            if (
                row.table_row
                and len(cells) == len(names)
                and _parent(row) == _parent(b)
                and (i == 0 or _parent(blocks[i - 1]) != _parent(b))
                and (i + 2 == len(blocks) or _parent(blocks[i + 2]) != _parent(b))
                and not any(_field_name(c) for c in cells)
            ):
                row.text = " | ".join(_label(n, v) for n, v in zip(names, cells, strict=True))
                out.append(row)
                i += 2
                continue
        if (n := _column_run(blocks, i, refused)) and _values_beside(blocks, i + n, n):
            for k in range(n):
                value = blocks[i + n + k]
                value.text = _label(blocks[i + k].text, value.text)
                out.append(value)
            i += 2 * n
            continue
        out.append(b)
        i += 1
    return out
