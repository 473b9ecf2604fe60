"""DICOM files through a process pool (``Settings.workers`` > 1): the main process parses headers, checks opt-out,
eligibility and idempotency, records linkage and writes the store (one transaction per object, as with one
worker); the workers only de-identify (``scrub_bytes``: profile, pixels, verifier). At most ``4 x workers``
inputs are in flight; results are finished in input order, so a run's store, counts and audit trail are those of
a one-worker run (the outputs are deterministic: keyed functions, no clock).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway.ingest.dicom import Prepared, finish, prepare
from gateway.ingest.outcome import ObjectResult, Stage
from gateway.scrub.dicom.engine import Outcome
from policies.identifiers import KnownIdentifiers

if TYPE_CHECKING:
    from gateway.ingest.service import IngestRunHandle

log = logging.getLogger("sekisho.ingest")


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs to de-identify: picklable, keys never in reprs (KeyedFunctions hides them)."""

    options: Any
    keys: Any
    pixel_options: Any
    text_options: Any
    facility_names: tuple[str, ...]
    clean_text: bool
    pixel_cleaner: bool


class _Worker:
    cfg: WorkerConfig | None = None
    scrubber: Any = None


def _init(cfg: WorkerConfig) -> None:
    _Worker.cfg = cfg
    _Worker.scrubber = None


def _clean(text: str, known: KnownIdentifiers | None) -> str:
    cfg = _Worker.cfg
    assert cfg is not None
    if _Worker.scrubber is None:
        from gateway.scrub.text import TextScrubber

        _Worker.scrubber = TextScrubber(cfg.text_options, cfg.keys, facility_names=list(cfg.facility_names))
    return str(_Worker.scrubber.scrub(text, known=known).text)


def _scrub(data: bytes, known: KnownIdentifiers | None) -> Outcome:
    from gateway.scrub.dicom.engine import scrub_bytes

    cfg = _Worker.cfg
    assert cfg is not None
    try:
        return scrub_bytes(
            data,
            options=cfg.options,
            keys=cfg.keys,
            known=known,
            clean_text=_clean if cfg.clean_text else None,
            pixel_cleaner=cfg.pixel_cleaner,
            pixel_options=cfg.pixel_options,
        )
    except Exception as exc:  # an unexpected failure quarantines this input; the run continues
        return Outcome("quarantined", f"internal error ({type(exc).__name__})")


def worker_config(run: IngestRunHandle) -> WorkerConfig:
    ing = run.ingestor
    if not isinstance(ing.pixel_cleaner, bool):
        raise ValueError("a custom pixel cleaner cannot be sent to worker processes")
    return WorkerConfig(
        options=ing.policy.dicom,
        keys=ing.keys,
        pixel_options=ing.policy.pixels,
        text_options=ing.policy.text,
        facility_names=tuple(i.name for i in ing.policy.institutions),
        clean_text=ing.use_clean_text,
        pixel_cleaner=ing.pixel_cleaner,
    )


def _read(run: IngestRunHandle, path: Path) -> bytes | ObjectResult:
    try:
        return path.read_bytes()
    except OSError as exc:
        ref = run.ingestor.source_ref(str(path).encode("utf-8", "surrogateescape"))
        return run.quarantine(b"", Stage.PARSE, f"unreadable file ({type(exc).__name__})", ref=ref)


def ingest_files_pooled(run: IngestRunHandle, paths: Iterable[Path], workers: int) -> None:
    """Ingest ``paths`` into ``run`` with ``workers`` de-identification processes."""
    window: deque[tuple[Prepared, Future[Outcome]] | ObjectResult] = deque()
    limit = 4 * workers

    def drain(keep: int) -> None:
        while len(window) > keep:
            item = window.popleft()
            if isinstance(item, ObjectResult):
                run.record_result(item)
                continue
            prepared, future = item
            try:
                outcome = future.result()
            except Exception as exc:  # a worker died: quarantine, never a half-stored object
                outcome = Outcome("quarantined", f"internal error ({type(exc).__name__})")
            run.record_result(finish(run, prepared, outcome))

    with ProcessPoolExecutor(max_workers=workers, initializer=_init, initargs=(worker_config(run),)) as pool:
        for path in paths:
            data = _read(run, path)
            if isinstance(data, ObjectResult):
                window.append(data)
            else:
                prepared = prepare(run, data, datetime.now(UTC))
                if isinstance(prepared, ObjectResult):
                    window.append(prepared)
                else:
                    window.append((prepared, pool.submit(_scrub, prepared.data, prepared.known)))
            drain(limit)
        drain(0)
