"""Facebook and Instagram HTML exports, 2023+ structure: nested section and app boxes in many languages."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.model import Grant, Inventory
from core.scan import scan_paths
from tests.builders import meta_html as mh
from tests.builders.archive import write_zip

APPS_PAGE = "apps_and_websites_off_of_facebook/connected_apps_and_websites.html"
# CI keeps the shared samples beside the checkout (../shared); a worktree may sit one level deeper.
_REPO = Path(__file__).resolve().parents[2]
SAMPLES = next((p / "shared" / "samples" / "facebook" for p in (_REPO.parent, _REPO.parent.parent)
                if (p / "shared" / "samples" / "facebook").is_dir()), _REPO.parent / "shared" / "samples" / "facebook")


def scan_files(files: dict[str, bytes], tmp_path: Path, name: str = "fb.zip") -> Inventory:
    return scan_paths([str(write_zip(files, tmp_path / name))])


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def check_sample_apps(grants: tuple[Grant, ...]) -> None:
    """What the shared HTML sample shows: one grant per app box, with its section's status."""
    assert len(grants) == 5
    by_id = {g.app_id: g for g in grants}
    assert by_id["1000000000000101"].app == "Pocket Garden" and by_id["1000000000000101"].status == "active"
    assert by_id["1000000000000102"].app == "Quiz: Which Bird Are You?"
    assert by_id["1000000000000102"].status == "expired"
    # Two apps with one display name but two ids stay two apps.
    assert by_id["1000000000000103"].app == by_id["1000000000000104"].app == "Garden Friends"
    assert by_id["1000000000000103"].status == by_id["1000000000000104"].status == "expired"
    tiny = by_id["1000000000000105"]
    assert tiny.app == "Tiny Arcade" and tiny.status == "removed"
    assert tiny.removed_at == utc(2024, 3, 8, 2, 28, 54) and tiny.granted_at is None  # 9:28:54 pm UTC−05:00
    headings = {"active apps", "expired apps", "removed apps", "aplicaciones activas", "使用中的應用程式"}
    assert not any(g.app.casefold() in headings for g in grants)


@pytest.mark.parametrize("lang", sorted(mh.LOCALES))
@pytest.mark.parametrize("variant", ["colspan", "cells"])
def test_sample_structure_in_every_language(tmp_path: Path, lang: str, variant: str) -> None:
    inv = scan_files(mh.fb_sample_2024(lang, variant), tmp_path)
    check_sample_apps(inv.grants)
    (src,) = inv.sources
    pocket = next(g for g in inv.grants if g.app == "Pocket Garden")
    # The header's UTC−05:00 is the export's zone: no "zone unknown" warning, no unrecognised label.
    assert src.time_zone == "UTC-05:00" and src.warnings == ()
    assert "2023+" in src.generation
    assert pocket.granted_at == utc(2024, 3, 7, 1, 24, 48)
    assert src.exported_at is not None and src.exported_at.date() == datetime(2024, 2, 17).date()
    assert src.owner == "Alex Sample"


def test_header_identifies_the_export(tmp_path: Path) -> None:
    inv = scan_files(mh.fb_sample_2024("en"), tmp_path)
    (src,) = inv.sources
    assert src.owner == "Alex Sample" and src.exported_at == utc(2024, 2, 17, 18, 45)
    assert src.account == "facebook:alex sample"


def test_empty_sections_give_no_apps(tmp_path: Path) -> None:
    page = mh.connected_apps_page("en", [], [mh.HtmlApp("Only Expired", "1000000000000201",
                                                        added=datetime(2020, 1, 2, 3, 4, 5))], [])
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    (g,) = inv.grants
    assert g.app == "Only Expired" and g.status == "expired" and g.app_id == "1000000000000201"
    nothing = scan_files({APPS_PAGE: mh.connected_apps_page("en", [], [], [])}, tmp_path, "empty.zip")
    assert nothing.grants == ()
    assert APPS_PAGE in nothing.sources[0].files_empty


def test_unknown_headings_fall_back_to_section_order_with_a_warning(tmp_path: Path) -> None:
    page = mh.connected_apps_page(
        "en", [mh.HtmlApp("First App", "1", added=datetime(2024, 1, 1, 10, 0))],
        [mh.HtmlApp("Second App", "2", added=datetime(2023, 1, 1, 10, 0))],
        [mh.HtmlApp("Third App", "3", removed=datetime(2024, 2, 1, 10, 0))],
        headings=("Sezione uno", "Sezione due", "Sezione tre"))
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    status = {g.app: g.status for g in inv.grants}
    assert status == {"First App": "active", "Second App": "expired", "Third App": "removed"}
    (w,) = [w for w in inv.sources[0].warnings if "section heading" in w]
    assert APPS_PAGE in w and "Sezione uno" in w


def test_one_unknown_heading_takes_the_free_place(tmp_path: Path) -> None:
    page = mh.connected_apps_page(
        "en", [mh.HtmlApp("First App", "1", added=datetime(2024, 1, 1, 10, 0))],
        [mh.HtmlApp("Second App", "2", added=datetime(2023, 1, 1, 10, 0))],
        [mh.HtmlApp("Third App", "3", removed=datetime(2024, 2, 1, 10, 0))],
        headings=("Active apps", "Mystery heading", "Removed apps"))
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    assert {g.app: g.status for g in inv.grants}["Second App"] == "expired"


def test_unknown_labels_are_named_with_their_file(tmp_path: Path) -> None:
    files = mh.fb_sample_2024("en")
    files[APPS_PAGE] = files[APPS_PAGE].replace(b"Unique ID", b"Identifiant bizarre")
    inv = scan_files(files, tmp_path)
    assert len(inv.grants) == 5  # ids still read by position (digits)
    assert any(APPS_PAGE in w and "Identifiant bizarre" in w for w in inv.sources[0].warnings)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "03/06/2024 8:00", utc(2024, 3, 6, 8, 0)),
    ("fr", "06/03/2024 08:00", utc(2024, 3, 6, 8, 0)),
    ("de", "06.03.2024 08:00", utc(2024, 3, 6, 8, 0)),
])
def test_ambiguous_numeric_dates_follow_the_export_language_and_say_so(
        tmp_path: Path, lang: str, text: str, expected: datetime) -> None:
    page = mh.connected_apps_page(lang, [mh.HtmlApp("Numeric App", "7", added=datetime(2000, 1, 1))], [], [],
                                  offset_minutes=0, date_text=text)
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    (g,) = inv.grants
    assert g.granted_at == expected
    (w,) = [w for w in inv.sources[0].warnings if "day/month or month/day" in w]
    assert APPS_PAGE in w and f"({lang})" in w


def test_unambiguous_numeric_date_gives_no_warning(tmp_path: Path) -> None:
    page = mh.connected_apps_page("fr", [mh.HtmlApp("Numeric App", "7", added=datetime(2000, 1, 1))], [], [],
                                  offset_minutes=0, date_text="25/03/2024 08:00")
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    assert inv.grants[0].granted_at == utc(2024, 3, 25, 8, 0)
    assert inv.sources[0].warnings == ()


def test_timezone_file_wins_over_the_header_offset(tmp_path: Path) -> None:
    files = mh.fb_sample_2024("en")
    files["logged_information/location/timezone.json"] = (
        b'{"label_values": [{"label": "Time zone", "value": "Europe/Berlin"}]}')
    inv = scan_files(files, tmp_path)
    assert inv.sources[0].time_zone == "Europe/Berlin"
    pocket = next(g for g in inv.grants if g.app == "Pocket Garden")
    assert pocket.granted_at == utc(2024, 3, 6, 19, 24, 48)


def test_no_header_and_no_timezone_file_still_warns(tmp_path: Path) -> None:
    page = mh.connected_apps_page("en", [mh.HtmlApp("A", "1", added=datetime(2024, 1, 1, 10, 0))], [], [],
                                  owner=None)
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    assert inv.sources[0].owner is None and inv.sources[0].exported_at is None
    assert any("local time zone" in w for w in inv.sources[0].warnings)


def test_zh_tw_off_meta_activity_keeps_events_and_dates(tmp_path: Path) -> None:
    page = mh.off_meta_nested_page(("編號", "事件", "接收日期"), {
        "Tea House": [("501", "PURCHASE", "10 月 19, 2021 6:37:03 上午"),
                      ("501", "PAGE_VIEW", "10 月 20, 2021 8:00:00 下午")],
        "Book Shop": [("502", "SEARCH", "3 月 1, 2022 9:15:00 上午")],
    }, title="你在 Meta 技術以外的動態", lang="zh-TW")
    files = mh.fb_sample_2024("zh-TW", "cells")
    files["apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.html"] = page
    inv = scan_files(files, tmp_path)
    acts = {a.business: a for a in inv.activity}
    assert set(acts) == {"Tea House", "Book Shop"}
    tea = acts["Tea House"]
    assert tea.event_count == 2 and tea.event_types == ("PAGE_VIEW", "PURCHASE") and tea.ids == ("501",)
    # The apps page header says UTC−05:00 (it comes first); 6:37:03 am there is 11:37:03 UTC.
    assert tea.first_at == utc(2021, 10, 19, 11, 37, 3) and tea.last_at == utc(2021, 10, 21, 1, 0)
    assert acts["Book Shop"].event_count == 1


def test_instagram_off_meta_index_in_english_lists_its_businesses(tmp_path: Path) -> None:
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    files = {
        f"{base}/your_activity_off_meta_technologies.html": mh.ig_off_meta_index(["Shoe Store", "Pizza Place",
                                                                                 "Travel Site"]),
        "your_instagram_activity/likes/liked_posts.html": mh.modern_page("Liked posts", "", owner=None,
                                                                        generated=None),
    }
    inv = scan_files(files, tmp_path, "ig.zip")
    (src,) = inv.sources
    assert src.platform == "instagram"
    assert sorted(a.business for a in inv.activity) == ["Pizza Place", "Shoe Store", "Travel Site"]
    assert src.owner == "sample.person" and src.time_zone == "UTC+01:00"


@pytest.mark.parametrize("one_box", [False, True])
def test_2019_html_advertisers_page(tmp_path: Path, one_box: bool) -> None:
    names = ["Corner Bakery Ltd", "Fictional Motors", "Example Bank"]
    files = {
        "ads/advertisers_who_uploaded_a_contact_list_with_your_information.html":
            mh.fb_2019_advertisers(names, one_box=one_box),
        "apps_and_websites/apps_and_websites.html": mh.fb_2020()["apps_and_websites/apps_and_websites.html"],
    }
    inv = scan_files(files, tmp_path)
    assert inv.sources[0].platform == "facebook"
    assert sorted(a.name for a in inv.advertisers) == sorted(names)
    assert all(a.reasons == ("uploaded a list with your information",) for a in inv.advertisers)


def test_advertisers_page_alone_is_a_facebook_export(tmp_path: Path) -> None:
    files = {"ads/advertisers_who_uploaded_a_contact_list_with_your_information.html":
             mh.fb_2019_advertisers(["Solo Advertiser"])}
    inv = scan_files(files, tmp_path)
    assert [a.name for a in inv.advertisers] == ["Solo Advertiser"]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"shared samples not present at {SAMPLES}")
def test_shared_html_samples(tmp_path: Path) -> None:
    """The real-structure samples beside the repository (../shared), read as an export."""
    page = (SAMPLES / "2024_html_apps_and_websites_off_of_facebook__connected_apps_and_websites.html").read_bytes()
    inv = scan_files({APPS_PAGE: page}, tmp_path)
    check_sample_apps(inv.grants)
    (src,) = inv.sources
    assert src.owner == "Alex Sample" and src.time_zone == "UTC-05:00"
    assert not any("time zone" in w for w in src.warnings)
    # The fragments: an empty section, and a zh-TW removed section with the date in a second cell.
    main = (SAMPLES / "2024_html_empty_section_fragment.html").read_text(encoding="utf-8") + (
        SAMPLES / "2025_html_zh-TW_removed_section_fragment.html").read_text(encoding="utf-8")
    frag = mh.modern_page("已連結的應用程式和網站", main, owner=None, generated=None)
    inv2 = scan_files({APPS_PAGE: frag}, tmp_path, "frag.zip")
    (g,) = inv2.grants
    assert g.app == "Tiny Arcade" and g.status == "removed" and g.app_id == "1000000000000105"
    assert g.removed_at == utc(2021, 10, 19, 6, 37, 3)  # no zone stated: taken as UTC, with a warning


def test_header_without_its_class_is_still_read_but_a_record_date_is_not_a_header(tmp_path: Path) -> None:
    page = mh.connected_apps_page("en", [mh.HtmlApp("A", "1", added=datetime(2024, 1, 1, 10, 0))], [], [])
    plain = page.replace(b'<div class="_aoaa">', b'<div class="_zz99">')
    src = scan_files({APPS_PAGE: plain}, tmp_path).sources[0]
    assert src.owner == "Alex Sample" and src.time_zone == "UTC-05:00"
    old = mh.page("Apps", mh.section("Régi App", [mh.row("Hozzáadva", "2016. június 16., 9:44 UTC+02")]))
    src2 = scan_files({APPS_PAGE: old}, tmp_path, "old.zip").sources[0]
    assert src2.exported_at is None and src2.owner is None


def test_instagram_html_removed_page_keeps_removal_only_apps(tmp_path: Path) -> None:
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    box = ("<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table>" + mh.row("App name", "Old Filter App")
           + mh.row("Removed on", "Jan 05, 2022 4:40 pm") + "</table></div></div>")
    files = {f"{base}/removed_apps.html": mh.modern_page("Removed apps", box, owner="robin.example",
                                                         generated=datetime(2024, 5, 1, 9, 30)),
             "your_instagram_activity/likes/liked_posts.html": b"<html></html>"}
    inv = scan_files(files, tmp_path, "ig.zip")
    (g,) = inv.grants
    assert g.platform == "instagram" and g.status == "removed" and g.removed_at == utc(2022, 1, 5, 16, 40)


def test_instagram_html_owner_from_personal_information_page(tmp_path: Path) -> None:
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    box = ("<div class=\"_a6-g\"><div class=\"_2ph_ _a6-p\"><table>" + mh.row("App name", "Photo Grid Studio")
           + mh.row("Added on", "Sep 13, 2020 12:26 pm") + "</table></div></div>")
    profile = ("<div class=\"pam _3-95 _2ph- _a6-g uiBoxWhite noborder\"><div class=\"_a6-p\"><table>"
               + mh.nested_row("Username", "sample_gardener") + mh.nested_row("Name", "Sam Gardener")
               + "</table></div></div>")
    files = {f"{base}/active_apps.html": mh.modern_page("Active apps", box, owner=None, generated=None),
             "personal_information/personal_information/personal_information.html":
                 mh.modern_page("Personal information", profile, owner=None, generated=None)}
    src = scan_files(files, tmp_path, "ig.zip").sources[0]
    assert src.platform == "instagram"
    assert src.owner == "Sam Gardener" and src.owner_id == "sample_gardener"
    assert src.account == "instagram:sample_gardener"
