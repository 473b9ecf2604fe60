"""The mission end to end on PostgreSQL and SQLite, through the real components (tests/support/e2e.py runs the
flow once per database): a synthetic hospital (32 patients, CT only: no burned-in text, so no pixel OCR) under
the default policy (min_k = 5) approved by two officers; a blanket opt-out before ingest; ingest of every DICOM
file and record; a release for contractor-a built, checked, approved by two officers and published; the contractor
downloads it over the API with a private_key_jwt token and verifies it offline; a release for the trainer and one
epoch on CPU; a stop-use request after the release -> notice, 410, the trainer refuses, the contractor attests."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pydicom
import pytest
from sqlmodel import Session, select

from gateway.store.releases import ReleaseMemberRow
from gateway.store.research import ResearchObject
from tests.support.e2e import TAG_FILES, E2EFlow, flow


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def e2e(request: pytest.FixtureRequest) -> E2EFlow:
    return flow(request, request.param)


def _members(f: E2EFlow, release_id: str) -> list[ReleaseMemberRow]:
    with Session(f.engine) as s:
        return list(s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == release_id)))


def _released_patient_ids(root: Path) -> set[str]:
    return {str(pydicom.dcmread(p, stop_before_pixels=True).PatientID) for p in (root / "data").rglob("*.dcm")}


def test_the_cohort_survives_min_k_5(e2e: E2EFlow) -> None:
    assert e2e.policy.release.min_k == 5
    assert e2e.ingest["dicom"].get("stored", 0) > 0 and e2e.ingest["records"].get("stored", 0) > 0
    assert e2e.ingest["dicom"].get("quarantined", 0) == 0
    for rel in (e2e.rel_a, e2e.rel_t):
        assert rel.state == "released" and rel.subjects >= e2e.policy.release.min_k
        assert rel.approvers == ("user:po-1", "user:po-2")


def test_blanket_optout_before_ingest_reaches_nothing(e2e: E2EFlow) -> None:
    pid = e2e.optout_pid
    registry, research = e2e.registry_of[pid], e2e.pseudonym_of[pid]
    # ingest excluded the patient's every object (2 CT slices + SR, and all its records), stored none of them
    assert e2e.ingest["dicom"].get("excluded", 0) >= 3 and e2e.ingest["records"].get("excluded", 0) >= 1
    with Session(e2e.engine) as s:
        stored = s.exec(
            select(ResearchObject.id).where(
                (ResearchObject.registry_id == registry) | (ResearchObject.subject == research)
            )
        ).all()
    assert stored == []
    for rel, recipient in ((e2e.rel_a, "contractor-a"), (e2e.rel_t, "trainer")):
        members = _members(e2e, rel.release_id)
        assert members
        theirs = e2e.recipient_pseudonym(pid, recipient)
        assert registry not in {m.registry_id for m in members}
        assert research not in {m.subject for m in members}
        assert theirs not in {m.recipient_subject for m in members}
    # ... and not in what the contractor downloaded: no DICOM, array row or byte carries either pseudonym
    theirs = e2e.recipient_pseudonym(pid, "contractor-a")
    index = json.loads((e2e.download_dir / "data" / "arrays" / "index.json").read_bytes())
    assert theirs not in {r["subject"] for r in index["rows"]}
    assert theirs not in _released_patient_ids(e2e.download_dir)
    for p in e2e.download_dir.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert theirs.encode() not in data and research.encode() not in data, p.name


def test_released_subjects_map_back_to_ingested_patients(e2e: E2EFlow) -> None:
    """The keyed functions are consistent end to end: every released DICOM PatientID is the recipient pseudonym of
    a member, and every member's recipient pseudonym is the vault's re-keying of its research pseudonym."""
    members = _members(e2e, e2e.rel_a.release_id)
    by_registry = {reg: pid for pid, reg in e2e.registry_of.items()}
    for m in members:
        pid = by_registry[m.registry_id]
        assert m.subject == e2e.pseudonym_of[pid]
        assert m.recipient_subject == e2e.recipient_pseudonym(pid, "contractor-a")
    assert _released_patient_ids(e2e.download_dir) == {m.recipient_subject for m in members}
    # the trainer's pseudonyms are another space: nothing joins the two releases
    trainer = {m.recipient_subject for m in _members(e2e, e2e.rel_t.release_id)}
    assert trainer and not trainer & {m.recipient_subject for m in members}


def test_contractor_downloaded_every_file_with_matching_digests(e2e: E2EFlow) -> None:
    files = e2e.manifest["files"]
    assert e2e.manifest["release_id"] == e2e.rel_a.release_id and e2e.manifest["recipient"] == "contractor-a"
    assert {f["path"]: f["sha256"] for f in files} == {f["path"]: f["sha256"] for f in e2e.listed}
    assert e2e.downloaded_sha == {f["path"]: f["sha256"] for f in files}
    assert all(f["available"] for f in e2e.listed)
    kinds = {f["path"].split("/")[1] for f in files}
    assert {"dicom", "records", "arrays"} <= kinds
    token = [x for x in e2e.http if x.url.endswith("/oauth/token")]
    assert token and all(x.status == 200 for x in token)


def test_downloaded_copy_verifies_offline(e2e: E2EFlow) -> None:
    report = e2e.verify_report
    assert report.ok, report.problems
    assert report.release_id == e2e.rel_a.release_id and report.files == len(e2e.manifest["files"])
    assert report.status is not None and report.status["state"] == "released"
    cli = e2e.verify_cli
    assert cli is not None
    expires = datetime.fromisoformat(str(e2e.manifest["expires_at"]).replace("Z", "+00:00"))
    if datetime.now(UTC) < expires:  # the CLI checks expiry on the wall clock (contractor-a: 2027-04-01)
        assert cli.returncode == 0, cli.stdout + cli.stderr
        out = json.loads(cli.stdout)
        assert out["ok"] is True and out["files"] == len(e2e.manifest["files"])
    else:
        assert cli.returncode == 1 and "expired" in cli.stdout
    # tampering with one downloaded byte is caught
    from gateway.release.verify import verify_dir

    victim = next(p for p in sorted(e2e.download_dir.rglob("*.dcm")))
    original = victim.read_bytes()
    try:
        victim.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))
        bad = verify_dir(e2e.download_dir, _key(e2e), now=datetime(2026, 2, 1, 13, 0, tzinfo=UTC))
        assert not bad.ok and any("SHA-256" in p for p in bad.problems)
    finally:
        victim.write_bytes(original)


def _key(e2e: E2EFlow) -> str:
    from gateway.release import service as rs

    return str(rs.public_key_hex(e2e.settings))


def test_archive_is_the_same_bag_as_the_files(e2e: E2EFlow) -> None:
    """GET .../archive streams the whole bag: its payload equals the files fetched one by one, and it carries the
    tag files (BagIt, the signed envelope) the per-file route does not serve."""
    rid = e2e.rel_a.release_id
    root = e2e.archive_dir / rid
    assert {f"{rid}/{name}" for name in (*TAG_FILES, "release.json")} <= set(e2e.archive_members)
    assert all(m.startswith(f"{rid}/") for m in e2e.archive_members)
    for f in e2e.manifest["files"]:
        assert (root / f["path"]).read_bytes() == (e2e.download_dir / f["path"]).read_bytes()
    assert (root / "release.json").read_bytes() == (e2e.download_dir / "release.json").read_bytes()


def test_trainer_trained_one_epoch_on_its_release(e2e: E2EFlow) -> None:
    result = e2e.train_result
    assert result is not None and e2e.model_dir is not None and result.epochs_run == 1
    rid = e2e.rel_t.release_id
    card = (e2e.model_dir / "model_card.md").read_text(encoding="utf-8")
    assert rid in card
    registry = [json.loads(x) for x in (e2e.model_dir.parent / "registry.jsonl").read_text().splitlines()]
    assert [r["release_id"] for r in registry] == [rid]
    from safetensors import safe_open

    with safe_open(str(e2e.model_dir / "model.safetensors"), framework="pt") as fh:
        assert fh.metadata()["release_id"] == rid
    assert result.labels and set(result.metrics["test"]) == set(result.labels)


def test_stop_use_after_release_notice_410_refusal_attestation(e2e: E2EFlow) -> None:
    pid = e2e.stop_pid
    rid = e2e.rel_a.release_id
    theirs = e2e.recipient_pseudonym(pid, "contractor-a")
    # one notice per recipient holding the subject; contractor-a's lists exactly that patient's pseudonym
    notice = next(n for n in e2e.notices if n.recipient == "contractor-a")
    assert notice.pseudonyms == (theirs,) and rid in notice.release_ids
    trainer_members = {m.registry_id for m in _members(e2e, e2e.rel_t.release_id)}
    trainer_notices = [n for n in e2e.notices if n.recipient == "trainer"]
    if e2e.registry_of[pid] in trainer_members:
        assert [n.pseudonyms for n in trainer_notices] == [(e2e.recipient_pseudonym(pid, "trainer"),)]
        assert trainer_notices[0].models == (e2e.train_result.model_id,)
    assert {n.recipient for n in e2e.notices} <= {"contractor-a", "trainer"}
    # the API: that subject's files answer 410, the files nobody withdrew still download
    withdrawn = {m.registry_id: m for m in _members(e2e, rid)}[e2e.registry_of[pid]]
    theirs_dicom = [p for p in withdrawn.paths if p.endswith(".dcm")]
    assert theirs_dicom
    blocked = {f["path"] for f in e2e.after_files if not f["available"]}
    assert set(withdrawn.paths) <= blocked
    for path, status in e2e.after_status.items():
        assert status == (410 if path in blocked else 206), path
    assert any(status == 206 for status in e2e.after_status.values())
    assert e2e.archive_after == 410  # the whole-bag archive is gone once a subject is withdrawn
    for path in theirs_dicom:
        downloaded = pydicom.dcmread(e2e.download_dir / path, stop_before_pixels=True)
        assert str(downloaded.PatientID) == theirs
    # the trainer refuses the trainer's release and contractor-a's: their signed status lists a withdrawn subject
    assert e2e.trainer_refusals[rid] == "withdrawn"
    if e2e.registry_of[pid] in trainer_members:
        assert e2e.trainer_refusals[e2e.rel_t.release_id] == "withdrawn"
    # the contractor sees its own notice over the API and attests deletion
    assert [(n["notice_id"], n["pseudonyms"]) for n in e2e.api_notices] == [(notice.notice_id, [theirs])]
    assert e2e.attestation["state"] == "attested" and e2e.attestation["attested_by"] == "client:acme"


def test_flow_timing(e2e: E2EFlow) -> None:
    """The flow's phases, for the record (pytest -rP shows them); a budget that catches a runaway."""
    print(e2e.kind, {k: round(v, 1) for k, v in e2e.seconds.items()})
    assert e2e.seconds["total"] < 300
    # the flow's environment (SEKISHO_HOME, database, key provider) was handed back for the rest of the session
    assert os.environ.get("SEKISHO_DATABASE_URL") != e2e.url
    assert os.environ.get("SEKISHO_HOME") != str(e2e.home)
