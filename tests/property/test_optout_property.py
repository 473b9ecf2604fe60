"""Property tests: a cohort built with the rules never holds a subject with an active applicable opt-out at build
time, and an approval that passes never releases one who has opted out by then (late-keyed records included)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from policies.consent import (
    Channel,
    OptOutKind,
    OptOutRecord,
    RecordAction,
    active_optouts,
    check_record_allowed,
    optout_digest,
)
from policies.eligibility import Item, exclusion_reason, select
from policies.policy import default_policy
from policies.rules import build_snapshot, can_approve_build

POLICY = default_policy()
STUDY = POLICY.study.approval_number
OTHER = "2019-0042"
SUBJECTS = [f"P{c * 20}" for c in "ABCDEFGH"]
T0 = datetime(2026, 1, 1, tzinfo=UTC)
HOURS = st.integers(min_value=0, max_value=240)

opt_event = st.fixed_dictionaries(
    {
        "subject": st.sampled_from(SUBJECTS),
        "kind": st.sampled_from(list(OptOutKind)),
        "study": st.sampled_from([STUDY, OTHER, None]),
        "received": HOURS,
        "record_delay": st.integers(min_value=0, max_value=72),
        "revoke": st.none()
        | st.fixed_dictionaries(
            {
                "after": st.integers(min_value=0, max_value=120),
                "verify_after": st.none() | st.integers(min_value=0, max_value=48),
                "record_delay": st.integers(min_value=0, max_value=48),
            }
        ),
    }
)


def _history(events: list[dict]) -> list[OptOutRecord]:
    records: list[OptOutRecord] = []
    for n, e in enumerate(events):
        kind = e["kind"]
        study = None if kind is OptOutKind.BLANKET else (e["study"] or (STUDY if kind is OptOutKind.STUDY else None))
        received = T0 + timedelta(hours=e["received"])
        opt = OptOutRecord(
            record_id=f"oo-{n}",
            registry_id=e["subject"],
            action=RecordAction.OPTOUT,
            kind=kind,
            study=study,
            channel=Channel.MAIL,
            received_at=received,
            recorded_at=received + timedelta(hours=e["record_delay"]),
            recorded_by="user:staff-1",
        )
        check_record_allowed(opt, records)
        records.append(opt)
        rv = e["revoke"]
        if rv is not None:
            r_received = received + timedelta(hours=rv["after"])
            verified = None if rv["verify_after"] is None else r_received + timedelta(hours=rv["verify_after"])
            revoke = OptOutRecord(
                record_id=f"oo-{n}-r",
                registry_id=e["subject"],
                action=RecordAction.REVOKE,
                target=opt.record_id,
                channel=Channel.COUNTER,
                received_at=r_received,
                recorded_at=max(r_received, verified or r_received) + timedelta(hours=rv["record_delay"]),
                recorded_by="user:staff-1",
                verified_at=verified,
                verifier="user:staff-2" if verified else None,
            )
            check_record_allowed(revoke, records)
            records.append(revoke)
    return records


item_st = st.builds(
    lambda subject, kind, modality, year: (subject, Item(date(year, 6, 1), kind, modality)),
    st.sampled_from(SUBJECTS),
    st.sampled_from(["images", "reports", "lab", "genome"]),
    st.sampled_from(["CT", "MR", "MG", None]),
    st.integers(min_value=2000, max_value=2032),
)


@settings(max_examples=200, deadline=None)
@given(events=st.lists(opt_event, max_size=12), items=st.lists(item_st, max_size=30), build_h=HOURS)
def test_build_never_contains_an_active_optout(events, items, build_h):
    records = _history(events)
    built = T0 + timedelta(hours=build_h)
    snap = build_snapshot(records, STUDY, built)
    sel = select(POLICY, items, lambda t: t[1], registry_id=lambda t: t[0], opted_out=snap.excluded)
    known = [r for r in records if r.recorded_at <= built]
    active_at_build = active_optouts(known, STUDY, built)
    assert not {s for s, _ in sel.kept} & active_at_build
    assert snap.digest == optout_digest(active_at_build, STUDY)
    # and nothing else was dropped: every eligible item of a subject without an opt-out is kept
    expected = [t for t in items if t[0] not in active_at_build and exclusion_reason(POLICY, t[1]) is None]
    assert sel.kept == expected


@settings(max_examples=200, deadline=None)
@given(
    events=st.lists(opt_event, max_size=12),
    cohort=st.sets(st.sampled_from(SUBJECTS)),
    build_h=HOURS,
    approve_after=st.integers(min_value=0, max_value=240),
)
def test_passing_approval_never_releases_an_opted_out_subject(events, cohort, build_h, approve_after):
    records = _history(events)
    built = T0 + timedelta(hours=build_h)
    now = built + timedelta(hours=approve_after)
    known_at_build = [r for r in records if r.recorded_at <= built]
    known_now = [r for r in records if r.recorded_at <= now]
    snap = build_snapshot(known_at_build, STUDY, built)
    released = set(cohort) - snap.excluded
    if can_approve_build(known_now, STUDY, built_at=built, build_digest=snap.digest, now=now):
        assert not released & active_optouts(known_now, STUDY, now)
    else:
        assert active_optouts(known_now, STUDY, now) - snap.excluded


@settings(max_examples=100, deadline=None)
@given(events=st.lists(opt_event, max_size=10), data=st.data(), at_h=HOURS)
def test_active_set_does_not_depend_on_record_order(events, data, at_h):
    records = _history(events)
    shuffled = data.draw(st.permutations(records))
    at = T0 + timedelta(hours=at_h)
    for study in (STUDY, OTHER):
        assert active_optouts(shuffled, study, at) == active_optouts(records, study, at)
