"""Ports the scrubbers depend on. ``linkage_vault.keyed.KeyedFunctions`` implements ``DeidKeys``."""

from __future__ import annotations

from typing import Protocol


class DeidKeys(Protocol):
    def pseudonym(self, patient_id: str) -> str: ...

    def date_shift_days(self, patient_id: str) -> int: ...

    def remap_uid(self, uid: str) -> str: ...
