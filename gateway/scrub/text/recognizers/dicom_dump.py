"""DICOM headers pasted into text (a radiologist's note, a ticket, an export): the value of each attribute the
PS3.15 basic profile de-identifies is marked by what its data element is, the same rule that cleans the DICOM.

Lines it reads (after NFKC):
- dcmdump: ``(0010,0010) PN [Yamada^Taro=山田^太郎]   #  22, 1 PatientName``;
- pydicom: ``(0010, 0010) Patient's Name                      PN: 'Yamada^Taro'``;
- keyword and value: ``PatientID: 00123456``, ``OtherPatientIDs = 638441``, ``StudyDate 20230401``.

The entity comes from the element's VR and keyword (pydicom's data dictionary): PN -> PERSON, DA/DT -> DATE,
UI -> ID (not the standard UIDs of the DICOM root 1.2.840.10008: SOP classes, transfer syntaxes), AS -> AGE at or
over the top-coding age, addresses -> ADDRESS, telephone numbers -> PHONE_NUMBER, institution names -> FACILITY,
IDs and numbers -> ID. Elements the profile keeps (Modality, SliceThickness) and descriptions are left to the prose
recognisers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydicom._dicom_dict import DicomDictionary
from pydicom.datadict import dictionary_VR, keyword_for_tag, tag_for_keyword

from gateway.scrub.text.recognizers.age import top_coded
from gateway.scrub.text.recognizers.base import MultiEntityRecognizer, TypedSpan
from policies.dicom_profile import load_table, parse_tag

_TAG_LINE = re.compile(
    r"(?m)^[ \t>|]*\((?P<g>[0-9A-Fa-f]{4}), ?(?P<e>[0-9A-Fa-f]{4})\)[ \t]+"
    r"(?:(?P<vr>[A-Z]{2})[ \t]+(?=\[)|[^\n:]*?(?P<vr2>[A-Z]{2}):[ \t]*)"
    r"(?P<val>\[[^\]\n]*\]|'[^'\n]*'|\"[^\"\n]*\"|[^\n#]*)"
)
_KEYWORD_LINE = re.compile(
    r"(?m)(?:^|(?<=[ \t]))[ \t>|・*-]*(?P<kw>[A-Z][a-z]+(?:[A-Z][A-Za-z]*|ID|IDs|UID)+)"
    r"[ \t]*(?:[:=][ \t]*|[ \t](?=[\[0-9]))"
    r"(?P<val>\[[^\]\n]*\]|'[^'\n]*'|\"[^\"\n]*\"|[^\n#]*)"
)
# the attribute's name as viewers print it: "Patient's Name        : AZUMA^RIN", "Accession Number : A22-0239"
_NAME_LINE = re.compile(
    r"(?m)^[ \t>|・*-]*(?P<name>[A-Z][A-Za-z']*(?: [A-Za-z'()/]+){1,6}?)[ \t]*[:=][ \t]*"
    r"(?P<val>\[[^\]\n]*\]|'[^'\n]*'|\"[^\"\n]*\"|[^\n#]*)"
)
# a DICOM person name anywhere: family^given^middle^prefix^suffix, with its ideographic and phonetic groups
# (AZUMA^RIN=東^凛=アズマ^リン, Garcia^Carlos); never inside an HL7 line (code^text^system)
_PN = re.compile(
    r"(?<![A-Za-z0-9^|])(?P<v>[A-Za-z\u3041-\u30ff\u3400-\u9fff][A-Za-z\u3041-\u30ff\u3400-\u9fff'\-]*"
    r"(?: [A-Za-z][A-Za-z'\-]*)?\^[A-Za-z\u3041-\u30ff\u3400-\u9fff][A-Za-z\u3041-\u30ff\u3400-\u9fff'\- ]*"
    r"(?:\^[A-Za-z.\- ]*){0,3}(?:=[^\s\]\"',;|]*){0,2})(?![A-Za-z0-9^|])"
)
_HINT = re.compile(r"\([0-9A-Fa-f]{4}, ?[0-9A-Fa-f]{4}\)|[a-z](?:ID|IDs|UID|Name|Date|Number)\b")
_STANDARD_UID = "1.2.840.10008."
_AGE = re.compile(r"0*(?P<n>\d{1,3})Y")


@cache
def _profile_tags() -> frozenset[int]:
    """Tags the basic profile de-identifies (any action but keep)."""
    out = set()
    for row in load_table():
        tag = parse_tag(row.get("tag", ""))
        if tag is not None and row.get("basicProfile", "K").strip() != "K":
            out.add(tag)
    return frozenset(out)


@cache
def _tag_by_name() -> dict[str, int]:
    """pydicom's attribute names (Patient's Name) to their tags."""
    return {entry[2]: tag for tag, entry in DicomDictionary.items() if entry[2]}


def _entity(tag: int, vr: str) -> str | None:
    keyword = keyword_for_tag(tag) or ""
    if vr == "PN":
        return "PERSON"
    if vr in ("DA", "DT"):
        return "DATE"
    if vr == "UI":
        return "ID"
    if vr == "AS":
        return "AGE"
    if "Address" in keyword:
        return "ADDRESS"
    if "Telephone" in keyword:
        return "PHONE_NUMBER"
    if keyword.startswith("Institution") and keyword.endswith("Name"):
        return "FACILITY"
    if keyword.endswith(("ID", "IDs", "Number", "Numbers")) and tag in _profile_tags():
        return "ID"
    return None


def _value(text: str, start: int, raw: str) -> tuple[int, int] | None:
    """The value inside its brackets or quotes, trimmed; None when empty."""
    s, e = start, start + len(raw)
    if raw[:1] in "['\"" and len(raw) >= 2 and raw[-1] in "]'\"":
        s, e = s + 1, e - 1
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return (s, e) if e > s else None


class DicomDumpRecognizer(MultiEntityRecognizer):
    ENTITIES = ("PERSON", "DATE", "ID", "AGE", "ADDRESS", "PHONE_NUMBER", "FACILITY")

    def __init__(self, top_code_age: int = 90) -> None:
        self.top_code_age = top_code_age
        super().__init__()

    def typed_spans(self, text: str) -> Iterator[TypedSpan]:
        if "^" in text:
            for m in _PN.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                if "|" in text[line_start : line_end if line_end != -1 else len(text)]:
                    continue  # an HL7 v2 segment: components are read by machine.py
                yield m.start("v"), m.end("v"), 0.85, "PERSON"
        if " : " in text or " = " in text or "Name:" in text or "Date:" in text:
            names = _tag_by_name()
            for m in _NAME_LINE.finditer(text):
                yield from self._mark_by_dictionary(text, names.get(m.group("name").strip()), m)
        if not _HINT.search(text):
            return
        for m in _TAG_LINE.finditer(text):
            tag = int(m.group("g") + m.group("e"), 16)
            vr = m.group("vr") or m.group("vr2") or ""
            yield from self._mark(text, tag, vr, m.start("val"), m.group("val"))
        for m in _KEYWORD_LINE.finditer(text):
            yield from self._mark_by_dictionary(text, tag_for_keyword(m.group("kw")), m)

    def _mark_by_dictionary(self, text: str, tag: int | None, m: re.Match[str]) -> Iterator[TypedSpan]:
        """The value of a line that names its element (by keyword or by name), typed by the dictionary's VR."""
        if tag is None:
            return
        try:
            vr = dictionary_VR(tag)
        except KeyError:
            return
        yield from self._mark(text, tag, vr, m.start("val"), m.group("val"))

    def _mark(self, text: str, tag: int, vr: str, start: int, raw: str) -> Iterator[TypedSpan]:
        kind = _entity(tag, vr)
        span = _value(text, start, raw) if kind else None
        if kind is None or span is None:
            return
        value = text[span[0] : span[1]]
        if kind == "ID" and vr == "UI" and value.startswith(_STANDARD_UID):
            return
        if kind == "AGE":
            a = _AGE.fullmatch(value)
            if a is None or not top_coded(int(a.group("n")), self.top_code_age):
                return
        yield span[0], span[1], 0.9, kind
