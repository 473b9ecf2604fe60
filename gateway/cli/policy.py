"""``sekisho policy``: validate, show, diff, propose, approve policy versions; render the public opt-out notice.

Actors are opaque user ids (``user:officer-1``). The command line is run by a privacy officer on the gateway
host; the API checks roles through its own authentication.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli._common import db_session as _session
from gateway.cli._common import fail as _fail

if TYPE_CHECKING:
    from sqlmodel import Session

    from policies.policy import Policy
    from policies.states import Role

app = typer.Typer(help="Policy documents: validate, show, diff, propose, approve; render the opt-out notice.")

# The command line runs on the gateway host as the officer it names: host access control stands in for the API's
# authentication, so the operator acts with the privacy officer role. The two-person rule still holds: the
# approver must differ from the author.
OPERATOR_ROLES = ("privacy_officer",)

FileArg = Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="Policy YAML file.")]
VersionOpt = Annotated[int | None, typer.Option("--version", "-v", help="Stored version number (default: active).")]


def _roles() -> tuple[Role, ...]:
    from policies.states import Role

    return tuple(Role(r) for r in OPERATOR_ROLES)


def _load_file(path: Path) -> Policy:
    from policies.policy import PolicyError, load_policy

    try:
        return load_policy(path)
    except PolicyError as exc:
        raise _fail(exc.diagnostics()) from None


def _stored(session: Session, version: int | None) -> tuple[str, Policy]:
    from gateway.services.policy import PolicyServiceError, active_policy, get_version

    try:
        if version is None:
            v, _h, policy = active_policy(session)
            return f"v{v}", policy
        info, policy = get_version(session, version)
        return info.label, policy
    except PolicyServiceError as exc:
        raise _fail(f"{exc.code}: {exc}") from None


@app.command("validate")
def validate_cmd(file: FileArg) -> None:
    """Validate a policy file; print its content hash."""
    policy = _load_file(file)
    typer.echo(f"valid: {policy.content_hash()}")


@app.command("show")
def show_cmd(
    file: Annotated[Path | None, typer.Option("--file", "-f", exists=True, dir_okay=False, help="Policy file.")] = None,
    version: VersionOpt = None,
) -> None:
    """Print the canonical YAML and hash of a file, a stored version, or the active version."""
    if file is not None:
        policy, label = _load_file(file), str(file.name)
    else:
        with _session() as s:
            label, policy = _stored(s, version)
    typer.echo(f"# {label} {policy.content_hash()}")
    typer.echo(policy.canonical_yaml(), nl=False)


@app.command("versions")
def versions_cmd() -> None:
    """List stored versions with state, author and approver."""
    from gateway.services.policy import list_versions

    with _session() as s:
        for v in list_versions(s):
            decided = f" by {v.decided_by} {v.decided_at:%Y-%m-%dT%H:%M:%SZ}" if v.decided_at else ""
            typer.echo(f"v{v.version}\t{v.state.value}\t{v.content_hash}\tauthor {v.author}{decided}")


@app.command("diff")
def diff_cmd(
    old: Annotated[str, typer.Argument(help="Version number, 'active', or a policy file.")] = "active",
    new: Annotated[str | None, typer.Argument(help="Version number or a policy file.")] = None,
) -> None:
    """Unified diff of canonical YAML between two versions or files (e.g. `diff active new.yaml`)."""
    from policies.policy import policy_diff

    if new is None:
        raise _fail("give OLD and NEW (e.g. 'sekisho policy diff active new.yaml')", 2)

    def resolve(ref: str, session: Session | None) -> tuple[str, Policy]:
        if ref == "active" or ref.isdigit():
            assert session is not None
            return _stored(session, None if ref == "active" else int(ref))
        path = Path(ref)
        if not path.is_file():
            raise _fail(f"not a version or a file: {ref}", 2)
        return str(path.name), _load_file(path)

    needs_db = any(r == "active" or r.isdigit() for r in (old, new))
    if needs_db:
        with _session() as s:
            (la, a), (lb, b) = resolve(old, s), resolve(new, s)
    else:
        (la, a), (lb, b) = resolve(old, None), resolve(new, None)
    typer.echo(policy_diff(a, b, old_label=la, new_label=lb), nl=False)


@app.command("propose")
def propose_cmd(
    file: FileArg,
    author: Annotated[str, typer.Option("--author", help="Opaque id of the proposing privacy officer.")],
) -> None:
    """Propose a policy file as a new version (diffed against the active one)."""
    from gateway.services.policy import PolicyServiceError, propose_policy

    policy = _load_file(file)
    try:
        with _session() as s:
            info = propose_policy(s, policy, author=author, roles=_roles())
    except PolicyServiceError as exc:
        raise _fail(f"{exc.code}: {exc}") from None
    typer.echo(info.diff, nl=False)
    typer.echo(f"proposed v{info.version} {info.content_hash}; a second privacy officer must approve it")


@app.command("approve")
def approve_cmd(
    version: Annotated[int, typer.Argument(help="Proposed version number.")],
    approver: Annotated[str, typer.Option("--approver", help="Opaque id of the approving privacy officer.")],
) -> None:
    """Approve a proposed version (not by its author); it becomes the active version."""
    from gateway.services.policy import PolicyServiceError, approve_policy
    from policies.rules import Refused
    from policies.states import TransitionRefused

    try:
        with _session() as s:
            info = approve_policy(s, version, approver=approver, roles=_roles())
    except (PolicyServiceError, Refused, TransitionRefused) as exc:
        raise _fail(f"{exc.code}: {exc}") from None
    typer.echo(f"v{info.version} is active ({info.content_hash}), approved by {info.decided_by}")


@app.command("reject")
def reject_cmd(
    version: Annotated[int, typer.Argument(help="Proposed version number.")],
    officer: Annotated[str, typer.Option("--officer", help="Opaque id of the rejecting privacy officer.")],
) -> None:
    """Reject a proposed version."""
    from gateway.services.policy import PolicyServiceError, reject_policy
    from policies.states import TransitionRefused

    try:
        with _session() as s:
            info = reject_policy(s, version, officer=officer, roles=_roles())
    except (PolicyServiceError, TransitionRefused) as exc:
        raise _fail(f"{exc.code}: {exc}") from None
    typer.echo(f"v{info.version} rejected")


@app.command("notice")
def notice_cmd(
    output: Annotated[Path, typer.Option("--output", "-o", dir_okay=False, help="HTML file to write.")],
    file: Annotated[Path | None, typer.Option("--file", "-f", exists=True, dir_okay=False, help="Policy file.")] = None,
    version: VersionOpt = None,
    default: Annotated[bool, typer.Option("--default", help="Use the packaged default policy.")] = False,
) -> None:
    """Render the public opt-out notice (Japanese HTML) from the active version, a stored version, or a file."""
    from policies.notice import render_notice
    from policies.policy import default_policy

    if default:
        label, policy = "default", default_policy()
    elif file is not None:
        label, policy = str(file.name), _load_file(file)
    else:
        with _session() as s:
            label, policy = _stored(s, version)
    output.write_text(render_notice(policy, version_label=label), encoding="utf-8")
    typer.echo(f"wrote {output} ({label} {policy.content_hash()})")
