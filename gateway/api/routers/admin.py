"""Identity, opt-out registry (staff), policy versions (privacy officers), audit (auditors), vault (custodians)."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from gateway.api.deps import Context, CurrentPrincipal
from gateway.api.errors import ApiError, not_found
from gateway.api.schemas import (
    AuditEventOut,
    OptOutIn,
    OptOutOut,
    PolicyDocumentOut,
    PolicyProposalIn,
    PolicyVersionOut,
    Problem,
    VaultStatusOut,
    WhoAmI,
)

router = APIRouter(prefix="/api/v1")
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem},
    403: {"model": Problem},
    429: {"model": Problem},
}


@router.get("/whoami", name="whoami", response_model=WhoAmI, responses=ERRORS, tags=["identity"])
def whoami(principal: CurrentPrincipal) -> WhoAmI:
    """The authenticated client: opaque id, role and recipient."""
    return WhoAmI(id=principal.id, role=principal.role.value, recipient=principal.recipient)


# -- opt-outs -------------------------------------------------------------------------------------------------


def _optout_out(r: Any) -> OptOutOut:
    return OptOutOut(
        record_id=r.record_id,
        registry_id=r.registry_id,
        action=r.action.value,
        kind=r.kind.value if r.kind else None,
        study=r.study,
        target=r.target,
        channel=r.channel.value,
        requester=r.requester.value,
        received_at=r.received_at,
        recorded_at=r.recorded_at,
        recorded_by=r.recorded_by,
        verified=r.verified_at is not None,
    )


@router.post(
    "/optouts",
    name="optouts.create",
    status_code=201,
    response_model=OptOutOut,
    responses={**ERRORS, 409: {"model": Problem}, 503: {"model": Problem}},
    tags=["optouts"],
)
def create_optout(body: OptOutIn, principal: CurrentPrincipal, ctx: Context) -> OptOutOut:
    """Record an opt-out (包括不同意 / 個別不同意 / 利用停止), effective from ``received_at`` (default now). The
    patient ID is turned into the registry's keyed id with the vault's registry key and is not kept."""
    from pydantic import ValidationError

    from gateway.services.consent import record_optout
    from gateway.services.policy import NoActivePolicy, active_policy
    from linkage_vault.errors import VaultError
    from policies.consent import OptOutKind, RecordRefused, Requester
    from policies.policy import default_policy
    from policies.rules import Refused

    if (body.agent_relation is None) != (body.agent_ref is None):
        raise ApiError(422, "invalid", "an agent's request needs both agent_relation and agent_ref")
    if body.verified_at is not None and body.verifier is None:
        raise ApiError(422, "invalid", "verified_at needs verifier")
    for t in (body.received_at, body.verified_at):
        if t is not None and t.tzinfo is None:
            raise ApiError(422, "invalid", "times need a UTC offset")
    now = ctx.now()
    try:
        rid = ctx.registry_id(body.patient_id)
    except VaultError as exc:
        raise ApiError(503, "vault_unavailable", f"the vault is not available ({exc.code})") from None
    try:
        with ctx.session() as s:
            scope: str | None
            if body.kind is OptOutKind.BLANKET or (body.kind is OptOutKind.STOP_USE and body.all_studies):
                scope = None
            elif body.study:
                scope = body.study
            else:
                try:
                    scope = active_policy(s)[2].study.approval_number
                except NoActivePolicy:
                    scope = default_policy().study.approval_number
            rec = record_optout(
                s,
                registry_id=rid,
                kind=body.kind,
                study=scope,
                channel=body.channel,
                received_at=body.received_at or now,
                recorded_by=principal.id,
                roles=(principal.role,),
                requester=Requester.AGENT if body.agent_relation else Requester.PATIENT,
                agent_relation=body.agent_relation,
                agent_ref=body.agent_ref,
                verifier=body.verifier,
                verified_at=(body.verified_at or now) if body.verifier else None,
                now=now,
            )
    except (RecordRefused, Refused) as exc:
        raise ApiError(409, getattr(exc, "code", "refused"), "refused by the registry rules") from None
    except ValidationError:
        raise ApiError(422, "invalid", "the record is invalid") from None
    return _optout_out(rec)


@router.get("/optouts", name="optouts.list", response_model=list[OptOutOut], responses=ERRORS, tags=["optouts"])
def list_optouts(
    principal: CurrentPrincipal,
    ctx: Context,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> list[OptOutOut]:
    """Registry records in the order recorded: keyed registry ids and opaque references only, no PHI."""
    from gateway.services.consent import load_records

    del principal
    with ctx.session() as s:
        records = load_records(s)
    return [_optout_out(r) for r in records[offset : offset + limit]]


# -- policies -------------------------------------------------------------------------------------------------


def _version_out(v: Any) -> dict[str, Any]:
    return {
        "version": v.version,
        "content_hash": v.content_hash,
        "state": v.state.value,
        "author": v.author,
        "proposed_at": v.proposed_at,
        "base_version": v.base_version,
        "decided_by": v.decided_by,
        "decided_at": v.decided_at,
    }


def _policy_error(exc: Exception) -> ApiError:
    from gateway.services.policy import PolicyServiceError
    from policies.rules import Refused

    if isinstance(exc, PolicyServiceError):
        if exc.code == "no_such_version":
            return not_found()
        return ApiError(409, exc.code, str(exc))
    if isinstance(exc, Refused):
        return ApiError(409, exc.code, str(exc))
    return ApiError(422, "invalid_policy", "the policy document is invalid")


@router.get(
    "/policies", name="policies.list", response_model=list[PolicyVersionOut], responses=ERRORS, tags=["policies"]
)
def list_policies(principal: CurrentPrincipal, ctx: Context) -> list[PolicyVersionOut]:
    from gateway.services.policy import list_versions

    del principal
    with ctx.session() as s:
        return [PolicyVersionOut(**_version_out(v)) for v in list_versions(s)]


@router.get(
    "/policies/{version}",
    name="policies.show",
    response_model=PolicyDocumentOut,
    responses={**ERRORS, 404: {"model": Problem}},
    tags=["policies"],
)
def show_policy(version: int, principal: CurrentPrincipal, ctx: Context) -> PolicyDocumentOut:
    from gateway.services.policy import PolicyServiceError, get_version
    from policies.policy import canonical_yaml

    del principal
    if not 1 <= version <= 2**31 - 1:
        raise not_found()
    try:
        with ctx.session() as s:
            info, policy = get_version(s, version)
    except PolicyServiceError as exc:
        raise _policy_error(exc) from None
    return PolicyDocumentOut(**_version_out(info), document=canonical_yaml(policy), diff=info.diff)


@router.post(
    "/policies",
    name="policies.propose",
    status_code=201,
    response_model=PolicyVersionOut,
    responses={**ERRORS, 409: {"model": Problem}, 422: {"model": Problem}},
    tags=["policies"],
)
def propose(body: PolicyProposalIn, principal: CurrentPrincipal, ctx: Context) -> PolicyVersionOut:
    """Propose a new policy version (YAML); a second privacy officer approves it."""
    from gateway.services.policy import PolicyServiceError, propose_policy
    from policies.policy import PolicyError
    from policies.rules import Refused

    try:
        with ctx.session() as s:
            v = propose_policy(s, body.document, author=principal.id, roles=(principal.role,), now=ctx.now())
    except (PolicyServiceError, PolicyError, Refused, ValueError) as exc:
        raise _policy_error(exc) from None
    return PolicyVersionOut(**_version_out(v))


@router.post(
    "/policies/{version}/approval",
    name="policies.approve",
    response_model=PolicyVersionOut,
    responses={**ERRORS, 404: {"model": Problem}, 409: {"model": Problem}},
    tags=["policies"],
)
def approve(version: int, principal: CurrentPrincipal, ctx: Context) -> PolicyVersionOut:
    """Approve a proposed version (not its author): it becomes the active policy."""
    from gateway.services.policy import PolicyServiceError, approve_policy
    from policies.rules import Refused
    from policies.states import TransitionRefused

    if not 1 <= version <= 2**31 - 1:
        raise not_found()
    try:
        with ctx.session() as s:
            v = approve_policy(s, version, approver=principal.id, roles=(principal.role,), now=ctx.now())
    except (PolicyServiceError, Refused) as exc:
        raise _policy_error(exc) from None
    except TransitionRefused as exc:
        raise ApiError(409, exc.code, str(exc)) from None
    return PolicyVersionOut(**_version_out(v))


# -- audit ----------------------------------------------------------------------------------------------------


@router.get("/audit/verify", name="audit.verify", responses=ERRORS, tags=["audit"])
def audit_verify(principal: CurrentPrincipal, ctx: Context) -> dict[str, Any]:
    """Check chain, hashes, head, Merkle tree and checkpoints recorded in the log (and the local checkpoint
    key's exported checkpoints)."""
    from audit.note import NoteVerifier
    from audit.sinks import DirectorySink
    from audit.verify import verify

    del principal
    pub = ctx.settings.keys_dir / "audit-checkpoint.pub"
    verifiers = (
        [NoteVerifier.decode(line) for line in pub.read_text("utf-8").splitlines() if line.strip()]
        if pub.exists()
        else []
    )
    notes = [p.read_text(encoding="utf-8") for p in DirectorySink(ctx.settings.home / "audit-checkpoints").notes()]
    with ctx.engine.connect() as conn:
        result = verify(conn, verifiers=verifiers, checkpoints=notes)
    return result.to_dict()


@router.get("/audit/events", name="audit.search", response_model=list[AuditEventOut], responses=ERRORS, tags=["audit"])
def audit_search(  # noqa: PLR0917 - query parameters
    principal: CurrentPrincipal,
    ctx: Context,
    action: Annotated[str | None, Query(max_length=128, pattern=r"^[a-z0-9_.*]+$")] = None,
    actor: Annotated[str | None, Query(max_length=128)] = None,
    object_type: Annotated[str | None, Query(max_length=64)] = None,
    object_id: Annotated[str | None, Query(max_length=256)] = None,
    since: datetime | None = None,
    until: datetime | None = None,
    after: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[AuditEventOut]:
    """Events by action (exact, or a prefix ending in '.' or '*'), actor, object or time, in seq order."""
    import sqlalchemy as sa

    from audit.store import audit_events, iter_entries

    del principal
    c = audit_events.c
    conditions: list[sa.ColumnElement[bool]] = []
    if action:
        if action.endswith(("*", ".")):
            conditions.append(c.action.startswith(action.rstrip("*"), autoescape=True))
        else:
            conditions.append(c.action == action)
    if actor:
        conditions.append(c.actor == actor)
    if object_type:
        conditions.append(c.object_type == object_type)
    if object_id:
        conditions.append(c.object_id == object_id)
    for value, op in ((since, "ge"), (until, "lt")):
        if value is not None:
            if value.tzinfo is None:
                raise ApiError(422, "invalid", "times need a UTC offset")
            from datetime import UTC

            text = value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
            conditions.append(c.ts >= text if op == "ge" else c.ts < text)
    where = sa.and_(*conditions) if conditions else None
    with ctx.engine.connect() as conn:
        entries = list(itertools.islice(iter_entries(conn, after=after, where=where), limit))
    return [
        AuditEventOut(
            seq=e.event.seq,
            ts=e.event.ts,
            action=e.event.action,
            actor=e.event.actor,
            object_type=e.event.object_type,
            object_id=e.event.object_id,
            details=dict(e.event.details),
        )
        for e in entries
    ]


# -- vault ----------------------------------------------------------------------------------------------------


@router.get(
    "/vault/status",
    name="vault.status",
    response_model=VaultStatusOut,
    responses={**ERRORS, 404: {"model": Problem}},
    tags=["vault"],
)
def vault_status(principal: CurrentPrincipal, ctx: Context) -> VaultStatusOut:
    """The vault's state: no key material, no identifiers."""
    from linkage_vault.errors import VaultError
    from linkage_vault.vault import Vault

    del principal
    try:
        st = Vault.status_of(ctx.vault_engine(), "default")
    except VaultError:
        raise not_found() from None
    return VaultStatusOut(
        project=st.project,
        vault_id=st.vault_id,
        state=st.state,
        kek_generation=st.kek_generation,
        custody=None
        if st.custody_threshold is None
        else f"{st.custody_threshold}-of-{st.custody_shares} (set {st.custody_set_id})",
        studies=st.studies,
        linkages=st.linkages,
        created_at=st.created_at,
        rotated_at=st.rotated_at,
        destroyed_at=st.destroyed_at,
    )
