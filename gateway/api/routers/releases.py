"""Releases, their files and withdrawal notices, over ``gateway.release.service``.

Object-level rules on top of the access matrix:
- a contractor or trainer sees only releases addressed to its recipient, and only once published; any other
  release answers 404 exactly like an unknown id (no existence oracle);
- files and manifests of a revoked, expired or superseded release answer 410, as do files of withdrawn
  subjects; the signed status document stays readable (it is how a recipient learns why);
- every file download writes ``release.file_downloaded`` (release id, path, bytes, principal) BEFORE the first
  byte is sent: no audit, no download (the BagIt tag files: ``release.tag_downloaded``).

Downloads, the file list, the manifest and the tag files decide with ``release_access`` (two indexed reads), not
``get_release`` (the whole release with every member row).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Annotated, Any, Literal, get_args

from fastapi import APIRouter, Header, Path, Query
from fastapi.responses import Response

from gateway.api.access import RECIPIENTS
from gateway.api.deps import ApiContext, Context, CurrentPrincipal
from gateway.api.errors import ApiError, gone, not_found
from gateway.api.schemas import (
    BuildIn,
    CheckOut,
    FileOut,
    NoticeOut,
    Problem,
    ReleaseOut,
    RevokeIn,
    SigningKeyOut,
)
from gateway.security.principal import Principal
from policies.states import ReleaseState

if TYPE_CHECKING:
    from sqlmodel import Session

router = APIRouter(prefix="/api/v1", tags=["releases"])

ReleaseId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
NoticeId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
PUBLISHED = "released"
ENDED = frozenset({"expired", "revoked", "superseded"})
NOT_YET = frozenset({"draft", "checked", "approved"})
# the bag's tag files besides release.json (served at /manifest): with them and data/ a copy verifies offline
TagName = Literal["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                  "release.intoto.dsse.json"]  # fmt: skip
TAG_FILES: tuple[str, ...] = get_args(TagName)


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"model": Problem} for c in (401, 403, 429, *codes)}


def _svc() -> Any:
    import importlib

    return importlib.import_module("gateway.release.service")


def _out(r: Any) -> ReleaseOut:
    return ReleaseOut(
        release_id=r.release_id,
        dataset_id=r.dataset_id,
        recipient=r.recipient,
        state=r.state,
        created_by=r.created_by,
        created_at=r.created_at,
        expires_at=r.expires_at,
        approvers=list(r.approvers),
        checks=[CheckOut(name=c.name, passed=c.passed, detail=c.detail) for c in r.checks],
        file_count=r.file_count,
        total_bytes=r.total_bytes,
        supersedes=r.supersedes,
        superseded_by=r.superseded_by,
    )


def _notice_out(n: Any) -> NoticeOut:
    return NoticeOut(
        notice_id=n.notice_id,
        recipient=n.recipient,
        release_ids=list(n.release_ids),
        pseudonyms=list(n.pseudonyms),
        state=n.state,
        issued_at=n.issued_at,
        deadline=n.deadline,
        attested_at=n.attested_at,
        attested_by=n.attested_by,
        models=list(getattr(n, "models", ())),
        retrain_required=bool(getattr(n, "retrain_required", False)),
    )


def _service_error(exc: Exception) -> ApiError:
    code = str(getattr(exc, "code", "refused"))
    if code == "not_found":
        return not_found()
    return ApiError(409, code, str(exc) or "refused by the release rules")  # ReleaseError messages carry no PHI


def _is_recipient(p: Principal) -> bool:
    return p.role in RECIPIENTS


def _visible(r: Any, p: Principal) -> bool:
    if not _is_recipient(p):
        return True
    return bool(r.recipient == p.recipient and r.state not in NOT_YET)


def _load(s: Session, release_id: str, p: Principal) -> Any:
    svc = _svc()
    try:
        r = svc.get_release(s, release_id)
    except svc.ReleaseError as exc:
        raise _service_error(exc) from None
    if not _visible(r, p):
        raise not_found()
    return r


def _access(s: Session, release_id: str, p: Principal) -> Any:
    """The light view of a release (``ReleaseAccess``) with the same visibility rule as :func:`_load`."""
    svc = _svc()
    try:
        a = svc.release_access(s, release_id)
    except svc.ReleaseError as exc:
        raise _service_error(exc) from None
    if not _visible(a, p):
        raise not_found()
    return a


def _index(ctx: ApiContext, s: Session, release_id: str) -> dict[str, Any]:
    """``path -> ReleaseFile`` of a published release (verified by the service, cached per manifest file)."""
    svc = _svc()
    root = svc.release_dir(ctx.settings, release_id).resolve()
    try:
        return ctx.manifest_index(release_id, root, lambda: svc.release_files(s, ctx.settings, release_id))
    except OSError:
        raise not_found() from None  # never published: no manifest on disk
    except svc.ReleaseError as exc:
        if exc.code == "tampered":
            raise ApiError(500, "release_integrity", "the release is damaged") from None
        raise _service_error(exc) from None


def _check_servable(r: Any, p: Principal, now: datetime) -> None:
    """Payload and manifest: only a published, unexpired release is served to its recipient (410 otherwise)."""
    if r.state in ENDED:
        raise gone(r.state)
    if r.expires_at is not None and r.expires_at <= now and r.state == PUBLISHED:
        raise gone("expired")
    if _is_recipient(p) and r.state != PUBLISHED:
        raise not_found()


# -- read -----------------------------------------------------------------------------------------------------


@router.get("/releases", name="releases.list", response_model=list[ReleaseOut], responses=_errors())
def list_releases(
    principal: CurrentPrincipal,
    ctx: Context,
    state: Annotated[list[ReleaseState] | None, Query(max_length=8, description="only these states")] = None,
) -> list[ReleaseOut]:
    """Releases the caller may see: a contractor or trainer its own published (and ended) ones, officers,
    stewards and auditors all of them."""
    svc = _svc()
    recipient = principal.recipient if _is_recipient(principal) else None
    with ctx.session() as s:
        found = svc.list_releases(s, recipient=recipient, states=[x.value for x in state] if state else None)
    return [_out(r) for r in found if _visible(r, principal)]


@router.get("/signing-key", name="releases.signing_key", response_model=SigningKeyOut, responses=_errors())
def signing_key(principal: CurrentPrincipal, ctx: Context) -> SigningKeyOut:
    """The Ed25519 key that signs releases and status documents (DSSE keyid = SHA-256 of the raw key)."""
    del principal
    hex_key = _svc().public_key_hex(ctx.settings)
    return SigningKeyOut(public_key_hex=hex_key, keyid=hashlib.sha256(bytes.fromhex(hex_key)).hexdigest())


@router.get("/releases/{release_id}", name="releases.get", response_model=ReleaseOut, responses=_errors(404))
def get_release(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> ReleaseOut:
    with ctx.session() as s:
        return _out(_load(s, release_id, principal))


@router.get(
    "/releases/{release_id}/manifest",
    name="releases.manifest",
    responses={**_errors(404, 410), 200: {"content": {"application/json": {}}, "description": "release.json"}},
)
def manifest(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> Response:
    """``release.json`` as signed (canonical JSON, RFC 8785)."""
    svc = _svc()
    with ctx.session() as s:
        r = _access(s, release_id, principal)
        _check_servable(r, principal, ctx.now())
        _index(ctx, s, release_id)  # the service checks release.json against the signed digest (or the cache key)
    path = svc.release_dir(ctx.settings, release_id) / "release.json"
    if not path.is_file():
        raise not_found()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    return Response(data, media_type="application/json", headers={"ETag": f'"{digest}"'})


@router.get("/releases/{release_id}/status", name="releases.status", responses=_errors(404))
def status(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> dict[str, Any]:
    """The signed status document (DSSE envelope, docs/RELEASE_FORMAT.md): state, withdrawn subjects, expiry.
    The stored document is served while it is current and younger than half the policy's freshness window;
    otherwise it is re-signed."""
    svc = _svc()
    with ctx.session() as s:
        _access(s, release_id, principal)
        try:
            envelope: dict[str, Any] = svc.status_document(s, ctx.settings, release_id, now=ctx.now())
        except svc.ReleaseError as exc:
            raise _service_error(exc) from None
    return envelope


@router.get(
    "/releases/{release_id}/files",
    name="releases.files.list",
    response_model=list[FileOut],
    responses=_errors(404, 410),
)
def list_files(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> list[FileOut]:
    """The payload files with their digests; ``available`` is false for withdrawn subjects' files."""
    with ctx.session() as s:
        r = _access(s, release_id, principal)
        _check_servable(r, principal, ctx.now())
        files = list(_index(ctx, s, release_id).values())
        blocked = r.blocked
    return [FileOut(path=f.path, sha256=f.sha256, size=f.size, available=f.path not in blocked) for f in files]


def _audit_download(
    s: Session, *, principal: Principal, release_id: str, path: str, sent: int, start: int, status: int
) -> None:
    from audit import append_event

    append_event(
        s,
        action="release.file_downloaded",
        actor=principal.id,
        object_type="release",
        object_id=release_id,
        details={"path": path, "bytes": sent, "offset": start, "status": status, "recipient": principal.recipient},
    )


@router.get(
    "/releases/{release_id}/files/{path:path}",
    name="releases.file",
    responses={
        **_errors(404, 410, 416),
        200: {"content": {"application/octet-stream": {}}, "description": "the file"},
        206: {"content": {"application/octet-stream": {}}, "description": "the requested range"},
    },
)
def download(  # noqa: PLR0917 - path, header and dependency parameters
    release_id: ReleaseId,
    path: Annotated[str, Path(max_length=1024)],
    principal: CurrentPrincipal,
    ctx: Context,
    range_: Annotated[str | None, Header(alias="Range", max_length=200, description="one byte range")] = None,
    if_range: Annotated[str | None, Header(alias="If-Range", max_length=200, description="the ETag")] = None,
) -> Response:
    """Stream one payload file (``data/...``). Single byte ranges (206; 416 when unsatisfiable); ``If-Range`` with
    the ETag; ``ETag`` is the manifest SHA-256 and ``Repr-Digest`` carries it too."""
    from gateway.api.download import RangeNotSatisfiable, etag, file_response, parse_range

    svc = _svc()
    with ctx.session() as s:
        r = _access(s, release_id, principal)
        _check_servable(r, principal, ctx.now())
        root = svc.release_dir(ctx.settings, release_id).resolve()
        entry = _index(ctx, s, release_id).get(path)
        if entry is None:
            raise not_found()
        if path in r.blocked:
            raise gone("withdrawn")
        file = (root / entry.path).resolve()
        if not file.is_relative_to(root) or not file.is_file() or file.stat().st_size != entry.size:
            raise ApiError(500, "release_integrity", "the release is damaged")
        if if_range is not None and if_range.strip() != etag(entry.sha256):
            range_ = None  # the client's copy is another representation: send the whole file (RFC 9110 13.1.5)
        try:
            rng = parse_range(range_, entry.size)
        except RangeNotSatisfiable:
            raise ApiError(
                416,
                "range_not_satisfiable",
                "range not satisfiable",
                headers={"Content-Range": f"bytes */{entry.size}"},
            ) from None
        sent = entry.size if rng is None else rng.length
        status = 200 if rng is None else 206
        _audit_download(
            s, principal=principal, release_id=release_id, path=path, sent=sent,
            start=0 if rng is None else rng.start, status=status,
        )  # fmt: skip
    return file_response(
        FsPath(file),
        size=entry.size,
        sha256_hex=entry.sha256,
        byte_range=rng,
        chunk=ctx.api.chunk_bytes,
        verify=ctx.api.verify_digest,
        label=release_id,
    )


def _tag_bytes(root: FsPath, name: str, manifest_sha256: str | None) -> bytes:
    """A tag file's bytes, checked against ``tagmanifest-sha256.txt``, whose ``release.json`` line must carry the
    digest recorded at signing. Damage, a missing or a symlinked tag file of a published release answer 500."""
    damaged = ApiError(500, "release_integrity", "the release is damaged")
    tagmanifest = root / "tagmanifest-sha256.txt"
    target = root / name
    if not tagmanifest.is_file() or tagmanifest.is_symlink() or not target.is_file() or target.is_symlink():
        raise damaged
    entries: dict[str, str] = {}
    for line in tagmanifest.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, _, listed = line.partition("  ")
        entries[listed.strip()] = digest.strip()
    data = target.read_bytes()
    if entries.get("release.json") != manifest_sha256 or (
        name != "tagmanifest-sha256.txt" and entries.get(name) != hashlib.sha256(data).hexdigest()
    ):
        raise damaged
    return data


@router.get(
    "/releases/{release_id}/tags/{name}",
    name="releases.tag",
    responses={
        **_errors(404, 410),
        200: {"content": {"text/plain": {}, "application/json": {}}, "description": "the tag file as written"},
    },
)
def tag_file(release_id: ReleaseId, name: TagName, principal: CurrentPrincipal, ctx: Context) -> Response:
    """One BagIt tag file of the published bag (``bagit.txt``, ``bag-info.txt``, ``manifest-sha256.txt``,
    ``tagmanifest-sha256.txt``) or the signed ``release.intoto.dsse.json``: with ``/manifest``, the payload files
    and ``/status`` a copy fetched over the API verifies offline (``sekisho release verify``). Same 404/410 rules as
    the manifest; ``ETag`` and ``Repr-Digest`` carry the SHA-256; audited as ``release.tag_downloaded``."""
    from audit import append_event
    from gateway.api.download import etag, repr_digest

    svc = _svc()
    with ctx.session() as s:
        r = _access(s, release_id, principal)
        _check_servable(r, principal, ctx.now())
        _index(ctx, s, release_id)  # release.json is checked against the signed digest
        data = _tag_bytes(svc.release_dir(ctx.settings, release_id).resolve(), name, r.manifest_sha256)
        digest = hashlib.sha256(data).hexdigest()
        append_event(
            s,
            action="release.tag_downloaded",
            actor=principal.id,
            object_type="release",
            object_id=release_id,
            details={"name": name, "bytes": len(data), "recipient": principal.recipient},
        )
    media = "application/json" if name.endswith(".json") else "text/plain; charset=utf-8"
    headers = {"ETag": etag(digest), "Repr-Digest": repr_digest(digest), "Cache-Control": "private, no-store"}
    return Response(data, media_type=media, headers=headers)


@router.get(
    "/releases/{release_id}/archive",
    name="releases.archive",
    responses={
        **_errors(404, 410),
        200: {"content": {"application/x-tar": {}}, "description": "the release as a tar stream (the BagIt bag)"},
    },
)
def archive(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> Response:
    """The whole release (the BagIt bag: tag files, ``release.json``, its DSSE envelope and ``data/``) as one
    tar stream under ``<release_id>/``. Payload digests are checked while streaming. 410 once any subject was
    withdrawn (fetch the remaining files one by one); one audit event for the whole archive."""
    from gateway.api.download import ArchiveMember, archive_response

    svc = _svc()
    with ctx.session() as s:
        r = _access(s, release_id, principal)
        _check_servable(r, principal, ctx.now())
        files = list(_index(ctx, s, release_id).values())
        if r.blocked:
            raise gone("withdrawn subjects")
        root = svc.release_dir(ctx.settings, release_id).resolve()
        members: list[ArchiveMember] = []
        for tag in sorted(p for p in root.iterdir() if p.is_file() and not p.is_symlink()):
            members.append(ArchiveMember(f"{release_id}/{tag.name}", tag, tag.stat().st_size, None))
        for f in files:
            path = (root / f.path).resolve()
            if not path.is_relative_to(root) or not path.is_file() or path.stat().st_size != f.size:
                raise ApiError(500, "release_integrity", "the release is damaged")
            members.append(ArchiveMember(f"{release_id}/{f.path}", path, f.size, f.sha256))
        mtime = int(r.created_at.timestamp())
        total = sum(m.size for m in members)
        from audit import append_event

        append_event(
            s,
            action="release.archive_downloaded",
            actor=principal.id,
            object_type="release",
            object_id=release_id,
            details={"files": len(members), "bytes": total, "recipient": principal.recipient},
        )
    return archive_response(members, mtime=mtime, chunk=ctx.api.chunk_bytes, label=release_id,
                            filename=f"{release_id}.tar")  # fmt: skip


# -- lifecycle ------------------------------------------------------------------------------------------------


@router.post("/releases", name="releases.build", status_code=201, response_model=ReleaseOut, responses=_errors(409))
def build(body: BuildIn, principal: CurrentPrincipal, ctx: Context) -> ReleaseOut:
    """Build a draft release of a cohort for a recipient (steward)."""
    svc = _svc()
    c = body.cohort
    cohort = svc.CohortQuery(
        modalities=tuple(c.modalities),
        data_kinds=tuple(c.data_kinds),
        date_from=c.date_from,
        date_to=c.date_to,
        findings=tuple(c.findings),
        max_subjects=c.max_subjects,
    )
    try:
        with ctx.session() as s:
            r = svc.build_release(s, ctx.settings, actor=principal, recipient=body.recipient, cohort=cohort,
                                  now=ctx.now())  # fmt: skip
    except svc.ReleaseError as exc:
        raise _service_error(exc) from None
    return _out(r)


def _act(ctx: ApiContext, release_id: str, fn_name: str, principal: Principal, **kw: Any) -> ReleaseOut:
    svc = _svc()
    try:
        with ctx.session() as s:
            r = getattr(svc, fn_name)(s, ctx.settings, release_id, actor=principal, now=ctx.now(), **kw)
    except svc.ReleaseError as exc:
        raise _service_error(exc) from None
    return _out(r)


@router.post(
    "/releases/{release_id}/checks", name="releases.checks", response_model=ReleaseOut, responses=_errors(404, 409)
)
def run_checks(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> ReleaseOut:
    """Run the automatic checks (k, verifier, opt-out digest) on a draft (steward)."""
    return _act(ctx, release_id, "run_checks", principal)


@router.post(
    "/releases/{release_id}/approval",
    name="releases.approve",
    response_model=ReleaseOut,
    responses=_errors(404, 409),
)
def approve(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> ReleaseOut:
    """Approve a checked release (privacy officer; the policy's number of distinct officers)."""
    return _act(ctx, release_id, "approve", principal)


@router.post(
    "/releases/{release_id}/publication",
    name="releases.publish",
    response_model=ReleaseOut,
    responses=_errors(404, 409),
)
def publish(release_id: ReleaseId, principal: CurrentPrincipal, ctx: Context) -> ReleaseOut:
    """Sign and publish an approved release to its recipient (steward)."""
    return _act(ctx, release_id, "publish", principal)


@router.post(
    "/releases/{release_id}/revocation",
    name="releases.revoke",
    response_model=ReleaseOut,
    responses=_errors(404, 409),
)
def revoke(release_id: ReleaseId, body: RevokeIn, principal: CurrentPrincipal, ctx: Context) -> ReleaseOut:
    """Revoke a release (privacy officer; a steward may discard a draft): its files answer 410 from now on."""
    return _act(ctx, release_id, "revoke", principal, reason_code=body.reason_code)


# -- withdrawal notices ---------------------------------------------------------------------------------------


@router.get("/notices", name="notices.list", response_model=list[NoticeOut], responses=_errors(), tags=["notices"])
def list_notices(principal: CurrentPrincipal, ctx: Context) -> list[NoticeOut]:
    """Withdrawal notices: a recipient's own; all of them for officers and auditors."""
    svc = _svc()
    recipient = principal.recipient if _is_recipient(principal) else None
    with ctx.session() as s:
        found = svc.list_notices(s, recipient=recipient)
    return [_notice_out(n) for n in found if not _is_recipient(principal) or n.recipient == principal.recipient]


@router.post(
    "/notices/{notice_id}/attestation",
    name="notices.attest",
    response_model=NoticeOut,
    responses=_errors(404, 409),
    tags=["notices"],
)
def attest(notice_id: NoticeId, principal: CurrentPrincipal, ctx: Context) -> NoticeOut:
    """Attest that the withdrawn subjects' objects were deleted (the notice's recipient only)."""
    svc = _svc()
    with ctx.session() as s:
        mine = [n for n in svc.list_notices(s, recipient=principal.recipient) if n.notice_id == notice_id]
    if not mine:
        raise not_found()
    try:
        with ctx.session() as s:
            n = svc.attest_deletion(s, ctx.settings, notice_id, actor=principal, now=ctx.now())
    except svc.ReleaseError as exc:
        raise _service_error(exc) from None
    return _notice_out(n)


__all__ = ["router"]
