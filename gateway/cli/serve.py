"""``sekisho serve``: the API (and the web console when installed) under uvicorn.

Migrates the database first. Serve TLS directly (``--tls-cert/--tls-key``) or behind a TLS-terminating proxy on
loopback; set ``SEKISHO_API_PUBLIC_URL`` to the external URL (the audience of client assertions). Rate limits are
per process: with ``--workers N`` each worker keeps its own buckets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(help="Serve the HTTP API (and the web console) with uvicorn.")
SINGLE_COMMAND = True

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})


@app.command("serve")
def serve_cmd(
    *,
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to bind.")] = 8000,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Worker processes (default: SEKISHO_WORKERS).")
    ] = None,
    tls_cert: Annotated[Path | None, typer.Option("--tls-cert", help="PEM certificate chain for HTTPS.")] = None,
    tls_key: Annotated[Path | None, typer.Option("--tls-key", help="PEM private key for HTTPS.")] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn log level.")] = "info",
) -> None:
    """Serve the API on HOST:PORT (loopback by default). Refuses a non-loopback address without TLS outside dev
    mode."""
    import uvicorn

    from gateway.settings import get_settings
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade

    if (tls_cert is None) != (tls_key is None):
        typer.echo("--tls-cert and --tls-key go together", err=True)
        raise typer.Exit(2)
    settings = get_settings()
    if host not in LOOPBACK and tls_cert is None:
        if settings.mode != "dev":
            typer.echo("refusing to serve plain HTTP on a non-loopback address outside dev mode", err=True)
            raise typer.Exit(2)
        typer.echo("warning: plain HTTP on a non-loopback address (dev mode)", err=True)
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    uvicorn.run(
        "gateway.api.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers or settings.workers,
        ssl_certfile=str(tls_cert) if tls_cert else None,
        ssl_keyfile=str(tls_key) if tls_key else None,
        log_level=log_level,
        server_header=False,
        proxy_headers=True,
    )
