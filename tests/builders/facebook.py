"""Synthetic Facebook exports of every generation (G1 2018 … G5 2026), real-shaped, no real people."""

from __future__ import annotations

from typing import Any

from tests.builders.archive import Files, meta_json

# A fictional person.
PERSON = {"full_name": "Robin Example", "email": "robin.example@example.org", "phone": "+15550100"}

BIG_ID = 10229093786579754  # > 2**53: must survive as an exact string

# (name, added, scoped id, category, removed) — shapes from the reference: removed first with 0 added.
V2_APPS: list[dict[str, Any]] = [
    {"name": "Netflix", "added_timestamp": 0, "user_app_scoped_id": 10221661318609139,
     "category": "removed", "removed_timestamp": 1419825832},
    {"name": "Step Counter Pro", "added_timestamp": 0, "category": "removed", "removed_timestamp": 1462416965},
    {"name": "What Pokémon are you?", "added_timestamp": 0, "user_app_scoped_id": 10227877893287921,
     "category": "removed", "removed_timestamp": 0},
    {"name": "Trade Market", "added_timestamp": 0, "user_app_scoped_id": 10220000000000001,
     "category": "removed", "removed_timestamp": 0},
    {"name": "Photo Editor Plus", "added_timestamp": 1380888420, "user_app_scoped_id": 10221948219935181,
     "category": "inactive", "removed_timestamp": 0},
    {"name": "Trade Market", "added_timestamp": 1535164541, "user_app_scoped_id": 10220000000000001,
     "category": "inactive", "removed_timestamp": 0},
    {"name": "Slideshow Maker", "added_timestamp": 1380911120, "user_app_scoped_id": BIG_ID,
     "category": "active", "removed_timestamp": 0},
    {"name": "Sweepstakes", "added_timestamp": 1400000000, "user_app_scoped_id": 10220000000000101,
     "category": "active", "removed_timestamp": 0},
    {"name": "Sweepstakes", "added_timestamp": 1400000500, "user_app_scoped_id": 10220000000000102,
     "category": "active", "removed_timestamp": 0},
    {"name": "Café Finder", "added_timestamp": 1600000000, "user_app_scoped_id": 10220000000000200,
     "category": "active", "removed_timestamp": 0},
]

OFF_V2 = [
    {"name": "Coin Exchange", "events": [
        {"id": 379670032410722, "type": "PURCHASE", "timestamp": 1650518040},
        {"id": 379670032410723, "type": "PAGE_VIEW", "timestamp": 1640518040}]},
    {"name": "Café Finder", "events": [{"id": 111, "type": "ACTIVATE_APP", "timestamp": 1655000000}]},
    {"name": "Coin Exchange", "events": [{"id": 379670032410722, "type": "CUSTOM", "timestamp": 1660000000}]},
]

ADVERTISERS_V2 = [
    {"advertiser_name": "Shoe Shop", "has_data_file_custom_audience": True,
     "has_remarketing_custom_audience": False, "has_in_person_store_visit": False},
    {"advertiser_name": "Victoria’s Garden", "has_data_file_custom_audience": False,
     "has_remarketing_custom_audience": True, "has_in_person_store_visit": True},
]


def profile() -> dict[str, Any]:
    return {"profile_v2": {
        "name": {"full_name": PERSON["full_name"], "first_name": "Robin", "middle_name": "", "last_name": "Example"},
        "emails": {"emails": [PERSON["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": PERSON["phone"], "verified": True}],
        "username": "robin.example.42",
    }}


def posts_v2() -> dict[str, Any]:
    return {"app_posts_v2": [
        {"timestamp": 1500000000, "title": f"{PERSON['full_name']} posted something via Slideshow Maker."},
        {"timestamp": 1450000000, "title": f"{PERSON['full_name']} posted something via Slideshow Maker."},
    ]}


def g1() -> Files:
    """2018: apps/installed_apps.json with time_added; advertisers as plain strings."""
    return {
        "apps/installed_apps.json": meta_json({"installed_apps": [
            {"name": "Quiz: Which Café are you?", "time_added": 1398000000},
            {"name": "Farm Town", "time_added": 1300000000},
            {"name": "Farm Town", "time_added": 1310000000},
        ]}),
        "apps/posts_from_apps.json": meta_json({"app_posts": []}),
        "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json":
            meta_json({"custom_audiences": ["Shoe Shop", "Garden Centre"]}),
        "profile_information/profile_information.json": meta_json({"profile": {"name": PERSON["full_name"]}}),
    }


def g2() -> Files:
    """2019–2020: apps_and_websites/apps_and_websites.json (installed_apps, added_timestamp), G2 off-activity."""
    return {
        "apps_and_websites/apps_and_websites.json": meta_json({"installed_apps": [
            {"name": "Music Stream", "added_timestamp": 1510000000},
            {"name": "Daily Horoscope", "added_timestamp": 0},
        ]}),
        "apps_and_websites/posts_from_apps_and_websites.json": meta_json({"app_posts": [
            {"timestamp": 1560000000, "title": f"{PERSON['full_name']} listened to a song via Music Stream."}]}),
        "ads_and_businesses/your_off-facebook_activity.json": meta_json({"off_facebook_activity": [
            {"name": "Music Stream", "events": [{"id": 42, "type": "ACTIVATE_APP", "timestamp": 1580000000}]}]}),
        "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json":
            meta_json({"custom_audiences": ["Shoe Shop"]}),
        "profile_information/profile_information.json": meta_json(profile()),
    }


def g3() -> Files:
    """2021–2022 (REAL shape): apps_and_websites_off_of_facebook/apps_and_websites.json, installed_apps_v2."""
    return {
        "apps_and_websites_off_of_facebook/apps_and_websites.json": meta_json({"installed_apps_v2": V2_APPS}),
        "apps_and_websites_off_of_facebook/your_off-facebook_activity.json":
            meta_json({"off_facebook_activity_v2": OFF_V2}),
        "apps_and_websites_off_of_facebook/posts_from_apps_and_websites.json": meta_json(posts_v2()),
        "apps_and_websites_off_of_facebook/your_apps.json":
            meta_json({"admined_apps_v2": [{"name": "Calico Test App", "added_timestamp": 0}]}),
        "ads_information/advertisers_using_your_activity_or_information.json":
            meta_json({"custom_audiences_all_types_v2": ADVERTISERS_V2}),
        "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json":
            meta_json({"custom_audiences_v2": ["Garden Centre"]}),
        "profile_information/profile_information.json": meta_json(profile()),
        "messages/inbox/placeholder.txt": b"",
    }


def g4() -> Files:
    """2023–2025: connected_apps_and_websites.json under your_activity_across_facebook/, off-Meta file."""
    base = "your_activity_across_facebook/apps_and_websites_off_of_facebook"
    return {
        f"{base}/connected_apps_and_websites.json": meta_json({"installed_apps_v2": V2_APPS}),
        f"{base}/your_activity_off_meta_technologies.json": meta_json({"off_facebook_activity_v2": OFF_V2}),
        f"{base}/posts_from_apps_and_websites.json": meta_json(posts_v2()),
        "your_activity_across_facebook/ads_information/advertisers_using_your_activity_or_information.json":
            meta_json({"custom_audiences_all_types_v2": ADVERTISERS_V2}),
        "personal_information/profile_information/profile_information.json": meta_json(profile()),
    }


def g5() -> Files:
    """2026: off-Meta activity as a top-level list of label_values records; advertisers as label_values."""
    base = "apps_and_websites_off_of_facebook"
    off = [
        {"title": "Coin Exchange", "fbid": "379670032410722", "media": [], "label_values": [
            {"label": "Events", "vec": [
                {"dict": [{"label": "ID", "value": "379670032410722"}, {"label": "Event", "value": "PURCHASE"},
                          {"label": "Received on", "timestamp_value": 1650518040}]},
                {"dict": [{"label": "ID", "value": "379670032410722"}, {"label": "Event", "value": "PAGE_VIEW"},
                          {"label": "Received on", "timestamp_value": 1700000000}]}]}]},
    ]
    return {
        f"{base}/connected_apps_and_websites.json": meta_json({"installed_apps_v2": V2_APPS[:3]}),
        f"{base}/your_activity_off_meta_technologies.json": meta_json(off),
        "ads_information/advertisers_using_your_activity_or_information.json": meta_json({
            "timestamp": 1750000000, "media": [], "label_values": [
                {"label": "A list uploaded or used by the advertiser", "vec": [{"value": "Shoe Shop"},
                                                                               {"value": "Bakery Ünd Co"}]}]}),
    }


GENERATIONS = {"G1": g1, "G2": g2, "G3": g3, "G4": g4, "G5": g5}


def many_apps(n: int, *, start_id: int = 10_300_000_000_000_000) -> list[dict[str, Any]]:
    """n real-shaped installed_apps_v2 records (benchmarks, demo)."""
    out = []
    for i in range(n):
        cat = ("active", "inactive", "removed")[i % 3]
        out.append({
            "name": f"App {i:05d}", "added_timestamp": 0 if cat == "removed" else 1_300_000_000 + i * 1000,
            "user_app_scoped_id": start_id + i, "category": cat,
            "removed_timestamp": 1_500_000_000 + i if cat == "removed" else 0,
        })
    return out
