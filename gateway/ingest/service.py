"""The ingest service: identified inputs in, de-identified research objects out (or a count, or a quarantine entry).

One :class:`Ingestor` per process holds what is expensive to build (policy, the study's keyed functions, the
text scrubber, the labeller). Each batch is an :class:`IngestRun` (``with ingestor.run("files") as run:``): a row
and an ``ingest.run.started`` event when it opens; per input one of

- ``stored``: de-identified, verified, blob written through the configured blob store (``settings.store_dir`` or S3),
  then ONE transaction with the ``ResearchObject`` row and its ``ingest.object.stored`` event;
- ``duplicate``: ``(study_key, object_key)`` already stored: nothing written (the same input twice is stored once);
- ``excluded``: opted out at the receipt time or outside the policy's scope (eligibility): counted by reason,
  never stored, never quarantined, no per-object event (the run's counts carry it);
- ``quarantined``: could not be proven clean: ONE transaction with a ``QuarantineEntry`` (stage, reason phrase,
  ``source_ref`` = keyed digest of the input bytes) and its ``ingest.object.quarantined`` event. The identified
  input is NOT kept (no identified copy rests in the gateway; the source system keeps it, retry re-sends it);
- and when the run closes (also on an exception) its counts and an ``ingest.run.finished`` event, and its
  staging directory ``settings.staging_dir/<run id>`` is removed.

Audit details carry run ids, object ids, pseudonyms, reason codes and counts only.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from audit import append_event
from gateway.ingest.outcome import IngestSummary, ObjectResult, RunCounts, Stage, Status
from gateway.security.principal import Principal
from gateway.settings import Settings
from gateway.store.blobs_s3 import open_blob_store
from gateway.store.db import session_scope
from gateway.store.research import IngestRun, QuarantineEntry, ResearchObject
from policies.eligibility import Item
from policies.identifiers import KnownIdentifiers
from policies.policy import Policy
from policies.rules import NotEligible, OptedOut
from policies.states import Role

if TYPE_CHECKING:
    from gateway.scrub.text import TextScrubber
    from linkage_vault.keyed import KeyedFunctions
    from linkage_vault.vault import Vault

log = logging.getLogger("sekisho.ingest")

SOURCES = ("files", "records", "pacs", "scp")


class IngestError(Exception):
    """A run that cannot start (no policy, no vault, a caller without the role). Messages carry no PHI."""

    def diagnostics(self) -> str:
        return str(self)


INGEST_ROLES = frozenset({Role.STEWARD, Role.SYSTEM})
SYSTEM = Principal("system", Role.SYSTEM)


def check_can_ingest(principal: Principal) -> None:
    """Ingest is the data steward's job (or the gateway's own services: the SCP, scheduled pulls)."""
    if principal.role not in INGEST_ROLES:
        raise IngestError("ingest needs the steward role")


def can_ingest(principal: Principal) -> bool:
    try:
        check_can_ingest(principal)
    except IngestError:
        return False
    return True


def _utc(at: datetime | None) -> datetime:
    if at is None:
        return datetime.now(UTC)
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def resolve_policy(settings: Settings, engine: Engine) -> Policy:
    """The policy in force: the approved active version in the database, else ``SEKISHO_POLICY_FILE``, else the
    embedded default (dev mode only: production refuses to ingest without an approved policy)."""
    from gateway.services.policy import NoActivePolicy, active_policy
    from policies.policy import default_policy, load_policy

    try:
        with Session(engine) as session:
            return active_policy(session)[2]
    except NoActivePolicy:
        pass
    if settings.policy_file is not None:
        return load_policy(settings.policy_file)
    if settings.mode != "dev":
        raise IngestError("no approved policy is active; ingest refuses to run outside dev mode without one")
    return default_policy()


def open_settings_vault(settings: Settings) -> tuple[Vault, Engine]:
    """The vault configured by settings and the engine it runs on (the caller disposes it); in dev mode the vault
    is created on first use."""
    from gateway.services.vault import DEFAULT_PROJECT, key_provider, vault_engine
    from linkage_vault.errors import VaultNotFoundError
    from linkage_vault.vault import Vault

    engine = vault_engine(settings)
    provider = key_provider(settings)
    try:
        return Vault.open(engine, provider, DEFAULT_PROJECT), engine
    except VaultNotFoundError:
        if settings.mode != "dev":
            engine.dispose()
            raise IngestError("the linkage vault is not initialised (sekisho vault init)") from None
        vault, _shares = Vault.init(engine, provider, DEFAULT_PROJECT, threshold=2, shares=3, actor="system")
        log.warning("created a development vault under SEKISHO_HOME")
        return vault, engine
    except BaseException:
        engine.dispose()
        raise


class Ingestor:
    """Everything a run needs. Thread-safe: the SCP calls it from one thread per association."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        policy: Policy | None = None,
        vault: Vault | None = None,
        principal: Principal = SYSTEM,
        pixel_cleaner: Any = True,
        clean_text: bool = True,
    ) -> None:
        check_can_ingest(principal)
        settings.ensure_dirs()
        self.settings = settings
        self.engine = engine
        self.policy = policy if policy is not None else resolve_policy(settings, engine)
        self._vault_engine: Engine | None = None
        if vault is None:
            vault, self._vault_engine = open_settings_vault(settings)
        self.vault = vault
        self.principal = principal
        self.actor = principal.id
        self.study = self.policy.study.approval_number
        self.policy_hash = self.policy.content_hash()
        self.keys: KeyedFunctions = self.vault.keyed(self.study)
        self.blobs = open_blob_store(settings, "store")
        self.pixel_cleaner = pixel_cleaner
        self.use_clean_text = clean_text
        self._lock = threading.Lock()
        self._text: TextScrubber | None = None
        self._labeler: Any = None

    def __repr__(self) -> str:
        return f"Ingestor(study={self.study!r})"

    def close(self) -> None:
        """Release the vault's database connections when this ingestor opened the vault."""
        if self._vault_engine is not None:
            self._vault_engine.dispose()
            self._vault_engine = None

    def __enter__(self) -> Ingestor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- shared, lazily built parts -----------------------------------------------------------------------------
    @property
    def text_scrubber(self) -> TextScrubber:
        with self._lock:
            if self._text is None:
                from gateway.scrub.text import TextScrubber

                self._text = TextScrubber(
                    self.policy.text, self.keys, facility_names=[i.name for i in self.policy.institutions]
                )
            return self._text

    def clean_text(self, text: str, known: KnownIdentifiers | None) -> str:
        """DICOM descriptions, comments and SR TEXT (dates become tags: no patient key here)."""
        return str(self.text_scrubber.scrub(text, known=known).text)

    def labels(self, text: str) -> dict[str, str]:
        with self._lock:
            if self._labeler is None:
                from trainer.labels import default_labeler

                self._labeler = default_labeler()
            lab = self._labeler
        return dict(lab.extract(text))

    def source_ref(self, data: bytes) -> str:
        """Opaque, keyed reference to an input (never its path or content): the same input gives the same ref."""
        return "S" + self.keys.pseudonym("source:" + hashlib.sha256(data).hexdigest())[1:]

    def link_key(self, accession: str | None) -> str | None:
        acc = (accession or "").strip()
        return self.keys.pseudonym(f"accession:{acc}") if acc else None

    def top_age(self) -> int:
        return self.policy.text.top_code_age or 90

    # -- runs -----------------------------------------------------------------------------------------------------
    def open_run(self, source: str) -> IngestRunHandle:
        """Open a run (its row and ``ingest.run.started`` event); the caller must ``close()`` it. Prefer
        :meth:`run` unless the run's end is an event (the SCP closes a run when its association ends)."""
        if source not in SOURCES:
            raise ValueError(f"unknown ingest source {source!r}")
        # the column holds 64 characters: the hex digest without its "sha256:" prefix
        row = IngestRun(source=source, actor=self.actor[:64], policy_hash=self.policy_hash.removeprefix("sha256:"))
        with session_scope(self.engine) as session:
            session.add(row)
            session.flush()
            append_event(
                session,
                action="ingest.run.started",
                actor=self.actor,
                object_type="ingest_run",
                object_id=row.id,
                details={"source": source, "study": self.study, "policy_hash": self.policy_hash},
            )
        return IngestRunHandle(self, row.id, source)

    @contextmanager
    def run(self, source: str) -> Iterator[IngestRunHandle]:
        handle = self.open_run(source)
        failed = False
        try:
            yield handle
        except BaseException:
            failed = True
            raise
        finally:
            handle.close(failed=failed)

    def exists(self, object_key: str) -> str | None:
        with Session(self.engine) as session:
            row = session.exec(
                select(ResearchObject.id).where(
                    ResearchObject.study_key == self.study, ResearchObject.object_key == object_key
                )
            ).first()
        return row


class IngestRunHandle:
    """One open run: counts, a private staging directory, and the writers every input goes through."""

    def __init__(self, ingestor: Ingestor, run_id: str, source: str) -> None:
        self.ingestor = ingestor
        self.run_id = run_id
        self.source = source
        self.counts = RunCounts()
        self.started = time.perf_counter()
        self.summary: IngestSummary | None = None
        self._lock = threading.Lock()
        self._linked: set[str] = set()
        self._known: dict[str, KnownIdentifiers | None] = {}
        self._registry: dict[str, str] = {}
        self._staging: Path | None = None
        self.on_result: Callable[[ObjectResult], None] | None = None

    def __repr__(self) -> str:
        return f"IngestRunHandle(run={self.run_id})"

    @property
    def staging(self) -> Path:
        """``staging_dir/<run id>`` (0700), removed when the run closes."""
        with self._lock:
            if self._staging is None:
                base = self.ingestor.settings.staging_dir
                base.mkdir(parents=True, exist_ok=True, mode=0o700)
                path = base / self.run_id
                path.mkdir(mode=0o700, exist_ok=True)
                self._staging = path
            return self._staging

    # -- inputs -----------------------------------------------------------------------------------------------------
    def dicom_bytes(self, data: bytes, *, received_at: datetime | None = None) -> ObjectResult:
        from gateway.ingest.dicom import ingest_dicom_bytes

        return self.record_result(ingest_dicom_bytes(self, data, _utc(received_at)))

    def dicom_file(self, path: Path, *, received_at: datetime | None = None) -> ObjectResult:
        try:
            data = path.read_bytes()
        except OSError as exc:
            result = self.quarantine(
                b"", Stage.PARSE, f"unreadable file ({type(exc).__name__})", ref=self._path_ref(path)
            )
            return self.record_result(result)
        return self.dicom_bytes(data, received_at=received_at)

    def record_line(self, line: str, *, lineno: int = 0, received_at: datetime | None = None) -> ObjectResult:
        from gateway.ingest.records import ingest_record_line

        return self.record_result(ingest_record_line(self, line, lineno, _utc(received_at)))

    def _path_ref(self, path: Path) -> str:
        return self.ingestor.source_ref(str(path).encode("utf-8", "surrogateescape"))

    def record_result(self, result: ObjectResult) -> ObjectResult:
        """Count an outcome (also one decided outside the run, e.g. a pull skipping an instance already stored)."""
        with self._lock:
            self.counts.add(result)
        if self.on_result is not None:
            self.on_result(result)
        return result

    # -- vault: linkage and known identifiers, once per patient per run ------------------------------------------
    def registry_id(self, patient_id: str) -> str:
        """The consent registry id (keyed, from the vault), cached for the run."""
        with self._lock:
            rid = self._registry.get(patient_id)
        if rid is None:
            rid = self.ingestor.vault.registry_id(patient_id)
            with self._lock:
                self._registry[patient_id] = rid
        return rid

    def admit(self, registry_id: str, item: Item, object_key: str, received_at: datetime) -> ObjectResult | None:
        """Opt-out (at ``received_at``) and eligibility, then idempotency, in one read-only session: an
        ``excluded`` or ``duplicate`` result, or None when the input should be de-identified and stored."""
        from gateway.services.consent import check_ingest_allowed

        ing = self.ingestor
        with Session(ing.engine) as session:
            try:
                check_ingest_allowed(session, ing.policy, registry_id, at=received_at, item=item)
            except OptedOut:
                return ObjectResult(Status.EXCLUDED, reason="opted_out", data_kind=item.data_kind)
            except NotEligible as exc:
                return ObjectResult(Status.EXCLUDED, reason=exc.code, data_kind=item.data_kind)
            existing = session.exec(
                select(ResearchObject.id).where(
                    ResearchObject.study_key == ing.study, ResearchObject.object_key == object_key
                )
            ).first()
        if existing is not None:
            return ObjectResult(Status.DUPLICATE, object_id=existing, data_kind=item.data_kind)
        return None

    def known_for(self, patient_id: str) -> KnownIdentifiers | None:
        ing = self.ingestor
        with self._lock:
            if patient_id in self._known:
                return self._known[patient_id]
        known = ing.vault.known_identifiers(ing.study, ing.keys.pseudonym(patient_id), actor=ing.actor)
        with self._lock:
            self._known[patient_id] = known
        return known

    def link(self, patient_id: str, known: KnownIdentifiers | None, *, scope: str = "") -> str:
        """Record the linkage (and new known identifiers) once per patient and scope (e.g. a study) per run."""
        ing = self.ingestor
        key = patient_id + "\0" + scope
        with self._lock:
            done = key in self._linked
        if done:
            return ing.keys.pseudonym(patient_id)
        pseudonym = ing.vault.record_linkage(ing.study, patient_id, known, actor=ing.actor)
        with self._lock:
            self._linked.add(key)
            previous = self._known.get(patient_id)
            if known is not None:
                self._known[patient_id] = previous.merged(known) if previous is not None else known
        return pseudonym

    # -- writers ----------------------------------------------------------------------------------------------------
    def store(self, row: ResearchObject, data: bytes) -> ObjectResult:
        """Write the blob, then the row and its audit event in one transaction. A lost race on the unique key is a
        duplicate; any other failure removes the blob again (nothing half-ingested) and re-raises."""
        ing = self.ingestor  # callers checked ing.exists() before scrubbing; a lost race is caught below
        row.study_key = ing.study
        row.ingest_run = self.run_id
        had_blob = ing.blobs.exists(row.path)
        row.sha256, row.size = ing.blobs.put(row.path, data)
        try:
            with session_scope(ing.engine) as session:
                session.add(row)
                session.flush()
                append_event(
                    session,
                    action="ingest.object.stored",
                    actor=ing.actor,
                    object_type="research_object",
                    object_id=row.id,
                    details={
                        "run": self.run_id,
                        "study": ing.study,
                        "subject": row.subject,
                        "data_kind": row.data_kind,
                        "object_key": row.object_key,
                        "sha256": row.sha256,
                        "verified": row.verified,
                    },
                )
        except IntegrityError:
            existing = ing.exists(row.object_key)
            if existing is None:
                if not had_blob:
                    ing.blobs.delete(row.path)
                raise
            return ObjectResult(Status.DUPLICATE, object_id=existing, subject=row.subject, data_kind=row.data_kind)
        except BaseException:
            if not had_blob:
                ing.blobs.delete(row.path)
            raise
        return ObjectResult(Status.STORED, object_id=row.id, subject=row.subject, data_kind=row.data_kind)

    def quarantine(
        self, data: bytes, stage: Stage, reason: str, *, ref: str | None = None, data_kind: str | None = None
    ) -> ObjectResult:
        """A QuarantineEntry and its event in one transaction. The identified input is not kept."""
        ing = self.ingestor
        entry = QuarantineEntry(
            ingest_run=self.run_id,
            source_ref=ref or ing.source_ref(data),
            stage=stage.value,
            reason=reason[:500],
            path=None,
        )
        with session_scope(ing.engine) as session:
            session.add(entry)
            session.flush()
            append_event(
                session,
                action="ingest.object.quarantined",
                actor=ing.actor,
                object_type="quarantine_entry",
                object_id=entry.id,
                details={
                    "run": self.run_id,
                    "stage": stage.value,
                    "reason": _ascii(entry.reason),
                    "source_ref": entry.source_ref,
                },
            )
        log.info(
            "ingest run %s: quarantined at %s: %s (ref %s)", self.run_id, stage.value, entry.reason, entry.source_ref
        )
        return ObjectResult(
            Status.QUARANTINED, reason=entry.reason, stage=stage, object_id=entry.id, data_kind=data_kind
        )

    def close(self, *, failed: bool = False) -> IngestSummary:
        if self.summary is not None:
            return self.summary
        ing = self.ingestor
        try:
            if self._staging is not None:
                shutil.rmtree(self._staging, ignore_errors=True)
        finally:
            counts = self.counts.as_dict()
            with session_scope(ing.engine) as session:
                row = session.get(IngestRun, self.run_id)
                if row is not None:
                    row.counts = counts
                    row.finished_at = datetime.now(UTC)
                    session.add(row)
                append_event(
                    session,
                    action="ingest.run.finished",
                    actor=ing.actor,
                    object_type="ingest_run",
                    object_id=self.run_id,
                    details={"source": self.source, "failed": failed, **_count_details(counts)},
                )
            self.summary = IngestSummary(
                run_id=self.run_id,
                source=self.source,
                study=ing.study,
                policy_hash=ing.policy_hash,
                counts=counts,
                seconds=time.perf_counter() - self.started,
                failed=failed,
            )
        return self.summary


def _ascii(text: str, limit: int = 200) -> str:
    return "".join(c if " " <= c <= "~" else "?" for c in text)[:limit]


def _count_details(counts: dict[str, int]) -> dict[str, int]:
    """Counts as flat audit details: ``n_stored``, ``n_excluded_opted_out``, ``n_quarantined_verify``..."""
    out: dict[str, int] = {}
    for key, value in counts.items():
        name = "n_" + "".join(c if c.isalnum() else "_" for c in key.lower())
        out[name[:64]] = value
    return dict(list(out.items())[:40])


def shifted(day: date | None, days: int) -> date | None:
    from datetime import timedelta

    return day + timedelta(days=days) if day is not None else None
