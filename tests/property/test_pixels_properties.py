"""Properties of the pixel scrubber's geometry (labelling, smoothing, line grouping, margins, identifier search) and
of its compiled deid filters (the reference evaluator's decisions on random headers and labels)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

import numpy as np
import pydicom.config
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from pydicom.datadict import dictionary_VR, tag_for_keyword
from pydicom.dataset import Dataset

from gateway.scrub.pixels._boxes import Box, group_lines, label_boxes, merge_overlapping, smear
from gateway.scrub.pixels._detect import margin_boxes
from gateway.scrub.pixels._filters import eval_label, evaluate, load_recipe
from gateway.scrub.pixels._identifiers import _fuzzy_contains
from policies.pixel_options import PixelOptions
from tests.support import deid_filters_reference as reference

masks = arrays(np.bool_, st.tuples(st.integers(1, 24), st.integers(1, 24)))


@given(masks)
@settings(max_examples=150, deadline=None)
def test_components_partition_the_ink(mask: np.ndarray) -> None:
    comps = label_boxes(mask)
    assert sum(n for _, n in comps) == int(mask.sum())
    covered = np.zeros_like(mask)
    for box, _ in comps:
        covered[box.y0 : box.y1, box.x0 : box.x1] = True
    assert not (mask & ~covered).any()  # every ink pixel is inside its component's box


@given(masks, st.integers(0, 6), st.sampled_from([0, 1]))
@settings(max_examples=150, deadline=None)
def test_smear_only_adds_and_is_idempotent(mask: np.ndarray, gap: int, axis: int) -> None:
    out = smear(mask, gap, axis)
    assert (out | mask).sum() == out.sum()  # a superset
    assert np.array_equal(smear(out, gap, axis), out)
    # it never creates ink beyond the outermost ink of a line
    lines = mask if axis == 1 else mask.T
    filled = out if axis == 1 else out.T
    for src, dst in zip(lines, filled, strict=True):
        if not src.any():
            assert not dst.any()
        else:
            idx = np.nonzero(dst)[0]
            src_idx = np.nonzero(src)[0]
            assert idx.min() == src_idx.min() and idx.max() == src_idx.max()


boxes = st.builds(
    lambda x, y, w, h: Box(x, y, x + w, y + h),
    st.integers(0, 200),
    st.integers(0, 200),
    st.integers(1, 60),
    st.integers(1, 40),
)


@given(st.lists(boxes, max_size=12))
@settings(max_examples=150, deadline=None)
def test_grouping_and_merging_cover_their_inputs(bs: list[Box]) -> None:
    for out in (group_lines(bs), merge_overlapping(bs)):
        for b in bs:
            assert any(o.x0 <= b.x0 and o.y0 <= b.y0 and o.x1 >= b.x1 and o.y1 >= b.y1 for o in out)
        assert len(out) <= len(bs)
    merged = merge_overlapping(bs)
    assert not any(a.intersects(b) for i, a in enumerate(merged) for b in merged[i + 1 :])


@given(st.lists(boxes, max_size=8))
@settings(max_examples=100, deadline=None)
def test_margins_contain_the_box_and_stay_in_the_image(bs: list[Box]) -> None:
    out = margin_boxes(bs, PixelOptions(), 240, 260)
    for b, m in zip(bs, out, strict=True):
        assert m.x0 >= 0 and m.y0 >= 0 and m.x1 <= 260 and m.y1 <= 240
        assert m.x0 <= min(b.x0, 260) and m.y0 <= min(b.y0, 240)
        assert m.x1 >= min(b.x1, 260) and m.y1 >= min(b.y1, 240)


@given(st.text(alphabet="ABCDEF0123", min_size=6, max_size=10), st.text(alphabet="XYZ", max_size=5), st.data())
@settings(max_examples=150, deadline=None)
def test_fuzzy_search_finds_one_edit_copies(needle: str, pad: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(needle) - 1))
    substituted = needle[:i] + "9" + needle[i + 1 :]
    deleted = needle[:i] + needle[i + 1 :]
    for variant in (needle, substituted, deleted):
        assert _fuzzy_contains(pad + variant + pad, needle, 1)
    assert _fuzzy_contains(pad + needle + pad, needle, 0)


# --- the compiled deid filters take the reference evaluator's decisions ------------------------------------------

_RECIPES = ("deid.dicom", "deid.dicom.ultrasound", "deid.dicom.xray.chest")


def _recipe_terms() -> list[dict[str, Any]]:
    return [
        t
        for r in _RECIPES
        for labels in load_recipe(r)["lists"].values()
        for label in labels
        for line in label["lines"]
        for t in line["terms"]
    ]


_TERMS = _recipe_terms()
_FIELDS = sorted({str(t["field"]) for t in _TERMS} | {"0x00080060", "0x00081090", "StationName"})
_PATTERNS = sorted({str(t.get("value") or "") for t in _TERMS})
_FRAGMENTS = sorted({w for p in _PATTERNS for w in re.split(r"[|\\s()]+", p) if w})
_NUMERIC = {"US", "SS", "UL", "SL", "FL", "FD"}

# values: recipe patterns and their words (so that labels match), in any case, padded, or arbitrary text
_text_values = st.one_of(
    st.sampled_from(_PATTERNS),
    st.sampled_from(_FRAGMENTS),
    st.sampled_from(_FRAGMENTS).map(str.lower),
    st.sampled_from(_FRAGMENTS).map(lambda s: f" {s} "),
    st.text(alphabet="GEctCTSAVEDose Report|()[]*.+?\\^$-_0123456789 ", max_size=12),
)


_LABELS = [label for r in _RECIPES for labels in load_recipe(r)["lists"].values() for label in labels]


def _satisfying(pattern: str) -> str:
    """A plain value that a recipe's pattern (often ``A|B``, sometimes anchored) finds."""
    return re.sub(r"[\\^$()]", "", pattern.split("|", maxsplit=1)[0])


def _set(ds: Dataset, draw: st.DrawFn, fld: str, text: str | None) -> None:
    try:
        tag = int(fld, 16) if fld.startswith("0x") else tag_for_keyword(fld)
    except ValueError:
        return
    if tag is None or tag in ds or dictionary_VR(tag) == "SQ":
        return
    vr = dictionary_VR(tag).split(" or ")[0]
    value: Any
    if vr in _NUMERIC:
        ints = st.integers(0, 4096)
        value = int(text) if text and text.isdigit() else draw(st.one_of(ints, st.lists(ints, min_size=2, max_size=3)))
    elif vr in {"DS", "IS"}:
        value = text if text and text.replace(".", "").isdigit() else draw(st.sampled_from(["", "512", "1.5", "4\\4"]))
    elif text is not None:
        value = draw(st.sampled_from([text, text.lower(), f" {text} ", [text, "OTHER"], ["X", text]]))
    else:
        value = draw(st.one_of(_text_values, st.lists(_text_values, min_size=0, max_size=3), st.just("")))
    ds.add_new(tag, vr, value)


@st.composite
def _headers(draw: st.DrawFn, label: dict[str, Any] | None = None) -> Dataset:
    """Random fields and values, or most terms of a label (``label``, or one of the recipes') satisfied: hits and
    near misses."""
    ds = Dataset()
    if label is not None or draw(st.booleans()):
        label = label or draw(st.sampled_from(_LABELS))
        for line in label["lines"]:
            for term in line["terms"]:
                if draw(st.integers(0, 5)) == 0:
                    continue  # a near miss
                if str(term["action"]).lower() in {"contains", "equals", "notcontains", "notequals"}:
                    _set(ds, draw, str(term["field"]), _satisfying(str(term.get("value") or "")))
                elif term["action"] != "missing":
                    _set(ds, draw, str(term["field"]), None)
    for fld in draw(st.lists(st.sampled_from(_FIELDS), unique=True, max_size=8)):
        _set(ds, draw, fld, None)
    if draw(st.booleans()):  # ultrasound regions, for "from:SequenceOfUltrasoundRegions" coordinates
        item = Dataset()
        item.RegionLocationMinX0, item.RegionLocationMinY0 = draw(st.integers(0, 50)), draw(st.integers(0, 50))
        item.RegionLocationMaxX1, item.RegionLocationMaxY1 = draw(st.integers(0, 200)), draw(st.integers(0, 200))
        ds.SequenceOfUltrasoundRegions = [item]
    return ds


def _no_validation() -> contextlib.AbstractContextManager[None]:
    @contextlib.contextmanager
    def ctx() -> Iterator[None]:
        settings_ = pydicom.config.settings
        before = (settings_.reading_validation_mode, settings_.writing_validation_mode)
        settings_.reading_validation_mode = settings_.writing_validation_mode = pydicom.config.IGNORE
        try:
            yield
        finally:
            settings_.reading_validation_mode, settings_.writing_validation_mode = before

    return ctx()


@given(st.data())
@settings(max_examples=300, deadline=None)
def test_compiled_filters_decide_like_the_reference_on_random_headers(data: st.DataObject) -> None:
    with _no_validation():
        ds = data.draw(_headers())
        for recipes in (("deid.dicom",), _RECIPES):
            assert evaluate(ds, recipes).matches == reference.evaluate(ds, recipes).matches


_terms = st.fixed_dictionaries(
    {
        "action": st.sampled_from(
            ["contains", "notcontains", "equals", "notequals", "missing", "present", "empty", "Contains", "bogus"]
        ),
        "field": st.sampled_from([*_FIELDS, "Manfacturer", "0xZZ"]),
        "value": st.one_of(st.none(), _text_values, st.sampled_from(["(", "[a-", "GE|", "", " CT "])),
    }
)
_operator = st.sampled_from(["and", "or", None, "OR"])
_lines = st.fixed_dictionaries(
    {"operator": _operator, "terms": st.lists(_terms, max_size=3), "inner": st.lists(_operator, max_size=3)}
)


@given(st.lists(_lines, max_size=4), st.data())
@settings(max_examples=300, deadline=None)
def test_compiled_labels_decide_like_the_reference(lines: list[dict[str, Any]], data: st.DataObject) -> None:
    """Random labels (any operators, actions, invalid regular expressions, unknown fields) on random headers."""
    label = {"name": "random", "lines": lines, "coordinates": []}
    with _no_validation():
        ds = data.draw(_headers(label if data.draw(st.booleans()) else None))
        assert eval_label(ds, label) == reference.eval_label(ds, label)
