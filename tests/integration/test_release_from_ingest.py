"""What the real ingest service stores can be released: ingest (DICOM + records) -> build -> checks -> two
approvals -> publish -> the trainer opens it; reports join their studies (link keys), labels reach the arrays."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from gateway.release import service as rs
from tests.support.research import World, make_world, release_through
from trainer.release import verify_release

T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(sqlite_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> World:
    w = make_world(sqlite_url, monkeypatch, tmp_path / "hospital", via_ingest=True, patients=20, seed=4)
    yield w
    w.engine.dispose()


def test_ingested_store_releases_and_opens(world: World) -> None:
    assert world.fill.images > 0 and world.fill.records > 0
    rel = release_through(world, at=T0)
    assert rel.state == "released" and rel.subjects > 0
    root = rs.release_dir(world.settings, rel.release_id)
    opened = verify_release(root, trusted_keys=[rs.public_key_hex(world.settings)], now=T0 + timedelta(hours=4))
    rows = opened.index["rows"]
    assert rows and any(r["labels"] for r in rows)
    records = [json.loads(x) for x in (root / "data" / "records" / "records.jsonl").read_text().splitlines()]
    studies = {r["study"] for r in rows}
    assert records and all(r["data_kind"] == "reports" for r in records)
    assert {r.get("study") for r in records} <= studies  # every report sits with its released study
    payload = b"".join(p.read_bytes() for p in (root / "data").rglob("*") if p.is_file())
    for value in world.fill.identifiers:
        assert value.encode() not in payload
    for research in world.fill.pseudonym_of.values():
        assert research.encode() not in payload
