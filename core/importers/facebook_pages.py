"""Where a Facebook HTML export keeps its pages, and the detection bonus they give (no HTML parsing: a JSON
scan detects with this and never loads core.importers.meta_html)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.archive.tree import ArchiveTree

FB_APP_PAGES: list[tuple[str, tuple[str, ...]]] = [
    ("G4 (2023 onward)", ("apps_and_websites_off_of_facebook/connected_apps_and_websites.html",
                          "connected_apps_and_websites.html")),
    ("G3 (2021–2022)", ("apps_and_websites_off_of_facebook/apps_and_websites.html",)),
    ("G2 (2019–2020)", ("apps_and_websites/apps_and_websites.html",)),
    ("G1 (2018)", ("apps/installed_apps.html", "apps/apps.html")),
]
FB_OFF_PAGES = (
    "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.html",
    "apps_and_websites_off_of_facebook/your_off-facebook_activity.html",
    "ads_and_businesses/your_off-facebook_activity.html",
    "your_activity_off_meta_technologies.html",
    "your_off-facebook_activity.html",
)
FB_ADV_PAGES = ("ads/advertisers_who_uploaded_a_contact_list_with_your_information.html",
                "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.html",
                "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.html")


def facebook_html_score(tree: ArchiveTree) -> int:
    """Detection bonus for Facebook HTML exports whose folders alone do not say Facebook (2019–2020)."""
    pages = [p for _, ps in FB_APP_PAGES for p in ps] + list(FB_OFF_PAGES) + list(FB_ADV_PAGES)
    return 10 if tree.find_first(*pages) is not None else 0


def has_facebook_html(tree: ArchiveTree) -> bool:
    return facebook_html_score(tree) > 0
