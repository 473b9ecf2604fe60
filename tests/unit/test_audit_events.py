"""Validation of audit events: opaque identifiers and scalar details only; errors never echo the value."""

from __future__ import annotations

import json
import math

import pytest

from audit import AuditValidationError
from audit.events import AuditEvent, validate_action, validate_actor, validate_details, validate_object_id


@pytest.mark.parametrize("action", ["optout.recorded", "vault.reidentify.requested", "auth.login_failed"])
def test_valid_actions(action):
    assert validate_action(action) == action


@pytest.mark.parametrize("action", ["login", "Optout.Recorded", "a..b", ".a", "a.", "a b.c", "a.b-c", "", "x." * 70])
def test_invalid_actions(action):
    with pytest.raises(AuditValidationError):
        validate_action(action)


@pytest.mark.parametrize("value", ["山田太郎", "Yamada Taro", "", " user", "user:\n1", "x" * 300])
def test_ids_must_be_opaque_ascii_without_spaces(value):
    with pytest.raises(AuditValidationError) as exc:
        validate_actor(value)
    if value:
        assert value not in str(exc.value)
    with pytest.raises(AuditValidationError):
        validate_object_id(value)


def test_valid_ids():
    assert validate_actor("user:officer-1") == "user:officer-1"
    assert validate_object_id("1.2.392.200036.9116.2.5.1.37.2418295482.1507184833.181.1") is not None


@pytest.mark.parametrize(
    "details",
    [
        {"name": "山田"},  # non-ASCII (kanji/kana names)
        {"text": "a" * 257},  # free text
        {"note": "line1\nline2"},  # control characters
        {"Bad-Key": 1},
        {"n": 2**53},
        {"f": math.nan},
        {"f": math.inf},
        {"nested": {"a": 1}},  # type: ignore[dict-item]
        {"list": [1, 2]},  # type: ignore[dict-item]
        {f"k{i}": i for i in range(33)},
    ],
)
def test_invalid_details(details):
    with pytest.raises(AuditValidationError) as exc:
        validate_details(details)
    for value in details.values():
        if isinstance(value, str) and len(value) > 3:
            assert value not in str(exc.value)


def test_leaf_is_canonical_json_with_sorted_keys():
    event = AuditEvent(
        seq=7,
        ts="2026-11-27T00:00:00.000000Z",
        action="release.downloaded",
        actor="user:contractor-2",
        object_type="release",
        object_id="rel-9",
        details={"z": 1.0, "a": True, "m": None},
    )
    leaf = event.leaf()
    assert leaf.startswith(
        b'{"action":"release.downloaded","actor":"user:contractor-2","details":{"a":true,"m":null,"z":1}'
    )
    assert json.loads(leaf)["seq"] == 7
    assert b" " not in leaf
    other = AuditEvent(**{**event.to_dict(), "seq": 8})
    assert other.leaf_hash() != event.leaf_hash()
