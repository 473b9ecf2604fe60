"""The raw element tree the fast path works on: one pass over the bytes of a little-endian Part 10 file (explicit or
implicit VR; every compressed transfer syntax is explicit VR little endian) into elements that keep their value
bytes as read. Nothing is converted: text is decoded later only where the profile or the sweep needs it, numbers
and binary values are written back exactly as read, and the pixel data elements are never part of the tree.

Truncation is detected here (a length past the end of the file or of its item, a missing delimiter): the file is
then quarantined, as pydicom would read such files silently. What this reader does not take (an invalid VR, a
nested undefined-length value outside a sequence, an unlisted VR) raises ``Fallback`` and the engine parses the
file with pydicom instead, so a file is never rejected only because the fast path does not know it.
"""

from __future__ import annotations

import struct
from functools import lru_cache

from pydicom.datadict import dictionary_VR
from pydicom.dataelem import RawDataElement, convert_raw_data_element
from pydicom.multival import MultiValue
from pydicom.tag import BaseTag
from pydicom.valuerep import PersonName

PIXEL_TAGS = frozenset({0x7FE00008, 0x7FE00009, 0x7FE00010})
LONG_VRS = frozenset({"OB", "OW", "OF", "OD", "OL", "OV", "UN", "UT", "SQ", "UC", "UR", "SV", "UV"})
VALID_VRS = frozenset(
    {
        "AE",
        "AS",
        "AT",
        "CS",
        "DA",
        "DS",
        "DT",
        "FD",
        "FL",
        "IS",
        "LO",
        "LT",
        "OB",
        "OD",
        "OF",
        "OL",
        "OV",
        "OW",
        "PN",
        "SH",
        "SL",
        "SQ",
        "SS",
        "ST",
        "SV",
        "TM",
        "UC",
        "UI",
        "UL",
        "UN",
        "UR",
        "US",
        "UT",
        "UV",
    }
)
_VR_OF_BYTES: dict[bytes, str] = {v.encode("ascii"): v for v in VALID_VRS}
UNDEFINED = 0xFFFFFFFF
MAX_DEPTH = 64

_HH = struct.Struct("<HH").unpack_from
_H = struct.Struct("<H").unpack_from
_I = struct.Struct("<I").unpack_from
_HHI = struct.Struct("<HHI").unpack_from
_EXPLICIT_SHORT = struct.Struct("<HH2sH").pack
_EXPLICIT_LONG = struct.Struct("<HH2sHI").pack
_IMPLICIT = struct.Struct("<HHI").pack
# big endian (Explicit VR Big Endian, retired but still met): the same layouts byte-swapped
_BE_HH = struct.Struct(">HH").unpack_from
_BE_H = struct.Struct(">H").unpack_from
_BE_I = struct.Struct(">I").unpack_from
_BE_HHI = struct.Struct(">HHI").unpack_from
_BE_EXPLICIT_SHORT = struct.Struct(">HH2sH").pack
_BE_EXPLICIT_LONG = struct.Struct(">HH2sHI").pack
_BE_IMPLICIT = struct.Struct(">HHI").pack


class Fallback(Exception):
    """The fast path does not take this file; the engine parses it with pydicom."""


class Truncated(Exception):
    """A length runs past the end of the file or of its item, or a delimiter is missing. Fixed phrases only."""


class Elem:
    """One element: ``value`` is the value bytes as read (or as re-encoded by the scrubber); ``items`` the items of
    a sequence (each a list of elements), None otherwise."""

    __slots__ = ("items", "tag", "value", "vr")

    def __init__(self, tag: int, vr: str, value: bytes, items: list[list[Elem]] | None = None) -> None:
        self.tag = tag
        self.vr = vr
        self.value = value
        self.items = items

    def __repr__(self) -> str:  # never the value (PHI)
        return f"Elem({self.tag:08X} {self.vr})"


@lru_cache(maxsize=4096)
def implicit_vr(tag: int) -> str:
    """The VR of an element read in implicit VR: the dictionary's (ambiguous ones as written there), ``LO`` for a
    private creator, ``UN`` for anything else (private or unknown)."""
    if tag >> 16 & 1:
        return "LO" if 0x10 <= (tag & 0xFFFF) <= 0xFF else "UN"
    if tag & 0xFFFF == 0:
        return "UL"
    try:
        return str(dictionary_VR(tag))
    except KeyError:
        return "UN"


@lru_cache(maxsize=4096)
def _dictionary_sq(tag: int) -> bool:
    if tag >> 16 & 1:
        return False
    try:
        return bool(dictionary_VR(tag) == "SQ")
    except KeyError:
        return False


def parse(data: bytes, pos: int, implicit: bool, big: bool = False) -> tuple[list[Elem], int]:
    """The top-level dataset from ``pos`` up to the first pixel data element (or the end). Returns the elements
    and the offset where the pixel data elements start (``len(data)`` when there are none)."""
    elems, pos = _dataset(data, pos, len(data), implicit, 0, big)
    if pos < len(data) and (_BE_HH if big else _HH)(data, pos)[0] == 0xFFFE:
        raise Fallback("a delimiter outside any sequence")
    return elems, pos


def _dataset(  # noqa: PLR0917 - internal recursion
    data: bytes, pos: int, end: int, implicit: bool, depth: int, big: bool
) -> tuple[list[Elem], int]:
    """Elements from ``pos`` until ``end``, an item delimiter (returned at its offset) or, at the top, the first
    pixel data element."""
    if depth > MAX_DEPTH:
        raise Truncated("sequences nested too deeply")
    hh, h, i4 = (_BE_HH, _BE_H, _BE_I) if big else (_HH, _H, _I)
    elems: list[Elem] = []
    append = elems.append
    vr_of = _VR_OF_BYTES
    while pos < end:
        if pos + 8 > end:
            raise Truncated("truncated element header")
        group, el = hh(data, pos)
        if group == 0xFFFE:
            return elems, pos
        tag = group << 16 | el
        if depth == 0 and tag in PIXEL_TAGS:
            return elems, pos
        if implicit:
            vr = implicit_vr(tag)
            length = i4(data, pos + 4)[0]
            pos += 8
        else:
            found = vr_of.get(data[pos + 4 : pos + 6])
            if found is None:
                raise Fallback("VR not taken by the fast path")
            vr = found
            if vr in LONG_VRS:
                if pos + 12 > end:
                    raise Truncated("truncated element header")
                length = i4(data, pos + 8)[0]
                pos += 12
            else:
                length = h(data, pos + 6)[0]
                pos += 8
        if vr == "SQ" or (implicit and vr == "UN" and length == UNDEFINED) or (vr == "UN" and _dictionary_sq(tag)):
            item_implicit = implicit or vr == "UN"
            if length == UNDEFINED:
                items, pos = _items(data, pos, end, None, item_implicit, depth + 1, big)
            else:
                stop = pos + length
                if stop > end:
                    raise Truncated("truncated: an element runs past the end of the file")
                items, pos = _items(data, pos, end, stop, item_implicit, depth + 1, big)
            append(Elem(tag, "SQ" if vr == "SQ" or _dictionary_sq(tag) else "UN", b"", items))
            continue
        if length == UNDEFINED:
            if vr == "UN":  # a private or unknown sequence encoded as UN: read its items, the scrubber drops it
                items, pos = _items(data, pos, end, None, True, depth + 1, big)
                append(Elem(tag, "UN", b"", items))
                continue
            raise Fallback("undefined length outside a sequence")
        stop = pos + length
        if stop > end:
            raise Truncated("truncated: an element runs past the end of the file")
        append(Elem(tag, vr, data[pos:stop]))
        pos = stop
    return elems, pos


def _items(  # noqa: PLR0917 - internal recursion
    data: bytes, pos: int, end: int, stop: int | None, implicit: bool, depth: int, big: bool
) -> tuple[list[list[Elem]], int]:
    """Items of a sequence: up to ``stop`` (defined length) or the sequence delimiter (undefined length)."""
    hh, hhi = (_BE_HH, _BE_HHI) if big else (_HH, _HHI)
    items: list[list[Elem]] = []
    limit = end if stop is None else stop
    while True:
        if stop is not None and pos >= stop:
            if pos != stop:
                raise Truncated("malformed sequence")
            return items, pos
        if pos + 8 > limit:
            raise Truncated("truncated: a sequence has no delimiter")
        group, el, length = hhi(data, pos)
        pos += 8
        if group == 0xFFFE and el == 0xE0DD:
            if stop is not None:  # tolerated inside a defined length, as pydicom does: it ends the sequence
                return items, stop
            return items, pos
        if group != 0xFFFE or el != 0xE000:
            raise Truncated("malformed sequence")
        if length == UNDEFINED:
            elems, pos = _dataset(data, pos, limit, implicit, depth, big)
            if pos + 8 > limit or hh(data, pos) != (0xFFFE, 0xE00D):
                raise Truncated("truncated: an item has no delimiter")
            pos += 8
        else:
            item_end = pos + length
            if item_end > limit:
                raise Truncated("truncated: an item runs past the end of the file")
            elems, at = _dataset(data, pos, item_end, implicit, depth, big)
            if at != item_end:
                raise Truncated("malformed item")
            pos = item_end
        items.append(elems)


def read_meta(data: bytes) -> tuple[dict[int, bytes], int]:
    """The File Meta Information elements (explicit VR little endian) and the offset of the dataset."""
    meta: dict[int, bytes] = {}
    pos = 132
    n = len(data)
    while pos + 8 <= n:
        group, el = _HH(data, pos)
        if group != 0x0002:
            break
        vr = data[pos + 4 : pos + 6]
        if vr.decode("latin-1") in LONG_VRS:
            if pos + 12 > n:
                raise Truncated("truncated file meta")
            length = _I(data, pos + 8)[0]
            pos += 12
        else:
            length = _H(data, pos + 6)[0]
            pos += 8
        if length == UNDEFINED or pos + length > n:
            raise Truncated("truncated file meta")
        meta[group << 16 | el] = data[pos : pos + length]
        pos += length
    return meta, pos


def ascii_value(value: bytes) -> str:
    return value.decode("latin-1").strip(" \x00")


# ------------------------------------------------------------------------------------------------------- writing


def encode_element(tag: int, vr: str, value: bytes, implicit: bool, big: bool = False) -> bytes:
    """One non-sequence element, its value padded to even length (UI and binary with NUL, text with a space)."""
    if len(value) & 1:
        value += b"\x00" if vr in ("UI", "OB", "UN") else b" "
    if implicit:
        return (_BE_IMPLICIT if big else _IMPLICIT)(tag >> 16, tag & 0xFFFF, len(value)) + value
    if vr in LONG_VRS:
        pack = _BE_EXPLICIT_LONG if big else _EXPLICIT_LONG
        return pack(tag >> 16, tag & 0xFFFF, vr.encode("ascii"), 0, len(value)) + value
    if len(value) > 0xFFFF:
        raise ValueError("value too long for its VR")
    pack = _BE_EXPLICIT_SHORT if big else _EXPLICIT_SHORT
    return pack(tag >> 16, tag & 0xFFFF, vr.encode("ascii"), len(value)) + value


_DELIMITERS = {
    big: (p(0xFFFE, 0xE000, UNDEFINED), p(0xFFFE, 0xE00D, 0), p(0xFFFE, 0xE0DD, 0))
    for big, p in ((False, _IMPLICIT), (True, _BE_IMPLICIT))
}


def write(
    out: list[bytes],
    elems: list[Elem],
    implicit: bool,
    extra: list[tuple[int, bytes]] | None = None,
    big: bool = False,
) -> None:
    """Append the encoded elements (sorted by tag; sequences and items of undefined length) to ``out``. ``extra``:
    pre-encoded elements merged in tag order (the de-identification markers)."""
    pending = list(extra or ())
    add = out.append
    item_start, item_end, seq_end = _DELIMITERS[big]
    for el in sorted(elems, key=_tag_of):
        tag = el.tag
        while pending and pending[0][0] < tag:
            add(pending.pop(0)[1])
        if el.items is not None:
            if implicit:
                add((_BE_IMPLICIT if big else _IMPLICIT)(tag >> 16, tag & 0xFFFF, UNDEFINED))
            else:
                add((_BE_EXPLICIT_LONG if big else _EXPLICIT_LONG)(tag >> 16, tag & 0xFFFF, b"SQ", 0, UNDEFINED))
            for item in el.items:
                add(item_start)
                write(out, item, implicit, None, big)
                add(item_end)
            add(seq_end)
            continue
        add(encode_element(tag, el.vr, el.value, implicit, big))
    for _, encoded in pending:
        add(encoded)


def _tag_of(el: Elem) -> int:
    return el.tag


# ------------------------------------------------------------------------------------------------------- text


SINGLE_VALUE_VRS = frozenset({"LT", "ST", "UT", "UR"})


class Scope:
    """How the text of one dataset (the top level or an item) is decoded: its character set (an item's own
    SpecificCharacterSet, else the enclosing one), and whether 7-bit bytes without escapes read as ASCII in it
    (not when G0 is JIS X 0201, ISO_IR 13, where 0x5C is the yen sign)."""

    __slots__ = ("encodings", "implicit", "plain")

    def __init__(self, encodings: tuple[str, ...], implicit: bool) -> None:
        self.encodings = encodings
        self.implicit = implicit
        self.plain = encodings[0] != "shift_jis"

    def within(self, item: list[Elem]) -> Scope:
        """The scope of an item: its own character set if it declares one."""
        for el in item:
            if el.tag == 0x00080005:
                return Scope(encodings_for(el.value), self.implicit)
            if el.tag > 0x00080005:
                break
        return self


@lru_cache(maxsize=64)
def encodings_for(value: bytes) -> tuple[str, ...]:
    """Python codecs of a SpecificCharacterSet value (pydicom's mapping; unknown terms warn there)."""
    from pydicom.charset import convert_encodings

    terms = [t.strip() for t in value.decode("latin-1").strip(" \x00").split("\\")]
    return tuple(convert_encodings(terms)) if any(terms) else ("iso8859",)


def is_plain(value: bytes, scope: Scope) -> bool:
    """7-bit bytes without ISO 2022 escapes under an ASCII G0: the same text in every character set."""
    return scope.plain and value.isascii() and b"\x1b" not in value


def texts(el: Elem, vr: str, scope: Scope) -> list[str]:
    """The element's values as text (trailing spaces and NULs dropped). Plain 7-bit values are split here; anything
    else is decoded by pydicom in the scope's character set (its warnings quarantine the file upstream)."""
    value = el.value
    if scope.plain and value.isascii() and b"\x1b" not in value:
        s = value.decode("ascii")
        if vr in SINGLE_VALUE_VRS:
            return [s.rstrip(" \x00")]
        return [p.rstrip(" \x00") for p in s.split("\\")]
    raw = RawDataElement(BaseTag(el.tag), vr, len(value), value, 0, scope.implicit, True)
    converted = convert_raw_data_element(raw, encoding=list(scope.encodings)).value
    if converted is None:
        return [""]
    if isinstance(converted, bytes):
        return [converted.decode("latin-1")]
    if isinstance(converted, str | PersonName):
        return [str(converted)]
    if isinstance(converted, MultiValue | list | tuple):
        return [str(v) for v in converted] or [""]
    return [str(converted)]


def encode_texts(vr: str, values: list[str]) -> bytes:
    """Values written as UTF-8 (ASCII when they are ASCII): the output's one character set."""
    text = values[0] if vr in SINGLE_VALUE_VRS and len(values) == 1 else "\\".join(values)
    return text.encode("utf-8")
