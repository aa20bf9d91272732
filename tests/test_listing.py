"""Listing pages: article links (deduplicated, sidebar excluded) and pagination."""

from pathlib import Path

from scraper.listing import listing_key, parse_listing, url_shape

FIX = Path(__file__).parent / "fixtures"
URL = "http://cuadai.hoian.gov.vn/Default.aspx?tabid=73&page=2"


def test_ward_listing_articles_in_order_without_duplicates_or_sidebar() -> None:
    page = parse_listing((FIX / "ward_listing_page2.html").read_text(encoding="utf-8"), URL)
    ids = [int(u.split("ItemID=")[1].split("&")[0]) for u in page.article_urls]
    assert ids == list(range(4110, 4100, -1))
    assert all("utm_" not in u and "#" not in u for u in page.article_urls)
    assert not any("ItemID=3990" in u for u in page.article_urls)  # "Tin xem nhiều" sidebar


def test_ward_listing_pagination_folds_page_one_and_finds_all_pages() -> None:
    page = parse_listing((FIX / "ward_listing_page2.html").read_text(encoding="utf-8"), URL)
    assert page.current_page == 2 and page.total_pages == 9
    keys = {listing_key(u) for u in page.page_urls}  # what the crawl queues
    assert "http://cuadai.hoian.gov.vn/Default.aspx?tabid=73" in keys  # "« Trang đầu"
    numbered = sorted(int(u.split("page=")[1].split("&")[0]) for u in keys if "page=" in u)
    assert numbered == [1, *range(3, 10)]
    assert len(keys) == len(page.page_urls) == 9
    assert listing_key(URL) not in keys  # never the page itself


def test_url_shape_groups_sibling_articles() -> None:
    a = url_shape("http://x.vn/Default.aspx?ItemID=1&tabid=73")
    b = url_shape("http://x.vn/Default.aspx?ItemID=22&tabid=73")
    c = url_shape("http://x.vn/Default.aspx?page=2&tabid=73")
    assert a == b != c
    assert url_shape("http://x.vn/tin-tuc/phuong-a-to-chuc-hoi-nghi-123.html") == url_shape(
        "http://x.vn/tin-tuc/ubnd-trien-khai-ke-hoach-9.html"
    )
