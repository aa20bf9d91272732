"""URL canonicalization and scope checks (pure functions).

Canonical URLs are the identity of articles and frontier entries, so two
links that reach the same page must canonicalize to one string: parameter
order, fragments, tracking parameters, default ports, host case and empty
queries must not create duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from urllib.parse import (
    parse_qsl,
    quote,
    unquote,
    unquote_plus,
    urlencode,
    urljoin,
    urlsplit,
    urlunsplit,
)

# Query parameters that never select content; dropped from canonical URLs.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "igshid",
        "zarsrc",
        "zalo_share",
        "ref",
        "ref_src",
        "sessionid",
        "phpsessid",
        "jsessionid",
        "aspsessionid",
    }
)
TRACKING_PREFIXES = ("utm_",)
_DEFAULT_PORTS = {"http": 80, "https": 443}


_SLASHES = re.compile(r"/{2,}")


def _keep_param(name: str, value: str) -> bool:
    low = name.lower()
    if low == "sid":  # a session token ("sid=9f8e7d…"), or PHP-Nuke's story id ("sid=123")
        return value.isdecimal() or len(value) < 16
    return low not in TRACKING_PARAMS and not low.startswith(TRACKING_PREFIXES)


def canonicalize(url: str, base: str | None = None) -> str:
    """Return the canonical form of ``url`` (resolved against ``base``).

    - scheme and host lower-cased, default port dropped, IDN kept as given
    - fragment removed, tracking parameters removed, remaining parameters
      sorted (stable for repeated keys), empty query dropped
    - path percent-encoding normalized; ``;jsessionid=...`` path params dropped
    """
    return _canonical(urljoin(base, url.strip()) if base else url)


def clear_cache() -> None:
    """Forget memoized canonical URLs (benchmarks start each pass cold)."""
    _canonical.cache_clear()


# Pure; cached by the resolved URL, since menus and sidebars repeat the same links on
# every page of a site while the page (the base) changes (bounded: memory).
@lru_cache(maxsize=4096)
def _canonical(url: str) -> str:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and parts.port != _DEFAULT_PORTS.get(scheme) else None
    netloc = host if port is None else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    # "/tin-tuc//hoat-dong/x.aspx": web servers read doubled slashes as one
    path = _SLASHES.sub("/", parts.path) if "//" in parts.path else parts.path or "/"
    if ";" in path:
        head, _, rest = path.partition(";")
        if rest.lower().startswith(("jsessionid", "sessionid")):
            path = head
    path = quote(unquote(path), safe="/:@!$&'()*+,;=-._~%")
    params = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if _keep_param(k, v)
    ]
    params.sort(key=lambda kv: (kv[0].lower(), kv[0]))
    # ("=" inside a value kept as written: "?mod=tintuc;cid=5;page=3" of an old PHP site
    # reading ";" as a separator means another page with "cid%3D5")
    query = urlencode(params, doseq=False, quote_via=quote, safe="/:@!$'()*,;=-._~")
    if params and any(piece and "=" not in piece for piece in parts.query.split("&")):
        query = _bare_keys_kept(query, parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def _bare_keys_kept(query: str, written: str) -> str:
    """``query`` with the keys written without "=" as written (e107's
    ``news.php?extend.851``: scripts reading the raw query string see no "=" there)."""
    bare = {unquote_plus(piece) for piece in written.split("&") if piece and "=" not in piece}
    return "&".join(
        p[:-1] if p.endswith("=") and unquote_plus(p[:-1]) in bare else p for p in query.split("&")
    )


def host_of(url: str) -> str:
    """Lower-cased host name of ``url`` ('' when absent)."""
    return (urlsplit(url).hostname or "").lower().rstrip(".")


def is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def absolute_http_url(href: str, base: str) -> str | None:
    """``href`` resolved against ``base`` and canonicalized, when it is an http(s) URL;
    None for anything else, malformed ones ("http://[bad") included."""
    try:
        absolute = canonicalize(href, base)
    except ValueError:
        return None
    return absolute if is_http_url(absolute) else None


def on_site(host: str, hosts: Collection[str]) -> bool:
    """Whether ``host`` is one of ``hosts``; ``www.x`` and ``x`` count as one site (portals
    redirect one to the other and link to either)."""
    if host in hosts:
        return True
    return (host[4:] if host.startswith("www.") else "www." + host) in hosts


# Second-level names under .vn that are registries, not organisations (angiang.gov.vn).
_VN_REGISTRIES = frozenset(
    ("gov", "edu", "org", "com", "net", "ac", "info", "int", "biz", "name", "pro", "health")
)


def organisation(host: str) -> str:
    """The registered domain a host belongs to: tintuc.angiang.gov.vn → angiang.gov.vn."""
    if ":" in host or host.replace(".", "").isdecimal():
        return host  # an IP address is its own
    labels = host.rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and labels[-1] == "vn" and labels[-2] in _VN_REGISTRIES else 2
    return ".".join(labels[-keep:])


def on_portal(host: str, hosts: Collection[str]) -> bool:
    """Whether ``host`` is one of ``hosts`` or another host of their registered domains
    (articles a listing links on the portal's news subdomain)."""
    return on_site(host, hosts) or (
        bool(host) and organisation(host) in {organisation(h) for h in hosts}
    )


def same_site(url: str, host: str) -> bool:
    """True when ``url`` is on ``host`` or on its ``www.`` twin."""
    return on_site(host_of(url), (host,))


def same_organisation(url: str, host: str) -> bool:
    """``url`` is on ``host`` or on another host of the same registered domain
    (a portal's news on tintuc.angiang.gov.vn, linked from www.angiang.gov.vn)."""
    return on_portal(host_of(url), (host,))


# A page as a web archive serves it, the original address inside its own
# (web.archive.org/web/20250627083514/https://…, archive.ph/o/hV2cL/https://…)
_ARCHIVED = re.compile(
    r"^https?://(?:web\.archive\.org/web/\d{4,14}[a-z_]*|"
    r"archive\.(?:ph|today|is|li|md|vn)/o/[A-Za-z0-9]+)/(?P<orig>https?:/{1,2}.+)$",
    re.IGNORECASE,
)


# Google's cache: /search?q=cache:<key>:<the original, percent-encoded>&cd=…
_CACHED = re.compile(
    r"^https?://webcache\.googleusercontent\.com/search\?q=cache:(?:[\w-]+:)?(?P<orig>https?(?::|%3A)[^&]+)",
    re.IGNORECASE,
)


def archived_original(url: str) -> str | None:
    """The original address of an archive's or a cache's copy of a page, else None (also
    when the original is no URL at all: "http://[bad" in a raw link)."""
    m = _ARCHIVED.match(url)
    cached = _CACHED.match(url) if m is None else None
    if cached is not None:
        m = cached
    if m is None:
        return None
    orig = unquote(m["orig"]) if cached is not None else m["orig"]
    orig = _ONE_SLASH.sub(r"\1//", orig)
    try:
        urlsplit(orig)
    except ValueError:
        return None
    return orig


_ONE_SLASH = re.compile(r"^(https?:)/(?!/)", re.IGNORECASE)  # "https:/host", as paths fold it


# A click counter or redirector carrying its target: /Click.aspx?id=7&url=%2ftin-tuc%2fx.aspx
# ("redirect=" is no such key: Liferay's links carry the page to return to in it)
_REDIRECT = re.compile(r"[?&](?:url|u|link|goto|dest)=(?:%2f|/|https?(?::|%3a))", re.I)
_REDIRECT_KEYS = frozenset({"url", "u", "link", "goto", "dest"})
# ... on a script named for it (Click.aspx, redirect.php, go.php, ClickCount.ashx, /out): a
# page that reads articles by a "url" slug (Detail.aspx?url=/tin-tuc/x) is left alone
_REDIRECTOR = re.compile(
    r"(?i)/(?:[\w-]*(?:click|redirect|redir|count|track|dem-?luot|luot-?xem|chuyen-?huong)[\w-]*|"
    r"go|goto|out|r|link|links|ads?|"
    r"adv|banner|qc)(?:\.[a-z]{2,5})?/?$"
)


def unwrap_redirect(url: str) -> str:
    """The target of a click-counting or redirecting link (canonical), else ``url``.

    Portals count a story's views by linking ``/Click.aspx?id=N&url=<story>``; the story
    is what the link reaches, and the counter would be fetched once per story as a page
    of its own. Only a target that is a path or an http(s) URL counts.
    """
    if not _REDIRECT.search(url):
        return url
    parts = urlsplit(url)
    if not _REDIRECTOR.search(parts.path):
        return url
    for key, value in parse_qsl(parts.query):
        value = value.strip()
        if key.lower() in _REDIRECT_KEYS and (
            (value.startswith("/") and not value.startswith("//"))
            or value.lower().startswith(("http://", "https://"))
        ):
            return absolute_http_url(value, url) or url
    return url
