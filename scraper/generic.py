"""Generic article heuristics: find title, date, body, author and views on any portal.

Works on the :class:`~scraper.htmltext.Block` list of a page:

- **body**: readability-style content scoring (text length, commas, link
  density) picks the densest container; a lead paragraph just above it is
  added; related-news lists, controls and the signature are cut off;
- **title**: the heading-like element that best matches <title>/og:title,
  else <title> with the site name removed, trailing "(17/06/2022)" dropped;
- **date**: JSON-LD/meta/<time>, else a date next to the title (a
  publication label beats an update label), else one just after the body;
- **author**: a labelled line ("Tác giả:"), an author element, or a final
  signature line (bold/right-aligned, "Name - role", short name-like line);
- **views**: "Lượt xem: 1.234" and similar labels near the article, never
  the site-wide visitor counters.

Pure functions; the vocabulary lives in :mod:`scraper.vocab`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .htmltext import Block, ancestors, node_text
from .metadata import PageMeta
from .normalize import clean_text, find_dates, parse_count
from .vocab import (
    ANSWER_DATE_RE,
    ASKER_LABEL_RE,
    ATTACHMENT_LINE_RE,
    AUTHOR_INLINE_RE,
    AUTHOR_LABEL_ONLY_RE,
    AUTHOR_LABEL_RE,
    BOILERPLATE_LINE_RE,
    CMS_ACCOUNT_RE,
    COUNT_ONLY_RE,
    CREDIT_LINE_RE,
    DOCUMENT_FIELD_RE,
    DOCUMENT_RE,
    FILING_LABEL_RE,
    NEXT_FIELD_RE,
    PLAYER_CONTROL_RE,
    PRINTED_URL_RE,
    PUBLISHED_LABEL_RE,
    PUBLISHED_WORDS,
    QUESTION_DATE_RE,
    RELATED_HEADINGS_RE,
    SITE_COUNTER_RE,
    SOURCE_LABEL_RE,
    UPDATED_LABEL_RE,
    UPDATED_WORDS,
    VIEWS_AFTER_RE,
    VIEWS_LABEL_ONLY_RE,
    VIEWS_RE,
    VIEWS_WORDS,
    has_colon,
    may_be_control,
    may_match,
)

_TITLE_SELECTORS = (
    'h1, h2, h3, [itemprop="headline" i], [class*="title" i], [id*="title" i], '
    '[class*="tieude" i], [id*="tieude" i], [class*="headline" i], [class*="contentheading" i]'
)
_SITE_WORDS = re.compile(
    r"cổng\s+(?:thông\s+tin|ttđt|tt)|trang\s+(?:thông\s+tin|tin\s+tức|chủ)|website|portal|"
    r"\.gov\.vn|^ubnd\s|^sở\s|báo\s+điện\s+tử|"
    # a <title> that is only a place: "Huyện Bạch Thông", "UBND xã Hòa Bình"
    r"^(?:ubnd\s+)?(?:huyện|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|quận)\s+\S+(?:\s+\S+)?$",
    re.IGNORECASE,
)
# The words that name a site outright, even in a long part ("Cổng TTĐT xã A, huyện B").
_PORTAL_WORDS = re.compile(
    r"cổng\s+(?:thông\s+tin|ttđt|tt)|trang\s+(?:thông\s+tin|tin\s+tức)|website|portal|"
    r"\.gov\.vn|báo\s+điện\s+tử",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_VIEW_WORDS = ("xem", "đọc", "view", "truy cập", "hits", "lần", "read", "👁")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—»:]|::)\s+")
_DATE_SUFFIX = re.compile(r"\s*[(\[]\s*[\d/.\-: ]{8,22}\s*[)\]]\s*$")
_WORD = re.compile(r"\w+", re.UNICODE)
_NAME_ROLE = re.compile(r"^[A-ZÀ-Ỹ][^\s\-–]*(?:\s+[A-ZÀ-Ỹ][^\s\-–]*){1,5}\s*[-–]\s*\S.{0,80}$")
_NAME_ONLY = re.compile(
    r"^(?:[A-ZĐÀ-Ỹ][\w.]*\.?\s*){1,5}(?:\([^)]{1,40}\))?$|^[A-ZĐ]{1,3}\.\s?[A-ZĐ]{1,3}\.?$"
)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def similarity(a: str, b: str) -> float:
    """Share of ``a``'s words found in ``b`` (order-free), 0..1."""
    ta, tb = tokens(a), set(tokens(b))
    if not ta or not tb:
        return 0.0
    return sum(1 for t in ta if t in tb) / len(ta)


def strip_date_suffix(title: str) -> str:
    return _DATE_SUFFIX.sub("", title).strip()


_OFFICE_START = re.compile(r"^\s*(?:ubnd|sở)\s", re.IGNORECASE)
_ENDS_WITH_PLACE = re.compile(
    r"\b(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+\S+(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)


def split_doc_title(doc_title: str, site_name: str = "") -> tuple[str, bool]:
    """<title>'s headline part ("Cổng TTĐT phường X - Title" → "Title"), and whether the
    <title> is only the site's name.

    A part naming the site that goes on past another part ("Sở Tư pháp tỉnh Nghệ An
    thăm hỏi …" beside "Sở Tư pháp tỉnh Nghệ An") is a headline about the site.
    """
    keep, site = _title_parts(doc_title, site_name)
    if not keep:
        return max(site, key=len), True
    return max(keep, key=len), False


def _title_parts(doc_title: str, site_name: str = "") -> tuple[list[str], list[str]]:
    """<title> split at its separators: the headline's parts and the parts naming the
    site (a lone part is one or the other)."""
    parts = [p for p in _TITLE_SEPARATORS.split(doc_title) if p.strip()] or [doc_title]
    if len(parts) == 1:
        return ([], parts) if _SITE_WORDS.search(doc_title) else (parts, [])
    low = [p.lower() for p in parts]

    def names_site(i: int) -> bool:
        part = parts[i]
        if site_name and part == site_name:
            return True
        if _PORTAL_WORDS.search(part):
            return True
        # "UBND xã …", "Sở …" name a body when they end with its place ("Sở Văn hóa, Thể
        # thao và Du lịch tỉnh Ninh Bình"); a headline goes on past it ("Sở Tài chính tỉnh
        # Đồng Tháp thăm hỏi, tặng quà …"), maybe past another part naming the site
        if not _SITE_WORDS.search(part):
            return False
        if _OFFICE_START.match(part) and not _ENDS_WITH_PLACE.search(part):
            return False
        return not any(low[i].startswith(other + " ") for other in low if len(other) < len(low[i]))

    site = [names_site(i) for i in range(len(parts))]
    return (
        [p for p, is_site in zip(parts, site, strict=True) if not is_site],
        [p for p, is_site in zip(parts, site, strict=True) if is_site],
    )


def title_from_doc_title(doc_title: str, site_name: str = "") -> str:
    """<title> without the site name part ("Cổng TTĐT phường X - Title" → "Title")."""
    return split_doc_title(doc_title, site_name)[0]


@dataclass(slots=True)
class Found:
    value: object
    how: str
    index: int | None = None  # block index where it was found


def find_title(tree: LexborHTMLParser, meta: PageMeta, blocks: list[Block]) -> Found | None:
    # Each reference title's words and site-name-free length, computed once for all candidates.
    # A <title> that is only the site's name ("Cổng thông tin điện tử huyện Phù Mỹ") would
    # crown the banner: it is no reference for the headline.
    # Only the words of its headline parts: a banner or footer naming the site would match
    # the site's part.
    refs = []
    banners: set[str] = set()  # <title>'s parts naming the site: a banner repeats one
    for n, r in enumerate((meta.og_title, meta.headline, meta.doc_title)):
        if r:
            kept, site = _title_parts(r, meta.site_name)
            if kept:
                refs.append((set(tokens(" ".join(kept))), max(1, max(len(p) for p in kept))))
            if n == 2 and len(kept) + len(site) > 1:
                banners = {p.lower() for p in site}
    best: tuple[float, int, str, str] | None = None
    seen: set[str] = set()
    for rank, node in enumerate(tree.css(_TITLE_SELECTORS)):
        text = strip_date_suffix(clean_text(node.text(separator=" ")))
        if not (8 <= len(text) <= 400) or text in seen or text.lower() in banners:
            continue
        seen.add(text)
        if refs:
            words = tokens(text)
            score = max(
                (sum(1 for t in words if t in ref_words) / len(words) if words else 0.0)
                * min(1.0, len(text) / ref_len)
                for ref_words, ref_len in refs
            )
        else:  # nothing to compare with: an <h1>, unless it is the site's banner
            score = 0.6 if node.tag == "h1" and not _SITE_WORDS.search(text) else 0.0
        if node.tag == "h1":
            score += 0.05
        key = (score, -rank, text, node.tag)
        if best is None or key[:2] > best[:2]:
            best = key
    if best and best[0] >= 0.55:
        return Found(best[2], f"<{best[3]}> matching the page title", _block_index(blocks, best[2]))
    for ref, how in (
        (meta.og_title, "og:title"),
        (meta.headline, "JSON-LD headline"),
        (meta.doc_title, "<title>"),
    ):
        if ref:
            text = strip_date_suffix(title_from_doc_title(ref, meta.site_name))
            if text:
                index = _block_index(blocks, text)
                if index is not None:
                    # the headline holds " - " itself: the page shows it whole
                    # ("… tại Trung tâm Văn hóa - Thông tin và Thể thao huyện")
                    shown = strip_date_suffix(blocks[index].text)
                    if shown.startswith(text) and _TITLE_SEPARATORS.match(shown[len(text) :]):
                        text = shown
                restyled = _restyled_headline(blocks, text)
                if restyled is not None and (index is None or restyled < index):
                    # shown longer or in capitals above the text (the exact words, if
                    # anywhere, are further down: an "other news" link to this page)
                    return Found(blocks[restyled].text, f"bold line matching the {how}", restyled)
                return Found(text, f"{how} without site name", index)
    return None


def _restyled_headline(blocks: list[Block], title: str) -> int | None:
    """A bold, centred or heading line made of the title's words, and few others: the
    headline as the page shows it ("KẾ HOẠCH … KỶ NIỆM 77 NĂM QUỐC KHÁNH 2/9" for the
    <title> "Kế hoạch … Quốc khánh 2/9"), as Word pastes put it atop the text."""
    for i, b in enumerate(blocks):
        text = b.text
        if not (len(title) <= len(text) * 1.1 and len(text) <= 2 * len(title) + 20):
            continue
        if not (b.heading or b.styled or b.align == "center") or b.link_density > 0.3:
            continue
        if similarity(title, text) >= 0.9 and similarity(text, title) >= 0.6:
            return i
    return None


def doubtful_title(
    found: Found | None, blocks: list[Block] | None = None, body_first: int | None = None
) -> bool:
    """A title taken from <title> that is not on the page, names the site, repeats like a
    site name (banner and footer), or is first seen below the text's start."""
    if found is None:
        return True
    if not found.how.endswith("without site name"):
        return False
    if found.index is None or _SITE_WORDS.search(str(found.value)):
        return True
    if len(str(found.value).split()) < 4:
        return True  # "Tin tức", "Hung Yen": the section or place, not a headline
    low = str(found.value).lower()
    if blocks is not None and sum(low in b.text.lower() for b in blocks) >= 2:
        return True
    return body_first is not None and found.index - body_first > 3


_TITLE_CLASS = re.compile(r"title|tieude|tieu-de|headline|heading", re.IGNORECASE)


def title_above_body(blocks: list[Block], first: int | None) -> Found | None:
    """The headline-like block just above the body (whose first block is ``first``): a
    heading or a "title" element, else a bold line (old table layouts put the title in a
    styled cell, not in <h1>)."""
    if first is None:
        return None
    candidates = []
    for j in range(first - 1, max(-1, first - 8), -1):
        b = blocks[j]
        if len(b.text) < 60 and _DIGIT.search(b.text) and SITE_COUNTER_RE.search(b.text):
            break  # "Hôm nay: 127": a visitor counter box; above it is another column
        text = strip_date_suffix(b.text)
        dates = find_dates(text) if _DIGIT.search(text) else ()
        if dates and dates[0].start >= 15:
            # the title cell runs into its dateline: "Ra quân … năm 2022 (22/06/2022 10:45) Số lần đọc: 1.506"
            text = text[: dates[0].start].rstrip(" ([-|–—,:")
        if not (15 <= len(text) <= 250 and len(text.split()) >= 4) or b.link_density > 0.3:
            continue
        if _is_control(b) or is_meta_line(text) or RELATED_HEADINGS_RE.match(text):
            continue
        if _mostly_date(text):
            continue  # "Ngày 28/11/2022 - 08:15" in italics under the headline
        if author_from_label(text) or SOURCE_LABEL_RE.match(text) or FILING_LABEL_RE.match(text):
            continue  # "Tác giả: …", "Chuyên mục: …" under the title, however it is styled
        cls = b.element.attributes.get("class") or ""
        titled = bool(b.heading or _TITLE_CLASS.search(cls)) or any(
            _TITLE_CLASS.search(n.attributes.get("class") or "") for n in b.element.css("[class]")
        )
        candidates.append((titled, b.styled or _big_type(b.element), j, text))
    for want in ("titled", "styled"):
        for titled, styled, j, text in candidates:
            if (titled if want == "titled" else styled) and not text.isupper():
                return Found(
                    text, f"{'title element' if titled else 'bold line'} above the body", j
                )
    return None


def _big_type(node: LexborNode) -> bool:
    """Set in large type: <font size="5">, or a style of 16px / 13pt or more."""
    for n in (node, *node.css("font[size], [style*='font-size' i]")):
        size = (n.attributes.get("size") or "").strip().lstrip("+")
        if n.tag == "font" and size.isdigit() and int(size) >= 4:
            return True
        m = _FONT_SIZE.search(n.attributes.get("style") or "")
        if m and float(m[1]) >= (16 if m[2].lower() == "px" else 13):
            return True
    return False


_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.IGNORECASE)


def _mostly_date(text: str) -> bool:
    """A dateline: a date and at most two other words ("Thứ Hai, ngày 28/11/2022 - 08:15")."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = text[: dates[0].start] + " " + text[dates[-1].end :]
    return len([w for w in tokens(rest) if not w.isdigit()]) <= 3


def _block_index(blocks: list[Block], title: str) -> int | None:
    for i, b in enumerate(blocks):
        if b.text == title or (b.text.startswith(title) and len(b.text) < len(title) + 40):
            return i
    low = title.lower()
    for i, b in enumerate(blocks):
        if b.heading and similarity(title, b.text) > 0.8 and len(b.text) < len(title) * 1.5 + 10:
            return i
        if low in b.text.lower() and len(b.text) < len(title) + 40:
            return i
    return None


# --- body --------------------------------------------------------------------


def _is_control(b: Block) -> bool:
    text = b.text
    return len(text) < 120 and may_be_control(text) and bool(BOILERPLATE_LINE_RE.match(text))


def _has_views_label(text: str) -> bool:
    return may_match(text, text.lower(), VIEWS_WORDS) and VIEWS_RE.search(text) is not None


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
    captioned = _captioned_boxes(blocks, title_idx)
    for n_block, b in enumerate(blocks):
        if n_block in skip or (captioned and not captioned.isdisjoint(b.ancestors[:4])):
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
            scores[a] += score * weight
            if centred:
                centred_share[a] += score * weight
            lines[a][0] += 1
            lines[a][1] += colophon
    if not scores:
        return None
    for a, part in centred_share.items():
        if part >= 0.8 * scores[a]:
            scores[a] *= _W_CENTRED  # all centred: a footer's address lines, a banner
    for a, (count, colophons) in lines.items():
        if colophons >= 2 and colophons * 2 >= count:
            scores[a] *= _W_CENTRED  # "Địa chỉ: …", "Điện thoại: …", "Giấy phép …": a colophon
    if title_idx is not None:
        for a, at in first.items():
            if title_idx - 2 <= at <= title_idx + _NEAR_TITLE:
                scores[a] *= _W_NEAR_TITLE
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
    return max(scores, key=lambda a: scores[a] * (1 - links[a] / max(1, total[a])))


_CAPTION = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}")


def _captioned_boxes(blocks: list[Block], title_idx: int | None) -> set[int]:
    """Boxes opening with a short ALL-CAPS caption ("GIỚI THIỆU CHUNG", "TIN MỚI"), away
    from the headline: a sidebar's or footer's boxes, whatever their classes say."""
    boxes: set[int] = set()
    for i, b in enumerate(blocks):
        text = b.text
        if len(text) > 40 or not text.isupper() or not _CAPTION.fullmatch(text):
            continue  # (an intertitle "I. MỤC ĐÍCH, YÊU CẦU" is numbered and punctuated)
        if len(b.ancestors) < 2:
            continue
        if title_idx is not None and title_idx - 2 <= i <= title_idx + _NEAR_TITLE:
            continue
        box = b.ancestors[1]
        if i == 0 or box not in blocks[i - 1].ancestors:  # the caption opens its box
            boxes.add(box)
    return boxes


# Boxes a page builder stacks the text in: sections, Wagtail StreamField blocks
# ("block-paragraph", "block-image"), Drupal Paragraphs ("paragraph--type--text").
_SECTION_CLASS = re.compile(r"section|(?:^|\s)block-\w|(?:^|\s)paragraph--")


def sections_parent(blocks: list[Block], node: LexborNode | None) -> LexborNode | None:
    """The parent of ``node`` when the article runs on in siblings of the same kind
    (``<section class="emg-section">`` × 4 in a longform): two or more of them, the chosen
    one included, hold a paragraph of text. None otherwise."""
    # the section itself, or the inner boxes it wraps the text in (a page builder's
    # section > container > column > widget-wrap > widget > widget-container)
    for _ in range(6):
        if node is None or node.parent is None or node.tag in ("body", "html", "main"):
            return None
        kind = (node.tag, _first_class(node))
        if kind[0] != "section" and not _SECTION_CLASS.search(node.attributes.get("class") or ""):
            node = node.parent
            continue  # table cells and list items also come in twins: only sections count
        # twins share the tag and the first class ("elementor-section elementor-element-9768d4b"
        # and "elementor-section elementor-inner-section …" are two of a kind)
        twins = {c.mem_id for c in node.parent.iter() if (c.tag, _first_class(c)) == kind}
        if len(twins) >= 2:
            texty = {
                a
                for b in blocks
                if len(b.text) >= 80 and b.link_density < 0.1
                for a in b.ancestors
                if a in twins
            }
            return node.parent if len(texty) >= 2 and node.mem_id in texty else None
        node = node.parent
    return None


def _first_class(node: LexborNode) -> str:
    return (node.attributes.get("class") or "").split(" ", 1)[0]


# Where readers' comments begin: nothing after it is the article's text.
_COMMENTS_HEADING = re.compile(
    r"^\s*(?:ý\s+kiến\s+(?:bạn\s+đọc|của\s+bạn)|bình\s+luận(?:\s+\(\d+\))?|"
    r"(?:gửi|viết)\s+(?:ý\s+kiến|bình\s+luận)(?:\s+của\s+bạn)?|comments?)\s*:?\s*$",
    re.IGNORECASE,
)


def _in_list_item(b: Block) -> bool:
    return any(n.tag == "li" for n in (b.element, *ancestors(b.element, 2)))


def split_body(
    blocks: list[Block],
    container: int | None,
    title: str | None,
    title_idx: int | None,
    footers: frozenset[int] = frozenset(),
    aside: frozenset[int] = frozenset(),
) -> tuple[list[int], int | None, int | None]:
    """Indexes of body blocks, plus the first index after the article and the first body index.

    ``footers``: ids of footer elements inside the container (unclosed tags can put the
    page's footer there); the article ends where one begins. ``aside``: indexes of blocks
    in boxes of other text (comments, a translation) the container may also hold.
    """
    if container is None:
        return [], None, None
    inside = [i for i, b in enumerate(blocks) if container in b.ancestors and i not in aside]
    if not inside:
        return [], None, None
    if footers:
        cut = next(
            (
                n
                for n, i in enumerate(inside)
                if footers.intersection(blocks[i].ancestors[: blocks[i].ancestors.index(container)])
            ),
            None,
        )
        inside = inside[:cut] or inside
    first, last = inside[0], inside[-1]
    if title_idx is not None and title_idx >= last:
        title_idx = None  # a "title" after the text (a footer line): not where the body starts
    body: list[int] = []
    end = last + 1
    in_related = False

    def resumes(k: int) -> bool:  # an article paragraph again, after an inline box
        b = blocks[k]
        return (
            len(b.text) >= 80
            and b.link_density < 0.1
            and not _skip_in_body(b, title)
            and not _in_list_item(b)  # a related item's summary, under its linked headline
        )

    for n, i in enumerate(inside):
        b = blocks[i]
        if len(b.text) < 60 and _COMMENTS_HEADING.match(b.text):
            end = i  # "Ý kiến bạn đọc": readers' text from here on, never the article's
            break
        if len(b.text) < 60 and RELATED_HEADINGS_RE.match(b.text):
            # "Tin liên quan" / "Xem thêm:" lists: skip them; an inline box may be
            # followed by more article paragraphs, a trailing list is not.
            in_related = True
            end = i
            continue
        if in_related:
            # an intertitle or a picture caption, then the article again
            lead_in = b.link_density < 0.1 and n + 1 < len(inside) and resumes(inside[n + 1])
            if lead_in or resumes(i):
                in_related = False
                end = last + 1
            else:
                continue
        if title_idx is not None and i <= title_idx:
            continue
        if _skip_in_body(b, title):
            continue
        body.append(i)
    body = [i for i in body if i < end]
    # A lead paragraph often sits just above the content container (sapo).
    lead: list[int] = []
    j = first - 1
    stop = title_idx if title_idx is not None else first - 4
    while j > stop and j >= 0 and first - j <= 4:
        b = blocks[j]
        if (b.heading and b.heading <= 2 and len(b.text) < 100) or _is_control(b):
            break
        if title and b.text.startswith(title) and len(b.text) - len(title) < 40:
            break  # the headline (a sapo may open with the same words)
        if _skip_in_body(b, title):
            pass  # a date/byline line between the title and the lead
        elif (
            len(b.text) >= 60
            and b.link_density < 0.1
            and any(a in blocks[first].ancestors for a in b.ancestors[1:5])
        ):
            lead.insert(0, j)
        else:
            break
        j -= 1
    body_idx = lead + body
    return body_idx, end, (body_idx[0] if body_idx else None)


def is_meta_line(text: str) -> bool:
    """A byline/dateline: "Ngày đăng: 23/05/2023 | Người viết: Lê Thị Hoa | Số lần xem: 87",
    or a question's header on Q&A pages: "Người hỏi: Trần Thu Hà - Ngày gửi: 02/06/2022"."""
    if len(text) > 220 or not _DIGIT.search(text):
        return False
    # Each label regex runs only when a word it needs is on the line (see vocab.may_match).
    low = text.lower()
    signals = bool(find_dates(text))
    signals += may_match(text, low, VIEWS_WORDS) and bool(
        VIEWS_RE.search(text) or VIEWS_AFTER_RE.search(text)
    )
    signals += has_colon(text) and bool(
        AUTHOR_INLINE_RE.search(text) or AUTHOR_LABEL_RE.match(text) or ASKER_LABEL_RE.match(text)
    )
    if signals >= 2:
        return True
    return signals == 1 and bool(
        (may_match(text, low, PUBLISHED_WORDS) and PUBLISHED_LABEL_RE.search(text))
        or (may_match(text, low, UPDATED_WORDS) and UPDATED_LABEL_RE.search(text))
        # "Câu hỏi của bà … gửi ngày 15/10/2023:", "Sở Tư pháp trả lời ngày 08/11/2023"
        or (len(text) < 160 and (QUESTION_DATE_RE.search(text) or ANSWER_DATE_RE.search(text)))
    )


def _skip_in_body(b: Block, title: str | None) -> bool:
    text = b.text
    if title and (text == title or (text.startswith(title) and len(text) - len(title) < 40)):
        return True
    if "://" in text and PRINTED_URL_RE.match(text):
        return True
    if b.table_row and DOCUMENT_FIELD_RE.match(text):
        return False
    if len(text) > 220:  # long paragraphs are never labels, controls or meta lines
        return False
    data_row = b.table_row and text.count(" | ") >= 2 and b.link_density < 0.5
    if (_is_control(b) and not data_row) or len(text) < 80 and _has_views_label(text):
        return True  # (a row of numbers, "60 - 69 | 284 | 97", is data, not a pager)
    if is_meta_line(text) or (len(text) < 150 and SOURCE_LABEL_RE.match(text)):
        return True
    if len(text) < 100 and CREDIT_LINE_RE.match(text):
        return True
    if len(text) < 40 and PLAYER_CONTROL_RE.match(text):
        return True
    if (
        b.link_density > 0.5
        and len(text) < 200
        and not ATTACHMENT_LINE_RE.match(text)
        and not _names_document(b)
    ):
        return True
    if len(text) < 80 and not data_row:
        # a line that is mostly a date is a dateline; a data-table row of dates is content
        dates = find_dates(text)
        if dates and sum(d.end - d.start for d in dates) > 0.35 * len(text):
            return True
    return False


def _names_document(b: Block) -> bool:
    """A list item or line that is a link to a document file ("Danh sách hộ nghèo năm 2024
    (DOC)"): the text's own list of what it publishes, not a link to other news."""
    if b.element.tag not in ("li", "p", "div"):
        return False
    links = b.element.css("a[href]")
    return bool(links) and all(DOCUMENT_RE.search(a.attributes.get("href") or "") for a in links)


_QUESTION_LABEL = re.compile(r"^\s*(?:nội\s+dung\s+)?câu\s+hỏi\s*[:：]?\s*$", re.IGNORECASE)
_ANSWER_LABEL = re.compile(
    r"^\s*(?:nội\s+dung\s+)?(?:trả\s+lời|đơn\s+vị\s+trả\s+lời|ngày\s+trả\s+lời)", re.IGNORECASE
)


def question_text(blocks: list[Block], body: list[int], title_idx: int | None) -> list[int]:
    """A Q&A page's question, in its own box above the answer the body was found in
    ("Nội dung câu hỏi" / <dt>Câu hỏi:</dt>, up to the answer's label): its paragraphs
    open the text. The asker's line (name, date) is not text."""
    if not body or title_idx is None:
        return []
    first = body[0]
    for i in range(title_idx + 1, first):
        if not _QUESTION_LABEL.match(blocks[i].text):
            continue
        found = []
        for k in range(i + 1, first):
            b = blocks[k]
            if _ANSWER_LABEL.match(b.text) or b.heading:
                break
            if len(b.text) < 40 or b.link_density > 0.2 or _skip_in_body(b, None):
                continue
            if len(b.text) < 120 and find_dates(b.text):
                continue  # "Hoàng Thị Thu Trang - thị xã Quảng Trị | 02/11/2023"
            found.append(k)
        return found
    return []


# --- author ------------------------------------------------------------------


# "Người đăng: admin In bài": the print link that follows is not part of the name.
_TRAILING_CONTROLS = re.compile(
    r"\s+(?:in\s+bài|bản\s+in|in\s+trang|quay\s+lại|chia\s+sẻ|gửi\s+email|print)\b.*$",
    re.IGNORECASE,
)
_ROW_FIELD = re.compile(r"^([^|:]{2,40}?) \| (?=[^|]+$)")


def field_text(b: Block) -> str:
    """A two-cell table row "Tác giả | Minh Châu" read as the line "Tác giả: Minh Châu"."""
    return _ROW_FIELD.sub(r"\1: ", b.text) if b.table_row else b.text


def author_from_label(text: str) -> str | None:
    m = AUTHOR_LABEL_RE.match(text) if has_colon(text) else None
    if not m:
        return None
    name = _TRAILING_CONTROLS.sub("", NEXT_FIELD_RE.sub("", m.group("name")))
    name = _GLUED_DIGIT.split(name, maxsplit=1)[0]  # "Ksor H'Nhi02/12/2022 …": spans glued
    name = re.split(r"\s{2,}|\s[|]\s", clean_text(name))[0]
    return name if 1 < len(name) <= 80 and _reads_as_names(name) else None


_GLUED_DIGIT = re.compile(r"(?<=[^\W\d_])\d")  # a digit right after a letter: a name ended

# Where a byline's first name ends: "Ngọc Hân - Minh Khoa", "Thanh Tâm (Hội LHPN)", "A, B".
_NAME_END = re.compile(r"\s+[-–]\s+|[,(;&]|\s+và\s+")


def _reads_as_names(name: str) -> bool:
    """A byline reads as names: a few words, mostly capitalized. Not a headline after a
    genre label ("Tin ảnh: Nông dân Giồng Trôm thu hoạch lúa Đông Xuân")."""
    words = _NAME_END.split(name, maxsplit=1)[0].split()
    if not words or len(words) > 7:
        return False
    capitalized = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalized >= 0.6 * len(words)


_AUTHOR_PREFIX = re.compile(
    # (in a byline slot, a photo story's "Ảnh: Trần Quang Huy" credits its author)
    r"^\s*(?:tác\s+giả|người\s+viết|viết\s+bởi|đăng\s+bởi|người\s+đăng|bởi|by|posted\s+by|written\s+by|ảnh\s*[:：])\s*[:：]?\s*",
    re.IGNORECASE,
)


def clean_author(text: str) -> str | None:
    """An author element's text without its label ("Viết bởi Minh Hải" → "Minh Hải")."""
    name = author_from_label(text) or _AUTHOR_PREFIX.sub("", clean_text(text))
    return name or None


def looks_like_signature(b: Block) -> bool:
    text = b.text
    if len(text) > 130 or len(text.split()) > 20 or SOURCE_LABEL_RE.match(text):
        return False
    if (len(text) > 90 or len(text.split()) > 14) and not (
        (b.styled or b.align == "right") and _signed_name(text)
    ):
        return False  # long: only a name then its unit, set apart
    if b.link_density > 0.3 or _is_control(b) or RELATED_HEADINGS_RE.match(text):
        return False
    if text.endswith((".", ";", ":", "?", "!", "…")) and not re.search(r"\b[A-ZĐ]\.$|\)$", text):
        return False
    if find_dates(text) or _has_views_label(text):
        return False
    if _NAME_ROLE.match(text):
        return True
    words = text.split()
    capitalized = sum(1 for w in words if w[:1].isupper()) / max(1, len(words))
    # Bold/right-aligned short lines are signatures when they read like names, not
    # like image captions ("Các lực lượng tham gia lễ ra quân").
    if (b.styled or b.align == "right") and len(words) <= 12 and capitalized >= 0.6:
        return True
    if (b.styled or b.align == "right") and _signed_name(text):
        return True  # "H'Yơn Niê (Phòng Văn hóa - Thông tin huyện)": the unit in lower case
    return bool(_NAME_ONLY.match(text))


_UNIT_AFTER = re.compile(r"\s+[-–]\s+|\s*\(")  # "Name - unit", "Name (unit)"


def _signed_name(text: str) -> bool:
    """A name of two to five capitalized words, then its unit after " - " or "(" ."""
    parts = _UNIT_AFTER.split(text, maxsplit=1)
    if len(parts) < 2:
        return False
    words = parts[0].split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words)


def is_person(name: str | None) -> bool:
    """False for CMS accounts and desks ("admin", "thanhkhe_bbt", "Ban biên tập")."""
    if not name:
        return False
    name = name.strip()
    if CMS_ACCOUNT_RE.match(name) or "_" in name or "@" in name:
        return False
    if CMS_ACCOUNT_RE.match(name.split()[0]) and name.split()[0].islower():
        return False  # "admin Trang chủ": an account name followed by whatever came next
    # a lower-case single word is a login name, not a byline
    return not (" " not in name and name == name.lower())


def inline_author(text: str) -> str | None:
    m = AUTHOR_INLINE_RE.search(text) if has_colon(text) else None
    if not m:
        return None
    name = clean_text(m.group("name")).rstrip(" ,;.-–")
    return name if is_person(name) else None


_BY_NAME = re.compile(
    r"(?:^|\s)(?:bởi|by)\s+(?P<name>[A-ZĐÀ-Ỹ][\w.]*(?:\s+[A-ZĐÀ-Ỹ][\w.]*){0,5})"
    r"(?=\s*(?:$|[|·•,]|\s(?:vào|lúc|ngày)\b))"
)


# An official document's signature block ("TL. CHỦ TỊCH", "KT. GIÁM ĐỐC", "(Đã ký)"):
# the name under it signs for the office, as part of the document's text; no byline.
_SIGNATORY = re.compile(r"^(?:TL|KT|TM|TUQ|Q)\.\s*(?P<office>.+)$|^\(?\s*(?i:đã\s+ký)\s*\)?$")


def _signs_for_office(text: str) -> bool:
    m = _SIGNATORY.match(text.strip())
    return m is not None and (m["office"] is None or m["office"].isupper())


def find_author(
    blocks: list[Block],
    body: list[int],
    end: int | None,
    title_idx: int | None = None,
    body_start: int | None = None,
) -> tuple[str | None, int | None, str]:
    """Author text, the index of the block it came from (to drop from the body), and evidence."""
    tail = body[-3:] + list(range(end or 0, min(len(blocks), (end or 0) + 4))) if body else []
    head: list[int] = []
    if title_idx is not None:
        stop = body_start if body_start is not None and body_start > title_idx else title_idx + 5
        head = list(range(title_idx + 1, min(stop, title_idx + 6, len(blocks))))
    opening = [i for i in body[:1] if i not in tail]  # "Người viết: …" opening the post
    for i in tail + head + opening:
        text = field_text(blocks[i])
        if (
            AUTHOR_LABEL_ONLY_RE.match(text)
            and i + 1 < len(blocks)
            # a label row of a field table with its value cell empty: the next row is
            # another field ("Nguồn | …"), not the name
            and not (blocks[i].table_row and blocks[i + 1].table_row)
        ):
            name = clean_text(blocks[i + 1].text)
            if len(name) <= 60 and is_person(name) and not find_dates(name):
                return name, (i + 1 if i + 1 in tail else None), "labelled field"
        name = author_from_label(text)
        if name and is_person(name):
            return name, i, "labelled line"
        if i in opening:
            continue  # only a labelled line: the first paragraph is otherwise text
        if len(text) < 200:
            name = inline_author(text)
            if name:
                return name, (i if i in tail else None), "labelled byline"
        if i in head and len(text) < 160 and find_dates(text):
            # a dateline naming its writer: "Đăng ngày 02/10/2023 bởi Trần Quốc Việt"
            m = _BY_NAME.search(text)
            if m and is_person(m.group("name")):
                return m.group("name"), None, "dateline byline"
    if body:
        last = body[-1]
        signed = any(_signs_for_office(blocks[i].text) for i in body[-4:-1])
        if looks_like_signature(blocks[last]) and is_person(blocks[last].text) and not signed:
            return blocks[last].text, last, "signature line at the end of the body"
    for i in range(end or 0, min(len(blocks), (end or 0) + 2)):
        if body and looks_like_signature(blocks[i]) and blocks[i].align == "right":
            return blocks[i].text, i, "signature line after the body"
    for i in head[:3]:  # an italic or right-aligned name just under the title
        b = blocks[i]
        if body_start is not None and i >= body_start:
            break
        if (b.styled or b.align == "right") and looks_like_signature(b) and is_person(b.text):
            return b.text, None, "byline under the title"
    return None, None, ""


# --- date and views ------------------------------------------------------------


def find_date(
    blocks: list[Block], title_idx: int | None, body_start: int | None, end: int | None
) -> Found | None:
    """A date next to the title (publication label preferred), else just after the body."""
    candidates: list[int] = []
    if title_idx is not None:
        stop = body_start if body_start is not None and body_start > title_idx else title_idx + 6
        candidates += list(range(title_idx, min(stop + 1, title_idx + 8, len(blocks))))
        candidates += [i for i in range(max(0, title_idx - 2), title_idx)]
    elif body_start is not None:
        candidates += list(range(max(0, body_start - 4), body_start))
    after = len(candidates)  # candidates from here on lie after the body
    if end is not None:
        for i in range(end, min(len(blocks), end + 5)):
            if blocks[i].heading or RELATED_HEADINGS_RE.match(blocks[i].text):
                break  # other articles' dates from here on ("Tin tức mới nhất")
            candidates.append(i)
    if body_start is not None and not candidates:
        candidates = [body_start]
    headline = blocks[title_idx].text if title_idx is not None else None

    def headline_dated(k: int) -> bool:  # "Headline … (17/06/2022)": no sentence of the text
        return headline is not None and blocks[k].text.startswith(headline)

    updated: Found | None = None
    for n, i in enumerate(candidates):
        if n == after and updated is not None:
            return updated  # an update date by the title beats a bare date below the text
        b = blocks[i]
        if body_start is not None and i >= body_start and end is not None and i < end:
            continue
        text = b.text
        if (
            title_idx is not None
            and i < title_idx
            and (not _same_box(b, blocks[title_idx]) or _in_header_or_dated_widget(b))
        ):
            continue  # above the title but in another part of the page: a header clock
        if ASKER_LABEL_RE.match(text) or _in_question_box(b):
            continue  # when the question was sent, not when the answer was published
        if b.link_density > 0.5:
            if title_idx is None or i > title_idx + 3:
                continue
            if i < title_idx:
                # a breadcrumb above the title may end in the date ("… › Kinh tế | 15/08/2023")
                text = _breadcrumb_tail(b)
            elif i > title_idx:
                # a meta line of links with the date between them
                # ("Bởi admin | 06-05-2023 | Tin hoạt động | 0 bình luận")
                text = _unlinked(b)
            else:
                continue
        dates = find_dates(text)
        if i == title_idx and len(dates) > 1:
            continue  # a headline naming a period: "Kỷ niệm 93 năm (20/10/1930 - 20/10/2023)"
        for dm in dates:
            before = text[max(0, dm.start - 40) : dm.start]
            if not before.strip() and i > 0 and len(blocks[i - 1].text) < 40:
                before = blocks[i - 1].text  # the label in its own element: <dt>Ngày gửi:</dt>
            if QUESTION_DATE_RE.search(before):
                continue
            if ANSWER_DATE_RE.search(before):
                updated = updated or Found(dm.iso, "answer date near the title", i)
                continue
            published = bool(PUBLISHED_LABEL_RE.search(before))
            update = not published and bool(UPDATED_LABEL_RE.search(before))
            if len(text) > 120 and not headline_dated(i) and not (published or update):
                continue  # a date in a sentence of the lead ("diễn ra trong hai ngày 19 và 20/8")
            if i == title_idx and not (published or update) and _MENTION_BEFORE.search(before):
                continue  # the headline's own words: "Tạm dừng tiếp nhận hồ sơ từ ngày 03/7/2023"
            if update:
                updated = updated or Found(dm.iso, "update date near the title", i)
                continue
            return Found(dm.iso, "date near the title" if i != end else "date after the body", i)
    return updated or _answer_date(blocks, title_idx, end)


def _answer_date(blocks: list[Block], title_idx: int | None, end: int | None) -> Found | None:
    """A Q&A page with no date of its own by the title: when the question was answered
    ("Sở Tư pháp trả lời ngày 08/11/2023", "Ngày trả lời: 11/09/2023 10:25"), which may sit
    below the question, inside the text's container."""
    if title_idx is None:
        return None
    for i in range(title_idx + 1, min(len(blocks), end or len(blocks), title_idx + 40)):
        text = blocks[i].text
        if len(text) > 160:
            continue
        label = text if ANSWER_DATE_RE.search(text) else ""
        if not label and i > 0 and ANSWER_DATE_RE.search(blocks[i - 1].text[-40:]):
            label = blocks[i - 1].text
        if label:
            dates = find_dates(text)
            if dates:
                return Found(dates[0].iso, "answer date", i)
    return None


_QUESTION_BOX = re.compile(r"asker|question|cau-?hoi|nguoi-?hoi", re.IGNORECASE)


def _in_question_box(b: Block) -> bool:
    """In a Q&A page's question box (<p class="asker">, <div class="qa-question">): its
    date is when the question was sent."""
    return any(
        _QUESTION_BOX.search(f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}")
        for n in (b.element, *ancestors(b.element, 2))
    )


# A date a sentence mentions ("từ ngày 03/7", "đến 15/8", "trước ngày 30/6"): lower case
# only, since a dateline reads "Ngày 29/06/2023" after the headline.
_MENTION_BEFORE = re.compile(
    r"(?:\b(?:từ|đến|tới|trước|sau|hết|vào|trong)\s+(?:ngày\s+)?|\bngày\s+)$"
)


# Widgets that show their own date: clocks, and weather, exchange-rate, gold-price and
# visitor-counter boxes ("Cập nhật: 07:00 14/12/2026").
_SELF_DATED_CLASS = re.compile(
    r"clock|today|hom-?nay|current-?date|date-?now|ngay-?hien-?tai|header-?date|"
    r"weather|thoi-?tiet|exchange|ty-?gia|gia-?vang|counter|thong-?ke",
    re.I,
)


def _in_header_or_dated_widget(b: Block) -> bool:
    """In the page's <header>, or a widget dating itself (a clock: "Thứ Tư, ngày 15 tháng 5
    năm 2024"; a weather box: "Cập nhật: 07:00 14/12/2026")."""
    for node in (b.element, *ancestors(b.element, 3)):
        if _SELF_DATED_CLASS.search(node.attributes.get("class") or ""):
            return True
        if node.tag == "header":  # the page's, not an <article>'s own header
            return not any(a.tag in ("article", "main") for a in ancestors(node, 6))
    return False


def _same_box(b: Block, title: Block, levels: int = 4) -> bool:
    """Whether ``b`` sits within a few levels of the title's element (the article's box)."""
    near = set(title.ancestors[: levels + 1]) - set(title.ancestors[-2:])  # never <body>/<html>
    return not near.isdisjoint(b.ancestors)


_CRUMB_SEPARATORS = re.compile(r"^[\s›»>/|\-–·:,()]*$")


def _unlinked(b: Block) -> str:
    """The block's text without the text of its links."""
    text = b.text
    for a in b.element.css("a"):
        link = clean_text(a.text(separator=" "))
        if link:
            text = text.replace(link, " ")
    return text


def _breadcrumb_tail(b: Block) -> str:
    """The unlinked text of a breadcrumb (two or more links and separators), else ""."""
    if len(b.element.css("a")) < 2:
        return ""  # one linked headline with its date: a sidebar item, not this page's date
    text = _unlinked(b)
    rest = text
    for dm in reversed(find_dates(text)):
        rest = rest[: dm.start] + rest[dm.end :]
    return text if _CRUMB_SEPARATORS.match(rest) else ""


# Elements named for the posting date ("ngaydang" beside an old portal's breadcrumb).
_DATE_ELEMENTS = (
    '[class*="ngaydang" i], [class*="ngay-dang" i], [class*="ngay_dang" i], '
    '[id*="ngaydang" i], [class*="publish-date" i], [class*="date-publish" i]'
)


def find_date_element(tree: LexborHTMLParser) -> Found | None:
    """The one element named for the posting date, wherever the page puts it, when no
    date stands by the title. Several of them are a list's (each item's date): none."""
    found: list[Found] = []
    for node in tree.css(_DATE_ELEMENTS):
        dates = find_dates(clean_text(node.text(separator=" ")))
        if dates:
            found.append(Found(dates[0].iso, "date in the posting-date element"))
    return found[0] if len(found) == 1 else None


_VIEW_ELEMENTS = (
    '[class*="view" i], [class*="luotxem" i], [class*="luot-xem" i], [class*="hits" i], '
    '[title*="lượt xem" i], [title*="lượt đọc" i], [id*="view" i]'
)
# A counter whose icon is labelled only for screen readers (read before invisible elements
# such as <svg> are stripped): <span><svg aria-label="Lượt xem"/><span>876</span></span>
ICON_COUNTERS = ':has(> [aria-label*="lượt xem" i]), :has(> [aria-label*="lượt đọc" i])'


_AUTHOR_ELEMENTS = (
    '[class*="author" i], [itemprop="author" i], [class*="tacgia" i], [class*="tac-gia" i], '
    '[rel="author"], [class*="byline" i], [class*="nguoiviet" i], '
    # a name behind a person icon: <span><i class="fa fa-user"></i> Thu Hiền</span>
    ':has(> i[class*="fa-user" i]), :has(> i[class*="fa-pen" i]), '
    ':has(> [class*="glyphicon-user" i]), :has(> i[class*="bi-person" i])'
)


def find_author_element(tree: LexborHTMLParser, title_block: Block) -> str | None:
    """An unlabelled byline slot next to the title: <span class="author">Minh Thu</span>."""
    region = set(title_block.ancestors[1:4])
    account_boxes: set[int] = set()  # author boxes naming a CMS account: nothing inside counts
    for node in tree.css(_AUTHOR_ELEMENTS):
        if account_boxes and account_boxes.intersection(a.mem_id for a in ancestors(node)):
            continue  # the box's bio or role line, not a byline
        # an author box holds the name, a role and a picture: the name is the byline
        named = node.css_first('[class*="name" i], [itemprop="name" i]')
        if named is not None:
            shown = clean_author(node_text(named))
            if shown and not is_person(shown):
                account_boxes.add(node.mem_id)
                continue
        shown_in = named if named is not None else node
        text = clean_author(clean_text(shown_in.text(separator=" ")) or "")
        if not text or len(text) > 60 or any(ch.isdigit() for ch in text):
            continue
        if SOURCE_LABEL_RE.match(text) or not is_person(text) or not text[:1].isupper():
            continue
        # from the box, not the name: themes wrap the name in several spans
        parent = node.parent
        for _ in range(4):
            if parent is None:
                break
            if parent.mem_id in region:
                return text
            parent = parent.parent
    return None


def find_views_element(
    tree: LexborHTMLParser, title_block: Block, icons: Sequence[LexborNode] = ()
) -> Found | None:
    """An icon-only counter near the title: <span class="view" title="Lượt xem">👁 1.234</span>,
    or one of ``icons`` (see ICON_COUNTERS)."""
    region = set(title_block.ancestors[1:4])
    for node in (*icons, *tree.css(_VIEW_ELEMENTS)):
        text = clean_text(node.text(separator=" "))
        if not text or len(text) > 40 or find_dates(text) or SITE_COUNTER_RE.search(text):
            continue
        if not re.fullmatch(
            r"[^\d]{0,20}\d{1,3}(?:[.,]\d{3})*[^\d]{0,10}|[^\d]{0,20}\d+[^\d]{0,10}", text
        ):
            continue
        parent, near = node.parent, False
        for _ in range(4):
            if parent is None:
                break
            if parent.mem_id in region:
                near = True
                break
            parent = parent.parent
        if near:
            value = parse_count(text)
            if value is not None:
                return Found(value, "counter element next to the title")
    return None


# a count (not the end of a date) just before a views label
_NUMBER_BEFORE = re.compile(r"(?<![\d/.\-:])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s*$")
_WORD_NEXT = re.compile(r"\s+[^\W\d_]")  # the number after a label runs into another label


def find_views(blocks: list[Block], indexes: list[int]) -> Found | None:
    for i in indexes:
        text = field_text(blocks[i])
        if len(text) < 20 and i + 1 < len(blocks) and VIEWS_LABEL_ONLY_RE.match(text):
            # label and count in elements of their own: <dt>Lượt xem</dt><dd>245</dd>
            value = COUNT_ONLY_RE.match(blocks[i + 1].text)
            if value and not SITE_COUNTER_RE.search(blocks[i - 1].text if i else ""):
                return Found(parse_count(value.group("n")), f"label {text!r} beside its count", i)
        if len(text) > 300 or not _DIGIT.search(text):
            continue
        low = text.lower()
        if not any(word in low for word in _VIEW_WORDS):
            continue
        for m in (*VIEWS_RE.finditer(text), *VIEWS_AFTER_RE.finditer(text)):
            if _WORD_NEXT.match(text, m.end()):
                # "245 lượt xem 0 bình luận": the 0 counts comments, 245 the views
                before = _NUMBER_BEFORE.search(text, 0, m.start())
                if before and not re.fullmatch(r"(?:19|20)\d\d", before.group("n")):
                    m = before
            before = text[max(0, m.start() - 30) : m.start() + 25]
            if SITE_COUNTER_RE.search(before):
                continue
            value = parse_count(m.group("n"))
            if value is not None:
                return Found(value, f"label {clean_text(m.group(0))!r}", i)
    return None
