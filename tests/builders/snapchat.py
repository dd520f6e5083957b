"""Synthetic Snapchat "My Data" exports. connected_apps.json's real shape is unknown: several guesses."""

from __future__ import annotations

import json
from typing import Any

from tests.builders.archive import Files

ACCOUNT = {"Basic Information": {"Username": "robin_snaps", "Name": "Robin Example",
                                 "Creation Date": "2016-01-01 10:00:00 UTC"},
           "Device Information": {"Make": "ExamplePhone", "Model ID": "X1"}}


def export(connected: Any | None, *, raw: bytes | None = None) -> Files:
    files: Files = {
        "index.html": b"<html><body>My Data</body></html>",
        "json/account.json": json.dumps(ACCOUNT, indent=2).encode(),
        "json/friends.json": json.dumps({"Friends": []}, indent=2).encode(),
        "html/connected_apps.html": b"<html><body><table></table></body></html>",
    }
    if raw is not None:
        files["json/connected_apps.json"] = raw
    elif connected is not None:
        files["json/connected_apps.json"] = json.dumps(connected, indent=2, ensure_ascii=False).encode()
    return files


#: Capitalized human labels and "YYYY-MM-DD HH:MM:SS UTC" dates, like Snapchat's other JSON files.
LABELLED = {"Connected Applications": [
    {"App Name": "Bitmoji", "Date Connected": "2019-02-01 12:00:00 UTC",
     "Permissions": ["Display Name", "Bitmoji Avatar"]},
    {"App Name": "Music Share", "Date Connected": "2020-05-05 08:30:00 UTC", "Permissions": "Display Name, Friends",
     "Last Used": "2023-01-01 00:00:00 UTC"},
    {"App Name": "Music Share", "Date Connected": "2018-01-01 08:30:00 UTC", "Permissions": ["Display Name"]},
    {"App Name": "Old Quiz", "Date Connected": "2017-03-03 03:03:03 UTC", "Status": "Revoked"},
]}
#: snake_case keys, epoch milliseconds, a scope string.
SNAKE = {"apps": [{"app_name": "Story Studio", "connected_at": 1600000000000, "scopes": "display_name bitmoji"}]}
#: Just names.
NAMES = {"Permissions": {"Apps": ["Bitmoji", "Trivia Night"]}}
UNKNOWN = {"version": 3, "settings": {"enabled": True, "count": 2}}
EMPTY = {"Connected Applications": []}
