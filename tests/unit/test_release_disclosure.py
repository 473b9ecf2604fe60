"""Disclosure control for releases: generalisation levels, small cells counted in distinct subjects, the
differencing rule against earlier releases to the same recipient."""

from __future__ import annotations

from gateway.release.disclosure import (
    Group,
    age_band,
    choose_level,
    difference_violations,
    min_class,
    qi_class,
    small_cells,
    suppress,
)


def qi(age: int = 47, sex: str = "F", year: int = 2019, body: str = "CHEST", h: float = 161.0) -> dict[str, object]:
    return {"age": age, "sex": sex, "height_cm": h, "weight_kg": 55.0, "body_part": body, "modality": "CT",
            "year": year}  # fmt: skip


def test_age_bands_and_top_coding() -> None:
    assert age_band(47, "L0") == (45, 49)
    assert age_band(47, "L1") == (40, 49)
    assert age_band(47, "L2") == (40, 59)
    assert age_band(93, "L0") == (90, 999) and age_band(90, "L2") == (90, 999)
    assert age_band(None, "L0") is None and age_band(True, "L0") is None


def test_levels_drop_what_the_table_says() -> None:
    a, b = qi(h=161.0, body="CHEST", year=2019), qi(h=178.0, body="ABDOMEN", year=2017)
    assert qi_class(a, "L0") != qi_class(b, "L0")
    assert qi_class(qi(h=161.0), "L1") == qi_class(qi(h=178.0), "L1")  # size and weight gone from L1
    assert qi_class(qi(body="CHEST"), "L2") == qi_class(qi(body="HEAD"), "L2")  # body part gone from L2
    assert qi_class(qi(year=2016), "L2") == qi_class(qi(year=2019), "L2")  # 5-year period
    assert qi_class(qi(year=2019), "L2") != qi_class(qi(year=2021), "L2")
    assert qi_class(qi(year=2012), "L3") == qi_class(qi(year=2019), "L3")  # 10-year period


def test_small_cells_count_distinct_subjects() -> None:
    groups = [Group("g1", "A", qi()), Group("g2", "A", qi()), Group("g3", "B", qi(sex="M"))]
    # two exams of one subject are still one subject: a class of size 1
    assert small_cells(groups, "L0", 2) == {"g1", "g2", "g3"}
    groups.append(Group("g4", "C", qi()))
    assert small_cells(groups, "L0", 2) == {"g3"}
    assert min_class([g for g in groups if g.key != "g3"], "L0") == 2


def test_differencing_rule() -> None:
    prior = [Group("p1", "A", qi()), Group("p2", "B", qi())]
    one_new = [*prior, Group("n1", "C", qi())]
    assert difference_violations(one_new, prior, "L0", 2) == {"n1"}
    two_new = [*one_new, Group("n2", "D", qi())]
    assert difference_violations(two_new, prior, "L0", 2) == set()
    assert difference_violations(prior[:1], prior, "L0", 2) == set()  # only removing (a withdrawal) is fine
    assert difference_violations(one_new, [], "L0", 2) == set()  # a first release has no difference


def test_choose_level_prefers_the_finer_level_and_then_the_fewest_suppressed() -> None:
    same = [Group(f"g{i}", f"S{i}", qi()) for i in range(4)]
    assert choose_level(same, [], 2) == ("L0", set())
    varied = [Group(f"g{i}", f"S{i}", qi(age=40 + i * 6, h=150.0 + i * 11)) for i in range(4)]
    assert choose_level(varied, [], 2) == ("L1", set())  # 40s and 50s, two subjects each
    assert choose_level(varied, [], 4) == ("L2", set())  # one 40-59 band
    odd = [*varied, Group("g9", "S9", qi(age=93))]
    assert choose_level(odd, [], 4) == ("L2", {"g9"})  # the 90+ subject cannot be hidden: suppressed


def test_suppression_reaches_a_fixed_point() -> None:
    prior = [Group("p1", "A", qi()), Group("p2", "B", qi())]
    groups = [*prior, Group("n1", "C", qi()), Group("x", "D", qi(sex="M")), Group("y", "E", qi(sex="M"))]
    out = suppress(groups, prior, "L0", 2)
    assert out == {"n1"}


def test_a_fixed_level_is_kept() -> None:
    same = [Group(f"g{i}", f"S{i}", qi()) for i in range(4)]
    assert choose_level(same, [], 2, fixed="L3") == ("L3", set())
    varied = [Group(f"g{i}", f"S{i}", qi(age=40 + i * 6)) for i in range(4)]
    assert choose_level(varied, [], 2, fixed="L0") == ("L0", {"g0", "g1", "g2", "g3"})  # suppress, never coarsen
