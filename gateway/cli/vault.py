"""``sekisho vault``: the linkage vault (keys, custody shares, re-identification, destruction).

Errors print the vault's safe diagnostics (no key material, no IDs) to stderr and exit with status 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

app = typer.Typer(
    help="Linkage vault: init, status, key rotation, custody shares, two-person re-identification, destruction.",
    no_args_is_help=True,
)

ProjectOpt = Annotated[str, typer.Option("--project", help="Vault project (opaque id).")]
ActorOpt = Annotated[str, typer.Option("--actor", help="Opaque id of who runs this (audited), e.g. user:officer-1.")]

T = TypeVar("T")


def _run(fn: Callable[[], T]) -> T:
    from linkage_vault.errors import VaultError

    try:
        return fn()
    except VaultError as exc:
        typer.echo(json.dumps(exc.diagnostics(), ensure_ascii=False), err=True)
        raise typer.Exit(2) from None


def _read_shares(share: list[str] | None, shares_from: Path | None) -> list[str]:
    out = list(share or [])
    if shares_from is not None:
        text = sys.stdin.read() if str(shares_from) == "-" else shares_from.read_text(encoding="ascii")
        out.extend(line.strip() for line in text.splitlines() if line.strip())
    return out


ShareOpt = Annotated[
    list[str] | None, typer.Option("--share", help="A custodian share (repeat for each custodian present).")
]
SharesFromOpt = Annotated[
    Path | None,
    typer.Option("--shares-from", help="File with one share per line ('-' reads stdin; keeps shares out of argv)."),
]


@app.command("init")
def init_cmd(
    project: ProjectOpt = "default",
    threshold: Annotated[int, typer.Option("--threshold", "-k", help="Shares needed to re-identify.")] = 2,
    shares: Annotated[int, typer.Option("--shares", "-n", help="Shares to create (one per custodian).")] = 3,
    shares_dir: Annotated[
        Path | None, typer.Option("--shares-dir", help="Write share-<i>.txt files (mode 0600) instead of printing.")
    ] = None,
    actor: ActorOpt = "system:cli",
) -> None:
    """Create the project's vault: a KEK in the configured key provider, wrapped data keys, and custody shares
    (shown once, never stored)."""
    from gateway.services.vault import init_vault

    vault, share_list = _run(lambda: init_vault(project=project, threshold=threshold, shares=shares, actor=actor))
    typer.echo(f"vault {vault.vault_id} initialised for project {project}: {threshold}-of-{shares} custody")
    if shares_dir is not None:
        shares_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        for i, s in enumerate(share_list, start=1):
            path = shares_dir / f"share-{i}.txt"
            path.touch(mode=0o600)
            path.write_text(s + "\n", encoding="ascii")
        typer.echo(f"wrote {len(share_list)} shares to {shares_dir}: hand one to each custodian, then delete them")
    else:
        typer.echo("custody shares (hand one to each custodian; they are not stored anywhere):", err=True)
        for s in share_list:
            typer.echo(s)


@app.command("status")
def status_cmd(project: ProjectOpt = "default") -> None:
    """Show the vault's state and check that the configured key opens it (prints no key material)."""
    from gateway.services.vault import open_vault, vault_status
    from linkage_vault.errors import VaultError

    st = _run(lambda: vault_status(project=project))
    info: dict[str, Any] = {
        "project": st.project,
        "vault_id": st.vault_id,
        "state": st.state,
        "kek_generation": st.kek_generation,
        "custody": None
        if st.custody_threshold is None
        else f"{st.custody_threshold}-of-{st.custody_shares} (set {st.custody_set_id})",
        "studies": st.studies,
        "linkages": st.linkages,
        "created_at": st.created_at.isoformat(),
        "rotated_at": st.rotated_at.isoformat() if st.rotated_at else None,
        "destroyed_at": st.destroyed_at.isoformat() if st.destroyed_at else None,
    }
    if st.state == "active":
        try:
            open_vault(project=project)
            info["key_check"] = "ok"
        except VaultError as exc:
            info["key_check"] = exc.code
    typer.echo(json.dumps(info, indent=2))


@app.command("rotate")
def rotate_cmd(project: ProjectOpt = "default", actor: ActorOpt = "system:cli") -> None:
    """Replace the KEK and re-wrap every data key (custody shares stay valid; no data is lost)."""
    from gateway.services.vault import open_vault

    gen = _run(lambda: open_vault(project=project).rotate(actor=actor))
    typer.echo(f"key-encryption key rotated: generation {gen}")


@app.command("split")
def split_cmd(  # noqa: PLR0917 - typer maps options to parameters
    requested_by: Annotated[str, typer.Option("--requested-by", help="First custodian (opaque id).")],
    approved_by: Annotated[str, typer.Option("--approved-by", help="Second, distinct custodian (opaque id).")],
    project: ProjectOpt = "default",
    threshold: Annotated[int, typer.Option("--threshold", "-k", help="New threshold.")] = 2,
    shares: Annotated[int, typer.Option("--shares", "-n", help="New number of shares.")] = 3,
    share: ShareOpt = None,
    shares_from: SharesFromOpt = None,
    reason: Annotated[str, typer.Option("--reason", help="Why custody changes (audited as a digest).")] = (
        "custodian change"
    ),
) -> None:
    """Re-split custody with k current shares (custodian change, new k-of-n); the old shares stop working."""
    from gateway.services.vault import open_vault

    current = _read_shares(share, shares_from)
    new = _run(
        lambda: open_vault(project=project).split(
            current, threshold=threshold, n=shares, requested_by=requested_by, approved_by=approved_by, reason=reason
        )
    )
    typer.echo(f"new custody set: {threshold}-of-{shares}; previous shares are void", err=True)
    for s in new:
        typer.echo(s)


@app.command("reidentify")
def reidentify_cmd(  # noqa: PLR0917 - typer maps options to parameters
    study: Annotated[str, typer.Option("--study", help="Study (opaque id).")],
    pseudonym: Annotated[str, typer.Option("--pseudonym", help="Research pseudonym to resolve.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (e.g. incidental finding, ticket); audited as digest.")],
    requested_by: Annotated[str, typer.Option("--requested-by", help="Requesting custodian (opaque id).")],
    approved_by: Annotated[str, typer.Option("--approved-by", help="Approving, distinct custodian (opaque id).")],
    project: ProjectOpt = "default",
    share: ShareOpt = None,
    shares_from: SharesFromOpt = None,
    with_known: Annotated[bool, typer.Option("--with-known", help="Also print the known identifiers.")] = False,
) -> None:
    """Two-person re-identification: k custodian shares, two distinct custodians and a reason; audited."""
    from gateway.services.vault import open_vault

    shares_given = _read_shares(share, shares_from)
    result = _run(
        lambda: open_vault(project=project).reidentify(
            study, pseudonym, reason, shares=shares_given, requested_by=requested_by, approved_by=approved_by
        )
    )
    out: dict[str, Any] = {"study": result.study, "pseudonym": result.pseudonym, "patient_id": result.patient_id}
    if with_known:
        out["known"] = result.known.model_dump(mode="json") if result.known is not None else None
    typer.echo(json.dumps(out, ensure_ascii=False))


@app.command("destroy")
def destroy_cmd(  # noqa: PLR0917 - typer maps options to parameters
    project: ProjectOpt = "default",
    reason: Annotated[str, typer.Option("--reason", help="Why (audited as a digest).")] = "",
    yes: Annotated[bool, typer.Option("--yes", help="Confirm immediate, irreversible destruction.")] = False,
    if_due: Annotated[
        bool, typer.Option("--if-due", help="Scheduled mode: destroy only on/after the protocol's destruction date.")
    ] = False,
    destruction_date: Annotated[
        str | None,
        typer.Option("--destruction-date", help="YYYY-MM-DD; default: the policy's linkage.destruction_date."),
    ] = None,
    today: Annotated[str | None, typer.Option("--today", help="YYYY-MM-DD; default: today (UTC).")] = None,
    actor: ActorOpt = "system:cli",
) -> None:
    """Crypto-shred the vault: destroy the KEK, then the wrapped keys, custody data and linkage rows. Irreversible."""
    from gateway.services import vault as svc

    if if_due:
        from datetime import UTC, datetime

        when = date.fromisoformat(today) if today else datetime.now(UTC).date()
        due = date.fromisoformat(destruction_date) if destruction_date else _policy_destruction_date()
        done = _run(lambda: svc.destroy_if_due(project=project, today=when, destruction_date=due, actor=actor))
        typer.echo("vault destroyed (destruction date reached)" if done else "not due (or already destroyed)")
        return
    if not yes:
        typer.echo("refusing: destruction is irreversible; pass --yes (or --if-due for the scheduled job)", err=True)
        raise typer.Exit(1)
    _run(lambda: svc.destroy_vault(project=project, reason=reason, actor=actor))
    typer.echo("vault destroyed: keys shredded, linkage deleted")


def _policy_destruction_date() -> date:
    """The destruction date of the active (approved) policy, else of ``SEKISHO_POLICY_FILE``."""
    from gateway.settings import get_settings

    settings = get_settings()
    try:
        from gateway.services.policy import active_policy
        from gateway.store.db import make_engine, session_scope

        with session_scope(make_engine(settings.db_url)) as session:
            _version, _hash, policy = active_policy(session)
        return policy.linkage.destruction_date
    except Exception:
        if settings.policy_file is None:
            typer.echo("no approved policy and no SEKISHO_POLICY_FILE: pass --destruction-date", err=True)
            raise typer.Exit(2) from None
    from policies.policy import load_policy

    return load_policy(settings.policy_file).linkage.destruction_date
