"""``sekisho scrub``: de-identify DICOM files and Japanese texts. The commands live in ``scrub_dicom`` and
``scrub_text``; each module exposes ``register(app)``."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(help="De-identify DICOM files (scrub dicom) and clinical texts (scrub text).", no_args_is_help=True)

for _name in ("scrub_dicom", "scrub_text"):
    importlib.import_module(f"gateway.cli.{_name}").register(app)
