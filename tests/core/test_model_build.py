"""Grant.build / evolve / with_findings and Finding.build: the fast paths make the same values as the constructors."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import datetime, timezone

import pytest

from core.model import Finding, Grant

WHEN = datetime(2014, 5, 13, 16, 36, 40, tzinfo=timezone.utc)
VALUES = {"platform": "facebook", "app": "Quiz", "app_id": "10300000000099999", "status": "expired",
          "granted_at": WHEN, "user_app_id": "10300000000099999", "source": "export.zip", "record_count": 2}


def test_build_equals_the_constructor() -> None:
    built, made = Grant.build(VALUES), Grant(**VALUES)  # type: ignore[arg-type]
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert asdict(built) == asdict(made)
    assert built.findings == () and built.kind == "oauth_app" and built.revoke_handle is None


def test_build_rejects_unknown_and_missing_fields() -> None:
    with pytest.raises(TypeError, match="bogus"):
        Grant.build({**VALUES, "bogus": 1})
    with pytest.raises(TypeError, match="status"):
        Grant.build({k: v for k, v in VALUES.items() if k != "status"})


def test_evolve_and_with_findings_equal_replace_and_leave_the_original() -> None:
    grant = Grant(**VALUES)  # type: ignore[arg-type]
    f = Finding("expired_not_removed", "medium", "message", "action", ("status=expired",))
    assert grant.evolve(account="facebook:me", source="b.zip") == replace(grant, account="facebook:me", source="b.zip")
    assert grant.with_findings((f,)) == replace(grant, findings=(f,))
    assert grant.findings == () and grant.account == ""
    assert grant.with_findings(()) is grant  # nothing to change: the same immutable value
    with pytest.raises(TypeError, match="nope"):
        grant.evolve(nope=1)


def test_finding_build_equals_the_constructor() -> None:
    args = ("friends_era", "high", "Connected on 2014-05-13", "Remove the app.", ("status=active",))
    built, made = Finding.build(*args), Finding(*args)  # type: ignore[arg-type]
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
