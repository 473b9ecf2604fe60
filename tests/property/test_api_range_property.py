"""Byte-range parsing against the RFC 9110 rules for any file size and any header of the bytes=a-b family: a
parsed range always lies inside the file and selects what the header asks for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gateway.api.download import RangeNotSatisfiable, parse_range

sizes = st.integers(min_value=0, max_value=10_000)
bounds = st.one_of(st.none(), st.integers(min_value=0, max_value=20_000))


@given(size=sizes, first=bounds, last=bounds)
def test_parsed_ranges_lie_inside_the_file(size: int, first: int | None, last: int | None):
    header = f"bytes={'' if first is None else first}-{'' if last is None else last}"
    data = bytes(i % 251 for i in range(size))
    try:
        r = parse_range(header, size)
    except RangeNotSatisfiable:
        # unsatisfiable: a start at or past the end, or an empty suffix / empty file
        assert (first is not None and first >= size) or (first is None and (last == 0 or size == 0))
        return
    if r is None:  # ignored: nothing asked for, or last < first
        assert (first is None and last is None) or (first is not None and last is not None and last < first)
        return
    assert 0 <= r.start <= r.end < size and r.length == r.end - r.start + 1
    if first is None:  # suffix: the last n bytes
        assert last is not None
        expected = data[-last:] if last < size else data
        assert data[r.start : r.end + 1] == expected
    else:
        assert r.start == first
        expected_end = size - 1 if last is None else min(last, size - 1)
        assert r.end == expected_end


@given(st.text(max_size=40))
def test_any_header_is_parsed_or_ignored_never_crashes(header: str):
    try:
        r = parse_range(header, 1000)
    except RangeNotSatisfiable:
        return
    assert r is None or 0 <= r.start <= r.end < 1000
