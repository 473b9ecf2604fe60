"""Machine formats: HL7 v2 messages, FHIR-style JSON and XML exports, read by position and key, not by prose.

- HL7 v2 (``MSH|``, ``PID|``, ``PV1|`` ...; fields ``|``, components ``^``, repetitions ``~``, subcomponents ``&``):
  each segment field has a data type in HL7 2.5 (CX, XPN, XAD, XTN, XCN, PL, TS, HD), and the type says which
  component is what: the ID of a CX, the family and given names of an XPN / XCN (each its own span), the street,
  city, state and zip of an XAD, the numbers of an XTN, the point of care, room and bed of a PL. Coded elements
  (CE/CWE: ``code^text^system`` in OBX-3, OBR-4, DG1-3 ...), observation values, units and reference ranges are
  not in the table and are never marked.
- JSON (FHIR resources, pretty or minified): a token scanner keeps the path of keys; ``family`` / ``given`` /
  ``name.text`` are names, ``display`` of a person reference (subject, performer ...) is a name, ``birthDate`` and
  ``*DateTime`` / ``issued`` / ``date`` values are dates, address parts, telecom values, identifier values, resource
  ids and ``Patient/123`` references are marked. ``system``, ``code``, ``url``, ``unit`` and ``coding.display``
  (terminology) are not.
- XML: the text of an element whose local name says what it is (``<FamilyName>``, ``<BirthDate>``, ``<Tel>``; other
  names through the field keys of ``fields.json``), ``id="..."`` on a Patient element, CDA ``value`` attributes of
  ``birthTime`` / ``telecom``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.recognizers.base import MultiEntityRecognizer, TypedSpan
from gateway.scrub.text.recognizers.fields import key_type, value_span

# ---------------------------------------------------------------------------------------------------------------------
# HL7 v2
# ---------------------------------------------------------------------------------------------------------------------

# (segment, field number) -> HL7 2.5 data type of the field (only the fields that carry identifiers).
_HL7_FIELDS: dict[str, dict[int, str]] = {
    "MSH": {4: "HD", 6: "HD", 7: "TS", 10: "ID"},
    "EVN": {2: "TS", 3: "TS", 5: "XCN", 6: "TS"},
    "PID": {
        2: "CX",
        3: "CX",
        4: "CX",
        5: "XPN",
        6: "XPN",
        7: "TS",
        9: "XPN",
        11: "XAD",
        13: "XTN",
        14: "XTN",
        18: "CX",
        19: "ID",
        20: "ID",
        21: "CX",
        23: "ST_ADDR",
        29: "TS",
        33: "TS",
    },
    "PD1": {3: "XON", 4: "XCN"},
    "NK1": {2: "XPN", 4: "XAD", 5: "XTN", 6: "XTN", 8: "TS", 9: "TS", 16: "TS", 30: "XPN", 31: "XTN", 32: "XAD"},
    "PV1": {
        3: "PL",
        6: "PL",
        7: "XCN",
        8: "XCN",
        9: "XCN",
        11: "PL",
        17: "XCN",
        19: "CX",
        42: "PL",
        43: "PL",
        44: "TS",
        45: "TS",
        50: "CX",
        52: "XCN",
    },
    "ORC": {
        2: "ID",
        3: "ID",
        4: "ID",
        9: "TS",
        10: "XCN",
        11: "XCN",
        12: "XCN",
        14: "XTN",
        15: "TS",
        19: "XCN",
        21: "XON",
        22: "XAD",
        23: "XTN",
        24: "XAD",
    },
    "OBR": {
        2: "ID",
        3: "ID",
        6: "TS",
        7: "TS",
        8: "TS",
        10: "XCN",
        14: "TS",
        16: "XCN",
        17: "XTN_XCN",
        22: "TS",
        28: "XCN",
        32: "NDL",
        33: "NDL",
        34: "NDL",
        35: "NDL",
        36: "TS",
    },
    "OBX": {12: "TS", 14: "TS", 16: "XCN", 19: "TS"},
    "NTE": {5: "XCN", 6: "TS"},
    "AL1": {6: "TS"},
    "DG1": {5: "TS", 16: "XCN", 19: "TS"},
    "IN1": {
        3: "INS",
        4: "XON",
        5: "XAD",
        6: "XPN",
        7: "XTN",
        8: "INS",
        12: "TS",
        13: "TS",
        16: "XPN",
        18: "TS",
        19: "XAD",
        36: "INS",
        49: "CX",
    },
    "GT1": {2: "CX", 3: "XPN", 4: "XPN", 5: "XAD", 6: "XTN", 7: "XTN", 8: "TS", 12: "ID", 19: "ID"},
}
_SEGMENT = re.compile(r"(?:^|(?<=[\r\n]))[ \t]*(" + "|".join(_HL7_FIELDS) + r")\|")
_LINE_END = re.compile(r"\r\n|\r|\n")
_TS = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"  # YYYYMMDD
    r"(?:[0-2]\d(?:[0-5]\d(?:[0-5]\d(?:\.\d{1,4})?)?)?)?(?:[+\-]\d{4})?"  # [HH[MM[SS[.S]]]][+ZZZZ]
)
_HAS_DIGIT = re.compile(r"\d")
_NAME_PART = re.compile(r"[^\d@/\\|^~&<>{}\[\]=]{1,40}")
_SCORE = 0.9


def _parts(s: int, value: str, sep: str) -> Iterator[tuple[int, str]]:
    off = 0
    for part in value.split(sep):
        yield s + off, part
        off += len(part) + len(sep)


def _strip(s: int, v: str) -> tuple[int, str]:
    stripped = v.strip()
    return s + (v.index(stripped) if stripped else 0), stripped


def _name(s: int, v: str) -> Iterator[TypedSpan]:
    s, v = _strip(s, v)
    if v and _NAME_PART.fullmatch(v):
        yield s, s + len(v), _SCORE, "PERSON"


def _ident(s: int, v: str, kind: str = "ID") -> Iterator[TypedSpan]:
    s, v = _strip(s, v)
    if v and _HAS_DIGIT.search(v) and len(v) <= 40:
        yield s, s + len(v), _SCORE, kind


def _component_spans(dtype: str, s: int, value: str) -> Iterator[TypedSpan]:
    """Spans inside one repetition of a field of ``dtype`` (``value`` starts at ``s``)."""
    comps = list(_parts(s, value, "^"))

    def comp(i: int) -> tuple[int, str] | None:  # 1-based; the first subcomponent of component i
        if i > len(comps):
            return None
        cs, cv = comps[i - 1]
        return cs, cv.split("&", 1)[0]

    if dtype in ("CX", "ID", "INS"):
        c = comp(1)
        if c:
            yield from _ident(*c, kind="INSURANCE_NUMBER" if dtype == "INS" else "ID")
    elif dtype in ("XPN", "XCN", "XTN_XCN", "NDL"):
        if dtype == "NDL":  # name with date and location: component 1 is a CNN, id&family&given
            if comps:
                cs, cv = comps[0]
                subs = list(_parts(cs, cv, "&"))
                if subs:
                    yield from _ident(*subs[0])
                for ss, sv in subs[1:4]:
                    yield from _name(ss, sv)
            return
        if dtype == "XTN_XCN":  # OBR-17 (call-back phone) often carries the provider one field late
            if _HAS_DIGIT.search(value) and "^" not in value.strip("^"):
                yield from _ident(s, value, kind="PHONE_NUMBER")
                return
            if any(_HAS_DIGIT.search(cv) for _cs, cv in comps[1:]):
                yield from _phones(comps)
                return
            dtype = "XPN" if comps and not _HAS_DIGIT.search(comps[0][1]) else "XCN"
        first = 1 if dtype == "XPN" else 2
        if dtype == "XCN":
            c = comp(1)
            if c:
                yield from _ident(*c)
        for i in (first, first + 1, first + 2):
            c = comp(i)
            if c:
                yield from _name(*c)
    elif dtype == "XAD":
        for i in (1, 2, 3, 4, 8, 9):
            c = comp(i)
            if c:
                cs, cv = _strip(*c)
                if len(cv) >= 2:
                    yield cs, cs + len(cv), _SCORE - 0.05, "ADDRESS"
        c = comp(5)
        if c:
            cs, cv = _strip(*c)
            if _HAS_DIGIT.search(cv):
                yield cs, cs + len(cv), _SCORE, "POSTAL_CODE"
    elif dtype in ("XTN", "XTN_XCN"):
        yield from _phones(comps)
    elif dtype == "PL":
        for i in (1, 2, 3, 4):
            c = comp(i)
            if c:
                cs, cv = _strip(*c)
                if len(cv) >= 2 or (i <= 2 and cv):  # a one-character bed number identifies nothing
                    yield cs, cs + len(cv), _SCORE - 0.1, "FACILITY"
    elif dtype in ("HD", "XON"):
        c = comp(1)
        if c:
            cs, cv = _strip(*c)
            # sending / receiving facility: a name, not a short system code (LAB, HIS, RIS)
            if cv and not (cv.isascii() and len(cv) <= 8 and " " not in cv):
                yield cs, cs + len(cv), _SCORE - 0.1, "FACILITY"
    elif dtype == "TS":
        c = comp(1)
        if c:
            cs, cv = _strip(*c)
            if _TS.fullmatch(cv):
                yield cs, cs + len(cv), _SCORE, "DATE"
    elif dtype == "ST_ADDR":
        cs, cv = _strip(s, value)
        if len(cv) >= 2:
            yield cs, cs + len(cv), _SCORE - 0.05, "ADDRESS"


def _phones(comps: list[tuple[int, str]]) -> Iterator[TypedSpan]:
    """XTN: number (1), use (2) and equipment (3) codes, e-mail (4), country (5), area (6), local (7) ... (12)."""
    for i, (raw_s, raw_v) in enumerate(comps, 1):
        cs, cv = _strip(raw_s, raw_v)
        if not cv or i in (2, 3, 5):
            continue
        if "@" in cv:
            yield cs, cs + len(cv), _SCORE, "EMAIL_ADDRESS"
        elif sum(ch.isdigit() for ch in cv) >= 2:
            yield cs, cs + len(cv), _SCORE, "PHONE_NUMBER"


def _hl7_spans(text: str) -> Iterator[TypedSpan]:
    for m in _SEGMENT.finditer(text):
        seg = m.group(1)
        end_m = _LINE_END.search(text, m.end())
        line_end = end_m.start() if end_m else len(text)
        # MSH-1 is the field separator itself: after "MSH|" comes MSH-2, elsewhere field 1
        number = 2 if seg == "MSH" else 1
        table = _HL7_FIELDS[seg]
        for fs, fv in _parts(m.end(), text[m.end() : line_end], "|"):
            dtype = table.get(number)
            if dtype is not None and fv:
                for rs, rv in _parts(fs, fv, "~"):
                    if rv:
                        yield from _component_spans(dtype, rs, rv)
            number += 1


# ---------------------------------------------------------------------------------------------------------------------
# JSON (FHIR)
# ---------------------------------------------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]')
_JSON_GAP = re.compile(r"[\s0-9.eE+\-]*|[\s]*(?:true|false|null)[\s]*")
_PERSON_REFS = frozenset(
    {
        "subject",
        "patient",
        "performer",
        "requester",
        "author",
        "practitioner",
        "recorder",
        "asserter",
        "informant",
        "attester",
        "individual",
        "actor",
        "who",
        "resultsInterpreter",
        "collector",
        "verifier",
        "generalPractitioner",
        "participant",
        "sender",
        "recipient",
        "enterer",
        "prescriber",
        "orderer",
        "party",
    }
)
_ORG_REFS = frozenset({"organization", "managingOrganization", "serviceProvider", "custodian", "location"})
_DATE_KEYS = frozenset(
    {"birthDate", "issued", "date", "recorded", "authoredOn", "lastUpdated", "timestamp", "instant", "deceasedDate"}
)
_ADDRESS_KEYS = frozenset({"line", "city", "district", "state"})
_PERSON_REF_TYPES = (
    "Patient",
    "Practitioner",
    "PractitionerRole",
    "RelatedPerson",
    "Person",
    "Encounter",
    "EpisodeOfCare",
)
_REFERENCE = re.compile(r"(?:^|/)(?:" + "|".join(_PERSON_REF_TYPES) + r")/([A-Za-z0-9\-.]{1,64})(?:/_history/.*)?$")
_JSON_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:\d{2})?)?)?)?")
_ID_SHAPE = re.compile(r"[A-Za-z0-9\-._]{1,64}")
_COMPACT_DATE = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _json_value(path: list[str], key: str, s: int, v: str) -> Iterator[TypedSpan]:
    """``path`` holds the keys of the enclosing objects / arrays, outermost first; ``key`` owns the value."""
    parents = [p for p in path if p]
    parent = parents[-1] if parents else ""
    if "coding" in parents or key in ("system", "code", "url", "unit", "div", "use", "status", "resourceType"):
        return
    e = s + len(v)
    if key in ("family", "given", "prefix") or (key == "text" and parent == "name"):
        if key != "prefix":
            yield from _name(s, v)
    elif key == "display" and parent in _PERSON_REFS:
        yield from _name(s, v)
    elif key == "display" and parent in _ORG_REFS:
        if v.strip():
            yield s, e, _SCORE - 0.1, "FACILITY"
    elif key in _DATE_KEYS or key.endswith(("DateTime", "Date")) or (key in ("start", "end") and parent == "period"):
        if _JSON_DATE.fullmatch(v):
            yield s, e, _SCORE, "DATE"
    elif key == "postalCode":
        if _HAS_DIGIT.search(v):
            yield s, e, _SCORE, "POSTAL_CODE"
    elif key in _ADDRESS_KEYS or (key == "text" and parent == "address"):
        if len(v.strip()) >= 2:
            yield s, e, _SCORE - 0.05, "ADDRESS"
    elif key == "value" and parent == "telecom":
        val = v.split(":", 1)[1] if v.startswith(("tel:", "mailto:")) else v
        off = len(v) - len(val)
        if "@" in val:
            yield s + off, e, _SCORE, "EMAIL_ADDRESS"
        elif sum(ch.isdigit() for ch in val) >= 4:
            yield s + off, e, _SCORE, "PHONE_NUMBER"
    elif key == "value" and parent == "identifier":
        yield from _ident(s, v)
    elif key == "id" and (not parents or parent == "resource"):
        if _ID_SHAPE.fullmatch(v) and _HAS_DIGIT.search(v):
            yield s, e, _SCORE, "ID"
    elif key == "reference":
        m = _REFERENCE.search(v)
        if m and _HAS_DIGIT.search(m.group(1)):
            yield s + m.start(1), s + m.end(1), _SCORE, "ID"
    else:
        yield from _json_app_value(parent, key, s, v)


# keys of application JSON (not FHIR) that the field-key grammar does not type: address parts, phone, mail, birth
_APP_KEYS = {
    **dict.fromkeys(("line", "line1", "line2", "pref", "prefecture", "city", "town", "street"), "ADDRESS"),
    **dict.fromkeys(("addr", "addr1", "address1", "address2", "ward", "block"), "ADDRESS"),
    **dict.fromkeys(("tel", "phone", "mobile", "fax", "tel1", "tel2", "contact_tel"), "PHONE_NUMBER"),
    **dict.fromkeys(("email", "mail", "e_mail"), "EMAIL_ADDRESS"),
    **dict.fromkeys(("birth", "dob", "birthday", "birth_date", "birthdate"), "DATE"),
}  # fmt: skip
# objects whose "name" is no person's: a department, a facility, a drug, a test
_NOT_PERSON_OWNER = re.compile(
    r"(?i)dept|department|facility|hospital|clinic|org|ward|room|drug|medication|medicine|item|test|exam|study|series"
)


def _json_app_value(parent: str, key: str, s: int, v: str) -> Iterator[TypedSpan]:
    """A value of application JSON, typed by its key (patient_id, name_kana, zip, insurer_no, operator) and, for the
    parts of an insurance card (symbol, number), by its parent object."""
    kind = _APP_KEYS.get(key.lower()) or key_type(key)
    if key_type(parent) == "INSURANCE_NUMBER" and kind in (None, "ID") and _HAS_DIGIT.search(v):
        kind = "INSURANCE_NUMBER"
    if kind is None:
        return
    e = s + len(v)
    if kind == "PERSON":
        if not _NOT_PERSON_OWNER.search(parent):
            span = value_span("PERSON", v, 0, len(v))
            if span is not None:
                yield s + span[0], s + span[1], _SCORE - 0.1, "PERSON"
    elif kind == "DATE":
        if _JSON_DATE.fullmatch(v) or _COMPACT_DATE.fullmatch(v):
            yield s, e, _SCORE, "DATE"
    elif kind == "POSTAL_CODE":
        if _HAS_DIGIT.search(v):
            yield s, e, _SCORE, "POSTAL_CODE"
    elif kind == "PHONE_NUMBER":
        if sum(ch.isdigit() for ch in v) >= 6:
            yield s, e, _SCORE, "PHONE_NUMBER"
    elif kind == "EMAIL_ADDRESS":
        if "@" in v:
            yield s, e, _SCORE, "EMAIL_ADDRESS"
    elif kind == "ADDRESS":
        if len(v.strip()) >= 2:
            yield s, e, _SCORE - 0.05, "ADDRESS"
    elif kind in ("ID", "INSURANCE_NUMBER", "FACILITY"):
        span = value_span(kind, v, 0, len(v))
        if span is not None:
            yield s + span[0], s + span[1], _SCORE - 0.05, kind


def _json_spans(text: str) -> Iterator[TypedSpan]:
    # a stack of frames: [kind, key]; kind "{" or "[", key the key that owns the frame ("" at the top)
    stack: list[list[str]] = []
    pending_key = ""  # the key of the value that comes next in the current object
    last_string: tuple[int, str] | None = None
    expect_key = False
    pos = 0
    for m in _JSON_TOKEN.finditer(text):
        gap = text[pos : m.start()]
        pos = m.end()
        if gap and not _JSON_GAP.fullmatch(gap):
            stack, pending_key, last_string, expect_key = [], "", None, False  # prose between tokens: start over
        tok = m.group()
        if tok == "{":
            owner = pending_key if stack and stack[-1][0] == "{" else (stack[-1][1] if stack else "")
            stack.append(["{", owner])
            expect_key, pending_key = True, ""
        elif tok == "[":
            owner = pending_key if stack and stack[-1][0] == "{" else (stack[-1][1] if stack else "")
            stack.append(["[", owner])
        elif tok in "}]":
            if stack:
                stack.pop()
            expect_key = bool(stack) and stack[-1][0] == "{"
            pending_key = ""
        elif tok == ":":
            if last_string is not None:
                pending_key = last_string[1]
            last_string = None
            expect_key = False
        elif tok == ",":
            expect_key = bool(stack) and stack[-1][0] == "{"
            last_string = None
        else:  # a string
            body = tok[1:-1]
            if stack and stack[-1][0] == "{" and expect_key:
                last_string = (m.start() + 1, body)
                continue
            if not stack:
                continue
            if stack[-1][0] == "{":
                key = pending_key
                path = [f[1] for f in stack[:-1]]
                parent_owner = stack[-1][1]
            else:  # an array element: the array's owner key decides (given: ["太郎"], line: ["1-2-3"])
                key = stack[-1][1]
                path = [f[1] for f in stack[:-2]]
                parent_owner = stack[-2][1] if len(stack) >= 2 else ""
            if body and "\\" not in body:
                yield from _json_value([*path, parent_owner], key, m.start() + 1, body)


# ---------------------------------------------------------------------------------------------------------------------
# XML
# ---------------------------------------------------------------------------------------------------------------------

_XML_ELEMENT = re.compile(r"<(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)(\s[^<>]*)?>([^<>]{1,200})</")
_XML_EMPTY = re.compile(r"<(?:[A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)(\s[^<>]*?)/?>")
_XML_ATTR = re.compile(r"""([A-Za-z_][\w.\-]*)\s*=\s*(?:"([^"<>]*)"|'([^'<>]*)')""")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_XML_TYPES = {
    "name": "PERSON", "familyname": "PERSON", "givenname": "PERSON", "family": "PERSON", "given": "PERSON",
    "patientname": "PERSON", "fullname": "PERSON", "kananame": "PERSON", "author": "PERSON",
    "birthdate": "DATE", "dob": "DATE", "dateofbirth": "DATE", "date": "DATE", "birthday": "DATE",
    "postalcode": "POSTAL_CODE", "zip": "POSTAL_CODE", "zipcode": "POSTAL_CODE", "postcode": "POSTAL_CODE",
    "address": "ADDRESS", "addr": "ADDRESS", "streetaddressline": "ADDRESS", "city": "ADDRESS", "state": "ADDRESS",
    "phone": "PHONE_NUMBER", "tel": "PHONE_NUMBER", "telephone": "PHONE_NUMBER", "phonenumber": "PHONE_NUMBER",
    "fax": "PHONE_NUMBER", "email": "EMAIL_ADDRESS", "mail": "EMAIL_ADDRESS",
    "age": "AGE",
    "patientid": "ID", "mrn": "ID",
}  # fmt: skip
_XML_PERSON_ELEMENTS = frozenset({"patient", "person", "practitioner", "doctor", "subject", "relatedperson"})
_XML_DATE_VALUE = re.compile(r"[0-9]{4}[-/.年]?[0-9]{1,2}[-/.月]?[0-9]{1,2}日?(?:[T ][0-9:+\-.Z]{2,20})?")


def _xml_type(tag: str) -> str | None:
    t = _XML_TYPES.get(tag.lower())
    if t is not None:
        return t
    kind = key_type(_CAMEL.sub(" ", tag).replace("-", " ").replace(".", " "))
    return kind


def _xml_spans(text: str, top_code_age: int) -> Iterator[TypedSpan]:
    for m in _XML_ELEMENT.finditer(text):
        kind = _xml_type(m.group(1))
        if kind is None:
            continue
        s, v = _strip(m.start(3), m.group(3))
        if not v:
            continue
        e = s + len(v)
        if kind == "PERSON":
            yield from _name(s, v)
        elif kind == "DATE":
            if _XML_DATE_VALUE.fullmatch(v):
                yield s, e, _SCORE, "DATE"
        elif kind == "POSTAL_CODE":
            if _HAS_DIGIT.search(v):
                yield s, e, _SCORE, "POSTAL_CODE"
        elif kind == "PHONE_NUMBER":
            if sum(ch.isdigit() for ch in v) >= 6:
                yield s, e, _SCORE, "PHONE_NUMBER"
        elif kind == "AGE":  # ages are kept below the policy's top-coding age, like the age recogniser's
            if v.isdigit() and top_code_age <= int(v) < 130:
                yield s, e, _SCORE, "AGE"
        elif kind == "EMAIL_ADDRESS":
            if "@" in v:
                yield s, e, _SCORE, "EMAIL_ADDRESS"
        elif kind in ("ID", "INSURANCE_NUMBER", "FACILITY", "ADDRESS"):
            span = value_span(kind, text, s, e)
            if span is not None:
                yield span[0], span[1], _SCORE - 0.05, kind
    for m in _XML_EMPTY.finditer(text):
        tag = m.group(1).lower()
        attrs = m.group(2) or ""
        base = m.start(2) if m.group(2) else m.end()
        for a in _XML_ATTR.finditer(attrs):
            name = a.group(1).lower()
            g = 2 if a.group(2) is not None else 3
            s, v = _strip(base + a.start(g), a.group(g))
            if not v:
                continue
            e = s + len(v)
            # id="..." on a person element; CDA II: root (an OID, the issuer) + extension (the id)
            if (
                (name == "id" and tag in _XML_PERSON_ELEMENTS)
                or name == "patientid"
                or (tag, name) == ("id", "extension")
            ):
                yield from _ident(s, v)
            elif tag in ("birthtime", "birthdate") and name == "value" and _TS.fullmatch(v):
                yield s, e, _SCORE, "DATE"
            elif tag == "telecom" and name == "value":
                val = v.split(":", 1)[1] if ":" in v else v
                off = len(v) - len(val)
                if "@" in val:
                    yield s + off, e, _SCORE, "EMAIL_ADDRESS"
                elif sum(ch.isdigit() for ch in val) >= 6:
                    yield s + off, e, _SCORE, "PHONE_NUMBER"


# ---------------------------------------------------------------------------------------------------------------------
# key=value pairs of log lines: uid=877675 uname="四月一日 舞" term=W12, user=金子 希望  to=服部Dr
# ---------------------------------------------------------------------------------------------------------------------

_LOG_PAIR = re.compile(
    r"(?<![A-Za-z0-9_\-])(?P<k>[A-Za-z][A-Za-z0-9_]{0,24})=(?:\"(?P<q>[^\"\n]{1,60})\""
    r"|(?P<v>[^\s,;&\"=]{1,40}(?:[ \u3000](?![A-Za-z0-9_]{1,24}=)[^\s,;&\"=]{1,20})?))"
)
_LOG_KEYS = {
    **dict.fromkeys(("uid", "userid", "user_id", "login", "loginid", "operator_id", "staffid"), "ID"),
    **dict.fromkeys(("uname", "username", "user_name", "fullname", "staffname", "ptname", "patient"), "PERSON"),
}  # fmt: skip
_LOG_SCORE = 0.6  # below the recognisers of a value's own shape (a My Number after KOJIN_NO= stays MY_NUMBER)
_LOG_USER = frozenset({"user", "usr", "to", "from", "by", "operator", "staff", "actor"})


def _log_pair_spans(text: str) -> Iterator[TypedSpan]:
    for m in _LOG_PAIR.finditer(text):
        g = "q" if m.group("q") is not None else "v"
        s, v = m.start(g), m.group(g)
        key = m.group("k").lower()
        kind = _LOG_KEYS.get(key)
        if kind is None and key in _LOG_USER:
            kind = "ID" if _HAS_DIGIT.search(v) else "PERSON"  # user=D0080 / user=金子 希望
        if kind is None:
            kind = _APP_KEYS.get(key) or key_type(m.group("k"))
        if kind in ("PERSON", "ID", "INSURANCE_NUMBER", "FACILITY", "ADDRESS"):
            span = value_span(kind, v, 0, len(v))
            if span is not None:
                yield s + span[0], s + span[1], _LOG_SCORE, kind
        elif (kind == "PHONE_NUMBER" and sum(ch.isdigit() for ch in v) >= 3) or (kind == "EMAIL_ADDRESS" and "@" in v):
            yield s, s + len(v), _LOG_SCORE, kind


# ---------------------------------------------------------------------------------------------------------------------


class MachineFormatRecognizer(MultiEntityRecognizer):
    """Identifiers in HL7 v2 segments, FHIR-style JSON and XML, by field position, key and element name."""

    ENTITY = "PERSON"
    ENTITIES = (
        "PERSON",
        "DATE",
        "ID",
        "INSURANCE_NUMBER",
        "ADDRESS",
        "POSTAL_CODE",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "FACILITY",
        "AGE",
    )

    def __init__(self, top_code_age: int = 90) -> None:
        super().__init__()
        self.top_code_age = top_code_age

    def typed_spans(self, text: str) -> Iterator[TypedSpan]:
        if "|" in text:
            yield from _hl7_spans(text)
        if '"' in text and ":" in text and ("{" in text or "[" in text):
            yield from _json_spans(text)
        if "</" in text or "/>" in text:
            yield from _xml_spans(text, self.top_code_age)
        if "=" in text:
            yield from _log_pair_spans(text)
