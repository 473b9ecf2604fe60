"""``sekisho client``: register API clients (OAuth2 client credentials with private_key_jwt), list, disable,
rotate keys.

Only PUBLIC keys are stored. ``--generate-key-to DIR`` creates a key pair, writes the PRIVATE JWK to
``DIR/<client_id>.jwk`` (mode 0600, never overwritten) for the client to take away, and registers only the public
half. ``--public-key FILE`` registers a key the client made itself (a public JWK, or a PEM SubjectPublicKeyInfo;
Ed25519 or P-256).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli._common import db_session as _session
from gateway.cli._common import fail as _fail

if TYPE_CHECKING:
    from sqlmodel import Session

app = typer.Typer(help="API clients (private_key_jwt): add, list, disable, rotate-key.", no_args_is_help=True)


class RoleOpt(StrEnum):
    privacy_officer = "privacy_officer"
    staff = "staff"
    steward = "steward"
    contractor = "contractor"
    trainer = "trainer"
    auditor = "auditor"
    custodian = "custodian"


class AlgOpt(StrEnum):
    EdDSA = "EdDSA"
    ES256 = "ES256"


By = Annotated[str, typer.Option("--by", help="Opaque id of the administrator acting (e.g. user:po-1).")]
PublicKey = Annotated[
    Path | None, typer.Option("--public-key", help="The client's public key: a JWK (JSON) or PEM file.")
]
GenerateTo = Annotated[
    Path | None,
    typer.Option("--generate-key-to", help="Create a key pair; write the PRIVATE JWK here for the client (0600)."),
]
Alg = Annotated[AlgOpt, typer.Option("--alg", help="Key type for --generate-key-to.")]


def read_public_key(path: Path) -> dict[str, Any]:
    """A public JWK from a JWK JSON file or a PEM public key (Ed25519 or P-256)."""
    import base64

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519

    data = path.read_bytes()
    if data.lstrip().startswith(b"{"):
        jwk: dict[str, Any] = json.loads(data)
        return jwk

    def b64u(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise _fail(f"{path.name}: neither a JWK nor a PEM public key", 2) from None
    if isinstance(key, ed25519.Ed25519PublicKey):
        raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return {"kty": "OKP", "crv": "Ed25519", "x": b64u(raw)}
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name == "secp256r1":
        nums = key.public_numbers()
        return {
            "kty": "EC",
            "crv": "P-256",
            "x": b64u(nums.x.to_bytes(32, "big")),
            "y": b64u(nums.y.to_bytes(32, "big")),
        }
    raise _fail(f"{path.name}: only Ed25519 and P-256 keys are accepted", 2)


def _key(
    client_id: str, public_key: Path | None, generate_to: Path | None, alg: AlgOpt
) -> tuple[dict[str, Any], Path | None]:
    """The public JWK to register and, when generated, where the private JWK goes (written after the commit)."""
    if (public_key is None) == (generate_to is None):
        raise _fail("give exactly one of --public-key and --generate-key-to", 2)
    if public_key is not None:
        return read_public_key(public_key), None
    assert generate_to is not None
    target = generate_to / f"{client_id}.jwk"
    if target.exists():
        raise _fail(f"{target} exists; not overwriting a private key", 2)
    return {}, target


def _write_private(target: Path, private: dict[str, Any], client_id: str) -> None:
    import os

    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({**private, "client_id": client_id}, fh, indent=2)
        fh.write("\n")


def _register(client_id: str, public_key: Path | None, generate_to: Path | None, alg: AlgOpt, action: Any) -> Any:
    from gateway.services.clients import ClientError, generate_key

    jwk, target = _key(client_id, public_key, generate_to, alg)
    private: dict[str, Any] | None = None
    if target is not None:
        private, jwk = generate_key(alg.value)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(target, private, client_id)  # before the commit: a failure leaves no orphan registration
    try:
        with _session() as s:
            info = action(s, jwk)
    except ClientError as exc:
        if target is not None:
            target.unlink(missing_ok=True)
        raise _fail(exc.diagnostics(), 1) from None
    if target is not None:
        typer.echo(f"private key written to {target} (mode 0600): hand it to the client; it is not kept here")
    return info


@app.command("add")
def add_cmd(
    client_id: Annotated[str, typer.Argument(help="Opaque client id (a-z 0-9 . _ -), e.g. contractor-a-batch.")],
    *,
    role: Annotated[RoleOpt, typer.Option("--role", help="The client's role.")],
    by: By,
    recipient: Annotated[
        str | None, typer.Option("--recipient", help="Policy recipient id (contractor and trainer clients only).")
    ] = None,
    public_key: PublicKey = None,
    generate_key_to: GenerateTo = None,
    alg: Alg = AlgOpt.EdDSA,
) -> None:
    """Register a client with its public key. Prints the client id and key thumbprint."""
    from gateway.services.clients import add_client
    from policies.states import Role

    def action(s: Session, jwk: dict[str, Any]) -> Any:
        return add_client(s, client_id=client_id, role=Role(role.value), recipient=recipient, jwk=jwk, actor=by,
                          now=datetime.now(UTC))  # fmt: skip

    info = _register(client_id, public_key, generate_key_to, alg, action)
    typer.echo(f"{info.client_id}\t{info.role.value}\t{info.recipient or '-'}\t{info.alg}\t{info.key_id}")


@app.command("list")
def list_cmd(as_json: Annotated[bool, typer.Option("--json", help="Print JSON lines.")] = False) -> None:
    """List registered clients (ids, roles, recipients, key thumbprints; no keys)."""
    from gateway.services.clients import list_clients

    with _session() as s:
        clients = list_clients(s)
    for c in clients:
        if as_json:
            row = {"client_id": c.client_id, "role": c.role.value, "recipient": c.recipient, "alg": c.alg,
                   "key_id": c.key_id, "status": c.status, "created_at": c.created_at.isoformat(),
                   "updated_at": c.updated_at.isoformat()}  # fmt: skip
            typer.echo(json.dumps(row))
        else:
            typer.echo(f"{c.client_id}\t{c.role.value}\t{c.recipient or '-'}\t{c.status}\t{c.alg}\t{c.key_id}")


@app.command("disable")
def disable_cmd(client_id: Annotated[str, typer.Argument(help="The client id.")], by: By) -> None:
    """Disable a client; its access tokens stop working at once."""
    from gateway.services.clients import ClientError, disable_client

    try:
        with _session() as s:
            disable_client(s, client_id, actor=by, now=datetime.now(UTC))
    except ClientError as exc:
        raise _fail(exc.diagnostics()) from None
    typer.echo(f"{client_id}\tdisabled")


@app.command("rotate-key")
def rotate_cmd(
    client_id: Annotated[str, typer.Argument(help="The client id.")],
    *,
    by: By,
    public_key: PublicKey = None,
    generate_key_to: GenerateTo = None,
    alg: Alg = AlgOpt.EdDSA,
) -> None:
    """Replace a client's public key; tokens issued before stop working at once."""
    from gateway.services.clients import rotate_key

    def action(s: Session, jwk: dict[str, Any]) -> Any:
        return rotate_key(s, client_id, jwk=jwk, actor=by, now=datetime.now(UTC))

    info = _register(client_id, public_key, generate_key_to, alg, action)
    typer.echo(f"{info.client_id}\t{info.alg}\t{info.key_id}")
