"""RFC 9162 (Certificate Transparency v2) section 2.1 Merkle tree over the audit log.

``MTH({}) = SHA-256()``, leaf hash ``SHA-256(0x00 || leaf)``, node ``SHA-256(0x01 || left || right)``, with the
split ``k`` = the largest power of two smaller than ``n``. Inclusion proofs (2.1.3) and consistency proofs (2.1.4)
are generated from a :class:`MerkleTree` over leaf hashes and checked by the verification algorithms of the RFC,
which need only the proof, the sizes and the roots.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()


def hash_leaf(leaf: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + leaf).digest()


def hash_children(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (n >= 2)."""
    return 1 << ((n - 1).bit_length() - 1)


class MerkleTree:
    """A Merkle tree over leaf hashes, keeping every complete level so that the root of any prefix, inclusion and
    consistency proofs cost O(log n) subtree look-ups."""

    def __init__(self, leaf_hashes: Iterable[bytes] = ()) -> None:
        # level i holds the hashes of the complete, aligned subtrees of 2**i leaves, 32 bytes each, back to back
        self._levels: list[bytearray] = [bytearray()]
        self._size = 0
        for h in leaf_hashes:
            self.append_hash(h)

    @property
    def size(self) -> int:
        return self._size

    def _node(self, level: int, index: int) -> bytes:
        return bytes(self._levels[level][32 * index : 32 * index + 32])

    def append_hash(self, leaf_hash: bytes) -> None:
        if len(leaf_hash) != 32:
            raise ValueError("leaf hashes are 32 bytes")
        self._levels[0] += leaf_hash
        self._size += 1
        level, count = 0, self._size
        # complete perfect subtrees bottom-up
        while count % 2 == 0:
            nodes = self._levels[level]
            parent = hash_children(bytes(nodes[-64:-32]), bytes(nodes[-32:]))
            if level + 1 == len(self._levels):
                self._levels.append(bytearray())
            self._levels[level + 1] += parent
            level, count = level + 1, count // 2

    def append_leaf(self, leaf: bytes) -> None:
        self.append_hash(hash_leaf(leaf))

    def _subtree(self, lo: int, hi: int) -> bytes:
        """MTH(D[lo:hi]) for 0 <= lo < hi <= size."""
        n = hi - lo
        if n & (n - 1) == 0 and lo % n == 0:  # an aligned perfect subtree: stored
            return self._node(n.bit_length() - 1, lo // n)
        k = _split(n)
        return hash_children(self._subtree(lo, lo + k), self._subtree(lo + k, hi))

    def root(self, size: int | None = None) -> bytes:
        """MTH of the first ``size`` leaves (default: all)."""
        size = self.size if size is None else size
        if not 0 <= size <= self.size:
            raise ValueError("tree size out of range")
        if size == 0:
            return EMPTY_ROOT
        return self._subtree(0, size)

    def inclusion_proof(self, index: int, size: int | None = None) -> list[bytes]:
        """PATH(index, D[0:size]) (RFC 9162 2.1.3.1)."""
        size = self.size if size is None else size
        if not 0 <= index < size <= self.size:
            raise ValueError("leaf index or tree size out of range")
        proof: list[bytes] = []
        lo, hi, m = 0, size, index
        while hi - lo > 1:
            k = _split(hi - lo)
            if m < k:
                proof.append(self._subtree(lo + k, hi))
                hi = lo + k
            else:
                proof.append(self._subtree(lo, lo + k))
                lo, m = lo + k, m - k
        proof.reverse()
        return proof

    def consistency_proof(self, first: int, second: int | None = None) -> list[bytes]:
        """PROOF(first, D[0:second]) (RFC 9162 2.1.4.1); empty when ``first`` is 0 or equals ``second``."""
        second = self.size if second is None else second
        if not 0 <= first <= second <= self.size:
            raise ValueError("tree sizes out of range")
        if first in (0, second):
            return []
        proof: list[bytes] = []
        lo, hi, m, complete = 0, second, first, True
        while m != hi - lo:
            k = _split(hi - lo)
            if m <= k:
                proof.append(self._subtree(lo + k, hi))
                hi = lo + k
            else:
                proof.append(self._subtree(lo, lo + k))
                lo, m, complete = lo + k, m - k, False
        if not complete:
            proof.append(self._subtree(lo, hi))
        proof.reverse()
        return proof


def verify_inclusion(leaf_hash: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162 2.1.3.2."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf_hash
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = hash_children(p, r)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = hash_children(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]) -> bool:
    """RFC 9162 2.1.4.2, extended to the trivial cases: ``first == 0`` (any tree extends the empty tree; the proof
    must be empty) and ``first == second`` (empty proof, equal roots)."""
    if not 0 <= first <= second:
        return False
    if first == 0:
        return not proof and first_root == EMPTY_ROOT
    if first == second:
        return not proof and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = hash_children(c, fr)
            sr = hash_children(c, sr)
            if not fn & 1:
                while not fn & 1 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = hash_children(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0
