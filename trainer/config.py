"""Training configuration (pydantic). Loaded from YAML or JSON; unknown keys are refused; its hash goes into
every checkpoint's provenance."""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class UncertainPolicy(StrEnum):
    """What an ``uncertain`` teacher label means for the loss."""

    ignore = "ignore"  # masked out, like an absent label
    positive = "positive"
    negative = "negative"


ModelName = Literal["resnet_small", "resnet18", "resnet50", "densenet_small", "densenet121"]


class TrainConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # release trust
    trusted_keys: list[str] = Field(min_length=1, description="raw Ed25519 public keys (64 hex) of release signers")
    status_path: Path | None = Field(None, description="status document; default <release>/../<id>.status.dsse.json")
    status_max_age_hours: float = Field(24.0, gt=0)
    # labels
    labels: list[str] | None = Field(None, description="finding codes to learn; default: codes with both classes")
    uncertain: UncertainPolicy = UncertainPolicy.ignore
    # model
    model: ModelName = "resnet_small"
    width: int = Field(16, ge=4, description="channels of the first stage (resnet_small, densenet_small growth)")
    # optimisation
    epochs: int = Field(8, ge=1)
    batch_size: int = Field(32, ge=1)
    lr: float = Field(3e-3, gt=0)
    weight_decay: float = Field(1e-4, ge=0)
    seed: int = 0
    split: tuple[float, float, float] = (0.6, 0.2, 0.2)
    augment: bool = True
    max_minutes: float | None = Field(None, gt=0, description="stop training after this wall time")
    # runtime
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = Field(None, ge=1, description="torch CPU threads (default: half the cores per process)")
    num_workers: int = Field(0, ge=0)
    amp: bool = Field(True, description="bf16 autocast on CUDA (always fp32 on CPU)")
    channels_last: bool = Field(True, description="channels_last memory format on CUDA")
    compile: bool = False
    deterministic: bool = Field(True, description="deterministic algorithms (always on CPU)")
    # evaluation
    bootstrap: int = Field(1000, ge=0)
    ci: float = Field(0.95, gt=0, lt=1)

    @field_validator("trusted_keys")
    @classmethod
    def _hex_keys(cls, keys: list[str]) -> list[str]:
        for k in keys:
            try:
                raw = bytes.fromhex(k)
            except ValueError as exc:
                raise ValueError("trusted_keys: 64 hex digits each") from exc
            if len(raw) != 32:
                raise ValueError("trusted_keys: 64 hex digits each")
        return [k.lower() for k in keys]

    @model_validator(mode="after")
    def _split_sums(self) -> TrainConfig:
        if any(f <= 0 for f in self.split) or abs(sum(self.split) - 1.0) > 1e-6:
            raise ValueError("split: three positive fractions (train, val, test) summing to 1")
        return self

    def sha256(self) -> str:
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()

    @classmethod
    def load(cls, path: Path) -> TrainConfig:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
        if not isinstance(data, dict):
            raise ValueError("config: a mapping of settings")
        return cls.model_validate(data)
