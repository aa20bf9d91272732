"""Raw pages are stored zlib-compressed: whatever compressor wrote them, zlib reads them back."""

from __future__ import annotations

import random
import zlib

import pytest

from scraper import archive


def _page() -> bytes:
    rng = random.Random(7)
    # Like an ASP.NET page: readable Vietnamese markup plus a random __VIEWSTATE blob.
    state = bytes(rng.getrandbits(8) for _ in range(20_000)).hex()
    body = "<p>Phường Cửa Đại tổ chức lễ ra quân.</p>" * 400
    return f'<html><input name="__VIEWSTATE" value="{state}">{body}</html>'.encode()


def test_compressed_page_reads_back_with_plain_zlib() -> None:
    raw = _page()
    packed = archive.compress(raw)
    assert zlib.decompress(packed) == raw
    assert len(packed) < len(raw) / 2


def test_zlib_fallback_when_isal_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _page()
    monkeypatch.setattr(archive, "_isal_zlib", None)
    packed = archive.compress(raw)
    assert zlib.decompress(packed) == raw
    assert packed == zlib.compress(raw, 1)
