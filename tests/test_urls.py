"""Canonical URLs: the identity of articles, so one page never gets two rows."""

import pytest

from scraper.listing import listing_key
from scraper.urls import archived_original, canonicalize, host_of, is_http_url, unwrap_redirect

BASE = "http://cuadai.hoian.gov.vn/Default.aspx?tabid=73"


@pytest.mark.parametrize(
    "variant",
    [
        "/Default.aspx?tabid=73&ItemID=4101",
        "/Default.aspx?ItemID=4101&tabid=73",
        "/Default.aspx?tabid=73&ItemID=4101#binh-luan",
        "/Default.aspx?tabid=73&ItemID=4101&utm_source=facebook&utm_medium=social",
        "http://CuaDai.HoiAn.gov.vn:80/Default.aspx?tabid=73&ItemID=4101&fbclid=abc",
        "/Default.aspx?tabid=73&ItemID=4101&sid=9f8e7d6c5b4a39281706f5e4d3c2b1a0",  # session
    ],
)
def test_same_article_same_canonical_url(variant: str) -> None:
    assert (
        canonicalize(variant, BASE)
        == "http://cuadai.hoian.gov.vn/Default.aspx?ItemID=4101&tabid=73"
    )


def test_different_articles_stay_different() -> None:
    a = canonicalize("/Default.aspx?tabid=73&ItemID=1", BASE)
    b = canonicalize("/Default.aspx?tabid=73&ItemID=2", BASE)
    assert a != b


def test_a_numeric_sid_is_an_article_id_not_a_session() -> None:
    """PHP-Nuke: modules.php?name=News&op=viewst&sid=123 names story 123."""
    a = canonicalize("/modules.php?name=News&op=viewst&sid=123", BASE)
    b = canonicalize("/modules.php?name=News&op=viewst&sid=124", BASE)
    assert a != b and a.endswith("sid=123")


def test_vietnamese_path_is_percent_encoded_once() -> None:
    once = canonicalize("http://x.gov.vn/tin tức/bài-1.html")
    assert once == canonicalize(once)
    assert " " not in once


def test_listing_key_keeps_page_numbers_apart() -> None:
    # page=1 is the second page on zero-based portals (Drupal): never fold it away
    assert listing_key(BASE + "&page=1") != listing_key(BASE)
    assert listing_key(BASE + "&page=2#top") == listing_key(
        canonicalize("/Default.aspx?page=2&tabid=73", BASE)
    )


def test_host_and_scheme_checks() -> None:
    assert host_of("HTTP://WWW.Example.GOV.VN./x") == "www.example.gov.vn"
    assert is_http_url("https://a.vn/")
    assert not is_http_url("ftp://a.vn/")
    assert not is_http_url("javascript:void(0)")


def test_a_portals_other_hosts_belong_to_it_and_nothing_else_does() -> None:
    """A listing on www.angiang.gov.vn lists articles on tintuc.angiang.gov.vn
    (holdout21/ten_mien_con): the crawl keeps them; another province, another site under
    .gov.vn or another IP address is not the portal's."""
    from scraper.urls import on_portal, organisation

    assert organisation("tintuc.angiang.gov.vn") == "angiang.gov.vn"
    assert organisation("www.example.com") == "example.com"
    hosts = {"www.angiang.gov.vn"}
    assert on_portal("tintuc.angiang.gov.vn", hosts)
    assert on_portal("angiang.gov.vn", hosts)
    assert not on_portal("dongthap.gov.vn", hosts)
    assert not on_portal("chinhphu.vn", hosts)
    assert not on_portal("10.0.0.1", {"127.0.0.1"})
    assert on_portal("127.0.0.1", {"127.0.0.1"})


def test_doubled_slashes_in_a_path_are_one() -> None:
    """ "/tin-tuc//hoat-dong-so/x.aspx" (sites7/s46): web servers read it as one slash."""
    from scraper.urls import canonicalize

    assert canonicalize("http://x.vn/tin-tuc//hoat-dong-so/x.aspx?ID=2") == canonicalize(
        "http://x.vn/tin-tuc/hoat-dong-so/x.aspx?ID=2"
    )
    assert canonicalize("http://x.vn/a///b") == "http://x.vn/a/b"


def test_a_click_counter_link_is_its_target() -> None:
    """Portals count a story's views with /Click.aspx?id=N&url=<story>: the story is the
    link's URL; a counter of an off-site banner goes off the site; other queries stay."""
    base = "https://haihau.namdinh.gov.vn"
    counter = f"{base}/Click.aspx?id=24410&url=%2ftin-tuc%2fchi-tiet%2fhop-bao-24410.aspx"
    assert unwrap_redirect(counter) == f"{base}/tin-tuc/chi-tiet/hop-bao-24410.aspx"
    banner = f"{base}/Click.aspx?id=QC3&url=https%3a%2f%2fdichvucong.gov.vn%2fp%2fhome"
    assert unwrap_redirect(banner) == "https://dichvucong.gov.vn/p/home"
    for script in ("/redirect.php", "/go", "/ClickCount.ashx", "/out/"):
        assert unwrap_redirect(f"{base}{script}?u=%2fa.html") == f"{base}/a.html"
    for kept in (
        f"{base}/tin-tuc.aspx?PageNo=2",
        f"{base}/share?url=javascript%3aalert(1)",  # no path, no http(s) URL: no target
        f"{base}/go?url=%2f%2fevil.example%2fx",  # protocol-relative: not followed blindly
        # a page reading its article by a path-like slug is no redirector
        f"{base}/Pages/Detail.aspx?url=%2ftin-tuc%2fhop-bao",
        # Liferay's "redirect=" names the page to go back to, not the link's target
        f"{base}/web/guest/-/asset_publisher/Xk3/content/hop-bao?redirect=%2fweb%2fguest%2ftin-tuc",
    ):
        assert unwrap_redirect(kept) == kept


def test_a_view_counter_named_in_vietnamese_is_a_redirector() -> None:
    """``/dem-luot-xem?url=%2F…&nguon=danh-sach`` ("count views", sites25/s152): the story
    it leads to is the link; a page reading articles by a "url" slug is left alone."""
    base = "http://127.0.0.1:8000"
    counter = f"{base}/dem-luot-xem?url=%2Ftin-tuc%2Fhop-bao-24410.html&nguon=danh-sach"
    assert unwrap_redirect(counter) == f"{base}/tin-tuc/hop-bao-24410.html"
    reader = f"{base}/chi-tiet?url=%2Ftin-tuc%2Fhop-bao-24410"
    assert unwrap_redirect(reader) == reader


def test_an_archives_copy_stands_for_its_original_and_a_broken_one_for_nothing() -> None:
    """``web.archive.org/web/<time>/<original>`` and ``archive.ph/o/<id>/<original>``
    (holdout53) give the original, with the slash a path folded put back; an original that
    is no URL ("http://[bad", a raw link) gives None rather than an error later."""
    wb = "https://web.archive.org/web/20250627083514/https:/dongphu.binhphuoc.gov.vn/a/"
    assert archived_original(wb) == "https://dongphu.binhphuoc.gov.vn/a/"
    ph = "https://archive.ph/o/hV2cL/https://syt.baclieu.gov.vn/tin-tuc/x-2390.html"
    assert archived_original(ph) == "https://syt.baclieu.gov.vn/tin-tuc/x-2390.html"
    assert archived_original("https://web.archive.org/web/20250101/http://[bad/x") is None
    assert archived_original("https://dongphu.binhphuoc.gov.vn/a/") is None


def test_a_google_cache_copy_stands_for_its_original() -> None:
    """``webcache.googleusercontent.com/search?q=cache:<key>:<original, encoded>&cd=…``
    (holdout84/google_cache) gives the original, decoded; a search or a broken original
    gives None."""
    cache = (
        "https://webcache.googleusercontent.com/search?q=cache:Lm2Rt7uYw1sJ:https://soxaydung."
        "thaibinh.gov.vn/wps/portal/tin-hoat-dong%3F1dmy%26current%3Dtrue%26page%3D3&cd=4&hl=vi"
    )
    assert archived_original(cache) == (
        "https://soxaydung.thaibinh.gov.vn/wps/portal/tin-hoat-dong?1dmy&current=true&page=3"
    )
    assert archived_original("https://webcache.googleusercontent.com/search?q=cua+dai") is None
    # a broken original in a raw link gives None, not an error later in host checks
    broken = "https://webcache.googleusercontent.com/search?q=cache:x:http://[bad/x&cd=1"
    assert archived_original(broken) is None


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("news.php?extend.851", "http://cuadai.hoian.gov.vn/news.php?extend.851"),
        ("a.php?b&a=1&c=", "http://cuadai.hoian.gov.vn/a.php?a=1&b&c="),
        ("index.php?tin-tuc/123", "http://cuadai.hoian.gov.vn/index.php?tin-tuc/123"),
    ],
)
def test_a_query_key_written_without_a_value_stays_so(written: str, canonical: str) -> None:
    """e107's "news.php?extend.851" and raw query strings: scripts that read the query
    themselves see no "=" there; a key written "c=" keeps its "="."""
    assert canonicalize(written, BASE) == canonical


def test_an_equals_sign_inside_a_query_value_is_kept_as_written() -> None:
    """An old PHP portal reads ";" as the query's separator too
    (``?mod=tintuc;cid=5;page=3``, holdout261/raw_amp): encoding the "=" inside the value
    ("cid%3D5") would ask the server for another page."""
    url = "https://eakao.daklak.gov.vn/index.php?mod=tintuc;cid=5;page=3"
    assert canonicalize(url) == url
    # (still one address for one page: the order of the fields does not matter)
    assert canonicalize("https://x.gov.vn/a?y=a=b&x=1") == "https://x.gov.vn/a?x=1&y=a=b"
