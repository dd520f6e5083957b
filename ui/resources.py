"""Access to files under resources/: web links, SVG icons (tinted to the palette) and the app icon."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
DEMO_DIR = RESOURCES_DIR / "demo"
LINKS_FILE = RESOURCES_DIR / "links.json"

#: Demo inputs: archives, plus folders (an unpacked export); the generator script is skipped.
DEMO_PATTERNS = ("*.zip", "*.tgz", "*.tar.gz")


@dataclass(frozen=True)
class PlatformLinks:
    id: str
    name: str
    manage_url: str | None
    request_url: str | None
    #: where to click, in words (the only guidance for platforms without a settings web page)
    where: str = ""


class Links:
    """resources/links.json: the one list of web addresses the window opens."""

    def __init__(self, platforms: dict[str, PlatformLinks]) -> None:
        self._platforms = platforms

    @classmethod
    def load(cls, path: Path = LINKS_FILE) -> Links:
        try:
            raw = json.loads(path.read_text(encoding="utf-8")).get("platforms", {})
        except (OSError, ValueError, AttributeError) as e:
            log.warning("links file %s unreadable: %s", path, e)
            raw = {}
        out: dict[str, PlatformLinks] = {}
        for pid, entry in raw.items():
            if isinstance(entry, dict):
                out[pid] = PlatformLinks(pid, str(entry.get("name") or pid), entry.get("manage_url") or None,
                                         entry.get("request_url") or None, str(entry.get("where") or ""))
        return cls(out)

    def get(self, platform: str) -> PlatformLinks:
        return self._platforms.get(platform) or PlatformLinks(platform, platform_name(platform), None, None)

    def name(self, platform: str) -> str:
        p = self._platforms.get(platform)
        return p.name if p else platform_name(platform)

    def known_urls(self) -> frozenset[str]:
        """Every address of this file: the only ones the window turns into clickable links in texts."""
        return frozenset(u for p in self._platforms.values() for u in (p.manage_url, p.request_url) if u)


def platform_name(platform: str) -> str:
    """Display name of a platform id (proper nouns; 'unknown' is translated)."""
    if platform == "unknown":
        return QCoreApplication.translate("platform", "Unknown")
    known = {"facebook": "Facebook", "instagram": "Instagram", "x": "X", "google": "Google",
             "microsoft": "Microsoft", "tiktok": "TikTok", "snapchat": "Snapchat", "discord": "Discord",
             "reddit": "Reddit", "keycloak": "Keycloak", "authentik": "authentik", "entra": "Microsoft Entra ID",
             "google_workspace": "Google Workspace"}
    return known.get(platform, platform[:1].upper() + platform[1:])


def demo_inputs(demo_dir: Path = DEMO_DIR) -> list[str]:
    """Every demo archive (and unpacked demo folder) in demo_dir, sorted; the builder script is not one."""
    if not demo_dir.is_dir():
        return []
    found: set[Path] = set()
    for pattern in DEMO_PATTERNS:
        found.update(demo_dir.glob(pattern))
    for p in demo_dir.iterdir():
        if p.is_dir() and not p.name.startswith((".", "_")):
            found.add(p)
    return [str(p) for p in sorted(found)]


#: The workshop's demo people (resources/demo/_people/<id>/, made by resources/demo/build_demo.py).
DEMO_PEOPLE = ("student", "parent", "business")


def demo_person_inputs(person: str, demo_dir: Path = DEMO_DIR) -> list[str]:
    """The archives of one demo person (several platforms each)."""
    return demo_inputs(demo_dir / "_people" / person)


@lru_cache(maxsize=256)
def _svg_bytes(name: str) -> bytes:
    return (ICONS_DIR / f"{name}.svg").read_bytes()


def icon(name: str, color: QColor | str | None = None, size: int = 24) -> QIcon:
    """An icon from resources/icons; `currentColor` in the SVG is replaced by `color` (palette-aware)."""
    try:
        data = _svg_bytes(name)
    except OSError:
        log.warning("icon %s missing", name)
        return QIcon()
    if color is not None:
        c = QColor(color).name() if not isinstance(color, str) else color
        data = data.replace(b"currentColor", c.encode("ascii"))
    renderer = QSvgRenderer(QByteArray(data))
    ic = QIcon()
    for scale in (1, 2):
        px = QPixmap(QSize(size * scale, size * scale))
        px.fill(Qt.GlobalColor.transparent)
        p = QPainter(px)
        renderer.render(p, QRectF(0, 0, size * scale, size * scale))
        p.end()
        px.setDevicePixelRatio(scale)
        ic.addPixmap(px)
    return ic


def app_icon() -> QIcon:
    return QIcon(str(ICONS_DIR / "grantscope.svg"))
