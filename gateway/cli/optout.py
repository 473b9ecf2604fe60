"""``sekisho optout``: record refusals (包括不同意, 個別不同意, 利用停止), revocations and verifications; list, show,
export as FHIR R5 Consent.

The patient ID is read at a hidden prompt (or from ``--patient-id-stdin``) and turned into the registry's keyed
id with the vault's registry key at once; it is never stored, printed or logged. Agents are recorded by relation
and an opaque reference (e.g. the paper form's number), never by name.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli._common import db_session as _session
from gateway.cli._common import fail as _fail

if TYPE_CHECKING:
    from sqlmodel import Session

    from policies.consent import AgentRelation, OptOutRecord, Requester
    from policies.states import Role

# Run on the gateway host by the staff member it names (host access control stands in for authentication).
OPERATOR_ROLES = ("staff",)

app = typer.Typer(help="Opt-out registry: add, revoke, verify, list, show (FHIR R5 Consent export).")


class KindOpt(StrEnum):
    blanket = "blanket"
    study = "study"
    stop_use = "stop_use"


class ChannelOpt(StrEnum):
    counter = "counter"
    mail = "mail"
    phone = "phone"
    web = "web"


class RelationOpt(StrEnum):
    parent = "parent"
    guardian = "guardian"
    spouse = "spouse"
    child = "child"
    other_family = "other_family"
    legal_representative = "legal_representative"
    heir = "heir"


def _roles() -> tuple[Role, ...]:
    from policies.states import Role

    return tuple(Role(r) for r in OPERATOR_ROLES)


def _when(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        t = datetime.fromisoformat(value)
    except ValueError:
        raise _fail("times are ISO 8601, e.g. 2026-11-20T09:30+09:00", 2) from None
    if t.tzinfo is None:
        raise _fail("times need a UTC offset, e.g. 2026-11-20T09:30+09:00", 2)
    return t.astimezone(UTC)


def _registry_id(from_stdin: bool) -> str:
    """Read the patient ID and turn it into the registry id with the vault's registry key at once."""
    from gateway.services.consent import registry_id
    from gateway.services.vault import open_vault
    from linkage_vault.errors import VaultError

    pid = sys.stdin.readline().strip() if from_stdin else typer.prompt("patient ID", hide_input=True).strip()
    if not pid:
        raise _fail("empty patient ID", 2)
    try:
        vault = open_vault()
    except VaultError as exc:
        raise _fail(f"the vault is not available ({type(exc).__name__}); run `sekisho vault init` first") from None
    return registry_id(pid, vault)


def _study_default(session: Session) -> str:
    from gateway.services.policy import NoActivePolicy, active_policy

    try:
        return active_policy(session)[2].study.approval_number
    except NoActivePolicy:
        from policies.policy import default_policy

        return default_policy().study.approval_number


def _line(r: OptOutRecord) -> str:
    verified = f"verified {r.verified_at:%Y-%m-%dT%H:%M:%SZ} by {r.verifier}" if r.verified_at else "unverified"
    scope = r.kind.value if r.kind else f"-> {r.target}"
    study = r.study or ("*" if r.kind else "")
    agent = f" agent:{r.agent_relation.value}/{r.agent_ref}" if r.agent_relation else ""
    return (
        f"{r.record_id}\t{r.registry_id}\t{r.action.value}\t{scope}\t{study}\t{r.channel.value}\t"
        f"received {r.received_at:%Y-%m-%dT%H:%M:%SZ}\trecorded {r.recorded_at:%Y-%m-%dT%H:%M:%SZ} by "
        f"{r.recorded_by}\t{verified}{agent}"
    )


Staff = Annotated[str, typer.Option("--by", help="Opaque id of the staff member recording it (e.g. user:staff-1).")]
Channel_ = Annotated[ChannelOpt, typer.Option("--channel", help="How it was received: counter/mail/phone/web.")]
Received = Annotated[
    str | None, typer.Option("--received-at", help="When it was received (ISO 8601 with offset; default now).")
]
Verifier = Annotated[str | None, typer.Option("--verifier", help="Opaque id of who verified the identity.")]
VerifiedAt = Annotated[
    str | None, typer.Option("--verified-at", help="When it was verified (default: now if --verifier).")
]
Relation = Annotated[
    RelationOpt | None, typer.Option("--agent-relation", help="Requested by an agent (代理人): relation.")
]
AgentRef = Annotated[
    str | None, typer.Option("--agent-ref", help="Opaque reference for the agent (e.g. form number); never a name.")
]
Stdin = Annotated[bool, typer.Option("--patient-id-stdin", help="Read the patient ID from stdin (no prompt).")]


def _requester(relation: RelationOpt | None, agent_ref: str | None) -> tuple[Requester, AgentRelation | None]:
    from policies.consent import AgentRelation, Requester

    if (relation is None) != (agent_ref is None):
        raise _fail("an agent's request needs both --agent-relation and --agent-ref", 2)
    if relation is None:
        return Requester.PATIENT, None
    return Requester.AGENT, AgentRelation(relation.value)


def _verified_at(verifier: str | None, verified_at: str | None) -> datetime | None:
    if verifier is None:
        if verified_at is not None:
            raise _fail("--verified-at needs --verifier", 2)
        return None
    return _when(verified_at) or datetime.now(UTC)


@app.command("add")
def add_cmd(  # noqa: PLR0917 - typer maps options to parameters
    kind: Annotated[KindOpt, typer.Argument(help="blanket (包括不同意), study (個別不同意), stop_use (利用停止).")],
    by: Staff,
    channel: Channel_,
    study: Annotated[
        str | None, typer.Option("--study", help="Approval number (default: the active policy's study).")
    ] = None,
    all_studies: Annotated[bool, typer.Option("--all-studies", help="stop_use for every study.")] = False,
    received_at: Received = None,
    verifier: Verifier = None,
    verified_at: VerifiedAt = None,
    agent_relation: Relation = None,
    agent_ref: AgentRef = None,
    patient_id_stdin: Stdin = False,
) -> None:
    """Record an opt-out, effective from the time it was received. Prints the record id."""
    from pydantic import ValidationError

    from gateway.services.consent import record_optout
    from policies.consent import Channel, OptOutKind, RecordRefused

    requester, relation = _requester(agent_relation, agent_ref)
    rid = _registry_id(patient_id_stdin)
    try:
        with _session() as s:
            scope: str | None
            if kind is KindOpt.blanket or (kind is KindOpt.stop_use and all_studies):
                scope = None
            else:
                scope = study or _study_default(s)
            rec = record_optout(
                s,
                registry_id=rid,
                kind=OptOutKind(kind.value),
                study=scope,
                channel=Channel(channel.value),
                received_at=_when(received_at) or datetime.now(UTC),
                recorded_by=by,
                roles=_roles(),
                requester=requester,
                agent_relation=relation,
                agent_ref=agent_ref,
                verifier=verifier,
                verified_at=_verified_at(verifier, verified_at),
            )
    except (ValidationError, RecordRefused) as exc:
        raise _fail(_safe(exc)) from None
    typer.echo(rec.record_id)


def _safe(exc: Exception) -> str:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        return "refused: " + "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in exc.errors()
        )
    return f"refused: {exc}"


@app.command("revoke")
def revoke_cmd(  # noqa: PLR0917 - typer maps options to parameters
    record_id: Annotated[str, typer.Argument(help="The opt-out record being withdrawn (re-consent).")],
    by: Staff,
    channel: Channel_,
    received_at: Received = None,
    verifier: Verifier = None,
    verified_at: VerifiedAt = None,
    agent_relation: Relation = None,
    agent_ref: AgentRef = None,
) -> None:
    """Record a revocation (re-consent) of an opt-out; it takes effect only once verified."""
    from pydantic import ValidationError

    from gateway.services.consent import record_revocation
    from policies.consent import Channel, RecordRefused

    requester, relation = _requester(agent_relation, agent_ref)
    try:
        with _session() as s:
            rec = record_revocation(
                s,
                target=record_id,
                channel=Channel(channel.value),
                received_at=_when(received_at) or datetime.now(UTC),
                recorded_by=by,
                roles=_roles(),
                requester=requester,
                agent_relation=relation,
                agent_ref=agent_ref,
                verifier=verifier,
                verified_at=_verified_at(verifier, verified_at),
            )
    except (ValidationError, RecordRefused) as exc:
        raise _fail(_safe(exc)) from None
    note = "" if rec.verified_at else " (not yet verified: the opt-out stays in force until `optout verify`)"
    typer.echo(rec.record_id + note)


@app.command("verify")
def verify_cmd(
    record_id: Annotated[str, typer.Argument(help="The record whose requester's identity was verified.")],
    by: Staff,
    verifier: Annotated[str, typer.Option("--verifier", help="Opaque id of who verified the identity.")],
    verified_at: VerifiedAt = None,
) -> None:
    """Record a later identity verification of an opt-out or revocation."""
    from pydantic import ValidationError

    from gateway.services.consent import record_verification
    from policies.consent import RecordRefused

    try:
        with _session() as s:
            rec = record_verification(
                s,
                target=record_id,
                verifier=verifier,
                verified_at=_when(verified_at) or datetime.now(UTC),
                recorded_by=by,
                roles=_roles(),
            )
    except (ValidationError, RecordRefused) as exc:
        raise _fail(_safe(exc)) from None
    typer.echo(rec.record_id)


@app.command("list")
def list_cmd(
    active: Annotated[
        bool, typer.Option("--active", help="Only the registry ids opted out of --study at --at.")
    ] = False,
    study: Annotated[str | None, typer.Option("--study", help="Approval number (default: active policy's).")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Point in time (ISO 8601 with offset; default now).")] = None,
    fhir: Annotated[bool, typer.Option("--fhir", help="Print a FHIR R5 Bundle of Consent resources.")] = False,
) -> None:
    """List registry records (history), the active set, or a FHIR export."""
    from gateway.services.consent import fhir_bundle, load_records
    from gateway.services.policy import NoActivePolicy, active_policy
    from policies.consent import active_optouts, optout_digest
    from policies.policy import default_policy

    when = _when(at) or datetime.now(UTC)
    with _session() as s:
        if fhir:
            try:
                policy = active_policy(s)[2]
            except NoActivePolicy:
                policy = default_policy()
            typer.echo(json.dumps(fhir_bundle(s, policy, at=when), ensure_ascii=False, indent=2))
            return
        records = load_records(s)
        if active:
            sid = study or _study_default(s)
            ids = active_optouts(records, sid, when)
            for rid in sorted(ids):
                typer.echo(rid)
            typer.echo(
                f"# {len(ids)} active for {sid} at {when:%Y-%m-%dT%H:%M:%SZ}; {optout_digest(ids, sid)}", err=True
            )
            return
        for r in records:
            typer.echo(_line(r))


@app.command("show")
def show_cmd(
    record_id: Annotated[str | None, typer.Argument(help="A record id (or give the patient ID at the prompt).")] = None,
    fhir: Annotated[bool, typer.Option("--fhir", help="Print the subject's opt-outs as FHIR R5 Consent.")] = False,
    patient_id_stdin: Stdin = False,
) -> None:
    """Show one subject's history (by record id, or by patient ID at a hidden prompt)."""
    from gateway.services.consent import fhir_bundle, get_record, load_records
    from gateway.services.policy import NoActivePolicy, active_policy
    from policies.consent import RecordRefused
    from policies.policy import default_policy

    with _session() as s:
        if record_id is not None:
            try:
                rid = get_record(s, record_id).registry_id
            except RecordRefused as exc:
                raise _fail(_safe(exc)) from None
        else:
            rid = _registry_id(patient_id_stdin)
        if fhir:
            try:
                policy = active_policy(s)[2]
            except NoActivePolicy:
                policy = default_policy()
            typer.echo(json.dumps(fhir_bundle(s, policy, registry_id=rid), ensure_ascii=False, indent=2))
            return
        records = load_records(s, rid)
        if not records:
            typer.echo("no records for this subject")
        for r in records:
            typer.echo(_line(r))
