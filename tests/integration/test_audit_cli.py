"""``sekisho audit``: checkpoint, verify (clean and tampered), tail, search, export, prove, keys."""

from __future__ import annotations

import json
import os
import stat

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from audit import append_event
from gateway.cli.main import app
from gateway.store.db import make_engine
from gateway.store.migrate import upgrade

runner = CliRunner()


@pytest.fixture
def home(sekisho_home):
    from gateway.settings import get_settings

    settings = get_settings()
    settings.ensure_dirs()
    engine = make_engine(settings.db_url)
    upgrade(engine)
    with engine.begin() as conn:
        for i in range(10):
            append_event(
                conn,
                action="release.downloaded" if i % 2 else "ingest.stored",
                actor=f"user:staff-{i % 3}",
                object_type="release",
                object_id=f"rel-{i}",
                details={"n": i},
            )
    yield engine
    engine.dispose()


def invoke(*args: str):
    return runner.invoke(app, ["audit", *args], catch_exceptions=False)


def test_checkpoint_then_verify(home, sekisho_home):
    result = invoke("checkpoint")
    assert result.exit_code == 0, result.output
    key = sekisho_home / "keys" / "audit-checkpoint.key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    files = list((sekisho_home / "audit-checkpoints").glob("*.checkpoint"))
    assert len(files) == 1 and files[0].name.startswith("000000000010-")
    assert files[0].read_text().startswith("sekisho.local/audit\n10\n")
    result = invoke("verify", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["ok"] and report["size"] == 11 and report["checkpoints_verified"] == 1


def test_verify_fails_on_tampering_and_truncation(home, sekisho_home, tmp_path):
    assert invoke("checkpoint").exit_code == 0
    saved = tmp_path / "officer-copy.checkpoint"
    saved.write_text(next((sekisho_home / "audit-checkpoints").glob("*.checkpoint")).read_text())
    with home.begin() as conn:
        for (name,) in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all():
            conn.execute(sa.text(f"DROP TRIGGER {name}"))
        conn.execute(sa.text("DELETE FROM audit_events WHERE seq > 6"))
        conn.execute(sa.text("UPDATE audit_head SET seq = 6"))
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke("verify", "--checkpoint", str(saved), "--checkpoint-dir", str(empty))
    assert result.exit_code == 1
    assert "TAMPERING DETECTED" in result.output and "checkpoint.truncated" in result.output
    assert "db.hardening" in result.output  # the dropped triggers are reported too


def test_verify_rejects_a_checkpoint_from_another_key(home, sekisho_home, tmp_path):
    from audit.checkpoint import Checkpoint, sign_checkpoint
    from audit.note import NoteSigner

    forged = tmp_path / "forged.checkpoint"
    forged.write_text(sign_checkpoint(Checkpoint("sekisho.local/audit", 10, bytes(32)), NoteSigner.generate("x")))
    assert invoke("key").exit_code == 0  # creates the local key (dev mode)
    result = invoke("verify", "--checkpoint", str(forged))
    assert result.exit_code == 1 and "checkpoint.invalid" in result.output


def test_tail_search_export_prove(home, tmp_path):
    tail = invoke("tail", "-n", "2", "--json")
    assert [json.loads(line)["seq"] for line in tail.output.splitlines()] == [9, 10]
    found = invoke("search", "--action", "release.*", "--actor", "user:staff-0", "--json")
    rows = [json.loads(line) for line in found.output.splitlines()]
    assert rows and all(r["action"] == "release.downloaded" and r["actor"] == "user:staff-0" for r in rows)
    assert [r["object_id"] for r in rows] == ["rel-3", "rel-9"]
    assert invoke("search", "--object-id", "rel-4").output.count("\n") == 1
    out = tmp_path / "export.jsonl"
    assert invoke("export", "--out", str(out)).exit_code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["seq"] for r in lines] == list(range(1, 11))
    assert lines[1]["prev_hash"] == lines[0]["chain_hash"]
    proof = json.loads(invoke("prove", "7", "--consistency-from", "4").output)
    assert proof["inclusion_verified"] and proof["consistency"]["verified"] and proof["tree_size"] == 10


def test_prod_mode_refuses_to_create_a_key_implicitly(home, sekisho_home, monkeypatch):
    from gateway.settings import get_settings

    monkeypatch.setenv("SEKISHO_MODE", "prod")
    monkeypatch.setenv("SEKISHO_KEY_PASSPHRASE", "x" * 20)
    monkeypatch.setenv("SEKISHO_SESSION_SECRET", "y" * 20)
    get_settings.cache_clear()
    result = runner.invoke(app, ["audit", "checkpoint"])
    assert result.exit_code != 0 and "init-key" in result.output
    created = invoke("init-key")
    assert created.exit_code == 0 and created.output.startswith("sekisho-audit+")
    assert invoke("init-key").exit_code != 0  # never replaces a key
    assert invoke("checkpoint").exit_code == 0


def test_an_export_verifies_offline_and_its_tampering_is_detected(home, sekisho_home, tmp_path):
    assert invoke("checkpoint").exit_code == 0
    with home.begin() as conn:
        append_event(
            conn, action="ingest.stored", actor="system", object_type="object", object_id="o-x", details={"f": 1e17}
        )
    out = tmp_path / "export.jsonl"
    assert invoke("export", "--out", str(out)).exit_code == 0
    ok = invoke("verify", "--export", str(out), "--json")
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.output)["checkpoints_verified"] == 1
    lines = out.read_text().splitlines()
    lines[3] = lines[3].replace('"user:staff-0"', '"user:staff-9"')
    dropped = tmp_path / "tampered.jsonl"
    dropped.write_text("\n".join(lines[:2] + lines[3:]) + "\n")
    bad = invoke("verify", "--export", str(dropped))
    assert bad.exit_code == 1
    assert "seq.gap" in bad.output and "entry.modified" in bad.output and "checkpoint.inconsistent" in bad.output
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text(lines[0] + "\n{not json\n")
    result = runner.invoke(app, ["audit", "verify", "--export", str(garbage)])
    assert result.exit_code == 1 and "line 2" in result.output
