"""Entry points of the trainer: ``sekisho train`` (gateway.cli.train dispatches here) and ``python -m trainer``
(for ``torchrun --nproc_per_node=N -m trainer ...``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trainer.release import ReleaseRefused


def run_train(
    *,
    release: Path,
    config: Path,
    out: Path,
    status: Path | None = None,
    epochs: int | None = None,
    device: str | None = None,
) -> int:
    """Verify the release, train, write the checkpoint, model card and registry line. Exit code: 0 trained,
    3 release refused, 2 bad configuration."""
    from pydantic import ValidationError

    from trainer.config import TrainConfig

    try:
        cfg = TrainConfig.load(config)
        overrides: dict[str, object] = {}
        if epochs is not None:
            overrides["epochs"] = epochs
        if device is not None:
            overrides["device"] = device
        if overrides:
            cfg = TrainConfig.model_validate({**cfg.model_dump(), **overrides})
    except (OSError, ValueError, ValidationError) as exc:
        print(f"error: config: {exc}", file=sys.stderr)
        return 2
    from trainer.train import train

    try:
        result = train(release, cfg, out, status_path=status, log=lambda s: print(s, file=sys.stderr))
    except ReleaseRefused as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if result.model_dir is not None:
        summary = {
            "model_id": result.model_id,
            "checkpoint": str(result.checkpoint),
            "labels": result.labels,
            "test": {k: {"auroc": v["auroc"], "auprc": v["auprc"]} for k, v in result.metrics["test"].items()},
            "seconds": round(result.seconds, 1),
            "train_images_per_s": round(result.train_images_per_s, 1),
        }
        print(json.dumps(summary))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m trainer", description="Train on a signed Sekisho release.")
    p.add_argument("--release", type=Path, required=True, help="release directory")
    p.add_argument("--config", type=Path, required=True, help="training config (YAML or JSON)")
    p.add_argument("--out", type=Path, default=Path("models"), help="output directory (models + registry.jsonl)")
    p.add_argument("--status", type=Path, default=None, help="signed status document (default beside the release)")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], default=None)
    a = p.parse_args(argv)
    return run_train(release=a.release, config=a.config, out=a.out, status=a.status, epochs=a.epochs, device=a.device)
