"""Risk rules, table-driven: boundary dates, missing evidence, time zones, ranking and the summary."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

import core.ordering
from core import risk
from core.catalog import Catalog
from core.model import ActivityRecord, Finding, Grant, Inventory
from core.risk import RiskContext, RiskSettings
from core.summary import summarize
from core.workspace import Workspace
from tests.support.threads import in_worker

UTC = timezone.utc
NOW = datetime(2026, 1, 1, tzinfo=UTC)
DAY = timedelta(days=1)
PLUS14 = timezone(timedelta(hours=14))
MINUS10 = timezone(timedelta(hours=-10))
CUTOFF = datetime(2015, 4, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


def g(platform: str = "x", app: str = "Example App", status: str = "active", **kw: Any) -> Grant:
    return Grant(platform=platform, app=app, app_id=kw.pop("app_id", None), status=status, **kw)


def act(
    business: str,
    count: int = 3,
    first: datetime | None = None,
    last: datetime | None = None,
    platform: str = "facebook",
    ids: tuple[str, ...] = (),
    types: tuple[str, ...] = ("PAGE_VIEW",),
) -> ActivityRecord:
    return ActivityRecord(
        platform=platform,
        business=business,
        event_count=count,
        first_at=first,
        last_at=last,
        ids=ids,
        event_types=types,
    )


def ctx(
    catalog: Catalog, activity: tuple[ActivityRecord, ...] = (), now: datetime = NOW, **settings: Any
) -> RiskContext:
    return RiskContext(
        now=now, catalog=catalog, settings=RiskSettings(**settings), activity=risk.ActivityIndex(activity)
    )


# Every (rule, message variant) the table cases below produce; compared with findings.json at the end.
SEEN_VARIANTS: set[tuple[str, str]] = set()


def _variant(catalog: Catalog, f: Finding) -> str:
    """Which message variant produced a finding (by comparing with each filled template's fixed text)."""
    t = catalog.finding(f.rule)
    for name, template in t.messages.items():
        head = template.split("{", 1)[0]
        tail = template.rsplit("}", 1)[-1]
        if f.message.startswith(head) and f.message.endswith(tail) and (head or tail):
            # Prefer the most specific template (longest fixed text) when several fit.
            pieces = [p for p in template.replace("}", "{").split("{")[::2] if p]
            if all(p in f.message for p in pieces):
                return name
    raise AssertionError(f"no template of {f.rule} produced {f.message!r}")


def run(rule: Any, grant: Grant, c: RiskContext) -> Finding | None:
    f = rule(grant, c)
    if f is not None:
        SEEN_VARIANTS.add((f.rule, _variant(c.catalog, f)))
        assert "{" not in f.message and "}" not in f.message, f.message
        assert "{" not in f.action and f.action
        assert f.message.endswith("."), "one sentence"
        assert f.evidence, "every finding cites its evidence"
    return f


# ----------------------------------------------------------------------------- stale access

STALE_CASES = [
    # id, grant kwargs, activity, settings, expected (variant, days) or None
    ("used-exactly-90-days", dict(last_used_at=NOW - 90 * DAY), (), {}, None),
    ("used-90-days-and-1s", dict(last_used_at=NOW - 90 * DAY - timedelta(seconds=1)), (), {}, ("last_used", 90)),
    ("used-yesterday", dict(last_used_at=NOW - DAY, granted_at=NOW - 900 * DAY), (), {}, None),
    # The connection date is no evidence of use: no stale finding (no_use_on_record says it more mildly).
    ("granted-only-900-days", dict(granted_at=NOW - 900 * DAY), (), {}, None),
    ("no-dates-at-all", dict(), (), {}, None),
    ("future-date-clock-skew", dict(last_used_at=NOW + 5 * DAY), (), {}, None),
    (
        "last-use-old-but-recent-activity",
        dict(platform="facebook", app="Coin Exchange", last_used_at=NOW - 400 * DAY),
        (act("coin  EXCHANGE", last=NOW - 10 * DAY),),
        {},
        None,
    ),
    (
        "activity-is-latest-but-old",  # Threads: Meta activity counts, and Threads states no 90-day rule
        dict(platform="threads", app="Coin Exchange", granted_at=NOW - 900 * DAY),
        (act("Coin Exchange", first=NOW - 800 * DAY, last=NOW - 200 * DAY),),
        {},
        ("activity", 200),
    ),
    (
        "facebook-active-without-export-date",  # "active" on Facebook means used within 90 days of the export
        dict(platform="facebook", app="Coin Exchange", last_used_at=NOW - 900 * DAY),
        (act("Coin Exchange", first=NOW - 800 * DAY, last=NOW - 200 * DAY),),
        {},
        None,
    ),
    (
        "instagram-activity-counts-for-facebook",
        dict(platform="facebook", app="Coin Exchange", granted_at=NOW - 900 * DAY),
        (act("Coin Exchange", last=NOW - 5 * DAY, platform="instagram"),),
        {},
        None,
    ),
    (
        "x-activity-does-not-count-for-threads",
        dict(platform="threads", app="Coin Exchange", last_used_at=NOW - 300 * DAY),
        (act("Coin Exchange", last=NOW - 5 * DAY, platform="x"),),
        {},
        ("last_used", 300),
    ),
    ("custom-limit-30", dict(last_used_at=NOW - 31 * DAY), (), {"stale_days": 30}, ("last_used", 31)),
    ("custom-limit-30-not-reached", dict(last_used_at=NOW - 30 * DAY), (), {"stale_days": 30}, None),
    ("tz-plus14-exactly-90-days", dict(last_used_at=(NOW - 90 * DAY).astimezone(PLUS14)), (), {}, None),
    (
        "tz-minus10-one-minute-over",
        dict(last_used_at=(NOW - 90 * DAY - timedelta(minutes=1)).astimezone(MINUS10)),
        (),
        {},
        ("last_used", 90),
    ),
    ("naive-date-taken-as-utc", dict(last_used_at=datetime(2025, 1, 1)), (), {}, ("last_used", 365)),
    ("expired-is-not-stale", dict(status="expired", granted_at=NOW - 900 * DAY), (), {}, None),
    ("removed-is-not-stale", dict(status="removed", granted_at=NOW - 900 * DAY), (), {}, None),
    ("first-party-is-not-judged", dict(first_party=True, last_used_at=NOW - 900 * DAY), (), {}, None),
    ("sign-in-link-is-not-judged", dict(kind="sign_in", granted_at=NOW - 900 * DAY), (), {}, None),
    ("administered-app-is-not-judged", dict(kind="administered_app", granted_at=NOW - 900 * DAY), (), {}, None),
]


@pytest.mark.parametrize(
    ("case", "kw", "activity", "settings", "expected"), STALE_CASES, ids=[c[0] for c in STALE_CASES]
)
def test_stale_access(
    catalog: Catalog,
    case: str,
    kw: dict[str, Any],
    activity: tuple[ActivityRecord, ...],
    settings: dict[str, Any],
    expected: tuple[str, int] | None,
) -> None:
    f = run(risk.stale_access, g(**kw), ctx(catalog, activity, **settings))
    if expected is None:
        assert f is None
        return
    assert f is not None
    variant, days = expected
    assert (f.rule, f.severity, _variant(catalog, f)) == ("stale_access", "medium", variant)
    assert f"{days} days ago" in f.message
    assert f"the {settings.get('stale_days', 90)}-day limit" in f.message
    assert f"evidence={variant}" in f.evidence


EXPORTED = NOW - 400 * DAY  # an export made 400 days before "now"


@pytest.mark.parametrize(("kw", "settings", "expected"), [
    # Measured to the export's date: used 100 days before the export is stale, whatever today is.
    (dict(last_used_at=EXPORTED - 100 * DAY), {}, ("last_used_before_export", 100)),
    (dict(last_used_at=EXPORTED - 10 * DAY), {}, None),  # 410 days ago today, but the export cannot say more
    # Facebook lists it as active in that export: used within the 90 days before it.
    (dict(platform="facebook", granted_at=EXPORTED - 2000 * DAY), {}, None),
    (dict(platform="facebook", granted_at=EXPORTED - 2000 * DAY), {"stale_days": 30}, ("platform_rule", 90)),
    (dict(platform="instagram", status_basis="inferred", app="Coin Exchange", last_used_at=EXPORTED - 300 * DAY), {},
     ("activity_before_export", 120)),
    # The platform rule is evidence only where the platform states the status.
    (dict(platform="instagram", status_basis="inferred", last_used_at=EXPORTED - 95 * DAY), {},
     ("last_used_before_export", 95)),
])
def test_stale_access_is_measured_against_the_export_date(
    catalog: Catalog, kw: dict[str, Any], settings: dict[str, Any], expected: tuple[str, int] | None,
) -> None:
    activity = risk.ActivityIndex((act("Coin Exchange", last=EXPORTED - 120 * DAY),))
    c = RiskContext(now=NOW, catalog=catalog, settings=RiskSettings(**settings), activity=activity,
                    export_dates={"export.zip": EXPORTED})
    f = run(risk.stale_access, g(source="export.zip", **kw), c)
    if expected is None:
        assert f is None
        return
    assert f is not None and _variant(catalog, f) == expected[0]
    assert f"{expected[1]} days" in f.message or expected[0] == "platform_rule"
    assert EXPORTED.date().isoformat() in f.message
    assert f"exported_at={EXPORTED.strftime('%Y-%m-%dT%H:%M:%SZ')}" in f.evidence


@pytest.mark.parametrize(("kw", "activity", "variant"), [
    (dict(granted_at=NOW - 900 * DAY), (), "granted"),
    (dict(), (), "default"),
    (dict(granted_at=NOW - 900 * DAY, last_used_at=NOW - 800 * DAY), (), None),  # use is on record
    (dict(platform="facebook", app="Coin Exchange"), (act("Coin Exchange", last=NOW - 500 * DAY),), None),
    (dict(platform="facebook", granted_at=NOW - 900 * DAY), (), None),  # Facebook's "active" means used
    (dict(platform="discord", status_basis="inferred"), (), "default"),
    (dict(status="expired"), (), None),
    (dict(kind="administered_app"), (), None),
    (dict(source="live:robin@id.example.org"), (), None),  # a provider's listing is not an export
])
def test_no_use_on_record_is_a_mild_note(
    catalog: Catalog, kw: dict[str, Any], activity: tuple[ActivityRecord, ...], variant: str | None,
) -> None:
    f = run(risk.no_use_on_record, g(**kw), ctx(catalog, activity))
    if variant is None:
        assert f is None
        return
    assert f is not None and f.severity == "low" and _variant(catalog, f) == variant
    assert "no sign that it was ever used" in f.message


def test_stale_message_cites_the_date_in_utc(catalog: Catalog) -> None:
    # 2025-06-01 05:00 at UTC+14 is still 31 May in UTC: the message must say the UTC day.
    used = datetime(2025, 6, 1, 5, 0, tzinfo=PLUS14)
    f = run(risk.stale_access, g(last_used_at=used), ctx(catalog))
    assert f is not None
    assert "last used on 2025-05-31" in f.message
    assert "last_used_at=2025-05-31T15:00:00Z" in f.evidence


def test_stale_activity_message_names_the_business(catalog: Catalog) -> None:
    f = run(
        risk.stale_access,
        g(platform="threads", app="Coin Exchange"),
        ctx(catalog, (act("Coin Exchange", last=datetime(2024, 3, 2, tzinfo=UTC)),)),
    )
    assert f is not None
    assert f.message.startswith(
        "Still connected, but the latest sign of use is activity Coin Exchange sent on 2024-03-02"
    )


def test_now_in_another_time_zone_gives_the_same_answer(catalog: Catalog) -> None:
    grant = g(last_used_at=NOW - 90 * DAY)
    assert run(risk.stale_access, grant, ctx(catalog, now=NOW.astimezone(PLUS14))) is None
    later = (NOW + timedelta(seconds=1)).astimezone(MINUS10)
    assert run(risk.stale_access, grant, ctx(catalog, now=later)) is not None


# ----------------------------------------------------------------------------- friends era

FRIENDS_CASES = [
    # id, grant kwargs, expected (variant, severity) or None
    ("granted-a-second-before", dict(granted_at=CUTOFF - timedelta(seconds=1)), ("granted", "high")),
    ("granted-exactly-at-cutoff", dict(granted_at=CUTOFF), None),
    ("granted-after", dict(granted_at=CUTOFF + 400 * DAY), None),
    (
        "granted-tz-plus2-same-day-local",
        dict(granted_at=datetime(2015, 4, 30, 1, 0, tzinfo=timezone(timedelta(hours=2)))),
        ("granted", "high"),
    ),
    (
        "expired-friends-era",
        dict(status="expired", granted_at=datetime(2013, 10, 4, 12, 7, tzinfo=UTC)),
        ("granted", "high"),
    ),
    (
        "removed-with-known-grant-date",
        dict(
            status="removed", granted_at=datetime(2012, 1, 1, tzinfo=UTC), removed_at=datetime(2019, 1, 1, tzinfo=UTC)
        ),
        ("granted", "medium"),
    ),
    (
        "removed-before-cutoff-date-unknown",
        dict(status="removed", removed_at=datetime(2014, 12, 29, tzinfo=UTC)),
        ("removed", "medium"),
    ),
    ("removed-after-cutoff-date-unknown", dict(status="removed", removed_at=datetime(2016, 5, 5, tzinfo=UTC)), None),
    ("removed-exactly-at-cutoff", dict(status="removed", removed_at=CUTOFF), None),
    ("no-dates-at-all", dict(status="removed"), None),
    ("used-before-cutoff-date-unknown", dict(last_used_at=datetime(2014, 1, 1, tzinfo=UTC)), ("used", "high")),
    (
        "known-late-grant-beats-early-removal",
        dict(status="removed", granted_at=CUTOFF + DAY, removed_at=CUTOFF - DAY),
        None,
    ),
    ("not-facebook", dict(platform="instagram", granted_at=datetime(2013, 1, 1, tzinfo=UTC)), None),
    ("x-app-from-2012", dict(platform="x", granted_at=datetime(2012, 1, 1, tzinfo=UTC)), None),
    ("administered-app", dict(kind="administered_app", granted_at=datetime(2013, 1, 1, tzinfo=UTC)), None),
]


@pytest.mark.parametrize(("case", "kw", "expected"), FRIENDS_CASES, ids=[c[0] for c in FRIENDS_CASES])
def test_friends_era(catalog: Catalog, case: str, kw: dict[str, Any], expected: tuple[str, str] | None) -> None:
    kw = {"platform": "facebook", **kw}
    f = run(risk.friends_era, g(**kw), ctx(catalog))
    if expected is None:
        assert f is None
        return
    assert f is not None
    assert (_variant(catalog, f), f.severity) == expected
    assert "2015-04-30" in f.message


def test_friends_era_message_and_actions(catalog: Catalog) -> None:
    active = run(
        risk.friends_era,
        g("facebook", "Quiz", granted_at=datetime(2013, 10, 4, 12, 7, tzinfo=UTC), user_app_id="10229093786579754"),
        ctx(catalog),
    )
    removed = run(
        risk.friends_era, g("facebook", "Quiz", "removed", removed_at=datetime(2014, 12, 29, tzinfo=UTC)), ctx(catalog)
    )
    assert active is not None and removed is not None
    assert active.message.startswith("Connected on 2013-10-04, before Facebook ended apps' access to friends' data")
    assert "user_app_id=10229093786579754" in active.evidence
    assert active.action.startswith("Remove the app")
    assert removed.action.startswith("Ask the app's developer")
    assert removed.message.startswith("Removed on 2014-12-29")


def test_friends_era_follows_each_runs_cutoff(catalog: Catalog) -> None:
    # The cut-off's texts are made once per run; a run with another cut-off must cite its own.
    quiz = g("facebook", "Quiz", granted_at=datetime(2013, 10, 4, tzinfo=UTC))
    default = run(risk.friends_era, quiz, ctx(catalog))
    earlier = run(risk.friends_era, quiz, ctx(catalog, friends_era_end=datetime(2014, 1, 1, tzinfo=PLUS14)))
    again = run(risk.friends_era, quiz, ctx(catalog))
    assert default is not None and earlier is not None and again == default
    assert "friends_era_end=2015-04-30T00:00:00Z" in default.evidence and "2015-04-30" in default.message
    assert "friends_era_end=2013-12-31T10:00:00Z" in earlier.evidence and "2013-12-31" in earlier.message


def test_findings_read_the_same_for_every_grant_of_a_platform_and_status(catalog: Catalog) -> None:
    # Texts shared per rule, status and platform (Catalog.finding_plan) still name each grant's own facts.
    c = ctx(catalog)
    first = risk.expired_not_removed(g("instagram", "One", "expired", granted_at=datetime(2019, 1, 2, tzinfo=UTC)), c)
    second = risk.expired_not_removed(g("facebook", "Two", "expired"), c)
    assert first is not None and second is not None
    assert first.message.startswith("Instagram lists it as expired") and "2019-01-02" in first.message
    assert second.message.startswith("Facebook lists it as expired") and "2019" not in second.message
    assert "Instagram" in first.action and "Facebook" in second.action


# ----------------------------------------------------------------------------- high sensitivity

HIGH_CASES = [
    # id, platform, permissions, status, expected count (None = no finding)
    ("x-direct-messages", "x", ("read", "directmessages"), "active", 1),
    ("x-write", "x", ("read", "write", "emailaddress"), "active", 1),
    ("x-read-email-only", "x", ("read", "emailaddress"), "active", None),
    (
        "google-mail-and-drive",
        "google_workspace",
        ("openid", "https://www.googleapis.com/auth/gmail.readonly", "https://www.googleapis.com/auth/drive"),
        "active",
        2,
    ),
    ("google-drive-file-only", "google", ("https://www.googleapis.com/auth/drive.file",), "active", None),
    ("entra-contacts-offline", "entra", ("Contacts.ReadWrite", "openid", "profile", "offline_access"), "active", 2),
    ("keycloak-offline-access", "keycloak", ("openid", "email", "offline_access"), "active", 1),
    ("unknown-keys-are-medium", "x", ("never.heard.of",), "active", None),
    ("expired-no-longer-reaches", "instagram", ("instagram_manage_messages",), "expired", None),
    ("removed-no-longer-reaches", "x", ("directmessages",), "removed", None),
    ("no-permissions-listed", "facebook", (), "active", None),
]


@pytest.mark.parametrize(("case", "platform", "perms", "status", "count"), HIGH_CASES, ids=[c[0] for c in HIGH_CASES])
def test_high_sensitivity(
    catalog: Catalog, case: str, platform: str, perms: tuple[str, ...], status: str, count: int | None
) -> None:
    f = run(risk.high_sensitivity, g(platform, permissions=perms, status=status), ctx(catalog))
    if count is None:
        assert f is None
        return
    assert f is not None
    assert (f.rule, f.severity, len(f.evidence)) == ("high_sensitivity", "high", count)
    assert _variant(catalog, f) == ("default_one" if count == 1 else "default")


def test_high_sensitivity_message_lists_plain_words_and_keys(catalog: Catalog) -> None:
    f = run(
        risk.high_sensitivity, g("entra", permissions=("Contacts.ReadWrite", "openid", "offline_access")), ctx(catalog)
    )
    assert f is not None
    assert f.message == (
        "It holds 2 high-sensitivity permissions (Contacts.ReadWrite, offline_access): "
        "Your address book, Keep access while you are away."
    )
    assert f.evidence == ("permission=Contacts.ReadWrite (contacts)", "permission=offline_access (offline_access)")


def test_high_sensitivity_skips_first_party_clients(catalog: Catalog) -> None:
    assert (
        run(
            risk.high_sensitivity,
            g("x", "Twitter for iPhone", permissions=("directmessages",), first_party=True),
            ctx(catalog),
        )
        is None
    )


# ----------------------------------------------------------------------------- expired but not removed

EXPIRED_CASES = [
    (
        "facebook-expired-with-date",
        dict(platform="facebook", granted_at=datetime(2019, 1, 1, tzinfo=UTC), user_app_id="10221948219935181"),
        "granted",
    ),
    ("instagram-expired-no-date", dict(platform="instagram"), "default"),
    ("x-has-no-expired-state", dict(platform="x"), None),
    ("facebook-active", dict(platform="facebook", status="active"), None),
    ("facebook-removed", dict(platform="facebook", status="removed"), None),
]


@pytest.mark.parametrize(("case", "kw", "variant"), EXPIRED_CASES, ids=[c[0] for c in EXPIRED_CASES])
def test_expired_not_removed(catalog: Catalog, case: str, kw: dict[str, Any], variant: str | None) -> None:
    kw = {"status": "expired", **kw}
    f = run(risk.expired_not_removed, g(**kw), ctx(catalog))
    if variant is None:
        assert f is None
        return
    assert f is not None
    assert (f.severity, _variant(catalog, f)) == ("medium", variant)
    assert "delete your data" in f.action
    if kw.get("user_app_id"):
        assert f"user_app_id={kw['user_app_id']}" in f.evidence
        assert "2019-01-01" in f.message


# ----------------------------------------------------------------------------- unknown developer

DEV_CASES = [
    ("x-nothing", dict(), True),
    ("x-blank-strings", dict(developer="", developer_url="   "), True),
    ("x-url-only", dict(developer_url="http://www.example.org"), False),
    ("x-name-only", dict(developer="Example Ltd"), False),
    ("x-first-party", dict(first_party=True), False),
    ("x-removed", dict(status="removed"), False),
    ("x-sign-in-link", dict(kind="sign_in"), False),
    # Facebook and Instagram archives never name developers: flagging them would flag every app.
    ("facebook-never", dict(platform="facebook"), False),
    ("instagram-never", dict(platform="instagram"), False),
    # Live connectors: not judged by default (Keycloak has no publisher field at all).
    ("keycloak-not-judged", dict(platform="keycloak"), False),
]


@pytest.mark.parametrize(("case", "kw", "fires"), DEV_CASES, ids=[c[0] for c in DEV_CASES])
def test_unknown_developer(catalog: Catalog, case: str, kw: dict[str, Any], fires: bool) -> None:
    f = run(risk.unknown_developer, g(**kw), ctx(catalog))
    assert (f is not None) == fires
    if f:
        assert (f.severity, f.message) == (
            "low",
            "The X archive names no developer and no website for this app, so you cannot tell who receives your data.",
        )


def test_unknown_developer_platforms_are_configurable(catalog: Catalog) -> None:
    c = ctx(catalog, developer_info_platforms=frozenset({"entra"}))
    assert run(risk.unknown_developer, g("entra"), c) is not None
    assert run(risk.unknown_developer, g("x"), c) is None


# ----------------------------------------------------------------------------- sends activity back

ACT_CASES = [
    # id, grant kwargs, activity, expected (variant, count) or None
    (
        "same-name-normalized",
        dict(app="Coin Exchange"),
        (act(" coin  exchange ", 12, datetime(2021, 12, 26, tzinfo=UTC), datetime(2022, 4, 21, tzinfo=UTC)),),
        ("range", 12),
    ),
    ("nfkc-and-case", dict(app="ＣＯＩＮ Exchange"), (act("coin exchange", 2, NOW - DAY, NOW),), ("range", 2)),
    ("one-event", dict(app="Coin Exchange"), (act("Coin Exchange", 1, NOW - DAY, NOW - DAY),), ("range_one", 1)),
    ("no-dates", dict(app="Coin Exchange"), (act("Coin Exchange", 5),), ("default", 5)),
    ("no-dates-one-event", dict(app="Coin Exchange"), (act("Coin Exchange", 1),), ("default_one", 1)),
    (
        "records-add-up",
        dict(app="Coin Exchange"),
        (act("Coin Exchange", 2, NOW - 9 * DAY, NOW - 5 * DAY), act("COIN EXCHANGE", 3, NOW - 20 * DAY, NOW - DAY)),
        ("range", 5),
    ),
    (
        "matched-by-sender-id",
        dict(app="Coin Exchange App", app_id="379670032410722"),
        (act("Coin Exchange Inc.", 4, ids=("379670032410722",)),),
        ("default", 4),
    ),
    (
        "removed-app-still-tracked",
        dict(app="Coin Exchange", status="removed"),
        (act("Coin Exchange", 3),),
        ("default", 3),
    ),
    ("different-name", dict(app="Coin Exchange"), (act("Coin Exchanger", 3),), None),
    ("other-platform-family", dict(app="Coin Exchange"), (act("Coin Exchange", 3, platform="tiktok"),), None),
    ("zero-events", dict(app="Coin Exchange"), (act("Coin Exchange", 0),), None),
    ("first-party", dict(app="Coin Exchange", first_party=True), (act("Coin Exchange", 3),), None),
    ("administered-app", dict(app="Coin Exchange", kind="administered_app"), (act("Coin Exchange", 3),), None),
]


@pytest.mark.parametrize(("case", "kw", "activity", "expected"), ACT_CASES, ids=[c[0] for c in ACT_CASES])
def test_sends_activity(
    catalog: Catalog,
    case: str,
    kw: dict[str, Any],
    activity: tuple[ActivityRecord, ...],
    expected: tuple[str, int] | None,
) -> None:
    f = run(risk.sends_activity, g("facebook", **kw), ctx(catalog, activity))
    if expected is None:
        assert f is None
        return
    assert f is not None
    variant, count = expected
    assert (f.severity, _variant(catalog, f)) == ("medium", variant)
    assert f"events={count}" in f.evidence


def test_sends_activity_message_cites_counts_and_dates(catalog: Catalog) -> None:
    f = run(
        risk.sends_activity,
        g("facebook", "Coin Exchange"),
        ctx(
            catalog,
            (
                act(
                    "Coin Exchange",
                    12,
                    datetime(2021, 12, 26, tzinfo=UTC),
                    datetime(2022, 4, 21, 23, 30, tzinfo=UTC),
                    types=("PURCHASE", "PAGE_VIEW"),
                ),
            ),
        ),
    )
    assert f is not None
    assert f.message == (
        "Coin Exchange sent Facebook 12 records of what you did on its own website or app, "
        "from 2021-12-26 to 2022-04-21."
    )
    assert "event_types=PAGE_VIEW,PURCHASE" in f.evidence


def test_activity_listed_in_both_meta_exports_is_not_counted_twice(catalog: Catalog) -> None:
    both = (act("Coin Exchange", 7, platform="facebook"), act("Coin Exchange", 7, platform="instagram"))
    fb = run(risk.sends_activity, g("facebook", "Coin Exchange"), ctx(catalog, both))
    ig = run(risk.sends_activity, g("instagram", "Coin Exchange"), ctx(catalog, both))
    assert fb is not None and ig is not None
    assert "events=7" in fb.evidence and "Facebook" in fb.message
    assert "events=7" in ig.evidence and "Instagram" in ig.message
    only_ig = run(risk.sends_activity, g("facebook", "Coin Exchange"), ctx(catalog, both[1:]))
    assert only_ig is not None and "Coin Exchange sent Instagram" in only_ig.message


# ----------------------------------------------------------------------------- assess, ranking, summary


def _inventory() -> Inventory:
    return Inventory(
        grants=(
            g("x", "Calm Reader", permissions=("read",), developer="Calm Ltd", granted_at=NOW - 10 * DAY,
              last_used_at=NOW - 2 * DAY),
            g("facebook", "Old Quiz", "removed", removed_at=datetime(2014, 6, 1, tzinfo=UTC)),
            g("x", "DM Helper", permissions=("directmessages",), developer="DM Co", granted_at=NOW - 20 * DAY),
            g("x", "Writer 2019", permissions=("write",), developer="W", granted_at=datetime(2019, 1, 1, tzinfo=UTC)),
            g("facebook", "Coin Exchange", "expired", granted_at=datetime(2019, 1, 1, tzinfo=UTC)),
            g("x", "Undated", permissions=("read",), developer="U"),
        ),
        activity=(act("Coin Exchange", 2, NOW - 30 * DAY, NOW - 2 * DAY),),
    )


def test_assess_attaches_findings_and_ranks_by_severity_then_recency(catalog: Catalog) -> None:
    out = risk.assess(_inventory(), catalog, NOW)
    order = [(x.app, risk.worst_severity(x)) for x in out.grants]
    assert order == [
        ("DM Helper", "high"),  # high, connected 20 days ago
        ("Writer 2019", "high"),  # high, connected 2019
        ("Coin Exchange", "medium"),
        ("Old Quiz", "medium"),  # medium, removed 2014
        ("Undated", "low"),  # no use on record
        ("Calm Reader", None),  # no finding, used two days ago
    ]
    writer = out.grants[1]
    # Connected in 2019 and never seen used: a mild note, not "unused for 90+ days" (no evidence of use).
    assert [f.rule for f in writer.findings] == ["high_sensitivity", "no_use_on_record"]
    coin = out.grants[2]
    assert [f.rule for f in coin.findings] == ["expired_not_removed", "sends_activity"]
    assert out.activity == _inventory().activity


def test_assess_is_idempotent_and_replaces_old_findings(catalog: Catalog) -> None:
    stale = Finding(rule="obsolete", severity="high", message="old", action="old")
    inv = Inventory(
        grants=tuple(x.with_findings((stale,)) for x in _inventory().grants), activity=_inventory().activity
    )
    once = risk.assess(inv, catalog, NOW)
    assert all(f.rule != "obsolete" for x in once.grants for f in x.findings)
    assert risk.assess(once, catalog, NOW) == once


def test_assess_uses_settings_and_defaults(catalog: Catalog) -> None:
    inv = Inventory(grants=(g("x", "A", developer="D", last_used_at=NOW - 40 * DAY),))
    assert risk.assess(inv, catalog, NOW).grants[0].findings == ()
    strict = risk.assess(inv, catalog, NOW, RiskSettings(stale_days=30)).grants[0]
    assert [f.rule for f in strict.findings] == ["stale_access"]
    via_cli = Workspace(catalog, RiskSettings(stale_days=30), now=lambda: NOW).assess(inv).inventory.grants[0]
    assert via_cli.findings == strict.findings


def test_summary_counts(catalog: Catalog) -> None:
    s = summarize(risk.assess(_inventory(), catalog, NOW))
    assert (s.grants, s.grants_with_findings, s.needs_attention) == (6, 5, 2)
    assert dict(s.findings)["high"] >= 2
    assert s.by_rule["high_sensitivity"] == 2 and s.by_rule["friends_era"] == 1
    assert s.by_rule["sends_activity"] == 1
    empty = summarize(Inventory()).to_dict()
    assert (empty["grants"], empty["grants_needing_attention"], empty["findings"]) == (
        0, 0, {"high": 0, "medium": 0, "low": 0})


@pytest.mark.parametrize("bad", [0, -5, 2.5, True, "90"])
def test_settings_reject_nonsense_thresholds(bad: Any) -> None:
    with pytest.raises(ValueError, match="stale_days"):
        RiskSettings(stale_days=bad)


# ----------------------------------------------------------------------------- named in an investigation

MISUSE_DOC = {
    "kind": "misuse_cases",
    "version": 1,
    "about": "test cases",
    "cases": [{
        "id": "quiz_case", "platforms": ["facebook", "x"], "names": ["thisisyourdigitallife", "Digital Life Quiz"],
        "app_ids": {"x": ["4242"], "facebook": ["4242"]}, "developer": "Example Research Ltd",
        "outcomes": ["suspended"],
        "date": "2018-03-16", "summary": "The platform suspended this app in 2018 after an investigation.",
        "sources": [{"title": "Example report", "url": "https://news.example.org/case"}],
    }],
}

MISUSE_CASES = [
    # id, grant, expected (severity, variant) or None
    ("x-app-id", g("x", "Renamed Later", app_id="4242"), ("high", "app_id")),
    ("x-app-id-removed", g("x", "Renamed Later", "removed", app_id="4242"), ("high", "app_id")),
    ("facebook-name-only", g("facebook", "ThisIsYourDigitalLife"), ("medium", "name")),
    ("facebook-alias-spacing", g("facebook", "  digital   LIFE quiz ", "expired"), ("medium", "name")),
    ("facebook-removed-name", g("facebook", "thisisyourdigitallife", "removed"), ("medium", "name")),
    # Facebook's only id is the person's id inside the app: equal to a case id by chance, it proves nothing.
    ("facebook-scoped-id", g("facebook", "Other", app_id="4242", user_app_id="4242"), None),
    ("near-miss-name", g("facebook", "Quiz: Which Bird Are You"), None),
    ("near-miss-substring", g("facebook", "thisisyourdigitallife 2"), None),
    ("other-platform", g("instagram", "thisisyourdigitallife"), None),
    ("sign-in-link", g("x", "thisisyourdigitallife", kind="sign_in"), None),
]


@pytest.mark.parametrize("grant,expected", [c[1:] for c in MISUSE_CASES], ids=[c[0] for c in MISUSE_CASES])
def test_named_in_investigation(catalog: Catalog, grant: Grant, expected: tuple[str, str] | None) -> None:
    from core.misuse import MisuseCatalog

    c = RiskContext(now=NOW, catalog=catalog, misuse=MisuseCatalog.from_document(MISUSE_DOC))
    f = run(risk.named_in_investigation, grant, c)
    if expected is None:
        assert f is None
        return
    assert f is not None
    assert (f.severity, _variant(catalog, f)) == expected
    assert "https://news.example.org/case" in f.message and "Example report" in f.message
    assert "suspended this app in 2018" in f.message
    assert "delete" in f.action and "Example Research Ltd" in f.action
    if expected[1] == "name":
        assert f.message.startswith("Possibly") and "To check" in f.message


def test_every_rule_has_texts_and_every_text_variant_is_exercised(catalog: Catalog) -> None:
    # Runs last in this module (pytest keeps file order): the table cases above filled SEEN_VARIANTS.
    assert {name for name, _ in risk.RULES} == set(catalog.findings)
    expected = {(rule, v) for rule, t in catalog.findings.items() for v in t.messages}
    assert expected - SEEN_VARIANTS == set()


def test_ranking_in_runs_puts_grants_in_the_order_of_one_stable_sort(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long lists are ranked in merged runs (in a window's worker): ties (same name, same date) keep the order they
    came in."""
    monkeypatch.setattr(core.ordering, "RUN", 7)
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    grants = [Grant("facebook", f"App {i % 5}", str(i), "active",
                    granted_at=base + timedelta(days=i % 3) if i % 4 else None) for i in range(60)]
    ranked = in_worker(lambda: risk._ranked(list(grants)))
    assert [g.app_id for g in ranked] == [g.app_id for g in sorted(grants, key=risk.rank_key)]
    assert [g.app_id for g in ranked] != [g.app_id for g in grants]


def test_rules_a_grant_shape_rules_out_would_have_found_nothing(catalog: Catalog) -> None:
    """evaluate() skips the rules whose first check a grant's shape fails: for grants of every shape, each skipped
    rule, called anyway, finds nothing, and every finding of the full rule list is still made."""
    from itertools import product

    from core.misuse import MisuseCatalog

    old = CUTOFF - 400 * DAY
    exported = NOW - 10 * DAY
    activity = risk.ActivityIndex((act("thisisyourdigitallife", first=old, last=old),
                                   act("thisisyourdigitallife", platform="instagram", first=old, last=old)))
    c = RiskContext(now=NOW, catalog=catalog, activity=activity, misuse=MisuseCatalog.from_document(MISUSE_DOC),
                    export_dates={"dated.zip": exported})
    kinds = ("oauth_app", "sign_in", "linked_account", "device_app", "extension", "administered_app")
    found_rules: set[str] = set()
    for platform, kind, status, first_party, basis, source, used in product(
            ("facebook", "instagram", "x", "google"), kinds, ("active", "expired", "removed"), (False, True),
            ("export", "inferred"), ("dated.zip", "undated.zip", "live:someone"), (None, old)):
        for app, app_id in (("thisisyourdigitallife", None), ("Quiet App", "4242")):
            grant = g(platform, app, status, app_id=app_id, kind=kind, first_party=first_party, status_basis=basis,
                      source=source, granted_at=old, removed_at=old if status == "removed" else None,
                      last_used_at=used, permissions=("user_friends", "read_messages", "gmail.readonly"),
                      user_app_id="77")
            called = c.rules_for(grant)
            for name, rule in risk.RULES:
                finding = rule(grant, c)
                if finding is not None:
                    found_rules.add(name)
                if rule not in called:
                    assert finding is None, (name, grant)
            assert risk.evaluate(grant, c) == tuple(sorted(
                (f for _, rule in risk.RULES if (f := rule(grant, c)) is not None), key=risk._finding_order))
    # The grid reaches every rule (so each gate was checked against grants its rule flags).
    assert found_rules == {name for name, _ in risk.RULES}


def test_ranking_names_only_the_grants_whose_severity_and_date_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grants with a date of their own are placed by it; names decide only among ties: the order of rank_key."""
    monkeypatch.setattr(core.ordering, "RUN", 5)
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    finding = Finding("friends_era", "high", "m", "a")
    # Dates of their own, pairs that tie (listed in reverse name order), and undated grants.
    grants = [Grant("facebook", f"app {i}", f"own{i}", "active", granted_at=base + timedelta(days=i),
                    findings=(finding,) if i % 3 == 0 else ()) for i in range(20)]
    grants += [Grant("facebook", name, f"tie{i}{name}", "active", granted_at=base - timedelta(days=i))
               for i in range(1, 8) for name in ("zeta", "Alpha")]
    grants += [Grant(platform, "Same", f"undated-{platform}", "removed") for platform in ("x", "facebook")]
    ranked = in_worker(lambda: risk._ranked(list(grants)))
    assert [g.app_id for g in ranked] == [g.app_id for g in sorted(grants, key=risk.rank_key)]
    assert [g.app for g in ranked if g.app_id.startswith("tie1")] == ["Alpha", "zeta"]
    keys = risk._rank_keys(grants)
    assert any(len(k) == 2 for k in keys) and any(len(k) == 4 for k in keys)  # both kinds of grant are in the list
