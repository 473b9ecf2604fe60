"""Cohort queries: data kinds (and what a recipient may get), modality, (shifted) date range, findings,
max_subjects; exclusion counts in the audit event."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from gateway.release import service as rs
from gateway.security.principal import Principal
from gateway.store.db import session_scope
from gateway.store.releases import ReleaseMemberRow
from gateway.store.research import ResearchObject
from policies.states import Role
from tests.support.research import World, make_world

STEWARD = Principal("user:steward-1", Role.STEWARD)
T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(sqlite_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> World:
    w = make_world(sqlite_url, monkeypatch, tmp_path / "h", patients=48, seed=8, modalities=("CT", "MR"),
                   record_kinds=("report", "lab", "diagnosis"))  # fmt: skip
    yield w
    w.engine.dispose()


def _build(world: World, recipient: str = "trainer", **query: object) -> rs.ReleaseSummary:
    cohort = rs.CohortQuery(array_size=16, **query)  # type: ignore[arg-type]
    with session_scope(world.engine) as s:
        return rs.build_release(s, world.settings, actor=STEWARD, recipient=recipient, cohort=cohort, now=T0)


def _objects(world: World, rid: str) -> list[ResearchObject]:
    with session_scope(world.engine) as s:
        ids = [o for m in s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == rid)) for o in m.objects]
        return list(s.exec(select(ResearchObject).where(sa.column("id").in_(ids))))


def test_data_kinds_modalities_and_recipient_limits(world: World) -> None:
    rel = _build(world, data_kinds=("images", "reports", "lab", "diagnoses"))
    kinds = {o.data_kind for o in _objects(world, rel.release_id)}
    assert {"images", "reports", "lab", "diagnoses"} <= kinds
    records = (rs.release_dir(world.settings, rel.release_id) / "data" / "records" / "records.jsonl").read_text()
    assert {json.loads(x)["data_kind"] for x in records.splitlines()} >= {"reports", "lab", "diagnoses"}
    ct = _build(world, modalities=("CT",), data_kinds=("images", "reports"))
    assert {o.modality for o in _objects(world, ct.release_id)} == {"CT"}
    with pytest.raises(rs.ReleaseError) as exc:
        _build(world, "contractor-a", data_kinds=("images", "lab"))
    assert exc.value.code == "refused"  # contractor-a may receive images and reports only
    with pytest.raises(rs.ReleaseError) as exc:
        _build(world, "nobody")
    assert exc.value.code == "refused"


def test_dates_findings_and_max_subjects(world: World) -> None:
    with session_scope(world.engine) as s:
        dates = sorted(o.exam_date for o in s.exec(select(ResearchObject)) if o.exam_date is not None)
    middle = dates[len(dates) // 2]
    late = _build(world, data_kinds=("images", "reports"), date_from=middle)
    assert all(o.exam_date is not None and o.exam_date >= middle for o in _objects(world, late.release_id))
    positive = _build(world, data_kinds=("images", "reports"), findings=("nodule",))
    objs = _objects(world, positive.release_id)
    groups: dict[str, list[ResearchObject]] = {}
    for o in objs:
        groups.setdefault(str(o.link_key), []).append(o)
    assert groups and all(any(o.labels.get("nodule") == "positive" for o in g) for g in groups.values())
    few = _build(world, data_kinds=("images", "reports"), max_subjects=24)
    assert few.subjects <= 24
    with session_scope(world.engine) as s:
        details = [
            json.loads(str(r[0]))
            for r in s.execute(sa.text("SELECT details FROM audit_events WHERE action = 'release.built' ORDER BY seq"))
        ]
    assert details[-1]["excluded_max_subjects"] > 0 and details[1]["excluded_findings"] > 0
    assert all(isinstance(v, int | str | None) for d in details for v in d.values())
    with pytest.raises(rs.ReleaseError) as exc:
        _build(world, data_kinds=("images",), date_from=date(2100, 1, 1))
    assert exc.value.code == "check_failed"
