"""Frictionless Data Package (v1) descriptors for exports, and verification of an export.

Every export directory carries ``datapackage.json``: one resource per data file with
its byte size, ``sha256:<hex>`` hash and record count (``records``), a Table Schema for
the tabular resources, and a ``govnews`` block (version, filters, sites, time span).
:func:`verify` re-reads everything and names each file, check, expected and actual value.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import __version__
from .datapackage_checks import check_records
from .errors import UsageError
from .export_atomic import DESCRIPTOR

_TEXT = {"type": "string"}
FIELDS: tuple[dict[str, Any], ...] = (
    {
        "name": "url",
        "type": "string",
        "format": "uri",
        "description": "Canonical article URL",
        "constraints": {"required": True, "unique": True},
    },
    {
        "name": "site",
        "type": "string",
        "description": "Site name",
        "constraints": {"required": True},
    },
    {"name": "title", **_TEXT, "description": "Headline"},
    {
        "name": "published_at",
        "type": "string",
        "description": "Publication time as shown by the site: YYYY-MM-DD or "
        "YYYY-MM-DDTHH:MM:SS+07:00 (local time)",
    },
    {"name": "author", **_TEXT, "description": "Author or source line"},
    {"name": "body", **_TEXT, "description": "Article text; paragraphs separated by a blank line"},
    {"name": "views", "type": "integer", "description": "View counter shown on the page"},
    {
        "name": "first_seen",
        "type": "datetime",
        "format": "any",
        "description": "When govnews first stored the article (ISO 8601, UTC)",
        "constraints": {"required": True},
    },
    {
        "name": "last_fetched",
        "type": "datetime",
        "format": "any",
        "description": "Last successful fetch (ISO 8601, UTC)",
        "constraints": {"required": True},
    },
    {
        "name": "content_hash",
        "type": "string",
        "description": "sha256 of title, published_at, author and body",
        "constraints": {"required": True},
    },
    {"name": "profile", **_TEXT, "description": "Extraction profile that produced the record"},
)


def table_schema() -> dict[str, Any]:
    return {"fields": [dict(f) for f in FIELDS], "primaryKey": ["url"], "missingValues": [""]}


def resource(fmt: str, path: str, nbytes: int, sha256: str, records: int) -> dict[str, Any]:
    """Resource entry for one data file of an export."""
    res: dict[str, Any] = {"path": path, "bytes": nbytes, "hash": f"sha256:{sha256}"}
    if fmt == "jsonl":
        res |= {
            "name": "articles",
            "profile": "data-resource",
            "format": "jsonl",
            "mediatype": "application/jsonl",
            "encoding": "utf-8",
            "schema": table_schema(),
        }
    elif fmt == "csv":
        res |= {
            "name": "articles",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bom": True,
            "dialect": {
                "delimiter": ",",
                "lineTerminator": "\r\n",
                "quoteChar": '"',
                "doubleQuote": True,
                "header": True,
                "skipInitialSpace": False,
            },
            "schema": table_schema(),
        }
    else:
        res |= {
            "name": "warc",
            "profile": "data-resource",
            "format": "warc",
            "mediatype": "application/warc",
            "encoding": "utf-8",
            # No "compression": gzip members are part of the .warc.gz format itself, and
            # Frictionless would try to gunzip the file as one stream.
            "description": "WARC 1.1, one gzip member per record: warcinfo, response + "
            "request per fetched page, metadata (application/json) per article",
        }
    res["records"] = records
    return res


def descriptor(
    fmt: str,
    resources: list[dict[str, Any]],
    *,
    filters: dict[str, str | None],
    sites: list[str],
    span: dict[str, dict[str, str | None]],
    schema_version: int,
) -> dict[str, Any]:
    what = "web archive (WARC)" if fmt == "warc" else f"articles ({fmt.upper()})"
    scope = ", ".join(f"{k} {v}" for k, v in filters.items() if v) or "all articles"
    return {
        "profile": "data-package",
        "name": f"govnews-{'warc' if fmt == 'warc' else 'articles'}",
        "title": f"govnews export: {what}, {scope}",
        "description": "News articles archived from Vietnamese government portals by govnews.",
        "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "resources": resources,
        "govnews": {
            "version": __version__,
            "schema_version": schema_version,
            "format": fmt,
            "filters": filters,
            "sites": sites,
            "span": span,
        },
    }


def dumps(desc: dict[str, Any]) -> bytes:
    return (json.dumps(desc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass
class VerifyReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)


def _sha256(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    n = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


def _short(hexdigest: str) -> str:
    return hexdigest[:12] + "…"


def _resource_file(root: Path, res: dict[str, Any], problems: list[str]) -> Path | None:
    name = res.get("path")
    label = name if isinstance(name, str) else repr(name)
    if not isinstance(name, str) or not name:
        problems.append(f"{DESCRIPTOR}: resource {res.get('name', '?')!r} has no path")
        return None
    p = Path(name)
    if p.is_absolute() or ".." in p.parts or name.startswith(("/", "\\")) or "://" in name:
        problems.append(f"{label}: path escapes the export directory; not read")
        return None
    target = root / p
    if target.is_symlink() or not target.resolve().is_relative_to(root.resolve()):
        problems.append(f"{label}: path escapes the export directory; not read")
        return None
    if not target.is_file():
        problems.append(f"{label}: missing (listed in {DESCRIPTOR})")
        return None
    return target


def verify(path: str | Path) -> VerifyReport:
    """Re-check every file of an export against its ``datapackage.json``."""
    p = Path(path)
    if not p.exists():
        raise UsageError(f"{path}: no such export directory")
    root = p.parent if p.is_file() else p
    desc_path = root / DESCRIPTOR
    problems: list[str] = []
    checked = {"files": 0, "bytes": 0, "records": 0}
    if not desc_path.is_file():
        return VerifyReport(False, [f"{DESCRIPTOR}: missing in {root}"], checked)
    try:
        desc = json.loads(desc_path.read_bytes().decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        return VerifyReport(False, [f"{DESCRIPTOR}: not valid JSON ({exc})"], checked)
    resources = desc.get("resources") if isinstance(desc, dict) else None
    if not isinstance(resources, list) or not resources:
        return VerifyReport(False, [f"{DESCRIPTOR}: no resources listed"], checked)
    if desc.get("profile") != "data-package":
        problems.append(f"{DESCRIPTOR}: profile is {desc.get('profile')!r}, not 'data-package'")

    listed = {DESCRIPTOR}
    for res in resources:
        if not isinstance(res, dict):
            problems.append(f"{DESCRIPTOR}: a resource is not an object")
            continue
        target = _resource_file(root, res, problems)
        if isinstance(res.get("path"), str):
            listed.add(os.path.normpath(res["path"]))
        if target is None:
            continue
        name = res["path"]
        checked["files"] += 1
        actual_hash, actual_bytes = _sha256(target)
        checked["bytes"] += actual_bytes
        if res.get("bytes") != actual_bytes:
            problems.append(
                f"{name}: size mismatch (expected {res.get('bytes')} bytes, got {actual_bytes})"
            )
        algo, _, expected = str(res.get("hash", "")).rpartition(":")
        if algo not in ("sha256", "") or not expected:
            problems.append(f"{name}: no sha256 hash in {DESCRIPTOR}")
        elif expected.lower() != actual_hash:
            problems.append(
                f"{name}: sha256 mismatch (expected {_short(expected)}, got {_short(actual_hash)})"
            )
        counted = check_records(target, res, problems)
        if counted is not None:
            checked["records"] += counted.total
            for k, v in counted.extra.items():
                checked[k] = checked.get(k, 0) + v
            if res.get("records") != counted.total:
                problems.append(
                    f"{name}: {counted.total} records, {DESCRIPTOR} says {res.get('records')}"
                )

    for child in sorted(root.rglob("*")):
        rel = os.path.normpath(child.relative_to(root))
        if child.is_file() and rel not in listed:
            problems.append(f"{rel}: file not listed in {DESCRIPTOR}")
    return VerifyReport(not problems, problems, checked)
