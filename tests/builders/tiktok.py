"""Synthetic TikTok exports (user_data.json before 2024, user_data_tiktok.json after), no real people."""

from __future__ import annotations

import json
from typing import Any

from tests.builders.archive import Files

OFF = [
    {"TimeStamp": "2023-05-01 10:00:00", "Source": "Shoe Shop", "Event": "Purchase"},
    {"TimeStamp": "2023-05-03 11:00:00", "Source": "Shoe Shop", "Event": "ViewContent"},
    {"TimeStamp": "2023-06-01 09:30:00", "Source": "Travel Co", "Event": "Search"},
]
PROFILE = {"Profile Info": {"ProfileMap": {"userName": "robin_tt", "emailAddress": "robin.example@example.org",
                                           "telephoneNumber": "", "PlatformInfo": [{"Platform": "Google"}]}}}


def old() -> dict[str, Any]:
    return {"Activity": {"Like List": {"ItemFavoriteList": []}},
            "Ads and data": {"Off TikTok Activity": {"OffTikTokActivityDataList": OFF}},
            "Profile": PROFILE}


def new() -> dict[str, Any]:
    """2024+: the list appears under two sections (the same events twice)."""
    return {"Your Activity": {"Off TikTok Activity": {"OffTikTokActivityDataList": OFF}},
            "Profile And Settings": {**PROFILE, "Off TikTok Activity": {"OffTikTokActivityDataList": OFF}},
            "Ads and data": {"Ad Interests": {"AdInterestCategories": ""}}}


def export(data: Any, name: str = "user_data_tiktok.json") -> Files:
    return {name: json.dumps(data, indent=2, ensure_ascii=False).encode()}
