"""Independent verifier for scrubbed DICOM outputs. It imports nothing of the scrubber (enforced by an
import-linter contract): it collects the source's identifiers with its own code, re-reads the output bytes, and
fails the file when

- any identifier of the source survives: every PN group (alphabetic, ideographic, phonetic) and component, kana in
  hiragana/katakana/half-width forms, patient and order IDs, address, telephone, birth date in Western and Japanese
  era spellings — compared on decoded values (NFKC, case and kana folded) AND on the raw header bytes in UTF-8,
  Shift_JIS, EUC-JP and ISO 2022 (JIS X 0208 after ``ESC $ B``) encodings;
- any element survives that the profile does not allow: private elements outside the safe-private list,
  overlays/curves, rows whose action is X, Z rows or non-table text with a value, UN elements;
- a source UID survives (unless Retain UIDs), or a source date survives unshifted at the same place (unless
  Retain Full Dates);
- the de-identification markers are missing, or the file meta information carries anything but the six elements
  Sekisho writes.

Usage: ``facts = collect_source_facts(source_header)`` before the scrubber touches the dataset, then
``verify_output(output_bytes, facts, options)``.
"""

from __future__ import annotations

import contextlib
import io
import struct
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import pydicom
from pydicom.datadict import dictionary_has_tag, dictionary_VR, tag_for_keyword
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.uid import UID_dictionary  # type: ignore[attr-defined]
from pydicom.valuerep import PersonName

from policies.dicom_options import DicomDeidOptions
from policies.dicom_profile import DUMMY_TEXT, SAFE_TEXT_KEYWORDS, TEXT_VRS, compile_profile
from policies.identifiers import KnownIdentifiers

_STR_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UR", "UT"})
_ALLOWED_META = frozenset({0x00020000, 0x00020001, 0x00020002, 0x00020003, 0x00020010, 0x00020012, 0x00020013})
_ENGINE_WRITTEN = frozenset({0x00120062, 0x00120063, 0x00120064, 0x00280303})
_PSEUDONYM_TAGS = frozenset({0x00100010, 0x00100020})
_PIXEL = frozenset({0x7FE00008, 0x7FE00009, 0x7FE00010})
_NOT_IDENTIFIERS = frozenset(
    {
        "anonymous",
        "anonymized",
        "anonymised",
        "anon",
        "unknown",
        "none",
        "null",
        "na",
        "n a",
        "test",
        "patient",
        "removed",
        "redacted",
        "dummy",
        "md",
        "dr",
        "mr",
        "mrs",
        "ms",
        "phd",
    }
)
_FOLD: dict[int, str | int] = {
    **{c: c - 0x60 for c in range(0x30A1, 0x30F7)},
    **{ord(c): " " for c in " \t\r\n^=,./\\-_・、。()（）[]「」:;'\"|"},
}
_IDS = frozenset(
    {
        0x00100020,
        0x00101000,
        0x00080050,
        0x00380010,
        0x00101090,
        0x00401001,
        0x00402016,
        0x00402017,
        0x00400009,
        0x00400253,
        0x00120040,
        0x00120042,
        0x00380400,
    }
)
_ADDR = frozenset({0x00101040, 0x00380300, 0x00080081, 0x00102150, 0x00102152})
_PHONE = frozenset({0x00102154, 0x00080094})
_ERA = (
    (date(2019, 5, 1), "令和", "R"),
    (date(1989, 1, 8), "平成", "H"),
    (date(1926, 12, 25), "昭和", "S"),
    (date(1912, 7, 30), "大正", "T"),
    (date(1868, 1, 25), "明治", "M"),
)
_KD = "〇一二三四五六七八九"


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().translate(_FOLD).split())


def _kanji(n: int) -> str:
    if n < 10:
        return _KD[n]
    t, o = divmod(n, 10)
    return ("" if t == 1 else _KD[t]) + "十" + (_KD[o] if o else "")


@lru_cache(maxsize=1024)
def _date_forms(d: date) -> frozenset[str]:
    y, m, dd = d.year, d.month, d.day
    forms = {f"{y}{m:02d}{dd:02d}", f"{y}年{m}月{dd}日"}
    for sep in "-/.":
        forms |= {f"{y}{sep}{m:02d}{sep}{dd:02d}", f"{y}{sep}{m}{sep}{dd}"}
        forms |= {f"{y % 100:02d}{sep}{m:02d}{sep}{dd:02d}", f"{y % 100:02d}{sep}{m}{sep}{dd}"}
    for start, kanji, letter in _ERA:
        if d >= start:
            ey = y - start.year + 1
            for e in {str(ey), f"{ey:02d}"} | ({"元"} if ey == 1 else set()):
                forms |= {f"{letter}{e}.{m}.{dd}", f"{letter}{e}/{m}/{dd}", f"{letter}{e}-{m}-{dd}"}
                forms |= {f"{letter}{e}.{m:02d}.{dd:02d}", f"{kanji}{e}年{m}月{dd}日"}
            forms.add(f"{kanji}{'元' if ey == 1 else _kanji(ey)}年{_kanji(m)}月{_kanji(dd)}日")
            break
    return frozenset(forms)


def _kana_forms(text: str) -> set[str]:
    import jaconv

    kata = jaconv.hira2kata(text)
    return {text, kata, jaconv.kata2hira(text), jaconv.z2h(kata, kana=True, ascii=False, digit=False)}


def _raw_forms(text: str) -> set[bytes]:
    out: set[bytes] = set()
    for form in _kana_forms(text):
        for codec in ("utf-8", "shift_jis", "cp932", "euc_jp", "iso2022_jp", "iso2022_jp_ext", "iso2022_jp_1"):
            try:
                b = form.encode(codec)
            except UnicodeEncodeError:
                continue
            out.add(b[:-3] if b.endswith(b"\x1b(B") else b)
    return {b for b in out if len(b) >= 4}


_Facts = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[bytes]]
_NO_FACTS: _Facts = (frozenset(), frozenset(), frozenset(), frozenset())


@lru_cache(maxsize=4096)
def _identifier_facts(text: str, kind: str) -> _Facts:
    """The tokens one identifier contributes (words, dates, substrings, raw byte forms); memoised, because a
    patient's identifiers and birth-date spellings recur in every file of the patient."""
    f = _fold(text)
    if not f or f in _NOT_IDENTIFIERS:
        return _NO_FACTS
    bare = f.replace(" ", "")
    if bare.isascii() and bare.isalnum():
        if kind == "name" and len(bare) < 2:
            return _NO_FACTS
        if kind == "id" and (len(bare) < 3 or (bare.isdigit() and len(bare) < 4)):
            return _NO_FACTS
        if kind == "contact" and len(bare) < 4:
            return _NO_FACTS
        if kind == "date":
            return frozenset(), frozenset({f}), frozenset(), frozenset()
        return frozenset({f}), frozenset(), frozenset(), frozenset()
    if kind != "name" and len(f) < 2:
        return _NO_FACTS
    words: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    substrings = frozenset({f})
    raw = frozenset(_raw_forms(text.strip()))
    if kind == "name" and all(0x3041 <= ord(ch) <= 0x309F or ch in " ー" for ch in f):
        import jaconv

        romaji = str(jaconv.kana2alphabet(f))
        if romaji.replace(" ", "").isascii() and romaji.replace(" ", "").isalpha():
            w2, d2, s2, r2 = _identifier_facts(romaji, "name")
            words, dates, substrings, raw = words | w2, dates | d2, substrings | s2, raw | r2
    return words, dates, substrings, raw


@dataclass
class SourceFacts:
    """What the verifier needs to know about the source. Never printed (values are PHI)."""

    words: set[str] = field(default_factory=set, repr=False)  # folded ASCII tokens, word-bounded
    dates: set[str] = field(default_factory=set, repr=False)  # folded date tokens, left-bounded
    substrings: set[str] = field(default_factory=set, repr=False)  # folded non-ASCII tokens
    raw: set[bytes] = field(default_factory=set, repr=False)
    uids: set[str] = field(default_factory=set, repr=False)
    date_values: dict[tuple[int, ...], str] = field(default_factory=dict, repr=False)

    def __repr__(self) -> str:
        return f"SourceFacts(<{len(self.words) + len(self.substrings)} tokens>)"

    def add_identifier(self, text: str, kind: str) -> None:
        words, dates, substrings, raw = _identifier_facts(text, kind)
        if words:
            self.words |= words
        if dates:
            self.dates |= dates
        if substrings:
            self.substrings |= substrings
        if raw:
            self.raw |= raw

    def add_known(self, known: KnownIdentifiers) -> None:
        for n in known.names:
            for p in n.parts():
                for g in p.split("="):
                    comps = g.split("^")
                    for c in comps[:3]:
                        self.add_identifier(c, "name")
        for i in (*known.ids, *known.emails, *known.other):
            self.add_identifier(i, "id")
        for a in (*known.addresses, *known.phones):
            self.add_identifier(a, "contact")
        if known.birth_date:
            for s in _date_forms(known.birth_date):
                self.add_identifier(s, "date")


def _elements(ds: Dataset, path: tuple[int, ...] = ()) -> Iterator[tuple[tuple[int, ...], int, str, Dataset]]:
    """(path, tag, VR, dataset) for every element at any depth, without decoding values."""
    for tag in ds.keys():  # noqa: SIM118 - Dataset iterates elements, keys are wanted
        t = int(tag)
        raw = ds.get_item(tag)
        vr = getattr(raw, "VR", None)
        if vr is None:
            try:
                vr = dictionary_VR(t)
            except KeyError:
                vr = "UN"
        yield (*path, t), t, vr, ds
        if vr == "SQ":
            for i, item in enumerate(ds[tag].value or ()):
                yield from _elements(item, (*path, t, i))


def _as_strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | PersonName):
        return [str(value)]
    if isinstance(value, bytes):
        return [value.decode("latin-1")]
    try:
        return [str(v) for v in value]  # type: ignore[attr-defined]
    except TypeError:
        return [str(value)]


def _texts(owner: Dataset, t: int) -> list[str]:
    """The element's values as text. 7-bit values without ISO 2022 escapes read the same in every character set
    and are taken from the raw bytes; anything else is decoded by pydicom with the dataset's character set."""
    raw: Any = owner.get_item(t)
    value = getattr(raw, "value", None)
    if isinstance(raw, RawDataElement) and isinstance(value, bytes) and value.isascii() and b"\x1b" not in value:
        return [v.strip(" \x00") for v in value.decode("ascii").split("\\")]
    return _as_strings(owner[t].value)


def collect_source_facts(ds: Dataset, known: KnownIdentifiers | None = None) -> SourceFacts:
    facts = SourceFacts()
    for path, t, vr, owner in _elements(ds):
        if t >> 16 & 1 or vr not in ("PN", "UI", "DA", "DT", "LO", "SH", "ST", "LT", "UT", "UC"):
            continue
        _add_facts(facts, path, t, vr, _texts(owner, t))
    if known is not None:
        facts.add_known(known)
    return facts


def _add_facts(facts: SourceFacts, path: tuple[int, ...], t: int, vr: str, values: list[str]) -> None:
    if vr == "PN":
        for v in values:
            for g in v.split("="):
                for c in g.split("^")[:3]:
                    facts.add_identifier(c, "name")
    elif vr == "UI":
        facts.uids |= {v.strip().rstrip("\x00") for v in values if v and v not in UID_dictionary}
    elif vr in ("DA", "DT"):
        joined = "\\".join(values).strip()
        if joined:
            facts.date_values[path] = joined
        if t == 0x00100030 and values and len(values[0].strip()) == 8 and values[0].strip().isdigit():
            v = values[0].strip()
            with contextlib.suppress(ValueError):
                facts.add_known(KnownIdentifiers(birth_date=date(int(v[:4]), int(v[4:6]), int(v[6:]))))
    elif t in _IDS:
        for v in values:
            facts.add_identifier(v, "id")
            digits = "".join(ch for ch in v if ch.isdigit())
            if len(digits) >= 6 and digits != v:
                facts.add_identifier(digits, "id")
    elif t in _ADDR or t in _PHONE:
        for v in values:
            facts.add_identifier(v, "contact")


# (path, tag, VR, value bytes as read): one element of the source, any depth (items give (..., tag, index, tag))
SourceElement = tuple[tuple[int, ...], int, str, bytes]


@lru_cache(maxsize=64)
def _codecs(value: bytes) -> tuple[str, ...]:
    """Python codecs of a SpecificCharacterSet value (pydicom's table; unknown terms warn, which quarantines)."""
    from pydicom.charset import convert_encodings

    terms = [t.strip() for t in value.decode("latin-1").strip(" \x00").split("\\")]
    return tuple(convert_encodings(terms)) if any(terms) else ("iso8859",)


def _raw_texts(t: int, vr: str, value: bytes, encodings: tuple[str, ...]) -> list[str]:
    """The verifier's own reading of a source value: 7-bit values without escapes (G0 ASCII) split as they are,
    anything else decoded by pydicom in the element's character set."""
    if encodings[0] != "shift_jis" and value.isascii() and b"\x1b" not in value:
        return [v.strip(" \x00") for v in value.decode("ascii").split("\\")]
    from pydicom.dataelem import convert_raw_data_element
    from pydicom.tag import BaseTag

    raw = RawDataElement(BaseTag(t), vr, len(value), value, 0, False, True)
    return _as_strings(convert_raw_data_element(raw, encoding=list(encodings)).value)


_FACT_VRS = frozenset({"PN", "UI", "DA", "DT", "LO", "SH", "ST", "LT", "UT", "UC"})


def collect_source_facts_raw(elements: Iterable[SourceElement], known: KnownIdentifiers | None = None) -> SourceFacts:
    """``collect_source_facts`` on the source's elements as read (value bytes, not decoded): the same facts, with
    the verifier's own decoding. The character set of each value is worked out here too, from the
    SpecificCharacterSet elements among them (an item's own, else the enclosing dataset's)."""
    facts = SourceFacts()
    items = list(elements)
    declared = {path[:-1]: _codecs(value) for path, t, _, value in items if t == 0x00080005}
    resolved: dict[tuple[int, ...], tuple[str, ...]] = {}

    def codecs_of(owner: tuple[int, ...]) -> tuple[str, ...]:
        found = resolved.get(owner)
        if found is None:
            at = owner
            while at not in declared and at:
                at = at[:-2]  # (..., sequence tag, item index) -> the enclosing dataset
            found = resolved[owner] = declared.get(at, ("iso8859",))
        return found

    for path, t, read_vr, value in items:
        if t >> 16 & 1:
            continue
        vr = read_vr
        if vr == "UN":
            try:
                vr = dictionary_VR(t)
            except KeyError:
                continue
        if vr not in _FACT_VRS:
            continue
        _add_facts(facts, path, t, vr, _raw_texts(t, vr, value, codecs_of(path[:-1])))
    if known is not None:
        facts.add_known(known)
    return facts


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reasons: tuple[str, ...] = ()  # element keywords/tags and kinds of finding only: never values


def _word_hit(hay: str, tok: str, left_only: bool) -> bool:
    i = hay.find(tok)
    while i >= 0:
        b = hay[i - 1] if i else " "
        j = i + len(tok)
        a = hay[j] if j < len(hay) else " "
        left_ok = not (b.isascii() and b.isalnum())
        right_ok = not a.isdigit() if left_only else not (a.isascii() and a.isalnum())
        if left_ok and right_ok:
            return True
        i = hay.find(tok, i + 1)
    return False


def _text_hit(facts: SourceFacts, text: str) -> bool:
    f = _fold(text)
    if not f:
        return False
    if any(s in f for s in facts.substrings):
        return True
    if any(_word_hit(f, w, False) for w in facts.words):
        return True
    return any(_word_hit(f, d, True) for d in facts.dates)


def _raw_hit(facts: SourceFacts, data: bytes) -> bool:
    if any(b in data for b in facts.raw):
        return True
    low = data.lower()
    for w in facts.words:
        if " " in w or len(w) < 3:
            continue
        wb = w.encode("ascii")
        i = low.find(wb)
        while i >= 0:
            b = low[i - 1 : i]
            a = low[i + len(wb) : i + len(wb) + 1]
            if not (b.isascii() and b.isalnum()) and not (a.isascii() and a.isalnum()):
                return True
            i = low.find(wb, i + 1)
    return any(d.encode("ascii") in data for d in facts.dates if d.isdigit())


def _action_tag(text: str) -> int | None:
    if len(text) == 8 and all(c in "0123456789abcdefABCDEF" for c in text):
        return int(text, 16)
    t = tag_for_keyword(text)
    return int(t) if t is not None else None


class _Malformed(Exception):
    """The output does not parse as Sekisho writes DICOM; the message is a fixed phrase."""


_LONG = frozenset({b"OB", b"OW", b"OF", b"OD", b"OL", b"OV", b"UN", b"UT", b"SQ", b"UC", b"UR", b"SV", b"UV"})
_LE_HHI, _BE_HHI = struct.Struct("<HHI").unpack_from, struct.Struct(">HHI").unpack_from
_LE_HH2SH, _BE_HH2SH = struct.Struct("<HH2sH").unpack_from, struct.Struct(">HH2sH").unpack_from
_LE_I, _BE_I = struct.Struct("<I").unpack_from, struct.Struct(">I").unpack_from
_MAX_DEPTH = 64


@dataclass(slots=True)
class _Out:
    """One element of the output, as parsed by the verifier's own reader (no pydicom reader involved)."""

    path: tuple[int, ...]  # (tag, item, tag, ...): the same shape as the source paths
    tag: int
    vr: str
    value: bytes


class _Reader:
    """A strict reader for the files Sekisho writes: little or big endian, explicit or implicit VR, sequences and
    items of defined or undefined length, pixel data elements last. Every byte must be accounted for."""

    def __init__(self, data: bytes, pos: int, *, implicit: bool, big: bool) -> None:
        self.data = data
        self.pos = pos
        self.implicit = implicit
        self.e = ">" if big else "<"
        self._hhi = _BE_HHI if big else _LE_HHI
        self._hh2sh = _BE_HH2SH if big else _LE_HH2SH
        self._i = _BE_I if big else _LE_I
        self.elements: list[_Out] = []
        self.header_end = len(data)

    def _header(self, at: int, implicit: bool) -> tuple[int, str | None, int, int]:
        data = self.data
        if at + 8 > len(data):
            raise _Malformed("truncated output")
        group, elem, length = self._hhi(data, at)
        tag = group << 16 | elem
        if group == 0xFFFE or implicit:
            return tag, None, length, at + 8
        group, elem, vr, length = self._hh2sh(data, at)
        if not (vr.isalpha() and vr.isupper()):
            raise _Malformed("invalid VR in output")
        if vr in _LONG:
            if at + 12 > len(data):
                raise _Malformed("truncated output")
            return tag, vr.decode("ascii"), self._i(data, at + 8)[0], at + 12
        return tag, vr.decode("ascii"), length, at + 8

    def read_dataset(self, end: int | None, path: tuple[int, ...], depth: int, implicit: bool) -> None:
        """Elements until ``end`` (defined length), an item delimiter (undefined length item) or EOF (top)."""
        if depth > _MAX_DEPTH:
            raise _Malformed("sequences nested too deeply")
        data = self.data
        n = len(data)
        limit = n if end is None else end
        hhi, hh2sh, i4 = self._hhi, self._hh2sh, self._i
        append = self.elements.append
        pos = self.pos
        while pos < limit:
            # the element header (inline: this loop runs for every element of every output)
            if pos + 8 > n:
                raise _Malformed("truncated output")
            group, elem, length = hhi(data, pos)
            tag = group << 16 | elem
            if group == 0xFFFE or implicit:
                vr = None
                vpos = pos + 8
            else:
                vrb, length = hh2sh(data, pos)[2:]
                if not (vrb.isalpha() and vrb.isupper()):
                    raise _Malformed("invalid VR in output")
                if vrb in _LONG:
                    if pos + 12 > n:
                        raise _Malformed("truncated output")
                    length = i4(data, pos + 8)[0]
                    vpos = pos + 12
                else:
                    vpos = pos + 8
                vr = vrb.decode("ascii")
            if tag == 0xFFFEE00D:  # item delimitation item
                if end is not None or depth == 0:
                    raise _Malformed("unexpected item delimiter")
                self.pos = pos
                return
            if group == 0xFFFE:
                raise _Malformed("unexpected delimiter")
            if vr is None:
                vr = _implicit_vr(tag)
            if depth == 0 and tag in _PIXEL:
                self.header_end = min(self.header_end, pos)
                pos = self._skip_pixels(vpos, length)
                continue
            if depth == 0 and self.header_end < n:
                raise _Malformed("something other than pixel data follows the pixel data")
            pos = vpos
            if vr == "SQ" or (length == 0xFFFFFFFF and vr == "UN"):
                self.pos = pos
                self._read_sequence((*path, tag), length, depth, implicit or vr == "UN")
                pos = self.pos
                append(_Out((*path, tag), tag, "SQ", b""))
                continue
            if length == 0xFFFFFFFF:
                raise _Malformed("undefined length outside a sequence")
            stop = pos + length
            if stop > n:
                raise _Malformed("truncated output")
            append(_Out((*path, tag), tag, vr, data[pos:stop]))
            pos = stop
        self.pos = pos
        if end is None and depth > 0:
            raise _Malformed("item without delimiter")
        if pos != limit:
            raise _Malformed("element runs past its item")

    def _read_sequence(self, path: tuple[int, ...], length: int, depth: int, implicit: bool) -> None:
        end = None if length == 0xFFFFFFFF else self.pos + length
        index = 0
        while True:
            if end is not None and self.pos >= end:
                if self.pos != end:
                    raise _Malformed("sequence runs past its length")
                return
            tag, _, item_len, vpos = self._header(self.pos, True)
            if tag == 0xFFFEE0DD:
                if end is not None:
                    raise _Malformed("unexpected sequence delimiter")
                self.pos = vpos
                return
            if tag != 0xFFFEE000:
                raise _Malformed("malformed sequence")
            self.pos = vpos
            if item_len == 0xFFFFFFFF:
                self.read_dataset(None, (*path, index), depth + 1, implicit)
                self.pos += 8  # the item delimiter read_dataset stopped on
            else:
                self.read_dataset(self.pos + item_len, (*path, index), depth + 1, implicit)
            index += 1

    def _skip_pixels(self, pos: int, length: int) -> int:
        if length != 0xFFFFFFFF:
            if pos + length > len(self.data):
                raise _Malformed("truncated pixel data")
            return pos + length
        while True:
            tag, _, item_len, vpos = self._header(pos, True)
            if tag == 0xFFFEE0DD:
                return vpos
            if tag != 0xFFFEE000 or item_len == 0xFFFFFFFF or vpos + item_len > len(self.data):
                raise _Malformed("malformed encapsulated pixel data")
            pos = vpos + item_len


@lru_cache(maxsize=4096)
def _implicit_vr(tag: int) -> str:
    if tag >> 16 & 1:
        return "LO" if 0x10 <= (tag & 0xFFFF) <= 0xFF else "UN"
    try:
        vr = dictionary_VR(tag)
    except KeyError:
        return "UN"
    return "OB" if " or " in vr else vr


def _read_meta(data: bytes) -> tuple[dict[int, bytes], int]:
    if len(data) < 144 or data[128:132] != b"DICM":
        raise _Malformed("not a Part 10 file")
    meta: dict[int, bytes] = {}
    pos = 132
    while pos + 8 <= len(data):
        group, elem = struct.unpack_from("<HH", data, pos)
        if group != 0x0002:
            break
        vr = data[pos + 4 : pos + 6]
        if vr in _LONG:
            (length,) = struct.unpack_from("<I", data, pos + 8)
            pos += 12
        else:
            (length,) = struct.unpack_from("<H", data, pos + 6)
            pos += 8
        if pos + length > len(data):
            raise _Malformed("truncated file meta")
        meta[group << 16 | elem] = data[pos : pos + length]
        pos += length
    return meta, pos


def _decode(value: bytes, vr: str, charset: str) -> list[str]:
    """Text of an output value in the character set Sekisho declared (UTF-8 or ASCII only)."""
    text = value.decode("utf-8" if charset == "ISO_IR 192" else "ascii")  # strict: invalid bytes fail the file
    text = text.rstrip(" \x00")
    if vr in ("LT", "ST", "UT", "UR"):
        return [text]
    return [v.strip(" \x00") for v in text.split("\\")]


def verify_output(data: bytes, facts: SourceFacts, options: DicomDeidOptions) -> Verdict:
    """Re-read ``data`` (a complete DICOM file) with the verifier's own strict reader and check it against the
    source facts and the profile."""
    try:
        return _verify(data, facts, options)
    except _Malformed as exc:
        return Verdict(False, (f"output unreadable ({exc})",))
    except UnicodeDecodeError:
        return Verdict(False, ("text not valid in the declared character set",))


@lru_cache(maxsize=1)
def _safe_text() -> frozenset[int]:
    return frozenset(int(t) for t in (tag_for_keyword(k) for k in SAFE_TEXT_KEYWORDS) if t is not None)


@lru_cache(maxsize=64)
def _extra_actions(options: DicomDeidOptions) -> dict[int, str]:
    extra: dict[int, str] = {}
    for act in options.extra_actions:
        tag = _action_tag(act.tag)
        if tag is not None:
            extra[tag] = act.action
    return extra


@lru_cache(maxsize=8192)
def _known_tag(tag: int) -> bool:
    return bool(dictionary_has_tag(tag))


def _verify(data: bytes, facts: SourceFacts, options: DicomDeidOptions) -> Verdict:
    reasons: list[str] = []
    meta, start = _read_meta(data)
    if data[:128] != b"\x00" * 128:
        reasons.append("preamble not blank")
    for mt in meta:
        if mt not in _ALLOWED_META:
            reasons.append(f"file meta element {mt:08X} not allowed")
    ts = meta.get(0x00020010, b"").decode("ascii", "replace").strip(" \x00")
    if ts == "1.2.840.10008.1.2.1.99":
        raise _Malformed("deflated output")
    reader = _Reader(data, start, implicit=ts == "1.2.840.10008.1.2", big=ts == "1.2.840.10008.1.2.2")
    reader.read_dataset(None, (), 0, reader.implicit)
    elements = reader.elements
    top = {e.tag: e for e in elements if len(e.path) == 1}
    charset = ""
    if 0x00080005 in top:
        charset = top[0x00080005].value.decode("ascii", "replace").strip(" \x00")
        if charset != "ISO_IR 192":
            reasons.append("SpecificCharacterSet is not ISO_IR 192")
    if any(e.tag == 0x00080005 and len(e.path) > 1 for e in elements):
        reasons.append("SpecificCharacterSet inside a sequence item")
    if 0x00120062 not in top or top[0x00120062].value.strip(b" \x00") != b"YES":
        reasons.append("PatientIdentityRemoved is not YES")
    codes = {e.value.strip(b" \x00") for e in elements if e.tag == 0x00080100 and e.path[:1] == (0x00120064,)}
    if b"113100" not in codes:
        reasons.append("DeidentificationMethodCodeSequence lacks 113100")
    profile = compile_profile(options)
    safe_text = _safe_text()
    extra = _extra_actions(options)
    creators: dict[tuple[int, ...], str] = {}
    texts: list[tuple[int, str]] = []
    for el in elements:
        path, t, vr = el.path, el.tag, el.vr
        group, elem_no = t >> 16, t & 0xFFFF
        if group & 1:
            if 0x10 <= elem_no <= 0xFF:
                creators[path] = el.value.decode("latin-1").strip(" \x00")
                if not options.retain_safe_private:
                    reasons.append(f"private creator {t:08X} present")
                continue
            block = (*path[:-1], (group << 16) | (elem_no >> 8))
            if not profile.is_safe_private(creators.get(block, ""), t):
                reasons.append(f"private element {t:08X} not on the safe list")
                continue
        elif (0x5000 <= group <= 0x50FF or 0x6000 <= group <= 0x60FF) and group % 2 == 0:
            reasons.append(f"overlay/curve element {t:08X} present")
            continue
        elif vr == "UN" or not _known_tag(t):
            reasons.append(f"unknown element {t:08X} present")
            continue
        elif t not in _ENGINE_WRITTEN and t != 0x00080005:
            action = extra.get(t) or profile.action_for(t)
            if action in ("X", "remove"):
                reasons.append(f"element {t:08X} should have been removed")
                continue
            if vr != "SQ" and (
                (action in ("Z", "blank") and not (len(path) == 1 and t in _PSEUDONYM_TAGS))
                or (action is None and vr in TEXT_VRS and t not in safe_text and not profile.cleanable_text(t))
            ):
                blank = el.value.strip(b" \x00")
                if blank and blank != DUMMY_TEXT.encode("ascii"):  # the fixed dummy of Type 1 text
                    reasons.append(f"element {t:08X} should be empty")
                    continue
        if vr == "SQ":
            continue
        if vr == "UI" and not options.retain_uids:
            for v in el.value.decode("ascii", "replace").split("\\"):
                if v.strip(" \x00") in facts.uids:
                    reasons.append(f"source UID survives in {t:08X}")
            continue
        if vr not in _STR_VRS:
            continue
        values = _decode(el.value, vr, charset)
        if vr in ("DA", "DT") and not options.retain_long_full_dates:
            joined = "\\".join(values).strip()
            if joined and facts.date_values.get(path) == joined:
                reasons.append(f"source date survives unshifted in {t:08X}")
        texts.append((t, "\\".join(values)))
    # one scan over every decoded value (NUL-separated, so no token spans two values); locate only on a hit
    if texts and _text_hit(facts, "\x00".join(v for _, v in texts)):
        reasons.extend(f"source identifier survives in {n:08X}" for n, v in texts if _text_hit(facts, v))
    if _raw_hit(facts, data[: reader.header_end]):
        reasons.append("source identifier survives in the raw bytes")
    return Verdict(not reasons, tuple(dict.fromkeys(reasons)))


def verify_file_pair(
    source: bytes, output: bytes, options: DicomDeidOptions, known: KnownIdentifiers | None = None
) -> Verdict:
    """Convenience for tests and audits: collect facts from the source bytes, then verify the output."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        src = pydicom.dcmread(io.BytesIO(source), stop_before_pixels=True, force=True)
        facts = collect_source_facts(src, known)
    return verify_output(output, facts, options)
