"""Builds the bundled demo archives of a fictional person (run: uv run python resources/demo/build_demo.py)."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))  # project root, so tests.builders is importable

from tests.builders.archive import meta_json, with_prefix, write_zip  # noqa: E402

PERSON = "Alex Demo"


def ts(y: int, m: int = 1, d: int = 1) -> int:
    return int(datetime(y, m, d, 12, 0, tzinfo=timezone.utc).timestamp())


# ---- Facebook -------------------------------------------------------------------------------------

# (name, added (y, m, d) or None, category, removed (y, m, d) or None)
FB_APPS = [
    ("MyPersonality Quiz: Which Big Five type are you?", (2014, 3, 14), "active", None),
    ("thisisyourdigitallife", (2014, 6, 2), "removed", (2018, 4, 10)),
    ("Farm Town", (2010, 5, 1), "removed", None),
    ("Birthday Calendar", (2011, 2, 20), "inactive", None),
    ("Spotify", (2012, 9, 5), "active", None),
    ("Candy Match Saga", (2013, 1, 11), "inactive", None),
    ("Photo Editor Plus", (2013, 10, 4), "inactive", None),
    ("Slideshow Maker", (2013, 10, 4), "active", None),
    ("What Pokémon are you?", None, "removed", None),
    ("Sweepstakes", (2014, 5, 13), "active", None),
    ("Sweepstakes", (2014, 7, 1), "removed", (2016, 1, 2)),
    ("Trip Planner", (2015, 8, 19), "active", None),
    ("Daily Horoscope", (2015, 11, 2), "inactive", None),
    ("Music Stream", (2016, 2, 29), "active", None),
    ("Dating Nearby", (2016, 6, 6), "removed", (2019, 3, 1)),
    ("Fitness Buddy", (2017, 4, 21), "active", None),
    ("News Reader", (2017, 9, 9), "inactive", None),
    ("Café Finder", (2018, 3, 3), "active", None),
    ("Second-hand Market", (2018, 8, 25), "inactive", None),
    ("Word Game Duel", (2019, 1, 15), "removed", (2020, 2, 2)),
    ("Online Shop Login", (2019, 11, 30), "active", None),
    ("Recipe Box", (2020, 4, 4), "active", None),
    ("Video Call Party", (2020, 4, 20), "inactive", None),
    ("Language Tutor", (2021, 1, 7), "active", None),
    ("Concert Tickets", (2021, 9, 12), "active", None),
    ("Plant Care", (2022, 5, 5), "inactive", None),
    ("Run Tracker", (2023, 2, 14), "active", None),
    ("AI Photo Styles", (2024, 7, 1), "active", None),
    ("Event Invitations", (2025, 3, 30), "active", None),
    ("Home Energy Saver", (2026, 2, 2), "active", None),
]

FB_OFF = [
    ("Music Stream", [("ACTIVATE_APP", (2025, 10, 1)), ("PAGE_VIEW", (2025, 11, 3))]),
    ("Online Shop", [("PURCHASE", (2024, 12, 1)), ("ADD_TO_CART", (2024, 11, 30)), ("PAGE_VIEW", (2025, 1, 5))]),
    ("Trip Planner", [("SEARCH", (2023, 6, 1))]),
    ("Coin Exchange", [("PURCHASE", (2022, 4, 21)), ("CUSTOM", (2022, 8, 8))]),
    ("Fitness Buddy", [("ACTIVATE_APP", (2021, 5, 5))]),
    ("Pizza Delivery", [("PURCHASE", (2025, 9, 9)), ("INITIATE_CHECKOUT", (2025, 9, 9))]),
]

FB_ADVERTISERS = [
    ("Shoe Shop", True, False, False),
    ("Garden Centre", False, True, False),
    ("Electric Car Co", True, True, False),
    ("Supermarket Chain", False, False, True),
    ("Insurance Comparison", True, False, False),
]


def facebook_files() -> dict[str, bytes]:
    apps = []
    for i, (name, added, cat, removed) in enumerate(FB_APPS):
        apps.append({
            "name": name,
            "added_timestamp": ts(*added) if added and cat != "removed" else 0,
            "user_app_scoped_id": 10200000000000000 + i * 7919,
            "category": cat,
            "removed_timestamp": ts(*removed) if removed else 0,
        })
    order = sorted(apps, key=lambda a: (a["category"] != "removed", a["removed_timestamp"], a["added_timestamp"]))
    base = "apps_and_websites_off_of_facebook"
    off = [{"name": n, "events": [{"id": 1000 + j, "type": t, "timestamp": ts(*d)} for j, (t, d) in enumerate(ev)]}
           for n, ev in FB_OFF]
    adv = [{"advertiser_name": n, "has_data_file_custom_audience": a, "has_remarketing_custom_audience": b,
            "has_in_person_store_visit": c} for n, a, b, c in FB_ADVERTISERS]
    files = {
        f"{base}/connected_apps_and_websites.json": meta_json({"installed_apps_v2": order}),
        f"{base}/your_activity_off_meta_technologies.json": meta_json({"off_facebook_activity_v2": off}),
        f"{base}/posts_from_apps_and_websites.json": meta_json({"app_posts_v2": [
            {"timestamp": ts(2025, 8, 1), "title": f"{PERSON} posted something via Run Tracker."},
            {"timestamp": ts(2016, 3, 1), "title": f"{PERSON} listened to a song via Music Stream."},
        ]}),
        "ads_information/advertisers_using_your_activity_or_information.json":
            meta_json({"custom_audiences_all_types_v2": adv}),
        "personal_information/profile_information/profile_information.json": meta_json({"profile_v2": {
            "name": {"full_name": PERSON, "first_name": "Alex", "last_name": "Demo"},
            "emails": {"emails": ["alex.demo@example.org"]}}}),
    }
    return with_prefix(files, "facebook-alexdemo")


def build(out: Path = HERE) -> list[Path]:
    written = [write_zip(facebook_files(), out / "facebook-alexdemo-2026.zip")]
    written += build_other_platforms(out)
    return written


def build_other_platforms(out: Path) -> list[Path]:
    """X, Instagram and other platforms' demo archives (see the per-platform functions below)."""
    return []


if __name__ == "__main__":
    for p in build():
        print(p.relative_to(HERE.parent.parent))
