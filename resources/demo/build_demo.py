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
    return [
        write_zip(x_files(), out / "twitter-2026-03-01-alexdemo.zip"),
        write_zip(instagram_files(), out / "instagram-alexdemo-2026-03-01.zip"),
        write_zip(takeout_files(), out / "takeout-20260301T120000Z-001.zip"),
        write_zip(discord_files(), out / "discord-package-alexdemo.zip"),
    ]


# ---- X / Twitter (helper-owned section) -----------------------------------------------------------

def iso(y: int, m: int = 1, d: int = 1) -> str:
    return datetime(y, m, d, 12, 0, tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# (id, name, permissions, approved (y, m, d), organization or None)
X_APPS = [
    ("7100001", "DM Auto-Responder", ["read", "write", "directmessages"], (2014, 2, 2), {"name": ""}),
    ("7100002", "Inbox Analytics Pro", ["read", "directmessages", "emailaddress"], (2019, 9, 9),
     {"name": "Analytics Pro Ltd", "url": "https://analytics-pro.example"}),
    ("7100003", "Follower Cleanup", ["read", "write"], (2016, 4, 1), None),
    ("7100004", "Photo Cross-Poster", ["read", "write"], (2021, 6, 15),
     {"name": "CrossPost", "url": "https://crosspost.example", "privacyPolicyUrl": "https://crosspost.example/p"}),
    ("7100005", "Tier List Maker", ["read", "write", "emailaddress"], (2022, 9, 17),
     {"name": "TierList.example", "url": "https://tierlist.example"}),
    ("7100006", "Quiz: Which Star Are You?", ["read"], (2012, 12, 12), {"name": ""}),
    ("7100002", "Inbox Analytics Pro", ["read", "write"], (2023, 1, 5),
     {"name": "Analytics Pro Ltd", "url": "https://analytics-pro.example"}),
    ("258901", "Twitter for Android", ["read", "write"], (2013, 5, 5), {"name": "Twitter, Inc.", "url": ""}),
    ("49152", "Mobile Web", ["read", "write", "directmessages"], (2015, 7, 7), {"name": "Twitter"}),
]


def x_files() -> dict[str, bytes]:
    from tests.builders import x as xb

    apps = [xb.app(i, n, p, iso(*d), org) for i, n, p, d, org in X_APPS]
    tokens = [{"deviceToken": {"clientApplicationId": cid, "token": f"DEMO_TOKEN_{k:028d}", "createdAt": iso(*c),
                               "lastSeenAt": iso(*seen), "clientApplicationName": nm}}
              for k, (cid, nm, c, seen) in enumerate([
                  ("3033300", "Twitter Web App (Twitter. Inc)", (2025, 1, 1), (2026, 2, 20)),
                  ("49152", "Mobile Web (Twitter)", (2024, 3, 3), (2024, 3, 4)),
                  ("258901", "Twitter for Android (Twitter, Inc.)", (2025, 5, 5), (2026, 2, 27))])]
    p13n = [{"p13nData": {"interests": {"interests": [], "partnerInterests": [], "audienceAndAdvertisers": {
        "numAudiences": "3", "advertisers": ["@shoeshop", "@electriccarco"], "lookalikeAdvertisers": ["@travelco"],
        "doNotReachAdvertisers": [], "catalogAudienceAdvertisers": []}, "shows": []}}}]
    files = {
        "Your archive.html": b"<!DOCTYPE html><html><body>Your archive (demo)</body></html>",
        "data/manifest.js": xb.manifest({
            "connectedApplication": ["data/connected-application.js"], "deviceToken": ["data/device-token.js"],
            "sso": ["data/sso.js"], "personalization": ["data/personalization.js"]}),
        "data/connected-application.js": xb.js("YTD.connected_application.part0", apps),
        "data/device-token.js": xb.js("YTD.device_token.part0", tokens),
        "data/sso.js": xb.js("YTD.sso.part0", [{"sso": {
            "ssoId": "104000000000000000001", "ssoEmail": "alex.demo@example.org", "associationMethodType": "Login",
            "createdAt": iso(2020, 10, 10)}}]),
        "data/personalization.js": xb.js("YTD.personalization.part0", p13n),
    }
    # The demo person is Alex Demo, not the builders' default person.
    files["data/manifest.js"] = files["data/manifest.js"].replace(b"robin_example", b"alexdemo").replace(
        b"Robin Example", PERSON.encode()).replace(b"2025-04-12T14:05:23.470Z", b"2026-03-01T12:00:00.000Z")
    return files


# ---- Instagram (helper-owned section) -------------------------------------------------------------

def instagram_files() -> dict[str, bytes]:
    from tests.builders import instagram as igb

    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    active = [igb.rec_2023("Photo Grid Studio", "Added on", ts(2020, 9, 13), ts(2026, 1, 20), "4073000000000001"),
              igb.rec_2023("Story Scheduler", "Added on", ts(2022, 3, 3), ts(2023, 4, 1), "4073000000000002"),
              igb.rec_2023("Link in Bio Pages", "Added on", ts(2024, 11, 11), None, "4073000000000003")]
    expired = [igb.rec_2023("Follower Insights", "Expired on", ts(2021, 8, 8), ts(2021, 5, 10), "4073000000000004"),
               igb.rec_2023("Widget Wall", "Expired on", ts(2022, 3, 12), ts(2021, 12, 1), "4073000000000005")]
    off = [{"name": "Online Shop", "events": [{"id": 5001, "type": "PURCHASE", "timestamp": ts(2025, 12, 1)}]},
           {"name": "Music Stream", "events": [{"id": 5002, "type": "ACTIVATE_APP", "timestamp": ts(2026, 1, 2)}]}]
    files = {
        f"{base}/active_apps.json": meta_json({"apps_and_websites_active_apps": active}),
        f"{base}/expired_pps.json": meta_json({"apps_and_websites_expired_apps": expired}),
        f"{base}/your_activity_off_meta_technologies.json": meta_json({"apps_and_websites_off_meta_activity": off}),
        "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json":
            meta_json({"ig_custom_audiences_all_types": [
                {"advertiser_name": "Shoe Shop", "has_data_file_custom_audience": True,
                 "has_remarketing_custom_audience": True, "has_in_person_store_visit": False}]}),
        "your_instagram_activity/likes/liked_posts.json": meta_json({"likes_media_likes": []}),
    }
    return with_prefix(files, "instagram-alexdemo-2026-03-01")


# ---- Google Takeout (helper-owned section) -------------------------------------------------------

def takeout_files() -> dict[str, bytes]:
    import json

    from tests.builders import takeout as tb

    rows = [tb.log_row("2026-02-01 08:00:00 UTC", tb.BROWSER, "Gmail", "Web"),
            tb.log_row("2026-02-10 07:30:00 UTC", "Mozilla/5.0 Thunderbird/128.0", "Gmail", "IMAP"),
            tb.log_row("2026-02-25 07:30:00 UTC", "Mozilla/5.0 Thunderbird/128.1", "Gmail", "IMAP"),
            tb.log_row("2025-11-11 11:00:00 UTC", "python-requests/2.32", "Google Drive")]
    return {
        "Takeout/archive_browser.html": b"<html><body>Demo Takeout</body></html>",
        "Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv": tb.access_log(rows),
        "Takeout/Chrome/Extensions.json": json.dumps(tb.EXTENSIONS, indent=2).encode(),
        "Takeout/Google Play Store/Installs.json": json.dumps(tb.INSTALLS[:1], indent=2).encode(),
    }


# ---- Discord (helper-owned section) --------------------------------------------------------------

def discord_files() -> dict[str, bytes]:
    import json

    from tests.builders import discord as db

    user = {**db.USER, "id": "100000000000000042", "username": "alexdemo", "global_name": PERSON,
            "email": "alex.demo@example.org"}
    user["connections"] = [{**c, "name": c["name"].replace("robin", "alex")} for c in db.USER["connections"]]
    events = [db.event("oauth2_authorize_accepted", "2024-04-04T10:00:00.000Z",
                       application_id="700000000000000042", scopes=["identify", "guilds", "guilds.join"]),
              db.event("app_opened", "2025-01-01T10:00:00.000Z")]
    return {
        "account/user.json": json.dumps(user, indent=2).encode(),
        "activity/analytics/events-2025-00000-of-00001.json": db.jsonl(events),
        "messages/index.json": b"{}",
        "servers/index.json": b"{}",
    }


# ---- Workshop demo people (resources/demo/_people/<id>/): one story each, on several platforms -------------------
# The leading underscore keeps them out of "Try the demo" (demo_inputs skips such folders); File › Try a Demo
# Person opens one person's folder. Every name, e-mail and id here is invented.

#: id → (display name, handle, role, story, Facebook apps [(name, added, category, removed)],
#:       X apps [(id, name, permissions, approved, organization)])
PEOPLE: dict[str, tuple[str, str, str, str, list[tuple[str, tuple[int, int, int] | None, str,
                                                       tuple[int, int, int] | None]],
                        list[tuple[str, str, list[str], tuple[int, int, int], dict[str, str] | None]]]] = {
    "student": (
        "Sam Student", "samstudent", "a student",
        "Signed in everywhere with social accounts since school: a homework helper and a quiz app still have "
        "access, and an X client that reads direct messages was installed for a class project.",
        [("Homework Helper", (2021, 9, 1), "active", None),
         ("Which Hogwarts House Are You?", (2019, 3, 3), "active", None),
         ("Campus Events", (2022, 10, 10), "inactive", None),
         ("Flashcards Pro", (2023, 1, 20), "active", None),
         ("Party Photo Booth", (2020, 12, 31), "removed", (2022, 1, 5))],
        [("7200001", "Class Project Bot", ["read", "write", "directmessages"], (2022, 3, 3), {"name": ""}),
         ("7200002", "Meme Scheduler", ["read", "write"], (2023, 5, 5),
          {"name": "Meme Labs", "url": "https://memelabs.example"})],
    ),
    "parent": (
        "Pat Parent", "patparent", "a parent",
        "Took a personality quiz in 2014 that could read friends' profiles, tried a fitness app once and forgot "
        "it, and has family-photo apps that expired but still keep the photos they copied.",
        [("MyPersonality Quiz: Which Big Five type are you?", (2014, 3, 14), "active", None),
         ("Fitness Buddy", (2017, 4, 21), "active", None),
         ("Family Photo Album", (2013, 6, 1), "inactive", None),
         ("Baby Name Finder", (2015, 2, 2), "inactive", None),
         ("School Run Carpool", (2019, 8, 28), "active", None),
         ("Birthday Calendar", (2011, 2, 20), "inactive", None)],
        [("7300001", "Family Tweet Digest", ["read", "emailaddress"], (2016, 1, 1), None)],
    ),
    "business": (
        "Kim Shopkeeper", "kimshop", "a small-business owner",
        "Runs a shop's social accounts: a scheduling tool and an 'inbox assistant' can read the shop's direct "
        "messages, and old contest apps still hold customer data.",
        [("Shop Contest Manager", (2016, 11, 11), "inactive", None),
         ("Page Insights Plus", (2018, 2, 2), "active", None),
         ("Review Collector", (2020, 7, 7), "active", None),
         ("Holiday Giveaway", (2017, 12, 1), "removed", (2018, 1, 15))],
        [("7400001", "Inbox Assistant", ["read", "write", "directmessages"], (2019, 4, 4), {"name": ""}),
         ("7400002", "Post Scheduler", ["read", "write"], (2021, 2, 2),
          {"name": "Scheduler Co", "url": "https://scheduler.example"}),
         ("7400003", "Follower Analytics", ["read", "directmessages", "emailaddress"], (2018, 6, 6),
          {"name": "Analytics Pro Ltd", "url": "https://analytics-pro.example"})],
    ),
}


def person_facebook(name: str, handle: str, apps: list[tuple[str, tuple[int, int, int] | None, str,
                                                          tuple[int, int, int] | None]]) -> dict[str, bytes]:
    rows = [{"name": n, "added_timestamp": ts(*added) if added and cat != "removed" else 0,
             "user_app_scoped_id": 10300000000000000 + i * 104729, "category": cat,
             "removed_timestamp": ts(*removed) if removed else 0} for i, (n, added, cat, removed) in enumerate(apps)]
    first, _, last = name.partition(" ")
    files = {
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.json": meta_json({"installed_apps_v2": rows}),
        "personal_information/profile_information/profile_information.json": meta_json({"profile_v2": {
            "name": {"full_name": name, "first_name": first, "last_name": last},
            "emails": {"emails": [f"{handle}@example.org"]}}}),
    }
    return with_prefix(files, f"facebook-{handle}")


def person_x(name: str, handle: str, apps: list[tuple[str, str, list[str], tuple[int, int, int],
                                                      dict[str, str] | None]]) -> dict[str, bytes]:
    from tests.builders import x as xb

    files = {
        "data/manifest.js": xb.manifest({"connectedApplication": ["data/connected-application.js"]}),
        "data/connected-application.js": xb.js("YTD.connected_application.part0",
                                               [xb.app(i, n, p, iso(*d), org) for i, n, p, d, org in apps]),
    }
    files["data/manifest.js"] = files["data/manifest.js"].replace(b"robin_example", handle.encode()).replace(
        b"Robin Example", name.encode())
    return files


def build_people(out: Path = HERE / "_people") -> list[Path]:
    written = []
    for pid, (name, handle, _role, _story, fb_apps, x_apps) in PEOPLE.items():
        folder = out / pid
        folder.mkdir(parents=True, exist_ok=True)
        written.append(write_zip(person_facebook(name, handle, fb_apps), folder / f"facebook-{handle}-2026.zip"))
        written.append(write_zip(person_x(name, handle, x_apps), folder / f"twitter-2026-03-01-{handle}.zip"))
    return written


if __name__ == "__main__":
    for p in [*build(), *build_people()]:
        print(p.relative_to(HERE.parent.parent))
