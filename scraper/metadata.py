"""Machine-readable page metadata: <title>, Open Graph, meta dates/authors, JSON-LD, <time>.

Read before invisible elements are stripped (JSON-LD lives in <script>).
Pure functions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .htmltext import node_text
from .normalize import clean_text, parse_date
from .vocab import PUBLISHED_LABEL_RE

# Meta keys (name, property or itemprop, lower-cased) in order of trust.
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "date",
    "created",
)
_ARCHIVE_SERVICE = re.compile(
    r"(?:^|[\s/.])(?:archive\.(?:ph|today|is|li|vn|fo|md)|web\.archive\.org|webcitation\.org)\b",
    re.IGNORECASE,
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator")
_TITLE_KEYS = ("og:title", "twitter:title")

# the <title> an HTML editor leaves in a new page (Dreamweaver, FrontPage, Word)
_PLACEHOLDER_TITLE = re.compile(
    r"(?i)untitled(?:\s+(?:document|page))?(?:\s*-?\s*\d+)?|new\s+page\s*\d*|document\d*"
)


@dataclass(slots=True)
class PageMeta:
    doc_title: str = ""
    og_title: str = ""
    headline: str = ""  # JSON-LD headline
    published: str | None = None  # ISO, from meta/JSON-LD/<time>
    published_source: str = ""
    author: str = ""  # meta/JSON-LD author (may be an organisation)
    site_name: str = ""
    description: str = ""  # <meta name="description">: it may name the site
    generator: str = ""
    ld_types: list[str] = field(default_factory=list)


def _meta_values(tree: LexborHTMLParser) -> dict[str, str]:
    """First non-empty value of every <meta> key, in one pass (one CSS query per key cost more)."""
    values: dict[str, str] = {}
    for node in tree.css("meta"):
        attrs = node.attributes
        value = attrs.get("content") or attrs.get("datetime")
        if not value or value.isspace():
            continue
        for attr in ("name", "property", "itemprop"):
            key = attrs.get(attr)
            if key and attr == "itemprop" and _of_the_site(node):
                continue
            if key:
                key = key.strip().lower()
                if key not in values:
                    values[key] = value
    return values


# Microdata items that are the site or the section, not the article: a section page's
# "WebPage" dated the portal's launch day, an organisation's founding date
_SITE_ITEMS = re.compile(
    r"(?i)/(?:WebPage|WebSite|CollectionPage|Organization|GovernmentOrganization|WPHeader|WPFooter|SiteNavigationElement)$"
)


def _of_the_site(node: LexborNode) -> bool:
    """A microdata property of an item of the site's rather than of the article."""
    up = node.parent
    while up is not None and up.tag not in ("html", "-document"):
        if "itemscope" in up.attributes:
            return bool(_SITE_ITEMS.search((up.attributes.get("itemtype") or "").strip()))
        up = up.parent
    return False


def _first(values: dict[str, str], keys: tuple[str, ...]) -> tuple[str, str]:
    for key in keys:
        if key in values:
            return clean_text(values[key]), key
    return "", ""


def _walk_ld(obj: object, out: list[dict]) -> None:
    if isinstance(obj, list):
        for item in obj:
            _walk_ld(item, out)
    elif isinstance(obj, dict):
        out.append(obj)
        if "@graph" in obj:
            _walk_ld(obj["@graph"], out)


def _ld_person(value: object) -> str:
    if isinstance(value, list):
        names = [_ld_person(v) for v in value]
        return ", ".join(n for n in names if n)
    if isinstance(value, dict):
        if str(value.get("@type", "")).lower() == "organization":
            return ""
        return clean_text(str(value.get("name", "")))
    return clean_text(str(value)) if isinstance(value, str) else ""


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    meta = PageMeta()
    node = tree.css_first("title")
    meta.doc_title = clean_text(node.text()) if node is not None else ""
    if _PLACEHOLDER_TITLE.fullmatch(meta.doc_title):
        meta.doc_title = ""  # an editor's default ("Untitled Document"): names nothing
    values = _meta_values(tree)
    meta.og_title, _ = _first(values, _TITLE_KEYS)
    meta.site_name, _ = _first(values, ("og:site_name",))
    meta.description, _ = _first(values, ("description",))
    meta.generator, _ = _first(values, ("generator",))
    meta.author, _ = _first(values, _AUTHOR_KEYS)

    objects: list[dict] = []
    for script in tree.css('script[type="application/ld+json" i]'):
        try:
            _walk_ld(json.loads(script.text() or "null"), objects)
        except (ValueError, RecursionError):
            continue
    for obj in objects:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        meta.ld_types.extend(str(k) for k in kinds if k)
        # (a Q&A page's own "QAPage" dates the page; its question's author is the asker)
        qa_page = "QAPage" in kinds
        if not qa_page and not any(
            str(k).endswith(("Article", "Posting", "Report")) for k in kinds
        ):
            continue
        if not meta.headline and isinstance(obj.get("headline"), str):
            meta.headline = clean_text(obj["headline"])
        if meta.published is None and isinstance(obj.get("datePublished"), str):
            meta.published = parse_date(obj["datePublished"])
            meta.published_source = "JSON-LD datePublished"
        if not meta.author and obj.get("author") and not qa_page:
            meta.author = _ld_person(obj["author"])

    # an archive service's own <meta> (archive.today) dates its capture, not the article
    archived = _ARCHIVE_SERVICE.search(f"{meta.site_name} {values.get('og:url', '')}")
    if meta.published is None and not archived:
        value, key = _first(values, _DATE_KEYS)
        if value:
            meta.published = parse_date(value)
            meta.published_source = f"meta {key}"
    if meta.published is None:
        meta.published, meta.published_source = _marked_date(tree)
    return meta


# Elements marking the publication date, in order of trust, with the attribute holding it.
_DATE_MARKS = (
    ('[itemprop="datePublished" i][datetime]', "datetime"),
    ('[itemprop="datePublished" i][title]', "title"),  # <abbr> (Blogger)
    ("abbr.published[title]", "title"),  # hAtom microformat
    ("article time[datetime]", "datetime"),
    ("time[pubdate]", "datetime"),
)
_ANY_DATE_MARK = ", ".join(sel for sel, _ in _DATE_MARKS)


# hCalendar's and schema.org's start and end of an event (The Events Calendar marks its
# start "updated published dtstart"): when it happens, not when it was posted
_EVENT_CLASSES = frozenset(("dtstart", "dtend"))
_EVENT_PROPS = frozenset(("startdate", "enddate"))
_MENTION_CONTEXT = 60  # characters of sentence around a <time>: the text names a day


def is_event_or_mention(node: LexborNode) -> bool:
    """An event's start or end, or a <time> inside a sentence of the text ("Vé được mở bán
    từ <time>8h00 ngày 20/4/2025</time>. …"): a date the page mentions."""
    attrs = node.attributes
    if _EVENT_CLASSES & set((attrs.get("class") or "").lower().split()):
        return True
    if (attrs.get("itemprop") or "").lower() in _EVENT_PROPS:
        return True
    parent = node.parent
    if parent is None or parent.tag not in ("p", "li"):
        return False
    whole, own = node_text(parent), node_text(node)
    if len(whole) - len(own) <= _MENTION_CONTEXT:
        return False
    # "Bài viết được đăng ngày <span>18/07/2025</span> trong chuyên mục …" (Astra's entry
    # footer): a sentence saying when the post was published, no mention
    return not PUBLISHED_LABEL_RE.search(whole.partition(own)[0][-30:])


def _marked_date(tree: LexborHTMLParser) -> tuple[str | None, str]:
    """The date of the most trusted date-marking element (the first of its kind in the page)."""
    marked = tree.css(_ANY_DATE_MARK)  # one walk; most pages have none
    if not marked:
        return None, ""
    for sel, attr in _DATE_MARKS:
        # the first shown on the page: a hidden copy may hold a stale or template date
        node = next(
            (
                n
                for n in tree.css(sel)
                if not _hidden(n)
                and not is_event_or_mention(n)
                and not _in_story_card(n)
                and not _in_a_timeline(n)
            ),
            None,
        )
        if node is not None:
            published = parse_date(node.attributes.get(attr))
            if published:
                return published, sel
    return None, ""


def _in_a_timeline(node: LexborNode) -> bool:
    """A day in a list of three or more dated steps (a Q&A record's "Quá trình xử lý":
    received, forwarded, answered, holdout314): a step's day, not the page's."""
    item = node.parent
    while item is not None and item.tag not in ("li", "body"):
        item = item.parent
    steps = item.parent if item is not None and item.tag == "li" else None
    return steps is not None and len(steps.css("time")) >= _TIMELINE_STEPS


_TIMELINE_STEPS = 3
_CARD_LEVELS = 3  # elements up from a date to the list item holding it
_HEADLINE_WORDS = 4  # a link of this many words names a story


def _in_story_card(node: LexborNode) -> bool:
    """A date in a list item that links another story by its headline ("Tin cùng chuyên
    mục" inside the article element): that story's date, not the page's."""
    up = node.parent
    for _ in range(_CARD_LEVELS):
        if up is None or up.tag in ("article", "body", "html"):
            return False
        if up.tag == "li":
            return any(
                len(a.text(strip=True).split()) >= _HEADLINE_WORDS for a in up.css("a[href]")
            )
        up = up.parent
    return False


_NOT_SHOWN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(node: LexborNode) -> bool:
    """``node`` or an element around it is hidden (``hidden``, ``display: none``)."""
    up: LexborNode | None = node
    for _ in range(30):  # bounded: deeply nested junk stays cheap
        if up is None or up.tag in ("body", "html"):
            return False
        attrs = up.attributes
        if "hidden" in attrs or _NOT_SHOWN.search(attrs.get("style") or ""):
            return True
        up = up.parent
    return False
