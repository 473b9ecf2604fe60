"""Byte ranges (RFC 9110 section 14), digests, the token bucket and JWK validation: small pure pieces."""

from __future__ import annotations

import pytest

from gateway.api.download import ByteRange, RangeNotSatisfiable, etag, parse_range, repr_digest
from gateway.api.ratelimit import TokenBucket, retry_after

SIZE = 1000


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("bytes=0-0", ByteRange(0, 0)),
        ("bytes=0-499", ByteRange(0, 499)),
        ("bytes=500-", ByteRange(500, 999)),
        ("bytes=900-5000", ByteRange(900, 999)),  # clipped to the end
        ("bytes=-100", ByteRange(900, 999)),  # suffix
        ("bytes=-5000", ByteRange(0, 999)),  # suffix longer than the file
        ("bytes=5-3", None),  # invalid: ignored
        ("bytes=0-1,5-6", None),  # multi-range: ignored (served whole)
        ("items=0-5", None),
        ("bytes=a-b", None),
        ("bytes=" + "9" * 30 + "-", None),  # absurd numbers: ignored, not an overflow
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, SIZE) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_unsatisfiable(header):
    with pytest.raises(RangeNotSatisfiable):
        parse_range(header, SIZE)


def test_empty_file_has_no_suffix_range():
    with pytest.raises(RangeNotSatisfiable):
        parse_range("bytes=-1", 0)
    with pytest.raises(RangeNotSatisfiable):
        parse_range("bytes=0-", 0)


def test_digest_headers():
    h = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # SHA-256 of b""
    assert etag(h) == f'"{h}"'
    assert repr_digest(h) == "sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:"


def test_token_bucket_refills_per_key():
    t = [0.0]
    b = TokenBucket(2.0, 3, clock=lambda: t[0])
    assert [b.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = b.take("a")
    assert wait == pytest.approx(0.5)
    assert retry_after(wait) == "1"
    assert b.take("b") == 0.0  # another principal has its own bucket
    t[0] += 0.5
    assert b.take("a") == 0.0
    assert b.take("a") > 0


def test_token_bucket_memory_is_bounded():
    t = [0.0]
    b = TokenBucket(1.0, 1, clock=lambda: t[0], max_keys=10)
    for i in range(50):
        b.take(f"k{i}")
        t[0] += 0.01
    assert len(b._buckets) <= 10


def test_public_jwk_validation():
    from gateway.services.clients import ClientError, generate_key, public_jwk, thumbprint

    private, public = generate_key("EdDSA")
    alg, pub = public_jwk({k: public[k] for k in ("kty", "crv", "x")})
    assert alg == "EdDSA" and pub["kid"] == thumbprint(pub) == public["kid"] and "d" not in pub
    for bad, code in [
        (private, "private_key_given"),
        ({"kty": "RSA", "n": "x", "e": "AQAB"}, "unsupported_key"),
        ({"kty": "OKP", "crv": "X25519", "x": public["x"]}, "unsupported_key"),
        ({"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}, "invalid_key"),
        ({"kty": "OKP", "crv": "Ed25519"}, "invalid_key"),
        ({"kty": "OKP", "crv": "Ed25519", "x": public["x"], "alg": "ES256"}, "unsupported_key"),
        ({"kty": "oct", "k": "c2VjcmV0"}, "unsupported_key"),
    ]:
        with pytest.raises(ClientError) as err:
            public_jwk(bad)
        assert err.value.code == code, bad
    _, es = generate_key("ES256")
    assert public_jwk(es)[0] == "ES256"
