"""The vault's errors: one opaque type per failure class.

Messages and ``diagnostics()`` never carry key material, patient IDs, pseudonyms or share values: they name the
failure class, a stable code and, where it helps an operator, an opaque vault id or a count. Exceptions raised by
the cryptography layer are never chained (``from None``) so a traceback cannot show more than the message.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class. ``code`` is stable for scripts; ``diagnostics()`` is safe to log and show."""

    code = "vault_error"
    default_message = "linkage vault operation failed"

    def __init__(self, message: str | None = None, **safe: str | int | None) -> None:
        self.message = message or self.default_message
        self._safe = {k: v for k, v in safe.items() if v is not None}
        super().__init__(self.message)

    def diagnostics(self) -> dict[str, str | int]:
        """A dictionary that is safe to log, print and put in an audit record."""
        return {"error": self.code, "message": self.message, **self._safe}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class VaultNotFoundError(VaultError):
    code = "vault_not_found"
    default_message = "no vault is initialised for this project"


class VaultExistsError(VaultError):
    code = "vault_exists"
    default_message = "a vault is already initialised for this project"


class VaultDestroyedError(VaultError):
    code = "vault_destroyed"
    default_message = "the vault has been destroyed; no key, derivation or mapping can be recovered"


class KeyUnavailableError(VaultError):
    """The key provider cannot supply a key: none configured, backend unusable, or the key is missing."""

    code = "key_unavailable"
    default_message = "the key provider cannot supply the key"


class KeyNotFoundError(KeyUnavailableError):
    code = "key_not_found"
    default_message = "the key provider holds no key under that name"


class WrongKeyError(VaultError):
    """A key was obtained but does not match its key-check value (wrong passphrase, wrong key file, wrong vault)."""

    code = "wrong_key"
    default_message = "the key does not match the vault's key-check value"


class IntegrityError(VaultError):
    """Stored ciphertext failed authentication (tampering, corruption, or a row moved between contexts)."""

    code = "integrity"
    default_message = "stored vault data failed authentication"


class InsufficientSharesError(VaultError):
    code = "insufficient_shares"
    default_message = "too few distinct custodian shares to reconstruct the custody key"


class InvalidShareError(VaultError):
    """A share is malformed, mistyped (checksum), duplicated, from another share set, or the reconstructed key
    fails its key-check value."""

    code = "invalid_share"
    default_message = "a custodian share is invalid"


class AuthorizationError(VaultError):
    """The two-person rule or a request's required fields are not satisfied."""

    code = "not_authorised"
    default_message = "the request does not satisfy the vault's authorisation rules"


class UnknownPseudonymError(VaultError):
    code = "unknown_pseudonym"
    default_message = "no linkage is recorded for that pseudonym in that study"
