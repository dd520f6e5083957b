"""Suite-wide fixtures: the real Keycloak, started once per session (see tests/support/keycloak)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def keycloak() -> Iterator[Any]:
    """One real Keycloak for the whole run; skipped (with one reason) only when no JDK exists and CI is unset."""
    from tests.support.keycloak import start_for_tests

    server = start_for_tests()
    yield server
    server.stop()
