"""``sekisho worker``: scale-out ``scrub dicom`` through jobs in the shared database (PostgreSQL for several
workers; SQLite is the single-worker fallback).

    sekisho worker submit SRC DST [--policy P] [--study S]   -> prints the job id (the same id again: resume)
    sekisho worker run [--job ID] [--batch N] [--lease-seconds S] [--forever]   (on as many hosts as wanted)
    sekisho worker status JOB
    sekisho worker finish JOB --report R.json [--quarantine Q]   -> outputs in place, the local run's report

Messages carry job ids and counts only, never a file name.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from gateway.scrub.dicom.engine import RunConfig

app = typer.Typer(
    help="Scale-out workers: submit, run, status and finish de-identification jobs.", no_args_is_help=True
)


def _engine() -> Engine:
    from gateway.settings import get_settings
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade

    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    upgrade(engine)
    return engine


def configure_scrub(params: dict[str, Any]) -> RunConfig:
    """The run configuration of a scrub job, built in the worker: policy from its file (checked against the
    digest taken at submission), keys from the vault for the job's study."""
    import hashlib

    from gateway.cli.scrub_dicom import load_policy_parts, vault_keys
    from gateway.scale.worker import JobError
    from gateway.scrub.dicom.engine import RunConfig

    policy = Path(params["policy"]) if params.get("policy") else None
    if policy is not None and hashlib.sha256(policy.read_bytes()).hexdigest() != params.get("policy_sha256"):
        raise JobError("the policy file changed since the job was submitted")
    options, label, pixel, cleaner = load_policy_parts(policy)
    keys = vault_keys(params.get("study") or label)
    return RunConfig(
        options=options, keys=keys, pixel_options=pixel, clean_text=cleaner if params.get("clean_text") else None
    )


@app.command("submit")
def submit_cmd(
    src: Annotated[Path, typer.Argument(help="Directory (recursive) or single file of identified DICOM.")],
    dst: Annotated[Path, typer.Argument(help="Output directory (shared by the workers).")],
    *,
    policy: Annotated[Path | None, typer.Option("--policy", help="As for scrub dicom.")] = None,
    study: Annotated[str | None, typer.Option("--study", help="Study label for the vault's keys.")] = None,
    clean_text: Annotated[bool, typer.Option("--clean-text/--no-clean-text")] = True,
    actor: Annotated[str, typer.Option("--actor", help="Opaque id of who submits (audit actor).")] = "system",
) -> None:
    """Create the job (or find it again, to resume) and print its id."""
    from gateway.cli.scrub_dicom import UsageError, load_policy_parts, vault_keys
    from gateway.scale.worker import JobError, submit_scrub

    try:
        _options, label, _pixel, _cleaner = load_policy_parts(policy)  # refuse a bad policy now, not in every worker
        if src.exists():
            vault_keys(study or label)  # in dev mode the vault is created here, once, before workers start
        job_id, created = submit_scrub(
            _engine(), src, dst, policy=policy, study=study, clean_text=clean_text, actor=actor
        )
    except (UsageError, JobError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(job_id)
    typer.echo("created" if created else "resumed (existing job)", err=True)


@app.command("run")
def run_cmd(
    *,
    job: Annotated[str | None, typer.Option("--job", help="Only this job (default: every open job).")] = None,
    batch: Annotated[int, typer.Option("--batch", min=1, help="Items leased at a time.")] = 16,
    lease_seconds: Annotated[float, typer.Option("--lease-seconds", min=1.0, help="Lease length.")] = 300.0,
    max_attempts: Annotated[int, typer.Option("--max-attempts", min=1, help="Leases before an item fails.")] = 3,
    forever: Annotated[bool, typer.Option("--forever", help="Keep polling for new jobs.")] = False,
    worker_id: Annotated[str | None, typer.Option("--id", help="Worker id (default: worker:<host>:<pid>).")] = None,
) -> None:
    """Consume jobs: lease items, de-identify, complete; exit when the work is done (unless --forever)."""
    from gateway.scale.worker import run_worker

    stats = run_worker(
        _engine(),
        configure_scrub,
        worker_id=worker_id,
        job_id=job,
        batch=batch,
        lease_seconds=lease_seconds,
        max_attempts=max_attempts,
        forever=forever,
    )
    typer.echo(f"{stats.completed} items completed, {stats.lost} leases lost", err=True)


@app.command("status")
def status_cmd(job: Annotated[str, typer.Argument(help="Job id.")]) -> None:
    """Counts of the job's items by state."""
    from gateway.scale.jobs import progress

    try:
        p = progress(_engine(), job)
    except KeyError:
        typer.echo("error: no such job", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{p.status}: {p.done} done, {p.failed} failed, {p.leased} leased, {p.pending} pending of {p.total}")


@app.command("finish")
def finish_cmd(
    job: Annotated[str, typer.Argument(help="Job id.")],
    report: Annotated[Path | None, typer.Option("--report", help="Write the run report (R.json) here.")] = None,
    quarantine: Annotated[Path | None, typer.Option("--quarantine", help="Copy failed inputs here.")] = None,
) -> None:
    """Move the staged outputs into place in input order and write the report (the local run's format)."""
    from gateway.scale.worker import JobError, finish_scrub

    try:
        results = finish_scrub(_engine(), job, report=report, quarantine=quarantine)
    except JobError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    ok = sum(1 for r in results if r.status == "ok")
    typer.echo(f"{ok} de-identified, {len(results) - ok} quarantined", err=True)
