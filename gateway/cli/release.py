"""``sekisho release``: build, check, approve, publish, revoke and expire releases; list and show them; verify a
downloaded copy offline; process withdrawals after release; attest deletion; record trainings.

The command line runs on the gateway host: host access control stands in for the API's authentication, so the
operator names who acts (``--actor``, an opaque user id) and in which role (``--role``). The service still applies
every rule: two distinct privacy officers who did not build the release, opt-outs and policy current, recipient not
blocked. Output names release ids, recipient ids, counts and codes only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli._common import fail as _fail

if TYPE_CHECKING:
    from sqlmodel import Session

    from gateway.release.service import NoticeSummary, ReleaseSummary
    from gateway.security.principal import Principal
    from gateway.settings import Settings

app = typer.Typer(help="Releases: build, check, approve, publish, revoke, expire, list, show, verify, withdrawals.")
trainings_app = typer.Typer(help="Which models were trained on which release (listed in withdrawal notices).")
app.add_typer(trainings_app, name="trainings")

Actor = Annotated[str, typer.Option("--actor", help="Opaque id of who acts, e.g. user:po-1.")]
RoleOpt = Annotated[
    str, typer.Option("--role", help="Role of the actor: steward, privacy_officer (attest: trainer or contractor).")
]
ReleaseArg = Annotated[str, typer.Argument(help="Release id.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]
At = Annotated[
    datetime | None, typer.Option("--at", help="Act as of this UTC time (default: now); for replay and tests.")
]


def _now(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


@contextmanager
def _session() -> Iterator[tuple[Session, Settings]]:
    from gateway.release.service import ReleaseError
    from gateway.settings import get_settings
    from gateway.store.db import make_engine, session_scope
    from gateway.store.migrate import upgrade

    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    try:
        upgrade(engine)
        with session_scope(engine) as session:
            yield session, settings
    except ReleaseError as exc:
        raise _fail(exc.diagnostics()) from None
    finally:
        engine.dispose()


def _principal(actor: str, role: str, recipient: str | None = None) -> Principal:
    from gateway.security.principal import Principal
    from policies.states import Role

    try:
        return Principal(actor, Role(role), recipient=recipient)
    except ValueError as exc:
        raise _fail(f"invalid principal: {exc}") from None


def _summary_json(s: ReleaseSummary) -> dict[str, Any]:
    return {
        "release_id": s.release_id,
        "dataset_id": s.dataset_id,
        "recipient": s.recipient,
        "state": s.state,
        "created_by": s.created_by,
        "created_at": s.created_at.isoformat(),
        "expires_at": s.expires_at.isoformat() if s.expires_at else None,
        "published_at": s.published_at.isoformat() if s.published_at else None,
        "approvers": list(s.approvers),
        "checks": [{"name": c.name, "passed": c.passed, "detail": c.detail} for c in s.checks],
        "file_count": s.file_count,
        "total_bytes": s.total_bytes,
        "subjects": s.subjects,
        "withdrawn_subjects": s.withdrawn_subjects,
        "generalisation": s.generalisation,
        "policy_version": s.policy_version,
        "optout_digest": s.optout_digest,
        "supersedes": s.supersedes,
        "superseded_by": s.superseded_by,
        "reason_code": s.reason_code,
    }


def _notice_json(n: NoticeSummary) -> dict[str, Any]:
    return {
        "notice_id": n.notice_id,
        "recipient": n.recipient,
        "state": n.state,
        "release_ids": list(n.release_ids),
        "pseudonyms": list(n.pseudonyms),
        "issued_at": n.issued_at.isoformat(),
        "deadline": n.deadline.isoformat(),
        "attested_at": n.attested_at.isoformat() if n.attested_at else None,
        "attested_by": n.attested_by,
        "models": list(n.models),
        "retrain_required": n.retrain_required,
    }


def _show(s: ReleaseSummary, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(_summary_json(s), ensure_ascii=False, indent=2))
        return
    typer.echo(
        f"{s.release_id}  {s.state:<10} recipient={s.recipient} subjects={s.subjects} files={s.file_count} "
        f"bytes={s.total_bytes} approvers={','.join(s.approvers) or '-'}"
    )
    for c in s.checks:
        typer.echo(f"  [{'pass' if c.passed else 'FAIL'}] {c.name}: {c.detail}")


@app.command()
def build(
    *,
    recipient: Annotated[str, typer.Option("--recipient", help="Policy recipient id.")],
    actor: Actor,
    role: RoleOpt = "steward",
    modality: Annotated[list[str] | None, typer.Option("--modality", help="Modality to include (repeat).")] = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", help="Data kind (repeat; default images and reports).")
    ] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First (shifted) exam date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last (shifted) exam date, YYYY-MM-DD.")] = None,
    finding: Annotated[
        list[str] | None, typer.Option("--finding", help="Keep exams with this finding positive (repeat).")
    ] = None,
    max_subjects: Annotated[int | None, typer.Option("--max-subjects", min=1, help="At most this many.")] = None,
    array_size: Annotated[int, typer.Option("--array-size", help="Side of the trainer-ready images.")] = 128,
    at: At = None,
    as_json: AsJson = False,
) -> None:
    """Build a dataset for a recipient from the research store (state draft)."""
    from gateway.release.service import CohortQuery, build_release

    try:
        cohort = CohortQuery(
            modalities=tuple(modality or ()),
            data_kinds=tuple(kind or ("images", "reports")),
            date_from=date.fromisoformat(date_from) if date_from else None,
            date_to=date.fromisoformat(date_to) if date_to else None,
            findings=tuple(finding or ()),
            max_subjects=max_subjects,
            array_size=array_size,
        )
    except ValueError:
        raise _fail("dates are YYYY-MM-DD") from None
    with _session() as (s, settings):
        summary = build_release(
            s, settings, actor=_principal(actor, role), recipient=recipient, cohort=cohort, now=_now(at)
        )
    _show(summary, as_json)


@app.command()
def check(
    release_id: ReleaseArg, actor: Actor, role: RoleOpt = "steward", at: At = None, as_json: AsJson = False
) -> None:
    """Run the automatic checks: all pass -> checked; otherwise it stays draft (exit 2)."""
    from gateway.release.service import run_checks

    with _session() as (s, settings):
        summary = run_checks(s, settings, release_id, actor=_principal(actor, role), now=_now(at))
    _show(summary, as_json)
    if summary.state != "checked":
        raise typer.Exit(2)


@app.command()
def approve(
    release_id: ReleaseArg, actor: Actor, role: RoleOpt = "privacy_officer", at: At = None, as_json: AsJson = False
) -> None:
    """Approve as one privacy officer (not the builder; the policy's number of distinct officers is needed)."""
    from gateway.release.service import approve as approve_release

    with _session() as (s, settings):
        summary = approve_release(s, settings, release_id, actor=_principal(actor, role), now=_now(at))
    _show(summary, as_json)


@app.command()
def publish(
    release_id: ReleaseArg, actor: Actor, role: RoleOpt = "steward", at: At = None, as_json: AsJson = False
) -> None:
    """Sign an approved release: BagIt bag, in-toto/DSSE manifest and the signed status document."""
    from gateway.release.service import publish as publish_release

    with _session() as (s, settings):
        summary = publish_release(s, settings, release_id, actor=_principal(actor, role), now=_now(at))
    _show(summary, as_json)


@app.command()
def revoke(
    release_id: ReleaseArg,
    *,
    actor: Actor,
    reason: Annotated[str, typer.Option("--reason", help="Reason code (a-z 0-9 _ - .), e.g. agreement_breach.")],
    role: RoleOpt = "privacy_officer",
    at: At = None,
    as_json: AsJson = False,
) -> None:
    """Revoke (or discard/reject) a release; a published one gets a signed 'revoked' status."""
    from gateway.release.service import revoke as revoke_release

    with _session() as (s, settings):
        summary = revoke_release(
            s, settings, release_id, actor=_principal(actor, role), reason_code=reason, now=_now(at)
        )
    _show(summary, as_json)


@app.command()
def expire(at: At = None) -> None:
    """Move released releases past their expiry to expired (the scheduled job)."""
    from gateway.release.service import expire_due

    with _session() as (s, settings):
        done = expire_due(s, settings, now=_now(at))
    typer.echo(f"expired: {len(done)}" + (f" ({', '.join(done)})" if done else ""))


@app.command()
def gc(at: At = None) -> None:
    """Delete release directories that no release row points at (builds rolled back), older than 6 hours."""
    from gateway.release.service import sweep_orphans

    with _session() as (s, settings):
        removed = sweep_orphans(settings, s, now=_now(at))
    typer.echo(f"removed: {len(removed)}")


@app.command("list")
def list_cmd(
    recipient: Annotated[str | None, typer.Option("--recipient", help="Only this recipient.")] = None,
    state: Annotated[list[str] | None, typer.Option("--state", help="Only these states (repeat).")] = None,
    as_json: AsJson = False,
) -> None:
    """List releases."""
    from gateway.release.service import list_releases

    with _session() as (s, _):
        rows = list_releases(s, recipient=recipient, states=state or None)
    if as_json:
        typer.echo(json.dumps([_summary_json(r) for r in rows], ensure_ascii=False, indent=2))
        return
    for r in rows:
        typer.echo(f"{r.release_id}  {r.state:<10} {r.recipient:<14} subjects={r.subjects} files={r.file_count}")


@app.command()
def show(release_id: ReleaseArg, as_json: AsJson = False) -> None:
    """Show one release with its checks and approvals."""
    from gateway.release.service import get_release

    with _session() as (s, _):
        summary = get_release(s, release_id)
    _show(summary, as_json)


@app.command()
def status(
    release_id: Annotated[str | None, typer.Argument(help="Release id (omit with --all).")] = None,
    all_published: Annotated[bool, typer.Option("--all", help="Re-sign every published release (cron).")] = False,
) -> None:
    """Re-sign status documents now (issued_at = now; readers refuse stale ones): one, printed, or --all."""
    import base64

    from gateway.release.service import refresh_statuses, status_envelope

    if all_published == (release_id is not None):
        raise _fail("give a release id or --all")
    with _session() as (s, settings):
        if all_published:
            done = refresh_statuses(s, settings, now=datetime.now(UTC))
            typer.echo(f"re-signed: {len(done)}")
            return
        assert release_id is not None
        env = status_envelope(s, settings, release_id)
    typer.echo(base64.b64decode(env["payload"]).decode("utf-8"))


@app.command()
def pubkey() -> None:
    """Print the release signing public key (raw Ed25519, hex): what recipients configure as trusted."""
    from gateway.release.service import ReleaseError, public_key_hex
    from gateway.release.signing import SigningKeyError
    from gateway.settings import get_settings

    try:
        typer.echo(public_key_hex(get_settings()))
    except (ReleaseError, SigningKeyError) as exc:
        raise _fail(exc.diagnostics()) from None


@app.command()
def verify(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="A downloaded release directory.")],
    key: Annotated[str, typer.Option("--key", help="Trusted public key: 64 hex digits, or a file holding them.")],
    status: Annotated[
        Path | None, typer.Option("--status", help="Status document (default: <dir>.status.dsse.json beside it).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Verify a downloaded release offline (bag, signature, statement, files, status); exit 1 on any problem."""
    from gateway.release.verify import verify_dir

    key_hex = Path(key).read_text(encoding="utf-8").strip() if Path(key).is_file() else key
    report = verify_dir(directory, key_hex, status_path=status)
    if as_json:
        typer.echo(
            json.dumps(
                {"release_id": report.release_id, "ok": report.ok, "files": report.files, "bytes": report.bytes,
                 "status": report.status, "problems": report.problems},
                ensure_ascii=False, indent=2,
            )
        )  # fmt: skip
    else:
        typer.echo(f"{report.release_id}: {report.files} files, {report.bytes} bytes")
        for p in report.problems:
            typer.echo(f"  problem: {p}")
        typer.echo("OK" if report.ok else "REFUSED")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def withdrawals(
    process: Annotated[
        bool, typer.Option("--process/--list", help="Process new opt-outs and overdue deadlines, or only list.")
    ] = False,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Only this recipient's notices.")] = None,
    at: At = None,
    as_json: AsJson = False,
) -> None:
    """Withdrawal notices. --process issues notices for opt-outs that arrived after a release's build (blocks the
    subjects' files, re-signs the status, drafts a superseding release) and marks passed deadlines overdue."""
    from gateway.release.service import list_notices, mark_overdue, process_withdrawals

    with _session() as (s, settings):
        if process:
            now = _now(at)
            issued = process_withdrawals(s, settings, now=now)
            overdue = mark_overdue(s, now=now)
            if not as_json:
                typer.echo(f"issued: {len(issued)}, overdue: {len(overdue)}")
        notices = list_notices(s, recipient=recipient)
    if as_json:
        typer.echo(json.dumps([_notice_json(n) for n in notices], ensure_ascii=False, indent=2))
        return
    for n in notices:
        typer.echo(
            f"{n.notice_id}  {n.state:<8} recipient={n.recipient} subjects={len(n.pseudonyms)} "
            f"releases={','.join(n.release_ids)} deadline={n.deadline.isoformat()} models={len(n.models)}"
        )


@app.command()
def attest(
    notice_id: Annotated[str, typer.Argument(help="Withdrawal notice id.")],
    actor: Actor,
    recipient: Annotated[str, typer.Option("--recipient", help="The recipient the actor speaks for.")],
    role: RoleOpt = "contractor",
    at: At = None,
) -> None:
    """Record the recipient's attestation that it deleted the notice's subjects."""
    from gateway.release.service import attest_deletion

    with _session() as (s, settings):
        n = attest_deletion(s, settings, notice_id, actor=_principal(actor, role, recipient), now=_now(at))
    typer.echo(f"{n.notice_id}: {n.state}")


@trainings_app.command("record")
def trainings_record(
    release_id: ReleaseArg,
    *,
    model: Annotated[str, typer.Option("--model", help="Opaque model id, e.g. model:nodule-v3.")],
    actor: Actor,
    role: RoleOpt = "steward",
    recipient: Annotated[str | None, typer.Option("--recipient", help="For trainer/contractor actors.")] = None,
    at: At = None,
) -> None:
    """Record that a model was trained on a release."""
    from gateway.release.service import record_training

    with _session() as (s, _):
        record_training(s, release_id, model_id=model, actor=_principal(actor, role, recipient), now=_now(at))
    typer.echo(f"recorded {model} on {release_id}")


@trainings_app.command("list")
def trainings_list(
    release_id: Annotated[str | None, typer.Option("--release", help="Only this release.")] = None,
) -> None:
    """List recorded trainings."""
    from gateway.release.service import list_trainings

    with _session() as (s, _):
        rows = list_trainings(s, release_id)
    for rid, model, by, when in rows:
        typer.echo(f"{rid}  {model}  by={by}  at={when.isoformat()}")
