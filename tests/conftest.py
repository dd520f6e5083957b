"""Suite-wide fixtures: the real Keycloak, started once per session (see tests/support/keycloak)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def keycloak(pytestconfig: pytest.Config) -> Iterator[Any]:
    """One real Keycloak for the whole run; skipped (with one reason) only when no JDK exists and CI is unset."""
    from tests.support.keycloak import start_for_tests

    reporter = pytestconfig.pluginmanager.get_plugin("terminalreporter")

    def say(line: str) -> None:  # straight to the terminal: the start time is printed even when output is captured
        if reporter is not None:
            reporter.write_line("\n" + line)
        else:
            print(line)

    server = start_for_tests(say)
    yield server
    server.stop()
