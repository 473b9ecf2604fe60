"""Architecture contracts (DESIGN.md): import direction and the trainer's boundary, checked by import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    proc = subprocess.run([exe, "--config", str(ROOT / ".importlinter")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout


def test_cli_help_lists_commands():
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.cli.main", "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    from gateway.cli.main import COMMAND_MODULES

    for _module, name in COMMAND_MODULES:
        assert name in proc.stdout
