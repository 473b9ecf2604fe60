"""Release flow end to end on SQLite and PostgreSQL: build -> checks -> two approvals -> publish -> the trainer's
reader opens it and its arrays equal the released DICOM; tampering is refused; recipients cannot join."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import bagit
import numpy as np
import pydicom
import pytest
from sqlmodel import Session, select

from gateway.release import service as rs
from gateway.release.arrays import to_row
from gateway.security.principal import Principal
from gateway.store.db import session_scope
from gateway.store.research import ResearchObject
from policies.states import Role
from tests.support.research import World, make_world, research_pseudonyms
from trainer.release import ReleaseRefused, verify_release

PO1 = Principal("user:po-1", Role.PRIVACY_OFFICER, mfa=True)
PO2 = Principal("user:po-2", Role.PRIVACY_OFFICER, mfa=True)
STEWARD = Principal("user:steward-1", Role.STEWARD)
T_BUILD = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)
SIZE = 32


@pytest.fixture
def world(db_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> World:
    w = make_world(db_url, monkeypatch, tmp_path / "hospital", patients=24, seed=3)
    yield w
    w.engine.dispose()


def _release(world: World, recipient: str = "trainer", *, at: datetime = T_BUILD) -> rs.ReleaseSummary:
    cohort = rs.CohortQuery(modalities=("CT",), data_kinds=("images", "reports"), array_size=SIZE)
    with session_scope(world.engine) as s:
        built = rs.build_release(s, world.settings, actor=STEWARD, recipient=recipient, cohort=cohort, now=at)
    assert built.state == "draft"
    with session_scope(world.engine) as s:
        checked = rs.run_checks(s, world.settings, built.release_id, actor=STEWARD, now=at + timedelta(minutes=5))
    assert checked.state == "checked", checked.checks
    with session_scope(world.engine) as s:
        one = rs.approve(s, world.settings, built.release_id, actor=PO1, now=at + timedelta(hours=1))
    assert one.state == "checked" and one.approvers == ("user:po-1",)
    with session_scope(world.engine) as s:
        two = rs.approve(s, world.settings, built.release_id, actor=PO2, now=at + timedelta(hours=2))
    assert two.state == "approved"
    with session_scope(world.engine) as s:
        return rs.publish(s, world.settings, built.release_id, actor=STEWARD, now=at + timedelta(hours=3))


def test_build_check_approve_publish_and_the_trainer_opens_it(world: World) -> None:
    rel = _release(world)
    assert rel.state == "released" and rel.approvers == ("user:po-1", "user:po-2")
    assert all(c.passed for c in rel.checks) and {c.name for c in rel.checks} >= {
        "optout_current", "verified", "k_anonymity", "differencing"
    }  # fmt: skip
    root = rs.release_dir(world.settings, rel.release_id)
    with session_scope(world.engine) as s:
        key = rs.public_key_hex(world.settings)
        files = rs.release_files(s, world.settings, rel.release_id)
    assert len(files) == rel.file_count and all(f.path.startswith("data/") for f in files)
    bagit.Bag(str(root)).validate()  # a valid BagIt bag (payload and tag manifests)

    opened = verify_release(root, trusted_keys=[key], now=T_BUILD + timedelta(hours=4))
    assert opened.release_id == rel.release_id and opened.manifest["recipient"] == "trainer"
    assert opened.manifest["approvers"] == ["user:po-1", "user:po-2"]
    n, h, w = opened.shape
    assert (h, w) == (SIZE, SIZE) and n == len(opened.index["rows"]) > 0
    images = np.memmap(opened.images_path, dtype=np.uint8, mode="r", shape=(n, h, w))
    by_sop = {}
    for p in (root / "data" / "dicom").rglob("*.dcm"):
        ds = pydicom.dcmread(p)
        by_sop[str(ds.SOPInstanceUID)] = ds
    for row in opened.index["rows"]:  # every array row is the released DICOM, decoded and windowed
        ds = by_sop[row["sop"]]
        assert str(ds.StudyInstanceUID) == row["study"] and str(ds.PatientID) == row["subject"]
        assert np.array_equal(images[row["row"]], to_row(ds, SIZE))
    labelled = [r for r in opened.index["rows"] if r["labels"]]
    assert labelled, "teacher labels from the reports reach the array index"

    # the recipient's pseudonyms and UIDs: no research pseudonym and no synthetic identifier in the payload
    research = set(world.fill.pseudonym_of.values())
    blob = b"".join((root / f.path).read_bytes() for f in files)
    text = blob.decode("utf-8", errors="ignore")
    assert not research & research_pseudonyms(text)
    for value in world.fill.identifiers:
        assert value.encode() not in blob
    with session_scope(world.engine) as s:
        research_uids = {o.study_uid for o in s.exec(select(ResearchObject))}
    assert not any(u and u.encode() in blob for u in research_uids)


def test_tampering_is_refused(world: World) -> None:
    rel = _release(world)
    root = rs.release_dir(world.settings, rel.release_id)
    key = rs.public_key_hex(world.settings)
    dcm = next((root / "data" / "dicom").rglob("*.dcm"))
    data = bytearray(dcm.read_bytes())
    data[-1] ^= 0xFF
    dcm.write_bytes(bytes(data))
    with pytest.raises(ReleaseRefused) as exc:
        verify_release(root, trusted_keys=[key], now=T_BUILD + timedelta(hours=4))
    assert exc.value.reason == "hash_mismatch"
    other = "11" * 32
    dcm.write_bytes(bytes(data[:-1]) + bytes([data[-1] ^ 0xFF]))
    with pytest.raises(ReleaseRefused) as exc:
        verify_release(root, trusted_keys=[other], now=T_BUILD + timedelta(hours=4))
    assert exc.value.reason == "signature"
    manifest = json.loads((root / "release.json").read_bytes())
    manifest["approvers"] = ["user:po-1"]
    (root / "release.json").write_text(json.dumps(manifest))
    with pytest.raises(ReleaseRefused) as exc:
        verify_release(root, trusted_keys=[key], now=T_BUILD + timedelta(hours=4))
    assert exc.value.reason == "statement"


def test_payload_changed_between_build_and_publish_is_refused(world: World) -> None:
    cohort = rs.CohortQuery(modalities=("CT",), array_size=SIZE)
    with session_scope(world.engine) as s:
        built = rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T_BUILD)
    with session_scope(world.engine) as s:
        rs.run_checks(s, world.settings, built.release_id, actor=STEWARD, now=T_BUILD)
        rs.approve(s, world.settings, built.release_id, actor=PO1, now=T_BUILD)
        rs.approve(s, world.settings, built.release_id, actor=PO2, now=T_BUILD)
    root = rs.release_dir(world.settings, built.release_id)
    (root / "data" / "records" / "records.jsonl").write_text("{}\n")
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.publish(s, world.settings, built.release_id, actor=STEWARD, now=T_BUILD + timedelta(hours=1))
    assert exc.value.code == "tampered"
    assert not (root / "release.json").exists()


def test_two_distinct_officers_not_the_builder(world: World) -> None:
    builder = Principal("user:po-1", Role.PRIVACY_OFFICER)
    cohort = rs.CohortQuery(modalities=("CT",), array_size=SIZE)
    with session_scope(world.engine) as s:
        built = rs.build_release(s, world.settings, actor=builder, recipient="contractor-a", cohort=cohort, now=T_BUILD)
        rs.run_checks(s, world.settings, built.release_id, actor=STEWARD, now=T_BUILD)
    rid = built.release_id
    for who, code in ((PO1, "refused"), (STEWARD, "refused")):
        with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
            rs.approve(s, world.settings, rid, actor=who, now=T_BUILD)
        assert exc.value.code == code
    with session_scope(world.engine) as s:
        assert rs.approve(s, world.settings, rid, actor=PO2, now=T_BUILD).state == "checked"
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError):
        rs.approve(s, world.settings, rid, actor=PO2, now=T_BUILD)  # the same officer twice
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.publish(s, world.settings, rid, actor=STEWARD, now=T_BUILD)
    assert exc.value.code == "invalid_state"
    po3 = Principal("user:po-3", Role.PRIVACY_OFFICER)
    with session_scope(world.engine) as s:
        assert rs.approve(s, world.settings, rid, actor=po3, now=T_BUILD).state == "approved"


def test_recipients_cannot_join_their_releases(world: World) -> None:
    a = _release(world, "trainer")
    b = _release(world, "contractor-a")

    def contents(rid: str) -> tuple[set[str], set[str]]:
        subjects, uids = set(), set()
        for p in (rs.release_dir(world.settings, rid) / "data" / "dicom").rglob("*.dcm"):
            ds = pydicom.dcmread(p, stop_before_pixels=True)
            subjects.add(str(ds.PatientID))
            for elem in ds.iterall():
                if elem.VR == "UI" and elem.value and not str(elem.value).startswith("1.2.840.10008"):
                    uids.add(str(elem.value))
        return subjects, uids

    sa, ua = contents(a.release_id)
    sb, ub = contents(b.release_id)
    assert sa and sb and not sa & sb
    assert ua and ub and not ua & ub
    # consistent within a release: every slice of a series shares its FrameOfReferenceUID and StudyInstanceUID
    series: dict[str, set[tuple[str, str]]] = {}
    for p in (rs.release_dir(world.settings, a.release_id) / "data" / "dicom").rglob("*.dcm"):
        ds = pydicom.dcmread(p, stop_before_pixels=True)
        series.setdefault(str(ds.SeriesInstanceUID), set()).add(
            (str(ds.StudyInstanceUID), str(ds.get("FrameOfReferenceUID", "")))
        )
    assert all(len(v) == 1 for v in series.values())
    with session_scope(world.engine) as s:
        assert [r.release_id for r in rs.list_releases(s, recipient="trainer")] == [a.release_id]
        with pytest.raises(rs.ReleaseError) as exc:
            rs.get_release(s, "rel-nope")
        assert exc.value.code == "not_found"


def test_a_rolled_back_build_leaves_a_directory_that_gc_removes_later(world: World) -> None:
    cohort = rs.CohortQuery(modalities=("CT",), array_size=SIZE)
    with Session(world.engine) as s:
        built = rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T_BUILD)
        s.rollback()
    orphan = rs.release_dir(world.settings, built.release_id)
    assert orphan.is_dir()
    kept = _release(world)
    now = datetime.now(UTC)
    with session_scope(world.engine) as s:
        assert rs.sweep_orphans(world.settings, s, now=now + timedelta(hours=1)) == []  # could be a build in progress
        assert rs.sweep_orphans(world.settings, s, now=now + timedelta(hours=7)) == [built.release_id]
    assert not orphan.exists() and rs.release_dir(world.settings, kept.release_id).is_dir()


def test_later_releases_to_a_recipient_keep_its_level(world: World) -> None:
    first = _release(world)
    second = _release(world, at=T_BUILD + timedelta(days=1))
    assert second.generalisation == first.generalisation
    assert {c.name: c.passed for c in second.checks}["differencing"]


def test_no_release_once_the_vault_is_destroyed(world: World) -> None:
    world.vault.destroy("protocol end reached", actor="user:po-1")
    cohort = rs.CohortQuery(modalities=("CT",), array_size=SIZE)
    with session_scope(world.engine) as s, pytest.raises(rs.ReleaseError) as exc:
        rs.build_release(s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T_BUILD)
    assert exc.value.code == "vault_unavailable"
    assert not [p for p in world.settings.releases_dir.iterdir() if p.name.startswith("rel-")]
