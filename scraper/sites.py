"""Sites files: many portals, each with its listing URLs, profile and politeness.

Example (``sites.example.toml`` in the repository)::

    [defaults]
    delay = 1.0
    concurrency = 2

    [[site]]
    name = "cuadai"
    listing = ["http://cuadai.hoian.gov.vn/Default.aspx?tabid=73"]
    profile = "aspnet-ward"     # optional; detected from the pages otherwise
    delay = 2.0                 # optional per-site politeness
    concurrency = 1

A malformed file is rejected before any fetch, naming the file, the line
and the problem.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .crawl import Site
from .errors import ConfigError
from .profiles import get_profile
from .urls import is_http_url

SITE_KEYS = {"name", "listing", "profile", "delay", "concurrency", "hosts"}
DEFAULT_KEYS = {"delay", "concurrency", "profile"}


def _line_of(text: str, key: str, start_line: int = 1) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for no, line in enumerate(text.splitlines()[start_line - 1 :], start=start_line):
        if pattern.match(line):
            return no
    return start_line


def _site_lines(text: str) -> list[int]:
    return [
        no
        for no, line in enumerate(text.splitlines(), 1)
        if re.match(r"^\s*\[\[\s*site\s*\]\]", line)
    ]


def load_sites(path: str | Path) -> list[Site]:
    """Parse and validate a sites file; ConfigError names file, line and problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such sites file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: cannot read sites file: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"^(.*) \(at line (\d+), column (\d+)\)$", str(exc))
        if m:
            raise ConfigError(f"{p}: line {m[2]}, column {m[3]}: {m[1]}") from None
        raise ConfigError(f"{p}: {exc}") from None
    unknown = set(data) - {"site", "defaults"}
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(
            f"{p}: line {_line_of(text, key)}: unknown key {key!r} (expected [[site]] tables)"
        )
    defaults = data.get("defaults", {})
    bad = set(defaults) - DEFAULT_KEYS
    if bad:
        key = sorted(bad)[0]
        raise ConfigError(f"{p}: line {_line_of(text, key)}: unknown key {key!r} in [defaults]")
    entries = data.get("site", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{p}: no [[site]] entries")
    starts = _site_lines(text) or [1] * len(entries)
    sites: list[Site] = []
    names: set[str] = set()
    for i, entry in enumerate(entries):
        line = starts[i] if i < len(starts) else 1

        def fail(problem: str, key: str | None = None, _line: int = line) -> ConfigError:
            at = _line_of(text, key, _line) if key else _line
            return ConfigError(f"{p}: line {at}: {problem}")

        bad = set(entry) - SITE_KEYS
        if bad:
            key = sorted(bad)[0]
            raise fail(f"unknown key {key!r} (allowed: {', '.join(sorted(SITE_KEYS))})", key)
        listing = entry.get("listing")
        if isinstance(listing, str):
            listing = [listing]
        if not listing:
            raise fail("site has no 'listing' URL")
        for url in listing:
            if not isinstance(url, str) or not is_http_url(url):
                raise fail(f"not an http(s) URL: {url!r}", "listing")
        name = entry.get("name") or re.sub(r"^www\.", "", listing[0].split("/")[2])
        if not isinstance(name, str) or not re.fullmatch(r"[\w.\-]+", name):
            raise fail(f"bad site name {name!r} (letters, digits, '.', '-', '_')", "name")
        if name in names:
            raise fail(f"duplicate site name {name!r}", "name")
        names.add(name)
        profile = entry.get("profile", defaults.get("profile"))
        if profile is not None:
            try:
                get_profile(profile)
            except ConfigError as exc:
                raise fail(str(exc), "profile") from None
        delay = entry.get("delay", defaults.get("delay"))
        if delay is not None and (not isinstance(delay, int | float) or delay < 0):
            raise fail(f"delay must be a number >= 0, got {delay!r}", "delay")
        conc = entry.get("concurrency", defaults.get("concurrency"))
        if conc is not None and (not isinstance(conc, int) or conc < 1):
            raise fail(f"concurrency must be an integer >= 1, got {conc!r}", "concurrency")
        hosts = entry.get("hosts", [])
        sites.append(
            Site(
                name=name,
                listing_urls=list(listing),
                profile=profile,
                delay=float(delay) if delay is not None else None,
                concurrency=conc,
                extra_hosts=list(hosts),
            )
        )
    return sites
