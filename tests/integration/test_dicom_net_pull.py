"""PACS pull against a real Orthanc (started by the tests, DICOMweb plugin from Debian's orthanc-dicomweb):
QIDO-RS/WADO-RS and DIMSE C-FIND + C-GET / C-MOVE; by study UID and by date range; idempotent (a study pulled
twice is stored once) and resumable (a PACS killed mid-transfer leaves failed studies that the next pull
completes, with nothing half-ingested and an empty staging area)."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pydicom
import pytest
from sqlmodel import Session, select

from gateway.dicom_net.pull import DicomwebSource, DimseSource, PullError, PullQuery, pull
from gateway.dicom_net.pull_state import PullState, PullStateName, can_transition
from gateway.ingest import Status
from gateway.store.blobs import LocalBlobStore
from tests.support import ingest as sup
from tests.support.orthanc import DICOMWEB_PLUGIN, Orthanc, free_port, start_orthanc, stop

pytestmark = pytest.mark.skipif(not Path("/usr/sbin/Orthanc").exists(), reason="Orthanc is part of the test contract")
ALL = PullQuery(date_from=date(2000, 1, 1), date_to=date(2030, 12, 31))


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gateway.synth import generate

    out = tmp_path_factory.mktemp("synth") / "h"
    generate(out, patients=3, seed=5, modalities=("CT", "MR"), slices=3)
    return out


@pytest.fixture
def env(tmp_path: Path, db_url: str) -> Iterator[tuple]:  # type: ignore[type-arg]
    from gateway.store.db import make_engine

    engine = make_engine(db_url)
    settings = sup.make_settings(tmp_path / "home", db_url)
    ing = sup.make_ingestor(settings, engine)
    yield settings, engine, ing
    ing.close()
    engine.dispose()


@pytest.fixture
def move_port() -> int:
    return free_port()


@pytest.fixture
def pacs(tmp_path: Path, hospital: Path, move_port: int) -> Iterator[Orthanc]:
    o = start_orthanc(tmp_path / "orthanc", modalities={"sekisho": ("SEKISHO", "127.0.0.1", move_port)})
    try:
        o.upload(sorted((hospital / "dicom").rglob("*.dcm")))
        yield o
    finally:
        stop(o)


def _eligible(hospital: Path) -> int:
    return sum(
        1
        for f in (hospital / "dicom").rglob("*.dcm")
        if pydicom.dcmread(f, stop_before_pixels=True).Modality in ("CT", "MR")
    )


def _states(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return sorted(r.state for r in s.exec(select(PullState)))


def _consistent(settings, engine) -> None:  # type: ignore[no-untyped-def]
    """Nothing half-ingested: every row has its blob (same hash), every blob its row; staging empty."""
    store = LocalBlobStore(settings.store_dir)
    rows = sup.rows(engine)
    assert sorted(store.keys()) == sorted(r.path for r in rows)
    for r in rows:
        assert hashlib.sha256(store.get(r.path)).hexdigest() == r.sha256
    assert not list(sup.files_under(settings.staging_dir))


@pytest.mark.skipif(not DICOMWEB_PLUGIN.exists(), reason="needs Debian's orthanc-dicomweb (scripts/install-system.sh)")
def test_dicomweb_by_study_then_by_date_range_is_idempotent(hospital: Path, env, pacs: Orthanc) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = env
    uids = pacs.studies()
    src = DicomwebSource(pacs.dicomweb)
    try:
        first = pull(ing, src, PullQuery(study_uids=(uids[0],)))
        assert first.studies_found == first.studies_done == 1 and first.summary.stored > 0
        rest = pull(ing, src, ALL)
        assert rest.studies_found == len(uids) and rest.studies_skipped == 1
        assert rest.studies_done == len(uids) - 1 and rest.failed_studies == 0
        assert first.summary.stored + rest.summary.stored == _eligible(hospital) == len(sup.rows(engine))
        again = pull(ing, src, ALL)
        assert again.studies_skipped == len(uids) and again.summary.get("inputs") == 0
    finally:
        src.close()
    assert _states(engine) == ["done"] * len(uids)
    _consistent(settings, engine)
    # pull-state transitions are audited, opaque ids only
    events = [a for a in sup.audit_rows(engine) if a["action"].startswith("pacs.study.")]
    assert len(events) == 2 * len(uids)
    assert not [v for v in sup.phi_values(hospital) | set(uids) if any(v in a["details"] for a in events)]


@pytest.mark.parametrize("retrieve", ["get", "move"])
def test_dimse_find_and_retrieve(hospital: Path, env, pacs: Orthanc, retrieve: str, move_port: int) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = env
    src = DimseSource(
        "127.0.0.1",
        pacs.dicom_port,
        called_ae=pacs.aet,
        calling_ae="SEKISHO",
        retrieve=retrieve,
        move_port=move_port,
        move_host="127.0.0.1",
        timeout=15,
    )
    result = pull(ing, src, ALL)
    assert result.failed_studies == 0 and result.studies_done == len(pacs.studies())
    assert result.summary.stored == _eligible(hospital) == len(sup.rows(engine))
    again = pull(ing, src, ALL)
    assert again.studies_skipped == result.studies_found and len(sup.rows(engine)) == result.summary.stored
    _consistent(settings, engine)


def _kill_after_first_store(pacs: Orthanc):  # type: ignore[no-untyped-def]
    done = threading.Event()

    def on_result(r) -> None:  # type: ignore[no-untyped-def]
        if r.status is Status.STORED and not done.is_set():
            done.set()
            pacs.kill()

    return on_result


@pytest.mark.parametrize("kind", ["dicomweb", "dimse-get"])
def test_pacs_killed_mid_transfer_then_resumed(
    hospital: Path,
    env: tuple,  # type: ignore[type-arg]
    pacs: Orthanc,
    tmp_path: Path,
    kind: str,
    move_port: int,
) -> None:
    if kind == "dicomweb" and not DICOMWEB_PLUGIN.exists():
        pytest.skip("needs Debian's orthanc-dicomweb")
    settings, engine, ing = env
    n_studies = len(pacs.studies())

    def source(o: Orthanc):  # type: ignore[no-untyped-def]
        if kind == "dicomweb":
            return DicomwebSource(o.dicomweb, timeout=5)
        return DimseSource("127.0.0.1", o.dicom_port, called_ae=o.aet, retrieve="get", timeout=5)

    src = source(pacs)
    try:
        broken = pull(ing, src, ALL, on_result=_kill_after_first_store(pacs))
    finally:
        src.close()
    assert broken.failed_studies >= 1 and broken.studies_done < n_studies
    assert 1 <= broken.summary.stored < _eligible(hospital)
    _consistent(settings, engine)
    assert PullStateName.FAILED.value in _states(engine)
    # the PACS is back (same ports, same storage): the next pull finishes what failed, skips what was done
    revived = start_orthanc(
        pacs.workdir,
        ports=(pacs.http_port, pacs.dicom_port),
        modalities={"sekisho": ("SEKISHO", "127.0.0.1", move_port)},
    )
    try:
        src = source(revived)
        try:
            resumed = pull(ing, src, ALL)
        finally:
            src.close()
    finally:
        stop(revived)
    assert resumed.failed_studies == 0
    assert resumed.studies_skipped == broken.studies_done
    assert resumed.studies_done == n_studies - broken.studies_done
    assert len(sup.rows(engine)) == _eligible(hospital)
    assert _states(engine) == ["done"] * n_studies
    _consistent(settings, engine)


def test_unreachable_pacs_is_a_clear_error(env) -> None:  # type: ignore[no-untyped-def]
    _settings, _engine, ing = env
    port = free_port()
    src = DicomwebSource(f"http://127.0.0.1:{port}/dicom-web", timeout=2)
    try:
        with pytest.raises(PullError, match="QIDO-RS request failed"):
            pull(ing, src, ALL)
    finally:
        src.close()
    with pytest.raises(PullError, match="association"):
        pull(ing, DimseSource("127.0.0.1", port, called_ae="NOPE", timeout=2), ALL)
    run_rows = sup.runs(_engine)
    assert len(run_rows) == 2 and all(r.finished_at is not None for r in run_rows)


def test_pull_state_machine_is_complete() -> None:
    assert can_transition(PullStateName.PENDING, PullStateName.IN_PROGRESS)
    assert can_transition(PullStateName.FAILED, PullStateName.IN_PROGRESS)
    assert not can_transition(PullStateName.DONE, PullStateName.IN_PROGRESS)
    assert not can_transition(PullStateName.PENDING, PullStateName.DONE)
    from gateway.dicom_net.pull_state import TRANSITIONS

    assert set(TRANSITIONS) == set(PullStateName)


def test_pull_state_migration_matches_the_model(engine) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    from gateway.store.migrate import upgrade

    upgrade(engine)
    cols = {c["name"] for c in inspect(engine).get_columns("pacs_pull_state")}
    assert cols == {c.name for c in PullState.__table__.columns}  # type: ignore[attr-defined]
