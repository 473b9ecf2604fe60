"""The Japanese analyser: Presidio's ``AnalyzerEngine`` with the Sudachi NLP engine and our recognisers.

``TextAnalyzer.analyze(text, known)`` normalises the text (NFKC, hyphens), runs every recogniser on the normalised
text, drops candidates covered by the clinical allow-list, maps spans back to the input and merges overlaps:
the findings never overlap and are sorted, offsets are into the INPUT text."""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import LANGUAGE, Morph, SudachiArtifacts, SudachiNlpEngine
from gateway.scrub.text.normalize import Normalized, normalize, repair_ocr
from gateway.scrub.text.propagate import propagate_names
from gateway.scrub.text.recognizers import (
    FacilityRecognizer,
    JaRecognizer,
    KnownIdentifierRecognizer,
    StaffDirectoryRecognizer,
    default_recognizers,
)
from gateway.scrub.text.recognizers.structure import KIN_OF, Tokens, in_name_lexicon, never_a_name
from gateway.scrub.text.tables import table_names, typed_columns
from policies.identifiers import KnownIdentifiers
from policies.text_options import TextDeidOptions

log = logging.getLogger(__name__)

ENTITY_TYPES = (
    "PERSON",
    "DATE",
    "AGE",
    "PHONE_NUMBER",
    "POSTAL_CODE",
    "ADDRESS",
    "FACILITY",
    "EMAIL_ADDRESS",
    "URL",
    "MY_NUMBER",
    "INSURANCE_NUMBER",
    "ID",
    "KNOWN",
)
# On overlap the merged span takes the type of the best candidate: higher score first, then priority, then length.
_PRIORITY = {
    "KNOWN": 9,
    "EMAIL_ADDRESS": 8,
    "URL": 8,
    "MY_NUMBER": 7,
    "PHONE_NUMBER": 6,
    "POSTAL_CODE": 6,
    "INSURANCE_NUMBER": 6,
    "DATE": 5,
    "AGE": 5,
    "ID": 4,
    "PERSON": 3,
    "ADDRESS": 2,
    "FACILITY": 1,
}
_MASKED = re.compile(
    r"[\s*_\-/:.・●○■□xX×]+|(?i:anonymi[sz]ed|anonymous|removed|masked|redacted|none|unknown|n/a)"
    r"|(\d)\1{5,}"  # 000000000000, 9999999: a masked or dummy number
)
_NAME_JOINT = re.compile(r" ?[・=･] ?")
# Candidates of these types are vetoed by the clinical allow-list (terms and patterns).
_VETOABLE = frozenset({"PERSON", "ADDRESS", "FACILITY", "ID"})


@dataclass(frozen=True, slots=True)
class Finding:
    """One identifier span in the input text."""

    start: int
    end: int
    entity_type: str
    score: float

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "entity_type": self.entity_type, "score": round(self.score, 2)}


@dataclass(frozen=True, slots=True)
class Analysis:
    """Findings plus what replacement needs: the normalised text and each finding's normalised span."""

    normalized: Normalized
    findings: tuple[Finding, ...]
    norm_spans: tuple[tuple[int, int], ...]


_HIRA_ONLY = re.compile("[\u3041-\u309fー ]+")
_NUMERIC = frozenset({"DATE", "AGE", "PHONE_NUMBER", "ID", "MY_NUMBER", "INSURANCE_NUMBER"})


# kinship words as families write them in kana, never names: おばあ|ちゃん, いつも おばあ|ちゃん, うちの おばあちゃん
_KIN_KANA = re.compile(r"(?:おばあ|おじい|おかあ|おとう|おにい|おねえ|おば|おじ)(?P<h>ちゃん|さん|さま)?$")
_KIN_HONORIFIC = ("ちゃん", "さん", "さま")
# words of a family's letter that are never names on their own (a suffix rule would cut real names: ひわたし, よしとし)
_NOT_NAMES_ALONE = frozenset({"わたし", "ぼく", "あたし", "です", "でした", "とし", "パパ", "ママ", "じいじ", "ばあば"})


def _drop_kin_words(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    kept = []
    for r in results:
        if r.entity_type == "PERSON" and r.score < 1.0:
            if text[r.start : r.end] in _NOT_NAMES_ALONE:
                continue
            m = _KIN_KANA.search(text, r.start, r.end)
            if m is not None and (m.group("h") or text.startswith(_KIN_HONORIFIC, r.end)):
                continue
        kept.append(r)
    return kept


_NAME_SCRIPT = re.compile("[\u3041-\u309f\u30a1-\u30ff\u3400-\u9fff々〆ヶー]+")


# a word of these kinds names an act, a time or a count (返信, 予定, 培養, 明日, 週), and a word ending in 者 a kind
# of person (利用者, 受診者): never a person's name on their own, though many names are ordinary nouns too (薬袋, 水流)
_ACT_OR_TIME = frozenset({"サ変可能", "副詞可能", "助数詞可能"})
# ends of nouns for a kind of staff or a substance (職員, 助産師, 運転手, 隊長, 造影剤): no name ends so in the lexicon
_KIND_ENDS = ("師", "員", "手", "長", "剤", "係")
_HIRA_WORD = re.compile("[\u3041-\u309f]+")
_PHRASE_POS = frozenset({"動詞", "助詞", "助動詞", "形状詞", "形容詞", "副詞", "接続詞"})
_KANJI_CHAR = re.compile("[\u3400-\u9fff]")
# shapes no name has: one kana, an honorific or ご/お before kanji at the start, a nationality, an absence or omission,
# a number, a negating prefix (不達, 未記入), or English in lower case (attending physician)
_NOT_A_NAME_SHAPE = re.compile(
    "^[\u3041-\u30ff]$|^(?:さん|様|さま|くん|ちゃん|先生)|^[ごお][\u4e00-\u9fff]|籍$|[\u4e00-\u9fff](?:なし|無し|略|不明|誤り|済み?|不可)$|番号$"
    "|^[不未非無][\u4e00-\u9fff]|^[a-z][a-z ]+$|^[a-z]{2,}[ ,]"
    # a diagnosis in a handover row (患者さん 肝細胞癌 S6, 急性胆管炎, 脳梗塞)
    "|[\u4e00-\u9fff](?:癌|がん|炎|症|梗塞|腫|病|不全|骨折|出血|障害|感染)$"
)
_HONORIFIC_END = re.compile("(?:先生|さん|様|氏)$")
_POSITIONAL = frozenset(
    {"MachineFormatRecognizer", "FieldRecognizer", "DicomDumpRecognizer", "KnownIdentifierRecognizer"}
)
_KANA_LABELS = ("フリガナ", "カナ", "ヨミ", "シメイ", "カナシメイ")
_KATA_CHAR = re.compile("[\u30a1-\u30fa]")  # a katakana letter (not ー): リス|トバンド is no name
_WEEKDAYS = re.compile("[月火水木金土日][月火水木金土日・,、 ]*(?:曜日?)?(?:[ ]?(?:午前|午後|夜間))?")
_AFTER_KIN = re.compile(f"(?:{KIN_OF})の?[ \u3000]?$")


def _common_word(vt: list[Morph]) -> bool:
    words = [t for t in vt if not t.surface.isspace()]
    if not words or any(t.oov or t.is_person or t.pos[1] in ("固有名詞", "数詞") for t in words):
        return False
    # a word that is a name in the lexicon keeps the value; before a closing particle only a word of two or more
    # characters does, since 前, 森 and the like sit inside phrases too (服薬前の)
    closing = len(words) > 1 and words[-1].pos[0] == "助詞" and len(words[-1].surface) == 1
    # (a hiragana word protects only at the end, where a given name stands: ため|午後 is a phrase, 雲雀 しず a name)
    if any(
        in_name_lexicon(t.surface)
        and (len(t.surface) >= 2 or not closing)
        and (t is words[-1] or not _HIRA_WORD.fullmatch(t.surface))
        for t in words
    ):
        return False
    last = words[-1]
    if last.pos[2] in _ACT_OR_TIME or (
        last.pos[1] == "普通名詞"
        and (last.surface.endswith("者") or (len(last.surface) >= 2 and last.surface.endswith(_KIND_ENDS)))
    ):
        return True
    # a phrase with a verb, a particle or an adjective in it (服薬前の, 似ている, 不要), or a noun with a suffix of
    # kind (依頼科, 生育歴, 同室者): a kana name alone may read as particles (みさ|を), so only with a kanji in it
    if len(words) > 1 or words[0].pos[0] != "名詞":
        has_kanji = any(_KANJI_CHAR.search(t.surface) for t in words)
        # (a verb written in kanji, or a closing particle; not kana alone: 雲雀|し|ず is a name read as a verb)
        if has_kanji and (
            any(t.pos[0] in _PHRASE_POS and _KANJI_CHAR.search(t.surface) for t in words)
            or (len(words) > 1 and last.pos[0] == "助詞" and len(last.surface) == 1)
        ):
            return True
        if len(words) > 1 and last.pos[0] == "接尾辞" and last.pos[1] == "名詞的":
            return True
    return False


def _drop_common_words(text: str, results: list[RecognizerResult], morphemes: list[Morph]) -> list[RecognizerResult]:
    """A "name" found only by its slot (after 患者様, before さん, in a name column) is the slot's filler, not a person,
    when it is a dictionary word for an act, a time, a count or a kind of person and no name in the lexicon, a phrase,
    a never-a-name word (outside positional fields), katakana cut from inside a word, weekdays, or of a shape no name
    has (``_NOT_A_NAME_SHAPE``); after a kinship word the slot keeps whatever word it holds (姪 希望さん)."""
    if not any(r.entity_type == "PERSON" and r.score < 1.0 for r in results):
        return results
    toks = Tokens(morphemes)
    kept = []
    for r in results:
        if r.entity_type == "PERSON" and r.score < 1.0:
            value = text[r.start : r.end]
            mid_word = (
                r.start > 0
                and _KATA_CHAR.match(value) is not None
                and _KATA_CHAR.match(text[r.start - 1]) is not None
                and not text.endswith(_KANA_LABELS, 0, r.start)  # フリガナナカソネ: a label glued by OCR repair
            )
            by = (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
            positional = by in _POSITIONAL  # a PN component or a typed field: クリハラ^カナ is a name there
            stem = _HONORIFIC_END.sub("", value)  # 依頼医先生, 家族さん, 家族氏: a role with its honorific glued
            never = (
                (not positional and all(never_a_name(part) for part in value.split()))
                or (stem != value and (never_a_name(stem) or stem.endswith(("医", "者", "族", "師", "員"))))
                or (value == "御" and text.startswith(("侍史", "机下", "中"), r.end))
            )
            if _WEEKDAYS.fullmatch(value) or _NOT_A_NAME_SHAPE.search(value) or mid_word or never:
                continue  # 火木土 午後: dialysis days; ご, さんへ, ベトナム籍, 年齢記載なし, 登録番号, 不達: no names
            # 姪 希望さん: after a kinship word the slot holds the relative's given name, whatever word it is
            if _NAME_SCRIPT.fullmatch(value.replace(" ", "")) and not _AFTER_KIN.search(
                text, max(0, r.start - 8), r.start
            ):
                vt = toks.exact(r.start, r.end)
                if vt is not None and _common_word(vt):
                    continue
        kept.append(r)
    return kept


def _drop_kana_numbers_as_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A hiragana "name" that overlaps a number read out in kana (ないせん ろく|さんぜろよん) is the number."""
    numeric = [(r.start, r.end) for r in results if r.entity_type in _NUMERIC]
    if not numeric:
        return results
    return [
        r
        for r in results
        if not (
            r.entity_type == "PERSON"
            and _HIRA_ONLY.fullmatch(text[r.start : r.end])
            and any(r.start < e and s < r.end for s, e in numeric)
        )
    ]


class _NoContextEnhancer(ContextAwareEnhancer):
    """Our recognisers score their own Japanese context (Presidio's lemma enhancer expects spaCy tokens)."""

    def __init__(self) -> None:
        super().__init__(0.0, 0.0, 0, 0)

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class _JaAnalyzerEngine(AnalyzerEngine):
    """Presidio's engine without its per-recogniser context pass: our recognisers score their own context and the
    enhancer is a no-op, but the engine would still regroup every result by recogniser (a fifth of the time on
    short records)."""

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        return raw_results


class TextAnalyzer:
    def __init__(self, options: TextDeidOptions | None = None, *, facility_names: Iterable[str] = ()) -> None:
        self.options = options or TextDeidOptions()
        self.nlp = SudachiNlpEngine()
        self.nlp.load()
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        recognizers: list[JaRecognizer] = default_recognizers(top_code_age=self.options.top_code_age)
        names = tuple(facility_names) + self.options.facility_names
        recognizers = [r for r in recognizers if not isinstance(r, FacilityRecognizer)]
        recognizers.append(FacilityRecognizer(names))
        if self.options.staff_directory:
            recognizers.append(StaffDirectoryRecognizer(self.options.staff_directory))
        self.ner_message: str | None = None
        if self.options.use_ner:
            from gateway.scrub.text.ner import GinzaNerRecognizer, NerUnavailable, load_ner

            try:
                recognizers.append(GinzaNerRecognizer(load_ner()))
            except NerUnavailable as exc:
                self.ner_message = str(exc)
                log.warning("%s", exc)
        for r in recognizers:
            registry.add_recognizer(r)
        self.engine = _JaAnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp,
            supported_languages=[LANGUAGE],
            context_aware_enhancer=_NoContextEnhancer(),
            default_score_threshold=self.options.score_threshold,
        )
        allow = load("clinical_allow")
        self._allow_terms = frozenset(allow["terms"]) | frozenset(self.options.allow_terms)
        self._known_cache: OrderedDict[KnownIdentifiers, KnownIdentifierRecognizer] = OrderedDict()
        # one compiled pattern each: a single alternation of them all is about four times slower (the engine tries
        # every alternative at every position instead of each pattern's own fast prefix scan)
        self._allow_res = tuple(re.compile(p) for p in allow["patterns"])
        # URLs of standard terminologies (code systems, units, profiles) name no one: http://loinc.org, hl7.org/fhir
        hosts = "|".join(re.escape(h) for h in allow.get("terminology_hosts", ()))
        self._terminology_url = re.compile(rf"(?:(?:https?|ftp)://)?(?:[A-Za-z0-9\-]+\.)*(?:{hosts})(?:[/:?#]|$)")

    def analyze(self, text: str, known: KnownIdentifiers | None = None) -> Analysis:
        norm = repair_ocr(normalize(text))
        if not norm.text.strip():
            return Analysis(norm, (), ())
        artifacts = self.nlp.process_text(norm.text, LANGUAGE)
        ad_hoc: list[EntityRecognizer] | None = None
        if known is not None and not known.is_empty():
            ad_hoc = [self._known_recognizer(known)]
        results = self.engine.analyze(
            norm.text,
            LANGUAGE,
            nlp_artifacts=artifacts,
            ad_hoc_recognizers=ad_hoc,
            score_threshold=self.options.score_threshold,
        )
        results = self._veto(norm.text, results)
        morphemes = artifacts.morphemes if isinstance(artifacts, SudachiArtifacts) else []
        results = _drop_kin_words(norm.text, _drop_kana_numbers_as_names(norm.text, results))
        results = _drop_common_words(norm.text, results, morphemes)
        extra = propagate_names(norm.text, results, morphemes)
        if extra:
            results = results + self._veto(norm.text, extra)
        typed, headers = typed_columns(norm.text, results)
        if headers:  # a header row is never a name (部屋   床  氏名)
            results = [
                r
                for r in results
                if not (
                    r.entity_type == "PERSON" and r.score < 1.0 and any(s <= r.start and r.end <= e for s, e in headers)
                )
            ]
        if typed:
            results = results + self._veto(norm.text, typed)
        tabled = table_names(norm.text, results)
        if tabled:
            results = results + self._veto(norm.text, tabled)
        return self._merge(norm, results)

    def _known_recognizer(self, known: KnownIdentifiers) -> KnownIdentifierRecognizer:
        """One compiled recogniser per patient, reused across that patient's documents (bounded cache)."""
        rec = self._known_cache.get(known)
        if rec is None:
            rec = KnownIdentifierRecognizer(known)
            self._known_cache[known] = rec
            if len(self._known_cache) > 512:
                self._known_cache.popitem(last=False)
        else:
            self._known_cache.move_to_end(known)
        return rec

    def _veto(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        allowed_spans: list[tuple[int, int]] | None = None
        kept = []
        for r in results:
            if r.entity_type == "URL" and self._terminology_url.match(text[r.start : r.end]):
                continue
            if _MASKED.fullmatch(text[r.start : r.end]):
                continue  # a value already masked or left blank (********, ANONYMIZED, ＿＿＿, ****/**/**)
            if r.entity_type in _VETOABLE and r.score < 1.0:
                value = text[r.start : r.end].strip()
                if value in self._allow_terms:
                    continue
                if allowed_spans is None:
                    allowed_spans = [(m.start(), m.end()) for rx in self._allow_res for m in rx.finditer(text)]
                if any(s <= r.start and r.end <= e for s, e in allowed_spans):
                    continue
            kept.append(r)
        return kept

    @staticmethod
    def _merge(norm: Normalized, results: list[RecognizerResult]) -> Analysis:
        cands = sorted(results, key=lambda r: (r.start, -r.end))
        groups: list[tuple[int, int, RecognizerResult]] = []
        for r in cands:
            if r.end <= r.start:
                continue
            if groups and r.start < groups[-1][1]:
                s, e, best = groups[-1]
                if (r.score, _PRIORITY.get(r.entity_type, 0), r.end - r.start) > (
                    best.score,
                    _PRIORITY.get(best.entity_type, 0),
                    best.end - best.start,
                ):
                    best = r
                groups[-1] = (s, max(e, r.end), best)
            else:
                groups.append((r.start, r.end, r))
        # two parts of one name found apart (アナ ・シルバ, 山田 = 太郎): the joint between them goes too
        joined: list[tuple[int, int, RecognizerResult]] = []
        for g in groups:
            if (
                joined
                and g[2].entity_type == "PERSON"
                and joined[-1][2].entity_type == "PERSON"
                and 0 < g[0] - joined[-1][1] <= 2
                and _NAME_JOINT.fullmatch(norm.text[joined[-1][1] : g[0]])
            ):
                joined[-1] = (joined[-1][0], g[1], joined[-1][2])
            else:
                joined.append(g)
        findings = []
        spans = []
        original = norm.original
        for s, e, best in joined:
            os_, oe = norm.to_original(s, e)
            while oe > os_ and original[oe - 1].isspace():  # never swallow the line break after a value
                oe -= 1
            while os_ < oe and original[os_].isspace():
                os_ += 1
            findings.append(Finding(os_, oe, best.entity_type, float(best.score)))
            spans.append((s, e))
        return Analysis(norm, tuple(findings), tuple(spans))
