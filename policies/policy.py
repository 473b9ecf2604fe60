"""The policy document: what the study may use, how it is de-identified, who receives it, and on what terms.

A policy is data, never code: YAML read with ``yaml.safe_load``, validated by pydantic models that forbid
unknown fields, and identified by a content hash (SHA-256 of the RFC 8785 canonical JSON of the validated
model). Two documents that validate to the same model have the same hash whatever their formatting; the
canonical YAML (sorted keys) is what versions store and what diffs compare.
"""

from __future__ import annotations

import difflib
import hashlib
from datetime import date
from pathlib import Path
from typing import Any, Literal

import rfc8785
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from policies.dicom_options import DicomDeidOptions
from policies.pixel_options import PixelOptions
from policies.text_options import TextDeidOptions

DEFAULT_POLICY_PATH = Path(__file__).parent / "data" / "default-policy.yaml"

Modality = Literal["CT", "MR", "US", "CR", "DX", "XA", "RF", "NM", "PT", "MG", "OT", "SC", "SR", "KO", "PR"]
DataKind = Literal["images", "reports", "pathology", "lab", "physiology", "surgery", "diagnoses", "medication"]
DATA_KINDS: tuple[str, ...] = (
    "images",
    "reports",
    "pathology",
    "lab",
    "physiology",
    "surgery",
    "diagnoses",
    "medication",
)
DATA_KIND_LABELS_JA: dict[str, str] = {
    "images": "画像（DICOM）",
    "reports": "画像診断レポート",
    "pathology": "病理診断報告",
    "lab": "検体検査結果",
    "physiology": "生理検査結果",
    "surgery": "手術記録",
    "diagnoses": "病名",
    "medication": "処方・投薬情報",
}
OPAQUE_ID = r"^[a-z0-9][a-z0-9._-]{0,63}$"


class PolicyError(ValueError):
    """A policy document is unreadable or invalid. ``diagnostics()`` is safe to show (no document values)."""

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems

    def diagnostics(self) -> str:
        return "\n".join([str(self), *(f"  - {p}" for p in self.problems)])


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Period(_Model):
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError("end is before start")
        return self

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


class Study(_Model):
    approval_number: str = Field(pattern=r"^[0-9A-Za-z][0-9A-Za-z-]{0,31}$", description="ethics approval number")
    title: str = Field(min_length=1, description="title in Japanese, as approved")
    title_en: str = ""
    purpose: str = Field(min_length=1, description="purpose of use (利用目的), as shown in the public notice")
    period: Period
    responsible_department: str = Field(min_length=1)


class Institution(_Model):
    name: str = Field(min_length=1)
    role: Literal["lead", "joint", "provider"] = "lead"


class Eligibility(_Model):
    """Which examinations and data are in scope. Anything not named here is excluded."""

    exam_window: Period
    modalities: tuple[Modality, ...] = Field(min_length=1)
    data_kinds: tuple[DataKind, ...] = Field(min_length=1)

    @field_validator("modalities", "data_kinds")
    @classmethod
    def _unique(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(v)) != len(v):
            raise ValueError("duplicate entries")
        return v


class Recipient(_Model):
    """Who receives releases, for what, until when. ``id`` is the opaque id used in releases and audit."""

    id: str = Field(pattern=OPAQUE_ID)
    kind: Literal["trainer", "contractor"]
    name: str = Field(min_length=1)
    purpose: str = Field(min_length=1)
    expires: date
    data_kinds: tuple[DataKind, ...] = Field(min_length=1)
    location: Literal["in_house", "external"] = "external"


class ReleaseRules(_Model):
    min_k: int = Field(ge=2, description="minimum group size on quasi-identifiers before release")
    approvals_required: int = Field(ge=2, description="distinct privacy officers; never fewer than two")
    status_freshness_hours: int = Field(default=24, ge=1, le=24 * 7)
    attestation_days: int = Field(default=30, ge=1, le=365, description="deadline to attest deletion")
    retrain_on_withdrawal: bool = Field(
        default=False, description="models trained on withdrawn data are recorded; retraining is not required"
    )


class Linkage(_Model):
    destruction_date: date = Field(description="the vault's linkage keys are crypto-shredded on this date")


class OptOutContact(_Model):
    department: str = Field(min_length=1)
    address: str = Field(min_length=1)
    phone: str = Field(min_length=1)
    hours: str = Field(min_length=1)
    email: str = ""
    web: str = ""


class OptOutSettings(_Model):
    channels: tuple[Literal["counter", "mail", "phone", "web"], ...] = Field(min_length=1)
    contact: OptOutContact


class Policy(_Model):
    """The validated policy document."""

    schema_version: Literal[1] = 1
    study: Study
    institutions: tuple[Institution, ...] = Field(min_length=1)
    eligibility: Eligibility
    dicom: DicomDeidOptions = DicomDeidOptions()
    text: TextDeidOptions = TextDeidOptions()
    pixels: PixelOptions = PixelOptions()
    recipients: tuple[Recipient, ...] = Field(min_length=1)
    release: ReleaseRules
    linkage: Linkage
    optout: OptOutSettings

    @model_validator(mode="after")
    def _consistent(self) -> Policy:
        ids = [r.id for r in self.recipients]
        if len(set(ids)) != len(ids):
            raise ValueError("recipient ids must be unique")
        period = self.study.period
        for r in self.recipients:
            if r.expires > period.end:
                raise ValueError(f"recipient {r.id}: expiry is after the end of the study period")
            extra = set(r.data_kinds) - set(self.eligibility.data_kinds)
            if extra:
                raise ValueError(f"recipient {r.id}: data kinds not in eligibility: {sorted(extra)}")
        if self.linkage.destruction_date < period.start:
            raise ValueError("linkage destruction date is before the study starts")
        if sum(1 for i in self.institutions if i.role == "lead") != 1:
            raise ValueError("exactly one lead institution")
        return self

    def recipient(self, recipient_id: str) -> Recipient:
        for r in self.recipients:
            if r.id == recipient_id:
                return r
        raise KeyError(recipient_id)

    @property
    def lead_institution(self) -> Institution:
        return next(i for i in self.institutions if i.role == "lead")

    def canonical_json(self) -> bytes:
        return canonical_json(self)

    def content_hash(self) -> str:
        return policy_hash(self)

    def canonical_yaml(self) -> str:
        return canonical_yaml(self)


def _plain(policy: Policy) -> dict[str, Any]:
    return policy.model_dump(mode="json")


def canonical_json(policy: Policy) -> bytes:
    """RFC 8785 canonical JSON of the validated model (defaults included)."""
    return rfc8785.dumps(_plain(policy))


def policy_hash(policy: Policy) -> str:
    """``sha256:<hex>`` of the canonical JSON."""
    return "sha256:" + hashlib.sha256(canonical_json(policy)).hexdigest()


def canonical_yaml(policy: Policy) -> str:
    """Sorted-key YAML of the validated model: what versions store and diffs compare."""
    return yaml.safe_dump(_plain(policy), sort_keys=True, allow_unicode=True, default_flow_style=False, width=1000)


def _problems(exc: ValidationError) -> tuple[str, ...]:
    # Location and message only: never the offending input value.
    return tuple(f"{'.'.join(str(p) for p in e['loc']) or '(document)'}: {e['msg']}" for e in exc.errors())


def parse_policy(text: str) -> Policy:
    """Parse and validate a YAML policy document. Raises ``PolicyError``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"policy is not valid YAML{where}") from None
    if not isinstance(data, dict):
        raise PolicyError("policy must be a YAML mapping")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = _problems(exc)
        raise PolicyError(f"policy is invalid ({len(problems)} problems)", problems) from None


def load_policy(path: Path | str) -> Policy:
    return parse_policy(Path(path).read_text(encoding="utf-8"))


def default_policy() -> Policy:
    """The hospital's packaged study policy (policies/data/default-policy.yaml)."""
    return load_policy(DEFAULT_POLICY_PATH)


def policy_diff(old: Policy | None, new: Policy, *, old_label: str = "old", new_label: str = "new") -> str:
    """Unified diff of the canonical YAML of two policies (``old`` None: everything is added)."""
    a = canonical_yaml(old).splitlines(keepends=True) if old is not None else []
    b = canonical_yaml(new).splitlines(keepends=True)
    return "".join(difflib.unified_diff(a, b, fromfile=old_label, tofile=new_label))
