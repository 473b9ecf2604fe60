"""Audit time: UTC from an injectable clock; naive datetimes refused; other zones converted to UTC."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from audit.clock import format_ts, parse_ts

JST = timezone(timedelta(hours=9))


def test_other_zones_are_recorded_in_utc():
    assert format_ts(datetime(2026, 11, 27, 9, 0, 0, 1, tzinfo=JST)) == "2026-11-27T00:00:00.000001Z"
    assert parse_ts("2026-11-27T00:00:00.000001Z") == datetime(2026, 11, 27, 9, 0, 0, 1, tzinfo=JST)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="naive"):
        format_ts(datetime(2026, 11, 27))


def test_timestamps_sort_like_time():
    a = format_ts(datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=JST))
    b = format_ts(datetime(2026, 1, 2, 3, 4, 5, 7, tzinfo=JST))
    assert a < b
