"""Generic title finding: the heading-like element that best matches <title>/og:title,
else <title> with the site name removed, trailing "(17/06/2022)" dropped.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import HEADING_TAGS, Block, ancestors, element_sibling
from ..metadata import PageMeta
from ..normalize import DateMatch, clean_text, find_dates
from ..vocab import (
    FILING_LABEL_RE,
    RELATED_HEADINGS_RE,
    SECTION_TITLE_RE,
    SITE_COUNTER_LABELS,
    SOURCE_LABEL_RE,
)
from .author import author_from_label
from .common import DIGIT, Found, block_index, is_control, is_meta_text, similarity, tokens

_TITLE_SELECTORS = (
    'h1, h2, h3, [itemprop="headline" i], [class*="title" i], [id*="title" i], '
    '[class*="tieude" i], [id*="tieude" i], [class*="headline" i], [class*="contentheading" i]'
)


_DISTRICT_OFFICE = (
    r"phòng\s+(?:giáo\s+dục|gd|tư\s+pháp|văn\s+hóa|vh|nội\s+vụ|tài\s+chính|tc|kinh\s+tế|"
    r"tài\s+nguyên|tn|y\s+tế|lao\s+động|lđ|nông\s+nghiệp|nn|công\s+thương|dân\s+tộc|"
    r"kế\s+hoạch|quản\s+lý\s+đô\s+thị|ql)\b"
)
_SITE_WORDS = re.compile(
    r"cổng\s+(?:thông\s+tin|ttđt|tt)|trang\s+(?:thông\s+tin|tin\s+tức|chủ)|website|portal|"
    r"\.gov\.vn|^ubnd\s|^sở\s|báo\s+điện\s+tử|"
    # a district's office ("Phòng Giáo dục và Đào tạo …", "Phòng GD&ĐT …"; not "Phòng,
    # chống …", "Phòng cháy …", headlines)
    r"^" + _DISTRICT_OFFICE + "|"
    # an English site's body: "Lao Cai Tourism Information and Promotion Centre"
    r"^(?:(?-i:[A-ZĐ])[\w'’.-]*\s+|and\s+|of\s+|the\s+|for\s+|&\s+){2,10}"
    r"(?:centre|center|department|authority|committee|agency|board)$|"
    # a <title> that is only a place: "Huyện Bạch Thông", "UBND xã Hòa Bình"
    r"^(?:ubnd\s+)?(?:huyện|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố|tỉnh|quận)\s+\S+(?:\s+\S+)?$|"
    # a body named with its place after commas: "Trường Tiểu học Nguyễn Bá Ngọc, phường
    # Hải Châu, thành phố Đà Nẵng"
    # (a body's name first: a headline may end in its place too)
    r"^(?:trường|bệnh\s+viện|trung\s+tâm|ban|hội|ubnd|ủy\s+ban|sở|phòng|chi\s+cục|thư\s+viện|"
    r"bảo\s+tàng|nhà\s+hát|đài|công\s+an|đảng\s+ủy|hợp\s+tác\s+xã|htx)\b[^,]*"
    # (its commune or ward, then its province: or its province alone, "Hợp tác xã Chè Tân
    # Cương, tỉnh Thái Nguyên")
    r"(?:,\s*(?:phường|xã|thị\s+trấn|huyện|quận|thị\s+xã)\s+[^,]+)?"
    r",\s*(?:thành\s+phố|tỉnh)\s+[^,]+$",
    re.IGNORECASE,
)


# The words that name a site outright, even in a long part ("Cổng TTĐT xã A, huyện B").
_PORTAL_WORDS = re.compile(
    r"cổng\s+(?:thông\s+tin|ttđt|tt)|trang\s+(?:thông\s+tin|tin\s+tức)|website|portal|"
    r"\.gov\.vn|báo\s+điện\s+tử",
    re.IGNORECASE,
)


_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—»:]|::)\s+")


_DATE_SUFFIX = re.compile(r"\s*[(\[]\s*[\d/.\-: ]{8,22}\s*[)\]]\s*$")


# a quotation mark in a span of its own reads "“ Mỗi thầy cô … sáng tạo ”"
_SPACE_IN_QUOTES = re.compile(r"(?<=[“‘«])\s+|\s+(?=[”’»])")


def tight_quotes(title: str) -> str:
    """``title`` without the spaces a separator put inside its quotation marks."""
    return _SPACE_IN_QUOTES.sub("", title)


def strip_date_suffix(title: str) -> str:
    """The title without a trailing "(17/06/2022)"; a period the headline names
    ("(16/3/1968 - 16/3/2024)", a term "(2024-2025)") is part of it."""
    m = _DATE_SUFFIX.search(title) or _DATELINE_SUFFIX.search(title)
    if m is None or len(find_dates(m.group(0))) != 1:
        return title.strip()
    return title[: m.start()].strip()


# the dateline set inside the headline's element ("<h1>… <small>Đăng ngày 19/07/2025</small>")
_DATELINE_SUFFIX = re.compile(
    r"\s+[(\[]?\s*(?:đăng\s+(?:ngày|lúc)|ngày\s+đăng|cập\s+nhật(?:\s+(?:ngày|lúc))?)\s*[:：]?\s*"
    r"[\d/.\-: ]{8,22}\s*[)\]]?\s*$",
    re.IGNORECASE,
)


_OFFICE_START = re.compile(r"^\s*(?:ubnd\s|sở\s|" + _DISTRICT_OFFICE + ")", re.IGNORECASE)


_ENDS_WITH_PLACE = re.compile(
    r"\b(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+(?P<name>\S+)"
    r"(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)


def _ends_with_place(part: str) -> bool:
    """The part ends with a place's name: "… tỉnh Ninh Bình", not "… xã hội tự nguyện" (a
    place's name is capitalized)."""
    m = _ENDS_WITH_PLACE.search(part)
    return m is not None and m["name"][:1].isupper()


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
    parts = [p for p in _split_at_separators(doc_title) if p.strip()] or [doc_title]
    if " / " in doc_title:
        # e107's "Site / Section / Headline": cut at " / " where an end part names the site
        # (then " - " is the headline's own: "… năm học 2009 - 2010")
        slashed = [p for p in doc_title.split(" / ") if p.strip()]
        if len(slashed) > 1 and any(_SITE_WORDS.search(p) for p in (slashed[0], slashed[-1])):
            parts = slashed
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
        if _OFFICE_START.match(part) and not _ends_with_place(part):
            return False
        # (or names the site inside it and goes on: "Trung tâm CNTT thuộc Bảo hiểm xã hội cơ
        # sở Hoài Nhơn, tỉnh Gia Lai tổ chức hội thi …" beside "Bảo hiểm xã hội … Gia Lai")
        return not any(
            low[i].startswith(other + " ") or (len(other.split()) >= 4 and other + " " in low[i])
            for other in low
            if len(other) < len(low[i])
        )

    site = [names_site(i) for i in range(len(parts))]
    if len(parts) == 1:
        # alone, a headline about an office goes on past an office's name ("Sở Tư pháp
        # tỉnh Thái Nguyên triển khai …"; not "SỞ KẾ HOẠCH VÀ ĐẦU TƯ LÂM ĐỒNG")
        headline = not site[0] and len(parts[0].split()) > _OFFICE_WORDS
        return (parts, []) if headline or not _SITE_WORDS.search(doc_title) else ([], parts)
    # an office's name holding every other part, its topic's words: PHP-Nuke's "Sở Bưu
    # chính, Viễn thông Phú Yên - Bưu chính - Viễn thông" names no headline
    others = [[k for k in range(len(parts)) if k != i] for i in range(len(parts))]
    if any(
        _OFFICE_START.match(parts[i])
        and len(parts[i].split()) <= _OFFICE_WORDS
        and all(
            low[k] in low[i]
            and not low[i].startswith(low[k] + " ")
            and not _SITE_WORDS.search(parts[k])
            for k in others[i]
        )
        for i in range(len(parts))
    ):
        site = [True] * len(parts)
    return (
        [p for p, is_site in zip(parts, site, strict=True) if not is_site],
        [p for p, is_site in zip(parts, site, strict=True) if is_site],
    )


_OFFICE_WORDS = 10  # an office's name; a headline about it goes on longer


def _split_at_separators(doc_title: str) -> list[str]:
    """<title> cut at " - ", " | " …, but not inside brackets: "(16/3/1968 - 16/3/2024)"
    is a period the headline names."""
    parts, start = [], 0
    for m in _TITLE_SEPARATORS.finditer(doc_title):
        before = doc_title[start : m.start()]
        if before.count("(") > before.count(")"):
            continue
        parts.append(before)
        start = m.end()
    parts.append(doc_title[start:])
    if len(parts) == 1:
        # TYPO3's "Headline: Site" (the colon against the headline): cut where the rest
        # names an office and its place
        head, colon, tail = doc_title.rpartition(": ")
        if (
            colon
            and len(tail.split()) <= _OFFICE_WORDS
            and _SITE_WORDS.search(tail)
            and _ends_with_place(tail)
        ):
            return [head, tail]
    return parts


def title_from_doc_title(doc_title: str, site_name: str = "") -> str:
    """<title> without the site name part ("Cổng TTĐT phường X - Title" → "Title")."""
    return split_doc_title(doc_title, site_name)[0]


# the label of a sticky bar naming what is being read: "Đang đọc:", "Bạn đang đọc"
_READING_LABEL = re.compile(r"(?i)^\s*(?:bạn\s+)?đang\s+(?:đọc|xem)\s*:?\s*$")


def _in_a_reading_bar(node: LexborNode) -> bool:
    """``node`` follows a reading bar's label ("Đang đọc:") in its box."""
    label = element_sibling(node, "prev")
    return label is not None and _READING_LABEL.match(label.text(strip=True)) is not None


def find_title(tree: LexborHTMLParser, meta: PageMeta, blocks: list[Block]) -> Found | None:
    # Each reference title's words and site-name-free length, computed once for all candidates.
    # A <title> that is only the site's name ("Cổng thông tin điện tử huyện Phù Mỹ") would
    # crown the banner: it is no reference for the headline.
    # Only the words of its headline parts: a banner or footer naming the site would match
    # the site's part.
    refs = []
    banners: set[str] = set()  # <title>'s parts naming the site: a banner repeats one
    exact: set[str] = set()  # the reference titles as written
    for n, r in enumerate((meta.og_title, meta.headline, meta.doc_title)):
        if r:
            kept, site = _title_parts(r, meta.site_name)
            # (a section's name as the <title>, "… > Tin tức - Sự kiện": no headline to match)
            if SECTION_TITLE_RE.fullmatch(re.split(r"\s[>|»:]\s", r)[-1]):
                kept = []
            kept = [p for p in kept if not SECTION_TITLE_RE.fullmatch(p)]
            exact.add(r)
            if kept:
                refs.append((set(tokens(" ".join(kept))), max(1, max(len(p) for p in kept))))
            if n == 2 and len(kept) + len(site) > 1:
                banners = {p.lower() for p in site}
    og = clean_text(meta.og_title) if meta.og_title else ""
    shown_title = (
        split_doc_title(meta.doc_title, meta.site_name)[0] if og and meta.doc_title else ""
    )
    best: tuple[float, int, str, str] | None = None
    best_node: LexborNode | None = None
    seen: set[str] = set()
    for rank, node in enumerate(tree.css(_TITLE_SELECTORS)):
        text = tight_quotes(strip_date_suffix(clean_text(node.text(separator=" "))))
        if text in seen and best is not None and text == best[2]:
            # a list of stories linking the headline above the headline itself (the
            # master-detail portlet's active entry, the post behind a modal): the one that
            # is no link is the headline; a copy in a sticky reading bar above the <h1>:
            # the <h1> is
            if (_in_link(best_node) and not _in_link(node)) or (
                node.tag == "h1" and best[3] != "h1" and not _in_link(node)
            ):
                best, best_node = (best[0], best[1], text, node.tag), node
            continue
        if not (8 <= len(text) <= 400) or text in seen or text.lower() in banners:
            continue
        seen.add(text)
        if refs:
            score = _likeness(text, refs)
            # (only a headline short of the reference may hold an aside that costs it)
            asides = node.css(_ASIDES_IN_HEADLINE) if score < 1.0 else []
            if not asides and not any(r.startswith(text) for r in exact):
                # an unnamed label opening or closing the headline ("<span>Thời sự</span>
                # Title", a programme's name; or typed before a colon, "Tin tức: Title"):
                # gone where the rest is the page's title
                end = _end_label(node)
                if end is not None:
                    bare = clean_text(_text_without(node, {end.mem_id})).strip(" :|–-»›")
                else:
                    bare = text[m.end() :] if (m := _TYPED_LABEL.match(text)) else ""
                if len(bare) >= 8 and any(r.startswith(bare) or r.endswith(bare) for r in exact):
                    text, score = bare, max(score, _likeness(bare, refs))
            if asides:
                # "<span class="visually-hidden">Bài viết: </span>Title", "Title <small>Tin
                # tức - Sự kiện</small>": the headline without a reader's aside or a label
                bare = tight_quotes(
                    strip_date_suffix(clean_text(_text_without(node, {a.mem_id for a in asides})))
                )
                if len(bare) >= 8 and (bare_score := _likeness(bare, refs)) > score:
                    text, score = bare, bare_score
        else:  # nothing to compare with: an <h1>, unless it is the site's banner
            score = (
                0.6
                if node.tag == "h1"
                and not _SITE_WORDS.search(text)
                and not SECTION_TITLE_RE.fullmatch(text)
                else 0.0
            )
        if node.tag == "h1":
            score += 0.05
        if og and text == og and text != shown_title:
            # (the <title> an SEO line another element shows, og:title the headline shown
            # over the picture: holdout277/concrete_xa)
            score += 0.1
        key = (score, -rank, text, node.tag)
        if (
            best is None
            or key[:2] > best[:2]
            # (the headline inside a box that adds a kicker to it: "KỶ NIỆM 80 NĂM …" over
            # the <h3>, both all words of the <title>: the inner one is the headline)
            or (score >= best[0] - 0.01 and best_node is not None and _inside(node, best_node))
        ):
            best, best_node = key, node
    if (best is None or best[0] < _SEO_LIKENESS) and (own := _the_pages_own_h1(tree, banners)):
        # the <title> and og:title an SEO line the page never shows, its one <h1> a headline
        # (holdout282: SharePoint, Umbraco, Ghost): the page's own
        text = headline_text(own)
        return Found(text, "the page's one <h1>", block_index(blocks, text))
    if (
        best
        and best_node is not None
        and not _in_a_heading(best_node)
        and (own := _the_pages_own_h1(tree, banners)) is not None
        and _shortens(best[2], text := headline_text(own))
        # (an <h1> the <title> holds is an SEO line, the element showing og:title the
        # headline: holdout277/concrete_xa)
        and not any(text in r for r in exact)
    ):
        # the <title>'s short form shown in a reading bar, the breadcrumb or a tab, the
        # page's one <h1> the whole headline it shortens (holdout289): the <h1>
        return Found(text, "the page's one <h1>, not a short form of it", block_index(blocks, text))
    if (
        best
        and best_node is not None
        and _in_a_reading_bar(best_node)
        and (own := _the_pages_own_h1(tree, banners)) is not None
    ):
        # a sticky bar's "Đang đọc: <og:title>" over the page, the <h1> the headline the page
        # shows (holdout333): the <h1>
        text = headline_text(own)
        return Found(text, "the page's one <h1>, not the reading bar's", block_index(blocks, text))
    if best and best[0] >= 0.55 and best_node is not None and (shown := _shown_instead(best_node)):
        # an SEO headline only screen readers get, the shown one right after it
        # (holdout277/umbraco_so): the one the page shows
        text = headline_text(shown)
        return Found(text, f"<{shown.tag}> shown after a hidden one", block_index(blocks, text))
    if best and best[0] >= 0.55:
        index = _node_block(blocks, best_node, best[2])
        if index is None:
            index = block_index(blocks, best[2])
        return Found(best[2], f"<{best[3]}> matching the page title", index)
    for ref, how in (
        (meta.og_title, "og:title"),
        (meta.headline, "JSON-LD headline"),
        (meta.doc_title, "<title>"),
    ):
        if ref:
            part, only_site = split_doc_title(ref, meta.site_name)
            if only_site:
                continue  # the site's name (and its topic's words): no headline to match
            text = strip_date_suffix(part)
            whole = clean_text(ref)
            if (
                text != whole
                and len(whole.split()) >= _WHOLE_HEADLINE_WORDS
                and len(whole) <= 400
                and (shown := block_index(blocks, whole)) is not None
            ):
                # the page shows the reference whole as a line of its own ("Vụ Kế hoạch - Tài
                # chính … triển khai …" set as a bold paragraph): its " - " is the headline's
                return Found(whole, f"line matching the whole {how}", shown)
            if text and not SECTION_TITLE_RE.fullmatch(text):
                index = block_index(blocks, text)
                if index is None:
                    index = _split_headline(blocks, text)
                if index is not None:
                    # the headline holds " - " itself: the page shows it whole
                    # ("… tại Trung tâm Văn hóa - Thông tin và Thể thao huyện")
                    shown = strip_date_suffix(blocks[index].text)
                    if shown.startswith(text) and _TITLE_SEPARATORS.match(shown[len(text) :]):
                        text = shown
                    elif (
                        shown.endswith(text)
                        and (head := _TITLE_SEPARATORS.split(shown[: -len(text)]))[-1] == ""
                        and clean_text(ref).startswith(shown)
                        and len(head) == 2
                    ):  # (or before its longest part: "Phòng Kế hoạch - Tài chính … tập
                        # huấn …", the <title> that and " - " the site's name)
                        text = shown
                restyled = _restyled_headline(blocks, text)
                if restyled is not None and (index is None or restyled < index):
                    # shown longer or in capitals above the text (the exact words, if
                    # anywhere, are further down: an "other news" link to this page)
                    return Found(blocks[restyled].text, f"bold line matching the {how}", restyled)
                return Found(text, f"{how} without site name", index)
    return None


def _end_label(node: LexborNode) -> LexborNode | None:
    """The inline element opening or closing a headline beside its own words (or the
    topic's link: PHP-Nuke's "<a>Tin hoạt động</a>: Title")."""
    kids = [
        k
        for k in node.iter(include_text=True)
        if k.tag != "-comment" and (k.tag != "-text" or k.text().strip())
    ]
    if len(kids) < 2:
        return None
    return next((k for k in (kids[0], kids[-1]) if k.tag in _INLINE_LABELS), None)


# a section's or topic's name typed before the headline and a colon ("Hoạt động công đoàn: ")
_TYPED_LABEL = re.compile(r"^(?:[^\s:|]+\s+){0,4}[^\s:|]+\s*:\s+")
_INLINE_LABELS = ("span", "em", "i", "b", "strong", "mark", "a")
# Inside a headline, text that is no part of it: screen-reader prefixes, a category label
_ASIDES_IN_HEADLINE = (
    'small, [class*="visually" i], [class*="sr-only" i], '
    '[class*="screen-reader" i], [class*="label" i], [class*="badge" i], '
    # a kicker naming the section ("article__eyebrow", "kicker", "overline")
    '[class*="eyebrow" i], [class*="kicker" i], [class*="overline" i], '
    # the date set in its own element inside the headline (Webnode's "b-detail-date")
    '[class*="date" i], time'
)


def _likeness(text: str, refs: list[tuple[set[str], int]]) -> float:
    """How well ``text`` matches the best reference title: its words found there, scaled
    down when it is shorter than the reference."""
    words = tokens(text)
    return max(
        (sum(1 for t in words if t in ref_words) / len(words) if words else 0.0)
        * min(1.0, len(text) / ref_len)
        for ref_words, ref_len in refs
    )


# what a screen reader alone is told inside a headline ("Bài viết: "): never shown
_READER_ONLY = '[class*="visually-hidden" i], [class*="sr-only" i], [class*="screen-reader" i]'


_SEO_LIKENESS = 0.8  # a reference title shown less like this: an SEO line, not the headline


_SHORT_FORM_WORDS = 0.7  # a short form's words found in the headline it shortens


def _in_a_heading(node: LexborNode) -> bool:
    return node.tag in HEADING_TAGS or any(a.tag in HEADING_TAGS for a in ancestors(node, 2))


def _shortens(short: str, headline: str) -> bool:
    """``short`` is a shorter form of ``headline``: most of its words are the headline's."""
    words, whole = tokens(short), set(tokens(headline))
    return (
        bool(words)
        and len(headline) > len(short)
        and sum(1 for w in words if w in whole) >= _SHORT_FORM_WORDS * len(words)
    )


def _the_pages_own_h1(tree: LexborHTMLParser, banners: set[str]) -> LexborNode | None:
    """The page's only <h1> when it reads as a headline (eight words or more, no link, no
    site's or section's name, shown), else None."""
    h1s = tree.css("h1")
    if len(h1s) != 1 or _reader_only(h1s[0]) or _in_link(h1s[0]):
        return None
    text = headline_text(h1s[0])
    # (a body's name opening it is a headline's too, "Sở … hướng dẫn …": only a portal's
    # words name a site here; a banner in capitals, "ỦY BAN NHÂN DÂN XÃ …", is none)
    if (
        len(text.split()) < _WHOLE_HEADLINE_WORDS
        or text.isupper()
        or text.lower() in banners
        or _PORTAL_WORDS.search(text)
        or SECTION_TITLE_RE.fullmatch(text)
    ):
        return None
    return h1s[0]


def _shown_instead(node: LexborNode) -> LexborNode | None:
    """The heading shown after ``node`` in its box when ``node`` is for screen readers
    only (``class="sr-only seo-title"``), else None."""
    if not _reader_only(node):
        return None
    seen = 0
    sibling = node.next
    while sibling is not None and seen < _SHOWN_AFTER:
        if sibling.tag not in ("-text", "-comment"):
            seen += 1
            headings = [sibling] if sibling.tag in _SHOWN_TAGS else sibling.css("h1, h2, h3")
            for heading in headings[:_SHOWN_AFTER]:
                text = headline_text(heading)
                # (past a portlet's title naming its section: "Tin tức - Sự kiện")
                if len(text.split()) >= _SHOWN_WORDS and not SECTION_TITLE_RE.fullmatch(text):
                    return None if _reader_only(heading) else heading
        sibling = sibling.next
    return None


def _reader_only(node: LexborNode) -> bool:
    return _READER_ONLY_CLASS.search(node.attributes.get("class") or "") is not None


_READER_ONLY_CLASS = re.compile(r"(?i)visually-hidden|sr-only|screen-reader|hide-accessible")
_SHOWN_TAGS = frozenset(("h1", "h2", "h3"))
_SHOWN_AFTER = 4  # elements after a hidden headline where the shown one may stand
_SHOWN_WORDS = 4


def headline_text(node: LexborNode) -> str:
    """A headline element's text without what only screen readers are told (Joomla 5's
    ``<span class="visually-hidden">Bài viết: </span>`` before the title)."""
    hidden = node.css(_READER_ONLY)
    if not hidden:
        return clean_text(node.text(separator=" "))
    return clean_text(_text_without(node, {h.mem_id for h in hidden}))


def _text_without(node: LexborNode, drop: set[int]) -> str:
    """``node``'s text without the elements ``drop`` names."""
    if node.mem_id in drop:
        return ""
    if node.tag == "-text":
        return node.text()
    return " ".join(_text_without(child, drop) for child in node.iter(include_text=True))


_WHOLE_HEADLINE_WORDS = 8  # a headline's words at least, not a section's name ("Tin tức - Sự kiện")


def _split_headline(blocks: list[Block], title: str) -> int | None:
    """The first of two lines that read as the title joined by a space: a headline cell
    broken by <br> ("Xã Tịnh Khê tổ chức Lễ kỷ niệm 56 năm" / "Ngày thảm sát Sơn Mỹ …")."""
    for i in range(len(blocks) - 1):
        first = blocks[i].text
        if title.startswith(first + " ") and title == f"{first} {blocks[i + 1].text}":
            return i
    return None


def _node_block(blocks: list[Block], node: LexborNode | None, text: str) -> int | None:
    """The block of the heading element itself: a breadcrumb's last item repeats the
    headline above it (Joomla, WordPress), and the date or byline is read next to the
    headline, not next to the breadcrumb."""
    if node is None:
        return None
    for i, b in enumerate(blocks):
        if node.mem_id in b.ancestors and text in b.text and len(b.text) < len(text) + 40:
            return i
        if node.mem_id in b.ancestors[:2] and b.text.startswith(text):
            return i  # (the heading's own block, an aside after its words: "<br><small>Nguồn: …")
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
        if _COPYRIGHT.match(text):
            continue  # the footer's "Bản quyền © 2006 Sở …": the site's name, no headline
        if similarity(title, text) >= 0.9 and similarity(text, title) >= 0.6:
            return i
    return None


_COPYRIGHT = re.compile(r"(?i)^\s*(?:bản\s+quyền|copyright|©|\(c\))")


def doubtful_title(
    found: Found | None,
    blocks: list[Block] | None = None,
    body_first: int | None = None,
    description: str = "",
) -> bool:
    """A title taken from <title> that is not on the page, names the site (by its words,
    or as the page's description names it: "Trang thông tin điện tử <title>"), repeats like
    a site name (banner and footer), or is first seen below the text's start."""
    if found is None:
        return True
    if not found.how.endswith("without site name"):
        return False
    if found.index is None or _SITE_WORDS.search(str(found.value)):
        return True
    if description and _described_as_the_site(str(found.value), description):
        return True
    if len(str(found.value).split()) < 4:
        return True  # "Tin tức", "Hung Yen": the section or place, not a headline
    if blocks is not None and blocks[found.index].link_density > 0.5:
        return True  # "… :: Xúc tiến đầu tư", shown only as a menu's link: the section
    low = str(found.value).lower()
    # (not counting links, the article in its own section's list of stories, nor a
    # sentence of the text naming its subject: "Sáng 28/6, … tổ chức hội nghị tổng kết …")
    if blocks is not None and sum(_repeats(low, b) for b in blocks) >= 2:
        return True
    return body_first is not None and found.index - body_first > 3


# the site's own words before its name in a page's description
_SITE_INTRO = re.compile(
    r"(?i)(?:trang|cổng)\s+(?:thông\s+tin|tt)(?:\s+điện\s+tử)?\s+(?:của\s+)?|website\s+(?:của\s+)?"
)


def _described_as_the_site(title: str, description: str) -> bool:
    """The description introduces the title as the site ("Trang thông tin điện tử Hội Nông
    dân huyện Cẩm Xuyên, tỉnh Hà Tĩnh" for <title>Hội Nông dân huyện Cẩm Xuyên)."""
    low = title.lower()
    return any(
        description[m.end() :].lower().startswith(low) for m in _SITE_INTRO.finditer(description)
    )


def _repeats(low_title: str, b: Block) -> bool:
    """``b`` repeats the title as a site's name is repeated: no link, no sentence."""
    text = b.text
    if b.link_chars or low_title not in text.lower():
        return False
    return len(text) <= len(low_title) + 30 or not text.rstrip().endswith((".", "!", "?", "…"))


_TITLE_CLASS = re.compile(r"title|tieude|tieu-de|headline|heading", re.IGNORECASE)


# a visitor counter's label and its count ("Hôm nay: 127"), not "… trong tháng 12/2007"
_COUNTER_LINE = re.compile(r"(?i)(?:" + "|".join(SITE_COUNTER_LABELS) + r")\s*[:：]\s*\d")


def titled(b: Block) -> bool:
    """A heading, or an element named as a title ("<font class="title">" of PHP-Nuke)."""
    cls = b.element.attributes.get("class") or ""
    return bool(b.heading or _TITLE_CLASS.search(cls)) or any(
        _TITLE_CLASS.search(n.attributes.get("class") or "") for n in b.element.css("[class]")
    )


def headline_by_the_text(blocks: list[Block], body_first: int | None, html: str) -> Found | None:
    """The headline read by the text when <title> names only the site: above the text's
    box, or styled as the box's first line. ``html`` gives the classes the page's own
    <style> sets bold or large (an old template's only mark of its headline)."""
    if body_first is None:
        return None
    opens = blocks[body_first].heading
    emphasis = stylesheet_emphasis(html) if "<style" in html else frozenset()
    # the text's container opens with the headline (<article><h1>…): read it there, an
    # <h1> before any bold line above the box (the banner's "Thành phố Đà Nẵng")
    better = title_above_body(blocks, body_first + 1, emphasis) if opens == 1 else None
    if better is None:
        better = title_above_body(blocks, body_first, emphasis)
    if better is None and (opens in (2, 3) or titled(blocks[body_first])):
        # (or a title element opening the text's table cell: PHP-Nuke's font.title)
        better = title_above_body(blocks, body_first + 1, emphasis)
    if better is None:
        # nothing above the text's box: a styled line opening it (an old table cell's
        # bold, centred headline over the text)
        better = title_opening_the_text(blocks, body_first, emphasis)
    return better


def title_above_body(
    blocks: list[Block], first: int | None, emphasis: frozenset[str] = frozenset()
) -> Found | None:
    """The headline-like block just above the body (whose first block is ``first``): a
    heading or a "title" element, else a bold line (old table layouts put the title in a
    styled cell, not in <h1>). ``emphasis``: classes the page's own stylesheet sets bold
    or large."""
    if first is None:
        return None
    candidates = []
    for j in range(first - 1, max(-1, first - 8), -1):
        b = blocks[j]
        if len(b.text) < 60 and DIGIT.search(b.text) and _COUNTER_LINE.search(b.text):
            break  # "Hôm nay: 127": a visitor counter box; above it is another column
        text = strip_date_suffix(b.text)
        dates = find_dates(text) if DIGIT.search(text) else ()
        if dates and dates[0].start >= 15 and _runs_into_dateline(text, dates[0]):
            # the title cell runs into its dateline: "Ra quân … năm 2022 (22/06/2022 10:45) Số lần đọc: 1.506"
            text = text[: dates[0].start].rstrip(" ([-|–—,:")
        if not (15 <= len(text) <= 250 and len(text.split()) >= 4) or b.link_density > 0.3:
            continue
        if is_control(b) or is_meta_text(text) or RELATED_HEADINGS_RE.match(text):
            continue
        if SECTION_TITLE_RE.fullmatch(text):
            continue  # the section's name over its article ("Tin tức - Sự kiện")
        if _mostly_date(text):
            continue  # "Ngày 28/11/2022 - 08:15" in italics under the headline
        if author_from_label(text) or SOURCE_LABEL_RE.match(text) or FILING_LABEL_RE.match(text):
            continue  # "Tác giả: …", "Chuyên mục: …" under the title, however it is styled
        styled = (
            b.styled or _big_type(b.element) or _emphasised(b.element, emphasis) or _caption_bar(b)
        )
        candidates.append((titled(b), styled, j, text))
    for want in ("titled", "styled"):
        for named, styled, j, text in candidates:
            if (named if want == "titled" else styled) and not text.isupper():
                return Found(text, f"{'title element' if named else 'bold line'} above the body", j)
    return None


def title_opening_the_text(
    blocks: list[Block], first: int | None, emphasis: frozenset[str] = frozenset()
) -> Found | None:
    """A headline set as the first styled line inside the text's own box (an old table
    cell's bold or centred line over the text, a breadcrumb maybe above it): no sentence,
    no field, text after it."""
    if first is None:
        return None
    for j in range(first, min(first + _OPENING_LINES, len(blocks) - 1)):
        b = blocks[j]
        text = b.text
        if _CRUMB.search(text) or is_meta_text(text) or b.link_density > 0.3:
            continue  # "Tin tức > Tin hoạt động" above it
        if not (15 <= len(text) <= 250 and 4 <= len(text.split()) <= 40):
            return None
        if text.endswith((".", ":", ";")) or text.isupper() or _mostly_date(text):
            return None
        if (
            b.styled
            or b.align == "center"
            or _big_type(b.element)
            or titled(b)
            or _emphasised(b.element, emphasis)
            or _caption_bar(b)
        ):
            return Found(text, "styled line opening the text", j)
        return None
    return None


_OPENING_LINES = 3  # a breadcrumb and a field line may come before it


def _caption_bar(b: Block) -> bool:
    """A line that is the whole of a table cell alone in its table (PHP-Fusion's
    ``td.capmain`` over the text's own table, styled by the theme's stylesheet): a
    caption bar. (Not a line of a cell's ``<br>`` run: a side box's counters.)"""
    element = b.element
    if element.tag != "td" or len(element.text(strip=True)) > len(b.text):
        return False
    table = next((up for up in ancestors(element, 3) if up.tag == "table"), None)
    return table is not None and len(table.css("td")) == 1


# a class rule of the page's own stylesheet: ".style3 {font-size: 16px; font-weight: bold}"
_CSS_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")
_STYLE_ELEMENT = re.compile(r"(?is)<style[^>]*>(.*?)</style>")
_BOLD_RULE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)")


def stylesheet_emphasis(html: str) -> frozenset[str]:
    """Classes the page's own ``<style>`` sets bold or large (Dreamweaver's ".style3"),
    the only mark an old template gives its headline (read from the source: the tree's
    style elements are stripped before blocks are read)."""
    found = set()
    for css in _STYLE_ELEMENT.findall(html):
        for name, rule in _CSS_CLASS_RULE.findall(css):
            low = rule.lower()
            if _BOLD_RULE.search(low) or _large(low):
                found.add(name)
    return frozenset(found)


def _emphasised(node: LexborNode, emphasis: frozenset[str]) -> bool:
    """The element, or one inside it, wears a class the stylesheet sets bold or large."""
    if not emphasis:
        return False
    return any(
        not emphasis.isdisjoint((n.attributes.get("class") or "").split())
        for n in (node, *node.css("[class]"))
    )


_CRUMB = re.compile(r"\s[>›»]\s")


def _in_link(node: LexborNode | None) -> bool:
    """Whether ``node`` is a link's text: inside a link (a few levels up at most), or a
    heading whose words are one link's (a list entry's ``<h2><a>…</a></h2>``)."""
    inner = node.css_first("a[href]") if node is not None else None
    if inner is not None and clean_text(inner.text()) == clean_text(node.text()):
        return True
    for _ in range(4):
        if node is None:
            return False
        if node.tag == "a" and node.attributes.get("href"):
            return True
        node = node.parent
    return False


def _inside(node: LexborNode, box: LexborNode) -> bool:
    up = node.parent
    for _ in range(6):
        if up is None:
            return False
        if up.mem_id == box.mem_id:
            return True
        up = up.parent
    return False


def _runs_into_dateline(text: str, date: DateMatch) -> bool:
    """The date ends the headline's words: in brackets, after a separator, or followed by
    no more than a field or two ("(22/06/2022 10:45) Số lần đọc: 1.506"). A date the
    headline names ("Quyết định số 1432/QĐ-UBND ngày 30/6/2025 về việc …") goes on."""
    before = text[: date.start].rstrip()
    rest = text[date.end :].strip()
    return (
        before.endswith(("(", "[", "|", "-", "–", "—", ","))
        or len(rest.split()) < 4
        or is_meta_text(rest)
        or bool(re.match(r"[)\]|]", rest))
    )


def _big_type(node: LexborNode) -> bool:
    """Set in large type: <font size="5">, or a style of 16px / 13pt or more."""
    for n in (node, *node.css("font[size], [style*='font-size' i]")):
        size = (n.attributes.get("size") or "").strip().lstrip("+")
        if n.tag == "font" and size.isdecimal() and int(size) >= 4:
            return True
        if _large(n.attributes.get("style") or ""):
            return True
    return False


def _large(style: str) -> bool:
    """A style (or a stylesheet rule) setting 16px / 13pt or more."""
    m = _FONT_SIZE.search(style)
    return bool(m) and float(m[1]) >= (16 if m[2].lower() == "px" else 13)


_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.IGNORECASE)


def _mostly_date(text: str) -> bool:
    """A dateline: a date and at most two other words ("Thứ Hai, ngày 28/11/2022 - 08:15")."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = text[: dates[0].start] + " " + text[dates[-1].end :]
    return len([w for w in tokens(rest) if not w.isdecimal()]) <= 3
