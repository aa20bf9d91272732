"""Generic date finding: a date next to the title (a publication label beats an update
label, header clocks and dated widgets never count), else one just after the body;
Q&A pages take the answer's date.
"""

from __future__ import annotations

import re
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import SEPARATOR_RE, Block, ancestors
from ..normalize import (
    DateMatch,
    clean_text,
    find_dates,
    is_lone_time,
    parse_badge_date,
    with_lone_time,
)
from ..vocab import (
    ANSWER_DATE_RE,
    ASKER_LABEL_RE,
    DEADLINE_LABEL_RE,
    DOCUMENT_DAY_RE,
    DOCUMENT_FIELD_RE,
    DOWNLOAD_ENTRY_RE,
    EVENT_DATE_LABEL_RE,
    PUBLISHED_LABEL_RE,
    QUESTION_DATE_RE,
    RELATED_HEADINGS_RE,
    TIME_LABEL,
    TIME_LABEL_RE,
    UPDATED_LABEL_RE,
    WITHDRAWN_LABEL_RE,
)
from .common import DIGIT, Found, is_label_alone, meta_above, same_box
from .panel import is_panel_heading

# --- date and views ------------------------------------------------------------


def find_date(
    blocks: list[Block],
    title_idx: int | None,
    body_start: int | None,
    end: int | None,
    body_last: int | None = None,
    lead_gap: tuple[int, ...] = (),
    passed: frozenset[int] = frozenset(),
) -> Found | None:
    """A date next to the title (publication label preferred), else just after the body.

    ``body_last``: the body's last block; lines between it and ``end`` (a "Ngày đăng tin:"
    line under the text) count as after the body. ``lead_gap``: lines between the lead and
    the rest of the text that are not text (Plone's byline under its description): by the
    title still. ``passed``: lines of another record's card (an event's), never the date.
    """
    candidates: list[int] = []
    post_meta: set[int] = set()  # the post's meta list above a builder's headline
    if title_idx is not None:
        stop = body_start if body_start is not None and body_start > title_idx else title_idx + 6
        candidates += _by_the_title(blocks, title_idx, stop)
        post_meta = set(meta_above(blocks, title_idx))
        candidates += _above_the_title(blocks, title_idx, post_meta)
        candidates += [i for i in lead_gap if i < title_idx + 8]
        if body_start is not None and body_last is not None:
            # the posting day's row of the document's field table the text opens with
            # ("Ngày ban hành | …", "Ngày đăng | 18/07/2025"): the page's, inside the text
            candidates += [
                i
                for i in range(body_start, min(body_start + _NEAR_TITLE * 2, body_last + 1))
                if blocks[i].table_row and _POSTED_ROW.match(blocks[i].text)
            ]
    elif body_start is not None:
        candidates += list(range(max(0, body_start - 4), body_start))
    after = len(candidates)  # candidates from here on lie after the body
    if end is not None:
        tail = range(body_last + 1, end) if body_last is not None else range(0)
        # five lines after the end, a field's label alone on its line not counted (Liferay's
        # "Tác giả:" | "Minh Thư" | "Nguồn tin:" | … | "Ngày hiển thị:" | "26/11/2026")
        labels = 0
        for i in (*tail, *range(end, len(blocks))):
            if i >= end + _AFTER_END + labels:
                break
            if is_panel_heading(blocks[i].text):
                # the page's own field list under the text (Umbraco's "Thông tin bài viết":
                # "Ngày đăng" | "08:15 | 13/04/2026" | "Tác giả" | …): searched whole
                labels += _INFO_BOX_LINES
                continue
            if blocks[i].heading and _ATTACHMENTS_HEADING.match(blocks[i].text):
                labels += 1  # the text's own attachments ("Tệp đính kèm"), the fields after
                continue
            if blocks[i].heading or RELATED_HEADINGS_RE.match(blocks[i].text):
                break  # other articles' dates from here on ("Tin tức mới nhất")
            labels += len(blocks[i].text) <= _LABEL_CHARS and blocks[i].text.endswith((":", "："))
            # (an attachment's entry, its size and upload time, its downloads: no line)
            labels += bool(
                DOWNLOAD_ENTRY_RE.search(blocks[i].text) or _UPLOADED.search(blocks[i].text)
            )
            candidates.append(i)
    if body_start is not None and not candidates:
        candidates = [body_start]
    headline = blocks[title_idx].text if title_idx is not None else None

    def headline_dated(k: int) -> bool:  # "Headline … (17/06/2022)": no sentence of the text
        return headline is not None and blocks[k].text.startswith(headline)

    text_end = body_last + 1 if body_last is not None else end
    updated: Found | None = None
    document: Found | None = None
    letterhead: Found | None = None
    asked: Found | None = None  # when the question was sent: the page's only when it shows no other
    title_idx_or_end = title_idx if title_idx is not None else -1
    headline_date: Found | None = None
    for n, i in enumerate(candidates):
        # an update date by the title beats a bare date below the text, not a labelled
        # publication date there ("Cập nhật lúc …" above, "Ngày đăng tin: …" below)
        labelled_only = n >= after and updated is not None
        b = blocks[i]
        if i in passed or (b.element.tag == "li" and _timeline_step(blocks, i)):
            continue  # "22/03/2026 08:10 Cập nhật câu trả lời": a step's day (holdout330)
        if (
            body_start is not None
            and body_start <= i < (text_end if text_end is not None else i)
            and i not in lead_gap
            and not (b.table_row and _POSTED_ROW.match(b.text))
        ):
            continue
        text = b.text
        if (
            title_idx is not None
            and i < title_idx
            and (
                not (same_box(b, blocks[title_idx]) or i in post_meta)
                or _in_header_or_dated_widget(b)
                or _outside_titles_main(b, blocks[title_idx])
                or _TOP_BAR.search(b.text) is not None
            )
        ):
            continue  # above the title but in another part of the page: a header clock
        if b.element.tag == "figcaption" and i != title_idx:
            continue  # a picture's caption dates the picture ("…, 01/07/2025 (ảnh minh họa)")
        if ASKER_LABEL_RE.match(text) or _in_question_box(b):
            continue  # when the question was sent, not when the answer was published
        if b.link_density > 0.5:
            if title_idx is None or i > title_idx + 3:
                continue
            # above the title, a breadcrumb may end in the date ("… › Kinh tế | 15/08/2023");
            # below, a meta line of links has the date between them ("Bởi admin |
            # 06-05-2023 | Tin hoạt động"); a headline linking to the article itself has
            # its date after it ("Tịnh Khê ra quân … (20/09/2023)")
            text = (
                _breadcrumb_tail(b)
                if i < title_idx
                else _unlinked(b).strip() or _chip_date(b) or _archive_day(b)
            )
        dates = _without_periods(text, find_dates(text)) or _badge(b) or _day_month_badge(blocks, i)
        if i == title_idx and len(dates) > 1:
            continue  # a headline naming a period: "Kỷ niệm 93 năm (20/10/1930 - 20/10/2023)"
        for dm in dates:
            before = text[max(0, dm.start - 40) : dm.start]
            if not before.strip() and i > 0 and len(blocks[i - 1].text) < 40:
                before = blocks[i - 1].text  # the label in its own element: <dt>Ngày gửi:</dt>
            if QUESTION_DATE_RE.search(before) and i > title_idx_or_end:
                # "Phản ánh gửi ngày 19/03/2026" under a report's headline (sites129)
                asked = asked or Found(dm.iso, "the question's sent day, the page's only", i)
                continue
            if (
                QUESTION_DATE_RE.search(before)
                or EVENT_DATE_LABEL_RE.search(before)
                or _TAKEN.search(before)  # a picture's day: "…, chụp ngày 16/07/2025"
                or WITHDRAWN_LABEL_RE.search(before)
                # (a deadline's label earlier in the same field: "Thời hạn: từ ngày … đến …";
                # "Hạn đăng ký: 05/06 | Ngày đăng: 28/05" is two fields)
                or DEADLINE_LABEL_RE.search(text, _field_start(text, dm.start), dm.start)
                or DEADLINE_LABEL_RE.search(before, _field_start(before, len(before)))
            ):
                continue  # when a question was sent, an event happens, the text was withdrawn,
                # files are due
            if ANSWER_DATE_RE.search(before):
                updated = updated or Found(dm.iso, "answer date near the title", i)
                continue
            if i < title_idx_or_end and _PLACE_AND_DAY.match(text):
                # "Hà Tĩnh, ngày 18 tháng 12 năm 2026" over the headline: a letterhead's day
                # (a print view's, a document's), the page's when it shows no other
                letterhead = letterhead or Found(dm.iso, "place and day above the title", i)
                continue
            field = _LAST_FIELD.split(before)[-1]
            if _UPLOADED.search(field):
                continue  # when an attachment was uploaded ("Tải lên: 14/08/2025 14:52")
            if (
                (b.table_row and DOCUMENT_FIELD_RE.match(text))
                or DOCUMENT_DAY_RE.search(field)
                # (or the document's row under a header row naming its day: "Số/Ký hiệu |
                # Ngày ban hành | …" over "07/CT-UBND | 19/09/2016 | …", holdout250)
                or (b.table_row and i > 0 and _heads_a_document_day(blocks[i - 1], b))
            ):
                # "Ngày ban hành | 30/05/2025" in the document's field table: the document's
                # day, the page's only when the page shows no other
                document = document or Found(dm.iso, DOCUMENT_DATE, i)
                continue
            published = bool(PUBLISHED_LABEL_RE.search(before))
            if labelled_only and not published:
                continue
            made = _CREATED_LABEL.search(before)
            # (or another day's label: "Ngày thi đấu: 28/03/2026" over "Ngày đăng: …")
            other_day = not published and _OTHER_DAY.search(field) is not None
            if (
                (made or not published)
                and (
                    _published_later(text, dates, dm)
                    or ((made or other_day) and _published_below(blocks, candidates[n + 1 :]))
                    # (a creation day by the headline, the posting day under the text: Laravel's
                    # "Ngày tạo" over the text, "Ngày đăng: …" in its footer, holdout277)
                    or (made and _published_below(blocks, candidates[after:], len(candidates)))
                )
            ):
                # "Ngày tạo: … Ngày xuất bản: …" (WebSphere's WCM): made, then published;
                # "Nguồn: Báo Đắk Lắk (16/07/2025) · Đăng ngày: 18/07/2025": the source's day
                continue
            update = not published and bool(UPDATED_LABEL_RE.search(before))
            if len(text) > 120 and not headline_dated(i) and not (published or update):
                continue  # a date in a sentence of the lead ("diễn ra trong hai ngày 19 và 20/8")
            if i == title_idx and not (published or update) and _MENTION_BEFORE.search(before):
                continue  # the headline's own words: "Tạm dừng tiếp nhận hồ sơ từ ngày 03/7/2023"
            if update:
                updated = updated or Found(dm.iso, "update date near the title", i)
                continue
            if headline_date is not None and not (published or dm.has_time):
                return headline_date
            iso = (
                dm.iso
                if dm.has_time
                else _labelled_time(text, dm.iso)
                or _time_beside(blocks, i, title_idx, dm.iso)
                or dm.iso
            )
            found = Found(iso, "date after the body" if n >= after else "date near the title", i)
            if i == title_idx and not published:
                # the headline's own date ("… Ngày Nhà giáo Việt Nam 20/11/2026") yields to a
                # labelled one under it ("Ngày đăng: 23/10/2026") or a dateline with its time
                # ("14:20 - 29/05/2026"), to no other
                headline_date = found
                break
            return found
    return (
        headline_date
        or updated
        or document
        or letterhead
        or _answer_date(blocks, title_idx, end)
        or _dateline_opening_the_text(blocks, body_start)
        or asked
    )


DOCUMENT_DATE = "the document's date near the title"  # (the page's when it shows no other)
_NEAR_TITLE = 8  # lines from the headline on where its date is looked for


def _above_the_title(blocks: list[Block], title_idx: int, post_meta: set[int]) -> list[int]:
    """The two lines above the headline, or the cells of the field table right above it
    ("Ngày đăng | 17/07/2025 | Số hiệu | … | Lượt xem | 97", a cell a line), and the
    post's meta list above it (``post_meta``, see ``common.meta_above``)."""
    start = max(0, title_idx - 2)
    # (a separator in an element of its own, "·" between the day and the time, no line)
    start -= sum(1 for b in blocks[start:title_idx] if SEPARATOR_RE.fullmatch(b.text))
    start = max(0, start)
    table = _table_of(blocks[title_idx - 1]) if title_idx else None
    if table is not None:
        while start > max(0, title_idx - _NEAR_TITLE) and _table_of(blocks[start - 1]) == table:
            start -= 1
    return list(dict.fromkeys([*range(start, title_idx), *sorted(post_meta)]))


def _table_of(b: Block) -> int | None:
    """The table a cell's line is in (its cell, row, body or table within three levels)."""
    for node in (b.element, *ancestors(b.element, 3)):
        if node.tag == "table":
            return node.mem_id
    return None


def _heads_a_document_day(header: Block, row: Block) -> bool:
    """``header`` is the row of labels over ``row`` in one table, naming a document's day."""
    return (
        header.table_row
        and header.ancestors[1:2] == row.ancestors[1:2]
        and not find_dates(header.text)
        and DOCUMENT_DAY_RE.search(header.text) is not None
    )


def _timeline_step(blocks: list[Block], i: int) -> bool:
    """A list item dated as a step among two more such items of its list: a processing
    timeline's step ("05/01/2026 09:12 Tiếp nhận câu hỏi", holdout330; a step bar's "1 Tiếp
    nhận 09/01/2026", holdout334), not the page's date: each opens with its day, or is a
    short unlinked line holding one."""
    b = blocks[i]
    if b.element.tag != "li" or len(b.ancestors) < 2 or not _a_step(b):
        return False
    steps = sum(
        1
        for k in range(max(0, i - _TIMELINE_STEPS), min(len(blocks), i + _TIMELINE_STEPS + 1))
        if blocks[k].ancestors[1:2] == b.ancestors[1:2] and _a_step(blocks[k])
    )
    return steps >= _TIMELINE_STEPS


def _a_step(b: Block) -> bool:
    text = b.text
    dates = find_dates(text[:30]) if len(text) > _STEP_CHARS else find_dates(text)
    if not dates:
        return False
    # (not a labelled field of a list of fields: "Diễn ra: 14/06/2026", "Cập nhật: …")
    return dates[0].start <= 1 or (
        len(text) <= _STEP_CHARS and not b.link_chars and ":" not in text[: dates[0].start]
    )


_STEP_CHARS = 60  # a step bar's step: its number, its name and its day
_TIMELINE_STEPS = 3


def _by_the_title(blocks: list[Block], title_idx: int, stop: int) -> list[int]:
    """The headline and the lines under it up to ``stop``, ``_NEAR_TITLE`` in all, leaving
    out a box of other stories set between (a series' "Các bài trong loạt" under the
    headline): its heading and its linked lines, whose dates are those stories' days."""
    found: list[int] = []
    boxed = False
    for i in range(title_idx, min(stop + 1, len(blocks))):
        b = blocks[i]
        if i > title_idx and b.heading and RELATED_HEADINGS_RE.match(b.text):
            boxed = True
        elif not (boxed and b.link_density > 0.5):
            boxed = False
            found.append(i)
            if len(found) == _NEAR_TITLE:
                break
    return found


# "TTYT khu vực Hoài Nhơn – 19/07/2025.": who and when, opening the text as its first line
_OPENING_DATELINE = re.compile(
    # (the place before the day: "ĐBQH ĐỒNG THÁP – Đồng Tháp, 18/07/2025.")
    r"^[^\d.!?]{2,60}\s[-–—]\s*(?:[^\W\d][^,\d.!?]{1,30},\s*)?(?=\d)"
)
_OPENING_DATELINE_CHARS = 90
# after the day: nothing but a full stop, or the unit in brackets ("(Văn phòng Sở)")
_AFTER_DATELINE = re.compile(r"\s*\.?\s*(?:\([^()]{1,60}\))?\s*\.?\s*")


def _dateline_opening_the_text(blocks: list[Block], body_start: int | None) -> Found | None:
    """The date of a dateline that opens the text when the page dates it nowhere else: a
    unit or place, a dash, the day, nothing after it but a full stop or the unit in
    brackets ("LÂM ĐỒNG – 18/07/2025 (Văn phòng Sở)")."""
    if body_start is None:
        return None
    text = blocks[body_start].text
    if len(text) >= _OPENING_DATELINE_CHARS or not _OPENING_DATELINE.match(text):
        return None
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].start < 4 or not _AFTER_DATELINE.fullmatch(text, dates[0].end):
        return None
    return Found(dates[0].iso, "dateline opening the text", body_start)


def press_dateline(blocks: list[Block], body_start: int | None) -> Found | None:
    """The day of a press dateline opening the first paragraph ("Bãi Cháy, 18/07/2025 –
    Tin từ …"), for a page that shows no other date of its own: the last resort."""
    if body_start is None:
        return None
    m = _PRESS_DATELINE.match(blocks[body_start].text)
    dates = find_dates(m.group("day")) if m else []
    return Found(dates[0].iso, "press dateline opening the text", body_start) if dates else None


# a place's name and its comma, opening a dateline ("Bãi Cháy,", "Hà Tĩnh,")
_PLACE = r"[^\W\d][^,|:：\d]{1,30},"
# the place, the full day, a dash or a colon, and the text: "Bãi Cháy, 18/07/2025 – …"
_PRESS_DATELINE = re.compile(
    r"^\s*" + _PLACE + r"\s*(?:ngày\s+)?(?P<day>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})\s*[-–—:]\s+\S"
)
_AFTER_END = 5  # lines after the text's end searched for its date
# a letterhead's place and day, alone on its line: "Hà Tĩnh, ngày 18 tháng 12 năm 2026"
_PLACE_AND_DAY = re.compile(
    r"(?i)^\s*(?!(?:thứ|chủ\s+nhật|hôm\s+nay|cập\s+nhật|ngày\s+đăng)\b)"
    + _PLACE
    + r"\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\.?\s*$"
)
_LABEL_CHARS = 30  # a field's label alone on its line ("Ngày hiển thị:")


# When a content item was made or approved, not published: it yields to a publication
# date beside it
_CREATED_LABEL = re.compile(
    r"(?i)ngày\s+tạo|tạo\s+(?:ngày|lúc)|created|ngày\s+(?:phê\s+)?duyệt|duyệt\s+(?:ngày|lúc)|approved"
)


def _field_start(text: str, end: int) -> int:
    """Where the field holding ``text[end]`` starts: after the last "|", "·" or "•"."""
    return max(text.rfind(mark, 0, end) for mark in "|·•") + 1


_ATTACHMENTS_HEADING = re.compile(
    r"(?i)^\s*(?:tệp|file|tài\s+liệu|văn\s+bản)\s+đính\s+kèm\s*(?:\(\d+\))?\s*:?\s*$"
)
# when a picture was taken, not the page posted
_TAKEN = re.compile(r"(?i)\bchụp(?:\s+(?:ngày|lúc|vào(?:\s+ngày)?))?\s*[:：]?\s*$")
# a day named for something else than the page's posting, right before it: "Ngày thi đấu:"
_OTHER_DAY = re.compile(r"(?i)ngày(?:\s+[^\W\d]+){1,5}\s*[:：]?\s*$")


def _published_later(text: str, dates: tuple[DateMatch, ...], made: DateMatch) -> bool:
    """Another date of the line labelled its publication, not its making: the label is
    the text since the date before it."""
    for k, dm in enumerate(dates):
        if dm.start <= made.start:
            continue
        if _publishes(text[max(dates[k - 1].end, dm.start - 40) : dm.start]):
            return True
    return False


def _publishes(label: str) -> bool:
    """A date's label names its publication, not the item's making or approval."""
    return bool(PUBLISHED_LABEL_RE.search(label)) and not _CREATED_LABEL.search(label)


def _published_below(blocks: list[Block], lines: list[int], most: int = 0) -> bool:
    """A line of the metadata under the one where the item was made dates its publication
    ("Ngày tạo | 10/03/2026 16:48" over "Ngày đăng | 12/03/2026 08:30", Liferay's table)."""
    for k in lines[: most or _MADE_TO_PUBLISHED]:
        text = blocks[k].text
        if is_label_alone(text) and k + 1 < len(blocks):
            text = f"{text} {blocks[k + 1].text}"  # "Ngày đăng:" over "14/03/2024 - 14:10"
        dates = find_dates(text)
        if any(_publishes(text[max(0, dm.start - 40) : dm.start]) for dm in dates):
            return True
    return False


_MADE_TO_PUBLISHED = 3  # lines
_POSTED_ROW = re.compile(
    r"(?i)^\s*(?:ngày\s+(?:đăng|xuất\s+bản)|đăng\s+ngày|thời\s+gian\s+đăng)\s*[:：]?\s*\|"
)
_LAST_FIELD = re.compile(r"[|·•;]|\d")
_UPLOADED = re.compile(r"(?i)tải\s+lên|uploaded")
_INFO_BOX_LINES = 16


_PERIOD_DASH = re.compile(r"\s*(?:[-–]|đến(?:\s+ngày)?)\s*")  # (and "từ 05/01 đến 04/02")
# the first end's time read as the second's ("09/05/2025 @ 17:00 - 11/05/2025" reads
# "17:00 - 11/05/2025", a dateline's form): the gap is "@" and the second opens with a time
_AT = re.compile(r"\s*(?:@|lúc)\s*")
_TIME_DASH = re.compile(r"\d{1,2}\s*[:h]\s*\d{2}\s*[-–]")


# a period's start that has no year of its own, right before the end's date: "30/4 - ",
# "27 - " ("… dịp nghỉ lễ 30/4 - 1/5/2025"); never a time ("08:30 - 17/06/2022")
_OPEN_PERIOD = re.compile(r"(?<![\d:/.])\d{1,2}(?:[/.]\d{1,2})?\s*[-–]\s*$")


def _without_periods(text: str, dates: tuple[DateMatch, ...]) -> tuple[DateMatch, ...]:
    """The dates that are not the ends of a period ("(16/3/1968 - 16/3/2024)" in a
    headline broken over two lines, "30/4 - 1/5/2025"): a period names what the article
    is about."""
    if not dates:
        return dates
    ends = {n for n, d in enumerate(dates) if _OPEN_PERIOD.search(text, 0, d.start)}
    for n in range(len(dates) - 1):
        if _PERIOD_DASH.fullmatch(text, dates[n].end, dates[n + 1].start) or (
            _AT.fullmatch(text, dates[n].end, dates[n + 1].start)
            and _TIME_DASH.match(text, dates[n + 1].start)
        ):
            ends.update((n, n + 1))
    return tuple(d for n, d in enumerate(dates) if n not in ends)


def _badge(b: Block) -> tuple[DateMatch, ...]:
    """A calendar badge, its day, month and year in elements of their own that read glued
    ("17Th62022" for <span>17</span><span>Th6</span><span>2022</span>)."""
    if len(b.text) > 24 or not DIGIT.search(b.text):
        return ()
    iso = parse_badge_date(clean_text(b.element.text(separator=" ")))
    box = b.element.parent
    if iso is None and box is not None and len(box.text(strip=True)) <= _BADGE_CHARS + 6:
        # (the day a tile of its own over its month: "08" over "Tháng 9/2023", perhaps the
        # time under them: a calendar leaf)
        parts = [clean_text(c.text()) for c in box.iter() if c.tag not in ("-text", "-comment")]
        iso = parse_badge_date(" ".join(p for p in parts if not is_lone_time(p)))
    return (DateMatch(0, len(b.text), iso, False),) if iso else ()


_BADGE_CHARS = 24


# A badge of day and month only ("17" over "Th6"), its year elsewhere in the meta line
_DAY_MONTH_BADGE = re.compile(
    r"^\s*(?P<d>0?[1-9]|[12]\d|3[01])\s*(?:tháng|thg|th|t)\.?\s*(?P<m>0?[1-9]|1[0-2])\s*$",
    re.IGNORECASE,
)
_YEAR_ONLY = re.compile(r"\s*(?:19|20)\d\d\s*")


def _day_month_badge(blocks: list[Block], i: int) -> tuple[DateMatch, ...]:
    """A day-and-month badge by the headline whose year stands alone in an element of the
    meta line after it ("17 Th6" … ``<span class="year">2025</span>``)."""
    b = blocks[i]
    if len(b.text) > 12:
        return ()
    m = _DAY_MONTH_BADGE.match(clean_text(b.element.text(separator=" ")))
    box = b.element.parent
    if m is None and box is not None and len(box.text(strip=True)) <= 12:
        # (day and month in boxes of their own: <div class="dd">17</div><div class="mm">Th6</div>)
        m = _DAY_MONTH_BADGE.match(clean_text(box.text(separator=" ")))
    if m is None:
        return ()
    for j in range(i + 1, min(len(blocks), i + 4)):
        for node in (blocks[j].element, *blocks[j].element.css("span, time, b, strong, em")):
            if _YEAR_ONLY.fullmatch(node.text()):
                try:
                    day = date(int(node.text()), int(m["m"]), int(m["d"]))
                except ValueError:
                    return ()
                return (DateMatch(0, len(b.text), day.isoformat(), False),)
    return ()


def _labelled_time(text: str, day: str) -> str | None:
    """The day at the time another field of its line gives ("Ngày đăng: 22/07/2019 | Giờ
    đăng: 16:40"), or None."""
    m = _TIME_FIELD.search(text) if "iờ" in text or "hời gian" in text else None
    return with_lone_time(day, m["time"]) if m else None


_TIME_FIELD = re.compile(r"(?i)" + TIME_LABEL + r"(?P<time>[^|·•]{3,12}?)\s*(?:[|·•]|$)")


def _time_beside(blocks: list[Block], i: int, title_idx: int | None, day: str) -> str | None:
    """The date of block ``i`` at the time standing alone in the element next to it
    (a badge "06 Th3 2024", then "15:20" in its own <span>)."""
    # (past the badge's own other part: "08" over "Tháng 9/2023", then "Giờ đăng: 07:45")
    parted = i + 1 < len(blocks) and blocks[i + 1].ancestors[1:2] == blocks[i].ancestors[1:2]
    for j in (i + 1, i - 1, *((i + 2,) if parted else ())):
        if not 0 <= j < len(blocks) or j == title_idx:
            continue
        # (or under its own label: "Ngày đăng: 03/11/2025" over "Giờ đăng: 08:10")
        text = TIME_LABEL_RE.sub("", blocks[j].text)
        if len(text) <= 12 and (timed := with_lone_time(day, text)):
            return timed
    return None


def _answer_date(blocks: list[Block], title_idx: int | None, end: int | None) -> Found | None:
    """A Q&A page with no date of its own by the title: when the question was answered
    ("Sở Tư pháp trả lời ngày 08/11/2023", "Ngày trả lời: 11/09/2023 10:25"), which may sit
    below the question, inside the text's container."""
    if title_idx is None:
        return None
    for i in range(title_idx + 1, min(len(blocks), end or len(blocks), title_idx + 40)):
        text = blocks[i].text
        if len(text) > 160:
            continue
        m = ANSWER_DATE_RE.search(text)
        label = text if m else ""
        if not label and i > 0 and ANSWER_DATE_RE.search(blocks[i - 1].text[-40:]):
            label = blocks[i - 1].text
        if label:
            dates = find_dates(text)
            # (the day after the answer's label: "Ngày hỏi: 12/02/2026 | Ngày trả lời:
            # 18/02/2026", holdout334)
            dates = [d for d in dates if m is None or d.start >= m.end()] or dates
            if dates:
                return Found(dates[0].iso, "answer date", i)
    return None


_QUESTION_BOX = re.compile(r"asker|question|cau-?hoi|nguoi-?hoi", re.IGNORECASE)


def _in_question_box(b: Block) -> bool:
    """In a Q&A page's question box (<p class="asker">, <div class="qa-question">): its
    date is when the question was sent."""
    return any(
        _QUESTION_BOX.search(f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}")
        for n in (b.element, *ancestors(b.element, 2))
    )


# A date a sentence mentions ("từ ngày 03/7", "đến 15/8", "trước ngày 30/6"): lower case
# only, since a dateline reads "Ngày 29/06/2023" after the headline.
_MENTION_BEFORE = re.compile(
    r"(?:\b(?:từ|đến|tới|trước|sau|hết|vào|trong)\s+(?:ngày\s+)?|\bngày\s+)$"
)


# Widgets that show their own date: clocks, and weather, exchange-rate, gold-price and
# visitor-counter boxes ("Cập nhật: 07:00 14/12/2026").
_SELF_DATED_CLASS = re.compile(
    r"clock|today|hom-?nay|current-?date|date-?now|ngay-?hien-?tai|header-?date|"
    r"weather|thoi-?tiet|exchange|ty-?gia|gia-?vang|counter|thong-?ke",
    re.I,
)


def _outside_titles_main(b: Block, title: Block) -> bool:
    """The headline sits in the page's ``<main>`` and ``b`` does not: a bar above the
    page's content (a top bar's "Thứ Năm, ngày 18/12/2025")."""
    main = next(
        (
            n
            for n in ancestors(title.element, 12)
            if n.tag == "main" or n.attributes.get("role") == "main"
        ),
        None,
    )
    return main is not None and main.mem_id not in b.ancestors


# A top bar's other tools beside its clock ("Thứ Ba, ngày 17/03/2026 Đường dây nóng: … Đăng
# nhập" over the banner, in one wrapper with the whole page, holdout317)
_TOP_BAR = re.compile(r"\b(?:đường\s+dây\s+nóng|hotline|đăng\s+nhập|login)\b", re.IGNORECASE)


def _in_header_or_dated_widget(b: Block) -> bool:
    """In the page's <header>, or a widget dating itself (a clock: "Thứ Tư, ngày 15 tháng 5
    năm 2024"; a weather box: "Cập nhật: 07:00 14/12/2026")."""
    for node in (b.element, *ancestors(b.element, 3)):
        if _SELF_DATED_CLASS.search(node.attributes.get("class") or ""):
            return True
        if node.tag == "header":  # the page's, not an <article>'s own header
            return not any(a.tag in ("article", "main") for a in ancestors(node, 6))
    return _holds_a_clock(b.element)


def _holds_a_clock(element: LexborNode) -> bool:
    """A date inside the element is a clock's (<span class="today"> in the breadcrumb bar)."""
    return any(
        _SELF_DATED_CLASS.search(node.attributes.get("class") or "")
        and find_dates(node.text(strip=True))
        for node in element.css("[class]")
    )


_CRUMB_SEPARATORS = re.compile(r"^[\s›»>/|\-–·:,()]*$")


def _unlinked(b: Block) -> str:
    """The block's text without the text of its links."""
    text = b.text
    for a in b.element.css("a"):
        link = clean_text(a.text(separator=" "))
        if link:
            text = text.replace(link, " ")
    return text


def _chip_date(b: Block) -> str:
    """The line when it is one author chip linking the writer's profile, the date after a
    dot inside the link (Framer's "Ban Quản trị HTX · 18/07/2025"), else ""."""
    text = b.text
    if len(text) >= _CHIP_CHARS:
        return ""
    dates = find_dates(text)
    if len(dates) != 1 or text[dates[0].end :].strip():
        return ""
    return text if _CHIP_SEPARATOR.search(text, 0, dates[0].start) else ""


_CHIP_CHARS = 60
# a day's archive: WordPress links the post's day to "/2025/07/01/"
_DAY_ARCHIVE = re.compile(r"/(?:19|20)\d\d/[01]?\d/(?:[0-3]?\d/)?(?:$|\?|#)")


def _archive_day(b: Block) -> str:
    """The line when it is one link to the archive of the day it shows (Elementor's Post
    Info "Ngày đăng: 01/07/2025", holdout276): the post's day, no other story's."""
    links = b.element.css("a")
    if len(links) != 1 or len(b.text) >= _CHIP_CHARS or len(find_dates(b.text)) != 1:
        return ""
    return b.text if _DAY_ARCHIVE.search(links[0].attributes.get("href") or "") else ""


_CHIP_SEPARATOR = re.compile(r"\S\s*[·•|]\s*$")


def _breadcrumb_tail(b: Block) -> str:
    """The unlinked text of a breadcrumb (two or more links and separators), else ""."""
    if len(b.element.css("a")) < 2:
        return ""  # one linked headline with its date: a sidebar item, not this page's date
    text = _unlinked(b)
    rest = text
    for dm in reversed(find_dates(text)):
        rest = rest[: dm.start] + rest[dm.end :]
    return text if _CRUMB_SEPARATORS.match(rest) else ""


# Elements named for the posting date ("ngaydang" beside an old portal's breadcrumb).
_DATE_ELEMENTS = (
    '[class*="ngaydang" i], [class*="ngay-dang" i], [class*="ngay_dang" i], '
    '[id*="ngaydang" i], [class*="publish-date" i], [class*="date-publish" i]'
)


def find_date_element(tree: LexborHTMLParser) -> Found | None:
    """The one element named for the posting date, wherever the page puts it, when no
    date stands by the title. Several of them are a list's (each item's date): none."""
    found: list[Found] = []
    for node in tree.css(_DATE_ELEMENTS):
        dates = find_dates(clean_text(node.text(separator=" ")))
        if dates:
            found.append(Found(dates[0].iso, "date in the posting-date element"))
    return found[0] if len(found) == 1 else None


# A date that can only be month-first ("10/22/2026"): a server set to the en-US culture.
_MONTH_FIRST = re.compile(
    r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/(?:19|20)\d\d(?![\d/])"
)
_DAY_FIRST = re.compile(r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/(?:19|20)\d\d(?![\d/])")
_NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")


def _padded(date: str) -> bool:
    """A numeric date written with a leading zero ("12/07/2025", "05/9/2025")."""
    return any(len(part) == 2 and part[0] == "0" for part in date.split("/")[:2])


def _never_padded(us_dates: list[str]) -> bool:
    """Month-first dates all written without a leading zero, some of them where one could
    stand ("7/18/2025")."""
    return not any(_padded(d) for d in us_dates) and any(
        len(d.split("/")[0]) == 1 for d in us_dates
    )


def month_first(value: str, text: str, blocks: list[Block], lang: str) -> str:
    """``value`` read month-first when the page's dates say the site writes them so: an
    English page (``lang``) showing a date that can only be month-first ("Posted:
    11/3/2026 2:35:12 PM" under "Other news (10/22/2026)" is 3 November), or any page whose
    dates that can only be one way are more often month-first than day-first (a Weebly
    site's "10/6/2025" among "12/16/2026" and "12/22/2026"). Otherwise day-first."""
    if len(value) < 10:
        return value
    year, month, day = value[:4], int(value[5:7]), int(value[8:10])
    if day == month or day > 12:
        return value
    shown = next(
        (
            m
            for m in _NUMERIC_DATE.finditer(text)
            if (int(m["a"]), int(m["b"]), m["y"]) == (day, month, year)
        ),
        None,
    )
    if shown is None:
        return value
    page = "\n".join(b.text for b in blocks)
    us_dates = _MONTH_FIRST.findall(page)
    us = len(us_dates)
    if not us or (_padded(shown[0]) and _never_padded(us_dates)):
        # "Ngày đăng: 12/07/2025" beside lists of "7/18/2025": the post's own field is
        # written by another hand (zero-padded) than the month-first lists
        return value
    english = lang.lower().startswith("en")
    if not english and us <= len(_DAY_FIRST.findall(page)):
        return value
    return f"{year}-{day:02d}-{month:02d}{value[10:]}"
