"""Login (password, then TOTP for officers and custodians), logout, language switch."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from gateway.web import accounts
from gateway.web.core import (
    LANG_COOKIE,
    LANGS,
    PREFIX,
    Viewer,
    authorize,
    console_of,
    ensure_csrf_cookie,
    redirect,
    render,
    set_cookie,
)

router = APIRouter()
Auth = Annotated[Viewer, Depends(authorize)]


def _login_page(request: Request, viewer: Viewer, *, error: str | None = None, status: int = 200) -> Response:
    c = console_of(request)
    viewer = ensure_csrf_cookie(request, viewer)
    response = render(request, viewer, "login.html", title="login.title", error=error, status=status)
    set_cookie(c, response, c.csrf_cookie, viewer.csrf)
    return response


@router.get("/login", name="console_login_form")
def login_form(request: Request, viewer: Auth) -> Response:
    if viewer.user is not None:
        return redirect(f"{PREFIX}/")
    return _login_page(request, viewer)


@router.post("/login", name="console_login")
def login(
    request: Request,
    viewer: Auth,
    username: Annotated[str, Form(max_length=64)] = "",
    password: Annotated[str, Form(max_length=256)] = "",
) -> Response:
    c = console_of(request)
    client = request.client.host if request.client else "unknown"
    now = c.now()
    refused: accounts.LoginRefused | None = None
    user: accounts.UserInfo | None = None
    token = ""
    with c.db() as db:
        try:
            user = accounts.authenticate(
                db, username=username, password=password, client=client, secret=c.secret, now=now
            )
        except accounts.LoginRefused as exc:
            refused = exc  # counted and audited: the transaction commits, then the page answers
        else:
            accounts.end_session(db, request.cookies.get(c.session_cookie), secret=c.secret)
            token = accounts.create_session(db, user.username, secret=c.secret, now=now)
    if refused is not None or user is None:
        throttled = refused is not None and refused.code == "throttled"
        key = "login.throttled" if throttled else "login.failed"
        return _login_page(request, viewer, error=key, status=429 if throttled else 401)
    response = redirect(f"{PREFIX}/login/totp" if user.needs_mfa else f"{PREFIX}/")
    set_cookie(c, response, c.session_cookie, token, max_age=int(accounts.SESSION_LIFETIME.total_seconds()))
    response.delete_cookie(c.csrf_cookie, path="/")
    return response


@router.get("/login/totp", name="console_totp_form")
def totp_form(request: Request, viewer: Auth) -> Response:
    return render(request, viewer, "totp.html", title="totp.title", error=None)


@router.post("/login/totp", name="console_totp")
def totp_submit(request: Request, viewer: Auth, code: Annotated[str, Form(max_length=16)] = "") -> Response:
    c = console_of(request)
    assert viewer.user is not None and viewer.token is not None
    refused: accounts.LoginRefused | None = None
    with c.db() as db:
        try:
            accounts.check_second_factor(db, viewer.user.username, code, now=c.now())
        except accounts.LoginRefused as exc:
            refused = exc
        else:
            row = accounts.load_session(db, viewer.token, secret=c.secret, now=c.now())
            if row is not None:
                row.mfa_passed = True
                db.add(row)
    if refused is not None:
        return render(request, viewer, "totp.html", title="totp.title", error="totp.failed", status=401)
    return redirect(f"{PREFIX}/")


@router.post("/logout", name="console_logout")
def logout(request: Request, viewer: Auth) -> Response:
    c = console_of(request)
    with c.db() as db:
        accounts.end_session(db, viewer.token, secret=c.secret)
    response = redirect(f"{PREFIX}/login")
    response.delete_cookie(c.session_cookie, path="/")
    return response


@router.post("/lang", name="console_lang")
def set_lang(
    request: Request,
    viewer: Auth,
    lang: Annotated[str, Form(max_length=4)] = "ja",
    next: Annotated[str, Form(max_length=256)] = PREFIX + "/",
) -> Response:
    c = console_of(request)
    target = next if next.startswith(PREFIX + "/") and "//" not in next and "\\" not in next else PREFIX + "/"
    response = redirect(target)
    set_cookie(c, response, LANG_COOKIE, lang if lang in LANGS else "ja", max_age=365 * 24 * 3600)
    return response
