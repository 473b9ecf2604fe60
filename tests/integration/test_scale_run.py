"""Scale-out runs (issue #13): ``scrub dicom`` with one process, two processes and a real Ray local cluster
gives the same report JSON byte for byte and the same output files byte for byte."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pydicom
import pytest
import typer
from typer.testing import CliRunner

from gateway.cli.scrub_dicom import register
from gateway.scale.keys import WorkerKeys, worker_keys
from linkage_vault.keyed import KeyedFunctions
from tests.support.dicom import phi_file_bytes

pytestmark = pytest.mark.slow


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:
        """unused"""

    return app


def _tree(root: Path) -> Path:
    """Subdirectories (one with PHI in its name), valid files, a duplicate SOP Instance UID, non-DICOM, truncated
    and pydicom's bundled files."""
    src = root / "src"
    (src / "山田太郎_KR7730419").mkdir(parents=True)
    (src / "b").mkdir()
    for i in range(12):
        data, _ = phi_file_bytes(instance=i + 1)
        (src / ("b" if i % 2 else "山田太郎_KR7730419") / f"img{i:02d}.dcm").write_bytes(data)
    data, _ = phi_file_bytes(instance=3)
    (src / "b" / "zz_same_sop_as_img02.dcm").write_bytes(data)
    (src / "notes.txt").write_text("not dicom", encoding="utf-8")
    (src / "b" / "truncated.dcm").write_bytes(phi_file_bytes(instance=40)[0][:-50])
    base = Path(pydicom.__file__).parent / "data" / "test_files"
    for name in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm", "JPEG2000.dcm"):
        if (base / name).is_file():
            shutil.copyfile(base / name, src / name)
    return src


def _outputs(dst: Path) -> dict[str, bytes]:
    return {p.relative_to(dst).as_posix(): p.read_bytes() for p in sorted(dst.rglob("*")) if p.is_file()}


def test_one_two_workers_and_ray_give_identical_reports_and_bytes(
    cli: typer.Typer, sekisho_home: Path, tmp_path: Path
) -> None:
    pytest.importorskip("ray")
    src = _tree(tmp_path)
    policy = tmp_path / "p.yaml"
    policy.write_text("dicom:\n  clean_pixel_data: false\n", encoding="utf-8")
    runs = {"one": ["--workers", "1"], "two": ["--workers", "2"], "ray": ["--engine", "ray", "--workers", "2"]}
    reports: dict[str, bytes] = {}
    outputs: dict[str, dict[str, bytes]] = {}
    quarantines: dict[str, list[str]] = {}
    for name, extra in runs.items():
        dst, rep, q = tmp_path / f"dst-{name}", tmp_path / f"R-{name}.json", tmp_path / f"q-{name}"
        args = ["dicom", str(src), str(dst), "--policy", str(policy), "--report", str(rep), "--quarantine", str(q)]
        res = CliRunner().invoke(cli, args + extra)
        assert res.exit_code == 0, res.output
        reports[name] = rep.read_bytes()
        outputs[name] = _outputs(dst)
        quarantines[name] = sorted(p.name for p in q.iterdir())
    assert reports["one"] == reports["two"] == reports["ray"]
    assert outputs["one"] == outputs["two"] == outputs["ray"]
    assert quarantines["one"] == quarantines["two"] == quarantines["ray"]
    files = json.loads(reports["one"])["files"]
    assert len(files) == sum(1 for p in src.rglob("*") if p.is_file()) >= 18
    ok = [f for f in files if f["status"] == "ok"]
    assert len(ok) >= 13 and len(outputs["one"]) == len(ok)
    reasons = {f["reason"] for f in files if f["status"] == "quarantined"}
    assert "duplicate SOP Instance UID in this run" in reasons
    for rel, data in outputs["ray"].items():
        assert "山田" not in rel and "KR7730419" not in rel
        assert b"KR7730419" not in data


def test_unknown_engine_is_a_usage_error(cli: typer.Typer, sekisho_home: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    res = CliRunner().invoke(cli, ["dicom", str(src), str(tmp_path / "dst"), "--engine", "spark"])
    assert res.exit_code == 2


def test_worker_keys_compute_what_the_vault_computes_and_never_show_keys() -> None:
    keyed = KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32, namespace="IRB-2026-001")
    wk = worker_keys(keyed, "job-1")
    assert isinstance(wk, WorkerKeys)
    clone = pickle.loads(pickle.dumps(wk))
    for pid in ("KR7730419", "00012345", "山田"):
        assert clone.pseudonym(pid) == keyed.pseudonym(pid)
        assert clone.date_shift_days(pid) == keyed.date_shift_days(pid)
    assert clone.remap_uid("1.2.3.4") == keyed.remap_uid("1.2.3.4")
    assert clone.fingerprint == wk.fingerprint
    assert "pppp" not in repr(wk) and "b'" not in repr(wk)
    other = worker_keys(KeyedFunctions(b"p" * 32, b"d" * 32, b"v" * 32, namespace="IRB-2026-001"), "job-1")
    assert isinstance(other, WorkerKeys) and other.fingerprint != wk.fingerprint


def test_an_empty_source_gives_the_same_empty_report_without_a_cluster(tmp_path: Path) -> None:
    from gateway.scale.run import run_scrub
    from gateway.scrub.dicom.engine import RunConfig
    from policies.dicom_options import DicomDeidOptions

    src = tmp_path / "src"
    src.mkdir()
    cfg = RunConfig(options=DicomDeidOptions(), keys=KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32))
    reports = {}
    for engine in ("local", "ray"):
        report = tmp_path / f"R-{engine}.json"
        assert run_scrub(src, tmp_path / f"dst-{engine}", cfg, engine=engine, report=report) == []
        reports[engine] = report.read_bytes()
    assert reports["local"] == reports["ray"]
    with pytest.raises(ValueError):
        run_scrub(src, tmp_path / "dst", cfg, engine="spark")  # type: ignore[arg-type]
