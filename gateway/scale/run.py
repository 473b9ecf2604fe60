"""Directory runs on the local process pool (default) or on Ray, with identical reports and output bytes.

``local``: ``gateway.scrub.dicom.engine.run_directory`` as it is (one engine per worker process, initialised once;
chunks of files; results taken in input order). ``ray``: Ray Data over the file list; ``map_batches`` sends
batches of paths to a pool of actors, each initialised once with the policy and the study's derived keys
(``gateway.scale.keys``); every row carries its input index, and the driver commits the results in input order
with the same rules as the local run (atomic rename, duplicate SOP Instance UIDs quarantined, quarantine copies
under opaque names), so the report and the outputs are bit for bit those of ``--workers 1``.

Workers read the input paths themselves (a shared file system on a multi-node cluster) and send the output
bytes back; the driver writes them. Nothing identifying is logged: Ray sees paths and bytes, never prints them.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from gateway.scale.keys import worker_keys
from gateway.scrub.dicom.engine import RunConfig, copy_to_quarantine, run_directory, scrub_path
from gateway.scrub.dicom.report import FileReport, write_report

Engine = Literal["local", "ray"]
RAY_BATCH = 8


@dataclass(frozen=True)
class Result:
    """One input's outcome as a worker returns it (the bytes travel back to the driver)."""

    status: str
    reason: str
    relpath: str | None = None
    data: bytes | None = None


def list_inputs(src: Path, report: Path | None = None) -> tuple[Path, list[Path]]:
    """(base for relative paths, files in the order of the local run: sorted directories, sorted names)."""
    if src.is_file():
        found = [src]
    else:
        found = []
        for root, dirs, files in os.walk(src):
            dirs.sort()
            found.extend(Path(root) / name for name in sorted(files))
    base = src.parent if src.is_file() else src
    return base, [p for p in found if not (report is not None and p.resolve() == report.resolve())]


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


def scrub_one(path: Path, cfg: RunConfig) -> Result:
    outcome = scrub_path(path, cfg)
    if outcome.status != "ok" or outcome.data is None or outcome.relpath is None:
        return Result("quarantined", outcome.reason)
    return Result("ok", "", outcome.relpath, outcome.data)


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def commit(base: Path, dst: Path, results: Iterable[tuple[Path, Result]], quarantine: Path | None) -> list[FileReport]:
    """Write outputs and build the report in input order: the local run's rules, applied by the driver."""
    reports: list[FileReport] = []
    seen: set[str] = set()
    for path, res in results:
        rel_src = path.relative_to(base).as_posix()
        status, reason = res.status, res.reason
        if status == "ok" and res.relpath is not None and res.data is not None:
            if res.relpath in seen:
                status, reason = "quarantined", "duplicate SOP Instance UID in this run"
            else:
                _write_atomic(dst / res.relpath, res.data)
                seen.add(res.relpath)
                reports.append(FileReport(rel_src, res.relpath, "ok", ""))
                continue
        if quarantine is not None:
            copy_to_quarantine(quarantine, path, rel_src, reason)
        reports.append(FileReport(rel_src, None, "quarantined", reason))
    return reports


def run_scrub(
    src: Path,
    dst: Path,
    cfg: RunConfig,
    *,
    engine: Engine = "local",
    workers: int = 1,
    report: Path | None = None,
    quarantine: Path | None = None,
    ray_address: str | None = None,
    job: str = "run",
) -> list[FileReport]:
    """Scrub every file under ``src`` into ``dst`` on the selected engine; same contract as ``run_directory``."""
    if engine == "local":
        return run_directory(src, dst, cfg, report=report, quarantine=quarantine, workers=workers)
    if engine != "ray":
        raise ValueError("engine must be 'local' or 'ray'")
    if quarantine is not None and _inside(quarantine, dst):
        raise ValueError("the quarantine directory must not be under the destination")
    if src.is_dir() and _inside(dst, src):
        raise ValueError("the destination must not be under the source")
    base, files = list_inputs(src, report)
    dst.mkdir(parents=True, exist_ok=True)
    cfg = replace(cfg, keys=worker_keys(cfg.keys, job))
    with warnings.catch_warnings():
        # Ray's own deprecation notices (its internal settings) are not ours to fix and must not fail a run
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", FutureWarning)
        if not files:
            reports = []
        else:
            with ray_session(ray_address, workers):
                results = ray_map(files, cfg, workers=workers)
                reports = commit(base, dst, zip(files, results, strict=True), quarantine)
    if report is not None:
        write_report(report, reports)
    return reports


# ---------------------------------------------------------------------------------------------------------- Ray


class ray_session:  # noqa: N801 - used as a context manager like a function
    """Connect to ``address`` (a running cluster) or start a local one with ``workers`` CPUs; a cluster this
    process started is shut down on exit, one it found running is left alone."""

    def __init__(self, address: str | None, workers: int) -> None:
        self.address = address
        self.workers = workers
        self.started = False

    def __enter__(self) -> ray_session:
        try:
            import ray
        except ImportError:
            raise ValueError("the ray engine needs the 'scale' extra (pip install 'sekisho[scale]')") from None

        if not ray.is_initialized():
            kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
            if self.address:
                ray.init(address=self.address, **kwargs)
            else:
                ray.init(num_cpus=self.workers, **kwargs)
            self.started = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self.started:
            import ray

            ray.shutdown()


class _ScrubBatch:
    """A Ray Data actor: one engine configuration per actor, initialised once."""

    def __init__(self, cfg: RunConfig) -> None:
        self.cfg = cfg

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, list[Any]] = {"idx": [], "status": [], "reason": [], "relpath": [], "data": []}
        for idx, path in zip(batch["idx"], batch["path"], strict=True):
            res = scrub_one(Path(str(path)), self.cfg)
            out["idx"].append(int(idx))
            out["status"].append(res.status)
            out["reason"].append(res.reason)
            out["relpath"].append(res.relpath or "")
            out["data"].append(res.data or b"")
        return out


def ray_map(files: list[Path], cfg: RunConfig, *, workers: int, batch_size: int = RAY_BATCH) -> Iterator[Result]:
    """Scrub ``files`` on the connected Ray cluster; results stream back in input order (Ray Data's
    ``preserve_order``, checked against each row's index), so the driver holds one batch at a time."""
    if not files:
        return
    import ray
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.verbose_progress = False
    ctx.execution_options.preserve_order = True
    items = ray.data.from_items([{"idx": i, "path": str(p)} for i, p in enumerate(files)])
    ds = items.map_batches(
        _ScrubBatch,
        fn_constructor_args=(cfg,),
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=max(1, workers)),
        num_cpus=1,
    )
    expected = 0
    for batch in ds.iter_batches(batch_format="numpy", batch_size=None, prefetch_batches=2):
        for idx, status, reason, relpath, data in zip(
            batch["idx"], batch["status"], batch["reason"], batch["relpath"], batch["data"], strict=True
        ):
            if int(idx) != expected:
                raise RuntimeError("the Ray run returned results out of order")
            expected += 1
            rel = str(relpath) or None
            yield Result(str(status), str(reason), rel, bytes(data) if rel else None)
    if expected != len(files):
        raise RuntimeError("the Ray run lost results")
