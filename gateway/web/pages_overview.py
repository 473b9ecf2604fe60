"""Dashboard of counts (ingested, quarantined by stage and reason, opted out, released) and the audit log
(search, verification status). Counts and audit records carry no PHI: pseudonyms, opaque ids, reason codes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlmodel import func, select

from audit.store import audit_events
from audit.verify import verify
from gateway.store.research import IngestRun, QuarantineEntry, ResearchObject
from gateway.web.core import Viewer, authorize, console_of, render
from gateway.web.pages_governance import release_service
from policies.states import ReleaseState

router = APIRouter()
Auth = Annotated[Viewer, Depends(authorize)]
AUDIT_PAGE = 200


@dataclass(frozen=True)
class Counts:
    ingested: int
    by_kind: list[tuple[str, int]]
    ingest_runs: int
    quarantined: int
    quarantine: list[tuple[str, str, int]]
    opted_out: int | None
    study: str
    released: int | None
    releases_by_state: list[tuple[str, int]]


def dashboard_counts(request: Request) -> Counts:
    from gateway.services.consent import active_set
    from gateway.services.policy import NoActivePolicy, active_policy
    from policies.policy import default_policy

    c = console_of(request)
    with c.db() as db:
        ingested = db.exec(select(func.count()).select_from(ResearchObject)).one()
        by_kind = db.exec(
            select(ResearchObject.data_kind, func.count())
            .group_by(ResearchObject.data_kind)
            .order_by(ResearchObject.data_kind)
        ).all()
        runs = db.exec(select(func.count()).select_from(IngestRun)).one()
        quarantine = db.exec(
            select(QuarantineEntry.stage, QuarantineEntry.reason, func.count())
            .group_by(QuarantineEntry.stage, QuarantineEntry.reason)
            .order_by(func.count().desc())
        ).all()
        try:
            study = active_policy(db)[2].study.approval_number
        except NoActivePolicy:
            study = default_policy().study.approval_number
        opted_out = len(active_set(db, study, c.now()))
        svc = release_service()
        states: dict[str, int] = {}
        if svc is not None:
            for r in svc.list_releases(db):
                states[str(r.state)] = states.get(str(r.state), 0) + 1
    return Counts(
        ingested=int(ingested),
        by_kind=[(str(k), int(n)) for k, n in by_kind],
        ingest_runs=int(runs),
        quarantined=sum(int(n) for _s, _r, n in quarantine),
        quarantine=[(str(s), str(r), int(n)) for s, r, n in quarantine],
        opted_out=opted_out,
        study=study,
        released=states.get(ReleaseState.RELEASED.value, 0) if svc is not None else None,
        releases_by_state=sorted(states.items()),
    )


@router.get("/", name="console_dashboard")
def dashboard(request: Request, viewer: Auth) -> Response:
    return render(request, viewer, "dashboard.html", title="dashboard.title", counts=dashboard_counts(request))


@dataclass(frozen=True)
class AuditRow:
    seq: int
    ts: str
    action: str
    actor: str
    object_type: str
    object_id: str
    details: str


FILTERS = ("action", "actor", "object_type", "object_id", "since", "until")


def _audit(request: Request, viewer: Viewer, filters: dict[str, str]) -> Response:
    """Newest first, at most ``AUDIT_PAGE`` events. ``action`` ending in ``.`` or ``*`` is a prefix."""
    c = console_of(request)
    col = audit_events.c
    conditions: list[sa.ColumnElement[bool]] = []
    action = filters["action"]
    if action:
        if action.endswith(("*", ".")):
            conditions.append(col.action.startswith(action.rstrip("*"), autoescape=True))
        else:
            conditions.append(col.action == action)
    for column, name in ((col.actor, "actor"), (col.object_type, "object_type"), (col.object_id, "object_id")):
        if filters[name]:
            conditions.append(column == filters[name])
    if filters["since"]:
        conditions.append(col.ts >= filters["since"])
    if filters["until"]:
        conditions.append(col.ts < filters["until"])
    q = sa.select(audit_events).order_by(col.seq.desc()).limit(AUDIT_PAGE)
    if conditions:
        q = q.where(sa.and_(*conditions))
    with c.engine.connect() as conn:
        rows = [
            AuditRow(
                seq=int(m["seq"]),
                ts=str(m["ts"]),
                action=str(m["action"]),
                actor=str(m["actor"]),
                object_type=str(m["object_type"]),
                object_id=str(m["object_id"]),
                details=str(m["details"]),
            )
            for m in (r._mapping for r in conn.execute(q))
        ]
        result = verify(conn)
    return render(request, viewer, "audit.html", title="audit.title", rows=rows, result=result, filters=filters)


@router.get("/audit", name="console_audit")
def audit_page(request: Request, viewer: Auth) -> Response:
    return _audit(request, viewer, dict.fromkeys(FILTERS, ""))


@router.post("/audit", name="console_audit_search")
async def audit_search(request: Request, viewer: Auth) -> Response:
    """The search is a POST: whatever someone types into the boxes stays out of URLs and access logs."""
    form = await request.form()
    filters = {}
    for name in FILTERS:
        value = form.get(name)
        filters[name] = value.strip()[:256] if isinstance(value, str) else ""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_audit, request, viewer, filters)
