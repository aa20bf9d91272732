"""Extraction-accuracy benchmark: govnews vs trafilatura vs a bare selectolax parse.

Run from the repository root:

    python bench/extract_accuracy.py [--corpus tests/fixtures/corpus] [--json] [--min-seconds 2]
    python bench/extract_accuracy.py --held-out    # every tests/fixtures/holdout*/ at once

Loads every labelled page of the corpus (see tests/fixtures/corpus/README.md), runs
``scraper.article.extract_article`` on the article pages and ``scraper.listing.parse_listing``
on the listing pages, and the same article pages through trafilatura (a bench-only
dependency) and through ``LexborHTMLParser(html).body.text()`` as the speed floor.
Prints per-field accuracy, body shingle F1 and throughput side by side, per-family
accuracy, listing accuracy, PASS/FAIL for the goals, and the govnews failures per field.
A missing or crashing extractor is reported, never fatal. ``--strict`` exits 1 when a goal
fails.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script: make `scraper` and `bench` importable
    sys.path.insert(0, str(REPO))

from bench.metrics import (  # noqa: E402
    SCALAR_FIELDS,
    ArticleScore,
    accuracy,
    listing_match,
    mean,
    score_article,
)

GOAL_FIELD_ACCURACY = 0.99
GOAL_BODY_F1 = 0.97
GOAL_SPEEDUP_VS_TRAFILATURA = 10.0
GOAL_MAX_TIME_VS_SELECTOLAX = 2.0
SYSTEMS = ("govnews", "trafilatura", "selectolax")

Extractor = Callable[[str, str], dict[str, Any]]
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


@dataclass(slots=True)
class Page:
    """One corpus page and its label."""

    family: str
    name: str
    html: str
    expected: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.family}/{self.name}"

    @property
    def url(self) -> str:
        return self.expected["url"]


@dataclass(slots=True)
class SystemRun:
    """Accuracy and speed of one extractor over the article pages."""

    name: str
    available: bool = True
    unavailable_reason: str | None = None
    outputs: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    scores: dict[str, ArticleScore] = field(default_factory=dict)
    pages_per_second: float = math.nan
    scores_fields: bool = True  # False for the bare parse: it has no fields


def decode_html(raw: bytes) -> str:
    """UTF-8 when valid, else the charset the page declares, else a detected one."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return str(best) if best is not None else raw.decode("utf-8", errors="replace")


def load_corpora(roots: list[Path]) -> list[Page]:
    """Every page of several corpora, each family named with its corpus ("holdout7/ward")."""
    pages = []
    for root in roots:
        for page in load_corpus(root):
            pages.append(Page(f"{root.name}/{page.family}", page.name, page.html, page.expected))
    return pages


def held_out_corpora() -> list[Path]:
    """tests/fixtures/holdout*/ in their numbers' order."""
    found = (REPO / "tests" / "fixtures").glob("holdout*/")
    return sorted(found, key=lambda p: int(p.name.removeprefix("holdout") or 1))


def load_corpus(root: Path) -> list[Page]:
    """Every FAMILY/NAME.html with its NAME.json, sorted by family then name."""
    pages = []
    for html_path in sorted(root.glob("*/*.html")):
        label_path = html_path.with_suffix(".json")
        if not label_path.exists():
            raise SystemExit(f"error: {html_path} has no label file {label_path.name}")
        expected = json.loads(label_path.read_text(encoding="utf-8"))
        pages.append(
            Page(
                html_path.parent.name, html_path.stem, decode_html(html_path.read_bytes()), expected
            )
        )
    if not pages:
        raise SystemExit(f"error: no labelled pages under {root}")
    return pages


# ---------------------------------------------------------------- extractors


def govnews_extractor() -> tuple[Extractor | None, str | None]:
    try:
        from scraper.article import extract_article
    except Exception as exc:  # missing module or broken import: report, don't crash
        return None, f"{type(exc).__name__}: {exc}"

    def run(html: str, url: str) -> dict[str, Any]:
        art = extract_article(html, url, None)
        return {name: getattr(art, name, None) for name in (*SCALAR_FIELDS, "body")}

    return run, None


def govnews_listing_parser() -> tuple[Callable[[str, str], Any] | None, str | None]:
    try:
        from scraper.listing import parse_listing
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"
    return parse_listing, None


def normalize_trafilatura_date(value: str | None) -> str | None:
    """htmldate gives naive 'YYYY-MM-DDTHH:MM:SS'; midnight means 'no time found'."""
    if not value:
        return None
    m = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}:\d{2}))?", value)
    if not m:
        return value
    day, clock = m.groups()
    if not clock or clock == "00:00:00":
        return day
    return f"{day}T{clock}+07:00"  # Vietnamese portals publish in +07:00


def trafilatura_extractor() -> tuple[Extractor | None, str | None]:
    try:
        import trafilatura
        from trafilatura.settings import set_date_params
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc} (pip install trafilatura lxml_html_clean)"
    params = set_date_params(True)
    params["outputformat"] = "%Y-%m-%dT%H:%M:%S"  # ask htmldate for the time too

    def run(html: str, url: str) -> dict[str, Any]:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, date_extraction_params=params
        )
        if doc is None:
            return {name: None for name in (*SCALAR_FIELDS, "body")}
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        return {
            "title": data.get("title"),
            "published_at": normalize_trafilatura_date(data.get("date")),
            "author": data.get("author"),
            "body": data.get("text"),
            "views": None,  # trafilatura has no view counts
        }

    return run, None


def selectolax_extractor() -> tuple[Extractor | None, str | None]:
    from selectolax.lexbor import LexborHTMLParser

    def run(html: str, url: str) -> dict[str, Any]:
        body = LexborHTMLParser(html).body
        text = body.text() if body is not None else ""
        return {"title": None, "published_at": None, "author": None, "views": None, "body": text}

    return run, None


# ---------------------------------------------------------------- running


def run_accuracy(run: SystemRun, extract: Extractor, pages: list[Page]) -> None:
    for page in pages:
        try:
            got = extract(page.html, page.url)
        except Exception as exc:  # one bad page must not stop the bench
            got = None
            run.errors[page.label] = f"{type(exc).__name__}: {exc}"
        run.outputs[page.label] = got
        run.scores[page.label] = score_article(page.expected, got)


def reset_caches() -> None:
    """Empty the memo caches of every system (untimed), so each pass starts cold.

    Within a pass caches still help as they would in a crawl (menus and footers repeat
    from page to page); across passes they would replay identical pages from memory.
    """
    from scraper.normalize import find_dates
    from scraper.urls import clear_cache

    find_dates.cache_clear()
    clear_cache()
    if "trafilatura" in sys.modules:
        from trafilatura.meta import reset_caches as reset_trafilatura

        reset_trafilatura()  # justext, htmldate, courlan and its own LRU caches


def measure_throughput(
    extractors: dict[str, Extractor], pages: list[Page], min_seconds: float
) -> dict[str, float]:
    """Pages per second of each extractor, timed page by page in turn so that load from
    other processes hits every system alike; each gets whole passes totalling at least
    ``min_seconds`` of its own extraction time."""
    if not pages:  # a corpus of listings only: nothing to time (and no loop to end)
        return {}
    spent = dict.fromkeys(extractors, 0.0)
    done = dict.fromkeys(extractors, 0)
    while active := [name for name in extractors if spent[name] < min_seconds]:
        reset_caches()  # a crawl never sees the same page twice: no pass reuses another's work
        for page in pages:
            for name in active:
                start = time.perf_counter()
                with contextlib.suppress(Exception):  # failures are scored elsewhere
                    extractors[name](page.html, page.url)
                spent[name] += time.perf_counter() - start
                done[name] += 1
    return {name: done[name] / spent[name] for name in extractors}


def run_listings(pages: list[Page], min_seconds: float) -> dict[str, Any]:
    parse, reason = govnews_listing_parser()
    result: dict[str, Any] = {
        "available": parse is not None,
        "unavailable_reason": reason,
        "pages": len(pages),
        # (timed after the accuracy pass below, its warm-up, as the article extractors are)
        "pages_per_second": None,
        "accuracy": {},
        "failures": {},
        "errors": {},
    }
    per_field: dict[str, list[bool]] = {}
    for page in pages:
        got: dict[str, Any] | None = None
        if parse is not None:
            try:
                lp = parse(page.html, page.url, None)
                got = {
                    k: getattr(lp, k, None)
                    for k in ("article_urls", "page_urls", "current_page", "total_pages")
                }
            except Exception as exc:
                result["errors"][page.label] = f"{type(exc).__name__}: {exc}"
        for name, ok in listing_match(page.expected, got).items():
            per_field.setdefault(name, []).append(ok)
            if not ok:
                result["failures"].setdefault(name, []).append(
                    {
                        "page": page.label,
                        "expected": page.expected.get(name),
                        "got": None if got is None else got.get(name),
                    }
                )
    result["accuracy"] = {name: accuracy(vals) for name, vals in per_field.items()}
    if parse is not None:
        timed = measure_throughput({"govnews": parse}, pages, min_seconds)
        result["pages_per_second"] = timed.get("govnews")
    return result


def summarize(run: SystemRun, pages: list[Page]) -> dict[str, Any]:
    labels = [p.label for p in pages]
    out: dict[str, Any] = {
        "available": run.available,
        "unavailable_reason": run.unavailable_reason,
        "fields": {},
        "body_f1": mean(run.scores[label].body_f1 for label in labels) if run.scores else math.nan,
        "pages_per_second": run.pages_per_second,
        "errors": run.errors,
        "per_family": {},
    }
    if run.scores and run.scores_fields:
        out["fields"] = {
            f: accuracy(run.scores[label].fields[f] for label in labels) for f in SCALAR_FIELDS
        }
    families = sorted({p.family for p in pages})
    for fam in families:
        fam_labels = [p.label for p in pages if p.family == fam]
        if not run.scores:
            continue
        fam_out: dict[str, Any] = {
            "pages": len(fam_labels),
            "body_f1": mean(run.scores[lb].body_f1 for lb in fam_labels),
        }
        if run.scores_fields:
            for f in SCALAR_FIELDS:
                fam_out[f] = accuracy(run.scores[lb].fields[f] for lb in fam_labels)
        out["per_family"][fam] = fam_out
    return out


def failures(run: SystemRun, pages: list[Page]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for page in pages:
        score = run.scores.get(page.label)
        got = run.outputs.get(page.label)
        if score is None:
            continue
        for f in SCALAR_FIELDS:
            if not score.fields[f]:
                out.setdefault(f, []).append(
                    {
                        "page": page.label,
                        "expected": page.expected.get(f),
                        "got": None if got is None else got.get(f),
                    }
                )
        if score.body_f1 < GOAL_BODY_F1:
            out.setdefault("body", []).append({"page": page.label, "f1": round(score.body_f1, 4)})
    return out


def goals(summary: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    gov, traf, sel = summary["govnews"], summary["trafilatura"], summary["selectolax"]
    out = []

    def add(name: str, value: float, target: str, ok: bool | None) -> None:
        # no article pages (a corpus of listings): nothing measured, nothing failed
        status = "N/A" if ok is None or math.isnan(value) else ("PASS" if ok else "FAIL")
        out.append({"goal": name, "value": value, "target": target, "status": status})

    for f in SCALAR_FIELDS:
        v = gov["fields"].get(f, math.nan)
        add(
            f"govnews {f} accuracy",
            v,
            f">= {GOAL_FIELD_ACCURACY:.0%}",
            not math.isnan(v) and v >= GOAL_FIELD_ACCURACY,
        )
    v = gov["body_f1"]
    add("govnews body F1 (mean)", v, f">= {GOAL_BODY_F1}", not math.isnan(v) and v >= GOAL_BODY_F1)
    g, t, s = gov["pages_per_second"], traf["pages_per_second"], sel["pages_per_second"]
    speedup = g / t if not (math.isnan(g) or math.isnan(t)) else math.nan
    add(
        "govnews speed vs trafilatura",
        speedup,
        f">= {GOAL_SPEEDUP_VS_TRAFILATURA:g}x",
        None
        if math.isnan(t)
        else (not math.isnan(speedup) and speedup >= GOAL_SPEEDUP_VS_TRAFILATURA),
    )
    ratio = s / g if not (math.isnan(g) or math.isnan(s)) else math.nan
    add(
        "govnews time vs bare selectolax",
        ratio,
        f"<= {GOAL_MAX_TIME_VS_SELECTOLAX:g}x",
        not math.isnan(ratio) and ratio <= GOAL_MAX_TIME_VS_SELECTOLAX,
    )
    return out


# ---------------------------------------------------------------- printing


def pct(v: float) -> str:
    return "-" if math.isnan(v) else f"{v:.1%}"


def num(v: float, fmt: str = "{:.3f}") -> str:
    return "-" if math.isnan(v) else fmt.format(v)


def short(value: Any, width: int = 70) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


_FAMILIES_SHOWN = 60  # more (--held-out's 1,600): the table is too long to read


def print_report(report: dict[str, Any]) -> None:
    s = report["systems"]
    print(
        f"Extraction accuracy: {report['articles']} article pages, {report['listings']} listing "
        f"pages, {len(report['families'])} families ({report['corpus']})"
    )
    for name in SYSTEMS:
        if not s[name]["available"]:
            print(f"  {name}: unavailable ({s[name]['unavailable_reason']})")
    print()
    print(f"{'':22}" + "".join(f"{n:>14}" for n in SYSTEMS))
    for f in SCALAR_FIELDS:
        print(
            f"{f + ' accuracy':22}"
            + "".join(f"{pct(s[n]['fields'].get(f, math.nan)):>14}" for n in SYSTEMS)
        )
    print(f"{'body F1 (mean)':22}" + "".join(f"{num(s[n]['body_f1']):>14}" for n in SYSTEMS))
    print(
        f"{'pages/second':22}"
        + "".join(f"{num(s[n]['pages_per_second'], '{:.1f}'):>14}" for n in SYSTEMS)
    )
    print(
        f"{'ms/page':22}"
        + "".join(f"{num(1000 / s[n]['pages_per_second'], '{:.2f}'):>14}" for n in SYSTEMS)
    )
    print(f"{'pages that raised':22}" + "".join(f"{len(s[n]['errors']):>14}" for n in SYSTEMS))
    print("(selectolax = LexborHTMLParser(html).body.text(): no fields; its F1 is whole-page text)")
    print(
        "(speed: systems timed in turn page by page, each for at least "
        f"{report['min_seconds']:g} s of its own extraction time)"
    )

    shown = report["families"] if len(report["families"]) <= _FAMILIES_SHOWN else []
    if not shown:
        print(f"\n({len(report['families'])} families: the per-family table is in --json)")
    else:
        print("\nPer family (govnews | trafilatura):")
        print(
            f"{'family':13}{'pages':>6}" + "".join(f"{f:>20}" for f in (*SCALAR_FIELDS, "body F1"))
        )
    for fam in shown:
        g = s["govnews"]["per_family"].get(fam, {})
        t = s["trafilatura"]["per_family"].get(fam, {})
        n = (g or t).get("pages", 0)
        cells = [f"{pct(g.get(f, math.nan))} | {pct(t.get(f, math.nan))}" for f in SCALAR_FIELDS]
        cells.append(f"{num(g.get('body_f1', math.nan))} | {num(t.get('body_f1', math.nan))}")
        print(f"{fam:13}{n:>6}" + "".join(f"{c:>20}" for c in cells))

    lst = report["listing"]
    print(f"\nListing pages (govnews parse_listing, {lst['pages']} pages):")
    if not lst["available"]:
        print(f"  unavailable ({lst['unavailable_reason']})")
    for name, v in lst["accuracy"].items():
        kind = "exact set match" if name.endswith("urls") else "exact value, info"
        print(f"  {name:14} {pct(v):>8}   ({kind})")
    if lst.get("pages_per_second"):
        print(f"  {'pages/second':14} {lst['pages_per_second']:>8.1f}   (timed as above)")

    print("\nGoals:")
    for g in report["goals"]:
        v = g["value"]
        shown = (
            pct(v)
            if "accuracy" in g["goal"]
            else num(v, "{:.3f}" if "F1" in g["goal"] else "{:.2f}x")
        )
        print(f"  [{g['status']:4}] {g['goal']:34} {shown:>10}  (target {g['target']})")

    fails = report["govnews_failures"]
    errors = s["govnews"]["errors"]
    if s["govnews"]["available"] and (fails or errors or lst["failures"] or lst["errors"]):
        print("\ngovnews failures:")
        for label, err in errors.items():
            print(f"  raised  {label}: {err}")
        for fname, items in fails.items():
            print(f"  {fname} ({len(items)}):")
            for it in items:
                if fname == "body":
                    print(f"    {it['page']}: F1 {it['f1']:.3f}")
                else:
                    print(
                        f"    {it['page']}: expected {short(it['expected'])} got {short(it['got'])}"
                    )
        for label, err in lst["errors"].items():
            print(f"  listing raised  {label}: {err}")
        for fname, items in lst["failures"].items():
            if fname in ("article_urls", "page_urls"):
                print(f"  listing {fname} ({len(items)}): " + ", ".join(it["page"] for it in items))


def json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value


# ---------------------------------------------------------------- main


def build_report(corpus: Path | list[Path], min_seconds: float) -> dict[str, Any]:
    pages = load_corpora(corpus) if isinstance(corpus, list) else load_corpus(corpus)
    articles = [p for p in pages if p.expected.get("kind") == "article"]
    listings = [p for p in pages if p.expected.get("kind") == "listing"]
    factories = {
        "govnews": govnews_extractor,
        "trafilatura": trafilatura_extractor,
        "selectolax": selectolax_extractor,
    }
    runs: dict[str, SystemRun] = {}
    timed: dict[str, Extractor] = {}
    for name in SYSTEMS:
        run = SystemRun(name, scores_fields=name != "selectolax")
        extract, reason = factories[name]()
        if extract is None:
            run.available, run.unavailable_reason = False, reason
            if name == "govnews":  # score the missing extractor as failing every page
                for page in articles:
                    run.scores[page.label] = score_article(page.expected, None)
        else:
            run_accuracy(run, extract, articles)  # also the warm-up pass
            timed[name] = extract
        runs[name] = run
    for name, pps in measure_throughput(timed, articles, min_seconds).items():
        runs[name].pages_per_second = pps
    summary = {name: summarize(runs[name], articles) for name in SYSTEMS}
    report = {
        "corpus": f"{len(corpus)} corpora" if isinstance(corpus, list) else str(corpus),
        "articles": len(articles),
        "listings": len(listings),
        "families": sorted({p.family for p in pages}),
        "min_seconds": min_seconds,
        "systems": summary,
        "listing": run_listings(listings, min_seconds),
        "govnews_failures": failures(runs["govnews"], articles)
        if runs["govnews"].available
        else {},
    }
    report["goals"] = goals(summary)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=REPO / "tests" / "fixtures" / "corpus",
        help="directory of FAMILY/NAME.html + NAME.json pages",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="every tests/fixtures/holdout*/ corpus at once (families named by corpus)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--min-seconds",
        type=float,
        default=2.0,
        help="minimum timed duration per system (default 2)",
    )
    parser.add_argument("--strict", action="store_true", help="exit 1 when a goal fails")
    args = parser.parse_args(argv)
    if not args.held_out and not args.corpus.is_dir():
        print(f"error: corpus directory not found: {args.corpus}", file=sys.stderr)
        return 2
    report = build_report(held_out_corpora() if args.held_out else args.corpus, args.min_seconds)
    if args.json:
        print(json.dumps(json_safe(report), ensure_ascii=False, indent=2))
    else:
        print_report(report)
    if args.strict and any(g["status"] != "PASS" for g in report["goals"]):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
