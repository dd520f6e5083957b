"""Registry of importers and platform detection by marker files (never by the archive's name).

Detection scores every platform through core.importers.markers; only the importer of the platform found is then
imported (a plain import in importer(): PyInstaller's analysis still bundles every importer).
"""

from __future__ import annotations

from collections.abc import Callable

from core.archive.tree import ArchiveTree
from core.importers import markers
from core.importers.base import Importer

#: Every platform with its marker score, in the order ties are broken (first wins).
PLATFORMS: tuple[tuple[str, Callable[[ArchiveTree], int]], ...] = (
    ("facebook", markers.facebook_score),
    ("instagram", markers.instagram_score),
    ("x", markers.x_score),
    ("google", markers.takeout_score),
    ("snapchat", markers.snapchat_score),
    ("tiktok", markers.tiktok_score),
    ("discord", markers.discord_score),
    ("reddit", markers.reddit_score),
)


def importer(platform: str) -> type[Importer]:
    """The importer of one platform of PLATFORMS; its module is imported on the first call."""
    if platform == "facebook":
        from core.importers.facebook import FacebookImporter

        return FacebookImporter
    if platform == "instagram":
        from core.importers.instagram import InstagramImporter

        return InstagramImporter
    if platform == "x":
        from core.importers.x import XImporter

        return XImporter
    if platform == "google":
        from core.importers.google_takeout import GoogleTakeoutImporter

        return GoogleTakeoutImporter
    if platform == "snapchat":
        from core.importers.snapchat import SnapchatImporter

        return SnapchatImporter
    if platform == "tiktok":
        from core.importers.tiktok import TikTokImporter

        return TikTokImporter
    if platform == "discord":
        from core.importers.discord import DiscordImporter

        return DiscordImporter
    if platform == "reddit":
        from core.importers.reddit import RedditImporter

        return RedditImporter
    raise KeyError(f"no importer for {platform!r}")


def all_importers() -> list[type[Importer]]:
    """Every importer, in the order ties are broken (first wins); imports them all."""
    return [importer(p) for p, _ in PLATFORMS]


def detect(tree: ArchiveTree) -> type[Importer] | None:
    """The importer with the highest marker score, or None."""
    best: tuple[int, str | None] = (0, None)
    for platform, score_of in PLATFORMS:
        score = score_of(tree)
        if score > best[0]:
            best = (score, platform)
    return None if best[1] is None else importer(best[1])
