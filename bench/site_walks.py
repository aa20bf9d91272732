"""Whole walks of the held-out mini-sites, site by site: what a crawl stored and asked for.

    python bench/site_walks.py [--corpus sites1 sites2 ...] [--totals]

Serves each mini-site of ``tests/fixtures/sitesN/`` on 127.0.0.1 exactly as
``tests/test_crawl_sites_corpus.py`` does, runs ``govnews crawl SEED --full --delay 0
--concurrency 4`` and prints, per site, the articles stored out of those labelled, the
labelled articles missing, extra records, pages asked for outside the site's routes, and
stored articles whose title or date differ from the site's. The test asserts a site is
exact; this prints the counts behind the first-run figures in the corpus READMEs. Those
were printed by an equivalent throwaway script before this bench existed; to see a first
run again, put ``scraper/`` back to the commit its README names
(``git checkout <commit> -- scraper``) and run this bench. ``--totals`` walks nothing and
prints how many sites, listing pages, listing addresses and labelled articles the corpora
hold (the README's counts), summed from their ``site.json`` files.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fault_server import FaultServer  # noqa: E402
from test_crawl_sites_corpus import (  # noqa: E402
    SITE_CORPORA,
    MiniSite,
    _iso,
    _key_of,
    asked_pages,
)
from typer.testing import CliRunner  # noqa: E402

from cli import app  # noqa: E402


def walk(root: Path) -> dict[str, int]:
    """Crawl one mini-site; the counts the report prints."""
    with FaultServer(default_routes=False) as server, tempfile.TemporaryDirectory() as tmp:
        site = MiniSite(root, server.url("").rstrip("/"))
        server.add_route("/", site.answer, prefix=True)
        db = Path(tmp) / "walk.db"
        result = CliRunner().invoke(
            app,
            ["crawl", server.url(site.spec["seed"]), "--db", str(db), "--full", "--delay", "0"]
            + ["--concurrency", "4", "-q"],
        )
        asked = asked_pages(server.requests)
        con = sqlite3.connect(db)
        rows = con.execute("SELECT url, title, published_at FROM articles").fetchall()
        con.close()
    labels = {_key_of(t): a for t, a in site.spec["articles"].items()}
    stored = {_key_of(url): (title, (published or "")[:10]) for url, title, published in rows}
    return {
        "exit": result.exit_code,
        "labelled": len(labels),
        "stored": len(stored.keys() & labels.keys()),
        "missing": len(labels.keys() - stored.keys()),
        "extra": len(stored.keys() - labels.keys()),
        "strays": len(asked - set(site.listings) - set(site.articles)),
        "misread": sum(
            1
            for key, got in stored.items()
            if key in labels and got != (labels[key]["title"], _iso(labels[key]["date"]))
        ),
    }


def site_roots(name: str) -> list[Path]:
    """The mini-sites of one walk corpus, in order."""
    return [p.parent for p in sorted((ROOT / "tests" / "fixtures" / name).glob("s*/site.json"))]


def print_totals(corpora: list[str]) -> None:
    """Sites, listing pages, listing addresses and articles per corpus and in all.

    Listing pages are those a walk must reach; addresses are the routes served, aliases
    (``?page=1`` beside the seed) included.
    """
    print(f"{'corpus':12} {'sites':>6} {'listings':>9} {'addresses':>9} {'articles':>9}")
    sums = [0, 0, 0, 0]
    for name in corpora:
        specs = [json.loads((root / "site.json").read_text("utf-8")) for root in site_roots(name)]
        row = [
            len(specs),
            sum(len(s["expected_listing_pages"]) for s in specs),
            sum(len(s["routes"]) for s in specs),
            sum(len(s["articles"]) for s in specs),
        ]
        sums = [a + b for a, b in zip(sums, row, strict=True)]
        print(f"{name:12} " + " ".join(f"{n:>9}" for n in row))
    print(f"{'all':12} " + " ".join(f"{n:>9}" for n in sums))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=list(SITE_CORPORA))
    parser.add_argument(
        "--totals", action="store_true", help="print the corpora's counts; walk nothing"
    )
    args = parser.parse_args()
    if args.totals:
        print_totals(args.corpus)
        return 0
    fields = ("exit", "labelled", "stored", "missing", "extra", "strays", "misread")
    print(f"{'site':44} " + " ".join(f"{f:>8}" for f in fields))
    for name in args.corpus:
        exact = total = 0
        for root in site_roots(name):
            counts = walk(root)
            total += 1
            exact += counts["missing"] == counts["extra"] == counts["strays"] == 0 and not (
                counts["misread"] or counts["exit"]
            )
            line = " ".join(f"{counts[f]:>8}" for f in fields)
            print(f"{name + '/' + root.name:44} {line}")
        print(f"{name}: {exact}/{total} sites exact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
