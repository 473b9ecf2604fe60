"""What one ingested input became, and what a run counted. PHI-free by construction: outcomes carry reason
codes, stages, opaque ids and pseudonyms only."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    STORED = "stored"  # de-identified, verified, written, one new ResearchObject row
    DUPLICATE = "duplicate"  # already in the store (same study_key, object_key): nothing written
    EXCLUDED = "excluded"  # out of the study's scope or opted out: counted, never stored, never quarantined
    QUARANTINED = "quarantined"  # could not be proven clean: a QuarantineEntry, nothing in the store


class Stage(StrEnum):
    PARSE = "parse"
    SCRUB = "scrub"
    PIXELS = "pixels"
    VERIFY = "verify"
    STORE = "store"


@dataclass(frozen=True)
class ObjectResult:
    status: Status
    reason: str = ""  # exclusion reason code or quarantine reason (a fixed phrase, never a value)
    stage: Stage | None = None  # quarantine stage
    object_id: str | None = None  # ResearchObject.id (stored/duplicate) or QuarantineEntry.id
    subject: str | None = None  # research pseudonym, when known
    data_kind: str | None = None


@dataclass
class RunCounts:
    """Counts by outcome and by reason: ``stored``, ``duplicate``, ``excluded``, ``excluded:<reason>``,
    ``quarantined``, ``quarantined:<stage>``."""

    counter: Counter[str] = field(default_factory=Counter)

    def add(self, result: ObjectResult) -> None:
        self.counter["inputs"] += 1
        self.counter[result.status.value] += 1
        if result.status is Status.EXCLUDED:
            self.counter[f"excluded:{result.reason}"] += 1
        elif result.status is Status.QUARANTINED and result.stage is not None:
            self.counter[f"quarantined:{result.stage.value}"] += 1

    def as_dict(self) -> dict[str, int]:
        base = {s.value: 0 for s in Status}
        base["inputs"] = 0
        base.update(self.counter)
        return dict(sorted(base.items()))


@dataclass(frozen=True)
class IngestSummary:
    run_id: str
    source: str
    study: str
    policy_hash: str
    counts: dict[str, int]
    seconds: float
    failed: bool = False

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)

    @property
    def stored(self) -> int:
        return self.get("stored")

    @property
    def quarantined(self) -> int:
        return self.get("quarantined")

    @property
    def excluded(self) -> int:
        return self.get("excluded")

    @property
    def duplicates(self) -> int:
        return self.get("duplicate")

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "source": self.source,
            "study": self.study,
            "policy_hash": self.policy_hash,
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "objects_per_second": round(self.get("inputs") / self.seconds, 2) if self.seconds > 0 else None,
            "failed": self.failed,
        }
