"""Synthetic Discord data packages (lower-case 2018–2023 and capitalized 2024+ layouts), no real people."""

from __future__ import annotations

import json
from typing import Any

from tests.builders.archive import Files

USER: dict[str, Any] = {
    "id": "100000000000000001", "username": "robin_example", "discriminator": "0", "global_name": "Robin",
    "email": "robin.example@example.org", "verified": True, "phone": None,
    "connections": [
        {"type": "twitch", "id": "twitch-user-1", "name": "robin_plays", "revoked": False, "visibility": 1,
         "friend_sync": False, "show_activity": True, "verified": True, "two_way_link": False,
         "metadata_visibility": 0},
        {"type": "spotify", "id": "spotify-user-1", "name": "robin.listens", "revoked": False, "visibility": 0,
         "friend_sync": True, "show_activity": True, "verified": True},
        {"type": "steam", "id": "76561190000000000", "name": "robin_steam", "revoked": True, "visibility": 0,
         "friend_sync": False, "show_activity": False, "verified": True},
    ],
    "relationships": [], "payments": [],
}


def event(etype: str, ts: str, **extra: Any) -> str:
    # Discord writes the timestamp with a literal quote inside the string.
    return json.dumps({"event_type": etype, "event_id": "e-" + ts, "user_id": USER["id"],
                       "timestamp": f"\"{ts}\"", **extra})


EVENTS = [
    event("app_opened", "2021-03-01T10:00:00.000Z"),
    event("oauth2_authorize_accepted", "2021-03-04T10:00:00.000Z", application_id="700000000000000001",
          scopes=["identify", "guilds"]),
    event("oauth2_authorize_accepted", "2022-01-04T10:00:00.000Z", application_id="700000000000000001",
          scopes=["identify", "email"]),
    event("application_command_used", "2022-02-01T10:00:00.000Z", application_id="700000000000000009"),
    event("oauth2_authorize_accepted", "2023-07-07T07:07:07.000Z", application_id="700000000000000002"),
    "{\"event_type\": \"oauth2_authorize_accepted\", \"application_id\": ",  # a line cut short
]


def jsonl(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode()


def old_layout(events: list[str] | None = None) -> Files:
    return {
        "README.txt": b"Discord data package",
        "account/user.json": json.dumps(USER, indent=2).encode(),
        "account/applications/800000000000000001/application.json":
            json.dumps({"id": "800000000000000001", "name": "Robin's Test Bot", "description": ""}).encode(),
        "activity/analytics/events-2021-00000-of-00001.json": jsonl(EVENTS if events is None else events),
        "activity/reporting/events-2021-00000-of-00001.json": jsonl(EVENTS if events is None else events),
        "messages/index.json": json.dumps({"900000000000000001": "Direct Message with friend#0001"}).encode(),
        "messages/900000000000000001/channel.json": json.dumps({"id": "900000000000000001", "type": 1}).encode(),
        "servers/index.json": json.dumps({}).encode(),
    }


def new_layout() -> Files:
    return {
        "Account/user.json": json.dumps(USER, indent=2).encode(),
        "Activity/Analytics/events-2024-00000-of-00001.json": jsonl(EVENTS[:3]),
        "Messages/index.json": json.dumps({}).encode(),
        "Messages/c900000000000000001/messages.json": b"[]",
        "Servers/index.json": json.dumps({}).encode(),
    }


def french_layout() -> Files:
    """Root folders localized (Compte/ for Account/)."""
    return {
        "Compte/user.json": json.dumps(USER, indent=2).encode(),
        "Messages/index.json": json.dumps({}).encode(),
        "Serveurs/index.json": json.dumps({}).encode(),
    }
