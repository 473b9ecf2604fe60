"""Properties of the pixel scrubber's geometry: labelling, smoothing, line grouping, margins, identifier search."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from gateway.scrub.pixels._boxes import Box, group_lines, label_boxes, merge_overlapping, smear
from gateway.scrub.pixels._detect import margin_boxes
from gateway.scrub.pixels._identifiers import _fuzzy_contains
from policies.pixel_options import PixelOptions

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
