"""Which lines of the chosen container are the article's text: a lead paragraph just above
it is added; related-news lists, controls and the signature are cut off; Q&A questions
join the answer; repeats, pull quotes and embedded teasers are dropped.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import BUTTON_CLASS_RE, Block, ancestors, floated
from ..normalize import find_dates
from ..vocab import (
    ANSWERER_LABEL_RE,
    ATTACHMENT_LINE_RE,
    AUTHOR_LABEL_ONLY_RE,
    AUTHOR_LABEL_RE,
    CREDIT_LINE_RE,
    DATE_LABEL_ONLY_RE,
    DOCUMENT_FIELD_RE,
    DOCUMENT_HEADING_RE,
    DOCUMENT_RE,
    DOWNLOAD_ENTRY_RE,
    EDITOR_LABEL_ONLY_RE,
    EDITOR_LABEL_RE,
    EDITORS_NOTE_RE,
    ENGAGEMENT_COUNT_RE,
    FILING_LABEL_RE,
    LANGUAGE_TAG_RE,
    LIVE_NOTICE_RE,
    LIVE_STATUS_RE,
    NEXT_PART_RE,
    NUMBERED_PART_RE,
    PAGE_OF_RE,
    PLAYER_BAR_RE,
    PLAYER_CONTROL_RE,
    POSTER_LABEL,
    POSTER_LABEL_ONLY_RE,
    POSTER_WORDS,
    PRINTED_URL_RE,
    PUBLISHED_LABEL_RE,
    QUESTION_PART_RE,
    RATING_LINE_RE,
    READER_WIDGET_RE,
    RELATED_HEADINGS_RE,
    SOURCE_LABEL_RE,
    TIME_LABEL_RE,
    TIME_STAMP_RE,
    TO_BE_CONTINUED_RE,
    VIEWS_LABEL_ONLY_RE,
)
from .author import author_from_label, credits_a_source, is_caption
from .common import (
    DIGIT,
    FIELD_CELLS,
    PARAGRAPH_CHARS,
    field_of_row,
    has_views_label,
    is_control,
    is_meta_text,
)
from .container import COMMENTS_HEADING, LEAD_CLASS
from .panel import is_panel_heading


def one_caption_twice(before: Block, block: Block) -> bool:
    """One caption under two pictures in a row: the writer's, twice (unlike a sapo the
    template copies into the text, or a lazy loader's copy of the whole text)."""
    return before.text == block.text and is_caption(before) and is_caption(block)


def without_repeats(blocks: list[Block], body_idx: list[int]) -> list[int]:
    """The text once: a paragraph shown again in another box further down (a visible
    lead, then the whole text in the lazy loader's <noscript> copy) is kept where it first
    shows, and a teaser of a paragraph is not kept beside it. (A paragraph repeated in the
    same box is the writer's.)"""
    seen: dict[str, int] = {}  # a paragraph's words → the box it first shows in
    kept: list[int] = []
    for i in body_idx:
        b = blocks[i]
        box = b.ancestors[1] if len(b.ancestors) > 1 else -1
        if (
            len(b.text) >= PARAGRAPH_CHARS
            and seen.setdefault(b.text, box) != box
            and not (kept and one_caption_twice(blocks[kept[-1]], b))
        ):
            continue
        kept.append(i)
    # a teaser cut short ("… giống PN1 và AB 29, …") over the fold that holds it whole
    cut = [i for i in kept if blocks[i].text.endswith(("…", "...")) and len(blocks[i].text) > 40]
    for i in cut:
        stem = blocks[i].text.rstrip(" .…,;")
        if any(k != i and blocks[k].text.startswith(stem) for k in kept):
            kept.remove(i)
    return kept


def with_closing_correction(blocks: list[Block], body_idx: list[int]) -> list[int]:
    """A correction notice in its own box right under the text ("Đính chính: Bản tin đăng
    lúc … ghi …; thông tin đúng: …"): the editor's words on the text, part of it."""
    k = body_idx[-1] + 1 if body_idx else len(blocks)
    if (
        k < len(blocks)
        and len(blocks[k].text) >= PARAGRAPH_CHARS
        and EDITORS_NOTE_RE.match(blocks[k].text)
    ):
        return [*body_idx, k]
    return body_idx


_TEASER_CHARS = 160  # a next part's title; a paragraph is longer


def without_next_part_teaser(blocks: list[Block], body_idx: list[int]) -> list[int]:
    """``body_idx`` without a series part's closing teaser of the next part ("Kỳ sau: …",
    or "Kỳ 2: …" under "(Còn nữa)") among its last lines: the series' signpost, not the
    part's text (the signature may follow it or come before it)."""
    if len(body_idx) < 3:
        return body_idx
    tail = body_idx[-3:]
    continued = any(TO_BE_CONTINUED_RE.match(blocks[k].text) for k in tail)
    for k in reversed(body_idx[-2:]):
        text = blocks[k].text
        if len(text) <= _TEASER_CHARS and (
            NEXT_PART_RE.match(text) or (continued and NUMBERED_PART_RE.match(text))
        ):
            return [i for i in body_idx if i != k]
    return body_idx


def _in_list_item(b: Block) -> bool:
    return any(n.tag == "li" for n in (b.element, *ancestors(b.element, 2)))


def split_body(
    blocks: list[Block],
    container: int | None,
    title: str | None,
    title_idx: int | None,
    footers: frozenset[int] = frozenset(),
    aside: frozenset[int] = frozenset(),
) -> tuple[list[int], int | None, int | None]:
    """Indexes of body blocks, plus the first index after the article and the first body index.

    ``footers``: ids of footer elements inside the container (unclosed tags can put the
    page's footer there); the article ends where one begins. ``aside``: indexes of blocks
    in boxes of other text (comments, a translation) the container may also hold.
    """
    if container is None:
        return [], None, None
    inside = [i for i, b in enumerate(blocks) if container in b.ancestors and i not in aside]
    if not inside:
        return [], None, None
    if footers:
        cut = next(
            (
                n
                for n, i in enumerate(inside)
                if footers.intersection(blocks[i].ancestors[: blocks[i].ancestors.index(container)])
            ),
            None,
        )
        inside = inside[:cut] or inside
    first, last = inside[0], inside[-1]
    if title_idx is not None and title_idx >= last:
        title_idx = None  # a "title" after the text (a footer line): not where the body starts
    body: list[int] = []
    end = last + 1
    in_related = False
    related_box: int | None = None  # the element holding a related box's heading and links

    def resumes(k: int) -> bool:  # an article paragraph again, after an inline box
        b = blocks[k]
        return (
            len(b.text) >= 80
            and b.link_density < 0.1
            and not _skip_in_body(b, title)
            and not _in_list_item(b)  # a related item's summary, under its linked headline
            and not b.table_row  # a row of a related table ("Văn bản cùng lĩnh vực")
        )

    # (lines read as datelines, source credits or link lists that are the text's own here)
    under_title = [i for i in inside if title_idx is None or i > title_idx]
    its_own = (
        _day_headings(blocks, under_title)
        | _items_sources(blocks, under_title)
        | _numbered_sections_lists(blocks, under_title)
    )
    for n, i in enumerate(inside):
        b = blocks[i]
        if len(b.text) < 60 and COMMENTS_HEADING.match(b.text):
            end = i  # "Ý kiến bạn đọc": readers' text from here on, never the article's
            break
        if (
            len(b.text) < 60
            and (m := RELATED_HEADINGS_RE.match(b.text))
            and not ENGAGEMENT_COUNT_RE.match(b.text)  # "Bình luận: 4", a counter
            # (a sentence: "Tin tiếp theo phát lúc 20 giờ 00 phút ngày 11/9/2024.")
            and not (b.text.endswith(".") and len(b.text.split()) >= _SENTENCE_WORDS)
        ):
            # "Tin liên quan" / "Xem thêm:" lists: skip them; an inline box may be
            # followed by more article paragraphs, a trailing list is not.
            if b.link_density > 0.3 and len(b.text[m.end() :].strip(" :")) >= 10:
                continue  # "Xem thêm: <a>…</a>" on one line: the box is that line alone
            in_related = True
            end = i
            related_box = _box_of_its_own(blocks, i, inside[n + 1 : n + 2], container)
            continue
        if in_related:
            # an intertitle or a picture caption, then the article again; or anything past
            # the box of its own that held the heading and its links
            left_box = related_box is not None and related_box not in b.ancestors
            lead_in = (
                b.link_density < 0.1
                and n + 1 < len(inside)
                and resumes(inside[n + 1])
                # (not the last card's date, still inside the box: "18/09/2025")
                and (related_box is None or left_box)
            )
            if lead_in or resumes(i) or left_box:
                in_related = False
                end = last + 1
            else:
                continue
        if title_idx is not None and i <= title_idx:
            continue
        if title_idx is not None and i == title_idx + 1 and _is_deck(blocks, i):
            continue
        if _skip_in_body(b, title) and i not in its_own:
            continue
        if i and len(b.text) < 60 and EDITOR_LABEL_ONLY_RE.match(blocks[i - 1].text):
            continue  # "Người duyệt:" | "Trần Văn Nam": who approved it, not text
        body.append(i)
    body = [i for i in body if i < end and not _titles_a_download(blocks, i)]
    body = _without_properties_table(blocks, body)
    body = _without_field_list(blocks, body)
    # a saved or print view's header lines above its dateline ("SỞ TƯ PHÁP …", "Tin tức ›
    # Hoạt động ngành"), all inside the text's box: the page's, not the text
    # (a document's field table, "Số ký hiệu | …" above "Ngày ban hành | …", is its text)
    dateline = next(
        (i for i in inside[:5] if not blocks[i].table_row and is_meta_text(blocks[i].text)), None
    )
    if dateline is not None:
        body = [
            i
            for i in body
            if i > dateline or blocks[i].table_row or not _header_line(blocks[i].text)
        ]

    # A lead paragraph often sits just above the content container (sapo).
    def sapo(k: int) -> bool:  # (or right under the headline, named so, apart from the text)
        return _is_lead(blocks, k, first) or (
            title_idx is not None and k == title_idx + 1 and _named_lead(blocks[k])
        )

    lead: list[int] = []
    captions: set[int] = set()
    j = first - 1
    stop = title_idx if title_idx is not None else first - 4
    tabs = 0  # "Trang 1 2 3" tabs, "Mục lục" between a sapo and its text: passed over
    fields = field_list(blocks, j)
    while j > stop and j >= 0 and first - j - tabs <= 4:
        b = blocks[j]
        if j in fields:
            break  # the page's field list right above the text ("Nguồn | … | Chuyên mục | …")
        if j in aside:  # a player or a widget box between the sapo and the text
            j, tabs = j - 1, tabs + 1
            continue
        if (
            len(b.text) < 24
            and (
                _PAGE_TABS.fullmatch(b.text)
                or _TAB_PART.fullmatch(b.text)
                or _TOC_HEADING.fullmatch(b.text)
            )
        ) or _contents_entry(b):
            j, tabs = j - 1, tabs + 1  # (and a folded "Mục lục" over the text, its entries)
            continue
        if (b.heading and b.heading <= 2 and len(b.text) < 100) or is_control(b):
            break
        if title and b.text.startswith(title) and len(b.text) - len(title) < 40:
            break  # the headline (a sapo may open with the same words)
        if title_idx is not None and j == title_idx + 1 and _is_deck(blocks, j):
            break  # the headline's subtitle, then its dateline: no sapo
        if _skip_in_body(b, title) or (len(b.text) < _BYLINE_CHARS and author_from_label(b.text)):
            pass  # a date/byline line between the title and the lead ("Author: Hoàng Nam")
        elif _PART_LABEL.match(b.text):
            pass  # a field's label over the lead or the text ("Tóm tắt:", "Nội dung:")
        elif (b.element.tag != "figcaption" or len(b.text) >= _CAPTION_CHARS) and sapo(j):
            lead.insert(0, j)  # (a <figcaption> is a caption, however long its sentence)
        elif is_caption(b) and len(b.text) < _CAPTION_CHARS:
            lead.insert(0, j)  # the caption of a picture or player between sapo and text
            captions.add(j)
        elif title_idx is not None and j - 2 == title_idx and _byline_slot(b) and sapo(j - 1):
            pass  # the byline between a sapo right under the headline and the text
        else:
            break
        j -= 1
    if captions.issuperset(lead):
        lead = []  # (a caption is taken with the sapo above it only)
    if (
        title_idx is not None
        and not lead
        and title_idx + 1 < first <= title_idx + _LEAD_REACH
        and _named_lead(blocks[title_idx + 1])
        and not any(
            _plain_line(blocks[k]) and not is_caption(blocks[k])
            for k in range(title_idx + 2, first)
        )
    ):
        # the sapo named so under the headline, only fields and links between it and the
        # text (Odoo's author, date and breadcrumb): the text's lead however far apart
        lead = [title_idx + 1]
    body_idx = lead + body
    return body_idx, end, (body_idx[0] if body_idx else None)


# A properties row: a label cell ending with its colon, one short value ("Kích thước: | 18 KB")
_CAPTION_CHARS = 200
_SENTENCE_WORDS = 6


# a note that the text was carried over from another (a merged province's old) portal
_MIGRATED_NOTE = re.compile(
    r"(?i)^\s*[(\[]?\s*(?:tin\s+bài|bài\s+viết|tin|bài|nội\s+dung)\s+(?:này\s+)?(?:đã\s+)?"
    r"(?:được\s+)?(?:chuyển|đồng\s+bộ|lưu\s+trữ)\s+(?:từ|sang)\s"
)


# the last field of a byline, set apart by "·" or "|": its time and day
_DATED_LAST_FIELD = re.compile(
    r"\s[·•|]\s*(?:(?:lúc|ngày)\s+)?(?:\d{1,2}[:hg]\d{2}\s*,?\s*)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}"
    r"(?:\s*[-,]?\s*\d{1,2}[:hg]\d{2})?\s*$"
)


def _people_fields(text: str) -> bool:
    """Two or more labelled credits on one line, set apart by "|" or "·", every one naming
    who wrote, edited, approved, posted or photographed the text, or its source."""
    parts = _FIELD_BREAKS.split(text)
    return len(parts) >= 2 and all(
        AUTHOR_LABEL_RE.match(p)
        or EDITOR_LABEL_RE.match(p)
        or _POSTER_FIELD.match(p)
        or SOURCE_LABEL_RE.match(p)
        or CREDIT_LINE_RE.match(p)
        for p in parts
    )


_FIELD_BREAKS = re.compile(r"\s+[|·•]\s+")
_POSTER_FIELD = re.compile(r"(?i)^\s*" + POSTER_LABEL + r"\s*\S")
_FILE_NAME_LINE = re.compile(
    r"(?i)^\s*[\w.\-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z)"
    r"(?:\s*[(\[][^()\[\]]{0,30}[)\]])*\s*$"
)
_ATTACHMENTS_COUNTED = re.compile(
    r"(?i)\s*(?:tệp|tập\s+tin|file|tài\s+liệu|văn\s+bản)\s+đính\s+kèm\s*\(\d+\)\s*:?\s*"
)
_FILE_FACTS = re.compile(
    r"(?i)^\s*(?:dung\s+lượng|kích\s+(?:thước|cỡ))\s*[:：]\s*[\d.,]+\s*[KMG]B\b"
)
_EMPTY_ATTACHMENTS = re.compile(
    r"(?i)\s*(?:tài\s+liệu|tập\s+tin|tệp|file|văn\s+bản)?\s*đính\s+kèm\s*[:：]\s*"
)
# a hint how to see a wide table on a phone: swipe or scroll it sideways
_SCROLL_HINT = re.compile(
    r"(?i)^\W*(?:vuốt|cuộn|kéo|trượt)\s+(?:sang\s+|ngang|qua\s+)[^.]{0,40}để\s+xem"
)
_PROPERTY_ROW = re.compile(r"^[^|]{1,30}[:：] \| [^|]{1,60}$")


def _box_of_its_own(
    blocks: list[Block], heading: int, following: list[int], container: int
) -> int | None:
    """The element holding both a related box's heading and the line after it (its first
    link), when that element is a child of the text's container ("<div class="crp_related">
    <strong>Xem thêm:</strong><ul>…</ul></div>" set between two parts of the text)."""
    if not following:
        return None
    after = set(blocks[following[0]].ancestors)
    chain = blocks[heading].ancestors
    for n, a in enumerate(chain):
        if a == container:
            return None
        if a in after:
            # (a box deeper in the page's layout ends the text: the columns after it are not)
            return a if n + 1 < len(chain) and chain[n + 1] == container else None
    return None


def _without_properties_table(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without a table of the item's properties opening it (SAP's KM: "Tác giả: |
    HQ\\lvminh", "Ngày đăng: | …", "Kích thước: | 18 KB", "Số lần xem: | 2.956"): every
    row a label and its value, one of them the article's date, author or views. A
    document's own field table ("Số ký hiệu: | …") is its text."""
    rows = []
    for i in body:
        if not blocks[i].table_row:
            break
        rows.append(i)
    texts = [blocks[i].text for i in rows]
    # (one row alone: only who keyed it in, "Người nhập: | thuylt/SKHDT/LDG")
    lone = len(rows) == 1 and _KEYED_BY.match(texts[0])
    if lone:
        return body[1:]
    if len(rows) < 2 or len({blocks[i].ancestors[1:2] for i in rows}) != 1:
        return body
    if not all(_PROPERTY_ROW.match(t) for t in texts) or any(
        DOCUMENT_FIELD_RE.match(t) for t in texts
    ):
        return body
    fields = [field_of_row(t) for t in texts]
    if not any(is_meta_text(f) or has_views_label(f) or author_from_label(f) for f in fields):
        return body
    return body[len(rows) :]


def _without_field_list(blocks: list[Block], body: list[int]) -> list[int]:
    """The body without the lines of the page's field list it opens or closes with: a run
    of short "Label: value" lines (or a table's "Label | value | Label | value" rows)
    holding two of the page's meta lines (its date, views) is the page's fields ("Ngày
    đăng: …", "Lượt xem: …", "Nguồn: …", "Chuyên mục: …", "Số ký hiệu: …"), not the
    text. A run of such lines inside the text, fewer of them meta lines, stays."""
    if not body:
        return body
    fields = field_list(blocks, body[0]) | field_list(blocks, body[-1])
    return [i for i in body if i not in fields] if fields else body


def field_list(blocks: list[Block], i: int) -> set[int]:
    """The run of field lines ``i`` is in, when it is the page's field list (see
    :func:`_without_field_list`), else nothing."""
    if not 0 <= i < len(blocks) or not _field_line(blocks[i]):
        return set()
    lo = hi = i
    while lo > 0 and _field_line(blocks[lo - 1]):
        lo -= 1
    while hi + 1 < len(blocks) and _field_line(blocks[hi + 1]):
        hi += 1
    run = range(lo, hi + 1)
    # (a document's own fields, "Ngày ban hành | 04/12/2023", are no meta line of the page)
    meta = sum(
        (
            is_meta_text(blocks[k].text)
            or has_views_label(blocks[k].text)
            or _APPROVED_ON.match(blocks[k].text) is not None
        )
        and not DOCUMENT_FIELD_RE.match(blocks[k].text)
        for k in run
    )
    return set(run) if len(run) >= 3 and meta >= 2 else set()


_APPROVED_ON = re.compile(r"(?i)^\s*ngày\s+(?:phê\s+)?duyệt\s*[:：|]")
# "Nguồn: Chi cục Thú y", "Chuyên mục | Nông nghiệp | Lượt in | 37": short labels and values
_FIELD_LINE = re.compile(r"^[^\W\d][^:：|]{1,30}[:：]\s*\S[^|]{0,80}$")


def _field_line(b: Block) -> bool:
    return len(b.text) <= 140 and bool((FIELD_CELLS if b.table_row else _FIELD_LINE).match(b.text))


_KEYED_BY = re.compile(r"(?i)^\s*" + POSTER_WORDS + r"\s*[:：]?\s*\|")
_BYLINE_CHARS = 160  # a byline of several credits: "Bài: … · Ảnh: … · Biên tập: … · Duyệt: …"
_LEAD_REACH = 12  # blocks from the headline to its text a named sapo may sit apart by
# The labels a structured-content template prints over its lead and text fields (Liferay's
# web content fields: "Tóm tắt:" over the sapo, "Nội dung:" over the text)
_PART_LABEL = re.compile(
    r"^\s*(?:tóm\s+tắt|sapo|nội\s+dung(?:\s+(?:chính|bài\s+viết|tin))?|chi\s+tiết)\s*[:：]\s*$",
    re.IGNORECASE,
)


def _plain_line(b: Block) -> bool:
    """A line of text, not a field or a link: no meta line stands between a sapo and its
    text."""
    return len(b.text) >= 80 and b.link_density < 0.5


_PLAYER_TEXT_MAX = 240  # a player's title, air time and controls; an article is longer


def player_boxes(tree: LexborHTMLParser) -> frozenset[int]:
    """mem_ids of the boxes of audio players: the <audio> beside its programme name, air
    time and controls ("Phát thanh", "00:00 / 14:52", "Tải về"), which are not the
    article's text. A text's container holding a clip is no player; a video's box may
    hold its caption ("Clip: …"), which is text."""
    found = set()
    for media in tree.css(PLAYERS):
        box = _player_box(media)
        if box is not None:
            found.add(box.mem_id)
    for media in tree.css("video"):
        # a video's box holds its bar and maybe its caption: only the bar goes
        box = _player_box(media)
        bar = next(
            (
                n
                for n in (box.traverse(include_text=False) if box is not None else ())
                if PLAYER_BAR_RE.match(n.text(separator=" ").strip() or "-")
            ),
            None,
        )
        if bar is not None:
            found.add(bar.mem_id)
    return frozenset(found)


def _player_box(media: LexborNode) -> LexborNode | None:
    """The highest box holding the player and no more than its title and controls
    (Plyr's controls in their own box, the programme's title beside it)."""
    box, up = None, media.parent
    for _ in range(3):
        if up is None or up.tag in ("body", "html"):
            break
        scripts = sum(len(x.text()) for x in up.css("script, style"))
        if len(up.text(separator=" ").strip()) - scripts > _PLAYER_TEXT_MAX:
            break  # (its setup script is no text: this runs before they are stripped)
        box, up = up, up.parent
    return box


# audio elements and script players that stand for one (JW Player's target, Plyr)
PLAYERS = 'audio, [id^="jwplayer" i], .plyr'


def _is_lead(blocks: list[Block], j: int, first: int) -> bool:
    """A paragraph above the text's container, in the same box: the sapo."""
    b = blocks[j]
    shared = blocks[first].ancestors
    return (
        len(b.text) >= 60
        and b.link_density < 0.1
        # (not the last row of a table whose first rows are the page's fields: "Số hiệu |
        # …", "Ngày ban hành | …", then "Cơ quan ban hành | Quốc hội | …", holdout333)
        and not (b.table_row and j > 0 and blocks[j - 1].table_row)
        and any(a in shared for a in b.ancestors[1:5])
        # (not an item of a box floated beside the text: a notice board)
        and not any(
            floated(n) for n in (b.element, *ancestors(b.element, 4)) if n.mem_id not in shared
        )
    )


# what a theme names the sapo it sets under the headline, outside the text's box (Odoo's
# "o_wblog_post_subtitle" in the cover block, the byline and date between it and the text)
_LEAD_NAME = re.compile(LEAD_CLASS.pattern + r"|sub-?title|excerpt|chapeau", re.I)


def _named_lead(b: Block) -> bool:
    """A sentence right under the headline in an element named as the lead: the sapo, even
    where the template sets it apart from the text."""
    names = " ".join(
        f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}"
        for n in (b.element, b.element.parent)
        if n is not None
    )
    return (
        len(b.text) >= 60
        and b.link_density < 0.1
        and b.text.rstrip().endswith((".", "!", "?", "…"))
        and bool(_LEAD_NAME.search(names))
    )


def _byline_slot(b: Block) -> bool:
    """A short unpunctuated line ("Hà Phương - Đức Trí", "Nhóm phóng viên"): under a sapo,
    the byline slot some themes put between the sapo and the text."""
    text = b.text
    return len(text) < 60 and not text.endswith((".", ":", "!", "?")) and b.link_density < 0.5


def _is_deck(blocks: list[Block], i: int) -> bool:
    """A subtitle under the headline (``<h2 class="subtitle">``): a short heading with no
    sentence end, then the dateline. A sapo set as a heading is a sentence, or comes after
    the dateline."""
    b = blocks[i]
    if len(b.text) > 120 or b.text.rstrip().endswith((".", "!", "?", "…")):
        return False
    if not b.heading and not _DECK_CLASS.search(b.element.attributes.get("class") or ""):
        return False
    return any(is_meta_text(blocks[k].text) for k in range(i + 1, min(len(blocks), i + 3)))


# A subtitle's own class ("SubTitle", "qt-deck", "tieude-phu")
_DECK_CLASS = re.compile(r"deck|sub-?title|sub-?head|tieu-?de-?phu", re.IGNORECASE)


def _titles_a_download(blocks: list[Block], i: int) -> bool:
    """A download card's title: a short line right above the file's type and size or its
    download count, in the same small box ("Mẫu đơn đăng ký học nghề" / "DOCX, 24 KB")."""
    text = blocks[i].text
    if len(text) > 120 or text.endswith((".", "!", "?", ":")) or i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    if len(below.text) >= 160 or not DOWNLOAD_ENTRY_RE.search(below.text):
        return False
    # (the card's own box, which holds no text above it: a signature over a list of
    # attachments shares only the text's box with them)
    card = set(blocks[i].ancestors[:2]) & set(below.ancestors[1:3])
    return bool(card) and (i == 0 or card.isdisjoint(blocks[i - 1].ancestors))


# A counter alone on its line, its number first ("1.846 lượt xem" in SharePoint's social bar)
_COUNTED = (
    r"(?:lượt\s+(?:xem|đọc|truy\s+cập|thích|chia\s+sẻ|tải|in)|lần\s+(?:xem|đọc)|views?|"
    r"bình\s+luận|likes?|shares?)"
)
# "1.204 lượt xem", a tile's "Lượt chia sẻ: 21": the page's counters, no text
_COUNT_LINE = re.compile(
    rf"\s*(?:\d{{1,3}}(?:[.,]\d{{3}})*\s*{_COUNTED}|(?:số\s+)?{_COUNTED}\s*[:：]\s*\d{{1,3}}(?:[.,]\d{{3}})*)\s*",
    re.IGNORECASE,
)


def _data_cells(row: str) -> bool:
    """A table row's cells are data: three or more, or two of numbers ("2000 - 2010 |
    40 - 60"), not a pager's one or two."""
    cells = row.split(" | ")
    return len(cells) >= 3 or (len(cells) == 2 and all(DIGIT.search(c) for c in cells))


def _skip_in_body(b: Block, title: str | None) -> bool:
    text = b.text
    if title and (text == title or (text.startswith(title) and len(text) - len(title) < 40)):
        return True
    if title and len(text) == len(title) and text.isupper() and text.lower() == title.lower():
        return True  # the headline again in capitals over the text (Liferay's web content)
    if "://" in text and PRINTED_URL_RE.match(text):
        return True
    if b.table_row and DOCUMENT_FIELD_RE.match(text):
        return False
    if len(text) > 220:  # long paragraphs are never labels, controls or meta lines
        return False
    if is_panel_heading(text):
        return True  # "Thông tin bài viết" over the article's fields, in a box of its own
    if len(text) < 40 and _ORNAMENT.fullmatch(text):
        return True  # "* * *", "———": an ornament between parts of the text, no words
    if len(text) <= _INITIALS and text.isupper() and _AVATAR.search(_class_of(b)):
        return True  # a chat bubble's avatar, the writer's initials: "MD" (holdout330)
    # (a row of numbers, a definition's value: data, not a pager)
    data_row = (b.table_row and b.link_density < 0.5 and _data_cells(text)) or (
        b.element.tag == "dd" and b.link_density < 0.5
    )
    if (is_control(b) and not data_row) or len(text) < 80 and has_views_label(text):
        return True  # (a row of numbers, "60 - 69 | 284 | 97", is data, not a pager)
    if (
        is_meta_text(text)
        or _source_line(text)
        # (a definition's value is the text's: "Cháy, nổ, cứu nạn" | "114")
        or (len(text) < 40 and _COUNT_LINE.fullmatch(text) and b.element.tag != "dd")
    ):
        return True
    if credits_a_source(b) or _REPOST_NOTE.search(text):
        return True  # (the note that the text is reposted, with whose consent: no text)
    if len(text) < 40 and (
        DATE_LABEL_ONLY_RE.match(text)
        or (TIME_LABEL_RE.match(text) and len(TIME_LABEL_RE.sub("", text)) <= 12)
        or VIEWS_LABEL_ONLY_RE.match(text)
        or AUTHOR_LABEL_ONLY_RE.match(text)
        or POSTER_LABEL_ONLY_RE.match(text)
        or EDITOR_LABEL_ONLY_RE.match(text)
    ):
        return True  # a field's label in its own cell ("Ngày đăng:" | "18/12/2024")
    if len(text) < 100 and (CREDIT_LINE_RE.match(text) or EDITOR_LABEL_RE.match(text)):
        return True  # "Biên tập: Vũ Thị Hằng | Duyệt tin: Lò Văn Minh": the desk, not text
    if len(text) < 40 and PLAYER_CONTROL_RE.match(text):
        return True
    if len(text) < 120 and _POSTED_AT.match(text):
        return True  # "Đăng lúc 14:30h trong Tin hoạt động bởi bientap": Qode's dateline
    if len(text) < 20 and _ACCOUNT_ALONE.fullmatch(text):
        return True  # "Super User" from the post's icon list: the CMS account, no text
    if len(text) < 100 and _SCROLL_HINT.search(text):
        return True  # "← Vuốt sang trái, phải để xem đầy đủ bảng giá →": how to see a table
    if len(text) < 24 and _PAGE_TABS.fullmatch(text):
        return True  # "Trang 2", "Trang: 1 2 3": the tabs a long text is split over
    if len(text) < 40 and _LOADER.fullmatch(text):
        return True  # a lazy loader's placeholder where the text will be (it is in <noscript>)
    if len(text) < 80 and b.element.tag == "summary" and _FOLD_CONTROL.match(text):
        return True  # "Xem toàn văn nội dung": the fold's switch ("Câu 2. …" names a part)
    if len(text) < 120 and ATTACHMENT_LINE_RE.match(text) and _NO_FILE.search(text):
        return True  # "Tệp đính kèm: (tệp đã được gỡ bỏ)": the file struck out, no text
    if len(text) < 40 and _ATTACHMENTS_COUNTED.fullmatch(text):
        return True  # "Tệp đính kèm (1)": the attachments' heading and their count
    if len(text) < 120 and _FILE_FACTS.match(text):
        return True  # "Dung lượng: 188 KB · Tải lên: 25/02/2026 16:20": a file's size and upload
    if len(text) < 40 and _EMPTY_ATTACHMENTS.fullmatch(text):
        return True  # "Tài liệu đính kèm:" with no file after it: an empty field
    if len(text) < 200 and _MIGRATED_NOTE.match(text):
        return True  # "Tin bài được chuyển từ Cổng TTĐT tỉnh Bắc Kạn (cũ).": the archive's note
    if len(text) < 160 and not b.table_row and _DATED_LAST_FIELD.search(text):
        return True  # "Thu Hà (Trung tâm …) · 08:30, 19/07/2025": a byline closed by the date
    if len(text) < 200 and ":" in text and _people_fields(text):
        return True  # "Người đăng: host | Tác giả: … | Biên tập: …": who did what, no text
    if len(text) < 80 and b.link_density > 0.9 and _download_button(b):
        return True  # a builder's button "Tải Hướng dẫn 05/HD-CCB" to the file: a control
    if len(text) < 120 and b.link_density > 0.5 and _FILE_NAME_LINE.match(text):
        return True  # an attachment linked by its file name ("512-kh-stp-2026.pdf (PDF)")
    if len(text) < 100 and LIVE_NOTICE_RE.match(text):
        return True  # a live page's refresh notice
    if len(text) < 20 and (LIVE_STATUS_RE.match(text) or TIME_STAMP_RE.match(text)):
        return True  # a live blog's status and its entries' stamps, the widget's words
    if len(text) < 30 and LANGUAGE_TAG_RE.fullmatch(text):
        return True  # "TIẾNG VIỆT" over the translation of a bilingual text
    if len(text) < 30 and (PAGE_OF_RE.fullmatch(text) or _PAGE_COUNTER.fullmatch(text)):
        return True  # an article's own page counter ("Trang 1 trong 2", Joomla's page break)
    if len(text) < 30 and _STEP_COUNTER.fullmatch(text):
        return True  # a step wizard's "Bước 2/4" by its "Tiếp theo ›": the widget's count
    if len(text) < 40 and _TOC_HEADING.fullmatch(text) and _heads_anchor_links(b):
        return True  # "Nội dung chính:" over the text's table of contents
    if len(text) < 160 and ANSWERER_LABEL_RE.match(text):
        return True
    if len(text) < 120 and FILING_LABEL_RE.match(text):
        return True  # "Từ khóa: đầu tư, ô tô", "Chuyên mục: Tin tức": the page's filing
    if len(text) < 100 and RATING_LINE_RE.search(text):
        return True
    if len(text) < 40 and ENGAGEMENT_COUNT_RE.match(text):
        return True
    if len(text) < 160 and READER_WIDGET_RE.match(text):
        return True
    if len(text) < 160 and DOWNLOAD_ENTRY_RE.search(text):
        return True
    if (
        b.link_density > 0.5
        and len(text) < 200
        and not ATTACHMENT_LINE_RE.match(text)
        and not _names_document(b)
        and not _HASHTAGS.fullmatch(text)  # a pasted post's "#ChủNhậtXanh #BắcNinh": its own
    ):
        return True
    return _dateline(b, data_row)


_POSTED_AT = re.compile(r"(?i)^\s*(?:đăng|cập\s+nhật)\s+lúc\s+\d{1,2}\s*[:hg]\s*\d{2}")
_ACCOUNT_ALONE = re.compile(r"(?i)super\s*user|administrator|admin|quản\s+trị\s+viên|webmaster")
_HASHTAGS = re.compile(r"(?:#[^\W\d_][\w]*\s*){1,12}")


# "Theo Đài Khí tượng Thủy văn tỉnh, tổng lượng mưa … như:": a source named at the head
# of a sentence the line goes on with, no credit line ("Theo Báo Quảng Nam")
_SENTENCE_AFTER_SOURCE = re.compile(r"^\s*theo\s[^,]{3,80},\s*(?:\S+\s+){6}", re.IGNORECASE)


_PAGE_TABS = re.compile(r"(?i)\s*trang\s*:?\s*\d{1,2}(?:\s*[|·,]?\s*\d{1,2})*\s*")
_TAB_PART = re.compile(r"(?i)\s*(?:trang|\d{1,2})\s*")  # the tabs' row in items of its own
_LOADER = re.compile(
    r"(?i)\s*(?:đang\s+tải(?:\s+(?:nội\s+dung|dữ\s+liệu|bài\s+viết))?|loading)\s*(?:…|\.{3})?\s*"
)
_FOLD_CONTROL = re.compile(r"(?i)\s*(?:xem|đọc|hiện|mở|thu\s+gọn|ẩn|show|read)\b")
_NO_FILE = re.compile(r"[:：]\s*\([^()]*\)\s*$")  # a label, then only a note in brackets


_FILE_HREF = re.compile(r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z)(?:$|[?#])")


def _download_button(b: Block) -> bool:
    """The line is one link to a file, drawn as a button (holdout276/flatsome_ccb)."""
    # (the line's own link: loose in its column, the line's element is the column)
    links = [b.element] if b.element.tag == "a" else b.element.css("a")
    link = next((a for a in links if " ".join(a.text().split()) == b.text), None)
    # (or a button box round a bare link: Live Composer's "dslc-button", holdout316)
    return (
        link is not None
        and any(
            BUTTON_CLASS_RE.search(n.attributes.get("class") or "")
            for n in (link, link.parent)
            if n is not None
        )
        and _FILE_HREF.search(link.attributes.get("href") or "") is not None
    )


def _source_line(text: str) -> bool:
    """ "Nguồn: Báo Quảng Nam", "(Theo TTXVN)": where the text comes from, no sentence of it."""
    return (
        len(text) < 150
        and bool(SOURCE_LABEL_RE.match(text))
        and not _SENTENCE_AFTER_SOURCE.match(text)
    )


def _dateline(b: Block, data_row: bool = False) -> bool:
    """A line that is mostly a date: the page's dateline. A data-table row of dates is
    content, and so are an event's "Thời gian: 07 giờ 30 phút, thứ Sáu, ngày 27/6/2025", a
    programme's row "Khai mạc | 8h00 ngày 14/6/2025" and a list's step "…;"."""
    text = b.text
    if len(text) >= 80 or not DIGIT.search(text):
        return False
    # ("Tin phát tiếp theo lúc …." is a sentence; so is a list's entry closed by ";")
    sentence = text.endswith((".", ";")) and len(text.split()) >= 6
    if data_row or sentence or _EVENT_TIME.match(text) or DOCUMENT_HEADING_RE.match(text):
        return False
    if _ISSUE_TIME.match(text) or _SECTION_NUMBER.match(text):
        return False  # a bulletin's "Thời gian phát tin: …", "Hiệu lực: …"; a numbered
        # heading ("3. Giá vàng … tại thời điểm 10 giờ 00 ngày 29/3")
    if b.table_row and " | " in text and not find_dates(text.split(" | ", 1)[0]):
        return False  # a label's cell, then its date or time: a row of the text's table
    dates = find_dates(text)
    if dates and text.endswith(":") and text[dates[-1].end :].strip() != ":":
        return False  # a table's lead-in: "Mực nước lúc 13 giờ ngày 11/9 tại các trạm:"
    return bool(dates) and sum(d.end - d.start for d in dates) > 0.35 * len(text)


_PUBLISHED_LABEL = re.compile(r"^\s*(?:" + PUBLISHED_LABEL_RE.pattern + ")", re.IGNORECASE)


def _day_headings(blocks: list[Block], lines: list[int]) -> set[int]:
    """Days alone on their lines between the text's paragraphs (``lines``: those under the
    headline), two or more of them ("Thứ Bảy, ngày 03/5/2025" … "Chủ Nhật, ngày 04/5/2025"
    over a programme): the text's own headings, not the page's dateline (which opens or
    closes the text once, often with its time)."""
    dated = [_dateline(blocks[i]) for i in lines]
    found: dict[int, str] = {}
    seen_text = False
    for n, i in enumerate(lines):
        b = blocks[i]
        if not dated[n]:
            seen_text = seen_text or (len(b.text) >= PARAGRAPH_CHARS and not b.heading)
            continue
        after = n + 1 < len(lines) and not dated[n + 1]
        day = find_dates(b.text)[0]
        if seen_text and after and not day.has_time and not _PUBLISHED_LABEL.match(b.text):
            found[i] = day.iso[:10]
    return set(found) if len(set(found.values())) >= 2 else set()


_ORNAMENT = re.compile(r"[\W_]+")
# "…, được đăng lại theo thỏa thuận hợp tác thông tin giữa …", "(Bài đăng lại với sự đồng ý
# của Báo Nghệ An)"
_REPOST_NOTE = re.compile(
    r"(?i)\bđăng\s+lại\s+(?:theo|với|từ)\s+(?:sự\s+)?(?:thỏa\s+thuận|đồng\s+ý|cho\s+phép)"
)
_SECTION_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+\S")


def _numbered_sections_lists(blocks: list[Block], lines: list[int]) -> set[int]:
    """List items under a heading that goes on the text's numbered headings ("4. …" then
    "5. Văn bản mới ban hành trong tuần" over a list of linked titles): a part of the text
    that is a list of links, not a box of other news."""
    found: set[int] = set()
    last: int | None = None
    going_on = False
    for i in lines:
        b = blocks[i]
        if b.heading:
            m = _SECTION_NUMBER.match(b.text)
            number = int(m[1]) if m else None
            going_on = number is not None and last is not None and number == last + 1
            last = number
        elif going_on and b.element.tag == "li":
            found.add(i)
    return found


# a digest's item credited in brackets: "(VOV.vn, ngày 13/10/2023)", "(Báo Tuyên Quang, số
# ra ngày 12/10/2023)"
_CITED = re.compile(r"\(\s*[^()\d]{2,60},\s*(?:số\s+ra\s+)?ngày\s+\d{1,2}/\d{1,2}/\d{4}\s*\)")


def _items_sources(blocks: list[Block], lines: list[int]) -> set[int]:
    """Source lines under two or more parts of the text, a paragraph before each ("Nguồn:
    Báo Quảng Nam (07/01/2025)" under each item of a press digest): the items' own
    credits, text of the digest, not the page's one closing source line."""
    found: list[int] = []
    seen_text = False
    for i in lines:
        b = blocks[i]
        if _source_line(b.text) or credits_a_source(b) or _CITED.fullmatch(b.text):
            if seen_text:
                found.append(i)
            seen_text = False
        elif len(b.text) >= PARAGRAPH_CHARS and not b.heading:
            seen_text = True
    return set(found) if len(found) >= 2 else set()


# when a bulletin was issued and how long it holds: the document's own lines
_ISSUE_TIME = re.compile(
    r"(?i)^\s*(?:thời\s+gian\s+phát\s+tin|hiệu\s+lực|thời\s+hạn\s+dự\s+báo)\s*:"
)
_EVENT_TIME = re.compile(r"^\s*(?:[-–•+]|\d{1,2}[.)]|[a-zđ][.)])?\s*(?i:thời\s+(?:gian|điểm))\s*:")


# "Trang 1 trong 2" alone on its line (Joomla's page break; "trong 10 ngày" elsewhere is
# no page count, so only the whole line says it)
_PAGE_COUNTER = re.compile(r"\s*(?:trang|page)\s*\d+\s*trong\s*\d+\s*", re.IGNORECASE)
_STEP_COUNTER = re.compile(r"\s*(?:bước|step)\s*\d+\s*(?:/|trên|of)\s*\d+\s*", re.IGNORECASE)

_TOC_HEADING = re.compile(
    r"\s*(?:mục\s+lục(?:\s+bài\s+viết)?|nội\s+dung\s+(?:chính|bài\s+viết)|"
    r"table\s+of\s+contents|contents)\s*(?:\[[^\]]{0,10}\])?\s*[:：]?\s*",
    re.IGNORECASE,
)


def _heads_anchor_links(b: Block) -> bool:
    """The line's box holds links to places in the page itself (``#muc1``): a table of
    contents under its heading."""
    for box in ancestors(b.element, 2):
        anchors = [a for a in box.css("a[href]") if "#" in (a.attributes.get("href") or "")]
        if len(anchors) >= 2:
            return True
    return False


def _contents_entry(b: Block) -> bool:
    """An entry of a table of contents: a line that is one link to a place in this page
    (``#chuan-bi-chu-dao``)."""
    if b.link_density < 0.9:
        return False
    links = b.element.css("a[href]")
    return len(links) == 1 and (links[0].attributes.get("href") or "").startswith("#")


def _header_line(text: str) -> bool:
    """A short line that is no sentence: a site's name, a breadcrumb."""
    return len(text) < 80 and not text.rstrip().endswith((".", "!", "?", "…", ":"))


def _names_document(b: Block) -> bool:
    """A list item or line that is a link to a document file ("Danh sách hộ nghèo năm 2024
    (DOC)"): the text's own list of what it publishes, not a link to other news."""
    if b.element.tag not in ("li", "p", "div"):
        return False
    links = b.element.css("a[href]")
    return (
        bool(links)
        and all(DOCUMENT_RE.search(a.attributes.get("href") or "") for a in links)
        # (a file card's own "Tải về" button: an attachment widget, not the text's list)
        and not any(_DOWNLOAD_BUTTON.match(a.text()) for a in links)
    )


_DOWNLOAD_BUTTON = re.compile(r"^\s*(?:tải\s+(?:về|xuống|file|tệp)|download)\s*$", re.IGNORECASE)


_ANSWER_LABEL = re.compile(
    r"^\s*(?:[?❓✓✔•]\s*)?(?:nội\s+dung\s+)?(?:trả\s+lời|đơn\s+vị\s+trả\s+lời|ngày\s+trả\s+lời)",
    re.IGNORECASE,
)


_INITIALS = 3
_AVATAR = re.compile(r"avatar", re.IGNORECASE)


def _class_of(b: Block) -> str:
    return b.element.attributes.get("class") or ""


def question_text(blocks: list[Block], body: list[int], title_idx: int | None) -> list[int]:
    """A Q&A page's question, in its own box above the answer the body was found in
    ("Nội dung câu hỏi" / <dt>Câu hỏi:</dt>, up to the answer's label): its paragraphs
    open the text. The asker's line (name, date) is not text."""
    if not body or title_idx is None:
        return []
    first = body[0]
    for i in range(title_idx + 1, first):
        if not QUESTION_PART_RE.match(blocks[i].text):
            continue
        found = []
        headline = blocks[title_idx].text.casefold()
        for k in range(i + 1, first):
            b = blocks[k]
            if b.heading and b.text.casefold() == headline:
                continue  # the question's card repeating the headline over the question
            if _ANSWER_LABEL.match(b.text) or b.heading:
                break
            if len(b.text) < 40 or b.link_density > 0.2 or _skip_in_body(b, None):
                continue
            if len(b.text) < 120 and find_dates(b.text):
                continue  # "Hoàng Thị Thu Trang - thị xã Quảng Trị | 02/11/2023"
            found.append(k)
        return found
    return []


def with_lead_caption(
    blocks: list[Block], body: list[int], title_idx: int | None, container: int | None
) -> list[int]:
    """``body`` with the caption of the lead picture set just above the headline, in the
    headline's own box (the template shows the picture first): a caption is text, read
    after the lead, where the picture sits in reading order. A picture's ``<figcaption>``
    between the sapo and the text is read there too."""
    if title_idx is None or title_idx == 0 or not body or container is None:
        return body
    if len(body) > 1 and body[1] - body[0] > 1:
        # the lead picture between the sapo and the text, its caption under a row of its
        # date and credit (django CMS's hero figure): the caption is text, the row is not
        gap = [
            k
            for k in range(body[0] + 1, body[1])
            if len(blocks[k].text) <= 300
            and blocks[k].element.tag == "figcaption"
            and any(a in blocks[body[1]].ancestors[1:6] for a in blocks[k].ancestors[1:6])
            # (not its credit line under a <br>: "Bài, ảnh: Quỳnh Anh", "Ảnh: Thanh Trà")
            and not CREDIT_LINE_RE.match(blocks[k].text)
            and not (len(blocks[k].text) < 80 and author_from_label(blocks[k].text))
        ]
        body = body[:1] + gap + body[1:]
    k = title_idx - 1
    b = blocks[k]
    if k in body or len(b.text) > 300 or not is_caption(b):
        return body
    if not any(a in blocks[title_idx].ancestors[1:4] for a in b.ancestors[1:4]):
        return body
    at = next((n for n, i in enumerate(body) if container in blocks[i].ancestors), 0)
    lead = blocks[body[0]]
    if at == 0 and (lead.styled or LEAD_CLASS.search(lead.element.attributes.get("class") or "")):
        at = 1  # the sapo inside the text's box
    return body[:at] + [k] + body[at:]


# Pull-quote boxes: a <blockquote>, WordPress's figure.wp-block-pullquote, "trích dẫn" boxes.
_PULL_QUOTES = (
    'blockquote, [class*="pullquote" i], [class*="pull-quote" i], [class*="trich-dan" i], '
    '[class*="trichdan" i], [class*="quote-box" i]'
)


def without_repeated_pull_quotes(
    blocks: list[Block], body: list[int], container: LexborNode | None
) -> list[int]:
    """``body`` without pull quotes that repeat a sentence of the text, and their
    attribution lines: set off for the eye, they are said once in the text already. A
    quote of its own words stays text."""
    if container is None or not body:
        return body
    quotes = {n.mem_id for n in container.css(_PULL_QUOTES)}
    if not quotes:
        return body
    box_of = {i: next((a for a in blocks[i].ancestors[:4] if a in quotes), None) for i in body}
    texts = [blocks[i].text for i in body]
    drop: set[int] = set()
    for i in body:
        box = box_of[i]
        if box is None or len(blocks[i].text) < 20 or len(blocks[i].text.split()) < _QUOTE_WORDS:
            continue  # (the attribution, "Bà Trương Thị Hồng Hạnh", opens her answers too)
        if blocks[i].element.tag in ("footer", "cite"):
            continue  # (the speaker with a title the text names too: no repeated sentence)
        quote = blocks[i].text.strip("“”\"'«» ")
        if any(quote in t and t != blocks[i].text for t in texts):
            drop |= {k for k in body if box_of[k] == box}
    return [i for i in body if i not in drop] if drop else body


_QUOTE_WORDS = 7  # a quoted sentence at least; a name with its title is shorter


# "Đọc tiếp »", "Đọc toàn bài »", "Xem chi tiết": a teaser's link to the rest of its article
_READ_ON = re.compile(
    r"^\s*(?:đọc|xem)\s+(?:tiếp|toàn\s+bài|cả\s+bài|chi\s+tiết|thêm|bài\s+viết)\s*[»›>.…]*\s*$",
    re.IGNORECASE,
)


def without_story_box_heads(blocks: list[Block], body: list[int]) -> list[int]:
    """``body`` without the head of a box of linked stories set among its paragraphs (a
    series box: 'Loạt bài "Cát tặc" … 3 kỳ' over its parts' links): the box holds that
    line and two or more linked lines that are no text, and no other line of the text."""
    kept = set(body)
    heads = set()
    for i in body:
        b = blocks[i]
        if i + 2 >= len(blocks) or len(b.text) > _BOX_HEAD_CHARS or b.link_density > 0.3:
            continue
        if i + 1 in kept or blocks[i + 1].link_density <= 0.5:
            continue
        box = next((a for a in b.ancestors[1:] if a in blocks[i + 1].ancestors), None)
        if box is None or any(box in blocks[k].ancestors for k in kept if k != i):
            continue
        members = [k for k in range(i + 1, len(blocks)) if box in blocks[k].ancestors]
        if len(members) >= 2 and all(blocks[k].link_density > 0.5 for k in members):
            heads.add(i)
    return [i for i in body if i not in heads] if heads else body


_BOX_HEAD_CHARS = 160


def without_embedded_teasers(
    blocks: list[Block], body: list[int], container: LexborNode | None
) -> list[int]:
    """``body`` without another article's teaser set inside the text: a box holding that
    article's linked headline and a "Đọc tiếp »" link to it, with its lead and first
    paragraphs (the series' next part, an expert's view quoted from another page)."""
    if container is None or not body:
        return body
    boxes: set[int] = set()
    for more in container.css("a[href]"):
        if not _READ_ON.match(more.text(strip=True) or ""):
            continue
        href = more.attributes.get("href")
        box = more.parent
        for _ in range(4):
            if box is None or box.mem_id == container.mem_id:
                break
            named = any(
                a.attributes.get("href") == href and len((a.text(strip=True) or "").split()) >= 4
                for a in box.css("a[href]")
                if a.mem_id != more.mem_id
            )
            if named:
                boxes.add(box.mem_id)
                break
            box = box.parent
    if not boxes:
        return body
    return [i for i in body if boxes.isdisjoint(blocks[i].ancestors)]


_KICKER_WORDS = 8


def without_kicker(blocks: list[Block], body: list[int], title_idx: int | None) -> list[int]:
    """``body`` without a kicker set under the headline in the headline's own box: a short
    line in capitals naming the section or series ("GƯƠNG SÁNG CỰU CHIẾN BINH", a builder's
    sub-headline) in a box that holds no more of the text: neither the title nor the text
    (holdout286)."""
    if title_idx is None or not body or body[0] != title_idx + 1:
        return body
    title, first = blocks[title_idx], blocks[body[0]]
    text = first.text
    if (
        len(title.ancestors) > 1
        and title.ancestors[1] in first.ancestors[:2]
        and text.isupper()
        and len(text.split()) <= _KICKER_WORDS
        and not text.endswith((".", ":", "!", "?"))
        and len(body) > 1
        # (the headline's box holds no more of the text: a Word export's flat one does)
        and title.ancestors[1] not in blocks[body[1]].ancestors
    ):
        return body[1:]
    return body
