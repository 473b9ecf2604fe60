"""Sekisho gateway: ingest, de-identification, governance services, API, console and CLI."""

__version__ = "0.1.0"
