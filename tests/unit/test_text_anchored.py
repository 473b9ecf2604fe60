"""``anchored_finditer`` finds exactly what ``finditer`` finds, for every pattern the recognisers anchor.

The anchored scan tries a pattern only within ``reach`` characters before each anchor; the reach is written by hand
next to each pattern, so a pattern widened later without its reach would silently lose matches. These properties
fail then."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.scrub.text.recognizers import address, facility, person
from gateway.scrub.text.recognizers.base import anchored_finditer

# pieces that make names, suffixes, anchors and the characters around them
_PIECES = [
    "山",
    "田",
    "太郎",
    "さくら",
    "グエン",
    "・",
    " ",
    "\u3000",
    "\n",
    "病院",
    "クリニック",
    "医院",
    "法人",
    "医療法人",
    "内科",
    "消化器",
    "苑",
    "の郷",
    "様",
    "さん",
    "先生",
    "東京都",
    "新宿区",
    "市",
    "町",
    "1",
    "2-3",
    "丁目",
    "番地",
    "号",
    "ビル",
    "A",
    "、",
    "。",
    "(",
    "ー",
    "ヶ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)

_CASES = [
    (facility._FACILITY, facility._SUFFIX_RE, facility._FACILITY_REACH),
    (address._ADDRESS, address._HINT, address._HINT_REACH),
    (person._HONORIFIC_RAW, person._STRONG_ONLY, person._NAME_RUN_REACH),
]


def _spans(ms: object) -> list[tuple[int, int, dict[str, str | None]]]:
    return [(m.start(), m.end(), m.groupdict()) for m in ms]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
def test_anchored_scan_equals_full_scan(text: str) -> None:
    for pattern, anchor, reach in _CASES:
        assert _spans(anchored_finditer(pattern, anchor, reach, text)) == _spans(pattern.finditer(text)), pattern


def test_reach_shorter_than_a_match_loses_it() -> None:
    """The property above can fail: with too short a reach a long name before its suffix is not found."""
    text = "医療法人社団あおぞら会みなとみらい記念病院"
    full = _spans(facility._FACILITY.finditer(text))
    assert full and _spans(anchored_finditer(facility._FACILITY, facility._SUFFIX_RE, 2, text)) != full


def test_matches_after_the_first_anchor_are_found() -> None:
    pattern = re.compile(r"[a-z]{1,3}X")
    anchor = re.compile("X")
    text = "abX cdeX fX X gX"
    assert [m.group() for m in anchored_finditer(pattern, anchor, 3, text)] == ["abX", "cdeX", "fX", "gX"]
