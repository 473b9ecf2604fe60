"""The patient's own identifiers ("known" identifiers), as one frozen, typed value that crosses packages.

Filled from the DICOM header at ingest (all PN groups), from record exports, or from the vault's encrypted
store of identifiers; used by the DICOM sweep, the text scrubber (``known`` in ``sekisho scrub text``) and the
pixel verifier. Its repr never shows values.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class PersonName(BaseModel):
    """One person's name in every script we know of. Any field may be empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str = ""  # kanji (ideographic) or the only form known
    given: str = ""
    family_kana: str = ""  # phonetic reading (hiragana or katakana)
    given_kana: str = ""
    family_romaji: str = ""  # alphabetic form
    given_romaji: str = ""

    def __repr__(self) -> str:
        return "PersonName(<redacted>)"

    __str__ = __repr__

    def parts(self) -> list[str]:
        return [
            p
            for p in (
                self.family,
                self.given,
                self.family_kana,
                self.given_kana,
                self.family_romaji,
                self.given_romaji,
            )
            if p
        ]


class KnownIdentifiers(BaseModel):
    """Identifiers of one patient. ``ids`` holds patient IDs, accession numbers, insurance numbers..."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    names: tuple[PersonName, ...] = ()
    ids: tuple[str, ...] = ()
    birth_date: date | None = None
    addresses: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    other: tuple[str, ...] = Field(default=(), description="any other literal that must never survive")

    def __repr__(self) -> str:
        return f"KnownIdentifiers(<redacted: {len(self.names)} names, {len(self.ids)} ids>)"

    __str__ = __repr__

    def is_empty(self) -> bool:
        return not (
            self.names or self.ids or self.birth_date or self.addresses or self.phones or self.emails or self.other
        )

    def merged(self, other: KnownIdentifiers) -> KnownIdentifiers:
        def _u(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))

        return KnownIdentifiers(
            names=tuple(dict.fromkeys(self.names + other.names)),
            ids=_u(self.ids, other.ids),
            birth_date=self.birth_date or other.birth_date,
            addresses=_u(self.addresses, other.addresses),
            phones=_u(self.phones, other.phones),
            emails=_u(self.emails, other.emails),
            other=_u(self.other, other.other),
        )
