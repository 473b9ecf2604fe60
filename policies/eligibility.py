"""Eligibility (pure): is an item in the study's scope? Anything the policy does not name is excluded, and every
exclusion is counted under a reason code (never with the item's values)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from policies.policy import Policy


class ExclusionReason(StrEnum):
    NO_EXAM_DATE = "no_exam_date"
    BEFORE_WINDOW = "exam_before_window"
    AFTER_WINDOW = "exam_after_window"
    MODALITY_NOT_NAMED = "modality_not_named"
    NO_MODALITY = "no_modality"
    DATA_KIND_NOT_NAMED = "data_kind_not_named"
    OPTED_OUT = "opted_out"


@dataclass(frozen=True)
class Item:
    """What eligibility looks at: the original (unshifted) examination date, modality (images only), data kind."""

    exam_date: date | None
    data_kind: str
    modality: str | None = None


def exclusion_reason(policy: Policy, item: Item) -> ExclusionReason | None:
    """The first reason ``item`` is out of scope, or None when it is eligible."""
    rules = policy.eligibility
    if item.data_kind not in rules.data_kinds:
        return ExclusionReason.DATA_KIND_NOT_NAMED
    if item.data_kind == "images":
        if not item.modality:
            return ExclusionReason.NO_MODALITY
        if item.modality.strip().upper() not in rules.modalities:
            return ExclusionReason.MODALITY_NOT_NAMED
    if item.exam_date is None:
        return ExclusionReason.NO_EXAM_DATE
    if item.exam_date < rules.exam_window.start:
        return ExclusionReason.BEFORE_WINDOW
    if item.exam_date > rules.exam_window.end:
        return ExclusionReason.AFTER_WINDOW
    return None


def is_eligible(policy: Policy, item: Item) -> bool:
    return exclusion_reason(policy, item) is None


T = TypeVar("T")


@dataclass(frozen=True)
class Selection(Generic[T]):
    kept: list[T]
    excluded: Counter[ExclusionReason]

    @property
    def excluded_total(self) -> int:
        return sum(self.excluded.values())


def select(
    policy: Policy,
    items: Iterable[T],
    describe: Callable[[T], Item],
    *,
    registry_id: Callable[[T], str] | None = None,
    opted_out: frozenset[str] | set[str] = frozenset(),
) -> Selection[T]:
    """Keep eligible items whose subject is not in ``opted_out``; count the rest by reason. Opt-out is checked
    first: an opted-out subject's items are never described further."""
    kept: list[T] = []
    excluded: Counter[ExclusionReason] = Counter()
    for it in items:
        if registry_id is not None and registry_id(it) in opted_out:
            excluded[ExclusionReason.OPTED_OUT] += 1
            continue
        reason = exclusion_reason(policy, describe(it))
        if reason is None:
            kept.append(it)
        else:
            excluded[reason] += 1
    return Selection(kept, excluded)
