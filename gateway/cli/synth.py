"""``sekisho synth``: generate a synthetic hospital (DICOM studies, Japanese records, answer key, ground truth)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

SINGLE_COMMAND = True

app = typer.Typer(help="Generate a synthetic hospital.")


@app.command()
def synth(
    *,
    patients: Annotated[int, typer.Option("--patients", min=1, help="Number of patients.")],
    out: Annotated[Path, typer.Option("--out", help="Output directory (absent or empty).")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed; the same seed gives byte-identical output.")] = 0,
    studies_per_patient: Annotated[
        int, typer.Option("--studies-per-patient", min=0, help="Imaging studies per patient.")
    ] = 2,
    modalities: Annotated[
        str, typer.Option("--modalities", help="Comma-separated modalities to draw studies from.")
    ] = "CT,MR,US,CR,DX,XA,PT,NM",
    image_size: Annotated[
        int, typer.Option("--image-size", min=32, help="Rows/columns of CT, MR, PET and NM images.")
    ] = 64,
    slices: Annotated[int, typer.Option("--slices", min=1, help="Slices per CT/MR/PET series.")] = 3,
    known: Annotated[
        bool, typer.Option("--known/--no-known", help="Attach each patient's KnownIdentifiers to the records.")
    ] = True,
    jis_backslash: Annotated[
        bool,
        typer.Option(
            "--jis-backslash/--no-jis-backslash",
            help="Also write ISO 2022 IR 87 names whose JIS codes contain byte 0x5C (legal, but dciodvfy flags them).",
        ),
    ] = False,
) -> None:
    """Generate a synthetic hospital: DICOM studies with planted PHI, Japanese clinical records, the answer key of
    every planted identifier, report labels and image truth (layout: docs/SYNTH.md)."""
    from gateway.synth import OutputNotEmptyError, generate

    mods = tuple(m.strip().upper() for m in modalities.split(",") if m.strip())
    started = time.perf_counter()
    try:
        summary = generate(
            out,
            patients=patients,
            seed=seed,
            studies_per_patient=studies_per_patient,
            modalities=mods,
            image_size=image_size,
            slices=slices,
            known_in_records=known,
            dciodvfy_safe=not jis_backslash,
        )
    except (OutputNotEmptyError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    elapsed = time.perf_counter() - started
    typer.echo(
        f"{summary.patients} patients, {summary.studies} studies, {summary.dicom_files} DICOM files, "
        f"{summary.records} records, {summary.answer_key_entries} answer-key entries in {elapsed:.1f} s -> {out}"
    )
