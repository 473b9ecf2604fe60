"""Any valid event survives storage: the leaf recomputed from what the database returns equals the leaf that was
hashed at append time (canonical JSON of floats, ints, booleans, nulls and ASCII strings)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import append_event
from audit.events import AuditEvent, details_json, parse_details
from audit.store import iter_entries
from audit.verify import verify
from gateway.store.db import make_engine
from gateway.store.migrate import upgrade

keys = st.from_regex(r"[a-z][a-z0-9_]{0,20}", fullmatch=True)
values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53) + 1, max_value=2**53 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=256),
)
details_st = st.dictionaries(keys, values, max_size=8)


@settings(max_examples=200, deadline=None)
@given(details=details_st)
def test_details_round_trip_keeps_the_leaf(details):
    event = AuditEvent(1, "2026-11-27T00:00:00.000000Z", "a.b", "system", "t", "i", details)
    stored = AuditEvent(
        1, "2026-11-27T00:00:00.000000Z", "a.b", "system", "t", "i", parse_details(details_json(details))
    )
    assert stored.leaf() == event.leaf()


@pytest.fixture(scope="module")
def sqlite_engine(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('audit') / 'rt.db'}")
    upgrade(engine)
    yield engine
    engine.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(details=details_st)
def test_stored_events_verify(sqlite_engine, details):
    with sqlite_engine.begin() as conn:
        seq = append_event(conn, action="prop.tested", actor="system", object_type="t", object_id="i", details=details)
    with sqlite_engine.connect() as conn:
        (entry,) = iter_entries(conn, after=seq - 1, upto=seq)
        assert entry.event.details == details
        assert entry.leaf_hash == entry.event.leaf_hash().hex()
        assert verify(conn, upto=seq).ok
