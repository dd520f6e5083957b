"""Synthetic Instagram exports (2021–22 string_map_data layout, 2023+ layout, localized labels), no real people."""

from __future__ import annotations

from typing import Any

from tests.builders.archive import Files, meta_json

PERSON = {"username": "robin.example", "name": "Robin Example", "email": "robin.example@example.org"}
NO_DATA = b"You have no data in this section"  # 32 bytes, no final newline, as Meta writes it


def smd(**fields: tuple[str, int]) -> dict[str, Any]:
    """string_map_data entries: label -> (value, timestamp)."""
    return {label: {"href": "", "value": v, "timestamp": t} for label, (v, t) in fields.items()}


def rec(string_map: dict[str, Any], title: str = "") -> dict[str, Any]:
    return {"title": title, "media_map_data": {}, "string_map_data": string_map}


def rec_2022(name: str, date_label: str, ts: int, user_id: str) -> dict[str, Any]:
    return rec({"App Name": {"href": "", "value": name, "timestamp": 0},
                date_label: {"href": "", "value": "", "timestamp": ts},
                "User ID": {"href": "", "value": user_id, "timestamp": 0}})


def rec_2023(name: str, date_label: str, ts: int, last: int | None, user_id: str) -> dict[str, Any]:
    m: dict[str, Any] = {date_label: {"href": "", "value": "", "timestamp": ts}}
    if last is not None:
        m["Last active on"] = {"href": "", "value": "", "timestamp": last}
    m["App user ID"] = {"href": "", "value": user_id, "timestamp": 0}
    return rec(m, title=name)


ADVERTISERS = [
    {"advertiser_name": "블루샵", "has_data_file_custom_audience": False, "has_remarketing_custom_audience": True,
     "has_in_person_store_visit": False},
    {"advertiser_name": "Coin Exchange ID", "has_data_file_custom_audience": True,
     "has_remarketing_custom_audience": True, "has_in_person_store_visit": False},
]


def profile() -> dict[str, Any]:
    return {"profile_user": [rec(smd(**{"Username": (PERSON["username"], 0), "Name": (PERSON["name"], 0),
                                        "Email": (PERSON["email"], 0), "Gender": ("", 0)}))]}


def g2022() -> Files:
    """Mid-2022 layout (REAL shape): apps_and_websites/{active_apps,expired_pps}.json with string_map_data."""
    return {
        "apps_and_websites/active_apps.json": meta_json({"apps_and_websites_active_apps": [
            rec_2022("Photo Grid Studio", "Added on", 1600000000, "4073982597919074"),
            rec_2022("Café Scheduler", "Added on", 1610000000, "3988337887623286"),
        ]}),
        "apps_and_websites/expired_pps.json": meta_json({"apps_and_websites_expired_apps": [
            rec_2022("Widget Wall", "Expired on", 1647093862, "4390129040479666"),
            rec_2022("Post Later", "Expired on", 1606955880, "3988337887623999"),
        ]}),
        "ads_and_businesses/advertisers_using_your_activity_or_information.json":
            meta_json({"ig_custom_audiences_all_types": ADVERTISERS}),
        "past_instagram_insights/profile_reach.json": meta_json({"organic_insights_reach": []}),
        "login_and_account_creation/login_activity.json": meta_json({"account_history_login_history": []}),
        "personal_information/personal_information.json": meta_json(profile()),
    }


def g2022_empty() -> Files:
    """Three of four real 2022 archives: the apps section holds only no-data.txt."""
    return {
        "apps_and_websites/no-data.txt": NO_DATA,
        "ads_and_businesses/advertisers_using_your_activity_or_information.json":
            meta_json({"ig_custom_audiences_all_types": []}),
        "past_instagram_insights/profile_reach.json": meta_json({"organic_insights_reach": []}),
        "story_sticker_interactions/polls.json": meta_json({"story_activities_polls": []}),
    }


def g2023() -> Files:
    """2023 onward: apps_and_websites_off_of_instagram/, title + Added on / Expired on / Last active on."""
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    return {
        f"{base}/active_apps.json": meta_json({"apps_and_websites_active_apps": [
            rec_2023("Photo Grid Studio", "Added on", 1600000000, 1700000000, "4073982597919074"),
            rec_2023("Reel Editor", "Added on", 1680000000, None, "5000000000000001"),
            rec_2023("Comeback App", "Added on", 1690000000, 1695000000, "5000000000000002"),
        ]}),
        f"{base}/expired_pps.json": meta_json({"apps_and_websites_expired_apps": [
            rec_2023("Widget Wall", "Expired on", 1647093862, 1639000000, "4390129040479666"),
            rec_2023("Comeback App", "Expired on", 1660000000, 1650000000, "5000000000000002"),
        ]}),
        f"{base}/your_activity_off_meta_technologies.json": meta_json({"apps_and_websites_off_meta_activity": [
            {"name": "Shoe Shop", "events": [{"id": 123456789, "type": "PURCHASE", "timestamp": 1690000000},
                                             {"id": 123456789, "type": "PAGE_VIEW", "timestamp": 1680000000}]},
            {"name": "Café Finder", "events": [{"id": 42, "type": "ACTIVATE_APP", "timestamp": 1695000000}]},
        ]}),
        f"{base}/your_activity_off_meta_technologies_settings.json": meta_json({"off_meta_settings": []}),
        "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json":
            meta_json({"ig_custom_audiences_all_types": ADVERTISERS}),
        "your_instagram_activity/likes/liked_posts.json": meta_json({"likes_media_likes": []}),
        "personal_information/personal_information/personal_information.json": meta_json(profile()),
    }


def localized() -> Files:
    """2023 layout with German labels (in the alias table) and Finnish ones (not: read by position)."""
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    return {
        f"{base}/active_apps.json": meta_json({"apps_and_websites_active_apps": [
            rec(smd(**{"Hinzugefügt am": ("", 1600000000), "Zuletzt aktiv am": ("", 1700000000),
                       "Nutzer-ID der App": ("4073982597919074", 0)}), title="Fotoraster"),
            rec(smd(**{"Sovelluksen nimi": ("Kuvakollaasi", 0), "Lisätty": ("", 1610000000),
                       "Viimeksi aktiivinen": ("", 1710000000),
                       "Sovelluksen käyttäjätunnus": ("5000000000000003", 0)})),
        ]}),
        "your_instagram_activity/likes/liked_posts.json": meta_json({"likes_media_likes": []}),
    }
