"""Synthetic Google Takeout exports (multi-part zip, .tgz, German folder names), no real people."""

from __future__ import annotations

import csv
import io
import json

from tests.builders.archive import Files

GAIA = "109876543210987654321"
NEW_HEADER = ["Gaia ID", "Activity Timestamp", "IP Address", "Non-routable IP Address", "Is Non-routable IP Address",
              "Activity Country", "Activity Region", "Activity City", "User Agent String", "Product Name",
              "Sub-Product Name", "Referer Product Name", "Referer Sub-Product Name", "Activity Type",
              "Gmail Access Channel", "Android Webview Package Name"]
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"


def access_log(rows: list[dict[str, str]], header: list[str] = NEW_HEADER) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    return buf.getvalue().encode()


def log_row(ts: str, ua: str, product: str = "Gmail", channel: str = "", webview: str = "") -> dict[str, str]:
    return {"Gaia ID": GAIA, "Activity Timestamp": ts, "IP Address": "192.0.2.10", "Activity Country": "DE",
            "User Agent String": ua, "Product Name": product, "Activity Type": "access",
            "Gmail Access Channel": channel, "Android Webview Package Name": webview}


LOG_ROWS = [
    log_row("2024-01-02 10:00:00 UTC", BROWSER, "Gmail", "Web"),
    log_row("2024-01-03 10:00:00 UTC", "Mozilla/5.0 Thunderbird/115.6.0", "Gmail", "IMAP"),
    log_row("2024-02-03 11:00:00 UTC", "Mozilla/5.0 Thunderbird/115.7.0", "Gmail", "IMAP"),
    log_row("2023-12-01 09:00:00 UTC", "", "Gmail", "IMAP"),
    log_row("2024-03-01 12:00:00 UTC", "python-requests/2.31", "Google Drive"),
    log_row("2024-03-02 12:00:00 UTC", "Dalvik/2.1.0 (Linux; U; Android 14)", "Google Account", "",
            "com.example.fitness"),
    log_row("2024-03-03 12:00:00 UTC", "Dalvik/2.1.0 (Linux; U; Android 14)", "Google Account", "",
            "com.google.android.gm"),
]
EXTENSIONS = {"Extensions": [
    {"name": "Ad Blocker Example", "id": "abcdefghijklmnopabcdefghijklmnop", "version": "1.2.3", "enabled": True,
     "incognito_enabled": False, "remote_install": False, "disable_reasons": [],
     "update_url": "https://clients2.google.com/service/update2/crx"},
    {"name": "Coupon Finder", "id": "ponmlkjihgfedcbaponmlkjihgfedcba", "version": "9.0", "enabled": False,
     "incognito_enabled": False, "remote_install": False, "disable_reasons": [1],
     "update_url": "https://clients2.google.com/service/update2/crx"},
]}
INSTALLS = [
    {"install": {"doc": {"documentType": "Android Apps", "title": "Fitness Tracker Example"},
                 "firstInstallationTime": "2019-05-01T10:00:00.000Z",
                 "deviceAttribute": {"manufacturer": "Example", "deviceDisplayName": "Example Phone 7"},
                 "lastUpdateTime": "2024-01-01T10:00:00.000Z"}},
    {"install": {"doc": {"documentType": "Android Apps", "title": "Fitness Tracker Example"},
                 "firstInstallationTime": "2021-05-01T10:00:00.000Z",
                 "deviceAttribute": {"manufacturer": "Example", "deviceDisplayName": "Example Tablet"},
                 "lastUpdateTime": "2024-01-01T10:00:00.000Z"}},
    {"install": {"doc": {"documentType": "Android Apps", "title": "Bus Times"},
                 "firstInstallationTime": "2020-02-02T10:00:00.000Z", "deviceAttribute": {},
                 "lastUpdateTime": "2023-01-01T10:00:00.000Z"}},
]


def part1() -> Files:
    return {
        "Takeout/archive_browser.html": b"<html><body>Archive overview</body></html>",
        "Takeout/Access Log Activity/Activities - A list of Google services accessed by.csv": access_log(LOG_ROWS),
        "Takeout/Access Log Activity/Devices - A list of devices (i.e. Nest, Pixel, iPh.csv":
            b"Device Type,Device Model\nPhone,Example Phone 7\n",
        "Takeout/Chrome/Extensions.json": json.dumps(EXTENSIONS, indent=2).encode(),
    }


def part2() -> Files:
    """The second part has no archive_browser.html: detection must still say Google."""
    return {
        "Takeout/Google Play Store/Installs.json": json.dumps(INSTALLS, indent=2).encode(),
        "Takeout/Google Account/robin.example.SubscriberInfo.html": b"<html><body>Subscriber</body></html>",
        "Takeout/My Activity/Takeout/MyActivity.json": b"[]",
    }


def single() -> Files:
    return {**part1(), **part2()}


def german() -> Files:
    """Folder names in German; the access log CSV keeps its English header."""
    return {
        "Takeout/Archiv_Übersicht.html": b"<html><body>Archiv</body></html>",
        "Takeout/Zugriffsprotokollaktivitäten/Aktivitäten – Eine Liste der Google-Dienste.csv":
            access_log(LOG_ROWS[:3]),
        "Takeout/Google Play Store/Installs.json": json.dumps(INSTALLS[:1], indent=2).encode(),
        "Takeout/Meine Aktivitäten/Suche/MeineAktivitäten.json": b"[]",
    }
