"""``govnews probe``: show what would be extracted from saved pages or URLs, and why.

The tool for adding a portal: each page's fields, the profile that matched
and the evidence for each field. Hundreds of files run in one process.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from pathlib import Path

from .article import extract_article
from .encoding import decode_html
from .errors import FetchError, UsageError
from .listing import parse_listing
from .models import ARTICLE_FIELDS, Article
from .profiles import get_profile
from .urls import canonicalize, is_http_url

Echo = Callable[[str], None]


def _read_targets(targets: list[str]) -> list[tuple[str, str, bytes | None, str | None]]:
    """(label, url, raw bytes or None when it must be fetched, content-type)."""
    out = []
    for target in targets:
        if is_http_url(target):
            out.append((target, canonicalize(target), None, None))
            continue
        path = Path(target)
        if not path.is_file():
            raise UsageError(f"{target}: no such file (and not an http(s) URL)")
        out.append((target, f"file://{path.resolve()}", path.read_bytes(), None))
    return out


async def _fetch_all(
    urls: list[str], *, insecure: bool = False
) -> dict[str, tuple[bytes, str | None] | FetchError]:
    from .fetch import Fetcher, FetchPolicy

    results: dict[str, tuple[bytes, str | None] | FetchError] = {}
    async with Fetcher(FetchPolicy(delay=0.5, verify_tls=not insecure)) as fetcher:
        for url in urls:
            try:
                res = await fetcher.fetch(url)
                results[url] = (res.content, res.headers.get("content-type"))
            except FetchError as exc:
                results[url] = exc
    return results


def _text_report(label: str, art: Article) -> str:
    lines = [f"== {label}", f"profile:      {art.evidence.get('profile', art.profile)}"]
    for name in ARTICLE_FIELDS:
        value = getattr(art, name)
        how = art.evidence.get(name, "")
        if name == "body" and value:
            paras = value.split("\n\n")
            shown = f"{len(paras)} paragraphs, {len(value)} chars: {paras[0][:100]}…"
        else:
            shown = "— (not found)" if value is None else str(value)
        lines.append(
            f"{name + ':':13} {shown}" + (f"   [{how}]" if how and value is not None else "")
        )
    if art.attachments:
        lines.append(f"attachments:  {', '.join(art.attachments)}")
    if art.gone:
        lines.append(f"gone:         {art.gone}   [a soft 404: a crawl records a failure]")
    if art.refused:
        lines.append(f"refused:      {art.refused}   [a block page: a crawl records a failure]")
    return "\n".join(lines)


_CANONICAL = re.compile(
    r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)"
    r"|<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)",
    re.IGNORECASE,
)


def _page_url(text: str, fallback: str) -> str:
    """A saved page's own URL from its canonical link or og:url (relative links need it)."""
    m = _CANONICAL.search(text[:200_000])
    url = (m.group(1) or m.group(2)) if m else None
    return canonicalize(url) if url and is_http_url(url) else fallback


def probe_targets(
    targets: list[str],
    *,
    profile: str | None = None,
    fmt: str = "text",
    listing: bool = False,
    echo: Echo = print,
    base_url: str | None = None,
    insecure: bool = False,
) -> int:
    """Probe every target; returns an exit code (0 ok, 1 when some page could not be read)."""
    if fmt not in ("text", "json"):
        raise UsageError(f"--format must be text or json, got {fmt!r}")
    if profile:
        get_profile(profile)
    items = _read_targets(targets)
    remote = [url for _, url, raw, _ in items if raw is None]
    fetched = asyncio.run(_fetch_all(remote, insecure=insecure)) if remote else {}
    code = 0
    for label, url, raw, ctype in items:
        remote_page = raw is None
        if raw is None:
            got = fetched[url]
            if isinstance(got, FetchError):
                echo(
                    json.dumps({"target": label, "error": str(got)}, ensure_ascii=False)
                    if fmt == "json"
                    else f"== {label}\nerror: {got}"
                )
                code = 1
                continue
            raw, ctype = got
        text, encoding = decode_html(raw, ctype)
        if not remote_page:
            url = canonicalize(base_url) if base_url else _page_url(text, url)
        if listing:
            page = parse_listing(text, url, profile)
            data = {
                "target": label,
                "articles": page.article_urls,
                "pages": page.page_urls,
                "current_page": page.current_page,
                "total_pages": page.total_pages,
                "forward": page.forward,
                "refused": page.refused,
                "script_pager": page.script_pager,
            }
            echo(
                json.dumps(data, ensure_ascii=False)
                if fmt == "json"
                else f"== {label}\n{len(page.article_urls)} article links, {len(page.page_urls)} other pages"
                + "".join(f"\n  article {u}" for u in page.article_urls)
                + "".join(f"\n  page    {u}" for u in page.page_urls)
                + (f"\n  forwards to {page.forward} (a crawl follows it)" if page.forward else "")
                + (f"\n  refused: {page.refused} (a block page)" if page.refused else "")
                + (
                    f"\n  more pages only a script reaches: {page.script_pager!r}"
                    if page.script_pager
                    else ""
                )
            )
            continue
        art = extract_article(text, url, profile)
        if fmt == "json":
            record = {
                "target": label,
                "url": url if remote_page else None,
                "file": None if remote_page else label,
                "profile": art.profile,
                "encoding": encoding,
                **art.fields(),
                "gone": art.gone,
                "refused": art.refused,
                "evidence": art.evidence,
            }
            echo(json.dumps(record, ensure_ascii=False))
        else:
            echo(_text_report(label, art))
    return code
