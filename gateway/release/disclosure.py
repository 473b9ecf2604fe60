"""Residual quasi-identifiers: generalisation, small-cell suppression, and the differencing rule.

The unit is an exam group (a DICOM study with its report, or one lone record); class sizes count DISTINCT subjects.

Quasi-identifiers of a group (``research_object.attributes`` of its images, else of its first object): age at exam
(already top-coded 90 at ingest), sex, height, weight, body part, modality, and the year of the (shifted) exam date.

Generalisation levels (the finest level that suppresses the fewest groups is chosen; the release applies it to
what it writes: PatientAge becomes the band's lower bound, PatientSize/PatientWeight the band's midpoint or are
removed, BodyPartExamined is removed from L2):

====== =========== ===== ================== ================== ========= ========= ================
level  age band    sex   height             weight             body part modality  exam date
====== =========== ===== ================== ================== ========= ========= ================
L0     5 years     kept  10 cm band         10 kg band         kept      kept      year
L1     10 years    kept  removed            removed            kept      kept      year
L2     20 years    kept  removed            removed            removed   kept      5-year period
L3     20 years    kept  removed            removed            removed   kept      10-year period
====== =========== ===== ================== ================== ========= ========= ================

Ages of 90 and over are one band ("90+") at every level. The payload keeps each exam's (shifted) date: dates are
moved per patient by a keyed 1-365 days into the past, unknown to the recipient, so a coarser period at L2/L3 is
what someone who knows a true exam date can place it in; the exact shifted dates can still narrow a class further
(a known limit, docs/RELEASES.md).

One level per recipient: the first release published to a recipient fixes its level, and every later release to
it (superseding ones included) uses the same level, suppressing more if it must. The recipient's pseudonyms are
stable across its releases, so two levels would compose: the finer attributes learnt from one release would split
the coarser classes of the other.

Small-cell rule: every equivalence class (same generalised quasi-identifiers) holds at least ``min_k`` distinct
subjects; groups in smaller classes are suppressed (left out of the release).

Differencing rule: against the union of everything already released to the same recipient (any release that was
published), a class may gain either no new subject or at least ``min_k`` new subjects; otherwise the newcomers'
groups are suppressed, so a recipient comparing two releases cannot single out "the one patient added since last
time" (e.g. someone it knows was scanned last month). A release that only removes subjects (a withdrawal's
superseding release) always passes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

LEVELS: tuple[str, ...] = ("L0", "L1", "L2", "L3")
_AGE_BAND = {"L0": 5, "L1": 10, "L2": 20, "L3": 20}
_PERIOD = {"L0": 1, "L1": 1, "L2": 5, "L3": 10}


def keeps_size(level: str) -> bool:
    return level == "L0"


def keeps_body_part(level: str) -> bool:
    return level in ("L0", "L1")


@dataclass(frozen=True)
class Group:
    key: str
    subject: str
    qi: Mapping[str, Any]  # raw: age, sex, height_cm, weight_kg, body_part, modality, year


def age_band(age: Any, level: str) -> tuple[int, int] | None:
    """(lower, upper) bound in years of the band holding ``age``; None when unknown. 90+ is (90, 999)."""
    if not isinstance(age, int | float) or isinstance(age, bool) or age < 0:
        return None
    a = int(age)
    if a >= 90:
        return 90, 999
    width = _AGE_BAND[level]
    lo = a // width * width
    return lo, min(lo + width - 1, 89)


def _band(value: Any, width: int) -> str:
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        return "?"
    lo = int(value // width * width)
    return f"{lo}-{lo + width}"


def band_mid(value: Any, width: int) -> float | None:
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        return None
    return float(value // width * width + width / 2)


def qi_class(qi: Mapping[str, Any], level: str) -> tuple[str, ...]:
    band = age_band(qi.get("age"), level)
    age = "?" if band is None else ("90+" if band[0] == 90 else f"{band[0]}-{band[1]}")
    out = [age, str(qi.get("sex") or "?")]
    if keeps_size(level):
        out += [_band(qi.get("height_cm"), 10), _band(qi.get("weight_kg"), 10)]
    if keeps_body_part(level):
        out.append(str(qi.get("body_part") or "?").upper())
    year = qi.get("year")
    width = _PERIOD[level]
    period = "?" if not isinstance(year, int) else (str(year) if width == 1 else f"{year // width * width}s{width}")
    out += [str(qi.get("modality") or "?").upper(), period]
    return tuple(out)


def class_subjects(groups: Iterable[Group], level: str) -> dict[tuple[str, ...], set[str]]:
    classes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for g in groups:
        classes[qi_class(g.qi, level)].add(g.subject)
    return classes


def small_cells(groups: Sequence[Group], level: str, k: int) -> set[str]:
    """Keys of groups in classes with fewer than ``k`` distinct subjects."""
    classes = class_subjects(groups, level)
    return {g.key for g in groups if len(classes[qi_class(g.qi, level)]) < k}


def difference_violations(groups: Sequence[Group], prior: Sequence[Group], level: str, k: int) -> set[str]:
    """Keys of groups whose subject is new to its class (against ``prior``) in a class that gains 1..k-1 new
    subjects."""
    before = class_subjects(prior, level)
    added: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for g in groups:
        c = qi_class(g.qi, level)
        if g.subject not in before.get(c, set()):
            added[c].add(g.subject)
    bad = {c for c, s in added.items() if 0 < len(s) < k}
    return {g.key for g in groups if qi_class(g.qi, level) in bad and g.subject in added[qi_class(g.qi, level)]}


def suppress(groups: Sequence[Group], prior: Sequence[Group], level: str, k: int) -> set[str]:
    """Groups to leave out at ``level`` so that both rules hold for what remains (iterated to a fixed point:
    suppressing a newcomer can shrink a class below k)."""
    out: set[str] = set()
    while True:
        kept = [g for g in groups if g.key not in out]
        bad = small_cells(kept, level, k) | difference_violations(kept, prior, level, k)
        if not bad:
            return out
        out |= bad


def choose_level(
    groups: Sequence[Group], prior: Sequence[Group], k: int, *, fixed: str | None = None
) -> tuple[str, set[str]]:
    """The level suppressing the fewest groups (ties: the finer level), and the groups it suppresses. ``fixed``:
    the level of the recipient's earlier releases, which every later release keeps (see the module notes)."""
    if fixed is not None:
        if fixed not in LEVELS:
            raise ValueError("unknown generalisation level")
        return fixed, suppress(groups, prior, fixed, k)
    best: tuple[str, set[str]] | None = None
    for level in LEVELS:
        s = suppress(groups, prior, level, k)
        if best is None or len(s) < len(best[1]):
            best = (level, s)
        if not s:
            break
    assert best is not None
    return best


def min_class(groups: Sequence[Group], level: str) -> int:
    classes = class_subjects(groups, level)
    return min((len(s) for s in classes.values()), default=0)
