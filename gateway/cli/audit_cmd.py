"""``sekisho audit``: verify, tail, search, export the tamper-evident audit log; sign and export checkpoints.

The checkpoint signing key is an Ed25519 signed-note key kept in ``$SEKISHO_HOME/keys/audit-checkpoint.key``
(mode 0600; its verifier key beside it in ``audit-checkpoint.pub``). In dev mode it is created on first use;
otherwise create it deliberately with ``sekisho audit init-key``. Checkpoints go to
``$SEKISHO_HOME/audit-checkpoints`` unless ``--sink-dir`` names another directory (the privacy officer's copy).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from audit.note import NoteSigner, NoteVerifier
    from audit.store import StoredEntry

app = typer.Typer(
    help="Tamper-evident audit log: verify, tail, search, export; sign checkpoints.", no_args_is_help=True
)

KEY_NAME = "sekisho-audit"
KEY_FILE = "audit-checkpoint.key"
PUB_FILE = "audit-checkpoint.pub"
ORIGIN_ENV = "SEKISHO_AUDIT_ORIGIN"

OriginOpt = Annotated[str | None, typer.Option("--origin", envvar=ORIGIN_ENV, help="Checkpoint origin line.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


@contextmanager
def _engine() -> Iterator[Engine]:
    from gateway.settings import get_settings
    from gateway.store.db import make_engine

    settings = get_settings()
    engine = make_engine(settings.db_url)
    try:
        yield engine
    finally:
        engine.dispose()


def _origin(origin: str | None) -> str:
    from audit.checkpoint import DEFAULT_ORIGIN

    return origin or DEFAULT_ORIGIN


def _keys_dir() -> Path:
    from gateway.settings import get_settings

    return get_settings().keys_dir


def create_key(keys_dir: Path) -> NoteSigner:
    """Create the checkpoint key pair (private 0600, public 0644); refuse to overwrite an existing key."""
    import os

    from audit.note import NoteSigner

    keys_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_path = keys_dir / KEY_FILE
    signer = NoteSigner.generate(KEY_NAME)
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(signer.encode() + "\n")
    (keys_dir / PUB_FILE).write_text(signer.verifier.encode() + "\n", encoding="utf-8")
    return signer


def load_signer() -> NoteSigner:
    from audit.note import NoteSigner
    from gateway.settings import get_settings

    settings = get_settings()
    key_path = settings.keys_dir / KEY_FILE
    if not key_path.exists():
        if settings.mode != "dev":
            raise _fail("no audit checkpoint key: create it with `sekisho audit init-key`")
        return create_key(settings.keys_dir)
    if key_path.stat().st_mode & 0o077:
        raise _fail(f"{key_path} is readable by others; chmod 600 it")
    return NoteSigner.decode(key_path.read_text(encoding="utf-8"))


def load_verifiers(key_files: list[Path] | None) -> list[NoteVerifier]:
    from audit.note import NoteVerifier

    paths = key_files or [_keys_dir() / PUB_FILE]
    verifiers: list[NoteVerifier] = []
    for path in paths:
        if path.exists():
            verifiers.extend(NoteVerifier.decode(line) for line in path.read_text("utf-8").splitlines() if line.strip())
        elif key_files:
            raise _fail(f"verifier key file not found: {path}")
    return verifiers


def _checkpoint_dir(sink_dir: Path | None) -> Path:
    from gateway.settings import get_settings

    return sink_dir or get_settings().home / "audit-checkpoints"


def _print_entries(entries: list[StoredEntry], as_json: bool) -> None:
    for e in entries:
        if as_json:
            typer.echo(json.dumps(e.event.to_dict(), sort_keys=True))
        else:
            ev = e.event
            details = json.dumps(dict(ev.details), sort_keys=True) if ev.details else ""
            typer.echo(f"{ev.seq:>8} {ev.ts} {ev.action} {ev.actor} {ev.object_type}:{ev.object_id} {details}".rstrip())


def _missing_tables(exc: Exception) -> typer.Exit:
    return _fail(f"cannot read the audit log ({type(exc).__name__}); has `sekisho db upgrade` been run?")


@app.command("verify")
def verify_cmd(
    *,
    checkpoint: Annotated[
        list[Path] | None, typer.Option("--checkpoint", help="A signed checkpoint file to check the log against.")
    ] = None,
    sink_dir: Annotated[
        Path | None,
        typer.Option(
            "--checkpoint-dir", help="Also check every *.checkpoint here (default: $SEKISHO_HOME/audit-checkpoints)."
        ),
    ] = None,
    key: Annotated[
        list[Path] | None,
        typer.Option("--key", help="Trusted verifier key file(s) (default: the local checkpoint key)."),
    ] = None,
    export: Annotated[
        Path | None, typer.Option("--export", help="Verify this export (JSON lines) instead of the database.")
    ] = None,
    origin: OriginOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check chain, hashes, head, Merkle tree, recorded checkpoints and exported signed checkpoints.
    Exit 0 when no problem is found, 1 otherwise."""
    import sqlalchemy as sa

    from audit.export import entries_from_lines
    from audit.sinks import DirectorySink
    from audit.verify import verify, verify_entries

    verifiers = load_verifiers(key)
    notes = [p.read_text(encoding="utf-8") for p in checkpoint or []]
    notes += [p.read_text(encoding="utf-8") for p in DirectorySink(_checkpoint_dir(sink_dir)).notes()]
    if export is not None:
        with export.open(encoding="utf-8") as fh:
            try:
                result = verify_entries(
                    entries_from_lines(fh), verifiers=verifiers, checkpoints=notes, origin=_origin(origin)
                )
            except ValueError as exc:
                raise _fail(f"{export}: {exc}", 1) from None
    else:
        with _engine() as engine, engine.connect() as conn:
            try:
                result = verify(conn, verifiers=verifiers, checkpoints=notes, origin=_origin(origin))
            except sa.exc.DBAPIError as exc:
                raise _missing_tables(exc) from None
    if as_json:
        typer.echo(json.dumps(result.to_dict(), indent=2))
    else:
        import base64

        status = "OK" if result.ok else "TAMPERING DETECTED"
        typer.echo(f"{status}: {result.size} entries, root {base64.b64encode(result.root_hash).decode()}")
        typer.echo(
            f"checkpoints verified: {result.checkpoints_verified} exported, "
            f"{result.internal_checkpoints_verified} recorded in the log"
        )
        for p in result.problems:
            typer.echo(f"problem: {p}")
        for w in result.warnings:
            typer.echo(f"warning: {w}")
    if not result.ok:
        raise typer.Exit(1)


@app.command("tail")
def tail_cmd(
    n: Annotated[int, typer.Option("-n", "--lines", min=1, help="How many of the latest events.")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Print the latest events."""
    import sqlalchemy as sa

    from audit.store import head_seq, iter_entries

    with _engine() as engine, engine.connect() as conn:
        try:
            head = head_seq(conn)
            entries = list(iter_entries(conn, after=max(0, head - n)))
        except sa.exc.DBAPIError as exc:
            raise _missing_tables(exc) from None
    _print_entries(entries, as_json)


@app.command("search")
def search_cmd(
    *,
    action: Annotated[str | None, typer.Option(help="Exact action, or a prefix ending in '.' or '*'.")] = None,
    actor: Annotated[str | None, typer.Option(help="Exact actor.")] = None,
    object_type: Annotated[str | None, typer.Option("--object-type", help="Exact object type.")] = None,
    object_id: Annotated[str | None, typer.Option("--object-id", help="Exact object id.")] = None,
    since: Annotated[str | None, typer.Option(help="From this UTC time (ISO 8601 prefix, e.g. 2026-11-27).")] = None,
    until: Annotated[str | None, typer.Option(help="Before this UTC time (ISO 8601 prefix).")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events (oldest first).")] = 1000,
    as_json: JsonOpt = False,
) -> None:
    """Find events by action, actor, object or time."""
    import itertools

    import sqlalchemy as sa

    from audit.store import audit_events, iter_entries

    c = audit_events.c
    conditions: list[sa.ColumnElement[bool]] = []
    if action:
        if action.endswith(("*", ".")):
            prefix = action.rstrip("*")
            conditions.append(c.action.startswith(prefix, autoescape=True))
        else:
            conditions.append(c.action == action)
    if actor:
        conditions.append(c.actor == actor)
    if object_type:
        conditions.append(c.object_type == object_type)
    if object_id:
        conditions.append(c.object_id == object_id)
    if since:
        conditions.append(c.ts >= since)
    if until:
        conditions.append(c.ts < until)
    where = sa.and_(*conditions) if conditions else None
    with _engine() as engine, engine.connect() as conn:
        try:
            entries = list(itertools.islice(iter_entries(conn, where=where), limit))
        except sa.exc.DBAPIError as exc:
            raise _missing_tables(exc) from None
    _print_entries(entries, as_json)


@app.command("export")
def export_cmd(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSON lines here (default: stdout).")] = None,
    after: Annotated[int, typer.Option(min=0, help="Only events with seq greater than this.")] = 0,
) -> None:
    """Export events with their hashes as JSON lines (one per event, seq order), for archiving or review;
    `sekisho audit verify --export FILE` checks such a file without the database."""
    import sqlalchemy as sa

    from audit.export import entry_to_line
    from audit.store import iter_entries

    fh = out.open("w", encoding="utf-8") if out else sys.stdout
    count = 0
    try:
        with _engine() as engine, engine.connect() as conn:
            for entry in iter_entries(conn, after=after):
                fh.write(entry_to_line(entry))
                count += 1
    except sa.exc.DBAPIError as exc:
        raise _missing_tables(exc) from None
    finally:
        if out:
            fh.close()
    if out:
        typer.echo(f"exported {count} events to {out}", err=True)


@app.command("checkpoint")
def checkpoint_cmd(
    sink_dir: Annotated[
        Path | None,
        typer.Option(
            "--sink-dir", help="Where to write the signed checkpoint (default: $SEKISHO_HOME/audit-checkpoints)."
        ),
    ] = None,
    origin: OriginOpt = None,
) -> None:
    """Check the log, sign its current head (Ed25519 signed note, tlog-checkpoint format), record the signing as
    an audit event and write the checkpoint to the sink directory."""
    import getpass
    import re

    import sqlalchemy as sa

    from audit import AuditIntegrityError
    from audit.checkpoints import create_checkpoint
    from audit.sinks import DirectorySink

    signer = load_signer()
    user = getpass.getuser()
    actor = f"os-user:{user}" if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,100}", user) else "os-user"
    sink = DirectorySink(_checkpoint_dir(sink_dir))
    try:
        with _engine() as engine, engine.begin() as conn:
            signed = create_checkpoint(conn, signer, sink=sink, origin=_origin(origin), actor=actor)
    except AuditIntegrityError as exc:
        raise _fail(str(exc), 1) from None
    except sa.exc.DBAPIError as exc:
        raise _missing_tables(exc) from None
    typer.echo(signed.note, nl=False)
    typer.echo(f"written to {signed.location}", err=True)


@app.command("prove")
def prove_cmd(
    seq: Annotated[int, typer.Argument(min=1, help="The event's sequence number.")],
    tree_size: Annotated[
        int | None, typer.Option("--tree-size", help="Prove against the tree of this size (e.g. a checkpoint's).")
    ] = None,
    old_size: Annotated[
        int | None, typer.Option("--consistency-from", help="Also prove the tree extends the tree of this size.")
    ] = None,
) -> None:
    """Print an RFC 9162 inclusion proof for one event (and optionally a consistency proof) as JSON."""
    import base64

    import sqlalchemy as sa

    from audit.merkle import MerkleTree, verify_consistency, verify_inclusion
    from audit.store import iter_entries

    with _engine() as engine, engine.connect() as conn:
        try:
            entries = list(iter_entries(conn, upto=tree_size))
        except sa.exc.DBAPIError as exc:
            raise _missing_tables(exc) from None
    tree = MerkleTree([e.event.leaf_hash() for e in entries])
    size = tree.size
    if seq > size or (tree_size is not None and tree_size != size):
        raise _fail("sequence number or tree size beyond the log")

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode()

    entry = entries[seq - 1]
    proof = tree.inclusion_proof(seq - 1)
    leaf_hash = entry.event.leaf_hash()
    out: dict[str, Any] = {
        "seq": seq,
        "leaf_index": seq - 1,
        "tree_size": size,
        "root_hash": b64(tree.root()),
        "leaf": entry.event.leaf().decode(),
        "leaf_hash": b64(leaf_hash),
        "inclusion_path": [b64(h) for h in proof],
        "inclusion_verified": verify_inclusion(leaf_hash, seq - 1, size, proof, tree.root()),
    }
    if old_size is not None:
        if not 0 <= old_size <= size:
            raise _fail("--consistency-from must be between 0 and the tree size")
        cproof = tree.consistency_proof(old_size)
        out["consistency"] = {
            "first": old_size,
            "first_root": b64(tree.root(old_size)),
            "path": [b64(h) for h in cproof],
            "verified": verify_consistency(old_size, size, tree.root(old_size), tree.root(), cproof),
        }
    typer.echo(json.dumps(out, indent=2))


@app.command("init-key")
def init_key_cmd() -> None:
    """Create the checkpoint signing key under $SEKISHO_HOME/keys (refuses to replace an existing one) and print
    its verifier key, which the privacy officer keeps with the exported checkpoints."""
    keys_dir = _keys_dir()
    if (keys_dir / KEY_FILE).exists():
        raise _fail(f"{keys_dir / KEY_FILE} already exists; not replacing it")
    signer = create_key(keys_dir)
    typer.echo(signer.verifier.encode())


@app.command("key")
def key_cmd() -> None:
    """Print the verifier (public) key of the checkpoint signing key (created on first use in dev mode)."""
    typer.echo(load_signer().verifier.encode())
