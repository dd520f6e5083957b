"""Synthetic X / Twitter archives (GDPR v1 root-level and v2 data/ + manifest.js), real-shaped, no real people."""

from __future__ import annotations

import json
from typing import Any

from tests.builders.archive import Files

PERSON = {"userName": "robin_example", "displayName": "Robin Example", "accountId": "1234567890",
          "email": "robin.example@example.org"}


def js(global_name: str, records: Any) -> bytes:
    """X's JavaScript wrapper: `window.YTD.<type>.partN = [...]`, `"key" : value`, raw UTF-8, no final newline."""
    body = json.dumps(records, indent=2, ensure_ascii=False, separators=(",", " : "))
    if body == "[]":
        body = "[ ]"
    return f"window.{global_name} = {body}".encode()


def app(app_id: str, name: str, perms: list[str], approved: str, org: dict[str, str] | None = None,
        description: str = "This app was created to use the Twitter API.", *, msec: bool = False) -> dict[str, Any]:
    rec: dict[str, Any] = {}
    if org is not None:
        rec["organization"] = org
    rec["name"] = name
    rec["description"] = description
    rec["permissions"] = perms
    if msec:
        rec["approvedAtMsec"] = approved
    else:
        rec["approvedAt"] = approved
    rec["id"] = app_id
    return {"connectedApplication": rec}


PART0 = [
    app("5408470", "Launch Board", ["read", "write", "emailaddress"], "2023-02-15T14:14:25.000Z",
        {"name": "Launch Board Inc", "url": "https://launchboard.example", "privacyPolicyUrl":
         "https://launchboard.example/privacy", "termsAndConditionsUrl": "https://launchboard.example/tos"}),
    app("7000001", "DM Scheduler", ["read", "write", "directmessages"], "2019-06-01T08:00:00.000Z",
        {"name": "", "url": "https://dm-scheduler.example"},
        "Schedule your \"direct messages\".\r\nWorks with every account."),
    app("258901", "Twitter for Android", ["read", "write"], "2021-03-01T09:12:32.000Z",
        {"name": "Twitter, Inc.", "url": ""}, "Twitter for Android"),
    app("7000002", "Quiz Corner", ["read"], "2012-10-22T11:29:00.000Z", None),
    app("7000003", "Dropbox-like Sync ", ["read", "write"], "2011-12-09T06:00:17.000Z", {"name": "Sync Co"}),
    app("7000004", "Twееt Deck Pro", ["read", "write", "directmessages"], "2014-01-01T00:00:00.000Z",
        {"name": "", "privacyPolicyUrl": "https://tdp.example/pp", "termsAndConditionsUrl": "https://tdp.example/t"}),
    app("7000005", "アプリ☆メーカー", ["read", "write"], "2016-05-05T05:05:05.000Z",
        {"name": "Example KK", "url": "https://kk.example/"}, "連携を許可すると、サイト内にある機能が使えます。"),
]
# A second part of the same type: one app approved again later with more permissions; a first-party duplicate.
PART1 = [
    app("7000001", "DM Scheduler", ["read", "emailaddress"], "2022-01-01T00:00:00.000Z",
        {"name": "", "url": "https://dm-scheduler.example"}),
    app("258901", "Twitter for Android", ["read", "write"], "2013-04-01T10:00:00.000Z",
        {"name": "Twitter. Inc", "url": ""}, "Twitter for Android"),
    app("49152", "Mobile Web", ["read", "write", "directmessages"], "2015-07-07T07:07:07.000Z", {"name": "Twitter"}),
]

TOKENS = [
    {"deviceToken": {"clientApplicationId": "3033300", "token": "SYNTHETIC_TOKEN_0000000000000000000000001",
                     "createdAt": "2023-12-10T11:15:18.735Z", "lastSeenAt": "2023-12-10T11:15:18.737Z",
                     "clientApplicationName": "Twitter Web App (Twitter. Inc)"}},
    {"deviceToken": {"clientApplicationId": "3033300", "token": "SYNTHETIC_TOKEN_0000000000000000000000002",
                     "createdAt": "2024-01-02T10:00:00.000Z", "lastSeenAt": "2024-02-03T10:00:00.000Z",
                     "clientApplicationName": "Twitter Web App (Twitter. Inc)"}},
    {"deviceToken": {"clientApplicationId": "49152", "token": "SYNTHETIC_TOKEN_0000000000000000000000003",
                     "createdAt": "2023-12-18T16:27:27.530Z", "lastSeenAt": "2023-12-18T16:27:27.531Z",
                     "clientApplicationName": "Mobile Web (Twitter)"}},
    {"deviceToken": {"token": "SYNTHETIC_TOKEN_0000000000000000000000004", "createdAt": "2022-01-01T00:00:00.000Z"}},
]

SSO = [{"sso": {"ssoId": "112233445566778899001", "ssoEmail": PERSON["email"], "associationMethodType": "Login",
                "createdAt": "2021-05-01T10:00:00.000Z"}}]

PERSONALIZATION = [{"p13nData": {
    "demographics": {"languages": [{"language": "English", "isDisabled": False}]},
    "interests": {"interests": [], "partnerInterests": [], "audienceAndAdvertisers": {
        "numAudiences": "4", "advertisers": ["@shoeshop", "@gardencentre"],
        "lookalikeAdvertisers": ["@shoeshop", "@travelco"], "doNotReachAdvertisers": ["@loanshark"],
        "catalogAudienceAdvertisers": []}, "shows": []},
    "locationHistory": [], "inferredAgeInfo": {"age": ["13-54"], "birthDate": ""}}}]

ACCOUNT = [{"account": {"email": PERSON["email"], "createdVia": "web", "username": PERSON["userName"],
                        "accountId": PERSON["accountId"], "createdAt": "2010-01-01T00:00:00.000Z",
                        "accountDisplayName": PERSON["displayName"]}}]


def manifest(types: dict[str, list[str]], *, partial: bool = False) -> bytes:
    data_types: dict[str, Any] = {}
    for dtype, files in types.items():
        data_types[dtype] = {"files": [
            {"fileName": f, "globalName": f"YTD.{_snake(dtype)}.part{i}", "count": "1"} for i, f in enumerate(files)]}
    doc = {
        "userInfo": {"accountId": PERSON["accountId"], "userName": PERSON["userName"],
                     "displayName": PERSON["displayName"]},
        "archiveInfo": {"sizeBytes": "198133", "generationDate": "2025-04-12T14:05:23.470Z",
                        "isPartialArchive": partial, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": data_types,
    }
    body = json.dumps(doc, indent=2, ensure_ascii=False, separators=(",", " : "))
    return f"window.__THAR_CONFIG = {body}".encode()


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


def v2(*, partial: bool = False) -> Files:
    """2020 onward: data/*.js + data/manifest.js; connected apps split over two parts."""
    return {
        "Your archive.html": b"<!DOCTYPE html><html><body>Your archive</body></html>",
        "assets/js/main.js": b"/* viewer */",
        "data/README.txt": b"connected-application.js\n- name: Name of the application.\n",
        "data/manifest.js": manifest({
            "account": ["data/account.js"],
            "connectedApplication": ["data/connected-application.js", "data/connected-application-part1.js"],
            "deviceToken": ["data/device-token.js"],
            "sso": ["data/sso.js"],
            "personalization": ["data/personalization.js"],
            "tweets": ["data/tweets.js"],
        }, partial=partial),
        "data/account.js": js("YTD.account.part0", ACCOUNT),
        "data/connected-application.js": js("YTD.connected_application.part0", PART0),
        "data/connected-application-part1.js": js("YTD.connected_application.part1", PART1),
        "data/device-token.js": js("YTD.device_token.part0", TOKENS),
        "data/sso.js": js("YTD.sso.part0", SSO),
        "data/personalization.js": js("YTD.personalization.part0", PERSONALIZATION),
        "data/tweets.js": js("YTD.tweets.part0", []),
        "data/app.js": js("YTD.app.part0", [{"app": {"appId": "com.example.music", "appNames": ["Music"]}}]),
    }


def v1() -> Files:
    """2018 – March 2020: files at the root, approvedAtMsec strings, no manifest, no device tokens or sso."""
    return {
        "account.js": js("YTD.account.part0", ACCOUNT),
        "tweet.js": js("YTD.tweet.part0", []),
        "ip-audit.js": js("YTD.ip_audit.part0", []),
        "connected-application.js": js("YTD.connected_application.part0", [
            app("7000002", "Quiz Corner", ["read"], "1350905340000", None, msec=True),
            app("7000010", "Old Photo Uploader", ["read", "write"], "1262304000000", {"name": "Photo Ltd"},
                msec=True),
            app("7000010", "Old Photo Uploader", ["read", "write", "directmessages"], "1293840000000",
                {"name": "Photo Ltd"}, msec=True),
        ]),
    }
