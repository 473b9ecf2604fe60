"""One contract every key provider passes (after jaraco/keyring's ``keyring/testing/backend.py``), plus each
provider's own failure modes. The keyring provider runs on real file-backed keyring backends: keyrings.alt's
PlaintextKeyring and a small KeyringBackend subclass of our own that persists to a JSON file."""

from __future__ import annotations

import json
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from linkage_vault.errors import KeyNotFoundError, KeyUnavailableError, VaultError, WrongKeyError
from linkage_vault.providers import (
    EncryptedFileKeyProvider,
    KeyProvider,
    KeyringKeyProvider,
    MemoryKeyProvider,
)

FAST_SCRYPT_N = 2**12  # the contract does not test the KDF's cost; production uses 2**15


class JsonFileKeyring(KeyringBackend):
    """A real (if minimal) keyring backend: passwords in a JSON file. Not a mock: it goes through keyring's API."""

    priority = 1
    path: Path = Path("/nonexistent")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self.path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("not found")
        self.path.write_text(json.dumps(data))


class NotViableKeyring(KeyringBackend):
    """A backend that reports it cannot run here (like SecretService without D-Bus)."""

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a keyring classproperty
        raise RuntimeError("no session bus")

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("never called")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("never called")


def _plaintext_keyring(tmp_path: Path) -> Any:
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    return backend


class ProviderContract:
    """Every provider: roundtrip, isolation by name, overwrite, missing key, delete (idempotent), name rules,
    key length, no key material in repr/describe."""

    @pytest.fixture
    def make(self, tmp_path: Path) -> Callable[[], KeyProvider]:
        raise NotImplementedError

    @pytest.fixture
    def provider(self, make: Callable[[], KeyProvider]) -> KeyProvider:
        return make()

    def test_is_a_key_provider(self, provider: KeyProvider) -> None:
        assert isinstance(provider, KeyProvider)
        assert provider.kind in ("memory", "file", "keyring")

    def test_roundtrip(self, provider: KeyProvider) -> None:
        key = secrets.token_bytes(32)
        provider.set_key("sekisho/vault/abc/kek/1", key)
        assert provider.get_key("sekisho/vault/abc/kek/1") == key
        assert provider.has_key("sekisho/vault/abc/kek/1")

    def test_names_are_isolated(self, provider: KeyProvider) -> None:
        a, b = secrets.token_bytes(32), secrets.token_bytes(32)
        provider.set_key("k/a", a)
        provider.set_key("k/b", b)
        assert provider.get_key("k/a") == a
        assert provider.get_key("k/b") == b

    def test_overwrite(self, provider: KeyProvider) -> None:
        provider.set_key("k/a", secrets.token_bytes(32))
        new = secrets.token_bytes(32)
        provider.set_key("k/a", new)
        assert provider.get_key("k/a") == new

    def test_missing_key_is_key_not_found(self, provider: KeyProvider) -> None:
        assert not provider.has_key("k/missing")
        with pytest.raises(KeyNotFoundError):
            provider.get_key("k/missing")

    def test_delete_is_idempotent(self, provider: KeyProvider) -> None:
        provider.set_key("k/a", secrets.token_bytes(32))
        provider.set_key("k/b", secrets.token_bytes(32))
        assert provider.delete_key("k/a") is True
        assert provider.delete_key("k/a") is False
        with pytest.raises(KeyNotFoundError):
            provider.get_key("k/a")
        assert provider.has_key("k/b")

    @pytest.mark.parametrize("name", ["", "UPPER", "a b", "../x", "鍵", "x" * 200])
    def test_bad_names_refused(self, provider: KeyProvider, name: str) -> None:
        with pytest.raises(ValueError):
            provider.set_key(name, secrets.token_bytes(32))

    @pytest.mark.parametrize("bad", [b"", b"\x00" * 16, b"\x00" * 33])
    def test_only_32_byte_keys(self, provider: KeyProvider, bad: bytes) -> None:
        with pytest.raises(ValueError):
            provider.set_key("k/a", bad)

    def test_no_key_material_in_repr_or_describe(self, provider: KeyProvider) -> None:
        key = secrets.token_bytes(32)
        provider.set_key("k/a", key)
        text = repr(provider) + json.dumps(provider.describe())
        for form in (key.hex(), repr(key)):
            assert form not in text


class PersistentProviderContract(ProviderContract):
    """Providers that outlive the process: a fresh instance sees what another stored and deleted."""

    def test_persistence_across_instances(self, make: Callable[[], KeyProvider]) -> None:
        key = secrets.token_bytes(32)
        make().set_key("k/persist", key)
        assert make().get_key("k/persist") == key
        assert make().delete_key("k/persist") is True
        assert not make().has_key("k/persist")


class TestMemoryProvider(ProviderContract):
    @pytest.fixture
    def make(self, tmp_path: Path) -> Callable[[], KeyProvider]:
        shared = MemoryKeyProvider()
        return lambda: shared


class TestEncryptedFileProvider(PersistentProviderContract):
    @pytest.fixture
    def make(self, tmp_path: Path) -> Callable[[], KeyProvider]:
        return lambda: EncryptedFileKeyProvider(tmp_path / "keys", "correct horse battery", scrypt_n=FAST_SCRYPT_N)


class TestKeyringProviderPlaintextKeyring(PersistentProviderContract):
    @pytest.fixture
    def make(self, tmp_path: Path) -> Callable[[], KeyProvider]:
        return lambda: KeyringKeyProvider(_plaintext_keyring(tmp_path))


class TestKeyringProviderOwnBackend(PersistentProviderContract):
    @pytest.fixture
    def make(self, tmp_path: Path) -> Callable[[], KeyProvider]:
        def _make() -> KeyProvider:
            backend = JsonFileKeyring()
            backend.path = tmp_path / "ring.json"
            return KeyringKeyProvider(backend)

        return _make


# -- encrypted file provider specifics ---------------------------------------------------------------------


def test_file_provider_wrong_passphrase_is_wrong_key_not_missing(tmp_path: Path) -> None:
    EncryptedFileKeyProvider(tmp_path, "right", scrypt_n=FAST_SCRYPT_N).set_key("k/a", secrets.token_bytes(32))
    wrong = EncryptedFileKeyProvider(tmp_path, "wrong", scrypt_n=FAST_SCRYPT_N)
    with pytest.raises(WrongKeyError):
        wrong.get_key("k/a")
    with pytest.raises(WrongKeyError):
        wrong.set_key("k/b", secrets.token_bytes(32))  # never silently creates a second key space


def test_file_provider_files_are_private_and_hold_no_plaintext(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    p = EncryptedFileKeyProvider(tmp_path / "keys", "pw", scrypt_n=FAST_SCRYPT_N)
    p.set_key("sekisho/vault/v1/kek/1", key)
    assert stat.S_IMODE(os.stat(tmp_path / "keys").st_mode) == 0o700
    files = list((tmp_path / "keys").iterdir())
    assert len(files) == 2
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
        raw = f.read_bytes()
        assert key not in raw
        assert key.hex().encode() not in raw
        assert b"sekisho/vault" not in raw  # file names and contents do not even show the key's name


def test_file_provider_tampered_key_file_is_detected(tmp_path: Path) -> None:
    p = EncryptedFileKeyProvider(tmp_path, "pw", scrypt_n=FAST_SCRYPT_N)
    p.set_key("k/a", secrets.token_bytes(32))
    p.set_key("k/b", secrets.token_bytes(32))
    files = {f.name: f for f in tmp_path.glob("*.key")}
    a_file = p._path("k/a")
    b_file = p._path("k/b")
    assert a_file.name in files and b_file.name in files
    a_file.write_bytes(b_file.read_bytes())  # swap one key file's content for another's
    with pytest.raises(WrongKeyError):
        p.get_key("k/a")


def test_file_provider_needs_a_passphrase(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailableError):
        EncryptedFileKeyProvider(tmp_path, "")


# -- keyring provider: pinned backends only, fail closed -----------------------------------------------------


def test_keyring_provider_refuses_no_backend() -> None:
    with pytest.raises(KeyUnavailableError):
        KeyringKeyProvider(None)
    with pytest.raises(KeyUnavailableError):
        KeyringKeyProvider.from_class_path(None)
    with pytest.raises(KeyUnavailableError):
        KeyringKeyProvider.from_class_path("")


@pytest.mark.parametrize(
    "path",
    [
        "keyring.backends.fail.Keyring",
        "keyring.backends.chainer.ChainerBackend",
        "keyring.backends.null.Keyring",
        "no.such.module.Backend",
        "keyring.backends.fail.NoSuchClass",
    ],
)
def test_keyring_provider_fails_closed_on_unusable_pins(path: str) -> None:
    with pytest.raises(KeyUnavailableError) as exc:
        KeyringKeyProvider.from_class_path(path)
    assert exc.value.code == "key_unavailable"


def test_keyring_provider_refuses_a_backend_that_is_not_viable_here() -> None:
    with pytest.raises(KeyUnavailableError):
        KeyringKeyProvider(NotViableKeyring())


def test_keyring_provider_refuses_non_backends() -> None:
    with pytest.raises(KeyUnavailableError):
        KeyringKeyProvider(object())


def test_keyring_provider_by_class_path_uses_exactly_that_backend(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # keyring's own mechanism for configuring a backend's properties from the environment
    monkeypatch.setenv("KEYRING_PROPERTY_FILE_PATH", str(tmp_path / "pinned.cfg"))
    provider = KeyringKeyProvider.from_class_path("keyrings.alt.file.PlaintextKeyring")
    assert provider.describe()["backend"] == "keyrings.alt.file.PlaintextKeyring"
    key = secrets.token_bytes(32)
    provider.set_key("k/a", key)
    assert (tmp_path / "pinned.cfg").exists()
    assert KeyringKeyProvider.from_class_path("keyrings.alt.file.PlaintextKeyring").get_key("k/a") == key


def test_keyring_entry_tampering_is_detected(tmp_path: Path) -> None:
    backend = JsonFileKeyring()
    backend.path = tmp_path / "ring.json"
    provider = KeyringKeyProvider(backend)
    provider.set_key("k/a", secrets.token_bytes(32))
    version, _b64, kcv = backend.get_password("sekisho-vault", "k/a").split(":")  # type: ignore[union-attr]
    import base64

    backend.set_password("sekisho-vault", "k/a", f"{version}:{base64.b64encode(bytes(32)).decode()}:{kcv}")
    with pytest.raises(WrongKeyError):
        provider.get_key("k/a")
    backend.set_password("sekisho-vault", "k/a", "garbage")
    with pytest.raises(KeyUnavailableError):
        provider.get_key("k/a")


def test_provider_errors_are_safe(tmp_path: Path) -> None:
    p = EncryptedFileKeyProvider(tmp_path, "secret-passphrase", scrypt_n=FAST_SCRYPT_N)
    try:
        p.get_key("k/none")
    except VaultError as exc:
        d = exc.diagnostics()
        assert d["error"] == "key_not_found"
        assert "secret-passphrase" not in json.dumps(d) + str(exc)
        assert exc.__cause__ is None
