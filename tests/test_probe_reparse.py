"""`govnews probe` (what would be extracted, and why) and `govnews reparse` (no network)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from cli import app
from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.replica import Portal, PortalServer

FIX = Path(__file__).parent / "fixtures"
SEED = FIX / "ward_seed_article.html"


def test_probe_text_shows_fields_profile_and_evidence() -> None:
    result = CliRunner().invoke(app, ["probe", str(SEED)])
    assert result.exit_code == 0
    out = result.stdout
    assert "profile:      aspnet-ward" in out and "markup contains '__VIEWSTATE'" in out
    assert "views:        198" in out and "Lượt xem: 198" in out
    assert "author:       Trần Ngọc Thanh - CT. UBMTTQVN phường" in out
    assert "published_at: 2022-06-17" in out


def test_probe_json_many_files_one_object_each() -> None:
    files = sorted(str(p) for p in (FIX / "corpus" / "wordpress").glob("*.html"))[:4] + [str(SEED)]
    result = CliRunner().invoke(app, ["probe", *files, "--format", "json", "--profile", "generic"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == files
    assert all(r["profile"] == "generic" for r in records)
    assert set(records[0]) >= {
        "file",
        "profile",
        "title",
        "published_at",
        "author",
        "body",
        "views",
    }
    assert records[-1]["views"] == 198


def test_probe_listing_mode_and_errors() -> None:
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "probe",
            "--listing",
            str(FIX / "ward_listing_page2.html"),
            "--format",
            "json",
            "--base-url",
            "http://cuadai.hoian.gov.vn/Default.aspx?tabid=73&page=2",
        ],
    )
    assert result.exit_code == 0 and len(json.loads(result.stdout)["articles"]) == 10
    assert json.loads(result.stdout)["forward"] is None
    assert json.loads(result.stdout)["script_pager"] is None
    missing = runner.invoke(app, ["probe", "nope.html"])
    assert missing.exit_code == 2 and "nope.html: no such file" in missing.stderr
    bad = runner.invoke(app, ["probe", str(SEED), "--profile", "drupalx"])
    assert bad.exit_code == 2 and "unknown profile 'drupalx'" in bad.stderr


def test_reparse_rebuilds_articles_from_raw_pages(tmp_path: Path) -> None:
    db = tmp_path / "re.db"
    portal = Portal(articles=20, per_page=10)
    with PortalServer(portal) as server:
        run_crawl(
            db, [Site.from_url(server.listing_url())], CrawlOptions(delay=0), handle_signals=False
        )
    con = sqlite3.connect(db)
    before = con.execute(
        "SELECT url, title, body, author, views FROM articles ORDER BY url"
    ).fetchall()
    # simulate an older extractor: damage the records, keep the raw pages
    con.execute("UPDATE articles SET title = 'sai', body = NULL, author = NULL")
    con.commit()
    con.close()
    result = CliRunner().invoke(app, ["reparse", "--db", str(db)])  # server is gone: no network
    assert result.exit_code == 0, result.stderr
    assert "reparsed 20 pages: 20 articles changed" in result.stdout
    con = sqlite3.connect(db)
    after = con.execute(
        "SELECT url, title, body, author, views FROM articles ORDER BY url"
    ).fetchall()
    assert after == before
    again = CliRunner().invoke(app, ["reparse", "--db", str(db)])
    assert "0 articles changed, 20 unchanged" in again.stdout


def test_reparse_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["reparse", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert (
        result.stderr.strip() == f"govnews: error: database {tmp_path / 'none.db'} does not exist"
    )


def test_probe_listing_names_where_an_entry_page_forwards(tmp_path: Path) -> None:
    entry = tmp_path / "index.html"
    entry.write_text(
        '<html><head><meta http-equiv="refresh" content="0;url=/portal/tin-tuc.aspx">'
        "</head><body>Đang chuyển trang…</body></html>",
        encoding="utf-8",
    )
    base = ["--base-url", "http://cuadai.hoian.gov.vn/index.html"]
    result = CliRunner().invoke(app, ["probe", "--listing", str(entry), *base])
    assert result.exit_code == 0, result.output
    assert (
        "0 article links, 0 other pages\n"
        "  forwards to http://cuadai.hoian.gov.vn/portal/tin-tuc.aspx (a crawl follows it)"
    ) in result.stdout
