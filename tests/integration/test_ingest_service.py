"""The ingest service on both databases: synthetic hospital in, research store out; idempotency, opt-out at
receipt, eligibility counts, quarantine without identified copies, staging always emptied, no PHI in what the
gateway wrote (rows, audit, quarantine reasons, log lines)."""

from __future__ import annotations

import json
import logging
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pydicom
import pytest
from sqlmodel import Session, select

from gateway.ingest import Status, ingest_dicom, ingest_records
from gateway.store.blobs import LocalBlobStore
from gateway.store.research import IngestRun, ResearchObject
from tests.support import ingest as sup


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gateway.synth import generate

    out = tmp_path_factory.mktemp("synth") / "h"
    generate(out, patients=3, seed=7, modalities=("CT", "CR", "MR"), slices=2)
    return out


@pytest.fixture
def setup(tmp_path: Path, engine, db_url: str):  # type: ignore[no-untyped-def]
    settings = sup.make_settings(tmp_path / "home", db_url)
    ing = sup.make_ingestor(settings, engine)
    yield settings, engine, ing
    ing.close()


def _dicom_files(hospital: Path) -> list[Path]:
    return sorted((hospital / "dicom").rglob("*.dcm"))


def test_dicom_and_records_reach_the_store_linked_and_labelled(hospital: Path, setup) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup
    files = _dicom_files(hospital)
    sr = [f for f in files if pydicom.dcmread(f, stop_before_pixels=True).Modality == "SR"]
    summary = ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing)
    assert summary.get("inputs") == len(files)
    # the default policy does not name SR: reports arrive as records, SR objects are excluded by reason
    assert summary.get("excluded:modality_not_named") == len(sr)
    assert summary.stored == len(files) - len(sr)
    assert summary.quarantined == 0

    records = [json.loads(x) for x in (hospital / "records" / "records.jsonl").read_text().splitlines()]
    rsum = ingest_records(hospital / "records" / "records.jsonl", settings=settings, engine=engine, ingestor=ing)
    assert rsum.stored + rsum.quarantined == len(records)
    assert rsum.quarantined == 0, sup.quarantine(engine)

    objs = sup.rows(engine)
    assert len(objs) == summary.stored + rsum.stored
    by_kind = Counter(o.data_kind for o in objs)
    expected_kinds = Counter({"report": "reports", "diagnosis": "diagnoses"}.get(r["kind"], r["kind"]) for r in records)
    assert by_kind - Counter({"images": summary.stored}) == expected_kinds

    store = LocalBlobStore(settings.store_dir)
    images = [o for o in objs if o.data_kind == "images"]
    reports = [o for o in objs if o.data_kind == "reports"]
    for o in objs:
        assert o.verified and o.registry_id.startswith("R") and o.subject.startswith("P")
        import hashlib

        assert hashlib.sha256(store.get(o.path)).hexdigest() == o.sha256
    # DICOM paths are <study>/<series>/<sop>.dcm from new UIDs; records under records/<kind>/
    for o in images:
        assert o.path == f"{o.study_uid}/{o.series_uid}/{o.sop_uid}.dcm" and o.sop_uid == o.object_key
        assert o.study_uid and o.study_uid.startswith("2.25.")
    for o in reports:
        assert o.path == f"records/reports/{o.object_key}.json"
    # every report joins its study's images by link key; the same patient has one subject and registry id
    image_links = {o.link_key: o for o in images}
    for rep in reports:
        assert rep.link_key in image_links
        img = image_links[rep.link_key]
        assert (rep.subject, rep.registry_id) == (img.subject, img.registry_id)
        assert rep.exam_date is not None and img.exam_date is not None
        assert abs((rep.exam_date - img.exam_date).days) <= 7  # same shift: report written days after the exam
        study_attrs = [o.attributes for o in images if o.link_key == rep.link_key]
        assert rep.attributes["sex"] in ("M", "F") and rep.attributes in study_attrs
    assert any(rep.labels for rep in reports)
    stored_report = json.loads(store.get(reports[0].path))
    assert stored_report["labels"] == reports[0].labels
    # exam dates are shifted by the patient's keyed shift (never the original date)
    originals = {r["accession"]: date.fromisoformat(r["date"]) for r in records if r["kind"] == "report"}
    for r in records:
        if r["kind"] == "report":
            rep = next(o for o in reports if o.link_key == ing.link_key(r["accession"]))
            shift = ing.keys.date_shift_days(r["patient_id"])
            assert shift != 0 and rep.exam_date == originals[r["accession"]] + timedelta(days=shift)
    # attributes: the quasi-identifier contract
    for o in images:
        assert set(o.attributes) == {"age", "sex", "height_cm", "weight_kg", "body_part", "modality"}
        assert o.attributes["age"] is None or 0 <= o.attributes["age"] <= 90
    assert not list(sup.files_under(settings.staging_dir))


def test_the_same_input_twice_is_stored_once(hospital: Path, setup) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup
    first = ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing)
    blobs = sorted(LocalBlobStore(settings.store_dir).keys())
    second = ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing)
    assert second.stored == 0 and second.duplicates == first.stored
    assert len(sup.rows(engine)) == first.stored
    assert sorted(LocalBlobStore(settings.store_dir).keys()) == blobs
    r1 = ingest_records(hospital / "records" / "records.jsonl", settings=settings, engine=engine, ingestor=ing)
    r2 = ingest_records(hospital / "records" / "records.jsonl", settings=settings, engine=engine, ingestor=ing)
    assert r2.stored == 0 and r2.duplicates == r1.stored
    with Session(engine) as s:
        runs = list(s.exec(select(IngestRun)))
    assert len(runs) == 4 and all(r.finished_at is not None for r in runs)
    assert [r.counts.get("duplicate", 0) for r in runs if r.source == "records"] == [0, r1.stored]
    actions = Counter(a["action"] for a in sup.audit_rows(engine))
    assert actions["ingest.run.started"] == actions["ingest.run.finished"] == 4
    assert actions["ingest.object.stored"] == first.stored + r1.stored


def test_an_opted_out_patient_never_reaches_the_store(hospital: Path, setup) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup
    people = sup.patients(hospital)
    target = people[0]
    rid = ing.vault.registry_id(target["patient_id"])
    sup.record_optout(engine, rid, study=ing.study)
    n_target_files = sum(
        1
        for f in _dicom_files(hospital)
        if str(pydicom.dcmread(f, stop_before_pixels=True).PatientID) == target["patient_id"]
    )
    n_target_records = sum(
        1
        for x in (hospital / "records" / "records.jsonl").read_text().splitlines()
        if json.loads(x)["patient_id"] == target["patient_id"]
    )
    d = ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing)
    r = ingest_records(hospital / "records" / "records.jsonl", settings=settings, engine=engine, ingestor=ing)
    assert d.get("excluded:opted_out") == n_target_files > 0
    assert r.get("excluded:opted_out") == n_target_records > 0
    objs = sup.rows(engine)
    assert objs and all(o.registry_id != rid for o in objs)
    assert all(o.subject != ing.keys.pseudonym(target["patient_id"]) for o in objs)
    assert sup.quarantine(engine) == []  # excluded is not quarantined


def test_eligibility_exclusions_are_counted_by_reason(hospital: Path, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, engine, _ = setup
    from policies.policy import default_policy

    pol = default_policy()
    narrow = pol.model_copy(
        update={
            "eligibility": pol.eligibility.model_copy(
                update={"modalities": ("CT",), "data_kinds": ("images", "reports")}
            )
        }
    )
    with sup.make_ingestor(settings, engine, policy=narrow) as ing:
        d = ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing)
        r = ingest_records(hospital / "records" / "records.jsonl", settings=settings, engine=engine, ingestor=ing)
    assert d.get("excluded:modality_not_named") > 0 and d.stored > 0
    assert r.get("excluded:data_kind_not_named") > 0
    kinds = {o.data_kind for o in sup.rows(engine)}
    assert kinds == {"images", "reports"}
    assert {o.modality for o in sup.rows(engine) if o.data_kind == "images"} == {"CT"}


def test_bad_inputs_are_quarantined_without_identified_copies(hospital: Path, setup, tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup
    src = tmp_path / "bad"
    src.mkdir()
    good = _dicom_files(hospital)[0]
    data = good.read_bytes()
    (src / "not_dicom.dcm").write_bytes(b"hello, not DICOM at all" * 10)
    (src / "truncated.dcm").write_bytes(data[: len(data) // 2])
    ds = pydicom.dcmread(good)
    del ds.PatientID
    ds.save_as(src / "no_pid.dcm")
    caplog.set_level(logging.INFO, logger="sekisho")
    summary = ingest_dicom([src], settings=settings, engine=engine, ingestor=ing)
    assert summary.quarantined == 3 and summary.stored == 0
    entries = sup.quarantine(engine)
    assert {e.stage for e in entries} == {"parse"}
    assert all(e.path is None and len(e.source_ref) >= 16 for e in entries)
    assert any("PatientID" in e.reason for e in entries)
    # the identified input is not kept anywhere in the gateway
    assert not list(sup.files_under(settings.quarantine_dir))
    assert not list(sup.files_under(settings.store_dir))
    assert not list(sup.files_under(settings.staging_dir))
    # the same bad input gets the same opaque reference (a retry can be matched), never a path
    again = ingest_dicom([src], settings=settings, engine=engine, ingestor=ing)
    assert again.quarantined == 3
    refs = Counter(e.source_ref for e in sup.quarantine(engine))
    assert set(refs.values()) == {2}
    # a malformed records line
    lines = (hospital / "records" / "records.jsonl").read_text().splitlines()
    bad_lines = ["{not json", json.dumps({"record_id": "x", "kind": "report"}), lines[0]]
    r = ingest_records(bad_lines, settings=settings, engine=engine, ingestor=ing)
    assert r.quarantined == 2 and r.stored == 1
    quarantine_actions = [a for a in sup.audit_rows(engine) if a["action"] == "ingest.object.quarantined"]
    assert len(quarantine_actions) == 8
    phi = sup.phi_values(hospital)
    written = " ".join(
        [caplog.text]
        + [e.reason + e.source_ref for e in sup.quarantine(engine)]
        + [json.dumps(a, default=str, ensure_ascii=False) for a in sup.audit_rows(engine)]
    )
    leaked = sorted(v for v in phi if v in written)
    assert leaked == []


def test_staging_is_emptied_even_when_the_run_fails(hospital: Path, setup) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup

    class Boom(RuntimeError):
        pass

    def explode(result) -> None:  # type: ignore[no-untyped-def]
        assert result.status is Status.STORED
        raise Boom

    with pytest.raises(Boom), ing.run("pacs") as run:
        (run.staging / "x.dcm").write_bytes(b"identified bytes in flight")
        run.on_result = explode
        run.dicom_file(_dicom_files(hospital)[0])
    assert not list(sup.files_under(settings.staging_dir))
    with Session(engine) as s:
        row = s.get(IngestRun, run.run_id)
        assert row is not None and row.finished_at is not None and row.counts["stored"] == 1
    finished = [a for a in sup.audit_rows(engine) if a["action"] == "ingest.run.finished"]
    assert json.loads(finished[-1]["details"])["failed"] is True


def test_research_rows_carry_no_identifiers(hospital: Path, setup) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup
    ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing)
    ingest_records(hospital / "records" / "records.jsonl", settings=settings, engine=engine, ingestor=ing)
    phi = sup.phi_values(hospital)
    with Session(engine) as s:
        dumped = " ".join(o.model_dump_json() for o in s.exec(select(ResearchObject)))
    assert sorted(v for v in phi if v in dumped) == []
    store = LocalBlobStore(settings.store_dir)
    blob_text = " ".join(store.get(k).decode("utf-8", "replace") for k in store.keys("records/"))
    assert sorted(v for v in phi if v in blob_text) == []


def test_worker_pool_stores_exactly_what_one_worker_stores(hospital: Path, setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = setup
    one = ingest_dicom([hospital / "dicom"], settings=settings, engine=engine, ingestor=ing, workers=1)
    # a second store on its own database, same vault (same keys): two worker processes
    from gateway.store.db import make_engine

    url2 = f"sqlite:///{tmp_path / 'pool.sqlite'}"
    engine2 = make_engine(url2)
    settings2 = sup.make_settings(tmp_path / "home2", url2)
    try:
        with sup.make_ingestor(settings2, engine2, vault=ing.vault) as ing2:
            two = ingest_dicom([hospital / "dicom"], settings=settings2, engine=engine2, ingestor=ing2, workers=2)
        assert two.counts == one.counts
        a = {(o.object_key, o.path, o.sha256, o.subject, o.link_key) for o in sup.rows(engine)}
        b = {(o.object_key, o.path, o.sha256, o.subject, o.link_key) for o in sup.rows(engine2)}
        assert a == b and len(a) == one.stored
        assert not list(sup.files_under(settings2.staging_dir))
    finally:
        engine2.dispose()
