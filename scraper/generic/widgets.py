"""Page builders' widgets set among an article's text that are no part of it.

* Calls to action: a small box of one to three short lines over a button ("Bạn muốn tham gia
  đội hình tình nguyện hè?" | "Đăng ký ngay"; "Ủng hộ Quỹ …" | "Số tài khoản: …" | "Ủng hộ
  trực tuyến"). They invite the reader to act; they are not the report. Found by structure
  (a button link and the few short lines of its smallest box), not by a builder's names.
* Idle counters: a count-up widget showing "0" until a script counts to the figure kept in
  an attribute ("0" | "Mái ấm Công đoàn", data-end="30"). What the page holds is a
  placeholder, no key figure of the text. A count-up already showing its figure is the
  same widget (the figure kept twice, once for the script).
* Progress bars: a label, a bar and its figure ("Thu hồi vốn đến hạn | 98%"): figures
  drawn, no text.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import ancestors, drawn_as_button
from ..vocab import AUTHOR_LABEL_RE
from .common import has_views_label

_BUTTONS = 'a[class*="btn" i], a[class*="button" i], a[role="button"]'
_LABEL_CHARS = 40  # a button's words
_LINES = 3  # a call's heading, its line and a note
_LINE_CHARS = 160  # a call's line: an account number and a bank, a deadline
_CHARS = 300
_LEVELS = 5  # from the button up to the box it shares with the call's lines
_PAGE_PARTS = frozenset({"html", "body", "main", "article"})
# the page's own controls, not a call: back, print, share, a fold's "Xem thêm", a
# related list's "Xem tất cả"
_CONTROL = re.compile(
    # ("Xem thêm", "Đọc tiếp", "Xem tất cả": the page's; "Xem hướng dẫn ủng hộ" is a call)
    r"(?i)^\s*(?:quay\s+(?:lại|về)|trở\s+về|in\b|chia\s+sẻ|(?:xem|đọc)(?:\s+(?:thêm|tiếp|"
    r"tất\s+cả|toàn|chi\s+tiết|ảnh|bài|tin|video)|\s*$)|hiện|thu\s+gọn|mở\s+rộng|"
    r"back|print|share|read|more|top|lên\s+đầu)"
)


_WORDS = "p, h2, h3, h4, h5, h6"
_INNER_BOXES = frozenset(
    {"div", "p", "h2", "h3", "h4", "h5", "h6", "a", "ul", "ol", "table", "img"}
)
_WORD_TAGS = frozenset({"p", "h2", "h3", "h4", "h5", "h6"})
# where the page's own buttons lead: sharing, mail, print, comments, signing in
_OWN_CONTROL_HREF = re.compile(
    # (not "tel:": a callout's "Gọi ngay" button to its hotline is a call, holdout303)
    r"(?i)^(?:mailto|javascript):|shar(?:e|er)\b|print|comment|sign-?in|log-?in|dang-?nhap"
)


def _chars(text: str) -> int:
    return len("".join(text.split()))


def _call_box(button: LexborNode) -> LexborNode | None:
    """The smallest box holding the button and other words, when those words are a call's
    few short lines: headings and paragraphs, nothing loose (a meta line's date or count)."""
    for box in ancestors(button, _LEVELS):
        if box.tag in _PAGE_PARTS:
            return None
        lines = [line for e in box.css(_WORDS) if (line := " ".join(e.text().split()))]
        # (and a box of words alone: YOOtheme's card text, "div.el-content", holdout296)
        lines += [
            line
            for e in box.css("div")
            if all(c.tag not in _INNER_BOXES for c in e.iter())
            and e.css_first("a") is None  # (not the button's own wrapper)
            and (line := " ".join(e.text().split()))
        ]
        links = sum(
            _chars(a.text())
            for a in box.css("a")
            if not any(up.tag in _WORD_TAGS for up in ancestors(a, _LEVELS))
        )
        loose = _chars(box.text()) - sum(map(_chars, lines)) - links
        if loose > 0:
            return None  # (words outside headings, paragraphs and buttons: no call's box)
        if not lines:
            continue  # (still the button's own wrappers, or a row of buttons)
        if any(AUTHOR_LABEL_RE.match(line) for line in lines):
            return None  # (the text's last section, its byline under the button, holdout316)
        if (
            len(lines) <= _LINES
            and all(len(line) <= _LINE_CHARS for line in lines)
            and sum(map(len, lines)) <= _CHARS
            and box.css_first("img, table, ul, ol") is None
        ):
            return box
        return None
    return None


def drop_calls_to_action(tree: LexborHTMLParser) -> None:
    """Take out every small box of a few short lines over a button link (holdout286)."""
    boxes: dict[int, LexborNode] = {}
    for button in tree.css(_BUTTONS):
        if not drawn_as_button(button):
            continue
        label = " ".join(button.text().split())
        href = (button.attributes.get("href") or "").strip()
        if (
            not label
            or len(label) > _LABEL_CHARS
            or _CONTROL.match(label)
            or not href
            or href.startswith("#")
            or _OWN_CONTROL_HREF.search(href)
        ):
            continue
        if (box := _call_box(button)) is not None:
            boxes[box.mem_id] = box
    for box in boxes.values():
        if not any(a.mem_id in boxes for a in ancestors(box, _LEVELS)):
            box.decompose()


_COUNTERS = (
    '[class*="count" i], [class*="odometer" i], [class*="stats-number" i], '
    '[class*="animated-number" i], '
    '[class*="counter" i] [class*="number" i], '  # (Cornerstone's "x-counter" > "number")
    '[class*="counter" i] [class*="digit" i]'  # (Qi Blocks' "qodef-m-digit", holdout328)
)
_COUNTER_CLASS = re.compile(r"(?i)count|odometer|animated-number|(?:^|[\s_-])stats?(?:$|[\s_-])")
_IDLE = frozenset({"", "0"})
_COUNTER_CHARS = 80  # the placeholder, a unit and the counter's label
_COUNTER_LEVELS = 3
_FIGURE = re.compile(r"[1-9]")


def _counts_to_a_figure(node: LexborNode) -> bool:
    """The element or a near ancestor keeps the figure a script counts up to."""
    return any(
        key.startswith("data-") and value and _FIGURE.search(value)
        for el in (node, *ancestors(node, _COUNTER_LEVELS))
        for key, value in el.attributes.items()
    )


# a counter's box that keeps its figure in an attribute and shows none (Divi's number
# counter: data-number-value="35" over an empty "percent-value" and its title)
_FIGURE_BOXES = (
    '[class*="counter" i][data-number-value], [class*="counter" i][data-to], '
    '[class*="counter" i][data-to-value], [class*="counter" i][data-end], '
    '[class*="counter" i][data-count], [class*="count-up" i][data-to], '
    '[class*="countup" i][data-end]'
)
_DIGIT = re.compile(r"\d")
# count-up widgets a theme's script counts up to the figure they show, no attribute for it
# (Salient's milestone: "25.000" over "Lượt ra quân", holdout328)
_COUNTER_WIDGETS = ".nectar-milestone"


def _figure_boxes(tree: LexborHTMLParser) -> list[LexborNode]:
    return [
        box
        for box in tree.css(_FIGURE_BOXES)
        if len(text := box.text(strip=True)) <= _COUNTER_CHARS and not _DIGIT.search(text)
    ]


# the attributes a count-up script reads its figure from (not "data-from", where it starts)
_ANIMATED = (
    "[data-count-to], [data-count], [data-to], [data-to-value], [data-end], [data-target], "
    "[data-number], [data-number-value], [data-countup]"
)
_FIGURE_TEXT = re.compile(r"[+~]?\d[\d.,\s]*[+%]?")
_NOT_DIGIT = re.compile(r"\D")


def _shows_its_target(node: LexborNode, text: str) -> bool:
    """A count-up's figure already shown, the same digits kept for the script to count up
    to ("2.150" with data-count-to="2150", holdout296): the widget, counted or not."""
    if not _FIGURE_TEXT.fullmatch(text):
        return False
    digits = _NOT_DIGIT.sub("", text)
    return any(
        key.startswith("data-") and key != "data-from" and _NOT_DIGIT.sub("", value or "") == digits
        for el in (node, *ancestors(node, _COUNTER_LEVELS))
        for key, value in el.attributes.items()
    )


def drop_idle_counters(tree: LexborHTMLParser) -> None:
    """Take out every count-up widget, showing its "0" placeholder (holdout286) or already
    the figure it counts up to (holdout276/284/288/296 label them no text; the key figures
    of older sets, typed into the text, keep no figure for a script)."""
    boxes: dict[int, LexborNode] = {}
    for node in tree.css(f"{_COUNTERS}, {_ANIMATED}"):
        if next(node.iter(), None) is not None:
            continue  # (the number element itself, nothing nested)
        text = node.text(strip=True)
        classed = _COUNTER_CLASS.search(node.attributes.get("class") or "") is not None
        if not (_counts_to_a_figure(node) if text in _IDLE else _shows_its_target(node, text)):
            continue
        box = node
        # (a figure kept in the element's own "data-count…" for a script, whatever the class:
        # Drupal Paragraphs' "so-lieu__number" data-count="300", holdout328): its item, the
        # figure and its label, is the widget
        counted = any(key.startswith("data-count") for key in node.attributes)
        for up in ancestors(node, _COUNTER_LEVELS):
            if len(up.text(strip=True)) > _COUNTER_CHARS:
                break
            if _COUNTER_CLASS.search(up.attributes.get("class") or ""):
                box, classed = up, True  # (the outermost counter box: its label inside)
            elif counted and not classed and box is node:
                box, classed = up, True  # (the figure's own item)
        parent = box.parent
        if not classed or (
            parent is not None
            and len(shown := parent.text(strip=True)) <= _COUNTER_CHARS
            and has_views_label(shown)
        ):
            continue  # (a page's own views counter counting up: "Lượt xem: 1.234")
        boxes[box.mem_id] = box
    for box in _figure_boxes(tree):
        boxes[box.mem_id] = box
    for box in tree.css(_COUNTER_WIDGETS):
        boxes[box.mem_id] = box
    for box in boxes.values():
        if not any(a.mem_id in boxes for a in ancestors(box, _COUNTER_LEVELS)):
            box.decompose()


_PROGRESS = (
    'progress, [role="progressbar"], [class*="progress" i], [class*="skill-bar" i], '
    '[class*="skill_bar" i], [class*="stats-bar" i]'
)
_PROGRESS_CLASS = re.compile(r"(?i)progress|skill[-_]bar|stats-bar")
_PROGRESS_LEVELS = 4  # from a bar up to its widget's box
_PROGRESS_LABEL_CHARS = 120  # a bar's label and its figure
_PROGRESS_CHARS = 400  # a widget of a few bars
_SENTENCE_CHARS = 80


def drop_progress_bars(tree: LexborHTMLParser) -> None:
    """Take out progress bars and their labels ("Kế hoạch giải ngân năm 2025 | 106%"): a
    builder's widget drawing figures, no text (every labelled set with them says so:
    holdout186, 231, 282, 303)."""
    boxes: dict[int, LexborNode] = {}
    for bar in tree.css(_PROGRESS):
        box = bar
        for up in ancestors(bar, _PROGRESS_LEVELS):
            if _PROGRESS_CLASS.search(up.attributes.get("class") or ""):
                box = up
        if box.mem_id == bar.mem_id and box.parent is not None:
            # (a bare <progress> or bar: its row holds its label and figure)
            label = box.parent
            if len(label.text(strip=True)) <= _PROGRESS_LABEL_CHARS:
                box = label
        if box.tag in _PAGE_PARTS or len(box.text(strip=True)) > _PROGRESS_CHARS:
            continue
        if box.css_first("h1") is not None or any(
            len(p.text(strip=True)) >= _SENTENCE_CHARS for p in box.css("p")
        ):
            continue  # (a box of text whose class names a step: no widget)
        boxes[box.mem_id] = box
    for box in boxes.values():
        if not any(a.mem_id in boxes for a in ancestors(box, _PROGRESS_LEVELS)):
            box.decompose()


_QUOTE_MARKS = frozenset("“”„‟\"'«»❝❞")


def drop_quote_marks(tree: LexborHTMLParser) -> None:
    """Take out a quote's mark drawn in an element of its own ("<span class="open-quote">”
    </span>" opening a testimonial's blockquote, holdout328): an ornament, no words of the
    quote. (A headline's marks in such spans are its words, holdout69.)"""
    for node in tree.css('blockquote [class*="quote" i]'):
        text = node.text(strip=True)
        if text and set(text) <= _QUOTE_MARKS and next(node.iter(), None) is None:
            node.decompose()


# an icon drawn as a glyph in text ("+" and "−" of an accordion's title, holdout328)
_GLYPHS = frozenset("+−-–×✕▼▲▾▴›‹»«➕➖")


def drop_icon_glyphs(tree: LexborHTMLParser) -> None:
    """Take out icons drawn as a glyph in an element of their own (``<span
    class="qodef-icon--plus">+</span>`` beside an accordion's title): no words."""
    # (or an accordion's open/close indicator: Cornerstone's "x-acc-header-indicator" "➕")
    for node in tree.css('[class*="icon" i], [class*="indicator" i]'):
        text = node.text(strip=True)
        if text and len(text) <= 2 and set(text) <= _GLYPHS and next(node.iter(), None) is None:
            node.decompose()
