"""Known-answer tests for the vault's keyed functions and derivations.

The expected values are pinned (a change of encoding or label would silently re-pseudonymise every study) and
are also recomputed here by an independent implementation (pyca/cryptography's HMAC, base64's base32 alphabet
translated to Crockford's), so the pinned values are not merely what the code happens to return.
"""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as c_hmac

from linkage_vault.derivation import check_label, recipient_label, registry_id, study_keyed
from linkage_vault.keyed import KeyedFunctions

PK, DK, UK = bytes(range(32)), bytes(range(32, 64)), bytes(range(64, 96))
PID = "12345678"
CT_UID = "1.2.392.200036.9116.2.6.1.48.1214245753.1234567890.123456"
_TO_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def _hmac(key: bytes, msg: bytes) -> bytes:
    h = c_hmac.HMAC(key, hashes.SHA256())
    h.update(msg)
    return h.finalize()


def ref_pseudonym(key: bytes, namespace: str, pid: str) -> str:
    digest = _hmac(key, b"pseudonym:" + namespace.encode() + b"\x00" + pid.encode())
    return "P" + base64.b32encode(digest[:13]).decode().translate(_TO_CROCKFORD)[:20]


def ref_shift(key: bytes, namespace: str, pid: str, lo: int = 1, hi: int = 365) -> int:
    digest = _hmac(key, b"dateshift:" + namespace.encode() + b"\x00" + pid.encode())
    return -(lo + int.from_bytes(digest[:8], "big") % (hi - lo + 1))


def ref_uid(key: bytes, namespace: str, uid: str) -> str:
    return "2.25." + str(int.from_bytes(_hmac(key, b"uid:" + namespace.encode() + b"\x00" + uid.encode())[:16], "big"))


@pytest.fixture
def kf() -> KeyedFunctions:
    return KeyedFunctions(pseudonym_key=PK, date_key=DK, uid_key=UK, namespace="S1")


def test_known_answers_fixed_keys(kf: KeyedFunctions) -> None:
    assert kf.pseudonym(PID) == "PKVPT4KPX1XRCKJJVATN0"
    assert kf.date_shift_days(PID) == -143
    assert kf.remap_uid(CT_UID) == "2.25.14270681114353875598590265727418669991"


def test_known_answers_match_an_independent_implementation(kf: KeyedFunctions) -> None:
    assert kf.pseudonym(PID) == ref_pseudonym(PK, "S1", PID)
    assert kf.date_shift_days(PID) == ref_shift(DK, "S1", PID)
    assert kf.remap_uid(CT_UID) == ref_uid(UK, "S1", CT_UID)
    assert len(kf.remap_uid(CT_UID)) <= 64


def test_recipient_space_known_answers(kf: KeyedFunctions) -> None:
    research = kf.pseudonym(PID)
    rec = kf.derive(recipient_label("contractor-a"))
    assert rec.namespace == "S1/recipient:contractor-a"
    assert rec.pseudonym(research) == "PGDVGR1NVAXH2WE5CA336"
    assert rec.date_shift_days(PID) == -108
    sub = _hmac(PK, b"derive:recipient:contractor-a")
    assert rec.pseudonym(research) == ref_pseudonym(sub, "S1/recipient:contractor-a", research)
    other = kf.derive(recipient_label("contractor-b"))
    assert other.pseudonym(research) != rec.pseudonym(research)


def test_study_derivation_known_answers() -> None:
    root = bytes([0xA5]) * 32
    s = study_keyed(root, "CT-LUNG-2026")
    assert s.pseudonym(PID) == "PPBPHG18T34YHMRX258CP"
    assert s.date_shift_days(PID) == -141
    assert s.remap_uid("1.2.3") == "2.25.230181248164607301815759373952146438252"
    label = b"sekisho/v1/study\x00CT-LUNG-2026\x00"
    assert s.pseudonym_key == _hmac(root, label + b"pseudonym")
    assert s.date_key == _hmac(root, label + b"dateshift")
    assert s.uid_key == _hmac(root, label + b"uid")
    # another study under the same root is another pseudonym space
    assert study_keyed(root, "MR-BRAIN-2026").pseudonym(PID) != s.pseudonym(PID)


def test_registry_id_known_answer_and_independent_check() -> None:
    key = bytes([0x5A]) * 32
    rid = registry_id(key, PID)
    assert rid == "RV6WN1JWKY9G0BJ35SJ8A"
    digest = _hmac(key, b"sekisho/v1/registry\x00" + PID.encode())
    assert rid == "R" + base64.b32encode(digest[:13]).decode().translate(_TO_CROCKFORD)[:20]
    assert registry_id(key, f"  {PID} ") == rid  # surrounding whitespace is not identity
    with pytest.raises(ValueError):
        registry_id(key, "   ")


def test_keys_must_be_long_enough() -> None:
    with pytest.raises(ValueError):
        KeyedFunctions(pseudonym_key=b"short", date_key=DK, uid_key=UK)


def test_repr_never_shows_keys(kf: KeyedFunctions) -> None:
    text = repr(kf) + str(kf)
    for key in (PK, DK, UK):
        assert key.hex() not in text
        assert repr(key) not in text


@pytest.mark.parametrize("bad", ["", "山田", "a b", "x" * 129, "-lead", "a\nb"])
def test_study_and_recipient_labels_are_opaque_ids(bad: str) -> None:
    with pytest.raises(ValueError):
        check_label(bad, "study")
    with pytest.raises(ValueError):
        study_keyed(bytes(32), bad)
