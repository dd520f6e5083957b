"""Importer side of "who and when": owner and export date per platform, layout by content, own apps apart,
and whether each status is stated by the source or only inferred."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.model import Inventory, Source
from core.scan import scan_paths
from tests.builders import discord as dc
from tests.builders import facebook as fb
from tests.builders import instagram as ig
from tests.builders import meta_html as mh
from tests.builders import reddit as rd
from tests.builders import snapchat as sc
from tests.builders import takeout as to
from tests.builders import tiktok as tt
from tests.builders import x
from tests.builders.archive import Files, write_folder, write_zip


def scan(files: Files, tmp_path: Path, name: str = "in.zip") -> Inventory:
    return scan_paths([str(write_zip(files, tmp_path / name))])


def only_source(inv: Inventory) -> Source:
    (src,) = inv.sources
    return src


# --- 2. layout detection by content -------------------------------------------------------------------

def _x_at_root(*, with_manifest: bool) -> Files:
    files = {k.removeprefix("data/"): v for k, v in x.v2().items() if k.startswith("data/")}
    if not with_manifest:
        files.pop("manifest.js")
    return files


@pytest.mark.parametrize("with_manifest", [True, False])
def test_x_archive_with_data_files_at_the_root_is_v2(tmp_path: Path, with_manifest: bool) -> None:
    inv = scan(_x_at_root(with_manifest=with_manifest), tmp_path)
    src = only_source(inv)
    assert src.platform == "x"
    assert src.generation.startswith("GDPR v2") and "at the archive root" in src.generation
    assert "v1" not in src.generation
    assert {g.app_id for g in inv.grants if g.kind == "oauth_app"} == {g.app_id for g in scan(
        x.v2(), tmp_path, "ref.zip").grants if g.kind == "oauth_app"}


def test_real_v1_archive_stays_v1(tmp_path: Path) -> None:
    assert only_source(scan(x.v1(), tmp_path)).generation.startswith("GDPR v1")


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_takeout_unpacked_one_level_down_is_detected(tmp_path: Path, kind: str) -> None:
    files = {k.removeprefix("Takeout/"): v for k, v in to.single().items() if "archive_browser" not in k}
    assert not any(k.startswith("Takeout/") for k in files)
    path = write_folder(files, tmp_path / "unpacked") if kind == "folder" else write_zip(files, tmp_path / "t.zip")
    inv = scan_paths([str(path)])
    src = only_source(inv)
    assert src.platform == "google"
    apps = {g.app for g in inv.grants}
    assert {"Ad Blocker Example", "Fitness Tracker Example"} <= apps


def test_a_chrome_folder_alone_is_not_takeout(tmp_path: Path) -> None:
    from core.errors import UnsupportedArchive

    with pytest.raises(UnsupportedArchive):
        scan({"Chrome/notes.txt": b"my notes", "Documents/a.txt": b"x"}, tmp_path)


# --- 3. owner, account and export date ------------------------------------------------------------------

def test_facebook_json_owner_from_profile(tmp_path: Path) -> None:
    src = only_source(scan(fb.g3(), tmp_path))
    assert src.owner == "Robin Example" and src.owner_id == "robin.example.42"
    assert src.account == "facebook:robin.example.42"


def test_facebook_html_owner_and_date_from_header(tmp_path: Path) -> None:
    src = only_source(scan(mh.fb_sample_2024("es"), tmp_path))
    assert src.owner == "Alex Sample" and src.account == "facebook:alex sample"
    assert src.exported_at == datetime(2024, 2, 17, 18, 45, tzinfo=timezone.utc)


def test_instagram_owner_from_personal_information(tmp_path: Path) -> None:
    src = only_source(scan(ig.g2023(), tmp_path))
    assert src.owner == "Robin Example" and src.owner_id == "robin.example"
    assert src.account == "instagram:robin.example"


def test_x_owner_from_account_and_date_from_manifest(tmp_path: Path) -> None:
    src = only_source(scan(x.v2(), tmp_path))
    assert src.owner == "robin_example" and src.owner_id == "1234567890" and src.account == "x:1234567890"
    assert src.exported_at == datetime(2025, 4, 12, 14, 5, 23, 470000, tzinfo=timezone.utc)
    v1 = only_source(scan(x.v1(), tmp_path, "v1.zip"))  # no manifest: account.js still names the owner
    assert v1.owner_id == "1234567890" and v1.exported_at is None


def test_discord_owner_from_user_json(tmp_path: Path) -> None:
    src = only_source(scan(dc.old_layout(), tmp_path))
    assert src.owner == "robin_example" and src.owner_id == "100000000000000001"
    assert src.account == "discord:100000000000000001"


def test_reddit_owner_and_export_time_from_statistics(tmp_path: Path) -> None:
    src = only_source(scan(rd.export(), tmp_path))
    assert src.owner == "robin_example" and src.account == "reddit:robin_example"
    assert src.exported_at == datetime(2024, 1, 1, tzinfo=timezone.utc)


def test_snapchat_owner_from_account_json(tmp_path: Path) -> None:
    src = only_source(scan(sc.export({"Connected Apps": [{"App Name": "Bitmoji Games"}]}), tmp_path))
    assert src.owner == "Robin Example" and src.owner_id == "robin_snaps" and src.account == "snapchat:robin_snaps"


def test_tiktok_owner_from_profile_map_not_linked_platforms(tmp_path: Path) -> None:
    src = only_source(scan(tt.export(tt.new()), tmp_path))
    assert src.owner == "robin_tt" and src.account == "tiktok:robin_tt"


def test_takeout_owner_from_subscriber_page(tmp_path: Path) -> None:
    src = only_source(scan(to.single(), tmp_path))
    assert src.owner == "robin.example" and src.account == "google:robin.example"


def test_no_owner_means_the_export_is_its_own_account(tmp_path: Path) -> None:
    files = x.v2()
    files.pop("data/account.js")
    files["data/manifest.js"] = files["data/manifest.js"].replace(b'"userInfo"', b'"otherInfo"')
    inv = scan(files, tmp_path)
    src = only_source(inv)
    assert src.owner is None and src.owner_id is None
    # Never merged with another owner-less export: the account is named after the export file.
    assert src.account.startswith("x:export:") and src.account.endswith(".zip")
    assert {g.account for g in inv.grants} == {src.account}


# --- 4. own apps apart ------------------------------------------------------------------------------------

def test_facebook_your_apps_are_administered(tmp_path: Path) -> None:
    inv = scan(fb.g3(), tmp_path)
    own = [g for g in inv.grants if g.kind == "administered_app"]
    assert own and all(g.platform == "facebook" for g in own)
    assert all(g.kind == "oauth_app" for g in inv.grants if g not in own)


def test_facebook_html_your_apps_are_administered(tmp_path: Path) -> None:
    files = mh.fb_sample_2024("en")
    box = ("<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table>"
           "<tr><td class=\"_2pin _a6_q\">App name</td><td class=\"_2pin _a6_r\">My Own Test App</td></tr>"
           "</table></div></div>")
    files["apps_and_websites_off_of_facebook/your_apps.html"] = mh.modern_page(
        "Your apps", box, owner="Alex Sample", generated=datetime(2024, 2, 17, 13, 45), offset_minutes=-300)
    inv = scan(files, tmp_path)
    (own,) = [g for g in inv.grants if g.kind == "administered_app"]
    assert own.app == "My Own Test App"
    assert len([g for g in inv.grants if g.kind == "oauth_app"]) == 5


def test_discord_owned_applications_are_administered(tmp_path: Path) -> None:
    inv = scan(dc.old_layout(), tmp_path)
    bot = next(g for g in inv.grants if g.app == "Robin's Test Bot")
    assert bot.kind == "administered_app"


def test_x_own_clients_are_first_party(tmp_path: Path) -> None:
    files = x.v2()
    extra = [x.app("2222222", "TweetDeck", ["read", "write"], "2020-01-01T00:00:00.000Z", {"name": "Twitter, Inc."}),
             x.app("3333333", "TweetDeck", ["read"], "2020-01-01T00:00:00.000Z", {"name": "Deck Clone Ltd"}),
             x.app("3033300", "Twitter Web App", ["read", "write"], "2020-01-01T00:00:00.000Z",
                   {"name": "Twitter. Inc"})]
    files["data/connected-application-part1.js"] = x.js("YTD.connected_application.part1", extra)
    inv = scan(files, tmp_path)
    by_id = {g.app_id: g for g in inv.grants}
    assert by_id["2222222"].first_party and by_id["3033300"].first_party
    assert not by_id["3333333"].first_party  # same name, someone else's organization


# --- 5. status stated by the export or inferred ----------------------------------------------------------

@pytest.mark.parametrize(("name", "files"), [
    ("takeout", to.single()), ("discord", dc.old_layout()), ("reddit", rd.export()),
    ("snapchat", sc.export({"Connected Apps": [{"App Name": "Bitmoji Games"}]})), ("tiktok", tt.export(tt.new())),
])
def test_sources_that_do_not_state_status_are_inferred(tmp_path: Path, name: str, files: Files) -> None:
    inv = scan(files, tmp_path, f"{name}.zip")
    third_party = [g for g in inv.grants if g.kind != "administered_app"]
    assert third_party
    assert all(g.status_basis == "inferred" for g in third_party), [(g.app, g.status_basis) for g in third_party]


@pytest.mark.parametrize(("name", "files"), [
    ("facebook", fb.g3()), ("facebook_html", mh.fb_sample_2024("en")), ("instagram", ig.g2023()), ("x", x.v2()),
])
def test_sources_that_state_status_say_export(tmp_path: Path, name: str, files: Files) -> None:
    inv = scan(files, tmp_path, f"{name}.zip")
    assert inv.grants and all(g.status_basis == "export" for g in inv.grants)


def test_instagram_html_header_names_the_owner(tmp_path: Path) -> None:
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    box = ("<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table>"
           + mh.row("App name", "Photo Grid Studio") + mh.row("Added on", "Sep 13, 2020 12:26 pm")
           + "</table></div></div>")
    files = {f"{base}/active_apps.html": mh.modern_page("Active apps", box, owner="robin.example",
                                                        generated=datetime(2024, 5, 1, 9, 30), offset_minutes=120),
             "your_instagram_activity/likes/liked_posts.html": b"<html></html>"}
    inv = scan(files, tmp_path)
    src = only_source(inv)
    assert src.platform == "instagram" and src.owner == "robin.example"
    assert src.exported_at == datetime(2024, 5, 1, 7, 30, tzinfo=timezone.utc) and src.time_zone == "UTC+02:00"
    (g,) = inv.grants
    assert g.status == "active" and g.granted_at == datetime(2020, 9, 13, 10, 26, tzinfo=timezone.utc)
    assert g.app == "Photo Grid Studio"
