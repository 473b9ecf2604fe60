"""Time for audit records: always UTC, from an injectable clock.

Trusted time is an operational property: the host must keep its clock synchronised (NTP/chrony against the
hospital's time source). The log records what the clock said, in UTC with microseconds, taken *after* the append
lock is held, so timestamps follow the sequence order whenever the clock does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


def format_ts(moment: datetime) -> str:
    """ISO 8601 UTC with microseconds and a ``Z`` suffix, e.g. ``2026-11-27T00:00:00.000000Z``.

    Naive datetimes are refused: an audit timestamp without a zone is ambiguous."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("audit clock returned a naive datetime; it must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)
