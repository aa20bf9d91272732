"""Benchmark: `govnews export` (JSONL, CSV, WARC) and verify against a naive fetchall() baseline.

    python bench/export.py --articles 100000

Builds a synthetic archive of N articles (realistic 30-60 KB ward-portal pages stored
zlib-compressed, plus one listing page per 20 articles), then runs each measurement in
its own subprocess so peak RSS (ru_maxrss) belongs to that run alone:

- govnews: scraper.export.export (streams from a cursor, one gzip member per record)
- naive:   fetchall() every row, then json.dumps / csv.writerows / warcio with defaults
- verify:  scraper.datapackage.verify on the govnews export

Everything stays on this machine; the work directory is deleted unless --keep.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FORMATS = ("jsonl", "csv", "warc")
COLS = (
    "url, site, title, published_at, author, body, views, first_seen, last_fetched, "
    "content_hash, profile"
)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _cpu() -> float:
    """User + system CPU seconds of this process (all threads): robust on a busy machine."""
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# --- children (one measurement each) -------------------------------------------------


def child_govnews(db_path: str, fmt: str, out: str) -> dict:
    from scraper.db import connect
    from scraper.export import export

    db = connect(db_path)
    t, c = time.perf_counter(), _cpu()
    res = export(db, fmt, out)
    return {
        "seconds": time.perf_counter() - t,
        "cpu": _cpu() - c,
        "records": res.records,
        "rss_mb": _rss_mb(),
    }


def child_verify(out: str) -> dict:
    from scraper.datapackage import verify

    t, c = time.perf_counter(), _cpu()
    rep = verify(out)
    return {
        "seconds": time.perf_counter() - t,
        "cpu": _cpu() - c,
        "ok": rep.ok,
        "problems": rep.problems[:3],
        "rss_mb": _rss_mb(),
    }


def child_naive(db_path: str, fmt: str, out: str) -> dict:
    import sqlite3

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    t, c = time.perf_counter(), _cpu()
    conn = sqlite3.connect(db_path)
    os.makedirs(out)
    if fmt == "jsonl":
        cur = conn.execute(f"SELECT {COLS} FROM articles")
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
        text = json.dumps([dict(zip(names, r, strict=True)) for r in rows], ensure_ascii=False)
        Path(out, "articles.json").write_text(text, encoding="utf-8")
    elif fmt == "csv":
        cur = conn.execute(f"SELECT {COLS} FROM articles")
        rows = cur.fetchall()
        with open(Path(out, "articles.csv"), "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([d[0] for d in cur.description])
            w.writerows(rows)
    else:
        pages = conn.execute("SELECT final_url, status, headers, body FROM pages").fetchall()
        arts = conn.execute(f"SELECT {COLS} FROM articles").fetchall()
        with open(Path(out, "naive.warc.gz"), "wb") as fh:
            w = WARCWriter(fh, gzip=True, warc_version="1.1")  # warcio defaults (gzip level 9)
            for url, status, headers, body in pages:
                http = StatusAndHeaders(
                    f"{status} OK", list(json.loads(headers).items()), "HTTP/1.1"
                )
                raw = zlib.decompress(body)
                rec = w.create_warc_record(
                    url, "response", payload=BytesIO(raw), length=len(raw), http_headers=http
                )
                w.write_record(rec)
            for a in arts:
                data = json.dumps(a, ensure_ascii=False).encode()
                rec = w.create_warc_record(
                    "urn:article:" + a[0],
                    "metadata",
                    payload=BytesIO(data),
                    length=len(data),
                    warc_content_type="application/json",
                )
                w.write_record(rec)
    return {"seconds": time.perf_counter() - t, "cpu": _cpu() - c, "rss_mb": _rss_mb()}


# --- parent ------------------------------------------------------------------------


def run_child(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.exit(f"child {args} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build(db_path: Path, n: int) -> None:
    from scraper.db import connect
    from scraper.export_synth import build_archive

    db = connect(db_path)
    t = time.perf_counter()

    def tick(done: int) -> None:
        if done % 10000 == 0:
            print(f"  built {done:,} articles ({time.perf_counter() - t:.0f} s)", flush=True)

    counts = build_archive(db, n, sites=max(1, min(40, n // 2000)), progress=tick)
    raw, stored = db.execute("SELECT sum(size), sum(length(body)) FROM pages").fetchone()
    print(
        f"archive: {counts['articles']:,} articles, {counts['pages']:,} pages, "
        f"raw pages {raw / 2**20:,.0f} MiB stored as {stored / 2**20:,.0f} MiB "
        f"(zlib ratio {raw / stored:.1f}x, mean page {raw / counts['pages'] / 1024:.0f} KB), "
        f"db file {db_path.stat().st_size / 2**20:,.0f} MiB, built in "
        f"{time.perf_counter() - t:.0f} s"
    )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workdir", type=Path, help="where to build (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--no-naive", action="store_true", help="skip the baseline runs")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.child:
        kind, *rest = args.child
        result = {"govnews": child_govnews, "naive": child_naive, "verify": child_verify}[kind](
            *rest
        )
        print(json.dumps(result))
        return

    work = args.workdir or Path(tempfile.mkdtemp(prefix="govnews-bench-export-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "bench.db"
    try:
        if not db_path.exists():
            build(db_path, args.articles)
        else:
            print(f"reusing {db_path}")
        rows = []
        for fmt in args.formats.split(","):
            out = work / f"out-{fmt}"
            shutil.rmtree(out, ignore_errors=True)
            g = run_child("govnews", str(db_path), fmt, str(out))
            g["mb"] = _dir_size(out) / 2**20
            v = run_child("verify", str(out))
            n = None
            if not args.no_naive:
                nout = work / f"naive-{fmt}"
                shutil.rmtree(nout, ignore_errors=True)
                n = run_child("naive", str(db_path), fmt, str(nout))
                n["mb"] = _dir_size(nout) / 2**20
                shutil.rmtree(nout, ignore_errors=True)
            rows.append((fmt, g, v, n))
            print(f"{fmt}: done ({g['seconds']:.1f} s)", flush=True)
            shutil.rmtree(out, ignore_errors=True)
        print()
        print("wall = elapsed seconds, cpu = user+sys seconds of that process (all threads)")
        cols = f"{'wall':>7} {'cpu':>7} {'output':>10} {'peak RSS':>9}"
        print(f"{'format':<6} | {'govnews export':^36} | {'naive fetchall baseline':^36} | verify")
        print(f"{'':<6} | {cols} | {cols} | {'wall':>7} {'cpu':>7} {'peak RSS':>9}")

        def cells(m: dict | None) -> str:
            if not m:
                return f"{'-':>36}"
            return (
                f"{m['seconds']:>6.1f}s {m['cpu']:>6.1f}s {m['mb']:>6,.0f} MiB "
                f"{m['rss_mb']:>5,.0f} MiB"
            )

        for fmt, g, v, n in rows:
            print(
                f"{fmt:<6} | {cells(g)} | {cells(n)} | {v['seconds']:>6.1f}s {v['cpu']:>6.1f}s "
                f"{v['rss_mb']:>5,.0f} MiB"
                + ("" if v["ok"] else f"  VERIFY FAILED: {v['problems']}")
            )
        print(f"\nrecords: { {fmt: g['records'] for fmt, g, _, _ in rows} }")
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
