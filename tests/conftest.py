"""Shared fixtures. Real services only: PostgreSQL on 127.0.0.1:5432 (trust auth), SQLite files under tmp."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

PG_ADMIN_DSN = os.environ.get("SEKISHO_TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres")

# No test may reach the network: block HF hub / spaCy / tldextract downloads process-wide.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.fspath)).parts
        for kind in ("unit", "integration", "property"):
            if kind in parts:
                item.add_marker(getattr(pytest.mark, kind))


@pytest.fixture(scope="session")
def pg_admin_dsn() -> str:
    try:
        with psycopg.connect(PG_ADMIN_DSN, connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:  # fail loudly: PostgreSQL is part of the test contract
        pytest.fail(f"PostgreSQL is required at {PG_ADMIN_DSN}: {exc}")
    return PG_ADMIN_DSN


@pytest.fixture
def pg_url(pg_admin_dsn: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    name = f"sekisho_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_admin_dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = pg_admin_dsn.rsplit("/", 1)[0]
    try:
        yield f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"
    finally:
        with psycopg.connect(pg_admin_dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sekisho.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same repository test runs on both supported databases."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sekisho.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def sekisho_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated SEKISHO_HOME in dev mode."""
    home = tmp_path / "home"
    monkeypatch.setenv("SEKISHO_HOME", str(home))
    monkeypatch.setenv("SEKISHO_MODE", "dev")
    from gateway.settings import get_settings

    get_settings.cache_clear()
    yield home
    get_settings.cache_clear()


@pytest.fixture
def engine(db_url: str) -> Iterator[object]:
    """An engine on ``db_url`` (both databases), disposed after the test so no connection leaks."""
    from gateway.store.db import make_engine

    eng = make_engine(db_url)
    try:
        yield eng
    finally:
        eng.dispose()
