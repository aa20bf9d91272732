"""The pager of a listing page: which links go to its other pages, and which page
number and page count the page shows.

Pure functions over a parsed page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import SplitResult, parse_qsl, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import ancestors
from ..models import ListingPage
from ..normalize import clean_text
from ..urls import (
    archived_original,
    canonicalize,
    host_of,
    same_site,
)
from ..vocab import (
    NEXT_LINK_RE,
    PAGE_OF_RE,
    PAGE_PARAM_RE,
    PAGE_PATH_RE,
)
from .links import (
    DIGITS,
    IDENTITY_KEYS,
    PAGE_KEYS,
    SIZE_KEYS,
    VIEW_KEYS,
    Link,
    ancestor_ids,
    common_container,
    headline_like,
    inside_link,
    listing_key,
    non_page,
    page_base,
    param_name,
    same_listing,
)

# A cursor pager: "Tin trước ngày 28/06/2025 »" (?truoc=<id>), "Các tin sau ngày …".
# what an English pager's steps call its items ("Older posts", "Load more stories")
_ENTRIES = r"(?:posts?|stories|news|articles|entries)"
_BY_DATE = (
    r"(?:các\s+)?(?:tin|bài)(?:\s+(?:đăng|viết))?\s+(?:trước|sau|cũ\s+hơn|mới\s+hơn)\s+ngày\s+"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
)
# "Đầu", "Đầu tiên", "Cuối", "Cuối cùng": the first and the last page
_FIRST_LAST = r"đầu(?:\s+tiên)?|cuối(?:\s+cùng)?|mới\s+nhất|cũ\s+nhất"
_PAGER_WORDS = re.compile(
    # (an ellipsis jumping five pages: "...", "…", Ant Design's "•••")
    r"(?i)trang\s+\d+|\[\d+\]|\.\.\.|…|•••|···|⋯|"
    # (Material icons' ligatures, the icon's name the link's only text: "last_page")
    r"chevron_(?:left|right)|(?:first|last)_page|navigate_(?:next|before)|"
    r"arrow_(?:forward|back)(?:_ios(?:_new)?)?|keyboard_(?:double_)?arrow_(?:left|right)|"
    r"skip_(?:next|previous)|"
    + _FIRST_LAST
    + r"|first|last|start|end|prev(?:ious)?|next|trước|sau|tiếp(?:\s+theo)?|"
    # (a series' "« Phần trước", "Phần sau »": its parts are its pages)
    # ("« Về trang đầu": back to the first page)
    # ("Đến trang cuối": an icon's aria-label, "to the last page", holdout311)
    r"(?:(?:xem|về|quay\s+về|đến|tới|sang)\s+)?(?:trang|phần)\s+(?:"
    + _FIRST_LAST
    + r"|trước|sau|tiếp(?:\s+theo)?)|(?:xem|tải)\s+(?:tiếp|thêm)(?:\s+(?:\d{1,3}\s+)?(?:tin|bài(?:\s+viết)?)(?:\s+cũ)?)?|"
    # "Xem thêm tin cũ »", "Xem tin cũ": a list's only way on from page 1
    r"(?:xem\s+(?:thêm\s+)?)?(?:tin|bài(?:\s+viết)?)\s+cũ(?:\s+hơn)?|load\s+more(?:\s+"
    + _ENTRIES
    + r")?|"
    r"(?:các\s+)?(?:bài\s+(?:(?:đăng|viết)\s+)?|tin\s+)?(?:cũ|mới)\s+hơn|(?:older|newer)(?:\s+"
    + _ENTRIES
    + r")?|"
    # "« Các tin mới hơn | Các tin tiếp theo »" under a postback pager: its only links;
    # "Về tin mới nhất" beside "« Tin mới hơn" on the last page: back to the first
    r"(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+tiếp\s+theo|"
    r"(?:về|quay\s+về)\s+(?:tin|bài(?:\s+viết)?)\s+mới\s+nhất|"
    # (and a week-paged list's "Tuần hiện tại", its first page, as "Đầu" is)
    r"(?:tháng|tuần)\s+(?:trước|sau)|tuần\s+(?:hiện\s+tại|này)|"
    # Plone's batch steps by a count of items: "10 tin tiếp »", "« 10 tin trước", "10 tin
    # cũ hơn »"; a block pager's jumps by ten pages: "« 10 trang trước", "10 trang sau »"
    r"\d{1,3}\s+(?:tin|bài(?:\s+viết)?|mục|kết\s+quả|trang)\s+"
    r"(?:tiếp(?:\s+theo)?|trước|sau|(?:mới|cũ)\s+hơn)|" + _BY_DATE
)
# Words that say "the next page of this list" whatever its URL looks like (Blogger's
# "Bài đăng cũ hơn" goes to /search?updated-max=…).
_SEQUENTIAL = re.compile(
    r"(?i)(?:(?:xem\s+)?(?:các\s+)?(?:bài\s+(?:(?:đăng|viết)\s+)?|tin\s+))?(?:cũ|mới)\s+hơn|"
    r"(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+tiếp\s+theo|(?:older|newer)\s+posts?|"
    r"trang\s+(?:sau|trước|tiếp(?:\s+theo)?)|(?:tháng|tuần)\s+(?:trước|sau)|" + _BY_DATE
)
_HOME = re.compile(r"(?i)trang\s+chủ|home")
# (of those, a cursor's older/newer steps: "Bài đăng cũ hơn", "Newer posts"; a list paged
# by month or week, "« Tháng trước", "Tuần sau ›", or by a day, "Tin đăng trước ngày …"):
# the step may change every key of the query, yet it is this list's next page
_CURSOR_STEP = re.compile(
    r"(?i)(?:bài\s+(?:(?:đăng|viết)\s+)?|tin\s+)?(?:cũ|mới)\s+hơn|(?:older|newer)\s+"
    + _ENTRIES
    + r"|"
    # (and a week-paged list's "Tuần hiện tại", its first page, as "Đầu" is)
    r"(?:tháng|tuần)\s+(?:trước|sau)|tuần\s+(?:hiện\s+tại|này)|" + _BY_DATE
)
_ARROWS = " «»‹›<>|←→⇤⇥▸▶►▾▼"
# A day listing's step to the day before or after, an arrow beside the day ("« Ngày
# 15/12/2026", "Ngày 17/12/2026 »", "Ngày sau ›"): its next page, whatever the day's key
_DAY = r"(?:(?:ngày|thứ\s+\w+,?|chủ\s+nhật,?)\s+)?\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
_DAY_STEP = re.compile(
    r"(?i)^\s*(?:[«‹<←]+\s*" + _DAY + r"|" + _DAY + r"\s*[»›>→]+|"
    r"[«‹<←]*\s*ngày\s+(?:trước|sau|hôm\s+trước|kế\s+tiếp)\s*[»›>→]*|"
    # a newspaper's issue steps: "« Số trước: 4124 (14/12/2026)", "Số sau »"
    r"[«‹<←]*\s*số\s+(?:trước|sau|kế\s+tiếp)(?:\s*[:：]?\s*\d{1,6}(?:\s*\([^()]{1,20}\))?)?"
    r"\s*[»›>→]*)\s*$"
)
# a newspaper's strip of recent issues ("Số 4124 14/12/2026" to /so-bao/4124 from
# /so-bao/4125): the issues are its pages, as the days of a day listing
_ISSUE = re.compile(r"(?i)^\s*số\s+\d{1,6}(?:\s+\d{1,2}/\d{1,2}/\d{4})?\s*$")
_NAMED_STEP = re.compile(
    r"(?i)(?:(?:về|quay\s+về)\s+)?(?:(?:trang|phần)\s+)?(?:"
    + _FIRST_LAST
    + r"|trước|sau|tiếp(?:\s+theo)?)|first|last|start|end|"
    r"prev(?:ious)?|next"
)


_ITEM_RANGE = re.compile(r"\[?\s*(\d{1,5})\s*[-–]\s*(\d{1,5})\s*\]?")


def _item_range(text: str) -> tuple[int, int] | None:
    """ "16-30", "[31-45]": a page named by the items it shows (not a term, "2021-2025")."""
    m = _ITEM_RANGE.fullmatch(text)
    if m is None:
        return None
    low, high = int(m[1]), int(m[2])
    return (low, high) if 0 < low <= high and not (_year(m[1]) and _year(m[2])) else None


# what a "load more" control says is left: "Tải thêm tin (còn 54 tin)", "Xem thêm (12)"
_LEFT_COUNT = re.compile(r"(?i)\s*\((?:còn\s+)?\d[\d.,]*(?:\s+(?:tin|bài(?:\s+viết)?))?\)$")


def _is_pager_text(text: str) -> bool:
    # "Trang hiện tại 2"; "...36", the last page after an ellipsis
    core = _SCREEN_READER_WORDS.sub("", text.strip(_ARROWS)).strip(".… ")
    if core.endswith(")"):
        core = _LEFT_COUNT.sub("", core)
    if core.startswith("[") and core.endswith("]"):
        core = core[1:-1].strip()  # "[Sau]", "[Cuối]" on old ASP pagers
    if not core:
        return bool(text.strip())  # a bare arrow
    return (
        (core.isdecimal() and len(core) <= 4)
        or bool(_tab_year(core))  # a year's tab named with its word: "Năm 2025"
        or bool(NEXT_LINK_RE.match(text) or _PAGER_WORDS.fullmatch(core))
        or _item_range(core) is not None
        or _DAY_STEP.match(text) is not None
        or _ISSUE.match(text) is not None
    )


# WebSphere Portal's navigational state (/wps/portal/Home/tin-tuc/!ut/p/z1/<state>/dz/d5/
# <state>/): the page is the path before it, whatever state the pager's links carry
_PORTAL_STATE = re.compile(r"/!ut/p/.*", re.IGNORECASE)


def _target(url: str) -> SplitResult:
    """The parts of the address a link stands for: an archive's copy stands for the
    portal's page it copies, a portal server's page for itself without its state."""
    parts = urlsplit(archived_original(url) or url)
    return parts._replace(path=_PORTAL_STATE.sub("", parts.path))


def find_pager(
    links: list[Link], page_url: str, numbers: dict[str, int]
) -> tuple[list[str], list[Link]]:
    # Pages are on this host; the articles may be on another of the portal's hosts.
    links = [
        link
        for link in links
        if same_site(link.url, host_of(page_url))
        or same_site(archived_original(link.url) or "", host_of(page_url))
    ]
    own_path = _target(page_url).path.lower()
    own_base = page_base(own_path)
    own_numbered = DIGITS.sub("#", own_path)
    own_paged = PAGE_PATH_RE.search(own_path) is not None
    own_key = listing_key(page_url)
    pages: list[str] = []
    pager_links: list[Link] = []
    # "Xem tiếp" under an item links to the article (?p=123 on WordPress), not to a page:
    # a URL that some link names with a headline is an article.
    # A menu may name a page of this listing too ("Quy hoạch - Kiến trúc" → ?cat=12, the
    # "Đầu" link): first/last/previous/next words are pages whatever else links there.
    headlined = {link.url for link in links if headline_like(link.text)}
    candidates = [
        link
        for link in links
        # (a month's tab, "Tháng 11"; a letter's of an A–Z index)
        if (_is_pager_text(link.text) or _tab_month(link.text) or _tab_letter(link.text))
        and not _in_calendar(link.node)  # a calendar's days ("2" → /2025/12/02/)
        and (
            link.url not in headlined
            or _NAMED_STEP.fullmatch(core := link.text.strip(_ARROWS))
            or _SEQUENTIAL.fullmatch(core)  # "Tin trước ngày 28/06/2025" reads as a headline
            or _DAY_STEP.match(link.text)  # and "« Số trước: 4124 (14/12/2026)"
            or _another_issue(link, own_path, own_numbered)
            # "1" (or a bare "«") to /x/ from /x/page/2/ or /x?p=2: the listing's first
            # page, named in the breadcrumb
            or (
                (core.isdecimal() or not core)
                and (
                    _first_page_of_this(
                        link.url, own_path, own_base if own_paged else "", own_numbered
                    )
                    # "1" to ?loai=3 from ?loai=3&p=4, a menu naming that section too
                    or (core == "1" and _unpaged_twin(link.url, page_url))
                )
            )
        )
    ]
    own_params = non_page(parse_qsl(urlsplit(page_url).query, keep_blank_values=True))
    usual, page_key, common = _usual(candidates)
    # (the page's own page-like key when the pager names none: Webflow's "f3a9c1d2_page")
    box_key = page_key or next(
        (
            name
            for key, value in parse_qsl(urlsplit(page_url).query)
            if (name := param_name(key)).endswith(("page", "trang")) and value.isdecimal()
        ),
        None,
    )
    own_params = usual | own_params
    offset_key = _offset_key(candidates)
    year_tabs: list[Link] = []
    month_tabs: list[Link] = []
    letter_tabs: list[Link] = []
    resizers: set[int] = set()  # page-size menus: <select>s of which an option changes the view
    others: set[int] = set()  # links to another listing or view: no pager box vouches for them
    numbered_here = any(
        c.text.isdecimal() and _target(c.url).path.lower() == own_path for c in candidates
    )
    for link in candidates:
        if (
            _CURSOR_STEP.fullmatch(link.text.strip(_ARROWS))
            or _DAY_STEP.match(link.text)
            or _another_issue(link, own_path, own_numbered)
        ):
            # "Bài đăng mới hơn": a cursor's step may change every key of the query
            # (Blogger: updated-max, reverse-paginate), yet it is this list's next page;
            # beside numbers paging this path, a step to another path with no number is
            # another listing (the old portal's archive after the last page)
            step = _target(link.url)
            if (
                numbered_here
                and step.path.lower() != own_path
                and not DIGITS.search(f"{step.path}?{step.query}")
            ):
                others.add(link.order)
                continue
            pager_links.append(link)
            continue
        parts = _target(link.url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        if parts.path.lower() == own_path and _year_tab(link.text, pairs, own_params):
            year_tabs.append(link)  # "2025 | 2024 | 2023": the list's own years, or filters
            continue
        if _tab_letter(link.text):
            if parts.path.lower() == own_path and _one_setting(pairs, own_params):
                letter_tabs.append(link)  # "A | Ă | Â | B …": an index by initial letter
            else:
                others.add(link.order)
            continue
        if _tab_month(link.text):
            if parts.path.lower() == own_path and _month_tab(link.text, pairs, own_params):
                month_tabs.append(link)  # "Tháng 1 | … | Tháng 12": a list paged by month
            else:
                others.add(link.order)  # a month's archive: a filter of the whole
            continue
        if offset_key and _steps_the_offset(pairs, own_params, offset_key):
            pager_links.append(link)  # "3" to ?per_page=20: CodeIgniter's item offset
            continue
        if common is not None and _adds_a_stranger(pairs, own_params, common):
            others.add(link.order)
            continue  # "Xem thêm" to ?handler=DanhSach&p=2: another endpoint, not a page
        if _names_its_size(link.text, pairs):
            others.add(link.order)
            continue  # "Hiển thị 5 | 10 | 20": the size now shown is a size too, not page 10
        if _changes_more_than_the_page(pairs, own_params):
            if link.node.tag == "option" and link.node.parent is not None:
                resizers.add(link.node.parent.mem_id)
            others.add(link.order)
            continue  # another category's pager (?cat=15&page=2), a page size (?limit=20)
        if _picks_a_day(pairs, own_params):
            others.add(link.order)
            continue  # "Xem theo ngày": a calendar's day (?ngay=03/07/2025), not a page
        if box_key and _pages_another_box(pairs, own_params, box_key):
            others.add(link.order)
            continue
        if (
            parts.path.lower() == own_path
            # index_4.htm beside index_2.htm: this page's URL with another number
            or (link.text.isdecimal() and DIGITS.sub("#", parts.path.lower()) == own_numbered)
            # "2" to /tin-tuc/su-kien/7 from /tin-tuc/su-kien: pages as a trailing offset
            or (link.text.isdecimal() and _numbered_child(parts.path.lower(), own_path))
            # Pelican's bare "«"/"»" between tin-hoat-dong.html, tin-hoat-dong2.html, …;
            # AEM's "2" to tin-hoat-dong.2.html from tin-hoat-dong.html (a Sling selector)
            or (
                (link.text.isdecimal() or not link.text.strip(_ARROWS))
                and _number_glued_twin(parts.path.lower(), own_path, own_numbered)
            )
            # (beside numbers paging this path, ?trang=2 to another path pages another list:
            # a second portlet's pager under the list, sites131/s788)
            or (
                PAGE_PARAM_RE.search("?" + parts.query)
                and not (numbered_here and parts.path.lower().rstrip("/") != own_path.rstrip("/"))
            )
            # /x/page-2/ pages /x/, not /groups/y/ (another listing's pages, same form)
            or (PAGE_PATH_RE.search(parts.path) and page_base(parts.path) == own_base)
            # (numbers from the bare /tin-hoat-dong to Exponent's own paging route,
            # /news/showall/src/tin-hoat-dong/page/2: the list's slug last, sites136/s819)
            or (
                link.text.isdecimal()
                and not numbered_here
                and PAGE_PATH_RE.search(parts.path) is not None
                and _last_segment(page_base(parts.path)) == _last_segment(own_path)
            )
            or _SEQUENTIAL.fullmatch(link.text.strip(_ARROWS))
            # Weebly's "<<Trước" to /tin-tuc/previous/3 and "Tiếp>>" to /tin-tuc from
            # /tin-tuc/previous/2: a step to this path with another number, or to its root
            or (
                _NAMED_STEP.fullmatch(link.text.strip(_ARROWS))
                and (
                    DIGITS.sub("#", parts.path.lower()) == own_numbered
                    or own_numbered.startswith(parts.path.lower().rstrip("/") + "/")
                    # (from page 1, /tin-tuc, "<<Trước" to /tin-tuc/previous/2)
                    or _numbered_child(parts.path.lower(), own_path, under_a_word=True)
                )
            )
        ):
            pager_links.append(link)
    numbered = any(link.text.isdecimal() for link in pager_links)  # (tabs are no numbers)
    if len(letter_tabs) >= _LETTER_TABS and not numbered:
        # an index by initial letter, its only way on: each letter's page holds the rest
        pager_links += letter_tabs
    else:
        others.update(link.order for link in letter_tabs)
    if len(month_tabs) >= _MONTH_TABS and not numbered:
        # a list paged by month, each month's tab on this path its only way on: its pages,
        # and the other years' tabs beside them open the rest of it (beside page numbers,
        # months filter the list: "Lọc theo tháng")
        pager_links += month_tabs + year_tabs
    elif any(_tab_year(c.text) and _tab_selected(c.node) for c in candidates):
        # a year's tab is shown selected: the page is one year of the list, each other
        # year's tab opens the rest of it (without one, years are filters of the whole)
        pager_links += year_tabs
    else:
        others.update(link.order for link in year_tabs + month_tabs)
    pager_links = _without_year_strips(pager_links, own_path)
    # (the size now shown, "15 ▾" → pageIndex=1&pageSize=15, is a size too, not a page)
    pager_links = [
        link
        for link in pager_links
        if link.node.tag != "option"
        or link.node.parent is None
        or link.node.parent.mem_id not in resizers
    ]
    # Inside the pager, "1"/"Đầu" may link to the listing's bare URL (/tin-tuc.html for
    # /tin-tuc/trang-3.html): the pager's container vouches for it (an icon-only arrow,
    # no text at all, is the pager's too).
    # (each pager's own box too: a mobile pager and a desktop one share only the column)
    boxes = {b.mem_id: b for link in pager_links if (b := _box(link.node)) is not None}
    common = common_container([link.node for link in pager_links])
    if common is not None:
        boxes[common.mem_id] = common
    for box in boxes.values():
        if not all(
            not (text := clean_text(a.text(separator=" "))) or _is_pager_text(text)
            for a in box.css("a[href]")
        ):
            continue
        seen = {link.order for link in pager_links} | others
        pager_links += [
            c for c in candidates if c.order not in seen and box.mem_id in ancestor_ids(c.node)
        ]
    if own_path in ("/", "/search") and any(
        _CURSOR_STEP.fullmatch(link.text.strip(_ARROWS)) for link in pager_links
    ):
        # a blog's index: its pager's home link ("Trang chủ" → /) is the first page
        pager_links += [
            link
            for link in links
            if _HOME.fullmatch(link.text.strip())
            and urlsplit(link.url).path in ("", "/")
            and not urlsplit(link.url).query
            and any(
                box.mem_id in ancestor_ids(link.node)
                for box in boxes.values()
                if box.tag not in ("body", "html")
            )
        ]
    pager_links.sort(key=lambda link: link.order)
    # (the page shown under another spelling: every link there is this page, the disabled
    # "«" and "‹" beside the active "1" too)
    here = {
        link.url
        for link in pager_links
        # (not a year's tab: the selected year's page 1 is a page, from this year's page 2
        # or from the bare address)
        if (marked_current(link.node) and not _tab_year(link.text))
        or _first_page_spelled(link, page_url)
        # (a page menu's option selected, the page shown under another spelling)
        or (link.node.tag == "option" and "selected" in link.node.attributes)
        # (a form's disabled button: it submits nothing, the page shown)
        or (link.node.tag == "button" and "disabled" in link.node.attributes)
    }
    for link in pager_links:
        if listing_key(link.url) == own_key or link.url in here:
            continue  # (Drupal's page 1 marks ?page=0 current from the bare /tin-tuc)
        if link.url not in pages:
            pages.append(link.url)
        if link.text.isdecimal():
            numbers.setdefault(link.url, int(link.text))
    return pages, pager_links


def without_other_pagers_positions(pager_links: list[Link]) -> list[Link]:
    """Drupal pages several pagers of one page by one key, a position each (``?page=0,2``:
    the first box on its page 1, the list on its page 3): the list's pager moves the
    position most links move; a link moving another position pages another box."""
    tuples: dict[int, tuple[str, ...]] = {}
    for link in pager_links:
        for key, value in parse_qsl(urlsplit(link.url).query, keep_blank_values=True):
            if param_name(key) in PAGE_KEYS and "," in value:
                tuples[link.order] = tuple(value.split(","))
    if len(tuples) < 2 or len({len(t) for t in tuples.values()}) != 1:
        return pager_links
    width = len(next(iter(tuples.values())))
    spread = [len({t[k] for t in tuples.values()}) for k in range(width)]
    own = spread.index(max(spread))
    usual = [Counter(t[k] for t in tuples.values()).most_common(1)[0][0] for k in range(width)]
    return [
        link
        for link in pager_links
        if link.order not in tuples
        or all(tuples[link.order][k] == usual[k] for k in range(width) if k != own)
    ]


def _unpaged_twin(url: str, page_url: str) -> bool:
    """``url`` is ``page_url`` less its page parameter (``?loai=3`` from ``?loai=3&p=4``)."""
    theirs, own = _target(url), _target(page_url)
    own_pairs = parse_qsl(own.query, keep_blank_values=True)
    unpaged = sorted(pair for pair in own_pairs if param_name(pair[0]) not in PAGE_KEYS)
    return (
        theirs.path.lower() == own.path.lower()
        and len(unpaged) < len(own_pairs)
        and sorted(parse_qsl(theirs.query, keep_blank_values=True)) == unpaged
    )


def _first_page_of_this(url: str, own_path: str, paged_base: str, own_numbered: str) -> bool:
    """``url`` is this listing's page 1 (/x/ from /x/page/2/, /x from /x?p=2, Pelican's
    tin-hoat-dong.html from tin-hoat-dong2.html), whatever a breadcrumb calls it.
    ``paged_base``: this page's base when its path names its page number, else ""."""
    path = _target(url).path
    return (
        (bool(paged_base) and page_base(path) == paged_base)
        or (path.lower() == own_path and "?" not in url)
        or _number_glued_twin(path.lower(), own_path, own_numbered)
    )


_CALENDAR = re.compile(r"calendar|(?<![a-z])cal(?![a-z])", re.IGNORECASE)


def _in_calendar(node: LexborNode) -> bool:
    """Inside a calendar widget (WordPress ``table#wp-calendar``, ``.widget_calendar``)."""
    if not node.text(strip=True).isdecimal():
        return False  # (only its day numbers look like a pager's)
    for up in ancestors(node, 6):
        attrs = up.attributes
        if _CALENDAR.search(f"{attrs.get('id') or ''} {attrs.get('class') or ''}"):
            return True
    return False


def marked_current(node: LexborNode) -> bool:
    """A pager link the page marks as the one shown (``aria-current="page"``)."""
    return (node.attributes.get("aria-current") or "").strip().lower() == "page"


_CURRENT_ITEM = re.compile(r"current|(?<!in)active", re.IGNORECASE)  # sf_PagerCurrent


def _first_page_spelled(link: Link, page_url: str) -> bool:
    """The pager's "1", marked active, linking this page under its page-1 spelling: Yii2's
    ``<li class="active"><a href="?page=1">1</a>`` on the bare ``/tin-tuc/hoat-dong``,
    Sitefinity's ``<a class="sf_PagerCurrent" href="…/page/1">1</a>``."""
    item = link.node.parent
    if link.text.strip() != "1":
        return False
    marks = link.node.attributes.get("class") or ""
    if item is not None and item.tag == "li":
        marks += " " + (item.attributes.get("class") or "")
    if not _CURRENT_ITEM.search(marks):
        return False
    own = parse_qsl(urlsplit(page_url).query)
    if any(param_name(key).endswith(("page", "trang")) for key, _ in own):
        return False
    # (October CMS's ".../khuyen-nong/1" for the bare ".../khuyen-nong")
    target, here = urlsplit(link.url), urlsplit(page_url)
    numbered = (
        target.path.rstrip("/") == here.path.rstrip("/") + "/1" and target.query == here.query
    )
    return numbered or same_listing(link.url, page_url, view_aside=True)


# (old Vietnamese templates name it in their words: "nam_chon", "dang-chon", "hien-tai")
_SELECTED_CLASS = re.compile(
    r"\b(?:active|current|selected)\b|(?:^|[\s_-])(?:chon|dangchon|hien-?tai)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _another_issue(link: Link, own_path: str, own_numbered: str) -> bool:
    """A link to another issue of the newspaper whose issue this page lists."""
    if not _ISSUE.match(link.text):
        return False
    path = _target(link.url).path.lower()
    return path != own_path and DIGITS.sub("#", path) == own_numbered


def _tab_selected(node: LexborNode) -> bool:
    """A tab shown as the one open: marked so itself or by its list item."""
    for el in (node, node.parent):
        if el is None:
            continue
        attrs = el.attributes
        if _SELECTED_CLASS.search(attrs.get("class") or "") or (
            (attrs.get("aria-selected") or "").lower() == "true"
        ):
            return True
    return marked_current(node)


def _numbered_child(path: str, own_path: str, *, under_a_word: bool = False) -> bool:
    """``path`` is this page's path with a number after it (``/tin-tuc/7``), or with a
    word and a number when ``under_a_word`` (Weebly's ``/tin-tuc/previous/2``)."""
    head, _, leaf = path.rstrip("/").rpartition("/")
    own = own_path.rstrip("/")
    if under_a_word and head.startswith(own + "/") and head.rpartition("/")[0] == own:
        head = own if head.rpartition("/")[2].isalpha() else head
    return leaf.isdecimal() and head == own


# "tin-hoat-dong3.html", "news2/", AEM's "tin-hoat-dong.3.html" or "van-hoa.page-3.html"
# (and a vendor's comma: "tin-dia-phuong,3.html" beside "tin-dia-phuong.html")
_GLUED_NUMBER = re.compile(r"(?:\.(?:page|trang)[-_.]?|\.|,)?\d+(?=(?:\.\w+)?/?$)")


def _number_glued_twin(path: str, own_path: str, own_numbered: str) -> bool:
    """``path`` is this page's path with another number glued to its end, or this page's
    path without the number (page 1): "tin-hoat-dong3.html" beside "tin-hoat-dong2.html"
    and "tin-hoat-dong.html" (or AEM's selectors, "tin-hoat-dong.3.html", "van-hoa.page-3.html")."""
    if not _GLUED_NUMBER.search(path) and not _GLUED_NUMBER.search(own_path):
        return False
    return (
        DIGITS.sub("#", path) == own_numbered
        or _GLUED_NUMBER.sub("", path) == own_path
        or (_GLUED_NUMBER.sub("", own_path) == path)
    )


def _box(node: LexborNode) -> LexborNode | None:
    """The element a pager link sits in, past its own <li>/<span> wrappers and boxes that
    hold it alone (a site builder's button: ``div.U26fgb > a``)."""
    parent = node.parent
    while parent is not None and (
        parent.tag in ("li", "span", "b", "strong", "em") or _holds_only(parent, node)
    ):
        node, parent = parent, parent.parent
    return parent


def _holds_only(box: LexborNode, child: LexborNode) -> bool:
    """``box``'s one element is ``child``, with no text beside it (a site builder's button
    wrapper)."""
    if box.tag in ("body", "html"):
        return False
    for c in box.iter():
        if c.mem_id == child.mem_id or c.tag == "-comment":
            continue
        if c.tag != "-text" or c.text(strip=True):
            return False
    return True


def _year(text: str) -> bool:
    return text.isdecimal() and len(text) == 4 and 1990 <= int(text) <= 2100


_YEAR_WORD = re.compile(r"(?i)^(?:năm|year)\s+")


def _tab_year(text: str) -> str:
    """The year a tab is named by, bare or with its word ("Năm 2025"), else ""."""
    year = _YEAR_NOTE.sub("", _YEAR_WORD.sub("", text.strip()))
    return year if _year(year) else ""


# a note after a tab's year: "Năm 2025 (từ 01/7)", the part of the year the new unit has
_YEAR_NOTE = re.compile(r"\s*\([^()]{1,30}\)$")


def _without_year_strips(links: list[Link], own_path: str) -> list[Link]:
    """Page links less a strip of years in a box of its own ("Lưu trữ: 2025 | 2024",
    /tin-tuc/x/2025 beside the pages /tin-tuc/x/2): archives, while the pager's box
    holds other numbers or steps. A pager window never shows four-digit years alone.
    (Year tabs on this very path, ``?nam=2024``, split the list itself: kept.)"""
    boxes: dict[int, list[Link]] = defaultdict(list)
    for link in links:
        box = _box(link.node)
        boxes[box.mem_id if box is not None else 0].append(link)
    years = {
        key
        for key, members in boxes.items()
        if all(_year(m.text) for m in members)
        and not all(_target(m.url).path.lower() == own_path for m in members)
    }
    if not years or len(years) == len(boxes):
        return links
    return [link for link in links if (b := _box(link.node)) is None or b.mem_id not in years]


_MONTH = re.compile(r"(?i)^tháng\s+(1[0-2]|0?[1-9])(?:\s*[/\-]\s*\d{4}|\s+năm\s+\d{4})?$")
_MONTH_TABS = 3  # month tabs at least for a list paged by month


_LETTER = re.compile(r"^[A-ZĂÂĐÊÔƠƯ]$")
_LETTER_TABS = 5  # letter tabs at least for an index by initial letter


def _tab_letter(text: str) -> bool:
    """A tab named by one capital letter ("Đ"): an A–Z index's."""
    return _LETTER.match(text.strip()) is not None


def _one_setting(pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """The link sets one parameter of this listing to another value, the others kept."""
    theirs, changed = _settings_changed(pairs, own)
    return len(changed) == 1 and all(theirs.get(k) == v for k, v in own.items() if k not in changed)


def _tab_month(text: str) -> str:
    """The month a tab is named by ("Tháng 11", "Tháng 3/2026"), unpadded, else ""."""
    m = _MONTH.match(text.strip())
    return m[1].lstrip("0") if m else ""


def _month_tab(text: str, pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A link named by a month that sets only its month and year on this listing's own
    path (``?Thang=11&Nam=2026`` from ``?Thang=12&Nam=2026``): a tab of a list split by
    month."""
    month = _tab_month(text)
    if not month:
        return False
    theirs, changed = _settings_changed(pairs, own)
    return (
        bool(changed)
        and all(
            theirs[k].lstrip("0") == month
            or _year(theirs[k])
            # (a month written with its year: b2evolution's and WordPress's "?m=202506")
            or (len(theirs[k]) == 6 and _year(theirs[k][:4]) and theirs[k][4:].lstrip("0") == month)
            for k in changed
        )
    )


def _settings_changed(
    pairs: list[tuple[str, str]], own: dict[str, str]
) -> tuple[dict[str, str], list[str]]:
    """A link's settings of its listing (its query less the page) and the keys of those
    that differ from this page's ``own``."""
    theirs = non_page(pairs)
    return theirs, [k for k, v in theirs.items() if own.get(k) != v]


def _year_tab(text: str, pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A link named by a year that sets only that year on this listing's own path
    (``?nam=2024`` from ``?nam=2025&trang=2``): a tab of the list split by year."""
    year = _tab_year(text)
    if not year:
        return False
    theirs, changed = _settings_changed(pairs, own)
    if not changed:
        # the selected year's tab from its page 2 (``?nam=2026`` from ``?nam=2026&trang=2``):
        # that year's page 1
        return year in theirs.values() and bool(own.keys() - dict(pairs).keys())
    return all(theirs[k] == year for k in changed)


# A page parameter by its name: vpage, vbpage, page_vb, trangvb (a box's own pager).
_PAGE_LIKE = re.compile(r"page|trang")
# a block's own page key, one per block on the page: Gutenberg's Query Loop "query-2-page",
# Elementor's "e-page-8c1d2f4"
_BLOCK_PAGE_KEY = re.compile(r"query-\d+-page|e-page-[0-9a-f]+")


_DATE_VALUE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")


def _adds_a_stranger(pairs: list[tuple[str, str]], own: dict[str, str], common: set[str]) -> bool:
    """A link with a non-page parameter that neither this page nor most pager links have."""
    names = {param_name(k) for k, v in pairs if v}
    return bool(names - PAGE_KEYS - own.keys() - common)


def _picks_a_day(pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A link setting a parameter to a date this page does not have: a date filter."""
    for key, value in pairs:
        if _DATE_VALUE.fullmatch(value) and own.get(param_name(key)) != value:
            return True
    return False


def _usual(links: list[Link]) -> tuple[dict[str, str], str | None, set[str] | None]:
    """What most pager links agree on: the listing and display settings (``id=27``,
    ``delta=8``), other boxes' page numbers they carry along, the name of the page
    parameter (``page``), and the parameter names most of them carry (None: too few
    links to say).

    A bare first page names no setting, yet a sidebar box's pager beside its own
    (``?id=31&page=3``) or a page-size menu ("20", "40") sets another value.
    """
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    page_keys: Counter[str] = Counter()
    page_values: dict[str, set[str]] = defaultdict(set)
    carried: Counter[str] = Counter()
    for link in links:
        names: set[str] = set()
        for key, value in parse_qsl(urlsplit(link.url).query):
            key = param_name(key)
            names.add(key)
            if key in PAGE_KEYS:
                page_keys[key] += 1
                page_values[key].add(value)
            elif key in IDENTITY_KEYS or key in VIEW_KEYS or _PAGE_LIKE.search(key):
                seen[key][value] += 1
        carried.update(names)
    usual = {
        key: top
        for key, counts in seen.items()
        if (top := _most(counts))
        # (another box's page number is carried along by most of the links, not by that
        # box's own pager: "?vbtrang=2" twice among eleven links is no setting)
        and (key in IDENTITY_KEYS or key in VIEW_KEYS or carried[key] * 2 > len(links))
    }
    common = {k for k, n in carried.items() if n * 2 > len(links)} if len(links) >= 3 else None
    if len(page_keys) > 1:
        # two page-like keys, one the same on every link (CMS Made Simple's "page=57", its
        # page id, beside "m4f7b2pagenumber=3"): the one that changes pages the list, the
        # other is a setting of it
        for key in [k for k in page_keys if len(page_values[k]) == 1]:
            usual[key] = next(iter(page_values[key]))
            del page_keys[key]
    return usual, _most(page_keys), common


def _most(counts: Counter[str]) -> str | None:
    """The value counted most, at least twice and strictly more than any other."""
    top = counts.most_common(2)
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None


def pages_another_block(url: str, pages: list[str]) -> bool:
    """``url`` sets a block's own page key (Gutenberg's "query-2-page") that none of the
    listing's ``pages`` sets: a second block on the page paging itself (holdout280)."""
    keys = {param_name(k) for k, _ in parse_qsl(urlsplit(url).query)}
    blocks = {k for k in keys if _BLOCK_PAGE_KEY.fullmatch(k)}
    if not blocks or not pages:
        return False
    used = {param_name(k) for page in pages for k, _ in parse_qsl(urlsplit(page).query)}
    return not blocks <= used


def _pages_another_box(pairs: list[tuple[str, str]], own: dict[str, str], page_key: str) -> bool:
    """A link setting a page parameter other than the listing's (``?page=2&vbpage=3``):
    a video or documents box on the listing's own path paging itself."""
    for key, value in pairs:
        key = param_name(key)
        if (
            key != page_key
            and _PAGE_LIKE.search(key)
            and key not in VIEW_KEYS
            and own.get(key) != value
        ):
            return True
    return False


def _offset_key(links: list[Link]) -> str | None:
    """A size key the numbered links set to an item offset, page n to (n - 1) × a step
    ("2" → ``per_page=10``, "3" → ``per_page=20``: CodeIgniter's pager): the page key."""
    steps: dict[str, set[float]] = defaultdict(set)
    counted: Counter[str] = Counter()
    for link in links:
        number = link.text.strip()
        if not number.isdecimal() or int(number) < 2:
            continue
        for key, value in parse_qsl(urlsplit(link.url).query):
            if (name := param_name(key)) in SIZE_KEYS and value.isdecimal():
                steps[name].add(int(value) / (int(number) - 1))
                counted[name] += 1
    return next(
        (k for k, n in counted.items() if n >= 2 and len(steps[k]) == 1 and min(steps[k]) >= 1),
        None,
    )


def _steps_the_offset(pairs: list[tuple[str, str]], own: dict[str, str], key: str) -> bool:
    """The link changes the offset ``key`` alone of this listing's settings."""
    theirs = {param_name(k): v for k, v in pairs}
    if key not in theirs:
        return False
    rest = {k: v for k, v in non_page(pairs).items() if param_name(k) != key}
    return all(own.get(k, v) == v for k, v in rest.items())


def _names_its_size(text: str, pairs: list[tuple[str, str]]) -> bool:
    """A number that is the page size its link sets (``delta=10`` named "10"), not the
    page it goes to (``cur=10&delta=10`` is page 10)."""
    number = text.strip()
    if not number.isdecimal():
        return False
    named = {param_name(k): v for k, v in pairs}
    if not any(named.get(k) == number for k in SIZE_KEYS):
        return False
    pages = [v for k, v in named.items() if k in PAGE_KEYS and v.isdecimal()]
    return not any(int(v) in (int(number), int(number) - 1) for v in pages)


def _changes_more_than_the_page(pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A same-path link that picks another listing or view rather than another page:
    a parameter of this listing or of its display set to another value (``?cat=15&page=2``
    from ``?cat=12``; ``delta=20&cur=1`` from ``delta=8&cur=2``, a page-size switch), or,
    without any page parameter, only a display setting (``?cat=12&limit=20``).
    ``pairs``: the link's query, blank values kept."""
    theirs = non_page(pairs)
    keyed = IDENTITY_KEYS | VIEW_KEYS
    if any(k in keyed and own.get(k, v) != v for k, v in theirs.items()):
        return True
    added = theirs.keys() - own.keys()
    return len(theirs) == len(pairs) and bool(added) and added <= VIEW_KEYS


_INDEX_FILES = ("index.html", "index.htm", "index.php", "default.aspx", "default.asp")


def _last_segment(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def self_aliases(url: str) -> set[str]:
    """The listing's own URL and its directory-index twins (``/tin-tuc/`` and
    ``/tin-tuc/index.html``): links to them are this page, never an article."""
    own = canonicalize(url)
    parts = urlsplit(own)
    # "/tin-tuc/trang-2/" is page 2 of "/tin-tuc/": the folder's index is that listing too
    path = PAGE_PATH_RE.sub("/", parts.path) if PAGE_PATH_RE.search(parts.path) else parts.path
    low = path.lower()
    if low.endswith("/"):
        dirs = [path]
    elif low.rsplit("/", 1)[-1] in _INDEX_FILES:
        dirs = [path.rsplit("/", 1)[0] + "/"]
    elif "." not in low.rsplit("/", 1)[-1]:
        dirs = [path + "/"]  # "/tin-tuc/chinh-quyen": the folder without its slash
    else:
        return {own}
    base = f"{parts.scheme}://{parts.netloc}"
    query = f"?{parts.query}" if parts.query else ""
    found = {own}
    for d in dirs:
        found.add(canonicalize(base + d + query))
        found |= {canonicalize(base + d + name + query) for name in _INDEX_FILES}
    return found


def labelled_page_count(pager_links: list[Link]) -> re.Match[str] | None:
    """ "Page 4 of 5" said only to screen readers by the pager's own count ("4 / 5",
    Webflow's ``w-page-count``), nearest the pager first."""
    if not pager_links:
        return None
    for box in ancestors(pager_links[0].node, 3):
        for node in box.css("[aria-label]"):
            m = PAGE_OF_RE.fullmatch((node.attributes.get("aria-label") or "").strip())
            if m and int(m["cur"]) <= int(m["total"]):
                return m
    return None


# (in a GET form or not: Wix's number box stands alone beside "/ 4")
_PAGE_BOX = 'input[type="text" i][value], input[type="number" i][value]'


def count_around_a_page_box(tree: LexborHTMLParser) -> re.Match[str] | None:
    """ "Trang [12] / 23": the page shown in a jump box's value, the count after it (or
    Omeka's box labelled "Trang" for screen readers, "trên 9" in the next element)."""
    for box in tree.css(_PAGE_BOX):
        value = (box.attributes.get("value") or "").strip()
        before, after = box.prev, box.next
        while after is not None and after.tag == "-text" and not after.text().strip():
            after = after.next  # (Wix: the box, a space, then "<span>/ 4</span>")
        if not value.isdecimal() or after is None:
            continue
        said = box.attributes.get("aria-label") or ""
        if before is not None and before.tag == "-text":
            said = f"{before.text()} {said}"
        m = PAGE_OF_RE.search(f"{said} {value} {after.text()}")
        if m and int(m["cur"]) <= int(m["total"]):
            return m
    return None


# A control that would show the next items: "Trang sau", "Xem thêm", "Tải thêm tin".
_MORE_CONTROL = re.compile(
    r"(?i)trang\s+(?:sau|tiếp(?:\s+theo)?)|tiếp(?:\s+theo)?|next(?:\s+page)?|"
    r"(?:xem|tải)\s+(?:tiếp|thêm)(?:\s+(?:tin|bài(?:\s+viết)?))?|load\s+more|"
    r"(?:bài|tin)\s+cũ\s+hơn|older\s+posts?"
)


def script_pager(tree: LexborHTMLParser, page: ListingPage) -> str | None:
    """What shows that more pages exist when none has a URL to follow (a script loads
    them): "Trang 1 / 9" with no link onward, or a "Xem thêm" button. Called only on a
    page without pager links or a postback form."""
    if page.current_page and page.total_pages and page.total_pages > page.current_page:
        return f"Trang {page.current_page} / {page.total_pages}"
    controls = 'button, a[href^="javascript" i], a[href="#"], a:not([href]), [onclick]'
    for node in tree.css(controls):
        script = f"{node.attributes.get('href') or ''} {node.attributes.get('onclick') or ''}"
        if "__doPostBack" in script:
            continue
        text = clean_text(node.text(separator=" ")).strip(_ARROWS)
        if text and _MORE_CONTROL.fullmatch(text):
            return text
    return None


# Elements that show the current page's number unlinked (a site builder's button marked
# "ladi-current" among linked ones)
_COUNTED = re.compile(r"(?i)\s*(?:trang|tin|bài|mục|kết\s+quả)\b")  # a count's noun after it
_SHOWN_NUMBER = (
    'span, strong, b, li, em, a:not([href]), button:not([onclick]), [class*="current" i], '
    'a[class~="active" i]'  # (an "active" link going nowhere, javascript:void(0))
)


def shown_number(pager_links: list[Link], own_key: str, page_url: str) -> int | None:
    """The page number the pager shows as text, not as a link (the current page), or as
    a link to this very page ("<a class="active" href="?p=3">3</a>")."""
    for link in pager_links:
        # (Drupal's "<a href="?page=1"><span>Trang hiện tại</span>2</a>")
        text = _SCREEN_READER_WORDS.sub("", link.text.strip())
        if (
            text.isdecimal()
            and not _year(text)  # (a year's tab is no page number)
            and (
                listing_key(link.url) == own_key
                or marked_current(link.node)
                # (MUI's pager: aria-current="true" on the number shown)
                or (link.node.attributes.get("aria-current") or "").strip().lower() == "true"
                or _first_page_spelled(link, page_url)
            )
        ):
            return int(text)
    boxes: dict[int, LexborNode] = {}  # each pager link's box: a load-more button has its own
    for link in pager_links:
        parent = link.node.parent
        while parent is not None and parent.tag in ("li", "span"):
            parent = parent.parent
        if parent is not None:
            boxes.setdefault(parent.mem_id, parent)
    for parent in boxes.values():
        # the number the pager marks as the page shown (Laravel's <span aria-current="page">)
        for node in parent.css('[aria-current="page" i]'):
            text = _SCREEN_READER_WORDS.sub("", node.text(strip=True))
            if text.isdecimal() and _no_real_link(node):
                return int(text)
    for parent in boxes.values():
        for node in parent.css(_SHOWN_NUMBER):
            after = node.next
            if after is not None and after.tag == "-text" and _COUNTED.match(after.text() or ""):
                continue  # DedeCMS's "Tổng <strong>12</strong> trang <strong>141</strong> tin"
            # "[2]" on old PHP pagers, "(3)" on XOOPS's, a link or button to nowhere (Nuxt,
            # a button pager);
            # screen-reader words: "Trang 2" (Elementor), "3 (current)"
            text = _SCREEN_READER_WORDS.sub("", node.text(strip=True)).strip(" []()")
            shown = _item_range(text)
            if (
                (text.isdecimal() or shown)
                and not _year(text)  # (the year shown among its tabs: no page number)
                and _no_real_link(node)
                and not inside_link(node)
            ):
                return int(text) if shown is None else _range_page(shown, pager_links)
    for parent in boxes.values():
        # "Các trang: 1 <a>2</a> <a>3</a>": the current number as bare text by its neighbours
        for node in parent.iter(include_text=True):
            if node.tag != "-text":
                continue
            # (Laminas' "<a>2</a> | 3 | <a>4</a>": separators around it are no words)
            # (and old ASP's bracketed "[2]" among its links)
            words = [
                w.strip("[]") for w in (node.text() or "").split() if w not in _SEPARATOR_MARKS
            ]
            for word, beside in ((words[-1:], node.next), (words[:1], node.prev)):
                if (
                    word
                    and word[0].isdecimal()
                    and not _year(word[0])  # (a year strip: "2025 <a>2026</a>")
                    and beside is not None
                    and beside.tag == "a"
                ):
                    linked = beside.text(strip=True)
                    if linked.isdecimal() and abs(int(linked) - int(word[0])) == 1:
                        return int(word[0])
    for parent in list(boxes.values())[:1]:
        # "Trang 2" stated beside the pager (Liferay's page menu)
        for up in ancestors(parent, 3):
            for node in up.css("span, strong, b, em"):
                m = _STATED_PAGE.match(node.text(strip=True))
                if m and not inside_link(node):
                    return int(m.group(1))
    return None


_SEPARATOR_MARKS = frozenset({"|", "·", "•", "-", "–", "/", ","})


# A pager a script drives (every number links "#": Kendo UI, DataTables): the box, and the
# number it marks as the page shown
_SCRIPT_PAGERS = (
    '[class*="pager" i], [class*="pagination" i], [class*="paging" i], '
    # Livewire's pager of buttons, its label translated or not ("Pagination Navigation")
    'nav[role="navigation"][aria-label*="trang" i], nav[role="navigation"][aria-label*="pagination" i]'
)
_SELECTED = '[class*="selected" i], [class*="current" i], [class*="active" i], [aria-current]'
# (SharePoint's search pager marks the page shown by its item's id: <li id="PagingSelf">)
_SELECTED_IN_SCRIPT_PAGER = _SELECTED + ', [id$="self" i]'


def selected_in_a_script_pager(tree: LexborHTMLParser) -> int | None:
    """The number a pager of "#" links marks as selected (Kendo's ``k-state-selected``)."""
    for box in tree.css(_SCRIPT_PAGERS):
        numbers = [a for a in box.css("a, button") if a.text(strip=True).isdecimal()]
        if len(numbers) < 2 or any(a.tag == "a" and _page_href(a) for a in numbers):
            continue  # (a pager of real links was read already, or is no pager)
        for node in box.css(_SELECTED_IN_SCRIPT_PAGER):
            text = node.text(strip=True)
            if text.isdecimal() and not inside_link(node) and _does_nothing(node):
                return int(text)
    return None


def _does_nothing(node: LexborNode) -> bool:
    """No control inside, or only links that go nowhere and run nothing (the page shown's
    ``<a href="#">2</a>`` among numbers whose ``onclick`` loads theirs)."""
    return all(
        a.tag == "a" and not _page_href(a) and "onclick" not in a.attributes
        for a in node.css("a, button")
    )


def _page_href(a: LexborNode) -> bool:
    """The link goes somewhere (not "#" nor another spot of this page, "#ds-tin"; not
    ``javascript:void(0)``)."""
    href = (a.attributes.get("href") or "").strip()
    return bool(href) and not href.startswith("#") and not _GOES_NOWHERE.match(href)


def _range_page(shown: tuple[int, int], pager_links: list[Link]) -> int:
    """The page number of items ``shown`` ("31-45" is page 3), counting pages by the
    width the other ranges have (the last page's range is shorter)."""
    widths = Counter(
        r[1] - r[0] + 1 for link in pager_links if (r := _item_range(link.text)) is not None
    )
    width = widths.most_common(1)[0][0] if widths else shown[1] - shown[0] + 1
    return (shown[0] - 1) // width + 1


_SCREEN_READER_WORDS = re.compile(
    r"^(?:trang(?:\s+hiện\s+tại)?|(?:current\s+)?page)\s*|"
    r"\s*\(\s*(?:current|hiện\s+tại|trang\s+hiện\s+tại)\s*\)$",
    re.IGNORECASE,
)
# ("Trang 2", "Trang 1 · 10 / 412 thông cáo": a load-more status naming the page shown)
_STATED_PAGE = re.compile(r"(?:trang|page)\s*(\d{1,4})(?:\s*$|\s*[·•|,(])", re.IGNORECASE)


def _no_real_link(node: LexborNode) -> bool:
    """No link inside, or only one going nowhere (``<li class="active"><a href="#">2</a>``)."""
    return not any(_page_href(a) for a in node.css("a"))


# javascript:void(0), javascript:;, javascript: — not javascript:__doPostBack(…)
_GOES_NOWHERE = re.compile(r"(?i)javascript:\s*(?:void\s*\(?\s*0?\s*\)?)?\s*;?\s*$")
