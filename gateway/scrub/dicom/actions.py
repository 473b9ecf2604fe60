"""The header scrubber: applies the compiled profile to every element of a dataset, recursing into sequences at
any depth, then sweeps every remaining string value for the patient's own identifiers.

Per action (PS3.15 E.1.1) and VR:
- X: removed. Overlays (60xx) and curves (50xx) are removed as whole groups whatever the option says: no
  graphics cleaner exists for their bitmaps, and removing the module keeps the IOD valid.
- Z: zero length (sequences: no items). PatientName and PatientID get the keyed pseudonym instead.
- D: a dummy consistent with the VR (``ANONYMIZED``, ``0``, 19000101...), UIDs remapped, sequences recursed.
- K: kept (sequences recursed; UIDs are then kept only under Retain UIDs).
- C: dates shifted by the patient's offset (times kept), sequences recursed, free text passed to the text cleaner
  when one is injected, emptied otherwise (PS3.15: with nothing to clean it, do not keep it); PN/AE emptied.
- U: remapped to the keyed ``2.25`` UID (registry UIDs such as SOP classes stay).
Private elements are removed unless Retain Safe Private keeps them (with their Private Creator).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from pydicom.datadict import dictionary_VR
from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.valuerep import PersonName

from gateway.scrub.dicom.dates import shift_da, shift_dt
from gateway.scrub.dicom.elements import Elem, Fallback, Scope, encode_texts, is_plain, texts
from gateway.scrub.dicom.profile import ALWAYS_REMOVE, WRITTEN_BY_ENGINE, EngineProfile
from gateway.scrub.dicom.sweep import Matcher, normalize
from gateway.scrub.dicom.uids import UidMapper
from policies.dicom_profile import DUMMY_TEXT, TEXT_VRS
from policies.identifiers import KnownIdentifiers

TextCleaner = Callable[[str, KnownIdentifiers], str]

FREE_TEXT_VRS = frozenset({"SH", "LO", "ST", "LT", "UT", "UC"})
STRING_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH", "ST", "TM", "UC", "UR", "UT"})
BINARY_VRS = frozenset({"OB", "OW", "OF", "OD", "OL", "OV", "UN"})
_DUMMY: dict[str, object] = {
    "DA": "19000101",
    "DT": "19000101000000",
    "TM": "000000",
    "AS": "000D",
    "IS": "0",
    "DS": "0",
    "CS": DUMMY_TEXT,
    "UR": "",
}
PATIENT_NAME = 0x00100010
PATIENT_ID = 0x00100020
TEXT_VALUE = 0x0040A160
PIXEL_TAGS = frozenset({0x7FE00008, 0x7FE00009, 0x7FE00010})


@dataclass
class ScrubContext:
    profile: EngineProfile
    uid: UidMapper
    pseudonym: str
    shift_days: int
    matcher: Matcher
    known: KnownIdentifiers
    clean_text: TextCleaner | None = None
    non_ascii: bool = False  # a kept string value needs more than ASCII
    # 7-bit raw values may be written as read unless G0 is JIS X 0201 (ISO_IR 13 first: 0x5C is the yen sign)
    ascii_passthrough: bool = True
    swept: int = 0  # values changed by the sweep
    shifted: int = 0  # date values shifted
    notes: list[str] = field(default_factory=list)


def _empty(vr: str) -> object:
    if vr == "SQ":
        return Sequence()
    if vr in BINARY_VRS:
        return b""
    if vr in ("US", "SS", "UL", "SL", "FL", "FD", "AT", "UV", "SV", "US or SS"):
        return None
    return ""


def _map_strings(value: object, fn: Callable[[str], str]) -> object:
    if isinstance(value, PersonName):
        value = str(value)
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list | tuple) or (hasattr(value, "__iter__") and not isinstance(value, bytes)):
        return [fn(str(v)) for v in value]
    return value


def scrub_dataset(ds: Dataset, ctx: ScrubContext, *, top: bool = True) -> None:
    """Apply the profile to ``ds`` in place (recursively)."""
    profile = ctx.profile
    private_keep: dict[int, bool] = {}
    creators: dict[int, str] = {}
    for tag in list(ds.keys()):
        t = int(tag)
        group = t >> 16
        elem_no = t & 0xFFFF
        if not top and t == 0x00080005:
            for _ in ds:  # decode every value with the item's own character set before dropping it
                pass
        if elem_no == 0 or t in ALWAYS_REMOVE or (top and t in WRITTEN_BY_ENGINE) or (not top and t == 0x00080005):
            del ds[tag]
            continue
        if group & 1:
            if group <= 0x0007 or group == 0xFFFF:
                del ds[tag]
                continue
            if 0x0010 <= elem_no <= 0x00FF:
                value = ds[tag].value
                creators[t] = str(value) if value is not None else ""
                continue
            block = (group << 16) | (elem_no >> 8)
            creator = creators.get(block)
            if creator is not None and profile.table.is_safe_private(creator, t):
                private_keep[block] = True
                elem = ds[tag]
                if elem.VR in STRING_VRS:
                    _sweep_elem(elem, ctx)
                continue
            del ds[tag]
            continue
        if (0x5000 <= group <= 0x50FF or 0x6000 <= group <= 0x60FF) and not group & 1:
            del ds[tag]
            continue
        raw = ds.get_item(tag)
        vr = raw.VR if raw is not None else None
        if vr is None or (vr == "UN" and t not in PIXEL_TAGS):
            try:
                vr = dictionary_VR(t)
            except KeyError:
                del ds[tag]  # unknown standard element: not in our dictionary, cannot judge
                continue
            if vr == "UN":
                del ds[tag]
                continue
            if raw is not None and raw.VR == "UN":
                _ = ds[tag]  # decode now: pydicom replaces UN with the dictionary VR, which is what gets written
        if t in PIXEL_TAGS:
            continue
        if " or " in vr:
            vr = "OW" if "OW" in vr else "US"  # ambiguous numeric/binary VRs: never text
        action = profile.action(t, vr)
        if action == "X":
            del ds[tag]
            continue
        if action == "K" and vr not in STRING_VRS and vr not in ("SQ", "UI"):
            continue  # numeric and binary kept raw: never decoded
        if action == "K" and vr in STRING_VRS and vr not in ("DA", "DT") and _ascii_clean(raw, ctx):
            continue  # plain ASCII in every character set, no identifier in it: written as read
        elem = ds[tag]
        _apply(elem, action, vr, ctx, top=top)
    for block_tag in creators:
        if not private_keep.get(block_tag):
            del ds[block_tag]


def _apply(elem: DataElement, action: str, vr: str, ctx: ScrubContext, *, top: bool) -> None:
    t = int(elem.tag)
    if top and t in (PATIENT_NAME, PATIENT_ID):
        elem.value = ctx.pseudonym
        return
    repl = ctx.profile.replacements.get(t)
    if repl is not None:
        elem.value = repl
        _sweep_elem(elem, ctx)
        return
    if vr == "SQ":
        # Z on a sequence with items: the items are kept and processed like every other dataset (their UIDs
        # remapped, names removed...), because an empty Type 3 sequence is invalid and removing a Type 2 one is too
        for item in elem.value or ():
            scrub_dataset(item, ctx, top=False)
        return
    if vr == "UI":
        if action == "K" and ctx.profile.table.options.retain_uids:
            return
        if action in ("Z",) and not elem.value:
            return
        elem.value = _map_strings(elem.value, ctx.uid) if elem.value else elem.value
        if action == "Z":
            return
        return
    if action == "Z":
        if vr in FREE_TEXT_VRS:
            _blank_text(elem, ctx)
        else:
            elem.value = _empty(vr)
        return
    if action == "D":
        if vr in TEXT_VRS:
            elem.value = DUMMY_TEXT if vr not in ("UR",) else ""
        elif vr in _DUMMY:
            elem.value = _DUMMY[vr]
        elif vr in BINARY_VRS:
            elem.value = b""
        else:
            elem.value = 0
        return
    if action == "C":
        if vr in ("DA", "DT"):
            opts = ctx.profile.table.options
            if opts.retain_long_full_dates:
                pass
            elif opts.retain_long_modified_dates and elem.value:
                fn = shift_da if vr == "DA" else shift_dt
                elem.value = _map_strings(elem.value, lambda v: fn(v, ctx.shift_days))
                ctx.shifted += 1
            else:
                elem.value = ""
                return
        elif vr in ("TM", "CS", "IS", "DS", "AS"):
            pass
        elif vr in FREE_TEXT_VRS:
            if ctx.clean_text is not None and elem.value:
                cleaner = ctx.clean_text
                elem.value = _map_strings(elem.value, lambda v: cleaner(v, ctx.known))
            else:
                _blank_text(elem, ctx)
                return
        elif vr in BINARY_VRS:
            elem.value = b""
            return
        elif vr in STRING_VRS:  # PN, AE, UR: nothing can clean them
            elem.value = ""
            return
        else:
            return
    # K and C fall through to the sweep (dates after shifting, text after cleaning)
    if vr in ("DA", "DT") and action == "K" and not ctx.profile.table.options.retain_long_full_dates:
        # a date kept by another option (device calibration...) still follows the date options
        if ctx.profile.table.options.retain_long_modified_dates and elem.value:
            fn2 = shift_da if vr == "DA" else shift_dt
            elem.value = _map_strings(elem.value, lambda v: fn2(v, ctx.shift_days))
        else:
            elem.value = ""
    if vr in STRING_VRS:
        _sweep_elem(elem, ctx)


def _ascii_clean(raw: object, ctx: ScrubContext) -> bool:
    """A still-raw value made only of 7-bit bytes without ISO 2022 escapes (so it decodes to the same text in every
    DICOM character set) in which the sweep finds nothing."""
    if not isinstance(raw, RawDataElement) or not ctx.ascii_passthrough:
        return False
    value = raw.value
    if not isinstance(value, bytes) or not value.isascii() or b"\x1b" in value:
        return False
    return not (ctx.matcher and ctx.matcher.search(value.decode("ascii")))


def _blank_text(elem: DataElement, ctx: ScrubContext) -> None:
    """Empty a text value; where the IODs require a value (Type 1), write the dummy instead."""
    had_value = bool(elem.value)
    elem.value = DUMMY_TEXT if had_value and ctx.profile.needs_value(int(elem.tag)) else ""


def _redact(vr: str, value: str, ctx: ScrubContext) -> str:
    """Text: identifiers become ``***`` (or the value is dropped); coded strings (CS) cannot hold ``*``, so a
    matching code becomes ``REDACTED``; a PN that matches is emptied."""
    if not ctx.matcher.search(value):
        return value
    if vr == "CS":
        return "REDACTED"
    if vr == "PN":
        return ""
    return ctx.matcher.redact(value)


def _sweep_elem(elem: DataElement, ctx: ScrubContext) -> None:
    value = elem.value
    if value is None or elem.VR not in STRING_VRS:
        return
    if isinstance(value, PersonName):
        value = str(value)
    if isinstance(value, str):
        if not value.isascii():
            ctx.non_ascii = True
        if ctx.matcher and value and ctx.matcher.search_normalized(normalize(value)):
            elem.value = _redact(elem.VR, value, ctx)
            ctx.swept += 1
        return
    if not str(value).isascii():
        ctx.non_ascii = True
    if not ctx.matcher:
        return
    if elem.VM > 1 or hasattr(value, "__iter__"):
        vals = [str(v) for v in value]
        if any(ctx.matcher.search(v) for v in vals):
            elem.value = [_redact(elem.VR, v, ctx) for v in vals]
            ctx.swept += 1
        return
    s = str(value)
    if s and ctx.matcher.search(s):
        elem.value = _redact(elem.VR, s, ctx)
        ctx.swept += 1


# ------------------------------------------------------------------------------------------ the raw element path
# The same decisions as ``scrub_dataset``/``_apply`` above, taken on the raw element tree (``elements``): values stay
# bytes unless the action or the sweep needs their text, and only changed or non-plain text is re-encoded (UTF-8).

_ZERO: dict[str, bytes] = {
    "US": b"\x00" * 2,
    "SS": b"\x00" * 2,
    "UL": b"\x00" * 4,
    "SL": b"\x00" * 4,
    "FL": b"\x00" * 4,
    "AT": b"\x00" * 4,
    "FD": b"\x00" * 8,
    "SV": b"\x00" * 8,
    "UV": b"\x00" * 8,
}


def scrub_elements(elems: list[Elem], ctx: ScrubContext, scope: Scope, *, top: bool = True) -> list[Elem]:
    """Apply the profile to a raw dataset (recursively); returns the elements that stay."""
    profile = ctx.profile
    out: list[Elem] = []
    creators: dict[int, Elem] = {}
    private_keep: set[int] = set()
    for el in elems:
        t = el.tag
        group = t >> 16
        elem_no = t & 0xFFFF
        if elem_no == 0 or t in ALWAYS_REMOVE or (top and t in WRITTEN_BY_ENGINE) or (not top and t == 0x00080005):
            continue
        if group & 1:
            if group <= 0x0007 or group == 0xFFFF:
                continue
            if 0x0010 <= elem_no <= 0x00FF:
                if el.items is None:
                    creators[t] = el
                    if not is_plain(el.value, scope):  # written in the output's character set
                        _finish(el, "LO", texts(el, "LO", scope), False, scope, ctx, sweep=False)
                    out.append(el)
                continue
            block = (group << 16) | (elem_no >> 8)
            creator = creators.get(block)
            if creator is not None and el.items is None:
                name = "\\".join(texts(creator, "LO", scope))
                if profile.table.is_safe_private(name, t):
                    private_keep.add(block)
                    if el.vr in STRING_VRS:
                        _finish(el, el.vr, texts(el, el.vr, scope), False, scope, ctx, sweep=True)
                    out.append(el)
            continue
        if (0x5000 <= group <= 0x50FF or 0x6000 <= group <= 0x60FF) and not group & 1:
            continue
        vr = el.vr
        if vr == "UN" and t not in PIXEL_TAGS:
            try:
                vr = dictionary_VR(t)
            except KeyError:
                continue  # unknown standard element: not in our dictionary, cannot judge
            if vr == "UN":
                continue
            if " or " in vr or (el.items is not None) != (vr == "SQ"):
                raise Fallback("UN element with an ambiguous or mismatched dictionary VR")
            el.vr = vr  # written with the dictionary VR, as pydicom does
        if t in PIXEL_TAGS:
            out.append(el)
            continue
        if " or " in vr:
            vr = "OW" if "OW" in vr else "US"  # ambiguous numeric/binary VRs: never text
        action = profile.action(t, vr)
        if action == "X":
            continue
        if action == "K":
            if vr not in STRING_VRS and vr not in {"SQ", "UI"}:
                out.append(el)  # numeric and binary kept raw: never decoded
                continue
            value = el.value
            if (
                vr in STRING_VRS
                and vr not in {"DA", "DT"}
                and ctx.ascii_passthrough
                and scope.plain
                and value.isascii()
                and b"\x1b" not in value
                and not (ctx.matcher and ctx.matcher.search(value.decode("ascii")))
            ):
                out.append(el)  # plain ASCII, no identifier in it: written as read
                continue
        _apply_raw(el, action, vr, ctx, scope, top=top)
        out.append(el)
    if creators:
        drop = {tag for tag in creators if tag not in private_keep}
        if drop:
            out = [el for el in out if el.tag not in drop]
    return out


def _apply_raw(el: Elem, action: str, vr: str, ctx: ScrubContext, scope: Scope, *, top: bool) -> None:
    t = el.tag
    if top and t in (PATIENT_NAME, PATIENT_ID):
        el.value = encode_texts(vr, [ctx.pseudonym])
        return
    if vr == "SQ":
        if el.items is not None:
            el.items = [scrub_elements(item, ctx, scope.within(item), top=False) for item in el.items]
        return
    repl = ctx.profile.replacements.get(t)
    if repl is not None:
        if vr not in STRING_VRS and vr != "UI":
            raise Fallback("replacement of a non-text element")
        _finish(el, vr, [repl], True, scope, ctx, sweep=True)
        return
    has_value = bool(el.value.strip(b" \x00"))
    if vr == "UI":
        if action == "K" and ctx.profile.table.options.retain_uids:
            return
        if not has_value:
            return
        el.value = encode_texts(vr, [ctx.uid(v) for v in texts(el, vr, scope)])
        return
    if action == "Z":
        if vr in FREE_TEXT_VRS and has_value and ctx.profile.needs_value(t):
            el.value = DUMMY_TEXT.encode("ascii")
        else:
            el.value = b""
        return
    if action == "D":
        if vr in TEXT_VRS:
            el.value = DUMMY_TEXT.encode("ascii") if vr != "UR" else b""
        elif vr in _DUMMY:
            el.value = str(_DUMMY[vr]).encode("ascii")
        elif vr in BINARY_VRS:
            el.value = b""
        elif vr in _ZERO:
            el.value = _ZERO[vr]
        else:
            raise Fallback("dummy for an unexpected VR")
        return
    values: list[str] | None = None
    changed = False
    opts = ctx.profile.table.options
    if action == "C":
        if vr in ("DA", "DT"):
            if opts.retain_long_full_dates:
                pass
            elif opts.retain_long_modified_dates and has_value:
                fn = shift_da if vr == "DA" else shift_dt
                values = [fn(v, ctx.shift_days) for v in texts(el, vr, scope)]
                changed = True
                ctx.shifted += 1
            else:
                el.value = b""
                return
        elif vr in ("TM", "CS", "IS", "DS", "AS"):
            pass
        elif vr in FREE_TEXT_VRS:
            if ctx.clean_text is not None and has_value:
                cleaner = ctx.clean_text
                values = [cleaner(v, ctx.known) for v in texts(el, vr, scope)]
                changed = True
            else:
                el.value = DUMMY_TEXT.encode("ascii") if has_value and ctx.profile.needs_value(t) else b""
                return
        elif vr in BINARY_VRS or vr in STRING_VRS:  # PN, AE, UR: nothing can clean them
            el.value = b""
            return
        else:
            return
    if vr in ("DA", "DT") and action == "K" and not opts.retain_long_full_dates:
        # a date kept by another option (device calibration...) still follows the date options
        if opts.retain_long_modified_dates and has_value:
            fn2 = shift_da if vr == "DA" else shift_dt
            values = [fn2(v, ctx.shift_days) for v in texts(el, vr, scope)]
            changed = True
        else:
            el.value = b""
            return
    if vr in STRING_VRS:
        _finish(el, vr, values if values is not None else texts(el, vr, scope), changed, scope, ctx, sweep=True)
    elif changed and values is not None:
        el.value = encode_texts(vr, values)


def _finish(  # noqa: PLR0917 - one call shape for every text element
    el: Elem, vr: str, values: list[str], changed: bool, scope: Scope, ctx: ScrubContext, *, sweep: bool
) -> None:
    """Sweep the values, then write them back: as read when nothing changed and the bytes are plain 7-bit,
    re-encoded (UTF-8) otherwise."""
    if sweep and ctx.matcher:
        if len(values) == 1:
            v = values[0]
            if v and ctx.matcher.search_normalized(normalize(v)):
                values = [_redact(vr, v, ctx)]
                changed = True
                ctx.swept += 1
        elif any(ctx.matcher.search(v) for v in values):
            values = [_redact(vr, v, ctx) for v in values]
            changed = True
            ctx.swept += 1
    if not changed and is_plain(el.value, scope):
        return
    encoded = encode_texts(vr, values)
    if not encoded.isascii():
        ctx.non_ascii = True
    el.value = encoded
