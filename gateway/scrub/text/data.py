"""Versioned text policy data (``policies/data/text/*.json``): honorifics, role words, facility words, places,
clinical allow-lists, surrogate names. Loaded once per process."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import policies

DATA_DIR = Path(policies.__file__).parent / "data" / "text"


@cache
def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def versions() -> dict[str, str]:
    """Version of every data file, for reports and audit details."""
    return {p.stem: str(load(p.stem).get("version", "")) for p in sorted(DATA_DIR.glob("*.json"))}
