"""Alembic environment. Each domain (audit, vault, governance, store...) is its own Alembic branch with its own
``branch_labels``; ``upgrade heads`` applies them all. Migrations run programmatically through
``gateway.store.migrate.upgrade``; a connection can be passed in ``config.attributes['connection']``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import pool

from gateway.store.db import make_engine

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()
        return
    url = config.get_main_option("sqlalchemy.url")
    assert url, "sqlalchemy.url must be set"
    engine = make_engine(url, poolclass=pool.NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, render_as_batch=conn.dialect.name == "sqlite")
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
