"""Where signed checkpoints go: outside the database, somewhere the privacy officer keeps (a directory that is
copied off-host, WORM storage, a witness...). A sink is anything with ``publish(name, note) -> str``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Protocol, runtime_checkable


@runtime_checkable
class CheckpointSink(Protocol):
    def publish(self, name: str, note: str) -> str:
        """Store the signed checkpoint ``note`` under ``name``; return where it went."""
        ...


class DirectorySink:
    """Write each checkpoint as its own file (``<name>``), atomically, never overwriting a different one."""

    def __init__(self, directory: Path | str) -> None:
        self.directory = Path(directory)

    def publish(self, name: str, note: str) -> str:
        if "/" in name or name.startswith("."):
            raise ValueError("checkpoint names are plain file names")
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / name
        if target.exists():
            if target.read_text(encoding="utf-8") == note:
                return str(target)
            raise FileExistsError(f"a different checkpoint already exists at {target}")
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(note)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o444)
            os.link(tmp, target)  # fails if the name appeared meanwhile: never overwrite
        finally:
            os.unlink(tmp)
        return str(target)

    def notes(self) -> list[Path]:
        """The checkpoint files in this directory, oldest name first."""
        if not self.directory.is_dir():
            return []
        return sorted(p for p in self.directory.iterdir() if p.is_file() and p.suffix == ".checkpoint")
