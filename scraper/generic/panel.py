"""The article's information panel: a box titled "Thông tin bài viết" that holds the
article's date, author and views as labelled fields wherever the page puts it (a side
column far from the headline). Read only when the usual places by the title show none.
"""

from __future__ import annotations

import re

from ..htmltext import Block
from ..normalize import find_dates, parse_count
from ..vocab import PUBLISHED_LABEL_RE, UPDATED_LABEL_RE, VIEWS_RE
from .author import author_from_label
from .common import Found, field_of_row, field_text

_PANEL_HEADING = re.compile(
    r"^\s*(?:thông\s+tin\s+(?:bài\s+viết|tin\s+bài|bài\s+báo|bài|tin)|chi\s+tiết\s+bài\s+viết)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
_PANEL_HEADING_CHARS = 40
_PANEL_FIELDS = 24  # lines under the heading read as its fields, until the next heading
# (a label in an element of its own, its value in the next: <dt>Tác giả</dt><dd>…</dd>)
_LABEL_ALONE = re.compile(r"^[^\W\d][^\d:：|]{1,28}$")


def is_panel_heading(text: str) -> bool:
    """The title of the article's information box ("Thông tin bài viết"): never its text."""
    return len(text) <= _PANEL_HEADING_CHARS and bool(_PANEL_HEADING.match(text))


def info_panel(blocks: list[Block]) -> list[int]:
    """Indexes of the field lines under the first heading naming the article's information
    ("Thông tin bài viết"), or [] when the page has none."""
    for i, b in enumerate(blocks):
        # (a heading, or the caption of the panel's table)
        if (b.heading or b.element.tag == "caption") and is_panel_heading(b.text):
            fields = []
            for j in range(i + 1, min(len(blocks), i + 1 + _PANEL_FIELDS)):
                if blocks[j].heading:
                    break
                fields.append(j)
            return fields
    return []


def _field(b: Block) -> str:
    return field_of_row(field_text(b))


def _labelled(blocks: list[Block], fields: list[int]) -> list[tuple[int, str]]:
    """Each field line, a label alone on its line joined to the value under it."""
    lines = []
    for i in fields:
        text = _field(blocks[i])
        if _LABEL_ALONE.match(text) and i + 1 in fields:
            text = f"{text}: {blocks[i + 1].text}"
        lines.append((i, text))
    return lines


def panel_date(blocks: list[Block], fields: list[int]) -> Found | None:
    """The panel's publication date: a field labelled so, else one not labelled an update."""
    dated = [(i, text) for i, text in _labelled(blocks, fields) if find_dates(text)]
    for wanted in (
        lambda t: PUBLISHED_LABEL_RE.search(t) or re.match(r"(?i)\s*ngày\s*[:：]", t),
        lambda t: not UPDATED_LABEL_RE.search(t),
    ):
        for i, text in dated:
            if wanted(text):
                return Found(find_dates(text)[0].iso, "date in the article's information panel", i)
    return None


def panel_author(blocks: list[Block], fields: list[int]) -> Found | None:
    for i, text in _labelled(blocks, fields):
        name = author_from_label(text)
        if name:
            return Found(name, "author in the article's information panel", i)
    return None


def panel_views(blocks: list[Block], fields: list[int]) -> Found | None:
    for i, text in _labelled(blocks, fields):
        m = VIEWS_RE.search(text)
        if m and (count := parse_count(m["n"])) is not None:
            return Found(count, "views in the article's information panel", i)
    return None
