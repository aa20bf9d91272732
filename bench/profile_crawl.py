"""Profile a govnews crawl: where the CPU per page goes, and what the obvious fixes would save.

    python bench/profile_crawl.py --articles 2000 [--concurrency 8]

Three parts, all against the replica portal on loopback (30-120 KB pages):

1. stages: a crawl in a subprocess with light wrappers around the synchronous stages
   (decode, listing parse, extraction and its steps, storage and its steps) that add up
   each stage's *thread CPU time*, so the figures are CPU, not wall time inflated by
   other processes. What is left of the process CPU is fetching (httpx, politeness,
   tenacity), the asyncio loop, orchestration, interpreter start and imports.
2. cprofile: the same crawl under cProfile; self time grouped by library/layer, and the
   top functions.
3. what-if: micro-measurements on pages rendered by the portal model in this process
   (no network), for the changes proposed in the report: zlib level, parsing bytes
   instead of str, skipping per-page profile detection, FTS trigger cost.

The crawls run with the adaptive politeness slow-down counted but not applied, so the
profile is of the work per page, not of the pauses (which bench/crawl.py measures).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pstats
import shutil
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402  (bench/ is not a package)
from common import PortalProcess, run_measured  # noqa: E402

# (module, attribute, label, depth): synchronous functions whose thread CPU is summed.
# Depth only indents the printout: a stage's time includes the stages nested in it.
STAGES: tuple[tuple[str, str, str, int], ...] = (
    ("scraper.pagework", "prepare_listing", "prepare_listing (decode, parse, pack)", 0),
    ("scraper.pagework", "parse_listing", "parse_listing", 1),
    ("scraper.pagework", "prepare_article", "prepare_article (decode, extract, pack)", 0),
    ("scraper.pagework", "decode_html", "decode_html (bytes -> NFC str), all pages", 1),
    ("scraper.pagework", "pack_page", "archive.pack_page (compress + sha256), all pages", 1),
    ("scraper.pagework", "extract_article", "extract_article", 1),
    ("scraper.article", "parse", "lexbor parse (from str)", 2),
    ("scraper.article", "resolve_profile", "profile detection", 2),
    ("scraper.article", "read_meta", "read_meta", 2),
    ("scraper.article", "strip_invisible", "strip_invisible", 2),
    ("scraper.article", "_first_text", "profile selectors (text)", 2),
    ("scraper.article", "_first_date", "profile selectors (date)", 2),
    ("scraper.article", "_first_node", "profile selectors (body)", 2),
    ("scraper.article", "blocks_of", "blocks_of (tree walk -> blocks)", 2),
    ("scraper.generic", "find_title", "find_title", 2),
    ("scraper.generic", "choose_container", "choose_container", 2),
    ("scraper.generic", "split_body", "split_body", 2),
    ("scraper.generic", "find_author", "find_author", 2),
    ("scraper.generic", "find_author_element", "find_author_element", 2),
    ("scraper.generic", "find_date", "find_date", 2),
    ("scraper.generic", "find_views", "find_views", 2),
    ("scraper.generic", "find_views_element", "find_views_element", 2),
    ("scraper.article", "_attachments", "_attachments", 2),
    ("scraper.batch", "WriteBatch.flush", "batch commits (all rows of ~50 articles + COMMIT)", 0),
    ("scraper.archive", "store_page", "store_page (raw page row)", 1),
    ("scraper.archive", "upsert_article", "upsert_article (+ FTS triggers)", 1),
    ("scraper.archive", "content_hash", "content_hash", 2),
    ("scraper.frontier", "mark", "frontier.mark", 1),
    ("scraper.frontier", "clear_failure", "frontier.clear_failure", 1),
    ("scraper.frontier", "add", "frontier.add", 0),
    ("scraper.frontier", "known_articles", "frontier.known_articles", 0),
)


# --- child: crawl with stage timers -------------------------------------------------------


def install_stage_timers() -> dict[str, list[float]]:
    """Wrap every STAGES function that exists; returns label -> [calls, cpu seconds]."""
    totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    clock = time.thread_time
    for module_name, attr, label, _ in STAGES:
        module = importlib.import_module(module_name)
        owner: Any = module
        name = attr
        if "." in attr:
            cls_name, name = attr.split(".", 1)
            owner = getattr(module, cls_name, None)
        fn = getattr(owner, name, None) if owner is not None else None
        if fn is None:
            continue
        setattr(owner, name, _timed(fn, totals[label], clock))
    return totals


def _timed(fn: Callable[..., Any], slot: list[float], clock: Callable[[], float]) -> Any:
    import inspect

    if inspect.iscoroutinefunction(fn):
        # Only for coroutines that never suspend (SiteCrawl._store): thread CPU is exact.
        async def awrapper(*args: Any, **kwargs: Any) -> Any:
            t = clock()
            try:
                return await fn(*args, **kwargs)
            finally:
                slot[0] += 1
                slot[1] += clock() - t

        return awrapper

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t = clock()
        try:
            return fn(*args, **kwargs)
        finally:
            slot[0] += 1
            slot[1] += clock() - t

    return wrapper


def child_stages(db: str, url: str, concurrency: int) -> dict[str, Any]:
    totals = install_stage_timers()
    result = common.child_govnews(db, url, concurrency, slowdown=False)
    result["stages"] = {k: v for k, v in totals.items()}
    result["main_thread_cpu"] = time.thread_time()
    return result


# --- parent -------------------------------------------------------------------------------


def print_stages(run: common.ProcStats, pages: int, articles: int) -> None:
    r = run.result()
    stages = r.get("stages", {})
    print(f"\n1. CPU by stage (thread CPU time; {pages} pages = {articles} articles + listings)")
    rows = []
    top_level = 0.0
    for _, _, label, depth in STAGES:
        if label not in stages:
            continue
        calls, cpu = stages[label]
        if depth == 0:
            top_level += cpu
        rows.append(
            [
                "  " * depth + label,
                f"{int(calls)}",
                f"{cpu:.2f}",
                f"{1000 * cpu / max(1, calls):.3f}",
                f"{1000 * cpu / pages:.2f}",
                f"{100 * cpu / run.cpu:.0f}%",
            ]
        )
    rest = run.cpu - top_level
    rows.append(
        ["everything else (fetch: httpx, politeness, tenacity; asyncio; orchestration;"
         " interpreter start and imports)", "", f"{rest:.2f}", "", f"{1000 * rest / pages:.2f}",
         f"{100 * rest / run.cpu:.0f}%"]
    )  # fmt: skip
    rows.append(["process total (user+sys)", "", f"{run.cpu:.2f}", "",
                 f"{1000 * run.cpu / pages:.2f}", "100%"])  # fmt: skip
    print(common.table(rows, ["stage", "calls", "CPU s", "ms/call", "ms/page", "share"]))
    print(
        f"crawl wall {run.wall:.1f}s; imports {r.get('import_seconds', 0):.2f}s; "
        f"{r.get('new', '?')} new articles, {r.get('requests', '?')} requests"
    )


CATEGORIES: tuple[tuple[str, Callable[[str, str], bool]], ...] = (
    ("idle: waiting on sockets (epoll)", lambda f, n: "poll" in n and ("epoll" in n or "select" in n)),
    ("sqlite3 (C): SQL, FTS5 triggers, commits", lambda f, n: "sqlite3" in n),
    ("zlib (C)", lambda f, n: "zlib" in n),
    ("selectolax/lexbor (C + glue)", lambda f, n: "selectolax" in n or "selectolax" in f),
    ("regular expressions (C)", lambda f, n: "re.Pattern" in n or "/re/" in f),
    ("unicodedata / str methods (C)", lambda f, n: "unicodedata" in n or "of 'str' objects" in n),
    ("hashlib / json", lambda f, n: "hashlib" in n or "sha256" in n or "/json/" in f),
    ("socket send/recv (C)", lambda f, n: "socket" in n),
    ("httpx / httpcore / h11 / anyio", lambda f, n: any(
        k in f for k in ("/httpx/", "/httpcore/", "/h11/", "/anyio/", "/sniffio/", "/idna/"))),
    ("tenacity (retry wrapper)", lambda f, n: "/tenacity/" in f),
    ("asyncio event loop", lambda f, n: "/asyncio/" in f),
    ("govnews fetch layer (fetch, politeness, robots)", lambda f, n: any(
        k in f for k in ("scraper/fetch.py", "scraper/politeness.py", "scraper/robots.py"))),
    ("govnews extraction (python)", lambda f, n: any(
        k in f for k in ("scraper/htmltext.py", "scraper/generic/", "scraper/article.py",
                         "scraper/normalize.py", "scraper/metadata.py", "scraper/profiles",
                         "scraper/vocab.py", "scraper/listing.py", "scraper/urls.py",
                         "scraper/encoding.py"))),
    ("govnews crawl + storage (python)", lambda f, n: any(
        k in f for k in ("scraper/crawl.py", "scraper/frontier.py", "scraper/archive.py",
                         "scraper/search.py", "scraper/runs.py", "scraper/db.py"))),
    ("urllib.parse", lambda f, n: "urllib/parse" in f),
    ("python builtins / other", lambda f, n: True),
)  # fmt: skip


def print_cprofile(path: Path, pages: int, top: int) -> None:
    st = pstats.Stats(str(path))
    by_cat: dict[str, float] = defaultdict(float)
    funcs = []
    for (filename, line, name), (_, _, tt, ct, _) in st.stats.items():  # type: ignore[attr-defined]
        f = filename.replace("\\", "/")
        for label, match in CATEGORIES:
            if match(f, name):
                by_cat[label] += tt
                break
        funcs.append((tt, ct, f"{Path(f).name}:{line}({name})" if f != "~" else name))
    idle = by_cat.get(CATEGORIES[0][0], 0.0)
    busy = sum(by_cat.values()) - idle
    print(f"\n2. cProfile self time by layer (busy {busy:.1f}s, idle {idle:.1f}s; cProfile "
          "slows Python-heavy code more than C calls, so shares are indicative)")  # fmt: skip
    rows = []
    for label, _ in CATEGORIES:
        tt = by_cat.get(label, 0.0)
        if tt <= 0:
            continue
        share = "" if label == CATEGORIES[0][0] else f"{100 * tt / busy:.0f}%"
        rows.append([label, f"{tt:.2f}", f"{1000 * tt / pages:.2f}", share])
    print(common.table(rows, ["layer", "self s", "ms/page", "share of busy"]))
    print(f"\n   top {top} functions by self time")
    funcs.sort(reverse=True)
    rows = [[name[:95], f"{tt:.2f}", f"{ct:.2f}"] for tt, ct, name in funcs[:top]]
    print(common.table(rows, ["function", "self s", "cumulative s"]))


def fetch_layers(portal: PortalProcess, truth: Any, concurrency: int, work: Path) -> None:
    """CPU per page of fetching only: plain httpx vs govnews' Fetcher (both no parsing)."""
    urls_file = work / "urls.txt"
    urls_file.write_text("\n".join(common.all_page_urls(truth, portal.base)), "utf-8")
    best: dict[str, common.ProcStats] = {}
    for _ in range(2):  # alternate, keep each one's cheapest run: less noise from neighbours
        for client in ("httpx", "govnews"):
            run = run_measured(client, common.fetch_command(urls_file, concurrency, client=client))
            run.check()
            if client not in best or run.cpu < best[client].cpu:
                best[client] = run
    print("\n0. fetch only, no parsing or storing (in-crawl CPU, cheaper of two runs)")
    rows = []
    for client, run in best.items():
        r = run.result()
        pages = max(1, int(r.get("pages", 0)))
        cpu = run.cpu - float(r.get("cpu_start", 0.0))
        label = "plain httpx AsyncClient.get" if client == "httpx" else "govnews Fetcher.fetch"
        rows.append([label, str(pages), str(r.get("requests", pages)), f"{run.wall:.1f}",
                     f"{cpu:.2f}", f"{1000 * cpu / pages:.2f}"])  # fmt: skip
    print(common.table(rows, ["client", "pages", "requests", "seconds", "CPU s", "CPU ms/page"]))


def what_if(articles: int, page_size_kb: tuple[int, int]) -> None:
    """Offline micro-measurements for the proposed changes (pages from the portal model)."""
    from selectolax.lexbor import LexborHTMLParser

    from scraper.article import extract_article
    from scraper.encoding import decode_html
    from scraper.htmltext import blocks_of, strip_invisible
    from scraper.profiles import detect_profile

    portal = common.local_portal(max(articles, 200), page_size_kb)
    sample = range(0, len(portal), max(1, len(portal) // 200))
    items = []
    for i in sample:
        route = portal.resolve(*portal.article_path(i).split("?", 1))
        items.append((f"http://127.0.0.1{portal.article_path(i)}", portal.render(route).body))
    n = len(items)
    bodies = [b for _, b in items]
    texts = [decode_html(b, "text/html; charset=utf-8")[0] for b in bodies]
    avg_kb = sum(map(len, bodies)) / n / 1024

    def per_page(fn: Callable[[], Any], repeat: int = 3) -> float:
        best = float("inf")
        for _ in range(repeat):  # cheapest of a few: other processes add noise, never remove
            t = time.thread_time()
            fn()
            best = min(best, time.thread_time() - t)
        return 1000 * best / n

    print(f"\n3. what-if micro-measurements ({n} article pages, {avg_kb:.0f} KB average, "
          "thread CPU ms per page)")  # fmt: skip
    rows = []
    for level in (6, 1):
        out = sum(len(zlib.compress(b, level)) for b in bodies)
        ms = per_page(lambda lv=level: [zlib.compress(b, lv) for b in bodies])
        rows.append([f"zlib.compress level {level}", f"{ms:.2f}",
                     f"stored size {100 * out / sum(map(len, bodies)):.0f}% of raw"])  # fmt: skip
    from scraper import archive as _archive

    out = sum(len(_archive.compress(b)) for b in bodies)
    ms = per_page(lambda: [_archive.compress(b) for b in bodies])
    engine = "ISA-L level 2" if _archive._isal_zlib is not None else "zlib level 1 (no isal)"
    rows.append([f"archive.compress ({engine}, what govnews stores)", f"{ms:.2f}",
                 f"stored size {100 * out / sum(map(len, bodies)):.0f}% of raw"])  # fmt: skip
    rows.append(["decode_html (utf-8 decode + NFC check)",
                 f"{per_page(lambda: [decode_html(b, 'text/html; charset=utf-8') for b in bodies]):.2f}",
                 ""])  # fmt: skip
    rows.append(["LexborHTMLParser(str)", f"{per_page(lambda: [LexborHTMLParser(t) for t in texts]):.2f}",
                 "what extract_article does"])  # fmt: skip
    rows.append(["LexborHTMLParser(bytes)",
                 f"{per_page(lambda: [LexborHTMLParser(b) for b in bodies]):.2f}",
                 "same tree, no re-encoding of the str to UTF-8"])  # fmt: skip
    trees = [LexborHTMLParser(b) for b in bodies]
    # what each CSS query of the extractor costs: a walk over the whole tree, whatever it finds
    rows.append(["one CSS query over the page (tree.css('div'))",
                 f"{per_page(lambda: [t.css('div') for t in trees]):.2f}",
                 "compare with the parse above"])  # fmt: skip
    rows.append(["detect_profile", f"{per_page(lambda: [detect_profile(t, h, u) for t, h, (u, _) in zip(trees, texts, items, strict=True)]):.2f}",
                 "per page when not cached (the crawl detects once per site)"])  # fmt: skip
    for tree in trees:
        strip_invisible(tree)
    rows.append(["blocks_of(body)", f"{per_page(lambda: [blocks_of(t.body) for t in trees]):.2f}",
                 "the Python tree walk (after strip_invisible)"])  # fmt: skip
    arts = []
    ms = per_page(
        lambda: arts.extend(extract_article(t, u) for t, (u, _) in zip(texts, items, strict=True))
    )
    rows.append(["extract_article (profile detected)", f"{ms:.2f}", ""])
    det = detect_profile(trees[0], texts[0], items[0][0]).profile
    ms = per_page(
        lambda: [extract_article(t, u, det) for t, (u, _) in zip(texts, items, strict=True)]
    )
    rows.append([f"extract_article (profile {det.name!r} given)", f"{ms:.2f}", ""])  # fmt: skip

    rows += storage_what_ifs(items, arts, per_page)
    print(common.table(rows, ["measurement", "ms/page", "note"]))


def storage_what_ifs(
    items: list[tuple[str, bytes]], arts: list[Any], per_page: Callable[[Callable[[], Any]], float]
) -> list[list[str]]:
    """SQL cost per article (zlib stubbed out): FTS triggers on/off, commit batching."""
    from scraper import archive, search
    from scraper.db import connect
    from scraper.models import FetchResult

    results = [
        FetchResult(u, u, 200, {"content-type": "text/html; charset=utf-8"}, b,
                    "2026-01-01T00:00:00+00:00")
        for u, b in items
    ]  # fmt: skip
    tmp = Path(tempfile.mkdtemp(prefix="govnews-whatif-"))
    packed = [(r.content[:64], "0" * 64) for r in results]  # measure SQL, not zlib
    best: dict[tuple[bool, int], float] = {}
    try:
        for k, (triggers, batch) in enumerate([(True, 1), (False, 1), (True, 50)] * 2):
            db = connect(tmp / f"w{k}.db")
            search.ensure_index(db)
            if not triggers:
                for trig in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
                    db.conn.execute(f"DROP TRIGGER IF EXISTS {trig}")

            def store(db: Any = db, batch: int = batch) -> None:
                for i in range(0, len(results), batch):
                    with archive.transaction(db):
                        for res, art, pk in zip(results[i : i + batch], arts[i : i + batch],
                                                packed[i : i + batch], strict=True):  # fmt: skip
                            pid = archive.store_page(
                                db, res, site="x", kind="article", encoding="utf-8", packed=pk
                            )
                            archive.upsert_article(db, art, page_id=pid, fetched_at=res.fetched_at)

            ms = per_page(store, repeat=1)  # writes rows: once per database
            best[(triggers, batch)] = min(ms, best.get((triggers, batch), ms))
            db.conn.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    label = "store_page + upsert_article SQL (zlib stubbed)"
    return [
        [f"{label}, 1 article/transaction", f"{best[(True, 1)]:.2f}",
         "--batch-size 1"],
        [f"{label}, same without FTS triggers", f"{best[(False, 1)]:.2f}",
         "difference = search indexing"],
        [f"{label}, 50 articles/transaction", f"{best[(True, 50)]:.2f}",
         "the crawl's default batches (64 or 0.5 s; fewer WAL writes too)"],
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument(
        "--page-size-kb", type=lambda s: tuple(map(int, s.split(","))), default=(30, 120)
    )
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument(
        "--parts", default="fetch,stages,cprofile,whatif", help="comma-separated subset"
    )
    ap.add_argument("--keep-profile", type=Path, help="also save the cProfile stats here")
    ap.add_argument("--child-stages", nargs=3, metavar=("DB", "URL", "CONCURRENCY"),
                    help=argparse.SUPPRESS)  # fmt: skip
    args = ap.parse_args(argv)
    if args.child_stages:
        db, url, conc = args.child_stages
        print(json.dumps(child_stages(db, url, int(conc))), flush=True)
        return 0

    parts = set(args.parts.split(","))
    n = args.articles
    work = Path(tempfile.mkdtemp(prefix="govnews-prof-"))
    try:
        print(f"profiling a govnews crawl of {n} articles, concurrency {args.concurrency}; "
              f"{common.cores()} cores shared with the portal")  # fmt: skip
        truth = common.local_portal(n, args.page_size_kb)
        pages = truth.page_count + n
        if parts & {"fetch", "stages", "cprofile"}:
            est = int(common.mb(pages * sum(args.page_size_kb) / 2 * 1024)) + 64
            with PortalProcess(n, args.page_size_kb, warm=True, cache_mb=max(256, est)) as portal:
                if "fetch" in parts:
                    fetch_layers(portal, truth, args.concurrency, work)
                if "stages" in parts:
                    cmd = [sys.executable, str(Path(__file__).resolve()), "--child-stages",
                           str(work / "stages.db"), portal.url, str(args.concurrency)]  # fmt: skip
                    run = run_measured("stages", cmd, portal=portal)
                    run.check()
                    print_stages(run, pages, n)
                if "cprofile" in parts:
                    prof = work / "crawl.prof"
                    cmd = common.govnews_command(
                        work / "prof.db", portal.url, args.concurrency, profile=prof,
                        slowdown=False,
                    )  # fmt: skip
                    run = run_measured("cprofile", cmd, portal=portal)
                    run.check()
                    print_cprofile(prof, pages, args.top)
                    if args.keep_profile:
                        shutil.copy(prof, args.keep_profile)
        if "whatif" in parts:
            what_if(n, args.page_size_kb)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
