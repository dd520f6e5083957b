"""The list's search index arrives with the scored grants (built in the worker), with the names of the people."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.builders import facebook as fb
from tests.builders.archive import with_prefix, write_zip
from tests.core.test_several_exports import other_person
from tests.ui.test_several_exports_window import apps_shown, load
from ui.main_window import MainWindow


def test_search_is_ready_when_the_list_appears_and_finds_people_by_name(
        qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    robin = write_zip(with_prefix(fb.g3(), "facebook-robin"), tmp_path / "facebook-robin.zip")
    sam = write_zip(with_prefix(other_person(), "facebook-sam"), tmp_path / "facebook-sam.zip")
    load(qtbot, window, [robin, sam])
    model = window.grant_model
    assert model._search is not None, "the first keystroke must not have to build the index on the UI thread"
    assert model._search == model.build_search(model.items()), "the same text as an index built on the UI thread"
    window.grant_proxy.set_search("sam other")
    sams = {g.app for g in window.inventory().grants if g.account == "facebook:sam.other.7"}
    assert sams and apps_shown(window) == sams
