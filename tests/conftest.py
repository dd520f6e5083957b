"""Suite-wide fixtures: the real Keycloak, started once per session (see tests/support/keycloak)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def keycloak(pytestconfig: pytest.Config) -> Iterator[Any]:
    """One real Keycloak for the whole run; skipped (with one reason) only when no JDK exists and CI is unset."""
    from tests.support.keycloak import start_for_tests

    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")

    def say(line: str) -> None:  # straight to the terminal: the start time is printed even when output is captured
        if capture is None:
            print(line)
            return
        with capture.global_and_fixture_disabled():
            print("\n" + line, flush=True)

    server = start_for_tests(say)
    yield server
    server.stop()
