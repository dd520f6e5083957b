"""The "What we read" panel: per source, which archive generation, which files were used, what went wrong."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.model import Source
from ui.formatting import format_count

MAX_FILES_LISTED = 25


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class SourcesPanel(QScrollArea):
    """One block per source; text only (selectable), so it can be copied into a support request."""

    def __init__(self, platform_label: Callable[[str], str], parent: QWidget | None = None,
                 known_urls: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self._platform_label = platform_label
        # Only our own settings-page addresses become links; anything else in a warning (which may quote
        # archive text) stays plain text.
        #: Presentation mode: archives shown by file name only, connected accounts not named.
        self.names_only = False
        self._sources: tuple[Source, ...] = ()
        self._known_urls = sorted(known_urls, key=len, reverse=True)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self)
        self.setWidget(inner)
        self._label = QLabel(inner)
        self._label.setObjectName("sourcesText")
        self._label.setAccessibleDescription(self.tr("The archives and accounts read, with any warnings"))
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setWordWrap(True)
        self._label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self._label.setOpenExternalLinks(True)  # opens in the system browser
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.addWidget(self._label)
        lay.addStretch(1)
        self.set_sources(())

    def text(self) -> str:
        return self._label.text()

    def set_sources(self, sources: tuple[Source, ...] | list[Source]) -> None:
        self._sources = tuple(sources)
        if not sources:
            nothing = self.tr("Nothing has been read yet.")  # outside the f-string: lupdate does not look inside
            self._label.setText(f"<p>{esc(nothing)}</p>")
            return
        self._label.setText("".join(self._block(s) for s in sources))

    def _linkify(self, text: str) -> str:
        out = esc(text)
        for url in self._known_urls:
            e = esc(url)
            if e in out:
                out = out.replace(e, f'<a href="{e}">{e}</a>')
                break  # one link per warning is enough; avoids nesting a shorter URL inside a longer one
        return out

    def _files(self, files: tuple[str, ...]) -> str:
        shown = files[:MAX_FILES_LISTED]
        if self.names_only:  # folders inside an export often carry the person's user name
            shown = tuple(PurePath(f).name for f in shown)
        items = "".join(f"<li><code>{esc(f)}</code></li>" for f in shown)
        more = ""
        if len(files) > len(shown):
            more_text = self.tr("and {n} more").format(n=format_count(len(files) - len(shown)))
            more = f"<li>{esc(more_text)}</li>"
        return f'<ul style="margin-left:-20px; color:gray">{items}{more}</ul>'

    def _block(self, s: Source) -> str:
        name = self._platform_label(s.platform)
        if s.platform == "unknown":
            title = self.tr("Not read")
        elif s.kind == "live":
            title = self.tr("{platform}: connected account").format(platform=name)
        elif s.generation:
            title = self.tr("{platform} archive, {generation} layout").format(platform=name, generation=s.generation)
        else:
            title = self.tr("{platform} archive").format(platform=name)
        parts = [f'<h3 style="margin-bottom:2px">{esc(title)}</h3>']
        paths = s.parts or ((s.path,) if s.path else ())
        if s.kind == "live":  # "live:robin@example.org" is an internal tag: show the account
            paths = tuple(p.removeprefix("live:") for p in paths)
        if self.names_only:
            paths = () if s.kind == "live" else tuple(PurePath(p).name for p in paths)
        if paths:
            parts.append("".join(f'<div style="color:gray"><code>{esc(p)}</code></div>' for p in paths))
        for w in s.warnings:
            parts.append(f'<p style="margin:4px 0"><span style="color:#e8590c">⚠</span> {self._linkify(w)}</p>')
        if s.files_used:
            used = self.tr("Files used: {n}").format(n=format_count(len(s.files_used)))
            parts.append(f"<p style='margin:6px 0 0 0'>{esc(used)}</p>")
            parts.append(self._files(s.files_used))
        if s.files_empty:
            empty = self.tr("Files with nothing in them: {n}").format(n=format_count(len(s.files_empty)))
            parts.append(f"<p style='margin:6px 0 0 0'>{esc(empty)}</p>")
            parts.append(self._files(s.files_empty))
        if s.platform != "unknown" and not s.files_used and s.kind == "archive":
            none_found = self.tr("No file with app data was found in this archive.")
            parts.append(f"<p>{esc(none_found)}</p>")
        return "".join(parts)
