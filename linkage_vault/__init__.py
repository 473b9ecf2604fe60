"""The linkage vault: the only holder of keys (pseudonyms, date shifts, UID remapping, encrypted linkage).

- ``vault``: :class:`~linkage_vault.vault.Vault` (init/open, ``keyed``, ``recipient_keyed``, ``registry_id``,
  ``record_linkage``, ``known_identifiers``, ``lookup_for_staff``, ``reidentify``, ``split``, ``rotate``,
  ``destroy``, ``destroy_if_due``) and ``destroy_project`` (works without the key).
- ``keyed``: :class:`~linkage_vault.keyed.KeyedFunctions`, the keyed de-identification functions of one space.
- ``derivation``: per-study and registry derivations from the vault's root keys.
- ``providers``: the ``KeyProvider`` protocol; keyring (pinned backend only), encrypted file, in-memory.
- ``shamir``: k-of-n custody shares over GF(256).
- ``errors``: one opaque error type per failure class, with safe ``diagnostics()``.
- ``_crypto``: the only module touching cryptography's hazmat layer (an import-linter contract).

Importing this package is cheap; import the submodule you need.
"""
