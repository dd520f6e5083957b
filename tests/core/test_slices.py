"""Big collections are freed and counted a slice at a time in a worker (the window stays answering), untouched on
the main thread, and a scan and scoring in a worker give exactly what they give on the command line."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

import core.ordering
import core.slices
from core import risk
from core.catalog import Catalog
from core.scan import scan_paths
from core.slices import counted, release
from tests.builders.archive import meta_json, write_zip
from tests.builders.facebook import g3, many_apps
from tests.support.threads import in_worker


class Tracked:
    """An item that notes, as it is freed, how many items the list being emptied still holds."""

    def __init__(self, log: list[int], holder: list[Any]) -> None:
        self.log, self.holder = log, holder

    def __del__(self) -> None:
        self.log.append(len(self.holder[0]))


def test_a_big_list_is_freed_a_slice_at_a_time_in_a_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.slices, "SLICE", 10)
    log: list[int] = []
    holder: list[Any] = []
    items: list[Any] = []
    holder.append(items)
    items.extend(Tracked(log, holder) for _ in range(35))
    in_worker(lambda: release(items))
    assert items == []
    # Each item was freed while the list still held the items of the slices not yet let go: 35 → 25 → 15 → 5 → 0.
    assert sorted(Counter(log).items()) == [(0, 5), (5, 10), (15, 10), (25, 10)]


def test_parsed_json_and_big_dicts_are_emptied_and_what_is_still_used_survives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.slices, "SLICE", 4)
    kept = {"name": "App kept"}
    records = [{"name": f"App {i}"} for i in range(20)] + [kept]
    data = {"installed_apps_v2": records, "note": "small"}
    groups = {f"id:{i}": [i] for i in range(9)}
    in_worker(lambda: release(data, groups, "not a container"))
    assert data == {} and records == [] and groups == {}
    assert kept == {"name": "App kept"}  # only let go: still whole for whoever holds it


def test_on_the_main_thread_nothing_is_touched() -> None:
    records = [{"name": f"App {i}"} for i in range(5000)]
    data = {"installed_apps_v2": records}
    release(data)
    assert len(data["installed_apps_v2"]) == 5000


@pytest.mark.parametrize("where", ["main", "worker"])
def test_counting_in_slices_counts_as_one_counter(where: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core.slices, "SLICE", 7)
    keys = [(i % 5, float(i % 3)) for i in range(100)]
    got = counted(keys) if where == "main" else in_worker(lambda: counted(keys))
    assert got == Counter(keys)


@pytest.fixture(scope="module")
def big_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Facebook export with more apps than a slice and a sorting run, some of them twice (merged by id)."""
    files = g3()
    apps = many_apps(6000)
    files["apps_and_websites_off_of_facebook/apps_and_websites.json"] = meta_json(
        {"installed_apps_v2": apps + apps[:50]})
    return write_zip(files, tmp_path_factory.mktemp("big") / "fb.zip")


def test_a_scan_and_its_scoring_in_a_worker_equal_the_command_lines(big_export: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The window scans and scores in a worker, where what is no longer needed is freed in slices and long lists
    are sorted in runs: the grants, their order and their findings are the command line's, one for one."""
    monkeypatch.setattr(core.ordering, "RUN", 1000)
    catalog = Catalog.load()
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)

    def pipeline() -> tuple[Any, Any]:
        inv = scan_paths([big_export])
        return inv, risk.assess(inv, catalog, now)

    main_inv, main_scored = pipeline()
    worker_inv, worker_scored = in_worker(pipeline)
    assert len(main_inv.grants) >= 6000
    assert worker_inv == main_inv
    assert worker_scored.grants == main_scored.grants
    assert len({g.findings for g in main_scored.grants}) > 1  # scoring told the grants apart
