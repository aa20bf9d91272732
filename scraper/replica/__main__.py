"""``python -m scraper.replica``: serve replica portals on loopback (see ``server.main``)."""

from .server import main

if __name__ == "__main__":
    raise SystemExit(main())
