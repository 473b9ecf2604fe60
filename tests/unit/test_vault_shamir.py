"""Shamir secret sharing over GF(2^8): field arithmetic, known answers, thresholds, and share hygiene."""

from __future__ import annotations

import itertools
import secrets

import pytest

from linkage_vault import shamir
from linkage_vault.errors import InsufficientSharesError, InvalidShareError


def clmul_mod(a: int, b: int) -> int:
    """Reference GF(2^8) multiplication: carry-less multiply reduced by x^8 + x^4 + x^3 + x + 1."""
    p = 0
    for i in range(8):
        if b >> i & 1:
            p ^= a << i
    for bit in range(14, 7, -1):
        if p >> bit & 1:
            p ^= 0x11B << (bit - 8)
    return p


def test_fips197_multiplication_example() -> None:
    assert shamir.gf_mul(0x57, 0x83) == 0xC1  # FIPS-197 section 4.2
    assert shamir.gf_mul(0x57, 0x13) == 0xFE


def test_field_tables_agree_with_reference_multiplication() -> None:
    for a in range(256):
        for b in range(0, 256, 7):
            assert shamir.gf_mul(a, b) == clmul_mod(a, b)
    for a in range(1, 256):
        for b in range(1, 256, 11):
            assert shamir.gf_mul(shamir.gf_div(a, b), b) == a
    with pytest.raises(ZeroDivisionError):
        shamir.gf_div(1, 0)


def test_hand_made_shares_combine_to_known_secret() -> None:
    # f(x) = 0x42 + 0x17 x + 0xA9 x^2 over GF(2^8), byte-wise for a two-byte secret
    coeffs = [(0x42, 0x17, 0xA9), (0x00, 0xFF, 0x01)]

    def f(c: tuple[int, int, int], x: int) -> int:
        return c[0] ^ clmul_mod(c[1], x) ^ clmul_mod(c[2], clmul_mod(x, x))

    sid = "0123456789abcdef"
    shares = [shamir.Share(sid, 3, x, bytes(f(c, x) for c in coeffs)) for x in (1, 2, 3, 4, 5)]
    for subset in itertools.combinations(shares, 3):
        assert shamir.combine(list(subset), threshold=3, set_id=sid) == b"\x42\x00"


@pytest.mark.parametrize(("k", "n"), [(2, 2), (2, 3), (3, 5), (5, 5)])
def test_every_k_subset_reconstructs_and_k_minus_1_fails(k: int, n: int) -> None:
    secret = secrets.token_bytes(32)
    shares = shamir.split(secret, k, n)
    assert len({s.x for s in shares}) == n
    for subset in itertools.combinations(shares, k):
        assert shamir.combine(list(subset), threshold=k) == secret
    for subset in itertools.combinations(shares, k - 1):
        with pytest.raises(InsufficientSharesError) as exc:
            shamir.combine(list(subset), threshold=k)
        assert exc.value.diagnostics()["needed"] == k


def test_duplicated_share_does_not_count_twice() -> None:
    shares = shamir.split(b"\x01" * 32, 3, 5)
    with pytest.raises(InsufficientSharesError):
        shamir.combine([shares[0], shares[0], shares[1]], threshold=3)


def test_threshold_comes_from_the_vault_not_from_the_shares() -> None:
    shares = shamir.split(b"\x07" * 32, 2, 3)
    forged = [shamir.Share(s.set_id, 2, s.x, s.y) for s in shares[:2]]
    with pytest.raises(InvalidShareError):
        shamir.combine(forged, threshold=3)  # the vault says 3: shares claiming 2 are refused


def test_shares_of_another_set_are_refused() -> None:
    a = shamir.split(b"\x01" * 32, 2, 3)
    b = shamir.split(b"\x01" * 32, 2, 3)
    with pytest.raises(InvalidShareError):
        shamir.combine([a[0], b[1]], threshold=2, set_id=a[0].set_id)


def test_same_index_with_different_values_is_refused() -> None:
    a = shamir.split(b"\x01" * 32, 2, 3)
    twin = shamir.Share(a[0].set_id, 2, a[0].x, bytes(32))
    with pytest.raises(InvalidShareError):
        shamir.combine([a[0], twin, a[1]], threshold=2)


def test_encoding_roundtrip_and_checksum_catches_typos() -> None:
    shares = shamir.split(secrets.token_bytes(32), 2, 3)
    text = shares[0].encode()
    assert shamir.Share.decode(text) == shares[0]
    assert shamir.Share.decode(f"  {text}\n") == shares[0]
    # flip one hex digit of the payload
    head, y, check = text.rsplit(":", 2)
    typo = f"{head}:{('1' if y[0] != '1' else '2') + y[1:]}:{check}"
    with pytest.raises(InvalidShareError):
        shamir.Share.decode(typo)
    for bad in ("", "sekisho-share-v1:zz", text.replace("v1", "v2"), text + "00"):
        with pytest.raises(InvalidShareError):
            shamir.Share.decode(bad)


def test_share_repr_hides_the_value() -> None:
    share = shamir.split(b"\xab" * 32, 2, 2)[0]
    assert share.y.hex() not in repr(share)


@pytest.mark.parametrize(("k", "n"), [(1, 3), (4, 3), (2, 256)])
def test_bad_parameters(k: int, n: int) -> None:
    with pytest.raises(ValueError):
        shamir.split(b"\x01" * 32, k, n)
