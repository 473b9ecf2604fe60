"""UID handling: registry UIDs (SOP classes, transfer syntaxes, coding schemes...) are kept, every other UID is
remapped under the keyed function to ``2.25.<decimal>``, consistently across files, runs and references."""

from __future__ import annotations

from functools import lru_cache

from pydicom.uid import UID_dictionary  # type: ignore[attr-defined]

from gateway.scrub.ports import DeidKeys


def is_registry_uid(uid: str) -> bool:
    return uid in UID_dictionary


@lru_cache(maxsize=1)
def implementation_class_uid() -> str:
    """Sekisho's Implementation Class UID: a fixed UUID-derived UID (PS3.5 B.2)."""
    import uuid

    return "2.25." + str(uuid.uuid5(uuid.NAMESPACE_URL, "https://sekisho.dev/dicom/implementation").int)


class UidMapper:
    """Remaps UIDs with a per-process cache (the keyed HMAC is deterministic, so caching only saves time)."""

    def __init__(self, keys: DeidKeys) -> None:
        self._keys = keys
        self._cache: dict[str, str] = {}

    def __call__(self, uid: str) -> str:
        uid = uid.strip().rstrip("\x00")
        if not uid or is_registry_uid(uid):
            return uid
        out = self._cache.get(uid)
        if out is None:
            out = self._keys.remap_uid(uid)
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[uid] = out
        return out
