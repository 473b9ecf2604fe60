"""The web console (issue #12): server-rendered pages under ``/console`` for counter staff, privacy officers,
stewards, auditors and custodians. Japanese by default, English switchable. See docs/CONSOLE.md.

``mount(app, settings)`` adds it to a FastAPI app (the API's ``create_app`` calls it)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from gateway.settings import Settings

__all__ = ["console_routers", "mount"]


def console_routers() -> list[APIRouter]:
    """The console's page routers, mounted under ``/console`` (each route's name keys ``access.ROUTE_ACCESS``)."""
    from gateway.web import pages_auth, pages_governance, pages_optout, pages_overview

    return [m.router for m in (pages_auth, pages_overview, pages_optout, pages_governance)]


def mount(app: FastAPI, settings: Settings, *, clock: Callable[[], datetime] | None = None) -> None:
    """Add the console under ``/console`` (and a redirect from ``/`` when nothing else serves it). Migrates the
    database (all branches) so the console's tables exist."""
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade
    from gateway.web.core import HERE, PREFIX, Console, ConsoleDenied, Viewer, authorize, lang_of, redirect, render

    api = getattr(app.state, "sekisho", None)  # the API's context when create_app mounts us: share engine and clock
    settings.ensure_dirs()
    engine = getattr(api, "engine", None) or make_engine(settings.db_url)
    upgrade(engine)
    clock = clock or getattr(api, "clock", None)
    console = Console(settings, engine) if clock is None else Console(settings, engine, clock)
    app.state.sekisho_console = console

    router = APIRouter(prefix=PREFIX, dependencies=[Depends(authorize)])
    for sub in console_routers():
        router.include_router(sub)
    app.include_router(router, include_in_schema=False)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=HERE / "static"), name="console_static")

    async def _denied(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ConsoleDenied)
        if exc.redirect is not None:
            return redirect(exc.redirect)
        message = {"csrf": "error.csrf", "role": "error.role"}.get(exc.code, "error.denied")
        viewer = Viewer(lang=lang_of(request), csrf="")
        return render(request, viewer, "error.html", title="error.title", message=message, status=403)

    app.add_exception_handler(ConsoleDenied, _denied)

    if not any(getattr(r, "path", None) == "/" for r in app.router.routes):

        def _root() -> RedirectResponse:
            return RedirectResponse(f"{PREFIX}/", status_code=307)

        app.add_api_route("/", _root, methods=["GET"], include_in_schema=False, name="console_root")
