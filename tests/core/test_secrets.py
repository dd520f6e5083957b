"""TokenStore over keyring: an in-memory keychain backend, the no-keychain fallback, long tokens, failures."""

from __future__ import annotations

import pytest
from keyring.backends import fail, null

from core.secrets import MAX_ENTRY_BYTES, TokenStore, service_name
from tests.support.memory_keyring import MemoryKeyring

ISSUER = "https://id.example.org/realms/demo"


def test_service_per_provider_and_issuer_one_entry_per_account():
    kr = MemoryKeyring()
    store = TokenStore(kr)
    assert store.save("keycloak", ISSUER, "user-a", "rt-a") is True
    store.save("keycloak", ISSUER, "user-b", "rt-b")
    store.save("keycloak", "https://other.example.org/realms/demo", "user-a", "rt-c")
    assert service_name("keycloak", ISSUER) == "grantscope/keycloak/id.example.org/realms/demo"
    assert kr.entries == {
        ("grantscope/keycloak/id.example.org/realms/demo", "user-a"): "rt-a",
        ("grantscope/keycloak/id.example.org/realms/demo", "user-b"): "rt-b",
        ("grantscope/keycloak/other.example.org/realms/demo", "user-a"): "rt-c",
    }
    assert store.load("keycloak", ISSUER, "user-b") == "rt-b"
    store.delete("keycloak", ISSUER, "user-a")
    assert store.load("keycloak", ISSUER, "user-a") is None
    assert store.persistent


def test_saving_again_replaces_the_rotated_token():
    kr = MemoryKeyring()
    store = TokenStore(kr)
    store.save("entra", ISSUER, "u", "old")
    store.save("entra", ISSUER, "u", "new")
    assert store.load("entra", ISSUER, "u") == "new" and len(kr.entries) == 1


def test_tokens_too_long_for_windows_are_split_and_joined_back():
    kr = MemoryKeyring()
    store = TokenStore(kr)
    long_token = "x" * 3000 + "é" * 10
    store.save("entra", ISSUER, "u", long_token)
    assert all(len(v.encode("utf-16-le")) <= MAX_ENTRY_BYTES for v in kr.entries.values())
    assert len(kr.entries) > 2
    assert store.load("entra", ISSUER, "u") == long_token
    store.save("entra", ISSUER, "u", "short")  # the parts of the old value go away
    assert len(kr.entries) == 1
    store.delete("entra", ISSUER, "u")
    assert kr.entries == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_without_a_keychain_tokens_stay_in_memory_and_the_ui_can_tell(backend):
    store = TokenStore(backend)
    assert store.persistent is False
    assert store.save("keycloak", ISSUER, "u", "rt") is False
    assert store.load("keycloak", ISSUER, "u") == "rt"
    assert TokenStore(backend).load("keycloak", ISSUER, "u") is None  # gone with the session
    store.delete("keycloak", ISSUER, "u")
    assert store.load("keycloak", ISSUER, "u") is None


def test_plaintext_keyrings_alt_backends_are_never_used():
    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    kr = PlaintextKeyring()
    store = TokenStore(kr)
    store.save("keycloak", ISSUER, "u", "rt")
    assert kr.entries == {} and store.persistent is False


def test_a_keychain_that_fails_falls_back_to_memory():
    kr = MemoryKeyring()
    kr.fail_writes = True
    store = TokenStore(kr)
    assert store.save("keycloak", ISSUER, "u", "rt") is False
    assert store.persistent is False
    assert store.load("keycloak", ISSUER, "u") == "rt"


def test_default_backend_on_this_machine_is_classified(monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    store = TokenStore()
    assert store.persistent is False and store.backend_name == "memory"
