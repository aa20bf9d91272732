"""Tests for the bundled replica portal: determinism, ground truth vs pages, mutations, server."""

from __future__ import annotations

import re
import socket
import time
import tracemalloc
import unicodedata
from datetime import date
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest
from selectolax.lexbor import LexborHTMLParser

from scraper.errors import UsageError
from scraper.replica import Faults, Portal, PortalServer, Response, make_portals
from scraper.replica.server import serve_in_subprocess

SEED_TITLE = (
    "Mặt trận Cửa Đại tổ chức Tọa đàm bàn giải pháp nâng cao chất lượng, hiệu quả hoạt động "
    "Ban công tác Mặt trận khu dân cư"
)
SEED_FILE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "ward-article-page.txt"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")


def page(portal: Portal, path: str) -> bytes:
    """Render a portal path the way the server would."""
    local, _, query = path[len(portal.prefix) :].partition("?")
    res = portal.render(portal.resolve(local, query), local)
    assert res.status == 200, (path, res.status)
    return res.body


def visible_text(html: bytes, encoding: str = "utf-8") -> str:
    tree = LexborHTMLParser(unicodedata.normalize("NFC", html.decode(encoding)))
    return " ".join(tree.body.text(separator=" ").split())


def links(html: bytes, base: str) -> list[str]:
    tree = LexborHTMLParser(html.decode("utf-8"))
    hrefs = [a.attributes.get("href") or "" for a in tree.css("a")]
    return [urljoin(base, h) for h in hrefs if not h.startswith("javascript:")]


def content_paragraphs(html: bytes, encoding: str = "utf-8") -> list[str]:
    """Paragraphs of the lead and body area, by the ground-truth conventions."""
    tree = LexborHTMLParser(unicodedata.normalize("NFC", html.decode(encoding)))

    def clean(node) -> str:
        return " ".join(node.text(separator=" ").split())

    out = [clean(tree.css_first("span.NewsSummary"))]
    for node in tree.css_first("div.NewsContent").iter():
        if node.tag == "table":
            rows = [" | ".join(clean(td) for td in tr.css("td")) for tr in node.css("tr")]
            out.extend(r for r in rows if r.strip(" |"))
        else:
            out.append(clean(node))
    return [p for p in out if p]


@pytest.fixture(scope="module")
def portal() -> Portal:
    return Portal()


@pytest.fixture(scope="module")
def truth(portal: Portal) -> list[dict]:
    return list(portal.ground_truth())


# --- model ---------------------------------------------------------------------------------


def test_same_arguments_give_same_bytes() -> None:
    a, b = Portal(articles=40, seed=3), Portal(articles=40, seed=3)
    for path in (a.listing_url, a.page_path(2), a.paths()[7], a.paths()[-1]):
        assert page(a, path) == page(b, path)
    assert list(a.ground_truth()) == list(b.ground_truth())
    other = Portal(articles=40, seed=4)
    assert [g["title"] for g in other.ground_truth()] != [g["title"] for g in a.ground_truth()]


def test_seed_article_is_present_with_its_exact_fields(portal: Portal, truth: list[dict]) -> None:
    seed = next(g for g in truth if g["title"] == SEED_TITLE)
    assert seed["published_at"] == "2022-06-17"
    assert seed["author"] == "Trần Ngọc Thanh - CT. UBMTTQVN phường"
    assert seed["views"] == 198
    paras = seed["body"].split("\n\n")
    assert len(paras) == 4
    assert paras[0].startswith("Sáng ngày 17/6/2022, Ban Thường trực Ủy ban MTTQ Việt Nam")
    assert paras[1].startswith("Trong những năm qua, Ủy ban MTTQ phường Cửa Đại")
    assert "giai đoạn phục hồi và phát triển" in paras[1]  # the double space is collapsed
    assert paras[3].endswith(
        "“ Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
    )
    html = page(portal, seed["path"])
    text = visible_text(html)
    assert f"{SEED_TITLE} (17/06/2022)" in text
    assert "Lượt xem: 198 Bản in Quay lại" in text
    assert "Tin đã đưa" in text and "Trang 1 / 9" in text and "Xem theo ngày :" in text
    if SEED_FILE.exists():  # the real page text, when the shared seed is beside the repo
        lines = SEED_FILE.read_text("utf-8").split("\n")
        expected = [" ".join(lines[n].split()) for n in (2, 6, 8, 10)]
        assert paras == expected


def test_seed_article_can_be_left_out() -> None:
    titles = [g["title"] for g in Portal(articles=30, include_seed_article=False).ground_truth()]
    assert SEED_TITLE not in titles and len(titles) == 30


def test_ground_truth_shape(truth: list[dict]) -> None:
    assert len(truth) == 90
    assert len({g["path"] for g in truth}) == 90
    for g in truth:
        assert ISO.match(g["published_at"]), g["published_at"]
        for key in ("title", "body"):
            assert unicodedata.is_normalized("NFC", g[key])
            assert g[key] == g[key].strip() and "  " not in g[key]
        paras = g["body"].split("\n\n")
        assert all(p and p == " ".join(p.split()) for p in paras)
        assert "\n\n\n" not in g["body"]
        assert g["title"] not in paras
        assert not any(p.startswith("Lượt xem") for p in paras)
        assert g["views"] > 0


def test_dates_descend_with_shared_days_and_some_times(truth: list[dict]) -> None:
    stamps = [g["published_at"] for g in truth]
    days = [s[:10] for s in stamps]
    assert days == sorted(days, reverse=True)
    assert len(set(days)) < len(days)  # several articles on some days
    assert any("T" in s for s in stamps) and any("T" not in s for s in stamps)
    for a, b in zip(stamps, stamps[1:], strict=False):
        if a[:10] == b[:10] and "T" in a and "T" in b:
            assert a >= b


def test_authors_views_and_body_variety() -> None:
    big = Portal(articles=600, seed=1)
    truth = list(big.ground_truth())
    no_author = sum(g["author"] is None for g in truth) / len(truth)
    assert 0.04 < no_author < 0.18
    assert sum(" - " in (g["author"] or "") for g in truth) > len(truth) * 0.6
    assert any(g["views"] >= 1000 for g in truth) and any(g["views"] < 1000 for g in truth)
    counts = [g["body"].count("\n\n") + 1 for g in truth]
    assert min(counts) >= 3
    assert any(" | " in g["body"] for g in truth)  # table rows
    assert any(g["attachments"] for g in truth)
    assert len({g["title"] for g in truth}) > len(truth) * 0.7


def test_rendered_pages_agree_with_ground_truth(portal: Portal, truth: list[dict]) -> None:
    for g in truth:
        html = page(portal, g["path"])
        text = visible_text(html)
        day = date.fromisoformat(g["published_at"][:10]).strftime("%d/%m/%Y")
        assert g["title"] in text
        assert f"({day}" in text
        assert f"Lượt xem: {g['views']:,}".replace(",", ".") in text
        if g["author"]:
            assert g["author"] in text
        assert content_paragraphs(html) == g["body"].split("\n\n"), g["path"]
        for att in g["attachments"]:
            assert any(
                att in link.replace(" ", "%20") for link in links(html, "http://x" + g["path"])
            )


def test_thousands_are_rendered_with_dots() -> None:
    p = Portal(articles=60, seed=2)
    g = next(g for g in p.ground_truth() if g["views"] >= 1000)
    text = visible_text(page(p, g["path"]))
    assert f"Lượt xem: {g['views'] // 1000}.{g['views'] % 1000:03d}" in text


def test_pagination_covers_every_article_exactly_once() -> None:
    p = Portal(articles=47, per_page=10, seed=5)
    assert p.page_count == 5
    seen: list[int] = []
    for n in range(1, p.page_count + 1):
        html = page(p, p.page_path(n))
        assert f"Trang {n} / 5" in visible_text(html)
        tree = LexborHTMLParser(html.decode("utf-8"))
        titles = [a.attributes["href"] for a in tree.css("a.NewsTitle")]
        seen.extend(p.index_of(urljoin("http://x/", h)) for h in titles)
        hrefs = links(html, "http://x" + p.page_path(n))
        if n < p.page_count:
            assert "http://x" + p.page_path(n + 1) in hrefs  # numbered/next links
        if n > 1:
            assert "http://x/Default.aspx?tabid=73&page=1" in hrefs  # page 1, other spelling
    assert sorted(seen) == list(range(47))
    assert [p.article_path(i) for i in reversed(range(47))] == p.paths()


def test_same_article_is_linked_under_several_spellings() -> None:
    p = Portal(articles=200, seed=7)
    html = b"".join(page(p, p.page_path(n)) for n in range(1, 6))
    hrefs = links(html, "http://x" + p.listing_url)
    variants = [h for h in hrefs if "ItemID" in h and h.removeprefix("http://x") not in p.paths()]
    assert any("utm_source=" in h for h in variants)
    assert any("#" in h for h in variants)
    assert any(h.index("ItemID") < h.index("tabid") for h in variants)
    for h in variants:
        assert p.index_of(h) is not None
    # Every spelling serves the canonical page.
    variant = next(h for h in variants if "utm_source" in h)
    i = p.index_of(variant)
    assert page(p, variant.removeprefix("http://x").split("#")[0]) == page(p, p.article_path(i))


def test_pages_are_padded_to_the_requested_size() -> None:
    p = Portal(articles=30, page_size_kb=(30, 60))
    for path in (p.listing_url, p.page_path(2), *p.paths()[:5]):
        assert 30 * 1024 <= len(page(p, path)) <= 60 * 1024
    natural = Portal(articles=30)
    assert len(page(natural, natural.listing_url)) < 30 * 1024


def test_pages_look_like_the_aspnet_portal(portal: Portal) -> None:
    html = page(portal, portal.paths()[3]).decode("utf-8")
    assert "<title>" in html and "Cổng thông tin điện tử phường Cửa Đại - " in html
    assert 'id="aspnetForm"' in html and 'name="__VIEWSTATE"' in html and "ctl00_" in html
    text = visible_text(html.encode())
    for label in (
        "Giới thiệu",
        "Hoạt động cơ sở",
        "Văn bản mới ban hành",
        "Website các phòng ban - xã phường",
    ):
        assert label in text
    assert "Portal Quảng Nam" in html and "Portal Hội An" in html
    assert "Lượt truy cập" in text


def test_mutations_add_edit_and_bump() -> None:
    p = Portal(articles=25, per_page=10, seed=9)
    before = p.paths()
    newest_before = p.article(24)["published_at"][:10]
    added = p.add_articles(3)
    assert len(p) == 28 and p.page_count == 3
    assert p.paths()[:3] == added and p.paths()[3:] == before
    assert all(p.article(p.index_of(a))["published_at"][:10] >= newest_before for a in added)
    listing = visible_text(page(p, p.listing_url))
    assert p.article(27)["title"] in listing

    path = p.edit_article(
        before[4], title="Phường tổ chức  hội nghị mới", body="Đoạn mở đầu.\n\nĐoạn   thứ hai."
    )
    g = p.article(p.index_of(path))
    assert g["title"] == "Phường tổ chức hội nghị mới"
    assert g["body"] == "Đoạn mở đầu.\n\nĐoạn thứ hai."
    text = visible_text(page(p, path))
    assert "Phường tổ chức hội nghị mới" in text and "Đoạn thứ hai." in text
    assert "Phường tổ chức hội nghị mới" in visible_text(page(p, p.page_path(1)))

    views = [g["views"] for g in p.ground_truth()]
    version = p.version
    p.bump_views(5)
    assert [g["views"] for g in p.ground_truth()] == [v + 5 for v in views]
    assert p.version > version
    with pytest.raises(UsageError):
        p.edit_article("/Default.aspx?tabid=73&ItemID=1", title="x")


def test_bad_arguments_raise_usage_errors() -> None:
    with pytest.raises(UsageError):
        Portal(per_page=0)
    with pytest.raises(UsageError):
        Portal(page_size_kb=(60, 30))
    with pytest.raises(UsageError):
        Portal(encoding="latin-1")


def test_large_portal_is_lazy() -> None:
    tracemalloc.start()
    started = time.perf_counter()
    p = Portal(articles=100_000, per_page=20)
    first = page(p, p.listing_url)
    last = page(p, p.page_path(p.page_count))
    oldest = p.article(0)
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert time.perf_counter() - started < 5
    assert p.page_count == 5000 and first != last
    assert oldest["published_at"] < p.article(99_999)["published_at"]
    assert size < 15 * 1024 * 1024


# --- server ------------------------------------------------------------------------------


def test_server_serves_over_loopback_with_keep_alive(portal: Portal, truth: list[dict]) -> None:
    with PortalServer(portal) as srv, httpx.Client() as client:
        assert srv.base_url.startswith("http://127.0.0.1:")
        r = client.get(srv.listing_url())
        assert r.status_code == 200
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        assert r.http_version == "HTTP/1.1"
        for g in truth[:5]:
            r = client.get(srv.url(g["path"]))
            assert r.status_code == 200 and g["title"] in visible_text(r.content)
        assert client.head(srv.url(truth[0]["path"])).headers["content-length"] == str(
            len(client.get(srv.url(truth[0]["path"])).content)
        )
        assert client.get(srv.url("/khong-co.aspx")).status_code == 404
        assert client.get(srv.url("/Default.aspx?tabid=73&ItemID=7")).status_code == 404
        robots = client.get(srv.url("/robots.txt"))
        assert robots.status_code == 200 and "User-agent: *" in robots.text
        log = srv.requests
        assert srv.request_count == len(log) == 11
        assert len({entry[3] for entry in log}) == 1  # one connection reused
        assert log[0][1] == "GET" and log[0][2] == portal.listing_url
        assert log[0][4]["host"] == srv.base_url.removeprefix("http://")
        assert all(a[0] <= b[0] for a, b in zip(log, log[1:], strict=False))
        srv.reset_log()
        assert srv.request_count == 0 and srv.requests == []


def read_response(stream) -> tuple[int, dict[str, str], bytes]:
    status = int(stream.readline().split()[1])
    headers = {}
    while (line := stream.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, stream.read(int(headers["content-length"]))


def test_pipelined_requests_are_answered_in_order(portal: Portal) -> None:
    with PortalServer(portal) as srv, socket.create_connection((srv.host, srv.port)) as sock:
        sock.settimeout(10)
        req = "GET {} HTTP/1.1\r\nHost: x\r\n\r\n"
        sock.sendall(
            (
                req.format("/robots.txt") + req.format("/nope") + req.format(portal.listing_url)
            ).encode()
        )
        stream = sock.makefile("rb")
        statuses = [read_response(stream)[0] for _ in range(3)]
        assert statuses == [200, 404, 200]
        sock.sendall(b"GET /robots.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        status, headers, _ = read_response(stream)
        assert status == 200 and headers["connection"] == "close"
        assert stream.read() == b""  # the server closed the connection


def test_attachments_images_and_redirects() -> None:
    p = Portal(articles=200, seed=11)
    attachments = [a for g in p.ground_truth() for a in g["attachments"]]
    assert any("%20" in a for a in attachments)  # some file names have spaces
    with PortalServer(p) as srv, httpx.Client() as client:
        for attachment in attachments:
            r = client.get(srv.url(attachment))
            assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
            assert r.content.startswith(b"%PDF-1.4") and r.content.rstrip().endswith(b"%%EOF")
        bogus = attachments[0].replace(".pdf", "x.pdf")
        assert client.get(srv.url(bogus)).status_code == 404
        r = client.get(srv.url("/Portals/0/News/Thumbs/2022/1234.jpg"))
        assert r.headers["content-type"] == "image/jpeg" and r.content[:2] == b"\xff\xd8"
        html = client.get(srv.listing_url()).content
        banner = next(h for h in links(html, srv.listing_url()) if "LinkClick.aspx" in h)
        r = client.get(banner)
        assert r.status_code == 302 and r.headers["location"].startswith("http://")


def test_two_portals_share_one_host() -> None:
    a = Portal(name="phuong-a", articles=15, robots_disallow=["/Portals/"])
    b = Portal(name="phuong-b", articles=12, seed=1)
    with PortalServer({"phuong-a": a, "phuong-b": b}) as srv, httpx.Client() as client:
        assert srv.listing_url("phuong-a") == srv.base_url + "/phuong-a/Default.aspx?tabid=73"
        assert srv.listing_url("phuong-b") == srv.base_url + "/phuong-b/Default.aspx?tabid=73"
        for portal, name in ((a, "phuong-a"), (b, "phuong-b")):
            truth = list(portal.ground_truth())
            assert all(g["path"].startswith(f"/{name}/") for g in truth)
            listing = client.get(srv.listing_url(name)).content
            article_links = {h for h in links(listing, srv.listing_url(name)) if "ItemID" in h}
            assert article_links and all(f"/{name}/" in h for h in article_links)
            r = client.get(srv.url(truth[0]["path"]))
            assert r.status_code == 200 and truth[0]["title"] in visible_text(r.content)
        assert client.get(srv.url("/phuong-c/Default.aspx?tabid=73")).status_code == 404
        robots = client.get(srv.url("/robots.txt")).text
        assert "Disallow: /phuong-a/Portals/" in robots


def test_make_portals_gives_distinct_named_portals() -> None:
    portals = make_portals(12, articles=5)
    assert len(portals) == 12 and len({p.name for p in portals.values()}) == 12
    assert len({next(p.ground_truth())["title"] for p in portals.values()}) > 6


def test_server_sees_mutations(portal: Portal) -> None:
    p = Portal(articles=20, seed=13)
    with PortalServer(p) as srv, httpx.Client() as client:
        path = p.paths()[0]
        first = client.get(srv.url(path)).text
        p.bump_views(1000)
        second = client.get(srv.url(path)).text
        assert first != second
        assert f"{p.article(19)['views']:,}".replace(",", ".") in second
        new = p.add_articles(1)[0]
        assert new in client.get(srv.listing_url()).text.replace("&amp;", "&")


def test_windows_1258_portal() -> None:
    p = Portal(articles=10, encoding="cp1258")
    g = next(p.ground_truth())
    with PortalServer(p) as srv, httpx.Client() as client:
        r = client.get(srv.url(g["path"]))
        assert r.headers["content-type"] == "text/html; charset=windows-1258"
        assert b"charset=windows-1258" in r.content[:600]
        with pytest.raises(UnicodeDecodeError):
            r.content.decode("utf-8")
        assert g["title"] in visible_text(r.content, "cp1258")
        assert content_paragraphs(r.content, "cp1258") == g["body"].split("\n\n")


def test_faults_and_handlers(portal: Portal) -> None:
    with (
        PortalServer(portal, faults=Faults(flaky=2, retry_after=1)) as srv,
        httpx.Client() as client,
    ):
        url = srv.listing_url()
        first, second, third = (client.get(url) for _ in range(3))
        assert first.status_code == second.status_code == 503
        assert first.headers["retry-after"] == "1"
        assert third.status_code == 200
        assert client.get(srv.url("/robots.txt")).status_code == 503  # counted per path

        srv.faults = Faults(slow=0.3, paths=("/robots.txt",))
        started = time.perf_counter()
        assert client.get(srv.url("/robots.txt")).status_code == 200
        assert time.perf_counter() - started >= 0.3
        started = time.perf_counter()
        client.get(url)
        assert time.perf_counter() - started < 0.3

        srv.set_handler(
            "/Default.aspx?tabid=73&page=", lambda req: Response(429, b"busy", {"Retry-After": "2"})
        )
        assert client.get(srv.url("/Default.aspx?tabid=73&page=2")).status_code == 429
        assert client.get(url).status_code == 200
        srv.set_handler("/Default.aspx?tabid=73&page=", lambda req: None)  # falls through
        assert client.get(srv.url("/Default.aspx?tabid=73&page=2")).status_code == 200
        srv.set_handler("/truncated", lambda req: Response(200, b"abc", {"Content-Length": "10"}))
        with pytest.raises(httpx.RemoteProtocolError):
            client.get(srv.url("/truncated"))


def test_latency_is_added_to_every_response(portal: Portal) -> None:
    with PortalServer(portal, latency=0.15) as srv, httpx.Client() as client:
        started = time.perf_counter()
        client.get(srv.url("/robots.txt"))
        client.get(srv.url("/robots.txt"))
        assert time.perf_counter() - started >= 0.3


def test_subprocess_server_serves_the_same_bytes() -> None:
    with serve_in_subprocess(20, portals=2) as served, httpx.Client() as client:
        assert len(served.listing_urls) == 2
        local = make_portals(2, articles=20)
        for (name, portal), url in zip(local.items(), served.listing_urls, strict=True):
            portal.mount("/" + name)
            assert url == served.base_url + portal.listing_url
            path = portal.paths()[2]
            assert client.get(served.base_url + path).content == page(portal, path)


def test_gzip_and_warm_cache() -> None:
    p = Portal(articles=30)
    with PortalServer(p, gzip=True) as srv, httpx.Client() as client:
        assert srv.warm() == 30 + p.page_count
        hits = srv.cache_stats["hits"]
        r = client.get(srv.url(p.paths()[1]))
        assert r.headers["content-encoding"] == "gzip"
        assert r.content == page(p, p.paths()[1])
        assert srv.cache_stats["hits"] == hits + 1


def test_every_link_and_resource_on_a_page_resolves() -> None:
    p = Portal(articles=40, seed=4)
    with PortalServer(p) as srv, httpx.Client() as client:
        for start in (srv.url("/"), srv.listing_url(), srv.url(p.paths()[5])):
            html = client.get(start).content
            tree = LexborHTMLParser(html.decode("utf-8"))
            refs = [a.attributes.get("href") or "" for a in tree.css("a, link")]
            refs += [n.attributes.get("src") or "" for n in tree.css("img, script[src]")]
            for ref in {urljoin(start, r) for r in refs if r and not r.startswith("javascript:")}:
                assert ref.startswith(srv.base_url)
                assert client.get(ref).status_code in (200, 302), ref
