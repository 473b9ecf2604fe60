"""Rule-based Japanese finding extractor (teacher labels from radiology reports).

Vocabulary and assertion rules are versioned data (``trainer/labels/data/*.yaml``); :func:`labeler_hash` is the
SHA-256 over their bytes and goes into dataset manifests. Pure Python: no torch here.

Algorithm (rules.yaml explains the data):
1. normalise: NFKC (full-width ASCII to half-width, half-width katakana to full-width), ASCII lower-case, then the
   replacements (囊 -> 嚢, のう胞 -> 嚢胞, ...); blank the line of a clinical-question header (依頼目的: 肺炎疑い);
2. scan once, leftmost-longest, for finding terms, cues (negative / uncertain / positive / ignore / pre-uncertain),
   sentence boundaries and contrastive conjunctions;
3. a finding waits for the first cue that follows it in its clause; findings joined only by coordinators share
   that cue; a clause end (。, が、, ものの, ...) or a non-coordinated next finding closes waiting findings as
   positive; an uncertainty cue followed only by fillers and a negation is a negation (骨折を疑う所見は認めない);
   a cue that judges something else (結節は良性と考えられる: は<X>と) leaves the finding positive;
4. report-level merge per code: positive > uncertain > negative.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, cast

import yaml

Polarity = Literal["positive", "negative", "uncertain"]
POLARITIES: tuple[Polarity, ...] = ("positive", "negative", "uncertain")
_RANK: dict[str, int] = {"negative": 0, "uncertain": 1, "positive": 2}
DATA_FILES = ("rules.yaml", "vocabulary.yaml")

_CueKind = Literal["negative", "uncertain", "positive", "ignore", "pre_uncertain"]


class LabelerDataError(ValueError):
    """The vocabulary or rules data is malformed."""


def _read_data(name: str) -> bytes:
    return resources.files("trainer.labels").joinpath("data", name).read_bytes()


@lru_cache(maxsize=1)
def labeler_hash() -> str:
    """Hex SHA-256 over the labeller's versioned data (file name, length and bytes of each file, sorted)."""
    h = hashlib.sha256()
    for name in sorted(DATA_FILES):
        blob = _read_data(name)
        h.update(name.encode() + b"\0" + str(len(blob)).encode() + b"\0" + blob)
    return h.hexdigest()


@dataclass(frozen=True)
class ContextTerm:
    term: str
    codes: tuple[str, ...]
    before: tuple[str, ...]
    window: int
    blockers: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """One finding mention with its assertion, offsets into the normalised text."""

    codes: tuple[str, ...]
    polarity: Polarity
    start: int
    end: int
    cue: str | None


@dataclass
class _Pending:
    codes: tuple[str, ...]
    start: int
    end: int
    pre_uncertain: bool = False


@dataclass
class _State:
    pending: list[_Pending] = field(default_factory=list)
    pre_uncertain: bool = False
    clause_start: int = 0


def _as_str_list(value: object, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LabelerDataError(f"{what} must be a list of strings")
    return cast(list[str], value)


class Labeler:
    """The teacher labeller built from its data files (use :func:`default_labeler`)."""

    def __init__(self, vocabulary: Mapping[str, Any], rules: Mapping[str, Any]) -> None:
        self.version = f"vocabulary {vocabulary.get('version')}, rules {rules.get('version')}"
        self._replacements: list[tuple[str, str]] = [
            (str(k), str(v)) for k, v in dict(rules.get("replacements") or {}).items()
        ]
        findings = vocabulary.get("findings")
        if not isinstance(findings, dict) or not findings:
            raise LabelerDataError("vocabulary.findings must be a non-empty mapping")
        self.codes: tuple[str, ...] = tuple(str(c) for c in findings)
        terms: dict[str, tuple[str, ...]] = {}
        for code, words in findings.items():
            for w in _as_str_list(words, f"findings.{code}"):
                terms.setdefault(self.normalize(w), ())
                terms[self.normalize(w)] = (*terms[self.normalize(w)], str(code))
        for w, codes in dict(vocabulary.get("multi_code_terms") or {}).items():
            cl = tuple(_as_str_list(codes, f"multi_code_terms.{w}"))
            unknown = [c for c in cl if c not in self.codes]
            if unknown:
                raise LabelerDataError(f"multi_code_terms.{w}: unknown codes {unknown}")
            terms[self.normalize(str(w))] = cl
        self._terms = terms
        self._context: dict[str, ContextTerm] = {}
        for item in vocabulary.get("context_terms") or []:
            ct = ContextTerm(
                term=self.normalize(str(item["term"])),
                codes=tuple(_as_str_list(item["codes"], "context_terms.codes")),
                before=tuple(self.normalize(b) for b in _as_str_list(item["before"], "context_terms.before")),
                window=int(item.get("window", 10)),
                blockers=tuple(self.normalize(b) for b in _as_str_list(item.get("blockers", []), "blockers")),
            )
            self._context[ct.term] = ct
        self._cues: dict[str, _CueKind] = {}
        kinds: tuple[_CueKind, ...] = ("positive", "ignore", "pre_uncertain", "uncertain", "negative")
        for kind in kinds:  # later kinds win ties
            for w in _as_str_list(rules.get(kind) or [], kind):
                self._cues[self.normalize(w)] = kind
        self._boundaries = {
            self.normalize(b) if b != "\n" else b for b in _as_str_list(rules["sentence_boundaries"], "b")
        }
        self._contrastive = {self.normalize(c) for c in _as_str_list(rules["contrastive"], "contrastive")}
        self._coordinators = sorted(
            {self.normalize(c) if c.strip() else c for c in _as_str_list(rules["coordinators"], "coordinators")},
            key=len,
            reverse=True,
        )
        self._closing = tuple(_as_str_list(rules["closing_particles"], "closing_particles"))
        self._locative = tuple(_as_str_list(rules["locative_particles"], "locative_particles"))
        self._period = bool(rules.get("period_is_boundary", True))
        self._bridges = sorted(
            _as_str_list(rules.get("negation_bridges", []), "negation_bridges"), key=len, reverse=True
        )
        self._topic_markers = tuple(_as_str_list(rules.get("topic_markers", []), "topic_markers"))
        self._topic_objects = tuple(_as_str_list(rules.get("topic_objects", []), "topic_objects"))
        self._topic_fillers = sorted(
            _as_str_list(rules.get("topic_fillers", []), "topic_fillers"), key=len, reverse=True
        )
        skip = [self.normalize(x) for x in _as_str_list(rules.get("skip_sections", []), "skip_sections")]
        keep = [self.normalize(x) for x in _as_str_list(rules.get("section_headers", []), "section_headers")]
        self._skip_header = self._header_regex(skip) if skip else None
        alt = "|".join(re.escape(n) for n in sorted(set(keep), key=len, reverse=True))
        self._inline_header = re.compile(f"(?<=[\\s。])(?:[【<\\[(][ \\t]*(?:{alt})[ \\t]*[】>\\])]|(?:{alt})[ \\t]*:)")
        ga_after = str(rules.get("contrastive_ga_after", ""))
        alternatives: list[str] = [
            *terms,
            *self._context,
            *self._cues,
            *self._boundaries,
            *self._contrastive,
            *(c for c in self._coordinators if len(c) >= 2),
        ]
        alternatives = sorted(set(alternatives), key=lambda s: (-len(s), s))
        parts = [re.escape(a) for a in alternatives]
        if ga_after:
            parts.append(f"(?<=[{re.escape(ga_after)}])が")
        if self._period:
            parts.append(r"\.")
        self._pattern = re.compile("|".join(parts))

    # -- normalisation -------------------------------------------------------------------------------------------
    def normalize(self, text: str) -> str:
        """NFKC, ASCII lower-case, then the data's replacements. Keeps length only approximately."""
        out = unicodedata.normalize("NFKC", text)
        out = "".join(ch.lower() if ch.isascii() else ch for ch in out)
        for old, new in getattr(self, "_replacements", []):
            out = out.replace(old, new)
        return out

    # -- extraction ----------------------------------------------------------------------------------------------
    @staticmethod
    def _header_regex(names: list[str]) -> re.Pattern[str]:
        """A header at a line start: a name in brackets (【臨床情報】, <臨床情報>) or followed by a colon."""
        alt = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
        bracketed = f"[【<\\[(][ \\t]*(?:{alt})[ \\t]*[】>\\])]"
        return re.compile(f"^[ \\t]*(?:{bracketed}|(?:{alt})[ \\t]*:)", re.MULTILINE)

    def skip_clinical_sections(self, norm: str) -> str:
        """Blank out (same length, newlines kept) a clinical-question or history header's line, up to the line end or
        an inline section header (臨床情報: 肺炎疑い。 所見: ...). Only that line: a report without a findings header
        after it keeps its findings."""
        if self._skip_header is None:
            return norm
        chars = list(norm)
        for m in self._skip_header.finditer(norm):
            nl = norm.find("\n", m.end())
            end = len(norm) if nl < 0 else nl
            inline = self._inline_header.search(norm, m.end(), end)
            if inline:
                end = inline.start()
            for i in range(m.start(), end):
                chars[i] = " "
        return "".join(chars)

    def mentions(self, text: str) -> list[Mention]:
        """Every finding mention of ``text`` with its assertion, in text order (offsets into the normalised text)."""
        norm = self.skip_clinical_sections(self.normalize(text))
        out: list[Mention] = []
        st = _State()

        def close(polarity: Polarity | None, cue: str | None, cue_start: int = 0) -> None:
            for p in st.pending:
                pol: Polarity = polarity or "positive"
                if pol != "positive" and self._topic_shift(norm[p.end : cue_start]):
                    pol = "positive"  # 結節は良性と考えられる: the cue is about something else
                if p.pre_uncertain and pol == "positive":
                    pol = "uncertain"
                out.append(Mention(p.codes, pol, p.start, p.end, cue))
            st.pending.clear()

        tokens = list(self._pattern.finditer(norm))
        skip_to = -1
        for k, m in enumerate(tokens):
            if k <= skip_to:
                continue
            tok = m.group(0)
            if tok == "." and not self._period_ends(norm, m.start()):
                continue
            if tok in self._boundaries or tok in self._contrastive or tok in {".", "が"}:
                close(None, None)
                st.pre_uncertain = False
                st.clause_start = m.end()
                continue
            codes = self._terms.get(tok)
            if codes is None and tok in self._context:
                codes = self._context_codes(norm, m.start(), st.clause_start, self._context[tok])
                if codes is None:
                    continue
            if codes is not None:
                if st.pending and not self._coordinated(norm[st.pending[-1].end : m.start()]):
                    close(None, None)
                st.pending.append(_Pending(codes, m.start(), m.end(), st.pre_uncertain))
                continue
            kind = self._cues.get(tok)
            if kind is None:  # a multi-character coordinator: consumes its text, asserts nothing
                continue
            if kind == "pre_uncertain":
                close(None, None)
                st.pre_uncertain = True
            elif kind == "ignore":
                st.pending.clear()
            elif st.pending:
                if kind == "uncertain" and k + 1 < len(tokens):
                    nxt = tokens[k + 1]
                    if self._cues.get(nxt.group(0)) == "negative" and self._bridge(norm[m.end() : nxt.start()]):
                        close("negative", tok + norm[m.end() : nxt.end()], m.start())  # 疑う所見は認めない
                        skip_to = k + 1
                        continue
                close(kind, tok, m.start())
        close(None, None)
        return out

    def extract(self, text: str) -> dict[str, Polarity]:
        """Report-level labels: ``{code: polarity}`` for mentioned findings (positive > uncertain > negative)."""
        labels: dict[str, Polarity] = {}
        for mention in self.mentions(text):
            for code in mention.codes:
                merge_label(labels, code, mention.polarity)
        return {code: labels[code] for code in self.codes if code in labels}

    # -- helpers -------------------------------------------------------------------------------------------------
    def _bridge(self, gap: str) -> bool:
        """Only fillers between an uncertainty cue and a negation (示唆する所見は認めない)."""
        for f in self._bridges:
            gap = gap.replace(f, "")
        return not gap.strip()

    def _topic_shift(self, gap: str) -> bool:
        """``<finding>は<X>と/を/が <cue>``: the cue judges X (良性と考えられる, 造影効果を認めない), the finding is
        present. Fillers such as 明らかなもの do not count as X."""
        if not gap.startswith(self._topic_markers) or not gap.endswith(self._topic_objects):
            return False
        inner = gap[1:-1]
        for f in self._topic_fillers:
            inner = inner.replace(f, "")
        return bool(inner.strip())

    @staticmethod
    def _period_ends(text: str, i: int) -> bool:
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        return not (before.isdigit() and after.isdigit())

    def _coordinated(self, gap: str) -> bool:
        gap = re.sub(r"\([^()]*\)", "", gap).strip()
        if not gap:
            return True
        if gap.startswith(self._closing) and not any(gap.startswith(c) for c in self._coordinators if len(c) > 1):
            return False
        rest = gap
        for c in self._coordinators:
            rest = rest.replace(c, "")
        return not any(p in rest for p in self._locative)

    @staticmethod
    def _context_codes(text: str, start: int, clause_start: int, ct: ContextTerm) -> tuple[str, ...] | None:
        lo = max(clause_start, start - ct.window)
        window = text[lo:start]
        last = max((window.rfind(b) + len(b) for b in ct.before if b in window), default=-1)
        if last < 0:
            return None
        if any(b in window[last:] for b in ct.blockers):
            return None
        return ct.codes


def merge_label(labels: dict[str, Polarity], code: str, polarity: Polarity) -> None:
    """Report-level merge: positive > uncertain > negative."""
    if code not in labels or _RANK[polarity] > _RANK[labels[code]]:
        labels[code] = polarity


@lru_cache(maxsize=1)
def default_labeler() -> Labeler:
    vocab = yaml.safe_load(_read_data("vocabulary.yaml"))
    rules = yaml.safe_load(_read_data("rules.yaml"))
    if not isinstance(vocab, dict) or not isinstance(rules, dict):
        raise LabelerDataError("labeller data files must be YAML mappings")
    return Labeler(vocab, rules)


def extract_labels(text: str) -> dict[str, Polarity]:
    """Teacher labels of one report with the bundled vocabulary and rules."""
    return default_labeler().extract(text)


def finding_codes() -> tuple[str, ...]:
    return default_labeler().codes


def extract_many(items: Iterable[tuple[str, str]]) -> Iterable[tuple[str, dict[str, Polarity]]]:
    lab = default_labeler()
    for rid, text in items:
        yield rid, lab.extract(text)
