"""The linkage vault as configured by ``gateway.settings.Settings``.

- key provider (``SEKISHO_KEY_PROVIDER``): ``file`` = encrypted key directory ``$SEKISHO_HOME/keys/vault`` under
  ``SEKISHO_KEY_PASSPHRASE``; ``keyring`` = the backend class named by ``SEKISHO_KEYRING_BACKEND`` (never
  auto-selected; unset or unusable fails closed); ``memory`` = process-local, dev mode and tests only (settings
  refuse it in prod; its keys die with the process).
- database: ``SEKISHO_VAULT_DATABASE_URL`` (default: the main database), migrated on first use.

Engines: every function takes an optional ``engine`` (the caller's, which the caller disposes). Without one it
makes its own and disposes it before returning, so no pooled connection outlives the call (PostgreSQL keeps a
server process per connection). A :class:`Vault` returned by :func:`init_vault` or :func:`open_vault` on such an
engine stays usable: it opens fresh connections on demand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy.engine import Engine

from gateway.settings import InsecureSettingsError, Settings, get_settings
from gateway.store.db import make_engine
from gateway.store.migrate import upgrade
from linkage_vault.errors import VaultDestroyedError
from linkage_vault.providers import EncryptedFileKeyProvider, KeyProvider, KeyringKeyProvider, MemoryKeyProvider
from linkage_vault.vault import Vault, VaultStatus, destroy_project

DEFAULT_PROJECT = "default"

_memory_provider: MemoryKeyProvider | None = None


def key_provider(settings: Settings | None = None) -> KeyProvider:
    """The configured key provider. Fails closed: no guessing of keyring backends, no memory provider in prod."""
    global _memory_provider  # noqa: PLW0603 - one process-wide in-memory provider, like an unlocked keyring
    settings = settings or get_settings()
    if settings.key_provider == "memory":
        if settings.mode != "dev":
            raise InsecureSettingsError("the in-memory key provider is for tests and dev mode only")
        if _memory_provider is None:
            _memory_provider = MemoryKeyProvider()
        return _memory_provider
    if settings.key_provider == "keyring":
        return KeyringKeyProvider.from_class_path(settings.keyring_backend)
    return EncryptedFileKeyProvider(settings.keys_dir / "vault", settings.key_passphrase.get_secret_value())


def vault_engine(settings: Settings | None = None, *, migrate: bool = True) -> Engine:
    """Engine on the vault's database, with every migration branch applied (the vault audits into it)."""
    settings = settings or get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.vault_db_url)
    if migrate:
        upgrade(engine)
    return engine


@contextmanager
def _engine(settings: Settings, engine: Engine | None) -> Iterator[Engine]:
    """The caller's engine as is, or a fresh one that is disposed on the way out."""
    if engine is not None:
        yield engine
        return
    own = vault_engine(settings)
    try:
        yield own
    finally:
        own.dispose()


def init_vault(
    settings: Settings | None = None,
    project: str = DEFAULT_PROJECT,
    *,
    threshold: int = 2,
    shares: int = 3,
    actor: str = "system",
    provider: KeyProvider | None = None,
    engine: Engine | None = None,
) -> tuple[Vault, list[str]]:
    settings = settings or get_settings()
    with _engine(settings, engine) as e:
        return Vault.init(
            e,
            provider or key_provider(settings),
            project,
            threshold=threshold,
            shares=shares,
            actor=actor,
        )


def open_vault(
    settings: Settings | None = None,
    project: str = DEFAULT_PROJECT,
    *,
    provider: KeyProvider | None = None,
    engine: Engine | None = None,
) -> Vault:
    settings = settings or get_settings()
    with _engine(settings, engine) as e:
        return Vault.open(e, provider or key_provider(settings), project)


def vault_status(
    settings: Settings | None = None, project: str = DEFAULT_PROJECT, *, engine: Engine | None = None
) -> VaultStatus:
    settings = settings or get_settings()
    with _engine(settings, engine) as e:
        return Vault.status_of(e, project)


def destroy_vault(
    settings: Settings | None = None,
    project: str = DEFAULT_PROJECT,
    *,
    reason: str,
    actor: str,
    provider: KeyProvider | None = None,
    engine: Engine | None = None,
) -> None:
    """Crypto-shred the project's vault. Needs no working key (a lost or wrong key must not block destruction)."""
    settings = settings or get_settings()
    with _engine(settings, engine) as e:
        destroy_project(e, provider or key_provider(settings), project, reason, actor=actor)


def destroy_if_due(
    settings: Settings | None = None,
    project: str = DEFAULT_PROJECT,
    *,
    today: date,
    destruction_date: date | None,
    actor: str = "system",
    provider: KeyProvider | None = None,
) -> bool:
    """The scheduled job: destroy on or after the protocol's destruction date (``policy.linkage``). True when it
    destroyed the vault now; False when not due or already destroyed."""
    if destruction_date is None or today < destruction_date:
        return False
    try:
        destroy_vault(
            settings,
            project,
            reason=f"scheduled destruction date {destruction_date.isoformat()} reached",
            actor=actor,
            provider=provider,
        )
    except VaultDestroyedError:
        return False
    return True
