"""The items of a listing page: the largest group of same-shaped, headline-like links
in the page's own list, without sidebars, menus, related boxes and promotions.

Pure functions over a parsed page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..htmltext import NAVIGATION, ancestors, drawn_as_button, element_sibling, floated
from ..normalize import clean_text, find_dates
from ..vocab import (
    BOILERPLATE_LINE_RE,
    RELATED_HEADINGS_RE,
    WORD_RE,
)
from .links import (
    DIGITS,
    MAX_DEPTH,
    MORE_LINK,
    Link,
    ancestor_ids,
    common_container,
    family_shapes,
    headline_like,
    inside_link,
    link_ancestors,
    page_base,
    same_listing,
    url_shape,
)

# How much an item of a link list says "this is the page's own list" (see _Cluster.score).
_TEASER_CHARS = 60  # text beside the links of an item: a summary, not just a date
_W_HEADLINE, _W_OTHER, _W_TEASER, _W_IMAGE, _W_PAGER = 1.0, 0.2, 2.0, 0.5, 1.5
_MERGED_WORDS = 6  # an item of another shape in the list: a headline, not "Quốc phòng - An ninh"
_MAX_CLIMB = 3  # levels above its list a main column may start (a top story sits there)


@dataclass(slots=True)
class _Cluster:
    """Links of one URL shape whose nearest common container holds at least two of them."""

    node: LexborNode
    links: list[Link]
    score: float = 0.0
    teasers: bool = False
    headed: bool = False  # made of the items' headline links only (see article_links)


def _worded(members: list[Link]) -> list[Link]:
    """The group without icons beside its items' headlines: a printer or a speaker (titled
    "In bài" at most), a transcript's "Lời thoại" linking the story's print view, recording
    or transcript in the items' own URL shape is no item, and would make each item a list
    of two. (A picture linking a story whose headline is no link stays: no headline beside
    it names another address.)"""
    members = _without_other_views(members)
    worded = {m.url for m in members if _named_in_words(m.text)}
    icons = [m for m in members if m.url not in worded]
    if not icons or not worded:
        return members
    holders: dict[int, set[str]] = defaultdict(set)  # box → the worded addresses in it
    iconed: dict[int, set[str]] = defaultdict(set)  # box → the icons' addresses in it
    for m in members:
        for node in link_ancestors(m.node):
            (holders if m.url in worded else iconed)[node.mem_id].add(m.url)
    beside = set()
    for m in icons:
        # (its item: the lowest box with a headline, that one only, of the icon's very
        # shape, and no other icon's address: not a list of authors' or tags' pages)
        box = next((n for n in link_ancestors(m.node) if n.mem_id in holders), None)
        named = holders[box.mem_id] if box is not None else set()
        if (
            box is not None  # (for the type checker: named is empty without a box)
            and len(named) == 1
            and url_shape(headline := next(iter(named))) == url_shape(m.url)
            and (
                len(iconed[box.mem_id]) == 1
                # (a print view and a send-to-a-friend form: each the headline's story id)
                or all(_same_numbers(u, headline) for u in iconed[box.mem_id])
            )
        ):
            beside.add(m.order)
    return [m for m in members if m.order not in beside]


def _same_numbers(url: str, other: str) -> bool:
    return (found := DIGITS.findall(url)) != [] and found == DIGITS.findall(other)


def _without_other_views(members: list[Link]) -> list[Link]:
    """The group without pictures linking another view of a story linked in words beside
    them: PHP-Nuke's printer icon (``file=print&sid=4467``) by "Chi tiết..."
    (``file=article&sid=4467``), the same numbers in the same URL shape."""
    views: dict[tuple[str, ...], list[Link]] = defaultdict(list)
    for m in members:
        if DIGITS.search(m.url):
            views[(url_shape(m.url), *DIGITS.findall(m.url))].append(m)
    dropped: set[int] = set()
    for same in views.values():
        if len(same) < 2:
            continue
        pictured = {m.order for m in same if _picture_only(m.node)}
        worded = {m.url for m in same if m.order not in pictured}
        if len(worded) == 1:
            dropped.update(m.order for m in same if m.url not in worded)
    return [m for m in members if m.order not in dropped] if dropped else members


def _picture_only(a: LexborNode) -> bool:
    return a.css_first("img") is not None and not a.text(strip=True)


def _read_on_links(members: list[Link]) -> bool:
    """Each item's only link says the same few words ("Nyeem ntxiv »", "Chi tiết...",
    in any language) beside a headline that links nothing: the group is a list of stories,
    its links named by their items' headlines."""
    said = Counter(m.text.strip() for m in members)
    if not said:
        return False
    text, count = said.most_common(1)[0]
    if count < _READ_ON_ITEMS or not text or len(text.split()) > 3:
        return False
    named: set[str] = set()
    for m in members:
        if m.text.strip() != text or m.url in named:
            continue
        box = m.node.parent
        for _ in range(3):
            if box is None or box.tag in ("body", "html"):
                break
            head = box.css_first("h2, h3, h4, h5")
            if head is not None:
                if head.css_first("a") is None and headline_like(clean_text(head.text())):
                    named.add(m.url)
                break
            box = box.parent
    return len(named) >= _READ_ON_ITEMS


_READ_ON_ITEMS = 3


def _named_in_words(text: str) -> bool:
    """Words that may name a story: not an icon's (none, "In bài") nor a short label of
    something else the item offers ("Lời thoại", "Tải về")."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # (not "›", "»")
    return bool(text) and not BOILERPLATE_LINE_RE.match(text) and len(words) > 3


def _clusters(members: list[Link], chains: dict[int, list[LexborNode]]) -> list[_Cluster]:
    """Group links by their lowest ancestor holding two or more distinct URLs of the group."""
    holds: dict[int, set[str]] = defaultdict(set)
    for m in members:
        for node in chains[m.order]:
            holds[node.mem_id].add(m.url)
    found: dict[int, _Cluster] = {}
    for m in members:
        low = next((n for n in chains[m.order] if len(holds[n.mem_id]) >= 2), None)
        if low is not None:
            found.setdefault(low.mem_id, _Cluster(low, [])).links.append(m)
    return list(found.values())


def _score(cluster: _Cluster, chains: dict[int, list[LexborNode]]) -> None:
    """Main lists show a summary and a picture per item; sidebars and menus show titles."""
    items: dict[int, tuple[LexborNode, Link]] = {}
    for link in cluster.links:
        item = _item_of(link, cluster.node, chains)
        if item.mem_id not in items or headline_like(link.text):
            items[item.mem_id] = (item, link)
    teasers = 0
    for item, link in items.values():
        weight = _W_HEADLINE if headline_like(link.text) else _W_OTHER
        text = len(clean_text(item.text(separator=" ")))
        linked = sum(len(clean_text(a.text(separator=" "))) for a in item.css("a"))
        if text - linked >= _TEASER_CHARS:
            weight += _W_TEASER
            teasers += 1
        if item.tag == "img" or item.css_first("img") is not None:
            weight += _W_IMAGE
        cluster.score += weight
    cluster.teasers = teasers * 2 >= len(items)


def _item_kind(link: Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> tuple[str, str]:
    """Tag and class of the item (the child of ``box``) that holds ``link``."""
    item = _item_of(link, box, chains)
    return item.tag, item.attributes.get("class") or ""


def _floated_aside(node: LexborNode, column: LexborNode) -> bool:
    """``node`` sits in a box floated beside the list in its column (a notice board)."""
    for up in link_ancestors(node):
        if up.mem_id == column.mem_id:
            return False
        if floated(up):
            return True
    return False


def _kind_among(kind: tuple[str, str], kinds: set[tuple[str, str]]) -> bool:
    """The item's tag and classes are one of ``kinds``, perhaps with a modifier class
    added (``li.item.item-ext`` among ``li.item``) or another modifier after the same base
    class (``div.media-card.type-video`` among ``div.media-card.type-tin``)."""
    tag, names = kind[0], kind[1].split()
    classes = set(names)
    return kind in kinds or any(
        tag == t and c and (set(c.split()) <= classes or c.split()[0] == names[0])
        for t, c in kinds
        if names
    )


def _item_of(link: Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> LexborNode:
    """The child of ``box`` that holds ``link`` (the list item)."""
    item = link.node
    for node in chains[link.order]:
        if node.mem_id == box.mem_id:
            break
        item = node
    return item


def _pager_in_an_item(
    cluster: _Cluster, chains: dict[int, list[LexborNode]], pager_ids: set[int]
) -> bool:
    """One of the cluster's items holds the pager (``pager_ids``: the pager's ancestors)."""
    return any(_item_of(m, cluster.node, chains).mem_id in pager_ids for m in cluster.links)


_FAR = 2 * MAX_DEPTH + 2  # more steps than any climb


def _pager_distance(node: LexborNode, pager_depth: dict[int, int]) -> int:
    """Steps from ``node`` up to the nearest element that also holds the pager, plus the
    pager's own steps up to it: a list in the pager's column is nearer than a side column
    that shares only the page wrapper with it."""
    for steps, parent in enumerate([node, *link_ancestors(node)]):
        if parent.mem_id in pager_depth:
            # the pager's steps first: old layout tables nest a list deeper in the pager's
            # own cell than a side column's box beside it (PHP-Fusion's td.main-bg)
            return pager_depth[parent.mem_id] * _FAR + steps
    return _FAR * _FAR


_TAG_PAGE = re.compile(r"/(?:tags?|tu-khoa|keywords?|categor(?:y|ies)):[^/]+/?$", re.IGNORECASE)


def article_links(
    links: list[Link],
    exclude: set[str],
    shape_hint: str | None = None,
    pager: LexborNode | None = None,
    page_url: str = "",
    *,
    first_page: bool = False,
    pager_at: int | None = None,
) -> tuple[list[str], str | None]:
    """The listing's own article links: the best-scoring list of one URL shape, and its column.

    Every group of same-shape links with headline-like text is split into lists
    (links under one nearest container); lists are scored by item count, summaries
    and pictures, and by sitting next to the pager. Around the winner, its main
    column (a few levels up, until another list of the shape begins) adds items
    laid out apart from it, such as a top story.
    """
    # (a <select> of other stories, "Tin khác: -- Chọn tin --", is a jump menu, no list;
    # a tag's or keyword's page, Grav's ".../tag:nong-nghiep" in the items' shape, no story)
    links = [
        link
        for link in links
        if link.node.tag != "option" and not _TAG_PAGE.search(urlsplit(link.url).path)
    ]
    groups: dict[str, list[Link]] = defaultdict(list)
    families: dict[str, list[Link]] = defaultdict(list)
    joined: dict[str, set[str]] = defaultdict(set)  # family → the shapes it joins
    shapes: dict[str, str] = {}  # a pager and its items repeat URLs: shape each once
    for link in links:
        if link.url not in exclude:
            shape = shapes.get(link.url)
            if shape is None:
                shape = shapes[link.url] = url_shape(link.url)
            groups[shape].append(link)
            for family in family_shapes(shape):
                families[family].append(link)
                joined[family].add(shape)
    # A family competes as one more group only where it joins several shapes (after the
    # shapes, so a list of one shape keeps its own on a tie); a hint names either.
    for family, members in families.items():
        if family == shape_hint or len(joined[family]) > 1:
            groups[family] = members
    # The shape page 1's list had is preferred, not imposed: a later page may list
    # migrated items under another shape only, the hinted one left in a sidebar.
    groups = {
        shape: _worded(members)
        for shape, members in groups.items()
        if shape == shape_hint
        or len({m.url for m in members if headline_like(m.text)}) >= 2
        or _read_on_links(members)
    }
    chains = {m.order: link_ancestors(m.node) for ms in groups.values() for m in ms}
    # ids of each link's element and its ancestors: "is this link inside that node?"
    within = {
        m.order: {m.node.mem_id} | {n.mem_id for n in chains[m.order]}
        for ms in groups.values()
        for m in ms
    }
    pager_depth = {n.mem_id: d for d, n in enumerate(link_ancestors(pager))} if pager else {}
    pager_ids = set(pager_depth)
    candidates: list[tuple[str, _Cluster]] = []
    for shape, members in groups.items():
        clusters = _clusters(members, chains)
        # Items that carry a sub-list of their own ("Tin liên quan" under each story) split
        # the list: its headline links alone show it.
        headed = [m for m in members if _in_headline(m, chains)]
        if 2 <= len(headed) < len(members):
            known = {c.node.mem_id for c in clusters}
            for cluster in _clusters(headed, chains):
                if cluster.node.mem_id not in known:
                    cluster.headed = True
                    clusters.append(cluster)
        for cluster in clusters:
            if len({m.url for m in cluster.links}) >= 2:
                _score(cluster, chains)
                candidates.append((shape, cluster))
    if not candidates:
        hinted = groups.get(shape_hint or "", [])
        return list(dict.fromkeys(m.url for m in hinted)), shape_hint if hinted else None
    # A list laid out in twin columns scores as one: each column alone is short.
    # (A sidebar's boxes look alike too, and are different lists.)
    own_scores = {id(c): c.score for _, c in candidates}
    leads: dict[int, bool] = {}

    def own_listing(c: _Cluster) -> bool:
        if id(c) not in leads:
            leads[id(c)] = _leads_to_its_own_listing(c.node, {m.node.mem_id for m in c.links})
        return leads[id(c)]

    spans: dict[int, LexborNode] = {}  # a list laid out in columns: the box holding them all
    # (each item holding a second story's link in its summary is a cluster of its own: the
    # items of a list its headlines show, no columns; holdout273/sapo_links)
    headed_boxes = {c.node.mem_id for _, c in candidates if c.headed}
    for shape, c in candidates:
        if in_sidebar(c.node) or (
            not c.headed and not headed_boxes.isdisjoint(within[c.links[0].order])
        ):
            continue
        twins = [
            o
            for s, o in candidates
            if s == shape
            and o is not c
            and (_twin_columns(c.node, o.node) or _grid_rows(c.node, o.node))
            and not _boxed_as_another_section(o.node, c.node)
            # ("Tin mới" beside "Xem nhiều": boxes titled each their own are two lists, and
            # so are boxes each leading to its own listing: a hub's or a province's boxes)
            and not (_titled(c.node) and _titled(o.node))
            and not (own_listing(c) and own_listing(o))
        ]
        c.score += sum(own_scores[id(o)] for o in twins)
        if twins:
            spans[id(c)] = common_container([c.node, *(o.node for o in twins)]) or c.node
    picks = {id(c) for _, c in candidates if _highlights(c.node)}
    for _, c in candidates:
        if id(c) in picks:
            c.score *= _W_HIGHLIGHTS  # "Sự kiện nổi bật trong tuần", "Tiêu điểm": a pick
    by_pager: list[tuple[str, _Cluster]] = []  # the lists nearest the pager
    if pager_ids:
        # An "item" holding the pager is a column of the page's layout, the pair of links
        # one in the list and one in the sidebar beside it: no list.
        candidates = [
            sc for sc in candidates if not _pager_in_an_item(sc[1], chains, pager_ids)
        ] or candidates
        # (a list in columns is as near as the row that holds its columns, unless that box
        # holds the pager too: then it holds more than the list's columns; a pick of
        # stories above the list is never the list the pager closes)
        spans = {k: n for k, n in spans.items() if n.mem_id not in pager_ids}
        distance = {
            id(c): _pager_distance(spans.get(id(c), c.node), pager_depth)
            + (_FAR * _FAR if id(c) in picks else 0)
            for _, c in candidates
        }
        nearest = min(distance.values())
        for sc in candidates:
            if distance[id(sc[1])] == nearest:
                sc[1].score *= _W_PAGER
                by_pager.append(sc)
    lone = [m for m in groups.get(shape_hint or "", []) if not in_sidebar(m.node)]
    hinted = [sc for sc in candidates if sc[0] == shape_hint]
    if (
        lone
        and not hinted
        and not any(
            c.node.mem_id in within[m.order]
            for m in lone
            for _, c in candidates
            if not in_sidebar(c.node)
        )
    ):
        # a last page with one item of the list's shape: no list to compare with (unless
        # a list of another shape holds it: older items kept at their old addresses)
        return list(dict.fromkeys(m.url for m in lone)), shape_hint
    # (two links a card scoring alike, a photo album's and the story's: the story's is the
    # one in the card's headline)
    shape, best = max(
        candidates,
        key=lambda sc: (sc[1].score, sum(_in_headline(m, chains) for m in sc[1].links)),
    )
    if hinted:
        top = max(hinted, key=lambda sc: sc[1].score)
        if not in_sidebar(top[1].node) or in_sidebar(best.node):
            shape, best = top
    # A last page's three rows beside a sidebar's six: the list the pager closes wins.
    mains = [sc for sc in by_pager if not in_sidebar(sc[1].node)]
    if not by_pager and pager is None:
        # (no pager to go by, a postback pager: any list outside the sidebars)
        mains = [sc for sc in candidates if not in_sidebar(sc[1].node)]
    if mains and in_sidebar(best.node):
        shape, best = max(mains, key=lambda sc: (sc[0] == shape_hint, sc[1].score))
    elif _in_newest_part(best.node) and (
        older := [sc for sc in mains if not _in_newest_part(sc[1].node)]
    ):
        # "Tin mới" above "Tin cũ hơn": the newest part repeats on every page, the pager
        # pages the part it closes
        shape, best = max(older, key=lambda sc: (sc[0] == shape_hint, sc[1].score))
    if in_sidebar(best.node) and all(in_sidebar(c.node) for _, c in candidates):
        # Every list is a sidebar's: the page's own column holds one story (a category of
        # one, a last page of one; its picture, title and "Xem chi tiết" link it alike)
        single = {m.url for m in groups[shape] if not in_sidebar(m.node)}
        if len(single) == 1:
            return list(single), shape
        if not single and all(_in_aside(c.node) for _, c in candidates):
            # a text page, an empty category: only <aside>s hold lists (a column's class
            # may say "left-col" of the main column; an <aside> is beside it)
            return [], None
    # (lists inside the winner are its items' sub-lists, not other lists beside it)
    others = [
        c
        for s, c in candidates
        if s == shape and c is not best and best.node.mem_id not in ancestor_ids(c.node)
    ]
    # The main column: climb while no other list of the shape is inside, except lists
    # of the same kind (summaries) that share the pager's column (a featured block).
    own = within[best.links[0].order]
    pager_column = (
        next((n for n in link_ancestors(pager) if n.mem_id in own), None) if pager else None
    )

    above = {id(c): ancestor_ids(c.node) for c in others}

    def inside(node: LexborNode, c: _Cluster) -> bool:  # the other list sits under node
        return node.mem_id in above[id(c)]

    def same_column(c: _Cluster) -> bool:
        if (
            _twin_columns(best.node, c.node) or _grid_rows(best.node, c.node)
        ) and not _boxed_as_another_section(c.node, best.node):
            return True  # the list laid out in columns (col-md-6 beside col-md-6) or rows
        return best.teasers and c.teasers and pager_column is not None and inside(pager_column, c)

    column = best.node
    in_side = in_sidebar(best.node)
    for _ in range(_MAX_CLIMB):
        parent = column.parent
        if parent is None or parent.tag in ("body", "html"):
            break
        # (a list right in the parent — items not in a sub-list — is the same list's)
        if not all(
            same_column(c) or c.node.mem_id == parent.mem_id for c in others if inside(parent, c)
        ):
            break
        if not in_side and any(_is_sidebar(child) for child in parent.iter()):
            break  # the page's layout: the list's column beside a sidebar
        column = parent
    members = groups[shape]
    members = members + _other_shaped_items(best, shape, links, exclude, chains, within)
    featured = _featured_before(column, members, within, first_page=first_page)
    if pager is not None:
        featured |= _more_before_pager(column, members, within, pager_ids)
    ordered = sorted(members, key=lambda m: m.order)
    left_out = _pinned_from_elsewhere(best, chains, links, page_url) if page_url else set()
    left_out |= _buttons_among_items(best, chains)
    # a pick set among the items ("Đừng bỏ lỡ" over an older story's tile, undated): no item,
    # unless the story is listed too, outside the pick ("Tiêu điểm" repeating item 7)
    picked = _picked_among(best, chains) if _names_a_pick(best.node.text(separator=" ")) else set()
    if picked:
        listed_too = {m.url for m in best.links if m.order not in picked}
        left_out |= {m.url for m in best.links if m.order in picked} - listed_too
    if best.headed:  # an item's "Tin liên quan" links other stories: not the list's items
        headlines = {m.url for m in best.links}
        left_out |= {
            m.url
            for m in ordered
            if m.url not in headlines
            and best.node.mem_id in within[m.order]
            and _in_related_box(m, best.node, chains)
        }
    no_items = _links_of_no_item(best, ordered, within, chains)
    ordered = [m for m in ordered if m.order not in no_items]
    # ("Xem thêm: <a>…</a>" under an item may name another item of the same page: that one
    # keeps its place)
    opening: dict[int, tuple[str, bool]] = {}
    asides = {m.order for m in ordered if _see_also(m, opening) or _names_more_of_the_list(m)}
    if asides:
        left_out |= {m.url for m in ordered if m.order in asides} - {
            m.url for m in ordered if m.order not in asides and best.node.mem_id in within[m.order]
        }
    # a story the list holds, shown again above it in a widget that is no part of the
    # list (a carousel slide repeating item 2), keeps its place in the list
    listed = {m.url for m in ordered if best.node.mem_id in within[m.order]}
    strips: list[set[int]] = []  # rows of tabs, found once the column has an item to check

    listed_up: list[set[int]] = []  # the list's ancestors, read once when first needed

    def around() -> set[int]:
        if not listed_up:
            listed_up.append({n.mem_id for n in ancestors(best.node, MAX_DEPTH)})
        return listed_up[0]

    def off_the_tabs(m: Link) -> bool:
        if not strips:
            strips.append(_tab_strips(links, page_url) if page_url else set())
        return strips[0].isdisjoint(within[m.order])

    urls = (
        m.url
        for m in ordered
        if m.url not in left_out
        and (
            m.url in featured
            or best.node.mem_id in within[m.order]
            or (
                column.mem_id in within[m.order]
                and m.url not in listed
                and not _floated_aside(m.node, column)
                # (a button beside the list, "Gửi câu hỏi" over a Q&A section's
                # questions, holdout306: the section's tools, no story of it)
                and not drawn_as_button(m.node)
                and off_the_tabs(m)
                and not _pinned(_story_box(m, column, chains), best.node, around(), first_page)
                and not _in_another_sections_box(m, column, around(), chains)
            )
        )
    )
    # one article linked as x.aspx and x.ASPX (IIS reads both): the first spelling
    first: dict[str, str] = {}
    fallen = _rows_fallen_out(best, members, chains, left_out, pager_at) if pager_at else []
    for url in (*urls, *fallen):
        first.setdefault(url.lower(), url)
    return list(first.values()), shape


def _tab_strips(links: list[Link], page_url: str) -> set[int]:
    """mem_ids of rows of short links, one of them to this very listing: the topic's tabs
    ("Tổng quan | Loạt bài | Gương điển hình | Tư liệu"), sibling listings, no items."""
    strips: set[int] = set()
    for link in links:
        if not same_listing(link.url, page_url):
            continue
        box = next((n for n in ancestors(link.node, 3) if len(n.css("a[href]")) >= 3), None)
        if box is not None and all(
            len(WORD_RE.findall(a.text())) <= SECTION_WORDS for a in box.css("a[href]")
        ):
            strips.add(box.mem_id)
    return strips


def _first_class(node: LexborNode) -> str:
    classes = (node.attributes.get("class") or "").split()
    return classes[0] if classes else ""


def _rows_fallen_out(
    best: _Cluster,
    members: list[Link],
    chains: dict[int, list[LexborNode]],
    left_out: set[str],
    pager_at: int,
) -> list[str]:
    """Rows in the list's own markup (``div.views-row``) between the list and its pager
    (``pager_at``: the pager's first link) but outside the list's box: a stray closing tag
    ended the box early and the last rows fell out of it."""
    kinds = {
        (item.tag, cls)
        for m in best.links
        if (cls := _first_class(item := _item_of(m, best.node, chains)))
    }
    if not kinds:
        return []
    last = max(m.order for m in best.links)
    inside = best.node.mem_id
    around = {n.mem_id for n in ancestors(best.node, MAX_DEPTH)}  # (read once for every row)
    return [
        m.url
        for m in sorted(members, key=lambda m: m.order)
        if last < m.order < pager_at
        and m.url not in left_out
        and all(up.mem_id != inside for up in chains[m.order])
        and not in_sidebar(m.node)
        and any((up.tag, _first_class(up)) in kinds for up in chains[m.order][:_ROW_DEPTH])
        and not _in_a_titled_box(m, around, chains)
    ]


def _in_a_titled_box(link: Link, around: set[int], chains: dict[int, list[LexborNode]]) -> bool:
    """The link sits in a box with a title of its own, below what it shares with the list
    (``around``: the list's ancestors; a "Thông báo mới" box of another section's rows
    between the list and its pager, sites135/s809): that box's, fallen out of no list."""
    for up in chains[link.order]:
        if up.mem_id in around:
            return False  # (up holds the list too: the page's column, no box of its own)
        if _titled(up):
            return True
    return False


_ROW_DEPTH = 4  # levels from a link up to its row


def profile_rows_fallen_out(
    items: list[Link], all_links: list[Link], pager_links: list[Link]
) -> list[str]:
    """The profile's items' rows that fell out of the box its selector names (see
    :func:`_rows_fallen_out`), in the items' URL shape."""
    box = common_container([link.node for link in items])
    if box is None or len(items) < 2:
        return []
    ids = {link.node.mem_id for link in items}
    own = [link for link in all_links if link.node.mem_id in ids]
    shapes = {url_shape(link.url) for link in own}
    members = [link for link in all_links if url_shape(link.url) in shapes]
    chains = {link.order: link_ancestors(link.node) for link in members}
    pager_at = min(link.order for link in pager_links)
    known = {link.url for link in own}
    # (``known`` left out: only rows past the profile's own items)
    return list(
        dict.fromkeys(_rows_fallen_out(_Cluster(box, own), members, chains, known, pager_at))
    )


def _other_shaped_items(
    best: _Cluster,
    shape: str,
    links: list[Link],
    exclude: set[str],
    chains: dict[int, list[LexborNode]],
    within: dict[int, set[int]],
) -> list[Link]:
    """Items of the list whose links all have another URL shape: old items migrated under
    other URLs, a video or photo story among the news (/video/…, /anh/… beside /tin-tuc/…),
    one or several. Only items of the list's own markup with a headline count (a category
    label in each item, or an item's related links, share the list but not its items)."""
    kinds = {_item_kind(m, best.node, chains) for m in best.links}
    own_items = {_item_of(m, best.node, chains).mem_id for m in best.links}
    found: list[Link] = []
    others: dict[int, list[Link]] = defaultdict(list)  # item → its links of other shapes
    by_node = {link.node.mem_id: link for link in links}
    for a in best.node.css("a[href]"):  # the list's links, whatever their shape
        link = by_node.get(a.mem_id)
        if link is None or link.url in exclude:
            continue
        if link.order not in chains:
            chains[link.order] = link_ancestors(link.node)
        item = _item_of(link, best.node, chains)
        if item.mem_id not in own_items and url_shape(link.url) != shape:
            others[item.mem_id].append(link)
    dated: list[bool] = []  # every item of the list's shape shows a date: read when needed
    for item_links in others.values():
        item = _item_of(item_links[0], best.node, chains)
        if _promo_card(item):
            continue
        if _TOPIC_CARD.search(item.text(separator=" ")) and not _shows_a_date(item):
            if not dated:
                dated.append(all(_shows_a_date(_item_of(m, best.node, chains)) for m in best.links))
            if dated[0]:
                continue  # a topic's card among dated stories ("Chuyên đề: …", no date)
        stories = {
            m.url
            for m in item_links
            if len(m.text.split()) >= _MERGED_WORDS
            and _kind_among(_item_kind(m, best.node, chains), kinds)
        }
        for m in item_links:
            if m.url in stories:  # (its picture too; not the item's category label)
                within.setdefault(m.order, {m.node.mem_id} | {n.mem_id for n in chains[m.order]})
                found.append(m)
    return found


# a promotion's class among the items' ("post-card post-card--promo", "item sponsored")
_PROMO_CLASS = re.compile(r"promo|sponsor|advert|quang-?cao|(?:^|[\s_-])ads?(?:$|[\s_-])")


def _promo_card(item: LexborNode) -> bool:
    """A promotion in the items' own markup (an online service's card after the fourth
    post): marked so by its class, and showing no date where the posts show theirs."""
    if not _PROMO_CLASS.search((item.attributes.get("class") or "").lower()):
        return False
    return not _shows_a_date(item)


# A topic's or campaign's card among the stories ("Chuyên đề: Hội thi sáng tạo …"), or a
# shop's product priced where the stories show their dates ("180.000 ₫")
_TOPIC_CARD = re.compile(r"(?i)chuyên\s+đề|chủ\s+đề|\d[\d.,]*\s*(?:₫|vnđ|vnd)")


def _shows_a_date(item: LexborNode) -> bool:
    return item.css_first("time") is not None or bool(find_dates(item.text(separator=" ")))


def _buttons_among_items(best: _Cluster, chains: dict[int, list[LexborNode]]) -> set[str]:
    """Links of the list's URL shape that are no item: a "Gửi câu hỏi" button
    (/hoi-dap/gui-cau-hoi beside /hoi-dap/<question>) in a box unlike the items, with no
    headline in it or elsewhere in the list."""
    headlines = [m for m in best.links if headline_like(m.text)]
    if not headlines:
        return set()  # links without text (an aria-label on each card): nothing to compare
    kinds = {_item_kind(m, best.node, chains) for m in headlines}
    headed = {_item_of(m, best.node, chains).mem_id for m in headlines}
    named = {m.url for m in headlines}
    return {
        m.url
        for m in best.links
        if m.url not in named
        and _item_of(m, best.node, chains).mem_id not in headed
        # (a modifier class is the same kind: WordPress's "post post-link" among "post")
        and not _kind_among(_item_kind(m, best.node, chains), kinds)
    }


def _same_or_sub_listing(url: str, page_url: str) -> bool:
    """``url`` is this listing or one of its sub-categories ("Giáo dục mầm non" at
    ``/category/tin-giao-duc/giao-duc-mam-non/`` on ``/category/tin-giao-duc/page/4/``)."""
    if same_listing(url, page_url):
        return True
    a, b = urlsplit(url), urlsplit(page_url)
    base = page_base(b.path)
    return a.netloc == b.netloc and len(base) > 1 and page_base(a.path).startswith(base)


def _pinned_from_elsewhere(
    best: _Cluster, chains: dict[int, list[LexborNode]], links: list[Link], page_url: str
) -> set[str]:
    """Articles of the list whose item names another category while most items name this
    one ("Tiêu điểm" stories of other sections pinned atop every page of each section):
    not this listing's. Items naming no category, or a list of items naming sub-sections
    (a parent category's page), are kept."""
    item_of = {link.order: _item_of(link, best.node, chains) for link in best.links}
    items = {item.mem_id: item for item in item_of.values()}
    articles: dict[int, set[str]] = defaultdict(set)
    for link in best.links:
        articles[item_of[link.order].mem_id].add(link.url)
    names: dict[int, set[bool]] = defaultdict(set)  # item → names this listing? (per label)
    for link in links:
        if not link.text or len(WORD_RE.findall(link.text)) > SECTION_WORDS:
            continue
        if link.node.parent is not None and link.node.parent.tag == "p" and _in_running_text(link):
            continue  # (a decree cited in an answer's sentence names no category, sites129)
        for up in ancestors(link.node, 6):
            if up.mem_id in items:
                if link.url not in articles[up.mem_id]:
                    names[up.mem_id].add(_same_or_sub_listing(link.url, page_url))
                break
    own = sum(1 for named in names.values() if True in named)
    other = [key for key, named in names.items() if named == {False}]
    if own < 2 or own <= len(other):
        return set()
    # (pinned atop the list: items of another category among the list's own are the list's,
    # a post filed under a second category, holdout295/breakdance_posts)
    first = list(dict.fromkeys(item_of[link.order].mem_id for link in best.links))
    # (a pinned block may hold one or two of the list's own stories too: sites9/s57)
    if not set(other) <= set(first[: len(other) + _PINNED_OWN]):
        return set()
    return {url for key in other for url in articles[key]}


_PINNED_OWN = 2
_HEADLINE_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _in_related_box(link: Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> bool:
    """Inside ``box``, in an element headed "Tin liên quan", "Bài viết khác"…"""
    for up in chains[link.order]:
        if up.mem_id == box.mem_id:
            return False
        if RELATED_HEADINGS_RE.match(clean_text(up.text(separator=" "))[:80]):
            return True
    return False


# (and an item's own "Tin liên quan: <a>…</a>" line: another story, sites108/s649)
_SEE_ALSO = re.compile(
    r"(?i)^\s*(?:(?:xem|đọc)\s+thêm|(?:tin|bài)(?:\s+viết)?\s+(?:liên\s+quan|cùng\s+chủ\s+đề))\s*[:：]"
)


def _names_more_of_the_list(link: Link) -> bool:
    """ "Các tin đã đưa »", "Tin khác": a link to the list's archive or another list, in
    the items' URL shape, under the pager (sites58/s348): no story."""
    return bool(_MORE_OF_THE_LIST.fullmatch(link.text.strip(" »›>«‹<→")))


def _see_also(link: Link, texts: dict[int, tuple[str, bool]]) -> bool:
    """A link an item's text introduces with "Xem thêm:" (another story, perhaps an
    older spelling of one the list holds in its own row), not the item itself. ``texts``
    keeps each parent's opening text: links that share one parent (a page of bare links)
    read it once, and a parent is read only as far as the test needs (unclosed <div>s
    nest every later link in an earlier one's parent)."""
    parent = link.node.parent
    if parent is None:
        return False
    needed = len(clean_text(link.text)) + 6
    text, whole = texts.get(parent.mem_id) or ("", False)
    if not whole and len(text) < needed:
        text, whole = texts[parent.mem_id] = _opening_text(parent, max(needed, 200))
    return bool(_SEE_ALSO.match(text)) and len(text) >= needed


def _opening_text(node: LexborNode, chars: int) -> tuple[str, bool]:
    """The node's text as ``clean_text(node.text(separator=" "))`` reads it, or its first
    ``chars`` characters and more; and whether that is the whole text."""
    pieces: list[str] = []
    n, check = 0, 2 * chars
    for part in node.traverse(include_text=True):
        if part.tag == "-text" and (t := part.text_content) and not t.isspace():
            pieces.append(t)
            n += len(t)
            if n > check:
                if len(text := clean_text(" ".join(pieces))) > chars:
                    return text, False
                check *= 2  # (runs of spaces collapsed: read on)
    return clean_text(" ".join(pieces)), True


def _links_of_no_item(
    best: _Cluster,
    ordered: list[Link],
    within: dict[int, set[int]],
    chains: dict[int, list[LexborNode]],
) -> set[int]:
    """Links (their ``order``) of the list's box that are no item: in a list nested in an
    item under the item's own headline (an unheaded "related" <ul> under each story); in a
    "Tin liên quan:" box between two items (other stories, or items further down linked
    ahead of their place); in a box set among the items, unlike them, with a short title of
    its own ("TIÊU ĐIỂM", "Phóng sự ảnh", "Video": a pick or another medium, the same on
    every page) or holding only "Xem thêm tin …" links to other lists."""
    inside = [m for m in ordered if best.node.mem_id in within[m.order]]
    item_of = {m.order: _item_of(m, best.node, chains) for m in inside}
    heads = [m for m in inside if _in_headline(m, chains)]
    headed = {item_of[m.order].mem_id for m in heads}
    own = {m.order for m in heads}
    found: set[int] = set()
    if len({m.url for m in heads}) >= 2:  # (items headed by their own headlines)
        headline_urls: dict[int, set[str]] = defaultdict(set)
        for m in heads:
            headline_urls[item_of[m.order].mem_id].add(m.url)
        for m in inside:
            item = item_of[m.order]
            if m.order in own:
                continue
            if (
                item.mem_id in headed
                and (
                    _in_sub_list(m, best.node, chains)
                    or (m.url not in headline_urls[item.mem_id] and _in_running_text(m))
                )
            ) or (item.mem_id not in headed and _related_box(item)):
                found.add(m.order)
    items = {n.mem_id: n for n in item_of.values()}
    if len(items) < 3:
        return found
    by_item: dict[int, list[Link]] = defaultdict(list)
    for m in inside:
        by_item[item_of[m.order].mem_id].append(m)
    # (items alike share the tag and first class: "item odd" and "item even" are one kind)
    kinds = {key: (n.tag, _first_class(n)) for key, n in items.items()}
    usual = Counter(kinds.values()).most_common(1)[0][0]
    for key, box_links in by_item.items():
        if kinds[key] != usual and (
            _short_titled(items[key], {k.text for k in box_links})
            or all(MORE_LINK.match(k.text) for k in box_links)
        ):
            found.update(k.order for k in box_links)
    return found


def _in_running_text(link: Link) -> bool:
    """A link inside the sentences of an item's summary ("… (Xem thêm: <a>…</a>)", "do
    <a>Tổng Liên đoàn</a> phát động"): another story the summary names, not the item,
    which its headline links (holdout273/sapo_links)."""
    parent = link.node.parent
    if parent is None or parent.tag in _HEADLINE_TAGS:
        return False
    own = len(clean_text(link.text))
    text, _ = _opening_text(parent, own + _TEASER_CHARS)
    return len(text) >= own + _TEASER_CHARS


def _short_titled(box: LexborNode, headlines: set[str]) -> bool:
    """A box with a title of a few words ("Tiêu điểm", "Video") of its own, not the
    headline of a story it links (``headlines``: its links' words)."""
    for t in box.css(_TITLE_ELEMENTS):
        words = clean_text(t.text(separator=" "))
        if 0 < len(words.split()) < _MERGED_WORDS and words not in headlines:
            return True
    return False


def _related_box(node: LexborNode) -> bool:
    """A box named, by its class or its first words, for related stories."""
    if _RELATED_CLASS.search(node.attributes.get("class") or ""):
        return True
    return bool(RELATED_HEADINGS_RE.match(node.text(deep=True)[:40]))


# a list's class saying it holds related stories: "news-related", "tinlienquan", "tlq"
_RELATED_CLASS = re.compile(r"relat|lien-?quan|(?<![^\W_])tlq(?![^\W_])", re.I)


def _in_sub_list(link: Link, box: LexborNode, chains: dict[int, list[LexborNode]]) -> bool:
    """In a list of related stories nested inside a list item, named so by its class (a
    sub-category block's list under its top story is the listing's own)."""
    for up in chains[link.order]:
        if up.mem_id == box.mem_id or up.parent is None or up.parent.mem_id == box.mem_id:
            return False  # up to the item, not the list itself
        if up.tag in ("ul", "ol", "div") and _RELATED_CLASS.search(
            up.attributes.get("class") or ""
        ):
            return True
    return False


def _in_headline(link: Link, chains: dict[int, list[LexborNode]]) -> bool:
    """A link in a heading (<h3><a>Title</a></h3>): an item's own headline."""
    return any(up.tag in _HEADLINE_TAGS for up in chains[link.order][:2])


# the side a twin column names ("col-left" beside "col-right", "cot-trai" / "cot-phai")
_COLUMN_SIDE = re.compile(r"(?<![^\W_])(?:left|right|trai|phai|odd|even)(?![^\W_])", re.I)


# a box's state, not its kind: the open panel of an accordion, the active tab
_STATE_CLASS = re.compile(
    r"(?<![^\W_])(?:show|in|active|open|current|expanded|collapsed)(?![^\W_])", re.I
)


def _column_kind(cls: str) -> str:
    return _COLUMN_SIDE.sub("@", DIGITS.sub("#", _STATE_CLASS.sub("", cls))).strip()


def _twin_columns(a: LexborNode, b: LexborNode, levels: int = 3) -> bool:
    """Two lists in twin boxes: the same tags and classes on the way up to a common
    parent, a few levels at most (one list split into columns, not a sidebar's list)."""
    for _ in range(levels):
        # classless boxes (old table layouts) are alike whatever they hold; numbered
        # classes are one kind ("article_column column1" beside "… column2")
        cls = _column_kind(a.attributes.get("class") or "")
        if not cls or a.tag != b.tag or cls != _column_kind(b.attributes.get("class") or ""):
            return False
        # (a landing page's sections of one class, named apart: SECTION_MENU, SECTION_LIST)
        a_id, b_id = a.attributes.get("id"), b.attributes.get("id")
        if a_id and b_id and _column_kind(a_id) != _column_kind(b_id):
            return False
        a_up, b_up = a.parent, b.parent
        if a_up is None or b_up is None:
            return False
        if a_up.mem_id == b_up.mem_id:
            # (boxes meeting only in the page's wrapper are its stacked sections: a
            # landing page's menu, list and highlights, not one list's columns)
            return not _page_wrapper(a_up)
        a, b = a_up, b_up
    return False


def _page_wrapper(node: LexborNode) -> bool:
    """<body> or the one box right under it that wraps the whole page."""
    return node.tag in ("body", "html") or (node.parent is not None and node.parent.tag == "body")


def _grid_rows(a: LexborNode, b: LexborNode) -> bool:
    """Two rows of one table: a grid of stories, three to a row, is one list."""
    return (
        a.tag == b.tag == "tr"
        and a.parent is not None
        and a.parent.mem_id == getattr(b.parent, "mem_id", None)
    )


_SIDEBAR = re.compile(
    # (not a layout that has one: Olivero's "sidebar-grid", "has-sidebar", "no-sidebar")
    r"(?<!has-)(?<!with-)(?<!no-)sidebar(?!-?(?:grid|layout|wrap|container)\b)"
    r"|side-?col|col-?side|region-?-?(?:left|right)\b|right-?col|left-?col"
    # a column named an aside ("news-aside") and its boxes ("side-block", "side-box")
    r"|(?<![a-z])aside(?![a-z])|(?<![a-z])side-?(?:block|box|widget)"
    # DotNetNuke's and WebForms templates' panes beside the ContentPane
    r"|(?:left|right)-?pane"
)


def navigation_menus(tree: LexborHTMLParser) -> set[int]:
    """Ids of the page's menus: ``nav`` elements and boxes classed as menus, except a box
    whose class says menu but which lists stories (IBM WCM's "Menu" component, the list
    of a category's articles: ``<div class="wcm-menu">``): a third of its worded links or
    more headlines (each item's "Xem tiếp" and category beside its headline), dated or
    pictured as stories are (a mega menu's departments are neither)."""
    menus: dict[int, LexborNode] = {}
    lists: set[int] = set()  # boxes classed as menus that list stories
    for node in tree.css(NAVIGATION):
        menus[node.mem_id] = node
        if node.tag == "nav" or node.attributes.get("role") == "navigation":
            continue
        if len(node.css("img")) < _MENU_STORIES:  # (pictures, else dates: cheapest first)
            text = node.text(separator=" ")
            if not _DATE_HINT.search(text) or len(find_dates(text)) < _MENU_STORIES:
                continue
        texts = [clean_text(a.text(separator=" ")) for a in node.css("a[href]")]
        stories = sum(headline_like(t) for t in texts)
        if stories >= _MENU_STORIES and 3 * stories >= len([t for t in texts if t]):
            lists.add(node.mem_id)
    # (its items classed so too, "wcm-menu-item", are the list's: no menus either)
    return {
        key
        for key, node in menus.items()
        if key not in lists and not (lists and lists.intersection(ancestor_ids(node)))
    }


_DATE_HINT = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}")
_MENU_STORIES = 3  # headlines in a box classed as a menu that make it a list of stories


def in_sidebar(node: LexborNode) -> bool:
    """An <aside> or a sidebar column (by its class or id), or inside one."""
    # (bounded: deep junk stays cheap)
    return _is_sidebar(node) or any(_is_sidebar(up) for up in link_ancestors(node))


def _in_aside(node: LexborNode) -> bool:
    return any(up.tag == "aside" for up in (node, *link_ancestors(node)))


def _is_sidebar(node: LexborNode) -> bool:
    """An <aside> or a sidebar column (by its class or id). An <aside> holding one story
    under its own big heading is no sidebar: page 1's newest story in full above "Các bài
    khác" (Pelican's ``<aside id="featured"><article><h1>``)."""
    if node.tag in ("body", "html"):
        return False  # Drupal's <body class="one-sidebar sidebar-first">: the layout, no column
    attrs = node.attributes
    if node.tag == "aside":
        stories = node.css("article")
        return len(stories) != 1 or stories[0].css_first("h1, h2") is None
    return bool(_SIDEBAR.search(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()))


def _featured_before(
    column: LexborNode,
    members: list[Link],
    within: dict[int, set[int]],
    *,
    first_page: bool = False,
) -> set[str]:
    """A top story laid out just before the list: one article, with a picture or summary
    (and an untitled list of sub-stories of the list's kind between it and the list); or a
    highlights box ("Tin nổi bật") sharing stories with the list, which puts them first in
    page order."""
    found: set[str] = set()
    listed = {m.url for m in members if column.mem_id in within[m.order]}
    shapes = {url_shape(u) for u in listed}
    held: set[str] = set()  # sub-stories, kept only if a top story sits above them
    sibling, seen = column.prev, 0
    while sibling is not None and seen < 2:
        if sibling.tag not in ("-text", "-comment"):
            if _is_sidebar(sibling) or sibling.tag in ("td", "th") or floated(sibling):
                # a left sidebar's "Tin mới" names the list's stories too (a sidebar by its
                # class, a table cell beside the list's, a box floated beside it)
                break
            seen += 1
            if sibling.css_first("input, textarea") is not None:
                # an assistant's box ("Trợ lý AI", its question field, its answer citing
                # stories of the list): a tool, no highlights of the list
                sibling = sibling.prev
                continue
            inside = [m for m in members if sibling.mem_id in within[m.order]]
            urls = {m.url for m in inside}
            if len(urls) > 1 and _leads_to_its_own_listing(
                sibling, {m.node.mem_id for m in inside}
            ):
                # a hub's lead and section boxes, the same on every page: only a story the
                # list holds too keeps its place first (page 1's newest)
                found |= urls & listed
                sibling = sibling.prev
                continue
            if len(urls) > 1 and urls & listed and _holds_a_newest_widget(sibling):
                break  # a "Tin mới" widget beside the list naming its newest stories too
            if len(urls) > 1 and _titled_as(sibling, _PINNED_WIDGET):
                # posts pinned above every page's list, from any section ("Bài viết được
                # ghim"): only a story the list holds too keeps its place (sites133/s802)
                found |= urls & listed
                break
            if len(urls) > 1 and urls & listed:
                # a highlights box naming stories of this list (and a few flagged out of it)
                found |= urls
            elif len(urls) > 1:
                same_kind = {url_shape(u) for u in urls} <= shapes
                if first_page and same_kind and not held and _newest_part(sibling):
                    # page 1 in two parts, "Tin mới" above "Tin cũ hơn" (the pager pages
                    # the second): the newest stories head the list; later pages repeat them
                    found |= urls
                    break
                if held or _titled(sibling) or not same_kind:
                    break  # another list ("Tin xem nhiều" above the list)
                if _opens_with_a_top_story(sibling, inside):
                    found |= urls  # page 1's featured block: a top story and sub-stories
                    break
                held = urls
                sibling = sibling.prev
                continue
            if inside and headline_like(max((m.text for m in inside), key=len)):
                linked = sum(len(m.text) for m in inside)
                summary = len(clean_text(sibling.text(separator=" "))) - linked
                if summary >= _TEASER_CHARS or sibling.css_first("img") is not None:
                    found.add(inside[0].url)
                    found |= held
        sibling = sibling.prev
    return found


# the titles of the widgets of newest and most-read stories every page shows
_NEWEST_WIDGET = re.compile(
    r"(?i)^\s*(?:tin\s+(?:mới(?:\s+nhất|\s+cập\s+nhật)?|(?:xem|đọc)\s+nhiều(?:\s+nhất)?)|"
    r"(?:xem|đọc)\s+nhiều(?:\s+nhất)?)\s*$"
)


# the title of a box of pinned posts
_PINNED_WIDGET = re.compile(
    r"(?i)^\s*(?:(?:bài\s+viết|tin(?:\s+bài)?|bài)\s+(?:được\s+)?ghim|pinned(?:\s+posts?)?|"
    r"sticky(?:\s+posts?)?)\s*$"
)


def _holds_a_newest_widget(box: LexborNode) -> bool:
    """A heading or title element of the box names a widget of newest or most-read
    stories ("Tin mới", "Xem nhiều"): a column of such widgets, no highlights box."""
    return _titled_as(box, _NEWEST_WIDGET)


def _titled_as(box: LexborNode, title: re.Pattern[str]) -> bool:
    """A heading or title element of the box reads as ``title``."""
    return any(
        title.match(clean_text(node.text(separator=" "))) for node in box.css(_TITLE_ELEMENTS)
    )


def _opens_with_a_top_story(box: LexborNode, inside: list[Link]) -> bool:
    """The box's first story is a top story: its headline in a heading, with a picture and
    a summary of its own (the big story of a featured block, sub-stories beside it)."""
    headed = ((m, n) for m in inside for n in link_ancestors(m.node)[:2] if n.tag in _HEADLINE_TAGS)
    first, heading = next(headed, (None, None))
    if first is None or heading is None or first.url != inside[0].url:
        return False  # (its picture may link it first)
    story = heading.parent
    if story is None or story.mem_id == box.mem_id or story.css_first("img") is None:
        return False
    linked = sum(len(clean_text(a.text(separator=" "))) for a in story.css("a"))
    return len(clean_text(story.text(separator=" "))) - linked >= _TEASER_CHARS


def _more_before_pager(
    column: LexborNode, members: list[Link], within: dict[int, set[int]], pager_ids: set[int]
) -> set[str]:
    """An untitled list of more stories between the list and its pager (Joomla's
    "items-more" titles under the blog's items), or one titled "Các tin khác" (the next
    items as titles only): the listing's too, since the pager pages past them."""
    boxes: list[LexborNode] = []
    # (the list's last box may close a wrapper the pager follows: go on after the wrapper)
    for node in (column, *ancestors(column, _MORE_CLIMB)):
        if node.tag in ("body", "html"):
            break
        sibling = node.next
        while sibling is not None:
            if sibling.mem_id in pager_ids:  # the pager's box: everything before it counts
                found: set[str] = set()
                for box in boxes:
                    found |= {m.url for m in members if box.mem_id in within[m.order]}
                return found
            if sibling.tag not in ("-text", "-comment"):
                if _titled(sibling, allow=_MORE_OF_THE_LIST):
                    return set()
                boxes.append(sibling)
            sibling = sibling.next
    return set()


_MORE_CLIMB = 2


_NEWEST_TITLE = re.compile(r"(?i)\s*(?:tin\s+mới(?:\s+nhất)?|mới\s+nhất|latest(?:\s+news)?)\s*")


def _newest_part(box: LexborNode) -> bool:
    """A box that opens with the title "Tin mới" / "Mới nhất": the newest part of a list
    shown in two parts ("Tin mới" above "Tin cũ hơn")."""
    first = next((c for c in box.iter() if c.tag not in ("-text", "-comment")), None)
    return (
        first is not None
        and first.tag in ("h2", "h3", "h4", "h5", "h6")
        and bool(_NEWEST_TITLE.fullmatch(first.text(strip=True)))
    )


def _in_newest_part(node: LexborNode) -> bool:
    return any(_newest_part(n) for n in (node, *ancestors(node, 2)))


def _boxed_as_another_section(node: LexborNode, other: LexborNode) -> bool:
    """``node``'s list sits in another section's box that ``other`` is not in: its heading
    links that section, or its "Xem tiếp »" does (a section's three stories under the
    list's pager in the list's own markup, sites132/s793): no column of ``other``'s list."""
    stories = {a.mem_id for a in node.css("a[href]")}
    around = ancestor_ids(other)
    up = node.parent
    for _ in range(_SECTION_BOX_LEVELS):
        if up is None or up.mem_id in around:
            return False
        if _heads_another_section(up, stories):
            return True
        up = up.parent
    return False


def _heads_another_section(box: LexborNode, stories: set[int]) -> bool:
    """The box's heading links a section, or its "Xem tiếp »" does, neither one of the
    ``stories`` nor a day's archive (a timeline's "Thứ Sáu, 18/12/2026" heads a day of the
    same list, holdout73/166)."""
    return _leads_to_its_own_listing(box, stories) and not any(
        find_dates(a.text(strip=True))
        for a in box.css("h2 > a, h3 > a, h4 > a, h5 > a, h6 > a")
        if a.mem_id not in stories
    )


_SECTION_BOX_LEVELS = 2  # from a list up to its section's box


def _in_another_sections_box(
    link: Link, column: LexborNode, around: set[int], chains: dict[int, list[LexborNode]]
) -> bool:
    """The story sits in another section's box in the list's column, apart from the list
    (its heading links that section, or its "Xem tiếp »" does: three sections' boxes under
    the pager, sites132/s793); ``around``: the list's ancestors."""
    for up in chains[link.order]:
        if up.mem_id == column.mem_id or up.mem_id in around:
            return False
        if _titled_as(up, _OTHER_BOX_TITLE):
            return True  # a standing box titled "Thông báo mới" under the list (sites135/s809)
        if up.css_first("h2 > a, h3 > a, h4 > a, a[class*='more' i]") is not None:
            story = {
                a.mem_id
                for a in up.css("a[href]")
                if a.attributes.get("href") == link.node.attributes.get("href")
            }
            if _heads_another_section(up, story):
                return True
    return False


# the title of a standing box of other stories set in the list's column
_OTHER_BOX_TITLE = re.compile(
    r"(?i)^\s*(?:thông\s+báo|văn\s+bản)\s+mới(?:\s+nhất)?\s*$|^\s*tin\s+liên\s+quan\s*$"
)


def _leads_to_its_own_listing(box: LexborNode, items: set[int]) -> bool:
    """A section's box on a hub page: its heading links its section, or a "Xem thêm" to it
    closes it (<h3><a href="/tin-tuc/chinh-tri">Chính trị</a></h3> … "Xem thêm"), neither
    link one of the stories (``items``: the mem_ids of the story links)."""
    for a in box.css("a[href]"):
        if a.mem_id in items:
            continue
        text = clean_text(a.text(separator=" "))
        if MORE_LINK.match(text) and len(text.split()) <= 6:
            return True
        up = a.parent
        if up is not None and up.tag in ("h2", "h3", "h4", "h5", "h6") and len(text.split()) <= 5:
            return True
    return False


# A box's own title naming a pick of stories, not a category's run of them
_HIGHLIGHT_TITLE = re.compile(
    r"(?i)nổi\s+bật|tiêu\s+điểm|xem\s+nhiều|đọc\s+nhiều|được\s+quan\s+tâm|\bhot\b|featured|"
    r"đừng\s+bỏ\s+lỡ|"
    # pinned posts ("Tin ghim", "Bài viết được ghim", sites134/s807)
    r"(?:được|tin|bài(?:\s+viết)?)\s+ghim|\bpinned\b|\bsticky\b"
)
_W_HIGHLIGHTS = 0.5


def _highlights(box: LexborNode) -> bool:
    """The list's box is titled as a pick of stories (a heading in it, or right before it)."""
    heading = element_sibling(box, "prev")
    titles = [*box.css("h2, h3, h4, h5, h6, div[class*='heading' i]")]
    if heading is not None and heading.tag in ("h2", "h3", "h4", "h5", "h6"):
        titles.append(heading)
    return any(
        t.css_first("a") is None and _HIGHLIGHT_TITLE.search(t.text(strip=True)) for t in titles
    )


def _story_box(m: Link, column: LexborNode, chains: dict[int, list[LexborNode]]) -> LexborNode:
    """The largest box below ``column`` around ``m`` whose links all lead to one place."""
    box = m.node
    for up in chains[m.order]:
        if (
            up.mem_id == column.mem_id
            or len({a.attributes.get("href") for a in up.css("a[href]")}) > 1
        ):
            break
        box = up
    return box


def _picked_among(best: _Cluster, chains: dict[int, list[LexborNode]]) -> set[int]:
    """Orders of the list's links inside a story box labelled a pick and undated (Masonry's
    "Đừng bỏ lỡ" tile): found from the labels up, not from every link."""
    boxes: set[int] = set()
    for label in best.node.css(_PICK_LABELS):
        text = label.text(strip=True)
        if len(text) > _PICK_LABEL_CHARS or label.css_first("a") is not None:
            continue
        if not _HIGHLIGHT_TITLE.search(text):
            continue
        box = None
        for up in ancestors(label, 8):
            if up.mem_id == best.node.mem_id:
                break
            hrefs = {a.attributes.get("href") for a in up.css("a[href]")}
            if up.tag == "a":
                hrefs.add(up.attributes.get("href"))
            if len(hrefs) > 1:
                break
            if hrefs:
                box = up
        if box is not None and not _shows_a_date(box):
            boxes.add(box.mem_id)
    if not boxes:
        return set()
    return {
        m.order
        for m in best.links
        if m.node.mem_id in boxes or boxes.intersection(n.mem_id for n in chains[m.order])
    }


_PICK_LABELS = 'h2, h3, h4, h5, h6, p, span, [class*="title" i], [class*="label" i]'


def _pinned(box: LexborNode, listed: LexborNode, around: set[int], first_page: bool) -> bool:
    """A story above the list labelled a pick, pinned there on every page: unless page 1
    shows it as its newest story (dated as late as the newest listed), no item.
    ``around``: the list's ancestors (a box of picks is none of them)."""
    if not (_picked(box) or under_a_pick_heading(box, around)):
        return False
    if not first_page or _among_other_picks(box, listed):
        return True
    own = [d.iso[:10] for d in find_dates(clean_text(box.text(separator=" ")))]
    newest = [d.iso[:10] for d in find_dates(clean_text(listed.text(separator=" ")))]
    return not (own and newest and max(own) >= max(newest))


def _among_other_picks(box: LexborNode, listed: LexborNode) -> bool:
    """The story's box sits among other stories' boxes, in a box apart from the ``listed``
    one: a box of picks from the whole site ("Tiêu điểm" over four sections' stories above
    every page's list, sites131/s790), no top story of page 1."""
    parent = box.parent
    if parent is None or any(up.mem_id == parent.mem_id for up in ancestors(listed, _PICK_CLIMB)):
        return False  # (the box sits beside the list itself: page 1's top story, sites15/s94)
    own = {a.attributes.get("href") for a in box.css("a[href]")}
    others = {
        href
        for a in parent.css("a[href]")
        if (href := a.attributes.get("href")) not in own and headline_like(a.text(strip=True))
    }
    return len(others) >= 2


def under_a_pick_heading(node: LexborNode, around: set[int] | frozenset[int] = frozenset()) -> bool:
    """``node`` is in one of the stories of a box headed as a pick ("<h2>Tiêu điểm</h2>"
    over three cards, Drupal's attachment before the list; holdout278), below the boxes
    ``around`` (the list's own column: its heading names the section)."""
    for up in ancestors(node, _PICK_CLIMB):
        if up.mem_id in around:
            return False
        headings = [
            c
            for c in up.iter()
            if (
                c.tag in _PICK_HEADINGS
                or (c.tag == "div" and _HEADING_CLASS.search(c.attributes.get("class") or ""))
            )
            and c.css_first("a") is None  # (a story's linked headline names no box)
        ]
        for c in headings:
            text = c.text(strip=True)
            if len(text) <= _PICK_LABEL_CHARS and _HIGHLIGHT_TITLE.search(text):
                return True
        if any(c.tag in _PICK_HEADINGS for c in headings):
            return False  # (a box headed by a name of its own)
    return False


_PICK_HEADINGS = frozenset(("h2", "h3", "h4", "h5"))
_HEADING_CLASS = re.compile(r"(?i)heading|title")  # Bootstrap's "panel-heading"
_PICK_CLIMB = 8  # levels from a story's link up to its box of picks (a Kadence posts block)


_PICK_WORDS = (
    "nổi bật",
    "tiêu điểm",
    "xem nhiều",
    "đọc nhiều",
    "quan tâm",
    "hot",
    "featured",
    "bỏ lỡ",
)


def _names_a_pick(text: str) -> bool:
    """Words a pick's label uses somewhere in ``text`` (a cheap test before the boxes')."""
    low = text.lower()
    return any(word in low for word in _PICK_WORDS)


def _picked(box: LexborNode) -> bool:
    """A story's box labelled a pick: an unlinked short label in it naming highlights
    ("Tiêu điểm", AEM's teaser pretitle over a story pinned above the list on every page)."""
    return any(
        node.css_first("a") is None
        and len(text := node.text(strip=True)) <= _PICK_LABEL_CHARS
        and _HIGHLIGHT_TITLE.search(text)
        for node in box.css('h2, h3, h4, h5, h6, p, span, [class*="title" i]')
    )


_PICK_LABEL_CHARS = 30


_TITLE_ELEMENTS = 'h2, h3, h4, h5, h6, [class*="title" i], [class*="heading" i]'  # a box's title


def _titled(box: LexborNode, allow: re.Pattern[str] | None = None) -> bool:
    """A box with a title of its own ("Tin nổi bật"), as other lists have: an unlinked
    heading or title element (other than one ``allow`` matches)."""
    for node in box.css(_TITLE_ELEMENTS):
        if (
            node.css_first("a") is None
            and not inside_link(node)
            and node.text(strip=True)
            and not (allow and allow.fullmatch(clean_text(node.text(separator=" "))))
        ):
            return True
    return False


# "Các tin khác", "Tin khác", "Các bài viết khác": more of the same list
# ("Tin đã đưa" under a front page's cards: the stories published before them)
_MORE_OF_THE_LIST = re.compile(r"(?i)(?:các\s+)?(?:tin|bài(?:\s+viết)?)\s+(?:khác|đã\s+đưa)\s*:?")


SECTION_WORDS = 5  # "Quốc phòng - An ninh", "Văn hóa - Thể thao": a menu entry, no headline


AD_PATH = re.compile(r"/(?:quang-?cao|qc|tai-?tro|sponsored|advertis\w*|ads?)/", re.IGNORECASE)
_SOURCE_BEFORE = re.compile(r"(?i)(?:nguồn(?:\s+tin)?|theo|source)\s*[:：]\s*$")


def credits_a_source(node: LexborNode) -> bool:
    """The link follows a "Nguồn:" label: the original of an item, not an item."""
    before = node.prev
    return before is not None and bool(_SOURCE_BEFORE.search(before.text(deep=True)[-40:]))
