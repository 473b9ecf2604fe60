"""The console's shared machinery: context, the one authorization dependency, CSRF, cookies, rendering.

Security headers on every console response: ``Cache-Control: no-store`` (pages may show a name and birth date to
staff), a strict Content-Security-Policy (no inline script; the console has no JavaScript), ``X-Frame-Options:
DENY``, ``Referrer-Policy: no-referrer``. Cookies are HttpOnly and SameSite=Strict, and Secure outside dev mode
(``__Host-`` prefixed then).
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.engine import Engine
from sqlmodel import Session

from gateway.security.principal import Principal
from gateway.settings import Settings
from gateway.store.db import session_scope
from gateway.web import accounts
from gateway.web.access import ANY_SESSION, MFA_PENDING, PUBLIC, ROUTE_ACCESS, SIGNED_IN, allows
from linkage_vault.vault import Vault

HERE = Path(__file__).parent
PREFIX = "/console"
LANGS = ("ja", "en")
LANG_COOKIE = "sekisho_lang"
CSRF_FIELD = "csrf_token"
log = logging.getLogger("sekisho.console")


@lru_cache(maxsize=2)
def catalog(lang: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((HERE / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
    return data


class ConsoleDenied(Exception):
    """Raised by the authorization dependency; turned into a redirect or a 403 page by ``mount``."""

    def __init__(self, code: str, *, redirect: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.redirect = redirect

    def diagnostics(self) -> str:
        return f"console_denied: {self.code}"


@dataclass
class Console:
    settings: Settings
    engine: Engine
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def __post_init__(self) -> None:
        self.secret = hmac.new(
            self.settings.session_secret.get_secret_value().encode("utf-8"), b"sekisho-console", "sha256"
        ).digest()
        self.secure = self.settings.mode != "dev"
        self.session_cookie = "__Host-sekisho_session" if self.secure else "sekisho_session"
        self.csrf_cookie = "__Host-sekisho_csrf" if self.secure else "sekisho_csrf"
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def now(self) -> datetime:
        return self.clock()

    def vault(self) -> Vault:
        """The project's vault, opened on first use (fails closed when it is missing or locked)."""
        cached: Vault | None = getattr(self, "_vault", None)
        if cached is None:
            from gateway.services.vault import DEFAULT_PROJECT, key_provider, vault_engine

            same = self.settings.vault_db_url == self.settings.db_url
            engine = self.engine if same else vault_engine(self.settings)  # the console's engine when shared
            cached = Vault.open(engine, key_provider(self.settings), DEFAULT_PROJECT)
            self._vault = cached
        return cached

    def log_error(self, where: str, exc: BaseException) -> None:
        """Log a failure by place, type and code only: messages of lower layers may quote input."""
        code = getattr(exc, "code", None)
        log.warning("console %s failed: %s%s", where, type(exc).__name__, f" ({code})" if code else "")

    @contextmanager
    def db(self) -> Iterator[Session]:
        with session_scope(self.engine) as session:
            yield session


def console_of(request: Request) -> Console:
    c: Console = request.app.state.sekisho_console
    return c


@dataclass(frozen=True)
class Viewer:
    """Who is looking at the page, as the authorization dependency found them."""

    lang: str
    csrf: str
    user: accounts.UserInfo | None = None
    mfa_passed: bool = False
    token: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def principal(self) -> Principal:
        if self.user is None:
            raise ConsoleDenied("not_signed_in", redirect=f"{PREFIX}/login")
        return Principal(id=self.user.actor, role=self.user.role, mfa=self.mfa_passed)


def lang_of(request: Request) -> str:
    value = request.cookies.get(LANG_COOKIE, "ja")
    return value if value in LANGS else "ja"


async def authorize(request: Request) -> Viewer:
    """The one dependency every console route runs: session, role (``ROUTE_ACCESS``), second factor, CSRF.
    The form is read here (async); the database work runs in the thread pool, off the event loop."""
    from starlette.concurrency import run_in_threadpool

    sent: object = None
    if request.method == "POST":
        sent = (await request.form()).get(CSRF_FIELD)
    return await run_in_threadpool(_authorize, request, sent)


def _load_viewer(request: Request) -> Viewer:
    c = console_of(request)
    token = request.cookies.get(c.session_cookie)
    with c.db() as db:
        row = accounts.load_session(db, token, secret=c.secret, now=c.now())
        user = None
        if row is not None:
            try:
                user = accounts.get_user(db, row.username)
            except accounts.AccountError:
                user = None
        return Viewer(
            lang=lang_of(request),
            csrf=row.csrf_token if row is not None else request.cookies.get(c.csrf_cookie, ""),
            user=user if user is not None and not user.disabled else None,
            mfa_passed=bool(row and row.mfa_passed),
            token=token if row is not None else None,
            data=dict(row.data) if row is not None else {},
        )


def _authorize(request: Request, sent: object) -> Viewer:
    route = request.scope.get("route")
    access = ROUTE_ACCESS.get(getattr(route, "name", ""))
    if access is None:
        raise ConsoleDenied("route_not_listed")
    viewer = _load_viewer(request)
    if request.method == "POST" and (
        not isinstance(sent, str) or not viewer.csrf or not hmac.compare_digest(sent.encode(), viewer.csrf.encode())
    ):
        raise ConsoleDenied("csrf")
    if access == PUBLIC:
        return viewer
    if viewer.user is None:
        raise ConsoleDenied("not_signed_in", redirect=f"{PREFIX}/login" if request.method == "GET" else None)
    if access == ANY_SESSION:
        return viewer
    mfa_owed = viewer.user.needs_mfa and not viewer.mfa_passed
    if access == MFA_PENDING:
        if not mfa_owed:
            raise ConsoleDenied("mfa_done", redirect=f"{PREFIX}/")
        return viewer
    if mfa_owed:
        raise ConsoleDenied("mfa_required", redirect=f"{PREFIX}/login/totp" if request.method == "GET" else None)
    if access != SIGNED_IN and not allows(access, viewer.user.role):
        raise ConsoleDenied("role")
    return viewer


def secure_headers(response: Response) -> Response:
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
        "base-uri 'none'"
    )
    return response


def nav_items(viewer: Viewer) -> list[tuple[str, str]]:
    """(href, message key) of the pages this viewer may open."""
    if viewer.user is None or (viewer.user.needs_mfa and not viewer.mfa_passed):
        return []
    pages = [
        ("console_dashboard", "/", "nav.dashboard"),
        ("console_optout_form", "/optout", "nav.optout"),
        ("console_policies", "/policies", "nav.policies"),
        ("console_releases", "/releases", "nav.releases"),
        ("console_notices", "/notices", "nav.notices"),
        ("console_audit", "/audit", "nav.audit"),
    ]
    role = viewer.user.role
    return [(PREFIX + href, key) for name, href, key in pages if allows(ROUTE_ACCESS[name], role)]


def translator(lang: str) -> Callable[..., str]:
    messages = catalog(lang)

    def t(key: str, **values: object) -> str:
        text = messages.get(key)
        if text is None:  # a missing message is a bug: show the key, never crash a counter page
            return key
        return text.format(**values) if values else text

    return t


def render(
    request: Request, viewer: Viewer, template: str, *, status: int = 200, title: str, **context: Any
) -> HTMLResponse:
    c = console_of(request)
    t = translator(viewer.lang)
    html = c.env.get_template(template).render(
        t=t,
        lang=viewer.lang,
        viewer=viewer,
        csrf=viewer.csrf,
        nav=nav_items(viewer),
        prefix=PREFIX,
        path=request.url.path,
        lang_next=request.url.path if request.method == "GET" else PREFIX + "/",
        title=t(title),
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    secure_headers(response)
    return response


def redirect(url: str) -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    secure_headers(response)
    return response


def set_cookie(c: Console, response: Response, name: str, value: str, *, max_age: int | None = None) -> None:
    response.set_cookie(name, value, max_age=max_age, path="/", secure=c.secure, httponly=True, samesite="strict")


def ensure_csrf_cookie(request: Request, viewer: Viewer) -> Viewer:
    """Anonymous pages with a form need a CSRF token before there is a session (double-submit cookie)."""
    if viewer.csrf:
        return viewer
    return Viewer(lang=viewer.lang, csrf=secrets.token_urlsafe(32))
