"""Synthetic Facebook and Instagram HTML exports (2023+ class names and an older layout), no real people."""

from __future__ import annotations

import html
import json

from tests.builders.archive import Files


def page(title: str, body: str) -> bytes:
    """A Meta export page: inline CSS, a script the parser must ignore, a remote image it must never load."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\" /><title>" + html.escape(title) + "</title>"
        "<style>._a6-g{padding:4px}</style><script>document.title='executed'</script></head>"
        "<body class=\"_a705\"><main class=\"_a706\" role=\"main\"><div class=\"_3b0d\"><h1>" + html.escape(title)
        + "</h1></div>" + body + "<img src=\"https://static.example.invalid/pixel.png\" /></main></body></html>"
    ).encode()


def row(label: str, value: str) -> str:
    return (f"<tr><td class=\"_2pin _a6_q\">{html.escape(label)}</td>"
            f"<td class=\"_2pin _2piu _a6_r\">{html.escape(value)}</td></tr>")


def nested_row(label: str, value: str) -> str:
    """The other 2023+ row form: one cell spanning both columns, value in nested divs."""
    return (f"<tr><td colspan=\"2\" class=\"_2pin _a6_q\">{html.escape(label)}"
            f"<div><div>{html.escape(value)}</div></div></td></tr>")


def section(title: str, rows: list[str], footer: str = "") -> str:
    foot = f"<footer class=\"_a72d\"><div class=\"_a72d\">{html.escape(footer)}</div></footer>" if footer else ""
    return (f"<section class=\"_a6-g\"><h2 class=\"_2ph_ _a6-h _a6-i\">{html.escape(title)}</h2>"
            f"<div class=\"_2pin _a6-p\"><table style=\"table-layout: fixed;\">{''.join(rows)}</table></div>"
            f"{foot}</section>")


def fb_2024(*, with_tz: bool = True) -> Files:
    """2024–2026 Facebook HTML: connected apps with App Name / Unique ID / Date Added, status headings."""
    apps = (
        "<h2>Active</h2>"
        + section("Slideshow Maker", [row("App Name", "Slideshow Maker"), row("Unique ID", "10229093786579754"),
                                      row("Date Added", "Jul 09, 2023 11:48:45 am")], "Jul 09, 2023 11:48:45 am")
        + section("McDonald's Rewards", [row("App Name", "McDonald's Rewards"), row("Unique ID", "10220000000000300"),
                                         row("Date Added", "Jun 04, 2025 6:46:10 pm")])
        + "<h2>Removed</h2>"
        + section("Quiz Time", [row("App Name", "Quiz Time"), nested_row("Unique ID", "10220000000000301"),
                                row("Date Removed", "Jan 05, 2020 4:40 am")])
    )
    off_overview = section("Coin Exchange", [nested_row("ID", "379670032410722"), nested_row("Event", "PURCHASE"),
                                             row("Received on", "Apr 21, 2022 5:14:00 am"),
                                             nested_row("ID", "379670032410722"), nested_row("Event", "PAGE_VIEW"),
                                             row("Received on", "Nov 14, 2023 10:13:20 pm")])
    off_overview += section("Garden Centre", [
        "<tr><td colspan=\"2\" class=\"_2pin _a6_q\"><a href=\"/apps_and_websites_off_of_facebook/"
        "your_activity_off_meta_technologies/garden_centre_1.html\">View events</a></td></tr>"])
    files: Files = {
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.html": page("Connected apps and websites", apps),
        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.html":
            page("Your activity off Meta technologies", off_overview),
        "your_facebook_activity/posts/your_posts_1.html": page("Your posts", ""),
        "personal_information/profile_information/profile_information.html": page("Profile information", ""),
    }
    if with_tz:
        files["logged_information/location/timezone.json"] = json.dumps(
            {"timestamp": 1700000000, "media": [], "label_values": [{"label": "Time zone", "value": "Europe/Berlin"}],
             "fbid": "1000001"}, indent=2).encode()
    return files


def fb_2024_business_part() -> Files:
    """A second ZIP part holding only the per-business page of the 2026 off-Meta HTML."""
    sub = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies"
    return {
        f"{sub}/garden_centre_1.html": page("Garden Centre", (
            section("Garden Centre", [nested_row("ID", "555"), nested_row("Event", "ADD_TO_CART"),
                                      row("Received on", "Mar 01, 2024 9:00:00 am")])
            + section("Garden Centre", [nested_row("ID", "555"), nested_row("Event", "PURCHASE"),
                                        row("Received on", "Mar 02, 2024 9:30:00 am")]))),
        "logged_information/other/placeholder.html": page("x", ""),
    }


def fb_2020() -> Files:
    """2019–2020 HTML (older class names): apps_and_websites/apps_and_websites.html, no time zone file."""
    box = ("<div class=\"pam _3-95 _2pi0 _2lej uiBoxWhite noborder\"><div class=\"_3-96 _2pio _2lek _2lel\">{n}"
           "</div><div class=\"_3-96 _2let\">Added {d}</div></div>")
    body = box.format(n="Music Stream", d="Nov 06, 2017 8:26:40 pm") + box.format(n="Daily Horoscope &amp; More",
                                                                               d="Mar 13, 2012")
    return {
        "apps_and_websites/apps_and_websites.html": page("Apps and websites", body),
        "profile_information/profile_information.html": page("Profile information", ""),
        "index.html": page("Your information", ""),
    }


def fb_localized() -> Files:
    """German 2024 HTML: labels and month names in German, time zone in timezone.html."""
    apps = section("Fotobuch", [row("App-Name", "Fotobuch"), row("Eindeutige ID", "10220000000000400"),
                                row("Hinzugefügt am", "09. Juli 2023, 11:48")])
    tz = section("Zeitzone", [row("Zeitzone", "America/New_York")])
    return {
        "apps_and_websites_off_of_facebook/connected_apps_and_websites.html": page("Verbundene Apps", apps),
        "logged_information/location/timezone.html": page("Zeitzone", tz),
        "your_facebook_activity/posts/your_posts_1.html": page("Beiträge", ""),
    }


def ig_html() -> Files:
    """Instagram HTML (2023 layout): active and expired apps pages built like the JSON string_map_data."""
    base = "apps_and_websites_off_of_instagram/apps_and_websites"
    return {
        f"{base}/active_apps.html": page("Active apps and websites", section("Photo Grid Studio", [
            row("Added on", "Sep 13, 2020 12:26 pm"), row("Last active on", "Nov 14, 2023 10:13 pm"),
            row("App user ID", "4073982597919074")])),
        f"{base}/expired_pps.html": page("Expired apps and websites", section("Widget Wall", [
            row("Expired on", "Mar 12, 2022 2:04 pm"), row("App user ID", "4390129040479666")])),
        "your_instagram_activity/likes/liked_posts.html": page("Liked posts", ""),
    }
