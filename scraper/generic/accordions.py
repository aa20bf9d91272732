"""Texts held in accordions and tabs: when the densest text is one panel of an FAQ's
accordion or a guide's tabs, which box of panels is the text, and when the text goes on
beside that box. Its questions' titles are told by structure (the element before a panel
or a wrapper of it) and by asking ("… thì sao?"), not by any builder's class names alone.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import (
    ancestors,
    element_sibling,
    first_class,
    in_repeated_items,
    linked_chars,
    panel_title,
)


def accordions_box(node: LexborNode | None) -> LexborNode | None:
    """The box of an FAQ's or a guide's accordions when the densest text is one of their
    panels: each answer a ``<details>`` under its question, or a builder's panel (an ARIA
    region or tab panel, "elementor-tab-content", "et_pb_toggle_content", Bootstrap's
    "accordion-collapse") under a title that asks a question (holdout288). All of them are
    the text; an accordion of other stories (holdout85) or a tab of files (holdout211) is
    none, its titles no questions."""
    for up in (node, *ancestors(node, _PANEL_CLIMB)) if node is not None else ():
        if up.tag in ("body", "html"):
            return None
        cls = up.attributes.get("class") or ""
        role = up.attributes.get("role") or ""
        if (
            up.tag != "details"
            and role not in _PANEL_ROLES
            and not _PANEL_CLASS.search(cls)
            # (or a box after its title, in items repeated: Umbraco's "qa__a", holdout302)
            and (panel_title(up) is None or not in_repeated_items(up))
        ):
            continue
        kind = _panel_kind(up)
        for box in ancestors(up, _PANELS_CLIMB):
            if box.tag in ("body", "html"):
                return None
            panels = [p for p in box.css(up.tag) if _panel_kind(p) == kind]
            if len(panels) < 2:
                continue
            if up.tag == "details":
                return _with_sibling_panes(box)
            asked = sum(1 for p in panels if _asks(p, box))
            return _with_sibling_panes(box) if asked >= 2 and 2 * asked >= len(panels) else None
        return None
    return None


def _with_sibling_panes(box: LexborNode) -> LexborNode:
    """The box holding every tab pane when ``box`` (an FAQ's accordion) fills one of them:
    one tab a group of questions, each tab's accordion the text (holdout322)."""
    for up in ancestors(box, _PANE_CLIMB):
        if _a_pane(up):
            parent = up.parent
            if parent is not None and sum(1 for c in parent.iter() if _a_pane(c)) >= 2:
                return parent
            break
    return box


def _a_pane(node: LexborNode) -> bool:
    """A tab's pane: ``role="tabpanel"`` or Bootstrap's "tab-pane"."""
    return node.attributes.get("role") == "tabpanel" or "tab-pane" in (
        node.attributes.get("class") or ""
    )


_PANE_CLIMB = 3  # from an accordion's box up to the tab pane it fills


# (UIkit's switcher panes and Foundation's tab panels carry no role, holdout317)
_PANELS = (
    '[role="tabpanel"], [role="region"], .tab-pane, .ui-tabs-panel, details, '
    ".uk-switcher > li, .tabs-panel"
)
_BESIDE_CHARS = 80  # a paragraph of the text beside the tabs, not a button's words


def around_the_panels(node: LexborNode, panels: bool = False) -> LexborNode | None:
    """The box holding a box of tabs or accordions chosen as the text and a paragraph of
    the text right before or after it (a closing "Mọi thắc mắc, … liên hệ …" under jQuery
    UI's tabs, holdout293), the panels maybe wrapped in boxes of their own (a theme's
    section, a builder's block, holdout302): the text is all of it."""
    box = node
    for _ in range(_WRAPPERS):
        parent = box.parent
        if parent is None or parent.tag in ("body", "html", "main"):
            return None
        if any(_beside(sib) for side in ("prev", "next") if (sib := element_sibling(box, side))):
            # (``panels``: ``node`` already known as the box of an FAQ's panels)
            return parent if panels or holds_panels(node) else None
        if not _only_box(box):
            return None  # (other boxes beside it: no wrapper of the panels alone)
        box = parent
    return None


def holds_panels(node: LexborNode) -> bool:
    """``node`` is a box of tabs, accordions or an FAQ's entries, however drawn."""
    return (
        len(node.css(_PANELS)) >= 2
        or _titled_boxes(node) >= 2
        or _tabbed_boxes(node) >= 2
        or _questions(node) >= 2
        or _titled_panels(node) >= 2
    )


_WRAPPERS = 4  # boxes a theme wraps its panels in (section > container > block)
# an interview's closing thanks after its last answer ("PV: Xin trân trọng cảm ơn ông!")
_THANKS = re.compile(
    r"(?i)^\s*(?:[-–]\s*)?(?:(?:pv|phóng\s+viên)\s*[:：]\s*)?xin\s+(?:trân\s+trọng\s+)?cảm\s+ơn\b"
)


def _beside(sib: LexborNode) -> bool:
    """A paragraph of the text: sentences, links a small part of them; or the thanks."""
    if sib.tag != "p":
        return False
    text = " ".join(sib.text().split())
    if 2 * linked_chars(sib) > len(text):
        return False
    return len(text) >= _BESIDE_CHARS or bool(_THANKS.match(text))


def _only_box(node: LexborNode) -> bool:
    """``node`` is the only box with words in its parent, links to its parts aside (an
    FAQ's list of its questions)."""
    parent = node.parent
    return parent is not None and all(
        c.mem_id == node.mem_id or c.tag == "-comment" or _no_words(c) for c in parent.iter()
    )


def _no_words(node: LexborNode) -> bool:
    text = node.text(strip=True)
    if not text or node.tag == "-text":
        return not text
    links = node.css("a")
    return all((a.attributes.get("href") or "").startswith("#") for a in links) and (
        sum(len(a.text(strip=True)) for a in links) >= 0.9 * len(text)
    )


_TITLE_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6", "dt", "button"})


def _titled_boxes(node: LexborNode) -> int:
    """How many boxes among ``node``'s children come right after a title of theirs, a
    heading over each (jQuery UI's accordion before its script runs: ``<h3>`` | ``<div>``
    pairs, holdout297)."""
    pairs, title = 0, False
    for child in node.iter():
        if child.tag in ("-text", "-comment"):
            continue
        if title and child.tag in ("div", "dd", "section"):
            pairs += 1
        title = child.tag in _TITLE_TAGS
    return pairs


def _titled_panels(node: LexborNode) -> int:
    """How many boxes in ``node`` are panels under titles of theirs (voters' petitions over
    their answers, each title a link to its panel, holdout302)."""
    return sum(1 for d in node.css("div") if panel_title(d) is not None and in_repeated_items(d))


def _questions(node: LexborNode) -> int:
    """How many headings in ``node`` ask a question: an FAQ's entries, all open
    (Concrete's FAQ block, holdout302)."""
    return sum(1 for h in node.css(_QUESTION_TITLES) if h.text(strip=True).endswith("?"))


_QUESTION_TITLES = "h2, h3, h4, h5, h6, dt, summary"


def _tabbed_boxes(node: LexborNode) -> int:
    """How many of ``node``'s child boxes its own links open ("<a href="#tabs-2">" over
    "<div id="tabs-2">": jQuery UI's tabs before their script runs, holdout297)."""
    targets = {
        href[1:]
        for a in node.css('a[href^="#"]')
        if len(href := a.attributes.get("href") or "") > 1
    }
    return sum(
        1
        for child in node.iter()
        if child.tag in ("div", "section") and (child.attributes.get("id") or "") in targets
    )


def _panel_kind(node: LexborNode) -> tuple[str, str, str]:
    return node.tag, node.attributes.get("role") or "", first_class(node)


def _asks(panel: LexborNode, box: LexborNode) -> bool:
    """The panel's title, the element before it or before a wrapper of it inside ``box``,
    is a question ("Ai được chuyển sinh hoạt Đoàn trực tuyến?") or a step ("Bước 1: …")."""
    for el in (panel, *ancestors(panel, _PANEL_CLIMB)):
        if el.mem_id == box.mem_id:
            return False
        if (title := element_sibling(el, "prev")) is not None:
            words = title.text(strip=True)
            return words.endswith("?") or _STEP.match(words) is not None
    return False


# a guide's step or a numbered question as a panel's title ("Bước 1: Chuẩn bị hồ sơ")
_STEP = re.compile(r"(?i)(?:bước|câu|bước\s+thứ)\s+\d{1,2}\s*[:.)–-]")


_PANEL_ROLES = frozenset(("tabpanel", "region"))
_PANEL_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:tab-?content|tab-?pane|tab-?panel|acc(?:ordion)?-?(?:content|body|panel)|"
    r"toggle[-_]?content|panel-collapse|collapse)(?:$|\s)"
)
_PANEL_CLIMB = 3  # from the densest box up to its panel
_PANELS_CLIMB = 4  # from a panel up to the box of its siblings


_TAB_CHARS = 80  # a tab's title in the strip


def drop_tab_strips(tree: LexborHTMLParser) -> None:
    """Take out the strips of tabs over tab panels (``role="tablist"``): their titles are
    the page's controls, each panel's text the article's (holdout293, 296, 297 label them
    so; holdout288's set them before each panel as headings, a known miss)."""
    if tree.css_first('[role="tabpanel"]') is None:
        return
    titles: set[str] = set()
    for strip in tree.css('[role="tablist"]'):
        tabs = strip.css('[role="tab"]')
        if (
            tabs
            and all(len(t.text(strip=True)) <= _TAB_CHARS for t in tabs)
            # (not Bootstrap 3's accordion, its panels inside the "tablist" under each title)
            and strip.css_first('[role="tabpanel"]') is None
        ):
            titles.update(t.text(strip=True) for t in tabs)
            strip.decompose()
    # (and each tab's title again over its panel, for phones: Otter's tab items, holdout309;
    # not a tab itself, Elementor's mobile title, which holdout288 labels the panel's heading)
    copies = [
        head
        for panel in tree.css('[role="tabpanel"]')
        if (head := element_sibling(panel, "prev")) is not None
        and head.attributes.get("role") != "tab"
        and head.text(strip=True) in titles
    ]
    for head in copies:
        head.decompose()


def drop_titled_panes_strips(tree: LexborHTMLParser) -> None:
    """Take out a strip of tab titles with no ARIA roles over panes that name their tabs
    in ``data-title`` (Zion Builder's "tabs-nav" over its "tabsItem" panes, holdout328):
    the strip's titles, in the panes' order, are the page's controls, no text."""
    seen: set[int] = set()
    strips: list[LexborNode] = []
    for pane in tree.css("[data-title]"):
        panes = pane.parent
        if panes is None or panes.mem_id in seen:
            continue
        seen.add(panes.mem_id)
        named = [
            c.attributes.get("data-title") or ""
            for c in panes.iter()
            if c.tag not in ("-text", "-comment")
        ]
        strip = element_sibling(panes, "prev")
        if len(named) < 2 or strip is None:
            continue
        titles = [c.text(strip=True) for c in strip.iter() if c.tag not in ("-text", "-comment")]
        if titles == [n.strip() for n in named] and all(len(x) <= _TAB_CHARS for x in titles):
            strips.append(strip)
    for strip in strips:
        strip.decompose()


_BUTTON_HINTS = (
    'button [class*="visually-hidden" i], button [class*="sr-only" i], '
    'button [class*="screen-reader" i]'
)


def drop_button_hints(tree: LexborHTMLParser) -> None:
    """Take out the hints a panel's button keeps for screen readers ("(bấm để xem nội
    dung)" after each question, holdout297): never shown, no part of the question."""
    for hint in tree.css(_BUTTON_HINTS):
        hint.decompose()


def drop_tab_title_copies(tree: LexborHTMLParser) -> None:
    """Take out the copy of the open tab's title a tab box shows beside its strip of tab
    links, for phones (Themify's "tab-nav-current-active", holdout296): the strip's words
    again, no text."""
    seen: set[int] = set()
    copies: list[LexborNode] = []
    for link in tree.css('ul > li > a[href^="#tab"]'):
        item = link.parent
        nav = item.parent if item is not None else None
        box = nav.parent if nav is not None else None
        if nav is None or box is None or nav.mem_id in seen:
            continue
        seen.add(nav.mem_id)
        titles = {a.text(strip=True) for a in nav.css('a[href^="#"]')}
        copies += [
            el
            for el in box.iter()
            if el.mem_id != nav.mem_id
            and el.tag not in ("-text", "-comment")
            and len(words := el.text(strip=True)) <= _TAB_CHARS
            and words in titles
        ]
    for el in copies:
        el.decompose()
