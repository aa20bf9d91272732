"""HTML → text blocks: the one walk over a page that every extractor shares.

A page is parsed once (selectolax/lexbor) and walked once into a list of
:class:`Block` (a paragraph-like run of text with the facts the heuristics
need: link share, bold share, alignment, heading level, and the chain of
ancestor elements it sits in). Data tables become one block per row with cells
joined by `` | ``; ``<br>`` breaks paragraphs, as portals use it that way.
Pure functions, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .normalize import clean_text, collapse
from .vocab import VIEWS_AFTER_RE, VIEWS_RE

# Elements whose content is never visible text.
INVISIBLE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "select",
    "option",
    "button",
    "textarea",
    "input",
    "map",
    "canvas",
    "audio",
    "video",
    "head",
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "aside",
        "header",
        "footer",
        "nav",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "caption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "fieldset",
        "legend",
        "address",
        "center",
        "hr",
        "body",
        "html",
        "details",
        "summary",
    }
)
MAX_DEPTH = 120  # deeper markup is flattened (Python recursion stays far from its limit)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BOLD_TAGS = frozenset({"b", "strong"})
_STYLED_INLINE = frozenset({"span", "font"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")
ITALIC_TAGS = frozenset({"i", "em"})


@dataclass(slots=True)
class Block:
    """One paragraph of visible text."""

    text: str
    element: LexborNode  # nearest block-level element
    ancestors: tuple[int, ...]  # mem_ids of element and its ancestors, innermost first
    link_chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0
    align: str = ""  # 'right' / 'center' when the block or an ancestor says so
    heading: int = 0  # 1..6 for h1..h6
    table_row: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))

    @property
    def styled(self) -> bool:
        """Mostly bold or italic: signatures and leads are set off this way."""
        n = max(1, len(self.text.replace(" ", "")))
        return self.bold_chars >= 0.8 * n or self.italic_chars >= 0.8 * n


def ancestors(node: LexborNode, limit: int | None = None) -> list[LexborNode]:
    """Parent, grandparent, … of ``node``, innermost first (at most ``limit`` of them)."""
    chain = []
    parent = node.parent
    while parent is not None and (limit is None or len(chain) < limit):
        chain.append(parent)
        parent = parent.parent
    return chain


def parse(html: str) -> LexborHTMLParser:
    """The page's tree, with the ``<template>`` content a browser shows put in place."""
    tree = LexborHTMLParser(html)
    if "shadowroot" in html or "<turbo-stream" in html:
        _show_templates(tree)
    return tree


# A parser keeps a <template>'s content out of the tree, but two kinds are shown at once:
# a declarative shadow root (<template shadowrootmode="open">, a web component's own
# markup: its date and counters) and an inline <turbo-stream> adding items to the page.
_TEMPLATE_TAGS = re.compile(r"^\s*<template\b[^>]*>|</template>\s*$", re.I)
_STREAM_ACTIONS = ("append", "prepend", "before", "after")


def _template_nodes(template: LexborNode) -> list[LexborNode]:
    body = LexborHTMLParser(_TEMPLATE_TAGS.sub("", template.html or "")).body
    return list(body.iter(include_text=True)) if body is not None else []


def _show_templates(tree: LexborHTMLParser) -> None:
    for _ in range(50):  # shadow roots inside shadow roots, a few levels at most
        roots = tree.css("template[shadowrootmode], template[shadowroot]")
        if not roots:
            break
        for template in roots:
            for node in _template_nodes(template):
                template.insert_before(node)
            template.decompose()
    streams = tree.css("turbo-stream[action]")
    ids = {n.attributes.get("id"): n for n in reversed(tree.css("[id]"))} if streams else {}
    for stream in streams:
        action = (stream.attributes.get("action") or "").lower()
        template = stream.css_first("template")
        if action not in _STREAM_ACTIONS or template is None:
            continue
        target = ids.get(stream.attributes.get("target") or "")
        nodes = _template_nodes(template)
        if target is None:  # shown where the stream stands
            target, action = stream, "before"
        if action == "prepend" and target.child is not None:
            target, action = target.child, "before"
        for node in nodes if action != "after" else reversed(nodes):
            if action in ("append", "prepend"):
                target.insert_child(node)
            elif action == "before":
                target.insert_before(node)
            else:
                target.insert_after(node)


_HIDDEN = (
    '[style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], '
    "[hidden], [aria-hidden=true], "
    # always-hidden utility classes (Bootstrap 3 .hidden/.hide, Avada's hidden snippets);
    # not .d-none, which "d-none d-md-block" shows on every desktop
    ".hidden, .hide, .rich-snippet-hidden, "
    # Webflow's conditional visibility: a bound field left empty hides its box
    ".w-condition-invisible, "
    # copies for the printer only, hidden on screen (by a stylesheet the page links)
    ".print-only, .printonly, .visible-print, .visible-print-block, .show-for-print, "
    ".d-none.d-print-block, .sigFreePrintMessage, .sigProPrintMessage, "
    # social embeds: placeholder text a script swaps for the post (not the article's text)
    ".fb-post, .fb-video, .fb-page, .fb-comments, .fb-xfbml-parse-ignore, "
    ".twitter-tweet, .instagram-media, .tiktok-embed, .zalo-post-embed, "
    # a slider's loop copies of its first and last slides
    ".swiper-slide-duplicate, .slick-cloned, "
    # a phone's copy of a section, hidden on a desktop (Elementor's mobile section; Kadence
    # Blocks' and Divi's, holdout316; Otter's, GeneratePress', Themify's and UIkit's
    # uk-hidden@m, holdout321). (Not Bootstrap's d-md-none: a theme's phone meta line may
    # hold the time the desktop one lacks, holdout46.)
    ".elementor-hidden-desktop, .kb-hide-desktop, .et_pb_hidden_desktop, .o-hide-on-desktop, "
    ".hide-on-desktop, .hide-desktop, [class~='uk-hidden@m'], [class~='uk-hidden@l'], "
    # (Zion Builder's, Qi Blocks', Kubio's and WPBakery's, holdout328)
    ".znpb-hidden-lg, .qodef-hide-on--desktop, .kubio-hide-on-desktop, .vc_hidden-lg, "
    ".qx-hidden-lg"
)
# Bootstrap's phone copy ("d-md-none") right after its desktop twin ("d-none d-md-block")
# of the same words: the desktop one is read (holdout328; a phone line alone stays)
_PHONE_TWINS = ".d-md-none, .d-lg-none"


NAVIGATION = (
    'nav, [role="navigation"], ul[class*="menu" i], ul[id*="menu" i], div[class*="menu" i], '
    'div[id*="menu" i], ul[class*="nav" i]'
)


def element_sibling(node: LexborNode, side: str) -> LexborNode | None:
    """The element before (``side="prev"``) or after (``"next"``) ``node``, past text and
    comments."""
    sib = getattr(node, side)
    while sib is not None and sib.tag in ("-text", "-comment"):
        sib = getattr(sib, side)
    return sib


# a separator between fields drawn alone ("·", "|", "/", a dash)
SEPARATOR_RE = re.compile(r"\s*[·•|/–—-]\s*")

# Text struck out: deleted by a correction, the new words beside it ("<del>168 mm</del>
# 186 mm"); a reader reads past it, an archive keeps it in the raw page only.
_STRUCK = 'del, s, strike, [style*="line-through" i]'


def strip_invisible(
    tree: LexborHTMLParser, html: str = "", opened: frozenset[str] = frozenset()
) -> None:
    """Remove elements that never show text, and text struck out (after metadata has been
    read). A hidden box of text that a control on the page opens (the "Xem tiếp" link's
    script, a tab, ``aria-controls``; ``html`` is the page's source, to find them) is
    shown with a click: it stays. ``opened``: ids of sections whose buttons the caller
    has already turned into their headings."""
    # (before the controls themselves, <button>s among them, are stripped)
    for node in tree.css(f"{_HIDDEN}, {_STRUCK}"):
        if node.tag in ("html", "body") or (
            html and _opened_by_a_control(tree, node, html, opened)
        ):
            continue
        if node.attributes.get("aria-hidden") == "true" and SEPARATOR_RE.fullmatch(node.text()):
            # a separator drawn for the eye ("·" between "Tác giả: X" and "Đăng ngày"):
            # hidden from screen readers only, it still parts the fields beside it
            node.replace_with(f" {node.text(strip=True)} ")
            continue
        node.decompose()
    tree.strip_tags(list(INVISIBLE_TAGS))
    if "-none" in html:
        twins = [node for node in tree.css(_PHONE_TWINS) if _after_its_desktop_twin(node)]
        for node in twins:
            node.decompose()
    # a control's tooltip, written as text beside it (Google Sites' "Sao chép đường liên kết
    # tiêu đề" inside every heading): shown on hover, never part of the heading
    for control in tree.css("[data-tooltip][aria-describedby]") if "data-tooltip" in html else ():
        tip = tree.css_first(f'[id="{control.attributes.get("aria-describedby") or ""}"]')
        if (
            tip is not None
            and tip.text(strip=True) == (control.attributes.get("data-tooltip") or "").strip()
        ):
            tip.decompose()
    # Navigation never holds the article; dropping it here saves most of the walk.
    for node in tree.css(NAVIGATION):
        if (
            node.tag not in ("html", "body", "main", "article")
            and node.css_first("h1") is None
            and not _fields_list(node)
        ):
            node.decompose()


def _after_its_desktop_twin(node: LexborNode) -> bool:
    """``node``, or the wrapper it fills alone (Drupal's "field__item"), comes right after
    a box of the same words hidden on phones ("d-none")."""
    box = node
    for _ in range(_TWIN_WRAPPERS):
        parent = box.parent
        if (
            parent is None
            or sum(1 for c in parent.iter() if c.tag not in ("-text", "-comment")) > 1
        ):
            break
        box = parent
    desktop = element_sibling(box, "prev")
    if desktop is None or desktop.text(strip=True) != node.text(strip=True):
        return False
    return "d-none" in (desktop.attributes.get("class") or "").split() or (
        desktop.css_first(".d-none") is not None
    )


_TWIN_WRAPPERS = 2


def _fields_list(node: LexborNode) -> bool:
    """A list classed as a "nav" that is a line of fields, most items no link (YOOtheme's
    "uk-subnav" of "Viết bởi …", "Đăng ngày …", "Lượt xem: …", holdout284), or one item
    the page's views counter among its links (Drupal's node links: "2315 lượt xem", "In
    trang", holdout329)."""
    if node.tag != "ul":
        return False
    items = node.css("li")
    if len(items) < 2:
        return False
    unlinked = [li for li in items if li.css_first("a") is None]
    return 2 * (len(items) - len(unlinked)) < len(items) or any(
        len(text := li.text(strip=True)) <= _COUNTER_ITEM_CHARS
        and (VIEWS_RE.search(text) or VIEWS_AFTER_RE.search(text))
        for li in unlinked
    )


_COUNTER_ITEM_CHARS = 40


_OPENED_TEXT = 80  # characters of paragraphs in a hidden box a control opens: the text's
_PRINTS = re.compile(r"(?i)\s*(?:in\s+(?:bài|trang|tin)|bản\s+in|print)")


def linked_chars(node: LexborNode) -> int:
    """How many characters of ``node``'s text its links hold."""
    return sum(len(a.text(strip=True)) for a in node.css("a"))


def _opened_by_a_control(
    tree: LexborHTMLParser, node: LexborNode, html: str, opened: frozenset[str]
) -> bool:
    text = node.text(strip=True)
    if len(text) < _OPENED_TEXT // 2 or linked_chars(node) * 2 > len(text):
        return False  # too short, or a menu or a list of links a button opens: no text
    if "x-show" in node.attributes and "x-collapse" in node.attributes:
        # Alpine's folded rest of the text ("x-show" with "x-collapse"), a button's click
        # opens it; its text as with any box a control opens
        return len(text) >= _OPENED_TEXT
    if _a_closed_panel(node):
        return True
    box_id = node.attributes.get("id")
    if not box_id or len(box_id) < 4 or '"' in box_id:
        return False
    if html.find(box_id, html.find(box_id) + 1) < 0:
        return False  # (its own id="…" is one mention; a control names it again)
    if len(text) < _OPENED_TEXT:
        return False
    controls = tree.css(
        f'[aria-controls="{box_id}"], [href="#{box_id}"], [data-target="#{box_id}"], '
        f'[data-bs-target="#{box_id}"], [onclick*="{box_id}"], [uk-toggle*="#{box_id}"]'
    )
    # (a print link names the print copy it prints: no reader opens that one)
    return box_id in opened or any(not _PRINTS.match(c.text(strip=True)) for c in controls)


_PANEL_TITLE_TAGS = frozenset({"a", "button", "summary", "dt", "h2", "h3", "h4", "h5", "h6"})
_PANEL_TITLE_CLASS = re.compile(r"(?i)title|head|toggle|question|trigger|cau-?hoi|faq")
_PANEL_TITLE_CHARS = 200


# "Xem tiếp …", "Xem toàn bộ bài phỏng vấn": the button unfolding the rest of a text
# ("Xem câu trả lời" opening a Q&A page's answer, holdout293)
READ_ON_RE = re.compile(
    r"(?i)(?:xem|đọc)\s+(?:tiếp|thêm|toàn\s+(?:bộ|văn)|(?:câu\s+)?trả\s+lời|đáp\s+án)\b"
)


def panel_title(node: LexborNode) -> LexborNode | None:
    """The title right before ``node`` when ``node`` is a panel it opens: a short heading,
    button, ``<summary>``, ``<dt>`` or titled box that goes nowhere (``#``, ``javascript:``)
    (a link to another page over a box is no title of it)."""
    title = element_sibling(node, "prev")
    if title is None or len(title.text(strip=True)) > _PANEL_TITLE_CHARS:
        return None
    if title.tag not in _PANEL_TITLE_TAGS and not (
        title.attributes.get("role") == "button"
        or _PANEL_TITLE_CLASS.search(title.attributes.get("class") or "")
    ):
        return None
    link = title if title.tag == "a" else title.css_first("a[href]")
    href = (link.attributes.get("href") or "#") if link is not None else "#"
    return title if href.startswith(("#", "javascript:")) else None


def in_repeated_items(node: LexborNode) -> bool:
    """``node`` has twins beside it (titles and panels in turn in one box), or sits in an
    item repeated beside it (an accordion's items)."""
    item = node.parent
    if item is None or item.parent is None:
        return False
    kind = (node.tag, first_class(node))
    if sum(1 for c in item.iter() if (c.tag, first_class(c)) == kind) >= 2:
        return True
    ikind = (item.tag, first_class(item))
    return sum(1 for c in item.parent.iter() if (c.tag, first_class(c)) == ikind) >= 2


def first_class(node: LexborNode) -> str:
    """A box's first class: its kind, in the markup of most themes and builders."""
    return (node.attributes.get("class") or "").split(" ", 1)[0]


def _a_closed_panel(node: LexborNode) -> bool:
    """A closed panel of an accordion, opened by a click on the title right before it
    (Quix's and YOOtheme's ``hidden`` panels under ``<a href="#">`` titles, holdout296): a
    box of text after its title, in an item repeated beside it or beside its twin panels;
    or the folded rest of the text under its "Xem tiếp …" button (holdout302). (Its text,
    enough and no list of links, is checked by the caller.)"""
    if node.attributes.get("role") == "tabpanel":
        return True  # (a tab's panel, shown by a click on its tab in the strip)
    title = panel_title(node)
    if title is None:
        return False
    return bool(READ_ON_RE.match(title.text(strip=True))) or in_repeated_items(node)


_ALIGNABLE = frozenset({"p", "div", "td", "th", "center", "span", "h4", "h5", "h6"})


# Utility classes that set alignment or weight (Bootstrap, Tailwind, Gutenberg).
_CLASS_RIGHT = re.compile(r"(?:^|\s)(?:text-right|text-end|has-text-align-right)(?:\s|$)")
_CLASS_CENTER = re.compile(r"(?:^|\s)(?:text-center|has-text-align-center)(?:\s|$)")
_CLASS_BOLD = re.compile(
    r"(?:^|\s)(?:font-bold|font-semibold|fw-bold|fw-semibold|font-weight-bold)(?:\s|$)"
)
_CLASS_ITALIC = re.compile(r"(?:^|\s)(?:italic|fst-italic|font-italic)(?:\s|$)")


_FLOAT = re.compile(r"(?:^|[;\s])float\s*:\s*(?:left|right)", re.IGNORECASE)


def floated(node: LexborNode | None) -> bool:
    """A box set beside the text (``style="float:right"``, ``<table align="right">``)."""
    if node is None:
        return False
    align = (node.attributes.get("align") or "").lower()
    return bool(_FLOAT.search(node.attributes.get("style") or "")) or (
        node.tag in ("table", "div", "aside") and align in ("left", "right")
    )


def _style_of(node: LexborNode) -> tuple[str, bool, bool]:
    """Alignment ('right', 'center' or '') and whether the element sets its text bold or
    italic, from its align/style attributes and utility classes."""
    attrs = node.attributes
    align = (attrs.get("align") or "").lower()
    if align not in ("right", "center"):
        align = ""
        style = (attrs.get("style") or "").lower()
        if "text-align" in style:
            align = "right" if "right" in style else "center" if "center" in style else ""
    cls = attrs.get("class")
    if not cls:
        return align, False, False
    if not align:
        align = (
            "right" if _CLASS_RIGHT.search(cls) else "center" if _CLASS_CENTER.search(cls) else ""
        )
    return align, bool(_CLASS_BOLD.search(cls)), bool(_CLASS_ITALIC.search(cls))


def _align_of(node: LexborNode) -> str:
    return _style_of(node)[0]


_SHORT_CELL = 200  # characters


# a signature row's cells: "Nơi nhận: …", "KT. GIÁM ĐỐC … (Đã ký) …"
_SIGNATURE_CELL = re.compile(r"(?i)^\s*nơi\s+nhận|\(\s*đã\s+ký\s*\)|(?-i:\b(?:KT|TM|TL|TUQ)\.\s)")


def is_data_table(table: LexborNode) -> bool:
    """A table of data (rows of several short cells), as opposed to a layout table."""
    if len(table.css("table")) > 1:  # css() matches the node itself too
        return False
    rows = table.css("tr")
    if len(rows) == 1:
        # a Word document's signature row ("Nơi nhận: …" | "TM. ỦY BAN NHÂN DÂN … Lê Văn A"):
        # a few short cells side by side, no layout around a text
        # (lines in a cell: a meta bar "Ngày đăng … | Lượt xem …" has none)
        cells = [c for c in rows[0].iter() if c.tag in ("td", "th")]
        return (
            len(cells) >= 2
            and all(0 < len(c.text(strip=True)) <= _SHORT_CELL for c in cells)
            and any(
                c.css_first("br") is not None
                or len(c.css("p")) > 1
                or _SIGNATURE_CELL.search(c.text())  # (its lines run together: the words)
                for c in cells
            )
        )
    if len(rows) < 2:
        return False
    # Count cells among each row's children (one CSS query per row was the cost here).
    cells = [[c for c in r.iter() if c.tag in ("td", "th")] for r in rows]
    multi = sum(1 for row in cells if len(row) >= 2)
    if multi < 2 or multi < len(rows) / 2:
        return False
    # an old editor's layout: a few rows of cells holding paragraphs of text (two <p>s, a
    # <br><br> run), a picture and its caption beside them; a grid of three columns or more
    # in every row, no cell a text of its own, is data whose cells hold lines (Word's
    # "Cơ quan chủ trì" over "Cơ quan phối hợp" in one cell)
    if _a_form(cells):
        return False
    if len(rows) > LAYOUT_ROWS or not any(_holds_paragraphs(c) for row in cells for c in row):
        return True
    widths = {len(row) for row in cells}
    return (
        len(widths) == 1
        and min(widths) >= 3
        and all(len(c.text(strip=True)) <= _GRID_CELL for row in cells for c in row)
    )


def _a_form(cells: list[list[LexborNode]]) -> bool:
    """A record laid out as a form, however long: a short label and its value a row, a
    value holding the paragraphs of a text (a Q&A page's question and answer, Yii's
    DetailView; holdout314, holdout315)."""
    if not all(len(row) == 2 and len(row[0].text(strip=True)) <= _LABEL_CELL for row in cells):
        return False
    return any(
        len(value.css("p")) >= 2 and len(value.text(strip=True)) >= _FORM_TEXT for _, value in cells
    )


_FORM_TEXT = 200  # characters of a value that is a text (a question, an answer)


def _holds_paragraphs(cell: LexborNode) -> bool:
    """Two <p>s among the cell's children, or a <br><br> run (blank text between them)."""
    paragraphs, last_br = 0, False
    for child in cell.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            if (child.text_content or "").strip():
                last_br = False
            continue
        if tag == "p":
            paragraphs += 1
            if paragraphs >= 2:
                return True
        elif tag == "br":
            if last_br:
                return True
            last_br = True
            continue
        last_br = False
    return False


LAYOUT_ROWS = 6  # rows a layout table has at most
_LABEL_CELL = 40  # a form's label cell: "Người hỏi", "Nội dung trả lời"
_GRID_CELL = 300  # a data cell's text at most; a layout cell holds a text


# A link to a picture rather than a page: the file itself, Plone's @@images, a lightbox.
_IMAGE_LINK = re.compile(
    # (the href, then the class and rel the caller adds after a space)
    r"\.(?:jpe?g|png|gif|webp|bmp)(?:[?#\s]|$)|/@@images/|lightbox|fancybox|magnific|zoom|modal",
    re.IGNORECASE,
)


# (a heading under the page's <h1>: an accordion's or a tab's title)
_PANEL_HEADINGS = HEADING_TAGS - {"h1"}


def _titles_a_panel(a: LexborNode) -> bool:
    """A panel's title drawn as a link: a heading's link to a part of the page itself or a
    script's toggle (an accordion's or a tab's title, "<h4><a href="#panel-2">Bước 2: …</a>
    </h4>"), a question that shows its answer, a collapse toggle that is no button
    (Foundation's "accordion-title"), or an anchor that links nowhere: its words are the
    title's, no link away (holdout288, holdout293, holdout297). A fold's "Đọc tiếp…" button
    stays a control."""
    attrs = a.attributes
    if not (attrs.get("href") or "").strip() and "onclick" not in attrs:
        # (Elementor's "elementor-accordion-title": no link at all; YOOtheme's "href" empty)
        return True
    href = attrs.get("href") or ""
    # (a part of the page, "#panel-2", a script's toggle, "javascript:void(0)", or "#" that
    # a script catches: Quix's "qx-accordion-title", holdout296)
    if not href.startswith(("#", "javascript:")):
        return False
    parent = a.parent
    if parent is not None and (
        parent.tag in _PANEL_HEADINGS
        or (parent.parent is not None and parent.parent.tag in _PANEL_HEADINGS)
    ):
        titles = True
    elif a.text(strip=True).endswith("?"):
        titles = True  # ("Hỏi: Thưa bà, mục tiêu … là gì?": an interview's question)
    elif drawn_as_button(a):
        return False
    else:
        titles = bool(
            _PANEL_TOGGLE.search(attrs.get("class") or "")
            or "aria-controls" in attrs
            or "data-toggle" in attrs
            or "data-bs-toggle" in attrs
        )
    # (not an entry of a table of contents: its box holds links to several places of the
    # page, each question over its answer further down; Concrete's FAQ links, holdout297)
    return titles and not _contents_entry_link(a, href)


def _contents_entry_link(a: LexborNode, href: str) -> bool:
    parent = a.parent
    if parent is None or len(href) < 2 or href[0] != "#" or '"' in href:
        return False
    box = parent.parent if parent.tag == "li" else parent
    return (
        box is not None
        and parent.css_first(f'[id="{href[1:]}"]') is None  # (no panel of its own item)
        and sum(1 for k in box.css('a[href^="#"]') if len(k.attributes.get("href") or "") > 1) >= 2
    )


_PANEL_TOGGLE = re.compile(r"(?i)accordion|toggle|collapse")
# a class naming a button ("btn btn-link", "gb-button", "et_pb_button", Qode's "qbutton")
BUTTON_CLASS_RE = re.compile(r"(?i)(?:^|[\s_-])(?:button|btn|qbutton)(?:$|[\s_-])")


def drawn_as_button(a: LexborNode) -> bool:
    """A link drawn as a button: ``role="button"`` or a class naming one."""
    return a.attributes.get("role") == "button" or bool(
        BUTTON_CLASS_RE.search(a.attributes.get("class") or "")
    )


def _in_image_link(node: LexborNode) -> bool:
    """Whether the nearest link around ``node`` opens a picture (its large version)."""
    for up in ancestors(node, 4):
        if up.tag == "a":
            attrs = up.attributes
            marks = " ".join(attrs.get(k) or "" for k in ("href", "class", "rel"))
            marks += " " + " ".join(k for k in attrs if k.startswith("data-"))
            return bool(_IMAGE_LINK.search(marks))
    return False


# Children the walk never descends into: invisible, comments, images.
_SKIP = frozenset((*INVISIBLE_TAGS, "-comment", "img"))


class _Walker:
    """Collects blocks while walking the tree once (iterative state, recursive descent).

    This loop visits every node of the page, so it is written for speed: locals
    instead of attribute lookups, whitespace-only text never buffered.
    """

    def __init__(self, nfc: bool) -> None:
        self.nfc = nfc
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.link = 0
        self.bold = 0
        self.italic = 0
        self.in_link = 0
        self.in_bold = 0
        self.in_italic = 0
        self.broken: set[int] = set()  # blocks ended by one <br>, the next line after it
        self.aria_tables: set[int] = set()  # tables of divs with ARIA roles, read as tables

    def flush(self, element: LexborNode, chain: tuple[int, ...], align: str, heading: int) -> None:
        if not self.buf:
            return
        text = collapse("".join(self.buf), self.nfc)
        if text:
            self.blocks.append(
                Block(text, element, chain, self.link, self.bold, self.italic, align, heading)
            )
        self.buf.clear()
        self.link = self.bold = self.italic = 0

    def walk(
        self, node: LexborNode, chain: tuple[int, ...], align: str, heading: int, depth: int = 0
    ) -> None:
        if depth > MAX_DEPTH:  # hostile nesting: keep the text, stop descending
            self.buf.append(" " + node.text(separator=" "))
            return
        buf = self.buf
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                text = child.text_content
                if not text:
                    continue
                if text.isspace():
                    if buf:  # separates words; leading whitespace of a block is dropped anyway
                        buf.append(" ")
                    continue
                buf.append(text)
                if self.in_link or self.in_bold or self.in_italic:
                    n = len(text.strip())
                    if self.in_link:
                        self.link += n
                    if self.in_bold:
                        self.bold += n
                    if self.in_italic:
                        self.italic += n
                continue
            if tag in _SKIP:
                continue
            if tag == "br":
                if buf:  # a line ends here (a second <br> right after it ends the paragraph)
                    self.flush(node, chain, align, heading)
                    self.broken.add(len(self.blocks) - 1)
                else:
                    self.broken.discard(len(self.blocks) - 1)
                continue
            # custom elements (<mat-card-title>, <app-article>) lay out as blocks in practice
            if tag in BLOCK_TAGS or ("-" in tag and tag[0] != "-"):
                self.flush(node, chain, align, heading)
                sub_chain = (child.mem_id, *chain)
                if tag in _ALIGNABLE:
                    own_align, bold, italic = _style_of(child)
                else:
                    own_align, bold, italic = "", False, False
                sub_align = own_align or align
                sub_heading = int(tag[1]) if tag in HEADING_TAGS else heading
                self.in_bold += bold
                self.in_italic += italic
                if tag == "table" and is_data_table(child):
                    self.table(child, sub_chain, sub_align)
                elif self.aria_tables and child.mem_id in self.aria_tables:
                    self.aria_table(child, sub_chain, sub_align)
                elif (
                    self.in_link
                    and (tag == "figcaption" or "caption" in (child.attributes.get("class") or ""))
                    and _in_image_link(child)
                ):
                    # the picture's link to its large version wraps the caption too (Kadence's
                    # "kadence-blocks-gallery-item__caption" box, holdout316)
                    in_link, self.in_link = self.in_link, 0
                    self.walk(child, sub_chain, sub_align, sub_heading, depth + 1)
                    self.in_link = in_link
                else:
                    self.walk(child, sub_chain, sub_align, sub_heading, depth + 1)
                self.flush(child, sub_chain, sub_align, sub_heading)
                self.in_bold -= bold
                self.in_italic -= italic
                continue
            # inline element
            is_link = tag == "a" and not _titles_a_panel(child)
            is_bold = tag in BOLD_TAGS
            is_italic = tag in ITALIC_TAGS
            if tag in _STYLED_INLINE:  # <span style="font-weight:700"> (Google Sites, Word)
                style = child.attributes.get("style")
                if style:
                    low = style.lower()
                    is_bold = is_bold or bool(_BOLD_STYLE.search(low))
                    is_italic = is_italic or "italic" in low
            self.in_link += is_link
            self.in_bold += is_bold
            self.in_italic += is_italic
            self.walk(child, chain, align, heading, depth + 1)
            self.in_link -= is_link
            self.in_bold -= is_bold
            self.in_italic -= is_italic

    def aria_table(self, table: LexborNode, chain: tuple[int, ...], align: str) -> None:
        """A table of data built of ``div``s with ARIA roles, its columns headed (AEM Edge
        Delivery's blocks): a row per ``role="row"``, its cells joined as a table's are. (A
        list of fields, Notion's properties headed by row, stays lines of their own.)"""
        for row in table.css(_ARIA_ROW):
            cells = [_cell_text(c) for c in row.css(_ARIA_CELLS)]
            cells = [c for c in cells if c]
            if cells:
                links = linked_chars(row)
                self.blocks.append(
                    Block(" | ".join(cells), row, (row.mem_id, *chain), links, 0, 0, align, 0, True)
                )

    def table(self, table: LexborNode, chain: tuple[int, ...], align: str) -> None:
        caption = table.css_first("caption")
        if caption is not None and (text := _cell_text(caption)):
            self.blocks.append(Block(text, caption, (caption.mem_id, *chain), 0, 0, 0, align))
        for row in table.css("tr"):
            cells = [_cell_text(c) for c in row.css("td, th")]
            cells = [c for c in cells if c]
            if not cells:
                continue
            links = linked_chars(row)
            block = Block(" | ".join(cells), row, (row.mem_id, *chain), links, 0, 0, align, 0, True)
            self.blocks.append(block)


_ARIA_TABLES = '[role="table"], [role="grid"], [role="treegrid"]'
_ARIA_ROW = '[role="row"]'
_ARIA_CELLS = '[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]'


def _cell_text(cell: LexborNode) -> str:
    """A table cell's text as a browser shows it: inline elements run together (a word
    Word split over spans, "L<span>ĩ</span>nh vực", stays one word), block elements and
    line breaks apart."""
    if not any(c.tag == "br" or c.tag in BLOCK_TAGS for c in cell.iter()):
        return clean_text(cell.text(separator=""))  # inline only: the text as it runs
    parts: list[str] = []

    def visit(node: LexborNode) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                parts.append(child.text())
            elif tag == "br" or tag in BLOCK_TAGS:
                parts.append(" ")
                visit(child)
                parts.append(" ")
            elif tag != "-comment":
                visit(child)

    visit(cell)
    return clean_text("".join(parts))


def blocks_of(node: LexborNode, *, nfc: bool = True) -> list[Block]:
    """Split the visible text under ``node`` into paragraph blocks, in document order.

    Block text is NFC-normalized unless the caller knows the page is already NFC
    (``nfc=False``, see :func:`scraper.normalize.prepare_document`).
    """
    walker = _Walker(nfc)
    walker.aria_tables = {
        t.mem_id for t in node.css(_ARIA_TABLES) if t.css_first('[role="columnheader"]')
    }
    chain: tuple[int, ...] = (node.mem_id,)
    parent = node.parent
    while parent is not None and parent.tag not in ("-document", "-undef"):
        chain = (*chain, parent.mem_id)
        parent = parent.parent
    align = _align_of(node)
    walker.walk(node, chain, align, 0)
    walker.flush(node, chain, align, 0)
    if walker.broken:
        walker.blocks = _unwrapped(walker.blocks, walker.broken)
    for b in walker.blocks:
        if b.text[:1] in _WORD_BULLETS and b.text[1:2].isspace() and _word_list_item(b):
            # Word's drawn bullet ("·" in the Symbol font, then spaces): a list marker, no text
            b.text = b.text[1:].lstrip()
    return walker.blocks


def _unwrapped(blocks: list[Block], broken: set[int]) -> list[Block]:
    """Blocks with each hard-wrapped paragraph joined back into one: text pasted from a PDF
    keeps a ``<br>`` at the end of every printed line, mid-sentence. A run of lines of one
    element split by single ``<br>``s is wrapped when no line is wider than a printed page,
    every line but the last is long, ends no sentence and is not followed by a list item,
    and most lines after a break go on in lower case, a number or a bracket."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j in broken and j + 1 < len(blocks) and blocks[j + 1].element is blocks[i].element:
            j += 1
        run = blocks[i : j + 1]
        if len(run) > 1 and all(b.heading for b in run):
            # a headline or intertitle broken by <br> (Webnode's "Rước đèn, phá cỗ<br>trong
            # tiếng trống lân"): a heading is one line
            first = run[0]
            first.text = " ".join(b.text for b in run)
            first.bold_chars = sum(b.bold_chars for b in run)
            out.append(first)
        elif (
            len(run) > 1
            and all(len(b.text) <= _WRAPPED_MAX for b in run)
            and all(
                len(b.text) >= _WRAPPED_LINE
                and not b.text.endswith(_SENTENCE_ENDS)
                and not _ITEM_START.match(n.text)
                for b, n in zip(run, run[1:], strict=False)
            )
            # (a sentence runs on: most lines after a break go on in lower case, a number or
            # a bracket, or after a bracket left open: "(cột" | "B1) như sau:")
            and 2 * sum(_runs_on(n.text, b.text) for b, n in zip(run, run[1:], strict=False))
            >= len(run) - 1
        ):
            first = run[0]
            first.text = " ".join(b.text for b in run)
            first.link_chars = sum(b.link_chars for b in run)
            first.bold_chars = sum(b.bold_chars for b in run)
            first.italic_chars = sum(b.italic_chars for b in run)
            out.append(first)
        else:
            out.extend(run)
        i = j + 1
    return out


# characters of a printed line of a PDF page: longer than verse or an address, and no
# line of the run (its last one included) longer than a page is wide
_WRAPPED_LINE = 60


def _runs_on(line: str, before: str) -> bool:
    """A line going on with the sentence before it: lower case, a number, a bracket, or
    anything after a line that leaves a bracket open."""
    first = line[:1]
    return (
        first.islower()
        or first.isdigit()
        or first in "(“\"'"
        or before.count("(") > before.count(")")
    )


_WRAPPED_MAX = 130
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "…")
_ITEM_START = re.compile(r"\s*(?:[-–+•*]|\d{1,2}[.)]|[a-zđ][.)])\s")


# Bullets Word draws before a pasted list item (mso-list paragraphs): Symbol "·" and its
# private-use twin, Courier "o", Wingdings "§", a dash list's "-"; numbers ("1.", "a)")
# are kept. (A dash typed into a paragraph of no list style is text.)
_WORD_BULLETS = frozenset("·\uf0b7o§\uf0a7•-–")


def _word_list_item(b: Block) -> bool:
    """A paragraph of a list pasted from Word: its list style named, or (the style lost)
    a glyph bullet hanging in the paragraph's negative indent."""
    style = b.element.attributes.get("style") or ""
    if "mso-list" in style:
        return True
    return b.text[0] in _GLYPH_BULLETS and "text-indent:-" in style.replace(" ", "")


_GLYPH_BULLETS = frozenset("·\uf0b7§\uf0a7")


def node_text(node: LexborNode | None) -> str:
    """Clean visible text of one element ('' for None)."""
    if node is None:
        return ""
    return clean_text(node.text(separator=" "))
