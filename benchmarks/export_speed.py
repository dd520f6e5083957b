"""Benchmark: export a generated inventory of 5,000 grants in every format (target ≤ 2 s each)."""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta, timezone

from core.model import ActivityRecord, Advertiser, Finding, Grant, Inventory, Source

PLATFORMS = ("facebook", "instagram", "x", "google")
X_PERMS = (("read",), ("read", "write"), ("read", "write", "directmessages"), ("read", "emailaddress"))
GOOGLE_PERMS = (("openid", "email", "profile"), ("https://www.googleapis.com/auth/gmail.readonly",),
                ("https://www.googleapis.com/auth/contacts.readonly", "https://www.googleapis.com/auth/calendar"))
WORDS = ("Photo", "Quiz", "Music", "Fitness", "Travel", "Recipe", "Horoscope", "Game", "Café", "News", "Map",
         "Calendar", "Notes", "Shop", "Chat", "Video", "Sleep", "Budget", "Weather", "Book")


def make_inventory(n: int = 5000, *, seed: int = 1, now: datetime | None = None) -> Inventory:
    """A real-shaped, entirely synthetic inventory (generated, never committed)."""
    rnd = random.Random(seed)
    now = now or datetime(2025, 6, 1, tzinfo=timezone.utc)
    grants = []
    for i in range(n):
        platform = PLATFORMS[i % len(PLATFORMS)]
        status = rnd.choices(("active", "expired", "removed"), (5, 2, 3))[0]
        granted = datetime(2009, 1, 1, tzinfo=timezone.utc) + timedelta(days=rnd.randrange(0, 16 * 365))
        perms: tuple[str, ...] = ()
        if platform == "x":
            perms = rnd.choice(X_PERMS)
        elif platform == "google":
            perms = rnd.choice(GOOGLE_PERMS)
        findings: tuple[Finding, ...] = ()
        if status == "active" and rnd.random() < 0.2:
            findings = (Finding("stale", "medium", "Not used for over 90 days", "Remove it if you no longer use it"),)
        if "directmessages" in perms:
            findings += (Finding("messages", "high", "Can read and send your direct messages",
                                 "Remove this app or take away message access"),)
        uid = str(10_300_000_000_000_000 + i)
        grants.append(Grant(
            platform=platform, app=f"{rnd.choice(WORDS)} {rnd.choice(WORDS)} {i:05d}",
            app_id=uid if platform == "facebook" else str(1_000_000 + i), status=status, granted_at=granted,
            removed_at=granted + timedelta(days=400) if status == "removed" else None,
            last_used_at=granted + timedelta(days=rnd.randrange(0, 900)) if rnd.random() < 0.4 else None,
            permissions=perms, user_app_id=uid if platform in ("facebook", "instagram") else None,
            source=f"/home/someone/Downloads/{platform}-export.zip", source_file=f"{platform}/apps.json",
            findings=findings,
        ))
    activity = tuple(ActivityRecord(
        "facebook", f"Business {i:04d}", rnd.randrange(1, 500),
        now - timedelta(days=rnd.randrange(300, 2000)), now - timedelta(days=rnd.randrange(1, 300)),
        ("PAGE_VIEW", "PURCHASE"), (str(379670032410722 + i),), "off.json") for i in range(n // 5))
    advertisers = tuple(Advertiser("facebook", f"Advertiser {i:04d}", ("uploaded a list with your information",))
                        for i in range(n // 10))
    sources = tuple(Source(p, f"/home/someone/Downloads/{p}-export.zip", "G4", parts=(f"{p}-export.zip",),
                           identity=("Someone Example", "someone@example.org")) for p in PLATFORMS)
    return Inventory(sources, tuple(grants), activity, advertisers)


def main(argv: list[str] | None = None) -> int:
    from core.export.redact import redact
    from core.export.writers import formats, render
    from core.workspace import default_workspace

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=5000, help="number of grants (default 5000)")
    ap.add_argument("--formats", default=",".join(formats()), help="comma-separated formats")
    args = ap.parse_args(argv)
    inv = make_inventory(args.n)
    t0 = time.perf_counter()
    red = redact(inv, dates="month")
    t_redact = time.perf_counter() - t0
    t0 = time.perf_counter()
    doc = default_workspace().document(inv)
    t_doc = time.perf_counter() - t0
    print(f"{args.n} grants, {len(inv.activity)} businesses, {len(inv.advertisers)} advertisers")
    print(f"{'redact':>8}: {t_redact:6.3f} s")
    print(f"{'document':>8}: {t_doc:6.3f} s")
    worst = 0.0
    for fmt in args.formats.split(","):
        t0 = time.perf_counter()
        data = render(doc, fmt)
        dt = time.perf_counter() - t0
        worst = max(worst, dt)
        print(f"{fmt:>8}: {dt:6.3f} s  ({len(data) / 1e6:.1f} MB)")
    _ = red
    return 0 if worst <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
