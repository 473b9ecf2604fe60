"""DICOM de-identification options (PS3.15 Annex E). Owned by the DICOM engine; composed into the policy.

A ``deid`` recipe (pydicom/deid, its ``%header`` section) can be imported into options with
``options_from_deid_recipe`` so users of deid can bring theirs: its actions become ``extra_actions`` applied after
the profile. The Sekisho profile still removes everything the table and the options do not keep, and the sweep and
the verifier still run, so a recipe can only add protection or keep what the profile would otherwise change.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class HeaderAction(BaseModel):
    """One explicit action on a standard element, by keyword (``PatientAge``) or tag (``00101010``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    tag: str = Field(pattern=r"^([0-9A-Fa-f]{8}|[A-Za-z][A-Za-z0-9]*)$")
    action: Literal["remove", "blank", "keep", "replace"]
    value: str = ""


class DicomDeidOptions(BaseModel):
    """Which PS3.15 Table E.1-1 options apply. Defaults: the research profile of DESIGN.md."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    retain_safe_private: bool = False
    retain_uids: bool = False
    retain_device_identity: bool = False
    retain_institution_identity: bool = False
    retain_patient_characteristics: bool = True
    retain_long_full_dates: bool = False
    retain_long_modified_dates: bool = True
    clean_descriptors: bool = True
    clean_structured_content: bool = True
    clean_graphics: bool = True
    clean_pixel_data: bool = True
    extra_actions: tuple[HeaderAction, ...] = ()


_FIELD = r"(?:\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)|[0-9A-Fa-f]{8}|[A-Za-z][A-Za-z0-9]*)"


class RecipeError(ValueError):
    """A deid recipe could not be imported. Messages carry line numbers, never values."""


def _norm_field(text: str) -> str:
    t = text.strip()
    m = re.fullmatch(r"\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)", t)
    if m:
        return (m.group(1) + m.group(2)).upper()
    return t


def parse_deid_recipe(text: str) -> tuple[HeaderAction, ...]:
    """The ``%header`` actions of a deid recipe as ``HeaderAction`` values.

    Supported: ``REMOVE f``, ``BLANK f``, ``KEEP f``, ``REPLACE f value``, ``ADD f value`` with ``f`` a keyword or a
    tag. ``REMOVE ALL`` is implied (Sekisho removes what the profile does not keep). ``JITTER`` is ignored: dates
    follow the policy's date options. Replacement values that refer to deid variables (``var:``/``func:``) become
    blanks. Expanders (``contains:`` ...) and unknown verbs raise ``RecipeError`` rather than being silently dropped.
    """
    actions: list[HeaderAction] = []
    section = ""
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.upper().startswith("FORMAT"):
            continue
        if line.startswith("%"):
            section = line[1:].split()[0].lower() if len(line) > 1 else ""
            continue
        if section != "header":
            continue
        parts = line.split(None, 2)
        verb = parts[0].upper()
        if verb == "JITTER" or (verb == "REMOVE" and len(parts) >= 2 and parts[1].upper() == "ALL"):
            continue
        if len(parts) < 2 or not re.fullmatch(_FIELD, parts[1]):
            raise RecipeError(f"line {lineno}: unsupported field expression")
        field_ = _norm_field(parts[1])
        value = parts[2].strip() if len(parts) > 2 else ""
        if verb == "REMOVE":
            actions.append(HeaderAction(tag=field_, action="remove"))
        elif verb == "BLANK":
            actions.append(HeaderAction(tag=field_, action="blank"))
        elif verb == "KEEP":
            actions.append(HeaderAction(tag=field_, action="keep"))
        elif verb in ("REPLACE", "ADD"):
            if not value or value.lower().startswith(("var:", "func:")):
                actions.append(HeaderAction(tag=field_, action="blank"))
            else:
                actions.append(HeaderAction(tag=field_, action="replace", value=value))
        else:
            raise RecipeError(f"line {lineno}: unsupported action")
    return tuple(actions)


def options_from_deid_recipe(text: str, base: DicomDeidOptions | None = None) -> DicomDeidOptions:
    """``base`` (default: the research profile) with the recipe's header actions appended."""
    base = base or DicomDeidOptions()
    return base.model_copy(update={"extra_actions": base.extra_actions + parse_deid_recipe(text)})
