"""Releases over HTTP against the real release service, on SQLite and PostgreSQL: the lifecycle through the API
(steward builds and publishes, two officers approve), contractor downloads with ranges and digests, every download
audited, the two-contractor BOLA suite (another recipient's objects answer exactly like unknown ones), and 410 for
withdrawn subjects, revoked and expired releases."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import uuid
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
import sqlalchemy as sa

from gateway.store.db import session_scope
from tests.support.api import ApiEnv, app_env
from tests.support.research import make_world, record_optout, release_through

T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
NOW = [T0 + timedelta(days=1)]


class Ctx:
    env: ApiEnv
    world: object
    rel_a: str
    rel_b: str
    h: dict[str, dict[str, str]]
    logs: list[str]
    bodies: list[str]
    draft_a: str


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.DEBUG)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(self.format(record))


def _pg_db(admin: str) -> tuple[str, str]:
    name = f"sekisho_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0]
    return name, f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def ctx(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    from gateway.settings import get_settings

    tmp = tmp_path_factory.mktemp("api_rel")
    pg_name = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'db.sqlite'}"
    else:
        admin = request.getfixturevalue("pg_admin_dsn")
        pg_name, url = _pg_db(admin)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SEKISHO_HOME", str(tmp / "home"))
        mp.setenv("SEKISHO_MODE", "dev")
        world = make_world(url, mp, tmp / "hospital", patients=24, seed=3)
        c = Ctx()
        c.world = world
        c.logs, c.bodies = [], []
        handler = _Collect(c.logs)
        root = logging.getLogger()
        old_level = root.level
        root.addHandler(handler)
        root.setLevel(logging.DEBUG)
        c.rel_a = release_through(world, "contractor-a", at=T0).release_id
        NOW[0] = T0 + timedelta(days=1)
        try:
            with app_env(world.settings, world.engine, clock=lambda: NOW[0]) as env:
                c.env = env
                for cid, role, rcp in (
                    ("acme", "contractor", "contractor-a"),
                    ("beta", "contractor", "contractor-b"),
                    ("steward", "steward", None),
                    ("po-1", "privacy_officer", None),
                    ("po-2", "privacy_officer", None),
                    ("auditor", "auditor", None),
                ):
                    env.register(cid, role, rcp)
                c.h = {cid: env.auth(cid) for cid in env.keys}
                c.rel_b = _lifecycle_through_api(c)
                r = env.http.post("/api/v1/releases", headers=c.h["steward"],
                                  json={"recipient": "contractor-a", "cohort": {"modalities": ["CT"]}})  # fmt: skip
                assert r.status_code == 201, r.text
                c.draft_a = r.json()["release_id"]
                yield c
        finally:
            root.removeHandler(handler)
            root.setLevel(old_level)
            world.engine.dispose()
            get_settings.cache_clear()
            if pg_name:
                with psycopg.connect(request.getfixturevalue("pg_admin_dsn"), autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')


def _lifecycle_through_api(c: Ctx) -> str:
    """steward builds for contractor-b -> checks -> two officers approve -> steward publishes, all over HTTP."""
    http, h = c.env.http, c.h
    r = http.post("/api/v1/releases", headers=h["steward"],
                  json={"recipient": "contractor-b", "cohort": {"modalities": ["CT"]}})  # fmt: skip
    assert r.status_code == 201, r.text
    rid = r.json()["release_id"]
    assert r.json()["state"] == "draft"
    assert http.get(f"/api/v1/releases/{rid}", headers=h["beta"]).status_code == 404  # not yet published
    r = http.post(f"/api/v1/releases/{rid}/checks", headers=h["steward"])
    assert r.status_code == 200 and r.json()["state"] == "checked", r.text
    assert http.post(f"/api/v1/releases/{rid}/approval", headers=h["steward"]).status_code == 403
    assert http.post(f"/api/v1/releases/{rid}/approval", headers=h["po-1"]).json()["state"] == "checked"
    again = http.post(f"/api/v1/releases/{rid}/approval", headers=h["po-1"])
    assert again.status_code == 409  # the same officer twice is not two-person approval
    assert http.post(f"/api/v1/releases/{rid}/approval", headers=h["po-2"]).json()["state"] == "approved"
    r = http.post(f"/api/v1/releases/{rid}/publication", headers=h["steward"])
    assert r.status_code == 200 and r.json()["state"] == "released", r.text
    assert r.json()["approvers"] == ["client:po-1", "client:po-2"]
    return str(rid)


def _advance(c: Ctx, to: datetime) -> None:
    """Move the gateway's clock; access tokens live 10 minutes, so every client fetches a fresh one."""
    NOW[0] = to
    c.h = {cid: c.env.auth(cid) for cid in c.env.keys}


def _files(c: Ctx, who: str, rid: str) -> list[dict]:
    r = c.env.http.get(f"/api/v1/releases/{rid}/files", headers=c.h[who])
    assert r.status_code == 200, r.text
    return list(r.json())


def test_each_contractor_lists_only_its_own(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    a = [r["release_id"] for r in http.get("/api/v1/releases", headers=h["acme"]).json()]
    b = [r["release_id"] for r in http.get("/api/v1/releases", headers=h["beta"]).json()]
    officer = [r["release_id"] for r in http.get("/api/v1/releases", headers=h["auditor"]).json()]
    assert a == [ctx.rel_a] and b == [ctx.rel_b]
    assert {ctx.rel_a, ctx.rel_b} <= set(officer)
    drafts = http.get("/api/v1/releases", headers=h["auditor"], params={"state": "draft"}).json()
    assert [r["release_id"] for r in drafts] == [ctx.draft_a]
    assert http.get("/api/v1/releases", headers=h["acme"], params={"state": "draft"}).json() == []
    assert http.get("/api/v1/releases", headers=h["acme"], params={"state": "x" * 300}).status_code == 422


def test_bola_other_recipients_objects_answer_like_unknown_ones(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    for me, mine, theirs in (("acme", ctx.rel_a, ctx.rel_b), ("beta", ctx.rel_b, ctx.rel_a)):
        their_file = _files(ctx, "auditor", theirs)[0]["path"]
        my_file = _files(ctx, me, mine)[0]["path"]
        for suffix in ("", "/manifest", "/status", "/files", "/archive", f"/files/{their_file}", f"/files/{my_file}",
                       "/tags/bagit.txt", "/tags/release.intoto.dsse.json"):  # fmt: skip
            probe = http.get(f"/api/v1/releases/{theirs}{suffix}", headers=h[me])
            unknown = http.get(f"/api/v1/releases/rel-does-not-exist{suffix}", headers=h[me])
            assert probe.status_code == 404, (me, suffix, probe.status_code)
            assert probe.content == unknown.content and probe.status_code == unknown.status_code
        # their notices are not listed; attesting one is 404 too (see the withdrawal test)
        for n in http.get("/api/v1/notices", headers=h[me]).json():
            assert n["recipient"] == ("contractor-a" if me == "acme" else "contractor-b")
        # lifecycle routes are not theirs at all
        assert http.post(f"/api/v1/releases/{theirs}/revocation", headers=h[me],
                         json={"reason_code": "x"}).status_code == 403  # fmt: skip


def test_download_whole_file_range_and_digests(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    from gateway.release import service as rs

    files = _files(ctx, "acme", ctx.rel_a)
    assert files and all(f["available"] for f in files)
    f = max(files, key=lambda x: x["size"])
    url = f"/api/v1/releases/{ctx.rel_a}/files/{f['path']}"
    on_disk = (rs.release_dir(ctx.world.settings, ctx.rel_a) / f["path"]).read_bytes()
    r = http.get(url, headers=h["acme"])
    assert r.status_code == 200 and r.content == on_disk
    assert hashlib.sha256(r.content).hexdigest() == f["sha256"]
    assert r.headers["etag"] == f'"{f["sha256"]}"'
    assert r.headers["repr-digest"] == "sha-256=:" + base64.b64encode(bytes.fromhex(f["sha256"])).decode() + ":"
    assert r.headers["accept-ranges"] == "bytes" and r.headers["x-content-type-options"] == "nosniff"

    r = http.get(url, headers={**h["acme"], "Range": "bytes=10-99"})
    assert r.status_code == 206 and r.content == on_disk[10:100]
    assert r.headers["content-range"] == f"bytes 10-99/{len(on_disk)}"
    r = http.get(url, headers={**h["acme"], "Range": "bytes=-7"})
    assert r.status_code == 206 and r.content == on_disk[-7:]
    r = http.get(url, headers={**h["acme"], "Range": f"bytes={len(on_disk)}-"})
    assert r.status_code == 416 and r.headers["content-range"] == f"bytes */{len(on_disk)}"
    r = http.get(url, headers={**h["acme"], "Range": "bytes=0-9", "If-Range": '"stale"'})
    assert r.status_code == 200 and r.content == on_disk  # If-Range mismatch: the whole (changed) file
    r = http.get(url, headers={**h["acme"], "Range": f"bytes={len(on_disk)}-", "If-Range": '"stale"'})
    assert r.status_code == 200  # the Range of another representation is not even judged

    with ctx.env.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT actor, object_id, details FROM audit_events WHERE action = 'release.file_downloaded' "
                    "AND object_id = :rid ORDER BY seq"), {"rid": ctx.rel_a}
        ).all()  # fmt: skip
    details = [json.loads(d) if isinstance(d, str) else d for _, _, d in rows]
    assert [(d["bytes"], d["status"], d["offset"]) for d in details[-5:]] == [
        (len(on_disk), 200, 0), (90, 206, 10), (7, 206, len(on_disk) - 7), (len(on_disk), 200, 0),
        (len(on_disk), 200, 0),
    ]  # fmt: skip
    assert {a for a, _, _ in rows} == {"client:acme"} and all(d["path"] == f["path"] for d in details[-5:])


def test_archive_is_the_whole_valid_bag(ctx: Ctx, tmp_path):
    import io
    import tarfile

    import bagit

    http, h = ctx.env.http, ctx.h
    r = http.get(f"/api/v1/releases/{ctx.rel_a}/archive", headers=h["acme"])
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-tar"
    assert int(r.headers["content-length"]) == len(r.content)
    with tarfile.open(fileobj=io.BytesIO(r.content)) as tar:
        names = tar.getnames()
        tar.extractall(tmp_path, filter="data")
    assert all(n.startswith(ctx.rel_a + "/") for n in names)
    files = {f["path"] for f in _files(ctx, "acme", ctx.rel_a)}
    assert files <= {n.split("/", 1)[1] for n in names}
    bagit.Bag(str(tmp_path / ctx.rel_a)).validate()
    with ctx.env.engine.connect() as conn:
        n = conn.execute(
            sa.text("SELECT count(*) FROM audit_events WHERE action = 'release.archive_downloaded' AND actor = :a"),
            {"a": "client:acme"},
        ).scalar_one()
    assert n == 1


def test_manifest_and_signed_status(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    from gateway.release import service as rs

    m = http.get(f"/api/v1/releases/{ctx.rel_a}/manifest", headers=h["acme"])
    assert m.status_code == 200
    assert m.content == (rs.release_dir(ctx.world.settings, ctx.rel_a) / "release.json").read_bytes()
    assert json.loads(m.content)["recipient"] == "contractor-a"
    st = http.get(f"/api/v1/releases/{ctx.rel_a}/status", headers=h["acme"]).json()
    key = http.get("/api/v1/signing-key", headers=h["acme"]).json()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    body = base64.b64decode(st["payload"])
    t = st["payloadType"].encode()
    pae = b"DSSEv1 %d %s %d %s" % (len(t), t, len(body), body)
    assert st["signatures"][0]["keyid"] == key["keyid"]
    Ed25519PublicKey.from_public_bytes(bytes.fromhex(key["public_key_hex"])).verify(
        base64.b64decode(st["signatures"][0]["sig"]), pae
    )
    assert json.loads(body)["state"] == "released"


def _fetch_copy(ctx: Ctx, who: str, rid: str, dest) -> tuple[object, object]:
    """Everything a recipient needs, over the API only: payload files, manifest, tag files, status."""
    from gateway.api.routers.releases import TAG_FILES

    http, h = ctx.env.http, ctx.h[who]
    root = dest / rid
    for f in _files(ctx, who, rid):
        r = http.get(f"/api/v1/releases/{rid}/files/{f['path']}", headers=h)
        assert r.status_code == 200, f["path"]
        (root / f["path"]).parent.mkdir(parents=True, exist_ok=True)
        (root / f["path"]).write_bytes(r.content)
    r = http.get(f"/api/v1/releases/{rid}/manifest", headers=h)
    assert r.status_code == 200
    (root / "release.json").write_bytes(r.content)
    for name in TAG_FILES:
        r = http.get(f"/api/v1/releases/{rid}/tags/{name}", headers=h)
        assert r.status_code == 200, name
        digest = hashlib.sha256(r.content).hexdigest()
        assert r.headers["etag"] == f'"{digest}"' and r.headers["cache-control"] == "private, no-store"
        assert r.headers["repr-digest"] == "sha-256=:" + base64.b64encode(bytes.fromhex(digest)).decode() + ":"
        (root / name).write_bytes(r.content)
    status = dest / "status.dsse.json"
    status.write_bytes(http.get(f"/api/v1/releases/{rid}/status", headers=h).content)
    key = http.get("/api/v1/signing-key", headers=h).json()["public_key_hex"]
    return root, (key, status)


def test_a_copy_fetched_over_the_api_verifies_offline(ctx: Ctx, tmp_path):
    from gateway.release.verify import verify_dir

    root, (key, status) = _fetch_copy(ctx, "acme", ctx.rel_a, tmp_path)
    report = verify_dir(root, key, status_path=status, now=NOW[0])
    assert report.ok, report.problems
    assert report.files == len(_files(ctx, "acme", ctx.rel_a)) and report.status["state"] == "released"
    with ctx.env.engine.connect() as conn:
        names = conn.execute(
            sa.text("SELECT details FROM audit_events WHERE action = 'release.tag_downloaded' AND object_id = :r"),
            {"r": ctx.rel_a},
        ).scalars().all()  # fmt: skip
    from gateway.api.routers.releases import TAG_FILES

    assert sorted((json.loads(d) if isinstance(d, str) else d)["name"] for d in names) == sorted(TAG_FILES)
    # one byte changed in a payload file, in a tag file, in the signed envelope: each is caught
    targets = [next(root.joinpath("data").rglob("*.dcm")), root / "bag-info.txt", root / "release.intoto.dsse.json"]
    for target in targets:
        original = target.read_bytes()
        i = len(original) // 2
        target.write_bytes(original[:i] + bytes([original[i] ^ 1]) + original[i + 1 :])
        assert not verify_dir(root, key, status_path=status, now=NOW[0]).ok, target.name
        target.write_bytes(original)
    assert verify_dir(root, key, status_path=status, now=NOW[0]).ok


def test_tag_route_serves_only_the_tag_files(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    base = f"/api/v1/releases/{ctx.rel_a}/tags/"
    for name in ("release.json", "../release.json", "data/labels/labels.jsonl", "%2e%2e/sekisho.db", "BAGIT.TXT",
                 "", "bagit.txt%00"):  # fmt: skip
        assert http.get(base + name, headers=h["acme"]).status_code in (404, 422), name
    assert http.get(base + "bagit.txt", headers=h["auditor"]).status_code == 403  # like payload files


def test_a_damaged_tag_file_is_refused(ctx: Ctx):
    from gateway.release import service as rs

    http, h = ctx.env.http, ctx.h
    info = rs.release_dir(ctx.world.settings, ctx.rel_a) / "bag-info.txt"
    original = info.read_bytes()
    try:
        info.write_bytes(original.replace(b"Payload-Oxum: ", b"Payload-Oxum: 1"))
        r = http.get(f"/api/v1/releases/{ctx.rel_a}/tags/bag-info.txt", headers=h["acme"])
        assert r.status_code == 500 and r.json()["error"] == "release_integrity"
    finally:
        info.write_bytes(original)
    assert http.get(f"/api/v1/releases/{ctx.rel_a}/tags/bag-info.txt", headers=h["acme"]).status_code == 200


def test_status_is_signed_once_while_current(ctx: Ctx, monkeypatch: pytest.MonkeyPatch):
    """Two requests -> one signature; older than half the freshness window, or the database says something else
    (a state change whose file write was lost) -> a new document."""
    from gateway.release import signing
    from gateway.store.releases import ReleaseRow

    signed: list[str] = []
    real = signing.envelope

    def counting(payload_type: str, body: bytes, key: object) -> dict:
        signed.append(payload_type)
        return real(payload_type, body, key)

    monkeypatch.setattr(signing, "envelope", counting)
    http = ctx.env.http
    url = f"/api/v1/releases/{ctx.rel_a}/status"

    def get() -> tuple[bytes, dict]:
        r = http.get(url, headers=ctx.h["acme"])
        assert r.status_code == 200, r.text
        return r.content, json.loads(base64.b64decode(r.json()["payload"]))

    first, body = get()  # re-signs at most once (the stored one may be from an earlier clock)
    assert len(signed) <= 1
    n = len(signed)
    again, _ = get()
    assert again == first and len(signed) == n  # served as stored: no signature
    saved = NOW[0]
    try:
        _advance(ctx, saved + timedelta(hours=11))  # within half of the default 24 h
        assert get()[0] == first and len(signed) == n
        _advance(ctx, saved + timedelta(hours=13))  # older than half the window: re-signed
        later, later_body = get()
        assert len(signed) == n + 1 and later_body["issued_at"] != body["issued_at"]
        assert get()[0] == later and len(signed) == n + 1
        with session_scope(ctx.world.engine) as s:
            row = s.get(ReleaseRow, ctx.rel_a)
            row.superseded_by = "rel-poked"
            s.add(row)
        _, poked_body = get()
        assert len(signed) == n + 2 and poked_body["superseded_by"] == "rel-poked"
    finally:
        with session_scope(ctx.world.engine) as s:
            row = s.get(ReleaseRow, ctx.rel_a)
            row.superseded_by = None
            s.add(row)
        _advance(ctx, saved)
    _, restored_body = get()  # the stored one is from the "future" now: re-signed, fail safe
    assert restored_body["superseded_by"] is None and restored_body["state"] == "released"


def test_path_tricks_are_404(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    base = f"/api/v1/releases/{ctx.rel_a}/files/"
    for p in ("release.json", "../release.json", "data/../release.json", "%2e%2e/%2e%2e/sekisho.db",
              "data//x", "/etc/passwd", "bagit.txt"):  # fmt: skip
        assert http.get(base + p, headers=h["acme"]).status_code == 404, p


def test_withdrawal_blocks_files_and_the_recipient_attests(ctx: Ctx):
    from gateway.release import service as rs
    from gateway.store.releases import ReleaseMemberRow

    http, h, world = ctx.env.http, ctx.h, ctx.world
    from sqlmodel import select

    with session_scope(world.engine) as s:
        member = s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == ctx.rel_a)).first()
    pid = next(p for p, reg in world.fill.registry_of.items() if reg == member.registry_id)
    t1 = NOW[0] + timedelta(hours=1)
    record_optout(world, pid, received_at=t1, recorded_at=t1)
    with session_scope(world.engine) as s:
        notices = rs.process_withdrawals(s, world.settings, now=t1 + timedelta(minutes=5))
    assert "contractor-a" in {n.recipient for n in notices}  # (contractor-b got its own notice: same cohort)
    _advance(ctx, t1 + timedelta(minutes=10))
    h = ctx.h
    with session_scope(world.engine) as s:
        assert rs.release_access(s, ctx.rel_a).blocked == rs.blocked_files(s, ctx.rel_a) != set()
        assert rs.release_access(s, ctx.rel_b).blocked == rs.blocked_files(s, ctx.rel_b)
    files = _files(ctx, "acme", ctx.rel_a)
    blocked = [f["path"] for f in files if not f["available"]]
    open_ = [f["path"] for f in files if f["available"]]
    assert set(member.paths) <= set(blocked) and open_
    for p in blocked[:3]:
        assert http.get(f"/api/v1/releases/{ctx.rel_a}/files/{p}", headers=h["acme"]).status_code == 410
    assert http.get(f"/api/v1/releases/{ctx.rel_a}/files/{open_[0]}", headers=h["acme"]).status_code == 200
    assert http.get(f"/api/v1/releases/{ctx.rel_a}/archive", headers=h["acme"]).status_code == 410

    mine = http.get("/api/v1/notices", headers=h["acme"]).json()
    theirs = http.get("/api/v1/notices", headers=h["beta"]).json()
    assert len(mine) == 1 and mine[0]["pseudonyms"] and mine[0]["recipient"] == "contractor-a"
    assert all(n["recipient"] == "contractor-b" for n in theirs)
    assert not set(mine[0]["pseudonyms"]) & {p for n in theirs for p in n["pseudonyms"]}  # per-recipient pseudonyms
    nid = mine[0]["notice_id"]
    stranger = http.post(f"/api/v1/notices/{nid}/attestation", headers=h["beta"])
    unknown = http.post("/api/v1/notices/wn-unknown/attestation", headers=h["beta"])
    assert stranger.status_code == unknown.status_code == 404 and stranger.content == unknown.content
    assert http.post(f"/api/v1/notices/{nid}/attestation", headers=h["po-1"]).status_code == 403
    done = http.post(f"/api/v1/notices/{nid}/attestation", headers=h["acme"])
    assert done.status_code == 200 and done.json()["state"] == "attested"
    assert done.json()["attested_by"] == "client:acme"


def test_revoked_and_expired_answer_410(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    f = next(x["path"] for x in _files(ctx, "beta", ctx.rel_b) if x["available"])
    url = f"/api/v1/releases/{ctx.rel_b}"
    assert http.get(f"{url}/files/{f}", headers=h["beta"]).status_code == 200
    # expiry passes (contractor-b's agreement ends 2026-12-31) before the expiry job has run: already 410
    saved = NOW[0]
    _advance(ctx, datetime(2027, 1, 2, tzinfo=UTC))
    assert http.get(f"{url}/files/{f}", headers=ctx.h["beta"]).status_code == 410
    _advance(ctx, saved)
    h = ctx.h
    r = http.post(f"{url}/revocation", headers=h["po-1"], json={"reason_code": "agreement_breach"})
    assert r.status_code == 200 and r.json()["state"] == "revoked"
    for suffix in (f"/files/{f}", "/manifest", "/files", "/tags/bagit.txt", "/tags/release.intoto.dsse.json"):
        assert http.get(url + suffix, headers=h["beta"]).status_code == 410, suffix
    assert http.get(url, headers=h["beta"]).json()["state"] == "revoked"  # it may learn why
    status = http.get(f"{url}/status", headers=h["beta"]).json()
    assert json.loads(base64.b64decode(status["payload"]))["state"] == "revoked"


def test_no_identifier_in_logs_audit_or_responses(ctx: Ctx):
    """The planted synthetic identifiers (names, patient IDs) appear nowhere the API wrote or answered."""
    http, h = ctx.env.http, ctx.h
    for who in ("acme", "beta", "auditor", "po-1"):
        for url in ("/api/v1/releases", "/api/v1/notices", f"/api/v1/releases/{ctx.rel_a}/files"):
            ctx.bodies.append(http.get(url, headers=h[who]).text)
    ctx.bodies.append(http.get("/api/v1/audit/events", headers=h["auditor"], params={"limit": 1000}).text)
    with ctx.env.engine.connect() as conn:
        audit_rows = [repr(tuple(r)) for r in conn.execute(sa.text("SELECT * FROM audit_events"))]
    haystack = "\n".join(ctx.logs + ctx.bodies + audit_rows)
    assert "release.file_downloaded" in haystack and len(ctx.logs) > 10
    planted = [v for v in ctx.world.fill.identifiers if len(v) >= 4]
    assert planted
    leaked = [v for v in planted if v in haystack]
    assert not leaked, f"{len(leaked)} planted identifiers found"


def test_drafts_are_invisible_to_recipients_and_have_no_files(ctx: Ctx):
    http, h = ctx.env.http, ctx.h
    url = f"/api/v1/releases/{ctx.draft_a}"
    assert http.get(url, headers=h["acme"]).status_code == 404
    assert ctx.draft_a not in [r["release_id"] for r in http.get("/api/v1/releases", headers=h["acme"]).json()]
    assert http.get(url, headers=h["po-1"]).json()["state"] == "draft"
    for suffix in ("/files", "/files/data/labels/labels.jsonl", "/manifest", "/archive", "/tags/bagit.txt"):
        assert http.get(url + suffix, headers=h["po-1"]).status_code == 404, suffix


def test_a_changed_manifest_is_refused_not_served_from_cache(ctx: Ctx):
    from gateway.release import service as rs

    http, h = ctx.env.http, ctx.h
    f = next(x["path"] for x in _files(ctx, "acme", ctx.rel_a) if x["available"])
    url = f"/api/v1/releases/{ctx.rel_a}/files/{f}"
    assert http.get(url, headers=h["acme"]).status_code == 200  # verified and cached
    manifest = rs.release_dir(ctx.world.settings, ctx.rel_a) / "release.json"
    original = manifest.read_bytes()
    try:
        manifest.write_bytes(original.replace(b'"contractor-a"', b'"contractor-b"'))
        r = http.get(url, headers=h["acme"])
        assert r.status_code == 500 and r.json()["error"] == "release_integrity"
        r = http.get(f"/api/v1/releases/{ctx.rel_a}/manifest", headers=h["acme"])
        assert r.status_code == 500 and b"contractor-b" not in r.content
    finally:
        manifest.write_bytes(original)
    assert http.get(url, headers=h["acme"]).status_code == 200
