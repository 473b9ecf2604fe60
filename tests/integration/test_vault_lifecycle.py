"""The vault end to end on SQLite and PostgreSQL (``engine`` runs each test on both): wrong keys are explicit
errors, two-person re-identification with k-of-n shares, rotation without data loss, crypto-shredding that
leaves no recoverable mapping (backups included), and audit records without PHI."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from gateway.store.db import make_engine
from gateway.store.migrate import upgrade
from linkage_vault import shamir
from linkage_vault.errors import (
    AuthorizationError,
    InsufficientSharesError,
    InvalidShareError,
    KeyNotFoundError,
    UnknownPseudonymError,
    VaultDestroyedError,
    VaultError,
    VaultExistsError,
    WrongKeyError,
)
from linkage_vault.providers import MemoryKeyProvider
from linkage_vault.tables import ALL_TABLES, vault_data_keys, vault_linkage, vault_meta
from linkage_vault.vault import Vault, kek_name
from policies.identifiers import KnownIdentifiers, PersonName

STUDY = "CT-LUNG-2026"
REASON = "incidental finding: ticket IF-2026-0042"
# synthetic patients; distinctive strings so a scan cannot match by accident
PATIENTS = {
    "PID-7731-QX": KnownIdentifiers(
        names=(PersonName(family="山田", given="太郎", family_kana="ヤマダ", given_kana="タロウ"),),
        ids=("PID-7731-QX", "ACC-55120-QX"),
        birth_date=date(1951, 3, 14),
        phones=("03-5555-0142",),
        addresses=("東京都千代田区霞が関九丁目",),
    ),
    "PID-8842-ZW": KnownIdentifiers(names=(PersonName(family="佐藤", given="花子"),), phones=("090-5555-7781",)),
    "PID-9953-KV": None,
}
PHI_STRINGS = [
    "PID-7731-QX",
    "PID-8842-ZW",
    "PID-9953-KV",
    "ACC-55120-QX",
    "山田",
    "ヤマダ",
    "佐藤",
    "03-5555-0142",
    "090-5555-7781",
    "霞が関",
    "1951-03-14",
    REASON,
]


@pytest.fixture
def db(engine: Engine) -> Engine:
    upgrade(engine)
    return engine


@pytest.fixture
def provider() -> MemoryKeyProvider:
    return MemoryKeyProvider()


@pytest.fixture
def vault_and_shares(db: Engine, provider: MemoryKeyProvider) -> tuple[Vault, list[str]]:
    return Vault.init(db, provider, "proj-a", threshold=2, shares=3, actor="user:officer-1")


def _populate(v: Vault) -> dict[str, str]:
    return {pid: v.record_linkage(STUDY, pid, known, actor="system:ingest") for pid, known in PATIENTS.items()}


def _reid(v: Vault, pseudonym: str, shares: list[str], **kw: Any) -> Any:
    args: dict[str, Any] = {"requested_by": "user:custodian-1", "approved_by": "user:custodian-2"}
    args.update(kw)
    return v.reidentify(STUDY, pseudonym, args.pop("reason", REASON), shares=shares, **args)


def _dump(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        return [{"table": t.name, **dict(r._mapping)} for t in ALL_TABLES for r in conn.execute(sa.select(t)).all()]


def _audit_rows(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT action, actor, object_type, object_id, details FROM audit_events ORDER BY seq")
        )
        return [dict(r._mapping) for r in rows]


# -- keys -----------------------------------------------------------------------------------------------------


def test_open_verifies_the_key_and_a_wrong_key_is_an_explicit_error(
    db: Engine, provider: MemoryKeyProvider, vault_and_shares: tuple[Vault, list[str]]
) -> None:
    v, _ = vault_and_shares
    p1 = v.keyed(STUDY).pseudonym("PID-7731-QX")
    reopened = Vault.open(db, provider, "proj-a")
    assert reopened.keyed(STUDY).pseudonym("PID-7731-QX") == p1
    assert reopened.keyed(STUDY).date_shift_days("PID-7731-QX") == v.keyed(STUDY).date_shift_days("PID-7731-QX")

    wrong = MemoryKeyProvider()
    wrong.set_key(kek_name(v.vault_id, 1), secrets.token_bytes(32))
    with pytest.raises(WrongKeyError) as exc:
        Vault.open(db, wrong, "proj-a")
    assert exc.value.code == "wrong_key"
    with pytest.raises(KeyNotFoundError):
        Vault.open(db, MemoryKeyProvider(), "proj-a")
    with pytest.raises(VaultExistsError):
        Vault.init(db, provider, "proj-a")


def test_a_second_project_is_an_unrelated_key_space(db: Engine, provider: MemoryKeyProvider) -> None:
    a, _ = Vault.init(db, provider, "proj-a")
    b, _ = Vault.init(db, provider, "proj-b")
    assert a.vault_id != b.vault_id
    assert a.keyed(STUDY).pseudonym("PID-7731-QX") != b.keyed(STUDY).pseudonym("PID-7731-QX")
    assert a.registry_id("PID-7731-QX") != b.registry_id("PID-7731-QX")


# -- linkage, known identifiers, registry -------------------------------------------------------------------


def test_record_linkage_and_known_identifiers(vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, _ = vault_and_shares
    ps = _populate(v)
    assert ps["PID-7731-QX"] == v.keyed(STUDY).pseudonym("PID-7731-QX")
    assert v.known_identifiers(STUDY, ps["PID-7731-QX"]) == PATIENTS["PID-7731-QX"]
    assert v.known_identifiers(STUDY, ps["PID-9953-KV"]) is None
    assert v.known_identifiers(STUDY, v.keyed(STUDY).pseudonym("PID-never-seen")) is None
    # a later document adds an identifier: merged, nothing lost
    extra = KnownIdentifiers(emails=("taro@example.invalid",))
    assert v.record_linkage(STUDY, " PID-7731-QX ", extra) == ps["PID-7731-QX"]
    merged = v.known_identifiers(STUDY, ps["PID-7731-QX"])
    assert merged is not None
    assert merged.emails == ("taro@example.invalid",)
    assert merged.names == PATIENTS["PID-7731-QX"].names  # type: ignore[union-attr]
    assert v.status().linkages == 3
    assert v.status().studies == 1


def test_registry_id_is_study_independent_and_staff_lookup(vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, _ = vault_and_shares
    v.record_linkage("MR-BRAIN-2026", "PID-7731-QX")
    rid = v.registry_id("PID-7731-QX")
    assert rid.startswith("R") and "7731" not in rid
    assert v.keyed(STUDY).pseudonym("PID-7731-QX") != v.keyed("MR-BRAIN-2026").pseudonym("PID-7731-QX")
    seen = v.lookup_for_staff("PID-7731-QX", actor="user:staff-3")
    assert seen.registry_id == rid and seen.known
    unseen = v.lookup_for_staff("PID-0000-NEW", actor="user:staff-3")
    assert not unseen.known and unseen.registry_id == v.registry_id("PID-0000-NEW")


def test_recipient_spaces_cannot_be_joined(vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, _ = vault_and_shares
    research = [v.keyed(STUDY).pseudonym(p) for p in PATIENTS]
    a = [v.recipient_keyed(STUDY, "contractor-a").pseudonym(p) for p in research]
    b = [v.recipient_keyed(STUDY, "contractor-b").pseudonym(p) for p in research]
    assert not set(a) & set(b) and not set(a) & set(research)
    assert a == [v.recipient_keyed(STUDY, "contractor-a").pseudonym(p) for p in research]  # stable per recipient


# -- re-identification ---------------------------------------------------------------------------------------


def test_reidentify_needs_k_shares_and_two_custodians(vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, shares = vault_and_shares
    ps = _populate(v)
    for pair in ([shares[0], shares[1]], [shares[2], shares[0]], [shares[1], shares[2]]):
        r = _reid(v, ps["PID-7731-QX"], pair)
        assert r.patient_id == "PID-7731-QX"
        assert r.known == PATIENTS["PID-7731-QX"]
        assert "PID-7731-QX" not in repr(r)
    assert _reid(v, ps["PID-9953-KV"], shares[1:]).patient_id == "PID-9953-KV"

    for one in shares:
        with pytest.raises(InsufficientSharesError):
            _reid(v, ps["PID-7731-QX"], [one])
    with pytest.raises(InsufficientSharesError):
        _reid(v, ps["PID-7731-QX"], [shares[0], shares[0]])
    with pytest.raises(InsufficientSharesError):
        _reid(v, ps["PID-7731-QX"], [])
    with pytest.raises(AuthorizationError):
        _reid(v, ps["PID-7731-QX"], shares[:2], approved_by="user:custodian-1")
    with pytest.raises(AuthorizationError):
        _reid(v, ps["PID-7731-QX"], shares[:2], reason="   ")
    with pytest.raises(UnknownPseudonymError):
        _reid(v, v.keyed(STUDY).pseudonym("PID-not-recorded"), shares[:2])
    with pytest.raises(UnknownPseudonymError):
        _reid(v, "PID-7731-QX", shares[:2])  # a raw ID is not a pseudonym


def test_forged_or_foreign_shares_fail_the_key_check(
    db: Engine, provider: MemoryKeyProvider, vault_and_shares: tuple[Vault, list[str]]
) -> None:
    v, shares = vault_and_shares
    ps = _populate(v)
    s0 = shamir.Share.decode(shares[0])
    # a well-formed share with a valid checksum but a wrong value: the reconstructed key fails its check value
    forged = shamir.Share(s0.set_id, s0.threshold, s0.x, secrets.token_bytes(32)).encode()
    with pytest.raises(InvalidShareError) as exc:
        _reid(v, ps["PID-7731-QX"], [forged, shares[1]])
    assert "key check" in str(exc.value)
    _, other_shares = Vault.init(db, provider, "proj-b")
    with pytest.raises(InvalidShareError):
        _reid(v, ps["PID-7731-QX"], other_shares[:2])
    with pytest.raises(InvalidShareError):
        _reid(v, ps["PID-7731-QX"], [shares[0][:-1] + ("0" if shares[0][-1] != "0" else "1"), shares[1]])


def test_split_issues_a_new_set_and_voids_the_old(vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, shares = vault_and_shares
    ps = _populate(v)
    with pytest.raises(InsufficientSharesError):
        v.split(shares[:1], threshold=3, n=5, requested_by="user:custodian-1", approved_by="user:custodian-2")
    new = v.split(shares[1:], threshold=3, n=5, requested_by="user:custodian-1", approved_by="user:custodian-2")
    assert len(new) == 5
    with pytest.raises(InvalidShareError):
        _reid(v, ps["PID-8842-ZW"], shares[:2])
    with pytest.raises(InsufficientSharesError):
        _reid(v, ps["PID-8842-ZW"], new[:2])
    assert _reid(v, ps["PID-8842-ZW"], new[2:]).patient_id == "PID-8842-ZW"
    assert v.status().custody_threshold == 3


# -- rotation ------------------------------------------------------------------------------------------------


def test_rotation_rewraps_without_data_loss(
    db: Engine, provider: MemoryKeyProvider, vault_and_shares: tuple[Vault, list[str]]
) -> None:
    v, shares = vault_and_shares
    ps = _populate(v)
    other = Vault.open(db, provider, "proj-a")  # a second process holding the old generation
    before = {r["purpose"]: r["wrapped"] for r in _dump(db) if r["table"] == "vault_data_keys"}
    assert v.rotate(actor="user:officer-1") == 2
    assert not provider.has_key(kek_name(v.vault_id, 1))
    assert provider.has_key(kek_name(v.vault_id, 2))
    after = {r["purpose"]: r for r in _dump(db) if r["table"] == "vault_data_keys"}
    assert all(after[p]["wrapped"] != before[p] and after[p]["kek_generation"] == 2 for p in before)

    reopened = Vault.open(db, provider, "proj-a")
    for pid, p in ps.items():
        assert reopened.keyed(STUDY).pseudonym(pid) == p
        assert reopened.known_identifiers(STUDY, p) == PATIENTS[pid]
    assert _reid(reopened, ps["PID-7731-QX"], shares[:2]).patient_id == "PID-7731-QX"  # shares survive rotation
    assert _reid(other, ps["PID-8842-ZW"], shares[1:]).patient_id == "PID-8842-ZW"  # picks up the new KEK
    assert reopened.rotate() == 3
    assert Vault.open(db, provider, "proj-a").status().kek_generation == 3


# -- destruction ---------------------------------------------------------------------------------------------


def _secret_values(rows: list[dict[str, Any]]) -> list[bytes]:
    out: list[bytes] = []
    for r in rows:
        for col in ("wrapped", "enc_patient_id", "enc_known", "custody_blob", "linkage_public_key"):
            v = r.get(col)
            if isinstance(v, bytes | memoryview) and len(bytes(v)) >= 16:
                out.append(bytes(v))
        for col in ("pseudonym", "registry_id", "kek_kcv", "custody_kcv", "kcv"):
            v = r.get(col)
            if isinstance(v, str) and v:
                out.append(v.encode())
    return out


def _restore(rows: list[dict[str, Any]], url: str) -> Engine:
    eng = make_engine(url)
    upgrade(eng)
    with eng.begin() as conn:
        for t in (vault_meta, vault_data_keys, vault_linkage):
            mine = [{k: v for k, v in r.items() if k != "table"} for r in rows if r["table"] == t.name]
            if mine:
                conn.execute(t.insert(), mine)
    return eng


@pytest.fixture
def backup_url(db_url: str, tmp_path: Any, request: pytest.FixtureRequest) -> Iterator[str]:
    """A second, empty database of the same kind to restore a backup into."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'backup.db'}"
        return
    import uuid

    import psycopg

    admin = str(request.getfixturevalue("pg_admin_dsn"))
    name = f"sekisho_t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield db_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_destroy_crypto_shreds_everything(
    db: Engine, provider: MemoryKeyProvider, vault_and_shares: tuple[Vault, list[str]], backup_url: str
) -> None:
    v, shares = vault_and_shares
    ps = _populate(v)
    v.rotate()  # two generations of KEK existed
    backup = _dump(db)  # what a nightly backup would hold
    secrets_before = _secret_values(backup)
    assert len(secrets_before) > 10
    other = Vault.open(db, provider, "proj-a")

    v.destroy("protocol end: retention period over", actor="user:officer-1")

    # no key left in the provider, for any generation
    assert not any(provider.has_key(kek_name(v.vault_id, g)) for g in (1, 2, 3))
    # every path fails explicitly, in this process and any other
    for fn in (
        lambda: Vault.open(db, provider, "proj-a"),
        lambda: v.keyed(STUDY),
        lambda: other.keyed(STUDY),
        lambda: other.registry_id("PID-7731-QX"),
        lambda: other.record_linkage(STUDY, "PID-7731-QX"),
        lambda: other.known_identifiers(STUDY, ps["PID-7731-QX"]),
        lambda: _reid(other, ps["PID-7731-QX"], shares[:2]),
        other.rotate,
        lambda: v.destroy("protocol end: retention period over"),
        lambda: Vault.init(db, provider, "proj-a"),
    ):
        with pytest.raises(VaultDestroyedError):
            fn()
    # the tables hold no mapping: no linkage rows, no data keys, no key material or check values in the tombstone
    after = _dump(db)
    assert {r["table"] for r in after} == {"vault_meta"}
    (meta,) = after
    assert meta["state"] == "destroyed"
    for col in ("kek_kcv", "linkage_public_key", "custody_blob", "custody_set_id", "custody_kcv"):
        assert meta[col] is None
    flat = repr(after).encode()
    for value in secrets_before:
        assert value not in flat
    status = Vault.status_of(db, "proj-a")
    assert (status.state, status.linkages, status.studies) == ("destroyed", 0, 0)

    # a backup taken before destruction is useless: its KEK is gone, with or without the custodians' shares
    restored = _restore(backup, backup_url)
    try:
        with pytest.raises(KeyNotFoundError):
            Vault.open(restored, provider, "proj-a")
        guess = MemoryKeyProvider()
        guess.set_key(kek_name(v.vault_id, 2), secrets.token_bytes(32))
        with pytest.raises(WrongKeyError):
            Vault.open(restored, guess, "proj-a")
    finally:
        restored.dispose()


def test_sqlite_file_never_holds_plaintext_and_keeps_nothing_after_destroy(
    tmp_path: Any, provider: MemoryKeyProvider
) -> None:
    path = tmp_path / "vault.db"
    eng = make_engine(f"sqlite:///{path}")
    try:
        upgrade(eng)
        v, _ = Vault.init(eng, provider, "proj-a")
        ps = _populate(v)
        with eng.connect() as conn:
            wrapped = [bytes(r.wrapped) for r in conn.execute(sa.select(vault_data_keys.c.wrapped))]
            sealed = [bytes(r.enc_patient_id) for r in conn.execute(sa.select(vault_linkage.c.enc_patient_id))]
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("vault.db*"))
        for s in PHI_STRINGS[:-1]:
            assert s.encode("utf-8") not in raw
        assert all(w in raw for w in wrapped)  # the scan would see them if they were there
        registry_ids = [v.registry_id(pid).encode() for pid in ps]
        assert all(r in raw for r in registry_ids)
        v.destroy("protocol end: retention period over")
        raw = b"".join(p.read_bytes() for p in tmp_path.glob("vault.db*"))
        # overwrite, secure_delete and a WAL checkpoint: the deleted rows' bytes are gone from the file
        # (pseudonyms stay in the audit log by design: without the destroyed keys they link to nothing)
        for blob in wrapped + sealed + registry_ids:
            assert blob not in raw
    finally:
        eng.dispose()


def test_destroy_needs_no_key_and_resumes(db: Engine, vault_and_shares: tuple[Vault, list[str]]) -> None:
    from linkage_vault.vault import destroy_project

    v, _ = vault_and_shares
    _populate(v)
    lost = MemoryKeyProvider()  # the key is lost: destruction must still work
    destroy_project(db, lost, "proj-a", "key lost; destroying per protocol", actor="user:officer-1")
    assert Vault.status_of(db, "proj-a").state == "destroyed"
    with pytest.raises(AuthorizationError):
        destroy_project(db, lost, "proj-a", "")


def test_destroy_if_due(vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, _ = vault_and_shares
    _populate(v)
    due = date(2031, 3, 31)
    assert v.destroy_if_due(date(2031, 3, 30), due) is False
    assert v.destroy_if_due(date(2031, 3, 30), None) is False
    assert v.keyed(STUDY).pseudonym("PID-7731-QX")
    assert v.destroy_if_due(date(2031, 3, 31), due) is True
    with pytest.raises(VaultDestroyedError):
        v.keyed(STUDY)


# -- audit and error hygiene ---------------------------------------------------------------------------------


def test_every_operation_is_audited_without_phi(db: Engine, vault_and_shares: tuple[Vault, list[str]]) -> None:
    v, shares = vault_and_shares
    ps = _populate(v)
    v.known_identifiers(STUDY, ps["PID-7731-QX"])
    v.lookup_for_staff("PID-8842-ZW", actor="user:staff-3")
    _reid(v, ps["PID-7731-QX"], shares[:2])
    errors: list[VaultError] = []
    for attempt in ([shares[0]], shares[:2]):
        try:
            _reid(
                v,
                ps["PID-7731-QX"],
                attempt,
                approved_by="user:custodian-2" if len(attempt) == 1 else "user:custodian-1",
            )
        except VaultError as exc:
            errors.append(exc)
    assert [e.code for e in errors] == ["insufficient_shares", "not_authorised"]
    new = v.split(shares[1:], threshold=2, n=3, requested_by="user:custodian-1", approved_by="user:custodian-2")
    assert len(new) == 3
    v.rotate(actor="user:officer-1")
    v.destroy("protocol end: retention period over", actor="user:officer-1")

    rows = _audit_rows(db)
    actions = [r["action"] for r in rows]
    for expected in (
        "vault.initialized",
        "vault.linkage.recorded",
        "vault.known.read",
        "vault.staff.lookup",
        "vault.reidentify.completed",
        "vault.reidentify.denied",
        "vault.custody.split",
        "vault.kek.rotated",
        "vault.destroy.started",
        "vault.destroyed",
    ):
        assert expected in actions, expected
    assert actions.count("vault.reidentify.denied") == 2
    assert actions.count("vault.linkage.recorded") == len(PATIENTS)
    completed = next(r for r in rows if r["action"] == "vault.reidentify.completed")
    details = json.loads(completed["details"])
    assert completed["actor"] == "user:custodian-1"
    assert details["approved_by"] == "user:custodian-2"
    assert details["pseudonym"] == ps["PID-7731-QX"]
    import hashlib

    assert details["reason_sha256"] == hashlib.sha256(REASON.encode()).hexdigest()
    text = json.dumps(rows, ensure_ascii=False, default=str)
    for phi in PHI_STRINGS:
        assert phi not in text
    for share in shares + new:
        assert share.split(":")[4] not in text
    for e in errors:
        shown = str(e) + json.dumps(e.diagnostics(), ensure_ascii=False) + repr(e)
        assert not any(phi in shown for phi in PHI_STRINGS)
        assert ps["PID-7731-QX"] not in shown
