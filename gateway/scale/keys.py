"""The key material a scale-out worker holds, and what its theft allows.

A worker needs exactly the three keyed functions of ``gateway.scrub.ports.DeidKeys`` for one study. The vault
derives them one-way from its root data key (``linkage_vault.derivation.study_keyed``:
``HMAC(root, "sekisho/v1/study" || study || purpose)``), so shipping them to a worker ships neither the KEK nor
the root: from the subkeys nobody can compute another study's keys, unwrap the linkage table or read the
known identifiers. Results are bit for bit those of the local run because they are the same subkeys.

What a stolen ``WorkerKeys`` allows, for that one study only: computing the pseudonym, the date shift and the new
UID of any patient ID or UID the thief already knows (so: confirming that a known patient is in the study's
de-identified data and undoing that patient's date shift), and deriving the study's recipient spaces. It does
not allow re-identification of a pseudonym the thief cannot guess the patient ID of (HMAC is one-way), nor
anything in another study. Revocation: destroy or rotate the vault (``sekisho vault rotate`` re-keys future
studies); keys live only in worker memory (never in the job tables, logs or Ray's object spilling on disk beyond
the run's lifetime, see docs/SCALE.md).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field

from gateway.scrub.ports import DeidKeys
from linkage_vault.keyed import KeyedFunctions


@dataclass(frozen=True)
class WorkerKeys:
    """``DeidKeys`` for one study and one job; picklable; the keys never appear in reprs."""

    job: str
    _keyed: KeyedFunctions = field(repr=False)

    def pseudonym(self, patient_id: str) -> str:
        return self._keyed.pseudonym(patient_id)

    def date_shift_days(self, patient_id: str) -> int:
        return self._keyed.date_shift_days(patient_id)

    def remap_uid(self, uid: str) -> str:
        return self._keyed.remap_uid(uid)

    @property
    def fingerprint(self) -> str:
        """A non-secret identifier of the key set (safe to log and compare between workers)."""
        return key_fingerprint(self._keyed)


def key_fingerprint(keyed: KeyedFunctions) -> str:
    mac = hmac.new(keyed.uid_key, b"sekisho/v1/fingerprint\x00" + keyed.namespace.encode(), hashlib.sha256)
    return mac.hexdigest()[:16]


def worker_keys(keyed: DeidKeys, job: str) -> DeidKeys:
    """The keys to ship to workers for ``job``: study subkeys wrapped so that only ``DeidKeys`` is exposed.
    Any other ``DeidKeys`` implementation (tests, callbacks) is shipped as it is."""
    if isinstance(keyed, KeyedFunctions):
        return WorkerKeys(job, keyed)
    return keyed
