from __future__ import annotations

import pytest
from pydantic import SecretStr, ValidationError

from gateway.settings import DEV_SECRET, Settings


def test_dev_mode_accepts_default_secrets(tmp_path):
    s = Settings(home=tmp_path, mode="dev")
    assert s.db_url == f"sqlite:///{tmp_path / 'sekisho.db'}"
    assert s.vault_db_url == s.db_url


@pytest.mark.parametrize("missing", ["key_passphrase", "session_secret"])
def test_prod_mode_refuses_default_secrets(tmp_path, missing):
    kwargs = {"key_passphrase": SecretStr("k" * 32), "session_secret": SecretStr("s" * 32)}
    kwargs[missing] = SecretStr(DEV_SECRET)
    with pytest.raises(ValidationError, match=missing.upper()):
        Settings(home=tmp_path, mode="prod", **kwargs)


def test_prod_mode_refuses_memory_key_provider(tmp_path):
    with pytest.raises(ValidationError):
        Settings(
            home=tmp_path,
            mode="prod",
            key_provider="memory",
            key_passphrase=SecretStr("k" * 32),
            session_secret=SecretStr("s" * 32),
        )


def test_secrets_never_in_repr(tmp_path):
    s = Settings(home=tmp_path, key_passphrase=SecretStr("very-secret-passphrase"))
    assert "very-secret-passphrase" not in repr(s)
    assert "very-secret-passphrase" not in str(s.model_dump())


def test_env_prefix(monkeypatch, tmp_path):
    monkeypatch.setenv("SEKISHO_HOME", str(tmp_path / "h"))
    monkeypatch.setenv("SEKISHO_DATABASE_URL", "postgresql://u@127.0.0.1/x")
    s = Settings()
    assert s.home == tmp_path / "h"
    assert s.db_url == "postgresql://u@127.0.0.1/x"
