"""``POST /oauth/token``: OAuth2 client credentials with private_key_jwt (RFC 7523)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse

from gateway.api.deps import Context
from gateway.api.ratelimit import retry_after
from gateway.api.schemas import TokenError, TokenResponse

router = APIRouter(tags=["oauth"])
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def token_url(request: Request, public_url: str | None) -> str:
    if public_url:
        return public_url.rstrip("/") + "/oauth/token"
    return str(request.url_for("oauth.token"))


@router.post(
    "/oauth/token",
    name="oauth.token",
    response_model=TokenResponse,
    responses={400: {"model": TokenError}, 401: {"model": TokenError}, 429: {"model": TokenError}},
    summary="Exchange a signed client assertion for an access token",
)
def token(  # noqa: PLR0917 - form fields
    request: Request,
    ctx: Context,
    grant_type: Annotated[str, Form(max_length=64)],
    client_assertion_type: Annotated[str, Form(max_length=128)],
    client_assertion: Annotated[str, Form(max_length=8192)],
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    scope: Annotated[str | None, Form(max_length=256)] = None,
) -> JSONResponse:
    """grant_type=client_credentials, client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer,
    client_assertion = a JWT signed with the client's registered key (iss = sub = client id, aud = this URL,
    exp at most 5 minutes ahead, a fresh jti). The access token carries the client's role and recipient."""
    from gateway.api.auth import TokenRequestError, issue_token

    del scope  # roles come from the registration, not from the request
    host = request.client.host if request.client else "unknown"
    wait = ctx.token_limiter.take(f"addr:{host}")
    if wait > 0:
        return JSONResponse(
            {"error": "slow_down", "error_description": "too many token requests"},
            status_code=429,
            headers={**NO_STORE, "Retry-After": retry_after(wait)},
        )
    try:
        with ctx.session() as s:
            issued = issue_token(
                s,
                grant_type=grant_type,
                assertion_type=client_assertion_type,
                assertion=client_assertion,
                client_id=client_id,
                audiences=[token_url(request, ctx.api.public_url)],
                now=ctx.now(),
                ttl_s=ctx.api.token_ttl_s,
                max_lifetime_s=ctx.api.assertion_max_lifetime_s,
                skew_s=ctx.api.clock_skew_s,
            )
    except TokenRequestError as exc:
        description = "client authentication failed" if exc.code == "invalid_client" else exc.reason
        headers = dict(NO_STORE)
        if exc.status == 401:
            headers["WWW-Authenticate"] = 'Bearer realm="sekisho"'
        return JSONResponse({"error": exc.code, "error_description": description}, exc.status, headers=headers)
    body = TokenResponse(access_token=issued.access_token, expires_in=issued.expires_in)
    return JSONResponse(body.model_dump(), headers=NO_STORE)
