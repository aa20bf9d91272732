"""ASP.NET postback pagers ("Trang 1 / 25  1 2 … 10 ...  Go To"): walked to the end, resumably.

The replica portal with ``pager="postback"`` pages its listing only through
``javascript:__doPostBack`` links, as the Cửa Đại ward portal does: page 2 has no
URL, it is the page's form posted back with the pager as event target.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from selectolax.lexbor import LexborHTMLParser

from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.listing import parse_listing
from scraper.postback import next_postback, parse_postback_key, postback_key, previous_key
from scraper.replica import Portal, PortalServer
from scraper.replica.pages import LIST_PAGER_TARGET
from scraper.replica.portal import Route

BASE = "http://127.0.0.1:8080/Default.aspx?tabid=73"


def _listing_html(portal: Portal, page: int) -> str:
    parts = urlsplit(portal.listing_url)
    route = portal.postback(
        portal.resolve(parts.path, parts.query),
        {"__EVENTTARGET": LIST_PAGER_TARGET, "__VIEWSTATE": "x", "__EVENTARGUMENT": str(page)},
    )
    return portal.render(route, portal.listing_url).body.decode("utf-8")


@pytest.fixture(scope="module")
def portal() -> Portal:
    return Portal(articles=250, per_page=10, pager="postback")


def test_the_next_page_is_the_form_posted_back_with_the_pager_as_event(portal: Portal) -> None:
    page = parse_listing(_listing_html(portal, 1), BASE)
    assert page.page_urls == [] and (page.current_page, page.total_pages) == (1, 25)
    step = page.postback
    assert step is not None and step.page_no == 2 and step.action == BASE
    fields = dict(step.fields)
    assert fields["__EVENTTARGET"] == LIST_PAGER_TARGET and fields["__EVENTARGUMENT"] == "2"
    assert len(fields["__VIEWSTATE"]) > 100 and fields["__EVENTVALIDATION"]
    # what a browser sends: text boxes (empty "Go To"), never a submit button
    assert fields["ctl00$ContentPane$ctl01$NewsList$txtGoto"] == ""
    assert "ctl00$ContentPane$ctl01$NewsList$btnGoto" not in fields
    assert len(page.article_urls) == 10


@pytest.mark.parametrize(
    ("shown", "argument"),
    [(9, "10"), (10, "11"), (11, "12"), (20, "21")],  # 10 and 20: the "..." after the numbers
)
def test_the_ellipsis_after_the_numbers_opens_the_next_block(
    portal: Portal, shown: int, argument: str
) -> None:
    html = _listing_html(portal, shown)
    step = next_postback(LexborHTMLParser(html), BASE, None, None)  # current read off the pager
    assert step is not None and step.page_no == shown + 1
    assert dict(step.fields)["__EVENTARGUMENT"] == argument


def test_the_last_page_has_no_next(portal: Portal) -> None:
    page = parse_listing(_listing_html(portal, 25), BASE)
    assert page.current_page == 25 and page.postback is None


def test_postback_keys_name_the_listing_and_the_page() -> None:
    key = postback_key(BASE, 3)
    assert key == BASE + "#postback-page=3"
    assert parse_postback_key(key) == (BASE, 3) and parse_postback_key(BASE) is None
    assert previous_key(key) == postback_key(BASE, 2)
    assert previous_key(postback_key(BASE, 2)) == BASE  # page 1 is the listing's own URL


def test_a_crawl_walks_a_postback_pager_to_the_end(tmp_path: Path) -> None:
    db = tmp_path / "pb.db"
    with PortalServer(Portal(articles=250, per_page=10, pager="postback")) as server:
        report = run_crawl(
            db, [Site.from_url(server.listing_url())], CrawlOptions(delay=0), handle_signals=False
        )
        posts = [target for _, method, target, _, _ in server.requests if method == "POST"]
    assert report.status == "ok" and report.counts.new == 250
    assert report.counts.listing_pages == 25 and len(posts) == 24
    con = sqlite3.connect(db)
    stored = [r[0] for r in con.execute("SELECT url FROM pages WHERE kind='listing' ORDER BY id")]
    assert stored[0] == server.listing_url() and stored[1] == postback_key(stored[0], 2)
    assert len(stored) == 25


def test_a_walk_stopped_midway_resumes_from_the_stored_page(tmp_path: Path) -> None:
    """The request for page 4 lived in memory; the next run reads it off stored page 3."""
    db = tmp_path / "resume.db"
    with PortalServer(Portal(articles=250, per_page=10, pager="postback")) as server:
        site = [Site.from_url(server.listing_url())]
        first = run_crawl(db, site, CrawlOptions(delay=0, max_pages=3), handle_signals=False)
        assert first.counts.new == 30
        con = sqlite3.connect(db)
        queued = con.execute(
            "SELECT url FROM frontier WHERE kind='listing' AND state='queued'"
        ).fetchall()
        assert queued == [(postback_key(server.listing_url(), 4),)]
        second = run_crawl(db, site, CrawlOptions(delay=0), handle_signals=False)
        gets = [t for _, m, t, _, _ in server.requests if m == "GET" and "ItemID" not in t]
    assert second.status == "ok" and second.counts.new == 220
    assert second.counts.listing_pages == 22  # pages 4..25, page 1..3 not fetched again
    assert gets.count("/Default.aspx?tabid=73") == 1  # page 1 only by the first run
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 250


class _IgnoresPostbacks(Portal):
    """A portal whose server answers every postback with page 1 (a broken or changed form)."""

    def postback(self, route: Route, form: dict[str, str]) -> Route:
        return route


def test_a_postback_the_server_ignores_is_a_recorded_failure_not_a_loop(tmp_path: Path) -> None:
    db = tmp_path / "ignored.db"
    with PortalServer(_IgnoresPostbacks(articles=50, per_page=10, pager="postback")) as server:
        report = run_crawl(
            db, [Site.from_url(server.listing_url())], CrawlOptions(delay=0), handle_signals=False
        )
    key = postback_key(server.listing_url(), 2)
    assert report.status == "partial" and report.counts.new == 10  # page 1's articles kept
    assert report.failures == [(key, "postback", f"{key}: posting the pager back showed page 1")]
    con = sqlite3.connect(db)
    assert con.execute("SELECT url, reason FROM failures").fetchall() == [(key, "postback")]
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 10


def test_postback_pages_keep_the_form_they_were_posted_with_and_export_as_posts(
    tmp_path: Path,
) -> None:
    from warcio.archiveiterator import ArchiveIterator

    from scraper.db import connect
    from scraper.export import export

    db_path = tmp_path / "warc.db"
    with PortalServer(Portal(articles=30, per_page=10, pager="postback")) as server:
        run_crawl(
            db_path,
            [Site.from_url(server.listing_url())],
            CrawlOptions(delay=0),
            handle_signals=False,
        )
        first = server.listing_url()
    con = sqlite3.connect(db_path)
    rows = dict(con.execute("SELECT url, request_body FROM pages WHERE kind='listing'"))
    assert rows[first] is None  # page 1: a plain GET
    form = dict(parse_qsl(rows[postback_key(first, 2)].decode("ascii")))
    assert form["__EVENTARGUMENT"] == "2" and form["__EVENTTARGET"] == LIST_PAGER_TARGET
    assert (
        con.execute("SELECT count(*) FROM pages WHERE request_body IS NOT NULL").fetchone()[0] == 2
    )

    export(connect(db_path), "warc", tmp_path / "out")
    posts = []
    with open(tmp_path / "out" / "govnews.warc.gz", "rb") as fh:
        for rec in ArchiveIterator(fh, check_digests=True):
            if rec.rec_type == "request" and rec.http_headers.protocol == "POST":
                posts.append(
                    (rec.rec_headers.get_header("WARC-Target-URI"), rec.content_stream().read())
                )
    assert len(posts) == 2
    assert {uri for uri, _ in posts} == {first}  # the form posts back to the listing URL
    assert sorted(dict(parse_qsl(body.decode()))["__EVENTARGUMENT"] for _, body in posts) == [
        "2",
        "3",
    ]


def test_an_archive_of_schema_1_gains_the_request_body_column(tmp_path: Path) -> None:
    from scraper.db import SCHEMA_VERSION, connect

    path = tmp_path / "v1.db"
    db = connect(path)
    db.conn.execute("ALTER TABLE pages DROP COLUMN request_body")  # as schema 1 made it
    db.conn.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
    db.conn.execute(
        "INSERT INTO pages (url, final_url, site, kind, status, headers, fetched_at, size,"
        " sha256, body) VALUES ('u', 'u', 's', 'listing', 200, '{}', 't', 0, 'x', x'')"
    )
    db.conn.close()
    db = connect(path)
    assert "request_body" in {c.name for c in db["pages"].columns}
    assert db.execute("SELECT url, request_body FROM pages").fetchall() == [("u", None)]
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (
        str(SCHEMA_VERSION),
    )


def test_a_queued_postback_page_without_its_stored_predecessor_is_a_recorded_failure(
    tmp_path: Path,
) -> None:
    """The form for page 3 lives in stored page 2; with that page gone, one clear failure."""
    db = tmp_path / "lost.db"
    with PortalServer(Portal(articles=50, per_page=10, pager="postback")) as server:
        site = [Site.from_url(server.listing_url())]
        run_crawl(db, site, CrawlOptions(delay=0, max_pages=2), handle_signals=False)
        page2, page3 = (postback_key(server.listing_url(), n) for n in (2, 3))
        con = sqlite3.connect(db)
        con.execute("DELETE FROM pages WHERE url = ?", (page2,))
        con.commit()
        again = run_crawl(db, site, CrawlOptions(delay=0), handle_signals=False)
    message = f"{page3}: the page before it is not in the archive, so no form to post"
    assert again.status == "partial" and again.failures == [(page3, "postback", message)]
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 20  # pages 1-2 kept
    assert con.execute("SELECT reason FROM failures WHERE url = ?", (page3,)).fetchone() == (
        "postback",
    )


def test_a_page_number_menu_in_the_form_is_posted_back_with_the_rest(portal: Portal) -> None:
    """A "Go To" dropdown of page numbers inside the form: reading "Trang [1 ▾] / 25" for
    the current page must leave the form whole, so the postback sends the dropdown too."""
    html = _listing_html(portal, 1)
    menu = (
        '<select name="ctl00$ddlTrang">'
        + "".join(f"<option{' selected' if k == 1 else ''}>{k}</option>" for k in range(1, 26))
        + "</select>"
    )
    html = html.replace("</form>", menu + "</form>", 1)
    step = parse_listing(html, BASE).postback
    assert step is not None and dict(step.fields)["ctl00$ddlTrang"] == "1"
