"""Pages that stand in for the one asked for: entry pages and refusals.

**Entry pages.** Many portals' front URLs (``/``, ``index.html``, an old ``Default.aspx``) serve no
content, only a ``<meta http-equiv="refresh">``, a script setting
``window.location``, or a frameset whose main frame holds the site. A seed URL
like that has no article links; the crawl follows the page it forwards to.

**Refusals.** A web application firewall ("The requested URL was rejected"), a
bot check ("Just a moment...") or a maintenance screen ("Hệ thống đang bảo
trì") is often served with status 200. It is no article and no listing: stored,
it would replace a good record with junk. Such pages are small (real portal
pages carry menus, sidebars and a footer), so only a small page is read as one.

Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from selectolax.lexbor import LexborHTMLParser

from .urls import absolute_http_url
from .vocab import REFUSED_RE

# "0; url=/portal/tin-tuc", "5;URL='index.aspx'", "0;url=\"x\""
_REFRESH = re.compile(r"^\s*\d*(?:\.\d+)?\s*[;,]?\s*url\s*=\s*['\"]?([^'\"\s>]+)", re.IGNORECASE)
# window.location = '…', location.href="…", top.location.replace('…'), location.assign("…")
_SCRIPT_GO = re.compile(
    r"(?:\b(?:window|document|top|self)\.)?\blocation(?:\.href)?\s*=\s*(['\"])([^'\"]+)\1\s*[;\n<]|"
    r"\blocation\.(?:replace|assign)\(\s*(['\"])([^'\"]+)\3\s*\)",
    re.IGNORECASE,
)
_MAIN_FRAME = re.compile(r"main|content|noidung|chinh|body|center", re.IGNORECASE)
_SIDE_FRAME = re.compile(r"menu|top|banner|header|footer|left|right|nav", re.IGNORECASE)
# A page that also shows content only forwards when it has next to nothing to show.
_EMPTY_TEXT = 300
_EMPTY_LINKS = 5


def forward_target(tree: LexborHTMLParser, url: str) -> str | None:
    """The absolute URL a content-less page forwards to, or None.

    A meta refresh counts on any page (news portals that reload themselves
    point back at the same URL, which is not a forward); a script redirect or a
    frameset only on a page with hardly any text or links of its own.
    """
    for meta in tree.css("meta[http-equiv]"):
        if (meta.attributes.get("http-equiv") or "").lower() != "refresh":
            continue
        m = _REFRESH.match(meta.attributes.get("content") or "")
        target = _elsewhere(m.group(1), url) if m else None
        if target:
            return target
    body = tree.body
    text = body.text(separator=" ").strip() if body is not None else ""
    if len(text) > _EMPTY_TEXT or len(tree.css("a[href]")) > _EMPTY_LINKS:
        return None
    frames = [f for f in tree.css("frame[src], iframe[src]") if f.attributes.get("src")]
    if frames:
        named = [
            f
            for f in frames
            if _MAIN_FRAME.search(f"{f.attributes.get('name')} {f.attributes.get('id')}")
        ]
        plain = [f for f in frames if not _SIDE_FRAME.search(f.attributes.get("src") or "")]
        chosen = (named or plain or frames)[0]
        target = _elsewhere(chosen.attributes.get("src") or "", url)
        if target:
            return target
    for script in tree.css("script"):
        m = _SCRIPT_GO.search(script.text() or "")
        target = _elsewhere(m.group(2) or m.group(4), url) if m else None
        if target:
            return target
    return None


def _elsewhere(href: str, url: str) -> str | None:
    """The absolute URL ``href`` names, unless it is none, a script or this very page."""
    href = href.strip()
    if not href or href.lower().startswith(("javascript:", "mailto:", "#")):
        return None
    target = absolute_http_url(href, url)
    return target if target != absolute_http_url(url, url) else None


# A refusal page is small: little text, hardly a link. A portal's menus, sidebars and
# footer alone are more, so a short article on a real page is never taken for one.
REFUSAL_MAX_CHARS = 1500
REFUSAL_MAX_LINKS = 8
_NOTICE_CHARS = 120  # the notice is a title or a heading, not a paragraph about it


def refusal_notice(tree: LexborHTMLParser, doc_title: str, texts: Iterable[str]) -> str | None:
    """The words of a block, bot-check or maintenance page, or None.

    ``texts``: the page's visible text in pieces (paragraphs); only called on
    pages whose text is under :data:`REFUSAL_MAX_CHARS`.
    """
    if len(tree.css("a[href]")) > REFUSAL_MAX_LINKS:
        return None
    for text in (doc_title, *texts):
        if text and len(text) <= _NOTICE_CHARS and REFUSED_RE.search(text):
            return text
    return None
