"""Text de-identification options. Owned by the text scrubber; composed into the policy."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class TextDeidOptions(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    replacement: Literal["tag", "surrogate"] = "tag"
    shift_dates: bool = True
    top_code_age: int = 90
    use_ner: bool = False
    staff_directory: tuple[str, ...] = ()
