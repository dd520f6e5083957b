"""Sorting in runs gives exactly the order of one stable sort (ties keep their order), in both directions, on the
main thread (one sort) and in a worker (runs, merged)."""

from __future__ import annotations

import random

import pytest

from core.ordering import RUN, sorted_in_runs
from tests.support.threads import in_worker


@pytest.mark.parametrize("n", [0, 1, 7, RUN - 1, RUN, RUN + 1, 3 * RUN + 17])
@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize("where", ["main", "worker"])
def test_the_same_order_as_one_stable_sort(n: int, reverse: bool, where: str) -> None:
    rng = random.Random(n)
    # Few distinct keys: most items tie, and ties must keep the order they came in (objects, told apart by id).
    items = [(rng.choice(["facebook", "x", "instagram"]), rng.randrange(4), object()) for _ in range(n)]

    def key(it: tuple[str, int, object]) -> tuple[str, int]:
        return it[0], it[1]

    def run() -> list[tuple[str, int, object]]:
        return sorted_in_runs(iter(items), key, reverse=reverse)

    got = run() if where == "main" else in_worker(run)
    want = sorted(items, key=key, reverse=reverse)
    assert [id(x) for x in got] == [id(x) for x in want]
