"""Ingest: identified DICOM and records in, de-identified research objects out (see ``docs/INGEST.md``).

Python entry points (the CLI, the demo, the C-STORE SCP and the PACS pull call these):

    from gateway.ingest import Ingestor, ingest_dicom, ingest_records
    summary = ingest_dicom([Path("export/")], settings=settings, engine=engine)
    summary = ingest_records(Path("records.jsonl"), settings=settings, engine=engine)

or, for a stream of inputs (SCP, PACS pull), one :class:`Ingestor` and ``with ingestor.run("scp") as run:
run.dicom_bytes(data)``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from gateway.ingest.outcome import IngestSummary, ObjectResult, Stage, Status
from gateway.ingest.service import IngestError, Ingestor, IngestRunHandle
from gateway.settings import Settings

__all__ = [
    "IngestError",
    "IngestRunHandle",
    "IngestSummary",
    "Ingestor",
    "ObjectResult",
    "Stage",
    "Status",
    "ingest_dicom",
    "ingest_records",
    "iter_files",
]


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under ``paths`` (recursively, sorted; hidden files and directories skipped)."""
    for p in paths:
        if p.is_file():
            yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith("."):
                    yield Path(root) / name


def ingest_dicom(
    paths: Iterable[Path],
    *,
    settings: Settings,
    engine: Engine,
    ingestor: Ingestor | None = None,
    source: str = "files",
    on_result: Callable[[ObjectResult], None] | None = None,
    workers: int | None = None,
    **ingestor_kwargs: Any,
) -> IngestSummary:
    """Ingest DICOM files (files or directories, recursive). Returns the run's summary. ``workers`` (default
    ``settings.workers``) > 1 de-identifies in that many processes (:mod:`gateway.ingest.pool`)."""
    ing = ingestor or Ingestor(settings, engine, **ingestor_kwargs)
    n = workers or settings.workers
    try:
        with ing.run(source) as run:
            run.on_result = on_result
            if n > 1:
                from gateway.ingest.pool import ingest_files_pooled

                ingest_files_pooled(run, iter_files(paths), n)
            else:
                for path in iter_files(paths):
                    run.dicom_file(path)
    finally:
        if ingestor is None:
            ing.close()
    assert run.summary is not None
    return run.summary


def ingest_records(
    path: Path | Iterable[str],
    *,
    settings: Settings,
    engine: Engine,
    ingestor: Ingestor | None = None,
    on_result: Callable[[ObjectResult], None] | None = None,
    **ingestor_kwargs: Any,
) -> IngestSummary:
    """Ingest records (docs/RECORDS.md JSON lines) from a file or an iterable of lines."""
    ing = ingestor or Ingestor(settings, engine, **ingestor_kwargs)
    try:
        with ing.run("records") as run:
            run.on_result = on_result
            if isinstance(path, Path):
                with path.open(encoding="utf-8", errors="surrogateescape") as fh:
                    _lines(run, fh)
            else:
                _lines(run, path)
    finally:
        if ingestor is None:
            ing.close()
    assert run.summary is not None
    return run.summary


def _lines(run: IngestRunHandle, lines: Iterable[str]) -> None:
    for n, line in enumerate(lines, 1):
        if line.strip():
            run.record_line(line, lineno=n)
