"""Scrub one DICOM file (bytes in, bytes out) or a directory tree, and verify every output independently.

One parse, one write: the header is read with ``stop_before_pixels`` from the bytes in memory, scrubbed in place,
written by pydicom, and the pixel data elements (7FE0,0008/0009/0010) are appended as raw bytes from the source
(never decoded). Big-endian and deflated transfer syntaxes are parsed whole and written by pydicom. Objects that are
candidates for burned-in text go through ``gateway.scrub.pixels.clean_pixel_data`` under Clean Pixel Data (parsed
whole); while that module is unavailable they are quarantined ("pixel cleaning unavailable").

Fail closed: non-DICOM, unreadable, truncated (pixel data shorter than declared or than the image needs), unknown
transfer syntax, DICOMDIR, undecodable text, a failed verification: quarantined with a reason, no output.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import os
import shutil
import struct
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pydicom
import pydicom.config
from pydicom.charset import convert_encodings, default_encoding
from pydicom.datadict import dictionary_VR
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import correct_ambiguous_vr_element, write_data_element
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag, ItemDelimiterTag, ItemTag, SequenceDelimiterTag
from pydicom.uid import UID, UID_dictionary  # type: ignore[attr-defined]

from gateway import __version__
from gateway.scrub.dicom import verify
from gateway.scrub.dicom.actions import ScrubContext, TextCleaner, scrub_dataset, scrub_elements
from gateway.scrub.dicom.charset import OUTPUT_CHARSET
from gateway.scrub.dicom.elements import (
    Elem,
    Fallback,
    Scope,
    Truncated,
    ascii_value,
    encode_element,
    encodings_for,
    parse,
    read_meta,
    texts,
)
from gateway.scrub.dicom.elements import write as write_elements
from gateway.scrub.dicom.profile import engine_profile
from gateway.scrub.dicom.report import FileReport, write_report
from gateway.scrub.dicom.sweep import Matcher, collect, collect_elements, to_known
from gateway.scrub.dicom.uids import UidMapper, implementation_class_uid
from gateway.scrub.ports import DeidKeys
from policies.dicom_options import DicomDeidOptions
from policies.dicom_profile import method_codes
from policies.identifiers import KnownIdentifiers

DICOMDIR_SOP_CLASS = "1.2.840.10008.1.3.10"
RAW_COPY_SYNTAXES = frozenset({"1.2.840.10008.1.2", "1.2.840.10008.1.2.1"})
FULL_PARSE_SYNTAXES = frozenset({"1.2.840.10008.1.2.2", "1.2.840.10008.1.2.1.99"})
PIXEL_TAGS = frozenset({0x7FE00008, 0x7FE00009, 0x7FE00010})
PIXEL_CANDIDATE_MODALITIES = frozenset({"US", "XA", "RF", "SC", "OT", "ES", "XC", "GM", "SM", "IVUS", "DOC"})
PIXEL_CANDIDATE_SOP_CLASSES = frozenset({"1.2.840.10008.5.1.4.1.1.7"})  # secondary capture
PIXEL_CANDIDATE_SOP_PREFIXES = (
    "1.2.840.10008.5.1.4.1.1.7.",  # multi-frame secondary capture
    "1.2.840.10008.5.1.4.1.1.6.",  # ultrasound
    "1.2.840.10008.5.1.4.1.1.3.1",  # ultrasound multi-frame (retired)
    "1.2.840.10008.5.1.4.1.1.12.",  # XA / XRF
    "1.2.840.10008.5.1.4.1.1.77.",  # visible light
)
_LONG_VRS = frozenset({b"OB", b"OW", b"OF", b"OD", b"OL", b"OV", b"UN", b"UT", b"SQ", b"UC", b"UR", b"SV", b"UV"})
# pydicom's character-set warnings that mean text was (or would be) mis-decoded or mis-encoded: an identifier
# could hide behind replacement characters, so the file is quarantined. ("Incorrect value for Specific Character
# Set ... assuming ..." is pydicom correcting a known misspelling and is not in this list.)
_DECODE_WARNING_WORDS = (
    "replacement characters",
    "unknown encoding",
    "unknown escape sequence",
    "failed to encode",
    "failed to decode",
    "code extension",
)
IMPLEMENTATION_VERSION = ("SEKISHO_" + __version__)[:16]


class Quarantine(Exception):
    """Fail closed. The message is a fixed phrase, never a value from the file."""


@dataclass(frozen=True)
class Outcome:
    status: str  # "ok" | "quarantined"
    reason: str
    data: bytes | None = field(default=None, repr=False)
    relpath: str | None = None  # <study>/<series>/<sop>.dcm
    pseudonym: str | None = None
    # for the vault's linkage record (PHI: never logged, never in reprs)
    patient_key: str | None = field(default=None, repr=False)
    known: KnownIdentifiers | None = field(default=None, repr=False)


# (scrubbed dataset, the patient's identifiers, pixel options, the source header's candidacy decision) -> outcome
# with ``status`` ("clean", "masked", "not_candidate", "quarantine") and ``reason``
PixelCleaner = Callable[[Dataset, KnownIdentifiers, Any, Any], Any]


def _pixel_cleaner() -> PixelCleaner | None:
    try:
        mod = importlib.import_module("gateway.scrub.pixels")
    except ImportError:
        return None
    fn = getattr(mod, "clean_pixel_data", None)
    return fn if callable(fn) else None


def _pixel_options(options_obj: Any) -> Any:
    if options_obj is not None:
        return options_obj
    try:
        from policies.pixel_options import PixelOptions

        return PixelOptions()
    except ImportError:  # pragma: no cover - policies ships it
        return None


def _ascii(ds: Dataset, tag: int) -> str:
    """A short coded value (CS, UI) read without pydicom's keyword machinery; '' when absent."""
    elem: Any = ds.get_item(tag)
    if elem is None:
        return ""
    value = elem.value
    if isinstance(value, bytes):
        return value.decode("latin-1").strip(" \x00")
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    return "\\".join(str(v) for v in value) if hasattr(value, "__iter__") else str(value)


def is_pixel_candidate(ds: Dataset) -> bool:
    modality = _ascii(ds, 0x00080060).upper()
    sop = _ascii(ds, 0x00080016)
    burned = _ascii(ds, 0x00280301).upper()
    return (
        modality in PIXEL_CANDIDATE_MODALITIES
        or burned == "YES"
        or sop in PIXEL_CANDIDATE_SOP_CLASSES
        or any(sop.startswith(p) for p in PIXEL_CANDIDATE_SOP_PREFIXES)
    )


def _raw_pixel_elements(data: bytes, pos: int, implicit: bool, big: bool = False) -> memoryview:
    """A view (no copy) of the pixel data elements starting at ``pos`` (explicit/implicit little endian); they
    are contiguous. Anything after them (trailing padding, signatures) is dropped. Raises Quarantine when
    truncated."""
    first = pos
    n = len(data)
    e = ">" if big else "<"
    while pos + 8 <= n:
        group, elem = struct.unpack_from(e + "HH", data, pos)
        tag = group << 16 | elem
        if tag not in PIXEL_TAGS:
            break
        if implicit:
            length = struct.unpack_from(e + "I", data, pos + 4)[0]
            header = 8
        else:
            vr = data[pos + 4 : pos + 6]
            if vr in _LONG_VRS:
                if pos + 12 > n:
                    raise Quarantine("truncated pixel data element")
                length = struct.unpack_from(e + "I", data, pos + 8)[0]
                header = 12
            else:
                length = struct.unpack_from(e + "H", data, pos + 6)[0]
                header = 8
        start = pos + header
        if length == 0xFFFFFFFF:
            p = start
            while True:
                if p + 8 > n:
                    raise Quarantine("truncated encapsulated pixel data")
                ig, ie, ilen = struct.unpack_from(e + "HHI", data, p)
                if (ig, ie) == (0xFFFE, 0xE0DD):
                    p += 8
                    break
                if (ig, ie) != (0xFFFE, 0xE000) or ilen == 0xFFFFFFFF:
                    raise Quarantine("malformed encapsulated pixel data")
                p += 8 + ilen
                if p > n:
                    raise Quarantine("truncated encapsulated pixel data")
            end = p
        else:
            end = start + length
            if end > n:
                raise Quarantine("pixel data shorter than declared")
        pos = end
    return memoryview(data)[first:pos]


_MAX_DEPTH = 64


def _check_structure(data: bytes, implicit: bool) -> bool:
    """Walk every element header of the dataset (sequences and items at any depth, values skipped) and raise
    Quarantine when a declared length runs past the end of the file or a delimiter is missing: pydicom stops
    silently at the end of a truncated defined-length sequence."""
    if len(data) < 144:
        raise Quarantine("truncated file")
    group, elem, vr, glen = struct.unpack_from("<HH2sH", data, 132)
    if (group, elem) != (0x0002, 0x0000) or vr != b"UL" or glen != 4:
        return implicit  # no meta group length: pydicom's own parse is the only check
    start = 144 + struct.unpack_from("<I", data, 140)[0]
    if not implicit and start + 6 <= len(data):
        vr = data[start + 4 : start + 6]
        implicit = not (vr.isalpha() and vr.isupper())  # pydicom reads a mislabelled implicit dataset too
    _walk(data, start, implicit, 0)
    return implicit


def _walk(data: bytes, pos: int, implicit: bool, depth: int) -> int:
    n = len(data)
    if depth > _MAX_DEPTH:
        raise Quarantine("sequences nested too deeply")
    while pos < n:
        if pos + 8 > n:
            raise Quarantine("truncated element header")
        group, elem = struct.unpack_from("<HH", data, pos)
        if group == 0xFFFE:
            return pos  # item delimiter of the enclosing item
        if depth == 0 and (group << 16 | elem) in PIXEL_TAGS:
            return pos  # checked by the pixel data walker
        vr = b""
        if implicit:
            length = struct.unpack_from("<I", data, pos + 4)[0]
            pos += 8
        else:
            vr = data[pos + 4 : pos + 6]
            if vr in _LONG_VRS:
                if pos + 12 > n:
                    raise Quarantine("truncated element header")
                length = struct.unpack_from("<I", data, pos + 8)[0]
                pos += 12
            else:
                length = struct.unpack_from("<H", data, pos + 6)[0]
                pos += 8
        if length == 0xFFFFFFFF:
            pos = _walk_items(data, pos, implicit or vr == b"UN", depth + 1)
        else:
            pos += length
            if pos > n:
                raise Quarantine("truncated: an element runs past the end of the file")
    return pos


def _walk_items(data: bytes, pos: int, implicit: bool, depth: int) -> int:
    n = len(data)
    while True:
        if pos + 8 > n:
            raise Quarantine("truncated: a sequence has no delimiter")
        group, elem, length = struct.unpack_from("<HHI", data, pos)
        pos += 8
        if (group, elem) == (0xFFFE, 0xE0DD):
            return pos
        if (group, elem) != (0xFFFE, 0xE000):
            raise Quarantine("malformed sequence")
        if length == 0xFFFFFFFF:
            pos = _walk(data, pos, implicit, depth)
            if pos + 8 > n or struct.unpack_from("<HH", data, pos) != (0xFFFE, 0xE00D):
                raise Quarantine("truncated: an item has no delimiter")
            pos += 8
        else:
            pos += length
            if pos > n:
                raise Quarantine("truncated: an item runs past the end of the file")


def _expected_native_length(ds: Dataset) -> int | None:
    try:
        rows = int(ds.Rows)
        cols = int(ds.Columns)
        bits = int(ds.BitsAllocated)
        spp = int(ds.get("SamplesPerPixel", 1) or 1)
        frames = int(ds.get("NumberOfFrames", 1) or 1)
    except (AttributeError, TypeError, ValueError):
        return None
    total_bits = rows * cols * bits * spp * frames
    return (total_bits + 7) // 8


def _native_length(pixel_raw: bytes | memoryview, implicit: bool, big: bool = False) -> int | None:
    if len(pixel_raw) < (8 if implicit else 12):
        return None
    e = ">" if big else "<"
    tag = struct.unpack_from(e + "HH", pixel_raw, 0)
    if tag != (0x7FE0, 0x0010):
        return None
    length = struct.unpack_from(e + "I", pixel_raw, 4 if implicit else 8)[0]
    return None if length == 0xFFFFFFFF else int(length)


def patient_key(ds: Dataset) -> str:
    """The key of the patient for pseudonym and date shift: PatientID, else name and birth date."""
    pid = str(ds.get("PatientID", "") or "").strip()
    if pid:
        return pid
    return "name:" + str(ds.get("PatientName", "") or "") + "|" + str(ds.get("PatientBirthDate", "") or "")


@lru_cache(maxsize=64)
def _method_items(options: DicomDeidOptions) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    codes = tuple(method_codes(options))
    return (f"Sekisho {__version__}"[:64], *(meaning[:64] for _, meaning in codes)), codes


def _deid_markers(ds: Dataset, options: DicomDeidOptions) -> None:
    methods, codes = _method_items(options)
    ds.add_new(0x00120062, "CS", "YES")
    ds.add_new(0x00120063, "LO", list(methods))
    seq = Sequence()
    for value, meaning in codes:
        item = Dataset()
        item.add_new(0x00080100, "SH", value)
        item.add_new(0x00080102, "SH", "DCM")
        item.add_new(0x00080104, "LO", meaning)
        seq.append(item)
    ds.add_new(0x00120064, "SQ", seq)
    if options.retain_long_full_dates:
        ds.add_new(0x00280303, "CS", "UNMODIFIED")
    elif options.retain_long_modified_dates:
        ds.add_new(0x00280303, "CS", "MODIFIED")
    else:
        ds.add_new(0x00280303, "CS", "REMOVED")


def _read(data: bytes) -> tuple[Dataset, int, bool]:
    """Parse the header. Returns (dataset, offset of the pixel data, whole file parsed)."""
    if len(data) < 132 or data[128:132] != b"DICM":
        raise Quarantine("not a DICOM Part 10 file (no DICM prefix)")
    fp = io.BytesIO(data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            ds = pydicom.dcmread(fp, stop_before_pixels=True)
        except Exception as exc:
            raise Quarantine(f"unreadable DICOM ({type(exc).__name__})") from None
        pos = fp.tell()
        meta = getattr(ds, "file_meta", None)
        ts = str(meta.get("TransferSyntaxUID", "")) if meta is not None else ""
        if not ts or ts not in UID_dictionary or UID_dictionary[ts][1] != "Transfer Syntax":
            raise Quarantine("unknown transfer syntax")
        whole = False
        mislabelled = False
        if ts not in FULL_PARSE_SYNTAXES:
            declared_implicit = ts == "1.2.840.10008.1.2"
            mislabelled = _check_structure(data, declared_implicit) != declared_implicit
        if ts in FULL_PARSE_SYNTAXES or mislabelled:
            try:
                ds = pydicom.dcmread(io.BytesIO(data))
            except Exception as exc:
                raise Quarantine(f"unreadable DICOM ({type(exc).__name__})") from None
            whole = True
    _check_warnings(caught)
    return ds, pos, whole


def _check_warnings(caught: Iterable[warnings.WarningMessage]) -> None:
    for w in caught:
        msg = str(w.message).lower()
        if any(word in msg for word in _DECODE_WARNING_WORDS):
            raise Quarantine("text could not be decoded in its declared character set")


def _check_object(ds: Dataset) -> None:
    sop_class = _ascii(ds.file_meta, 0x00020002) or _ascii(ds, 0x00080016)
    if sop_class == DICOMDIR_SOP_CLASS or 0x00041220 in ds:
        raise Quarantine("DICOMDIR (media directory), not a composite object")
    for kw, tag in (
        ("SOPClassUID", 0x00080016),
        ("SOPInstanceUID", 0x00080018),
        ("StudyInstanceUID", 0x0020000D),
        ("SeriesInstanceUID", 0x0020000E),
    ):
        if not _ascii(ds, tag):
            raise Quarantine(f"missing {kw}")


@contextlib.contextmanager
def _no_value_validation() -> Iterator[None]:
    """pydicom validates every value it converts or sets (format warnings only); the scrubber's decisions do not
    depend on it, and it costs a large part of the run. Restored afterwards."""
    settings = pydicom.config.settings
    before = (settings.reading_validation_mode, settings.writing_validation_mode)
    settings.reading_validation_mode = pydicom.config.IGNORE
    settings.writing_validation_mode = pydicom.config.IGNORE
    try:
        yield
    finally:
        settings.reading_validation_mode, settings.writing_validation_mode = before


def scrub_bytes(
    data: bytes,
    *,
    options: DicomDeidOptions,
    keys: DeidKeys,
    known: KnownIdentifiers | None = None,
    clean_text: TextCleaner | None = None,
    pixel_cleaner: PixelCleaner | bool | None = True,
    pixel_options: Any = None,
) -> Outcome:
    """De-identify one Part 10 file given as bytes. ``pixel_cleaner=True`` looks up ``gateway.scrub.pixels``."""
    with warnings.catch_warnings(record=True) as caught, _no_value_validation():
        warnings.simplefilter("always")
        try:
            outcome = _scrub(data, options, keys, known, clean_text, pixel_cleaner, pixel_options)
        except Quarantine as q:
            return Outcome("quarantined", str(q))
        except Exception as exc:  # fail closed: a file pydicom or our reader chokes on is quarantined, never raised
            return Outcome("quarantined", f"internal error ({type(exc).__name__})")
    try:
        _check_warnings(caught)
    except Quarantine as q:
        return Outcome("quarantined", str(q))
    return outcome


def scrub_file(path: Path, **kwargs: Any) -> Outcome:
    """``scrub_bytes`` on a file's bytes (same keywords); an unreadable file is quarantined."""
    try:
        data = path.read_bytes()
    except OSError:
        return Outcome("quarantined", "unreadable file")
    return scrub_bytes(data, **kwargs)


def scrub_ds(ds: Dataset, **kwargs: Any) -> Outcome:
    """``scrub_bytes`` on an in-memory dataset with file meta (e.g. a C-STORE's ``event.dataset`` with
    ``event.file_meta``): it is encoded as received, then parsed and scrubbed like a file, so one code path
    decides. Prefer ``event.encoded_dataset()`` bytes when available (no re-encoding)."""
    buf = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ds.save_as(buf, enforce_file_format=True)
    except Exception as exc:
        return Outcome("quarantined", f"dataset could not be encoded ({type(exc).__name__})")
    return scrub_bytes(buf.getvalue(), **kwargs)


def _scrub(  # noqa: PLR0917 - private helper mirroring scrub_bytes' keywords
    data: bytes,
    options: DicomDeidOptions,
    keys: DeidKeys,
    known: KnownIdentifiers | None,
    clean_text: TextCleaner | None,
    pixel_cleaner: PixelCleaner | bool | None,
    pixel_options: Any,
) -> Outcome:
    """The raw element path (``_scrub_raw``) for little-endian files that are not pixel candidates; pydicom's
    (``_scrub_pydicom``) for everything else."""
    if len(data) < 132 or data[128:132] != b"DICM":
        raise Quarantine("not a DICOM Part 10 file (no DICM prefix)")
    try:
        return _scrub_raw(data, options, keys, known, clean_text, pixel_options)
    except Fallback:
        return _scrub_pydicom(data, options, keys, known, clean_text, pixel_cleaner, pixel_options)


def _source_candidacy(ds: Dataset, pixel_options: Any) -> tuple[bool, Any]:
    """Whether Clean Pixel Data applies to this object, decided once on the *source* header, and the decision the
    pixel cleaner is given (``gateway.scrub.pixels.Candidacy``: modalities, SOP classes, BurnedInAnnotation, deid
    graylist layouts with their coordinates, as the policy says); the engine's own list, and no decision to hand
    over, only where that module is unavailable."""
    try:
        from gateway.scrub.pixels import candidacy
    except ImportError:  # pragma: no cover - the pixels package ships with the engine
        return is_pixel_candidate(ds), None
    opts = _pixel_options(pixel_options)
    if opts is None:  # pragma: no cover
        return is_pixel_candidate(ds), None
    decision = candidacy(ds, opts)
    return bool(decision.candidate), decision


def _candidate(ds: Dataset, pixel_options: Any) -> bool:
    return _source_candidacy(ds, pixel_options)[0]


def _header_view(elems: list[Elem], scope: Scope) -> Dataset:
    """A pydicom dataset over the header as read (values converted only when asked for, sequences as datasets of
    their items): what ``candidacy`` reads."""
    raw: dict[Any, Any] = {}
    for el in elems:
        tag = BaseTag(el.tag)
        if el.items is not None:
            if el.vr != "SQ":
                continue  # a UN sequence: nothing pydicom could read either
            seq = Sequence([_header_view(item, scope.within(item)) for item in el.items])
            raw[tag] = DataElement(tag, "SQ", seq)
        else:
            raw[tag] = RawDataElement(tag, el.vr, len(el.value), el.value, 0, scope.implicit, True)
    return Dataset(raw)


# Candidacy depends only on the elements its rules read: cached by their values (a series shares them)
_CANDIDACY_TAGS = (0x00080060, 0x00080016, 0x00280301, 0x00186011)  # modality, SOP class, burned in, US regions
_candidacy_cache: dict[tuple[Any, ...], bool] = {}


@lru_cache(maxsize=16)
def _filter_tags(recipes: tuple[str, ...]) -> frozenset[int] | None:
    """Tags the deid filter recipes read (policies/data/deid-filters); None when a recipe cannot be read (then
    nothing is cached)."""
    import json
    from importlib import resources

    from pydicom.datadict import tag_for_keyword

    tags: set[int] = set(_CANDIDACY_TAGS)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            fld = node.get("field")
            if isinstance(fld, str):
                text = fld.strip()
                if text.lower().startswith("0x"):
                    tags.add(int(text, 16))
                else:
                    found = tag_for_keyword(text)
                    if found is not None:
                        tags.add(int(found))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    try:
        for name in recipes:
            path = resources.files("policies") / "data" / "deid-filters" / f"{name}.json"
            walk(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
    return frozenset(tags)


def _value_key(el: Elem) -> object:
    if el.items is None:
        return (el.vr, el.value)
    return tuple(tuple((e.tag, _value_key(e)) for e in item) for item in el.items)


def _candidacy_elements(elems: list[Elem], top: dict[int, Elem], read: list[int]) -> list[Elem]:
    """What the candidacy view holds: the top-level elements candidacy reads (``read``, sorted) and the character
    set their text is decoded in; nothing else of the header is converted."""
    return [top[t] for t in sorted({*read, 0x00080005} & top.keys())]


def _raw_candidate(elems: list[Elem], top: dict[int, Elem], scope: Scope, pixel_options: Any) -> bool:
    opts = _pixel_options(pixel_options)
    tags = _filter_tags(tuple(getattr(opts, "deid_filters", ()) or ())) if opts is not None else None
    if tags is None:
        return _candidate(_header_view(elems, scope), pixel_options)
    read = [t for t in sorted(tags) if t in top]
    key = (opts, scope.encodings, tuple((t, _value_key(top[t])) for t in read))
    found = _candidacy_cache.get(key)
    if found is None:
        found = _candidate(_header_view(_candidacy_elements(elems, top, read), scope), pixel_options)
        if len(_candidacy_cache) > 4096:
            _candidacy_cache.clear()
        _candidacy_cache[key] = found
    return found


@lru_cache(maxsize=256)
def _matcher(known: KnownIdentifiers) -> Matcher:
    """The sweep's matcher for one patient's identifiers (files of a series share it; deterministic)."""
    return Matcher(known)


def _us(el: Elem | None, big: bool) -> int | None:
    if el is None or len(el.value) != 2:
        return None
    return int(struct.unpack(">H" if big else "<H", el.value)[0])


def _expected_raw_length(top: dict[int, Elem], big: bool) -> int | None:
    rows, cols = _us(top.get(0x00280010), big), _us(top.get(0x00280011), big)
    bits = _us(top.get(0x00280100), big)
    spp_el = top.get(0x00280002)
    spp = _us(spp_el, big) if spp_el is not None and spp_el.value else 1
    if rows is None or cols is None or bits is None or spp is None:
        return None
    frames_el = top.get(0x00280008)
    frames = 1
    if frames_el is not None:
        text = frames_el.value.decode("latin-1").strip(" \x00")
        try:
            frames = int(text) if text else 1
        except ValueError:
            return None
    return (rows * cols * bits * (spp or 1) * (frames or 1) + 7) // 8


def _top_text(top: dict[int, Elem], tag: int) -> str:
    el = top.get(tag)
    return ascii_value(el.value) if el is not None else ""


def _source_elements(
    elems: list[Elem], path: tuple[int, ...] = ()
) -> Iterator[tuple[tuple[int, ...], int, str, bytes]]:
    """Every non-sequence element of the source as read (value bytes), for the verifier's own decoding and
    collection of source facts."""
    for el in elems:
        if el.items is not None:
            for i, item in enumerate(el.items):
                yield from _source_elements(item, (*path, el.tag, i))
        else:
            yield (*path, el.tag), el.tag, el.vr, el.value


def _single_text(el: Elem | None, scope: Scope) -> str:
    """A one-valued text as pydicom gives it (for the patient key); several values: the pydicom path decides."""
    if el is None or not el.value:
        return ""
    values = texts(el, el.vr if el.vr != "UN" else "LO", scope)
    if len(values) != 1:
        raise Fallback("multi-valued patient identity")
    return values[0]


def _scrub_raw(  # noqa: PLR0917 - private helper mirroring scrub_bytes' keywords
    data: bytes,
    options: DicomDeidOptions,
    keys: DeidKeys,
    known: KnownIdentifiers | None,
    clean_text: TextCleaner | None,
    pixel_options: Any,
) -> Outcome:
    try:
        meta, start = read_meta(data)
    except Truncated:
        raise Fallback("file meta") from None
    ts = ascii_value(meta.get(0x00020010, b""))
    glen = meta.get(0x00020000, b"")
    if (
        not ts
        or ts not in UID_dictionary
        or UID_dictionary[ts][1] != "Transfer Syntax"
        or len(glen) != 4
        or 144 + struct.unpack("<I", glen)[0] != start
    ):
        raise Fallback("transfer syntax or file meta for pydicom")
    big = ts == "1.2.840.10008.1.2.2"
    if not big and "Big Endian" in UID_dictionary[ts][0]:
        raise Fallback("unsupported transfer syntax")  # pydicom's path quarantines it
    if ts == "1.2.840.10008.1.2.1.99":  # deflated: inflated once, then read and written as Explicit VR LE
        try:
            data = data[:start] + zlib.decompress(data[start:], -zlib.MAX_WBITS)
        except zlib.error:
            raise Fallback("deflate stream for pydicom") from None
        ts = "1.2.840.10008.1.2.1"
    implicit = ts == "1.2.840.10008.1.2"
    if not implicit and start + 6 <= len(data):
        vr = data[start + 4 : start + 6]
        if not (vr.isalpha() and vr.isupper()):
            raise Fallback("implicit VR dataset labelled explicit")
    if implicit and options.retain_safe_private:
        raise Fallback("implicit VR private elements need pydicom's private dictionary")
    if len(data) < 144:
        raise Quarantine("truncated file")
    try:
        elems, pixel_pos = parse(data, start, implicit, big)
    except Truncated as exc:
        raise Quarantine(str(exc)) from None
    top = {el.tag: el for el in elems}
    sop_class = ascii_value(meta.get(0x00020002, b"")) or _top_text(top, 0x00080016)
    if sop_class == DICOMDIR_SOP_CLASS or 0x00041220 in top:
        raise Quarantine("DICOMDIR (media directory), not a composite object")
    for kw, tag in (
        ("SOPClassUID", 0x00080016),
        ("SOPInstanceUID", 0x00080018),
        ("StudyInstanceUID", 0x0020000D),
        ("SeriesInstanceUID", 0x0020000E),
    ):
        if not _top_text(top, tag):
            raise Quarantine(f"missing {kw}")
    charset = top.get(0x00080005)
    scope = Scope(encodings_for(charset.value) if charset is not None else ("iso8859",), implicit)
    if options.clean_pixel_data and _raw_candidate(elems, top, scope, pixel_options):
        raise Fallback("pixel candidate: parsed whole for the pixel cleaner")
    pixel_raw = _raw_pixel_elements(data, pixel_pos, implicit, big)
    if not UID(ts).is_compressed:
        declared = _native_length(pixel_raw, implicit, big)
        expected = _expected_raw_length(top, big) if declared is not None else None
        if declared is not None and expected is not None and declared < expected:
            raise Quarantine("pixel data shorter than the image size requires")
    facts = verify.collect_source_facts_raw(_source_elements(elems), known)
    collected = to_known(
        collect_elements(
            elems,
            scope,
            institution=not options.retain_institution_identity,
            device=not options.retain_device_identity,
        )
    )
    all_known = collected.merged(known) if known is not None else collected
    pid = _single_text(top.get(0x00100020), scope).strip()
    key = pid or "name:" + _single_text(top.get(0x00100010), scope) + "|" + _single_text(top.get(0x00100030), scope)
    ctx = ScrubContext(
        profile=engine_profile(options),
        uid=UidMapper(keys),
        pseudonym=keys.pseudonym(key),
        shift_days=keys.date_shift_days(key),
        matcher=_matcher(all_known),
        known=all_known,
        clean_text=clean_text,
        ascii_passthrough=scope.plain,
    )
    kept = scrub_elements(elems, ctx, scope)
    out_top = {el.tag: el for el in kept}
    extra = list(_marker_bytes(options, implicit, big))
    if ctx.non_ascii:
        charset_el = encode_element(0x00080005, "CS", OUTPUT_CHARSET.encode("ascii"), implicit, big)
        extra.insert(0, (0x00080005, charset_el))
    parts = [_file_meta_bytes(_top_text(out_top, 0x00080016), _top_text(out_top, 0x00080018), ts)]
    try:
        write_elements(parts, kept, implicit, extra, big)
    except ValueError:
        raise Quarantine("value too long for its VR") from None
    parts.append(pixel_raw)  # type: ignore[arg-type] # bytes.join takes the view: the one copy of the pixel data
    out = b"".join(parts)
    verdict = verify.verify_output(out, facts, options)
    if not verdict.ok:
        raise Quarantine("verifier: " + "; ".join(verdict.reasons[:5]))
    rel = f"{_top_text(out_top, 0x0020000D)}/{_top_text(out_top, 0x0020000E)}/{_top_text(out_top, 0x00080018)}.dcm"
    return Outcome("ok", "", out, rel, ctx.pseudonym, patient_key=key, known=all_known)


def _scrub_pydicom(  # noqa: PLR0917 - private helper mirroring scrub_bytes' keywords
    data: bytes,
    options: DicomDeidOptions,
    keys: DeidKeys,
    known: KnownIdentifiers | None,
    clean_text: TextCleaner | None,
    pixel_cleaner: PixelCleaner | bool | None,
    pixel_options: Any,
) -> Outcome:
    ds, pixel_pos, whole = _read(data)
    _check_object(ds)
    ts = str(ds.file_meta.TransferSyntaxUID)
    if ts == "1.2.840.10008.1.2.1.99":
        ts = "1.2.840.10008.1.2.1"  # deflated input is written inflated (Explicit VR Little Endian)
    implicit = ts == "1.2.840.10008.1.2"
    cleaner: PixelCleaner | None = None
    decision: Any = None
    is_candidate = False
    if options.clean_pixel_data:
        is_candidate, decision = _source_candidacy(ds, pixel_options)
    if is_candidate:
        cleaner = _pixel_cleaner() if pixel_cleaner is True else (pixel_cleaner or None)
        if cleaner is None:
            raise Quarantine("pixel cleaning unavailable")
        if not whole:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    ds = pydicom.dcmread(io.BytesIO(data))
                except Exception as exc:
                    raise Quarantine(f"unreadable DICOM ({type(exc).__name__})") from None
            _check_warnings(caught)
            whole = True
    pixel_raw: bytes | memoryview = b""
    if not whole:
        if ts not in RAW_COPY_SYNTAXES and ts in UID_dictionary and "Big Endian" in UID_dictionary[ts][0]:
            raise Quarantine("unsupported transfer syntax")
        pixel_raw = _raw_pixel_elements(data, pixel_pos, implicit)
        if not ds.file_meta.TransferSyntaxUID.is_compressed:
            declared = _native_length(pixel_raw, implicit)
            expected = _expected_native_length(ds) if declared is not None else None
            if declared is not None and expected is not None and declared < expected:
                raise Quarantine("pixel data shorter than the image size requires")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        facts = verify.collect_source_facts(ds, known)
        collected = to_known(
            collect(
                ds,
                institution=not options.retain_institution_identity,
                device=not options.retain_device_identity,
            )
        )
    _check_warnings(caught)
    all_known = collected.merged(known) if known is not None else collected
    key = patient_key(ds)
    ctx = ScrubContext(
        profile=engine_profile(options),
        uid=UidMapper(keys),
        pseudonym=keys.pseudonym(key),
        shift_days=keys.date_shift_days(key),
        matcher=_matcher(all_known),
        known=all_known,
        clean_text=clean_text,
        ascii_passthrough=not _ascii(ds, 0x00080005).split("\\")[0].strip().endswith("IR 13"),
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        scrub_dataset(ds, ctx)
    _check_warnings(caught)
    if cleaner is not None:
        # the cleaner obeys the source header's decision (a deid layout rule on a description the profile has
        # emptied since still applies, with its coordinates); it does not re-read candidacy on the scrubbed header
        outcome = cleaner(ds, all_known, _pixel_options(pixel_options), decision)
        status = str(getattr(outcome, "status", "quarantine"))
        if status == "quarantine" or status not in ("clean", "masked", "not_candidate"):
            raise Quarantine("pixel cleaning: " + str(getattr(outcome, "reason", "failed"))[:200])
        if status == "not_candidate" and PIXEL_TAGS & set(ds.keys()):
            # a candidate by the source header that the cleaner did not check: never written unchecked
            raise Quarantine("pixel cleaning: a candidate by the source header was not checked")
        ts = str(ds.file_meta.TransferSyntaxUID)  # masking may have re-encoded the pixels
    if ctx.non_ascii:
        ds.SpecificCharacterSet = OUTPUT_CHARSET
    elif "SpecificCharacterSet" in ds:
        del ds.SpecificCharacterSet
    out = _write(ds, ts, pixel_raw, options)
    verdict = verify.verify_output(out, facts, options)
    if not verdict.ok:
        raise Quarantine("verifier: " + "; ".join(verdict.reasons[:5]))
    rel = f"{_ascii(ds, 0x0020000D)}/{_ascii(ds, 0x0020000E)}/{_ascii(ds, 0x00080018)}.dcm"
    return Outcome("ok", "", out, rel, ctx.pseudonym, patient_key=key, known=all_known)


def _meta_element(tag: int, vr: bytes, value: bytes) -> bytes:
    if len(value) % 2:
        value += b"\x00" if vr == b"UI" else b" "
    if vr == b"OB":
        return struct.pack("<HH2sHI", tag >> 16, tag & 0xFFFF, vr, 0, len(value)) + value
    return struct.pack("<HH2sH", tag >> 16, tag & 0xFFFF, vr, len(value)) + value


def _file_meta_bytes(sop_class: str, sop_instance: str, ts: str) -> bytes:
    """Preamble, prefix and the six File Meta elements Sekisho writes (PS3.10 7.1), encoded directly."""
    body = b"".join(
        (
            _meta_element(0x00020001, b"OB", b"\x00\x01"),
            _meta_element(0x00020002, b"UI", sop_class.encode("ascii")),
            _meta_element(0x00020003, b"UI", sop_instance.encode("ascii")),
            _meta_element(0x00020010, b"UI", ts.encode("ascii")),
            _meta_element(0x00020012, b"UI", implementation_class_uid().encode("ascii")),
            _meta_element(0x00020013, b"SH", IMPLEMENTATION_VERSION.encode("ascii")),
        )
    )
    return b"\x00" * 128 + b"DICM" + struct.pack("<HH2sHI", 0x0002, 0x0000, b"UL", 4, len(body)) + body


@lru_cache(maxsize=64)
def _marker_bytes(options: DicomDeidOptions, implicit: bool, big: bool = False) -> tuple[tuple[int, bytes], ...]:
    """The de-identification markers, encoded once per options and encoding: (tag, element bytes) in tag order."""
    ds = Dataset()
    _deid_markers(ds, options)
    out = []
    for tag in sorted(ds.keys()):
        fp = DicomBytesIO()
        fp.is_little_endian = not big
        fp.is_implicit_VR = implicit
        single = Dataset()
        single[tag] = ds[tag]
        _write_items(fp, single, [default_encoding])
        out.append((int(tag), bytes(fp.getvalue())))
    return tuple(out)


def _write(ds: Dataset, ts: str, pixel_raw: bytes | memoryview, options: DicomDeidOptions) -> bytes:
    try:
        if ts in FULL_PARSE_SYNTAXES:  # big endian: pydicom's writer
            _deid_markers(ds, options)
            meta = FileMetaDataset()
            meta.MediaStorageSOPClassUID = ds.SOPClassUID
            meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
            meta.TransferSyntaxUID = UID(ts)
            meta.ImplementationClassUID = UID(implementation_class_uid())
            meta.ImplementationVersionName = IMPLEMENTATION_VERSION
            ds.file_meta = meta
            ds.preamble = b"\x00" * 128
            buf = io.BytesIO()
            ds.save_as(buf, enforce_file_format=True)
            return buf.getvalue()
        implicit = ts == "1.2.840.10008.1.2"
        fp = DicomBytesIO()
        fp.write(_file_meta_bytes(_ascii(ds, 0x00080016), _ascii(ds, 0x00080018), ts))
        fp.is_little_endian = True
        fp.is_implicit_VR = implicit
        charset = ds[0x00080005].value if 0x00080005 in ds else None
        encodings = convert_encodings(charset) if charset else [default_encoding]
        _write_items(fp, ds, encodings, list(_marker_bytes(options, implicit)))
        return b"".join((fp.getvalue(), pixel_raw))  # the one copy of the pixel data
    except Quarantine:
        raise
    except Exception as exc:
        raise Quarantine(f"could not be written ({type(exc).__name__})") from None


_LONG_VR_STR = frozenset({"OB", "OW", "OF", "OD", "OL", "OV", "UN", "UT", "SQ", "UC", "UR", "SV", "UV"})


def _write_raw(fp: DicomBytesIO, tag: int, vr: str | None, value: bytes) -> None:
    """A raw element as read: its value bytes are already encoded (numbers, binary, ASCII text)."""
    if len(value) % 2:
        value += b"\x00" if vr in ("UI", "OB", "UN") else b" "
    if fp.is_implicit_VR:
        fp.write(struct.pack("<HHI", tag >> 16, tag & 0xFFFF, len(value)))
    elif vr in _LONG_VR_STR:
        fp.write(struct.pack("<HH2sHI", tag >> 16, tag & 0xFFFF, vr.encode("ascii"), 0, len(value)))
    else:
        assert vr is not None
        if len(value) > 0xFFFF:
            raise Quarantine("value too long for its VR")
        fp.write(struct.pack("<HH2sH", tag >> 16, tag & 0xFFFF, vr.encode("ascii"), len(value)))
    fp.write(value)


def _write_items(
    fp: DicomBytesIO, ds: Dataset, encodings: list[str], extra: list[tuple[int, bytes]] | None = None
) -> None:
    """pydicom's ``write_dataset`` without its re-conversion of every raw element when the character set
    changed: the scrubber has already decoded every text element that is not plain ASCII, and numeric/binary raw
    values do not depend on the character set, so they are written as read. Sequences and items are written
    with undefined lengths. ``extra``: pre-encoded elements merged in tag order (the de-identification markers)."""
    pending = extra or []
    for tag in sorted(ds.keys()):
        t = int(tag)
        while pending and pending[0][0] < t:
            fp.write(pending.pop(0)[1])
        if tag.element == 0 and tag.group > 6:
            continue
        elem: Any = ds.get_item(tag)  # RawDataElement until decoded
        if elem is None:
            continue
        if elem.VR == "SQ" or (isinstance(elem, RawDataElement) and elem.VR is None and _is_sq(t)):
            seq = ds[tag]
            fp.write_tag(seq.tag)
            if not fp.is_implicit_VR:
                fp.write(b"SQ\x00\x00")
            fp.write_UL(0xFFFFFFFF)
            for item in seq.value or ():
                fp.write_tag(ItemTag)
                fp.write_UL(0xFFFFFFFF)
                _write_items(fp, item, encodings)
                fp.write_tag(ItemDelimiterTag)
                fp.write_UL(0)
            fp.write_tag(SequenceDelimiterTag)
            fp.write_UL(0)
            continue
        if isinstance(elem, RawDataElement):
            vr = elem.VR
            if (vr is None and not fp.is_implicit_VR) or (vr is not None and " or " in vr):
                elem = ds[tag]  # an explicit VR output needs the VR: decode (dictionary VR)
            elif isinstance(elem.value, bytes) and elem.length != 0xFFFFFFFF:
                _write_raw(fp, t, vr, elem.value)
                continue
        if not fp.is_implicit_VR and elem.VR is not None and " or " in elem.VR:
            elem = correct_ambiguous_vr_element(elem, ds, True)
        write_data_element(fp, elem, encodings)
    for _, encoded in pending:
        fp.write(encoded)


def _is_sq(tag: int) -> bool:
    try:
        return dictionary_VR(tag) == "SQ"
    except KeyError:
        return False


# ---------------------------------------------------------------------------------------------- directory runs


@dataclass(frozen=True)
class RunConfig:
    options: DicomDeidOptions
    keys: DeidKeys
    known: KnownIdentifiers | None = None
    clean_text: TextCleaner | None = None
    pixel_options: Any = None


def _iter_files(src: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(src):
        dirs.sort()
        for name in sorted(files):
            yield Path(root) / name


_worker_cfg: RunConfig | None = None
_worker_dst: Path | None = None


@dataclass(frozen=True)
class _Done:
    """What a worker sends back: never the bytes (they are written where they belong, under a temporary name)."""

    status: str
    reason: str
    relpath: str | None = None
    tmp: str | None = None


def _init_worker(cfg: RunConfig, dst: Path) -> None:
    global _worker_cfg, _worker_dst  # noqa: PLW0603 - one configuration per worker process
    _worker_cfg = cfg
    _worker_dst = dst


def _process(path_str: str) -> _Done:
    cfg, dst = _worker_cfg, _worker_dst
    assert cfg is not None and dst is not None
    return _scrub_to_tmp(Path(path_str), cfg, dst)


def _scrub_to_tmp(path: Path, cfg: RunConfig, dst: Path) -> _Done:
    outcome = scrub_path(path, cfg)
    if outcome.status != "ok" or outcome.data is None or outcome.relpath is None:
        return _Done("quarantined", outcome.reason)
    target = dst / outcome.relpath
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{hashlib.sha256(str(path).encode()).hexdigest()[:12]}.part")
    tmp.write_bytes(outcome.data)
    return _Done("ok", "", outcome.relpath, str(tmp))


def scrub_path(path: Path, cfg: RunConfig) -> Outcome:
    try:
        data = path.read_bytes()
    except OSError:
        return Outcome("quarantined", "unreadable file")
    try:
        return scrub_bytes(
            data,
            options=cfg.options,
            keys=cfg.keys,
            known=cfg.known,
            clean_text=cfg.clean_text,
            pixel_options=cfg.pixel_options,
        )
    except Exception as exc:  # no crash: an unexpected failure quarantines the file, the run continues
        return Outcome("quarantined", f"internal error ({type(exc).__name__})")


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


def copy_to_quarantine(quarantine: Path, path: Path, rel_src: str, reason: str) -> None:
    """Keep a quarantined input under an opaque name (a digest of its relative path, which may carry PHI) with
    its reason beside it; best effort: a failed copy never stops the run."""
    quarantine.mkdir(parents=True, exist_ok=True)
    opaque = hashlib.sha256(rel_src.encode("utf-8")).hexdigest()[:24]
    try:
        shutil.copyfile(path, quarantine / f"{opaque}.dcm")
        (quarantine / f"{opaque}.reason.txt").write_text(reason + "\n", encoding="utf-8")
    except OSError:
        pass


def run_directory(
    src: Path,
    dst: Path,
    cfg: RunConfig,
    *,
    report: Path | None = None,
    quarantine: Path | None = None,
    workers: int = 1,
) -> list[FileReport]:
    """Scrub every file under ``src`` into ``dst/<study>/<series>/<sop>.dcm``. Failed inputs are copied to
    ``quarantine`` (never under ``dst``) as ``<opaque>.dcm`` with a ``<opaque>.reason.txt``."""
    if quarantine is not None and _inside(quarantine, dst):
        raise ValueError("the quarantine directory must not be under the destination")
    if src.is_dir() and _inside(dst, src):
        raise ValueError("the destination must not be under the source")
    base = src.parent if src.is_file() else src
    found = [src] if src.is_file() else list(_iter_files(src))
    files = [p for p in found if not (report is not None and p.resolve() == report.resolve())]
    dst.mkdir(parents=True, exist_ok=True)
    results: list[FileReport] = []
    seen: set[str] = set()

    def outcomes() -> Iterator[tuple[Path, _Done]]:
        if workers <= 1:
            for p in files:
                yield p, _scrub_to_tmp(p, cfg, dst)
            return
        with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(cfg, dst)) as pool:
            chunk = max(1, min(8, len(files) // (workers * 16)))  # small chunks: balanced ends
            yield from zip(files, pool.map(_process, [str(p) for p in files], chunksize=chunk), strict=True)

    for path, done in outcomes():
        rel_src = path.relative_to(base).as_posix()
        status, reason = done.status, done.reason
        if status == "ok" and done.relpath is not None and done.tmp is not None:
            if done.relpath in seen:
                Path(done.tmp).unlink(missing_ok=True)
                status, reason = "quarantined", "duplicate SOP Instance UID in this run"
            else:
                os.replace(done.tmp, dst / done.relpath)
                seen.add(done.relpath)
                results.append(FileReport(rel_src, done.relpath, "ok", ""))
                continue
        if quarantine is not None:
            copy_to_quarantine(quarantine, path, rel_src, reason)
        results.append(FileReport(rel_src, None, "quarantined", reason))
    if report is not None:
        write_report(report, results)
    return results
