"""``sekisho demo``: the mission end to end on embedded defaults (SQLite and files under a fresh home) and
generated data. Each step runs the real ``sekisho`` command, exactly as the hospital's users would:

synthetic hospital -> schema -> policy proposed and approved by two officers -> vault (2-of-3 custody) ->
a blanket opt-out recorded by staff -> ingest of DICOM and records (opt-out and eligibility at receipt,
de-identification, independent verification, research store) -> a release for the in-house trainer (cohort,
disclosure control, automatic checks, two approvals, signed BagIt/DSSE) -> offline verification -> training on
the release (CPU) -> a stop-use request after the release -> withdrawal notice, and the trainer now refuses the
release -> audit log verification.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import typer

app = typer.Typer()
SINGLE_COMMAND = True

STEWARD, STAFF, STAFF2, PO1, PO2 = "user:steward-1", "user:staff-1", "user:staff-2", "user:po-1", "user:po-2"


class _Runner:
    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd

    def run(
        self, step: str, args: list[str], *, stdin: str | None = None, ok_codes: tuple[int, ...] = (0,)
    ) -> subprocess.CompletedProcess[str]:
        t0 = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "gateway.cli.main", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.cwd,
        )
        if proc.returncode not in ok_codes:
            typer.echo(f"[demo] step '{step}' failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}", err=True)
            raise typer.Exit(1)
        typer.echo(f"[demo] {step}: ok ({time.perf_counter() - t0:.1f} s)")
        return proc

    def json(self, step: str, args: list[str], *, stdin: str | None = None) -> Any:
        return json.loads(self.run(step, args, stdin=stdin).stdout)


@app.command()
def demo(
    *,
    out: Annotated[Path, typer.Option("--out", help="Working directory (emptied first).")] = Path("demo-out"),
    patients: Annotated[int, typer.Option("--patients", min=1, help="Synthetic patients to generate.")] = 40,
    seed: Annotated[int, typer.Option("--seed", help="Generator seed.")] = 0,
    modalities: Annotated[
        str,
        typer.Option(
            "--modalities",
            help="Modalities of the synthetic studies. Add US,XA to exercise burned-in text OCR (slower: ~1 s per"
            " OCR'd frame).",
        ),
    ] = "CT,CR,MR",
    epochs: Annotated[int, typer.Option("--epochs", min=1, help="Training epochs on the released arrays.")] = 2,
    home: Annotated[
        Path | None, typer.Option("--home", help="SEKISHO_HOME for the run (default: <out>/home, fresh each run).")
    ] = None,
) -> None:
    """Run the whole mission on a synthetic hospital: policy, vault, opt-outs, ingest with de-identification and
    verification, a signed release approved by two officers, training on it, a withdrawal after release, and
    audit verification; print what was done. With the default policy (min_k = 5) small cohorts are suppressed:
    keep --patients at 30 or more for a non-empty release."""
    import shutil

    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    out = out.resolve()
    home = (home or out / "home").resolve()
    env = dict(os.environ, SEKISHO_HOME=str(home))
    env.setdefault("SEKISHO_MODE", "dev")
    r = _Runner(env, out)
    typer.echo(f"[demo] SEKISHO_HOME={home}; output in {out}")

    synth = out / "synth"
    r.run(
        "synthetic hospital",
        ["synth", "--patients", str(patients), "--out", str(synth), "--seed", str(seed), "--modalities", modalities],
    )
    r.run("database migrations", ["db", "upgrade"])
    policy_file = Path(__file__).resolve().parents[2] / "policies" / "data" / "default-policy.yaml"
    proposed = r.run("policy proposed by officer 1", ["policy", "propose", str(policy_file), "--author", PO1])
    version = _proposed_version(proposed.stdout)
    r.run("policy approved by officer 2", ["policy", "approve", str(version), "--approver", PO2])
    r.run(
        "vault init (2-of-3 custodian shares)",
        ["vault", "init", "-k", "2", "-n", "3", "--shares-dir", str(out / "custodian-shares")],
    )

    people = [json.loads(x) for x in (synth / "patients.jsonl").read_text(encoding="utf-8").splitlines() if x]
    r.run(
        "blanket opt-out (包括不同意) recorded at the counter",
        ["optout", "add", "blanket", "--by", STAFF, "--channel", "counter", "--verifier", STAFF2, "--patient-id-stdin"],
        stdin=people[0]["patient_id"] + "\n",
    )
    ing_dicom = r.json(
        "ingest DICOM (opt-out/eligibility, PS3.15 profile, pixel check, verifier)",
        ["ingest", "dicom", str(synth / "dicom"), "--actor", STEWARD, "--no-progress"],
    )
    ing_records = r.json(
        "ingest records (Japanese text scrubbing, teacher labels)",
        ["ingest", "records", str(synth / "records" / "records.jsonl"), "--actor", STEWARD, "--no-progress"],
    )

    built = r.json(
        "release built for the in-house trainer",
        ["release", "build", "--recipient", "trainer", "--actor", STEWARD, "--json"],
    )
    rid = str(built["release_id"])
    checked = r.run("automatic checks", ["release", "check", rid, "--actor", STEWARD, "--json"], ok_codes=(0, 2))
    checks = json.loads(checked.stdout)
    if checked.returncode != 0:
        failed = [c["name"] + ": " + c["detail"] for c in checks["checks"] if not c["passed"]]
        typer.echo(f"[demo] the release did not pass its checks ({'; '.join(failed)}); try more --patients", err=True)
        raise typer.Exit(1)
    refused = r.run("the builder may not approve", ["release", "approve", rid, "--actor", STEWARD], ok_codes=(1, 2, 3))
    r.run("approval by officer 1", ["release", "approve", rid, "--actor", PO1])
    r.run("approval by officer 2", ["release", "approve", rid, "--actor", PO2])
    r.run("publish (BagIt + in-toto/DSSE, Ed25519)", ["release", "publish", rid, "--actor", PO1])
    key = r.run("release public key", ["release", "pubkey"]).stdout.strip()
    release_dir = home / "releases" / rid
    r.run("offline verification of the release", ["release", "verify", str(release_dir), "--key", key])

    config = out / "train.yaml"
    config.write_text(f'trusted_keys: ["{key}"]\nepochs: {epochs}\nbootstrap: 200\ndevice: cpu\n', encoding="utf-8")
    trained = r.run(
        "training on the release (CPU)",
        ["train", "--release", rid, "--config", str(config), "--out", str(out / "models")],
    )
    model = json.loads(trained.stdout.strip().splitlines()[-1])
    r.run(
        "record the model against its release",
        ["release", "trainings", "record", rid, "--model", model["model_id"], "--actor", STEWARD],
    )

    released = _released_patient(home, rid, people, policy_file)
    withdrawal = ""
    refusal_code = None
    if released is not None:
        r.run(
            "stop-use request (利用停止) by an agent (代理人) after the release",
            [
                "optout",
                "add",
                "stop_use",
                "--by",
                STAFF,
                "--channel",
                "mail",
                "--verifier",
                STAFF2,
                "--agent-relation",
                "child",
                "--agent-ref",
                "form-0001",
                "--patient-id-stdin",
            ],
            stdin=released + "\n",
        )
        notices = r.run("withdrawal processing", ["release", "withdrawals", "--process", "--json"])
        withdrawal = notices.stdout
        again = r.run(
            "the trainer refuses the release now",
            ["train", "--release", rid, "--config", str(config), "--out", str(out / "models")],
            ok_codes=(3,),
        )
        refusal_code = again.returncode
    r.run("audit log verification (chain, Merkle tree, signatures)", ["audit", "verify"])

    counts_d, counts_r = ing_dicom["counts"], ing_records["counts"]
    typer.echo("")
    typer.echo("Sekisho demo summary")
    typer.echo(f"  hospital: {patients} synthetic patients ({modalities}); 1 blanket opt-out before ingest")
    typer.echo(
        f"  DICOM: {counts_d.get('inputs', 0)} in, {counts_d.get('stored', 0)} de-identified, verified and stored, "
        f"{counts_d.get('excluded', 0)} excluded (opt-out/eligibility), {counts_d.get('quarantined', 0)} quarantined"
    )
    typer.echo(
        f"  records: {counts_r.get('inputs', 0)} in, {counts_r.get('stored', 0)} scrubbed and stored, "
        f"{counts_r.get('excluded', 0)} excluded, {counts_r.get('quarantined', 0)} quarantined"
    )
    typer.echo(
        f"  release {rid} for the trainer: {checks.get('subjects', '?')} subjects, {checks['file_count']} files, "
        f"checks {sum(c['passed'] for c in checks['checks'])}/{len(checks['checks'])} passed, builder refused "
        f"(exit {refused.returncode}), approved by {PO1} and {PO2}, signed and verified offline -> {release_dir}"
    )
    typer.echo(f"  model {model['model_id']} trained on it -> {out / 'models'}")
    if released is not None:
        n = len(json.loads(withdrawal)) if withdrawal.strip().startswith("[") else "?"
        typer.echo(
            f"  stop-use after release: {n} withdrawal notice(s); the trainer now refuses it (exit {refusal_code})"
        )
    typer.echo("  audit log: chain, Merkle tree and signatures verified")


def _proposed_version(stdout: str) -> int:
    for line in stdout.splitlines():
        if line.startswith("proposed v"):
            return int(line.split()[1][1:])
    raise typer.Exit(1)


def _released_patient(home: Path, rid: str, people: list[dict[str, Any]], policy_file: Path) -> str | None:
    """A patient of the synthetic hospital who is in the release (found through the vault's keyed functions, as
    the personal-information manager would), or None."""
    from gateway.services.vault import open_vault
    from gateway.settings import Settings
    from policies.policy import load_policy

    index = json.loads((home / "releases" / rid / "data" / "arrays" / "index.json").read_text(encoding="utf-8"))
    released = {row["subject"] for row in index["rows"]}
    study = load_policy(policy_file).study.approval_number
    vault = open_vault(Settings(home=home))
    keyed = vault.recipient_keyed(study, "trainer")
    research = vault.keyed(study)
    for p in people[1:]:
        if keyed.pseudonym(research.pseudonym(p["patient_id"])) in released:
            return str(p["patient_id"])
    return None
