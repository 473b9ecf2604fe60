"""``sekisho scrub dicom``: the R.json contract, PHI-free output paths, quarantine outside DST, exit codes,
policy formats (study policy, dicom: section, deid recipe), process-parallel runs give identical outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pydicom
import pytest
import typer
from typer.testing import CliRunner

from gateway.cli.scrub_dicom import UsageError, load_options, register
from tests.support.dicom import build_phi_dataset, phi_file_bytes, to_bytes


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps typer from collapsing the group
        """unused"""

    return app


def _tree(root: Path) -> Path:
    src = root / "src" / "山田太郎_KR7730419"  # PHI in the input path must not reach outputs
    src.mkdir(parents=True)
    for i in range(3):
        data, _ = phi_file_bytes(instance=i + 1)
        (src / f"img{i}.dcm").write_bytes(data)
    (src / "notes.txt").write_text("not dicom")
    data, _ = phi_file_bytes(instance=9)
    (src / "truncated.dcm").write_bytes(data[:-50])
    return root / "src"


def test_scrub_dicom_directory_contract(cli: typer.Typer, sekisho_home: Path, tmp_path: Path) -> None:
    src = _tree(tmp_path)
    dst, q, report = tmp_path / "dst", tmp_path / "q", tmp_path / "R.json"
    policy = tmp_path / "p.yaml"
    policy.write_text("dicom:\n  clean_pixel_data: false\n", encoding="utf-8")
    res = CliRunner().invoke(
        cli, ["dicom", str(src), str(dst), "--policy", str(policy), "--report", str(report), "--quarantine", str(q)]
    )
    assert res.exit_code == 0, res.output
    files = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert {f["status"] for f in files} == {"ok", "quarantined"}
    assert len(files) == 5
    for f in files:
        assert set(f) == {"source", "output", "status", "reason"}
        assert (src / f["source"]).is_file()
        if f["status"] == "ok":
            assert f["reason"] == ""
            assert (dst / f["output"]).is_file()
            parts = f["output"].split("/")
            assert len(parts) == 3 and all(p.startswith("2.25.") for p in parts)
        else:
            assert f["output"] is None and f["reason"]
    written = [p for p in dst.rglob("*") if p.is_file()]
    assert len(written) == 3
    for p in written:
        assert "山田" not in str(p) and "KR7730419" not in str(p)
        assert b"KR7730419" not in p.read_bytes()
    assert len(list(q.glob("*.dcm"))) == 2
    assert not any(str(p).startswith(str(dst)) for p in q.rglob("*"))


def test_descriptions_are_cleaned_by_the_text_scrubber(cli: typer.Typer, sekisho_home: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    ds, _ = build_phi_dataset()
    ds.SeriesDescription = "胸部CT 造影 黒沢 花子"
    (src / "a.dcm").write_bytes(to_bytes(ds))
    policy = tmp_path / "p.yaml"
    policy.write_text("dicom:\n  clean_pixel_data: false\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["dicom", str(src), str(tmp_path / "dst"), "--policy", str(policy)])
    assert res.exit_code == 0, res.output
    (out,) = (tmp_path / "dst").rglob("*.dcm")
    got = pydicom.dcmread(out)
    assert got.SeriesDescription.startswith("胸部CT 造影")
    assert "黒沢" not in got.SeriesDescription and "花子" not in got.SeriesDescription


def test_quarantine_under_dst_is_a_usage_error(cli: typer.Typer, sekisho_home: Path, tmp_path: Path) -> None:
    src = _tree(tmp_path)
    res = CliRunner().invoke(cli, ["dicom", str(src), str(tmp_path / "dst"), "--quarantine", str(tmp_path / "dst/q")])
    assert res.exit_code == 2


def test_parallel_run_gives_the_same_bytes(cli: typer.Typer, sekisho_home: Path, tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(6):
        ds, _ = build_phi_dataset(instance=i + 1)
        (src / f"{i}.dcm").write_bytes(to_bytes(ds))
    policy = tmp_path / "p.yaml"
    policy.write_text("dicom:\n  clean_pixel_data: false\n", encoding="utf-8")
    runner = CliRunner()
    for name, workers in (("one", "1"), ("two", "2")):
        res = runner.invoke(
            cli, ["dicom", str(src), str(tmp_path / name), "--policy", str(policy), "--workers", workers]
        )
        assert res.exit_code == 0, res.output
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*.dcm")}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*.dcm")}
    assert one == two and len(one) == 6


def test_single_file_source(cli: typer.Typer, sekisho_home: Path, tmp_path: Path) -> None:
    one = tmp_path / "one.dcm"
    one.write_bytes(phi_file_bytes()[0])
    report = tmp_path / "R.json"
    res = CliRunner().invoke(
        cli, ["dicom", str(one), str(tmp_path / "dst"), "--report", str(report), "--no-clean-text"]
    )
    assert res.exit_code == 0, res.output
    (entry,) = json.loads(report.read_text(encoding="utf-8"))["files"]
    assert entry["source"] == "one.dcm"
    # default policy: Clean Pixel Data is on, a CT is not a candidate, so it passes
    assert entry["status"] == "ok", entry["reason"]


def test_policy_formats(tmp_path: Path) -> None:
    recipe = tmp_path / "deid.dicom"
    recipe.write_text("FORMAT dicom\n%header\nREMOVE PatientSex\n", encoding="utf-8")
    options, study, _ = load_options(recipe)
    assert options.extra_actions[0].tag == "PatientSex"
    assert study == "default"
    section = tmp_path / "d.yaml"
    section.write_text("dicom:\n  retain_uids: true\n", encoding="utf-8")
    assert load_options(section)[0].retain_uids
    bad = tmp_path / "bad.yaml"
    bad.write_text("dicom:\n  retain_everything: true\n", encoding="utf-8")
    with pytest.raises(UsageError):
        load_options(bad)
    from policies.policy import DEFAULT_POLICY_PATH

    options, study, _ = load_options(DEFAULT_POLICY_PATH)
    assert study and options.clean_descriptors
