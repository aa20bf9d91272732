"""robots.txt: an RFC 9309 parser and a per-origin cache that loads each file once.

Why not ``urllib.robotparser`` alone: it matches rules first-come instead of
longest-match, ignores ``*``/``$`` wildcards (``Disallow: /*?print=`` never
matches), matches user-agent names as substrings (a ``User-agent: go`` group
applies to ``govnews``), keeps only the first ``User-agent: *`` group, drops a
group when a blank line follows its ``User-agent`` line, loses the first group
of a file that starts with a BOM and ignores fractional ``Crawl-delay``. Gov
portals hit several of these, so rules are parsed here per RFC 9309 and matched
on percent-normalised paths. Parsing does no I/O; :class:`RobotsCache` gets the
file through a loader supplied by the fetcher (same politeness and retries).
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import quote

# RFC 9309 2.5: parse at least 500 KiB; the rest is ignored.
MAX_ROBOTS_BYTES = 512 * 1024
# Crawl-delay above this is treated as this (some files say 3600).
MAX_CRAWL_DELAY = 60.0

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
# Everything printable in ASCII stays as is; non-ASCII and spaces get %-encoded (UTF-8).
_SAFE = "!#$%&'()*+,-./:;=?@[]_~"

_KEYS = {
    "user-agent": "user-agent",
    "useragent": "user-agent",
    "user agent": "user-agent",
    "allow": "allow",
    "disallow": "disallow",
    "dissallow": "disallow",
    "dissalow": "disallow",
    "disalow": "disallow",
    "disallaw": "disallow",
    "crawl-delay": "crawl-delay",
    "crawldelay": "crawl-delay",
    "sitemap": "sitemap",
    "site-map": "sitemap",
}


def _pct_upper(m: re.Match[str]) -> str:
    ch = chr(int(m.group(1), 16))
    return ch if ch in _UNRESERVED else "%" + m.group(1).upper()


def normalize_path(path: str) -> str:
    """Percent-encode non-ASCII, upper-case escapes and decode escaped unreserved chars.

    Applied to both rule paths and request paths so ``/tin-tức``, ``/tin-t%e1%bb%a9c``
    and ``/tin-t%E1%BB%A9c`` compare equal.
    """
    if path.isascii() and " " not in path:
        if "%" not in path:
            return path
    else:
        path = quote(path, safe=_SAFE)
    return _PCT.sub(_pct_upper, path)


@dataclass(frozen=True, slots=True)
class _Rule:
    length: int  # specificity: length of the pattern as written
    allow: bool
    prefix: str  # literal prefix, or the whole pattern when there is no wildcard
    regex: re.Pattern[str] | None  # only for patterns with * or $


def _compile(pattern: str, allow: bool) -> _Rule:
    if not pattern.startswith(("/", "*")):
        pattern = "/" + pattern  # "Disallow: admin" means /admin in practice
    pattern = normalize_path(pattern)
    if "*" not in pattern and not pattern.endswith("$"):
        return _Rule(len(pattern), allow, pattern, None)
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    # Collapse runs of '*' so the regex stays linear.
    body = re.sub(r"\*+", "*", body)
    regex = ".*".join(re.escape(part) for part in body.split("*"))
    regex = re.compile(regex + (r"\Z" if anchored else ""), re.DOTALL)
    return _Rule(len(pattern), allow, body.split("*", 1)[0], regex)


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """The rules of one robots.txt that apply to our user-agent.

    ``failure`` is set when the file could not be had (5xx, unreachable): then
    everything is disallowed and ``failure_reason``/``failure`` say why.
    """

    rules: tuple[_Rule, ...] = ()
    crawl_delay: float | None = None
    sitemaps: tuple[str, ...] = ()
    failure: str | None = None
    failure_reason: str = "robots"
    failure_retryable: bool = True

    def allowed(self, path: str) -> bool:
        """Whether ``path`` (path plus ``?query``) may be fetched."""
        if self.failure is not None:
            return False
        if not self.rules:
            return True
        if not path.startswith("/"):
            path = "/" + path
        if path == "/robots.txt":
            return True
        path = normalize_path(path)
        best_len = -1
        best_allow = True
        for rule in self.rules:
            if rule.length < best_len or (rule.length == best_len and best_allow):
                continue
            if rule.regex is None:
                if not path.startswith(rule.prefix):
                    continue
            elif not path.startswith(rule.prefix) or rule.regex.match(path) is None:
                continue
            if rule.length > best_len:
                best_len, best_allow = rule.length, rule.allow
            elif rule.allow:  # same length: allow wins (RFC 9309 2.2.2)
                best_allow = True
        return best_allow

    @classmethod
    def unavailable(
        cls, message: str, reason: str = "robots", *, retryable: bool = True
    ) -> RobotsRules:
        return cls(failure=message, failure_reason=reason, failure_retryable=retryable)


ALLOW_ALL = RobotsRules()


def _product_token(agent: str) -> str:
    return re.split(r"[/\s]", agent.strip(), maxsplit=1)[0].lower()


def parse_robots(text: str, agent: str = "govnews") -> RobotsRules:
    """Parse robots.txt ``text`` and keep the rules for ``agent``'s product token.

    Groups naming the token (case-insensitive, exact) are merged; if none does,
    all ``User-agent: *`` groups are merged; if there are none, everything is allowed.
    """
    token = _product_token(agent)
    text = text.lstrip("\ufeff")
    # (agents, rules, delays) per group
    groups: list[tuple[list[str], list[tuple[bool, str]], list[float]]] = []
    sitemaps: list[str] = []
    current: tuple[list[str], list[tuple[bool, str]], list[float]] | None = None
    in_agents = False
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue  # blank lines do not end a group (RFC 9309)
        key, _, value = line.partition(":")
        key = _KEYS.get(key.strip().lower())
        value = value.strip()
        if key is None:
            continue
        if key == "sitemap":
            if value:
                sitemaps.append(value)
            continue
        if key == "user-agent":
            if current is None or not in_agents:
                current = ([], [], [])
                groups.append(current)
            current[0].append(_product_token(value) if value != "*" else "*")
            in_agents = True
            continue
        in_agents = False
        if current is None:
            continue  # rules before any User-agent line belong to nobody
        if key == "crawl-delay":
            try:
                delay = float(value)
            except ValueError:
                continue
            if delay >= 0 and delay == delay:
                current[2].append(delay)
        elif value:  # an empty Disallow/Allow means no rule
            current[1].append((key == "allow", value))

    chosen = [g for g in groups if token in g[0]]
    if not chosen:
        chosen = [g for g in groups if "*" in g[0]]
    rules = tuple(_compile(pattern, allow) for g in chosen for allow, pattern in g[1])
    delays = [d for g in chosen for d in g[2]]
    crawl_delay = min(max(delays), MAX_CRAWL_DELAY) if delays else None
    return RobotsRules(rules, crawl_delay, tuple(sitemaps))


class RobotsCache:
    """robots.txt rules per origin (``scheme://host[:port]``), loaded once.

    Concurrent lookups of a new origin share one load. Good answers are kept for
    ``ttl`` seconds (RFC 9309: at most 24 h), failures for ``failure_ttl`` so a dead
    host is not asked again for every URL but is re-tried later.
    """

    def __init__(
        self,
        loader: Callable[[str], Awaitable[RobotsRules]],
        *,
        ttl: float = 24 * 3600.0,
        failure_ttl: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._loader = loader
        self._ttl = ttl
        self._failure_ttl = failure_ttl
        self._clock = clock
        self._rules: dict[str, tuple[RobotsRules, float]] = {}
        self._loading: dict[str, asyncio.Task[RobotsRules]] = {}

    def cached(self, origin: str) -> RobotsRules | None:
        """Rules already loaded and still fresh, else ``None`` (no await: hot path)."""
        entry = self._rules.get(origin)
        if entry is not None and entry[1] > self._clock():
            return entry[0]
        return None

    async def get(self, origin: str) -> RobotsRules:
        rules = self.cached(origin)
        if rules is not None:
            return rules
        task = self._loading.get(origin)
        if task is None:
            task = asyncio.ensure_future(self._load(origin))
            self._loading[origin] = task
        # shield: one caller being cancelled must not cancel the shared load
        return await asyncio.shield(task)

    def close(self) -> None:
        """Cancel loads still running (the fetcher is shutting down)."""
        for task in list(self._loading.values()):
            task.cancel()
        self._loading.clear()

    async def _load(self, origin: str) -> RobotsRules:
        try:
            rules = await self._loader(origin)
        finally:
            self._loading.pop(origin, None)
        ttl = self._failure_ttl if rules.failure is not None else self._ttl
        self._rules[origin] = (rules, self._clock() + ttl)
        return rules
