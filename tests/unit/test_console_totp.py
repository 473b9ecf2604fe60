"""TOTP second factor: RFC 4226 and RFC 6238 test vectors, drift window, replay refusal."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest

from gateway.web import totp

RFC4226_SECRET = b"12345678901234567890"
RFC4226_CODES = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]

# RFC 6238 Appendix B: (unix time, SHA1, SHA256, SHA512), 8 digits; seeds are the ASCII digits repeated.
RFC6238 = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]
SEEDS = {
    "SHA1": b"12345678901234567890",
    "SHA256": b"12345678901234567890123456789012",
    "SHA512": b"1234567890123456789012345678901234567890123456789012345678901234",
}


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(("counter", "expected"), list(enumerate(RFC4226_CODES)))
def test_hotp_rfc4226_vectors(counter: int, expected: str):
    assert totp.hotp(RFC4226_SECRET, counter) == expected


@pytest.mark.parametrize(("unix", "sha1", "sha256", "sha512"), RFC6238)
def test_totp_rfc6238_vectors(unix: int, sha1: str, sha256: str, sha512: str):
    at = datetime.fromtimestamp(unix, UTC)
    for algorithm, expected in (("SHA1", sha1), ("SHA256", sha256), ("SHA512", sha512)):
        assert totp.totp(_b32(SEEDS[algorithm]), at, digits=8, algorithm=algorithm) == expected


def test_verify_accepts_one_step_of_drift_and_refuses_more():
    secret = totp.new_secret()
    now = datetime(2026, 11, 27, 4, 0, 10, tzinfo=UTC)
    for drift, accepted in ((-30, True), (0, True), (30, True), (-60, False), (60, False)):
        code = totp.totp(secret, now + timedelta(seconds=drift))
        assert (totp.verify(secret, code, now) is not None) is accepted, drift


def test_verify_refuses_a_used_step_and_malformed_codes():
    secret = totp.new_secret()
    now = datetime(2026, 11, 27, 4, 0, 10, tzinfo=UTC)
    code = totp.totp(secret, now)
    step = totp.verify(secret, code, now)
    assert step == totp.time_step(now)
    assert totp.verify(secret, code, now, after_step=step) is None
    for bad in ("", "12345", "1234567", "abcdef", code[:-1] + "x", "١٢٣٤٥٦", "１２３４５６"):
        assert totp.verify(secret, bad, now) is None
    assert len(secret) == 32 and totp.new_secret() != secret
    other = _b32(b"another-secret-value")
    assert totp.verify(other, totp.totp(secret, now), now) == (
        totp.time_step(now) if totp.totp(other, now) == totp.totp(secret, now) else None
    )


def test_provisioning_uri_names_issuer_and_account():
    uri = totp.provisioning_uri("JBSWY3DPEHPK3PXP", "po-1")
    assert uri.startswith("otpauth://totp/Sekisho%3Apo-1?secret=JBSWY3DPEHPK3PXP&issuer=Sekisho")
