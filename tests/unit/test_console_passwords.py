"""scrypt password hashes: round trip, salts, malformed hashes fail closed, parameters travel with the hash."""

from __future__ import annotations

import pytest

from gateway.web import passwords


def test_hash_verifies_only_the_right_password():
    h = passwords.hash_password("correct horse battery", log2_n=10)
    assert h.startswith("scrypt$10$8$1$")
    assert passwords.verify_password("correct horse battery", h)
    assert not passwords.verify_password("correct horse batterY", h)
    assert not passwords.verify_password("", h)


def test_salts_differ_and_hash_hides_the_password():
    a = passwords.hash_password("correct horse battery", log2_n=10)
    b = passwords.hash_password("correct horse battery", log2_n=10)
    assert a != b
    assert "correct" not in a


@pytest.mark.parametrize(
    "bad", ["", "scrypt$", "bcrypt$10$8$1$AAAA$AAAA", "scrypt$x$8$1$AAAA$AAAA", "scrypt$10$8$1$!!$AAAA", "plain"]
)
def test_malformed_hashes_never_verify(bad: str):
    assert not passwords.verify_password("anything", bad)


def test_default_parameters_are_memory_hard_and_old_ones_need_rehash():
    assert passwords.LOG2_N >= 14 and passwords.R >= 8  # >= 16 MiB per hash
    assert passwords.needs_rehash(passwords.hash_password("correct horse battery", log2_n=10))
    assert not passwords.needs_rehash(passwords.dummy_hash())


def test_password_policy_refuses_short_passwords():
    with pytest.raises(passwords.PasswordPolicyError):
        passwords.check_password_policy("short")
    passwords.check_password_policy("long enough passphrase")
