"""Runtime settings (pydantic-settings). Environment variables use the ``SEKISHO_`` prefix.

Embedded defaults: everything lives under ``$SEKISHO_HOME`` (SQLite database, research store, keys in dev
mode). Outside dev mode every secret must be set explicitly: the development defaults are refused.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEV_SECRET = "dev-only-insecure-secret"  # noqa: S105 - the sentinel that prod mode refuses


def _default_home() -> Path:
    return Path.home() / ".sekisho"


class InsecureSettingsError(ValueError):
    """A development default was found where production settings are required."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SEKISHO_", extra="ignore")

    home: Path = Field(default_factory=_default_home, description="SEKISHO_HOME: root of all local state")
    mode: Literal["dev", "prod"] = "dev"
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; default sqlite under SEKISHO_HOME")
    vault_database_url: str | None = Field(
        default=None, description="The vault may live in a separate database; default: database_url"
    )
    key_provider: Literal["file", "keyring", "memory"] = "file"
    keyring_backend: str | None = Field(
        default=None, description="Fully qualified keyring backend class; never auto-selected"
    )
    key_passphrase: SecretStr = SecretStr(DEV_SECRET)
    session_secret: SecretStr = SecretStr(DEV_SECRET)
    policy_file: Path | None = None
    workers: int = Field(default=1, ge=1)
    engine: Literal["local", "ray"] = "local"
    ray_address: str | None = Field(default=None, description="Ray cluster for engine=ray; default: a local one")
    blob_url: str | None = Field(
        default=None, description="s3://bucket[/prefix] for the research store and releases; default: local dirs"
    )
    s3_endpoint_url: str | None = Field(default=None, description="S3-compatible endpoint; default: AWS")

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> Settings:
        if self.mode != "dev":
            for name in ("key_passphrase", "session_secret"):
                value: SecretStr = getattr(self, name)
                if value.get_secret_value() in ("", DEV_SECRET):
                    raise InsecureSettingsError(f"SEKISHO_{name.upper()} must be set to a real secret outside dev mode")
            if self.key_provider == "memory":
                raise InsecureSettingsError("the in-memory key provider is for tests and dev mode only")
        return self

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'sekisho.db'}"

    @property
    def vault_db_url(self) -> str:
        return self.vault_database_url or self.db_url

    @property
    def store_dir(self) -> Path:
        """De-identified research store."""
        return self.home / "store"

    @property
    def staging_dir(self) -> Path:
        """Private in-flight staging for identified input; emptied after processing."""
        return self.home / "staging"

    @property
    def quarantine_dir(self) -> Path:
        return self.home / "quarantine"

    @property
    def releases_dir(self) -> Path:
        return self.home / "releases"

    @property
    def keys_dir(self) -> Path:
        return self.home / "keys"

    def ensure_dirs(self) -> None:
        for d in (self.home, self.store_dir, self.staging_dir, self.quarantine_dir, self.releases_dir):
            d.mkdir(parents=True, exist_ok=True)
        self.keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
