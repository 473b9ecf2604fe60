"""The run report (``R.json``), exactly the contract of docs/DESIGN.md:
``{"files": [{"source": relpath-from-SRC, "output": relpath-from-DST|null, "status": "ok"|"quarantined",
"reason": str}]}``. Reasons are fixed phrases and element tags, never values."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Status = Literal["ok", "quarantined"]


@dataclass(frozen=True)
class FileReport:
    source: str
    output: str | None
    status: Status
    reason: str

    def as_json(self) -> dict[str, str | None]:
        return {"source": self.source, "output": self.output, "status": self.status, "reason": self.reason}


def write_report(path: Path, files: list[FileReport]) -> None:
    """Write atomically (temp file + rename) so a reader never sees half a report."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        json.dumps({"files": [f.as_json() for f in files]}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    os.replace(tmp, path)
