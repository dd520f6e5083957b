"""The real-Keycloak fixture's rules: without a JDK it skips with one reason, except under CI=true, where it fails."""

from __future__ import annotations

from typing import Any

import pytest

import tests.support.keycloak as kc


def test_no_jdk_skips_with_one_reason_outside_ci(monkeypatch: Any) -> None:
    monkeypatch.setattr(kc, "find_java_home", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("GRANTSCOPE_KEYCLOAK_URL", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"no Java 17\+ runtime found"):
        kc.start_for_tests()


def test_no_jdk_fails_under_ci(monkeypatch: Any) -> None:
    monkeypatch.setattr(kc, "find_java_home", lambda: None)
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("GRANTSCOPE_KEYCLOAK_URL", "http://127.0.0.1:9")  # never reused under CI
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        kc.start_for_tests()


def test_the_scripted_browser_reads_keycloaks_forms() -> None:
    page = kc._Forms()
    page.feed('<html><title>Sign in to Demo</title><form id="kc-form-login" action="/realms/d/login-actions/'
              'authenticate?x=1"><input name="username"><input type="password" name="password">'
              '<input type="hidden" name="credentialId" value=""><input type="submit" name="login" value="Sign In">'
              '</form></html>')
    assert page.title == "Sign in to Demo"
    form = page.forms[0]
    assert form["action"].startswith("/realms/d/login-actions/authenticate")
    assert [n for n, _v, _i in form["inputs"]] == ["username", "password", "credentialId"]
    assert [n for n, _v, _i in form["buttons"]] == ["login"]
