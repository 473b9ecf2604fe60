"""The C-STORE SCP (pynetdicom): modalities and PACSs send identified objects; each one is staged privately,
ingested (opt-out, eligibility, de-identification, verifier, store) and its staged copy deleted.

- Calling AE titles: an allow-list (``allowed_callers``); an SCP with an empty list refuses to start.
- Association limit: ``max_associations`` concurrent associations; more are rejected (local limit exceeded).
- TLS: an ``ssl.SSLContext`` from :func:`tls_context` (server certificate, optional client-certificate CA).
- One ingest run per association (``source = "scp"``), opened when it is accepted and closed when it is released,
  aborted or its connection drops; an object only reaches the store once it was received whole (an aborted
  transfer never calls the C-STORE handler) and the run's staging directory is removed when it closes.
- With ``run=`` all associations feed one given run (the PACS pull's C-MOVE destination).

Storage SOP classes (all of pynetdicom's) are accepted in every transfer syntax pynetdicom knows; an unsupported
SOP class is refused at association negotiation (its presentation context is rejected), so nothing is received.
"""

from __future__ import annotations

import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway.dicom_net.receive import handle_store

if TYPE_CHECKING:
    from gateway.ingest import Ingestor, IngestRunHandle, IngestSummary

log = logging.getLogger("sekisho.dicom_net")

STALE_STAGING_SECONDS = 3600


@dataclass(frozen=True)
class ScpConfig:
    ae_title: str = "SEKISHO"
    host: str = "127.0.0.1"
    port: int = 11112  # 0: any free port (see StoreScp.port)
    allowed_callers: frozenset[str] = frozenset()
    max_associations: int = 4
    ssl_context: ssl.SSLContext | None = None
    acse_timeout: float = 30.0
    dimse_timeout: float = 60.0
    network_timeout: float = 60.0


def tls_context(cert: Path, key: Path, client_ca: Path | None = None) -> ssl.SSLContext:
    """Server TLS (1.2+). With ``client_ca`` the peer must present a certificate signed by it."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    if client_ca is not None:
        ctx.load_verify_locations(str(client_ca))
        ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def purge_stale_staging(staging_dir: Path, older_than: float = STALE_STAGING_SECONDS) -> int:
    """Remove staging directories left by a crashed process (untouched for ``older_than`` seconds)."""
    import shutil

    if not staging_dir.is_dir():
        return 0
    cutoff = time.time() - older_than
    removed = 0
    for child in staging_dir.iterdir():
        try:
            if child.stat().st_mtime < cutoff:
                if child.is_dir():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
                removed += 1
        except FileNotFoundError:
            continue
    return removed


def storage_ae(ae_title: str) -> Any:
    """An AE that accepts every storage SOP class in every transfer syntax, plus Verification."""
    from pynetdicom import AE, ALL_TRANSFER_SYNTAXES, AllStoragePresentationContexts
    from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

    ae = AE(ae_title=ae_title)
    for cx in AllStoragePresentationContexts:
        assert cx.abstract_syntax is not None
        ae.add_supported_context(cx.abstract_syntax, ALL_TRANSFER_SYNTAXES)
    ae.add_supported_context(Verification)
    return ae


class StoreScp:
    """Start with :meth:`start`, stop with :meth:`stop`. Thread-safe; reusable only once."""

    def __init__(
        self,
        ingestor: Ingestor,
        config: ScpConfig,
        *,
        run: IngestRunHandle | None = None,
        on_association_done: Callable[[IngestSummary], None] | None = None,
    ) -> None:
        self.ingestor = ingestor
        self.config = config
        self.fixed_run = run
        self.on_association_done = on_association_done
        self._runs: dict[int, IngestRunHandle] = {}
        self._lock = threading.Lock()
        self._server: Any = None
        self._ae: Any = None
        self.summaries: list[IngestSummary] = []

    def __repr__(self) -> str:
        return f"StoreScp(ae={self.config.ae_title!r}, port={self.config.port})"

    @property
    def port(self) -> int:
        if self._server is None:
            return self.config.port
        return int(self._server.server_address[1])

    # -- events -----------------------------------------------------------------------------------------------------
    def _run_for(self, assoc: Any) -> IngestRunHandle:
        if self.fixed_run is not None:
            return self.fixed_run
        with self._lock:
            run = self._runs.get(id(assoc))
            if run is None:
                run = self.ingestor.open_run("scp")
                self._runs[id(assoc)] = run
            return run

    def _on_accepted(self, event: Any) -> None:
        if self.fixed_run is None:
            self._run_for(event.assoc)

    def _on_store(self, event: Any) -> int:
        return handle_store(event, self._run_for(event.assoc))

    def _on_end(self, event: Any, *, failed: bool) -> None:
        with self._lock:
            run = self._runs.pop(id(event.assoc), None)
        if run is None:
            return
        summary = run.close(failed=failed)
        self.summaries.append(summary)
        log.info(
            "association ended (%s): run %s %s",
            "aborted" if failed else "released",
            summary.run_id,
            {k: v for k, v in summary.counts.items() if v},
        )
        if self.on_association_done is not None:
            self.on_association_done(summary)

    def _on_released(self, event: Any) -> None:
        self._on_end(event, failed=False)

    def _on_aborted(self, event: Any) -> None:
        self._on_end(event, failed=True)

    def _on_conn_close(self, event: Any) -> None:
        self._on_end(event, failed=not event.assoc.is_released)

    # -- server -----------------------------------------------------------------------------------------------------
    def start(self, *, block: bool = False) -> None:
        from pynetdicom import evt

        cfg = self.config
        if not cfg.allowed_callers:
            # fail closed: pynetdicom treats an empty list as "anyone may call"
            raise ValueError("the calling-AE allow-list is empty: the SCP would accept any caller")
        purge_stale_staging(self.ingestor.settings.staging_dir)
        ae = storage_ae(cfg.ae_title)
        ae.maximum_associations = cfg.max_associations
        ae.require_calling_aet = sorted(cfg.allowed_callers)
        ae.acse_timeout = cfg.acse_timeout
        ae.dimse_timeout = cfg.dimse_timeout
        ae.network_timeout = cfg.network_timeout
        handlers = [
            (evt.EVT_ACCEPTED, self._on_accepted),
            (evt.EVT_C_STORE, self._on_store),
            (evt.EVT_RELEASED, self._on_released),
            (evt.EVT_ABORTED, self._on_aborted),
            (evt.EVT_CONN_CLOSE, self._on_conn_close),
        ]
        self._ae = ae
        log.info("C-STORE SCP %s listening on %s:%s (tls=%s)", cfg.ae_title, cfg.host, cfg.port, bool(cfg.ssl_context))
        if block:
            ae.start_server((cfg.host, cfg.port), block=True, evt_handlers=handlers, ssl_context=cfg.ssl_context)
            return
        self._server = ae.start_server(
            (cfg.host, cfg.port), block=False, evt_handlers=handlers, ssl_context=cfg.ssl_context
        )

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server = None
        elif self._ae is not None:
            self._ae.shutdown()
        with self._lock:
            left = list(self._runs.items())
            self._runs.clear()
        for _key, run in left:
            self.summaries.append(run.close(failed=True))
