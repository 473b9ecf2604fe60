"""``sekisho db``: schema migrations."""

from __future__ import annotations

import typer

app = typer.Typer(help="Database schema (Alembic migrations).", no_args_is_help=True)


@app.command("upgrade")
def upgrade_cmd() -> None:
    """Apply every migration branch up to its head on the configured database."""
    from gateway.settings import get_settings
    from gateway.store.db import make_engine
    from gateway.store.migrate import current_heads, upgrade

    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    upgrade(engine)
    typer.echo(f"database at head: {', '.join(sorted(current_heads(engine))) or '(no migrations)'}")
