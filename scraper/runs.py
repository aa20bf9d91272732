"""Run bookkeeping for scheduled use: the per-database lock and the ``runs`` table.

The lock is an ``flock`` on ``<db>.lock``: the kernel releases it when the
holder dies (kill -9, power cut), so a stale lock never blocks cron.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlite_utils

from .archive import now_utc
from .errors import LockedError, StorageError

# Exit codes, documented in README.md ("Exit codes").
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOTHING = 3
EXIT_LOCKED = 4
EXIT_PARTIAL = 5
EXIT_INTERRUPTED = 130


@dataclass
class RunCounts:
    requests: int = 0
    listing_pages: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counts by name, for reports and JSON lines."""
        return asdict(self)


def try_flock(fd: int, mode: int) -> str | None:
    """Take ``mode`` (LOCK_EX/LOCK_SH) on ``fd`` without waiting.

    Returns None on success; when another process holds the lock, closes ``fd``
    and returns the holder's pid as written in the lock file ("?" if unknown).
    """
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
        os.close(fd)
        return holder
    return None


class RunLock:
    """Exclusive, non-blocking lock for one database (context manager)."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(f"{db_path}.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StorageError(f"cannot create lock file {self.path}: {exc.strerror}") from None
        holder = try_flock(fd, fcntl.LOCK_EX)
        if holder is not None:
            raise LockedError(
                f"another govnews run (pid {holder}) is using {self.path.with_suffix('')}; exiting"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def start_run(db: sqlite_utils.Database, command: str, sites: list[str]) -> int:
    # Runs left 'running' by a killed process are marked so, not left dangling.
    db.conn.execute(
        "UPDATE runs SET status = 'interrupted', ended_at = COALESCE(ended_at, ?)"
        " WHERE status = 'running'",
        (now_utc(),),
    )
    cur = db.conn.execute(
        "INSERT INTO runs (started_at, status, command, sites) VALUES (?, 'running', ?, ?)",
        (now_utc(), command, json.dumps(sites, ensure_ascii=False)),
    )
    return int(cur.lastrowid or 0)


def finish_run(
    db: sqlite_utils.Database,
    run_id: int,
    *,
    status: str,
    exit_code: int,
    counts: RunCounts,
    message: str | None = None,
) -> None:
    values = asdict(counts)
    db.conn.execute(
        "UPDATE runs SET ended_at=?, status=?, exit_code=?, requests=?, listing_pages=?, new=?,"
        " updated=?, unchanged=?, failed=?, message=? WHERE id=?",
        (
            now_utc(),
            status,
            exit_code,
            values["requests"],
            values["listing_pages"],
            values["new"],
            values["updated"],
            values["unchanged"],
            values["failed"],
            message,
            run_id,
        ),
    )


def recent_runs(db: sqlite_utils.Database, limit: int = 20) -> list[dict]:
    return list(db.query("SELECT * FROM runs ORDER BY id DESC LIMIT ?", [limit]))
