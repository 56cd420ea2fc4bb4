"""API keys in the keyring (core/secret_store.py), with real keyring backends: keyrings.alt's
PlaintextKeyring in a temporary folder, and keyring's own `fail` backend (no keyring at all)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from desktop_app.core import secret_store
from desktop_app.core.errors import LokalError


@pytest.fixture
def plaintext_keyring(tmp_path):
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_a_key_round_trips_and_is_forgotten(plaintext_keyring):
    assert secret_store.load_api_key("gpu-box") is None
    secret_store.save_api_key("gpu-box", "sk-first")
    secret_store.save_api_key("gpu-box", "sk-second")  # replaces
    secret_store.save_api_key("other", "sk-other")
    assert secret_store.load_api_key("gpu-box") == "sk-second"
    # Kept under Lokal's service name, one entry per profile.
    assert plaintext_keyring.get_password(secret_store.SERVICE, "other") == "sk-other"
    secret_store.delete_api_key("gpu-box")
    assert secret_store.load_api_key("gpu-box") is None
    assert secret_store.load_api_key("other") == "sk-other"
    secret_store.delete_api_key("gpu-box")  # nothing left to forget: not an error


@pytest.mark.parametrize(
    "call",
    [
        lambda: secret_store.save_api_key("gpu-box", "sk-secret-value"),
        lambda: secret_store.load_api_key("gpu-box"),
        lambda: secret_store.delete_api_key("gpu-box"),
    ],
    ids=["save", "load", "delete"],
)
def test_no_keyring_is_keyring_unavailable(no_keyring, call):
    with pytest.raises(LokalError) as raised:
        call()
    assert raised.value.code == "keyring_unavailable"
    assert "No recommended backend" in raised.value.message
    assert "sk-secret-value" not in raised.value.message
