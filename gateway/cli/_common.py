"""Helpers shared by the CLI command groups (heavy imports stay inside the functions)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from sqlmodel import Session


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` (never PHI) on stderr and return the Exit to raise."""
    typer.echo(message, err=True)
    return typer.Exit(code)


@contextmanager
def db_session() -> Iterator[Session]:
    """A session on the configured database, migrated to the heads; commits on success (``session_scope``)."""
    from gateway.settings import get_settings
    from gateway.store.db import make_engine, session_scope
    from gateway.store.migrate import upgrade

    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    try:
        upgrade(engine)
        with session_scope(engine) as session:
            yield session
    finally:
        engine.dispose()
