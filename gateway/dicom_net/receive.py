"""One received C-STORE (from a modality, a PACS's C-MOVE, or our own C-GET) through the ingest service.

The encoded dataset is written, as a Part 10 file with mode 0600, into the run's private staging directory, read
back and ingested, and the staged copy is deleted in every case (also on an exception). Responses:
``0x0000`` stored, duplicate or excluded (we took responsibility: opted-out or out-of-scope objects are not kept);
``0xC000`` quarantined (cannot be proven clean; a resend gets the same answer); ``0xA700`` on an internal error
(transient: the sender may retry, nothing was half-ingested).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from gateway.ingest.outcome import Status

if TYPE_CHECKING:
    from gateway.ingest import IngestRunHandle

log = logging.getLogger("sekisho.dicom_net")

SUCCESS = 0x0000
CANNOT_UNDERSTAND = 0xC000
OUT_OF_RESOURCES = 0xA700

# One object at a time through the de-identification engines: receiving stays concurrent (one thread per
# association), processing is serialised (the engines are CPU-bound under the GIL and the text scrubber is shared).
PROCESS_LOCK = threading.Lock()


def stage_bytes(run: IngestRunHandle, data: bytes) -> str:
    path = run.staging / f"{uuid.uuid4().hex}.dcm"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return str(path)


def handle_store(event: Any, run: IngestRunHandle) -> int:
    """The EVT_C_STORE handler body: stage, ingest, delete the staged copy, answer."""
    staged: str | None = None
    try:
        data = bytes(event.encoded_dataset(include_meta=True))
        staged = stage_bytes(run, data)
        del data
        with open(staged, "rb") as fh:
            received = fh.read()
        with PROCESS_LOCK:
            result = run.dicom_bytes(received, received_at=datetime.now(UTC))
    except Exception as exc:
        log.error("run %s: C-STORE processing failed (%s)", run.run_id, type(exc).__name__)
        return OUT_OF_RESOURCES
    finally:
        if staged is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(staged)
    if result.status is Status.QUARANTINED:
        return CANNOT_UNDERSTAND
    return SUCCESS
