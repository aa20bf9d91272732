"""The import direction the developers' guide fixes, checked on the source.

cli.py -> crawl orchestration -> fetching, parsing, storage. Parsing (listings,
articles, profiles, normalization, the generic heuristics) does no I/O and imports
nothing that does; storage knows nothing of HTTP; nothing in ``scraper/`` imports
the CLI.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "scraper"

PARSING = (
    "scraper.listing",
    "scraper.lists",
    "scraper.article",
    "scraper.profiles",
    "scraper.normalize",
    "scraper.generic",
    "scraper.htmltext",
    "scraper.metadata",
    "scraper.vocab",
    "scraper.urls",
    "scraper.encoding",
    "scraper.postback",
)
# Libraries and modules that reach the network, the disk's database or the event loop.
IO_LIBRARIES = {"httpx", "httpcore", "sqlite3", "sqlite_utils", "asyncio", "socket", "tenacity"}
IO_MODULES = {
    "scraper.fetch",
    "scraper.netbackend",
    "scraper.crawl",
    "scraper.db",
    "scraper.archive",
}
STORAGE = ("scraper.db", "scraper.archive")


def _module_file(name: str) -> Path:
    rel = Path(*name.split(".")[1:])
    package = PACKAGE / rel / "__init__.py"
    return package if package.exists() else PACKAGE / rel.with_suffix(".py")


def _imports(name: str) -> set[str]:
    """Absolute names of what module ``name`` imports (``scraper.x`` or a top-level library)."""
    path = _module_file(name)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.add(node.module.split(".")[0] if node.module else "")
                continue
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:  # "from . import generic"
                found |= {f"{target}.{alias.name}" for alias in node.names}
            else:
                found.add(target)
    # a submodule import names its package's module when it is one
    return {
        n if n.startswith("scraper") is False or _exists(n) else n.rpartition(".")[0] for n in found
    }


def _exists(name: str) -> bool:
    return _module_file(name).exists()


def _closure(root: str) -> set[str]:
    """Every scraper module ``root`` reaches by imports, and every library they import."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name.startswith("scraper"):
            todo.extend(_imports(name))
            if _module_file(name).name == "__init__.py":
                todo.extend(
                    f"{name}.{p.stem}"
                    for p in _module_file(name).parent.glob("*.py")
                    if p.stem != "__init__"
                )
    return seen


@pytest.mark.parametrize("module", PARSING)
def test_parsing_reaches_no_io(module: str) -> None:
    reached = _closure(module)
    assert not reached & IO_LIBRARIES, f"{module} reaches {sorted(reached & IO_LIBRARIES)}"
    assert not reached & IO_MODULES, f"{module} reaches {sorted(reached & IO_MODULES)}"


@pytest.mark.parametrize("module", STORAGE)
def test_storage_knows_nothing_of_http(module: str) -> None:
    reached = _closure(module)
    assert not reached & {"httpx", "httpcore", "scraper.fetch", "scraper.netbackend"}


def test_nothing_in_the_package_imports_the_cli() -> None:
    modules = [
        "scraper." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in PACKAGE.rglob("*.py")
    ]
    offenders = [
        m.removesuffix(".__init__")
        for m in modules
        if {"cli", "typer"} & _imports(m.removesuffix(".__init__"))
    ]
    assert offenders == []


def test_the_checker_sees_a_real_io_import() -> None:
    # the closure walk is not vacuous: the crawl does reach HTTP and SQLite
    reached = _closure("scraper.crawl")
    assert {"scraper.fetch", "httpx"} <= reached
