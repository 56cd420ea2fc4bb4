"""The API server's bearer token: made once per data folder, private, renewable."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop_app.core import api_token


def test_the_token_is_made_once_and_kept(tmp_path):
    first = api_token.read_or_create_token(tmp_path)
    assert first.startswith("lokal-") and len(first) > 40
    assert api_token.read_or_create_token(tmp_path) == first
    assert (tmp_path / api_token.TOKEN_FILE).read_text(encoding="utf-8").strip() == first


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_token_file_is_readable_by_its_owner_alone(tmp_path):
    api_token.read_or_create_token(tmp_path)
    mode = stat.S_IMODE(os.stat(tmp_path / api_token.TOKEN_FILE).st_mode)
    assert mode == 0o600


def test_a_renewed_token_replaces_the_old_one(tmp_path):
    old = api_token.read_or_create_token(tmp_path)
    new = api_token.renew_token(tmp_path)
    assert new != old
    assert api_token.read_or_create_token(tmp_path) == new
    assert not api_token.tokens_match(old, new)
    assert api_token.tokens_match(new, new)


def test_an_empty_token_file_gets_a_new_token(tmp_path):
    (tmp_path / api_token.TOKEN_FILE).write_text("\n", encoding="utf-8")
    assert api_token.read_or_create_token(tmp_path).startswith("lokal-")


def test_empty_tokens_never_match():
    assert not api_token.tokens_match("", "")
    assert not api_token.tokens_match("lokal-x", "")
