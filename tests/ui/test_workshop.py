"""Workshop mode: three demo people, each on several platforms with their own story, chosen from the File menu;
presentation mode hides who they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from core.paths import AppPaths
from ui.resources import DEMO_DIR, DEMO_PEOPLE, demo_inputs, demo_person_inputs

STORY_APPS = {"student": "Class Project Bot", "parent": "MyPersonality Quiz: Which Big Five type are you?",
              "business": "Inbox Assistant"}


@pytest.fixture
def demo_window(qtbot: Any, tmp_path: Path) -> Any:
    from ui.main_window import MainWindow
    from ui.services import Services

    s = Services.create(AppPaths.for_base_dir(tmp_path / "state"), demo_dir=DEMO_DIR, err_windows=False)
    w = MainWindow(s)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    s.runner.cancel_all()
    s.runner.wait(5000)


def test_people_are_not_part_of_the_single_demo() -> None:
    assert not any("_people" in p for p in demo_inputs(DEMO_DIR))
    for person in DEMO_PEOPLE:
        assert len(demo_person_inputs(person)) >= 2, f"{person}: archives of several platforms"


@pytest.mark.parametrize("person", DEMO_PEOPLE)
def test_each_person_tells_their_story(qtbot: Any, demo_window: Any, person: str) -> None:
    w = demo_window
    labels = [a.text() for a in w.demo_people_menu.actions()]
    action = w.demo_people_menu.actions()[DEMO_PEOPLE.index(person)]
    assert len(labels) == 3
    with qtbot.waitSignal(w.loadFinished, timeout=20_000):
        action.trigger()
    qtbot.waitUntil(lambda: w.grant_proxy.rowCount() > 0)
    apps = {w.grant_proxy.item(r).app: w.grant_proxy.item(r) for r in range(w.grant_proxy.rowCount())}
    assert STORY_APPS[person] in apps
    assert len({g.platform for g in apps.values()}) >= 2
    story = apps[STORY_APPS[person]]
    assert story.findings, "the story's app is flagged"


def test_switching_people_replaces_the_list(qtbot: Any, demo_window: Any) -> None:
    w = demo_window
    with qtbot.waitSignal(w.loadFinished, timeout=20_000):
        w.load_demo_person("student")
    qtbot.waitUntil(lambda: w.grant_proxy.rowCount() > 0)
    with qtbot.waitSignal(w.loadFinished, timeout=20_000):
        w.load_demo_person("business")
    def apps() -> set[str]:
        return {w.grant_proxy.item(r).app for r in range(w.grant_proxy.rowCount())}

    qtbot.waitUntil(lambda: "Inbox Assistant" in apps())
    assert "Class Project Bot" not in apps()


def test_handout_is_one_printable_page_saved_from_the_app(qtbot: Any, demo_window: Any, tmp_path: Path) -> None:
    from ui.window import dialogs

    root = Path(__file__).resolve().parents[2]
    shipped = dialogs.HANDOUT.read_bytes()
    assert (root / "docs" / "workshop-handout.html").read_bytes() == shipped, "docs/ and resources/ copies differ"
    assert b"@page" in shipped and b"Try a Demo Person" in shipped
    menu_texts = [a.text() for m in demo_window.menuBar().actions() for a in m.menu().actions()]
    assert "Save Workshop &Handout…" in menu_texts
    target = tmp_path / "handout.html"
    dialogs.save_handout(demo_window, str(target))
    assert target.read_bytes() == shipped
    assert demo_window.message_bar.title() == "Handout saved"
