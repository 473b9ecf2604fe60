"""The compiled profile the engine runs: Table E.1-1 actions by tag (``policies.dicom_profile``) plus the
defaults for standard elements outside the table and the policy's explicit extra actions."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from pydicom.datadict import dictionary_has_tag, keyword_for_tag, tag_for_keyword

from policies.dicom_options import DicomDeidOptions
from policies.dicom_profile import (
    SAFE_TEXT_KEYWORDS,
    TEXT_VRS,
    TYPE1_FREE_TEXT_KEYWORDS,
    Action,
    CompiledProfile,
    compile_profile,
)

# Elements the engine writes itself (never copied from the source).
WRITTEN_BY_ENGINE = frozenset({0x00120062, 0x00120063, 0x00120064, 0x00280303, 0x00080005})
ALWAYS_REMOVE = frozenset({0xFFFCFFFC, 0xFFFAFFFA, 0x00080001})


@dataclass(frozen=True)
class EngineProfile:
    table: CompiledProfile
    safe_text: frozenset[int]
    type1_text: frozenset[int]
    extra: dict[int, Action] = field(repr=False)
    replacements: dict[int, str] = field(repr=False)
    _memo: dict[tuple[int, str], Action] = field(default_factory=dict, repr=False, compare=False, hash=False)

    def needs_value(self, tag: int) -> bool:
        """True where an emptied free-text value gets the dummy instead (Type 1 in the IODs that use it)."""
        return self.table.basic.get(tag) == "D" or tag in self.type1_text

    def default_action(self, tag: int, vr: str) -> Action:
        """Action for a standard element outside Table E.1-1."""
        o = self.table.options
        if vr == "SQ":
            return "K"
        if vr == "UI":
            return "K" if o.retain_uids else "U"
        if vr in ("DA", "DT"):
            if o.retain_long_full_dates:
                return "K"
            return "C" if o.retain_long_modified_dates else "Z"
        if vr in TEXT_VRS:
            if self.table.cleanable_text(tag):
                return "C"
            return "K" if tag in self.safe_text else "Z"
        if vr == "UN":
            return "X"
        return "K"

    def action(self, tag: int, vr: str) -> Action:
        key = (tag, vr)
        a = self._memo.get(key)
        if a is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            a = self._memo[key] = self._action(tag, vr)
        return a

    def _action(self, tag: int, vr: str) -> Action:
        a = self.extra.get(tag)
        if a is not None:
            return a
        a = self.table.action_for(tag)
        if a is not None:
            return a
        return self.default_action(tag, vr)


def _tag_of(text: str) -> int | None:
    if len(text) == 8:
        try:
            return int(text, 16)
        except ValueError:
            pass
    t = tag_for_keyword(text)
    return int(t) if t is not None else None


@lru_cache(maxsize=64)
def engine_profile(options: DicomDeidOptions) -> EngineProfile:
    safe = frozenset(int(t) for t in (tag_for_keyword(k) for k in SAFE_TEXT_KEYWORDS) if t is not None)
    type1 = frozenset(int(t) for t in (tag_for_keyword(k) for k in TYPE1_FREE_TEXT_KEYWORDS) if t is not None)
    extra: dict[int, Action] = {}
    repl: dict[int, str] = {}
    for act in options.extra_actions:
        tag = _tag_of(act.tag)
        if tag is None or tag >> 16 == 0x0002 or tag in WRITTEN_BY_ENGINE:
            continue
        if act.action == "remove":
            extra[tag] = "X"
        elif act.action == "blank":
            extra[tag] = "Z"
        elif act.action == "keep":
            extra[tag] = "K"
        else:
            extra[tag] = "D"
            repl[tag] = act.value
    return EngineProfile(
        table=compile_profile(options), safe_text=safe, type1_text=type1, extra=extra, replacements=repl
    )


def known_standard(tag: int) -> bool:
    return dictionary_has_tag(tag)


def keyword(tag: int) -> str:
    return keyword_for_tag(tag) or f"{tag:08X}"
