"""govnews command line: crawl, probe, search, export and look after a news archive.

Every command that reads or writes the archive takes ``--db PATH``
(default ``data/govnews.db``). Errors are one line on stderr with a
documented exit code (see README "Exit codes"); no tracebacks for user errors.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from scraper.errors import GovnewsError
from scraper.runs import EXIT_INTERRUPTED, EXIT_OK

DEFAULT_DB = Path("data/govnews.db")
app = typer.Typer(
    help="govnews: scrape and archive government news portals into SQLite.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[Path, typer.Option("--db", help="Archive database (SQLite).")]
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"govnews: error: {message}", err=True)
    return typer.Exit(code)


def friendly(func: F) -> F:
    """Turn govnews errors and Ctrl-C into one stderr line and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GovnewsError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            raise typer.Exit(EXIT_OK) from None

    return wrapper  # type: ignore[return-value]


def _reporter(quiet: bool, log_format: str) -> Any:
    from scraper.progress import LineReporter, RichReporter

    if log_format == "text" and not quiet and sys.stderr.isatty():
        return RichReporter()
    return LineReporter(quiet=quiet, fmt=log_format)


@app.command()
@friendly
def crawl(
    listing_urls: Annotated[
        list[str] | None, typer.Argument(help="Listing page URL(s) of one portal.")
    ] = None,
    db: DbOption = DEFAULT_DB,
    sites: Annotated[Path | None, typer.Option(help="Sites file (TOML) with many portals.")] = None,
    max_pages: Annotated[
        int | None, typer.Option(help="Walk at most N listing pages per site.")
    ] = None,
    concurrency: Annotated[int, typer.Option(help="Requests in flight per host.")] = 4,
    delay: Annotated[
        float, typer.Option(help="Minimum seconds between requests to one host.")
    ] = 0.5,
    full: Annotated[
        bool, typer.Option("--full", help="Walk every listing page, not only until known articles.")
    ] = False,
    known_stop: Annotated[
        int | None,
        typer.Option(
            help="Stop an incremental walk after N known articles in a row (default: one listing page)."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only store articles published on/after YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only store articles published on/before YYYY-MM-DD.")
    ] = None,
    refresh_days: Annotated[
        int,
        typer.Option(help="Re-fetch articles published in the last N days (view-count history)."),
    ] = 7,
    profile: Annotated[
        str | None, typer.Option(help="Force a profile (see `govnews profiles`).")
    ] = None,
    ignore_robots: Annotated[
        bool, typer.Option("--ignore-robots", help="Do not obey robots.txt (site owners only).")
    ] = False,
    insecure: Annotated[
        bool,
        typer.Option(
            "--insecure", help="Do not check TLS certificates (portals with broken chains)."
        ),
    ] = False,
    contact: Annotated[
        str | None, typer.Option(help="Contact (email/URL) put in the User-Agent.")
    ] = None,
    timeout: Annotated[float, typer.Option(help="Read timeout per request, seconds.")] = 30.0,
    attempts: Annotated[int, typer.Option(help="Tries per URL for temporary failures.")] = 4,
    batch_size: Annotated[
        int,
        typer.Option(help="Articles per database commit (a kill loses at most one batch)."),
    ] = 64,
    parse_workers: Annotated[
        int,
        typer.Option(help="Extract articles in N worker processes (0: in the crawl's process)."),
    ] = 0,
    cluster: Annotated[
        str | None,
        typer.Option(
            help="Run on Dask: local[:N], slurm, pbs or tcp://SCHEDULER (needs govnews[dask])."
        ),
    ] = None,
    shards: Annotated[Path, typer.Option(help="Shard directory for --cluster runs.")] = Path(
        "data/shards"
    ),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    log_format: Annotated[
        str, typer.Option(help="text or json (one JSON object per line).")
    ] = "text",
) -> None:
    """Crawl listing pages and their articles into the archive."""
    from scraper.crawl import CrawlOptions, Site, run_crawl
    from scraper.errors import UsageError

    if log_format not in ("text", "json"):
        raise UsageError(f"--log-format must be text or json, got {log_format!r}")
    if bool(listing_urls) == bool(sites):
        raise UsageError("give either LISTING_URL(s) or --sites FILE")
    if sites:
        from scraper.sites import load_sites

        site_list = load_sites(sites)
    else:
        site_list = [Site.from_url(listing_urls[0], profile)]  # type: ignore[index]
        site_list[0].listing_urls = list(listing_urls or [])
    options = CrawlOptions(
        concurrency=concurrency,
        delay=delay,
        max_pages=max_pages,
        full=full,
        known_stop=known_stop,
        since=since,
        until=until,
        refresh_days=refresh_days,
        profile=profile,
        ignore_robots=ignore_robots,
        insecure=insecure,
        contact=contact,
        read_timeout=timeout,
        attempts=attempts,
        parse_workers=parse_workers,
        batch_size=batch_size,
    )
    if cluster and parse_workers:
        raise UsageError("--parse-workers does not combine with --cluster (one process per site)")
    if cluster:
        from scraper.distributed import run_cluster

        code = run_cluster(
            site_list,
            options,
            cluster=cluster,
            shard_dir=shards,
            reporter=_reporter(quiet, log_format),
        )
        raise typer.Exit(code)
    reporter = _reporter(quiet, log_format)
    if hasattr(reporter, "__enter__"):
        with reporter:
            report = run_crawl(db, site_list, options, reporter=reporter)
    else:
        report = run_crawl(db, site_list, options, reporter=reporter)
    for name, message in report.site_errors.items():
        if len(site_list) > 1:
            typer.echo(f"govnews: error: {name}: {message}", err=True)
        else:
            typer.echo(f"govnews: error: {message}", err=True)
    if log_format == "json":
        reporter(
            "run-finished",
            status=report.status,
            exit_code=report.exit_code,
            run_id=report.run_id,
            **report.counts.as_dict(),
            seconds=round(report.seconds, 2),
        )
    elif not quiet:
        typer.echo(f"{report.status}: {report.message} -> {db}", err=True)
    raise typer.Exit(report.exit_code)


@app.command()
@friendly
def demo(
    db: DbOption = Path("data/demo.db"),
    articles: Annotated[int, typer.Option(help="Articles in the replica portal.")] = 90,
) -> None:
    """Crawl the bundled offline replica of a ward portal and show what was archived."""
    from scraper.demo import run_demo

    raise typer.Exit(run_demo(db, articles=articles, echo=typer.echo))


@app.command()
@friendly
def probe(
    targets: Annotated[list[str], typer.Argument(help="Saved HTML files or URLs.")],
    profile: Annotated[str | None, typer.Option(help="Profile name, or 'generic'.")] = None,
    format: Annotated[
        str, typer.Option("--format", help="text or json (one object per page).")
    ] = "text",
    listing: Annotated[
        bool, typer.Option("--listing", help="Read the pages as listing pages.")
    ] = False,
    base_url: Annotated[
        str | None, typer.Option(help="URL saved files were fetched from (for relative links).")
    ] = None,
    insecure: Annotated[
        bool, typer.Option("--insecure", help="Do not check TLS certificates of fetched URLs.")
    ] = False,
) -> None:
    """Show what would be extracted from pages, field by field, and why."""
    from scraper.probe import probe_targets

    raise typer.Exit(
        probe_targets(
            targets,
            profile=profile,
            fmt=format,
            listing=listing,
            echo=typer.echo,
            base_url=base_url,
            insecure=insecure,
        )
    )


@app.command()
@friendly
def reparse(
    db: DbOption = DEFAULT_DB,
    profile: Annotated[str | None, typer.Option(help="Force a profile.")] = None,
) -> None:
    """Rebuild articles from the stored raw pages with the current extractors (no network)."""
    from scraper.reparse import reparse_archive

    result = reparse_archive(_open(db), profile=profile)
    typer.echo(
        f"reparsed {result.pages} pages: {result.changed} articles changed, "
        f"{result.unchanged} unchanged, {result.failed} failed"
    )


@app.command()
@friendly
def search(
    query: Annotated[
        str, typer.Argument(help='Words, "phrases", prefix*, AND/OR/NOT; diacritics optional.')
    ],
    db: DbOption = DEFAULT_DB,
    site: Annotated[str | None, typer.Option(help="Only this site.")] = None,
    date_from: Annotated[
        str | None, typer.Option("--from", help="Published on/after YYYY-MM-DD.")
    ] = None,
    date_to: Annotated[
        str | None, typer.Option("--to", help="Published on/before YYYY-MM-DD.")
    ] = None,
    author: Annotated[str | None, typer.Option(help="Author contains this text.")] = None,
    limit: Annotated[int, typer.Option(help="Maximum results.")] = 20,
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """Full-text search of the archive (Vietnamese, with or without diacritics)."""
    from scraper.render import render_hits
    from scraper.search import search as run_search

    hits = run_search(
        _open(db),
        query,
        site=site,
        date_from=date_from,
        date_to=date_to,
        author=author,
        limit=limit,
    )
    typer.echo(render_hits(hits, format), nl=False)


@app.command()
@friendly
def export(
    out: Annotated[Path, typer.Option("--out", help="Export directory to create.")],
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or warc.")] = "jsonl",
    db: DbOption = DEFAULT_DB,
    site: Annotated[str | None, typer.Option(help="Only this site.")] = None,
    since: Annotated[str | None, typer.Option(help="Published on/after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on/before YYYY-MM-DD.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing export.")] = False,
) -> None:
    """Export articles as JSONL, CSV or WARC with a datapackage.json of checksums."""
    from scraper.export import export as run_export

    database = _open(db)
    with _bar("exporting") as progress:
        result = run_export(
            database,
            format,
            out,
            site=site,
            since=since,
            until=until,
            force=force,
            progress=progress,
        )
    counts = ", ".join(f"{k}: {v}" for k, v in result.records.items())
    typer.echo(f"exported {counts} to {result.out_dir} in {result.seconds:.1f}s")


@app.command()
@friendly
def verify(
    path: Annotated[Path, typer.Argument(help="Export directory or its datapackage.json.")],
) -> None:
    """Re-check an export's hashes, sizes and record counts."""
    from scraper.datapackage import verify as run_verify

    report = run_verify(path)
    for problem in report.problems:
        typer.echo(f"FAIL {problem}", err=True)
    checked = ", ".join(f"{k}: {v}" for k, v in report.checked.items())
    if report.ok:
        typer.echo(f"OK {path} ({checked})")
        raise typer.Exit(EXIT_OK)
    raise typer.Exit(1)


@app.command()
@friendly
def views(
    url: Annotated[str, typer.Argument(help="Article URL.")], db: DbOption = DEFAULT_DB
) -> None:
    """Print the view-count history of one article."""
    from scraper.archive import view_series
    from scraper.errors import UsageError
    from scraper.urls import canonicalize

    series = view_series(_open(db), canonicalize(url))
    if not series:
        raise UsageError(f"no article {url} in {db}")
    for fetched_at, count in series:
        typer.echo(f"{fetched_at}\t{'' if count is None else count}")


@app.command()
@friendly
def runs(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="How many recent runs.")] = 20,
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List recent runs with their counts and durations."""
    from scraper.render import render_runs
    from scraper.runs import recent_runs

    typer.echo(render_runs(recent_runs(_open(db), limit), format), nl=False)


@app.command()
@friendly
def failures(
    db: DbOption = DEFAULT_DB, limit: Annotated[int, typer.Option(help="How many.")] = 50
) -> None:
    """List pages that could not be fetched or parsed (retried on the next run)."""
    rows = _open(db).query("SELECT * FROM failures ORDER BY last_failed DESC LIMIT ?", [limit])
    for r in rows:
        typer.echo(
            f"{r['last_failed']}\t{r['reason']}\t{r['attempts']}x\t{r['url']}\t{r['message']}"
        )


@app.command()
@friendly
def merge(
    shards: Annotated[Path, typer.Argument(help="Directory of per-site shard databases.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Fold per-site shards (from --cluster runs) into one archive."""
    from scraper.merge import merge_shards

    result = merge_shards(shards, db)
    for name, problem in result.skipped.items():
        typer.echo(f"govnews: warning: skipped shard {name}: {problem}", err=True)
    typer.echo(f"merged {result.merged} shards ({result.articles} articles) into {db}")
    raise typer.Exit(5 if result.skipped else 0)


@app.command()
def profiles() -> None:
    """List the built-in portal profiles."""
    from scraper.profiles import builtin_profiles

    for p in builtin_profiles():
        typer.echo(f"{p.name:14} {p.description}")
    typer.echo(f"{'generic':14} heuristics only (the fallback for unknown portals)")


def _open(db: Path) -> Any:
    from scraper.db import connect

    return connect(db, create=False)


class _bar:
    """A rich progress bar on terminals, nothing otherwise; yields a (done, total) callback."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.progress: Any = None

    def __enter__(self) -> Callable[[int, int], None] | None:
        if not sys.stderr.isatty():
            return None
        from rich.progress import Progress

        self.progress = Progress(transient=True)
        self.progress.start()
        task = self.progress.add_task(self.label, total=None)

        def update(done: int, total: int) -> None:
            self.progress.update(task, completed=done, total=total)

        return update

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
