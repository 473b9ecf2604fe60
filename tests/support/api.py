"""Test helper for the HTTP API: an app on a migrated database, registered clients and their tokens.

Everything is real: the app factory, the database (SQLite or PostgreSQL), the private_key_jwt exchange."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from gateway.api.assertion import client_assertion
from gateway.api.config import ApiSettings
from gateway.settings import Settings

BASE_URL = "http://testserver"
TOKEN_URL = BASE_URL + "/oauth/token"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@dataclass
class ApiEnv:
    app: FastAPI
    http: TestClient
    engine: Engine
    settings: Settings
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    clock: Callable[[], datetime] | None = None  # the app's clock: assertions are dated by it

    def register(self, client_id: str, role: str, recipient: str | None = None, alg: str = "EdDSA") -> dict[str, Any]:
        from gateway.services.clients import add_client, generate_key
        from gateway.store.db import session_scope
        from policies.states import Role

        private, public = generate_key(alg)
        with session_scope(self.engine) as s:
            add_client(s, client_id=client_id, role=Role(role), recipient=recipient, jwk=public,
                       actor="user:admin-1", now=datetime.now(UTC))  # fmt: skip
        self.keys[client_id] = private
        return private

    def token_response(self, client_id: str, **kw: Any) -> Any:
        jwk = kw.pop("jwk", None) or self.keys[client_id]
        if self.clock is not None:
            kw.setdefault("now", self.clock())
        assertion = kw.pop("assertion", None) or client_assertion(
            jwk, client_id=client_id, token_url=kw.pop("token_url", TOKEN_URL), **kw
        )
        return self.http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_assertion_type": ASSERTION_TYPE,
                "client_assertion": assertion,
            },
        )

    def token(self, client_id: str) -> str:
        r = self.token_response(client_id)
        assert r.status_code == 200, r.text
        return str(r.json()["access_token"])

    def auth(self, client_id: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(client_id)}"}


def make_settings(home: Path, db_url: str) -> Settings:
    return Settings(home=home, database_url=db_url, key_provider="memory", mode="dev")


@contextmanager
def app_env(
    settings: Settings,
    engine: Engine,
    *,
    api: ApiSettings | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Iterator[ApiEnv]:
    """The app on an existing (migrated) engine and settings; the caller disposes the engine."""
    from gateway.api.app import create_app

    app = create_app(settings, api or ApiSettings(rate_burst=10_000, token_rate_burst=10_000), engine=engine,
                     clock=clock)  # fmt: skip
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as http:
        yield ApiEnv(app, http, engine, settings, clock=clock)


@contextmanager
def api_env(
    home: Path,
    db_url: str,
    *,
    api: ApiSettings | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Iterator[ApiEnv]:
    """A fresh SEKISHO_HOME and a migrated database on ``db_url``."""
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade

    settings = make_settings(home, db_url)
    settings.ensure_dirs()
    engine = make_engine(db_url)
    upgrade(engine)
    try:
        with app_env(settings, engine, api=api, clock=clock) as env:
            yield env
    finally:
        engine.dispose()
