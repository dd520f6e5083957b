"""Permission catalog: every data file against the schema, resolution of known and unknown keys, loader rules."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from core.catalog import DEFAULT_CATALOG_DIR, Catalog, CatalogError
from core.catalog.loader import fill, placeholders
from core.model import Grant, Inventory
from tests.core.catalog_check import unknown_permission_keys, unknown_permissions_report

CATALOG_FILES = sorted(p for p in DEFAULT_CATALOG_DIR.glob("*.json") if p.name != "schema.json")


def _load(p: Path) -> Any:
    return json.loads(p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    s = _load(DEFAULT_CATALOG_DIR / "schema.json")
    jsonschema.Draft202012Validator.check_schema(s)
    return s


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


def _grant(platform: str, *perms: str, **kw: Any) -> Grant:
    return Grant(
        platform=platform,
        app=kw.pop("app", "Example App"),
        app_id=kw.pop("app_id", None),
        status=kw.pop("status", "active"),
        permissions=perms,
        **kw,
    )


# ----------------------------------------------------------------------------- data files


def test_catalog_folder_has_every_expected_file() -> None:
    names = {p.name for p in CATALOG_FILES}
    assert {
        "categories.json",
        "findings.json",
        "facebook.json",
        "instagram.json",
        "x.json",
        "google.json",
        "microsoft.json",
        "oidc.json",
        "keycloak.json",
        "authentik.json",
    } <= names


@pytest.mark.parametrize("path", CATALOG_FILES, ids=lambda p: p.name)
def test_every_catalog_file_matches_the_schema(schema: dict[str, Any], path: Path) -> None:
    errors = [
        f"{list(e.absolute_path)}: {e.message}"
        for e in jsonschema.Draft202012Validator(schema).iter_errors(_load(path))
    ]
    assert errors == []


@pytest.mark.parametrize("path", [p for p in CATALOG_FILES if _load(p)["kind"] == "vocabulary"], ids=lambda p: p.name)
def test_every_category_and_source_referenced_exists(path: Path) -> None:
    categories = set(_load(DEFAULT_CATALOG_DIR / "categories.json")["categories"])
    doc = _load(path)
    source_ids = {s["id"] for s in doc["sources"]}
    entries = list(doc["permissions"].items()) + [(r["prefix"], r) for r in doc.get("prefix_rules", [])]
    bad = []
    for key, e in entries:
        for cid in [e["category"], *e.get("also", [])]:
            if cid not in categories:
                bad.append(f"{key}: category {cid}")
        if "source" in e and e["source"] not in source_ids:
            bad.append(f"{key}: source {e['source']}")
    assert bad == []


def test_every_category_is_used_by_some_permission() -> None:
    used = {"unknown"}
    for p in CATALOG_FILES:
        doc = _load(p)
        if doc["kind"] == "vocabulary":
            for e in [*doc["permissions"].values(), *doc.get("prefix_rules", [])]:
                used.update([e["category"], *e.get("also", [])])
    assert set(_load(DEFAULT_CATALOG_DIR / "categories.json")["categories"]) - used == set()


@pytest.mark.parametrize(
    "broken",
    [
        {
            "kind": "categories",
            "version": 1,
            "sources": [{"id": "a", "title": "t"}],
            "texts": {},
            "categories": {"unknown": {"label": "x", "description": "y", "sensitivity": "medium"}},
        },
        {
            "kind": "vocabulary",
            "version": 1,
            "id": "v",
            "name": "V",
            "platforms": ["v"],
            "sources": [{"id": "a", "title": "t"}],
            "permissions": {"k": {"category": "mail"}},
        },
        {
            "kind": "vocabulary",
            "version": 1,
            "id": "v",
            "name": "V",
            "platforms": ["v"],
            "sources": [{"id": "a", "title": "t"}],
            "permissions": {"k": {"category": "mail", "label": "L", "sensitivity": "extreme"}},
        },
        {
            "kind": "vocabulary",
            "version": 1,
            "id": "v",
            "name": "V",
            "platforms": ["v"],
            "sources": [],
            "permissions": {"k": {"category": "mail", "label": "L"}},
        },
        {
            "kind": "findings",
            "version": 1,
            "sources": [{"id": "a", "title": "t"}],
            "platforms": {},
            "rules": {"r": {"title": "T", "severity": "urgent", "action": "A", "messages": {"default": "M"}}},
        },
        {"kind": "something", "version": 1},
    ],
    ids=["texts-missing", "label-missing", "bad-sensitivity", "no-sources", "bad-severity", "bad-kind"],
)
def test_schema_rejects_broken_documents(schema: dict[str, Any], broken: dict[str, Any]) -> None:
    assert not jsonschema.Draft202012Validator(schema).is_valid(broken)


# ----------------------------------------------------------------------------- resolution

KNOWN = [
    # platform, key, category, sensitivity
    ("facebook", "public_profile", "profile_basic", "low"),
    ("facebook", "email", "email_address", "medium"),
    ("facebook", "user_friends", "friends_list", "medium"),
    ("facebook", "friends_photos", "friends_data", "high"),
    ("facebook", "friends_birthday", "friends_data", "high"),
    ("facebook", "read_mailbox", "private_messages", "high"),
    ("facebook", "read_stream", "posts_photos", "high"),
    ("facebook", "publish_actions", "post_as_you", "high"),
    ("facebook", "offline_access", "offline_access", "high"),
    ("facebook", "user_religion_politics", "beliefs", "high"),
    ("instagram", "user_media", "posts_photos", "medium"),
    ("instagram", "instagram_manage_messages", "private_messages", "high"),
    ("x", "read", "posts_photos", "medium"),
    ("x", "write", "post_as_you", "high"),
    ("x", "directmessages", "private_messages", "high"),
    ("x", "emailaddress", "email_address", "medium"),
    ("x", "offline.access", "offline_access", "high"),
    ("google", "https://mail.google.com/", "mail", "high"),
    ("google", "https://www.googleapis.com/auth/gmail.modify", "mail", "high"),
    ("google", "https://www.googleapis.com/auth/drive.file", "files", "medium"),
    ("google", "https://www.googleapis.com/auth/calendar.readonly", "calendar", "medium"),
    ("google", "https://www.googleapis.com/auth/contacts.readonly", "contacts", "high"),
    ("google", "https://www.googleapis.com/auth/photoslibrary.readonly", "posts_photos", "high"),
    ("google", "https://www.googleapis.com/auth/youtube.readonly", "posts_photos", "medium"),
    ("google", "https://www.googleapis.com/auth/fitness.heart_rate.read", "health_fitness", "high"),
    ("google_workspace", "https://www.googleapis.com/auth/drive.readonly", "files", "high"),
    ("google_workspace", "openid", "sign_in", "low"),
    ("microsoft", "Mail.Read", "mail", "high"),
    ("microsoft", "Files.ReadWrite.All", "files", "high"),
    ("microsoft", "offline_access", "offline_access", "high"),
    ("microsoft", "User.Read", "profile_basic", "low"),
    ("microsoft", "Calendars.ReadWrite", "calendar", "medium"),
    ("microsoft", "Contacts.Read", "contacts", "high"),
    ("microsoft", "Chat.ReadWrite", "private_messages", "high"),
    ("microsoft", "Sites.Read.All", "files", "high"),
    ("entra", "Directory.ReadWrite.All", "admin", "high"),
    ("oidc", "openid", "sign_in", "low"),
    ("oidc", "profile", "profile_basic", "low"),
    ("oidc", "email", "email_address", "medium"),
    ("oidc", "address", "postal_address", "medium"),
    ("oidc", "phone", "phone_number", "medium"),
    ("oidc", "offline_access", "offline_access", "high"),
    ("keycloak", "roles", "roles_groups", "low"),
    ("keycloak", "web-origins", "technical", "low"),
    ("keycloak", "acr", "technical", "low"),
    ("keycloak", "basic", "technical", "low"),
    ("keycloak", "microprofile-jwt", "roles_groups", "low"),
    ("keycloak", "offline_access", "offline_access", "high"),
    ("authentik", "goauthentik.io/api", "account_control", "high"),
    ("authentik", "email", "email_address", "medium"),
]


@pytest.mark.parametrize(("platform", "key", "category", "sensitivity"), KNOWN)
def test_resolve_known_keys(catalog: Catalog, platform: str, key: str, category: str, sensitivity: str) -> None:
    p = catalog.resolve(platform, key)
    assert (p.known, p.key, p.category, p.sensitivity) == (True, key, category, sensitivity)
    assert p.label and p.label != key
    assert p.description


@pytest.mark.parametrize(
    ("platform", "key"),
    [
        ("x", "tweet.delete.everything"),
        ("facebook", "not_a_permission"),
        ("snapchat", "bitmoji.read"),
        ("google", "https://www.googleapis.com/auth/unheard.of"),
        ("keycloak", "my-custom-scope"),
        ("x", ""),
    ],
)
def test_resolve_unknown_keys_are_kept_raw(catalog: Catalog, platform: str, key: str) -> None:
    p = catalog.resolve(platform, key)
    assert (p.known, p.key, p.label, p.category, p.sensitivity) == (False, key, key, "unknown", "medium")
    assert "does not recognise" in p.description


def test_unknown_keys_are_never_dropped_and_duplicates_count_once(catalog: Catalog) -> None:
    g = _grant("x", "read", "mystery.scope", "read", "write")
    assert [p.key for p in catalog.permissions_for(g)] == ["read", "mystery.scope", "write"]
    assert [p.known for p in catalog.permissions_for(g)] == [True, False, True]


@pytest.mark.parametrize(
    ("platform", "key", "expected_label_of"),
    [
        # Google scopes with or without the https://www.googleapis.com/auth/ prefix.
        ("google", "gmail.readonly", "https://www.googleapis.com/auth/gmail.readonly"),
        # Microsoft: any case, with a resource prefix, or the Graph app id prefix.
        ("entra", "https://graph.microsoft.com/mail.read", "Mail.Read"),
        ("entra", "MAIL.READ", "Mail.Read"),
        ("microsoft", "00000003-0000-0000-c000-000000000000/Files.Read", "Files.Read"),
        ("microsoft", "https://outlook.office.com/Mail.Send", "Mail.Send"),
        # Stray whitespace from a space-separated scope string.
        ("entra", " Contacts.ReadWrite", "Contacts.ReadWrite"),
    ],
)
def test_key_forms_match_the_same_entry(catalog: Catalog, platform: str, key: str, expected_label_of: str) -> None:
    assert catalog.resolve(platform, key).label == catalog.resolve(platform, expected_label_of).label
    assert catalog.resolve(platform, key).known


def test_oidc_keys_are_case_sensitive(catalog: Catalog) -> None:
    assert not catalog.resolve("keycloak", "OPENID").known


@pytest.mark.parametrize(
    ("platform", "first_vocabularies"),
    [
        ("facebook", ["facebook", "oidc"]),
        ("instagram", ["instagram", "facebook", "oidc"]),
        ("x", ["x", "oidc"]),
        ("google", ["google", "oidc"]),
        ("google_workspace", ["google", "oidc"]),
        ("microsoft", ["microsoft", "oidc"]),
        ("entra", ["microsoft", "oidc"]),
        ("keycloak", ["keycloak", "oidc"]),
        ("authentik", ["authentik", "oidc"]),
        ("oidc", ["oidc"]),
        ("zitadel", ["oidc"]),
        ("some_new_provider", ["oidc"]),
    ],
)
def test_platforms_map_to_vocabularies_with_oidc_last(
    catalog: Catalog, platform: str, first_vocabularies: list[str]
) -> None:
    assert [v.id for v in catalog.vocabulary_chain(platform)] == first_vocabularies


def test_unknown_platform_still_understands_oidc_scopes(catalog: Catalog) -> None:
    assert catalog.resolve("some_new_provider", "offline_access").category == "offline_access"


def test_prefix_rules_catch_unlisted_family_members_longest_prefix_first(catalog: Catalog) -> None:
    a = catalog.entry("facebook", "friends_actions:quizapp")
    b = catalog.entry("facebook", "friends_new_thing")
    assert a is not None and b is not None
    assert a.by_prefix and a.key == "friends_actions:" and a.category == "friends_data"
    assert b.by_prefix and b.key == "friends_"
    fit = catalog.resolve("google", "fitness.new_sensor.read")
    assert (fit.known, fit.category, fit.sensitivity) == (True, "health_fitness", "high")


def test_exact_entries_of_a_later_vocabulary_beat_prefix_rules(catalog: Catalog) -> None:
    # "friends_" is a Facebook prefix rule; an exact Facebook entry must win over it for Instagram too.
    e = catalog.entry("instagram", "friends_photos")
    assert e is not None and not e.by_prefix and e.vocabulary == "facebook"


def test_google_provider_classes_follow_google(catalog: Catalog) -> None:
    def cls(key: str) -> str | None:
        e = catalog.entry("google", key)
        assert e is not None
        return e.provider_class

    assert cls("https://mail.google.com/") == "restricted"
    assert cls("gmail.readonly") == "restricted"
    assert cls("gmail.send") == "sensitive"
    assert cls("gmail.labels") == "non-sensitive"
    assert cls("drive") == "restricted"
    assert cls("drive.file") == "non-sensitive"
    assert cls("calendar") == "sensitive"
    google = catalog.vocabularies["google"]
    fit = [e for k, e in google.entries.items() if "/auth/fitness." in k]
    assert len(fit) >= 20 and {e.provider_class for e in fit} == {"restricted"}


def test_microsoft_admin_consent_is_recorded_for_tenant_wide_permissions(catalog: Catalog) -> None:
    e = catalog.entry("entra", "Directory.Read.All")
    f = catalog.entry("entra", "Mail.Read")
    assert e is not None and f is not None
    assert (e.admin_consent, f.admin_consent) == (True, False)


def test_categories_for_lists_also_categories_most_sensitive_first(catalog: Catalog) -> None:
    g = _grant("google", "openid", "https://www.googleapis.com/auth/gmail.send", "email")
    ids = [c.id for c in catalog.categories_for(g)]
    assert ids[:2] == ["mail", "post_as_you"] or ids[:2] == ["post_as_you", "mail"]
    assert ids[2:] == ["email_address", "sign_in"]


def test_plain_words_for_a_grant(catalog: Catalog) -> None:
    g = _grant("x", "read", "directmessages", "brand.new.scope")
    words = catalog.plain_words(g)
    assert words[0] == "Your private messages"
    assert words[-1] == "Permissions Grantscope does not recognise: brand.new.scope"
    s = catalog.summary(g)
    assert s.highest == "high" and s.unknown_keys == ("brand.new.scope",) and s.note is None


def test_plain_words_say_when_the_source_lists_nothing(catalog: Catalog) -> None:
    assert catalog.plain_words(_grant("facebook")) == (
        "Facebook's archive does not say what each app was allowed to see.",
    )
    assert catalog.plain_words(_grant("snapchat")) == ("The source does not say what this app can access.",)
    assert catalog.summary(_grant("facebook")).highest is None


def test_resolve_is_cached_per_catalog_instance(catalog: Catalog) -> None:
    assert catalog.resolve("x", "read") is catalog.resolve("x", "read")
    other = Catalog.load()
    assert other.resolve("x", "read") == catalog.resolve("x", "read")


# ----------------------------------------------------------------------------- the fixture helper


def test_unknown_permission_helper_reports_only_unknown_keys(catalog: Catalog) -> None:
    inv = Inventory(
        grants=(
            _grant("x", "read", "weird.scope"),
            _grant("entra", "Mail.Read", "Custom.Thing"),
            _grant("x", "weird.scope"),
            _grant("facebook"),
        )
    )
    assert unknown_permission_keys(inv, catalog) == [("entra", "Custom.Thing"), ("x", "weird.scope")]
    assert unknown_permissions_report(inv.grants, catalog) == "entra: Custom.Thing\nx: weird.scope"
    assert unknown_permission_keys(Inventory(grants=(_grant("x", "read", "write"),))) == []


# ----------------------------------------------------------------------------- loader rules


def _copy_catalog(tmp_path: Path) -> Path:
    d = tmp_path / "catalog"
    shutil.copytree(DEFAULT_CATALOG_DIR, d)
    return d


def _edit(path: Path, change: Any) -> None:
    data = _load(path)
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        ("x.json", lambda d: d["permissions"]["read"].update(category="nonexistent"), "unknown category"),
        ("x.json", lambda d: d["permissions"]["read"].update(also=["nope"]), "unknown 'also'"),
        ("x.json", lambda d: d["permissions"]["write"].update(sensitivity="extreme"), "sensitivity"),
        ("x.json", lambda d: d["permissions"].update({"READ": {"category": "mail", "label": "x"}}), "duplicate key"),
        ("microsoft.json", lambda d: d.update(extends=["nowhere"]), "extends unknown vocabulary"),
        ("oidc.json", lambda d: d.update(id="x"), "used twice"),
        ("categories.json", lambda d: d["categories"].pop("unknown"), "'unknown' category is required"),
        ("findings.json", lambda d: d["rules"]["stale_access"].update(severity="urgent"), "severity"),
        ("google.json", lambda d: d.update(version=2), "version"),
    ],
    ids=[
        "category",
        "also",
        "sensitivity",
        "case-duplicate",
        "extends",
        "duplicate-id",
        "no-unknown",
        "severity",
        "version",
    ],
)
def test_loader_rejects_broken_catalog_with_file_name(tmp_path: Path, file: str, change: Any, message: str) -> None:
    d = _copy_catalog(tmp_path)
    _edit(d / file, change)
    with pytest.raises(CatalogError, match=message) as err:
        Catalog.load(d)
    assert file in str(err.value) or "catalog" in str(err.value)


def test_loader_reports_unreadable_and_missing_catalogs(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="not found"):
        Catalog.load(tmp_path / "missing")
    d = _copy_catalog(tmp_path)
    (d / "x.json").write_text("{ not json", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"x\.json: cannot read"):
        Catalog.load(d)


def test_translation_overlay_replaces_texts_not_meaning(tmp_path: Path, schema: dict[str, Any]) -> None:
    d = _copy_catalog(tmp_path)
    (d / "locale").mkdir(exist_ok=True)  # the shipped catalog has translations too
    overlay = {
        "kind": "locale",
        "version": 1,
        "language": "de",
        "categories": {"private_messages": {"label": "Deine privaten Nachrichten"}, "gone": {"label": "x"}},
        "permissions": {"x": {"directmessages": {"label": "Direktnachrichten lesen und senden"}}},
        "texts": {"no_permissions_recorded": "Die Quelle sagt nicht, worauf diese App zugreifen kann."},
        "platforms": {"x": "X (Twitter)"},
        "rules": {"unknown_developer": {"messages": {"default": "Kein Entwickler im {platform_name}-Archiv."}}},
    }
    assert jsonschema.Draft202012Validator(schema).is_valid(overlay)
    (d / "locale" / "de.json").write_text(json.dumps(overlay), encoding="utf-8")
    de = Catalog.load(d, language="de-AT")
    p = de.resolve("x", "directmessages")
    assert (p.label, p.category, p.sensitivity) == ("Direktnachrichten lesen und senden", "private_messages", "high")
    assert de.categories["private_messages"].label == "Deine privaten Nachrichten"
    assert de.plain_words(_grant("snapchat")) == ("Die Quelle sagt nicht, worauf diese App zugreifen kann.",)
    msg = de.finding("unknown_developer").message("default", {"platform_name": de.platform_name("x")})
    assert msg == "Kein Entwickler im X (Twitter)-Archiv."
    # Untranslated texts fall back to English.
    assert de.finding("stale_access").title == "Not used for a long time"
    assert Catalog.load(d).categories["private_messages"].label == "Your private messages"


def test_fill_keeps_unknown_placeholders_and_bad_braces_visible() -> None:
    assert fill("{a} and {b}", {"a": 1}) == "1 and {b}"
    assert fill("broken {", {}) == "broken {"
    assert fill("{{literal}} {a}, {a} and {b} }}", {"a": "x", "b": 2}) == "{literal} x, x and 2 }"
    assert fill("{a:>4}|{b}", {"a": 1}) == "   1|{b}"
    assert placeholders("{x} {y!r} {{literal}}") == {"x", "y"}


def test_entries_checked_on_the_fast_path_equal_fully_checked_ones() -> None:
    """Catalog.load() makes well-formed entries without building error texts: each is the entry the full check
    makes (same fields, same order, same repr), and a broken one still gets the full check's error."""
    import json

    import pytest

    from core.catalog import Catalog, CatalogError, loader

    cat = Catalog.load()
    docs = {p.name: json.loads(p.read_text("utf-8")) for p in loader.DEFAULT_CATALOG_DIR.glob("*.json")}
    checked = 0
    for voc in cat.vocabularies.values():
        raw = next(d for d in docs.values() if d.get("kind") == "vocabulary" and d.get("id") == voc.id)["permissions"]
        for key, entry in voc.entries.items():
            full = loader._parse_entry(key, raw[key], voc.id, "here", cat.categories, by_prefix=False)
            assert entry == full and repr(entry) == repr(full) and list(vars(entry)) == list(vars(full))
            checked += 1
    assert checked > 300
    bad = {"kind": "vocabulary", "version": 1, "id": "x", "name": "X", "platforms": ["x"], "sources": [{"a": "b"}],
           "permissions": {"ok": {"category": "unknown", "label": "Fine"}, "k": {"category": "unknown", "label": " "}}}
    cats = next((n, d) for n, d in docs.items() if d.get("kind") == "categories")
    with pytest.raises(CatalogError, match=r"permission 'k'.*'label' must be a non-empty string"):
        Catalog.from_documents([cats, ("x.json", bad)])
