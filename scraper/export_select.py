"""Which rows an export takes: filter validation, schema checks and the SQL that selects them.

Dates filter ``articles.published_at`` (local date of the site, inclusive on both ends).
The WARC selection of ``pages`` follows from the article selection; see :meth:`Selection.page_where`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from .db import SCHEMA_VERSION, schema_version
from .errors import GovnewsError, StorageError, UsageError

# Columns of the tabular exports, in the documented order.
COLUMNS: tuple[str, ...] = (
    "url",
    "site",
    "title",
    "published_at",
    "author",
    "body",
    "views",
    "first_seen",
    "last_fetched",
    "content_hash",
    "profile",
)

PAGE_COLUMNS: tuple[str, ...] = (
    "id",
    "url",
    "final_url",
    "site",
    "kind",
    "status",
    "headers",
    "request_headers",
    "request_body",
    "http_version",
    "fetched_at",
    "content_type",
    "size",
    "sha256",
    "body",
)

FORMATS: tuple[str, ...] = ("jsonl", "csv", "warc")

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class EmptySelection(GovnewsError):
    """The filters select nothing; nothing was written."""

    exit_code = 3


def parse_date(value: str | None, option: str) -> date | None:
    """Validate an ISO ``YYYY-MM-DD`` date given on the command line."""
    if value is None or value == "":
        return None
    text = value.strip()
    if not _DATE_RE.fullmatch(text):
        raise UsageError(f"invalid {option} date {value!r}: expected YYYY-MM-DD, e.g. 2024-05-31")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError(f"invalid {option} date {value!r}: {exc}") from None


def check_format(fmt: str) -> str:
    name = (fmt or "").strip().lower()
    if name not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return name


def check_schema(db: sqlite_utils.Database, fmt: str) -> None:
    """Fail with one clear line when the database lacks tables or columns the export reads."""
    needed: dict[str, tuple[str, ...]] = {"articles": COLUMNS + ("id",)}
    if fmt == "warc":
        needed["articles"] += ("page_id",)
        needed["pages"] = PAGE_COLUMNS
    version = schema_version(db)
    names = set(db.table_names())
    missing: list[str] = []
    for table, cols in needed.items():
        if table not in names:
            missing.append(f"table {table}")
            continue
        have = {c.name for c in db[table].columns}
        lacking = sorted(set(cols) - have)
        if lacking:
            missing.append(f"columns {table}.{{{', '.join(lacking)}}}")
    if missing:
        ver = (
            f" (schema version {version}, expected {SCHEMA_VERSION})"
            if version < SCHEMA_VERSION
            else ""
        )
        raise StorageError(
            f"cannot export: the database lacks {'; '.join(missing)}{ver}; "
            "it was made by an older govnews and needs migrating or a fresh crawl"
        )


@dataclass(slots=True)
class Selection:
    """Filters of one export, turned into SQL fragments with named parameters."""

    site: str | None = None
    since: date | None = None
    until: date | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, site: str | None, since: str | None, until: str | None) -> Selection:
        d_since = parse_date(since, "--since")
        d_until = parse_date(until, "--until")
        if d_since and d_until and d_since > d_until:
            raise UsageError(f"--since {d_since} is after --until {d_until}: nothing could match")
        sel = cls(site=site or None, since=d_since, until=d_until)
        if sel.site is not None:
            sel.params["site"] = sel.site
        if d_since:
            sel.params["since"] = d_since.isoformat()
        if d_until:
            # published_at is 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS+07:00': every value of
            # the until day sorts below the next day's date, and the index stays usable.
            sel.params["until_next"] = (d_until + timedelta(days=1)).isoformat()
        return sel

    @property
    def dated(self) -> bool:
        return self.since is not None or self.until is not None

    def describe(self) -> str:
        parts = []
        if self.site is not None:
            parts.append(f"--site {self.site}")
        if self.since:
            parts.append(f"--since {self.since}")
        if self.until:
            parts.append(f"--until {self.until}")
        return " ".join(parts)

    def article_where(self, alias: str = "a") -> str:
        conds = ["1"]
        if self.site is not None:
            conds.append(f"{alias}.site = :site")
        if self.since:
            conds.append(f"{alias}.published_at >= :since")
        if self.until:
            conds.append(f"{alias}.published_at < :until_next")
        return " AND ".join(conds)

    def page_where(self, alias: str = "p") -> str:
        """Pages of the WARC: every fetch of the selected site(s); with date filters,
        the fetches of the selected articles plus the listing pages of their sites."""
        conds = ["1"]
        if self.site is not None:
            conds.append(f"{alias}.site = :site")
        if self.dated:
            sub = self.article_where("s")
            conds.append(
                f"({alias}.id IN (SELECT s.page_id FROM articles s WHERE {sub})"
                f" OR {alias}.url IN (SELECT s.url FROM articles s WHERE {sub})"
                f" OR ({alias}.kind = 'listing'"
                f" AND {alias}.site IN (SELECT s.site FROM articles s WHERE {sub})))"
            )
        return " AND ".join(conds)


def count(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def empty_message(conn: sqlite3.Connection, sel: Selection) -> str:
    if not sel.describe():
        return "no articles to export: the database has no articles"
    msg = f"no articles match {sel.describe()}"
    if sel.site is not None:
        known = [r[0] for r in conn.execute("SELECT DISTINCT site FROM articles LIMIT 11")]
        if sel.site not in known and known:
            more = ", …" if len(known) > 10 else ""
            msg += f" (sites in the database: {', '.join(known[:10])}{more})"
    return msg


def iter_rows(conn: sqlite3.Connection, sql: str, params: dict[str, Any]) -> Iterator[sqlite3.Row]:
    """Stream rows from a cursor; never fetchall, so memory stays flat."""
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    cur.execute(sql, params)
    try:
        yield from cur  # one row at a time: pages rows carry whole bodies
    finally:
        cur.close()
