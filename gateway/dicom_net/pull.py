"""Pull studies from a PACS into the research store: by Study Instance UID or by study date range, over DICOMweb
(QIDO-RS to find, WADO-RS per instance to retrieve, with httpx) or DIMSE (C-FIND, then C-GET on the same
association or C-MOVE to a temporary SCP of ours).

Resumable and idempotent: each study has a pull-state row (:mod:`gateway.dicom_net.pull_state`); ``done`` studies
are skipped, ``failed`` or interrupted ones are retried; instances already in the store are skipped before
download (DICOMweb) or recognised as duplicates on receipt (DIMSE), so a study pulled twice is stored once. Every
received instance is staged privately, ingested and its staged copy deleted (``gateway.dicom_net.receive``); an
instance is stored whole or not at all, so a PACS that dies mid-transfer leaves a ``failed`` study that the next
pull completes.

Nothing identifying is logged or stored: studies are named by keyed digests, the PACS by a digest of its address.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from gateway.dicom_net.pull_state import PullStateName, get_or_create, transition
from gateway.dicom_net.receive import CANNOT_UNDERSTAND, SUCCESS, handle_store, stage_bytes
from gateway.ingest.outcome import IngestSummary, ObjectResult, Status
from gateway.store.db import session_scope

if TYPE_CHECKING:
    from gateway.ingest import Ingestor, IngestRunHandle

log = logging.getLogger("sekisho.dicom_net")


class PullError(Exception):
    """The PACS could not be queried (unreachable, refused, bad answer). Messages carry no PHI."""

    def diagnostics(self) -> str:
        return str(self)


@dataclass(frozen=True)
class PullQuery:
    study_uids: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    modality: str | None = None

    def date_range(self) -> str | None:
        """DICOM range matching: ``YYYYMMDD-YYYYMMDD``, ``YYYYMMDD-`` or ``-YYYYMMDD``."""
        if self.date_from is None and self.date_to is None:
            return None
        a = self.date_from.strftime("%Y%m%d") if self.date_from else ""
        b = self.date_to.strftime("%Y%m%d") if self.date_to else ""
        return f"{a}-{b}"

    def __repr__(self) -> str:
        return f"PullQuery(<{len(self.study_uids)} study uids>, {self.date_range()!r}, {self.modality!r})"


@dataclass(frozen=True)
class RemoteStudy:
    uid: str = field(repr=False)  # identified: kept in memory only
    instances: int | None = None


@dataclass(frozen=True)
class Fetched:
    """What one study's transfer did: sub-operations the PACS reported as failed, and whether it finished."""

    complete: bool
    failed_subops: int = 0
    reason: str = ""


class Source(Protocol):
    key: str

    def find_studies(self, query: PullQuery) -> list[RemoteStudy]: ...

    def fetch_study(self, study: RemoteStudy, run: IngestRunHandle) -> Fetched: ...

    def close(self) -> None: ...


def _source_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _skip_stored(run: IngestRunHandle, sop_uid: str) -> bool:
    ing = run.ingestor
    return ing.exists(ing.keys.remap_uid(sop_uid)) is not None


# ---------------------------------------------------------------------------------------------------- DICOMweb


def _tag(obj: dict[str, Any], tag: str) -> Any:
    values = obj.get(tag, {}).get("Value") or [None]
    return values[0]


def iter_multipart(body: bytes, content_type: str) -> Iterator[bytes]:
    """The parts of a ``multipart/related`` body (RFC 2046): each part's content without its headers."""
    m = re.search(r'boundary="?([^";]+)"?', content_type, re.IGNORECASE)
    if m is None:
        raise PullError("WADO-RS answer is not multipart (no boundary)")
    delim = b"--" + m.group(1).encode("latin-1")
    for chunk in body.split(delim)[1:]:
        if chunk.startswith(b"--"):
            break
        _head, sep, content = chunk.partition(b"\r\n\r\n")
        if not sep:
            continue
        if content.endswith(b"\r\n"):
            content = content[:-2]
        yield content


class DicomwebSource:
    """QIDO-RS + WADO-RS over httpx. Instances are retrieved one by one (``.../instances/{sop}``), so a resumed
    pull downloads only what is not stored yet."""

    def __init__(self, base_url: str, *, timeout: float = 30.0, client: Any = None) -> None:
        import httpx

        self.base = base_url.rstrip("/")
        self.key = _source_key("dicomweb:" + self.base)
        self.client = client or httpx.Client(timeout=timeout)
        self.page = 100

    def __repr__(self) -> str:
        return f"DicomwebSource(key={self.key})"

    def _qido(self, path: str, params: dict[str, str]) -> list[dict[str, Any]]:
        import httpx

        try:
            resp = self.client.get(self.base + path, params=params, headers={"Accept": "application/dicom+json"})
        except httpx.HTTPError as exc:
            raise PullError(f"QIDO-RS request failed ({type(exc).__name__})") from None
        if resp.status_code == 204:
            return []
        if resp.status_code != 200:
            raise PullError(f"QIDO-RS answered HTTP {resp.status_code}")
        try:
            data = resp.json()
        except ValueError:
            raise PullError("QIDO-RS answer is not JSON") from None
        if not isinstance(data, list):
            raise PullError("QIDO-RS answer is not a JSON array")
        return [d for d in data if isinstance(d, dict)]

    def find_studies(self, query: PullQuery) -> list[RemoteStudy]:
        base = {"includefield": "00201208"}
        if query.modality:
            base["ModalitiesInStudy"] = query.modality
        found: dict[str, RemoteStudy] = {}
        searches: list[dict[str, str]] = []
        if query.study_uids:
            searches = [{**base, "StudyInstanceUID": uid} for uid in query.study_uids]
        else:
            rng = query.date_range()
            assert rng is not None
            searches = [{**base, "StudyDate": rng}]
        for params in searches:
            offset = 0
            while True:
                page = self._qido("/studies", {**params, "limit": str(self.page), "offset": str(offset)})
                for obj in page:
                    uid = _tag(obj, "0020000D")
                    n = _tag(obj, "00201208")
                    if isinstance(uid, str) and uid:
                        found[uid] = RemoteStudy(uid, int(n) if n is not None else None)
                if len(page) < self.page or "StudyInstanceUID" in params:
                    break
                offset += len(page)
        return list(found.values())

    def fetch_study(self, study: RemoteStudy, run: IngestRunHandle) -> Fetched:
        import httpx

        instances = self._qido(f"/studies/{study.uid}/instances", {"includefield": "0020000E"})
        for obj in instances:
            series, sop = _tag(obj, "0020000E"), _tag(obj, "00080018")
            if not (isinstance(series, str) and isinstance(sop, str)):
                raise PullError("QIDO-RS instance without series or SOP instance UID")
            if _skip_stored(run, sop):
                run.record_result(ObjectResult(Status.DUPLICATE, data_kind="images"))
                continue
            url = f"{self.base}/studies/{study.uid}/series/{series}/instances/{sop}"
            try:
                resp = self.client.get(url, headers={"Accept": 'multipart/related; type="application/dicom"'})
            except httpx.HTTPError as exc:
                return Fetched(False, reason=f"WADO-RS transfer failed ({type(exc).__name__})")
            if resp.status_code != 200:
                return Fetched(False, reason=f"WADO-RS answered HTTP {resp.status_code}")
            for part in iter_multipart(resp.content, resp.headers.get("content-type", "")):
                staged = stage_bytes(run, part)
                try:
                    with open(staged, "rb") as fh:
                        run.dicom_bytes(fh.read(), received_at=datetime.now(UTC))
                finally:
                    os.unlink(staged)
        return Fetched(True)

    def close(self) -> None:
        self.client.close()


# ---------------------------------------------------------------------------------------------------- DIMSE


class DimseSource:
    """C-FIND (Study Root) to find, then C-GET (default) or C-MOVE to a temporary SCP of ours to retrieve."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        called_ae: str,
        calling_ae: str = "SEKISHO",
        retrieve: str = "get",
        move_port: int = 11113,
        move_host: str = "0.0.0.0",  # noqa: S104 - the PACS connects back to us for C-MOVE
        timeout: float = 30.0,
    ) -> None:
        if retrieve not in ("get", "move"):
            raise ValueError("retrieve must be 'get' or 'move'")
        self.host, self.port = host, port
        self.called_ae, self.calling_ae = called_ae, calling_ae
        self.retrieve = retrieve
        self.move_port, self.move_host = move_port, move_host
        self.timeout = timeout
        self.key = _source_key(f"dimse:{host}:{port}:{called_ae}")

    def __repr__(self) -> str:
        return f"DimseSource(key={self.key}, retrieve={self.retrieve})"

    def _ae(self) -> Any:
        from pynetdicom import AE

        ae = AE(ae_title=self.calling_ae)
        ae.acse_timeout = self.timeout
        ae.dimse_timeout = self.timeout
        ae.network_timeout = self.timeout
        return ae

    def _associate(self, ae: Any, **kwargs: Any) -> Any:
        import socket

        # probe first: pynetdicom leaks its socket when the connection is refused
        try:
            socket.create_connection((self.host, self.port), timeout=self.timeout).close()
        except OSError:
            raise PullError("association with the PACS was not established (unreachable)") from None
        assoc = ae.associate(self.host, self.port, ae_title=self.called_ae, **kwargs)
        if not assoc.is_established:
            sock = getattr(getattr(assoc, "dul", None), "socket", None)
            if sock is not None:
                sock.close()  # pynetdicom may leave a failed association's socket open
            raise PullError("association with the PACS was not established (refused, rejected or unreachable)")
        # pynetdicom's AssociationSocket.close() skips close() when shutdown() raises (a peer that vanished
        # mid-transfer) and then drops its reference: keep our own to close the OS socket in every case.
        assoc._sekisho_raw_socket = getattr(getattr(getattr(assoc, "dul", None), "socket", None), "socket", None)
        return assoc

    @staticmethod
    def _end(assoc: Any) -> None:
        """Release an established association; in every case close its OS socket (idempotent)."""
        try:
            if assoc.is_established:
                assoc.release()
        finally:
            raw = getattr(assoc, "_sekisho_raw_socket", None)
            if raw is not None:
                raw.close()

    def find_studies(self, query: PullQuery) -> list[RemoteStudy]:
        from pydicom.dataset import Dataset
        from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelFind  # type: ignore[attr-defined]

        ae = self._ae()
        ae.add_requested_context(StudyRootQueryRetrieveInformationModelFind)
        identifiers = []
        for uid in query.study_uids or (None,):
            ds = Dataset()
            ds.QueryRetrieveLevel = "STUDY"
            ds.StudyInstanceUID = uid or ""
            ds.StudyDate = query.date_range() or ""
            ds.ModalitiesInStudy = query.modality or ""
            ds.NumberOfStudyRelatedInstances = ""
            identifiers.append(ds)
        found: dict[str, RemoteStudy] = {}
        assoc = self._associate(ae)
        try:
            for ds in identifiers:
                for status, ident in assoc.send_c_find(ds, StudyRootQueryRetrieveInformationModelFind):
                    if status is None or not hasattr(status, "Status"):
                        raise PullError("C-FIND: no answer from the PACS (timeout or aborted association)")
                    code = int(status.Status)
                    if code in (0xFF00, 0xFF01) and ident is not None:
                        uid = str(ident.get("StudyInstanceUID", "") or "")
                        n = ident.get("NumberOfStudyRelatedInstances", None)
                        if uid:
                            found[uid] = RemoteStudy(uid, int(n) if n not in (None, "") else None)
                    elif code != 0x0000:
                        raise PullError(f"C-FIND failed with status 0x{code:04X}")
        finally:
            self._end(assoc)
        return list(found.values())

    def fetch_study(self, study: RemoteStudy, run: IngestRunHandle) -> Fetched:
        return self._get(study, run) if self.retrieve == "get" else self._move(study, run)

    def close(self) -> None:
        """Nothing to release: every association is opened and closed per operation."""

    def _identifier(self, study: RemoteStudy) -> Any:
        from pydicom.dataset import Dataset

        ds = Dataset()
        ds.QueryRetrieveLevel = "STUDY"
        ds.StudyInstanceUID = study.uid
        return ds

    @staticmethod
    def _final(responses: Any) -> Fetched:
        last: int | None = None
        failed = 0
        for status, _ident in responses:
            if status is None or not hasattr(status, "Status"):
                return Fetched(False, reason="retrieve: no answer from the PACS (timeout or aborted association)")
            last = int(status.Status)
            failed = int(status.get("NumberOfFailedSuboperations", 0) or 0)
        if last is None:
            return Fetched(False, reason="retrieve: no final status")
        if last == 0x0000:
            return Fetched(True)
        if last == 0xB000:
            return Fetched(True, failed_subops=failed, reason="retrieve finished with failed sub-operations")
        return Fetched(False, failed_subops=failed, reason=f"retrieve failed with status 0x{last:04X}")

    def _get(self, study: RemoteStudy, run: IngestRunHandle) -> Fetched:
        from pynetdicom import ALL_TRANSFER_SYNTAXES, StoragePresentationContexts, build_role, evt
        from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelGet  # type: ignore[attr-defined]

        ae = self._ae()
        ae.add_requested_context(StudyRootQueryRetrieveInformationModelGet)
        roles = []
        for cx in StoragePresentationContexts[:127]:
            assert cx.abstract_syntax is not None
            ae.add_requested_context(cx.abstract_syntax, ALL_TRANSFER_SYNTAXES[:8])
            roles.append(build_role(cx.abstract_syntax, scp_role=True))

        def on_store(event: Any) -> int:
            return handle_store(event, run)

        assoc = self._associate(ae, ext_neg=roles, evt_handlers=[(evt.EVT_C_STORE, on_store)])
        try:
            result = self._final(assoc.send_c_get(self._identifier(study), StudyRootQueryRetrieveInformationModelGet))
        finally:
            self._end(assoc)
        return result

    def _move(self, study: RemoteStudy, run: IngestRunHandle) -> Fetched:
        from pynetdicom.sop_class import StudyRootQueryRetrieveInformationModelMove  # type: ignore[attr-defined]

        from gateway.dicom_net.scp import ScpConfig, StoreScp

        scp = StoreScp(
            run.ingestor,
            ScpConfig(
                ae_title=self.calling_ae,
                host=self.move_host,
                port=self.move_port,
                allowed_callers=frozenset({self.called_ae}),
                max_associations=2,
            ),
            run=run,
        )
        scp.start()
        try:
            ae = self._ae()
            ae.add_requested_context(StudyRootQueryRetrieveInformationModelMove)
            assoc = self._associate(ae)
            try:
                result = self._final(
                    assoc.send_c_move(
                        self._identifier(study), self.calling_ae, StudyRootQueryRetrieveInformationModelMove
                    )
                )
            finally:
                self._end(assoc)
        finally:
            scp.stop()
        return result


# ---------------------------------------------------------------------------------------------------- pull


@dataclass(frozen=True)
class PullResult:
    summary: IngestSummary
    studies_found: int
    studies_done: int
    studies_skipped: int
    failed_studies: int

    def to_json(self) -> dict[str, Any]:
        out = self.summary.to_json()
        out["studies"] = {
            "found": self.studies_found,
            "done": self.studies_done,
            "skipped_already_done": self.studies_skipped,
            "failed": self.failed_studies,
        }
        return out


def _delta(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0)}


def pull(
    ingestor: Ingestor,
    source: Source,
    query: PullQuery,
    *,
    on_result: Callable[[ObjectResult], None] | None = None,
) -> PullResult:
    """Find the query's studies on the PACS and ingest each one not already ``done``; one ingest run for the pull.
    Raises :class:`PullError` when the PACS cannot be queried at all; a study whose transfer fails is marked
    ``failed`` (retried by the next pull) and the pull goes on with the next study."""
    ing = ingestor
    done = skipped = failed = 0
    with ing.run("pacs") as run:
        run.on_result = on_result
        studies = source.find_studies(query)
        for study in studies:
            ref = ing.keys.pseudonym("study:" + study.uid)
            with session_scope(ing.engine) as session:
                row = get_or_create(session, source.key, ing.study, ref)
                if row.state == PullStateName.DONE.value:
                    skipped += 1
                    continue
                transition(
                    session,
                    row,
                    PullStateName.IN_PROGRESS,
                    actor=ing.actor,
                    run_id=run.run_id,
                    expected=study.instances,
                )
                row_id = row.id
            before = dict(run.counts.counter)
            try:
                fetched = source.fetch_study(study, run)
            except PullError as exc:
                fetched = Fetched(False, reason=str(exc))
            except (OSError, RuntimeError) as exc:
                fetched = Fetched(False, reason=f"transfer failed ({type(exc).__name__})")
            delta = _delta(dict(run.counts.counter), before)
            quarantined = delta.get("quarantined", 0)
            ok = fetched.complete and fetched.failed_subops <= quarantined
            if fetched.complete and not ok:
                fetched = Fetched(False, fetched.failed_subops, "sub-operations failed without a quarantine entry")
            with session_scope(ing.engine) as session:
                from gateway.dicom_net.pull_state import PullState

                row2 = session.get(PullState, row_id)
                assert row2 is not None
                transition(
                    session,
                    row2,
                    PullStateName.DONE if ok else PullStateName.FAILED,
                    actor=ing.actor,
                    run_id=run.run_id,
                    reason=None if ok else fetched.reason,
                    counts=delta,
                )
            if ok:
                done += 1
            else:
                failed += 1
                log.warning("pull run %s: study %s failed: %s", run.run_id, ref, fetched.reason)
    assert run.summary is not None
    return PullResult(run.summary, len(studies), done, skipped, failed)


__all__ = [
    "CANNOT_UNDERSTAND",
    "SUCCESS",
    "DicomwebSource",
    "DimseSource",
    "Fetched",
    "PullError",
    "PullQuery",
    "PullResult",
    "RemoteStudy",
    "pull",
]
