"""API keys of model servers, kept in the operating system's keyring, never in settings.toml.

One entry per provider profile: service SERVICE, user name the profile's name. `keyring` picks
the platform's store (macOS Keychain, Windows Credential Locker, Secret Service or KWallet on
Linux); PYTHON_KEYRING_BACKEND overrides it (tests use keyrings.alt's PlaintextKeyring in a
temporary folder). `keyring` is imported only here, on first use: not on the window's start-up
path. Any failure of the keyring (no backend, a locked or refusing one) is one error,
keyring_unavailable, whose detail never holds the key.
"""

from __future__ import annotations

from desktop_app.core.errors import LokalError

SERVICE = "lokal"


def save_api_key(profile: str, key: str) -> None:
    """Keep `key` for `profile`, replacing the one kept before."""
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, profile, key)
    except Exception as error:  # a backend's own failures too: D-Bus gone, a locked store
        raise _unavailable(error) from None


def load_api_key(profile: str) -> str | None:
    """The key kept for `profile`; None when none is."""
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, profile)
    except Exception as error:  # a backend's own failures too: D-Bus gone, a locked store
        raise _unavailable(error) from None


def delete_api_key(profile: str) -> None:
    """Forget `profile`'s key; nothing to forget is not an error."""
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, profile)
    except keyring.errors.PasswordDeleteError:
        return  # no key was kept (every backend says so with this error)
    except Exception as error:  # a backend's own failures too: D-Bus gone, a locked store
        raise _unavailable(error) from None


def _keyring():
    try:
        import keyring
        import keyring.errors
    except ImportError as error:  # a broken installation: told like a missing backend
        raise LokalError("keyring_unavailable", detail=str(error)) from None
    return keyring


def _unavailable(error: BaseException) -> LokalError:
    # The backends' messages name the backend and what failed, never the secret.
    detail = str(error) or type(error).__name__
    return LokalError("keyring_unavailable", detail=detail)
