"""``sekisho demo``: the main job end to end on embedded defaults (SQLite and files under $SEKISHO_HOME) and
generated data. Each step runs the real ``sekisho`` command, exactly as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer()
SINGLE_COMMAND = True


def _run(step: str, args: list[str], *, stdin: str | None = None, env: dict[str, str]) -> str:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        typer.echo(f"[demo] step '{step}' failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}", err=True)
        raise typer.Exit(1)
    typer.echo(f"[demo] {step}: ok ({time.perf_counter() - t0:.1f} s)")
    return proc.stdout


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Working directory for generated and de-identified data.")] = Path(
        "demo-out"
    ),
    patients: Annotated[int, typer.Option("--patients", min=1, help="Synthetic patients to generate.")] = 8,
    seed: Annotated[int, typer.Option("--seed", help="Generator seed.")] = 0,
) -> None:
    """Generate a synthetic hospital, set up the vault, de-identify its DICOM and records, extract teacher labels
    and verify the audit log; print what was done."""
    import shutil

    from gateway.settings import get_settings

    settings = get_settings()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    env = dict(os.environ)
    env.setdefault("SEKISHO_HOME", str(settings.home))
    typer.echo(f"[demo] SEKISHO_HOME={env['SEKISHO_HOME']} (mode {settings.mode}); output in {out}")

    synth = out / "synth"
    _run(
        "synthetic hospital", ["synth", "--patients", str(patients), "--out", str(synth), "--seed", str(seed)], env=env
    )
    _run("database migrations", ["db", "upgrade"], env=env)
    status = subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", "vault", "status"], capture_output=True, text=True, env=env
    )
    if status.returncode != 0 or "not initialised" in (status.stdout + status.stderr).lower():
        _run(
            "vault init (2-of-3 custodian shares)",
            ["vault", "init", "-k", "2", "-n", "3", "--shares-dir", str(out / "custodian-shares")],
            env=env,
        )
    deid = out / "deidentified" / "dicom"
    report = out / "scrub-dicom-report.json"
    _run(
        "de-identify DICOM (PS3.15 profile + verifier + pixel OCR)",
        ["scrub", "dicom", str(synth / "dicom"), str(deid), "--report", str(report)],
        env=env,
    )
    files = json.loads(report.read_text())["files"]
    ok = sum(1 for f in files if f["status"] == "ok")

    lines = []
    for raw in (synth / "records" / "records.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(raw)
        item = {
            "id": rec["record_id"],
            "text": rec.get("text", ""),
            "patient_id": rec["patient_id"],
            "date": rec["date"],
        }
        if rec.get("known"):
            item["known"] = rec["known"]
        lines.append(json.dumps(item, ensure_ascii=False))
    scrubbed = _run("scrub Japanese records", ["scrub", "text"], stdin="\n".join(lines) + "\n", env=env)
    scrubbed_path = out / "deidentified" / "records.jsonl"
    scrubbed_path.write_text(scrubbed, encoding="utf-8")
    n_findings = sum(len(json.loads(x)["findings"]) for x in scrubbed.splitlines() if x.strip())

    reports = "\n".join(
        json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False)
        for r in map(json.loads, scrubbed.splitlines())
        if r["text"]
    )
    labels = _run("teacher labels from scrubbed reports", ["labels", "extract"], stdin=reports + "\n", env=env)
    (out / "labels.jsonl").write_text(labels, encoding="utf-8")
    n_labelled = sum(1 for x in labels.splitlines() if json.loads(x)["labels"])
    _run("audit log verification", ["audit", "verify"], env=env)

    typer.echo("")
    typer.echo("Sekisho demo summary")
    typer.echo(f"  DICOM files: {len(files)} in, {ok} de-identified and verified, {len(files) - ok} quarantined")
    typer.echo(f"  records: {len(lines)} scrubbed, {n_findings} PHI spans replaced -> {scrubbed_path}")
    typer.echo(f"  teacher labels: {n_labelled} records with findings -> {out / 'labels.jsonl'}")
    typer.echo(f"  DICOM report: {report}")
    typer.echo("  audit log: chain, Merkle tree and signatures verified")
