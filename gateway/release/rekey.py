"""Per-recipient re-keying: research pseudonyms and UIDs -> the recipient's own (``Vault.recipient_keyed``).

- UIDs: every UI value at any depth (sequences included: ReferencedSOPInstanceUID, FrameOfReferenceUID,
  ReferencedFrameOfReferenceUID, ...) and the file meta's MediaStorageSOPInstanceUID go through the recipient's
  ``remap_uid``; registry UIDs (SOP classes, transfer syntaxes, coding schemes) are kept. The same research UID
  maps to the same recipient UID in every file, so references stay consistent.
- pseudonyms: any token shaped like a Sekisho keyed pseudonym (``P`` + 20 Crockford base32 characters: subject,
  record, accession and field ids) in any string value, DICOM or record, becomes the recipient's pseudonym of it.
- generalisation (``disclosure``): PatientAge, PatientSize, PatientWeight and BodyPartExamined per level.

Two recipients' keyed functions are unrelated (HMAC under derived keys), so their releases cannot be joined on
pseudonyms or UIDs.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import pydicom
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.uid import UID
from pydicom.valuerep import PersonName

from gateway.release.disclosure import age_band, band_mid, keeps_body_part, keeps_size
from gateway.scrub.dicom.uids import UidMapper
from gateway.scrub.ports import DeidKeys

PSEUDONYM = re.compile(r"(?<![0-9A-Za-z])P[0-9A-HJKMNP-TV-Z]{20}(?![0-9A-Za-z])")
_RAW_PSEUDONYM = re.compile(rb"P[0-9A-HJKMNP-TV-Z]{20}")
_TEXT_VRS = frozenset({"AE", "CS", "LO", "LT", "PN", "SH", "ST", "UC", "UT"})


class RekeyError(Exception):
    """A research object could not be re-keyed (fixed phrase, no values)."""


class Rekeyer:
    def __init__(self, keys: DeidKeys) -> None:
        self.keys = keys
        self.uid = UidMapper(keys)
        self._pseud: dict[str, str] = {}

    def __repr__(self) -> str:
        return "Rekeyer(<keys>)"

    def pseudonym(self, value: str) -> str:
        out = self._pseud.get(value)
        if out is None:
            out = self.keys.pseudonym(value)
            self._pseud[value] = out
        return out

    def text(self, value: str) -> str:
        return PSEUDONYM.sub(lambda m: self.pseudonym(m.group(0)), value)

    def json(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(v) for v in value]
        if isinstance(value, dict):
            return {k: self.json(v) for k, v in value.items()}
        return value

    def _map_value(self, value: Any, fn: Callable[[str], str]) -> Any:
        if isinstance(value, MultiValue | list):
            return [fn(str(v)) for v in value]
        if isinstance(value, str | PersonName):
            return fn(str(value))
        return value

    def dataset(self, ds: Dataset) -> None:
        """Re-key ``ds`` in place. Elements still raw (not yet decoded by pydicom) are decoded only when they can
        hold something to change: UIDs, sequences, and text whose bytes contain a pseudonym-shaped ASCII token."""

        def visit(d: Dataset) -> None:
            for tag in list(d.keys()):
                raw: Any = d.get_item(tag)
                if (
                    isinstance(raw, RawDataElement)
                    and raw.VR is not None
                    and raw.VR not in ("SQ", "UI", "UN")
                    and (raw.VR not in _TEXT_VRS or not raw.value or not _RAW_PSEUDONYM.search(raw.value))
                ):
                    continue
                elem = d[tag]
                if elem.VR == "SQ":
                    for item in elem.value:
                        visit(item)
                elif elem.VR == "UI" and elem.value:
                    elem.value = self._map_value(elem.value, self.uid)
                elif elem.VR in _TEXT_VRS and elem.value:
                    elem.value = self._map_value(elem.value, self.text)

        visit(ds)

    def dicom(self, data: bytes, generalise: Mapping[str, Any] | None = None) -> tuple[bytes, Dataset]:
        """Re-key one Part 10 file; returns the new bytes and the dataset (pixel data kept as read)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ds = pydicom.dcmread(io.BytesIO(data))
            except Exception:
                raise RekeyError("research object is not readable DICOM") from None
            self.dataset(ds)
            meta = ds.file_meta
            if "MediaStorageSOPInstanceUID" in meta:
                meta.MediaStorageSOPInstanceUID = UID(self.uid(str(meta.MediaStorageSOPInstanceUID)))
            if generalise is not None:
                apply_generalisation(ds, generalise)
            buf = io.BytesIO()
            ds.save_as(buf, enforce_file_format=True)
        return buf.getvalue(), ds


def apply_generalisation(ds: Dataset, g: Mapping[str, Any]) -> None:
    """``g``: {"level": "L0".."L3"}; generalises the patient characteristics the release carries."""
    level = str(g.get("level", "L3"))
    if "PatientAge" in ds:
        age = _as_age(str(ds.PatientAge or ""))
        band = age_band(age, level) if age is not None else None
        if band is None:
            del ds.PatientAge
        else:
            ds.PatientAge = f"{band[0]:03d}Y"
    for keyword, width, scale in (("PatientSize", 10, 0.01), ("PatientWeight", 10, 1.0)):
        if keyword not in ds:
            continue
        if not keeps_size(level):
            delattr(ds, keyword)
            continue
        try:
            raw = float(ds.data_element(keyword).value)  # type: ignore[union-attr]
        except (TypeError, ValueError):
            delattr(ds, keyword)
            continue
        mid = band_mid(raw / scale, width)
        if mid is None:
            delattr(ds, keyword)
        else:
            setattr(ds, keyword, f"{mid * scale:.2f}".rstrip("0").rstrip("."))
    if not keeps_body_part(level) and "BodyPartExamined" in ds:
        del ds.BodyPartExamined


def _as_age(value: str) -> int | None:
    m = re.fullmatch(r"\s*(\d{1,3})([DWMY])\s*", value)
    if m is None:
        return None
    n, unit = int(m.group(1)), m.group(2)
    return n if unit == "Y" else 0
