"""Article extraction: (html, url) → :class:`~scraper.models.Article`. Pure, no I/O.

The page is parsed once. A matching profile (``scraper/profiles/*.toml``)
supplies selectors for the fields it knows; every field it does not find is
taken by the generic heuristics of :mod:`scraper.generic`. A field that
cannot be found is ``None``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode, SelectolaxError

from . import generic
from .htmltext import (
    HEADING_TAGS,
    READ_ON_RE,
    Block,
    ancestors,
    blocks_of,
    element_sibling,
    node_text,
    parse,
    strip_invisible,
)
from .metadata import PageMeta, is_event_or_mention, read_meta
from .models import Article
from .normalize import (
    clean_text,
    ensure_nfc,
    find_dates,
    parse_count,
    parse_date,
    prepare_document,
    without_trailer,
)
from .profiles import Profile, detect_profile, get_profile
from .standin import REFUSAL_MAX_CHARS, refusal_notice
from .urls import host_of
from .vocab import (
    ANSWERER_LABEL_RE,
    ATTACHMENT_RE,
    CONTACT_LINE_RE,
    ENGAGEMENT_COUNT_RE,
    EVENT_FIELD_RE,
    FIELD_NAME_RE,
    GONE_RE,
    HELP_HEADING_RE,
    HELP_HEADINGS,
    PUBLISHED_LABEL_RE,
    RELATED_HEADINGS_RE,
    SECTION_TITLE_RE,
    SITE_COUNTER_RE,
    UPDATED_LABEL_RE,
)

MAX_HTML_CHARS = 8_000_000  # larger pages are cut: no article body is this long
# Page footers: never the article's text; one inside the article's container (unclosed
# tags) ends the article.
_FOOTERS = 'footer, [id*="footer" i], [class*="footer" i]'
_QUOTES = frozenset(("blockquote", "figure"))
# Boxes beside the article holding other text: reader comments, a translation, a pinned
# notice, the ward's introduction, ads, a cookie banner. Their text never scores as the
# article's nor joins it.
_FURNITURE = (
    'aside, [class*="comment" i], [id*="comment" i], [class*="binhluan" i], '
    # (not "notranslate", the class that keeps a translator off the text itself)
    '[class*="binh-luan" i], [class*="translat" i]:not([class*="notranslate" i]), '
    '[class*="pinned" i], '
    '[class*="gioithieu" i], [class*="gioi-thieu" i], [class*="cookie" i], '
    '[class*="consent" i], [class*="advert" i], [class*="quangcao" i], [class*="quang-cao" i], '
    # ads between paragraphs: "ads-inarticle", "ads", "banner-inline"
    '[class|="ads" i], [class~="ads" i], [class*=" ads-" i], [class*="banner-inline" i], '
    # overlays and sign-up boxes: newsletters, chatbots, surveys ("khảo sát")
    '[class*="newsletter" i], [class*="subscribe" i], [class*="chatbot" i], '
    '[class*="survey" i], [class*="khaosat" i], [class*="khao-sat" i]'
)
# SharePoint's web parts other than the text's and its pictures' (quick links, call to
# action, news and list roll-ups set between the text blocks); looked for on its pages only
_SHAREPOINT_PARTS = '[data-sp-feature-tag]:not([data-sp-feature-tag*="text" i]):not([data-sp-feature-tag*="image" i])'


# A machine-made summary's own note ("Tạo bởi AI", "Bản tóm tắt do máy tạo tự động", "Tóm
# tắt bởi AI · Có thể có sai sót"): the box it closes is a widget, not the writer's text
_SUMMARY_HINT = re.compile(r"(?i)tóm\s+tắt|nội\s+dung\s+chính")
_MACHINE_NOTE = re.compile(
    r"(?i)(?:tạo|tóm\s+tắt)\s+(?:bởi|bằng)\s+(?:ai\b|trí\s+tuệ\s+nhân\s+tạo)|"
    r"do\s+(?:máy|công\s+cụ\s+ai)[^.]{0,40}tạo|tạo\s+tự\s+động|có\s+thể\s+có\s+sai\s+sót"
)
_SUMMARY_BOX_MAX = 1500  # characters: a few points and a note, never the article
_NOTE_MAX = 200  # characters: "Tóm tắt bởi AI · Có thể có sai sót"


# A key figure's number alone in its element ("310.000", "85-90%", "2.150 tỷ"), its label
# in the next one of the same card ("người được khám sàng lọc")
# (never a phone number: "0269.3824.199", "0913441208")
_NUMBER = r"(?!0\d)(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?"
_FIGURE = re.compile(
    rf"[+~≈]?{_NUMBER}(?:\s*[-–/]\s*{_NUMBER})?\s*(?:%|tỷ|triệu|nghìn|km|ha)?"
)  # ("9/9 ấp có tổ công nghệ số": a fraction, too)
_FIGURE_LABEL_MAX = 80
_TERMS = frozenset(("dd", "dt"))


def _joined_key_figures(
    blocks: list[Block], body_idx: list[int], trimmed: dict[int, str]
) -> list[str]:
    """The body's paragraphs, a key-figure card's number and label made one ("310.000
    người được khám sàng lọc"), a caption's lines made one, and a paragraph repeated right
    away (a sapo the template copies into the text) said once."""
    out: list[str] = []
    skip = False
    listed = set(body_idx)
    for n, i in enumerate(body_idx):
        if skip:
            skip = False
            continue
        text = trimmed.get(i, blocks[i].text)
        if out and n and _caption_line(blocks[body_idx[n - 1]], blocks[i]):
            out[-1] = f"{out[-1]} {text}"  # a caption's second line ("<br>" + its English)
            continue
        if n + 1 < len(body_idx) and _figure_over(blocks[i], blocks[body_idx[n + 1]]):
            out.append(f"{text} {blocks[body_idx[n + 1]].text}")
            skip = True
            continue
        if (
            out
            and text == out[-1]
            and len(text) >= 60
            and not generic.one_caption_twice(blocks[body_idx[n - 1]], blocks[i])
        ):
            continue
        if i and (i - 1) not in listed and _figure_over(blocks[i - 1], blocks[i]):
            # (a bare count, "104", was taken for a control line: the card still shows it)
            text = f"{blocks[i - 1].text} {text}"
        out.append(text)
    return out


def _caption_line(before: Block, line: Block) -> bool:
    """``line`` goes on ``before`` in one caption, after a line break: one paragraph."""
    a, b = before.element.mem_id, line.element.mem_id
    # (the first line may end inside an <em> the caption cell wraps it in)
    nested = a == b or b in before.ancestors or a in line.ancestors
    return nested and generic.is_caption(line) and generic.is_caption(before)


def _figure_over(figure: Block, label: Block) -> bool:
    """``figure`` is a key figure's number and ``label`` its label, in one card."""
    up, below = figure.element.parent, label.element.parent
    return (
        figure.element.tag not in _TERMS  # (a list's value and the next term: no card)
        and up is not None
        and below is not None
        and up.mem_id == below.mem_id
        and bool(_FIGURE.fullmatch(figure.text))
        and len(label.text) <= _FIGURE_LABEL_MAX
        and not _FIGURE.fullmatch(label.text)
    )


def _without_machine_summaries(blocks: list[Block]) -> list[Block]:
    """``blocks`` without machine-made summary boxes ("Tóm tắt nhanh · AI", three points,
    a note saying a machine wrote them): from each short note, the nearest box above it
    that also holds the points and names itself a summary. Never the writer's text."""
    boxes: set[int] = set()
    for b in blocks:
        text = b.text
        if len(text) > _NOTE_MAX or not ("AI" in text or "tự động" in text or "nhân tạo" in text):
            continue
        if not _MACHINE_NOTE.search(text):
            continue
        box = b.element.parent
        for _ in range(4):
            if box is None or box.tag in ("body", "html", "main", "article"):
                break
            if box.tag in ("div", "section", "aside") and box.css_first("li, p") is not None:
                whole = box.text(separator=" ")
                if len(whole) <= _SUMMARY_BOX_MAX and _SUMMARY_HINT.search(whole):
                    boxes.add(box.mem_id)
                    break
            box = box.parent
    if not boxes:
        return blocks
    return [b for b in blocks if boxes.isdisjoint(b.ancestors)]


_COUNTDOWNS = '[class*="countdown" i], [uk-countdown], [data-countdown]'
_COUNTDOWN_LABEL_MAX = 60  # characters: "HẠN CHÓT NỘP HỒ SƠ CÒN", "Thời gian còn lại"
_EVENT_CARD_MAX = 300  # characters: an event's facts and buttons; a text is longer


def _countdowns(tree: LexborHTMLParser) -> frozenset[int]:
    """mem_ids of countdown widgets (a landing page's "00 00 00" under "HẠN CHÓT NỘP HỒ SƠ
    CÒN", over "Ngày | Giờ | Phút"), with the short label before and the units after
    each: a ticking box, not text."""
    found = set()
    for node in tree.css(_COUNTDOWNS):
        box = node
        text = node.text(strip=True)
        while (
            box.parent is not None
            and box.parent.tag not in ("body", "html", "main", "article")
            and box.parent.text(strip=True) == text
        ):
            box = box.parent  # the widget's own wrapper (LadiPage's #COUNTDOWN1)
        found.add(box.mem_id)
        card = box.parent
        if (
            card is not None
            and card.tag not in ("body", "html", "main", "article")
            and len(card.text(strip=True)) <= _EVENT_CARD_MAX
            and card.css_first("p") is None
        ):
            found.add(card.mem_id)  # an event's card around it: time, venue, price, buttons
        label, units = element_sibling(box, "prev"), element_sibling(box, "next")
        if label is not None and len(label.text(strip=True)) <= _COUNTDOWN_LABEL_MAX:
            found.add(label.mem_id)
        if units is not None and _TIME_UNITS.fullmatch(units.text(separator=" ")):
            found.add(units.mem_id)
    return frozenset(found)


_TIME_UNITS = re.compile(
    r"\s*(?:(?:ngày|giờ|phút|giây|days?|hours?|minutes?|seconds?)[\s|:·/-]*)+", re.IGNORECASE
)


# an accordion's title on its button: "Nộp hồ sơ ở đâu?", "3. Thành phần hồ sơ" (holdout322);
# a toolbar's "Mở tất cả" or "Thu gọn" is shorter
_BUTTON_TITLE_CHARS = 12
_QUESTION_BUTTONS = (
    ".accordion-button, .accordion-header button, button[aria-expanded], button[uk-toggle]"
)
_HEADLINE_BADGES = ", ".join(
    f'{h} [class*="badge" i]' for h in ("h1", "h2", "h3", '[itemprop="headline"]')
)
# a checkbox's or radio button's label: a control's words ("Tự động cập nhật")
_CONTROL_LABELS = 'label > input[type="checkbox" i], label > input[type="radio" i]'
# the text a lazy loader fetches, also in <noscript> for readers without scripts
_NOSCRIPT_TEXT = "noscript p"
# a person icon drawn inline (Heroicons' "user", Lucide's), stripped with the other <svg>s:
# the box it sits in is marked as a byline first
_PERSON_SVGS = (
    'svg > path[d^="M16 7a4 4 0 11-8 0"], svg > path[d^="M15.75 6a3.75 3.75 0 1 1-7.5 0"], '
    'svg[class*="lucide-user" i]'
)
# Font Awesome's "user" glyph kept in a data attribute (Zion Builder's icon list): its item
# holds the writer's name (holdout303/zion_hlhpn)
_PERSON_GLYPHS = '[data-znpbicon="\uf007"]'
# a heading's permalink ("#", "¶", "§" after the words: Zola, MkDocs, Sphinx, Hugo themes)
_PERMALINKS = ", ".join(f'{h} > a[href^="#"]' for h in sorted(HEADING_TAGS))
_PERMALINK_MARKS = frozenset({"", "#", "¶", "§", "🔗", "⚓"})
_WIDGETS = ", ".join(
    (
        _PERMALINKS,
        generic.PLAYERS,
        "video",
        _COUNTDOWNS,
        _QUESTION_BUTTONS,
        _HEADLINE_BADGES,
        _CONTROL_LABELS,
        _NOSCRIPT_TEXT,
        _PERSON_SVGS,
        _PERSON_GLYPHS,
    )
)
_NOSCRIPT_CHARS = 300  # text in a <noscript> that is the page's, not a "turn on JavaScript" bar


# An editor's key points set as an <aside> in the text ("Điểm nhấn", "Những điểm mới"): its
# class says so, and it lists the points
_KEY_POINTS_CLASS = re.compile(r"highlight|diem-?nhan|key-?points?", re.IGNORECASE)


_SECTION_CHARS = 80  # text in the box a button opens that makes the button its heading


def _opens_a_section(tree: LexborHTMLParser, button: LexborNode) -> bool:
    """The button opens a section of text (``aria-controls`` names it): its words are the
    section's heading ("Bước 2: Chuẩn bị và nộp hồ sơ")."""
    target = button.attributes.get("aria-controls") or _toggled(button)
    if not target or '"' in target:
        return False
    section = tree.css_first(f'[id="{target}"]')
    return section is not None and len(section.text(strip=True)) >= _SECTION_CHARS


def _toggled(button: LexborNode) -> str:
    """The id of the box UIkit's toggle opens (``uk-toggle="target: #tieu-su"``)."""
    m = _UK_TARGET.search(button.attributes.get("uk-toggle") or "")
    return m.group(1) if m else ""


_UK_TARGET = re.compile(r"target\s*:\s*#([\w-]+)")


def _key_points(box: LexborNode) -> bool:
    return (
        box.tag == "aside"
        and bool(_KEY_POINTS_CLASS.search(box.attributes.get("class") or ""))
        and box.css_first("ul, ol") is not None
    )


_EXTRA_FIELDS = "label in the page's extra fields"


def _field_lines(node: LexborNode) -> generic.Fields:
    """The lines of ``node`` read as fields ("Tác giả: Lê Thị Thanh Tâm", "Lượt xem: 1587
    lần"): K2's extra fields, the article's own beside a presented document's."""
    text = node.text()
    if ":" not in text and "ượt" not in text:
        return []  # (no label in it: a pager, icons, a list of stories)
    return [(None, clean_text(line.text(separator=" "))) for line in node.css("li, p, dd, tr, div")]


def _first_text(
    tree: LexborHTMLParser,
    selectors: tuple[str, ...],
    read: Callable[[LexborNode], str] = node_text,
) -> tuple[str, str]:
    for sel in selectors:
        for node in tree.css(sel):
            text = read(node)
            if text:
                return text, sel
    return "", ""


def _time_of_day(tree: LexborHTMLParser, day: str) -> str | None:
    """The date-and-time of a <time datetime> element that falls on ``day``, if any."""
    for node in tree.css("time[datetime]"):
        iso = parse_date(node.attributes.get("datetime"))
        if iso and len(iso) > 10 and iso[:10] == day:
            return iso
    return None


_TWIN_REACH = 8  # blocks around the headline a mobile copy of the dateline may sit in


def _twin_time(blocks: list[Block], title_idx: int | None, day: str) -> str | None:
    """The time of ``day`` from another short dateline by the headline (a mobile copy of
    the header, "03/02/2025 14:30", beside the desktop "Ngày đăng: 03/02/2025"); never
    from an update line, which names a later moment."""
    if title_idx is None:
        return None
    low, high = max(0, title_idx - _TWIN_REACH), min(len(blocks), title_idx + _TWIN_REACH)
    for b in blocks[low:high]:
        if len(b.text) > 80 or b.link_chars or UPDATED_LABEL_RE.search(b.text):
            continue
        dates = find_dates(b.text)
        if len(dates) == 1 and dates[0].has_time and dates[0].iso[:10] == day:
            return dates[0].iso
    return None


def _mark_byline(box: LexborNode | None) -> None:
    """Class the box of a person icon as a byline, for the author finders to read."""
    if box is not None and box.tag not in ("body", "html"):
        box.attrs["class"] = f"{box.attributes.get('class') or ''} byline-icon".strip()


def _first_node(
    tree: LexborHTMLParser, selectors: tuple[str, ...]
) -> tuple[LexborNode | None, str]:
    for sel in selectors:
        node = tree.css_first(sel)
        if node is not None and node_text(node) and not _a_story_card(node):
            return node, sel
    return None, ""


_CARD_CHARS = 300  # a related story's card: its day, its linked headline, a line or two


def _a_story_card(node: LexborNode) -> bool:
    """The box is another story's card, not a text (a theme's related posts in the same
    ".post-content" boxes as the post's own, holdout303): a linked headline, little else."""
    text = node.text(strip=True)
    if len(text) > _CARD_CHARS:
        return False
    linked = sum(len(a.text(strip=True)) for a in node.css("h2 a, h3 a, h4 a, h5 a"))
    return linked > 0 and 2 * linked >= len(text)


def _split_text(tree: LexborHTMLParser, node: LexborNode, sel: str) -> LexborNode:
    """The text's box, or the box holding its parts when an inserted ad splits the text
    into sibling boxes the selector matches alike (.entry-content-1, .entry-content-2)."""
    parent = node.parent
    if parent is None or parent.tag in ("body", "html"):
        return node
    parts = [n for n in tree.css(sel) if n.parent is not None and n.parent.mem_id == parent.mem_id]
    return parent if len(parts) > 1 else node


Dated = tuple[str, str, tuple[int, ...]]  # a day, its selector, its element's ancestry


def _first_date(
    tree: LexborHTMLParser, selectors: tuple[str, ...], path: str, *, updates: bool = False
) -> tuple[str | None, str, list[Dated]]:
    """A date from the first selector that yields one (datetime/content attributes first);
    with ``updates``, only from elements marked or labelled as the update ("updated" alone,
    "Cập nhật lần cuối"), which are skipped otherwise. When the selectors match other days
    too (a list of stories around the article), all come third, in order, with their
    elements' ancestry (innermost first), to choose the one by the headline. The day of
    another story's card (a related carousel's) is passed over."""
    found: list[tuple[str, str, LexborNode]] = []
    seen: set[int] = set()
    for sel in selectors:
        for node in tree.css(sel):
            if node.mem_id in seen or _marks_the_update(node) != updates or _on_a_card(node, path):
                continue
            seen.add(node.mem_id)
            if not is_event_or_mention(node) and (iso := _date_of(node)):
                found.append((iso, sel, node))
    if not found:
        return None, "", []
    if all(iso == found[0][0] for iso, _, _ in found):
        return found[0][0], found[0][1], []
    return (
        found[0][0],
        found[0][1],
        [(iso, sel, (n.mem_id, *(a.mem_id for a in ancestors(n)))) for iso, sel, n in found],
    )


_CARD_HEADINGS = "h2 > a[href], h3 > a[href], h4 > a[href], h5 > a[href]"
_CARD_LEVELS = 4


def _on_a_card(node: LexborNode, path: str) -> bool:
    """The element sits in another story's card: a small box whose heading links elsewhere
    (a related carousel's "<h3><a>…</a></h3>" over its day), not the page's own header."""
    for box in ancestors(node, _CARD_LEVELS):
        if box.tag in ("body", "html") or box.css_first("h1") is not None:
            return False
        heading = box.css_first(_CARD_HEADINGS)
        if heading is not None:
            href = urlsplit(heading.attributes.get("href") or "").path
            return bool(href) and href.rstrip("/") != path.rstrip("/")
    return False


def _date_of(node: LexborNode) -> str | None:
    for raw in (node.attributes.get("datetime"), node.attributes.get("content"), node_text(node)):
        iso = parse_date(raw) if raw else None
        if iso:
            return iso
    return None


def _by_the_headline(dated: list[Dated], headline: tuple[int, ...]) -> Dated:
    """The dated element sharing the innermost box with the headline (the first on a tie):
    the modal's date, not the first of the stories listed behind it."""
    depth = {mem_id: n for n, mem_id in enumerate(headline)}
    return min(
        dated,
        key=lambda d: next((depth[m] for m in d[2] if m in depth), len(headline)),
    )


def _marks_the_update(node: LexborNode) -> bool:
    classes = set((node.attributes.get("class") or "").lower().split())
    if "updated" in classes and "published" not in classes and "entry-date" not in classes:
        return True
    return bool(UPDATED_LABEL_RE.search(node_text(node)[:40]))


def resolve_profile(
    tree: LexborHTMLParser,
    html: str,
    url: str,
    profile: str | Profile | None,
    *,
    generator: str | None = None,
) -> tuple[Profile, str]:
    """The profile to use and a one-line account of why."""
    if isinstance(profile, Profile):
        return profile, "given"
    if profile:
        return get_profile(profile), "chosen with --profile"
    det = detect_profile(tree, html, url, generator=generator)
    return det.profile, "; ".join(det.evidence)


# A field's label shown only as its icon's tooltip: <li title="Ngày đăng"><i class="fa
# fa-calendar"></i> 27/11/2025 14:30</li>, <span title="Lượt xem">👁 768</span>
_TOOLTIP_FIELDS = "li[title], span[title], div[title], dd[title], small[title], p[title]"


_LIGATURES = '[class*="material-icons"], [class*="material-symbols"]'


_ABBREVIATION = 8  # characters of an abbreviated label at most ("NĐg", "BTV", "LX")


def _label_tooltips(tree: LexborHTMLParser, abbrs: bool = True) -> None:
    """Fields labelled only by a tooltip: an icon's (``title``), an abbreviation's
    (``<abbr title>``; ``abbrs``: the page has any)."""
    for abbr in tree.css("abbr[title]") if abbrs else ():
        # a label shown abbreviated, its words in the tooltip: <abbr title="Ngày đăng">NĐ</abbr>
        label = (abbr.attributes.get("title") or "").strip()
        if len(abbr.text(strip=True)) <= _ABBREVIATION and FIELD_NAME_RE.match(label):
            after = abbr.next
            colon = (
                after is not None
                and after.tag == "-text"
                and after.text().lstrip().startswith((":", "："))
            )
            abbr.insert_before(label if colon else f"{label}: ")  # (its value beside it)
            abbr.decompose()
    for node in tree.css(_TOOLTIP_FIELDS):
        label = (node.attributes.get("title") or "").strip()
        text = node.text(strip=True)
        if not text or len(text) > 80 or not FIELD_NAME_RE.match(label):
            continue
        if text.lower().startswith(label.lower().rstrip(":")) or node.css_first(_LIGATURES):
            continue  # the label is shown too; an icon's ligature word is read as its label
        first = node.child
        if first is not None:
            first.insert_before(f"{label.rstrip(': ')}: ")


# a caption drawn by the style sheet before a value: ".tile--writer .tile-value::before
# {content: "Người viết"}", "td::before {content: attr(data-label)}"
# (a rule's "::before {…}" found first, its selector read back to the rule before it: a
# pattern tried from every character of a large style sheet rescans each rule's text)
_BEFORE_RULE = re.compile(r"::?before\s*\{(?P<body>[^}]*)\}")
_CSS_CONTENT = re.compile(
    r"""content\s*:\s*(?:(?P<q>["'])(?P<text>[^"'{}]{1,40})(?P=q)|attr\(\s*(?P<attr>[\w-]+)\s*\))"""
)


def _generated_captions(css: str) -> Iterator[tuple[str, str | None, str | None]]:
    """Each "::before" rule's selector and its generated content: a text, or the attribute
    whose value it shows."""
    for m in _BEFORE_RULE.finditer(css):
        content = _CSS_CONTENT.search(m["body"])
        if content is not None:
            start = max(css.rfind("}", 0, m.start()), css.rfind("{", 0, m.start())) + 1
            yield css[start : m.start()].strip(), content["text"], content["attr"]


def _css_captions(tree: LexborHTMLParser) -> None:
    """Fields captioned only by the style sheet's generated content (holdout272/concrete_so):
    the caption written before its value, as the page shows it."""
    rules = (
        rule
        for style in tree.css("style")
        if "content" in (css := style.text())
        for rule in _generated_captions(css)
    )
    for selector, caption, attr in itertools.islice(rules, _CSS_CAPTION_RULES):
        if (
            not selector
            or ":" in selector
            or (caption is not None and not FIELD_NAME_RE.match(caption))
        ):
            continue
        try:
            nodes = tree.css(selector)
        except SelectolaxError:  # (a selector Lexbor does not read: no caption)
            continue
        for node in nodes[:_CSS_CAPTIONED]:
            label = caption or (node.attributes.get(attr or "") or "")
            text = node.text(strip=True)
            if (
                text
                and FIELD_NAME_RE.match(label)
                and not text.lower().startswith(label.lower())
                and node.child is not None
            ):
                node.child.insert_before(f"{label.rstrip(': ')}: ")


_CSS_CAPTIONED = 200  # values one rule captions at most (a page's fields, not a table's)
_CSS_CAPTION_RULES = 50  # generated captions read at most (a page's fields, a few rules)


_SECTION_WORDS = 6  # a section's name at most ("Hoạt động Hội", "Nông dân sản xuất giỏi")
_HEADLINE_WORDS = 8  # a headline's at least


def _section_heading(title: str, meta: PageMeta) -> bool:
    """The profile's heading is a few words none of the page's own headline holds, the
    headline a long one (og:title or JSON-LD): a page builder's title bar naming the
    section over a headline set as a builder's heading (holdout276/wpbakery_nongdan)."""
    ref = meta.og_title or meta.headline
    words = title.lower().split()
    return (
        0 < len(words) <= _SECTION_WORDS
        and len(ref.split()) >= _HEADLINE_WORDS
        and not set(words) <= set(ref.lower().split())
    )


def extract_article(
    html: str, url: str, profile: str | Profile | None = None, *, site: str | None = None
) -> Article:
    """Extract title, publication date, body, author and views from an article page."""
    html, decomposed = prepare_document(without_trailer(html[:MAX_HTML_CHARS]))
    if decomposed:  # (attributes too: a counter's title="Lượt xem", an icon's aria-label)
        html = unicodedata.normalize("NFC", html)
    tree = parse(html)
    meta = read_meta(tree)
    prof, why = resolve_profile(tree, html, url, profile, generator=meta.generator)
    icons = tree.css(generic.ICON_COUNTERS) if "aria-label" in html or "eye" in html else []
    # (read before strip_invisible removes the <audio> elements themselves)
    # One query tells whether the page has any of the widgets read below (each test of the
    # page's text for a word costs as much as this query of its tree).
    widgets = tree.css_first(_WIDGETS) is not None
    players = generic.player_boxes(tree) if widgets else frozenset()
    countdowns = _countdowns(tree) if widgets else frozenset()
    opened: set[str] = set()  # sections whose buttons become their headings
    if "<button" in html and (
        "-only" in html or "visually-hidden" in html or "screen-reader" in html
    ):
        generic.drop_button_hints(tree)  # (before the question buttons are unwrapped)
    if widgets:
        # an FAQ's question on the button that opens its answer, an accordion's heading on
        # the button that opens its story: text, not a control
        for button in tree.css(_QUESTION_BUTTONS):
            # ("Xem toàn bộ bài phỏng vấn" unfolds the rest: the control it is)
            if (
                len(words := button.text(strip=True)) >= _BUTTON_TITLE_CHARS
                and not READ_ON_RE.match(words)
                and (
                    words.endswith("?")
                    or (button.parent is not None and button.parent.tag in HEADING_TAGS)
                    or _opens_a_section(tree, button)
                )
            ):
                if target := button.attributes.get("aria-controls") or _toggled(button):
                    opened.add(target)
                button.unwrap()
        for box in tree.css(_CONTROL_LABELS):
            if box.parent is not None:
                box.parent.decompose()
        for icon in tree.css(_PERSON_SVGS):
            svg = icon if icon.tag == "svg" else icon.parent
            box = svg.parent if svg is not None else None
            _mark_byline(box)
        for glyph in tree.css(_PERSON_GLYPHS):
            _mark_byline(glyph.parent)
        for fallback in tree.css("noscript"):
            if len(fallback.text(strip=True)) >= _NOSCRIPT_CHARS and fallback.css_first("p"):
                fallback.unwrap()  # (strip_invisible drops the others)
    _drop_reader_widgets(tree)  # (one query: cheaper than testing the source for the names)
    # a Q&A told as a chat: the answerer over its bubble, read before the heads are dropped
    chat = generic.chat_answerer(tree) if "msg" in html or "message" in html else None
    if chat is not None:
        generic.drop_chat_heads(tree)
    generic.drop_calls_to_action(tree)
    if "tablist" in html:
        generic.drop_tab_strips(tree)
    if 'href="#tab' in html:
        generic.drop_tab_title_copies(tree)
    if "data-title" in html:
        generic.drop_titled_panes_strips(tree)
    if (
        "count" in html
        or "stats-number" in html
        or "animated-number" in html
        or "milestone" in html
    ):
        generic.drop_idle_counters(tree)
    if "quote" in html:
        generic.drop_quote_marks(tree)
    if "icon" in html or "indicator" in html:
        generic.drop_icon_glyphs(tree)
    if "progress" in html or "skill" in html or "stats-bar" in html:
        generic.drop_progress_bars(tree)
    forms = _form_boxes(tree) if "<form" in html else frozenset()  # (before fields are stripped)
    if "<label" in html:
        _drop_control_labels(tree)
    if ":before" in html:  # (the style sheet, read before it is stripped)
        _css_captions(tree)
    strip_invisible(tree, html, frozenset(opened))
    if ' title="' in html:
        _label_tooltips(tree, "<abbr" in html)
    if widgets:
        for link in tree.css(_PERMALINKS):
            if link.text(strip=True) in _PERMALINK_MARKS and link.css_first("img") is None:
                link.decompose()  # the heading's own address, no words of it
        for badge in tree.css(_HEADLINE_BADGES):
            badge.decompose()  # "Mới", "Hot" set inside the headline: a label, no words of it
    art = Article(url=url, site=site or host_of(url), profile=prof.name)
    art.evidence["profile"] = f"{prof.name} ({why})"
    # Profile selectors are read before `drop` removes page furniture from the body.
    p_title, title_sel = _first_text(tree, prof.selectors_for("title"), generic.headline_text)
    if SECTION_TITLE_RE.fullmatch(p_title) or _section_heading(p_title, meta):
        p_title = ""  # the profile's heading names the section ("Tin tức - Sự kiện"): read on
    path = urlsplit(url).path
    p_date, date_sel, p_dates = _first_date(tree, prof.selectors_for("date"), path)
    # (read now: the page's meta elements are taken out of the tree further on)
    p_update, update_sel, _ = (
        (None, "", [])
        if p_date
        else _first_date(tree, prof.selectors_for("date"), path, updates=True)
    )
    p_author_text, author_sel = _first_text(tree, prof.selectors_for("author"))
    p_views_text, views_sel = _first_text(tree, prof.selectors_for("views"))
    p_lead, _ = _first_text(tree, prof.selectors_for("lead"))
    p_author = generic.clean_author(p_author_text) if p_author_text else None
    if not generic.is_person(p_author):
        p_author = None
    dropped: generic.Fields = []  # field lines of furniture the profile drops
    for sel in prof.selectors_for("drop"):
        for node in tree.css(sel):
            if not (p_author and p_date and p_views_text):  # (only read when it is needed)
                dropped += _field_lines(node)
            node.decompose()
    byline = generic.fields_author(dropped) if p_author is None else None
    dropped_byline = str(byline.value) if byline else None
    root = tree.body or tree.root
    if root is None:
        return art
    blocks = blocks_of(root, nfc=False)  # (the page is NFC by now)
    blocks = _without_machine_summaries(blocks)
    blocks = generic.fields_from_layouts(blocks)

    # Title
    if p_title:
        art.title = generic.strip_date_suffix(p_title)
        art.evidence["title"] = f"profile selector {title_sel}"
        title_idx = generic.block_index(blocks, art.title)
    else:
        found = generic.find_title(tree, meta, blocks)
        if found:
            art.title = str(found.value)
            art.evidence["title"] = found.how
        title_idx = found.index if found else None
    from_title_tag = None if p_title else found

    # Body
    container: int | None = None
    node, sel = _first_node(tree, prof.selectors_for("body"))
    # (a quotation's <footer> names who said it: no end of the page)
    footers = frozenset(
        f.mem_id
        for f in tree.css(_FOOTERS)
        if f.tag not in ("body", "html") and not _cites_a_quote(f)
    )
    boxes = frozenset(
        f.mem_id
        for f in tree.css(_FURNITURE)
        if f.tag not in ("body", "html") and not _key_points(f)
    )
    boxes |= players | countdowns | forms
    cards: frozenset[int] = frozenset()  # other records' cards: their days are not the page's
    if any(title in html for title in _DOCUMENT_PANEL_TITLES):
        cards = _document_info_boxes(tree) | _document_field_boxes(blocks)
        boxes |= cards
    if HELP_HEADING_IN_HTML.search(html):
        boxes |= _help_boxes(tree)
    if "Địa điểm" in html or "ĐỊA ĐIỂM" in html or _event_class_in(html):
        events = _event_info_boxes(tree)
        cards |= events
        boxes |= events
    if "data-sp-feature-tag" in html:
        boxes |= {f.mem_id for f in tree.css(_SHAREPOINT_PARTS)}
    if title_idx is not None:  # a box around the headline wraps the article: not one of them
        boxes = boxes.difference(blocks[title_idx].ancestors)
        aside = frozenset(i for i, b in enumerate(blocks) if not boxes.isdisjoint(b.ancestors))
    else:
        aside = _footer_blocks(boxes, blocks)
    panels = False  # the text is an FAQ's or a guide's box of panels
    if node is not None:
        node = _split_text(tree, node, sel)
        container = node.mem_id
        art.evidence["body"] = f"profile selector {sel}"
    else:
        skip = _footer_blocks(footers, blocks)
        container = generic.choose_container(blocks, skip | aside, title_idx)
        if container is None and aside:
            container = generic.choose_container(blocks, skip, title_idx)
        node = _node_of(blocks, container)
        art.evidence["body"] = "densest text container"
        if title_idx is not None and (
            others := generic.outside_headlines_article(blocks, node, title_idx)
        ):
            again = generic.choose_container(blocks, skip | aside | others, title_idx)
            if again is not None:
                container, node = again, _node_of(blocks, again)
                art.evidence["body"] += " in the headline's own <article>"
        whole = generic.sections_parent(blocks, node)
        if (
            whole is not None
            and title_idx is not None
            and whole.mem_id not in blocks[title_idx].ancestors
            and (rows := generic.sections_parent(blocks, whole)) is not None
            and (rows.mem_id in blocks[title_idx].ancestors or generic.holds_panels(whole))
        ):
            # a builder's widgets in one row, the text begun in the headline's row before it
            # (WPBakery's rows in the post, holdout276/wpbakery_nongdan): all the rows; a
            # tab module's panes, the text going on in the rows around it (Themify's,
            # holdout321)
            whole = rows
        if whole is not None:  # an e-magazine: the text runs on in sibling sections
            node, container = whole, whole.mem_id
            art.evidence["body"] += " and its sibling sections"
            aside |= generic.between_sections(blocks, whole)
        elif (texts := generic.table_among_texts(blocks, node)) is not None:
            node, container = texts, texts.mem_id  # a table component between text ones
            art.evidence["body"] += " and the text components around it"
        elif (run := generic.sections_after(blocks, node)) is not None:
            node, container = run, run.mem_id  # a lead box before text in one box a paragraph
            art.evidence["body"] = "text sections after the lead box"
        elif (answers := generic.accordions_box(node)) is not None:
            node, container = answers, answers.mem_id  # an FAQ's answers, one a panel
            art.evidence["body"] += " and the accordions beside it"
            panels = True
        elif (other := generic.bilingual_box(node)) is not None:
            node, container = other, other.mem_id
            art.evidence["body"] += " and the text in its other language"
        elif (folded := generic.folded_part(node)) is not None:
            node, container = folded, folded.mem_id
            art.evidence["body"] += " and the text around its fold"
        elif (laid := generic.layout_table_box(node, _block_at(blocks, title_idx))) is not None:
            node, container = laid, laid.mem_id
            art.evidence["body"] += " and the other cells of its layout table"
    if node is not None and (around := generic.around_the_panels(node, panels)) is not None:
        node, container = around, around.mem_id  # the text goes on beside its tabs' box
        art.evidence["body"] += " and the paragraphs beside its tabs"
    body_first = next((i for i, b in enumerate(blocks) if container in b.ancestors), None)
    if not p_title and generic.doubtful_title(from_title_tag, blocks, body_first, meta.description):
        # <title> names only the site: read the headline above the body
        better = generic.headline_by_the_text(blocks, body_first, html)
        if better is not None:
            art.title, art.evidence["title"], title_idx = (
                str(better.value),
                better.how,
                better.index,
            )
        elif title_idx is not None and body_first is not None and title_idx > body_first + 3:
            title_idx = None  # only an "other news" link repeats it: no place to read dates by
    body_idx, end, body_start = generic.split_body(
        blocks, container, art.title, title_idx, footers, aside
    )
    if p_lead and body_idx and p_lead not in (blocks[i].text for i in body_idx):
        body_idx = [i for i, b in enumerate(blocks) if b.text == p_lead][:1] + body_idx
    body_idx = generic.question_text(blocks, body_idx, title_idx) + body_idx
    record_last = body_idx[-1] if body_idx else None  # (dates read below the record)
    qa_kind = generic.record_kind(blocks)  # a Q&A record, or a page of question and answer
    if record := generic.record_fields(blocks, body_idx, qa_kind):
        body_idx = [i for i in body_idx if i not in record]  # a Q&A record's fields
    body_idx = generic.with_lead_caption(blocks, body_idx, title_idx, container)
    body_idx = generic.without_repeated_pull_quotes(blocks, body_idx, node)
    body_idx = generic.without_embedded_teasers(blocks, body_idx, node)
    body_idx = generic.without_story_box_heads(blocks, body_idx)
    body_idx = generic.without_kicker(blocks, body_idx, title_idx)
    body_idx = generic.with_closing_correction(blocks, body_idx)
    body_idx = generic.without_next_part_teaser(blocks, body_idx)
    body_idx = generic.without_repeats(blocks, body_idx)
    if boxed := generic.bare_info_boxes(blocks, body_idx):
        body_idx = [i for i in body_idx if i not in boxed]  # a "Thông tin" box beside the text

    # Author
    panel: list[int] | None = None  # the article's information panel, looked for when needed
    author_idx: int | None = None
    trimmed: dict[int, str] = {}  # body paragraphs with a signature cut off their end
    if p_author and generic.names_a_unit(p_author):
        # an office in the byline slot ("bởi Văn phòng Tỉnh đoàn") is the account that posted
        # the page, no author; a writer the text names is (holdout286, holdout49/95/137/296)
        name, idx, how = generic.find_author(
            blocks, body_idx, end, title_idx, body_start, _site_names(meta, art.title), aside
        )
        if name and not generic.names_a_unit(name):
            art.author, author_idx, art.evidence["author"] = name, idx, how
    elif p_author:
        art.author = p_author
        art.evidence["author"] = f"profile selector {author_sel}"
        # (the name alone, or under its label in one line: "Tác giả: Phan Hằng")
        author_idx = next(
            (
                i
                for i in body_idx[-3:]
                if blocks[i].text == p_author_text
                or (
                    len(blocks[i].text) < 80
                    and generic.author_from_label(blocks[i].text) == p_author
                )
            ),
            None,
        )
    elif dropped_byline:  # K2's extra field "Tác giả: …" under the text
        art.author, art.evidence["author"] = (
            dropped_byline,
            _EXTRA_FIELDS,
        )
    elif chat is not None:
        # a Q&A told as a chat: the person over the answer's bubble, never the asker over
        # the question's; an office answering is none (holdout330)
        art.author, art.evidence["author"] = chat or None, "name over the answer's chat bubble"
    else:
        sites = _site_names(meta, art.title)
        name, author_idx, how = generic.find_author(
            blocks, body_idx, end, title_idx, body_start, sites, aside
        )
        if name is None and title_idx is not None:
            name, how = generic.find_author_element(tree, blocks[title_idx]), "byline element"
            if name and ANSWERER_LABEL_RE.match(name):  # "Cán bộ trả lời: Hoàng Minh Tuấn"
                name = re.split(r"[:：]", name, maxsplit=1)[1].strip() or None
            if name and (generic.names_the_site(name, sites) or generic.names_a_unit(name)):
                name = None  # the site's own profile or an office's account in the byline slot
            if name and body_idx and blocks[body_idx[0]].text == name:
                body_idx = body_idx[1:]  # the slot above the text, taken for its sapo
        if name is None and body_idx and (found := generic.answering_person(blocks, body_idx)):
            # a Q&A page's answerer named between the question and the answer (holdout308/314)
            name, how = found, "person named as the answerer"
        if name is None and title_idx is not None and body_idx:
            found = generic.answer_card_person(blocks, title_idx + 1, body_idx[-1])
            if found:  # the doctor's card opening "Bác sĩ trả lời" (holdout334)
                name, how = found, "person whose card opens the answer"
        if name is None and title_idx is not None and qa_kind == "record":
            found = generic.record_answerer(blocks, title_idx + 1, end or len(blocks))
            if found:  # the answerer's field of a Q&A record (holdout315)
                name, how = found, "person named in the record's answerer field"
        if name is None and body_idx:
            credit = generic.media_credit(blocks, body_idx, end)
            if credit:  # "Video: Minh Đức", a photo report's "Ảnh: Minh Đức"
                name, how = credit[0], "credit of the page's own medium closing the text"
        if name is None and body_idx:
            signed = generic.closing_name(blocks[body_idx[-1]].text)
            if signed and generic.closes_parts([blocks[i].text for i in body_idx]):
                signed = None  # a digest's items each close with their writer's name
            if signed:  # "… kiểu mẫu. (Minh Hải)": a signature, not text
                name, trimmed[body_idx[-1]] = signed
                how = "name in brackets closing the last paragraph"
        if (
            name is None
            and (panel := generic.info_panel(blocks))
            and (found := generic.panel_author(blocks, panel))
        ):
            name, how = str(found.value), found.how
        if name:
            art.author, art.evidence["author"] = name, how
    if author_idx is not None and art.evidence.get("author") == generic.TWO_LINE_SIGNATURE:
        body_idx = [i for i in body_idx if i != author_idx + 1]  # the signature's unit line
    body_idx = [i for i in body_idx if i != author_idx]
    if body_idx and generic.account_line(blocks[body_idx[-1]].text):
        body_idx = body_idx[:-1]  # "Đăng bởi: ttvhda.admin" closing the text: the account
    if art.author and body_idx:
        # "By Minh Hải" opening or closing the text: the byline element read as a paragraph
        byline = {f"by {art.author}".lower(), f"bởi {art.author}".lower()}
        ends = {*body_idx[:1], *body_idx[-1:]}
        body_idx = [i for i in body_idx if i not in ends or blocks[i].text.lower() not in byline]
    # Blocks of a page without Vietnamese combining marks skipped NFC; other marks are rare.
    paragraphs = _joined_key_figures(blocks, body_idx, trimmed)
    if any("↩" in p for p in paragraphs):  # (footnotes' back-links are rare: test first)
        paragraphs = [_BACK_REFERENCE.sub("", p) for p in paragraphs]
    art.body = ensure_nfc("\n\n".join(paragraphs)) or None

    # Date
    shown = None  # the date shown near the title, read when needed
    body_last = body_idx[-1] if body_idx else None
    if record and body_last is not None and record_last is not None:
        body_last = max(body_last, record_last)  # (the record's last fields end the text)
    # (a meta line or two between the lead and the rest of the text)
    gap = tuple(range(body_idx[0] + 1, body_idx[1])) if len(body_idx) > 1 else ()

    # (an event's or a document's card: its days are the event's or the document's)
    on_cards = (
        frozenset(i for i, b in enumerate(blocks) if not cards.isdisjoint(b.ancestors))
        if cards
        else frozenset()
    )

    def dated() -> generic.Found | None:
        return generic.find_date(blocks, title_idx, body_start, end, body_last, gap[:2], on_cards)

    machine = meta.published if _plausible_date(meta.published) else None
    if not p_date and not machine:
        # the profile's date element labelled as the update, the page's only date (Joomla's
        # "Cập nhật lần cuối"); the page's machine publish date goes first
        p_date, date_sel = p_update, update_sel
    if p_dates and title_idx is not None:
        p_date, date_sel, _ = _by_the_headline(p_dates, blocks[title_idx].ancestors)
    if p_date:
        art.published_at, art.evidence["published_at"] = p_date, f"profile selector {date_sel}"
        if len(p_date) == 10 and machine and machine[:10] == p_date and len(machine) > 10:
            art.published_at = machine  # the day shown, its time in the page's metadata
            art.evidence["published_at"] += f"; time from {meta.published_source}"
    elif machine:
        art.published_at, art.evidence["published_at"] = machine, meta.published_source
        by_title = dated()
        if by_title and (
            (
                by_title.how == _BY_THE_TITLE
                and str(by_title.value)[:10] != machine[:10]
                and not _swapped(str(by_title.value), machine)
            )
            or _clock_slip(str(by_title.value), machine)
        ):
            # the page shows another day by its headline than its metadata says (a render
            # time, an update time in the publish field, a template's copy), or the
            # metadata's time is off by the zone (UTC written as local, local marked "Z")
            # or by half a day (2:35 CH read as 02:35): the reader's
            shown = by_title
            art.published_at = str(shown.value)
            art.evidence["published_at"] = f"{shown.how}, not {meta.published_source} {machine}"
    else:
        shown = dated() or generic.find_date_element(tree)
        if shown:
            art.published_at, art.evidence["published_at"] = str(shown.value), shown.how
            if shown.index is not None:
                html_el = tree.css_first("html")
                lang = (html_el.attributes.get("lang") or "") if html_el is not None else ""
                art.published_at = generic.month_first(
                    art.published_at, blocks[shown.index].text, blocks, lang
                )
    if (
        # (the presented document's day dates the page only when the page shows no other)
        (not art.published_at or art.evidence["published_at"] == generic.DOCUMENT_DATE)
        and (panel := generic.info_panel(blocks) if panel is None else panel)
        and (found := generic.panel_date(blocks, panel))
    ):
        art.published_at, art.evidence["published_at"] = str(found.value), found.how
    if not art.published_at and (found := generic.fields_date(dropped, labelled_only=True)):
        art.published_at, art.evidence["published_at"] = str(found.value), _EXTRA_FIELDS
    if not art.published_at and (found := generic.press_dateline(blocks, body_start)):
        art.published_at, art.evidence["published_at"] = str(found.value), found.how
    if art.published_at and len(art.published_at) == 10:
        # "05/09/2023" shown, <time datetime="2023-09-05T07:30:00+07:00"> behind it
        timed = _time_of_day(tree, art.published_at)
        twin = _twin_time(blocks, title_idx, art.published_at) if not timed else None
        if timed:
            art.published_at = timed
            art.evidence["published_at"] += "; time from <time datetime>"
        elif twin:
            art.published_at = twin
            art.evidence["published_at"] += "; time from another copy of the dateline"
        elif shown is None:
            # a machine date without its time ("2022-06-17+0708:30:00"), the page showing both
            shown = dated()
            if shown and str(shown.value)[:10] == art.published_at and len(str(shown.value)) > 10:
                art.published_at = str(shown.value)
                art.evidence["published_at"] += f"; time from the {shown.how}"
    if art.published_at and len(art.published_at) == 10:
        # the day by the headline, the same day with its time in the information panel
        # under the text ("Thông tin bài viết": "Ngày đăng | 08/12/2025 15:20", holdout281)
        panel = generic.info_panel(blocks) if panel is None else panel
        found = generic.panel_date(blocks, panel) if panel else None
        if found and str(found.value)[:10] == art.published_at and len(str(found.value)) > 10:
            art.published_at = str(found.value)
            art.evidence["published_at"] += "; time from the information panel"

    # Views
    if p_views_text and SITE_COUNTER_RE.search(p_views_text):
        p_views_text = None  # a broad selector caught the site's visitor counter
    views = parse_count(p_views_text) if p_views_text else None
    if views is not None:
        art.views, art.evidence["views"] = views, f"profile selector {views_sel}"
    else:
        near = _views_window(blocks, title_idx, body_idx, end)
        found = generic.find_views(blocks, near)
        if found is None and title_idx is not None:
            found = generic.find_views_element(tree, blocks[title_idx], icons)
        if found is None and (panel := generic.info_panel(blocks) if panel is None else panel):
            found = generic.panel_views(blocks, panel)
        if found is None and (found := generic.fields_views(dropped)):
            found.how = _EXTRA_FIELDS
        if found:
            art.views, art.evidence["views"] = int(found.value), found.how  # type: ignore[arg-type]

    art.attachments = _attachments(tree, container, url, node)
    if art.title:
        art.title = generic.tight_quotes(clean_text(art.title))
    art.gone = _gone_notice(art, meta.doc_title, blocks, body_idx, title_idx)
    if sum(len(b.text) for b in blocks) < REFUSAL_MAX_CHARS:
        art.refused = refusal_notice(tree, meta.doc_title, (b.text for b in blocks))
    return art


_GONE_MAX_BODY = 400  # an article saying "không tồn tại" in a real text is still an article


def _site_names(meta: PageMeta, title: str | None) -> tuple[str, ...]:
    """What the page calls its site: og:site_name, and the parts of <title> beside the
    headline ("Mận hậu sấy dẻo … – Nông sản Tân Lập")."""
    parts = [p.strip() for p in _TITLE_PARTS.split(meta.doc_title)] if meta.doc_title else []
    # (not Substack's "… - by Nguyễn Văn Tâm": the writer, named in the <title>)
    others = (
        [p for p in parts if p and p != (title or "") and not _BY.match(p)]
        if len(parts) > 1
        else []
    )
    return (meta.site_name, *others)


_TITLE_PARTS = re.compile(r"\s[-–—|»]\s")
_BY = re.compile(r"(?i)(?:by|bởi)\s")


# A shop's product box set into a post (Sapo's, Haravan's "Sản phẩm trong bài viết"): its
# cards post to the cart; named by its class, never the box holding the headline
_SHOP_BOX = re.compile(r"product|embed|shop|san-?pham", re.IGNORECASE)
_SIGN_UP_CHARS = 400  # a sign-up box's words: a title, a line, its fields' labels


# the words of a document panel's title, the cue to look for the panel
_DOCUMENT_PANEL_TITLES = ("hông tin văn bản", "HÔNG TIN VĂN BẢN", "và văn bản", "VÀ VĂN BẢN")


def _document_info_boxes(tree: LexborHTMLParser) -> frozenset[int]:
    """Boxes of their own titled "Thông tin văn bản" over the document's field table
    (number, dates, signer), set apart from the text as a panel: the document's record,
    not the article's text. The same title and table written into the text's flow (a
    bold line among its paragraphs) stay text."""
    found = set()
    for table in tree.css("table"):
        caption = table.css_first("caption")
        if caption is not None and generic.is_document_panel_title(caption.text(strip=True)):
            found.add(table.mem_id)  # (the title as the table's own caption: a card)
            continue
        box = table.parent
        if box is None or box.tag in ("body", "html", "td"):
            continue
        kids = [c for c in box.iter() if c.tag not in ("-text", "-comment")]
        if (
            len(kids) == 2
            and kids[1].mem_id == table.mem_id
            and generic.is_document_panel_title(kids[0].text(strip=True))
        ):
            found.add(box.mem_id)
    return frozenset(found)


_FIELD_LINE = re.compile(r"^[^\W\d][^\d:：|]{1,30}[:：]\s*\S")  # "Người ký: Võ Kim Cự"
_PANEL_LINES = 2  # field lines under the title at least


def _document_field_boxes(blocks: list[Block]) -> frozenset[int]:
    """Boxes opened by the title "Thông tin văn bản" (a line of its own, no table) over
    lines of the document's fields ("Số ký hiệu: …", "Người ký: …") and nothing else: the
    document's record, not the article's text."""
    found = set()
    for i, b in enumerate(blocks):
        if b.table_row or not generic.is_document_panel_title(b.text):
            continue
        box = b.element.parent
        if box is None or box.tag in ("body", "html"):
            continue
        lines = []  # (the box's lines run on from its title: read while they last)
        for k in range(i + 1, len(blocks)):
            if box.mem_id not in blocks[k].ancestors:
                break
            lines.append(k)
        if len(lines) >= _PANEL_LINES and all(_FIELD_LINE.match(blocks[k].text) for k in lines):
            found.add(box.mem_id)
    return frozenset(found)


# a help box's heading written in the page, the cue to look for the box
HELP_HEADING_IN_HTML = re.compile(r"(?i)>\s*" + HELP_HEADINGS)


def _help_boxes(tree: LexborHTMLParser) -> frozenset[int]:
    """A help box in or after a procedure's text: a heading ("Đường dây nóng", "Cần hỗ
    trợ?") over contact lines only (phone numbers, a hotline, Zalo, e-mail): the office's
    standing notice, not the article's text. A sentence giving a phone number stays."""
    found = set()
    for box in tree.css("div, aside, section"):
        lines = [
            t
            for c in box.iter()
            if c.tag not in ("script", "style") and (t := c.text(separator=" ", strip=True))
        ]
        if not 2 <= len(lines) <= 8 or not HELP_HEADING_RE.match(lines[0]):
            continue
        if all(CONTACT_LINE_RE.search(t) and len(t) <= 160 for t in lines[1:]):
            found.add(box.mem_id)
    return frozenset(found)


def _event_info_boxes(tree: LexborHTMLParser) -> frozenset[int]:
    """An event's card: a box of its own whose lines are the event's fields (time, place,
    organiser, tickets) beside its controls (a map, "Thêm vào lịch", "Chỉ đường"): the
    event's record, not the article's text, and its day is not the publication's. The
    same fields alone, a list among an announcement's paragraphs, are its text."""
    found = set()
    for box in tree.css("div, ul, dl, section, aside"):
        head = box.child
        while head is not None and head.tag == "-text":
            head = head.next
        if (
            head is not None
            and head.tag in HEADING_TAGS
            and _EVENT_HEADING.match(head.text(strip=True))
        ):
            found.add(box.mem_id)  # a box titled as the event's ("Thông tin sự kiện")
            continue
        fields = controls = 0
        for kid in box.iter():
            if kid.tag in ("script", "style", "iframe"):
                controls += kid.tag == "iframe"  # (the event's map)
                continue
            text = kid.text(separator=" ", strip=True)
            if EVENT_FIELD_RE.match(text):
                fields += 1
            elif text and len(text) <= 40 and kid.css_first("a, button") is not None:
                controls += 1  # (its buttons' row)
            elif text:
                break
        else:
            # (its controls, or a class naming the box the event's: "entry__event")
            if fields >= 2 and (controls or _EVENT_CLASS.search(box.attributes.get("class") or "")):
                found.add(box.mem_id)
    return frozenset(found)


_EVENT_CLASS = re.compile(r"(?i)(?:^|[\s_-])event(?:$|[\s_-])")
# "event" as a word of a class name ("event-info", "tribe_events"): each class attribute
# read once, the word looked for only where "vent" is (cheaper than one pattern over the
# whole source, which backtracks through every attribute)
_CLASS_ATTR = re.compile(r'class="([^"]*)"')


def _event_class_in(html: str) -> bool:
    """A class attribute of the page names an event's box."""
    return any(
        ("vent" in (value := m.group(1)) or "VENT" in value) and _EVENT_CLASS.search(value)
        for m in _CLASS_ATTR.finditer(html)
    )


# the title of an event's own box: "Thông tin sự kiện", "Thông tin giải đấu"
_EVENT_HEADING = re.compile(
    r"(?i)^\s*thông\s+tin\s+(?:sự\s+kiện|chương\s+trình|lễ\s+hội|giải(?:\s+đấu)?|triển\s+lãm|"
    r"hội\s+(?:thi|chợ|nghị|diễn))\s*:?\s*$"
)


# where a booking form sends the reader ("/dat-tour/", "/dat-phong", "/booking")
_BOOKING = re.compile(r"(?i)(?<![a-z])book(?:ing)?\b|dat-?(?:tour|phong|ve|cho|lich)|reserv")
_BOOKING_CHARS = 700  # a widget's cards and notes; a text around it is longer


# A reader widget named by its class: read-aloud players and their voices, AI summaries,
# font and QR tools, bookmarks, a machine translation's switch, "Theo dõi trên Google News"
# (not a reading time: a byline's "3 phút đọc" is read as the byline's part)
_WIDGET_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:tts(?:-?(?:player|box|card|panel|container|area|block|voices?|note|"
    r"btn|button|controls?|bar|play|wrap(?:per)?|widget|rate|speed|change|title|time))?|"
    r"text-?to-?(?:speech|audio)|"
    r"read-?aloud|wpta-player|audio-?player|ai-?(?:summary|card|note|key-?points?|kp)|"
    r"font-?(?:tools|controls)|qr(?:-?(?:btn|card|pop|code|box|share-box))?|bookmark(?:-?btn)?|"
    r"mt-?(?:toggle|note)|gnews(?:-?btn)?|podcast-?(?:cta|btn|button|player|box|bar)|"
    # a page builder's call to action ("Đăng ký nhận bản tin" over its button)
    r"cta\d?(?:-?(?:container|box|wrap(?:per)?|section|block))?)(?=$|\s)"
)  # (a whole class name: "tts-sapo", "tts-s" mark the text a player reads, not a widget)
_WIDGET_CANDIDATES = (
    '[class*="tts" i], [class*="speech" i], [class*="aloud" i], [class*="wpta" i], '
    '[class*="audio" i], [class*="ai-" i], [class*="font-tools" i], '
    '[class*="font-controls" i], [class*="qr" i], [class*="bookmark" i], '
    '[class*="mt-toggle" i], [class*="mt-note" i], [class*="gnews" i], [class*="podcast" i], '
    '[class*="cta" i]'
)
_WIDGET_MAX = 700  # characters: a widget's labels, voices, points and note; a text is longer
_IN_TEXT = frozenset({"p", "h2", "h3", "h4", "li", "blockquote", "td", "a", "strong", "em"})


def _drop_reader_widgets(tree: LexborHTMLParser) -> None:
    """Take out the reader widgets 2025–2026 portals set by the headline and the text
    (holdout227): what they say ("Giọng đọc: Thảo Chi", "Tóm tắt tự động · 08:03
    05/02/2026", "Bản đọc được tạo lúc 16:40") is no text, author or date of the article.
    Only small boxes named so, none inside a paragraph, none holding a paragraph of text."""
    found = [
        node
        for node in tree.css(_WIDGET_CANDIDATES)
        if _WIDGET_CLASS.search(node.attributes.get("class") or "")
        and node.tag not in ("html", "body", "main", "article")
        and (node.parent is None or node.parent.tag not in _IN_TEXT)
    ]
    ids = {n.mem_id for n in found}
    for node in found:
        if any(a.mem_id in ids for a in ancestors(node, 8)):
            continue  # (inside a widget already taken)
        text = node.text(strip=True)
        if len(text) > _WIDGET_MAX or node.css_first("h1") is not None:
            continue
        if PUBLISHED_LABEL_RE.search(text) and find_dates(text):
            continue  # a player's bar that dates the article: "· Bài đăng 17/07/2025 ·"
        if any(len(p.text(strip=True)) >= _WIDGET_PARAGRAPH for p in node.css("p")):
            continue
        node.decompose()


_WIDGET_PARAGRAPH = 200  # characters: a paragraph of text, more than a widget's note


_CONTROLS = ("input", "select", "textarea")


def _drop_control_labels(tree: LexborHTMLParser) -> None:
    """Take out the labels of form controls ("Chọn tuần:" by a week picker): a control's
    name, no text. (A label that labels nothing, "<label>Ngày đăng:</label>", stays.)"""
    for label in tree.css("label"):
        target = label.attributes.get("for")
        named = tree.css_first(f'[id="{target}"]') if target and '"' not in target else None
        if (named is not None and named.tag in _CONTROLS) or label.css_first(
            "input, select, textarea"
        ) is not None:
            label.decompose()


def _form_boxes(tree: LexborHTMLParser) -> frozenset[int]:
    """Boxes around forms that are no text: a shop's product box whose cards post to the
    cart, and a box asking the reader's phone or e-mail (a newsletter's or a contact form,
    Tilda's record of one between the text and the feed) with the few lines around it. A
    form wrapping the page (ASP.NET's) holds the headline: never one of them."""
    found: set[int] = set()
    for form in tree.css("form"):
        if "cart" in (form.attributes.get("action") or "").lower():
            for up in ancestors(form, 6):
                if up.tag in ("body", "html") or up.css_first("h1") is not None:
                    break
                if _SHOP_BOX.search(up.attributes.get("class") or ""):
                    found.add(up.mem_id)
        elif _BOOKING.search(form.attributes.get("action") or ""):
            # a booking widget among the paragraphs (a tour's or a room's card, its price,
            # the seats left and its date form): the box around the form, no more
            # (not the text around it: a paragraph of sentences)
            boxes = list(_boxes_up(form, 4, _BOOKING_CHARS, no_sentences=True))
            if boxes:
                found.add(boxes[-1].mem_id)
        elif form.css_first('input[type="tel" i], input[type="email" i]') is not None:
            found.update(box.mem_id for box in _boxes_up(form, 3, _SIGN_UP_CHARS))
        if (
            form.css_first("h1") is None
            and len(form.text(strip=True)) <= _SEARCH_CHARS
            and (
                _SEARCH_ACTION.search(form.attributes.get("action") or "")
                or any(
                    _SEARCH_ACTION.search(b.attributes.get("value") or b.text(strip=True))
                    for b in form.css('input[type="submit" i], button')
                )
            )
        ):
            # a search box among the text ("Tra cứu hỏi đáp:" over an FAQ, holdout297): the
            # box and its label, no text (never the page's own form: it holds the headline)
            found.add(form.mem_id)
        if (
            form.css_first("h1") is None
            and form.css_first(_FIELDS_TO_FILL) is not None
            and len(form.text(strip=True)) <= _FORM_CHARS  # (a reader's form, not the page's)
        ):
            # a reader's form set in the text (FormIt, Umbraco Forms): its title, over it
            # or inside it, is no heading of the text (holdout281)
            before = element_sibling(form, "prev")
            titles = [*form.css(_FORM_TITLES), *([before] if before is not None else [])]
            found.update(
                t.mem_id
                for t in titles
                if t.tag in HEADING_TAGS and len(t.text(strip=True)) <= _FORM_TITLE_CHARS
            )
    return frozenset(found)


_FIELDS_TO_FILL = 'textarea, input[type="text" i], input:not([type])'
_SEARCH_ACTION = re.compile(r"(?i)tra[-\s]?cứu|tra-cuu|tìm\s+kiếm|tim-kiem|search")
_SEARCH_CHARS = 300  # a search box's label, its lists' options and its button
_FORM_TITLES = "h2, h3, h4, h5, h6"
_FORM_TITLE_CHARS = 80
_FORM_CHARS = 800


def _boxes_up(
    form: LexborNode, levels: int, chars: int, *, no_sentences: bool = False
) -> Iterator[LexborNode]:
    """The form and the boxes around it, up to ``levels`` up, while they hold no headline,
    no more than ``chars`` of text (and, ``no_sentences``, no paragraph of 100 or more)."""
    for box in (form, *ancestors(form, levels)):
        if box.tag in ("body", "html") or box.css_first("h1") is not None:
            return
        if len(box.text(strip=True)) > chars:
            return
        if no_sentences and any(len(p.text(strip=True)) >= 100 for p in box.css("p")):
            return
        yield box


def _gone_notice(
    art: Article, doc_title: str, blocks: list[Block], body: list[int], title_idx: int | None
) -> str | None:
    """The page's own words when it says its article does not exist (a soft 404)."""
    if art.body and len(art.body) >= _GONE_MAX_BODY:
        return None
    near = range(title_idx, min(len(blocks), title_idx + 6)) if title_idx is not None else ()
    texts = [art.title or "", doc_title]
    texts += [blocks[i].text for i in dict.fromkeys([*body, *near]) if len(blocks[i].text) < 300]
    # or an alert of its own anywhere (the densest text left may be the footer)
    texts += [b.text for b in blocks if len(b.text) < 120 and b.link_density < 0.5]
    for text in texts:
        if GONE_RE.search(text):
            return text
    return None


def _cites_a_quote(footer: LexborNode) -> bool:
    """A quotation's <footer>: inside the quote, or right after its <blockquote> in the
    quote's box (Cornerstone's "x-quote-cite")."""
    if footer.parent is not None and footer.parent.tag in _QUOTES:
        return True
    before = element_sibling(footer, "prev")
    return footer.tag == "footer" and before is not None and before.tag == "blockquote"


def _footer_blocks(footers: frozenset[int], blocks: list[Block]) -> frozenset[int]:
    """Indexes of blocks in the elements ``footers`` (the page's footer: address,
    copyright, licence lines; or boxes of other text), leaving out one that wraps most of
    the page."""
    if not footers:
        return frozenset()
    share = dict.fromkeys(footers, 0)
    for b in blocks:
        for a in footers.intersection(b.ancestors):
            share[a] += len(b.text)
    total = sum(len(b.text) for b in blocks)
    kept = {f for f in footers if share[f] < total / 2}  # not a wrapper of the page
    return frozenset(i for i, b in enumerate(blocks) if not kept.isdisjoint(b.ancestors))


# A footnote's link back to where it is cited ("… tr. 45. ↩"): a control, not text.
_BACK_REFERENCE = re.compile(r"\s*↩\ufe0e?\s*$")


def _views_window(
    blocks: list[Block], title_idx: int | None, body: list[int], end: int | None
) -> list[int]:
    idx: list[int] = []
    if title_idx is not None:
        idx += _until_related(blocks, title_idx, 10)
        # the meta line above the headline ("09:40 AM, 18/04/2024 | Lượt xem: 523"); the
        # post's meta list above a page builder's headline in the post's own <article>
        above = range(max(0, title_idx - 2), title_idx)
        idx += [i for i in above if generic.same_box(blocks[i], blocks[title_idx])]
        idx += generic.meta_above(blocks, title_idx)
    if body:
        idx += _until_related(blocks, body[-1], 10)
    if end is not None:
        idx += _until_related(blocks, end, 8)
    return list(dict.fromkeys(idx))


_BY_THE_TITLE = "date near the title"  # how generic.find_date names a date by the headline
_FIRST_YEAR = "1995"  # no portal published before; earlier metadata is a placeholder (1970, 0001)


def _clock_slip(shown: str, machine: str) -> bool:
    """The two times, both with a clock, are seven or twelve hours apart to the minute."""
    if len(shown) < 19 or len(machine) < 19:
        return False
    try:
        gap = abs((datetime.fromisoformat(shown) - datetime.fromisoformat(machine)).total_seconds())
    except ValueError:
        return False
    return gap in (7 * 3600, 12 * 3600)


def _swapped(shown: str, machine: str) -> bool:
    """The day shown is the machine date's with day and month swapped, at its time: the
    page writes dates month first ("3/7/2025 2:40:00 PM" for 2025-03-07T14:40)."""
    if len(shown) < 10 or shown[8:10] == shown[5:7]:
        return False
    return f"{shown[:4]}-{shown[8:10]}-{shown[5:7]}{shown[10:]}" == machine[: len(shown)]


def _plausible_date(iso: str | None) -> str | None:
    """``iso`` unless it is a placeholder date (the Unix epoch, year 1)."""
    return iso if iso and iso[:4] >= _FIRST_YEAR else None


def _until_related(blocks: list[Block], start: int, n: int) -> list[int]:
    """Up to ``n`` blocks from ``start``, stopping at an "other news" heading: its items'
    counts ("Thứ 5, 3-10-2024 · Lượt đọc: 1.031") are not the article's."""
    found = []
    for i in range(start, generic.lines_on(blocks, start, n)):
        text = blocks[i].text
        if (
            len(text) < 60
            and RELATED_HEADINGS_RE.match(text)
            and not ENGAGEMENT_COUNT_RE.match(text)
        ):
            break  # (a counter, "Bình luận: 4", is no heading)
        found.append(i)
    return found


def _block_at(blocks: list[Block], index: int | None) -> Block | None:
    return blocks[index] if index is not None else None


def _node_of(blocks: list[Block], mem_id: int | None) -> LexborNode | None:
    """The element ``mem_id`` names, found from a block inside it."""
    if mem_id is None:
        return None
    for b in blocks:
        if mem_id in b.ancestors:
            node: LexborNode | None = b.element
            while node is not None and node.mem_id != mem_id:
                node = node.parent
            return node
    return None


def _attachments(
    tree: LexborHTMLParser, container: int | None, url: str, node: LexborNode | None = None
) -> list[str]:
    """File links at most 24 levels inside the container, in page order.

    ``node`` is the container element when known: only its links need looking at.
    """
    if container is None:
        return []
    found: list[str] = []
    scope = node if node is not None and node.mem_id == container else tree
    for a in scope.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or not ATTACHMENT_RE.search(href):
            continue
        up: LexborNode | None = a
        for _ in range(25):
            if up is None:
                break
            if up.mem_id == container:
                absolute = urljoin(url, href)
                if absolute not in found:
                    found.append(absolute)
                break
            up = up.parent
    return found
