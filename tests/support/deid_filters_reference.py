"""The deid filter evaluator as it was before it was compiled, kept verbatim as the reference that the compiled
``gateway.scrub.pixels._filters.evaluate`` must agree with (tests/property/test_pixels_properties.py,
tests/unit/test_pixels_parts.py, ``bench/dicom_throughput.py --candidacy``). Not used by the gateway."""

from __future__ import annotations

import re
from typing import Any

from pydicom.datadict import tag_for_keyword
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

from gateway.scrub.pixels._boxes import Box
from gateway.scrub.pixels._filters import FilterMatch, FilterResult, load_recipe


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
