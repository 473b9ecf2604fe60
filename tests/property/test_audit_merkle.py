"""RFC 9162 Merkle tree: roots, inclusion and consistency proofs for random sizes, checked against a direct
transcription of the RFC's recursive definitions, and tampered proofs rejected."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.merkle import (
    EMPTY_ROOT,
    MerkleTree,
    hash_children,
    hash_leaf,
    verify_consistency,
    verify_inclusion,
)


def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(d: list[bytes]) -> bytes:
    if not d:
        return hashlib.sha256(b"").digest()
    if len(d) == 1:
        return hashlib.sha256(b"\x00" + d[0]).digest()
    k = _k(len(d))
    return hashlib.sha256(b"\x01" + mth(d[:k]) + mth(d[k:])).digest()


def path(m: int, d: list[bytes]) -> list[bytes]:
    if len(d) == 1:
        return []
    k = _k(len(d))
    if m < k:
        return [*path(m, d[:k]), mth(d[k:])]
    return [*path(m - k, d[k:]), mth(d[:k])]


def subproof(m: int, d: list[bytes], b: bool) -> list[bytes]:
    if m == len(d):
        return [] if b else [mth(d)]
    k = _k(len(d))
    if m <= k:
        return [*subproof(m, d[:k], b), mth(d[k:])]
    return [*subproof(m - k, d[k:], False), mth(d[:k])]


def leaves(n: int) -> list[bytes]:
    return [f"leaf-{i}".encode() for i in range(n)]


sizes = st.integers(min_value=1, max_value=140)


def test_known_small_trees():
    assert MerkleTree().root() == EMPTY_ROOT
    a, b, c = (hash_leaf(x) for x in (b"a", b"b", b"c"))
    tree = MerkleTree([a, b, c])
    assert tree.root() == hash_children(hash_children(a, b), c)
    assert tree.root(1) == a


@settings(max_examples=60, deadline=None)
@given(n=sizes, data=st.data())
def test_roots_and_inclusion_proofs_match_the_rfc(n, data):
    d = leaves(n)
    tree = MerkleTree([hash_leaf(x) for x in d])
    size = data.draw(st.integers(min_value=1, max_value=n))
    index = data.draw(st.integers(min_value=0, max_value=size - 1))
    root = tree.root(size)
    assert root == mth(d[:size])
    proof = tree.inclusion_proof(index, size)
    assert proof == path(index, d[:size])
    assert verify_inclusion(hash_leaf(d[index]), index, size, proof, root)
    # wrong leaf, wrong index, wrong root, truncated or altered proof: all rejected
    assert not verify_inclusion(hash_leaf(b"other"), index, size, proof, root)
    if size > 1:
        assert not verify_inclusion(hash_leaf(d[index]), (index + 1) % size, size, proof, root)
        assert not verify_inclusion(hash_leaf(d[index]), index, size, proof[:-1], root)
        bad = [*proof]
        pos = data.draw(st.integers(min_value=0, max_value=len(bad) - 1))
        bad[pos] = hashlib.sha256(bad[pos]).digest()
        assert not verify_inclusion(hash_leaf(d[index]), index, size, bad, root)
    assert not verify_inclusion(hash_leaf(d[index]), index, size, proof, hashlib.sha256(root).digest())
    assert not verify_inclusion(hash_leaf(d[index]), size, size, proof, root)


@settings(max_examples=60, deadline=None)
@given(n=sizes, data=st.data())
def test_consistency_proofs_match_the_rfc(n, data):
    d = leaves(n)
    tree = MerkleTree([hash_leaf(x) for x in d])
    second = data.draw(st.integers(min_value=1, max_value=n))
    first = data.draw(st.integers(min_value=0, max_value=second))
    proof = tree.consistency_proof(first, second)
    r1, r2 = tree.root(first), tree.root(second)
    if 0 < first < second:
        assert proof == subproof(first, d[:second], True)
    else:
        assert proof == []
    assert verify_consistency(first, second, r1, r2, proof)
    if 0 < first < second:
        # a different history of the first tree (one leaf changed) is not consistent
        forged = [*d[:second]]
        forged[data.draw(st.integers(min_value=0, max_value=first - 1))] = b"forged"
        assert not verify_consistency(first, second, mth(forged[:first]), r2, proof)
        assert not verify_consistency(first, second, r1, hashlib.sha256(r2).digest(), proof)
        bad = [*proof]
        pos = data.draw(st.integers(min_value=0, max_value=len(bad) - 1))
        bad[pos] = hashlib.sha256(bad[pos]).digest()
        assert not verify_consistency(first, second, r1, r2, bad)
        assert not verify_consistency(first, second, r1, r2, [])
        # a tree that dropped the tail and grew differently is not consistent with the old checkpoint
        other = MerkleTree([hash_leaf(x) for x in [*d[: first - 1], b"replaced", *d[first:second]]])
        assert not verify_consistency(first, second, r1, other.root(), other.consistency_proof(first))


@settings(max_examples=30, deadline=None)
@given(n=st.integers(min_value=0, max_value=70))
def test_incremental_tree_equals_batch(n):
    d = leaves(n)
    tree = MerkleTree()
    for i, x in enumerate(d):
        tree.append_leaf(x)
        assert tree.root() == mth(d[: i + 1])
    assert tree.size == n
