"""Crawl progress for people and logs: a rich live display on a terminal,
plain lines otherwise, JSON lines with ``--log-format json``.

A reporter is any callable ``reporter(event, **fields)``; the crawl emits
events ``site-start``, ``listing``, ``article``, ``failure``, ``incomplete``,
``site-failed``, ``site-done``, ``resume`` and ``stopping``.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

_ERRORS = {"failure", "site-failed", "run-finished"}  # what --quiet still reports


class LineReporter:
    """One line per event on ``stream`` (stderr). ``quiet`` keeps errors only."""

    def __init__(
        self, stream: TextIO | None = None, *, quiet: bool = False, fmt: str = "text"
    ) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.fmt = fmt

    def __call__(self, event: str, **f: Any) -> None:
        if self.quiet and event not in _ERRORS:
            return
        if self.fmt == "json":
            record = {"time": datetime.now(UTC).isoformat(timespec="seconds"), "event": event, **f}
            self.stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        else:
            line = self.format(event, f)
            if line is None:
                return
            self.stream.write(line + "\n")
        self.stream.flush()

    @staticmethod
    def format(event: str, f: dict[str, Any]) -> str | None:
        if event == "listing":
            return f"listing {f['url']}: {f['articles']} articles, {f['new']} new"
        if event == "script-pager":
            return f"warning: {script_pager_text(f)}"
        if event == "forward":
            return f"listing {f['url']} forwards to {f['to']}"
        if event == "article":
            return f"{f['outcome']:9} {f['url']}"
        if event == "failure":
            return f"error: {f['message']} [{f['reason']}]"
        if event == "incomplete":
            return (
                f"warning: {f['url']}: no {' and no '.join(f['missing'])} found (stored with NULLs)"
            )
        if event == "site-failed":
            return None  # the command prints it once, as its own error line
        if event == "site-start":
            return f"crawling {f['site']} from {f['url']}"
        if event == "site-done":
            return f"finished {f['site']}"
        if event == "resume":
            return f"resuming the interrupted walk of {f['site']}"
        if event == "stopping":
            return "stopping after the pages in flight (Ctrl-C again to abort)"
        return None


def script_pager_text(f: dict[str, Any]) -> str:
    return (
        f"listing {f['url']} shows more pages ({f['control']!r}) that only a script reaches;"
        " the walk cannot go past this page"
    )


def escape(text: str) -> str:
    from rich.markup import escape as _escape

    return _escape(text)


class RichReporter:
    """A live progress display (rich) for terminals; errors still print as lines."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.console = Console(stderr=True)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            TextColumn("{task.completed}/{task.total} articles"),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=self.console,
            transient=False,
        )
        self.tasks: dict[str, Any] = {}
        self.counts: dict[str, dict[str, int]] = {}

    def __enter__(self) -> RichReporter:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def _task(self, site: str) -> Any:
        if site not in self.tasks:
            self.tasks[site] = self.progress.add_task(site, total=0, status="")
            self.counts[site] = {"listing": 0, "new": 0, "updated": 0, "unchanged": 0, "failed": 0}
        return self.tasks[site]

    def _refresh(self, site: str) -> None:
        c = self.counts[site]
        status = (
            f"pages {c['listing']} · new {c['new']} · updated {c['updated']} · "
            f"unchanged {c['unchanged']} · failed {c['failed']}"
        )
        self.progress.update(self._task(site), status=status)

    def __call__(self, event: str, **f: Any) -> None:
        site = f.get("site")
        if site is None:
            if event == "stopping":
                self.console.print("[yellow]stopping after the pages in flight…")
            return
        task = self._task(site)
        c = self.counts[site]
        if event == "listing":
            c["listing"] += 1
            self.progress.update(task, total=(self.progress.tasks[task].total or 0) + f["new"])
        elif event == "article":
            c[f["outcome"]] += 1
            self.progress.advance(task)
        elif event == "failure":
            c["failed"] += 1
            self.progress.advance(task)
            self.console.print(
                f"[red]error:[/] {escape(f['message'])} ({escape(f['reason'])})", highlight=False
            )
        elif event == "site-failed":
            self.console.print(f"[red]error:[/] {escape(f['message'])}", highlight=False)
        elif event == "script-pager":
            self.console.print(
                f"[yellow]warning:[/] {escape(script_pager_text(f))}", highlight=False
            )
        elif event == "incomplete":
            self.console.print(
                f"[yellow]warning:[/] {escape(f['url'])}: no {' and no '.join(f['missing'])} found",
                highlight=False,
            )
        self._refresh(site)
