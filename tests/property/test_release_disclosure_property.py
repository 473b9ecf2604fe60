"""Property: whatever the groups and earlier releases, what disclosure control keeps satisfies both rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.release.disclosure import LEVELS, Group, choose_level, difference_violations, small_cells, suppress

qis = st.fixed_dictionaries(
    {
        "age": st.one_of(st.none(), st.integers(0, 95)),
        "sex": st.sampled_from(["M", "F", None]),
        "height_cm": st.one_of(st.none(), st.floats(140, 190)),
        "weight_kg": st.one_of(st.none(), st.floats(40, 100)),
        "body_part": st.sampled_from(["CHEST", "HEAD", None]),
        "modality": st.sampled_from(["CT", "MR"]),
        "year": st.integers(2015, 2024),
    }
)
groups = st.lists(st.tuples(st.integers(0, 15), qis), max_size=30)


@settings(max_examples=200, deadline=None)
@given(new=groups, old=groups, k=st.integers(2, 5), level=st.sampled_from(LEVELS))
def test_kept_groups_meet_k_and_the_differencing_rule(
    new: list[tuple[int, dict[str, object]]], old: list[tuple[int, dict[str, object]]], k: int, level: str
) -> None:
    cur = [Group(f"n{i}", f"S{s}", q) for i, (s, q) in enumerate(new)]
    prior = [Group(f"o{i}", f"S{s}", q) for i, (s, q) in enumerate(old)]
    out = suppress(cur, prior, level, k)
    kept = [g for g in cur if g.key not in out]
    assert not small_cells(kept, level, k)
    assert not difference_violations(kept, prior, level, k)
    _, best_out = choose_level(cur, prior, k)
    assert len(best_out) <= len(out)
