"""Generic views finding: "Lượt xem: 1.234" and similar labels near the article, counters
in their own elements and eye icons, never the site-wide visitor counters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import Block, ancestors
from ..normalize import clean_text, count_unit, find_dates, parse_count
from ..vocab import (
    COUNT_ONLY_RE,
    SITE_COUNTER_RE,
    VIEWS_AFTER_RE,
    VIEWS_LABEL_ONLY_RE,
    VIEWS_RE,
    VIEWS_WORDS,
    WORD_RE,
    may_match,
)
from .common import DIGIT, Found, field_text, has_views_label

_VIEW_ELEMENTS = (
    '[class*="view" i], [class*="luotxem" i], [class*="luot-xem" i], [class*="hits" i], '
    '[title*="lượt xem" i], [title*="lượt đọc" i], [id*="view" i]'
)


# A counter whose icon is labelled only for screen readers (read before invisible elements
# such as <svg> are stripped): <span><svg aria-label="Lượt xem"/><span>876</span></span>
# An eye icon before a bare count, "<em class="fa fa-eye"></em> (1482)", says the same.
ICON_COUNTERS = (
    ':has(> [aria-label*="lượt xem" i]), :has(> [aria-label*="lượt đọc" i]), '
    ':has(> [class~="fa-eye" i]), :has(> [class~="icon-eye" i]), :has(> [class~="bi-eye" i]), '
    ':has(> [class~="glyphicon-eye-open" i]), :has(> [class~="ti-eye" i])'
)


def find_views_element(
    tree: LexborHTMLParser, title_block: Block, icons: Sequence[LexborNode] = ()
) -> Found | None:
    """An icon-only counter near the title: <span class="view" title="Lượt xem">👁 1.234</span>,
    or one of ``icons`` (see ICON_COUNTERS)."""
    region = set(title_block.ancestors[1:4])
    for node in (*icons, *tree.css(_VIEW_ELEMENTS)):
        text = clean_text(node.text(separator=" "))
        if not text or len(text) > 40 or find_dates(text) or SITE_COUNTER_RE.search(text):
            continue
        if not re.fullmatch(
            r"[^\d]{0,20}\d{1,3}(?:[.,]\d{3})*[^\d]{0,10}|[^\d]{0,20}\d+[^\d]{0,10}", text
        ):
            continue
        if _beside_a_headline(node):
            continue  # "Xem nhiều": another article's headline and its count
        if len(WORD_RE.findall(text)) > 3 and not has_views_label(text):
            continue  # a line of text in an element named "viewer-…": "Kết nạp mới 200 hội viên."
        parent, near = node.parent, False
        # (NukeViet: span < li < ul.list-inline < div.col-md-12 < div.row < the title's box)
        for _ in range(5):
            if parent is None:
                break
            if parent.mem_id in region:
                near = True
                break
            parent = parent.parent
        if near or _in_article_toolbar(node):
            value = parse_count(text)
            if value is not None:
                how = (
                    "counter element next to the title"
                    if near
                    else "counter in the article's toolbar"
                )
                return Found(value, how)
    return None


# A toolbar floating beside the article (share, print, font size), wherever the template
# writes it: after the footer, fixed on the screen's edge
_FLOATING = re.compile(r"position\s*:\s*(?:fixed|sticky)|(?:^|[\s_-])(?:float|sticky)", re.I)


def _in_article_toolbar(node: LexborNode) -> bool:
    """``node`` sits in a floating toolbar of the article's own controls (its share and
    print buttons)."""
    for up in ancestors(node, 3):
        attrs = up.attributes
        if _FLOATING.search(f"{attrs.get('style') or ''} {attrs.get('class') or ''}") and (
            up.css_first('a[href*="print" i], a[href*="share" i], a[href*="sharer" i]') is not None
        ):
            return True
    return False


# a link to where the page is filed (its category, tags, author's page): no other article's
# headline ("Hoạt động chính quyền" in WordPress Astra's meta line "bientap / 24/10/2025 / …")
_FILING_LINK = re.compile(
    r"/(?:chuyen-muc|danh-muc|category|categories|tag|tags|the|tu-khoa|author|tac-gia)/", re.I
)


def _beside_a_headline(node: LexborNode) -> bool:
    """A counter in a list item with a linked headline: the count of that other article."""
    box: LexborNode | None = node
    for _ in range(2):
        if box is None:
            return False
        if any(
            len(a.text(strip=True)) >= 20
            and not _FILING_LINK.search(a.attributes.get("href") or "")
            for a in box.css("a")
        ):
            return True
        box = box.parent
    return False


# a count (not the end of a date, nor of a name: "qt_bientap05") just before a views label
_NUMBER_BEFORE = re.compile(r"(?<![\w/.\-:+])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s*$")  # (not "GMT+7")


# a count before its label, glued to the word of the span before it ("bientap021203 Lượt xem")
_GLUED_COUNT = re.compile(r"[^\W\d_]\d+\s*(?:lượt|lần|views?\b)", re.IGNORECASE)


# a views label glued to the next span's word ("1,2K lượt xemCỡ chữ")
_GLUED_AFTER = re.compile(r"(?:lượt|lần)\s+(?:xem|đọc)[^\W\d_]", re.IGNORECASE)


_WORD_NEXT = re.compile(r"\s+[^\W\d_]")  # the number after a label runs into another label


_HEADLINE_WORDS = 5  # another story's linked headline beside its count, at least


_BACK_LINK = re.compile(r"(?i)^\W*(?:quay\s+(?:lại|về)|trở\s+(?:lại|về))\b")


def find_views(blocks: list[Block], indexes: list[int]) -> Found | None:
    plays: Found | None = None  # "Lượt nghe": the count when nothing counts views or reads
    # "2,4K" in the header, "2.437 lượt xem" under the text: the exact count of the two
    rounded: Found | None = None
    rounded_unit = 1
    for i in indexes:
        text = field_text(blocks[i])
        if len(text) < 20 and i + 1 < len(blocks) and VIEWS_LABEL_ONLY_RE.match(text):
            # label and count in elements of their own: <dt>Lượt xem</dt><dd>245</dd>
            # (a period's count after the total in brackets: "3.015 (30 ngày qua: 402)")
            value = COUNT_ONLY_RE.match(_BRACKETED_AFTER.sub("", blocks[i + 1].text))
            if value and not SITE_COUNTER_RE.search(blocks[i - 1].text if i else ""):
                return Found(parse_count(value.group("n")), f"label {text!r} beside its count", i)
        if len(text) > 300 or not DIGIT.search(text):
            continue
        if not may_match(text, text.lower(), VIEWS_WORDS):
            continue
        if _SERIES_STATS.search(text):
            continue  # "4 kỳ · Khởi đăng: 02/03/2026 · 23.456 lượt xem": the whole series'
        if (total := _TOTAL_IN_FIELD.search(text)) and _VIEWS_LABEL_START.match(text):
            # "Lượt xem: Hôm nay 17 / Tổng 1.968": the field's total, not the day's count
            return Found(parse_count(total["n"]), "total in the views field", i)
        if blocks[i].link_density > 0.5 and any(
            # (a headline's words, not a permalink's days, "03/11/2025 04/11/2025", nor a
            # category's name, "Hiến máu tình nguyện", holdout288)
            len(a.text(strip=True)) >= 20
            and len(a.text().split()) >= _HEADLINE_WORDS
            and "author" not in (a.attributes.get("rel") or "")  # ("Bởi Ban Công tác xã hội")
            # ("« Quay lại danh sách" after the count, holdout314: the page's own control)
            and not _BACK_LINK.match(a.text(strip=True))
            for a in blocks[i].element.css("a")
        ):
            continue  # "Xem nhiều": another article's linked headline and its count
        if (_GLUED_COUNT.search(text) or _GLUED_AFTER.search(text)) and not blocks[i].table_row:
            # "Người đăng: bientap021203 Lượt xem", "1,2K lượt xemCỡ chữ": the spans read
            # apart give the count
            text = clean_text(blocks[i].element.text(separator=" "))
        matches = [(True, m) for m in VIEWS_RE.finditer(text)]
        matches += [(False, m) for m in VIEWS_AFTER_RE.finditer(text)]
        for label_first, m in matches:
            # (only a label then its number: "1,2K lượt xem Cỡ chữ" ends in another field)
            if label_first and _WORD_NEXT.match(text, m.end()):
                # "245 lượt xem 0 bình luận": the 0 counts comments, 245 the views
                before = _NUMBER_BEFORE.search(text, 0, m.start())
                if before and not re.fullmatch(r"(?:19|20)\d\d", before.group("n")):
                    m = before
            # (within the counter's own field: "Lượt xem hôm nay: 5 / Tổng lượt xem: 612"
            # holds the day's count and the total, holdout277)
            start = max(m.start() - 30, *(text.rfind(sep, 0, m.start()) for sep in _FIELD_SEPS))
            ends = [k for sep in _FIELD_SEPS if (k := text.find(sep, m.end())) >= 0]
            before = text[max(0, start) : min([m.end() + 25, *ends])]
            if SITE_COUNTER_RE.search(before) or _PERIOD_COUNT.search(before):
                continue
            value = parse_count(m.group("n"))
            if value is None:
                continue
            found = Found(value, f"label {clean_text(m.group(0))!r}", i)
            if _PLAYS.search(m.group(0)):
                # (an audio page's only counter; beside "Lượt xem", the read-aloud player's)
                plays = plays or found
                continue
            unit = count_unit(m.group("n"))
            if rounded is None and unit == 1:
                return found
            if rounded is None:
                rounded, rounded_unit = found, unit
            elif unit == 1 and abs(value - rounded.value) < rounded_unit:
                return found
    return rounded or plays


# the total named inside a views field that counts a period too (holdout282)
_TOTAL_IN_FIELD = re.compile(
    r"(?i)(?<![^\W\d_])tổng(?:\s+cộng)?\s*[:：]?\s*(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)"
)
_VIEWS_LABEL_START = re.compile(r"(?i)^\s*(?:số\s+)?(?:lượt|lần)\s+(?:xem|đọc|truy\s+cập)\s*[:：|]")


# an article's count over a period, no total: "Tuần này: 88", "7 ngày qua: 64"
_PERIOD_COUNT = re.compile(r"(?i)tuần\s+này|tháng\s+này|trong\s+ngày|\d+\s+ngày\s+qua")
_BRACKETED_AFTER = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_FIELD_SEPS = (" / ", " | ", " - ", " – ", " — ", "·", "•", "(")


# a series banner's count of its parts ("4 kỳ", "6 phần")
_SERIES_STATS = re.compile(r"(?i)(?:^|[\s·•|])\d{1,2}\s+(?:kỳ|phần)\s*[·•|]")
_PLAYS = re.compile(r"(?i)(?:lượt|lần)\s+nghe")
