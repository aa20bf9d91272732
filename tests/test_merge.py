"""Merging per-site shards into one archive: idempotence, history, failures, bad shards.

Shards are made the way a cluster run makes them: ``crawl_site`` crawling replica
portals served on 127.0.0.1, then mutated (edits, view counts, a flaky article) and
crawled again, as a daily job would.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from scraper.crawl import CrawlOptions, Site, run_crawl
from scraper.db import connect
from scraper.distributed import crawl_site
from scraper.errors import LockedError, UsageError
from scraper.merge import WATERMARK_KEY, WATERMARK_MARGIN, MergeResult, merge_shards
from scraper.replica import Portal, PortalServer, Response
from scraper.runs import RunLock
from scraper.search import search
from scraper.urls import canonicalize

# Every article is fetched again on each run (the replica's dates are from 2022),
# so the second day records view snapshots and revisions.
REFRESH = CrawlOptions(delay=0.0, attempts=1, refresh_days=100_000)
TABLES = {
    "articles": "url",
    "pages": "url, fetched_at, sha256",
    "revisions": "url, replaced_at, content_hash",
    "view_snapshots": "article_id, fetched_at",
    "attachments": "article_url, url",
    "failures": "url",
}


def dump(db_path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_path)
    try:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY {k}").fetchall() for t, k in TABLES.items()
        }
    finally:
        conn.close()


def rows(db_path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def count_shard_rows(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A one-item counter of the rows merges read from shards from now on."""
    import scraper.merge as merge_module

    real = merge_module._rows
    counter = [0]

    def counting(src: sqlite3.Connection, sql: str, params: tuple = ()) -> Iterator[tuple]:
        for row in real(src, sql, params):
            counter[0] += 1
            yield row

    monkeypatch.setattr(merge_module, "_rows", counting)
    return counter


class Ward:
    """Two portals on one loopback server, one with an article that fails until healed."""

    def __init__(self) -> None:
        self.portals = {
            "cam-chau": Portal(articles=9, per_page=5, name="cam-chau", seed=3),
            "minh-an": Portal(articles=7, per_page=5, name="minh-an", seed=4),
        }
        self.server = PortalServer(self.portals)
        self.broken = True

    def __enter__(self) -> Ward:
        self.server.start()
        # The crawler asks for canonical URLs (sorted query), so the hook matches those.
        self.victim_url = canonicalize(self.server.url(self.portals["minh-an"].article_path(5)))
        victim = self.victim_url.removeprefix(self.server.base_url)

        def flaky(req: object) -> Response | None:
            return (
                Response(503, b"<html><body>Service Unavailable</body></html>")
                if self.broken
                else None
            )

        self.server.set_handler(victim, flaky)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.stop()

    def sites(self) -> list[Site]:
        return [Site(name=n, listing_urls=[self.server.listing_url(n)]) for n in self.portals]

    def article_urls(self) -> set[str]:
        return {
            canonicalize(self.server.url(p))
            for portal in self.portals.values()
            for p in portal.paths()
        }

    def crawl(self, shard_dir: Path) -> list[dict]:
        return [crawl_site(s, shard_dir, REFRESH) for s in self.sites()]


@pytest.fixture
def ward() -> Iterator[Ward]:
    with Ward() as w:
        yield w


@pytest.fixture(scope="module")
def day_one(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Ward, Path]]:
    """One crawl of the ward portals (one article failing), shared read-only."""
    with Ward() as w:
        shards = tmp_path_factory.mktemp("day-one") / "shards"
        w.crawl(shards)
        yield w, shards


@pytest.fixture
def shards(day_one: tuple[Ward, Path], tmp_path: Path) -> Path:
    """A private copy of the day-one shards."""
    return Path(shutil.copytree(day_one[1], tmp_path / "shards"))


def test_merge_is_idempotent_and_matches_the_shards(
    day_one: tuple[Ward, Path], shards: Path, tmp_path: Path
) -> None:
    ward, target = day_one[0], tmp_path / "archive.db"
    first = merge_shards(shards, target)
    assert isinstance(first, MergeResult)
    assert first.merged == 2 and first.skipped == {}
    shard_articles = sum(
        rows(p, "SELECT count(*) FROM articles")[0][0] for p in shards.glob("*.db")
    )
    assert first.articles == shard_articles == first.new
    after_first = dump(target)
    second = merge_shards(shards, target)
    assert second.merged == 2 and second.new == 0 and second.updated == 0
    assert dump(target) == after_first  # same rows, same ids, same contents

    # Every shard row made it across, under its natural key.
    for shard in shards.glob("*.db"):
        for url, title, body, views in rows(shard, "SELECT url, title, body, views FROM articles"):
            assert rows(target, "SELECT title, body, views FROM articles WHERE url=?", (url,)) == [
                (title, body, views)
            ]
        pages = rows(shard, "SELECT url, fetched_at, sha256, body FROM pages")
        for url, fetched_at, sha, body in pages:
            assert rows(
                target,
                "SELECT body FROM pages WHERE url=? AND fetched_at=? AND sha256=?",
                (url, fetched_at, sha),
            ) == [(body,)]
    # An article's page id points at its own raw page in the archive, not the shard's id.
    for url, page_url in rows(
        target, "SELECT a.url, p.url FROM articles a JOIN pages p ON p.id = a.page_id"
    ):
        assert page_url == url
    # The failing article is recorded as a failure of its site.
    assert rows(target, "SELECT site, reason FROM failures WHERE url=?", (ward.victim_url,)) == [
        ("minh-an", "http-503")
    ]
    merge_runs = rows(target, "SELECT status FROM runs WHERE command='merge'")
    assert merge_runs == [("ok",), ("ok",)]


def test_daily_merge_keeps_revisions_and_view_history_once(
    ward: Ward, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shards, target, full = tmp_path / "shards", tmp_path / "archive.db", tmp_path / "full.db"
    ward.crawl(shards)
    merge_shards(shards, target)
    merge_shards(shards, full)
    portal = ward.portals["cam-chau"]
    edited_url = canonicalize(ward.server.url(portal.article_path(7)))
    (old_title,) = rows(target, "SELECT title FROM articles WHERE url=?", (edited_url,))[0]

    # Day two: an article is edited, every view count grows, the broken article heals.
    portal.edit_article(7, title="Phường Cẩm Châu ra quân tổng vệ sinh môi trường")
    for p in ward.portals.values():
        p.bump_views(7)
    ward.broken = False
    time.sleep(1.0)  # snapshots are keyed by the second they were fetched in
    summaries = ward.crawl(shards)
    assert {s["site"]: s["status"] for s in summaries} == {"cam-chau": "ok", "minh-an": "ok"}
    # Make the target read only what day two wrote (its watermark normally keeps a
    # day's margin for clock skew); the other archive reads every row again.
    for shard in shards.glob("*.db"):
        day_two = datetime.fromisoformat(rows(shard, "SELECT max(started_at) FROM runs")[0][0])
        with sqlite3.connect(target) as conn:
            conn.execute(
                "UPDATE meta SET value=? WHERE key=?",
                ((day_two + WATERMARK_MARGIN).isoformat(), f"{WATERMARK_KEY}{shard.stem}"),
            )
    day_one_pages = rows(target, "SELECT count(*) FROM pages")[0][0]
    read = count_shard_rows(monkeypatch)
    result = merge_shards(shards, target)
    windowed, read[0] = read[0], 0
    assert result.skipped == {}
    assert result.updated == 1  # the edited article; view counts alone are no new version
    merge_shards(shards, full, full=True)
    assert dump(target) == dump(full)  # reading from the watermark missed nothing
    assert 0 < windowed < read[0]
    assert rows(target, "SELECT count(*) FROM pages")[0][0] > day_one_pages

    assert rows(target, "SELECT title FROM articles WHERE url=?", (edited_url,)) == [
        ("Phường Cẩm Châu ra quân tổng vệ sinh môi trường",)
    ]
    # The search index follows the merged articles.
    archive = connect(target)
    hits = search(archive, '"ra quân tổng vệ sinh"', site="cam-chau")
    archive.conn.close()
    assert [h.url for h in hits] == [edited_url]
    revisions = rows(target, "SELECT title, changed FROM revisions WHERE url=?", (edited_url,))
    assert revisions == [(old_title, '["title"]')]
    # The shard's own revision and the one the merge derived are one and the same row.
    shard_rev = rows(
        shards / "cam-chau.db",
        "SELECT replaced_at, content_hash FROM revisions WHERE url=?",
        (edited_url,),
    )
    assert (
        rows(target, "SELECT replaced_at, content_hash FROM revisions WHERE url=?", (edited_url,))
        == shard_rev
    )

    # Two view snapshots per article, the newest equal to the article's views.
    articles = rows(target, "SELECT url, views FROM articles")
    assert {u for u, _ in articles} >= {edited_url, ward.victim_url}
    for url, views in articles:
        if url not in ward.article_urls() or url == ward.victim_url:
            continue
        series = rows(
            target,
            "SELECT s.fetched_at, s.views FROM view_snapshots s JOIN articles a"
            " ON a.id = s.article_id WHERE a.url=? ORDER BY s.fetched_at",
            (url,),
        )
        assert len(series) >= 2 and series[-1][1] == views
        assert series[-1][1] - series[0][1] == 7, (url, series)
    # The healed article is archived and no longer listed as failing.
    assert rows(target, "SELECT count(*) FROM articles WHERE url=?", (ward.victim_url,)) == [(1,)]
    assert rows(target, "SELECT count(*) FROM failures WHERE url=?", (ward.victim_url,)) == [(0,)]

    before = dump(target)
    merge_shards(shards, target)
    assert dump(target) == before


def test_merge_equals_one_database_crawl(ward: Ward, tmp_path: Path) -> None:
    ward.broken = False
    shards, target, single = tmp_path / "shards", tmp_path / "archive.db", tmp_path / "one.db"
    ward.crawl(shards)
    merge_shards(shards, target)
    run_crawl(single, ward.sites(), CrawlOptions(delay=0.0), handle_signals=False)
    query = "SELECT url, site, title, published_at, author, body, views FROM articles ORDER BY url"
    merged = rows(target, query)
    assert {r[1] for r in merged} == {"cam-chau", "minh-an"}
    assert len(merged) >= 14
    assert merged == rows(single, query)


def test_corrupt_and_truncated_shards_are_skipped(shards: Path, tmp_path: Path) -> None:
    target = tmp_path / "archive.db"
    good = shards / "cam-chau.db"
    (shards / "noise.db").write_bytes(random.Random(7).randbytes(64 * 1024))
    data = good.read_bytes()
    assert len(data) > 64 * 1024  # big enough for a cut to land inside the b-trees
    (shards / "cut.db").write_bytes(data[: len(data) // 2])
    result = merge_shards(shards, target)
    assert set(result.skipped) == {"noise", "cut"}
    assert "not a SQLite database" in result.skipped["noise"]
    assert "corrupt" in result.skipped["cut"]
    assert result.merged == 2
    # Nothing of the skipped shards reached the archive: only the two good ones' rows.
    expected = sum(
        rows(p, "SELECT count(*) FROM articles")[0][0] for p in (good, shards / "minh-an.db")
    )
    assert rows(target, "SELECT count(*) FROM articles") == [(expected,)]
    assert rows(target, "SELECT status FROM runs WHERE command='merge'") == [("partial",)]


def test_shard_being_crawled_or_without_schema_is_skipped(shards: Path, tmp_path: Path) -> None:
    target = tmp_path / "archive.db"
    (shards / "empty.db").write_bytes(b"")
    conn = sqlite3.connect(shards / "started.db")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    with RunLock(shards / "minh-an.db"):  # a crawl is writing this shard right now
        result = merge_shards(shards, target)
    assert result.merged == 1
    assert "crawl in progress" in result.skipped["minh-an"]
    assert "no govnews schema" in result.skipped["empty"]
    assert "no govnews schema" in result.skipped["started"]
    assert rows(target, "SELECT DISTINCT site FROM articles") == [("cam-chau",)]
    # Once the crawl is over, the next merge picks the shard up.
    (shards / "empty.db").unlink()
    (shards / "started.db").unlink()
    again = merge_shards(shards, target)
    assert again.skipped == {} and again.merged == 2
    assert rows(target, "SELECT DISTINCT site FROM articles ORDER BY site") == [
        ("cam-chau",),
        ("minh-an",),
    ]


def test_interrupted_merge_leaves_no_partial_shard(
    shards: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "archive.db"
    import scraper.merge as merge_module

    real = merge_module.search.index_articles
    calls = []

    def index_then_die(db: object, ids: list[int]) -> None:
        calls.append(ids)
        if len(calls) == 2:  # the second shard, after all its rows were written
            raise KeyboardInterrupt
        real(db, ids)

    monkeypatch.setattr(merge_module.search, "index_articles", index_then_die)
    with pytest.raises(KeyboardInterrupt):
        merge_shards(shards, target)
    assert rows(target, "SELECT DISTINCT site FROM articles") == [("cam-chau",)]
    assert rows(target, "SELECT count(*) FROM pages WHERE site='minh-an'") == [(0,)]
    assert rows(target, "SELECT status FROM runs WHERE command='merge'") == [("interrupted",)]
    monkeypatch.setattr(merge_module.search, "index_articles", real)
    assert merge_shards(shards, target).merged == 2
    assert rows(target, "SELECT count(*) FROM articles WHERE site='minh-an'")[0][0] > 0


def test_merge_refuses_bad_arguments_and_a_locked_archive(shards: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        merge_shards(tmp_path / "nowhere", tmp_path / "a.db")
    (tmp_path / "none").mkdir()
    with pytest.raises(UsageError, match="no shard databases"):
        merge_shards(tmp_path / "none", tmp_path / "a.db")
    target = tmp_path / "archive.db"
    with RunLock(target), pytest.raises(LockedError):
        merge_shards(shards, target)
    # An archive kept inside the shard directory is never merged into itself.
    inside = shards / "all.db"
    shutil.copy(shards / "cam-chau.db", shards / "copy-of-cam-chau.db")
    result = merge_shards(shards, inside)
    assert "all" not in result.skipped and result.merged == 3


def test_shards_of_schema_1_merge_their_pages_as_gets(shards: Path, tmp_path: Path) -> None:
    """Shards written before pages had request_body: merged, their pages with NULL forms."""
    for shard in shards.glob("*.db"):
        con = sqlite3.connect(shard)
        con.execute("ALTER TABLE pages DROP COLUMN request_body")
        con.execute("UPDATE meta SET value='1' WHERE key='schema_version'")
        con.commit()
        con.close()
    target = tmp_path / "archive.db"
    result = merge_shards(shards, target)
    assert result.merged == 2 and result.skipped == {}
    shard_pages = sum(rows(p, "SELECT count(*) FROM pages")[0][0] for p in shards.glob("*.db"))
    assert rows(target, "SELECT count(*), count(request_body) FROM pages") == [(shard_pages, 0)]
