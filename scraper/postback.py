"""ASP.NET postback pagers: the form a browser submits to reach the next listing page.

Ward portals on ASP.NET often page their lists ("Trang 1 / 9  1 2 3 … Go To") only
through ``javascript:__doPostBack('target','argument')`` links: page 2 has no URL
of its own, it is the page's form POSTed back with ``__EVENTTARGET`` and
``__EVENTARGUMENT`` set, carrying the ``__VIEWSTATE`` of the page it came from.
:func:`next_postback` reads that request off a fetched page (pure: HTML in, request
out); the crawl sends it. Such pages get a frontier key of their own,
:func:`postback_key`, so that a walk can resume: the previous page's raw HTML is in
the archive, and the request for the next one is read off it again.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .htmltext import ancestors
from .models import PostbackStep
from .normalize import clean_text
from .urls import canonicalize
from .vocab import NEXT_LINK_RE

_CALL = re.compile(r"""__doPostBack\(\s*['"]([^'"]*)['"]\s*,\s*['"]([^'"]*)['"]\s*\)""")
_KEY = re.compile(r"#postback-page=(\d+)$")
_NEXT_ARROWS = frozenset({"›", "»", ">", ">>", "→", "..."})
# Inputs a browser submits with the form (buttons only when clicked, so never here).
_SUBMITTED = frozenset({"hidden", "text", "", "search", "number", "date"})


def postback_key(base: str, page_no: int) -> str:
    """Frontier key of page ``page_no`` of the postback-paged listing at ``base``."""
    return f"{base.split('#', 1)[0]}#postback-page={page_no}"


def parse_postback_key(key: str) -> tuple[str, int] | None:
    """``(base URL, page number)`` of a :func:`postback_key`, else None."""
    m = _KEY.search(key)
    return (key[: m.start()], int(m.group(1))) if m else None


def previous_key(key: str) -> str | None:
    """The key of the page whose form leads to ``key`` (page 1 is the bare URL)."""
    parsed = parse_postback_key(key)
    if parsed is None:
        return None
    base, n = parsed
    return base if n <= 2 else postback_key(base, n - 1)


def next_postback(
    tree: LexborHTMLParser, url: str, current: int | None, total: int | None
) -> PostbackStep | None:
    """The request for the page after ``current``, when the pager is made of postbacks.

    The next page is the link showing ``current + 1``; failing that a "next" link,
    or the "..." that opens the next block of numbers after the last one shown.
    """
    links = _postback_links(tree)
    if not links:
        return None
    if current is None:
        current = _shown_current(links)
    if current is None or (total is not None and current >= total):
        return None
    chosen = next((lk for lk in links if lk[1] == str(current + 1)), None)
    if chosen is None:
        numeric = [i for i, lk in enumerate(links) if lk[1].isdecimal()]
        shown = [int(links[i][1]) for i in numeric]
        at_end = not shown or current >= max(shown)
        after = numeric[-1] if numeric else -1
        chosen = next(
            (
                lk
                for i, lk in enumerate(links)
                if NEXT_LINK_RE.match(lk[1])
                # "..." after the last number opens the next block ("..." before it goes back)
                or (lk[1] in _NEXT_ARROWS and at_end and i > after)
            ),
            None,
        )
    if chosen is None:
        return None
    node, _, target, argument = chosen
    form = _form_of(tree, node)
    if form is None:
        return None
    action = (form.attributes.get("action") or "").strip() or url
    event = ("__EVENTTARGET", "__EVENTARGUMENT")
    fields = [(k, v) for k, v in _form_fields(form) if k not in event]
    fields += [("__EVENTTARGET", target), ("__EVENTARGUMENT", argument)]
    return PostbackStep(canonicalize(action, url), tuple(fields), current + 1)


def _postback_links(tree: LexborHTMLParser) -> list[tuple[LexborNode, str, str, str]]:
    """Each postback link: its node, its text, and its call's target and argument."""
    links: list[tuple[LexborNode, str, str, str]] = []
    for a in tree.css('a[href*="__doPostBack"]'):
        m = _CALL.search(a.attributes.get("href") or "")
        if m:
            links.append((a, clean_text(a.text(separator=" ")), m.group(1), m.group(2)))
    return links


def shown_postback_number(tree: LexborHTMLParser) -> int | None:
    """The number a postback pager shows as this page's, also where real links page the
    list too (a GridView's numbers over "« Tin mới hơn | Tin cũ hơn »")."""
    links = _postback_links(tree)
    return _shown_current(links) if links else None


def _shown_current(links: list[tuple[LexborNode, str, str, str]]) -> int | None:
    """The unlinked number among the pager's links ("1 [2] 3": 2)."""
    parent = links[0][0].parent
    for _ in range(3):
        if parent is None:
            return None
        for node in parent.css("span, b, strong, font, td, li"):
            text = node.text(strip=True).strip("[]")
            if text.isdecimal() and node.css_first("a") is None and _outside_links(node):
                return int(text)
        parent = parent.parent
    return None


def _outside_links(node: LexborNode) -> bool:
    return all(parent.tag != "a" for parent in ancestors(node))


def _form_of(tree: LexborHTMLParser, node: LexborNode) -> LexborNode | None:
    form = next((parent for parent in ancestors(node) if parent.tag == "form"), None)
    return form if form is not None else tree.css_first("form")  # pager outside the form


def _form_fields(form: LexborNode) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for el in form.css("input[name], select[name], textarea[name]"):
        name = el.attributes.get("name") or ""
        if el.tag == "input":
            kind = (el.attributes.get("type") or "").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in el.attributes:
                    fields.append((name, el.attributes.get("value") or "on"))
            elif kind in _SUBMITTED:
                fields.append((name, el.attributes.get("value") or ""))
        elif el.tag == "select":
            options = el.css("option")
            chosen = next((o for o in options if "selected" in o.attributes), None)
            chosen = chosen or (options[0] if options else None)
            if chosen is not None:
                value = chosen.attributes.get("value")
                fields.append((name, value if value is not None else chosen.text(strip=True)))
        else:
            fields.append((name, el.text()))
    return fields
