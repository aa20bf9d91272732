"""Atomic export directories: write into a hidden sibling, fsync, then rename into place.

The final directory name only ever holds a complete export. Replacing an existing
export (``force``) builds the new one first, then swaps and deletes the old one.
File names inside an export are constants from this package, never from data.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
from pathlib import Path
from typing import BinaryIO

from .errors import UsageError

DESCRIPTOR = "datapackage.json"


class HashingWriter:
    """Binary sink that counts and sha256-hashes exactly the bytes it writes."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.sha256 = hashlib.sha256()
        self.bytes = 0

    def write(self, data: bytes) -> int:
        self.fh.write(data)
        self.sha256.update(data)
        self.bytes += len(data)
        return len(data)

    def flush(self) -> None:
        self.fh.flush()


def _is_export(path: Path) -> bool:
    try:
        with open(path / DESCRIPTOR, "rb") as fh:
            desc = json.load(fh)
    except (OSError, ValueError):
        return False
    return isinstance(desc, dict) and "govnews" in desc


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


class AtomicDir:
    """A temporary directory next to ``final`` that becomes ``final`` on :meth:`commit`."""

    def __init__(self, final: str | Path, *, force: bool, protect: Path | None = None) -> None:
        self.final = check_out_path(final, force=force, protect=protect)
        self.force = force
        self.tmp: Path | None = None

    def create(self) -> Path:
        parent = self.final.parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UsageError(f"cannot create output directory {self.final}: {_why(exc)}") from None
        for _ in range(20):
            tmp = parent / f".{self.final.name}.tmp-{secrets.token_hex(4)}"
            try:
                tmp.mkdir()  # mode 0o777 & ~umask, unlike mkdtemp's 0o700
            except FileExistsError:
                continue
            except OSError as exc:
                raise UsageError(f"cannot write to {parent}: {_why(exc)}") from None
            self.tmp = tmp
            return tmp
        raise UsageError(f"cannot create a temporary directory in {parent}")

    def path(self, name: str) -> Path:
        """Path of a file inside the temporary directory; refuses anything that escapes it."""
        assert self.tmp is not None
        target = self.tmp / name
        if (
            os.sep in name
            or name in ("", ".", "..")
            or target.resolve().parent != self.tmp.resolve()
        ):
            raise UsageError(f"refusing to write {name!r}: outside the export directory")
        return target

    def commit(self) -> None:
        assert self.tmp is not None
        for child in self.tmp.iterdir():
            fsync_file(child)
        _fsync_dir(self.tmp)
        old: Path | None = None
        if self.final.exists() and any(self.final.iterdir()):
            # Validated in check_out_path; rename the old export aside, swap, then delete it.
            old = self.final.parent / f".{self.final.name}.old-{secrets.token_hex(4)}"
            os.rename(self.final, old)
        try:
            os.replace(self.tmp, self.final)
        except OSError:
            if old is not None:
                os.rename(old, self.final)
            raise
        self.tmp = None
        _fsync_dir(self.final.parent)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None


def check_out_path(out: str | Path, *, force: bool, protect: Path | None = None) -> Path:
    """Validate ``--out`` before anything is written; return its absolute path."""
    raw = Path(out).expanduser()
    if str(out).strip() == "":
        raise UsageError("--out must name a directory")
    if raw.is_symlink():
        raise UsageError(f"--out {out} is a symbolic link; give the real directory path")
    final = Path(os.path.abspath(raw))
    if final.parent == final:
        raise UsageError(f"--out {out} cannot be a filesystem root")
    # Resolve the parent only, so the export lands exactly where the user pointed.
    final = final.parent.resolve() / final.name
    for anc in final.parents:
        if anc.exists() and not anc.is_dir():
            raise UsageError(f"cannot write to {final}: {anc} is not a directory")
        if anc.exists():
            break
    if final.exists():
        if not final.is_dir():
            raise UsageError(f"--out {out} exists and is not a directory")
        if any(final.iterdir()):
            if not force:
                raise UsageError(f"--out {out} already exists; use --force to replace it")
            if not _is_export(final):
                raise UsageError(
                    f"--out {out} exists and is not a govnews export; refusing to replace it"
                )
    if protect is not None:
        with contextlib.suppress(OSError):
            if protect.resolve().is_relative_to(final):
                raise UsageError(f"--out {out} contains the database {protect}; choose another")
    return final


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
