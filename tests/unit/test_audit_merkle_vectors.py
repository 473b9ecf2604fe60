"""The RFC 6962/9162 reference vectors (transparency-dev/merkle testonly constants, used as data): roots for
sizes 0..8, inclusion and consistency proofs, so that Sekisho's tree agrees with every other CT implementation."""

from __future__ import annotations

import pytest

from audit.merkle import MerkleTree, hash_leaf, verify_consistency, verify_inclusion

LEAVES = [
    bytes.fromhex(h)
    for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
]
ROOTS = [
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
A = "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"
B = "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"
C = "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
D = "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
E = "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"
INCLUSION = [(0, 8, [A, B, C]), (5, 8, [D, E, ROOTS[4]])]
CONSISTENCY = [(1, 8, [A, B, C]), (2, 8, [B, C]), (2, 5, [B, D])]

TREE = MerkleTree([hash_leaf(x) for x in LEAVES])


@pytest.mark.parametrize("size", range(9))
def test_roots(size):
    assert TREE.root(size).hex() == ROOTS[size]


@pytest.mark.parametrize(("index", "size", "proof"), INCLUSION)
def test_inclusion_vectors(index, size, proof):
    assert [h.hex() for h in TREE.inclusion_proof(index, size)] == proof
    root = bytes.fromhex(ROOTS[size])
    assert verify_inclusion(hash_leaf(LEAVES[index]), index, size, [bytes.fromhex(h) for h in proof], root)


@pytest.mark.parametrize(("first", "second", "proof"), CONSISTENCY)
def test_consistency_vectors(first, second, proof):
    assert [h.hex() for h in TREE.consistency_proof(first, second)] == proof
    r1, r2 = bytes.fromhex(ROOTS[first]), bytes.fromhex(ROOTS[second])
    assert verify_consistency(first, second, r1, r2, [bytes.fromhex(h) for h in proof])
    assert not verify_consistency(first, second, r2, r1, [bytes.fromhex(h) for h in proof])
