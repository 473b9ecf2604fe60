"""``sekisho vault`` end to end through the settings factory: encrypted key file under SEKISHO_HOME, pinned
keyring backend, fail-closed provider choice, and the custody/destroy commands."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from gateway.cli.main import app
from gateway.settings import get_settings
from policies.identifiers import KnownIdentifiers, PersonName

PID = "PID-4411-CL"
STUDY = "CT-LUNG-2026"
runner = CliRunner()


def sekisho(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def home(sekisho_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "file")
    monkeypatch.setenv("SEKISHO_KEY_PASSPHRASE", "a long synthetic test passphrase")
    get_settings.cache_clear()
    return sekisho_home


def _switch_passphrase(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("SEKISHO_KEY_PASSPHRASE", value)
    get_settings.cache_clear()


def test_vault_cli_lifecycle(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shares_dir = tmp_path / "custody"
    rc, out, err = sekisho(
        "vault", "init", "-k", "2", "-n", "3", "--shares-dir", str(shares_dir), "--actor", "user:po-1"
    )
    assert rc == 0, err
    share_files = sorted(shares_dir.glob("share-*.txt"))
    assert len(share_files) == 3
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in share_files)
    shares = [f.read_text().strip() for f in share_files]

    from gateway.services.vault import open_vault

    known = KnownIdentifiers(names=(PersonName(family="鈴木", given="一郎"),), ids=(PID,))
    pseudonym = open_vault().record_linkage(STUDY, PID, known)

    rc, out, err = sekisho("vault", "status")
    assert rc == 0, err
    status = json.loads(out)
    assert status["state"] == "active" and status["key_check"] == "ok" and status["linkages"] == 1
    assert PID not in out

    reid = ["vault", "reidentify", "--study", STUDY, "--pseudonym", pseudonym, "--reason", "incidental finding IF-7"]
    reid += ["--requested-by", "user:custodian-1", "--approved-by", "user:custodian-2"]
    rc, out, err = sekisho(*reid, "--shares-from", str(share_files[0]), "--share", shares[2], "--with-known")
    assert rc == 0, err
    answer = json.loads(out)
    assert answer["patient_id"] == PID
    assert answer["known"]["names"][0]["family"] == "鈴木"

    rc, out, err = sekisho(*reid, "--share", shares[1])
    assert rc == 2
    assert json.loads(err)["error"] == "insufficient_shares"
    assert PID not in out + err and shares[1] not in out + err

    rc, out, _ = sekisho("vault", "rotate", "--actor", "user:po-1")
    assert rc == 0 and "generation 2" in out

    # the wrong passphrase is an explicit error everywhere, never a fresh key space
    _switch_passphrase(monkeypatch, "not the passphrase")
    rc, out, _ = sekisho("vault", "status")
    assert json.loads(out)["key_check"] == "wrong_key"
    rc, _, err = sekisho("vault", "rotate")
    assert rc == 2 and json.loads(err)["error"] == "wrong_key"
    _switch_passphrase(monkeypatch, "a long synthetic test passphrase")

    split = ["vault", "split", "--requested-by", "user:custodian-1", "--approved-by", "user:custodian-3"]
    rc, out, err = sekisho(*split, "-k", "2", "-n", "2", "--share", shares[0], "--share", shares[1])
    assert rc == 0, err
    new_shares = out.split()
    assert len(new_shares) == 2
    rc, _, err = sekisho(*reid, "--share", shares[0], "--share", shares[1])
    assert rc == 2 and json.loads(err)["error"] == "invalid_share"
    rc, out, _ = sekisho(*reid, "--share", new_shares[0], "--share", new_shares[1])
    assert rc == 0 and json.loads(out)["patient_id"] == PID

    rc, _, err = sekisho("vault", "destroy", "--reason", "protocol end reached")
    assert rc == 1 and "--yes" in err
    rc, out, _ = sekisho("vault", "destroy", "--if-due", "--destruction-date", "2099-03-31", "--today", "2031-01-01")
    assert rc == 0 and "not due" in out
    assert json.loads(sekisho("vault", "status")[1])["state"] == "active"
    rc, out, _ = sekisho("vault", "destroy", "--if-due", "--destruction-date", "2031-03-31", "--today", "2031-03-31")
    assert rc == 0 and "destroyed" in out

    rc, out, _ = sekisho("vault", "status")
    assert json.loads(out)["state"] == "destroyed"
    rc, _, err = sekisho(*reid, "--share", new_shares[0], "--share", new_shares[1])
    assert rc == 2 and json.loads(err)["error"] == "vault_destroyed"
    # only the key directory's KDF parameters remain: no key file survives
    assert [p.name for p in (home / "keys" / "vault").iterdir()] == ["kdf.json"]


def test_keyring_provider_must_be_pinned(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "keyring")
    monkeypatch.delenv("SEKISHO_KEYRING_BACKEND", raising=False)
    get_settings.cache_clear()
    rc, out, err = sekisho("vault", "init")
    assert rc == 2 and json.loads(err)["error"] == "key_unavailable"
    rc, _, err = sekisho("vault", "status")
    assert rc == 2 and json.loads(err)["error"] == "vault_not_found"  # nothing was created

    monkeypatch.setenv("SEKISHO_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    get_settings.cache_clear()
    rc, _, err = sekisho("vault", "init")
    assert rc == 2 and json.loads(err)["error"] == "key_unavailable"

    monkeypatch.setenv("SEKISHO_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("KEYRING_PROPERTY_FILE_PATH", str(tmp_path / "ring.cfg"))
    get_settings.cache_clear()
    rc, out, err = sekisho("vault", "init", "--project", "kr-1")
    assert rc == 0, err
    assert (tmp_path / "ring.cfg").exists()
    rc, out, _ = sekisho("vault", "status", "--project", "kr-1")
    assert json.loads(out)["key_check"] == "ok"


def test_memory_provider_via_settings_is_process_local(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gateway.services import vault as svc

    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "memory")
    monkeypatch.setattr(svc, "_memory_provider", None)
    get_settings.cache_clear()
    v, shares = svc.init_vault(project="mem-1", actor="user:po-1")
    assert svc.open_vault(project="mem-1").vault_id == v.vault_id
    monkeypatch.setattr(svc, "_memory_provider", None)  # a new process: the key is gone, and that is explicit
    _rc, out, _ = sekisho("vault", "status", "--project", "mem-1")
    assert json.loads(out)["key_check"] == "key_not_found"
    assert len(shares) == 3
    # a lost key does not block destruction, scheduled or not
    assert svc.destroy_if_due(project="mem-1", today=date(2031, 3, 30), destruction_date=date(2031, 3, 31)) is False
    assert svc.destroy_if_due(project="mem-1", today=date(2031, 3, 31), destruction_date=date(2031, 3, 31)) is True
    assert svc.destroy_if_due(project="mem-1", today=date(2031, 4, 1), destruction_date=date(2031, 3, 31)) is False
    assert svc.vault_status(project="mem-1").state == "destroyed"


def test_service_calls_dispose_the_engines_they_make(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """init_vault, open_vault, vault_status and destroy_vault leave no pooled connection behind (on PostgreSQL each
    one is a server process); a caller's engine is used as is and left open."""
    from gateway.services import vault as svc

    monkeypatch.setenv("SEKISHO_KEY_PROVIDER", "memory")
    monkeypatch.setattr(svc, "_memory_provider", None)
    get_settings.cache_clear()
    made: list[Any] = []
    real = svc.vault_engine

    def spy(*args: Any, **kwargs: Any) -> Any:
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(svc, "vault_engine", spy)
    v, _ = svc.init_vault(project="pool-1", actor="user:po-1")
    assert svc.open_vault(project="pool-1").vault_id == v.vault_id
    assert svc.vault_status(project="pool-1").state == "active"
    assert len(made) == 3 and all(e.pool.checkedin() == 0 for e in made)
    assert v.status().state == "active"  # a returned vault still works: it reconnects on demand
    mine = real(get_settings())
    try:
        assert svc.vault_status(project="pool-1", engine=mine).state == "active"
        assert len(made) == 3 and mine.pool.checkedin() == 1  # the caller's engine: used, not disposed
        svc.destroy_vault(project="pool-1", reason="end of the synthetic test project", actor="user:po-1")
        assert len(made) == 4 and made[-1].pool.checkedin() == 0
    finally:
        mine.dispose()
