"""Provider presets (issuer templates, default scopes, redirect style, settings pages) from resources/providers.json."""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from core import links
from core.connectors.oauth import ClientConfig

PROVIDERS_FILE = Path(__file__).resolve().parents[2] / "resources" / "providers.json"


@dataclass(frozen=True)
class ParamSpec:
    """One field the connect dialog asks for."""

    name: str
    label: str
    example: str = ""
    secret: bool = False


@dataclass(frozen=True)
class Preset:
    """How to connect to one provider: what to ask, which issuer and scopes, what the redirect looks like."""

    id: str
    name: str
    audience: str  # "user" or "admin"
    issuer_template: str
    params: tuple[ParamSpec, ...]
    scopes: tuple[str, ...]
    redirect_host: str = "127.0.0.1"
    redirect_path: str = "/callback"
    needs_client_secret: bool = False
    device_flow: bool = False
    strict_issuer: bool = True
    authorize_params: Mapping[str, str] = field(default_factory=dict)
    settings_url_template: str = ""
    registration_help: str = ""
    #: The authorization endpoint answers a plain GET truthfully: check the client before the browser opens.
    check_client: bool = False
    #: Send prompt=consent with offline_access (OIDC Core 11); False where the provider documents otherwise.
    offline_prompt: bool = True

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Preset:
        return cls(
            id=d["id"],
            name=d["name"],
            audience=d.get("audience", "user"),
            issuer_template=d["issuer_template"],
            params=tuple(
                ParamSpec(p["name"], p["label"], p.get("example", ""), bool(p.get("secret"))) for p in d["params"]
            ),
            scopes=tuple(d["scopes"]),
            redirect_host=d.get("redirect_host", "127.0.0.1"),
            redirect_path=d.get("redirect_path", "/callback"),
            needs_client_secret=bool(d.get("needs_client_secret")),
            device_flow=bool(d.get("device_flow")),
            strict_issuer=bool(d.get("strict_issuer", True)),
            authorize_params=dict(d.get("authorize_params") or {}),
            settings_url_template=d.get("settings_url_template", ""),
            registration_help=d.get("registration_help", ""),
            check_client=bool(d.get("check_client")),
            offline_prompt=bool(d.get("offline_prompt", True)),
        )

    def template_fields(self) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(self.issuer_template) if f}

    def missing(self, params: Mapping[str, str]) -> list[str]:
        """Names of required fields that are empty (the issuer's fields, client_id, a needed secret)."""
        needed = self.template_fields() | {"client_id"}
        if self.needs_client_secret:
            needed.add("client_secret")
        return sorted(n for n in needed if not str(params.get(n, "")).strip())

    def issuer(self, params: Mapping[str, str]) -> str:
        """The issuer URL for these params. An explicit `issuer` param wins (self-hosted setups, tests)."""
        if params.get("issuer"):
            return str(params["issuer"]).strip()
        values = {k: _clean_host(v) if k == "host" else str(v).strip().strip("/") for k, v in params.items()}
        return self.issuer_template.format(**values)

    def settings_url(self, params: Mapping[str, str]) -> str | None:
        if not self.settings_url_template:
            return None
        values = {k: _clean_host(v) if k == "host" else str(v).strip().strip("/") for k, v in params.items()}
        try:
            return self.settings_url_template.format(**values)
        except KeyError:
            return None

    def client_config(self, params: Mapping[str, str]) -> ClientConfig:
        return ClientConfig(
            client_id=str(params["client_id"]).strip(),
            client_secret=(str(params.get("client_secret") or "").strip() or None),
            scopes=self.scopes,
            redirect_host=self.redirect_host,
            redirect_path=self.redirect_path,
            extra_authorize_params=dict(self.authorize_params),
            consent_for_offline=self.offline_prompt,
        )


@dataclass(frozen=True)
class SettingsLink:
    """A provider without a usable API: where the person manages their grants themselves."""

    id: str
    name: str
    url: str | None
    url_template: str | None
    where: str
    confirmed: bool


def _clean_host(value: object) -> str:
    """Accept 'id.example.org', 'https://id.example.org/' or 'id.example.org:8443' for a host field."""
    v = str(value).strip()
    for prefix in ("https://", "http://"):
        if v.lower().startswith(prefix):
            v = v[len(prefix):]
    return v.strip("/")


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError("providers file is not an object")
    return data


def presets(path: Path = PROVIDERS_FILE) -> dict[str, Preset]:
    return {d["id"]: Preset.from_dict(d) for d in _load(str(path))["connectors"]}


def preset(provider_id: str, path: Path = PROVIDERS_FILE) -> Preset:
    return presets(path)[provider_id]


def settings_links() -> dict[str, SettingsLink]:
    """Where a person manages their grants themselves: the one table in resources/links.json (core/links.py)."""
    return {pid: SettingsLink(pid, e["name"], e["manage_url"], e["url_template"], e["where"], e["confirmed"])
            for pid, e in links.platforms().items()}
