"""Test helper for the web console: the real app (``gateway.api.app.create_app``, which mounts the console), a
settable clock, console users, login through the real forms, and a uvicorn server on a free port for Chromium."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from gateway.settings import Settings

PASSWORD = "correct horse battery staple"
BASE_URL = "http://testserver"
_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Clock:
    """A settable clock the console and the services share (TOTP steps, sessions, throttling windows)."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def csrf_of(html: str) -> str:
    m = _CSRF.search(html)
    assert m, "no CSRF token on the page"
    return m.group(1)


@dataclass
class ConsoleEnv:
    app: FastAPI
    settings: Settings
    engine: Engine
    clock: Clock
    secrets: dict[str, str] = field(default_factory=dict)  # username -> TOTP secret

    def add_user(self, username: str, role: str, password: str = PASSWORD) -> str | None:
        from gateway.store.db import session_scope
        from gateway.web.accounts import add_user
        from policies.states import Role

        with session_scope(self.engine) as s:
            _, secret = add_user(
                s, username=username, role=Role(role), password=password, created_by="admin:test", now=self.clock()
            )
        if secret:
            self.secrets[username] = secret
        return secret

    def totp(self, username: str) -> str:
        from gateway.web.totp import totp

        self.clock.advance(30)  # a fresh step: each step is accepted once
        return totp(self.secrets[username], self.clock())

    def client(self) -> TestClient:
        return TestClient(self.app, base_url=BASE_URL, raise_server_exceptions=True)

    def login(self, http: TestClient, username: str, password: str = PASSWORD) -> Any:
        page = http.get("/console/login")
        r = http.post(
            "/console/login",
            data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
            follow_redirects=False,
        )
        if r.status_code == 303 and r.headers["location"].endswith("/login/totp"):
            page = http.get("/console/login/totp")
            r = http.post(
                "/console/login/totp",
                data={"code": self.totp(username), "csrf_token": csrf_of(page.text)},
                follow_redirects=False,
            )
        return r

    def audit_text(self) -> str:
        import sqlalchemy as sa

        from audit.store import audit_events

        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(audit_events)).all()
        return "\n".join(" ".join(str(v) for v in r) for r in rows)


def make_settings(home: Path, db_url: str) -> Settings:
    return Settings(home=home, database_url=db_url, key_provider="memory", mode="dev")


@contextmanager
def console_env(home: Path, db_url: str, *, clock: Clock | None = None) -> Iterator[ConsoleEnv]:
    from gateway.api.app import create_app
    from gateway.api.config import ApiSettings
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade

    settings = make_settings(home, db_url)
    settings.ensure_dirs()
    engine = make_engine(db_url)
    upgrade(engine)
    clock = clock or Clock()
    app = create_app(settings, ApiSettings(rate_burst=10_000, token_rate_burst=10_000), engine=engine, clock=clock)
    try:
        yield ConsoleEnv(app, settings, engine, clock)
    finally:
        engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free port; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", access_log=False)
    )
    thread = threading.Thread(target=server.run, name="console-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
