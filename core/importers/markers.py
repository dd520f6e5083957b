"""Platform detection by marker files: light to import, so the registry tries every platform and then imports only
the importer of the one it found (Facebook's score still lives with its importer, core.importers.facebook)."""

from __future__ import annotations

from core.archive.tree import ArchiveTree, Member
from core.importers.labels import TAKEOUT_ACCESS_LOG, TAKEOUT_ROOT_PAGES


def facebook_score(tree: ArchiveTree) -> int:
    from core.importers.facebook import FacebookImporter

    return FacebookImporter.detect(tree)


# --- Instagram -------------------------------------------------------------------------------------------------
INSTAGRAM_NEW_DIR = "apps_and_websites_off_of_instagram"
#: Folders only Instagram exports have (2022 layout and later).
IG_DIRS = ("past_instagram_insights", "instagram_ads_and_businesses", "story_sticker_interactions",
           "your_instagram_activity", "login_and_account_creation", "login_and_profile_creation",
           "instagram_live", "followers_and_following", "ads_and_topics")


def instagram_score(tree: ArchiveTree) -> int:
    score = 0
    if tree.has_dir(INSTAGRAM_NEW_DIR):
        score += 30
    if tree.find_first("apps_and_websites/expired_pps.json", "apps_and_websites/active_apps.json",
                       "apps_and_websites/expired_pps.html", "apps_and_websites/active_apps.html") is not None:
        score += 25  # beats Facebook G2, which used the same apps_and_websites/ folder name
    score += 8 * sum(1 for d in IG_DIRS if tree.has_dir(d))
    return score


# --- X ---------------------------------------------------------------------------------------------------------
#: Root-level file names that only X archives use (GDPR v1 archives have no data/ folder and no manifest).
X_FILES = ("account.js", "tweet.js", "tweets.js", "connected-application.js", "device-token.js", "ip-audit.js",
           "ageinfo.js", "personalization.js", "like.js", "follower.js", "following.js", "profile.js",
           "direct-messages.js", "direct-message.js", "account-creation-ip.js", "sso.js")


def x_score(tree: ArchiveTree) -> int:
    score = 0
    if tree.find("data/manifest.js") is not None:
        score += 40
    elif tree.find("manifest.js") is not None and tree.find_first("tweets.js", "account.js") is not None:
        score += 30
    hits = sum(1 for n in X_FILES if tree.find(n) is not None)
    if hits >= 2:
        score += 10 + hits
    if tree.find("Your archive.html") is not None:
        score += 5
    return score


# --- Google Takeout --------------------------------------------------------------------------------------------
#: Folder names that only Takeout uses (English and German), for detection.
TAKEOUT_PRODUCT_DIRS = ("access log activity", "google play store", "my activity", "google account", "chrome",
                        "zugriffsprotokollaktivitäten", "meine aktivitäten", "google-konto")
#: Files that only Takeout writes, by product folder (checked when there is no Takeout/ folder).
TAKEOUT_PRODUCT_FILES = ("Chrome/Extensions.json", "Chrome/BrowserHistory.json", "Chrome/Bookmarks.html",
                         "Google Play Store/Installs.json", "Google Play Store/Library.json",
                         "Google Account/ChangeHistory.html")
#: File names Takeout repeats inside per-product folders (My Activity/<Product>/MyActivity.json).
TAKEOUT_REPEATED_FILES = ("MyActivity.json", "MyActivity.html", "MeineAktivitäten.json", "MeineAktivitäten.html")


def takeout_score(tree: ArchiveTree) -> int:
    score = 0
    if tree.find_first(*TAKEOUT_ROOT_PAGES) is not None:
        score += 30
    if tree.has_dir("Takeout"):
        score += 20
    if not score:
        # Unpacked one level down (product folders at the root, no Takeout/ and no overview page):
        # recognise Takeout by the files only it writes, not by folder names alone.
        # find_all matches full member names through the file-name index: cheap on huge archives, and a
        # stripped single wrapper folder ("Chrome/") still counts.
        hits = sum(1 for f in TAKEOUT_PRODUCT_FILES if tree.find_all(f))
        hits += sum(1 for f in TAKEOUT_REPEATED_FILES if tree.find_all(f))
        hits += sum(1 for d in TAKEOUT_ACCESS_LOG if tree.has_dir(d))
        if hits:
            score += 15 + min(hits, 5)
    if score:
        score += 2 * sum(1 for d in TAKEOUT_PRODUCT_DIRS if tree.has_dir(d))
    return score


# --- Snapchat --------------------------------------------------------------------------------------------------
SNAPCHAT_CONNECTED = ("json/connected_apps.json", "connected_apps.json")
SNAPCHAT_CONNECTED_HTML = ("html/connected_apps.html", "connected_apps.html")
OTHER_SNAP_FILES = ("json/bitmoji_kit_user.json", "json/snap_history.json", "json/chat_history.json",
                    "json/friends.json", "json/user_profile.json", "json/login_history.json")


def snapchat_score(tree: ArchiveTree) -> int:
    connected = tree.find_first(*SNAPCHAT_CONNECTED, *SNAPCHAT_CONNECTED_HTML) is not None
    account = tree.find("json/account.json") is not None
    others = sum(1 for p in OTHER_SNAP_FILES if tree.find(p) is not None)
    if not (connected or (account and others)):
        return 0
    return (20 if connected else 0) + (10 if account else 0) + 3 * others


# --- TikTok ----------------------------------------------------------------------------------------------------
def tiktok_score(tree: ArchiveTree) -> int:
    if tree.find("user_data_tiktok.json") is not None:
        return 30
    if tree.find("user_data.json") is not None:
        return 15
    return 0


# --- Discord ---------------------------------------------------------------------------------------------------
def discord_user_json(tree: ArchiveTree) -> Member | None:
    """account/user.json, Account/user.json, or a localized folder (Compte/user.json) next to the messages."""
    m = tree.find("account/user.json")
    if m is not None:
        return m
    m = tree.find("user.json")
    return m if m is not None and m.path.count("/") == 1 else None


def discord_score(tree: ArchiveTree) -> int:
    user = discord_user_json(tree)
    messages = tree.find("messages/index.json") is not None
    servers = tree.find("servers/index.json") is not None
    if user is None and not messages:
        return 0
    score = (20 if user is not None else 0) + (10 if messages else 0) + (5 if servers else 0)
    if tree.has_dir("analytics") or tree.has_dir("activity"):
        score += 5
    return score if user is not None or servers else 0


# --- Reddit ----------------------------------------------------------------------------------------------------
REDDIT_MARKERS = {"checkfile.csv": 10, "linked_identities.csv": 15, "twitter.csv": 5, "posts.csv": 3,
                  "comments.csv": 3, "ip_logs.csv": 3, "user_preferences.csv": 3, "statistics.csv": 3,
                  "messages_archive.csv": 3}


def reddit_score(tree: ArchiveTree) -> int:
    hits = {n: s for n, s in REDDIT_MARKERS.items() if tree.find(n) is not None}
    if "checkfile.csv" not in hits and "linked_identities.csv" not in hits:
        return 0
    return sum(hits.values()) if len(hits) >= 2 else 0
