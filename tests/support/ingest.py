"""Helpers for the ingest, SCP and PACS tests: an isolated Sekisho home on a given database, synthetic data,
store inspection, and the PHI scan over what the gateway wrote (rows, audit, logs, files)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from gateway.settings import Settings
from gateway.store.research import IngestRun, QuarantineEntry, ResearchObject


def make_settings(home: Path, db_url: str) -> Settings:
    settings = Settings(home=home, mode="dev", key_provider="memory", database_url=db_url)
    settings.ensure_dirs()
    return settings


def make_ingestor(settings: Settings, engine: Engine, **kwargs: Any) -> Any:
    from gateway.ingest import Ingestor
    from gateway.store.migrate import upgrade

    upgrade(engine)
    return Ingestor(settings, engine, **kwargs)


def rows(engine: Engine) -> list[ResearchObject]:
    with Session(engine) as s:
        return list(s.exec(select(ResearchObject)))


def quarantine(engine: Engine) -> list[QuarantineEntry]:
    with Session(engine) as s:
        return list(s.exec(select(QuarantineEntry)))


def runs(engine: Engine) -> list[IngestRun]:
    with Session(engine) as s:
        return list(s.exec(select(IngestRun)))


def audit_rows(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        result = conn.execute(text("SELECT seq, action, actor, object_type, object_id, details FROM audit_events"))
        return [dict(r._mapping) for r in result]


def patients(synth_dir: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in (synth_dir / "patients.jsonl").read_text(encoding="utf-8").splitlines() if x]


def phi_values(synth_dir: Path) -> set[str]:
    """Identifiers planted by the generator that are specific enough to search for as substrings."""
    out: set[str] = set()
    for p in patients(synth_dir):
        out.add(p["patient_id"])
        out.update(v for v in (p["name"]["kanji"], p["name"]["romaji"], p.get("address"), p.get("phone")) if v)
        for part in p["name"]["kanji"].split():
            if len(part) >= 2:
                out.add(part)
        for st in p["studies"]:
            out.add(st["accession"])
    return {v for v in out if len(v) >= 2}


def files_under(root: Path) -> Iterator[Path]:
    if root.exists():
        yield from (p for p in root.rglob("*") if p.is_file())


def record_optout(engine: Engine, registry_id: str, *, study: str | None = None) -> None:
    from gateway.services.consent import record_optout as _record
    from gateway.store.db import session_scope
    from policies.consent import Channel, OptOutKind
    from policies.states import Role

    now = datetime.now(UTC)
    with session_scope(engine) as s:
        _record(
            s,
            registry_id=registry_id,
            kind=OptOutKind.STUDY if study else OptOutKind.BLANKET,
            study=study,
            channel=Channel.COUNTER,
            received_at=now,
            recorded_by="staff-1",
            roles=[Role.STAFF],
            verifier="staff-2",
            verified_at=now,
        )
