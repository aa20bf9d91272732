"""The article's information panel: a box titled "Thông tin bài viết" that holds the
article's date, author and views as labelled fields wherever the page puts it (a side
column far from the headline), or the presented document's ("Thông tin văn bản") where
pages print the article's own fields too; and the same reading of any field lines (the
furniture a profile drops). Read only when the usual places by the title show none.
"""

from __future__ import annotations

import re

from ..htmltext import Block
from ..normalize import find_dates, parse_count
from ..vocab import (
    DOCUMENT_DAY_RE,
    DOCUMENT_TERM_RE,
    FIELD_NAME_RE,
    PUBLISHED_LABEL_RE,
    UPDATED_LABEL_RE,
    VIEWS_RE,
)
from .author import author_from_label, is_person
from .common import LABEL_WORDS, Found, field_of_row, field_text

_PANEL_HEADING = re.compile(
    r"^\s*(?:thông\s+tin\s+(?:bài\s+viết|tin\s+bài|bài\s+báo|bài|tin)|chi\s+tiết\s+bài\s+viết)"
    # (the article's and the presented document's fields in one panel)
    r"(?:\s+và\s+văn\s+bản)?\s*:?\s*$",
    re.IGNORECASE,
)
# The presented document's panel ("Thông tin văn bản"): its fields are the document's, but
# pages print the article's own (posting day, writer, views) among them
_DOCUMENT_PANEL_HEADING = re.compile(
    r"^\s*(?:thông\s+tin\s+văn\s+bản(?:\s+và\s+bài\s+viết)?|"
    r"thông\s+tin\s+bài\s+viết\s+và\s+văn\s+bản)\s*:?\s*$",
    re.IGNORECASE,
)
_PANEL_HEADING_CHARS = 40
_PANEL_FIELDS = 32  # lines under the heading read as its fields, until the next heading
_FIELD_CHARS = 300  # a field line at most: a longer line is the text's
_PANELS = 4  # panels read at most
# (a label in an element of its own, its value in the next: <dt>Tác giả</dt><dd>…</dd>,
# its colon perhaps left out, as <dt> terms do)
_LABEL_ALONE = re.compile(f"{LABEL_WORDS}[:：]?")


def is_panel_heading(text: str) -> bool:
    """The title of the article's information box ("Thông tin bài viết"): never its text."""
    return len(text) <= _PANEL_HEADING_CHARS and bool(_PANEL_HEADING.match(text))


def is_document_panel_title(text: str) -> bool:
    """The title of the presented document's panel ("Thông tin văn bản"), the article's
    fields perhaps among the document's ("Thông tin bài viết và văn bản")."""
    return len(text) <= _PANEL_HEADING_CHARS and bool(_DOCUMENT_PANEL_HEADING.match(text))


_BARE_TITLE = re.compile(r"(?i)^\s*thông\s+tin(?:\s+chung)?\s*:?\s*$")
_BARE_TITLE_FIELDS = 2  # the page's fields right under a bare "Thông tin" that make it a panel


def _bare_title_over_fields(blocks: list[Block], i: int) -> int:
    """1 for a heading "Thông tin" over lines naming the page's fields ("Ngày đăng: …",
    "Lượt xem: …"), a box of them beside the text (Umbraco's grid, holdout281); else 0."""
    if not (blocks[i].heading and _BARE_TITLE.match(blocks[i].text)):
        return 0
    under = blocks[i + 1 : i + 2 + _BARE_TITLE_FIELDS]  # (one line of another field among them)
    named = [b for b in under if ":" in b.text and FIELD_NAME_RE.match(b.text.split(":")[0])]
    return 1 if len(named) >= _BARE_TITLE_FIELDS else 0


def bare_info_boxes(blocks: list[Block], lines: list[int]) -> set[int]:
    """Of ``lines``, those of information boxes titled only "Thông tin" (see
    ``_bare_title_over_fields``): the title and the lines of its box, no text."""
    found: set[int] = set()
    for i in lines:
        box = blocks[i].element.parent
        if box is None or not _bare_title_over_fields(blocks, i):
            continue
        found.add(i)
        for j in range(i + 1, min(len(blocks), i + 1 + _PANEL_FIELDS)):
            if box.mem_id not in blocks[j].ancestors:
                break
            found.add(j)
    return found


def _panel_title(b: Block) -> int:
    """1 for the title of the article's panel, 2 for the presented document's (a heading,
    a caption or a card's header line), 0 for none."""
    if (b.heading or b.element.tag == "caption") and is_panel_heading(b.text):
        return 1
    return 2 if is_document_panel_title(b.text) else 0


def info_panel(blocks: list[Block]) -> list[int]:
    """Indexes of the field lines under the headings naming the article's information
    ("Thông tin bài viết") and then under those naming the presented document's ("Thông
    tin văn bản"), where pages print the article's own fields too; [] when the page has
    neither."""
    panels: list[tuple[int, list[int]]] = []
    read = -1  # the last line of a list of terms already taken
    for i, b in enumerate(blocks):
        # (the term read with its value: "Số ký hiệu: 18/2025/QĐ-UBND")
        if i > read and b.element.tag == "dt" and DOCUMENT_TERM_RE.match(b.text.split(":")[0]):
            # an untitled list of the document's fields, the article's perhaps among them
            terms = b.element.parent
            if terms is not None and terms.tag == "dl":
                read = i
                while read + 1 < len(blocks) and terms.mem_id in blocks[read + 1].ancestors:
                    read += 1
                panels.append((2, list(range(i, read + 1))))
            continue
        if kind := _panel_title(b) or _bare_title_over_fields(blocks, i):
            fields = []
            for j in range(i + 1, min(len(blocks), i + 1 + _PANEL_FIELDS)):
                if blocks[j].heading or len(blocks[j].text) > _FIELD_CHARS:
                    break
                fields.append(j)
            panels.append((kind, fields))
    # (the first panels of each kind, each line once: a page of thousands of panels is no
    # page's information)
    ordered = sorted(panels[: _PANELS * 2], key=lambda p: p[0])
    return list(dict.fromkeys(j for _, fields in ordered for j in fields))


# Field lines, each with its block's index (None: a line of furniture the profile dropped)
Fields = list[tuple[int | None, str]]


def _field(b: Block) -> str:
    return field_of_row(field_text(b))


def _labelled(blocks: list[Block], fields: list[int]) -> Fields:
    """Each field line, a label alone on its line joined to the value under it."""
    lines: Fields = []
    joined = -1  # a value line already read with its label above it
    among = set(fields)
    for i in fields:
        if i == joined:
            continue
        text = _field(blocks[i])
        if _LABEL_ALONE.fullmatch(text) and i + 1 in among:
            text, joined = f"{text.rstrip(':： ')}: {blocks[i + 1].text}", i + 1
        lines.append((i, text))
    return lines


def panel_date(blocks: list[Block], fields: list[int]) -> Found | None:
    """The panel's publication date (see :func:`fields_date`)."""
    return fields_date(_labelled(blocks, fields))


def panel_author(blocks: list[Block], fields: list[int]) -> Found | None:
    return fields_author(_labelled(blocks, fields))


def panel_views(blocks: list[Block], fields: list[int]) -> Found | None:
    return fields_views(_labelled(blocks, fields))


_HOW = "in the article's information panel"


def fields_date(lines: Fields, *, labelled_only: bool = False) -> Found | None:
    """The publication date of field lines: one labelled so ("Ngày đăng: …"), else (unless
    ``labelled_only``) one not labelled an update, else an update's."""
    # (the document's own days, "Ngày ban hành", are the document's, never the article's)
    dated = [(i, t) for i, t in lines if find_dates(t) and not DOCUMENT_DAY_RE.search(t)]
    wanted = [lambda t: PUBLISHED_LABEL_RE.search(t) or re.match(r"(?i)\s*ngày\s*[:：]", t)]
    if not labelled_only:
        # a day no label names, else an update's (the only day a page shows is its date);
        # a day labelled for something else (a comment period, an event) never
        wanted += [lambda t: not _LABELLED.match(t), lambda t: UPDATED_LABEL_RE.search(t)]
    for want in wanted:
        for i, text in dated:
            if want(text):
                return Found(find_dates(text)[0].iso, f"date {_HOW}", i)
    return None


_LABELLED = re.compile(r"^[^\d:：|]{2,40}[:：]")  # "Thời gian lấy ý kiến: …"


def fields_author(lines: Fields) -> Found | None:
    for i, text in lines:
        name = author_from_label(text)
        if name and is_person(name):  # (not the account that posted the page)
            return Found(name, f"author {_HOW}", i)
    return None


def fields_views(lines: Fields) -> Found | None:
    for i, text in lines:
        m = VIEWS_RE.search(text)
        if m and (count := parse_count(m["n"])) is not None:
            return Found(count, f"views {_HOW}", i)
    return None
