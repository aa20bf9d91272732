"""Which element holds the article's text: readability-style content scoring (text length,
commas, link density) picks the densest container; it widens where the text runs on in
sibling sections, after a lead box, around a fold or in the other cells of a layout table.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from selectolax.lexbor import LexborNode

from ..htmltext import (
    LAYOUT_ROWS,
    Block,
    ancestors,
    element_sibling,
    first_class,
    floated,
    is_data_table,
    linked_chars,
)
from ..normalize import find_dates
from ..vocab import (
    BOILERPLATE_LINE_RE,
    RELATED_HEADINGS_RE,
    SIDE_BOX_HEADING_RE,
    may_be_control,
)
from .common import PARAGRAPH_CHARS, is_meta_text

# The site's colophon: who runs it, where, licence and contacts (footers of every portal).
_COLOPHON = re.compile(
    r"(?:^|\s|\.)(?:(?:địa\s+chỉ|điện\s+thoại|email|fax|chịu\s+trách\s+nhiệm(?:\s+chính)?|"
    r"cơ\s+quan\s+chủ\s+quản|trưởng\s+ban\s+biên\s+tập)\s*:|giấy\s+phép\s+số\s+\d|"
    r"bản\s+quyền\s+thuộc|thiết\s+kế\s+(?:bởi|và\s+phát\s+triển))",
    re.IGNORECASE,
)


_NEAR_TITLE = 6  # blocks after the headline the text may start (meta lines, a sapo)


_W_NEAR_TITLE = 1.5


_W_CENTRED = 0.3


_PARA_TAGS = frozenset({"p", "li", "blockquote", "pre", "tr", "dd", "figcaption", "h2", "h3", "h4"})


def choose_container(
    blocks: list[Block], skip: frozenset[int] = frozenset(), title_idx: int | None = None
) -> int | None:
    """mem_id of the element that holds the densest run of article paragraphs.

    ``skip``: indexes of blocks that are never article text (the page footer).
    ``title_idx``: the headline's block; text starting right by it is the article's more
    likely than a denser box elsewhere (a ward's introduction, a long footer).
    """
    scores: dict[int, float] = {}
    first: dict[int, int] = {}  # each scored element's first block
    centred_share: dict[int, float] = {}  # of its score, from centred paragraphs
    lines: dict[int, list[int]] = {}  # its scored lines, and how many read as a colophon
    tabled: dict[int, float] = {}  # of its score, from table rows
    longest: dict[int, int] = {}  # its longest line
    captioned = _captioned_boxes(blocks, title_idx)
    comments = _comment_blocks(blocks)
    # a div holding several runs of bare text (split by <br><br>) is their paragraph box
    runs = Counter(b.ancestors[0] for b in blocks if b.ancestors)
    run_boxes = {a for a, n in runs.items() if n >= _RUNS}
    for n_block, b in enumerate(blocks):
        if n_block in skip or (captioned and not captioned.isdisjoint(b.ancestors[:4])):
            continue
        if n_block in comments or n_block == title_idx:
            continue
        text = b.text
        n = len(text)
        # A good paragraph: long enough, few links, not a short heading, not a control.
        if n < 25 or b.link_chars / max(1, n) >= 0.3 or (b.heading and n < 100):
            continue
        if n < 120 and may_be_control(text) and BOILERPLATE_LINE_RE.match(text):
            continue
        score = 1.0 + text.count(",") + min(n / 100.0, 3.0)
        # A <p>-like block scores its parent (and half its grandparent); a div or td
        # holding bare text scores itself and its parent, so sibling <div> paragraphs
        # add up in their common container.
        anc = b.ancestors
        if b.table_row or b.element.tag == "li":
            # a data table's rows and a list's items score what holds the table or list
            # (tr, table, …; li, ol, …): the text around it (an intro, a closing
            # paragraph) belongs with it
            targets = zip(anc[2:4], (1.0, 0.5), strict=False)
        elif b.element.tag in _PARA_TAGS:
            targets = zip(anc[1:3], (1.0, 0.5), strict=False)
        elif anc[0] in run_boxes:
            targets = zip(anc[0:2], (1.0, 0.5), strict=False)
        else:
            targets = zip(anc[0:3], (1.0, 1.0, 0.5), strict=False)
        centred = b.align == "center"
        colophon = n < 300 and bool(_COLOPHON.search(text))
        for a, weight in targets:
            if a not in scores:
                scores[a] = 0.0
                first[a] = n_block
                centred_share[a] = 0.0
                lines[a] = [0, 0]
                tabled[a] = 0.0
            scores[a] += score * weight
            if b.table_row:
                tabled[a] += score * weight
            if centred:
                centred_share[a] += score * weight
            lines[a][0] += 1
            lines[a][1] += colophon
            longest[a] = max(longest.get(a, 0), n)
    if not scores:
        return None
    # shares of the unweighted score, like centred_share: a table standing alone, and prose
    tables = {a for a in scores if tabled[a] >= 0.8 * scores[a]}
    prose = {a for a in scores if tabled[a] < 0.5 * scores[a]}
    for a, part in centred_share.items():
        if part >= 0.8 * scores[a]:
            scores[a] *= _W_CENTRED  # all centred: a footer's address lines, a banner
    for a, (count, colophons) in lines.items():
        if colophons >= 2 and colophons * 2 >= count:
            scores[a] *= _W_CENTRED  # "Địa chỉ: …", "Điện thoại: …", "Giấy phép …": a colophon
    near: set[int] = set()
    if title_idx is not None:
        for a, at in first.items():
            if title_idx - 2 <= at <= title_idx + _NEAR_TITLE:
                scores[a] *= _W_NEAR_TITLE
                near.add(a)
    # Text and link share within the 8 nearest block ancestors, for scored elements only.
    total = dict.fromkeys(scores, 0)
    links = dict.fromkeys(scores, 0)
    for b in blocks:
        n = len(b.text)
        link_chars = b.link_chars
        for a in b.ancestors[:8]:
            if a in total:
                total[a] += n
                links[a] += link_chars
    final = {a: scores[a] * (1 - links[a] / max(1, total[a])) for a in scores}
    best = max(final, key=lambda a: final[a])
    if best not in near and near and best in tables:
        # A table standing alone away from the headline ("Lịch công tác tuần" in a side
        # column) loses to prose by the headline that sits closer to it in the tree.
        assert title_idx is not None
        reach = _tree_reach(blocks, first, title_idx)
        # (prose: a paragraph at least, not a header's date and counters, holdout277)
        closer = [
            a for a in near & prose if reach(a) < reach(best) and longest[a] >= _PARAGRAPH_CHARS
        ]
        if closer:
            best = max(closer, key=lambda a: final[a])
    if title_idx is not None:
        best = _in_headlines_column(blocks, first, lines, prose, final, best, title_idx)
        rival = _another_headline(blocks, best, first[best], title_idx)
        if rival is not None:
            # another story's text, or the box of several stories: the headline's own
            own = [a for a in near & prose if lines[a][0] >= 2 and a not in blocks[rival].ancestors]
            best = max(own, key=lambda a: final[a]) if own else best
    if best in run_boxes:
        best = _with_sibling_text(blocks, best, skip | comments, captioned)
    return best


_PARAGRAPH_CHARS = 80
_RUNS = 3  # bare-text runs in one div that make it a paragraph box


def _with_sibling_text(
    blocks: list[Block], box: int, skip: frozenset[int] | set[int], captioned: set[int]
) -> int:
    """A div of <br>-separated paragraphs is the text, or one part of it: its parent when
    a sibling holds more prose (a list, then another such div), not only other boxes
    (a notice board, comments, the address)."""
    at = next((b for b in blocks if b.ancestors and b.ancestors[0] == box), None)
    if at is None or len(at.ancestors) < 2:
        return box
    parent = at.ancestors[1]
    for i, b in enumerate(blocks):
        if i in skip or box in b.ancestors or parent not in b.ancestors:
            continue
        if not captioned.isdisjoint(b.ancestors[:4]) or not _is_prose(b) or is_meta_text(b.text):
            continue
        # (a line of the address box: "Giờ làm việc: …" beside "Địa chỉ: …")
        if b.link_density < 0.1 and not _COLOPHON.search(b.element.text(separator=" ")[:600]):
            return parent
    return box


# A grid column beside others: Bootstrap's col-md-8, Foundation's large-8, 960.gs grid_8,
# Bootstrap 2's span8 (a full-width col-12 is a row, not a column).
_GRID_COLUMN = re.compile(
    r"(?:^|\s)(?:col(?:-(?:xs|sm|md|lg|xl|xxl))?-(?!12\b)\d{1,2}|(?:small|medium|large)-(?!12\b)\d{1,2}"
    r"|grid_\d{1,2}|span(?!12\b)\d{1,2})(?:\s|$)"
    # columns named by their side: col-left, content-right, cot-trai, left_column, sidebar
    r"|(?:^|[\s_-])(?:left|right|trai|phai)[_-]?(?:col|column|content|cot|side)(?:$|[\s_-])"
    r"|(?:^|[\s_-])(?:col|column|content|cot|khoi)[_-]?(?:left|right|trai|phai)(?:$|[\s_-])"
    r"|(?:^|\s)sidebar(?:$|\s)",
    re.IGNORECASE,
)


def _column_of(node: LexborNode) -> LexborNode | None:
    """The page column holding ``node``: a table cell beside other cells of its row, or a
    grid column; None when the page has no columns around it."""
    for up in ancestors(node, 12):
        if up.tag == "td" and up.parent is not None:
            cells = [c for c in up.parent.iter() if c.tag in ("td", "th")]
            if len(cells) >= 2:
                return up
        elif _GRID_COLUMN.search(up.attributes.get("class") or ""):
            return up
    return None


def _in_headlines_column(
    blocks: list[Block],
    first: dict[int, int],
    lines: dict[int, list[int]],
    prose: set[int],
    final: dict[int, float],
    best: int,
    title_idx: int,
) -> int:
    """The article's text in the headline's own page column, over a denser box in the
    column beside it (a short notice beside a ward's introduction): the text sits under
    its headline. Two paragraphs there, or one plain one (a one-paragraph notice): a sapo
    set off in bold or italics beside the headline never takes the place of a text laid
    out in the next column."""
    column = _column_of(blocks[title_idx].element)
    if column is None or column.parent is None:
        return best
    col, row = column.mem_id, column.parent.mem_id
    best_anc = blocks[first[best]].ancestors
    if col in best_anc or row not in best_anc[best_anc.index(best) :]:
        return best  # the text is in the headline's column, or not in a column beside it
    own = [
        a
        for a in prose
        if first[a] > title_idx
        and col in blocks[first[a]].ancestors
        and (lines[a][0] >= 2 or _plain_paragraph(blocks[first[a]]))
    ]
    return max(own, key=lambda a: final[a]) if own else best


def folded_part(node: LexborNode | None) -> LexborNode | None:
    """:func:`_fold_around`, else :func:`_fold_beside`."""
    return _fold_around(node) or _fold_beside(node)


_CONTROL_CHARS = 40  # a button's or a fade's words at most, beside a preview and its fold


def _fold_beside(node: LexborNode | None) -> LexborNode | None:
    """The box of a preview and the rest of the text folded beside it, a button between
    that opens it (Alpine's ``x-show`` box, Bootstrap's "collapse"), when the densest text
    is one of the two (or inside one) and the box holds nothing else: both are the text."""
    for part in (node, *ancestors(node, 4)) if node is not None else ():
        parent = part.parent
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            return None
        kids = [c for c in parent.iter() if c.tag not in ("-text", "-comment")]
        texts = [k for k in kids if len(k.text(strip=True)) > _CONTROL_CHARS]
        folds = [k for k in texts if _openable(k)]  # (not an empty fade, "x-show=!open")
        if (
            len(folds) == 1  # (one of the two texts)
            and len(texts) == 2
            and part.mem_id in {t.mem_id for t in texts}
            and min(len(t.text(strip=True)) for t in texts) >= PARAGRAPH_CHARS
        ):
            return parent
    return None


def _openable(box: LexborNode) -> bool:
    attrs = box.attributes
    classes = (attrs.get("class") or "").split()
    return "x-show" in attrs or ("collapse" in classes and "show" not in classes)


def _fold_around(node: LexborNode | None) -> LexborNode | None:
    """The box holding the fold the densest text sits in, when prose stands beside it: the
    rest of the text folded under "Xem toàn văn" (a ``<details>``), or collapsed by its
    style until "Đọc tiếp toàn bài" opens it (``max-height:0``, ``aria-expanded="false"``:
    Nuxt's "article-body__more" after the visible paragraphs)."""
    if node is None:
        return None
    fold = next((up for up in (node, *ancestors(node, 4)) if _folded(up)), None)
    parent = fold.parent if fold is not None else None
    if fold is None or parent is None or parent.tag in ("body", "html"):
        return None
    for p in parent.css("p"):
        if len(p.text(strip=True)) >= PARAGRAPH_CHARS and not _inside_node(p, fold):
            return parent
    return None


def _folded(node: LexborNode) -> bool:
    if node.tag == "details":
        return True
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    return "max-height:0" in style and "overflow:hidden" in style


def _inside_node(node: LexborNode, box: LexborNode) -> bool:
    return any(up.mem_id == box.mem_id for up in ancestors(node, 12))


def outside_headlines_article(
    blocks: list[Block], node: LexborNode | None, title: int
) -> frozenset[int]:
    """Indexes of the blocks outside the headline's ``<article>`` when the densest text
    ``node`` sits in another ``<article>`` beside it (the next article appended under
    "TIN TIẾP THEO", long where the page's own item is short): the text is looked for in
    the headline's own. Empty when the headline is in no ``<article>`` or the text is."""
    own = _article_of(blocks[title].element)
    theirs = _article_of(node, itself=True) if node is not None else None
    if own is None or theirs is None or theirs.mem_id == own.mem_id:
        return frozenset()
    if _inside_node(theirs, own):
        return frozenset()  # (an <article> inside the headline's: its own part)
    return frozenset(i for i, b in enumerate(blocks) if own.mem_id not in b.ancestors)


def _article_of(node: LexborNode, itself: bool = False) -> LexborNode | None:
    if itself and node.tag == "article":
        return node
    return next((up for up in ancestors(node, 15) if up.tag == "article"), None)


def bilingual_box(node: LexborNode | None) -> LexborNode | None:
    """The box holding the densest text and its other language: a translation box
    (``<div lang="vi">``) after paragraphs of the text in Khmer (``<p lang="km">``) in the
    same parent, the language a paragraph's own. (Short lines of another language than the
    translation's, denser by their words, lose to it on score alone.)"""
    if node is None or node.parent is None or node.parent.tag in ("body", "html"):
        return None
    own = (node.attributes.get("lang") or "").lower()
    if not own:
        return None
    for child in node.parent.iter():
        lang = (child.attributes.get("lang") or "").lower()
        if child.mem_id != node.mem_id and lang and lang != own and child.text(strip=True):
            return node.parent
    return None


def layout_table_box(node: LexborNode | None, headline: Block | None) -> LexborNode | None:
    """The box around an old editor's layout table when the densest text is one of its
    cells: a few rows of cells under the headline that all hold prose (the text beside its
    picture and caption, a paragraph per cell), none a column of links. (A page's layout
    table holds the headline, or its menus.)"""
    if node is None or headline is None:
        return None
    table = next((up for up in ancestors(node, 5) if up.tag == "table"), None)
    if table is None or table.parent is None or table.mem_id in headline.ancestors:
        return None
    if is_data_table(table):
        return None
    nested = sum(
        len(inner.css("tr")) for inner in table.css("table") if inner.mem_id != table.mem_id
    )
    if len(table.css("tr")) - nested > LAYOUT_ROWS:
        return None
    prose = 0
    for c in table.css("td, th"):
        text = len(c.text(strip=True))
        if not text:
            continue
        if linked_chars(c) * 3 > text:
            return None  # a column of links: the page's own layout
        prose += text >= PARAGRAPH_CHARS
    return table.parent if prose >= 2 else None


def _another_headline(blocks: list[Block], box: int, at: int, title_idx: int) -> int | None:
    """Another headline made like the page's own (``<h2 class="story__title">`` both) right
    above the text starting at block ``at`` or inside its ``box``: the text of another
    story, or the box of several, on a page of full stories."""
    head = blocks[title_idx].element
    kind = (head.tag, head.attributes.get("class"))
    for i, b in enumerate(blocks):
        if (
            i == title_idx
            or not b.heading
            or (b.element.tag, b.element.attributes.get("class")) != kind
        ):
            continue
        if at - 3 <= i < at or box in b.ancestors:
            return i
    return None


LEAD_CLASS = re.compile(r"sapo|lead|summary|tomtat|tom-tat|mota|mo-ta|desc|intro", re.I)


def _plain_paragraph(b: Block) -> bool:
    """A paragraph of text, not a sapo: long enough, not set off, not classed as a lead."""
    if len(b.text) < 80 or b.styled:
        return False
    return not any(
        LEAD_CLASS.search(node.attributes.get("class") or "")
        for node in (b.element, *ancestors(b.element, 2))
    )


def _tree_reach(blocks: list[Block], first: dict[int, int], title_idx: int) -> Callable[[int], int]:
    """How far up from the headline an element's branch joins the headline's: 0 for
    the headline's own box, more for a box in another column of the page."""
    up = {m: i for i, m in enumerate(blocks[title_idx].ancestors)}
    far = len(up)

    def reach(a: int) -> int:
        anc = blocks[first[a]].ancestors
        for m in anc[anc.index(a) :]:
            if m in up:
                return up[m]
        return far

    return reach


_CAPTION = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}")


def _captioned_boxes(blocks: list[Block], title_idx: int | None) -> set[int]:
    """Boxes opening with a short ALL-CAPS caption ("GIỚI THIỆU CHUNG", "TIN MỚI"), or a
    heading naming a side column's standing box ("Giới thiệu chung", "Lịch công tác
    tuần"), away from the headline: a sidebar's or footer's boxes, whatever their classes
    say."""
    boxes: set[int] = set()
    for i, b in enumerate(blocks):
        text = b.text
        # (not a chat bubble's avatar initials, "MD": a caption is a word at least)
        caps = 3 <= len(text) <= 40 and text.isupper() and _CAPTION.fullmatch(text)
        # (an intertitle "I. MỤC ĐÍCH, YÊU CẦU" is numbered and punctuated)
        named = b.heading and len(text) <= 80 and SIDE_BOX_HEADING_RE.match(text)
        if not (caps or named) or len(b.ancestors) < 2:
            continue
        box = b.ancestors[1]
        if named and i + 1 < len(blocks):
            # the heading may sit in its own bar (div.portlet-topper > h2): the box is
            # what holds the heading and what follows it
            after = blocks[i + 1].ancestors
            box = next((a for a in b.ancestors[1:5] if a in after), box)
        if (
            title_idx is not None
            and title_idx - 2 <= i <= title_idx + _NEAR_TITLE
            # (a short article's text may end before it: a caption after prose is a box's)
            and not any(_is_prose(blocks[k]) for k in range(title_idx + 1, i))
            # (a box floated beside the text is an aside wherever it starts)
            and not floated(_node_at(b, box))
        ):
            continue
        if i == 0 or box not in blocks[i - 1].ancestors:  # the caption opens its box
            boxes.add(box)
    return boxes


_COMMENT_INITIALS = frozenset("ÝýYyBbGgVvCc")


def _comment_blocks(blocks: list[Block]) -> set[int]:
    """Readers' comments: the blocks after an "Ý kiến bạn đọc (3)" heading in its box.
    They never make a box the article's, however much they say."""
    found: set[int] = set()
    for i, b in enumerate(blocks):
        text = b.text
        if (
            len(text) < 60
            and text[:1] in _COMMENT_INITIALS  # (a cheap test first: most lines start otherwise)
            and len(b.ancestors) > 1
            and COMMENTS_HEADING.match(text)
        ):
            box = b.ancestors[1]
            found.update(k for k in range(i, len(blocks)) if box in blocks[k].ancestors)
    return found


def _node_at(b: Block, mem_id: int) -> LexborNode | None:
    return next((n for n in ancestors(b.element, 6) if n.mem_id == mem_id), None)


def _is_prose(b: Block) -> bool:
    return len(b.text) >= 100 and b.link_density < 0.3 and not b.heading


# Boxes a page builder stacks the text in: sections, Wagtail StreamField blocks
# ("block-paragraph", "block-image"), Drupal Paragraphs ("paragraph--type--text").
# a page builder's widget boxes: twins in a column, the column's section twins in turn
# (Themify's "module module-text tb_dec6d3", Zion Builder's "zb-el-text zb-el-b4016fa7")
_BUILDER_WIDGETS = (
    r"^elementor-element\s|^et_pb_module\s|^module\s+module-[\w-]+\s+tb_"
    r"|^zb-el-[a-z]+\s+zb-el-[0-9a-f]{8}(?:\s|$)"
    r"|^qx-element\s"  # (Quix's "qx-element qx-element-text-v2")
    r"|^dslc-module-front\s"  # (Live Composer's modules, holdout316)
    # (Visual Composer Website Builder's "vce-text-block", "vce-classic-tabs", a row set in
    # a column, "vce-row-container"; not a row's or a column's own boxes)
    r"|^vce-(?!row(?:\s|$|-content)|col)[a-z-]+(?:\s|$)"
)
# a page builder's rows: WPBakery's (holdout276/wpbakery_nongdan), Themify's
# (holdout296/themify_phunu), Quix's (holdout303/quix_mttq), Visual Composer Website
# Builder's (holdout309/vcwb_mttq)
_BUILDER_ROWS = r"^vc_row\s|^module_row\s|^qx-row(?:\s|$)|^vce-row-container(?:\s|$)"
_SECTION_CLASS = re.compile(
    # (OpenCms Mercury's "piece" boxes, AEM's text components in their grid columns,
    # Sitecore SXA's "component rich-text" between "component image" ones, SharePoint's
    # canvas zones; Storyblok's "blok-richtext" boxes; TYPO3's text content elements,
    # "frame frame-default frame-type-textmedia", not its news plugin's or HTML's)
    r"section|(?:^|\s)(?:block|blok)-\w|(?:^|\s)paragraph--|(?:^|\s)piece(?:\s|$)|aem-GridColumn(?:\s|$)|"
    r"(?:^|\s)frame-type-(?:text|textmedia|textpic|bullets|table)(?:\s|$)|"
    # (a Q&A told as a chat: the question's bubble, then the answer's, holdout330)
    r"(?:^|[\s-])msg(?:--|-(?:in|out|ask|reply|answer)(?:\s|$)|\s|$)"
    r"|^component\s|^wp-block-(?:group|columns|cover|media-text)(?:\s|$)"
    # YOOtheme's builder rows ("uk-grid tm-grid-expand", holdout335)
    r"|(?:^|\s)tm-grid-expand(?:\s|$)"
    # SharePoint's modern page: the text's blocks in one CanvasZone each
    r"|^CanvasZone(?:\s|$)"
    # WebSphere's WCM: a content item's elements in a box each (summary, text, its sequel)
    r"|^wcm-element\s"
    # a builder's rows, the text in a column of each
    r"|"
    + _BUILDER_ROWS
    # Umbraco's block grid items (a rich text block, an FAQ block, holdout297)
    + r"|^umb-block-grid__layout-item(?:\s|$)"
    # Concrete CMS's blocks in an area ("ccm-custom-style-container … ccm-block-faq")
    r"|(?:^|\s)ccm-block-\w"
    # Drupal Layout Builder's sections ("layout layout--onecol", "layout layout--twocol-section")
    r"|^layout\s+layout--"
    # Elementor's and Divi's widgets and modules, the text in several of them
    r"|" + _BUILDER_WIDGETS
)
_BUILDER_WIDGET = re.compile(_BUILDER_WIDGETS)


def sections_parent(blocks: list[Block], node: LexborNode | None) -> LexborNode | None:
    """The parent of ``node`` when the article runs on in siblings of the same kind
    (``<section class="emg-section">`` × 4 in a longform): two or more of them, the chosen
    one included, hold a paragraph of text. None otherwise."""
    # the section itself, or the inner boxes it wraps the text in (a page builder's
    # section > container > column > widget-wrap > widget > widget-container)
    found: LexborNode | None = None  # a builder's widgets' column, while looking higher
    wrapped = True  # every box so far is its parent's only element
    climb, levels = _SECTION_CLIMB, 0
    while climb > 0 and levels < _BUILDER_CLIMB:
        levels += 1
        if node is None or node.parent is None or node.tag in ("body", "html", "main"):
            return found
        # (a page builder's own boxes, named by its prefix, are free: it nests its widgets
        # in a dozen of them, holdout276)
        climb -= not _BUILDER_BOX.search(node.attributes.get("class") or "")
        kind = (node.tag, _block_kind(first_class(node)))
        builder_row = wrapped and _builder_row(node)
        if (
            kind[0] != "section"
            and not _SECTION_CLASS.search(node.attributes.get("class") or "")
            and not builder_row
        ):
            wrapped = wrapped and _only_element_child(node)
            node = node.parent
            continue  # table cells and list items also come in twins: only sections count
        # twins share the tag and the first class ("elementor-section elementor-element-9768d4b"
        # and "elementor-section elementor-inner-section …" are two of a kind)
        # (a StreamField's "block-paragraph", "block-heading", "block-table" are one kind)
        twins = {
            c.mem_id for c in node.parent.iter() if (c.tag, _block_kind(first_class(c))) == kind
        }
        if len(twins) < 2 and (wrapped_twins := _wrapped_twins(node, kind)):
            node, twins = node.parent, wrapped_twins  # (Drupal's "field__item" round each)
        elif len(twins) < 2 and _BUILDER_ROW.search(node.attributes.get("class") or ""):
            # a builder's one row among the theme's own boxes in the post (WPBakery's row,
            # then Qode's heading and tabs, holdout309): its siblings are the text's parts
            twins = {c.mem_id for c in node.parent.iter() if c.tag not in ("-text", "-comment")}
        if len(twins) >= 2:
            texty = {
                a
                for b in blocks
                if len(b.text) >= 80 and b.link_density < 0.1
                for a in b.ancestors
                if a in twins
            }
            texty |= _texty_in_sum(blocks, twins - texty)
            # (the chosen one holds text, or a table or a list between the text's blocks)
            chosen = node.mem_id in texty or node.css_first("table, ol, ul") is not None
            widget = _BUILDER_WIDGET.match(node.attributes.get("class") or "") is not None
            if len(texty) < 2 or not chosen or _dated_stories(blocks, twins):
                if widget:
                    node = node.parent  # (one widget of text: its section may have twins)
                    continue
                return found
            if not widget:
                return node.parent
            # (a builder's widgets in a column: the column's section may have twins too,
            # the text running on in the next sections)
            found = node.parent
        node = node.parent
    return found


_BUILDER_ROW = re.compile(_BUILDER_ROWS)


def _wrapped_twins(node: LexborNode, kind: tuple[str, str]) -> set[int]:
    """The wrappers of ``node``'s twins when each section sits alone in a wrapper of one
    kind (Drupal Paragraphs, each in a ``div.field__item``): the wrappers are the twins."""
    wrapper = node.parent
    if (
        wrapper is None
        or wrapper.parent is None
        or not _only_element_child(node)
        # (a builder's section alone in its template part: header, post and footer parts)
        or node.tag == "section"
        or _BUILDER_BOX.search(node.attributes.get("class") or "")
    ):
        return set()
    wkind = (wrapper.tag, first_class(wrapper))
    found = set()
    for c in wrapper.parent.iter():
        if (c.tag, first_class(c)) != wkind:
            continue
        inner = [k for k in c.iter() if k.tag not in ("-text", "-comment")]
        if len(inner) == 1 and (inner[0].tag, _block_kind(first_class(inner[0]))) == kind:
            found.add(c.mem_id)
    return found if len(found) >= 2 else set()


def _texty_in_sum(blocks: list[Block], boxes: set[int]) -> set[int]:
    """The ``boxes`` whose short lines add up to text: a numbered section of the text that
    is all list items ("2. Khuyến cáo người chăn nuôi" over four recommendations)."""
    if not boxes:
        return set()
    chars: Counter[int] = Counter()
    for b in blocks:
        if b.heading or b.link_density >= 0.1:
            continue
        for a in b.ancestors:
            if a in boxes:
                chars[a] += len(b.text)
                break
    return {a for a, n in chars.items() if n >= _SECTION_TEXT_CHARS}


_SECTION_TEXT_CHARS = 160


def table_among_texts(blocks: list[Block], node: LexborNode | None) -> LexborNode | None:
    """The box holding the text when ``node``, the densest box, is a table component set
    between text components of another kind (AEM's ``div.table`` between ``div.text``
    boxes): the table's rows outweighed each text box. None otherwise."""
    box = node  # (the table's own box: the densest element may be the table itself)
    while box is not None and box.tag in ("table", "tbody", "thead", "tr", "td", "th"):
        box = box.parent
    if box is None or not _a_table_alone(box):
        return None
    for _ in range(_SECTION_CLIMB):
        if node is None or node.parent is None or node.tag in ("body", "html", "main"):
            return None
        parent = node.parent
        kinds = Counter(
            (c.tag, first_class(c))
            for b in blocks
            if len(b.text) >= 80 and b.link_density < 0.1 and node.mem_id not in b.ancestors
            for c in parent.iter()
            if c.mem_id in b.ancestors
        )
        if kinds:
            ((kind, lines),) = kinds.most_common(1)
            twins = {c.mem_id for c in parent.iter() if (c.tag, first_class(c)) == kind}
            texty = {a for b in blocks if len(b.text) >= 80 for a in b.ancestors if a in twins}
            if len(texty) < 2 and len(kinds) >= 2 and sum(kinds.values()) >= 2:
                # (text boxes of two kinds around the table: YOOtheme's panels and an
                # accordion's box under the table's "uk-visible@m" wrapper, holdout335)
                return parent
            return parent if len(texty) >= 2 else None
        node = parent
    return None


def _a_table_alone(node: LexborNode) -> bool:
    """A box holding one data table and little more (its hint, its caption), no layout
    table around a page."""
    tables = node.css("table")
    if (
        len(tables) != 1
        or node.tag in ("td", "tr", "tbody", "table")
        or not is_data_table(tables[0])
    ):
        return False
    outside = len(node.text(strip=True)) - len(tables[0].text(strip=True))
    return outside <= _TABLE_BOX_EXTRA


_TABLE_BOX_EXTRA = 200  # characters beside the table in its box: a hint, a note, a button


_TEASER_WORDS = 4  # a linked headline's words, at least


def between_sections(blocks: list[Block], parent: LexborNode) -> frozenset[int]:
    """Indexes of blocks in boxes of another kind between the text's sections that link a
    story (AEM's related-story teaser between two text components): set into the text,
    not part of it."""
    kinds = {
        c.mem_id: (c.tag, _block_kind(first_class(c)))
        for c in parent.iter()
        if c.tag not in ("-text", "-comment")
    }
    texty: dict[int, tuple[str, str]] = {}
    for b in blocks:
        if len(b.text) >= 80 and b.link_density < 0.1:
            for a in b.ancestors:
                if a in kinds:
                    texty.setdefault(a, kinds[a])
    if not texty:
        return frozenset()
    kind = Counter(texty.values()).most_common(1)[0][0]
    order = list(kinds)
    sections = [k for k in order if k in texty and texty[k] == kind]
    first, last = order.index(sections[0]), order.index(sections[-1])
    boxes = {k for k in order[first:last] if kinds[k] != kind}
    # (a picture and its caption between them is the text's; a box linking a story is not)
    teasers = {
        k
        for i, b in enumerate(blocks)
        if b.link_density > 0.5 and len(b.text.split()) >= _TEASER_WORDS
        for k in boxes.intersection(b.ancestors)
    }
    return frozenset(i for i, b in enumerate(blocks) if not teasers.isdisjoint(b.ancestors))


def sections_after(blocks: list[Block], node: LexborNode | None) -> LexborNode | None:
    """The run of text sections right after ``node`` when ``node`` holds one paragraph
    only: a lead box ("article__intro") won over text split into one box per paragraph
    (Wagtail's StreamField, Drupal's paragraphs), each shorter than the lead. None
    otherwise."""
    if node is None:
        return None
    inside = [b for b in blocks if node.mem_id in b.ancestors and len(b.text) >= 25]
    after = element_sibling(node, "next")
    if len(inside) != 1 or after is None:
        return None
    first = next(
        (
            b
            for b in blocks
            if after.mem_id in b.ancestors and len(b.text) >= 80 and b.link_density < 0.1
        ),
        None,
    )
    if first is None or first.element.parent is None:
        return None
    run = sections_parent(blocks, first.element.parent)
    # (the run is that next box, or inside it)
    if run is None or all(n.mem_id != after.mem_id for n in (run, *ancestors(run))):
        return None
    return run


def _dated_stories(blocks: list[Block], twins: set[int]) -> bool:
    """Two or more of the sections open with a heading and a date under it: each its own
    story (a one-page site's sections), not parts of one text."""
    opened: set[int] = set()
    dated = 0
    for i, b in enumerate(blocks):
        box = next((a for a in b.ancestors if a in twins), None)
        if box is None or box in opened:
            continue
        opened.add(box)
        if b.heading and RELATED_HEADINGS_RE.match(b.text):
            continue  # "Tin cùng chuyên mục" over other stories' titles: no story of its own
        if b.heading and any(
            len(n.text) < 80 and find_dates(n.text) for n in blocks[i + 1 : i + 3]
        ):
            dated += 1
            if dated >= 2:
                return True
    return False


_SECTION_CLIMB = 8  # boxes a site builder wraps a text box in (Google Sites: seven)
_BUILDER_CLIMB = 20  # levels in all, a builder's own boxes counted
# the class prefixes of page builders' own boxes: Elementor, WPBakery, Divi, Beaver Builder,
# SP Page Builder, Gutenberg, Flatsome's UX Builder, Oxygen, Brizy, Thrive, Bricks, Themify,
# Zion, Quix, Visual Composer, Live Composer
_BUILDER_BOX = re.compile(
    r"(?:^|\s)(?:elementor-|vc_|wpb_|et_pb_|fl-|sppb-|wp-block-|ux-|ct-|brz-|tve-|brxe-|tb_|tf_|zb-|qx-|vce-"
    r"|dslc-)"
)


def _only_element_child(node: LexborNode) -> bool:
    parent = node.parent
    if parent is None:
        return False
    return sum(1 for c in parent.iter() if c.tag not in ("-text", "-comment")) == 1


def _builder_row(node: LexborNode) -> bool:
    """A site builder's row of the page (Google Sites' ``div.LS81yb``): reached from the
    text through wrappers only, with three or more siblings of exactly its classes."""
    parent, classes = node.parent, node.attributes.get("class")
    if parent is None or not classes:
        return False
    return sum(1 for c in parent.iter() if c.attributes.get("class") == classes) >= 3


_BLOCK_KIND = re.compile(
    r"block-(?=\w)|zb-el-(?=[a-z])|vce-(?!row(?:\s|$|-content)|col)(?=[a-z])"
    # Breakdance's elements, their first class numbered by post and element
    # ("bde-section-6120-102", "bde-rich-text-6120-101", holdout316)
    r"|bde-(?=[a-z][a-z-]*-\d+-\d+$)"
    # Gutenberg's layout blocks, a group and a row of columns one kind (holdout328)
    r"|wp-block-(?=(?:group|columns|cover|media-text)(?:\s|$))"
)


def _block_kind(cls: str) -> str:
    """A box's kind by its first class, the blocks of a StreamField one kind whatever they
    hold ("block-paragraph", "block-table" → "block-"), as are Zion Builder's elements
    ("zb-el-text", "zb-el-accordions" → "zb-el-") and Visual Composer's ("vce-text-block",
    "vce-classic-tabs" → "vce-")."""
    m = _BLOCK_KIND.match(cls)
    return m.group(0) if m else cls


# Where readers' comments begin: nothing after it is the article's text.
COMMENTS_HEADING = re.compile(
    r"^\s*(?:ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)|bình\s+luận|"
    r"(?:gửi|viết)\s+(?:ý\s+kiến|bình\s+luận)(?:\s+của\s+bạn)?|comments?)"
    r"(?:\s+\(\d+\))?\s*:?\s*$",
    re.IGNORECASE,
)
