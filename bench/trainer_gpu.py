"""Trainer throughput: one short training run on a synthetic signed release, data loading included.

    .venv/bin/python bench/trainer_gpu.py [--model resnet50] [--image-size 224] [--images 2048] [--batch-size 128]
        [--seconds 60] [--workers 8] [--compile] [--no-amp] [--json out.json]

Builds a signed release (tests/support/releases.py: chest phantoms, memory-mapped uint8 arrays), verifies it with
``trainer.release`` like the trainer does, then times training steps of ``trainer.models`` through the trainer's
``ReleaseImages`` + DataLoader (workers, pinned memory), masked BCE, AdamW, bf16 autocast and channels_last on
CUDA. Reports images/s end to end (loader included), the loader alone, and utilisation: GPU (pynvml, else
nvidia-smi polled every 0.2 s) or, on a CPU-only host, the process's CPU use. Published anchor: ResNet-50 at 224 px
trains at about 2,500 images/s with mixed precision on one A100 (the ratio is printed when the setting matches).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

A100_RESNET50_AMP = 2500.0


class GpuSampler:
    """Polls GPU utilisation and memory in a thread: pynvml when importable, else nvidia-smi, else nothing."""

    def __init__(self, index: int = 0, period: float = 0.2) -> None:
        self.index, self.period = index, period
        self.util: list[float] = []
        self.mem_mib: list[float] = []
        self.source = "none"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._nvml: Any = None
        try:
            import pynvml

            pynvml.nvmlInit()
            self._nvml = pynvml
            self._handle = pynvml.nvmlDeviceGetHandleByIndex(index)
            self.source = "pynvml"
        except Exception:
            if shutil.which("nvidia-smi"):
                self.source = "nvidia-smi"

    def _sample(self) -> None:
        if self._nvml is not None:
            u = self._nvml.nvmlDeviceGetUtilizationRates(self._handle)
            m = self._nvml.nvmlDeviceGetMemoryInfo(self._handle)
            self.util.append(float(u.gpu))
            self.mem_mib.append(m.used / 2**20)
        elif self.source == "nvidia-smi":
            out = subprocess.run(
                [
                    "nvidia-smi",
                    f"--id={self.index}",
                    "--query-gpu=utilization.gpu,memory.used",
                    "--format=csv,noheader,nounits",
                ],
                capture_output=True,
                text=True,
                timeout=5,
            ).stdout.strip()
            if out:
                u, m = (float(x) for x in out.split(",")[:2])
                self.util.append(u)
                self.mem_mib.append(m)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._sample()
            except Exception:
                return
            self._stop.wait(self.period)

    def __enter__(self) -> GpuSampler:
        if self.source != "none":
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def summary(self) -> dict[str, Any]:
        if not self.util:
            return {"source": self.source, "samples": 0}
        return {
            "source": self.source,
            "samples": len(self.util),
            "gpu_util_mean_pct": round(sum(self.util) / len(self.util), 1),
            "gpu_util_max_pct": max(self.util),
            "gpu_mem_used_max_mib": round(max(self.mem_mib)),
        }


def main() -> None:
    import torch

    cuda = torch.cuda.is_available()
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="resnet50" if cuda else "resnet_small")
    p.add_argument("--image-size", type=int, default=224 if cuda else 64)
    p.add_argument("--images", type=int, default=2048 if cuda else 512, help="images in the synthetic release")
    p.add_argument("--batch-size", type=int, default=128 if cuda else 32)
    p.add_argument("--seconds", type=float, default=60.0 if cuda else 20.0, help="timed training wall time")
    p.add_argument("--warmup", type=int, default=10 if cuda else 3, help="untimed steps first")
    p.add_argument("--workers", type=int, default=min(8, os.cpu_count() or 1) if cuda else 0)
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads (CPU runs)")
    p.add_argument("--width", type=int, default=16, help="width of the *_small models")
    p.add_argument("--compile", action="store_true")
    p.add_argument("--no-amp", action="store_true", help="fp32 on CUDA (bf16 autocast by default)")
    p.add_argument("--json", type=Path, default=None)
    a = p.parse_args()

    from tests.support.releases import write_release
    from trainer.config import UncertainPolicy
    from trainer.data import ReleaseImages, encode_labels
    from trainer.models import build_model
    from trainer.release import verify_release
    from trainer.train import default_threads, masked_bce

    if not cuda:
        torch.set_num_threads(a.threads or default_threads())
    else:
        torch.backends.cudnn.benchmark = True
    device = torch.device("cuda" if cuda else "cpu")
    amp = cuda and not a.no_amp
    tmp = Path(tempfile.mkdtemp(prefix="sekisho-bench-"))
    try:
        t0 = time.perf_counter()
        per_subject = 8
        rel = write_release(
            tmp / "releases",
            subjects=max(3, a.images // per_subject),
            images_per_subject=per_subject,
            size=a.image_size,
            with_dicom=False,
        )
        build_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        verified = verify_release(rel.path, trusted_keys=[rel.public_key_hex])
        verify_s = time.perf_counter() - t0
        import numpy as np

        rows = verified.index["rows"]
        y, m = encode_labels(rows, ["nodule"], UncertainPolicy.ignore)
        ds = ReleaseImages(verified, np.arange(len(rows), dtype=np.int64), y, m, augment=True)
        loader = torch.utils.data.DataLoader(
            ds,
            batch_size=a.batch_size,
            shuffle=True,
            num_workers=a.workers,
            pin_memory=cuda,
            persistent_workers=a.workers > 0,
            drop_last=True,
        )

        def batches() -> Any:
            while True:
                yield from loader

        # the loader alone
        it = batches()
        t0, n_load = time.perf_counter(), 0
        while time.perf_counter() - t0 < min(5.0, a.seconds / 4):
            xb, _, _ = next(it)
            n_load += xb.shape[0]
        loader_ips = n_load / (time.perf_counter() - t0)

        model: torch.nn.Module = build_model(a.model, 1, width=a.width, image_size=a.image_size).to(device)
        if cuda:
            model = model.to(memory_format=torch.channels_last)  # type: ignore[call-overload]
        if a.compile:
            model = torch.compile(model)  # type: ignore[assignment]
        opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
        model.train()

        def step(xb: torch.Tensor, yb: torch.Tensor, mb: torch.Tensor) -> float:
            x = xb.to(device, non_blocking=True)
            if cuda:
                x = x.contiguous(memory_format=torch.channels_last)
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
                logits = model(x)
            loss = masked_bce(logits, yb.to(device, non_blocking=True), mb.to(device, non_blocking=True))
            opt.zero_grad(set_to_none=True)
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            return float(loss.detach())

        t0 = time.perf_counter()
        for _ in range(a.warmup):
            step(*next(it))
        if cuda:
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        warmup_s = time.perf_counter() - t0

        cpu0 = os.times()
        n_img, steps = 0, 0
        with GpuSampler() as gpu:
            t0 = time.perf_counter()
            while time.perf_counter() - t0 < a.seconds:
                xb, yb, mb = next(it)  # data loading is inside the timed loop
                step(xb, yb, mb)
                n_img += xb.shape[0]
                steps += 1
            if cuda:
                torch.cuda.synchronize()
            wall = time.perf_counter() - t0
        cpu1 = os.times()
        ips = n_img / wall
        report: dict[str, Any] = {
            "device": torch.cuda.get_device_name(0) if cuda else f"cpu ({os.cpu_count()} cores)",
            "torch": torch.__version__,
            "model": a.model,
            "image_size": a.image_size,
            "batch_size": a.batch_size,
            "precision": "bf16 autocast" if amp else "fp32",
            "channels_last": cuda,
            "compile": a.compile,
            "workers": a.workers,
            "threads": None if cuda else torch.get_num_threads(),
            "release_images": len(rows),
            "release_build_s": round(build_s, 1),
            "release_verify_s": round(verify_s, 2),
            "warmup_steps": a.warmup,
            "warmup_s": round(warmup_s, 1),
            "timed_steps": steps,
            "timed_s": round(wall, 1),
            "train_images_per_s": round(ips, 1),
            "loader_only_images_per_s": round(loader_ips, 1),
        }
        if cuda:
            report["gpu"] = gpu.summary()
            report["peak_torch_mem_mib"] = round(torch.cuda.max_memory_allocated() / 2**20)
            if a.model == "resnet50" and a.image_size == 224 and amp:
                report["ratio_to_a100_resnet50_amp_anchor"] = round(ips / A100_RESNET50_AMP, 3)
        else:
            used = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
            report["cpu_util_pct_of_all_cores"] = round(100 * used / wall / (os.cpu_count() or 1), 1)
            report["load_average_1min"] = os.getloadavg()[0]
        print(json.dumps(report, indent=2))
        if a.json is not None:
            a.json.write_text(json.dumps(report, indent=2) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
