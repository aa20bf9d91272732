"""Listing pages: which article pages a listing links to, and where its other pages are.

Pure functions. Article links are found as the largest group of links that
share a URL shape and carry headline-like anchor text, restricted to the
container that holds most of them (so sidebars of "hot news" are left out);
pagination as numbered/next links whose URL has the listing's own shape or a
page parameter. Profiles may give selectors for both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qsl, urlencode, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .htmltext import NAVIGATION, ancestors, element_sibling, floated
from .models import ListingPage
from .normalize import clean_text, ensure_nfc, find_dates
from .postback import next_postback
from .profiles import Profile, detect_profile, get_profile
from .standin import REFUSAL_MAX_CHARS, forward_target, refusal_notice
from .urls import (
    archived_original,
    canonicalize,
    host_of,
    same_organisation,
    same_site,
    unwrap_redirect,
)
from .vocab import (
    ATTACHMENT_RE,
    EMPTY_LIST_RE,
    FEED_RE,
    NEXT_LINK_RE,
    PAGE_OF_RE,
    PAGE_PARAM_RE,
    PAGE_PATH_RE,
    RELATED_HEADINGS_RE,
    TOTAL_PAGES_RE,
    UNIT_FOLDER_RE,
    WORD_RE,
)

_DIGITS = re.compile(r"\d+")
_PAGE_KEYS = frozenset(
    {
        "page",
        "trang",
        "p",
        "pg",
        "pageindex",
        "pagenum",
        "paged",
        "currentpage",
        "cur_page",
        "pagenumber",
        "page_no",
        "start",
        "limitstart",
        "cur",  # Liferay's, behind its portlet namespace
        "huong",  # a cursor pager's direction ("?cursor=…&huong=truoc")
        "direction",
    }
)


# Query parameters naming which listing a page belongs to, and ones only setting how it
# is shown (a page-size switch "Hiển thị 10 | 20 | 50 tin", a sort order).
_IDENTITY_KEYS = frozenset(
    {
        "cat",
        "catid",
        "cid",
        "category",
        "categoryid",
        "chuyenmuc",
        "cm",
        "menuid",
        "tabid",
        "id",
        "mod",
        "module",
        "option",
    }
)
# (the page-size keys among them: "Hiển thị 5 | 10 | 20" sets one)
_SIZE_KEYS = frozenset(
    {"limit", "pagesize", "page_size", "per_page", "perpage", "items_per_page", "delta"}
)
_VIEW_KEYS = _SIZE_KEYS | frozenset(
    {
        "sort",
        "order",
        "orderby",
        "sortby",
        "view",
        "display",
        "show",
    }
)


@dataclass(slots=True)
class _Link:
    url: str
    text: str
    node: LexborNode
    order: int


def listing_key(url: str) -> str:
    """Canonical URL of a listing page, the frontier's key for it.

    An explicit first page (``?page=1``) is *not* folded into the bare URL:
    Drupal and others count from 0, so ``page=1`` is the second page there.
    Fetching page 1 once more under an alias is cheaper than missing a page.
    """
    return canonicalize(url)


def url_shape(url: str) -> str:
    """A URL with numbers masked and query values dropped: links to sibling pages share it."""
    parts = urlsplit(url)
    keys = sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)})
    path = _DIGITS.sub("#", parts.path.lower())
    trailing = "/" if path.endswith("/") and len(path) > 1 else ""
    # Slug paths (/tin-tuc/ten-bai-viet-123.html) → keep directory and extension only.
    head, _, leaf = path.rstrip("/").rpartition("/")
    # Leaf names (slugs, ids, words) vary between sibling articles; the directory and
    # the extension are what they share. Headline-like anchor text tells articles
    # apart from menu links of the same shape.
    if leaf and leaf != "#" and not leaf.startswith("default."):
        ext = leaf.rsplit(".", 1)[1] if "." in leaf else ""
        leaf = f"*.{ext}" if ext else "*"
    return f"{parts.netloc}{head}/{leaf}{trailing}?{'&'.join(keys)}"


def family_shapes(shape: str) -> list[str]:
    """The shape with a folder masked: one list whose items sit in section folders
    (``/tin-tuc/*/*.html``, the last named folder, also before an id folder:
    ``/tin-tuc/*/#/*.html``) or in the units' folders of a shared platform
    (``/*/tin-tuc/*.html`` from ``/xa-…/tin-tuc/``). A folder is masked only while another
    named one stays: masking the only one would join every section of the site."""
    trailing = "/" if shape.endswith("/") or "/?" in shape else ""
    path, _, keys = shape.partition("?")
    parts = path.rstrip("/").split("/")
    host, *folders, leaf = parts if len(parts) > 1 else (*parts, "")
    named = [i for i, folder in enumerate(folders) if folder not in ("#", "*")]
    if len(named) < 2:
        return []
    return [
        "/".join((host, *folders[:i], "*", *folders[i + 1 :], leaf)) + f"{trailing}?{keys}"
        for i in named
        if i == named[-1] or UNIT_FOLDER_RE.fullmatch(folders[i])
    ]


def _links(tree: LexborHTMLParser, base: str, selectors: tuple[str, ...] = ()) -> list[_Link]:
    # One selector group: matches come back once each, in document order.
    nodes = tree.css(", ".join(selectors) if selectors else "a[href]")
    out: list[_Link] = []
    host = host_of(base)
    resolved: dict[str, str | None] = {}  # menus, sidebars and pagers repeat their hrefs
    for order, a in enumerate(nodes):
        if a.tag != "a":
            inner = a.css_first("a[href]")
            if inner is None:
                continue
            a = inner
        attrs = a.attributes
        if "sponsored" in (attrs.get("rel") or ""):
            continue  # a paid or partner's link (rel="sponsored"): no story of the portal's
        href = (attrs.get("href") or "").strip()
        if href in resolved:
            url = resolved[href]
        else:
            url = resolved[href] = _page_link(href, base, host)
        if url is None:
            continue
        # (an icon-only arrow says what it is in its title or aria-label: "Trang cuối")
        text = clean_text(a.text(separator=" ")) or clean_text(
            attrs.get("title") or attrs.get("aria-label") or ""
        )
        out.append(_Link(url, text, a, order))
    if not selectors:  # a page menu that goes where it is set: its options are links
        order = len(nodes)
        for menu in tree.css('select[onchange*="location" i]'):
            m = _ONCHANGE_URL.search(menu.attributes.get("onchange") or "")
            before, after = (m["before"], m["after"] or "") if m else ("", "")
            # "this.dataset.url.replace('{page}', this.value)": the URL is the menu's own
            # data-url with each option's value in its placeholder
            pattern = _PLACEHOLDER.split(menu.attributes.get("data-url") or "", maxsplit=1)
            if m is None and len(pattern) == 2:
                before, after = pattern
            for option in menu.css("option[value]"):
                value = (option.attributes.get("value") or "").strip()
                url = _page_link(before + value + after, base, host)
                if url is not None:
                    out.append(_Link(url, option.text(strip=True), option, order))
                    order += 1
        for button in tree.css('button[onclick*="location" i]'):
            # <button onclick="location.href='?page=3'">3</button>: a pager of buttons
            m = _ONCLICK_GOTO.search(button.attributes.get("onclick") or "")
            url = _page_link(m["url"].strip(), base, host) if m else None
            if url is not None:
                out.append(_Link(url, clean_text(button.text(separator=" ")), button, order))
                order += 1
        out += _form_menu_links(tree, base, host, order)
    return out


_GOES_TO = r"location(?:\.href)?\s*=\s*"  # a script's "location.href = …"
_PLACEHOLDER = re.compile(r"\{(?:page|trang|p|pageindex|page_?number)\}", re.IGNORECASE)
_ONCLICK_GOTO = re.compile(
    _GOES_TO + r"(?P<q>['\"])(?P<url>[^'\"]+)(?P=q)\s*;?\s*(?:return\s+false\s*;?\s*)?$"
)


# "location.href='danh-sach.jsp?catId=12&pageIndex='+this.value": the option's value is
# the end of the URL, not the URL
_ONCHANGE_URL = re.compile(
    _GOES_TO + r"(?P<q>['\"])(?P<before>[^'\"]*)(?P=q)\s*\+\s*this"
    r"(?:\.value|\.options\[\s*this\.selectedIndex\s*\]\.value)"
    r"(?:\s*\+\s*(?P<q2>['\"])(?P<after>[^'\"]*)(?P=q2))?"
)


def _form_menu_links(tree: LexborHTMLParser, base: str, host: str, order: int) -> list[_Link]:
    """A page menu in a GET form ("Đến trang [2 ▾] [Đi]"): each number is the URL the form
    submits, the form's action with its hidden fields and the menu set to that number.
    Forms with a field to type in (search, "Go To" boxes) are left alone."""
    out: list[_Link] = []
    for menu in tree.css("form select[name]"):
        if not _page_menu(menu):
            continue
        form = next((up for up in ancestors(menu, _MAX_DEPTH) if up.tag == "form"), None)
        if form is None or (form.attributes.get("method") or "get").strip().lower() != "get":
            continue
        if any(_year_menu(m) for m in form.css("select")):
            continue  # "Xem theo ngày [21▾]/[07▾]/[2025▾]": a date filter, not a pager
        fields: list[tuple[str, str]] = []
        typed = False
        for field in form.css("input[name]"):
            kind = (field.attributes.get("type") or "text").strip().lower()
            if kind == "hidden":
                fields.append((field.attributes["name"] or "", field.attributes.get("value") or ""))
            elif kind not in ("submit", "button", "image", "reset"):
                typed = True
        if typed:
            continue
        name = menu.attributes["name"] or ""
        for option in menu.css("option"):
            number = option.text(strip=True)
            value = (option.attributes.get("value") or number).strip()
            url = _submitted(form, fields, (name, value), base, host)
            if url is not None:
                out.append(_Link(url, number, option, order))
                order += 1
    for box in tree.css('form input[type="number" i][name][max]'):
        links = _goto_box_links(box, base, host, order)
        out += links
        order += len(links)
    return out


_GOTO_PAGES = 1000  # page numbers a "Đi đến trang" box may name (its min and max)


def _goto_box_links(box: LexborNode, base: str, host: str, order: int) -> list[_Link]:
    """A "Đi đến trang [2] / 7 [Đi]" GET form: a number box with its least and greatest
    page, the form's other fields hidden. Each page is the URL the form submits with that
    number typed in (Liferay's ``…_cur=N``)."""
    form = next((up for up in ancestors(box, _MAX_DEPTH) if up.tag == "form"), None)
    if form is None or (form.attributes.get("method") or "get").strip().lower() != "get":
        return []
    pager = form.parent
    if pager is not None and any(a.text(strip=True).isdecimal() for a in pager.css("a[href]")):
        return []  # numbered links beside the box walk the pages one by one
    low, high = box.attributes.get("min") or "1", box.attributes.get("max") or ""
    if not (low.isdecimal() and high.isdecimal()) or not 0 <= int(high) - int(low) < _GOTO_PAGES:
        return []
    fields: list[tuple[str, str]] = []
    for field in form.css("input[name]"):
        kind = (field.attributes.get("type") or "text").strip().lower()
        if kind == "hidden":
            fields.append((field.attributes["name"] or "", field.attributes.get("value") or ""))
        elif field.mem_id != box.mem_id and kind not in ("submit", "button", "image", "reset"):
            return []  # another box to type in: a search form
    out = []
    for number in range(int(low), int(high) + 1):
        url = _submitted(form, fields, (box.attributes["name"] or "", str(number)), base, host)
        if url is not None:
            out.append(_Link(url, str(number), box, order))
            order += 1
    return out


def _submitted(
    form: LexborNode, fields: list[tuple[str, str]], field: tuple[str, str], base: str, host: str
) -> str | None:
    """The URL a GET form submits: its action, the query replaced by its fields."""
    action = ((form.attributes.get("action") or "").strip() or base).split("#")[0].split("?")[0]
    return _page_link(f"{action}?{urlencode([*fields, field])}", base, host)


def _page_text(tree: LexborHTMLParser, html: str) -> str:
    """The page's text, a page menu ("Trang [5 ▾] trên tổng số 9 trang") read as its
    chosen number. ``tree`` stays as it is (a postback sends its form, menus included):
    the rare page with such a menu is read from a second parse."""
    if any(_page_menu(m) for m in tree.css("select")):
        tree = LexborHTMLParser(html)
        for menu in tree.css("select"):
            if _page_menu(menu):
                chosen = next((o for o in menu.css("option") if "selected" in o.attributes), None)
                menu.replace_with(chosen.text(strip=True) if chosen is not None else "")
    # (a decomposed page's "Trang 1 trên 20": the labels are matched in NFC)
    return ensure_nfc(tree.body.text(separator=" ")) if tree.body is not None else ""


_MENU_NUMBER = re.compile(r"(?i)(?:trang\s*)?(\d{1,5})")  # "3", "Trang 3"


def _page_menu(menu: LexborNode) -> bool:
    """A menu of page numbers, which run on one by one ("1 2 3 … 9"); a page-size menu
    ("10 20 50 tin/trang") skips."""
    numbers = [_MENU_NUMBER.fullmatch(o.text(strip=True)) for o in menu.css("option")]
    if not numbers or not all(numbers):
        return False
    values = [int(m[1]) for m in numbers if m]
    return all(b - a == 1 for a, b in zip(values, values[1:], strict=False))


def _year_menu(menu: LexborNode) -> bool:
    # a pager's menu counts from 1; a date filter's year menu lists years only
    numbers = [o.text(strip=True) for o in menu.css("option")]
    return bool(numbers) and all(
        len(n) == 4 and n.isdecimal() and 1900 <= int(n) <= 2100 for n in numbers
    )


def _canonical(url: str) -> str:
    try:
        return canonicalize(url)
    except ValueError:
        return url


def _page_link(href: str, base: str, host: str) -> str | None:
    """``href`` as an on-site page URL, or None (fragments, scripts, files, other sites)."""
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    try:
        url = unwrap_redirect(canonicalize(href, base))
    except ValueError:
        return None
    if not url.startswith(("http://", "https://")):
        return None
    if not same_organisation(url, host):
        # (a saved page's links rewritten to the archive's copies of the portal's pages)
        orig = archived_original(url)
        if orig is None or not same_organisation(orig, host):
            return None
    return None if ATTACHMENT_RE.search(url) or FEED_RE.search(url) else url


# A cursor pager: "Tin trước ngày 28/06/2025 »" (?truoc=<id>), "Các tin sau ngày …".
_BY_DATE = (
    r"(?:các\s+)?(?:tin|bài)(?:\s+(?:đăng|viết))?\s+(?:trước|sau|cũ\s+hơn|mới\s+hơn)\s+ngày\s+"
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
)
# "Đầu", "Đầu tiên", "Cuối", "Cuối cùng": the first and the last page
_FIRST_LAST = r"đầu(?:\s+tiên)?|cuối(?:\s+cùng)?|mới\s+nhất|cũ\s+nhất"
_PAGER_WORDS = re.compile(
    r"(?i)trang\s+\d+|\[\d+\]|\.\.\.|…|"
    + _FIRST_LAST
    + r"|first|last|start|end|prev(?:ious)?|next|trước|sau|tiếp(?:\s+theo)?|"
    r"(?:xem\s+)?trang\s+(?:"
    + _FIRST_LAST
    + r"|trước|sau|tiếp(?:\s+theo)?)|(?:xem|tải)\s+(?:tiếp|thêm)(?:\s+(?:tin|bài(?:\s+viết)?)(?:\s+cũ)?)?|"
    # "Xem thêm tin cũ »", "Xem tin cũ": a list's only way on from page 1
    r"(?:xem\s+(?:thêm\s+)?)?(?:tin|bài(?:\s+viết)?)\s+cũ(?:\s+hơn)?|load\s+more|"
    r"(?:bài\s+(?:(?:đăng|viết)\s+)?|tin\s+)?(?:cũ|mới)\s+hơn|(?:older|newer)(?:\s+posts?)?|"
    r"(?:tháng|tuần)\s+(?:trước|sau)|"
    # Plone's batch steps by a count of items: "10 tin tiếp »", "« 10 tin trước"
    r"\d{1,3}\s+(?:tin|bài(?:\s+viết)?|mục|kết\s+quả)\s+(?:tiếp(?:\s+theo)?|trước|sau)|" + _BY_DATE
)
# Words that say "the next page of this list" whatever its URL looks like (Blogger's
# "Bài đăng cũ hơn" goes to /search?updated-max=…).
_SEQUENTIAL = re.compile(
    r"(?i)(?:(?:xem\s+)?(?:bài\s+(?:(?:đăng|viết)\s+)?|tin\s+))?(?:cũ|mới)\s+hơn|(?:older|newer)\s+posts?|"
    r"trang\s+(?:sau|trước|tiếp(?:\s+theo)?)|(?:tháng|tuần)\s+(?:trước|sau)|" + _BY_DATE
)
_HOME = re.compile(r"(?i)trang\s+chủ|home")
# (of those, a cursor's older/newer steps: "Bài đăng cũ hơn", "Newer posts"; a list paged
# by month or week, "« Tháng trước", "Tuần sau ›", or by a day, "Tin đăng trước ngày …"):
# the step may change every key of the query, yet it is this list's next page
_CURSOR_STEP = re.compile(
    r"(?i)(?:bài\s+(?:(?:đăng|viết)\s+)?|tin\s+)?(?:cũ|mới)\s+hơn|(?:older|newer)\s+posts?|"
    r"(?:tháng|tuần)\s+(?:trước|sau)|" + _BY_DATE
)
_ARROWS = " «»‹›<>|←→⇤⇥▸▶►▾▼"
_NAMED_STEP = re.compile(
    r"(?i)(?:trang\s+)?(?:" + _FIRST_LAST + r"|trước|sau|tiếp(?:\s+theo)?)|first|last|start|end|"
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
        or bool(NEXT_LINK_RE.match(text) or _PAGER_WORDS.fullmatch(core))
        or _item_range(core) is not None
    )


def _target(url: str) -> SplitResult:
    """The parts of the address a link stands for: an archive's copy stands for the
    portal's page it copies."""
    return urlsplit(archived_original(url) or url)


def _pagination(
    links: list[_Link], page_url: str, numbers: dict[str, int]
) -> tuple[list[str], list[_Link]]:
    # Pages are on this host; the articles may be on another of the portal's hosts.
    links = [
        link
        for link in links
        if same_site(link.url, host_of(page_url))
        or same_site(archived_original(link.url) or "", host_of(page_url))
    ]
    own_path = urlsplit(page_url).path.lower()
    own_base = _page_base(own_path)
    own_numbered = _DIGITS.sub("#", own_path)
    own_paged = PAGE_PATH_RE.search(own_path) is not None
    own_key = listing_key(page_url)
    pages: list[str] = []
    pager_links: list[_Link] = []
    # "Xem tiếp" under an item links to the article (?p=123 on WordPress), not to a page:
    # a URL that some link names with a headline is an article.
    # A menu may name a page of this listing too ("Quy hoạch - Kiến trúc" → ?cat=12, the
    # "Đầu" link): first/last/previous/next words are pages whatever else links there.
    headlined = {link.url for link in links if _headline_like(link.text)}
    candidates = [
        link
        for link in links
        if _is_pager_text(link.text)
        and not _in_calendar(link.node)  # a calendar's days ("2" → /2025/12/02/)
        and (
            link.url not in headlined
            or _NAMED_STEP.fullmatch(core := link.text.strip(_ARROWS))
            or _SEQUENTIAL.fullmatch(core)  # "Tin trước ngày 28/06/2025" reads as a headline
            # "1" (or a bare "«") to /x/ from /x/page/2/ or /x?p=2: the listing's first
            # page, named in the breadcrumb
            or (
                (core.isdecimal() or not core)
                and _first_page_of_this(
                    link.url, own_path, own_base if own_paged else "", own_numbered
                )
            )
        )
    ]
    own_params = _non_page(parse_qsl(urlsplit(page_url).query, keep_blank_values=True))
    usual, page_key, common = _usual(candidates)
    # (the page's own page-like key when the pager names none: Webflow's "f3a9c1d2_page")
    box_key = page_key or next(
        (
            name
            for key, value in parse_qsl(urlsplit(page_url).query)
            if (name := _param_name(key)).endswith(("page", "trang")) and value.isdecimal()
        ),
        None,
    )
    own_params = usual | own_params
    year_tabs: list[_Link] = []
    resizers: set[int] = set()  # page-size menus: <select>s of which an option changes the view
    others: set[int] = set()  # links to another listing or view: no pager box vouches for them
    for link in candidates:
        if _CURSOR_STEP.fullmatch(link.text.strip(_ARROWS)):
            # "Bài đăng mới hơn": a cursor's step may change every key of the query
            # (Blogger: updated-max, reverse-paginate), yet it is this list's next page
            pager_links.append(link)
            continue
        parts = _target(link.url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        if parts.path.lower() == own_path and _year_tab(link.text, pairs, own_params):
            year_tabs.append(link)  # "2025 | 2024 | 2023": the list's own years, or filters
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
            or (link.text.isdecimal() and _DIGITS.sub("#", parts.path.lower()) == own_numbered)
            # "2" to /tin-tuc/su-kien/7 from /tin-tuc/su-kien: pages as a trailing offset
            or (link.text.isdecimal() and _numbered_child(parts.path.lower(), own_path))
            # Pelican's bare "«"/"»" between tin-hoat-dong.html, tin-hoat-dong2.html, …;
            # AEM's "2" to tin-hoat-dong.2.html from tin-hoat-dong.html (a Sling selector)
            or (
                (link.text.isdecimal() or not link.text.strip(_ARROWS))
                and _number_glued_twin(parts.path.lower(), own_path, own_numbered)
            )
            or PAGE_PARAM_RE.search("?" + parts.query)
            # /x/page-2/ pages /x/, not /groups/y/ (another listing's pages, same form)
            or (PAGE_PATH_RE.search(parts.path) and _page_base(parts.path) == own_base)
            or _SEQUENTIAL.fullmatch(link.text.strip(_ARROWS))
            # Weebly's "<<Trước" to /tin-tuc/previous/3 and "Tiếp>>" to /tin-tuc from
            # /tin-tuc/previous/2: a step to this path with another number, or to its root
            or (
                _NAMED_STEP.fullmatch(link.text.strip(_ARROWS))
                and (
                    _DIGITS.sub("#", parts.path.lower()) == own_numbered
                    or own_numbered.startswith(parts.path.lower().rstrip("/") + "/")
                )
            )
        ):
            pager_links.append(link)
    if any(_year(c.text.strip()) and _tab_selected(c.node) for c in candidates):
        # a year's tab is shown selected: the page is one year of the list, each other
        # year's tab opens the rest of it (without one, years are filters of the whole)
        pager_links += year_tabs
    else:
        others.update(link.order for link in year_tabs)
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
    common = _common_container([link.node for link in pager_links])
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
            c for c in candidates if c.order not in seen and box.mem_id in _ancestor_ids(c.node)
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
                box.mem_id in _ancestor_ids(link.node)
                for box in boxes.values()
                if box.tag not in ("body", "html")
            )
        ]
    pager_links.sort(key=lambda link: link.order)
    for link in pager_links:
        if (
            listing_key(link.url) == own_key
            or _marked_current(link.node)
            or _first_page_spelled(link, page_url)
        ):
            continue  # (Drupal's page 1 marks ?page=0 current from the bare /tin-tuc)
        if link.url not in pages:
            pages.append(link.url)
        if link.text.isdecimal():
            numbers.setdefault(link.url, int(link.text))
    return pages, pager_links


def _first_page_of_this(url: str, own_path: str, paged_base: str, own_numbered: str) -> bool:
    """``url`` is this listing's page 1 (/x/ from /x/page/2/, /x from /x?p=2, Pelican's
    tin-hoat-dong.html from tin-hoat-dong2.html), whatever a breadcrumb calls it.
    ``paged_base``: this page's base when its path names its page number, else ""."""
    path = _target(url).path
    return (
        (bool(paged_base) and _page_base(path) == paged_base)
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


def _marked_current(node: LexborNode) -> bool:
    """A pager link the page marks as the one shown (``aria-current="page"``)."""
    return (node.attributes.get("aria-current") or "").strip().lower() == "page"


_CURRENT_ITEM = re.compile(r"current|(?<!in)active", re.IGNORECASE)  # sf_PagerCurrent


def _first_page_spelled(link: _Link, page_url: str) -> bool:
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
    if any(_param_name(key).endswith(("page", "trang")) for key, _ in own):
        return False
    # (October CMS's ".../khuyen-nong/1" for the bare ".../khuyen-nong")
    target, here = urlsplit(link.url), urlsplit(page_url)
    numbered = (
        target.path.rstrip("/") == here.path.rstrip("/") + "/1" and target.query == here.query
    )
    return numbered or _same_listing(link.url, page_url)


_SELECTED_CLASS = re.compile(r"\b(?:active|current|selected)\b", re.IGNORECASE)


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
    return _marked_current(node)


def _numbered_child(path: str, own_path: str) -> bool:
    head, _, leaf = path.rstrip("/").rpartition("/")
    return leaf.isdecimal() and head == own_path.rstrip("/")


# "tin-hoat-dong3.html", "news2/", AEM's "tin-hoat-dong.3.html"
_GLUED_NUMBER = re.compile(r"\.?\d+(?=(?:\.\w+)?/?$)")


def _number_glued_twin(path: str, own_path: str, own_numbered: str) -> bool:
    """``path`` is this page's path with another number glued to its end, or this page's
    path without the number (page 1): "tin-hoat-dong3.html" beside "tin-hoat-dong2.html"
    and "tin-hoat-dong.html" (or "tin-hoat-dong.3.html", a selector of AEM's)."""
    if not _GLUED_NUMBER.search(path) and not _GLUED_NUMBER.search(own_path):
        return False
    return (
        _DIGITS.sub("#", path) == own_numbered
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


def _without_year_strips(links: list[_Link], own_path: str) -> list[_Link]:
    """Page links less a strip of years in a box of its own ("Lưu trữ: 2025 | 2024",
    /tin-tuc/x/2025 beside the pages /tin-tuc/x/2): archives, while the pager's box
    holds other numbers or steps. A pager window never shows four-digit years alone.
    (Year tabs on this very path, ``?nam=2024``, split the list itself: kept.)"""
    boxes: dict[int, list[_Link]] = defaultdict(list)
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


# Liferay prefixes each portlet's parameters with its namespace:
# _101_INSTANCE_kX3h_delta, _com_liferay_..._AssetPublisherPortlet_INSTANCE_ab_cur.
_PORTLET_NAMESPACE = re.compile(r"^_(?:\d+_instance_[a-z0-9]+|\d+|[a-z0-9_]*?_instance_[a-z0-9]+)_")


def _year_tab(text: str, pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A link named by a year that sets only that year on this listing's own path
    (``?nam=2024`` from ``?nam=2025&trang=2``): a tab of the list split by year."""
    year = text.strip()
    if not _year(year):
        return False
    theirs = _non_page(pairs)
    changed = [k for k, v in theirs.items() if own.get(k) != v]
    return bool(changed) and all(theirs[k] == year for k in changed)


def _param_name(key: str) -> str:
    """A query parameter's name, lower-cased, without a portlet namespace or a module's
    prefix (CMS Made Simple's "m4f7b2pagenumber" is its News module's "pagenumber")."""
    key = key.lower()
    if key.startswith("_"):
        return _PORTLET_NAMESPACE.sub("", key)
    m = _MODULE_PREFIXED.fullmatch(key)
    return m[1] if m else key


_MODULE_PREFIXED = re.compile(r"m[0-9a-f]{5,6}(pagenumber|pageindex|number|category|returnid)")


def _page_base(path: str) -> str:
    """A listing page's path without its page segment or extension: /x/page-2/, /x/,
    /x.html and /x/trang-2.html → /x/."""
    base = PAGE_PATH_RE.sub("/", path.lower())
    base = _EXTENSION.sub("", base)
    return base if base.endswith("/") else base + "/"


_EXTENSION = re.compile(r"(?:/(?:index|default))?\.(?:html?|aspx?|php|jsp)$")


def _non_page(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Query parameters other than the page number, names lower-cased and bare."""
    named = ((_param_name(k), v) for k, v in pairs)
    return {k: v for k, v in named if k not in _PAGE_KEYS}


# A page parameter by its name: vpage, vbpage, page_vb, trangvb (a box's own pager).
_PAGE_LIKE = re.compile(r"page|trang")


_DATE_VALUE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")


def _adds_a_stranger(pairs: list[tuple[str, str]], own: dict[str, str], common: set[str]) -> bool:
    """A link with a non-page parameter that neither this page nor most pager links have."""
    names = {_param_name(k) for k, v in pairs if v}
    return bool(names - _PAGE_KEYS - own.keys() - common)


def _picks_a_day(pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A link setting a parameter to a date this page does not have: a date filter."""
    for key, value in pairs:
        if _DATE_VALUE.fullmatch(value) and own.get(_param_name(key)) != value:
            return True
    return False


def _usual(links: list[_Link]) -> tuple[dict[str, str], str | None, set[str] | None]:
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
            key = _param_name(key)
            names.add(key)
            if key in _PAGE_KEYS:
                page_keys[key] += 1
                page_values[key].add(value)
            elif key in _IDENTITY_KEYS or key in _VIEW_KEYS or _PAGE_LIKE.search(key):
                seen[key][value] += 1
        carried.update(names)
    usual = {
        key: top
        for key, counts in seen.items()
        if (top := _most(counts))
        # (another box's page number is carried along by most of the links, not by that
        # box's own pager: "?vbtrang=2" twice among eleven links is no setting)
        and (key in _IDENTITY_KEYS or key in _VIEW_KEYS or carried[key] * 2 > len(links))
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


def _pages_another_box(pairs: list[tuple[str, str]], own: dict[str, str], page_key: str) -> bool:
    """A link setting a page parameter other than the listing's (``?page=2&vbpage=3``):
    a video or documents box on the listing's own path paging itself."""
    for key, value in pairs:
        key = _param_name(key)
        if (
            key != page_key
            and _PAGE_LIKE.search(key)
            and key not in _VIEW_KEYS
            and own.get(key) != value
        ):
            return True
    return False


def _names_its_size(text: str, pairs: list[tuple[str, str]]) -> bool:
    """A number that is the page size its link sets (``delta=10`` named "10"), not the
    page it goes to (``cur=10&delta=10`` is page 10)."""
    number = text.strip()
    if not number.isdecimal():
        return False
    named = {_param_name(k): v for k, v in pairs}
    if not any(named.get(k) == number for k in _SIZE_KEYS):
        return False
    pages = [v for k, v in named.items() if k in _PAGE_KEYS and v.isdecimal()]
    return not any(int(v) in (int(number), int(number) - 1) for v in pages)


def _changes_more_than_the_page(pairs: list[tuple[str, str]], own: dict[str, str]) -> bool:
    """A same-path link that picks another listing or view rather than another page:
    a parameter of this listing or of its display set to another value (``?cat=15&page=2``
    from ``?cat=12``; ``delta=20&cur=1`` from ``delta=8&cur=2``, a page-size switch), or,
    without any page parameter, only a display setting (``?cat=12&limit=20``).
    ``pairs``: the link's query, blank values kept."""
    theirs = _non_page(pairs)
    keyed = _IDENTITY_KEYS | _VIEW_KEYS
    if any(k in keyed and own.get(k, v) != v for k, v in theirs.items()):
        return True
    added = theirs.keys() - own.keys()
    return len(theirs) == len(pairs) and bool(added) and added <= _VIEW_KEYS


_INDEX_FILES = ("index.html", "index.htm", "index.php", "default.aspx", "default.asp")


def _self_aliases(url: str) -> set[str]:
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


def _common_container(nodes: list[LexborNode]) -> LexborNode | None:
    """The nearest element holding all ``nodes`` (two or more), else None."""
    if len(nodes) < 2:
        return None
    shared = {n.mem_id for n in _ancestors(nodes[0])}
    for node in nodes[1:]:
        shared &= {n.mem_id for n in _ancestors(node)}
    return next((n for n in _ancestors(nodes[0]) if n.mem_id in shared), None)


def _headline_like(text: str) -> bool:
    # ("Xem tất cả tin tháng 12/2026 »" leads to a list, it names no story)
    return len(text) >= 20 and len(text.split()) >= 4 and not _MORE_LINK.match(text)


_MORE_LINK = re.compile(
    r"\s*(?:(?:xem|tải)\s+(?:tất\s+cả|thêm|tiếp)|see\s+all|view\s+all|load\s+more)\b", re.I
)


# How much an item of a link list says "this is the page's own list" (see _Cluster.score).
_TEASER_CHARS = 60  # text beside the links of an item: a summary, not just a date
_W_HEADLINE, _W_OTHER, _W_TEASER, _W_IMAGE, _W_PAGER = 1.0, 0.2, 2.0, 0.5, 1.5
_MERGED_WORDS = 6  # an item of another shape in the list: a headline, not "Quốc phòng - An ninh"
_MAX_CLIMB = 3  # levels above its list a main column may start (a top story sits there)


@dataclass(slots=True)
class _Cluster:
    """Links of one URL shape whose nearest common container holds at least two of them."""

    node: LexborNode
    links: list[_Link]
    score: float = 0.0
    teasers: bool = False
    headed: bool = False  # made of the items' headline links only (see _article_links)


_MAX_DEPTH = 30  # levels looked up from a link: lists sit a few levels above their links


def _ancestors(node: LexborNode) -> list[LexborNode]:
    """Parent, grandparent, … (at most _MAX_DEPTH: deeply nested junk stays cheap)."""
    return ancestors(node, _MAX_DEPTH)


def _clusters(members: list[_Link], chains: dict[int, list[LexborNode]]) -> list[_Cluster]:
    """Group links by their lowest ancestor holding two or more distinct URLs of the group."""
    holds: dict[int, set[str]] = defaultdict(set)
    for m in members:
        for node in chains[m.order]:
            holds[node.mem_id].add(m.url)
    found: dict[int, _Cluster] = {}
    for m in members:
        low = next((n for n in chains[m.order] if len(holds[n.mem_id]) >= 2), None)
        if low is not None:
            found.setdefault(low.mem_id, _Cluster(low, [])).links.append(m)
    return list(found.values())


def _score(cluster: _Cluster, chains: dict[int, list[LexborNode]]) -> None:
    """Main lists show a summary and a picture per item; sidebars and menus show titles."""
    items: dict[int, tuple[LexborNode, _Link]] = {}
    for link in cluster.links:
        item = _item_of(link, cluster.node, chains)
        if item.mem_id not in items or _headline_like(link.text):
            items[item.mem_id] = (item, link)
    teasers = 0
    for item, link in items.values():
        weight = _W_HEADLINE if _headline_like(link.text) else _W_OTHER
        text = len(clean_text(item.text(separator=" ")))
        linked = sum(len(clean_text(a.text(separator=" "))) for a in item.css("a"))
        if text - linked >= _TEASER_CHARS:
            weight += _W_TEASER
            teasers += 1
        if item.tag == "img" or item.css_first("img") is not None:
            weight += _W_IMAGE
        cluster.score += weight
    cluster.teasers = teasers * 2 >= len(items)


def _item_kind(
    link: _Link, box: LexborNode, chains: dict[int, list[LexborNode]]
) -> tuple[str, str]:
    """Tag and class of the item (the child of ``box``) that holds ``link``."""
    item = _item_of(link, box, chains)
    return item.tag, item.attributes.get("class") or ""


def _floated_aside(node: LexborNode, column: LexborNode) -> bool:
    """``node`` sits in a box floated beside the list in its column (a notice board)."""
    for up in _ancestors(node):
        if up.mem_id == column.mem_id:
            return False
        if floated(up):
            return True
    return False


def _kind_among(kind: tuple[str, str], kinds: set[tuple[str, str]]) -> bool:
    """The item's tag and classes are one of ``kinds``, perhaps with a modifier class
    added (``li.item.item-ext`` among ``li.item``)."""
    tag, classes = kind[0], set(kind[1].split())
    return kind in kinds or any(tag == t and c and set(c.split()) <= classes for t, c in kinds)


def _item_of(link: _Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> LexborNode:
    """The child of ``box`` that holds ``link`` (the list item)."""
    item = link.node
    for node in chains[link.order]:
        if node.mem_id == box.mem_id:
            break
        item = node
    return item


def _pager_in_an_item(
    cluster: _Cluster, chains: dict[int, list[LexborNode]], pager_ids: set[int]
) -> bool:
    """One of the cluster's items holds the pager (``pager_ids``: the pager's ancestors)."""
    return any(_item_of(m, cluster.node, chains).mem_id in pager_ids for m in cluster.links)


_FAR = 2 * _MAX_DEPTH + 2  # more steps than any climb


def _pager_distance(node: LexborNode, pager_depth: dict[int, int]) -> int:
    """Steps from ``node`` up to the nearest element that also holds the pager, plus the
    pager's own steps up to it: a list in the pager's column is nearer than a side column
    that shares only the page wrapper with it."""
    for steps, parent in enumerate([node, *_ancestors(node)]):
        if parent.mem_id in pager_depth:
            # the pager's steps first: old layout tables nest a list deeper in the pager's
            # own cell than a side column's box beside it (PHP-Fusion's td.main-bg)
            return pager_depth[parent.mem_id] * _FAR + steps
    return _FAR * _FAR


_TAG_PAGE = re.compile(r"/(?:tags?|tu-khoa|keywords?|categor(?:y|ies)):[^/]+/?$", re.IGNORECASE)


def _article_links(
    links: list[_Link],
    exclude: set[str],
    shape_hint: str | None = None,
    pager: LexborNode | None = None,
    page_url: str = "",
    *,
    first_page: bool = False,
    pager_at: int | None = None,
) -> tuple[list[str], str | None]:
    """The listing's own article links: the best-scoring list of one URL shape, and its column.

    Every group of same-shape links with headline-like text is split into lists
    (links under one nearest container); lists are scored by item count, summaries
    and pictures, and by sitting next to the pager. Around the winner, its main
    column (a few levels up, until another list of the shape begins) adds items
    laid out apart from it, such as a top story.
    """
    # (a <select> of other stories, "Tin khác: -- Chọn tin --", is a jump menu, no list;
    # a tag's or keyword's page, Grav's ".../tag:nong-nghiep" in the items' shape, no story)
    links = [
        link
        for link in links
        if link.node.tag != "option" and not _TAG_PAGE.search(urlsplit(link.url).path)
    ]
    groups: dict[str, list[_Link]] = defaultdict(list)
    families: dict[str, list[_Link]] = defaultdict(list)
    joined: dict[str, set[str]] = defaultdict(set)  # family → the shapes it joins
    shapes: dict[str, str] = {}  # a pager and its items repeat URLs: shape each once
    for link in links:
        if link.url not in exclude:
            shape = shapes.get(link.url)
            if shape is None:
                shape = shapes[link.url] = url_shape(link.url)
            groups[shape].append(link)
            for family in family_shapes(shape):
                families[family].append(link)
                joined[family].add(shape)
    # A family competes as one more group only where it joins several shapes (after the
    # shapes, so a list of one shape keeps its own on a tie); a hint names either.
    for family, members in families.items():
        if family == shape_hint or len(joined[family]) > 1:
            groups[family] = members
    # The shape page 1's list had is preferred, not imposed: a later page may list
    # migrated items under another shape only, the hinted one left in a sidebar.
    groups = {
        shape: members
        for shape, members in groups.items()
        if shape == shape_hint or len({m.url for m in members if _headline_like(m.text)}) >= 2
    }
    chains = {m.order: _ancestors(m.node) for ms in groups.values() for m in ms}
    # ids of each link's element and its ancestors: "is this link inside that node?"
    within = {
        m.order: {m.node.mem_id} | {n.mem_id for n in chains[m.order]}
        for ms in groups.values()
        for m in ms
    }
    pager_depth = {n.mem_id: d for d, n in enumerate(_ancestors(pager))} if pager else {}
    pager_ids = set(pager_depth)
    candidates: list[tuple[str, _Cluster]] = []
    for shape, members in groups.items():
        clusters = _clusters(members, chains)
        # Items that carry a sub-list of their own ("Tin liên quan" under each story) split
        # the list: its headline links alone show it.
        headed = [m for m in members if _in_headline(m, chains)]
        if 2 <= len(headed) < len(members):
            known = {c.node.mem_id for c in clusters}
            for cluster in _clusters(headed, chains):
                if cluster.node.mem_id not in known:
                    cluster.headed = True
                    clusters.append(cluster)
        for cluster in clusters:
            if len({m.url for m in cluster.links}) >= 2:
                _score(cluster, chains)
                candidates.append((shape, cluster))
    if not candidates:
        hinted = groups.get(shape_hint or "", [])
        return list(dict.fromkeys(m.url for m in hinted)), shape_hint if hinted else None
    # A list laid out in twin columns scores as one: each column alone is short.
    # (A sidebar's boxes look alike too, and are different lists.)
    own_scores = {id(c): c.score for _, c in candidates}
    leads: dict[int, bool] = {}

    def own_listing(c: _Cluster) -> bool:
        if id(c) not in leads:
            leads[id(c)] = _leads_to_its_own_listing(c.node, {m.node.mem_id for m in c.links})
        return leads[id(c)]

    spans: dict[int, LexborNode] = {}  # a list laid out in columns: the box holding them all
    for shape, c in candidates:
        if _in_sidebar(c.node):
            continue
        twins = [
            o
            for s, o in candidates
            if s == shape
            and o is not c
            and (_twin_columns(c.node, o.node) or _grid_rows(c.node, o.node))
            # ("Tin mới" beside "Xem nhiều": boxes titled each their own are two lists, and
            # so are boxes each leading to its own listing: a hub's or a province's boxes)
            and not (_titled(c.node) and _titled(o.node))
            and not (own_listing(c) and own_listing(o))
        ]
        c.score += sum(own_scores[id(o)] for o in twins)
        if twins:
            spans[id(c)] = _common_container([c.node, *(o.node for o in twins)]) or c.node
    picks = {id(c) for _, c in candidates if _highlights(c.node)}
    for _, c in candidates:
        if id(c) in picks:
            c.score *= _W_HIGHLIGHTS  # "Sự kiện nổi bật trong tuần", "Tiêu điểm": a pick
    by_pager: list[tuple[str, _Cluster]] = []  # the lists nearest the pager
    if pager_ids:
        # An "item" holding the pager is a column of the page's layout, the pair of links
        # one in the list and one in the sidebar beside it: no list.
        candidates = [
            sc for sc in candidates if not _pager_in_an_item(sc[1], chains, pager_ids)
        ] or candidates
        # (a list in columns is as near as the row that holds its columns, unless that box
        # holds the pager too: then it holds more than the list's columns; a pick of
        # stories above the list is never the list the pager closes)
        spans = {k: n for k, n in spans.items() if n.mem_id not in pager_ids}
        distance = {
            id(c): _pager_distance(spans.get(id(c), c.node), pager_depth)
            + (_FAR * _FAR if id(c) in picks else 0)
            for _, c in candidates
        }
        nearest = min(distance.values())
        for sc in candidates:
            if distance[id(sc[1])] == nearest:
                sc[1].score *= _W_PAGER
                by_pager.append(sc)
    lone = [m for m in groups.get(shape_hint or "", []) if not _in_sidebar(m.node)]
    hinted = [sc for sc in candidates if sc[0] == shape_hint]
    if lone and not hinted:
        # a last page with one item of the list's shape: no list to compare with
        return list(dict.fromkeys(m.url for m in lone)), shape_hint
    shape, best = max(candidates, key=lambda sc: sc[1].score)
    if hinted:
        top = max(hinted, key=lambda sc: sc[1].score)
        if not _in_sidebar(top[1].node) or _in_sidebar(best.node):
            shape, best = top
    # A last page's three rows beside a sidebar's six: the list the pager closes wins.
    mains = [sc for sc in by_pager if not _in_sidebar(sc[1].node)]
    if not by_pager and pager is None:
        # (no pager to go by, a postback pager: any list outside the sidebars)
        mains = [sc for sc in candidates if not _in_sidebar(sc[1].node)]
    if mains and _in_sidebar(best.node):
        shape, best = max(mains, key=lambda sc: (sc[0] == shape_hint, sc[1].score))
    elif _in_newest_part(best.node) and (
        older := [sc for sc in mains if not _in_newest_part(sc[1].node)]
    ):
        # "Tin mới" above "Tin cũ hơn": the newest part repeats on every page, the pager
        # pages the part it closes
        shape, best = max(older, key=lambda sc: (sc[0] == shape_hint, sc[1].score))
    if _in_sidebar(best.node) and all(_in_sidebar(c.node) for _, c in candidates):
        # Every list is a sidebar's: the page's own column holds one story (a category of
        # one, a last page of one; its picture, title and "Xem chi tiết" link it alike)
        single = {m.url for m in groups[shape] if not _in_sidebar(m.node)}
        if len(single) == 1:
            return list(single), shape
        if not single and all(_in_aside(c.node) for _, c in candidates):
            # a text page, an empty category: only <aside>s hold lists (a column's class
            # may say "left-col" of the main column; an <aside> is beside it)
            return [], None
    # (lists inside the winner are its items' sub-lists, not other lists beside it)
    others = [
        c
        for s, c in candidates
        if s == shape and c is not best and best.node.mem_id not in _ancestor_ids(c.node)
    ]
    # The main column: climb while no other list of the shape is inside, except lists
    # of the same kind (summaries) that share the pager's column (a featured block).
    own = within[best.links[0].order]
    pager_column = next((n for n in _ancestors(pager) if n.mem_id in own), None) if pager else None

    above = {id(c): _ancestor_ids(c.node) for c in others}

    def inside(node: LexborNode, c: _Cluster) -> bool:  # the other list sits under node
        return node.mem_id in above[id(c)]

    def same_column(c: _Cluster) -> bool:
        if _twin_columns(best.node, c.node) or _grid_rows(best.node, c.node):
            return True  # the list laid out in columns (col-md-6 beside col-md-6) or rows
        return best.teasers and c.teasers and pager_column is not None and inside(pager_column, c)

    column = best.node
    in_side = _in_sidebar(best.node)
    for _ in range(_MAX_CLIMB):
        parent = column.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        # (a list right in the parent — items not in a sub-list — is the same list's)
        if not all(
            same_column(c) or c.node.mem_id == parent.mem_id for c in others if inside(parent, c)
        ):
            break
        if not in_side and any(_is_sidebar(child) for child in parent.iter()):
            break  # the page's layout: the list's column beside a sidebar
        column = parent
    members = groups[shape]
    members = members + _other_shaped_items(best, shape, links, exclude, chains, within)
    featured = _featured_before(column, members, within, first_page=first_page)
    if pager is not None:
        featured |= _more_before_pager(column, members, within, pager_ids)
    ordered = sorted(members, key=lambda m: m.order)
    left_out = _pinned_from_elsewhere(best, chains, links, page_url) if page_url else set()
    left_out |= _buttons_among_items(best, chains)
    if best.headed:  # an item's "Tin liên quan" links other stories: not the list's items
        headlines = {m.url for m in best.links}
        left_out |= {
            m.url
            for m in ordered
            if m.url not in headlines
            and best.node.mem_id in within[m.order]
            and _in_related_box(m, best.node, chains)
        }
    no_items = _links_of_no_item(best, ordered, within, chains)
    ordered = [m for m in ordered if m.order not in no_items]
    left_out |= {m.url for m in ordered if _see_also(m)}
    # a story the list holds, shown again above it in a widget that is no part of the
    # list (a carousel slide repeating item 2), keeps its place in the list
    listed = {m.url for m in ordered if best.node.mem_id in within[m.order]}
    urls = (
        m.url
        for m in ordered
        if m.url not in left_out
        and (
            m.url in featured
            or best.node.mem_id in within[m.order]
            or (
                column.mem_id in within[m.order]
                and m.url not in listed
                and not _floated_aside(m.node, column)
            )
        )
    )
    # one article linked as x.aspx and x.ASPX (IIS reads both): the first spelling
    first: dict[str, str] = {}
    fallen = _rows_fallen_out(best, members, chains, left_out, pager_at) if pager_at else []
    for url in (*urls, *fallen):
        first.setdefault(url.lower(), url)
    return list(first.values()), shape


def _first_class(node: LexborNode) -> str:
    classes = (node.attributes.get("class") or "").split()
    return classes[0] if classes else ""


def _rows_fallen_out(
    best: _Cluster,
    members: list[_Link],
    chains: dict[int, list[LexborNode]],
    left_out: set[str],
    pager_at: int,
) -> list[str]:
    """Rows in the list's own markup (``div.views-row``) between the list and its pager
    (``pager_at``: the pager's first link) but outside the list's box: a stray closing tag
    ended the box early and the last rows fell out of it."""
    kinds = {
        (item.tag, cls)
        for m in best.links
        if (cls := _first_class(item := _item_of(m, best.node, chains)))
    }
    if not kinds:
        return []
    last = max(m.order for m in best.links)
    inside = best.node.mem_id
    return [
        m.url
        for m in sorted(members, key=lambda m: m.order)
        if last < m.order < pager_at
        and m.url not in left_out
        and all(up.mem_id != inside for up in chains[m.order])
        and not _in_sidebar(m.node)
        and any((up.tag, _first_class(up)) in kinds for up in chains[m.order][:_ROW_DEPTH])
    ]


_ROW_DEPTH = 4  # levels from a link up to its row


def _profile_rows_fallen_out(
    items: list[_Link], all_links: list[_Link], pager_links: list[_Link]
) -> list[str]:
    """The profile's items' rows that fell out of the box its selector names (see
    :func:`_rows_fallen_out`), in the items' URL shape."""
    box = _common_container([link.node for link in items])
    if box is None or len(items) < 2:
        return []
    ids = {link.node.mem_id for link in items}
    own = [link for link in all_links if link.node.mem_id in ids]
    shapes = {url_shape(link.url) for link in own}
    members = [link for link in all_links if url_shape(link.url) in shapes]
    chains = {link.order: _ancestors(link.node) for link in members}
    pager_at = min(link.order for link in pager_links)
    known = {link.url for link in own}
    # (``known`` left out: only rows past the profile's own items)
    return list(
        dict.fromkeys(_rows_fallen_out(_Cluster(box, own), members, chains, known, pager_at))
    )


def _other_shaped_items(
    best: _Cluster,
    shape: str,
    links: list[_Link],
    exclude: set[str],
    chains: dict[int, list[LexborNode]],
    within: dict[int, set[int]],
) -> list[_Link]:
    """Items of the list whose links all have another URL shape: old items migrated under
    other URLs, a video or photo story among the news (/video/…, /anh/… beside /tin-tuc/…),
    one or several. Only items of the list's own markup with a headline count (a category
    label in each item, or an item's related links, share the list but not its items)."""
    kinds = {_item_kind(m, best.node, chains) for m in best.links}
    own_items = {_item_of(m, best.node, chains).mem_id for m in best.links}
    found: list[_Link] = []
    others: dict[int, list[_Link]] = defaultdict(list)  # item → its links of other shapes
    by_node = {link.node.mem_id: link for link in links}
    for a in best.node.css("a[href]"):  # the list's links, whatever their shape
        link = by_node.get(a.mem_id)
        if link is None or link.url in exclude:
            continue
        if link.order not in chains:
            chains[link.order] = _ancestors(link.node)
        item = _item_of(link, best.node, chains)
        if item.mem_id not in own_items and url_shape(link.url) != shape:
            others[item.mem_id].append(link)
    for item_links in others.values():
        if _promo_card(_item_of(item_links[0], best.node, chains)):
            continue
        stories = {
            m.url
            for m in item_links
            if len(m.text.split()) >= _MERGED_WORDS
            and _kind_among(_item_kind(m, best.node, chains), kinds)
        }
        for m in item_links:
            if m.url in stories:  # (its picture too; not the item's category label)
                within.setdefault(m.order, {m.node.mem_id} | {n.mem_id for n in chains[m.order]})
                found.append(m)
    return found


# a promotion's class among the items' ("post-card post-card--promo", "item sponsored")
_PROMO_CLASS = re.compile(r"promo|sponsor|advert|quang-?cao|(?:^|[\s_-])ads?(?:$|[\s_-])")


def _promo_card(item: LexborNode) -> bool:
    """A promotion in the items' own markup (an online service's card after the fourth
    post): marked so by its class, and showing no date where the posts show theirs."""
    if not _PROMO_CLASS.search((item.attributes.get("class") or "").lower()):
        return False
    return item.css_first("time") is None and not find_dates(item.text(separator=" "))


def _buttons_among_items(best: _Cluster, chains: dict[int, list[LexborNode]]) -> set[str]:
    """Links of the list's URL shape that are no item: a "Gửi câu hỏi" button
    (/hoi-dap/gui-cau-hoi beside /hoi-dap/<question>) in a box unlike the items, with no
    headline in it or elsewhere in the list."""
    headlines = [m for m in best.links if _headline_like(m.text)]
    if not headlines:
        return set()  # links without text (an aria-label on each card): nothing to compare
    kinds = {_item_kind(m, best.node, chains) for m in headlines}
    headed = {_item_of(m, best.node, chains).mem_id for m in headlines}
    named = {m.url for m in headlines}
    return {
        m.url
        for m in best.links
        if m.url not in named
        and _item_of(m, best.node, chains).mem_id not in headed
        and _item_kind(m, best.node, chains) not in kinds
    }


def _same_listing(url: str, page_url: str) -> bool:
    """``url`` is the listing ``page_url`` is a page of (any page, or its bare URL)."""
    a, b = urlsplit(url), urlsplit(page_url)
    return (
        a.netloc == b.netloc
        and _page_base(a.path) == _page_base(b.path)
        and _non_page(parse_qsl(a.query)) == _non_page(parse_qsl(b.query))
    )


def _same_or_sub_listing(url: str, page_url: str) -> bool:
    """``url`` is this listing or one of its sub-categories ("Giáo dục mầm non" at
    ``/category/tin-giao-duc/giao-duc-mam-non/`` on ``/category/tin-giao-duc/page/4/``)."""
    if _same_listing(url, page_url):
        return True
    a, b = urlsplit(url), urlsplit(page_url)
    base = _page_base(b.path)
    return a.netloc == b.netloc and len(base) > 1 and _page_base(a.path).startswith(base)


def _pinned_from_elsewhere(
    best: _Cluster, chains: dict[int, list[LexborNode]], links: list[_Link], page_url: str
) -> set[str]:
    """Articles of the list whose item names another category while most items name this
    one ("Tiêu điểm" stories of other sections pinned atop every page of each section):
    not this listing's. Items naming no category, or a list of items naming sub-sections
    (a parent category's page), are kept."""
    item_of = {link.order: _item_of(link, best.node, chains) for link in best.links}
    items = {item.mem_id: item for item in item_of.values()}
    articles: dict[int, set[str]] = defaultdict(set)
    for link in best.links:
        articles[item_of[link.order].mem_id].add(link.url)
    names: dict[int, set[bool]] = defaultdict(set)  # item → names this listing? (per label)
    for link in links:
        if not link.text or len(WORD_RE.findall(link.text)) > _SECTION_WORDS:
            continue
        for up in ancestors(link.node, 6):
            if up.mem_id in items:
                if link.url not in articles[up.mem_id]:
                    names[up.mem_id].add(_same_or_sub_listing(link.url, page_url))
                break
    own = sum(1 for named in names.values() if True in named)
    other = [key for key, named in names.items() if named == {False}]
    if own < 2 or own <= len(other):
        return set()
    return {url for key in other for url in articles[key]}


_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _in_related_box(link: _Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> bool:
    """Inside ``box``, in an element headed "Tin liên quan", "Bài viết khác"…"""
    for up in chains[link.order]:
        if up.mem_id == box.mem_id:
            return False
        if RELATED_HEADINGS_RE.match(clean_text(up.text(separator=" "))[:80]):
            return True
    return False


_SEE_ALSO = re.compile(r"(?i)^\s*(?:xem|đọc)\s+thêm\s*[:：]")


def _see_also(link: _Link) -> bool:
    """A link an item's text introduces with "Xem thêm:" (another story, perhaps an
    older spelling of one the list holds in its own row), not the item itself."""
    parent = link.node.parent
    if parent is None:
        return False
    text = clean_text(parent.text(separator=" "))
    return bool(_SEE_ALSO.match(text)) and len(text) > len(clean_text(link.text)) + 5


def _links_of_no_item(
    best: _Cluster,
    ordered: list[_Link],
    within: dict[int, set[int]],
    chains: dict[int, list[LexborNode]],
) -> set[int]:
    """Links (their ``order``) of the list's box that are no item: in a list nested in an
    item under the item's own headline (an unheaded "related" <ul> under each story); in a
    "Tin liên quan:" box between two items (other stories, or items further down linked
    ahead of their place); in a box set among the items, unlike them, with a short title of
    its own ("TIÊU ĐIỂM", "Phóng sự ảnh", "Video": a pick or another medium, the same on
    every page) or holding only "Xem thêm tin …" links to other lists."""
    inside = [m for m in ordered if best.node.mem_id in within[m.order]]
    item_of = {m.order: _item_of(m, best.node, chains) for m in inside}
    heads = [m for m in inside if _in_headline(m, chains)]
    headed = {item_of[m.order].mem_id for m in heads}
    own = {m.order for m in heads}
    found: set[int] = set()
    if len({m.url for m in heads}) >= 2:  # (items headed by their own headlines)
        for m in inside:
            item = item_of[m.order]
            if m.order in own:
                continue
            if (item.mem_id in headed and _in_sub_list(m, best.node, chains)) or (
                item.mem_id not in headed and _related_box(item)
            ):
                found.add(m.order)
    items = {n.mem_id: n for n in item_of.values()}
    if len(items) < 3:
        return found
    by_item: dict[int, list[_Link]] = defaultdict(list)
    for m in inside:
        by_item[item_of[m.order].mem_id].append(m)
    # (items alike share the tag and first class: "item odd" and "item even" are one kind)
    kinds = {key: (n.tag, _first_class(n)) for key, n in items.items()}
    usual = Counter(kinds.values()).most_common(1)[0][0]
    for key, box_links in by_item.items():
        if kinds[key] != usual and (
            _short_titled(items[key], {k.text for k in box_links})
            or all(_MORE_LINK.match(k.text) for k in box_links)
        ):
            found.update(k.order for k in box_links)
    return found


def _short_titled(box: LexborNode, headlines: set[str]) -> bool:
    """A box with a title of a few words ("Tiêu điểm", "Video") of its own, not the
    headline of a story it links (``headlines``: its links' words)."""
    for t in box.css('h2, h3, h4, h5, h6, [class*="title" i]'):
        words = clean_text(t.text(separator=" "))
        if 0 < len(words.split()) < _MERGED_WORDS and words not in headlines:
            return True
    return False


def _related_box(node: LexborNode) -> bool:
    """A box named, by its class or its first words, for related stories."""
    if _RELATED_CLASS.search(node.attributes.get("class") or ""):
        return True
    return bool(RELATED_HEADINGS_RE.match(node.text(deep=True)[:40]))


# a list's class saying it holds related stories: "news-related", "tinlienquan", "tlq"
_RELATED_CLASS = re.compile(r"relat|lien-?quan|(?<![^\W_])tlq(?![^\W_])", re.I)


def _in_sub_list(link: _Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> bool:
    """In a list of related stories nested inside a list item, named so by its class (a
    sub-category block's list under its top story is the listing's own)."""
    for up in chains[link.order]:
        if up.mem_id == box.mem_id or up.parent is None or up.parent.mem_id == box.mem_id:
            return False  # up to the item, not the list itself
        if up.tag in ("ul", "ol", "div") and _RELATED_CLASS.search(
            up.attributes.get("class") or ""
        ):
            return True
    return False


def _in_headline(link: _Link, chains: dict[int, list[LexborNode]]) -> bool:
    """A link in a heading (<h3><a>Title</a></h3>): an item's own headline."""
    return any(up.tag in _HEADLINE_TAGS for up in chains[link.order][:2])


# the side a twin column names ("col-left" beside "col-right", "cot-trai" / "cot-phai")
_COLUMN_SIDE = re.compile(r"(?<![^\W_])(?:left|right|trai|phai|odd|even)(?![^\W_])", re.I)


# a box's state, not its kind: the open panel of an accordion, the active tab
_STATE_CLASS = re.compile(
    r"(?<![^\W_])(?:show|in|active|open|current|expanded|collapsed)(?![^\W_])", re.I
)


def _column_kind(cls: str) -> str:
    return _COLUMN_SIDE.sub("@", _DIGITS.sub("#", _STATE_CLASS.sub("", cls))).strip()


def _twin_columns(a: LexborNode, b: LexborNode, levels: int = 3) -> bool:
    """Two lists in twin boxes: the same tags and classes on the way up to a common
    parent, a few levels at most (one list split into columns, not a sidebar's list)."""
    for _ in range(levels):
        # classless boxes (old table layouts) are alike whatever they hold; numbered
        # classes are one kind ("article_column column1" beside "… column2")
        cls = _column_kind(a.attributes.get("class") or "")
        if not cls or a.tag != b.tag or cls != _column_kind(b.attributes.get("class") or ""):
            return False
        # (a landing page's sections of one class, named apart: SECTION_MENU, SECTION_LIST)
        a_id, b_id = a.attributes.get("id"), b.attributes.get("id")
        if a_id and b_id and _column_kind(a_id) != _column_kind(b_id):
            return False
        a_up, b_up = a.parent, b.parent
        if a_up is None or b_up is None:
            return False
        if a_up.mem_id == b_up.mem_id:
            # (boxes meeting only in the page's wrapper are its stacked sections: a
            # landing page's menu, list and highlights, not one list's columns)
            return not _page_wrapper(a_up)
        a, b = a_up, b_up
    return False


def _page_wrapper(node: LexborNode) -> bool:
    """<body> or the one box right under it that wraps the whole page."""
    return node.tag in ("body", "html") or (node.parent is not None and node.parent.tag == "body")


def _grid_rows(a: LexborNode, b: LexborNode) -> bool:
    """Two rows of one table: a grid of stories, three to a row, is one list."""
    return (
        a.tag == b.tag == "tr"
        and a.parent is not None
        and a.parent.mem_id == getattr(b.parent, "mem_id", None)
    )


_SIDEBAR = re.compile(
    # (not a layout that has one: Olivero's "sidebar-grid", "has-sidebar", "no-sidebar")
    r"(?<!has-)(?<!with-)(?<!no-)sidebar(?!-?(?:grid|layout|wrap|container)\b)"
    r"|side-?col|col-?side|region-?-?(?:left|right)\b|right-?col|left-?col"
    # DotNetNuke's and WebForms templates' panes beside the ContentPane
    r"|(?:left|right)-?pane"
)


def _in_sidebar(node: LexborNode) -> bool:
    """An <aside> or a sidebar column (by its class or id), or inside one."""
    # (bounded: deep junk stays cheap)
    return _is_sidebar(node) or any(_is_sidebar(up) for up in _ancestors(node))


def _in_aside(node: LexborNode) -> bool:
    return any(up.tag == "aside" for up in (node, *_ancestors(node)))


def _is_sidebar(node: LexborNode) -> bool:
    """An <aside> or a sidebar column (by its class or id). An <aside> holding one story
    under its own big heading is no sidebar: page 1's newest story in full above "Các bài
    khác" (Pelican's ``<aside id="featured"><article><h1>``)."""
    if node.tag in ("body", "html"):
        return False  # Drupal's <body class="one-sidebar sidebar-first">: the layout, no column
    attrs = node.attributes
    if node.tag == "aside":
        stories = node.css("article")
        return len(stories) != 1 or stories[0].css_first("h1, h2") is None
    return bool(_SIDEBAR.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()))


def _ancestor_ids(node: LexborNode) -> set[int]:
    """ids of ``node`` and everything above it (as far as _ancestors looks)."""
    return {node.mem_id} | {n.mem_id for n in _ancestors(node)}


def _featured_before(
    column: LexborNode,
    members: list[_Link],
    within: dict[int, set[int]],
    *,
    first_page: bool = False,
) -> set[str]:
    """A top story laid out just before the list: one article, with a picture or summary
    (and an untitled list of sub-stories of the list's kind between it and the list); or a
    highlights box ("Tin nổi bật") sharing stories with the list, which puts them first in
    page order."""
    found: set[str] = set()
    listed = {m.url for m in members if column.mem_id in within[m.order]}
    shapes = {url_shape(u) for u in listed}
    held: set[str] = set()  # sub-stories, kept only if a top story sits above them
    sibling, seen = column.prev, 0
    while sibling is not None and seen < 2:
        if sibling.tag not in ("-text", "-comment"):
            if _is_sidebar(sibling) or sibling.tag in ("td", "th") or floated(sibling):
                # a left sidebar's "Tin mới" names the list's stories too (a sidebar by its
                # class, a table cell beside the list's, a box floated beside it)
                break
            seen += 1
            inside = [m for m in members if sibling.mem_id in within[m.order]]
            urls = {m.url for m in inside}
            if len(urls) > 1 and _leads_to_its_own_listing(
                sibling, {m.node.mem_id for m in inside}
            ):
                # a hub's lead and section boxes, the same on every page: only a story the
                # list holds too keeps its place first (page 1's newest)
                found |= urls & listed
                sibling = sibling.prev
                continue
            if len(urls) > 1 and urls & listed:
                # a highlights box naming stories of this list (and a few flagged out of it)
                found |= urls
            elif len(urls) > 1:
                same_kind = {url_shape(u) for u in urls} <= shapes
                if first_page and same_kind and not held and _newest_part(sibling):
                    # page 1 in two parts, "Tin mới" above "Tin cũ hơn" (the pager pages
                    # the second): the newest stories head the list; later pages repeat them
                    found |= urls
                    break
                if held or _titled(sibling) or not same_kind:
                    break  # another list ("Tin xem nhiều" above the list)
                if _opens_with_a_top_story(sibling, inside):
                    found |= urls  # page 1's featured block: a top story and sub-stories
                    break
                held = urls
                sibling = sibling.prev
                continue
            if inside and _headline_like(max((m.text for m in inside), key=len)):
                linked = sum(len(m.text) for m in inside)
                summary = len(clean_text(sibling.text(separator=" "))) - linked
                if summary >= _TEASER_CHARS or sibling.css_first("img") is not None:
                    found.add(inside[0].url)
                    found |= held
        sibling = sibling.prev
    return found


def _opens_with_a_top_story(box: LexborNode, inside: list[_Link]) -> bool:
    """The box's first story is a top story: its headline in a heading, with a picture and
    a summary of its own (the big story of a featured block, sub-stories beside it)."""
    headed = ((m, n) for m in inside for n in _ancestors(m.node)[:2] if n.tag in _HEADLINE_TAGS)
    first, heading = next(headed, (None, None))
    if first is None or heading is None or first.url != inside[0].url:
        return False  # (its picture may link it first)
    story = heading.parent
    if story is None or story.mem_id == box.mem_id or story.css_first("img") is None:
        return False
    linked = sum(len(clean_text(a.text(separator=" "))) for a in story.css("a"))
    return len(clean_text(story.text(separator=" "))) - linked >= _TEASER_CHARS


def _more_before_pager(
    column: LexborNode, members: list[_Link], within: dict[int, set[int]], pager_ids: set[int]
) -> set[str]:
    """An untitled list of more stories between the list and its pager (Joomla's
    "items-more" titles under the blog's items), or one titled "Các tin khác" (the next
    items as titles only): the listing's too, since the pager pages past them."""
    boxes: list[LexborNode] = []
    # (the list's last box may close a wrapper the pager follows: go on after the wrapper)
    for node in (column, *ancestors(column, _MORE_CLIMB)):
        if node.tag in ("body", "html"):
            break
        sibling = node.next
        while sibling is not None:
            if sibling.mem_id in pager_ids:  # the pager's box: everything before it counts
                found: set[str] = set()
                for box in boxes:
                    found |= {m.url for m in members if box.mem_id in within[m.order]}
                return found
            if sibling.tag not in ("-text", "-comment"):
                if _titled(sibling, allow=_MORE_OF_THE_LIST):
                    return set()
                boxes.append(sibling)
            sibling = sibling.next
    return set()


_MORE_CLIMB = 2


_NEWEST_TITLE = re.compile(r"(?i)\s*(?:tin\s+mới(?:\s+nhất)?|mới\s+nhất|latest(?:\s+news)?)\s*")


def _newest_part(box: LexborNode) -> bool:
    """A box that opens with the title "Tin mới" / "Mới nhất": the newest part of a list
    shown in two parts ("Tin mới" above "Tin cũ hơn")."""
    first = next((c for c in box.iter() if c.tag not in ("-text", "-comment")), None)
    return (
        first is not None
        and first.tag in ("h2", "h3", "h4", "h5", "h6")
        and bool(_NEWEST_TITLE.fullmatch(first.text(strip=True)))
    )


def _in_newest_part(node: LexborNode) -> bool:
    return any(_newest_part(n) for n in (node, *ancestors(node, 2)))


def _leads_to_its_own_listing(box: LexborNode, items: set[int]) -> bool:
    """A section's box on a hub page: its heading links its section, or a "Xem thêm" to it
    closes it (<h3><a href="/tin-tuc/chinh-tri">Chính trị</a></h3> … "Xem thêm"), neither
    link one of the stories (``items``: the mem_ids of the story links)."""
    for a in box.css("a[href]"):
        if a.mem_id in items:
            continue
        text = clean_text(a.text(separator=" "))
        if _MORE_LINK.match(text) and len(text.split()) <= 6:
            return True
        up = a.parent
        if up is not None and up.tag in ("h2", "h3", "h4", "h5", "h6") and len(text.split()) <= 5:
            return True
    return False


# A box's own title naming a pick of stories, not a category's run of them
_HIGHLIGHT_TITLE = re.compile(
    r"(?i)nổi\s+bật|tiêu\s+điểm|xem\s+nhiều|đọc\s+nhiều|được\s+quan\s+tâm|\bhot\b|featured"
)
_W_HIGHLIGHTS = 0.5


def _highlights(box: LexborNode) -> bool:
    """The list's box is titled as a pick of stories (a heading in it, or right before it)."""
    heading = element_sibling(box, "prev")
    titles = [*box.css("h2, h3, h4, h5, h6")]
    if heading is not None and heading.tag in ("h2", "h3", "h4", "h5", "h6"):
        titles.append(heading)
    return any(
        t.css_first("a") is None and _HIGHLIGHT_TITLE.search(t.text(strip=True)) for t in titles
    )


def _titled(box: LexborNode, allow: re.Pattern[str] | None = None) -> bool:
    """A box with a title of its own ("Tin nổi bật"), as other lists have: an unlinked
    heading or title element (other than one ``allow`` matches)."""
    for node in box.css('h2, h3, h4, h5, h6, [class*="title" i]'):
        if (
            node.css_first("a") is None
            and not _inside_link(node)
            and node.text(strip=True)
            and not (allow and allow.fullmatch(clean_text(node.text(separator=" "))))
        ):
            return True
    return False


# "Các tin khác", "Tin khác", "Các bài viết khác": more of the same list
# ("Tin đã đưa" under a front page's cards: the stories published before them)
_MORE_OF_THE_LIST = re.compile(r"(?i)(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|đã\s+đưa)\s*:?")


_SECTION_WORDS = 5  # "Quốc phòng - An ninh", "Văn hóa - Thể thao": a menu entry, no headline


def parse_listing(
    html: str, url: str, profile: str | Profile | None = None, *, article_shape: str | None = None
) -> ListingPage:
    """Article links and pagination of a listing page.

    ``article_shape``: the URL shape of the articles on another page of the same
    listing (``ListingPage.article_shape``), which settles a page with one item.
    """
    tree = LexborHTMLParser(html)
    if isinstance(profile, str):
        prof: Profile | None = get_profile(profile)
    elif profile is None:
        prof = detect_profile(tree, html, url).profile
    else:
        prof = profile
    base = tree.css_first("base[href]")
    url_base = canonicalize(base.attributes.get("href") or "", url) if base is not None else url
    page = ListingPage(url=url)
    all_links = _links(tree, url_base)
    pager_sel = prof.listing.get("pagination", ()) if prof else ()
    # a cache's copy whose <base href> sends its links to the original: paged as the original
    orig = archived_original(url) if base is not None else None
    # (in the links' own spelling: a replay's "…/https://host/…" reads "…/https:/host/…")
    paged_as = orig if orig and same_site(url_base, host_of(orig)) else _canonical(url)
    page.page_urls, pager_links = _pagination(all_links, paged_as, page.page_numbers)
    own_key = listing_key(paged_as)
    for sel in (*pager_sel, *(prof.listing.get("next", ()) if prof else ())):
        for link in _links(tree, url_base, (sel,)):
            if (
                link.url not in page.page_urls
                and listing_key(link.url) != own_key
                and not _marked_current(link.node)
            ):
                page.page_urls.append(link.url)
                pager_links.append(link)
    shown: list[int | None] = []  # the number the pager shows for this page, read once

    def current_number() -> int | None:
        if not shown:
            shown.append(_current_number(pager_links, own_key, url))
        return shown[0]

    # this page, the pages it links to, and their directory-index twins
    pager_urls = {link.url for link in pager_links} | {url}  # each once: a pager repeats them
    exclude = {alias for u in pager_urls for alias in _self_aliases(u)}
    item_sel = prof.listing.get("items", ()) if prof else ()
    if item_sel:
        items = [link for link in _links(tree, url_base, item_sel) if link.url not in exclude]
        # The profile's item markup may match a sidebar's list too (a second Drupal view);
        # matching only a sidebar's, it missed the page's own list (Drupal 7's node teasers
        # of a term page): the list is read as on any page
        items = [link for link in items if not _in_sidebar(link.node)]
        page.article_urls = list(dict.fromkeys(link.url for link in items))
        if page.article_urls and pager_links:
            page.article_urls += _profile_rows_fallen_out(items, all_links, pager_links)
    if not page.article_urls:
        # Menus never hold the list (a mega menu of 30 departments looks like one); kept
        # only when nothing else is left.
        menus = {n.mem_id for n in tree.css(NAVIGATION)}
        in_menu = [bool(menus & _ancestor_ids(link.node)) for link in all_links]
        listed = [link for link, m in zip(all_links, in_menu, strict=True) if not m] or all_links
        # "Nguồn: <a>Cổng TTĐT tỉnh</a>" under an item credits where it was first published;
        # an ad card (/quang-cao/…) or a closed quick-view <dialog> is no item either
        closed = {n.mem_id for n in tree.css("dialog:not([open])")}
        listed = [
            link
            for link in listed
            if not _credits_a_source(link.node)
            and not _AD_PATH.search(urlsplit(link.url).path)
            and not (closed and closed & _ancestor_ids(link.node))
        ]
        # A menu's short entries are sections: a list item's category label ("Du lịch")
        # may share the articles' URL shape (/tin-tuc/du-lich beside /tin-tuc/ten-bai).
        # (A mega menu's stories have headlines: they may be the list's too.)
        # A picture link has no words: the menu's story beside it names what it is.
        menu_links = [link for link, m in zip(all_links, in_menu, strict=True) if m]
        words = [len(WORD_RE.findall(link.text)) for link in menu_links]
        stories = {
            link.url for link, n in zip(menu_links, words, strict=True) if n > _SECTION_WORDS
        }
        sections = {
            link.url
            for link, n in zip(menu_links, words, strict=True)
            if n <= _SECTION_WORDS and link.url not in stories
        }
        page.article_urls, page.article_shape = _article_links(
            listed,
            exclude | set(page.page_urls) | (sections if len(listed) < len(all_links) else set()),
            article_shape,
            pager_links[0].node if pager_links else None,
            url,
            first_page=current_number() == 1,
            pager_at=min((link.order for link in pager_links), default=None),
        )
    text = _page_text(tree, html)
    if page.article_urls and EMPTY_LIST_RE.search(text):
        # "Không có dữ liệu" where the list should be (a page past the end): the links
        # left are a sidebar's, not this listing's
        chosen = set(page.article_urls)
        if all(_in_sidebar(link.node) for link in all_links if link.url in chosen):
            page.article_urls = []
    # "Trang 2 / 9" (a page number never above the count)
    counts = list(PAGE_OF_RE.finditer(text))
    m = next((m for m in counts if int(m["cur"]) <= int(m["total"])), None)
    if m is None and counts and not page.article_urls:
        m = counts[0]  # a page past the end says where it is: "Trang 15/12"
    m = m or _labelled_page_count(pager_links) or _count_around_a_page_box(tree)
    if m:
        page.current_page, page.total_pages = int(m.group("cur")), int(m.group("total"))
    else:
        page.current_page = current_number()
        if page.current_page is None and not pager_links and page.article_urls:
            page.current_page = _selected_in_a_script_pager(tree)
        total = TOTAL_PAGES_RE.search(text)
        if total and (page.current_page or 1) <= int(total["total"]):
            page.total_pages = int(total["total"])
    if not page.page_urls:
        page.postback = next_postback(tree, url, page.current_page, page.total_pages)
    if page.article_urls and not page.page_urls and page.postback is None:
        page.script_pager = _script_pager(tree, page)
    if not page.article_urls and not page.page_urls:
        page.forward = forward_target(tree, url_base)
        if len(text) < REFUSAL_MAX_CHARS:
            title = tree.css_first("title")
            lines = tree.body.text(separator="\n").split("\n") if tree.body is not None else []
            page.refused = refusal_notice(tree, title.text() if title is not None else "", lines)
    return page


_AD_PATH = re.compile(r"/(?:quang-?cao|qc|tai-?tro|sponsored|advertis\w*|ads?)/", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"(?i)(?:nguồn(?:\s+tin)?|theo|source)\s*[:：]\s*$")


def _labelled_page_count(pager_links: list[_Link]) -> re.Match[str] | None:
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


_PAGE_BOX = 'form input[type="text" i][value], form input[type="number" i][value]'


def _count_around_a_page_box(tree: LexborHTMLParser) -> re.Match[str] | None:
    """ "Trang [12] / 23": the page shown in a jump box's value, the count after it (or
    Omeka's box labelled "Trang" for screen readers, "trên 9" in the next element)."""
    for box in tree.css(_PAGE_BOX):
        value = (box.attributes.get("value") or "").strip()
        before, after = box.prev, box.next
        if not value.isdecimal() or after is None:
            continue
        said = box.attributes.get("aria-label") or ""
        if before is not None and before.tag == "-text":
            said = f"{before.text()} {said}"
        m = PAGE_OF_RE.search(f"{said} {value} {after.text()}")
        if m and int(m["cur"]) <= int(m["total"]):
            return m
    return None


def _credits_a_source(node: LexborNode) -> bool:
    """The link follows a "Nguồn:" label: the original of an item, not an item."""
    before = node.prev
    return before is not None and bool(_SOURCE_BEFORE.search(before.text(deep=True)[-40:]))


# A control that would show the next items: "Trang sau", "Xem thêm", "Tải thêm tin".
_MORE_CONTROL = re.compile(
    r"(?i)trang\s+(?:sau|tiếp(?:\s+theo)?)|tiếp(?:\s+theo)?|next(?:\s+page)?|"
    r"(?:xem|tải)\s+(?:tiếp|thêm)(?:\s+(?:tin|bài(?:\s+viết)?))?|load\s+more|"
    r"(?:bài|tin)\s+cũ\s+hơn|older\s+posts?"
)


def _script_pager(tree: LexborHTMLParser, page: ListingPage) -> str | None:
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


def _current_number(pager_links: list[_Link], own_key: str, page_url: str) -> int | None:
    """The page number the pager shows as text, not as a link (the current page), or as
    a link to this very page ("<a class="active" href="?p=3">3</a>")."""
    for link in pager_links:
        # (Drupal's "<a href="?page=1"><span>Trang hiện tại</span>2</a>")
        text = _SCREEN_READER_WORDS.sub("", link.text.strip())
        if text.isdecimal() and (
            listing_key(link.url) == own_key
            or _marked_current(link.node)
            or _first_page_spelled(link, page_url)
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
            if (text.isdecimal() or shown) and _no_real_link(node) and not _inside_link(node):
                return int(text) if shown is None else _range_page(shown, pager_links)
    for parent in boxes.values():
        # "Các trang: 1 <a>2</a> <a>3</a>": the current number as bare text by its neighbours
        for node in parent.iter(include_text=True):
            if node.tag != "-text":
                continue
            # (Laminas' "<a>2</a> | 3 | <a>4</a>": separators around it are no words)
            words = [w for w in (node.text() or "").split() if w not in _SEPARATOR_MARKS]
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
                if m and not _inside_link(node):
                    return int(m.group(1))
    return None


_SEPARATOR_MARKS = frozenset({"|", "·", "•", "-", "–", "/", ","})


# A pager a script drives (every number links "#": Kendo UI, DataTables): the box, and the
# number it marks as the page shown
_SCRIPT_PAGERS = (
    '[class*="pager" i], [class*="pagination" i], [class*="paging" i], '
    'nav[role="navigation"][aria-label*="trang" i]'  # Livewire's pager of buttons
)
_SELECTED = '[class*="selected" i], [class*="current" i], [class*="active" i], [aria-current]'


def _selected_in_a_script_pager(tree: LexborHTMLParser) -> int | None:
    """The number a pager of "#" links marks as selected (Kendo's ``k-state-selected``)."""
    for box in tree.css(_SCRIPT_PAGERS):
        numbers = [a for a in box.css("a, button") if a.text(strip=True).isdecimal()]
        if len(numbers) < 2 or any(a.tag == "a" and _page_href(a) for a in numbers):
            continue  # (a pager of real links was read already, or is no pager)
        for node in box.css(_SELECTED):
            text = node.text(strip=True)
            if text.isdecimal() and not _inside_link(node) and node.css_first("a, button") is None:
                return int(text)
    return None


def _page_href(a: LexborNode) -> bool:
    """The link goes somewhere (not "#", not ``javascript:void(0)``)."""
    href = (a.attributes.get("href") or "").strip()
    return bool(href) and href != "#" and not _GOES_NOWHERE.match(href)


def _range_page(shown: tuple[int, int], pager_links: list[_Link]) -> int:
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


def _inside_link(node: LexborNode) -> bool:
    return any(up.tag == "a" for up in ancestors(node, 3))
