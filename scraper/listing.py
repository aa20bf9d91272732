"""Listing pages: which article pages a listing links to, and where its other pages are.

Pure functions. Article links are found as the largest group of links that
share a URL shape and carry headline-like anchor text, restricted to the
container that holds most of them (so sidebars of "hot news" are left out);
pagination as numbered/next links whose URL has the listing's own shape or a
page parameter. Profiles may give selectors for both. The parts live in
:mod:`scraper.lists` (links, pager, items); this module puts them together.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .htmltext import parse
from .lists.items import (
    AD_PATH,
    SECTION_WORDS,
    article_links,
    credits_a_source,
    in_sidebar,
    navigation_menus,
    profile_rows_fallen_out,
    under_a_pick_heading,
)
from .lists.links import (
    MORE_LINK,
    Link,
    ancestor_ids,
    collect_links,
    listing_key,
    page_text,
    safe_canonical,
    url_shape,
)
from .lists.pager import (
    count_around_a_page_box,
    find_pager,
    labelled_page_count,
    marked_current,
    pages_another_block,
    script_pager,
    selected_in_a_script_pager,
    self_aliases,
    shown_number,
    without_other_pagers_positions,
)
from .models import ListingPage
from .postback import next_postback, shown_postback_number
from .profiles import Profile, detect_profile, get_profile
from .standin import REFUSAL_MAX_CHARS, forward_target, refusal_notice
from .urls import (
    archived_original,
    canonicalize,
    host_of,
    same_site,
)
from .vocab import (
    EMPTY_LIST_RE,
    PAGE_OF_RE,
    TOTAL_PAGES_RE,
    WORD_RE,
)

__all__ = ["listing_key", "parse_listing", "url_shape"]


# the copies carousels make of their first and last slides to loop (Slick, Swiper, Owl)
_CLONED_SLIDES = ".slick-cloned, .swiper-slide-duplicate, .owl-item.cloned"
# a carousel of stories (Swiper, Slick, Splide, Owl, Flickity, UIkit's slider): highlights
# the list repeats or stories of another section, never the paged list itself, which the
# pager follows
_CAROUSELS = (
    ".swiper, .swiper-container, .slick-slider, .splide, .owl-carousel, .flickity-enabled, "
    '[data-flickity-options], [data-flickity], [aria-roledescription="carousel"], [uk-slider]'
)


def _carousels_off_the_pager(tree: LexborHTMLParser, pager: LexborNode) -> set[int]:
    """Ids of the carousels that hold a link and not the pager."""
    around = ancestor_ids(pager)
    return {
        node.mem_id
        for node in tree.css(_CAROUSELS)
        if node.mem_id not in around and node.css_first("a[href]") is not None
    }


def parse_listing(
    html: str, url: str, profile: str | Profile | None = None, *, article_shape: str | None = None
) -> ListingPage:
    """Article links and pagination of a listing page.

    ``article_shape``: the URL shape of the articles on another page of the same
    listing (``ListingPage.article_shape``), which settles a page with one item.
    """
    tree = parse(html)
    if isinstance(profile, str):
        prof: Profile | None = get_profile(profile)
    elif profile is None:
        prof = detect_profile(tree, html, url).profile
    else:
        prof = profile
    base = tree.css_first("base[href]")
    url_base = canonicalize(base.attributes.get("href") or "", url) if base is not None else url
    page = ListingPage(url=url)
    all_links = collect_links(tree, url_base)
    pager_sel = prof.listing.get("pagination", ()) if prof else ()
    # a cache's copy whose <base href> sends its links to the original: paged as the original
    orig = archived_original(url) if base is not None else None
    # (in the links' own spelling: a replay's "…/https://host/…" reads "…/https:/host/…")
    paged_as = orig if orig and same_site(url_base, host_of(orig)) else safe_canonical(url)
    page.page_urls, pager_links = find_pager(all_links, paged_as, page.page_numbers)
    own_key = listing_key(paged_as)
    for sel in (*pager_sel, *(prof.listing.get("next", ()) if prof else ())):
        for link in collect_links(tree, url_base, (sel,)):
            if (
                link.url not in page.page_urls
                and listing_key(link.url) != own_key
                and not marked_current(link.node)
                # (the profile's pager markup is every block's: a second Query Loop's too)
                and not pages_another_block(link.url, page.page_urls)
            ):
                page.page_urls.append(link.url)
                pager_links.append(link)
    kept = without_other_pagers_positions(pager_links)
    # a side box's own pager (Webflow's second collection list, "?9b0d4e71_page=2") beside
    # the list's: the list's pages only (asked once per pager box, not per link)
    boxes: dict[int, bool] = {}
    for link in kept:
        if (key := _pager_box(link.node)) not in boxes:
            boxes[key] = in_sidebar(link.node)
    if len(set(boxes.values())) > 1:
        kept = [link for link in kept if not boxes[_pager_box(link.node)]]
    elif boxes and all(boxes.values()) and all(MORE_LINK.match(link.text) for link in kept):
        kept = []  # a side box's own "Xem thêm »", the only "pager" of a last page (holdout332)
    if len(kept) < len(pager_links):  # Drupal's second pager's positions ("?page=1,0")
        dropped = {link.url for link in pager_links} - {link.url for link in kept}
        page.page_urls = [u for u in page.page_urls if u not in dropped]
        pager_links = kept
    shown: list[int | None] = []  # the number the pager shows for this page, read once

    def current_number() -> int | None:
        if not shown:
            shown.append(shown_number(pager_links, own_key, url))
        return shown[0]

    # this page, the pages it links to, and their directory-index twins
    pager_urls = {link.url for link in pager_links} | {url}  # each once: a pager repeats them
    exclude = {alias for u in pager_urls for alias in self_aliases(u)}
    item_sel = prof.listing.get("items", ()) if prof else ()
    if item_sel:
        items = [
            link for link in collect_links(tree, url_base, item_sel) if link.url not in exclude
        ]
        # The profile's item markup may match a sidebar's list too (a second Drupal view);
        # matching only a sidebar's, it missed the page's own list (Drupal 7's node teasers
        # of a term page): the list is read as on any page
        items = [link for link in items if not in_sidebar(link.node)]
        # (or a box of picks above the list, in the list's markup: "Tiêu điểm" on every page)
        items = [link for link in items if not under_a_pick_heading(link.node)] or items
        page.article_urls = list(dict.fromkeys(link.url for link in items))
        if page.article_urls and pager_links:
            page.article_urls += profile_rows_fallen_out(items, all_links, pager_links)
    if not page.article_urls:
        # Menus never hold the list (a mega menu of 30 departments looks like one); kept
        # only when nothing else is left.
        menus = navigation_menus(tree)
        in_menu = [bool(menus & ancestor_ids(link.node)) for link in all_links]
        listed = [link for link, m in zip(all_links, in_menu, strict=True) if not m] or all_links
        # "Nguồn: <a>Cổng TTĐT tỉnh</a>" under an item credits where it was first published;
        # an ad card (/quang-cao/…) or a closed quick-view <dialog> is no item either
        closed = {n.mem_id for n in tree.css("dialog:not([open])")}
        # (a carousel's cloned slides repeat its first and last stories out of their order)
        closed |= {n.mem_id for n in tree.css(_CLONED_SLIDES)}
        if pager_links:
            closed |= _carousels_off_the_pager(tree, pager_links[0].node)
        listed = [
            link
            for link in listed
            if not credits_a_source(link.node)
            and not AD_PATH.search(urlsplit(link.url).path)
            and not (closed and closed & ancestor_ids(link.node))
        ]
        # A menu's short entries are sections: a list item's category label ("Du lịch")
        # may share the articles' URL shape (/tin-tuc/du-lich beside /tin-tuc/ten-bai).
        # (A mega menu's stories have headlines: they may be the list's too.)
        # A picture link has no words: the menu's story beside it names what it is.
        menu_links = [link for link, m in zip(all_links, in_menu, strict=True) if m]
        words = [len(WORD_RE.findall(link.text)) for link in menu_links]
        stories = {link.url for link, n in zip(menu_links, words, strict=True) if n > SECTION_WORDS}
        sections = {
            link.url
            for link, n in zip(menu_links, words, strict=True)
            if n <= SECTION_WORDS and link.url not in stories
        }
        page.article_urls, page.article_shape = article_links(
            listed,
            exclude | set(page.page_urls) | (sections if len(listed) < len(all_links) else set()),
            article_shape,
            pager_links[0].node if pager_links else None,
            url,
            first_page=current_number() == 1,
            pager_at=min((link.order for link in pager_links), default=None),
        )
    page.article_urls = _without_reposts(page.article_urls, all_links, host_of(paged_as))
    text = page_text(tree, html)
    if page.article_urls and EMPTY_LIST_RE.search(text):
        # "Không có dữ liệu" where the list should be (a page past the end): the links
        # left are a sidebar's, not this listing's
        chosen = set(page.article_urls)
        if all(in_sidebar(link.node) for link in all_links if link.url in chosen):
            page.article_urls = []
    # "Trang 2 / 9" (a page number never above the count)
    counts = list(PAGE_OF_RE.finditer(text))
    m = next((m for m in counts if int(m["cur"]) <= int(m["total"])), None)
    if m is None and counts and not page.article_urls:
        m = counts[0]  # a page past the end says where it is: "Trang 15/12"
    m = m or labelled_page_count(pager_links) or count_around_a_page_box(tree)
    if m:
        page.current_page, page.total_pages = int(m.group("cur")), int(m.group("total"))
    else:
        page.current_page = current_number()
        if page.current_page is None and (pager_links or "__doPostBack" in html):
            # (the number a postback pager shows unlinked; also beside real links)
            page.current_page = shown_postback_number(tree)
        if page.current_page is None and not pager_links and page.article_urls:
            page.current_page = selected_in_a_script_pager(tree)
        total = TOTAL_PAGES_RE.search(text)
        if total and (page.current_page or 1) <= int(total["total"]):
            page.total_pages = int(total["total"])
    if not page.page_urls:
        page.postback = next_postback(tree, url, page.current_page, page.total_pages)
    if page.article_urls and not page.page_urls and page.postback is None:
        page.script_pager = script_pager(tree, page)
    if not page.article_urls and not page.page_urls:
        page.forward = forward_target(tree, url_base)
        if len(text) < REFUSAL_MAX_CHARS:
            title = tree.css_first("title")
            lines = tree.body.text(separator="\n").split("\n") if tree.body is not None else []
            page.refused = refusal_notice(tree, title.text() if title is not None else "", lines)
    return page


def _without_reposts(urls: list[str], links: list[Link], host: str) -> list[str]:
    """A ward's or a department's list keeps out the stories it opens in a new window on
    the province portal whose subdomain it is (reposts: "↗ Nguồn: Cổng TTĐT tỉnh");
    stories on its own host's twins or sister hosts (a mobile copy, a CDN's copies of
    its old site) stay."""
    own = host.removeprefix("www.")
    parent = {u for u in urls if own.endswith("." + host_of(u).removeprefix("www."))}
    if not parent or len(parent) == len(urls):
        return urls
    in_place = {link.url for link in links if link.node.attributes.get("target") != "_blank"}
    return [u for u in urls if u not in parent or u in in_place]


def _pager_box(node: LexborNode) -> int:
    """The id of the box two levels above a pager link (``ul`` above ``li > a``), which
    all its links share."""
    up = node.parent.parent if node.parent is not None else None
    return (up or node).mem_id
