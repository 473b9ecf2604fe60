"""Privacy officer pages: policy versions (diff, approve, reject), the release queue (automatic checks,
two-person approval) and withdrawal notices. Every decision goes through the services, which check roles and
write the audit event; the console adds nothing but the page."""

from __future__ import annotations

import importlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from gateway.web.core import PREFIX, Console, Viewer, authorize, console_of, redirect, render
from policies.states import PolicyVersionState, ReleaseState, Role

router = APIRouter()
Auth = Annotated[Viewer, Depends(authorize)]


def release_service() -> Any | None:
    """``gateway.release.service`` once the release engineer's module exists; None before (pages say so)."""
    try:
        return importlib.import_module("gateway.release.service")
    except ModuleNotFoundError:
        return None


def diff_lines(diff: str) -> list[tuple[str, str]]:
    """(css class, line) for a unified diff."""
    out = []
    for line in diff.splitlines():
        if line.startswith(("+++", "---")):
            cls = "diff-file"
        elif line.startswith("@@"):
            cls = "diff-hunk"
        elif line.startswith("+"):
            cls = "diff-add"
        elif line.startswith("-"):
            cls = "diff-del"
        else:
            cls = "diff-ctx"
        out.append((cls, line))
    return out


# -- policies -------------------------------------------------------------------------------------------------


@router.get("/policies", name="console_policies")
def policies(request: Request, viewer: Auth) -> Response:
    from gateway.services.policy import list_versions

    c = console_of(request)
    with c.db() as db:
        versions = list(reversed(list_versions(db)))
    return render(request, viewer, "policies.html", title="policies.title", versions=versions)


def _policy_page(
    request: Request, viewer: Viewer, version: int, *, error: str | None = None, status: int = 200
) -> Response:
    from gateway.services.policy import PolicyServiceError, get_version

    c = console_of(request)
    try:
        with c.db() as db:
            info, _policy = get_version(db, version)
    except PolicyServiceError as exc:
        c.log_error("policy.show", exc)
        return render(request, viewer, "error.html", title="error.title", message="policies.not_found", status=404)
    can_decide = (
        viewer.user is not None
        and viewer.user.role is Role.PRIVACY_OFFICER
        and info.state is PolicyVersionState.PROPOSED
    )
    return render(
        request, viewer, "policy.html", title="policies.title", info=info, diff=diff_lines(info.diff),
        can_decide=can_decide, error=error, status=status,
    )  # fmt: skip


@router.get("/policies/{version}", name="console_policy")
def policy(request: Request, viewer: Auth, version: int) -> Response:
    return _policy_page(request, viewer, version)


def _decide(request: Request, viewer: Viewer, version: int, approve: bool) -> Response:
    from gateway.services.policy import PolicyServiceError, approve_policy, reject_policy
    from policies.rules import Refused
    from policies.states import TransitionRefused

    c = console_of(request)
    assert viewer.user is not None
    roles = (viewer.user.role,)
    try:
        with c.db() as db:
            if approve:
                approve_policy(db, version, approver=viewer.user.actor, roles=roles, now=c.now())
            else:
                reject_policy(db, version, officer=viewer.user.actor, roles=roles, now=c.now())
    except (PolicyServiceError, Refused, TransitionRefused) as exc:
        c.log_error("policy.decide", exc)
        return _policy_page(request, viewer, version, error=getattr(exc, "code", "refused"), status=409)
    return redirect(f"{PREFIX}/policies/{version}")


@router.post("/policies/{version}/approve", name="console_policy_approve")
def policy_approve(request: Request, viewer: Auth, version: int) -> Response:
    return _decide(request, viewer, version, approve=True)


@router.post("/policies/{version}/reject", name="console_policy_reject")
def policy_reject(request: Request, viewer: Auth, version: int) -> Response:
    return _decide(request, viewer, version, approve=False)


# -- releases -------------------------------------------------------------------------------------------------


def _unavailable(request: Request, viewer: Viewer, title: str) -> Response:
    return render(request, viewer, "error.html", title=title, message="release.unavailable", status=503)


@router.get("/releases", name="console_releases")
def releases(request: Request, viewer: Auth) -> Response:
    svc = release_service()
    if svc is None:
        return _unavailable(request, viewer, "releases.title")
    c = console_of(request)
    with c.db() as db:
        items = svc.list_releases(db)
    items = sorted(items, key=lambda r: r.created_at, reverse=True)
    return render(request, viewer, "releases.html", title="releases.title", releases=items)


def _release_page(
    request: Request,
    viewer: Viewer,
    c: Console,
    svc: Any,
    release_id: str,
    *,
    error: str | None = None,
    status: int = 200,
) -> Response:
    try:
        with c.db() as db:
            item = svc.get_release(db, release_id)
    except Exception as exc:
        c.log_error("release.show", exc)
        item = None
    if item is None:
        return render(request, viewer, "error.html", title="error.title", message="release.not_found", status=404)
    can_approve = (
        viewer.user is not None
        and viewer.user.role is Role.PRIVACY_OFFICER
        and str(item.state) == ReleaseState.CHECKED.value
    )
    return render(
        request, viewer, "release.html", title="releases.title", release=item, can_approve=can_approve,
        own=viewer.user is not None and item.created_by == viewer.user.actor, error=error, status=status,
    )  # fmt: skip


@router.get("/releases/{release_id}", name="console_release")
def release(request: Request, viewer: Auth, release_id: str) -> Response:
    svc = release_service()
    if svc is None:
        return _unavailable(request, viewer, "releases.title")
    return _release_page(request, viewer, console_of(request), svc, release_id)


@router.post("/releases/{release_id}/approve", name="console_release_approve")
def release_approve(request: Request, viewer: Auth, release_id: str) -> Response:
    svc = release_service()
    if svc is None:
        return _unavailable(request, viewer, "releases.title")
    c = console_of(request)
    try:
        with c.db() as db:
            svc.approve(db, c.settings, release_id, actor=viewer.principal, now=c.now())
    except Exception as exc:
        c.log_error("release.approve", exc)
        code = getattr(exc, "code", "refused")
        return _release_page(request, viewer, c, svc, release_id, error=str(code), status=409)
    return redirect(f"{PREFIX}/releases/{release_id}")


# -- withdrawal notices ---------------------------------------------------------------------------------------


@router.get("/notices", name="console_notices")
def notices(request: Request, viewer: Auth) -> Response:
    svc = release_service()
    if svc is None or not hasattr(svc, "list_notices"):
        return _unavailable(request, viewer, "notices.title")
    c = console_of(request)
    with c.db() as db:
        items = svc.list_notices(db)
    return render(request, viewer, "notices.html", title="notices.title", notices=items, now=c.now())
