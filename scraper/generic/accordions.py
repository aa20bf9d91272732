"""Texts held in accordions and tabs: when the densest text is one panel of an FAQ's
accordion or a guide's tabs, which box of panels is the text, and when the text goes on
beside that box. Its questions' titles are told by structure (the element before a panel
or a wrapper of it) and by asking ("… thì sao?"), not by any builder's class names alone.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import ancestors, element_sibling


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
        if up.tag != "details" and role not in _PANEL_ROLES and not _PANEL_CLASS.search(cls):
            continue
        kind = (up.tag, role, cls.split(" ", 1)[0])
        for box in ancestors(up, _PANELS_CLIMB):
            if box.tag in ("body", "html"):
                return None
            panels = [p for p in box.css(up.tag) if _panel_kind(p) == kind]
            if len(panels) < 2:
                continue
            if up.tag == "details":
                return box
            asked = sum(1 for p in panels if _asks(p, box))
            return box if asked >= 2 and 2 * asked >= len(panels) else None
        return None
    return None


_PANELS = '[role="tabpanel"], [role="region"], .tab-pane, .ui-tabs-panel, details'
_BESIDE_CHARS = 80  # a paragraph of the text beside the tabs, not a button's words


def around_the_panels(node: LexborNode) -> LexborNode | None:
    """The parent of a box of tabs or accordions chosen as the text when a paragraph of the
    text stands right before or after the box (a closing "Mọi thắc mắc, … liên hệ …" under
    jQuery UI's tabs, holdout293): the text is all of it."""
    if len(node.css(_PANELS)) < 2 and _titled_boxes(node) < 2 and _tabbed_boxes(node) < 2:
        return None
    parent = node.parent
    if parent is None or parent.tag in ("body", "html", "main"):
        return None
    for side in ("prev", "next"):
        sib = element_sibling(node, side)
        if (
            sib is not None
            and sib.tag == "p"
            and sib.css_first("a") is None
            and len(" ".join(sib.text().split())) >= _BESIDE_CHARS
        ):
            return parent
    return None


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
    cls = node.attributes.get("class") or ""
    return node.tag, node.attributes.get("role") or "", cls.split(" ", 1)[0]


def _asks(panel: LexborNode, box: LexborNode) -> bool:
    """The panel's title, the element before it or before a wrapper of it inside ``box``,
    is a question ("Ai được chuyển sinh hoạt Đoàn trực tuyến?")."""
    for el in (panel, *ancestors(panel, _PANEL_CLIMB)):
        if el.mem_id == box.mem_id:
            return False
        if (title := element_sibling(el, "prev")) is not None:
            return title.text(strip=True).endswith("?")
    return False


_PANEL_ROLES = frozenset(("tabpanel", "region"))
_PANEL_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:tab-?content|tab-?pane|tab-?panel|accordion-?(?:content|body|panel)|"
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
    for strip in tree.css('[role="tablist"]'):
        tabs = strip.css('[role="tab"]')
        if (
            tabs
            and all(len(t.text(strip=True)) <= _TAB_CHARS for t in tabs)
            # (not Bootstrap 3's accordion, its panels inside the "tablist" under each title)
            and strip.css_first('[role="tabpanel"]') is None
        ):
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
