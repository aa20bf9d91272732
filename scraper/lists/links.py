"""The links of a listing page: anchors, page menus, jump boxes and button pagers as
resolved on-site URLs, and the URL shapes that group them.

Pure functions over a parsed page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import ancestors
from ..normalize import clean_text, ensure_nfc
from ..urls import (
    archived_original,
    canonicalize,
    host_of,
    same_organisation,
    unwrap_redirect,
)
from ..vocab import (
    ATTACHMENT_RE,
    FEED_RE,
    PAGE_PATH_RE,
    UNIT_FOLDER_RE,
)

DIGITS = re.compile(r"\d+")
PAGE_KEYS = frozenset(
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
IDENTITY_KEYS = frozenset(
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
SIZE_KEYS = frozenset(
    {"limit", "size", "pagesize", "page_size", "per_page", "perpage", "items_per_page", "delta"}
)
VIEW_KEYS = SIZE_KEYS | frozenset(
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
class Link:
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
    # (a key written without a value is the value: e107's "?extend.851", "?cat.3.10")
    keys = sorted(
        {
            _query_path(DIGITS.sub("#", k.lower())) if not v else k.lower()
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
        }
    )
    path = _key_values_masked(DIGITS.sub("#", parts.path.lower()))
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


def _query_path(key: str) -> str:
    """A valueless key that is a path (Dotclear's "?post/2026/01/14/Slug"): its leaf
    masked as a path's is, so sibling posts share it; a slug before an id leaf too
    (Liferay's "chi-tiet-tin?/ten-bai-viet/39427549")."""
    head, sep, leaf = key.rstrip("/").rpartition("/")
    if not sep or not leaf:
        return key
    if leaf != "#":
        return f"{head}/*"
    folder, sep, slug = head.rpartition("/")
    return f"{folder}/*/#" if sep and "-" in slug and slug.strip("-#") else key


# Keys of a path written as key/value pairs (Huế's portals: /tid/<slug>/newsid/<GUID>/cid/
# <GUID>): the value after each varies between siblings as a query's values do
_PATH_KEYS = frozenset({"tid", "newsid", "cid", "catid", "itemid", "articleid", "nid"})


def _key_values_masked(path: str) -> str:
    """``path`` with the value after each key masked, when two or more keys show it is
    written as key/value pairs."""
    segments = path.split("/")
    if sum(seg in _PATH_KEYS for seg in segments) < 2:
        return path
    return "/".join(
        "*" if i and segments[i - 1] in _PATH_KEYS else seg for i, seg in enumerate(segments)
    )


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


def collect_links(tree: LexborHTMLParser, base: str, selectors: tuple[str, ...] = ()) -> list[Link]:
    # One selector group: matches come back once each, in document order.
    nodes = tree.css(", ".join(selectors) if selectors else "a[href]")
    out: list[Link] = []
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
        # (an icon-only arrow says what it is in its title or aria-label: "Trang cuối"; an
        # image arrow in its picture's short alt, no headline: "Trang cuối", "Đầu")
        text = (
            clean_text(a.text(separator=" "))
            or clean_text(attrs.get("title") or attrs.get("aria-label") or "")
            or _arrow_alt(a)
        )
        out.append(Link(url, text, a, order))
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
                    out.append(Link(url, option.text(strip=True), option, order))
                    order += 1
        for button in tree.css('button[onclick*="location" i]'):
            # <button onclick="location.href='?page=3'">3</button>: a pager of buttons
            m = _ONCLICK_GOTO.search(button.attributes.get("onclick") or "")
            url = _page_link(m["url"].strip(), base, host) if m else None
            if url is not None:
                out.append(Link(url, clean_text(button.text(separator=" ")), button, order))
                order += 1
        out += _form_menu_links(tree, base, host, order)
    return out


def _arrow_alt(a: LexborNode) -> str:
    """The alt text of the one picture a link holds, when it is a few words (an arrow)."""
    img = a.css_first("img[alt]")
    alt = clean_text(img.attributes.get("alt") or "") if img is not None else ""
    return alt if 0 < len(alt.split()) <= _ARROW_WORDS else ""


_ARROW_WORDS = 3  # "Trang cuối", "Trang sau": a headline's alt is longer


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


def _form_menu_links(tree: LexborHTMLParser, base: str, host: str, order: int) -> list[Link]:
    """A page menu in a GET form ("Đến trang [2 ▾] [Đi]"): each number is the URL the form
    submits, the form's action with its hidden fields and the menu set to that number.
    Forms with a field to type in (search, "Go To" boxes) are left alone."""
    out: list[Link] = []
    for menu in tree.css("form select[name]"):
        if not _page_menu(menu):
            continue
        form = next((up for up in ancestors(menu, MAX_DEPTH) if up.tag == "form"), None)
        if form is None or (form.attributes.get("method") or "get").strip().lower() != "get":
            continue
        if any(_year_menu(m) for m in form.css("select")):
            continue  # "Xem theo ngày [21▾]/[07▾]/[2025▾]": a date filter, not a pager
        fields = _hidden_fields(form)
        if fields is None:
            continue
        name = menu.attributes["name"] or ""
        for option in menu.css("option"):
            number = option.text(strip=True)
            value = (option.attributes.get("value") or number).strip()
            url = _submitted(form, fields, (name, value), base, host)
            if url is not None:
                out.append(Link(url, number, option, order))
                order += 1
    for box in tree.css('form input[type="number" i][name][max]'):
        links = _goto_box_links(box, base, host, order)
        out += links
        order += len(links)
    out += _form_button_links(tree, base, host, order + len(out))
    return out


def _form_button_links(tree: LexborHTMLParser, base: str, host: str, order: int) -> list[Link]:
    """A pager of submit buttons in a GET form (``<button name="trang" value="3">3</button>``,
    its other fields hidden): each button is the URL the form submits when it is pressed."""
    out: list[Link] = []
    forms: dict[int, tuple[LexborNode, list[tuple[str, str]] | None]] = {}
    for button in tree.css("form button[name][value], form input[type='submit' i][name][value]"):
        name = button.attributes.get("name") or ""
        if param_name(name) not in PAGE_KEYS:
            continue
        form = next((up for up in ancestors(button, MAX_DEPTH) if up.tag == "form"), None)
        if form is None or (form.attributes.get("method") or "get").strip().lower() != "get":
            continue
        if form.mem_id not in forms:
            forms[form.mem_id] = (form, _hidden_fields(form))
        fields = forms[form.mem_id][1]
        if fields is None:
            continue  # a field to type in: a search form
        value = (button.attributes.get("value") or "").strip()
        text = clean_text(button.text(separator=" ")) or (button.attributes.get("value") or "")
        url = _submitted(form, fields, (name, value), base, host)
        if url is not None and value:
            out.append(Link(url, text, button, order))
            order += 1
    return out


def _hidden_fields(form: LexborNode) -> list[tuple[str, str]] | None:
    """The hidden fields a GET form sends, or None when it has a field to type in."""
    fields: list[tuple[str, str]] = []
    for field in form.css("input[name]"):
        kind = (field.attributes.get("type") or "text").strip().lower()
        if kind == "hidden":
            fields.append((field.attributes["name"] or "", field.attributes.get("value") or ""))
        elif kind not in ("submit", "button", "image", "reset"):
            return None
    return fields


_GOTO_PAGES = 1000  # page numbers a "Đi đến trang" box may name (its min and max)


def _goto_box_links(box: LexborNode, base: str, host: str, order: int) -> list[Link]:
    """A "Đi đến trang [2] / 7 [Đi]" GET form: a number box with its least and greatest
    page, the form's other fields hidden. Each page is the URL the form submits with that
    number typed in (Liferay's ``…_cur=N``)."""
    form = next((up for up in ancestors(box, MAX_DEPTH) if up.tag == "form"), None)
    if form is None or (form.attributes.get("method") or "get").strip().lower() != "get":
        return []
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
            out.append(Link(url, str(number), box, order))
            order += 1
    return out


def _submitted(
    form: LexborNode, fields: list[tuple[str, str]], field: tuple[str, str], base: str, host: str
) -> str | None:
    """The URL a GET form submits: its action, the query replaced by its fields."""
    action = ((form.attributes.get("action") or "").strip() or base).split("#")[0].split("?")[0]
    return _page_link(f"{action}?{urlencode([*fields, field])}", base, host)


def page_text(tree: LexborHTMLParser, html: str) -> str:
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


def safe_canonical(url: str) -> str:
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


# Liferay prefixes each portlet's parameters with its namespace:
# _101_INSTANCE_kX3h_delta, _com_liferay_..._AssetPublisherPortlet_INSTANCE_ab_cur.
_PORTLET_NAMESPACE = re.compile(r"^_(?:\d+_instance_[a-z0-9]+|\d+|[a-z0-9_]*?_instance_[a-z0-9]+)_")


def param_name(key: str) -> str:
    """A query parameter's name, lower-cased, without a portlet namespace or a module's
    prefix (CMS Made Simple's "m4f7b2pagenumber" is its News module's "pagenumber")."""
    key = key.lower()
    if key.startswith("_"):
        return _PORTLET_NAMESPACE.sub("", key)
    m = _MODULE_PREFIXED.fullmatch(key)
    return m[1] if m else key


_MODULE_PREFIXED = re.compile(r"m[0-9a-f]{5,6}(pagenumber|pageindex|number|category|returnid)")


def page_base(path: str) -> str:
    """A listing page's path without its page segment or extension: /x/page-2/, /x/,
    /x.html, /x/trang-2.html and /x/index/page:2 → /x/."""
    base = PAGE_PATH_RE.sub("/", path.lower())
    base = _INDEX_ACTION.sub("/", _PARAMS_MARK.sub("", _EXTENSION.sub("", base)))
    return base if base.endswith("/") else base + "/"


_EXTENSION = re.compile(r"(?:/(?:index|default))?\.(?:html?|aspx?|php|jsp)$")
_PARAMS_MARK = re.compile(r"/!(?=/|$)")  # Oqtane's "/!/" before a page's parameters
# a framework's index action before the page's named parameter: CakePHP's
# /tin-tuc/index/page:2 beside /tin-tuc (holdout313)
_INDEX_ACTION = re.compile(r"/index/$")


def non_page(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Query parameters other than the page number, names lower-cased and bare."""
    named = ((param_name(k), v) for k, v in pairs)
    return {k: v for k, v in named if k not in PAGE_KEYS}


def common_container(nodes: list[LexborNode]) -> LexborNode | None:
    """The nearest element holding all ``nodes`` (two or more), else None."""
    if len(nodes) < 2:
        return None
    shared = {n.mem_id for n in link_ancestors(nodes[0])}
    for node in nodes[1:]:
        shared &= {n.mem_id for n in link_ancestors(node)}
    return next((n for n in link_ancestors(nodes[0]) if n.mem_id in shared), None)


def headline_like(text: str) -> bool:
    # ("Xem tất cả tin tháng 12/2026 »" leads to a list, it names no story; a hashtag,
    # "#Chính quyền địa phương 2 cấp", a topic)
    return (
        len(text) >= 20
        and len(text.split()) >= 4
        and not MORE_LINK.match(text)
        and not text.lstrip().startswith("#")
    )


MORE_LINK = re.compile(
    r"\s*(?:(?:xem|tải)\s+(?:tất\s+cả|thêm|tiếp)|see\s+all|view\s+all|load\s+more)\b", re.I
)


MAX_DEPTH = 30  # levels looked up from a link: lists sit a few levels above their links


def link_ancestors(node: LexborNode) -> list[LexborNode]:
    """Parent, grandparent, … (at most MAX_DEPTH: deeply nested junk stays cheap)."""
    return ancestors(node, MAX_DEPTH)


def same_listing(url: str, page_url: str, *, view_aside: bool = False) -> bool:
    """``url`` is the listing ``page_url`` is a page of (any page, or its bare URL).
    ``view_aside``: whatever it sets of how the list is shown (Spring's "1" to
    ``?page=0&size=10`` on the bare address)."""
    a, b = urlsplit(url), urlsplit(page_url)

    def identity(query: str) -> dict[str, str]:
        params = non_page(parse_qsl(query))
        return (
            {k: v for k, v in params.items() if k.lower() not in VIEW_KEYS}
            if view_aside
            else params
        )

    return (
        a.netloc == b.netloc
        and page_base(a.path) == page_base(b.path)
        and identity(a.query) == identity(b.query)
    )


def ancestor_ids(node: LexborNode) -> set[int]:
    """ids of ``node`` and everything above it (as far as link_ancestors looks)."""
    return {node.mem_id} | {n.mem_id for n in link_ancestors(node)}


def inside_link(node: LexborNode) -> bool:
    return any(up.tag == "a" for up in ancestors(node, 3))
