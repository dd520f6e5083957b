"""The "Changes" view: what changed between two exports (snapshots) of one account, from core/diff.py."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from core import diff
from core.accounts import account_label, account_of, only_account
from core.model import Inventory


class ChangesView(QWidget):
    """Pick two snapshots of one account (the two latest by default); the differences are listed by kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair_combo = QComboBox(self)
        self.pair_combo.setAccessibleName(self.tr("Exports to compare"))
        self.pair_combo.setAccessibleDescription(self.tr("Which older export is compared with which newer one"))
        self.pair_combo.currentIndexChanged.connect(self._show)
        self.hint = QLabel(self.tr("Open an older and a newer export of the same account to see what changed "
                                   "between them."), self)
        self.hint.setWordWrap(True)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("What changed"))
        self.browser.setAccessibleDescription(self.tr("The apps that are new, gone or changed between the two exports"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare:"), self))
        top.addWidget(self.pair_combo, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.browser, 1)
        self._pairs: list[tuple[Inventory, Inventory]] = []
        self.doc: dict[str, Any] | None = None

    def titles(self) -> dict[str, str]:
        return {"new": self.tr("New apps"), "gone": self.tr("Apps gone"), "changed": self.tr("Status changed"),
                "returned": self.tr("Back again"), "permissions_added": self.tr("Permissions added")}

    def set_inventory(self, inv: Inventory) -> None:
        """Every pair of snapshots of one account (older → newer); the two latest come first."""
        self._pairs = []
        labels = []
        by_account: dict[str, list[Inventory]] = {}
        for old in inv.earlier:
            if old.sources:
                src = old.sources[0]
                by_account.setdefault(src.account or account_of(src), []).append(old)
        for account, olds in by_account.items():
            current = only_account(inv, account)
            if not current.sources:
                continue
            snaps = sorted(olds, key=lambda e: diff.describe(e.sources[0])["exported_at"] or "") + [current]
            pairs = [(snaps[i], snaps[j]) for j in range(len(snaps) - 1, 0, -1) for i in range(j - 1, -1, -1)]
            for old, new in pairs:
                self._pairs.append((old, new))
                labels.append(self.tr("{who}: {old} → {new}").format(
                    who=account_label(old.sources[0]), old=diff.describe(old.sources[0])["path"],
                    new=diff.describe(new.sources[0])["path"]))
        self.pair_combo.blockSignals(True)
        self.pair_combo.clear()
        self.pair_combo.addItems(labels)
        self.pair_combo.blockSignals(False)
        self.pair_combo.setVisible(bool(labels))
        self.hint.setVisible(not labels)
        self._show()

    def _show(self, *_: Any) -> None:
        i = self.pair_combo.currentIndex()
        if not (0 <= i < len(self._pairs)):
            self.doc = None
            self.browser.clear()
            return
        old, new = self._pairs[i]
        self.doc = diff.diff(old, new)
        self.browser.setHtml(self.render(self.doc))

    def render(self, doc: dict[str, Any]) -> str:
        e = html.escape
        o, n = doc["old_export"], doc["new_export"]
        # tr() stays outside the f-strings: lupdate does not look inside them.
        old_line = self.tr("Old: {path} ({date})").format(path=o["path"], date=(o["exported_at"] or "?")[:10])
        new_line = self.tr("New: {path} ({date})").format(path=n["path"], date=(n["exported_at"] or "?")[:10])
        out = [f"<p>{e(old_line)}<br>{e(new_line)}</p>"]
        if not any(doc["counts"].values()):
            nothing = self.tr("Nothing changed.")
            out.append(f"<p>{e(nothing)}</p>")
        statuses = {"active": self.tr("active"), "expired": self.tr("expired"), "removed": self.tr("removed")}
        for key, title in self.titles().items():
            rows = doc[key]
            if not rows:
                continue
            out.append(f"<h3>{e(title)} ({len(rows)})</h3><ul>")
            for r in rows:
                if key in ("changed", "returned"):
                    line = f"{r['app']}: {statuses.get(r['from'], r['from'])} → {statuses.get(r['to'], r['to'])}"
                elif key == "permissions_added":
                    line = f"{r['app']}: + {', '.join(r['added'])}"
                else:
                    line = f"{r['app']} ({statuses.get(r['status'], r['status'])})"
                out.append(f"<li>{e(line)}</li>")
            out.append("</ul>")
        return "".join(out)
