"""Text renderings of library results for the command line (tables, JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, is_dataclass
from datetime import datetime
from typing import Any

from .errors import UsageError


def _rows(items: list[Any]) -> list[dict[str, Any]]:
    return [asdict(i) if is_dataclass(i) else dict(i) for i in items]


def to_json_lines(items: list[Any]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(items))


def to_csv(items: list[Any]) -> str:
    rows = _rows(items)
    if not rows:
        return ""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def render_hits(hits: list[Any], fmt: str = "table") -> str:
    """Search results as a readable list, JSON lines or CSV."""
    if fmt == "json":
        return to_json_lines(hits)
    if fmt == "csv":
        return to_csv(hits)
    if fmt != "table":
        raise UsageError(f"--format must be table, json or csv, got {fmt!r}")
    if not hits:
        return "no results\n"
    out = []
    for n, h in enumerate(hits, 1):
        meta = " · ".join(x for x in (h.published_at, h.site, h.author) if x)
        out.append(
            f"{n:>3}. {h.title or '(no title)'}\n     {meta}\n     {h.url}\n     {h.snippet}\n"
        )
    return "\n".join(out)


def _duration(start: str | None, end: str | None) -> str:
    if not start or not end:
        return ""
    seconds = (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()
    return f"{seconds:.0f}s"


def render_runs(runs: list[dict[str, Any]], fmt: str = "table") -> str:
    if fmt == "json":
        return to_json_lines(runs)
    if fmt != "table":
        raise UsageError(f"--format must be table or json, got {fmt!r}")
    if not runs:
        return "no runs yet\n"
    head = f"{'id':>4}  {'started (UTC)':25} {'status':11} {'exit':>4} {'new':>5} {'upd':>5} {'same':>5} {'fail':>5} {'reqs':>6} {'time':>6}  sites"
    lines = [head]
    for r in runs:
        sites = ", ".join(json.loads(r.get("sites") or "[]"))
        exit_code = "" if r.get("exit_code") is None else r["exit_code"]
        lines.append(
            f"{r['id']:>4}  {r['started_at']:25} {r['status']:11} {exit_code:>4} {r['new']:>5} "
            f"{r['updated']:>5} {r['unchanged']:>5} {r['failed']:>5} {r['requests']:>6} "
            f"{_duration(r['started_at'], r.get('ended_at')):>6}  {sites}"
        )
    return "\n".join(lines) + "\n"
