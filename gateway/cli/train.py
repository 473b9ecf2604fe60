"""``sekisho train``: train the bundled CNN on a signed release (dispatches to ``trainer.cli``; torch is imported
only when the command runs). For several GPUs use ``torchrun --nproc_per_node=N -m trainer`` with the same
options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

SINGLE_COMMAND = True

app = typer.Typer(help="Train the bundled CNN on a signed release.")


@app.command()
def train(
    *,
    release: Annotated[
        str,
        typer.Option(
            "--release", help="Release directory, or a release id under $SEKISHO_HOME/releases (verified before use)."
        ),
    ],
    config: Annotated[Path, typer.Option("--config", help="Training config, YAML or JSON (docs/TRAINER.md).")],
    out: Annotated[
        Path, typer.Option("--out", help="Output directory: one folder per model and registry.jsonl.")
    ] = Path("models"),
    status: Annotated[
        Path | None,
        typer.Option("--status", help="Signed status document (default: <release>/../<id>.status.dsse.json)."),
    ] = None,
    epochs: Annotated[int | None, typer.Option("--epochs", min=1, help="Override the config's epochs.")] = None,
    device: Annotated[str | None, typer.Option("--device", help="Override the config's device: auto|cpu|cuda.")] = None,
) -> None:
    """Verify the release (signature, file hashes, signed status: not revoked, expired, superseded or withdrawn),
    train a multi-label CNN on its trainer-ready arrays with patient-level splits, write a safetensors
    checkpoint with provenance, metrics and a model card, and record the model in registry.jsonl.
    Exit 3 when the release is refused, 2 on a bad configuration."""
    from trainer.cli import run_train

    release_dir = Path(release)
    if not release_dir.is_dir() and "/" not in release and release not in {".", ".."}:
        from gateway.settings import get_settings

        release_dir = get_settings().releases_dir / release
    code = run_train(release=release_dir, config=config, out=out, status=status, epochs=epochs, device=device)
    if code:
        raise typer.Exit(code)
