"""The bundled trainer trains on a release the service published (after a status refresh), the model is recorded
against the release, and a later withdrawal names that model in the notice while the trainer refuses the release."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.release import service as rs
from gateway.security.principal import Principal
from gateway.store.db import session_scope
from gateway.store.releases import ReleaseMemberRow
from policies.states import Role
from tests.support.research import World, make_world, record_optout, release_through
from trainer.config import TrainConfig
from trainer.release import ReleaseRefused
from trainer.train import train

T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(sqlite_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> World:
    w = make_world(sqlite_url, monkeypatch, tmp_path / "hospital", patients=24, seed=3)
    yield w
    w.engine.dispose()


def test_train_on_a_release_then_withdrawal_names_the_model(world: World, tmp_path: Path) -> None:
    from sqlmodel import select

    rel = release_through(world, at=T0)
    root = rs.release_dir(world.settings, rel.release_id)
    cfg = TrainConfig(trusted_keys=[rs.public_key_hex(world.settings)], epochs=1, threads=1, bootstrap=0, width=4,
                      batch_size=8)  # fmt: skip
    with pytest.raises(ReleaseRefused) as stale:  # the status signed at publish (T0) is months old by now
        train(root, cfg, tmp_path / "models", log=lambda _s: None)
    assert stale.value.reason == "stale_status"
    with session_scope(world.engine) as s:
        rs.status_envelope(s, world.settings, rel.release_id)  # what the API's status endpoint does
    result = train(root, cfg, tmp_path / "models", log=lambda _s: None)
    assert result.model_id and result.epochs_run == 1 and result.labels
    registry = (tmp_path / "models" / "registry.jsonl").read_text()
    assert rel.release_id in registry  # the trainer's registry names the release it trained on
    trainer = Principal("client:trainer-1", Role.TRAINER, recipient="trainer")
    now = datetime.now(UTC)
    with session_scope(world.engine) as s:
        rs.record_training(s, rel.release_id, model_id=result.model_id, actor=trainer, now=now)
        member = s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == rel.release_id)).first()
    assert member is not None
    pid = next(p for p, pseudonym in world.fill.pseudonym_of.items() if pseudonym == member.subject)
    record_optout(world, pid, received_at=now, recorded_at=now)
    with session_scope(world.engine) as s:
        (notice,) = rs.process_withdrawals(s, world.settings, now=now + timedelta(minutes=1))
    assert notice.models == (result.model_id,) and notice.retrain_required is False
    with pytest.raises(ReleaseRefused) as refused:
        train(root, cfg, tmp_path / "models2", log=lambda _s: None)
    assert refused.value.reason == "withdrawn"
