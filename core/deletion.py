"""Deletion requests (GDPR Art. 17, CCPA) drafted from texts in resources/deletion_requests; nothing is sent."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from core.model import Grant

TEXTS_DIR = Path(__file__).resolve().parents[1] / "resources" / "deletion_requests"
LAWS = ("gdpr", "ccpa")
#: The identity details a person may choose to include, in the order they are printed.
IDENTITY_FIELDS = ("name", "email", "username", "app_user_id", "address", "phone")


@lru_cache(maxsize=8)
def _texts(language: str, folder: Path = TEXTS_DIR) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / f"{language}.json").read_text(encoding="utf-8"))
    return data


def languages(folder: Path = TEXTS_DIR) -> dict[str, str]:
    """Language code -> its own name, for every translation that exists."""
    return {p.stem: str(_texts(p.stem, folder)["name"]) for p in sorted(folder.glob("*.json"))}


def language_for(locale: str, folder: Path = TEXTS_DIR) -> str:
    """The person's language where a translation exists, else English."""
    code = (locale or "en").replace("-", "_").split("_")[0].lower()
    return code if (folder / f"{code}.json").is_file() else "en"


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}\n"


def _day(when: datetime | None) -> str | None:
    if when is None:
        return None
    w = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    return w.astimezone(timezone.utc).strftime("%Y-%m-%d")


def draft(grant: Grant, identity: dict[str, str], *, law: str = "gdpr", language: str = "en",
          platform_name: str = "", today: date | None = None) -> Draft:
    """The request for one app. `identity` holds only the details the person chose (empty values are left out);
    the app's own id for the person (user_app_id) is added only when "app_user_id" is among them."""
    if law not in LAWS:
        raise ValueError(f"unknown law {law!r}")
    t = _texts(language)
    platform = platform_name or grant.platform.title()
    values = {"app": grant.app, "platform": platform}
    recipient = grant.developer or ""
    if grant.developer_url:
        recipient = f"{recipient} ({grant.developer_url})" if recipient else grant.developer_url
    if not recipient:
        recipient = t["no_contact"].format(**values)
    dates = []
    for name, when in (("granted", grant.granted_at), ("removed", grant.removed_at), ("last_used", grant.last_used_at)):
        day = _day(when)
        if day:
            dates.append(t["dates"][name].format(date=day, **values))
    lines = []
    for f in IDENTITY_FIELDS:
        value = (identity.get(f) or "").strip()
        if f == "app_user_id" and f in identity and not value:
            value = grant.user_app_id or ""
        if value:
            lines.append(f"- {t['identity_labels'][f].format(**values)}: {value}")
    law_t = t["laws"][law]
    body = law_t["body"].format(
        recipient=recipient, dates=" ".join(dates), identity="\n".join(lines) or t["no_identity"],
        signature=(identity.get("name") or "").strip(), today=(today or date.today()).isoformat(), **values)
    return Draft(law_t["subject"].format(**values), body.replace("\n\n\n", "\n\n"))
