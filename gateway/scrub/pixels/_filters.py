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


def _tag(fld: str) -> int | None:
    try:
        tag = int(fld, 16) if fld.lower().startswith("0x") else tag_for_keyword(fld)
    except ValueError:
        tag = None
    return None if tag is None else int(tag)


def _values(ds: Dataset, tag: int | None) -> list[str] | None:
    """String values of a field, or None when the element is absent."""
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


@dataclass(frozen=True)
class _Values:
    """A field's values as the terms compare them: ``present`` (the element exists), ``count`` (values), and the
    candidates (each value, plus all of them joined by a backslash when there are several) lower-cased (``lowered``,
    what a pattern that is not a valid regular expression is searched in) and lower-cased and stripped
    (``stripped``, what a regular expression is searched in and ``equals`` compares)."""

    present: bool
    count: int = 0
    lowered: tuple[str, ...] = ()
    stripped: tuple[str, ...] = ()


_ABSENT = _Values(False)


def _normalised(values: list[str] | None) -> _Values:
    if values is None:
        return _ABSENT
    candidates = [*values, "\\".join(values)] if len(values) > 1 else values
    lowered = tuple(v.lower() for v in candidates)
    return _Values(True, len(values), lowered, tuple(v.strip() for v in lowered))


@dataclass(frozen=True)
class _Term:
    """One distinct (field, action, pattern) of the compiled recipes; ``slot`` indexes the fields read."""

    slot: int
    action: str
    pattern: str  # lower-cased and stripped
    regex: re.Pattern[str] | None  # None: not a valid regular expression, a plain substring test instead


def _term_value(term: _Term, vals: _Values) -> bool:
    action = term.action
    if action == "missing":
        return not vals.present
    if action == "present":
        return vals.present
    if action == "empty":
        return vals.present and vals.count == 0
    if action in {"contains", "notcontains"}:
        if term.regex is not None:
            search = term.regex.search
            hit = any(search(v) is not None for v in vals.stripped)
        else:
            hit = any(term.pattern in v for v in vals.lowered)
        return hit if action == "contains" else not hit
    if action in {"equals", "notequals"}:
        hit = term.pattern in vals.stripped
        return hit if action == "equals" else not hit
    return False


@dataclass(frozen=True)
class _Line:
    terms: tuple[int, ...]  # indexes into the compiled terms
    inner_or: tuple[bool, ...]  # operator between term i and i+1 is "or" (anything else is "and")


@dataclass(frozen=True)
class _Label:
    recipe: str
    list_name: str
    name: str
    lines: tuple[_Line, ...]
    line_or: tuple[bool, ...]  # operator before line i+1 is "or"
    coordinates: tuple[tuple[bool, Any], ...]  # (keep, region as written)


@dataclass(frozen=True)
class _Compiled:
    tags: tuple[int | None, ...]  # the fields read, one slot each
    terms: tuple[_Term, ...]
    labels: tuple[_Label, ...]
    # labels indexed by a term they require (their first line is that one term and every line joins with "and":
    # mostly "Modality contains ..."); the others are always evaluated
    gated: tuple[tuple[int, tuple[int, ...]], ...]
    ungated: tuple[int, ...]


@lru_cache(maxsize=16)
def _compile(recipes: tuple[str, ...]) -> _Compiled:
    return _compile_data([(name, load_recipe(name)) for name in recipes])


def _compile_data(recipes: list[tuple[str, dict[str, Any]]]) -> _Compiled:
    """The recipes as data the evaluator walks without re-reading them: every field resolved to its tag once,
    every distinct term compiled once (patterns lower-cased and stripped, regular expressions compiled), the
    operators read as booleans."""
    tags: list[int | None] = []
    slots: dict[int | None, int] = {}
    terms: list[_Term] = []
    term_ids: dict[tuple[int, str, str], int] = {}
    labels: list[_Label] = []

    def term_id(term: dict[str, Any]) -> int:
        tag = _tag(str(term["field"]))
        if tag not in slots:
            slots[tag] = len(tags)
            tags.append(tag)
        slot = slots[tag]
        action = str(term["action"]).lower()
        pattern = str(term.get("value") or "").lower().strip()
        key = (slot, action, pattern)
        if key not in term_ids:
            try:
                regex: re.Pattern[str] | None = re.compile(pattern)
            except re.error:
                regex = None
            term_ids[key] = len(terms)
            terms.append(_Term(slot, action, pattern, regex))
        return term_ids[key]

    for recipe, data in recipes:
        for list_name, entries in data["lists"].items():
            for label in entries:
                lines = []
                for line in label["lines"]:
                    ids = tuple(term_id(t) for t in line["terms"])
                    ops = [*line["inner"], *([None] * len(ids))][: max(0, len(ids) - 1)]
                    lines.append(_Line(ids, tuple(op == "or" for op in ops)))
                labels.append(
                    _Label(
                        recipe,
                        list_name,
                        str(label["name"]),
                        tuple(lines),
                        tuple(line["operator"] == "or" for line in label["lines"][1:]),
                        tuple((bool(c["keep"]), c["region"]) for c in label["coordinates"]),
                    )
                )
    gates: dict[int, list[int]] = {}
    ungated: list[int] = []
    for i, lab in enumerate(labels):
        if lab.lines and len(lab.lines[0].terms) == 1 and not any(lab.line_or):
            gates.setdefault(lab.lines[0].terms[0], []).append(i)
        else:
            ungated.append(i)
    gated = tuple((t, tuple(ids)) for t, ids in gates.items())
    return _Compiled(tuple(tags), tuple(terms), tuple(labels), gated, tuple(ungated))


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
    """The labels of ``recipes`` that match ``ds``, in recipe, list and label order. Compiled once per recipe tuple
    (``_compile``); per dataset every field the recipes read is read and normalised once, every distinct term is
    decided at most once, and the operators short-circuit (left to right, as written: a false result before an
    "and", or a true one before an "or", decides without the next term or line). Decisions are those of the
    uncompiled evaluator (tests/support/deid_filters_reference.py; equivalence tested)."""
    return _evaluate(ds, _compile(tuple(recipes)))


def eval_label(ds: Dataset, label: dict[str, Any]) -> bool:
    """Whether one label (as written in a recipe's JSON) matches ``ds`` (compiled for this call)."""
    one = {"name": "", "coordinates": [], **label}
    return bool(_evaluate(ds, _compile_data([("", {"lists": {"": [one]}})])).matches)


def _evaluate(ds: Dataset, compiled: _Compiled) -> FilterResult:
    fields = [_normalised(_values(ds, tag)) for tag in compiled.tags]
    terms = compiled.terms
    known: list[bool | None] = [None] * len(terms)

    def term(i: int) -> bool:
        found = known[i]
        if found is None:
            t = terms[i]
            found = known[i] = _term_value(t, fields[t.slot])
        return found

    def line_value(line: _Line) -> bool:
        if not line.terms:
            return False
        result = term(line.terms[0])
        for i, is_or in zip(line.terms[1:], line.inner_or, strict=True):
            if result != is_or:  # true before "and", false before "or": the next term decides
                result = term(i)
        return result

    chosen = list(compiled.ungated)
    for gate, ids in compiled.gated:
        if term(gate):
            chosen.extend(ids)
    chosen.sort()  # recipe, list and label order
    result = FilterResult()
    for index in chosen:
        label = compiled.labels[index]
        if label.lines:
            matched = line_value(label.lines[0])
            for line, is_or in zip(label.lines[1:], label.line_or, strict=True):
                if matched != is_or:
                    matched = line_value(line)
            if not matched:
                continue
        mask: list[Box] = []
        keep: list[Box] = []
        mask_all = False
        for is_keep, region in label.coordinates:
            boxes, is_all = _regions(ds, region)
            if is_keep:
                keep.extend(boxes)
            else:
                mask.extend(boxes)
                mask_all = mask_all or is_all
        result.matches.append(
            FilterMatch(label.recipe, label.list_name, label.name, tuple(mask), tuple(keep), mask_all)
        )
    return result
