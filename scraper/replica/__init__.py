"""Bundled replica of a Vietnamese ward news portal, for the offline demo, tests and benchmarks.

``Portal`` generates a deterministic ASP.NET-style portal (listing pages, articles,
attachments) and its ground truth; ``PortalServer`` serves one or more portals over
loopback HTTP/1.1::

    portal = Portal(articles=90)
    with PortalServer(portal) as server:
        crawl(server.listing_url())          # e.g. http://127.0.0.1:PORT/Default.aspx?tabid=73
    expected = list(portal.ground_truth())   # path, title, published_at, author, body, views

The server module is imported lazily so that ``python -m scraper.replica.server`` runs
without a double-import warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .portal import Portal, Resource, Route, robots_txt

if TYPE_CHECKING:
    from .server import Faults, PortalServer, Request, Response, make_portals, serve_in_subprocess

__all__ = [
    "Faults",
    "Portal",
    "PortalServer",
    "Request",
    "Resource",
    "Response",
    "Route",
    "make_portals",
    "robots_txt",
    "serve_in_subprocess",
]

_LAZY = {"Faults", "PortalServer", "Request", "Response", "make_portals", "serve_in_subprocess"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import server

        return getattr(server, name)
    raise AttributeError(f"module 'scraper.replica' has no attribute {name!r}")
