"""Property: no release ever contains a subject with an opt-out applicable to the study and in force at build
time (as the registry knew it then), whatever the mix of opt-out kinds, other studies' opt-outs and received vs
recorded times; and none of those subjects' recipient pseudonyms appear anywhere in the payload."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from gateway.release import service as rs
from gateway.security.principal import Principal
from gateway.store.releases import ReleaseMemberRow
from policies.consent import active_optouts
from policies.states import Role
from tests.support.research import make_world, record_optout

T_BUILD = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
STEWARD = Principal("user:steward-1", Role.STEWARD)

optout = st.tuples(
    st.integers(min_value=0, max_value=23),  # which patient
    st.sampled_from(["study", "blanket", "stop_use", "other_study"]),
    st.integers(min_value=-5000, max_value=5000),  # received, minutes from the build
    st.integers(min_value=0, max_value=5000),  # recorded this many minutes after it was received
)


def test_no_release_contains_an_opted_out_subject(
    sqlite_url: str, sekisho_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    world = make_world(sqlite_url, monkeypatch, tmp_path / "hospital", patients=24, seed=5)
    patients = world.fill.patient_ids
    recipient_keys = world.vault.recipient_keyed(world.fill.study, "trainer")
    cohort = rs.CohortQuery(modalities=("CT",), data_kinds=("images", "reports"), array_size=16)
    seen = {"releases": 0, "excluded": 0}

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(optouts=st.lists(optout, max_size=10))
    def run(optouts: list[tuple[int, str, int, int]]) -> None:
        with Session(world.engine) as s:
            try:
                for idx, kind, received, delay in optouts:
                    at = T_BUILD + timedelta(minutes=received)
                    record_optout(
                        world, patients[idx], received_at=at, recorded_at=at + timedelta(minutes=delay),
                        kind="study" if kind == "other_study" else kind,
                        study="2099-0001" if kind == "other_study" else None, session=s,
                    )  # fmt: skip
                records = rs.consent.load_records(s)
                excluded = active_optouts(records, world.fill.study, T_BUILD, known_at=T_BUILD)
                try:
                    built = rs.build_release(
                        s, world.settings, actor=STEWARD, recipient="trainer", cohort=cohort, now=T_BUILD
                    )
                except rs.ReleaseError as exc:
                    assert exc.code == "check_failed"  # everything suppressed: nothing was released
                    return
                members = list(s.exec(select(ReleaseMemberRow).where(ReleaseMemberRow.release_id == built.release_id)))
                assert members and not {m.registry_id for m in members} & excluded
                root = rs.release_dir(world.settings, built.release_id)
                payload = b"".join(p.read_bytes() for p in sorted((root / "data").rglob("*")) if p.is_file())
                for pid in patients:
                    if world.fill.registry_of[pid] in excluded:
                        rk = recipient_keys.pseudonym(world.fill.pseudonym_of[pid]).encode()
                        assert rk not in payload
                        assert world.fill.pseudonym_of[pid].encode() not in payload
                seen["releases"] += 1
                seen["excluded"] += len(excluded)
            finally:
                s.rollback()

    run()
    assert seen["releases"] > 0 and seen["excluded"] > 0  # the property was exercised, not vacuous
    world.engine.dispose()
