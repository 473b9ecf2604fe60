"""``sekisho release`` end to end through the command line (SQLite), including offline ``verify DIR``."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from gateway.cli.main import app as main_app
from gateway.release import signing
from gateway.store.db import session_scope
from gateway.store.releases import ReleaseMemberRow
from tests.support.research import World, make_world, record_optout

runner = CliRunner()


@pytest.fixture
def world(sqlite_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> World:
    w = make_world(sqlite_url, monkeypatch, tmp_path / "hospital", patients=24, seed=3)
    yield w
    w.engine.dispose()


def _ok(*args: str) -> str:
    result = runner.invoke(main_app, ["release", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_release_lifecycle_and_offline_verify(world: World, tmp_path: Path) -> None:
    at = ["--at", "2026-02-01T09:00:00"]
    build = ["build", "--recipient", "contractor-a", "--actor", "user:steward-1", "--modality", "CT"]
    built = json.loads(_ok(*build, "--array-size", "32", "--json", *at))
    rid = built["release_id"]
    assert built["state"] == "draft" and built["recipient"] == "contractor-a"
    assert "checked" in _ok("check", rid, "--actor", "user:steward-1", *at)
    refused = runner.invoke(main_app, ["release", "approve", rid, "--actor", "user:steward-1", "--role", "steward"])
    assert refused.exit_code == 1 and "refused" in refused.output
    _ok("approve", rid, "--actor", "user:po-1", "--at", "2026-02-01T10:00:00")
    _ok("approve", rid, "--actor", "user:po-2", "--at", "2026-02-01T11:00:00")
    shown = json.loads(_ok("publish", rid, "--actor", "user:steward-1", "--json", "--at", "2026-02-01T12:00:00"))
    assert shown["state"] == "released" and shown["approvers"] == ["user:po-1", "user:po-2"]
    status = json.loads(_ok("status", rid))
    assert status["state"] == "released" and status["withdrawn_subjects"] == [] and status["release_id"] == rid
    assert _ok("status", "--all").strip() == "re-signed: 1"
    listed = json.loads(_ok("list", "--recipient", "contractor-a", "--json"))
    assert [r["release_id"] for r in listed] == [rid]

    # the signing key file is private; the public key is exportable
    assert stat.S_IMODE(os.stat(signing.key_path(world.settings)).st_mode) == 0o600
    key = _ok("pubkey").strip()
    assert len(key) == 64 and bytes.fromhex(key)
    (tmp_path / "key.hex").write_text(key + "\n")

    # a downloaded copy (directory + status document) verifies offline against the key
    download = tmp_path / "download"
    download.mkdir()
    shutil.copytree(world.settings.releases_dir / rid, download / rid)
    shutil.copy(world.settings.releases_dir / f"{rid}.status.dsse.json", download)
    report = json.loads(_ok("verify", str(download / rid), "--key", str(tmp_path / "key.hex"), "--json"))
    assert report["ok"] and report["files"] == shown["file_count"] and report["status"]["state"] == "released"

    wrong = runner.invoke(main_app, ["release", "verify", str(download / rid), "--key", "22" * 32])
    assert wrong.exit_code == 1 and "no valid signature" in wrong.output
    victim = next((download / rid / "data" / "dicom").rglob("*.dcm"))
    victim.write_bytes(victim.read_bytes()[:-2])
    (download / rid / "data" / "extra.txt").write_text("x")
    bad = runner.invoke(main_app, ["release", "verify", str(download / rid), "--key", key])
    assert bad.exit_code == 1
    assert "wrong size" in bad.output and "not listed" in bad.output and "REFUSED" in bad.output

    # a withdrawal after release: the notice, then the recipient attests
    with session_scope(world.engine) as s:
        member = s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == rid)).first()
    assert member is not None
    pid = next(p for p, pseudonym in world.fill.pseudonym_of.items() if pseudonym == member.subject)
    record_optout(world, pid, received_at=_dt("2026-02-03T09:00:00"), recorded_at=_dt("2026-02-03T09:00:00"))
    (notice,) = json.loads(_ok("withdrawals", "--process", "--json", "--at", "2026-02-03T10:00:00"))
    assert notice["recipient"] == "contractor-a" and notice["release_ids"] == [rid]
    assert notice["pseudonyms"] == [member.recipient_subject]
    other = runner.invoke(
        main_app,
        ["release", "attest", notice["notice_id"], "--actor", "client:x", "--recipient", "trainer", "--role",
         "trainer"],
    )  # fmt: skip
    assert other.exit_code == 1 and "not_found" in other.output
    _ok("attest", notice["notice_id"], "--actor", "client:contractor-a", "--recipient", "contractor-a")
    _ok("trainings", "record", rid, "--model", "model:seg-v1", "--actor", "user:steward-1")
    assert "model:seg-v1" in _ok("trainings", "list", "--release", rid)


def _dt(text: str) -> object:
    from datetime import UTC, datetime

    return datetime.fromisoformat(text).replace(tzinfo=UTC)
