"""Registry of importers and platform detection by marker files (never by the archive's name)."""

from __future__ import annotations

from core.archive.tree import ArchiveTree
from core.importers.base import Importer
from core.importers.discord import DiscordImporter
from core.importers.facebook import FacebookImporter
from core.importers.google_takeout import GoogleTakeoutImporter
from core.importers.instagram import InstagramImporter
from core.importers.reddit import RedditImporter
from core.importers.snapchat import SnapchatImporter
from core.importers.tiktok import TikTokImporter
from core.importers.x import XImporter


def all_importers() -> list[type[Importer]]:
    """Every importer, in the order ties are broken (first wins)."""
    found: list[type[Importer]] = [
        FacebookImporter,
        InstagramImporter,
        XImporter,
        GoogleTakeoutImporter,
        SnapchatImporter,
        TikTokImporter,
        DiscordImporter,
        RedditImporter,
    ]
    return found


def detect(tree: ArchiveTree) -> type[Importer] | None:
    """The importer with the highest marker score, or None."""
    best: tuple[int, type[Importer] | None] = (0, None)
    for imp in all_importers():
        score = imp.detect(tree)
        if score > best[0]:
            best = (score, imp)
    return best[1]
