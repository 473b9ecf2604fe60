"""The release signing key: encrypted 0600 file created in dev mode only, refused when readable by others or under
another passphrase; or a seed in the configured keyring backend."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gateway.release import signing
from gateway.settings import Settings


def test_file_key_dev_creation_permissions_and_passphrase(tmp_path: Path) -> None:
    dev = Settings(home=tmp_path / "h", mode="dev", key_provider="file")
    key = signing.load_signing_key(dev)
    path = signing.key_path(dev)
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    assert signing.public_hex(signing.load_signing_key(dev)) == signing.public_hex(key)  # stable across loads
    other = Settings(home=tmp_path / "h", mode="dev", key_provider="file", key_passphrase="another-passphrase")
    with pytest.raises(signing.SigningKeyError):
        signing.load_signing_key(other)
    os.chmod(path, 0o644)
    with pytest.raises(signing.SigningKeyError):
        signing.load_signing_key(dev)


def test_prod_never_creates_a_key(tmp_path: Path) -> None:
    prod = Settings(home=tmp_path / "p", mode="prod", key_provider="file", key_passphrase="x" * 20,
                    session_secret="y" * 20)  # fmt: skip
    with pytest.raises(signing.SigningKeyError):
        signing.load_signing_key(prod)
    assert not signing.key_path(prod).exists()


def test_keyring_provider_holds_the_seed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEYRING_PROPERTY_FILE_PATH", str(tmp_path / "ring.cfg"))
    s = Settings(home=tmp_path / "k", mode="dev", key_provider="keyring",
                 keyring_backend="keyrings.alt.file.PlaintextKeyring")  # fmt: skip
    key = signing.load_signing_key(s)
    assert signing.public_hex(signing.load_signing_key(s)) == signing.public_hex(key)
    assert not signing.key_path(s).exists() and (tmp_path / "ring.cfg").exists()
    failing = Settings(home=tmp_path / "k", mode="dev", key_provider="keyring",
                       keyring_backend="keyring.backends.fail.Keyring")  # fmt: skip
    with pytest.raises(signing.SigningKeyError):
        signing.load_signing_key(failing)
