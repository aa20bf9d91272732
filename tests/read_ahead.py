"""The suite's slow results, computed ahead in worker processes while other tests run.

The corpus pages (every labelled page read) and the whole walks of the mini-sites take
most of the suite's work, yet each check is quick once its result exists. When
collection ends, ``conftest.py`` starts one pool of two worker processes, niced so the
suite's own tests (some of them timed against loopback servers) keep the cores first, and
hands it to each module that declares ``read_ahead(items, pool)``. Those modules' tests
run last, so the pool works through the suite's other, mostly waiting, tests.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

WORKERS = 2  # the machines this runs on have two cores
# what each module's read_ahead returned, by module name
RESULTS = pytest.StashKey[dict[str, object]]()
POOL = pytest.StashKey[ProcessPoolExecutor]()


def _lower_priority() -> None:
    os.nice(19)  # (the lowest: a core left idle by the suite's own tests, nothing more)


def start_pool() -> ProcessPoolExecutor:
    """A pool of niced worker processes (spawned: no copy of the test process's state)."""
    workers = min(WORKERS, os.cpu_count() or 1)
    return ProcessPoolExecutor(
        workers, mp_context=get_context("spawn"), initializer=_lower_priority
    )
