"""Counter opt-out entry (staff only).

1. ``POST /optout/lookup``: the patient ID comes in the form body (never a URL), is turned into the registry id by
   the vault at once (``Vault.lookup_for_staff``), and the vault's known name and birth date are shown so the
   staff member can confirm the patient in front of them. The page is ``no-store``. The patient ID itself is not
   kept: the session holds only the opaque registry id until the record is made.
2. ``POST /optout/record``: the refusal, its kind, who asked (本人 or 代理人: relation and the paper form's
   number, never the agent's name), the identity check. Written by ``gateway.services.consent.record_optout``.
3. ``GET /optout/receipt/{record_id}``: a print-styled receipt with the record id and what was recorded. It
   carries no name, birth date or patient ID: a printed page outlives the session, and the record id is all the
   patient needs to quote later (revocation, questions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response

from gateway.services import consent
from gateway.web.core import PREFIX, Console, ConsoleDenied, Viewer, authorize, console_of, redirect, render
from policies.consent import (
    OPAQUE_REF,
    AgentRelation,
    Channel,
    OptOutKind,
    OptOutRecord,
    RecordAction,
    RecordRefused,
    Requester,
    revocation_effective_at,
    verification_time,
)
from policies.identifiers import KnownIdentifiers

router = APIRouter()
Auth = Annotated[Viewer, Depends(authorize)]
PENDING = "optout_pending"  # {"token": per-lookup nonce, "registry_id": ...}: only the latest lookup can be recorded


@dataclass(frozen=True)
class Confirmation:
    """What staff may see to confirm the patient: names and birth date from the vault, or nothing known."""

    known: bool
    names: tuple[str, ...]
    kana: tuple[str, ...]
    birth_date: date | None


def _study(c: Console) -> str:
    from gateway.services.policy import NoActivePolicy, active_policy
    from policies.policy import default_policy

    with c.db() as db:
        try:
            return active_policy(db)[2].study.approval_number
        except NoActivePolicy:
            return default_policy().study.approval_number


def _confirmation(known: KnownIdentifiers | None, in_vault: bool) -> Confirmation:
    if known is None:
        return Confirmation(known=in_vault, names=(), kana=(), birth_date=None)
    names = tuple(f"{n.family} {n.given}".strip() for n in known.names if n.family or n.given)
    kana = tuple(f"{n.family_kana} {n.given_kana}".strip() for n in known.names if n.family_kana or n.given_kana)
    return Confirmation(known=True, names=names, kana=kana, birth_date=known.birth_date)


def _set_pending(c: Console, viewer: Viewer, registry_id: str | None) -> str:
    """Remember the looked-up subject in the session row under a fresh nonce (the form carries the nonce, so a
    form left open in another tab cannot record against a later lookup). Returns the nonce ("" when cleared)."""
    import secrets

    from gateway.web import accounts

    token = secrets.token_urlsafe(16) if registry_id is not None else ""
    with c.db() as db:
        row = accounts.load_session(db, viewer.token, secret=c.secret, now=c.now())
        if row is None:
            raise ConsoleDenied("not_signed_in")
        data = dict(row.data)
        if registry_id is None:
            data.pop(PENDING, None)
        else:
            data[PENDING] = {"token": token, "registry_id": registry_id}
        row.data = data
        db.add(row)
    return token


def _pending(viewer: Viewer, token: str) -> str | None:
    import hmac

    pending = viewer.data.get(PENDING)
    if not isinstance(pending, dict) or not token:
        return None
    if not hmac.compare_digest(str(pending.get("token", "")).encode(), token.encode()):
        return None
    rid = pending.get("registry_id")
    return rid if isinstance(rid, str) else None


def _form(
    request: Request, viewer: Viewer, *, errors: list[tuple[str, str]] | None = None, status: int = 200
) -> Response:
    return render(request, viewer, "optout_lookup.html", title="optout.title", errors=errors or [], status=status)


@router.get("/optout", name="console_optout_form")
def optout_form(request: Request, viewer: Auth) -> Response:
    return _form(request, viewer)


@router.post("/optout/lookup", name="console_optout_lookup")
def optout_lookup(request: Request, viewer: Auth, patient_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    c = console_of(request)
    pid = patient_id.strip()
    if not pid:
        return _form(request, viewer, errors=[("patient_id", "optout.error.patient_id")], status=422)
    study = _study(c)
    try:
        vault = c.vault()
        assert viewer.user is not None
        found = vault.lookup_for_staff(pid, actor=viewer.user.actor)
        known = vault.known_identifiers(study, vault.keyed(study).pseudonym(pid), actor=viewer.user.actor)
    except Exception as exc:
        c.log_error("optout.lookup", exc)
        return _form(request, viewer, errors=[("patient_id", "optout.error.vault")], status=503)
    lookup_token = _set_pending(c, viewer, found.registry_id)
    return render(
        request,
        viewer,
        "optout_record.html",
        title="optout.title",
        confirm=_confirmation(known, found.known),
        study=study,
        kinds=list(OptOutKind),
        channels=list(Channel),
        relations=list(AgentRelation),
        errors=[],
        values={},
        lookup_token=lookup_token,
    )


@router.post("/optout/record", name="console_optout_record")
def optout_record(
    request: Request,
    viewer: Auth,
    *,
    kind: Annotated[str, Form(max_length=16)] = "",
    channel: Annotated[str, Form(max_length=16)] = Channel.COUNTER.value,
    requester: Annotated[str, Form(max_length=16)] = Requester.PATIENT.value,
    agent_relation: Annotated[str, Form(max_length=32)] = "",
    agent_ref: Annotated[str, Form(max_length=64)] = "",
    identity_checked: Annotated[str, Form(max_length=8)] = "",
    lookup_token: Annotated[str, Form(max_length=64)] = "",
) -> Response:
    c = console_of(request)
    assert viewer.user is not None
    registry_id = _pending(viewer, lookup_token)
    if registry_id is None:
        return _form(request, viewer, errors=[("patient_id", "optout.error.lookup_first")], status=409)
    errors: list[tuple[str, str]] = []
    kinds = {k.value: k for k in OptOutKind}
    channels = {ch.value: ch for ch in Channel}
    relations = {r.value: r for r in AgentRelation}
    if kind not in kinds:
        errors.append(("kind", "optout.error.kind"))
    if channel not in channels:
        errors.append(("channel", "optout.error.channel"))
    is_agent = requester == Requester.AGENT.value
    if is_agent and agent_relation not in relations:
        errors.append(("agent_relation", "optout.error.agent_relation"))
    if is_agent and not re.fullmatch(OPAQUE_REF, agent_ref):
        errors.append(("agent_ref", "optout.error.agent_ref"))
    study = _study(c)
    if errors:
        return render(
            request, viewer, "optout_record.html", title="optout.title", status=422,
            confirm=None, study=study, kinds=list(OptOutKind), channels=list(Channel),
            relations=list(AgentRelation), errors=errors, values=dict(kind=kind, channel=channel,
            requester=requester, agent_relation=agent_relation, agent_ref=agent_ref), lookup_token=lookup_token,
        )  # fmt: skip
    now = c.now()
    k = kinds[kind]
    try:
        with c.db() as db:
            record = consent.record_optout(
                db,
                registry_id=registry_id,
                kind=k,
                study=study if k is OptOutKind.STUDY else None,
                channel=channels[channel],
                received_at=now,
                recorded_by=viewer.user.actor,
                roles=(viewer.user.role,),
                requester=Requester.AGENT if is_agent else Requester.PATIENT,
                agent_relation=relations[agent_relation] if is_agent else None,
                agent_ref=agent_ref if is_agent else None,
                verifier=viewer.user.actor if identity_checked else None,
                verified_at=now if identity_checked else None,
                now=now,
            )
    except (RecordRefused, ValueError) as exc:
        c.log_error("optout.record", exc)
        return _form(request, viewer, errors=[("patient_id", "optout.error.refused")], status=409)
    _set_pending(c, viewer, None)
    return redirect(f"{PREFIX}/optout/receipt/{record.record_id}")


RECORD_ID = re.compile(r"^oo-[0-9a-f]{20}$")


@dataclass(frozen=True)
class RecordStatus:
    """What the registry says about one record now: when verified, and (for an opt-out) its revocations."""

    verified_at: datetime | None
    revocations: tuple[OptOutRecord, ...]
    revoked_at: datetime | None  # when a verified revocation lifted it


def _status(records: list[OptOutRecord], record: OptOutRecord) -> RecordStatus:
    revocations = tuple(r for r in records if r.action is RecordAction.REVOKE and r.target == record.record_id)
    lifted = [t for t in (revocation_effective_at(r, records) for r in revocations) if t is not None]
    return RecordStatus(
        verified_at=verification_time(record, records), revocations=revocations, revoked_at=min(lifted, default=None)
    )


@router.post("/optout/find", name="console_optout_find")
def optout_find(request: Request, viewer: Auth, record_id: Annotated[str, Form(max_length=64)] = "") -> Response:
    """Open a record by the number on the patient's receipt (later identity check, revocation)."""
    c = console_of(request)
    rid = record_id.strip().lower()
    if RECORD_ID.match(rid):
        try:
            with c.db() as db:
                consent.get_record(db, rid)
        except RecordRefused:
            pass
        else:
            return redirect(f"{PREFIX}/optout/receipt/{rid}")
    return _form(request, viewer, errors=[("record_id", "optout.error.no_record")], status=404)


@router.get("/optout/receipt/{record_id}", name="console_optout_receipt")
def optout_receipt(request: Request, viewer: Auth, record_id: str) -> Response:
    c = console_of(request)
    try:
        with c.db() as db:
            record = consent.get_record(db, record_id)
            records = consent.load_records(db, record.registry_id)
    except RecordRefused:
        return render(request, viewer, "error.html", title="error.title", message="optout.error.no_record", status=404)
    if record.action is RecordAction.VERIFY:
        return render(request, viewer, "error.html", title="error.title", message="optout.error.no_record", status=404)
    return render(
        request, viewer, "receipt.html", title="receipt.title", record=record, status_now=_status(records, record),
        channels=list(Channel), relations=list(AgentRelation),
    )  # fmt: skip


@router.post("/optout/receipt/{record_id}/verify", name="console_optout_verify")
def optout_verify(request: Request, viewer: Auth, record_id: str) -> Response:
    """Staff checked the identity of whoever made an earlier request (sent by mail or phone, or an unverified
    revocation): recorded as a ``verify`` record by this staff member, now."""
    c = console_of(request)
    assert viewer.user is not None
    try:
        with c.db() as db:
            consent.record_verification(
                db, target=record_id, verifier=viewer.user.actor, verified_at=c.now(),
                recorded_by=viewer.user.actor, roles=(viewer.user.role,), now=c.now(),
            )  # fmt: skip
    except (RecordRefused, ValueError) as exc:
        c.log_error("optout.verify", exc)
        return render(request, viewer, "error.html", title="error.title", message="optout.error.refused", status=409)
    return redirect(f"{PREFIX}/optout/receipt/{record_id}")


@router.post("/optout/receipt/{record_id}/revoke", name="console_optout_revoke")
def optout_revoke(
    request: Request,
    viewer: Auth,
    record_id: str,
    *,
    channel: Annotated[str, Form(max_length=16)] = Channel.COUNTER.value,
    requester: Annotated[str, Form(max_length=16)] = Requester.PATIENT.value,
    agent_relation: Annotated[str, Form(max_length=32)] = "",
    agent_ref: Annotated[str, Form(max_length=64)] = "",
    identity_checked: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    """Re-consent: withdraw opt-out ``record_id``. It lifts the opt-out only once the identity is verified."""
    c = console_of(request)
    assert viewer.user is not None
    channels = {ch.value: ch for ch in Channel}
    relations = {r.value: r for r in AgentRelation}
    is_agent = requester == Requester.AGENT.value
    if channel not in channels or (
        is_agent and (agent_relation not in relations or not re.fullmatch(OPAQUE_REF, agent_ref))
    ):
        return render(request, viewer, "error.html", title="error.title", message="optout.error.refused", status=422)
    now = c.now()
    try:
        with c.db() as db:
            record = consent.record_revocation(
                db, target=record_id, channel=channels[channel], received_at=now, recorded_by=viewer.user.actor,
                roles=(viewer.user.role,), requester=Requester.AGENT if is_agent else Requester.PATIENT,
                agent_relation=relations[agent_relation] if is_agent else None,
                agent_ref=agent_ref if is_agent else None,
                verifier=viewer.user.actor if identity_checked else None,
                verified_at=now if identity_checked else None, now=now,
            )  # fmt: skip
    except (RecordRefused, ValueError) as exc:
        c.log_error("optout.revoke", exc)
        return render(request, viewer, "error.html", title="error.title", message="optout.error.refused", status=409)
    return redirect(f"{PREFIX}/optout/receipt/{record.record_id}")
