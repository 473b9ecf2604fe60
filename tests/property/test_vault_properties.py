"""Property tests: keyed derivations are deterministic per key, unrelated across keys, namespaces and recipients,
collision-free on large samples; Shamir reconstructs from any k shares."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from linkage_vault import shamir
from linkage_vault.derivation import recipient_label, registry_id, study_keyed
from linkage_vault.keyed import KeyedFunctions

keys = st.binary(min_size=32, max_size=32)
patient_ids = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=24).filter(lambda s: s.strip() != "")
labels = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,20}", fullmatch=True)


def kf(pk: bytes, dk: bytes, uk: bytes, ns: str = "S") -> KeyedFunctions:
    return KeyedFunctions(pseudonym_key=pk, date_key=dk, uid_key=uk, namespace=ns)


@given(keys, keys, keys, patient_ids)
def test_deterministic_per_key(pk: bytes, dk: bytes, uk: bytes, pid: str) -> None:
    a, b = kf(pk, dk, uk), kf(bytes(pk), bytes(dk), bytes(uk))
    assert a.pseudonym(pid) == b.pseudonym(pid)
    assert a.date_shift_days(pid) == b.date_shift_days(pid)
    assert a.remap_uid("1.2.3." + str(len(pid))) == b.remap_uid("1.2.3." + str(len(pid)))


@given(keys, keys, patient_ids)
def test_different_keys_give_different_outputs(k1: bytes, k2: bytes, pid: str) -> None:
    assume(k1 != k2)
    assert kf(k1, k1, k1).pseudonym(pid) != kf(k2, k2, k2).pseudonym(pid)
    assert kf(k1, k1, k1).remap_uid(pid) != kf(k2, k2, k2).remap_uid(pid)


@given(keys, labels, labels, patient_ids)
def test_studies_and_recipients_are_separate_spaces(root: bytes, s1: str, s2: str, pid: str) -> None:
    a = study_keyed(root, s1)
    if s1 != s2:
        assert a.pseudonym(pid) != study_keyed(root, s2).pseudonym(pid)
    research = a.pseudonym(pid)
    ra, rb = a.derive(recipient_label("contractor-a")), a.derive(recipient_label("contractor-b"))
    assert len({research, ra.pseudonym(research), rb.pseudonym(research)}) == 3


@given(keys, patient_ids, st.integers(1, 400), st.integers(0, 400))
def test_date_shift_range(dk: bytes, pid: str, lo: int, extra: int) -> None:
    k = KeyedFunctions(pseudonym_key=dk, date_key=dk, uid_key=dk, min_shift_days=lo, max_shift_days=lo + extra)
    shift = k.date_shift_days(pid)
    assert -(lo + extra) <= shift <= -lo < 0


@given(keys, patient_ids)
def test_pseudonym_shape(pk: bytes, pid: str) -> None:
    p = kf(pk, pk, pk).pseudonym(pid)
    assert len(p) == 21 and p[0] == "P"
    assert set(p[1:]) <= set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    uid = kf(pk, pk, pk).remap_uid(pid)
    assert uid.startswith("2.25.") and len(uid) <= 44 and uid[5:].isdigit()


def test_no_collisions_in_a_large_sample() -> None:
    """200,000 hospital-style IDs (sequential, the worst case for a weak mapping): all outputs distinct."""
    rng = random.Random(6)
    root = rng.randbytes(32)
    k = study_keyed(root, "CT-LUNG-2026")
    ids = [f"{i:08d}" for i in range(10_000_000, 10_200_000)]
    assert len({k.pseudonym(i) for i in ids}) == len(ids)
    assert len({registry_id(root, i) for i in ids}) == len(ids)
    uids = [f"1.2.392.200036.9116.2.6.1.48.{i}" for i in range(100_000)]
    assert len({k.remap_uid(u) for u in uids}) == len(uids)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=48), st.integers(2, 7), st.integers(0, 5), st.randoms(use_true_random=False))
def test_shamir_any_k_of_n_reconstructs(secret: bytes, k: int, extra: int, rnd: random.Random) -> None:
    n = k + extra
    shares = shamir.split(secret, k, n)
    subset = rnd.sample(shares, k)
    assert shamir.combine(subset, threshold=k, set_id=shares[0].set_id) == secret
    decoded = [shamir.Share.decode(s.encode()) for s in rnd.sample(shares, k)]
    assert shamir.combine(decoded, threshold=k) == secret
