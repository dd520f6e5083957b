"""ui/messages.py: every core error becomes a plain sentence (what is wrong, what to do), never a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from core import errors as e
from ui.messages import describe
from ui.views.banner import MessageBar

CASES = [
    e.ArchiveError("x", path="/d/a.zip", reason="truncated"),
    e.ArchiveError("x", path="/d/a.zip", reason="corrupt"),
    e.ArchiveError("x", path="/d/a.zip", reason="not_archive"),
    e.ArchiveError("x", path="/d/a.zip", reason="missing"),
    e.ArchiveError("x", path="/d/a.zip", reason="unreadable"),
    e.ArchiveError("x", path="/d/a.zip", reason="empty"),
    e.ArchiveError("x", path="/d/a.zip", reason="too_many_members"),
    e.ArchiveError("x", path="/d/a.zip", reason="something_new"),
    e.UnsupportedArchive("x", path="/d/a.zip"),
    e.ArchiveTooLarge("x", path="/d/a.zip", member="big.json", size=10, limit=5),
    e.EncryptedArchive("x", path="/d/a.zip", member="m.json"),
    e.AuthExpired("x", provider="keycloak"),
    e.RateLimited("x", provider="entra"),
    e.RevokeFailed("x", provider="entra"),
    e.ConnectorError("x", provider="google"),
    e.SecretStoreUnavailable("x"),
    e.ExportError("x"),
    MemoryError(),
    KeyError("boom"),
]


@pytest.mark.parametrize("exc", CASES, ids=lambda x: type(x).__name__ + ":" + getattr(x, "reason", ""))
def test_every_error_has_a_title_and_a_next_step(qapp: object, exc: BaseException) -> None:
    m = describe(exc)
    assert m.title and m.body
    assert m.body.rstrip().endswith(".")
    for leak in ("Traceback", "Error", "Exception", "None"):
        assert leak not in m.title + m.body
    if getattr(exc, "path", None):
        assert "a.zip" in m.title and "/d/" not in m.title  # the file's name, not a long path


def test_archive_errors_with_different_reasons_read_differently(qapp: object) -> None:
    texts = {describe(e.ArchiveError("x", path="a.zip", reason=r)).title
             for r in ("truncated", "not_archive", "missing", "empty")}
    assert len(texts) == 4


def test_a_hostile_file_name_is_shown_as_text(qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    bar = MessageBar(parent)
    m = describe(e.ArchiveError("x", path="/tmp/<img src=x onerror=alert(1)>.zip", reason="truncated"))
    bar.show_message(m.title, m.body)
    assert bar._title.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x onerror=alert(1)>.zip" in bar.title()
