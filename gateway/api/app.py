"""The application factory: ``create_app(settings) -> FastAPI``.

Mounts the API (``/api/v1``, ``/oauth/token``), publishes OpenAPI at ``/api/v1/openapi.json`` and mounts the web
console when ``gateway.web`` provides ``mount(app, settings)``. Errors answer ``{"error", "detail"}`` and never
echo request values (a validation error does not repeat the input, which may be a patient ID); unexpected
errors answer a bare 500 and are logged by type only.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException

from gateway import __version__
from gateway.api.config import ApiSettings
from gateway.api.deps import ApiContext, utc_now
from gateway.api.errors import ApiError
from gateway.api.middleware import BodyLimit, SecurityHeaders
from gateway.api.ratelimit import TokenBucket
from gateway.api.schemas import Problem
from gateway.settings import InsecureSettingsError, Settings

log = logging.getLogger("sekisho.api")

OPENAPI_URL = "/api/v1/openapi.json"


def _problem(status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": code, "detail": detail}, status_code=status, headers=headers)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return _problem(exc.status, exc.code, str(exc), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # location and message only: the input may be a patient ID and must not be echoed or logged
        problems = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()
        ][:20]
        return JSONResponse({"error": "invalid", "detail": "invalid request", "problems": problems}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        detail = exc.detail if isinstance(exc.detail, str) and exc.status_code != 404 else code.replace("_", " ")
        return _problem(exc.status_code, code, detail, dict(exc.headers or {}))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        route = request.scope.get("route")
        log.error("unexpected %s in %s", type(exc).__name__, getattr(route, "name", "?"))
        return _problem(500, "internal_error", "internal error")


def create_app(
    settings: Settings,
    api_settings: ApiSettings | None = None,
    *,
    engine: Engine | None = None,
    clock: Callable[[], datetime] | None = None,
) -> FastAPI:
    """Build the gateway's ASGI app. The database must be migrated (``sekisho serve`` does it)."""
    from gateway.api.routers import admin, oauth, releases
    from gateway.store.db import make_engine

    api = api_settings or ApiSettings()
    if settings.mode != "dev" and not api.public_url:
        raise InsecureSettingsError("SEKISHO_API_PUBLIC_URL must be set outside dev mode (the token audience)")
    app = FastAPI(
        title="Sekisho API",
        version=__version__,
        description="Contractor and governance API of the Sekisho gateway. Authenticate with OAuth2 client "
        "credentials and private_key_jwt at POST /oauth/token; send the access token as a Bearer token.",
        openapi_url=OPENAPI_URL,
        docs_url=None,
        redoc_url=None,
    )
    app.state.sekisho = ApiContext(
        settings=settings,
        api=api,
        engine=engine or make_engine(settings.db_url),
        clock=clock or utc_now,
        limiter=TokenBucket(api.rate_per_s, api.rate_burst),
        token_limiter=TokenBucket(api.token_rate_per_s, api.token_rate_burst),
    )
    _install_handlers(app)
    # every route documents what the middleware may answer before it runs
    early: dict[int | str, dict[str, Any]] = {
        400: {"model": Problem, "description": "unreadable request body"},
        413: {"model": Problem, "description": "request body too large"},
    }
    app.include_router(oauth.router, responses=early)
    app.include_router(admin.router, responses=early)
    app.include_router(releases.router, responses=early)

    @app.get("/api/v1/health", name="health", tags=["identity"])
    def health() -> dict[str, str]:
        """Liveness: answers without a token and tells nothing else."""
        return {"status": "ok"}

    if importlib.util.find_spec("gateway.web") is not None:
        web = importlib.import_module("gateway.web")
        mount = getattr(web, "mount", None)
        if mount is not None:
            mount(app, settings)
    app.add_middleware(BodyLimit, max_bytes=api.max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """uvicorn factory (``sekisho serve``): settings from the environment."""
    from gateway.settings import get_settings

    return create_app(get_settings())
