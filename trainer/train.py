"""Training on a verified release: seeding, patient-level splits, masked BCE over teacher labels, bf16 autocast and
channels_last on CUDA (fp32 on CPU), optional torch.compile, DDP under torchrun, best-on-validation checkpoint in
safetensors with provenance, AUROC/AUPRC with bootstrap intervals, a model card and the model registry."""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.distributed as dist
from numpy.typing import NDArray
from safetensors.torch import save_file
from torch import nn
from torch.utils.data import DataLoader, RandomSampler
from torch.utils.data.distributed import DistributedSampler

from trainer import __version__
from trainer.config import TrainConfig
from trainer.data import ReleaseImages, encode_labels, split_by_subject, usable_codes
from trainer.labels import finding_codes
from trainer.metrics import LabelMetrics, bootstrap_metrics
from trainer.models import build_model
from trainer.release import VerifiedRelease, verify_release

REGISTRY = "registry.jsonl"
Log = Callable[[str], None]


@dataclass
class TrainResult:
    model_id: str
    model_dir: Path | None
    checkpoint: Path | None
    labels: list[str]
    metrics: dict[str, dict[str, dict[str, Any]]]  # split -> label -> metrics
    seconds: float
    train_images_per_s: float
    epochs_run: int
    history: list[dict[str, Any]] = field(default_factory=list)


def seed_everything(seed: int, *, deterministic: bool, cuda: bool) -> None:
    random.seed(seed)
    np.random.seed(seed)  # legacy global state, seeded for third-party code that uses it
    torch.manual_seed(seed)
    if cuda:
        torch.cuda.manual_seed_all(seed)
    if deterministic or not cuda:
        if cuda:
            os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
            torch.backends.cudnn.benchmark = False
        # CUDA has kernels without a deterministic variant: warn there instead of failing the run
        torch.use_deterministic_algorithms(True, warn_only=cuda)
    elif cuda:
        torch.backends.cudnn.benchmark = True


def git_commit() -> str:
    env = os.environ.get("SEKISHO_GIT_COMMIT")
    if env:
        return env
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=Path(__file__).resolve().parent,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() if out.returncode == 0 and out.stdout.strip() else "unknown"


def default_threads(world: int = 1) -> int:
    """Half the cores per process: OpenMP threads that spin on a shared, busy CPU slow training down tenfold."""
    return max(1, (os.cpu_count() or 1) // (2 * max(1, world)))


def _dist() -> tuple[int, int, int]:
    world = int(os.environ.get("WORLD_SIZE", "1"))
    return int(os.environ.get("RANK", "0")), world, int(os.environ.get("LOCAL_RANK", "0"))


def resolve_device(cfg: TrainConfig, local_rank: int) -> torch.device:
    if cfg.device == "cuda" or (cfg.device == "auto" and torch.cuda.is_available()):
        if not torch.cuda.is_available():
            raise RuntimeError("config asks for CUDA but no CUDA device is available")
        torch.cuda.set_device(local_rank)
        return torch.device("cuda", local_rank)
    return torch.device("cpu")


def masked_bce(logits: torch.Tensor, target: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Binary cross-entropy averaged over the labels present (mask 1); absent/ignored labels contribute nothing."""
    loss = nn.functional.binary_cross_entropy_with_logits(logits.float(), target, reduction="none")
    return (loss * mask).sum() / mask.sum().clamp_min(1.0)


def _to_device(x: torch.Tensor, device: torch.device, channels_last: bool) -> torch.Tensor:
    x = x.to(device, non_blocking=True)
    return x.contiguous(memory_format=torch.channels_last) if channels_last else x


@torch.no_grad()
def predict(
    model: nn.Module, loader: DataLoader[Any], device: torch.device, *, amp: bool, channels_last: bool
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    model.eval()
    probs: list[NDArray[np.float64]] = []
    ys: list[NDArray[np.float64]] = []
    ms: list[NDArray[np.float64]] = []
    for xb, y, m in loader:
        x = _to_device(xb, device, channels_last)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
            logits = model(x)
        probs.append(torch.sigmoid(logits.float()).cpu().numpy().astype(np.float64))
        ys.append(y.numpy().astype(np.float64))
        ms.append(m.numpy().astype(np.float64))
    return np.concatenate(probs), np.concatenate(ys), np.concatenate(ms)


def score(
    probs: NDArray[np.float64],
    y: NDArray[np.float64],
    m: NDArray[np.float64],
    labels: list[str],
    *,
    n_boot: int,
    ci: float,
    seed: int,
    groups: NDArray[np.int64] | None = None,
) -> dict[str, LabelMetrics]:
    out: dict[str, LabelMetrics] = {}
    for j, code in enumerate(labels):
        keep = m[:, j] > 0
        g = None if groups is None else groups[keep]
        out[code] = bootstrap_metrics(y[keep, j], probs[keep, j], n_boot=n_boot, ci=ci, seed=seed + j, groups=g)
    return out


def _mean_auroc(metrics: dict[str, LabelMetrics]) -> float:
    vals = [m.auroc for m in metrics.values() if m.auroc is not None]
    return float(np.mean(vals)) if vals else float("nan")


def train(
    release_dir: Path,
    cfg: TrainConfig,
    out_dir: Path,
    *,
    status_path: Path | None = None,
    log: Log = print,
    now: datetime | None = None,
) -> TrainResult:
    """Verify ``release_dir`` and train on it; rank 0 writes ``out_dir/<model_id>/`` and appends the registry."""
    started = time.perf_counter()
    rank, world, local_rank = _dist()
    release = verify_release(
        release_dir,
        trusted_keys=cfg.trusted_keys,
        status_path=status_path or cfg.status_path,
        now=now,
        status_max_age=_hours(cfg.status_max_age_hours),
    )
    device = resolve_device(cfg, local_rank)
    cuda = device.type == "cuda"
    if world > 1 and not dist.is_initialized():
        dist.init_process_group(backend="nccl" if cuda else "gloo")  # rank/world/master from torchrun's env
    if not cuda:
        torch.set_num_threads(cfg.threads or default_threads(world))
    seed_everything(cfg.seed, deterministic=cfg.deterministic, cuda=cuda)
    amp = cfg.amp and cuda
    channels_last = cfg.channels_last and cuda

    rows: list[dict[str, Any]] = release.index["rows"]
    splits = split_by_subject([r["subject"] for r in rows], cfg.split, cfg.seed)
    candidates = cfg.labels or [c for c in finding_codes() if any(c in (r.get("labels") or {}) for r in rows)]
    labels = usable_codes(rows, splits.train, candidates, cfg.uncertain)
    if cfg.labels and labels != list(cfg.labels):
        missing = sorted(set(cfg.labels) - set(labels))
        raise ValueError(f"configured labels without both classes in the training split: {missing}")
    if not labels:
        raise ValueError("no finding has both positive and negative training labels in this release")
    y, m = encode_labels(rows, labels, cfg.uncertain)
    n, h, w = release.shape
    log(
        f"release {release.release_id}: {n} images {h}x{w}, subjects train/val/test "
        f"{len(splits.subjects['train'])}/{len(splits.subjects['val'])}/{len(splits.subjects['test'])}, "
        f"labels {labels}, device {device}, world {world}"
    )

    train_ds = ReleaseImages(release, splits.train, y, m, augment=cfg.augment, seed=cfg.seed)
    eval_sets = {k: ReleaseImages(release, getattr(splits, k), y, m) for k in ("val", "test")}
    gen = torch.Generator().manual_seed(cfg.seed)
    sampler: DistributedSampler[Any] | RandomSampler
    if world > 1:
        sampler = DistributedSampler(train_ds, num_replicas=world, rank=rank, shuffle=True, seed=cfg.seed)
    else:
        sampler = RandomSampler(train_ds, generator=gen)
    loader_kw: dict[str, Any] = {
        "num_workers": cfg.num_workers,
        "pin_memory": cuda,
        "persistent_workers": cfg.num_workers > 0,
    }
    # workers are re-created each epoch for training, so that they see the epoch number of the flips
    train_loader = DataLoader(
        train_ds,
        batch_size=cfg.batch_size,
        sampler=sampler,
        drop_last=False,
        **{**loader_kw, "persistent_workers": False},
    )
    eval_loaders = {
        k: DataLoader(ds, batch_size=cfg.batch_size * 2, shuffle=False, **loader_kw) for k, ds in eval_sets.items()
    }

    model: nn.Module = build_model(cfg.model, len(labels), width=cfg.width, image_size=max(h, w)).to(device)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)  # type: ignore[call-overload]
    n_params = sum(p.numel() for p in model.parameters())
    raw_model = model
    if cfg.compile:
        model = torch.compile(model)  # type: ignore[assignment]
    if world > 1:
        model = nn.parallel.DistributedDataParallel(model, device_ids=[local_rank] if cuda else None)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
    steps = cfg.epochs * max(1, len(train_loader))
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=cfg.lr, total_steps=steps, pct_start=0.2)

    best: dict[str, torch.Tensor] | None = None
    best_score = -math.inf
    history: list[dict[str, Any]] = []
    seen = 0
    train_time = 0.0
    epochs_run = 0
    for epoch in range(cfg.epochs):
        if isinstance(sampler, DistributedSampler):
            sampler.set_epoch(epoch)
        train_ds.epoch = epoch
        model.train()
        t0 = time.perf_counter()
        total, batches = 0.0, 0
        for xb, yb, mb in train_loader:
            x = _to_device(xb, device, channels_last)
            yt, mt = yb.to(device, non_blocking=True), mb.to(device, non_blocking=True)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
                logits = model(x)
            loss = masked_bce(logits, yt, mt)
            opt.zero_grad(set_to_none=True)
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            sched.step()
            total += float(loss.detach())
            batches += 1
            seen += x.shape[0]
        if cuda:
            torch.cuda.synchronize()
        train_time += time.perf_counter() - t0
        epochs_run += 1
        entry: dict[str, Any] = {"epoch": epoch + 1, "loss": total / max(1, batches)}
        if rank == 0:
            probs, yv, mv = predict(raw_model, eval_loaders["val"], device, amp=amp, channels_last=channels_last)
            val = score(probs, yv, mv, labels, n_boot=0, ci=cfg.ci, seed=cfg.seed)
            entry["val_mean_auroc"] = _mean_auroc(val)
            val_score = entry["val_mean_auroc"] if not math.isnan(entry["val_mean_auroc"]) else -entry["loss"]
            if val_score > best_score:
                best_score = val_score
                best = {k: v.detach().cpu().clone() for k, v in raw_model.state_dict().items()}
                entry["best"] = True
        history.append(entry)
        log(json.dumps(entry))
        over = cfg.max_minutes is not None and time.perf_counter() - started > cfg.max_minutes * 60
        if world > 1:  # every rank must stop after the same epoch, or DDP hangs
            flag = torch.tensor([1.0 if over else 0.0], device=device)
            dist.all_reduce(flag, op=dist.ReduceOp.MAX)
            over = bool(flag.item() > 0)
        if over:
            log(f"time budget of {cfg.max_minutes} min reached after epoch {epoch + 1}")
            break

    result = TrainResult(
        model_id="",
        model_dir=None,
        checkpoint=None,
        labels=labels,
        metrics={},
        seconds=0.0,
        train_images_per_s=seen * world / train_time if train_time else 0.0,
        epochs_run=epochs_run,
        history=history,
    )
    if rank == 0:
        assert best is not None
        raw_model.load_state_dict(best)
        subject_of = {s: i for i, s in enumerate(sorted({r["subject"] for r in rows}))}
        for split, loader in eval_loaders.items():
            probs, ys, ms = predict(raw_model, loader, device, amp=amp, channels_last=channels_last)
            groups = np.array([subject_of[rows[int(i)]["subject"]] for i in getattr(splits, split)], dtype=np.int64)
            sm = score(probs, ys, ms, labels, n_boot=cfg.bootstrap, ci=cfg.ci, seed=cfg.seed, groups=groups)
            result.metrics[split] = {k: v.as_dict() for k, v in sm.items()}
        result.seconds = time.perf_counter() - started
        _write_outputs(
            result,
            release=release,
            cfg=cfg,
            out_dir=out_dir,
            state=best,
            subjects=splits.subjects,
            n_params=n_params,
            device=device,
            world=world,
            amp=amp,
            now=now,
        )
    if world > 1 and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()
    result.seconds = time.perf_counter() - started
    return result


def _hours(h: float) -> Any:
    from datetime import timedelta

    return timedelta(hours=h)


def _write_outputs(
    result: TrainResult,
    *,
    release: VerifiedRelease,
    cfg: TrainConfig,
    out_dir: Path,
    state: dict[str, torch.Tensor],
    subjects: dict[str, list[str]],
    n_params: int,
    device: torch.device,
    world: int,
    amp: bool,
    now: datetime | None,
) -> None:
    created = (now or datetime.now(UTC)).astimezone(UTC)
    cfg_hash = cfg.sha256()
    model_id = f"model-{created:%Y%m%dT%H%M%SZ}-{cfg_hash[:8]}-{release.manifest_sha256[:8]}"
    model_dir = out_dir / model_id
    suffix = 1
    while model_dir.exists():
        suffix += 1
        model_dir = out_dir / f"{model_id}.{suffix}"
    model_id = model_dir.name
    model_dir.mkdir(parents=True)
    provenance = {
        "model_id": model_id,
        "release_id": release.release_id,
        "dataset_id": release.dataset_id,
        "manifest_sha256": release.manifest_sha256,
        "labeler_hash": release.labeler_hash or "",
        "signer_keyid": release.signer_keyid,
        "git_commit": git_commit(),
        "config_sha256": cfg_hash,
        "labels": json.dumps(result.labels),
        "uncertain_policy": cfg.uncertain.value,
        "model": cfg.model,
        "image_shape": json.dumps(list(release.shape[1:])),
        "created_at": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "trainer_version": __version__,
        "torch_version": torch.__version__,
        "seed": str(cfg.seed),
    }
    checkpoint = model_dir / "model.safetensors"
    save_file({k: v.contiguous() for k, v in state.items()}, str(checkpoint), metadata=provenance)
    (model_dir / "config.json").write_text(json.dumps(cfg.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")
    (model_dir / "subjects.json").write_text(json.dumps(subjects, indent=1) + "\n", encoding="utf-8")
    metrics_doc = {"metrics": result.metrics, "history": result.history, "provenance": provenance}
    (model_dir / "metrics.json").write_text(json.dumps(metrics_doc, indent=2) + "\n", encoding="utf-8")
    card = model_card(
        result,
        release=release,
        cfg=cfg,
        provenance=provenance,
        subjects=subjects,
        n_params=n_params,
        device=device,
        world=world,
        amp=amp,
    )
    (model_dir / "model_card.md").write_text(card, encoding="utf-8")
    registry_line = {
        "model_id": model_id,
        "release_id": release.release_id,
        "dataset_id": release.dataset_id,
        "manifest_sha256": release.manifest_sha256,
        "labeler_hash": release.labeler_hash,
        "config_sha256": cfg_hash,
        "git_commit": provenance["git_commit"],
        "checkpoint": checkpoint.relative_to(out_dir).as_posix(),
        "subjects_file": (model_dir / "subjects.json").relative_to(out_dir).as_posix(),
        "subjects": sum(len(v) for v in subjects.values()),
        "created_at": provenance["created_at"],
    }
    with (out_dir / REGISTRY).open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(registry_line, sort_keys=True) + "\n")
    result.model_id, result.model_dir, result.checkpoint = model_id, model_dir, checkpoint


def _fmt(v: Any, ci: Any) -> str:
    if v is None:
        return "n/a"
    if ci is None:
        return f"{v:.3f}"
    return f"{v:.3f} [{ci[0]:.3f}, {ci[1]:.3f}]"


def model_card(
    result: TrainResult,
    *,
    release: VerifiedRelease,
    cfg: TrainConfig,
    provenance: dict[str, str],
    subjects: dict[str, list[str]],
    n_params: int,
    device: torch.device,
    world: int,
    amp: bool,
) -> str:
    man = release.manifest
    n_img = {k: 0 for k in subjects}
    which = {s: k for k, ss in subjects.items() for s in ss}
    for row in release.index["rows"]:
        n_img[which[row["subject"]]] += 1
    pct = round(cfg.ci * 100)
    lines = [
        f"# Model card: {provenance['model_id']}",
        "",
        "## Intended use",
        f"Research only, for the purpose approved for this release: {man.get('purpose', '')}. "
        "Not a medical device; not for clinical decisions. Outputs are per-finding probabilities.",
        "",
        "## Training data (signed release, verified before training)",
        f"- release `{release.release_id}`, dataset `{release.dataset_id}`, recipient `{man.get('recipient')}`",
        f"- release.json SHA-256 `{release.manifest_sha256}`, signer key id `{release.signer_keyid}`",
        f"- policy `{man.get('policy_version')}` (`{man.get('policy_hash')}`), approvers {man.get('approvers')}",
        f"- teacher labeller hash `{release.labeler_hash}` (rule-based labels from reports: noisy)",
        f"- patient-level split (seed {cfg.seed}): subjects train/val/test "
        f"{len(subjects['train'])}/{len(subjects['val'])}/{len(subjects['test'])}, "
        f"images {n_img['train']}/{n_img['val']}/{n_img['test']}",
        f"- labels {result.labels}; uncertain labels: {cfg.uncertain.value}; absent labels are masked out",
        "",
        "## Model and training",
        f"- {cfg.model} ({n_params:,} parameters), input 1x{release.shape[1]}x{release.shape[2]} uint8 / 255",
        f"- {result.epochs_run} epochs, batch {cfg.batch_size}, AdamW lr {cfg.lr} (one-cycle), weight decay "
        f"{cfg.weight_decay}, flips {'on' if cfg.augment else 'off'}; best epoch by validation mean AUROC",
        f"- device {device.type} x{world}, precision {'bf16 autocast' if amp else 'fp32'}, "
        f"compile {'on' if cfg.compile else 'off'}, {result.train_images_per_s:.0f} training images/s",
        "",
        f"## Results (AUROC / AUPRC with {pct}% bootstrap intervals, {cfg.bootstrap} resamples of subjects)",
        "| split | label | n | positives | AUROC | AUPRC |",
        "|---|---|---|---|---|---|",
    ]
    for split in ("val", "test"):
        for code, mm in result.metrics.get(split, {}).items():
            lines.append(
                f"| {split} | {code} | {mm['n']} | {mm['positives']} | {_fmt(mm['auroc'], mm['auroc_ci'])} | "
                f"{_fmt(mm['auprc'], mm['auprc_ci'])} |"
            )
    lines += [
        "",
        "Intervals resample whole subjects (cluster bootstrap): images of one subject are correlated. Small test "
        "sets give wide intervals; a synthetic release says nothing about real images.",
        "",
        "## Provenance",
        f"- git commit `{provenance['git_commit']}`, config SHA-256 `{provenance['config_sha256']}`",
        f"- trainer {provenance['trainer_version']}, torch {provenance['torch_version']}, "
        f"created {provenance['created_at']}",
        "- recorded in `registry.jsonl` beside this folder: a withdrawal or revocation of the release is a notice "
        "for this model; `subjects.json` lists the subjects (release pseudonyms) of each split.",
        "",
        "## Limitations",
        "Teacher labels come from report text, not image reading; the report and the image can disagree. "
        "Performance outside the release's population, scanners and protocols is unknown.",
        "",
    ]
    return "\n".join(lines)
