"""The C-STORE SCP against real senders: DCMTK storescu (uncompressed, RLE, JPEG lossless, JPEG 2000) and
pynetdicom; Japanese character sets (pydicom's chrH31/chrH32/chrJapMulti and synth output); opt-out at receipt;
calling-AE allow-list, association limit, TLS; aborted association mid-transfer, unsupported SOP class, malformed
dataset: nothing half-ingested, the staging area empty, log lines without PHI, and a retry works."""

from __future__ import annotations

import copy
import datetime as dt
import io
import logging
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydicom
import pytest
from pydicom.data import get_charset_files
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_dataset
from pynetdicom import AE

from gateway.dicom_net.scp import ScpConfig, StoreScp
from tests.support import ingest as sup

STORESCU = shutil.which("storescu")
pytestmark = pytest.mark.skipif(STORESCU is None, reason="DCMTK storescu is part of the test contract")


@pytest.fixture(scope="module")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gateway.synth import generate

    out = tmp_path_factory.mktemp("synth") / "h"
    generate(out, patients=3, seed=11, modalities=("CT", "MR", "CR"), slices=2)
    return out


@pytest.fixture
def env(tmp_path: Path) -> Iterator[tuple]:  # type: ignore[type-arg]
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    from gateway.store.db import make_engine

    engine = make_engine(url)
    settings = sup.make_settings(tmp_path / "home", url)
    from policies.policy import default_policy

    pol = default_policy()
    # pydicom's Japanese examples are secondary captures (OT) without a study date: name OT for these tests
    pol = pol.model_copy(
        update={"eligibility": pol.eligibility.model_copy(update={"modalities": (*pol.eligibility.modalities, "OT")})}
    )
    ing = sup.make_ingestor(settings, engine, policy=pol)
    yield settings, engine, ing
    ing.close()
    engine.dispose()


@pytest.fixture
def scp(env) -> Iterator[StoreScp]:  # type: ignore[no-untyped-def]
    _settings, _engine, ing = env
    server = StoreScp(ing, ScpConfig(port=0, allowed_callers=frozenset({"STORESCU", "PYSCU"}), max_associations=2))
    server.start()
    yield server
    server.stop()


def storescu(port: int, paths: list[Path], *extra: str, aet: str = "STORESCU") -> subprocess.CompletedProcess[str]:
    args = [STORESCU or "storescu", "-aet", aet, "-aec", "SEKISHO", *extra, "127.0.0.1", str(port)]
    if any(p.is_dir() for p in paths):
        args[1:1] = ["+sd", "+r"]
    return subprocess.run([*args, *map(str, paths)], capture_output=True, text=True, timeout=120)


def _wait_runs(server: StoreScp, n: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while len(server.summaries) < n and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(server.summaries) >= n


def _pid(path: Path) -> str:
    return str(pydicom.dcmread(path, stop_before_pixels=True).PatientID)


def test_storescu_synth_hospital_end_to_end(hospital: Path, env, scp: StoreScp) -> None:  # type: ignore[no-untyped-def]
    settings, engine, _ing = env
    files = sorted((hospital / "dicom").rglob("*.dcm"))
    sr = [f for f in files if pydicom.dcmread(f, stop_before_pixels=True).Modality == "SR"]
    proc = storescu(scp.port, [hospital / "dicom"])
    _wait_runs(scp, 1)
    summary = scp.summaries[0]
    assert summary.source == "scp" and not summary.failed
    assert summary.get("excluded:modality_not_named") == len(sr)
    # burned-in text the pixel engine cannot clear within policy limits is quarantined (answered 0xC000, which
    # storescu reports in its exit status); everything else is stored
    assert summary.stored + summary.quarantined == len(files) - len(sr)
    assert summary.quarantined == summary.get("quarantined:pixels") <= 2
    assert (proc.returncode == 0) == (summary.quarantined == 0), proc.stderr[-2000:]
    assert summary.stored > 0 and len(sup.rows(engine)) == summary.stored
    assert not list(sup.files_under(settings.staging_dir))
    # the same study sent again is stored once
    storescu(scp.port, [hospital / "dicom"])
    _wait_runs(scp, 2)
    assert scp.summaries[1].duplicates == summary.stored and len(sup.rows(engine)) == summary.stored
    # Japanese names from the synth studies are gone from the stored objects
    phi = sup.phi_values(hospital)
    store = settings.store_dir
    for o in sup.rows(engine):
        raw = (store / o.path).read_bytes()
        text = raw.decode("utf-8", "ignore") + raw.decode("iso2022_jp", "ignore")
        assert not [v for v in phi if len(v) >= 4 and v in text], o.path


@pytest.mark.parametrize(
    ("convert", "flag"),
    [
        ("dcmcrle", "-xr"),  # RLE Lossless
        ("dcmcjpeg", "-xs"),  # JPEG Lossless SV1
        ("j2k", "-xv"),  # JPEG 2000 Lossless (encoded with pydicom + pylibjpeg-openjpeg)
    ],
)
def test_compressed_transfer_syntaxes(
    hospital: Path,
    env: tuple[Any, Any, Any],
    scp: StoreScp,
    tmp_path: Path,
    convert: str,
    flag: str,
) -> None:
    settings, engine, _ing = env
    ct = next(f for f in sorted((hospital / "dicom").rglob("*.dcm")) if pydicom.dcmread(f).Modality == "CT")
    out = tmp_path / "c.dcm"
    if convert == "j2k":
        from pydicom.uid import JPEG2000Lossless

        ds = pydicom.dcmread(ct)
        ds.compress(JPEG2000Lossless)
        ds.save_as(out)
    else:
        subprocess.run([convert, str(ct), str(out)], check=True, capture_output=True)
    ts = str(pydicom.dcmread(out, stop_before_pixels=True).file_meta.TransferSyntaxUID)
    proc = storescu(scp.port, [out], flag)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _wait_runs(scp, 1)
    assert scp.summaries[0].stored == 1, scp.summaries[0].counts
    (row,) = sup.rows(engine)
    stored = pydicom.dcmread(settings.store_dir / row.path)
    assert str(stored.file_meta.TransferSyntaxUID) == ts  # pixels copied as received, never re-encoded
    assert stored.pixel_array.shape == pydicom.dcmread(ct).pixel_array.shape
    assert (stored.pixel_array == pydicom.dcmread(ct).pixel_array).all()
    assert not list(sup.files_under(settings.staging_dir))


def test_japanese_charset_examples(env, scp: StoreScp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings, engine, _ing = env
    paths = []
    for name in ("chrH31", "chrH32", "chrJapMulti"):
        ds = pydicom.dcmread(get_charset_files(f"{name}.dcm")[0])
        if not ds.get("StudyDate"):
            ds.StudyDate = "20200401"
        p = tmp_path / f"{name}.dcm"
        ds.save_as(p)
        paths.append(p)
    proc = storescu(scp.port, paths)
    assert proc.returncode == 0, proc.stderr[-2000:]
    _wait_runs(scp, 1)
    assert scp.summaries[0].stored == 3, scp.summaries[0].counts
    for o in sup.rows(engine):
        raw = (settings.store_dir / o.path).read_bytes()
        out = pydicom.dcmread(io.BytesIO(raw))
        assert "山田" not in str(out.get("PatientName", "")) and "やまだ" not in str(out.get("PatientName", ""))
        for needle in ("山田", "やまだ", "ﾔﾏﾀﾞ"):
            assert needle.encode("utf-8") not in raw
            assert needle.encode("iso2022_jp", "ignore")[3:-3] not in raw or not needle.isascii()
        assert b"Yamada" not in raw and b"H31EXAMPLE" not in raw and b"H32EXAMPLE" not in raw


def test_opted_out_patient_never_reaches_the_store(hospital: Path, env, scp: StoreScp) -> None:  # type: ignore[no-untyped-def]
    settings, engine, ing = env
    target = sup.patients(hospital)[1]["patient_id"]
    sup.record_optout(engine, ing.vault.registry_id(target))
    files = sorted((hospital / "dicom").rglob("*.dcm"))
    mine = [f for f in files if _pid(f) == target]
    assert mine
    proc = storescu(scp.port, mine)
    assert proc.returncode == 0  # accepted and dropped: the sender does not retry forever
    _wait_runs(scp, 1)
    assert scp.summaries[0].get("excluded:opted_out") == len(mine)
    assert sup.rows(engine) == [] and sup.quarantine(engine) == []
    assert not list(sup.files_under(settings.staging_dir))
    assert not list(sup.files_under(settings.store_dir))


def test_calling_ae_allow_list_and_association_limit(hospital: Path, env, scp: StoreScp) -> None:  # type: ignore[no-untyped-def]
    _settings, engine, _ing = env
    f = sorted((hospital / "dicom").rglob("*.dcm"))[0]
    proc = storescu(scp.port, [f], aet="INTRUDER")
    assert proc.returncode != 0
    assert sup.rows(engine) == []
    ae = AE(ae_title="PYSCU")
    ae.add_requested_context(pydicom.dcmread(f, stop_before_pixels=True).SOPClassUID)
    held = [ae.associate("127.0.0.1", scp.port, ae_title="SEKISHO") for _ in range(2)]
    try:
        assert all(a.is_established for a in held)
        third = ae.associate("127.0.0.1", scp.port, ae_title="SEKISHO")
        assert third.is_rejected  # max_associations=2
    finally:
        for a in held:
            a.release()
    # an SCP without an allow-list would accept anyone: it refuses to start (fail closed)
    with pytest.raises(ValueError, match="allow-list"):
        StoreScp(_ing, ScpConfig(port=0, allowed_callers=frozenset())).start()


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def test_tls(hospital: Path, env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from gateway.dicom_net.scp import tls_context

    _settings, engine, ing = env
    cert, key = _self_signed(tmp_path)
    server = StoreScp(ing, ScpConfig(port=0, allowed_callers=frozenset({"PYSCU"}), ssl_context=tls_context(cert, key)))
    server.start()
    try:
        f = next(p for p in sorted((hospital / "dicom").rglob("*.dcm")) if pydicom.dcmread(p).Modality == "CT")
        ds = pydicom.dcmread(f)
        ae = AE(ae_title="PYSCU")
        ae.acse_timeout = ae.network_timeout = 5
        ae.add_requested_context(ds.SOPClassUID, ds.file_meta.TransferSyntaxUID)
        # no TLS, no association: a plain A-ASSOCIATE-RQ gets no A-ASSOCIATE-AC back
        import socket

        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as raw:
            # the TLS server may reset the connection as soon as the first bytes fail the handshake
            try:
                raw.sendall(bytes([0x01, 0x00]) + (68).to_bytes(4, "big") + b"\x00\x01\x00\x00" + b"SEKISHO".ljust(16))
                raw.sendall(b"PYSCU".ljust(16) + bytes(32))
                answer = raw.recv(1)
            except (ConnectionResetError, BrokenPipeError, TimeoutError):
                answer = b""
        assert answer != b"\x02"  # 0x02 would be an A-ASSOCIATE-AC
        client = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=str(cert))
        assoc = ae.associate("127.0.0.1", server.port, ae_title="SEKISHO", tls_args=(client, "localhost"))
        assert assoc.is_established
        status = assoc.send_c_store(ds)
        assoc.release()
        assert status.Status == 0x0000
        _wait_runs(server, 1)
        assert len(sup.rows(engine)) == 1
    finally:
        server.stop()


def _dataset_bytes(ds: pydicom.Dataset) -> bytes:
    buf = DicomBytesIO()
    buf.is_little_endian = True
    buf.is_implicit_VR = False
    write_dataset(buf, ds)
    return buf.getvalue()


def _send_partial(assoc, ds: pydicom.Dataset, data: bytes, *, fragments: int | None) -> None:  # type: ignore[no-untyped-def]
    """Send a C-STORE-RQ with ``data`` as its dataset; stop after ``fragments`` P-DATA PDUs (None: all)."""
    from pynetdicom.dimse_messages import C_STORE_RQ
    from pynetdicom.dimse_primitives import C_STORE

    cx = next(c for c in assoc.accepted_contexts if c.abstract_syntax == ds.SOPClassUID)
    req = C_STORE()
    req.MessageID = 1
    req.AffectedSOPClassUID = ds.SOPClassUID
    req.AffectedSOPInstanceUID = ds.SOPInstanceUID
    req.Priority = 2
    req.DataSet = io.BytesIO(data)
    msg = C_STORE_RQ()
    msg.primitive_to_message(req)
    for i, pdata in enumerate(msg.encode_msg(cx.context_id, 512)):
        if fragments is not None and i >= fragments:
            break
        assoc.dul.send_pdu(pdata)


def test_aborted_association_mid_transfer_then_retry(hospital: Path, env, scp: StoreScp, caplog) -> None:  # type: ignore[no-untyped-def]
    settings, engine, _ing = env
    caplog.set_level(logging.INFO, logger="sekisho")
    f = next(p for p in sorted((hospital / "dicom").rglob("*.dcm")) if pydicom.dcmread(p).Modality == "CT")
    ds = pydicom.dcmread(f)
    ae = AE(ae_title="PYSCU")
    ae.add_requested_context(ds.SOPClassUID, "1.2.840.10008.1.2.1")
    assoc = ae.associate("127.0.0.1", scp.port, ae_title="SEKISHO")
    assert assoc.is_established
    _send_partial(assoc, ds, _dataset_bytes(ds), fragments=3)
    time.sleep(0.3)
    assoc.abort()
    _wait_runs(scp, 1)
    assert scp.summaries[0].failed and scp.summaries[0].get("inputs") == 0
    assert sup.rows(engine) == [] and sup.quarantine(engine) == []
    assert not list(sup.files_under(settings.staging_dir)) and not list(sup.files_under(settings.store_dir))
    # retry: the whole object arrives and is stored once
    proc = storescu(scp.port, [f])
    assert proc.returncode == 0
    _wait_runs(scp, 2)
    assert len(sup.rows(engine)) == 1
    phi = sup.phi_values(hospital)
    assert [v for v in phi if v in caplog.text] == []
    assert "aborted" in caplog.text


def test_unsupported_sop_class_and_malformed_dataset(hospital: Path, env, scp: StoreScp, caplog) -> None:  # type: ignore[no-untyped-def]
    settings, engine, _ing = env
    caplog.set_level(logging.INFO, logger="sekisho")
    f = next(p for p in sorted((hospital / "dicom").rglob("*.dcm")) if pydicom.dcmread(p).Modality == "CT")
    ds = pydicom.dcmread(f)
    ae = AE(ae_title="PYSCU")
    ae.add_requested_context("1.2.826.0.1.3680043.9.9999.1")  # not a storage SOP class we know
    ae.add_requested_context(ds.SOPClassUID, "1.2.840.10008.1.2.1")
    assoc = ae.associate("127.0.0.1", scp.port, ae_title="SEKISHO")
    assert assoc.is_established
    assert [c.abstract_syntax for c in assoc.rejected_contexts] == ["1.2.826.0.1.3680043.9.9999.1"]
    odd = copy.deepcopy(ds)
    odd.SOPClassUID = "1.2.826.0.1.3680043.9.9999.1"
    with pytest.raises(ValueError, match="presentation context"):
        assoc.send_c_store(odd)
    # malformed: a dataset that is not DICOM at all, and one without a PatientID
    _send_partial(assoc, ds, b"\x08\x00\x16\x00this is not a dataset" * 8, fragments=None)
    time.sleep(0.5)  # its 0xC000 answer goes to pynetdicom's reactor (no C-STORE of ours is waiting for it)
    nopid = copy.deepcopy(ds)
    del nopid.PatientID
    assert assoc.send_c_store(nopid).Status == 0xC000
    assoc.release()
    _wait_runs(scp, 1)
    counts = scp.summaries[0].counts
    assert counts["quarantined"] == 2 and counts["stored"] == 0
    assert {q.stage for q in sup.quarantine(engine)} == {"parse"}
    assert not list(sup.files_under(settings.staging_dir)) and not list(sup.files_under(settings.quarantine_dir))
    assert [v for v in sup.phi_values(hospital) if v in caplog.text] == []
    # retry with a good object on a new association works
    assert storescu(scp.port, [f]).returncode == 0
    _wait_runs(scp, 2)
    assert len(sup.rows(engine)) == 1


def test_concurrent_associations_store_everything_and_keep_the_audit_chain(hospital: Path, env, scp: StoreScp) -> None:  # type: ignore[no-untyped-def]
    from audit import verify

    settings, engine, _ing = env
    people = [p["patient_id"] for p in sup.patients(hospital)]
    files = [f for f in sorted((hospital / "dicom").rglob("*.dcm")) if pydicom.dcmread(f).Modality in ("CT", "MR")]
    by_patient = [[f for f in files if _pid(f) == pid] for pid in people[:2]]
    assert all(by_patient)
    args = [STORESCU or "storescu", "-aet", "STORESCU", "-aec", "SEKISHO", "127.0.0.1", str(scp.port)]
    procs = [subprocess.Popen([*args, *map(str, group)], stderr=subprocess.PIPE) for group in by_patient]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err[-2000:]
    _wait_runs(scp, 2)
    assert sum(s.stored for s in scp.summaries) == sum(len(g) for g in by_patient) == len(sup.rows(engine))
    with engine.connect() as conn:
        result = verify(conn)
    assert result.ok, result.problems
    assert not list(sup.files_under(settings.staging_dir))
