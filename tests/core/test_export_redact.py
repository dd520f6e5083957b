"""Redaction: no identifier of the person survives in any export format; apps, categories and dates stay."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.export.redact import Redactor, redact
from core.export.writers import render
from core.model import Grant, Inventory, Source
from core.scan import scan_paths
from tests.builders import facebook as fb
from tests.builders.archive import meta_json, write_zip
from tests.support.report import to_document

APPS = "apps_and_websites_off_of_facebook/apps_and_websites.json"
TEXT_FORMATS = ("json", "csv", "md", "html")
LEAK_EMAIL = "robin.sso@example.net"
LEAK_IP = "192.0.2.44"
LEAK_IP6 = "2001:db8::8a2e:370:7334"


def fixture_archive(tmp_path: Path) -> tuple[list[str], list[str]]:
    """A G3 Facebook export in a folder named after the person, plus a missing part whose path is warned about.

    Returns (input paths, identifiers that must not appear in a redacted export)."""
    files = dict(fb.g3())
    apps = list(fb.V2_APPS) + [
        # Identifiers that reach strings a person would not think of: an app name and a post title.
        {"name": f"Login helper for {LEAK_EMAIL} from {LEAK_IP}", "added_timestamp": 1_600_000_100,
         "user_app_scoped_id": 10220000000000999, "category": "active", "removed_timestamp": 0},
        {"name": f"Router {LEAK_IP6}", "added_timestamp": 1_600_000_200, "category": "active",
         "removed_timestamp": 0},
    ]
    files[APPS] = meta_json({"installed_apps_v2": apps})
    home = tmp_path / "Robin Example" / "Downloads"
    home.mkdir(parents=True)
    z = write_zip(files, home / "facebook-robin.example.42-2024.zip")
    missing = home / "facebook-robin.example.42-part2.zip"
    ids = [str(r["user_app_scoped_id"]) for r in apps if "user_app_scoped_id" in r]
    profile = fb.profile()["profile_v2"]
    secrets = [
        fb.PERSON["full_name"], fb.PERSON["email"], fb.PERSON["phone"], profile["username"],
        profile["name"]["first_name"], profile["name"]["last_name"],
        LEAK_EMAIL, LEAK_IP, LEAK_IP6, str(tmp_path), "facebook-robin", "Downloads", *ids,
    ]
    return [str(z), str(missing)], secrets


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> tuple[Inventory, list[str]]:
    paths, secrets = fixture_archive(tmp_path_factory.mktemp("redact"))
    inv = scan_paths(paths)
    return inv, secrets


def test_fixture_really_contains_the_identifiers(scanned: tuple[Inventory, list[str]]) -> None:
    # Guard against a test that cannot fail: unredacted, the exports do hold the person's identifiers.
    inv, secrets = scanned
    assert fb.PERSON["email"] in inv.sources[0].identity
    data = render(to_document(inv), "json")
    for s in (str(fb.BIG_ID), LEAK_EMAIL, LEAK_IP, "facebook-robin", "Robin Example"):
        assert s.encode() in data, s
    assert any("part2" in w for w in inv.warnings)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("dates", ["exact", "month"])
def test_no_identifier_survives_in_any_format(scanned: tuple[Inventory, list[str]], fmt: str, dates: str) -> None:
    inv, secrets = scanned
    red = redact(inv, dates=dates)  # type: ignore[arg-type]
    data = render(to_document(red, generated_at="2025-01-01T00:00:00Z"), fmt)
    low = data.lower()
    for s in secrets:
        assert s.encode("utf-8").lower() not in low, f"{s!r} leaked into {fmt}"
        # Markdown escapes punctuation: check the escaped spelling too.
        if fmt == "md":
            from core.export.markdown import md_escape

            assert md_escape(s).encode().lower() not in low, f"{s!r} leaked (escaped) into md"
    # What stays: app names, platform, statuses.
    for app in ("Slideshow Maker", "Sweepstakes", "Netflix"):
        assert app.encode() in data


def test_pseudonyms_are_consistent_and_ids_stay_strings(scanned: tuple[Inventory, list[str]]) -> None:
    inv, _ = scanned
    doc = to_document(redact(inv))
    grants = {g["app"]: g for g in doc["grants"]}
    slide = grants["Slideshow Maker"]
    assert slide["user_app_id"] == slide["app_id"]
    assert slide["user_app_id"].startswith("[user-id-")
    # Two Sweepstakes records with different scoped ids stay two grants with two different pseudonyms.
    sweeps = [g for g in doc["grants"] if g["app"] == "Sweepstakes"]
    assert len({g["user_app_id"] for g in sweeps}) == 2
    # The e-mail inside an app name gets the same placeholder as anywhere else in this export.
    login = next(g for g in doc["grants"] if g["app"].startswith("Login helper"))
    assert "[email-" in login["app"] and "[ip-" in login["app"]
    # Every source path and the grants' source use the same archive pseudonyms.
    fb_source = next(s for s in doc["sources"] if s["platform"] == "facebook")
    assert fb_source["path"] == "archive-1.zip"
    assert {g["source"] for g in doc["grants"]} == {"archive-1.zip"}
    missing = next(s for s in doc["sources"] if s["platform"] == "unknown")
    assert missing["path"] == "archive-2.zip"
    assert "archive-2.zip" in missing["warnings"][0]
    assert doc["redaction"]["applied"] is True
    assert "identity" not in fb_source


def test_a_fresh_export_starts_numbering_again(scanned: tuple[Inventory, list[str]]) -> None:
    inv, _ = scanned
    a = to_document(redact(inv))
    b = to_document(redact(inv))
    assert a["grants"] == b["grants"]


def test_month_coarsening_keeps_year_and_month_only(scanned: tuple[Inventory, list[str]]) -> None:
    inv, _ = scanned
    doc = to_document(redact(inv, dates="month"))
    slide = next(g for g in doc["grants"] if g["app"] == "Slideshow Maker")
    assert slide["granted_at"] == "2013-10-01T00:00:00Z"  # added 2013-10-04 18:25
    assert doc["redaction"]["dates"] == "month"
    html = render(doc, "html").decode()
    assert "Oct 2013" in html and "4 Oct 2013" not in html
    exact = to_document(redact(inv))
    assert next(g for g in exact["grants"] if g["app"] == "Slideshow Maker")["granted_at"] == "2013-10-04T18:25:20Z"


def test_dates_inside_messages_are_coarsened_too() -> None:
    r = Redactor([], [], [], dates="month")
    assert r.text("connected on 2013-10-04, 4200 days ago") == "connected on 2013-10, about 138 months ago"


@pytest.mark.parametrize("text, kind", [
    ("mail me at someone.else+tag@mail.example.co.uk please", "email"),
    ("signed in from 203.0.113.9", "ip"),
    ("signed in from fe80::1%eth0 yesterday", "ip"),
    ("from 2001:0db8:0000:0000:0000:ff00:0042:8329", "ip"),
    ("call +44 20 7946 0958 now", "phone"),
    ("call (555) 010-4477", "phone"),
    ("/home/robin/Downloads/x.zip: could not be read", "path"),
    ("C:\\Users\\Robin\\x.zip is damaged", "path"),
])
def test_patterns_found_in_any_string(text: str, kind: str) -> None:
    out = Redactor([], [], []).text(text)
    assert f"[{kind}-1]" in out, out


@pytest.mark.parametrize("text", [
    "Photo Editor Plus", "connected at 12:07:00 on 2013-10-04", "app 1023012301230123", "version 1.2.3",
    "Trade Market (2018)", "https://x.com/settings/connected_apps", "apps_and_websites/apps.json",
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert Redactor(["Robin Example"], [], []).text(text) == text


def test_names_match_whole_words_and_any_case() -> None:
    r = Redactor(["Robin", "Robin Example"], [], [])
    assert r.text("ROBIN EXAMPLE posted") == "[name-1] posted"
    assert r.text("Robinson Crusoe Game") == "Robinson Crusoe Game"


def test_real_app_ids_stay_but_the_persons_ids_go() -> None:
    g1 = Grant("x", "Buffer", "49152", "active", user_app_id=None, source="/home/robin/x.zip")
    g2 = Grant("instagram", "Quiz", None, "active", user_app_id="17841400000000000",
               source="/home/robin/ig.zip", source_file="apps.json")
    s = Source("x", "/home/robin/x.zip", identity=("robin",), warnings=("user 17841400000000000 at 10.0.0.1",))
    red = redact(Inventory((s,), (g1, g2)))
    assert red.grants[0].app_id == "49152"
    assert red.grants[1].user_app_id == "[user-id-1]"
    assert red.sources[0].warnings == ("user [user-id-1] at [ip-1]",)
    assert red.sources[0].identity == ()
    assert red.grants[0].source == "archive-1.zip"


def test_revoke_handles_and_activity_ids_are_dropped() -> None:
    from core.model import ActivityRecord

    g = Grant("google", "Mail app", "123.apps", "active", revoke_handle="secret-token-ish")
    a = ActivityRecord("facebook", "Shop", 2, datetime(2022, 1, 1, tzinfo=timezone.utc), ids=("379670032410722",))
    red = redact(Inventory((), (g,), (a,)))
    assert red.grants[0].revoke_handle is None
    assert red.activity[0].ids == ()
    assert "379670032410722" not in json.dumps(to_document(red))


def test_no_identifier_survives_across_platforms(tmp_path: Path) -> None:
    """X (account, SSO e-mail and id, @username) and Instagram ("App user ID", profile) next to Facebook."""
    from tests.builders import instagram as ig
    from tests.builders import x

    home = tmp_path / "robin_example"
    home.mkdir()
    paths = [str(write_zip(fb.g3(), home / "facebook-robin.example.42.zip")),
             str(write_zip(x.v2(), home / "twitter-2024-robin_example.zip")),
             str(write_zip(ig.g2023(), home / "instagram-robin.example-2024.zip"))]
    inv = scan_paths(paths)
    assert {s.platform for s in inv.sources} >= {"facebook", "x", "instagram"}
    user_ids = {g.user_app_id for g in inv.grants if g.user_app_id}
    assert "4073982597919074" in user_ids and "112233445566778899001" in user_ids  # the fixture is what we think
    secrets = [x.PERSON["userName"], "@" + x.PERSON["userName"], x.PERSON["displayName"], x.PERSON["email"],
               ig.PERSON["username"], fb.PERSON["full_name"], fb.PERSON["phone"], str(home), *user_ids]
    red = redact(inv)
    for fmt in TEXT_FORMATS:
        data = render(to_document(red), fmt).lower()
        for s in secrets:
            assert s.lower().encode() not in data, f"{s!r} leaked into {fmt}"
    doc = to_document(red)
    # Public app ids stay (they identify the app, not the person), and so do the app names.
    assert any(g["app_id"] == "49152" for g in doc["grants"])
    assert {"Photo Grid Studio", "Slideshow Maker"} <= {g["app"] for g in doc["grants"]}
