"""``sekisho ingest dicom|records|pacs|scp``: identified inputs -> opt-out and eligibility -> de-identification and
verification -> research store, through ``gateway.ingest`` (docs/INGEST.md).

Every command prints one JSON summary on stdout (run id, counts by outcome and reason, seconds) and a progress bar
on stderr. Exit codes: 0 the run completed (inputs may have been excluded or quarantined: see the counts);
1 the run failed (system error; what was stored before the failure stays stored and a rerun skips it);
2 usage error (bad arguments, no policy or vault); 3 with ``--strict`` when anything was quarantined.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from gateway.ingest import Ingestor, IngestSummary, ObjectResult
    from gateway.settings import Settings

app = typer.Typer(
    help="Ingest identified DICOM, records or PACS studies into the de-identified research store. "
    "Exit codes: 0 completed (see counts), 1 failed, 2 usage error, 3 quarantined inputs with --strict."
)

ActorOpt = Annotated[str, typer.Option("--actor", help="Opaque id of the steward running the ingest (audit actor).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Exit 3 when any input was quarantined.")]
ProgressOpt = Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")]
PolicyOpt = Annotated[
    Path | None,
    typer.Option("--policy", help="Policy YAML (default: the approved active policy, else the embedded default)."),
]


def _setup(policy: Path | None, actor: str) -> tuple[Settings, Engine, Ingestor]:
    from gateway.ingest import IngestError, Ingestor
    from gateway.security.principal import Principal
    from gateway.settings import get_settings
    from gateway.store.db import make_engine
    from gateway.store.migrate import upgrade
    from policies.policy import PolicyError, load_policy
    from policies.states import Role

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    upgrade(engine)
    try:
        pol = load_policy(policy) if policy else None
        ing = Ingestor(settings, engine, policy=pol, principal=Principal(actor, Role.STEWARD))
    except (IngestError, PolicyError) as exc:
        engine.dispose()
        typer.echo(f"error: {exc.diagnostics()}", err=True)
        raise typer.Exit(2) from None
    except OSError as exc:
        engine.dispose()
        typer.echo(f"error: cannot read the policy ({type(exc).__name__})", err=True)
        raise typer.Exit(2) from None
    return settings, engine, ing


@contextmanager
def _progress(enabled: bool, total: int | None, label: str) -> Iterator[Callable[[ObjectResult], None]]:
    if not enabled:
        yield lambda _r: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("stored {task.fields[stored]} excluded {task.fields[excluded]} quarantined {task.fields[q]}"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as bar:
        task = bar.add_task(label, total=total, stored=0, excluded=0, q=0)
        seen = {"stored": 0, "excluded": 0, "quarantined": 0}

        def tick(result: ObjectResult) -> None:
            key = result.status.value
            if key in seen:
                seen[key] += 1
            bar.update(task, advance=1, stored=seen["stored"], excluded=seen["excluded"], q=seen["quarantined"])

        yield tick


def _finish(summary: IngestSummary, strict: bool) -> None:
    typer.echo(json.dumps(summary.to_json(), ensure_ascii=False, sort_keys=True))
    if strict and summary.quarantined:
        raise typer.Exit(3)


def _fail(exc: BaseException) -> None:
    typer.echo(f"error: ingest failed ({type(exc).__name__}); stored objects stay stored, a rerun skips them", err=True)
    raise typer.Exit(1) from None


@app.command("dicom")
def dicom(
    paths: Annotated[list[Path], typer.Argument(help="DICOM files or directories (recursive).")],
    *,
    actor: ActorOpt = "steward",
    policy: PolicyOpt = None,
    strict: StrictOpt = False,
    progress: ProgressOpt = True,
    workers: Annotated[
        int | None,
        typer.Option("--workers", min=1, help="De-identification processes (default: SEKISHO_WORKERS, 1)."),
    ] = None,
) -> None:
    """Ingest identified DICOM Part 10 files: opt-out and eligibility at receipt, de-identification with the
    policy's options and the independent verifier, one research object per SOP instance (a rerun stores nothing
    twice). Prints the run's JSON summary. Exit: 0 completed, 1 failed, 2 usage, 3 quarantined with --strict."""
    from gateway.ingest import iter_files

    missing = [p for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: {len(missing)} input path(s) do not exist", err=True)
        raise typer.Exit(2)
    settings, engine, ing = _setup(policy, actor)
    files = list(iter_files(paths))
    n = workers or settings.workers
    try:
        with _progress(progress, len(files), "ingest dicom") as tick, ing.run("files") as run:
            run.on_result = tick
            if n > 1:
                from gateway.ingest.pool import ingest_files_pooled

                ingest_files_pooled(run, files, n)
            else:
                for f in files:
                    run.dicom_file(f)
    except Exception as exc:
        _fail(exc)
    finally:
        ing.close()
        engine.dispose()
    assert run.summary is not None
    _finish(run.summary, strict)


@app.command("records")
def records(
    file: Annotated[Path, typer.Argument(help="Records JSON lines (docs/RECORDS.md); '-' reads stdin.")],
    actor: ActorOpt = "steward",
    policy: PolicyOpt = None,
    strict: StrictOpt = False,
    progress: ProgressOpt = True,
) -> None:
    """Ingest records (reports, pathology, lab, ...; docs/RECORDS.md): opt-out and eligibility at receipt,
    scrubbing with the patient's known identifiers, an independent check that none survives, teacher labels on
    reports. Malformed lines are quarantined by line number. Prints the run's JSON summary. Exit: 0 completed,
    1 failed, 2 usage, 3 quarantined with --strict."""
    if str(file) != "-" and not file.is_file():
        typer.echo("error: FILE does not exist", err=True)
        raise typer.Exit(2)
    lines = (
        sys.stdin.read().splitlines()
        if str(file) == "-"
        else file.read_text(encoding="utf-8", errors="surrogateescape").splitlines()
    )
    _settings, engine, ing = _setup(policy, actor)
    try:
        with (
            _progress(progress, sum(1 for x in lines if x.strip()), "ingest records") as tick,
            ing.run("records") as run,
        ):
            run.on_result = tick
            for n, line in enumerate(lines, 1):
                if line.strip():
                    run.record_line(line, lineno=n)
    except Exception as exc:
        _fail(exc)
    finally:
        ing.close()
        engine.dispose()
    assert run.summary is not None
    _finish(run.summary, strict)


def _date(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        typer.echo(f"error: {name} must be YYYY-MM-DD", err=True)
        raise typer.Exit(2) from None


@app.command("pacs")
def pacs(
    *,
    dicomweb: Annotated[
        str | None,
        typer.Option("--dicomweb", help="DICOMweb base URL (QIDO-RS + WADO-RS), e.g. http://pacs/dicom-web."),
    ] = None,
    host: Annotated[str | None, typer.Option("--host", help="DIMSE peer host (C-FIND + C-GET/C-MOVE).")] = None,
    port: Annotated[int, typer.Option("--port", help="DIMSE peer port.")] = 104,
    called_ae: Annotated[str, typer.Option("--called-ae", help="The PACS's AE title.")] = "ANY-SCP",
    calling_ae: Annotated[str, typer.Option("--calling-ae", help="Our AE title.")] = "SEKISHO",
    retrieve: Annotated[
        str,
        typer.Option(
            "--retrieve",
            help="DIMSE retrieval: 'get' (C-GET on the same association) or 'move' (C-MOVE to our own SCP, "
            "started for the pull on --move-port; the PACS must know --calling-ae at that port).",
        ),
    ] = "get",
    move_port: Annotated[int, typer.Option("--move-port", help="Port of our temporary SCP for C-MOVE.")] = 11113,
    study: Annotated[list[str] | None, typer.Option("--study", help="Study Instance UID to pull (repeatable).")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="First study date (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Last study date (YYYY-MM-DD).")] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="Only studies with this modality.")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Network timeout in seconds.")] = 30.0,
    actor: ActorOpt = "steward",
    policy: PolicyOpt = None,
    strict: StrictOpt = False,
    progress: ProgressOpt = True,
) -> None:
    """Pull studies from a PACS, by Study Instance UID or by study date range, over DICOMweb or DIMSE, and ingest
    them. Resumable and idempotent: the pull state records each study's progress; a study already pulled is
    skipped, an interrupted one is retried, nothing is stored twice. Prints the run's JSON summary (with the
    studies pulled, skipped and failed). Exit: 0 completed, 1 the PACS could not be queried or a study failed
    (rerun to resume), 2 usage, 3 quarantined with --strict."""
    from gateway.dicom_net.pull import DicomwebSource, DimseSource, PullError, PullQuery, pull

    if (dicomweb is None) == (host is None):
        typer.echo("error: give exactly one of --dicomweb URL or --host HOST", err=True)
        raise typer.Exit(2)
    if not study and not (date_from or date_to):
        typer.echo("error: give --study UID or a date range (--from/--to)", err=True)
        raise typer.Exit(2)
    if retrieve not in ("get", "move"):
        typer.echo("error: --retrieve must be 'get' or 'move'", err=True)
        raise typer.Exit(2)
    query = PullQuery(
        study_uids=tuple(study or ()),
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
        modality=modality,
    )
    source: Any
    if dicomweb is not None:
        source = DicomwebSource(dicomweb, timeout=timeout)
    else:
        assert host is not None
        source = DimseSource(
            host,
            port,
            called_ae=called_ae,
            calling_ae=calling_ae,
            retrieve=retrieve,
            move_port=move_port,
            timeout=timeout,
        )
    _settings, engine, ing = _setup(policy, actor)
    try:
        with _progress(progress, None, "pull") as tick:
            result = pull(ing, source, query, on_result=tick)
    except PullError as exc:
        typer.echo(f"error: {exc.diagnostics()}", err=True)
        raise typer.Exit(1) from None
    except Exception as exc:
        _fail(exc)
    finally:
        source.close()
        ing.close()
        engine.dispose()
    typer.echo(json.dumps(result.to_json(), ensure_ascii=False, sort_keys=True))
    if result.failed_studies:
        raise typer.Exit(1)
    if strict and result.summary.quarantined:
        raise typer.Exit(3)


@app.command("scp")
def scp(
    *,
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 11112,
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    ae_title: Annotated[str, typer.Option("--ae-title", help="Our AE title.")] = "SEKISHO",
    allow: Annotated[
        list[str] | None,
        typer.Option("--allow", help="Calling AE title allowed to send (repeatable); none given: refuse everyone."),
    ] = None,
    max_associations: Annotated[int, typer.Option("--max-associations", min=1, help="Concurrent associations.")] = 4,
    tls_cert: Annotated[Path | None, typer.Option("--tls-cert", help="Server certificate (PEM): enables TLS.")] = None,
    tls_key: Annotated[Path | None, typer.Option("--tls-key", help="Server private key (PEM).")] = None,
    tls_ca: Annotated[
        Path | None, typer.Option("--tls-ca", help="CA bundle: require and verify client certificates.")
    ] = None,
    actor: ActorOpt = "scp",
    policy: PolicyOpt = None,
) -> None:
    """Run the C-STORE SCP: received objects go to the private staging area, through opt-out, eligibility and
    de-identification into the research store; the identified staging copy is deleted once done. Runs until
    interrupted (Ctrl-C); prints one JSON summary line per association on stdout. Exit: 0 stopped, 2 usage
    (no --allow, half a TLS pair)."""
    from gateway.dicom_net.scp import ScpConfig, StoreScp, tls_context

    if not allow:
        typer.echo("error: give at least one --allow CALLING_AE (the SCP refuses unknown callers)", err=True)
        raise typer.Exit(2)
    if (tls_cert is None) != (tls_key is None):
        typer.echo("error: --tls-cert and --tls-key go together", err=True)
        raise typer.Exit(2)
    ssl = tls_context(tls_cert, tls_key, tls_ca) if tls_cert and tls_key else None
    _settings, engine, ing = _setup(policy, actor)
    config = ScpConfig(
        ae_title=ae_title,
        host=host,
        port=port,
        allowed_callers=frozenset(allow),
        max_associations=max_associations,
        ssl_context=ssl,
    )

    def report(summary: IngestSummary) -> None:
        typer.echo(json.dumps(summary.to_json(), sort_keys=True))

    server = StoreScp(ing, config, on_association_done=report)
    try:
        server.start(block=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        ing.close()
        engine.dispose()
