"""deid's filter recipes (converted to JSON by ``deid_import``) evaluated on a dataset.

A recipe has lists (whitelist, graylist, blacklist) of labels; a label has filter lines and coordinates. A term is
``contains`` (case-insensitive regular-expression search), ``notcontains``, ``equals``/``notequals``
(case-insensitive), ``missing``, ``present`` or ``empty`` on a keyword or ``0xGGGGEEEE`` tag; multi-valued elements
match when any value does. Terms of one line combine left to right with their inner operators; lines combine left
to right with their leading operator (``+`` and, ``||`` or; none means and). A label without lines matches every
image. (deid's own evaluator ANDs all lines of a label whatever their operator; we read the operators as written.)
Coordinates are ``x0,y0,x1,y1`` (exclusive ends), ``all``, or ``from:SequenceOfUltrasoundRegions``; ``keep``
coordinates are subtracted from the masked area.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from pydicom.datadict import tag_for_keyword
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from gateway.scrub.pixels._boxes import Box


@dataclass(frozen=True)
class FilterMatch:
    recipe: str
    list_name: str
    label: str
    mask: tuple[Box, ...] = ()
    keep: tuple[Box, ...] = ()
    mask_all: bool = False


@dataclass
class FilterResult:
    matches: list[FilterMatch] = field(default_factory=list)

    def in_list(self, name: str) -> list[FilterMatch]:
        return [m for m in self.matches if m.list_name == name]


@lru_cache(maxsize=16)
def load_recipe(name: str) -> dict[str, Any]:
    if not re.fullmatch(r"[A-Za-z0-9._-]+", name):
        raise ValueError("bad recipe name")
    text = (resources.files("policies") / "data" / "deid-filters" / f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _values(ds: Dataset, fld: str) -> list[str] | None:
    """String values of a field, or None when the element is absent."""
    try:
        tag = int(fld, 16) if fld.lower().startswith("0x") else tag_for_keyword(fld)
    except ValueError:
        tag = None
    elem = ds.get(tag) if tag is not None else None  # unknown keywords (typos in recipes) never match
    if elem is None:
        return None
    value = elem.value
    if value is None:
        return []
    if isinstance(value, MultiValue | list | tuple):
        return [str(v) for v in value]
    if isinstance(value, bytes):
        return []
    return [str(value)] if str(value) != "" else []


def _search(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern.lower().strip(), text.lower().strip()) is not None
    except re.error:
        return pattern.lower().strip() in text.lower()


def eval_term(ds: Dataset, term: dict[str, Any]) -> bool:
    action = str(term["action"]).lower()
    values = _values(ds, str(term["field"]))
    pattern = str(term.get("value") or "")
    if action == "missing":
        return values is None
    if action == "present":
        return values is not None
    if action == "empty":
        return values is not None and len(values) == 0
    vals = values or []
    candidates = [*vals, "\\".join(vals)] if len(vals) > 1 else vals
    if action in {"contains", "notcontains"}:
        hit = any(_search(pattern, v) for v in candidates)
        return hit if action == "contains" else not hit
    if action in {"equals", "notequals"}:
        hit = any(v.lower().strip() == pattern.lower().strip() for v in candidates)
        return hit if action == "equals" else not hit
    return False


def _combine(flags: list[bool], operators: list[str | None]) -> bool:
    result = flags[0]
    for flag, op in zip(flags[1:], operators, strict=True):
        result = (result or flag) if op == "or" else (result and flag)
    return result


def eval_label(ds: Dataset, label: dict[str, Any]) -> bool:
    lines = label["lines"]
    if not lines:
        return True
    line_flags = []
    for line in lines:
        flags = [eval_term(ds, t) for t in line["terms"]]
        inner: list[str | None] = [*line["inner"], *([None] * len(flags))][: len(flags) - 1] if flags else []
        line_flags.append(_combine(flags, inner) if flags else False)
    return _combine(line_flags, [line["operator"] for line in lines[1:]])


def us_region_boxes(ds: Dataset) -> list[Box]:
    out = []
    for item in getattr(ds, "SequenceOfUltrasoundRegions", None) or []:
        try:
            x0, y0 = int(item.RegionLocationMinX0), int(item.RegionLocationMinY0)
            x1, y1 = int(item.RegionLocationMaxX1), int(item.RegionLocationMaxY1)
        except (AttributeError, TypeError, ValueError):
            continue
        if x1 >= x0 and y1 >= y0:
            out.append(Box(x0, y0, x1 + 1, y1 + 1))  # Max X1/Y1 are inclusive
    return out


def _regions(ds: Dataset, region: Any) -> tuple[list[Box], bool]:
    if region == "all":
        return [], True
    if isinstance(region, str) and region.startswith("from:"):
        if region[5:] == "SequenceOfUltrasoundRegions":
            return us_region_boxes(ds), False
        return [], False
    x0, y0, x1, y1 = (int(v) for v in region)
    return [Box(x0, y0, x1, y1)], False


def evaluate(ds: Dataset, recipes: tuple[str, ...]) -> FilterResult:
    result = FilterResult()
    for recipe in recipes:
        data = load_recipe(recipe)
        for list_name, labels in data["lists"].items():
            for label in labels:
                if not eval_label(ds, label):
                    continue
                mask: list[Box] = []
                keep: list[Box] = []
                mask_all = False
                for c in label["coordinates"]:
                    boxes, is_all = _regions(ds, c["region"])
                    if c["keep"]:
                        keep.extend(boxes)
                    else:
                        mask.extend(boxes)
                        mask_all = mask_all or is_all
                result.matches.append(
                    FilterMatch(recipe, list_name, str(label["name"]), tuple(mask), tuple(keep), mask_all)
                )
    return result
