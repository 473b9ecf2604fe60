"""Text de-identification options. Owned by the text scrubber; composed into the policy."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class TextDeidOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    replacement: Literal["tag", "surrogate"] = Field(
        default="tag", description="tag: ［氏名］-style type tags; surrogate: consistent keyed surrogates"
    )
    shift_dates: bool = Field(default=True, description="shift dates by the patient's offset, keeping the format")
    top_code_age: int = Field(default=90, ge=1, le=130, description="ages at or above this become '<N>歳以上'")
    use_ner: bool = Field(default=False, description="add GiNZA NER (optional extra 'ner'; slow)")
    staff_directory: tuple[str, ...] = Field(
        default=(), description="staff names, one person per entry: '山田 太郎|やまだ たろう|Yamada Taro'"
    )
    facility_names: tuple[str, ...] = Field(
        default=(), description="institution names always removed (in addition to the policy's institutions)"
    )
    allow_terms: tuple[str, ...] = Field(
        default=(), description="extra clinical terms never redacted as names, places or facilities"
    )
    score_threshold: float = Field(default=0.5, ge=0.0, le=1.0, description="minimum recogniser score kept")
