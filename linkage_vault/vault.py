"""The linkage vault of one project: keys, keyed derivations, the encrypted linkage, custody and destruction.

Key hierarchy
-------------
- **KEK** (key-encryption key, 32 bytes) lives only in the ``KeyProvider`` under ``sekisho/vault/<id>/kek/<gen>``;
  the database keeps its key-check value, so opening with a wrong key is ``WrongKeyError``, never a silent new
  pseudonym space.
- **Data keys** (random, wrapped by the KEK with AES-GCM, each with its own key-check value):
  ``derivation`` (root of every study's pseudonym / date-shift / UID keys), ``registry`` (study-independent
  opt-out registry ids), ``known`` (encrypts the patient's known identifiers, needed routinely by text sweeps).
- **Linkage** (pseudonym -> patient ID) is *sealed* to an X25519 public key: the gateway records mappings with
  the public key alone, and nothing it holds day to day can open them. The private key is stored wrapped twice,
  ``KEK-wrap(custody-wrap(private))``: the inner layer needs the **custody key**, which exists only as Shamir
  k-of-n shares held by custodians (never stored); the outer layer needs the KEK. Re-identification therefore
  needs two distinct people, ``k`` shares and the live KEK; rotation re-wraps the outer layer without the
  custodians; destroying the KEK makes the shares and every backup of the database useless.

Every operation that changes state or reveals something is audited through ``audit.append_event`` in the same
transaction (opaque ids and pseudonyms only; a reason is recorded as its SHA-256). Failed re-identification
attempts are audited too.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
import sqlalchemy.exc as sa_exc
from sqlalchemy.engine import Connection, Engine

from audit import append_event
from linkage_vault import _crypto, shamir
from linkage_vault.derivation import check_label, recipient_label, registry_id, study_keyed
from linkage_vault.errors import (
    AuthorizationError,
    IntegrityError,
    InvalidShareError,
    KeyNotFoundError,
    UnknownPseudonymError,
    VaultDestroyedError,
    VaultError,
    VaultExistsError,
    VaultNotFoundError,
    WrongKeyError,
)
from linkage_vault.keyed import KeyedFunctions
from linkage_vault.providers import KeyProvider
from linkage_vault.tables import vault_data_keys, vault_linkage, vault_meta
from policies.identifiers import KnownIdentifiers

DATA_KEY_PURPOSES = ("derivation", "registry", "known")
ACTIVE, DESTROYING, DESTROYED = "active", "destroying", "destroyed"
MIN_REASON_CHARS = 8
OBJECT_TYPE = "vault"


def kek_name(vault_id: str, generation: int) -> str:
    return f"sekisho/vault/{vault_id}/kek/{generation}"


def _now() -> datetime:
    return datetime.now(UTC)


def _aad(*parts: str | int) -> bytes:
    return b"\x00".join(str(p).encode("utf-8") for p in ("sekisho-vault-v1", *parts))


def _reason_digest(reason: str) -> str:
    return hashlib.sha256(reason.encode("utf-8")).hexdigest()


def _audit(
    conn: Connection, action: str, actor: str, object_id: str, details: Mapping[str, str | int | bool | None]
) -> None:
    append_event(conn, action=action, actor=actor, object_type=OBJECT_TYPE, object_id=object_id, details=details)


@dataclass(frozen=True)
class VaultStatus:
    """Safe summary (no key material, no identifiers)."""

    project: str
    vault_id: str
    state: str
    kek_generation: int
    custody_threshold: int | None
    custody_shares: int | None
    custody_set_id: str | None
    studies: int
    linkages: int
    created_at: datetime
    rotated_at: datetime | None
    destroyed_at: datetime | None


@dataclass(frozen=True)
class StaffLookup:
    """For counter (staff) opt-out entry: the registry id to record, and whether the vault knows the patient."""

    registry_id: str
    known: bool


@dataclass(frozen=True)
class Reidentified:
    """The result of an approved re-identification. Its repr never shows the values."""

    study: str
    pseudonym: str
    patient_id: str = field(repr=False)
    known: KnownIdentifiers | None = field(default=None, repr=False)


class Vault:
    """One project's vault. Construct with :meth:`init` or :meth:`open`; the engine's database must be migrated
    (``gateway.store.migrate.upgrade``: Alembic branch ``vault`` plus ``audit``)."""

    def __init__(
        self, engine: Engine, provider: KeyProvider, *, project: str, vault_id: str, kek: bytes, generation: int
    ) -> None:
        self._engine = engine
        self._provider = provider
        self._project = project
        self._vault_id = vault_id
        self._kek: bytes | None = kek
        self._generation = generation
        self._data_keys: dict[str, bytes] = {}
        self._keyed_cache: dict[tuple[str, int, int], KeyedFunctions] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Vault(project={self._project!r}, vault_id={self._vault_id!r})"

    @property
    def project(self) -> str:
        return self._project

    @property
    def vault_id(self) -> str:
        return self._vault_id

    # ------------------------------------------------------------------------------------------------ lifecycle
    @classmethod
    def init(
        cls,
        engine: Engine,
        provider: KeyProvider,
        project: str,
        *,
        threshold: int = 2,
        shares: int = 3,
        actor: str = "system",
    ) -> tuple[Vault, list[str]]:
        """Create the vault: KEK in the provider, wrapped data keys, linkage key pair, custody key split into
        ``shares`` shares with threshold ``threshold``. Returns the vault and the encoded shares, which are shown
        once and never stored: hand one to each custodian."""
        check_label(project, "project")
        if not 2 <= threshold <= shares <= 255:
            raise ValueError("need 2 <= threshold <= shares <= 255")
        with engine.connect() as conn:
            row = conn.execute(sa.select(vault_meta.c.state).where(vault_meta.c.project == project)).first()
        if row is not None:
            if row.state != ACTIVE:
                raise VaultDestroyedError()
            raise VaultExistsError(project=project)

        vault_id = secrets.token_hex(16)
        generation = 1
        kek = _crypto.random_key()
        provider.set_key(kek_name(vault_id, generation), kek)
        try:
            data_rows = []
            for purpose in DATA_KEY_PURPOSES:
                dk = _crypto.random_key()
                data_rows.append(
                    {
                        "vault_id": vault_id,
                        "purpose": purpose,
                        "wrapped": _crypto.wrap_key(kek, dk, _aad(vault_id, "data-key", purpose)),
                        "kcv": _crypto.key_check_value(dk),
                        "kek_generation": generation,
                    }
                )
            private, public = _crypto.new_keypair()
            custody_key = _crypto.random_key()
            set_id = shamir.new_set_id()
            custody_blob = _custody_wrap(kek, custody_key, private, vault_id, set_id)
            share_list = shamir.split(custody_key, threshold, shares, set_id=set_id)
            now = _now()
            with engine.begin() as conn:
                conn.execute(
                    vault_meta.insert().values(
                        project=project,
                        vault_id=vault_id,
                        state=ACTIVE,
                        kek_generation=generation,
                        kek_kcv=_crypto.key_check_value(kek),
                        linkage_public_key=public,
                        custody_blob=custody_blob,
                        custody_set_id=set_id,
                        custody_threshold=threshold,
                        custody_shares=shares,
                        custody_kcv=_crypto.key_check_value(custody_key),
                        created_at=now,
                    )
                )
                conn.execute(vault_data_keys.insert(), data_rows)
                _audit(
                    conn,
                    "vault.initialized",
                    actor,
                    vault_id,
                    {
                        "project": project,
                        "provider": provider.kind,
                        "threshold": threshold,
                        "shares": shares,
                        "share_set": set_id,
                    },
                )
        except sa_exc.IntegrityError:
            provider.delete_key(kek_name(vault_id, generation))
            raise VaultExistsError(project=project) from None
        except BaseException:
            provider.delete_key(kek_name(vault_id, generation))
            raise
        vault = cls(engine, provider, project=project, vault_id=vault_id, kek=kek, generation=generation)
        vault._load_data_keys()
        return vault, [s.encode() for s in share_list]

    @classmethod
    def open(cls, engine: Engine, provider: KeyProvider, project: str) -> Vault:
        """Open an existing vault: fetch the KEK, verify it against the stored key-check value, unwrap and verify
        every data key. A missing key is ``KeyNotFoundError``; a wrong one ``WrongKeyError``."""
        with engine.connect() as conn:
            meta = _meta_row(conn, project)
        if meta.state != ACTIVE:
            raise VaultDestroyedError(vault_id=meta.vault_id)
        kek = provider.get_key(kek_name(meta.vault_id, meta.kek_generation))
        _crypto.verify_key(kek, meta.kek_kcv, what="key-encryption key")
        vault = cls(engine, provider, project=project, vault_id=meta.vault_id, kek=kek, generation=meta.kek_generation)
        vault._load_data_keys()
        return vault

    @staticmethod
    def status_of(engine: Engine, project: str) -> VaultStatus:
        """The vault's state without opening it (no key needed)."""
        with engine.connect() as conn:
            meta = _meta_row(conn, project)
            studies = conn.execute(
                sa.select(sa.func.count(sa.distinct(vault_linkage.c.study))).where(
                    vault_linkage.c.vault_id == meta.vault_id
                )
            ).scalar_one()
            linkages = conn.execute(
                sa.select(sa.func.count()).select_from(vault_linkage).where(vault_linkage.c.vault_id == meta.vault_id)
            ).scalar_one()
        return VaultStatus(
            project=project,
            vault_id=meta.vault_id,
            state=meta.state,
            kek_generation=meta.kek_generation,
            custody_threshold=meta.custody_threshold,
            custody_shares=meta.custody_shares,
            custody_set_id=meta.custody_set_id,
            studies=int(studies),
            linkages=int(linkages),
            created_at=meta.created_at,
            rotated_at=meta.rotated_at,
            destroyed_at=meta.destroyed_at,
        )

    def status(self) -> VaultStatus:
        return self.status_of(self._engine, self._project)

    # ------------------------------------------------------------------------------------------------ keys
    def _load_data_keys(self) -> None:
        kek = self._require_kek()
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(vault_data_keys).where(vault_data_keys.c.vault_id == self._vault_id)).all()
        keys: dict[str, bytes] = {}
        for row in rows:
            try:
                dk = _crypto.unwrap_key(kek, row.wrapped, _aad(self._vault_id, "data-key", row.purpose))
            except IntegrityError:
                raise WrongKeyError("a data key cannot be unwrapped with the key-encryption key") from None
            _crypto.verify_key(dk, row.kcv, what="data key")
            keys[row.purpose] = dk
        missing = set(DATA_KEY_PURPOSES) - set(keys)
        if missing:
            raise IntegrityError("the vault's data keys are incomplete")
        self._data_keys = keys

    def _require_kek(self) -> bytes:
        if self._kek is None:
            raise VaultDestroyedError(vault_id=self._vault_id)
        return self._kek

    def _active_meta(self, conn: Connection, *, for_update: bool = False) -> Any:
        stmt = sa.select(vault_meta).where(vault_meta.c.project == self._project)
        if for_update:
            stmt = stmt.with_for_update()
        meta = conn.execute(stmt).first()
        if meta is None or meta.vault_id != self._vault_id:
            self._forget()
            raise VaultNotFoundError()
        if meta.state != ACTIVE:
            self._forget()
            raise VaultDestroyedError(vault_id=self._vault_id)
        if meta.kek_generation != self._generation:
            # rotated by another process: fetch and verify the current KEK
            kek = self._provider.get_key(kek_name(self._vault_id, meta.kek_generation))
            _crypto.verify_key(kek, meta.kek_kcv, what="key-encryption key")
            self._kek, self._generation = kek, meta.kek_generation
        return meta

    def _forget(self) -> None:
        with self._lock:
            self._kek = None
            self._data_keys = {}
            self._keyed_cache.clear()

    def _data_key(self, purpose: str) -> bytes:
        key = self._data_keys.get(purpose)
        if key is None:
            raise VaultDestroyedError(vault_id=self._vault_id)
        return key

    def _check_active(self) -> None:
        with self._engine.connect() as conn:
            self._active_meta(conn)

    # ------------------------------------------------------------------------------------------------ derivations
    def keyed(self, study: str, *, min_shift_days: int = 1, max_shift_days: int = 365) -> KeyedFunctions:
        """The study's research keyed functions (pseudonyms, date shifts, UIDs). Fails with
        ``VaultDestroyedError`` once the vault is destroyed."""
        check_label(study, "study")
        self._check_active()
        cache_key = (study, min_shift_days, max_shift_days)
        with self._lock:
            kf = self._keyed_cache.get(cache_key)
            if kf is None:
                kf = study_keyed(
                    self._data_key("derivation"), study, min_shift_days=min_shift_days, max_shift_days=max_shift_days
                )
                self._keyed_cache[cache_key] = kf
        return kf

    def recipient_keyed(
        self, study: str, recipient: str, *, min_shift_days: int = 1, max_shift_days: int = 365
    ) -> KeyedFunctions:
        """A recipient's own pseudonym space, derived from the study's research space: apply it to research
        pseudonyms and research UIDs at release time. Releases to two recipients cannot be joined."""
        base = self.keyed(study, min_shift_days=min_shift_days, max_shift_days=max_shift_days)
        return base.derive(recipient_label(recipient))

    def registry_id(self, patient_id: str) -> str:
        """Study-independent keyed id for the opt-out registry (never the raw ID)."""
        self._check_active()
        return registry_id(self._data_key("registry"), patient_id)

    # ------------------------------------------------------------------------------------------------ linkage
    def record_linkage(
        self, study: str, patient_id: str, known: KnownIdentifiers | None = None, *, actor: str = "system"
    ) -> str:
        """Record pseudonym -> patient ID (sealed) and the patient's known identifiers (encrypted, merged with
        what was recorded before). Returns the research pseudonym."""
        for attempt in range(2):
            try:
                return self._record_linkage_once(study, patient_id, known, actor)
            except sa_exc.IntegrityError:
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def _record_linkage_once(self, study: str, patient_id: str, known: KnownIdentifiers | None, actor: str) -> str:
        kf = self.keyed(study)
        pid = patient_id.strip()
        pseudonym = kf.pseudonym(pid)
        rid = registry_id(self._data_key("registry"), pid)
        now = _now()
        with self._engine.begin() as conn:
            meta = self._active_meta(conn)
            row = conn.execute(
                sa.select(vault_linkage.c.enc_known).where(
                    vault_linkage.c.vault_id == self._vault_id,
                    vault_linkage.c.study == study,
                    vault_linkage.c.pseudonym == pseudonym,
                )
            ).first()
            known_aad = _aad(self._vault_id, "known", study, pseudonym)
            merged = known
            if row is not None and row.enc_known is not None and known is not None:
                previous = self._decrypt_known(row.enc_known, known_aad)
                merged = previous.merged(known)
            enc_known = (
                _crypto.aead_encrypt(self._data_key("known"), merged.model_dump_json().encode(), known_aad)
                if merged is not None and not merged.is_empty()
                else None
            )
            if row is None:
                conn.execute(
                    vault_linkage.insert().values(
                        vault_id=self._vault_id,
                        study=study,
                        pseudonym=pseudonym,
                        registry_id=rid,
                        enc_patient_id=_crypto.seal(
                            meta.linkage_public_key, pid.encode("utf-8"), _aad(self._vault_id, "pid", study, pseudonym)
                        ),
                        enc_known=enc_known,
                        created_at=now,
                        updated_at=now,
                    )
                )
            elif enc_known is not None:
                conn.execute(
                    vault_linkage.update()
                    .where(
                        vault_linkage.c.vault_id == self._vault_id,
                        vault_linkage.c.study == study,
                        vault_linkage.c.pseudonym == pseudonym,
                    )
                    .values(enc_known=enc_known, updated_at=now)
                )
            _audit(
                conn,
                "vault.linkage.recorded",
                actor,
                self._vault_id,
                {"study": study, "pseudonym": pseudonym, "new": row is None, "known": enc_known is not None},
            )
        return pseudonym

    def _decrypt_known(self, blob: bytes, aad: bytes) -> KnownIdentifiers:
        raw = _crypto.aead_decrypt(self._data_key("known"), blob, aad)
        return KnownIdentifiers.model_validate_json(raw)

    def known_identifiers(self, study: str, pseudonym: str, *, actor: str = "system") -> KnownIdentifiers | None:
        """The patient's known identifiers, for sweeping later texts; None when none were recorded."""
        check_label(study, "study")
        _check_pseudonym(pseudonym)
        with self._engine.begin() as conn:
            self._active_meta(conn)
            row = conn.execute(
                sa.select(vault_linkage.c.enc_known).where(
                    vault_linkage.c.vault_id == self._vault_id,
                    vault_linkage.c.study == study,
                    vault_linkage.c.pseudonym == pseudonym,
                )
            ).first()
            found = row is not None and row.enc_known is not None
            _audit(
                conn,
                "vault.known.read",
                actor,
                self._vault_id,
                {"study": study, "pseudonym": pseudonym if row is not None else None, "found": found},
            )
        if row is None or row.enc_known is None:
            return None
        return self._decrypt_known(row.enc_known, _aad(self._vault_id, "known", study, pseudonym))

    def lookup_for_staff(self, patient_id: str, *, actor: str = "system") -> StaffLookup:
        """Counter opt-out entry: the registry id for the patient and whether the vault has seen them."""
        rid = registry_id(self._data_key("registry"), patient_id)
        with self._engine.begin() as conn:
            self._active_meta(conn)
            known = (
                conn.execute(
                    sa.select(sa.func.count())
                    .select_from(vault_linkage)
                    .where(vault_linkage.c.vault_id == self._vault_id, vault_linkage.c.registry_id == rid)
                ).scalar_one()
                > 0
            )
            _audit(conn, "vault.staff.lookup", actor, self._vault_id, {"registry_id": rid, "known": known})
        return StaffLookup(registry_id=rid, known=known)

    # ------------------------------------------------------------------------------------------------ custody
    def _custody_private_key(self, meta: Any, shares: Sequence[str]) -> tuple[bytes, bytes]:
        """(custody key, linkage private key) from ``k`` shares, verified against the stored check values."""
        decoded = [shamir.Share.decode(s) for s in shares]
        custody_key = shamir.combine(decoded, threshold=meta.custody_threshold, set_id=meta.custody_set_id)
        try:
            _crypto.verify_key(custody_key, meta.custody_kcv, what="reconstructed custody key")
        except WrongKeyError:
            raise InvalidShareError("the shares do not reconstruct the custody key (key check failed)") from None
        private = _custody_unwrap(
            self._require_kek(), custody_key, meta.custody_blob, self._vault_id, meta.custody_set_id
        )
        if not hmac.compare_digest(_crypto.public_from_private(private), meta.linkage_public_key):
            raise IntegrityError("the custody key pair does not match the vault's linkage key")
        return custody_key, private

    @staticmethod
    def _check_two_person(reason: str, requested_by: str, approved_by: str) -> None:
        if not requested_by or not approved_by:
            raise AuthorizationError("a request needs a requester and an approver")
        if requested_by == approved_by:
            raise AuthorizationError("the requester and the approver must be two distinct custodians")
        if len(reason.strip()) < MIN_REASON_CHARS:
            raise AuthorizationError(f"a reason of at least {MIN_REASON_CHARS} characters is required")

    def reidentify(
        self,
        study: str,
        pseudonym: str,
        reason: str,
        *,
        shares: Sequence[str],
        requested_by: str,
        approved_by: str,
    ) -> Reidentified:
        """Reveal the patient ID behind a research pseudonym (e.g. an incidental finding that must reach the
        patient). Needs two distinct custodians, a reason and ``k`` valid shares; every attempt is audited, and a
        refused attempt raises after its audit event is committed."""
        check_label(study, "study")
        _check_pseudonym(pseudonym)
        details: dict[str, str | int | bool | None] = {
            "study": study,
            "pseudonym": pseudonym,
            "approved_by": approved_by,
            "reason_sha256": _reason_digest(reason),
            "shares_given": len(shares),
        }
        failure: VaultError | None = None
        result: Reidentified | None = None
        with self._engine.begin() as conn:
            meta = self._active_meta(conn)
            try:
                self._check_two_person(reason, requested_by, approved_by)
                _custody_key, private = self._custody_private_key(meta, shares)
                row = conn.execute(
                    sa.select(vault_linkage).where(
                        vault_linkage.c.vault_id == self._vault_id,
                        vault_linkage.c.study == study,
                        vault_linkage.c.pseudonym == pseudonym,
                    )
                ).first()
                if row is None:
                    raise UnknownPseudonymError()
                pid = _crypto.unseal(private, row.enc_patient_id, _aad(self._vault_id, "pid", study, pseudonym))
                known = (
                    self._decrypt_known(row.enc_known, _aad(self._vault_id, "known", study, pseudonym))
                    if row.enc_known is not None
                    else None
                )
                result = Reidentified(study=study, pseudonym=pseudonym, patient_id=pid.decode("utf-8"), known=known)
                _audit(conn, "vault.reidentify.completed", _actor(requested_by), self._vault_id, details)
            except VaultError as exc:
                failure = exc
                _audit(
                    conn,
                    "vault.reidentify.denied",
                    _actor(requested_by),
                    self._vault_id,
                    {**details, "error": exc.code},
                )
        if failure is not None:
            raise failure
        assert result is not None
        return result

    def split(
        self,
        shares: Sequence[str],
        *,
        threshold: int,
        n: int,
        requested_by: str,
        approved_by: str,
        reason: str = "custodian change",
    ) -> list[str]:
        """Re-split custody (custodian change, new k or n): ``k`` current shares reconstruct the custody key, a new
        custody key re-wraps the linkage private key, and the old share set stops working."""
        if not 2 <= threshold <= n <= 255:
            raise ValueError("need 2 <= threshold <= n <= 255")
        failure: VaultError | None = None
        new_shares: list[shamir.Share] = []
        with self._engine.begin() as conn:
            meta = self._active_meta(conn, for_update=True)
            details: dict[str, str | int | bool | None] = {
                "approved_by": approved_by,
                "old_share_set": meta.custody_set_id,
                "reason_sha256": _reason_digest(reason),
            }
            try:
                self._check_two_person(reason, requested_by, approved_by)
                _old, private = self._custody_private_key(meta, shares)
                new_key = _crypto.random_key()
                set_id = shamir.new_set_id()
                blob = _custody_wrap(self._require_kek(), new_key, private, self._vault_id, set_id)
                new_shares = shamir.split(new_key, threshold, n, set_id=set_id)
                conn.execute(
                    vault_meta.update()
                    .where(vault_meta.c.vault_id == self._vault_id)
                    .values(
                        custody_blob=blob,
                        custody_set_id=set_id,
                        custody_threshold=threshold,
                        custody_shares=n,
                        custody_kcv=_crypto.key_check_value(new_key),
                    )
                )
                _audit(
                    conn,
                    "vault.custody.split",
                    _actor(requested_by),
                    self._vault_id,
                    {**details, "share_set": set_id, "threshold": threshold, "shares": n},
                )
            except VaultError as exc:
                failure = exc
                _audit(
                    conn,
                    "vault.custody.split_denied",
                    _actor(requested_by),
                    self._vault_id,
                    {**details, "error": exc.code},
                )
        if failure is not None:
            raise failure
        return [s.encode() for s in new_shares]

    # ------------------------------------------------------------------------------------------------ rotation
    def rotate(self, *, actor: str = "system") -> int:
        """New KEK: re-wrap every data key and the outer custody layer in one transaction, then delete the old KEK
        from the provider. Shares stay valid; no data is re-encrypted or lost. Returns the new generation."""
        with self._engine.begin() as conn:
            meta = self._active_meta(conn, for_update=True)
        old_gen = int(meta.kek_generation)
        old_kek = self._require_kek()
        new_gen = old_gen + 1
        new_kek = _crypto.random_key()
        self._provider.set_key(kek_name(self._vault_id, new_gen), new_kek)
        try:
            with self._engine.begin() as conn:
                meta = self._active_meta(conn, for_update=True)
                if meta.kek_generation != old_gen:
                    raise VaultError("the vault was rotated concurrently; retry")
                rows = conn.execute(
                    sa.select(vault_data_keys).where(vault_data_keys.c.vault_id == self._vault_id)
                ).all()
                for row in rows:
                    aad = _aad(self._vault_id, "data-key", row.purpose)
                    dk = _crypto.unwrap_key(old_kek, row.wrapped, aad)
                    _crypto.verify_key(dk, row.kcv, what="data key")
                    conn.execute(
                        vault_data_keys.update()
                        .where(vault_data_keys.c.vault_id == self._vault_id, vault_data_keys.c.purpose == row.purpose)
                        .values(wrapped=_crypto.wrap_key(new_kek, dk, aad), kek_generation=new_gen)
                    )
                inner = _crypto.aead_decrypt(old_kek, meta.custody_blob, _aad(self._vault_id, "custody-outer"))
                conn.execute(
                    vault_meta.update()
                    .where(vault_meta.c.vault_id == self._vault_id)
                    .values(
                        kek_generation=new_gen,
                        kek_kcv=_crypto.key_check_value(new_kek),
                        custody_blob=_crypto.aead_encrypt(new_kek, inner, _aad(self._vault_id, "custody-outer")),
                        rotated_at=_now(),
                    )
                )
                _audit(
                    conn,
                    "vault.kek.rotated",
                    actor,
                    self._vault_id,
                    {"from_generation": old_gen, "to_generation": new_gen, "data_keys": len(rows)},
                )
        except BaseException:
            self._provider.delete_key(kek_name(self._vault_id, new_gen))
            raise
        self._kek, self._generation = new_kek, new_gen
        self._provider.delete_key(kek_name(self._vault_id, old_gen))
        return new_gen

    # ------------------------------------------------------------------------------------------------ destruction
    def destroy(self, reason: str, *, actor: str = "system") -> None:
        """Crypto-shred the vault now (see :meth:`destroy_project`)."""
        self._forget()
        destroy_project(self._engine, self._provider, self._project, reason, actor=actor)

    def destroy_if_due(self, today: date, destruction_date: date | None, *, actor: str = "system") -> bool:
        """Scheduled destruction: destroy when the protocol's destruction date (from policy) has been reached."""
        if destruction_date is None or today < destruction_date:
            return False
        self.destroy(f"scheduled destruction date {destruction_date.isoformat()} reached", actor=actor)
        return True


_PSEUDONYM_RE = re.compile(r"P[0-9A-HJKMNP-TV-Z]{20}")


def _check_pseudonym(pseudonym: str) -> None:
    if not isinstance(pseudonym, str) or not _PSEUDONYM_RE.fullmatch(pseudonym):
        raise UnknownPseudonymError("not a pseudonym issued by this vault (wrong format)")


def _actor(value: str) -> str:
    return value or "unknown"


def _custody_wrap(kek: bytes, custody_key: bytes, private: bytes, vault_id: str, set_id: str) -> bytes:
    inner = _crypto.aead_encrypt(custody_key, private, _aad(vault_id, "custody-inner", set_id))
    return _crypto.aead_encrypt(kek, inner, _aad(vault_id, "custody-outer"))


def _custody_unwrap(kek: bytes, custody_key: bytes, blob: bytes, vault_id: str, set_id: str) -> bytes:
    inner = _crypto.aead_decrypt(kek, blob, _aad(vault_id, "custody-outer"))
    return _crypto.aead_decrypt(custody_key, inner, _aad(vault_id, "custody-inner", set_id))


def _meta_row(conn: Connection, project: str) -> Any:
    row = conn.execute(sa.select(vault_meta).where(vault_meta.c.project == project)).first()
    if row is None:
        raise VaultNotFoundError()
    return row


def destroy_project(engine: Engine, provider: KeyProvider, project: str, reason: str, *, actor: str = "system") -> None:
    """Crypto-shred a project's vault; needs no key, so it works even when the key is lost or wrong.

    1. mark the vault ``destroying`` (audited, committed): from here on nothing opens it;
    2. destroy the KEK (every generation) in the key provider: every wrapped data key, the custody blob, the
       custodians' shares and every database backup become undecryptable;
    3. overwrite, then delete every data key and linkage row and clear the custody metadata (audited, one
       transaction; SQLite with ``secure_delete`` and a WAL checkpoint, PostgreSQL followed by ``VACUUM``).
    Re-running after an interruption completes the destruction. Afterwards ``open``, derivation and
    re-identification raise ``VaultDestroyedError``.
    """
    if len(reason.strip()) < MIN_REASON_CHARS:
        raise AuthorizationError(f"a reason of at least {MIN_REASON_CHARS} characters is required")
    with engine.begin() as conn:
        meta = conn.execute(sa.select(vault_meta).where(vault_meta.c.project == project).with_for_update()).first()
        if meta is None:
            raise VaultNotFoundError()
        if meta.state == DESTROYED:
            raise VaultDestroyedError(vault_id=meta.vault_id)
        vault_id, max_gen = meta.vault_id, meta.kek_generation
        if meta.state == ACTIVE:
            conn.execute(vault_meta.update().where(vault_meta.c.vault_id == vault_id).values(state=DESTROYING))
            _audit(conn, "vault.destroy.started", actor, vault_id, {"reason_sha256": _reason_digest(reason)})

    destroyed_keys = 0
    for gen in range(1, max_gen + 2):  # every generation, and an orphan from an interrupted rotation
        try:
            if provider.delete_key(kek_name(vault_id, gen)):
                destroyed_keys += 1
        except KeyNotFoundError:
            pass
    for gen in range(1, max_gen + 2):
        if provider.has_key(kek_name(vault_id, gen)):
            raise VaultError("the key provider did not destroy the key-encryption key; destruction incomplete")

    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
        # overwrite first so no page or tuple version keeps the ciphertexts longer than necessary
        conn.execute(vault_data_keys.update().where(vault_data_keys.c.vault_id == vault_id).values(wrapped=b"", kcv=""))
        conn.execute(
            vault_linkage.update()
            .where(vault_linkage.c.vault_id == vault_id)
            .values(enc_patient_id=b"", enc_known=None, registry_id="", updated_at=_now())
        )
        n_keys = conn.execute(vault_data_keys.delete().where(vault_data_keys.c.vault_id == vault_id)).rowcount
        n_rows = conn.execute(vault_linkage.delete().where(vault_linkage.c.vault_id == vault_id)).rowcount
        conn.execute(
            vault_meta.update()
            .where(vault_meta.c.vault_id == vault_id)
            .values(
                state=DESTROYED,
                kek_kcv=None,
                linkage_public_key=None,
                custody_blob=None,
                custody_set_id=None,
                custody_threshold=None,
                custody_shares=None,
                custody_kcv=None,
                destroyed_at=_now(),
            )
        )
        _audit(
            conn,
            "vault.destroyed",
            actor,
            vault_id,
            {
                "reason_sha256": _reason_digest(reason),
                "keks_destroyed": destroyed_keys,
                "data_keys_deleted": int(n_keys),
                "linkages_deleted": int(n_rows),
            },
        )
    _compact(engine)


def _compact(engine: Engine) -> None:
    """Best effort: push deleted pages/tuples out of the database files (the data is undecryptable already)."""
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        elif engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                for table in ("vault_linkage", "vault_data_keys", "vault_meta"):
                    conn.exec_driver_sql(f"VACUUM {table}")
    except sa_exc.DBAPIError:
        pass
