"""Rebuild ``articles`` from the stored raw pages with the current extractors (no network)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

from . import archive
from .article import extract_article
from .encoding import decode_html


@dataclass
class ReparseResult:
    pages: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: int = 0


def reparse_archive(
    db: sqlite_utils.Database, *, profile: str | None = None, batch: int = 200
) -> ReparseResult:
    """Re-extract every article from its latest raw page; changed records keep a revision."""
    result = ReparseResult()
    last_id = 0
    while True:
        rows = db.conn.execute(
            "SELECT a.id, a.url, a.site, a.page_id, a.last_fetched FROM articles a"
            " WHERE a.id > ? AND a.page_id IS NOT NULL ORDER BY a.id LIMIT ?",
            (last_id, batch),
        ).fetchall()
        if not rows:
            return result
        with archive.transaction(db):
            for article_id, url, site, page_id, last_fetched in rows:
                last_id = article_id
                stored = archive.raw_page(db, page_id)
                if stored is None:
                    result.failed += 1
                    continue
                meta, raw = stored
                headers = json.loads(meta["headers"] or "{}")
                text, _ = decode_html(raw, headers.get("content-type"))
                result.pages += 1
                try:
                    art = extract_article(text, url, profile, site=site)
                except Exception:  # noqa: BLE001 - one bad page never stops a reparse
                    result.failed += 1
                    continue
                _, outcome = archive.upsert_article(
                    db, art, page_id=page_id, fetched_at=last_fetched
                )
                if outcome == "unchanged":
                    result.unchanged += 1
                else:
                    result.changed += 1
