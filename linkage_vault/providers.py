"""Key providers: where the vault's key-encryption key (KEK) lives.

One protocol, three providers, one contract test suite (``tests/unit/test_vault_providers.py``):
- ``KeyringKeyProvider``: an explicitly pinned ``keyring`` backend (a class path or an instance). Never
  ``keyring.get_keyring()``'s auto-selection; no backend, the fail backend, the chainer, or a backend that is not
  viable here all fail closed with ``KeyUnavailableError``.
- ``EncryptedFileKeyProvider``: one AES-GCM file per key under a directory (mode 0700), the file key derived with
  scrypt from ``SEKISHO_KEY_PASSPHRASE``; a wrong passphrase is ``WrongKeyError``, not a missing key. For
  headless servers. Exclude the directory from backups: crypto-shredding relies on deleted key files being gone.
- ``MemoryKeyProvider``: a dict, for tests and dev mode (settings refuse it in prod).

Every stored key carries its key-check value, verified on every read.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import json
import os
import re
import secrets
import tempfile
import threading
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from linkage_vault import _crypto
from linkage_vault.errors import IntegrityError, KeyNotFoundError, KeyUnavailableError, WrongKeyError

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._/-]{0,127}$")


def check_key_name(name: str) -> str:
    if not _NAME_RE.match(name):
        raise ValueError("key names are 1-128 characters of [a-z0-9._/-]")
    return name


def _check_key_bytes(key: bytes) -> bytes:
    if not isinstance(key, bytes) or len(key) != _crypto.KEY_BYTES:
        raise ValueError("keys are 32 bytes")
    return key


@runtime_checkable
class KeyProvider(Protocol):
    """Stores named 32-byte keys. ``get_key`` raises ``KeyNotFoundError`` for a missing key,
    ``KeyUnavailableError`` when the store cannot be used, ``WrongKeyError`` when it cannot be unlocked."""

    kind: str

    def get_key(self, name: str) -> bytes: ...

    def set_key(self, name: str, key: bytes) -> None: ...

    def delete_key(self, name: str) -> bool:
        """Destroy the key; True if it existed. Idempotent."""
        ...

    def has_key(self, name: str) -> bool: ...

    def describe(self) -> dict[str, str]:
        """Safe description (kind, backend, location); never key material."""
        ...


class MemoryKeyProvider:
    kind = "memory"

    def __init__(self) -> None:
        self._keys: dict[str, tuple[bytes, str]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryKeyProvider(<{len(self._keys)} keys>)"

    def get_key(self, name: str) -> bytes:
        check_key_name(name)
        with self._lock:
            item = self._keys.get(name)
        if item is None:
            raise KeyNotFoundError()
        key, kcv = item
        _crypto.verify_key(key, kcv, what="stored key")
        return key

    def set_key(self, name: str, key: bytes) -> None:
        check_key_name(name)
        _check_key_bytes(key)
        with self._lock:
            self._keys[name] = (key, _crypto.key_check_value(key))

    def delete_key(self, name: str) -> bool:
        check_key_name(name)
        with self._lock:
            return self._keys.pop(name, None) is not None

    def has_key(self, name: str) -> bool:
        check_key_name(name)
        with self._lock:
            return name in self._keys

    def describe(self) -> dict[str, str]:
        return {"kind": self.kind}


class EncryptedFileKeyProvider:
    """Keys in ``directory``: ``kdf.json`` (scrypt salt and parameters, and the check value of the file key) and
    one ``<sha256(name)>.key`` JSON file per key (AES-GCM under the file key, the name as associated data)."""

    kind = "file"
    DEFAULT_SCRYPT_N = 2**15

    def __init__(self, directory: Path, passphrase: str | bytes, *, scrypt_n: int | None = None) -> None:
        pw = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
        if not pw:
            raise KeyUnavailableError("the encrypted-file key provider needs a passphrase (SEKISHO_KEY_PASSPHRASE)")
        self._dir = Path(directory)
        self._passphrase = pw
        self._scrypt_n = scrypt_n or self.DEFAULT_SCRYPT_N
        self._file_key: bytes | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"EncryptedFileKeyProvider(directory={str(self._dir)!r})"

    def describe(self) -> dict[str, str]:
        return {"kind": self.kind, "directory": str(self._dir)}

    # -- file key ---------------------------------------------------------------------------------------------
    def _kdf_path(self) -> Path:
        return self._dir / "kdf.json"

    def _key(self, *, create: bool) -> bytes:
        with self._lock:
            if self._file_key is not None:
                return self._file_key
            path = self._kdf_path()
            if not path.exists():
                if not create:
                    raise KeyNotFoundError()
                self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
                salt = secrets.token_bytes(16)
                key = _crypto.scrypt_key(self._passphrase, salt, n=self._scrypt_n)
                meta = {
                    "format": "sekisho-keydir-v1",
                    "kdf": "scrypt",
                    "n": self._scrypt_n,
                    "r": 8,
                    "p": 1,
                    "salt": base64.b64encode(salt).decode(),
                    "kcv": _crypto.key_check_value(key),
                }
                _atomic_write(path, json.dumps(meta).encode())
            else:
                try:
                    meta = json.loads(path.read_bytes())
                    salt = base64.b64decode(meta["salt"])
                    key = _crypto.scrypt_key(
                        self._passphrase, salt, n=int(meta["n"]), r=int(meta["r"]), p=int(meta["p"])
                    )
                except (OSError, ValueError, KeyError, TypeError):
                    raise KeyUnavailableError("the key directory's kdf.json is unreadable") from None
                if _crypto.key_check_value(key) != meta.get("kcv"):
                    raise WrongKeyError("the key passphrase does not open this key directory")
            self._file_key = key
            return key

    def _path(self, name: str) -> Path:
        return self._dir / (hashlib.sha256(check_key_name(name).encode()).hexdigest()[:40] + ".key")

    # -- protocol ---------------------------------------------------------------------------------------------
    def get_key(self, name: str) -> bytes:
        path = self._path(name)
        file_key = self._key(create=False)
        try:
            doc = json.loads(path.read_bytes())
        except FileNotFoundError:
            raise KeyNotFoundError() from None
        except (OSError, ValueError):
            raise KeyUnavailableError("a key file is unreadable") from None
        try:
            blob = base64.b64decode(doc["ct"])
            kcv = str(doc["kcv"])
        except (KeyError, TypeError, ValueError):
            raise KeyUnavailableError("a key file is malformed") from None
        try:
            key = _crypto.unwrap_key(file_key, blob, _aad(name))
        except IntegrityError:
            raise WrongKeyError("a key file cannot be decrypted with this passphrase") from None
        _crypto.verify_key(key, kcv, what="stored key")
        return key

    def set_key(self, name: str, key: bytes) -> None:
        _check_key_bytes(key)
        path = self._path(name)
        file_key = self._key(create=True)
        doc = {
            "format": "sekisho-key-v1",
            "ct": base64.b64encode(_crypto.wrap_key(file_key, key, _aad(name))).decode(),
            "kcv": _crypto.key_check_value(key),
        }
        _atomic_write(path, json.dumps(doc).encode())

    def delete_key(self, name: str) -> bool:
        path = self._path(name)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return False
        # best effort overwrite before unlink; the content is ciphertext under the passphrase-derived key anyway
        with open(path, "r+b") as fh:
            fh.write(secrets.token_bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
        _fsync_dir(self._dir)
        return True

    def has_key(self, name: str) -> bool:
        return self._path(name).exists()


def _aad(name: str) -> bytes:
    return b"sekisho key file v1\x00" + name.encode()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".key")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring",  # the "no backend" backend
    "keyring.backends.chainer.ChainerBackend",  # auto-selection in disguise
    "keyring.backends.null.Keyring",  # silently stores nothing
}


class KeyringKeyProvider:
    """Keys stored as passwords (``v1:<base64 key>:<kcv>``) of ``service`` in one explicitly pinned backend."""

    kind = "keyring"

    def __init__(self, backend: Any, *, service: str = "sekisho-vault") -> None:
        from keyring.backend import KeyringBackend

        if backend is None:
            raise KeyUnavailableError("no keyring backend is pinned (set SEKISHO_KEYRING_BACKEND); refusing to guess")
        if not isinstance(backend, KeyringBackend):
            raise KeyUnavailableError("the pinned keyring backend is not a keyring backend")
        cls = type(backend)
        qualname = f"{cls.__module__}.{cls.__qualname__}"
        if qualname in _REFUSED_BACKENDS:
            raise KeyUnavailableError("the pinned keyring backend cannot hold keys", backend=qualname)
        if not cls.viable:
            raise KeyUnavailableError("the pinned keyring backend is not usable on this host", backend=qualname)
        self._backend = backend
        self._qualname = qualname
        self._service = service

    @classmethod
    def from_class_path(cls, class_path: str | None, *, service: str = "sekisho-vault") -> KeyringKeyProvider:
        """Instantiate the backend named by a fully qualified class path (``package.module.Class``)."""
        if not class_path:
            raise KeyUnavailableError("no keyring backend is pinned (set SEKISHO_KEYRING_BACKEND); refusing to guess")
        module_name, _, class_name = class_path.rpartition(".")
        try:
            backend_cls = getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError, ValueError):
            raise KeyUnavailableError("the pinned keyring backend cannot be imported", backend=class_path) from None
        if f"{backend_cls.__module__}.{backend_cls.__qualname__}" in _REFUSED_BACKENDS:
            raise KeyUnavailableError("the pinned keyring backend cannot hold keys", backend=class_path)
        try:
            viable = bool(backend_cls.viable)
        except Exception:
            viable = False
        if not viable:
            raise KeyUnavailableError("the pinned keyring backend is not usable on this host", backend=class_path)
        return cls(backend_cls(), service=service)

    def __repr__(self) -> str:
        return f"KeyringKeyProvider(backend={self._qualname!r})"

    def describe(self) -> dict[str, str]:
        return {"kind": self.kind, "backend": self._qualname, "service": self._service}

    def _call(self, fn: str, *args: str) -> Any:
        from keyring.errors import KeyringError

        try:
            return getattr(self._backend, fn)(self._service, *args)
        except KeyringError:
            raise KeyUnavailableError(
                "the pinned keyring backend refused the operation", backend=self._qualname
            ) from None
        except OSError:
            raise KeyUnavailableError("the pinned keyring backend's storage failed", backend=self._qualname) from None

    def get_key(self, name: str) -> bytes:
        value = self._call("get_password", check_key_name(name))
        if value is None:
            raise KeyNotFoundError()
        try:
            version, b64, kcv = str(value).split(":")
            key = base64.b64decode(b64, validate=True)
        except ValueError:
            raise KeyUnavailableError("a keyring entry is malformed") from None
        if version != "v1" or len(key) != _crypto.KEY_BYTES:
            raise KeyUnavailableError("a keyring entry is malformed")
        _crypto.verify_key(key, kcv, what="stored key")
        return key

    def set_key(self, name: str, key: bytes) -> None:
        _check_key_bytes(key)
        value = f"v1:{base64.b64encode(key).decode()}:{_crypto.key_check_value(key)}"
        self._call("set_password", check_key_name(name), value)

    def delete_key(self, name: str) -> bool:
        from keyring.errors import PasswordDeleteError

        if not self.has_key(name):
            return False
        try:
            self._backend.delete_password(self._service, name)
        except PasswordDeleteError:
            return False
        except Exception:
            raise KeyUnavailableError(
                "the pinned keyring backend could not delete a key", backend=self._qualname
            ) from None
        return True

    def has_key(self, name: str) -> bool:
        return self._call("get_password", check_key_name(name)) is not None
