"""PERSON: names of patients, relatives and staff without a list of names.

Evidence combined (all on NFKC text with Sudachi morphemes):
1. Sudachi proper-noun POS (名詞-固有名詞-人名-姓/名): runs of name tokens, a surname followed by a given name the
   dictionary does not know (山田 颯), hiragana/katakana names.
2. Honorific and role suffixes after a name (様, さん, 氏, 先生, 医師, 看護師...): the noun tokens before the suffix
   are the name, even when the dictionary does not know them.
3. Role and label words before a name (主治医, 担当, 読影医, 氏名:, フリガナ:, Dr.).
4. Romaji names: two capitalised words that both split into romaji syllables (YAMADA Taro, Taro Yamada,
   Yamada, Taro, YAMADA^TARO), and one after a title (Dr. Sato) or before -san/-sensei.
Eponyms (橋本病, パーキンソン病) and the clinical allow-list are excluded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from gateway.scrub.text.data import load
from gateway.scrub.text.nlp import Morph
from gateway.scrub.text.recognizers.base import (
    HIRAGANA,
    KANJI,
    KATAKANA,
    JaRecognizer,
    Span,
    anchored_finditer,
    trie_regex,
)
from gateway.scrub.text.variants import is_romaji

_CTX = load("person_context")
_SUFFIXES = frozenset(_CTX["suffixes"])
_STRONG = frozenset(_CTX["strong_suffixes"])
_NEVER = frozenset(_CTX["never_name"])
_ALLOW = frozenset(load("clinical_allow")["terms"])
_NAME_TOKEN = re.compile(f"[{KANJI}{HIRAGANA}{KATAKANA}]+")
_KANA_ONLY = re.compile(f"[{HIRAGANA}{KATAKANA}]+")
_KANJI_ONLY = re.compile(f"[{KANJI}]+")
_STOP_POS0 = frozenset({"助詞", "助動詞", "補助記号", "記号", "空白", "接続詞", "感動詞", "連体詞"})
_DEPT_END = ("科", "部", "室", "棟", "課", "局", "院", "センター", "病棟", "外来", "所", "会", "班", "チーム", "係")
# after these, a name-looking token is an eponym or a thing named after a person
_EPONYM_NEXT = frozenset(_CTX["eponym_next"])
_LABELS = sorted(_CTX["label_prefixes"], key=len, reverse=True)
_PREFIXES = sorted(set(_CTX["prefixes"]) | set(_LABELS), key=len, reverse=True)
_PREFIX_RE = re.compile("(?P<p>" + trie_regex(_PREFIXES) + r")(?P<colon>[ \t]?[:：][ \t]?|[ \t]|[(（])?")
_LABEL_SET = frozenset(_LABELS)
_NEEDS_SEP = frozenset(_CTX["separator_required"])

_CAP = r"[A-Z][a-z]+|[A-Z]{2,}"
_ROMAJI_PAIR = re.compile(
    rf"(?<![A-Za-z])(?P<a>{_CAP})(?:[ ]?,[ ]?|[ ]|\^|\u3000|・)(?P<b>{_CAP})(?:(?:[ ]|\^)(?P<c>{_CAP}))?(?![A-Za-z])"
)
_TITLE = re.compile(
    r"(?<![A-Za-z])(?:Dr|Mr|Mrs|Ms|Miss|Prof|Nurse)\.?[ ]?(?P<n>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,})"
    r"(?:[ ](?P<m>(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,})(?:[ ](?:[A-Z][a-z]+|[A-Z]{2,}))?))?(?![A-Za-z])"
)
_ROMAJI_SUFFIX = re.compile(
    r"(?<![A-Za-z])(?P<n>[A-Z][a-z]+|[A-Z]{2,})(?:-|[ ])(?:sama|san|sensei|shi|kun|chan)(?![A-Za-z])"
)
_ROMAJI_LABEL = re.compile(
    r"(?:Name|NAME|Patient|Physician|Radiologist|Reporter|Doctor|Referring|Signed|Nurse|Technologist|氏名|ローマ字|担当|主治医|"
    r"読影医|依頼医|記載者|報告医|Dr\.?)[ ]?[:：]?[ ]?"
    r"(?P<a>[A-Z][a-z]+|[A-Z]{2,})(?:[ ]?,?[ ](?P<b>[A-Z][a-z]+|[A-Z]{2,}))?(?![A-Za-z])"
)
# capitalised English words that happen to split into romaji syllables
_NOT_ROMAJI = frozenset(_CTX["not_romaji"])


_NAME_RUN = (
    f"[{KANJI}{HIRAGANA}{KATAKANA}]{{1,8}}(?:[ \u3000・][{KANJI}{HIRAGANA}{KATAKANA}]{{1,8}})?"
    f"(?:・[{KATAKANA}]{{1,8}}){{0,2}}"  # foreign names: グエン・ヴァン・アン
)
_BRACKETED = re.compile(rf"[ \u3000]?[(\[【「][ \u3000]?(?P<v>{_NAME_RUN})[ \u3000]?[)\]】」]")
_LABEL_VALUE = re.compile(
    "(?=[" + re.escape("".join(sorted({w[0] for w in _LABELS if w}))) + "])"
    "(?<![A-Za-z])(?P<p>" + trie_regex(_LABELS) + rf")(?:[ \t]?[:：|｜】>＞=][ \t]?|[ \t])[ \t]?(?P<v>{_NAME_RUN})"
)
_ROLE_VALUE = re.compile(
    rf"(?<![{KANJI}{KATAKANA}])(?P<r>[{KANJI}]{{0,5}}(?:医師|医|看護師|技師|薬剤師|隊長|者|署名|士|師|員|係))"
    rf"(?:[ \u3000]?[:：][ \u3000]?|[ \u3000])(?P<v>{_NAME_RUN})"
)
_PARALLEL = re.compile(
    rf"[ \u3000]?/[ \u3000]?[{KANJI}{KATAKANA}]{{1,5}}[ \u3000](?P<v>{_NAME_RUN})(?=[ \u3000]*(?:$|\n|/|、|,))"
)
# titles between a department and a name, and role abbreviations after it: 循環器内科 准教授 山田 花子 / 山田 花子 PT
_TITLES = sorted(
    {s for s in _CTX["suffixes"] if len(s) >= 2 and not s.isascii() and s not in _CTX["strong_suffixes"]}
    | {"看護師長", "医学博士", "診療部長", "副部長", "主任看護師", "医師"},
    key=len,
    reverse=True,
)
_TITLE_RUN = "(?:(?:" + "|".join(_TITLES) + r")[ \u3000]+){0,3}"
_ROLE_AFTER = r"(?:[ \u3000]+(?:PT|OT|ST|MSW|Ns|RN|MD|CE|RT|PhD|Ph\.D\.))?"
_SIGNATURE = re.compile(
    rf"(?m)(?:^|[\s】\]])[{KANJI}{KATAKANA}]{{1,10}}(?:科|部|センター|室)[ \u3000]+{_TITLE_RUN}(?P<v>{_NAME_RUN})"
    rf"{_ROLE_AFTER}(?=\s?[/／]|[ \u3000]*$|\s?[(（])"
)
_PERSON_WORDS = sorted(
    {*_CTX["prefixes"], "患者さん", "患者様", "ご本人", "奥様", "ご主人", "ご家族", "娘さん", "息子さん"}
    # kinship words as children and families write them: おとうさん（ナカジマ）, おばあちゃん（トメ）
    | {
        f"{k}{h}"
        for k in ("おとう", "おかあ", "おばあ", "おじい", "おにい", "おねえ", "おば", "おじ")
        for h in ("さん", "ちゃん")
    }
    | {"パパ", "ママ", "じいじ", "ばあば"},
    key=len,
    reverse=True,
)
_PERSON_WORD_BRACKET = re.compile(
    "(?:" + trie_regex(_PERSON_WORDS) + rf")\s?[(\[【「]\s?(?P<v>{_NAME_RUN})\s?[)\]】」]"
)
_PARTICLE_POS = frozenset({"助詞", "助動詞"})
_DELIM_AFTER = frozenset("()（）[]【】「」、。,，|｜/／\n")
_SUFFIXES_LONGEST = sorted(_SUFFIXES, key=len, reverse=True)
_SUFFIX_END = re.compile("(?:" + "|".join(re.escape(x) for x in _SUFFIXES_LONGEST) + ")$")
_UPPER = re.compile("[A-Z]")
_HONORIFIC_HOME = re.compile("(?:様|殿|さん|さま|氏)(?:宅|方|分)?")
# Dr.森, Ns.谷: a title glued to a kanji surname (the title is evidence enough)
_TITLE_KANJI = re.compile(
    rf"(?<![A-Za-z])(?:Dr|Ns|Prof)\.?[ ]?(?P<v>[{KANJI}]{{1,4}})(?=[、,。 \u3000)）/\n]|$|先生|医師)"
)
_NEVER_LONG = sorted((w for w in _NEVER if len(w) >= 2), key=len, reverse=True)
_KANA_AFTER = re.compile(
    "[ \u3000・]?(?!さん|さま|くん|ちゃん|せんせい)"
    f"[{HIRAGANA}{KATAKANA}]{{2,6}}?(?=$|[\\s、。,()（）「」・]|様|さん|君|くん|ちゃん)"
)
_OKURIGANA = re.compile(f"[{KANJI}][{HIRAGANA}]+[{KANJI}]")
_ROLE_OR_RELATION = re.compile(f"(?:医|医師|師|士|員|係|者|長|科|部|娘|息子|妻|夫|母|父|[{KANJI}]の.+)$")
_TABLE_NAME = re.compile(_NAME_RUN)
_ROLE_BRACKET = re.compile(
    rf"(?<![{KANJI}{KATAKANA}{HIRAGANA}])(?P<v>{_NAME_RUN})\s?\((?:"
    + trie_regex(p for p in _PREFIXES if len(p) >= 2)
    + r")\)"
)
_GROUP_SEP = re.compile("[ \u3000・]")
_HIRA_ONLY = re.compile(f"[{HIRAGANA}]+")
_CUT_PARTICLES = frozenset({"の", "は", "が", "を", "に", "へ", "と", "で", "も", "より", "から"})
_PREFIX_SET = frozenset(_PREFIXES)
_NEVER_END = tuple(w for w in _NEVER if len(w) >= 2)
_ROLE_END = tuple({*(w for w in _NEVER if len(w) >= 2), *(p for p in _PREFIXES if len(p) >= 2)} - set(_SUFFIXES))
_NEVER_PREFIX = re.compile(trie_regex(_NEVER_LONG))
_PREFIX_TUPLE = tuple(p for p in _PREFIXES if len(p) >= 2)
_STRONG_RE = "|".join(re.escape(x) for x in sorted(_STRONG, key=len, reverse=True))
_STRONG_ONLY = re.compile(_STRONG_RE)
_HONORIFIC_RAW = re.compile(rf"(?P<v>{_NAME_RUN})[ \u3000]?(?:{_STRONG_RE})")
# how far before its honorific a name starts: the longest _NAME_RUN (8 + 1 + 8 + 2 × 9) and a space
_NAME_RUN_REACH = 36
_LINE_NAME = re.compile(rf"(?m)^[ \u3000]*(?P<v>{_NAME_RUN})[ \u3000]*$")
_ORG_LINE_END = ("科", "部", "センター", "病院", "クリニック", "医院", "室", "診療所", "課", "局")
_CONTACT_LINE = re.compile(r"\s*(?:TEL|Tel|tel|電話|FAX|Fax|E-?mail|e-?mail|メール|〒|内線|PHS|直通|携帯|代表)")


_OCR_RUN_CHAR = re.compile(f"[{KANJI}ノ々]")
_LEFT_DELIMS = frozenset(" \u3000\t\n:：(（[【「、,/|")
_KATA_ONLY = re.compile(f"[{KATAKANA}]+")
_KATA_CHAR = re.compile(f"[{KATAKANA}]")
_EPONYM_CHAIN = re.compile(f"(?:[・=][{KATAKANA}]+)+(?:" + trie_regex(_EPONYM_NEXT) + ")")
_HONORIFIC_GAP = re.compile(r"[ \u3000]?(?:様|殿|さん|さま|氏)")
_ROMAJI_BRACKET = re.compile(
    r"[ \u3000]?[(\[][ \u3000]?(?P<v>(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ ,]{1,2}(?:[A-Z][a-z]+|[A-Z]{2,})){1,3})"
    r"[ \u3000]?[)\]]"
)
_ROMAJI_INITIAL = re.compile(
    r"(?<![A-Za-z.])(?:(?P<a>[A-Z]{2,}|[A-Z][a-z]+),?[ ](?P<i>[A-Z])\.(?![A-Za-z])"
    r"|(?P<j>[A-Z])\.[ ]?(?P<b>[A-Z]{2,}|[A-Z][a-z]+)(?![A-Za-z]))"
)


_STARTS_CACHE: dict[int, tuple[list[Morph], list[int]]] = {}


def _window(ms: list[Morph], s: int, e: int) -> list[Morph]:
    """The morphemes starting in ``[s, e)`` (bisect on a per-list cache of start offsets)."""
    cached = _STARTS_CACHE.get(id(ms))
    if cached is None or cached[0] is not ms:
        _STARTS_CACHE.clear()
        cached = (ms, [m.start for m in ms])
        _STARTS_CACHE[id(ms)] = cached
    starts = cached[1]
    return ms[bisect_left(starts, s) : bisect_left(starts, e)]


def _one_common_word(ms: list[Morph], s: int, e: int) -> bool:
    """``[s, e)`` is exactly one ordinary dictionary word (a common noun), not a name or an unknown word."""
    toks = _window(ms, s, e)
    return (
        len(toks) == 1
        and toks[0].end == e
        and not toks[0].oov
        and not toks[0].is_person
        and toks[0].pos[1] == "普通名詞"
        and _KANJI_ONLY.fullmatch(toks[0].surface) is not None
    )


def _suffix_of(word: str) -> str | None:
    """The longest honorific or role suffix ending ``word`` and shorter than it (leftmost match from 1)."""
    m = _SUFFIX_END.search(word, 1)
    return m.group(0) if m is not None else None


def _trim_value(text: str, s: int, e: int, ms: list[Morph], *, closed: bool = False) -> tuple[int, int] | None:
    """Trim a raw name candidate (at most two space-separated groups) to the name itself.

    Dropped: a leading counter group (3月 山田), a leading role or label group (一次読影 早川, 処方医 平野), a
    trailing group that is a role, label, department or honorific (記載医, 実施日 after 医師), the honorific at
    the end, a leading never-name word (患者はやまだ), and text before the last particle of a kanji/katakana
    value (娘の雲井トヨ) or, when the value is not closed by a delimiter, from the first particle on."""
    m = _GROUP_SEP.search(text, s, e)
    groups = [(s, m.start()), (m.end(), e)] if m else [(s, e)]
    if s > 0 and text[s - 1].isdigit():
        groups = groups[1:]
    if len(groups) == 2:
        g1 = text[groups[0][0] : groups[0][1]]
        toks = [t for t in _window(ms, groups[0][0], groups[0][1]) if t.end <= groups[0][1]]
        action = any(t.pos[2] == "サ変可能" for t in toks) and not any(
            t.is_person or t.oov or t.pos[1] == "固有名詞" for t in toks
        )
        role = False
        suf1 = _suffix_of(g1)
        if suf1 is not None and suf1 not in _STRONG and suf1 != "方":
            head = [t for t in toks if t.end <= groups[0][1] - len(suf1)]
            role = not any(t.is_person or t.oov or t.pos[1] == "固有名詞" for t in head)
        if not role and _ROLE_OR_RELATION.search(g1) and not g1.endswith(("長", "科", "部")):
            # 弁護士 石井悠真, 保健師 森 花: a role word by its ending, without a name part of its own
            role = not any(t.is_person or t.oov for t in toks)
        if g1 in _NEVER or g1 in _PREFIX_SET or g1.endswith(_ROLE_END) or g1.endswith(_DEPT_END) or action or role:
            groups = groups[1:]  # 判読 青木 先生, 臨床検査技師 鳥居昇: an action or a role before the name
    kept: list[tuple[int, int]] = []
    for gs, ge in groups:
        g = text[gs:ge]
        if kept and (
            g in _NEVER
            or g in _SUFFIXES
            or g.startswith(_PREFIX_TUPLE)
            or g.endswith(_DEPT_END)
            or _NEVER_PREFIX.match(g) is not None
            or _HONORIFIC_HOME.fullmatch(g) is not None  # 溝口あかね 様宅: the honorific starts the next group
        ):
            break
        suf = _suffix_of(g)
        if suf is not None:
            kept.append((gs, ge - len(suf)))
            break
        kept.append((gs, ge))
    if not kept:
        return None
    s, e = kept[0][0], kept[-1][1]
    value = text[s:e]
    nm = _NEVER_PREFIX.match(value)
    for w in (nm.group(0),) if nm else ():
        if len(value) > len(w) + 1 and value.startswith(w) and not _GROUP_SEP.match(value, len(w)):
            s += len(w)
            if e - s > 2 and text[s] in "はがのをにへとも":
                s += 1
            break
    if not _HIRA_ONLY.fullmatch(text[s:e].replace(" ", "")):
        # 娘の雲井トヨ -> 雲井トヨ: a particle inside a kanji/katakana value ends whatever came before it
        for tok in _window(ms, s, e):
            if tok.start >= e:
                break
            if s < tok.start and tok.end < e and tok.pos[0] in _PARTICLE_POS and tok.surface in _CUT_PARTICLES:
                s = tok.end
    closed = closed or e >= len(text) or text[e] in _DELIM_AFTER or text[e].isspace()
    if not closed:
        for tok in _window(ms, s, e):
            if tok.start <= s:
                continue
            if tok.start >= e:
                break
            if tok.pos[0] in _PARTICLE_POS:
                e = tok.start
                break
    value = text[s:e].rstrip(" \u3000・")
    e = s + len(value)
    first = next((tok for tok in _window(ms, s, s + 1) if tok.start == s), None)
    if (
        first is not None
        and first.pos[0] in _PARTICLE_POS
        and not (closed and _HIRA_ONLY.fullmatch(value.replace(" ", "")))
    ):
        return None
    if not value or value in _NEVER or value in _ALLOW or value in _SUFFIXES:
        return None
    if value.endswith(_DEPT_END) and not _proper_end(ms, e):
        return None
    if value in _PREFIX_SET:  # 記入者サイン: a label word, not a name
        return None
    if value.endswith(_NEVER_END) or any(w in _NEVER for w in value.split(" ")):
        return None
    return s, e


def _proper_end(ms: list[Morph], e: int) -> bool:
    """Does a proper noun of at most three characters end at ``e`` (阿部, 乙部: surnames ending like a department)?"""
    return any(t.end == e and t.pos[1] == "固有名詞" and len(t.surface) <= 3 for t in _window(ms, e - 3, e))


def _is_romaji_name(word: str) -> bool:
    return word.lower() not in _NOT_ROMAJI and is_romaji(word) and len(word) >= 2


def _suffix_after_name(text: str, start: int, word: str) -> bool:
    """医師 in 田中優医師, Dr. in 関Dr.: a role word glued to the name before it is a suffix, not a label."""
    return word in _SUFFIXES and start > 0 and bool(_NAME_TOKEN.match(text[start - 1]) or text[start - 1].isalpha())


def _likeness(text: str, end: int) -> bool:
    """様 followed by a kanji is the suffix '-like' (腺腫様過形成, 結節様陰影), not an honorific; 氏 followed by
    病/症 makes an eponym (バセドウ氏病)."""
    if end >= len(text):
        return False
    last = text[end - 1 : end]
    if last == "様":
        if text[end] == "方" and (end + 1 >= len(text) or not _KANJI_ONLY.match(text[end + 1])):
            return False  # 山田様方: care of (an address form), the honorific
        if text.startswith(_VISIT_AFTER, end):
            return False  # 八幡様来院, 山田様宅: an event of the person, the honorific
        return bool(_KANJI_ONLY.match(text[end]))
    return last == "氏" and text[end] in "病症"


# words that follow 様 as an honorific although they start with a kanji (a visit or call of the person)
_VISIT_AFTER = (
    "来院",
    "来棟",
    "来所",
    "来室",
    "来科",
    "来訪",
    "来局",
    "宅",
    "本人",
    "御本人",
    "ご本人",
    "より",
    "同席",
    "面会",
    "来られ",
    "退院",
    "入院",
    "死亡",
    "逝去",
    "受診",
)


def _counter_after_number(ms: list[Morph], i: int) -> bool:
    """月 in 3月, 歳 in 92歳: a counter word right after a number is not part of a name."""
    return ms[i].pos[2] == "助数詞可能" and i > 0 and ms[i - 1].pos[1] == "数詞"


def _boundary(m: Morph | None) -> bool:
    return (
        m is None
        or m.pos[0] in ("補助記号", "空白", "助詞", "助動詞")
        or m.surface in _SUFFIXES
        or m.surface in _PREFIXES
        or m.surface.endswith(_DEPT_END)
    )


def _is_name_like(m: Morph, *, strict: bool) -> bool:
    """Could this token be (part of) a name? ``strict`` demands proper-noun or unknown-word evidence."""
    if m.pos[0] in _STOP_POS0 or m.surface in _NEVER or m.surface in _ALLOW:
        return False
    if not _NAME_TOKEN.fullmatch(m.surface):
        return False
    if m.pos[0] == "名詞" and m.pos[1] == "数詞":
        return False
    if m.pos[0] == "接尾辞":
        return False
    if m.pos[0] == "動詞" and len(m.surface) > 1 and not _KANJI_ONLY.fullmatch(m.surface):
        return False
    if m.surface.endswith(_DEPT_END) and not (m.is_person or (m.pos[1] == "固有名詞" and len(m.surface) <= 3)):
        return False
    if strict:
        return m.is_person or m.oov or (m.pos[1] == "固有名詞" and not m.is_place)
    return True


class PersonRecognizer(JaRecognizer):
    ENTITY = "PERSON"

    def spans(self, text: str, morphemes: list[Morph]) -> Iterator[Span]:
        found = [
            *self._sudachi_runs(text, morphemes),
            *self._suffix_context(text, morphemes),
            *self._prefix_context(text, morphemes),
            *self._label_values(text, morphemes),
            *self._role_values(text, morphemes),
            *self._signatures(text, morphemes),
            *self._honorific_raw(text, morphemes),
            *self._name_lines(text, morphemes),
            *self._bracket_after_person_word(text),
            *self._table_columns(text, morphemes),
            *self._role_in_brackets(text, morphemes),
            *self._romaji(text),
            *self._title_kanji(text, morphemes),
        ]
        found = [
            self._join_ocr_split(text, self._extend_left(text, sp), morphemes)
            for sp in found
            if not self._embedded(text, sp, morphemes)
        ]
        yield from found
        yield from self._readings(text, found, morphemes)
        yield from self._parallel(text, found, morphemes)

    @staticmethod
    def _extend_left(text: str, span: Span) -> Span:
        """One kanji the tokeniser split off a rare surname (長|曽我部 千鶴子) joins the name when only a
        delimiter precedes it and it is not a role or relation word (妻花子 stays)."""
        s, e, score = span
        if s >= 1 and _KANJI_ONLY.fullmatch(text[s - 1]) and _NAME_TOKEN.match(text, s) is not None:
            c = text[s - 1]
            if (s == 1 or text[s - 2] in _LEFT_DELIMS) and c not in _PREFIX_SET and c not in _NEVER:
                return s - 1, e, score
        return span

    @staticmethod
    def _join_ocr_split(text: str, span: Span, ms: list[Morph]) -> Span:
        """A stray OCR space inside a surname (城之 内　勘太郎): a name that opens with one kanji and a space joins
        the short kanji run before it when a delimiter precedes that run and the run is not one dictionary word on
        its own (所見 林 太郎 and 担当 林 太郎 stay: a common noun, a role word), nor a role or label word."""
        s, e, score = span
        if not (s >= 2 and text[s - 1] == " " and s + 1 < e and text[s + 1] in " \u3000"):
            return span
        if not _KANJI_ONLY.fullmatch(text[s]):
            return span
        k = s - 1
        while k > 0 and s - 1 - k < 3 and _OCR_RUN_CHAR.fullmatch(text[k - 1]):
            k -= 1
        run = text[k : s - 1]
        if not run or not _KANJI_ONLY.match(run) or (k > 0 and text[k - 1] not in _LEFT_DELIMS):
            return span
        if run in _PREFIX_SET or run in _NEVER or run.endswith(_ROLE_END) or _ROLE_OR_RELATION.search(run):
            return span  # 代諾者 岡 陽菜: a role word
        inside = _window(ms, k, s - 1)
        if len(inside) == 1 and inside[0].end == s - 1 and not (inside[0].is_person or inside[0].oov):
            return span  # one complete word of the dictionary: 所見, 右, 病棟
        if inside and inside[-1].pos[0] == "接尾辞":
            return span  # a word closed by a suffix (立会人, 説明者)
        return k, e, score

    @staticmethod
    def _embedded(text: str, span: Span, ms: list[Morph]) -> bool:
        """Spans that are not names by their surroundings: a katakana piece of a longer katakana word
        (ヒュー in ヒューマリンR), the first part of a ・-joined eponym (ギラン in ギラン・バレー症候群), a common
        noun in a table's header row (日時<TAB>記録者<TAB>内容 above rows with numbers)."""
        s, e, score = span
        if score >= 1.0:
            return False
        value = text[s:e]
        if _KATA_ONLY.fullmatch(value) and (
            (e < len(text) and _KATA_CHAR.match(text, e)) or (s > 0 and _KATA_CHAR.match(text, s - 1))
        ):
            return True
        if _EPONYM_CHAIN.match(text, e):
            return True
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line_end = len(text) if line_end == -1 else line_end
        line = text[line_start:line_end]
        sep = "\t" if line.count("\t") >= 2 else "|" if line.count("|") >= 3 else ""
        if sep and not any(c.isdigit() for c in line):
            nxt_end = text.find("\n", line_end + 1)
            nxt = text[line_end + 1 : nxt_end if nxt_end != -1 else len(text)]
            if nxt and set(nxt.strip()) <= set("|-: \t") and nxt_end != -1:  # |---|---| under a header
                after_end = text.find("\n", nxt_end + 1)
                nxt = text[nxt_end + 1 : after_end if after_end != -1 else len(text)]
            if sep in nxt and any(c.isdigit() for c in nxt):
                toks = [t for t in _window(ms, s, e) if t.end <= e]
                if toks and all(t.pos[1] == "普通名詞" and not t.oov and not t.is_person for t in toks):
                    return True
        return False

    # 5c. parallel staff lists: 切り出し担当 有馬／診断 五味 — a role word and a name after a name and a slash
    def _parallel(self, text: str, found: list[Span], ms: list[Morph]) -> Iterator[Span]:
        if "/" not in text:
            return
        for e in {e for _s, e, score in found if score >= 0.5}:
            m = _PARALLEL.match(text, e)
            if m is not None:
                span = _trim_value(text, m.start("v"), m.end("v"), ms, closed=True)
                if span is not None:
                    yield span[0], span[1], 0.7

    # 5. a reading or other script in brackets right after a name: 金城 美智子（カネシロ ミチコ）
    def _readings(self, text: str, found: list[Span], ms: list[Morph]) -> Iterator[Span]:
        seen = set()
        for _s, e, score in found:
            if score < 0.5 or e in seen:
                continue
            seen.add(e)
            gap = _HONORIFIC_GAP.match(text, e)
            after = gap.end() if gap is not None and not _likeness(text, gap.end()) else e
            r = _ROMAJI_BRACKET.match(text, after)
            if r is not None and all(w.lower() not in _NOT_ROMAJI for w in re.split(r"[ ,]+", r.group("v")) if w):
                yield r.start("v"), r.end("v"), 0.8
            m = _BRACKETED.match(text, after)
            v = m.group("v").strip() if m is not None else ""
            if (
                m is not None
                and len(v) >= 2  # 佐藤（看）: a one-character abbreviation of a role
                and v not in _NEVER
                and v not in _ALLOW
                and not v.endswith(_DEPT_END)
                and v not in _PREFIX_SET
                and not _ROLE_OR_RELATION.search(v)
                and not _one_common_word(ms, m.start("v"), m.start("v") + len(v))  # 鈴木（病理）: a department
            ):
                vs = m.start("v")
                head = _GROUP_SEP.split(v, maxsplit=1)
                if len(head) == 2 and head[0] in _PREFIX_SET:  # （旧姓 袴田）: the label stays
                    vs += len(head[0]) + 1
                yield vs, m.end("v"), 0.8

    # 5b. a name in brackets after a person word: 患者さん（ヤクシジ トヨ）, 長女（佐藤 花子）
    def _bracket_after_person_word(self, text: str) -> Iterator[Span]:
        for m in _PERSON_WORD_BRACKET.finditer(text):
            v = m.group("v").strip()
            if _KANA_ONLY.fullmatch(_GROUP_SEP.sub("", v)) and _GROUP_SEP.search(v):
                yield m.start("v"), m.start("v") + len(v), 0.75  # a kana full name: 妻（オイカワ カナ）
                continue
            if v not in _NEVER and v not in _ALLOW and not v.endswith(_DEPT_END):
                span = _trim_value(text, m.start("v"), m.end("v"), [], closed=True)
                if span is not None:
                    yield span[0], span[1], 0.75

    # 5e. a name followed by its role in brackets: 東雲（主治医）, 小山 実(担当)
    def _role_in_brackets(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        if "(" not in text:
            return
        for m in _ROLE_BRACKET.finditer(text):
            span = _trim_value(text, m.start("v"), m.end("v"), ms, closed=True)
            if span is not None and any(
                t.is_person or t.oov or t.pos[1] == "固有名詞" or _KANA_ONLY.fullmatch(t.surface)
                for t in _window(ms, span[0], span[1])
            ):
                yield span[0], span[1], 0.75

    # 5d. table columns whose header is a person word: | 日付 | 患者 | 術式 | 術者 |
    def _table_columns(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        if "|" not in text:
            return
        person_cols: set[int] = set()
        in_table = False
        pos = 0
        for line in text.split("\n"):
            start = pos
            pos += len(line) + 1
            if "|" not in line:
                in_table = False
                person_cols = set()
                continue
            cells = []
            offset = start
            for part in line.split("|"):
                cells.append((offset, part))
                offset += len(part) + 1
            if not in_table:
                in_table = True
                person_cols = {
                    i
                    for i, (_o, c) in enumerate(cells)
                    if c.strip() and (c.strip() in _PREFIX_SET or _ROLE_OR_RELATION.search(c.strip()))
                }
                continue
            for i in person_cols:
                if i >= len(cells):
                    continue
                o, c = cells[i]
                value = c.strip()
                if value and _TABLE_NAME.fullmatch(value) and value not in _NEVER:
                    s = o + c.index(value)
                    yield s, s + len(value), 0.75

    # 6. the value after a name label, by characters (robust to tokenisation of rare and hiragana names)
    def _label_values(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        for m in _LABEL_VALUE.finditer(text):
            if _suffix_after_name(text, m.start("p"), m.group("p")):
                continue
            span = _trim_value(text, m.start("v"), m.end("v"), ms)
            if span is not None:
                yield span[0], span[1], 0.8

    # 6b. a role word ending in 医/医師/看護師/技師/者/長 followed by a separator, then a name
    def _role_values(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        for m in _ROLE_VALUE.finditer(text):
            if m.group("r") in _NEVER and m.group("r") not in _PREFIX_SET:
                continue
            if any(t.is_person for t in ms if m.start("r") <= t.start < m.end("r")):
                continue  # 田中優医師 実施日: the "role" is a name with its suffix
            span = _trim_value(text, m.start("v"), m.end("v"), ms)
            if span is None:
                continue
            s, e = span
            toks = [t for t in ms if s <= t.start < e]
            evidence = any(t.is_person or t.oov or t.pos[1] == "固有名詞" for t in toks) or bool(
                _KANA_ONLY.fullmatch(text[s:e].replace("・", "").replace(" ", ""))
            )
            line_end = e >= len(text) or text[e : e + 1].isspace() or text[e] in "(（、,/／"
            short = e - s <= 6 and all(_NAME_TOKEN.fullmatch(g) for g in text[s:e].split(" "))
            if evidence or (line_end and short):
                yield s, e, 0.75

    # 8. names before a strong honorific, by characters: たかだ さちこさん (kana names Sudachi splits)
    def _honorific_raw(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        if not _STRONG_ONLY.search(text):
            return
        for m in anchored_finditer(_HONORIFIC_RAW, _STRONG_ONLY, _NAME_RUN_REACH, text):
            if _likeness(text, m.end()):
                continue
            s, e = m.start("v"), m.end("v")
            closed_left = s == 0 or text[s - 1] in _DELIM_AFTER or text[s - 1].isspace() or text[s - 1] in ":："
            if not closed_left:
                # cut after the last particle inside the candidate: 患者はやまだ -> やまだ
                for tok in ms:
                    if tok.start >= e:
                        break
                    if tok.start >= s and tok.pos[0] in _PARTICLE_POS and tok.end < e:
                        s = tok.end
                if s >= e:
                    continue
            if text[m.start("v") : e].endswith(_ROLE_END):
                continue  # 看護師長さん, 主治医先生: a role word before the honorific, not a name
            span = _trim_value(text, s, e, ms, closed=True)
            if span is not None and span[1] - span[0] >= 2:
                yield span[0], span[1], 0.75

    # 9. a line holding only a name, under an organisation line or above a contact line (letter signatures)
    def _name_lines(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        if "\n" not in text:
            return
        for m in _LINE_NAME.finditer(text):
            s, e = m.start("v"), m.end("v")
            prev_end = text.rfind("\n", 0, m.start())
            prev_line = text[text.rfind("\n", 0, prev_end) + 1 : prev_end].strip() if prev_end > 0 else ""
            next_end = text.find("\n", m.end() + 1)
            next_line = text[m.end() + 1 : next_end if next_end != -1 else len(text)].strip()
            if not (
                prev_line.endswith(_ORG_LINE_END)
                or prev_line in ("--", "-- ", "──", "―", "以上")
                or _CONTACT_LINE.match(text, m.end() + 1)
                or next_line.endswith(_ORG_LINE_END)
                or any(w in next_line for w in ("病院", "クリニック", "医院", "センター", "診療所"))
            ):
                continue
            if _OKURIGANA.search(text, s, e) or any(len(g) > 5 for g in _GROUP_SEP.split(text[s:e])):
                continue  # 救急隊申し送り: a heading, not a name
            toks = _window(ms, s, e)
            if any(t.pos[2] == "サ変可能" and len(t.surface) >= 2 and not t.oov for t in toks) and not any(
                t.is_person for t in toks
            ):
                continue  # 退院サマリ: a document title made of an action noun
            strong = prev_line in ("--", "-- ", "──", "―", "以上") or bool(_CONTACT_LINE.match(text, m.end() + 1))
            strong = strong or any(w in next_line for w in ("病院", "クリニック", "医院", "センター", "診療所"))
            if not strong and not any(
                t.is_person or t.oov or _KANA_ONLY.fullmatch(t.surface) for t in ms if s <= t.start < e
            ):
                continue  # 直接死因 肺炎 under an address line: no name in the line
            span = _trim_value(text, s, e, ms)
            if span is not None and span[1] - span[0] >= 2:
                yield span[0], span[1], 0.7

    # 7. signature lines: 画像診断部 本田／2019/08/13, 放射線診断科 上田 淳
    def _signatures(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        for m in _SIGNATURE.finditer(text):
            span = _trim_value(text, m.start("v"), m.end("v"), ms)
            if span is not None:
                yield span[0], span[1], 0.7

    # 1. proper-noun runs
    def _sudachi_runs(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        n = len(ms)
        i = 0
        while i < n:
            m = ms[i]
            if not m.is_person or m.surface in _ALLOW or m.surface.isascii():
                i += 1
                continue
            j = i + 1
            has_family = m.pos[3] == "姓"
            has_given = m.pos[3] == "名"
            while j < n:
                nxt = ms[j]
                if nxt.is_person:
                    has_family |= nxt.pos[3] == "姓"
                    has_given |= nxt.pos[3] == "名"
                    j += 1
                    continue
                if nxt.pos[0] == "空白" and nxt.surface == " " and j + 1 < n and ms[j + 1].is_person:
                    j += 1
                    continue
                break
            # a kana surname followed by a kana given name Sudachi splits: やまだ たろう
            if has_family and not has_given and j < n and _KANA_ONLY.fullmatch(ms[j - 1].surface):
                kana = _KANA_AFTER.match(text, ms[j - 1].end)
                if kana is not None:
                    while j < n and ms[j].start < kana.end():
                        j += 1
                    if ms[j - 1].end == kana.end():
                        has_given = True
            # a surname followed by a given name the dictionary does not know: 山田 颯 / 東海林 詩織
            if has_family and not has_given and j < n:
                k = j + 1 if ms[j].pos[0] == "空白" and ms[j].surface == " " else j
                if k < n:
                    cand = ms[k]
                    after = ms[k + 1] if k + 1 < n else None
                    kanji_given = _KANJI_ONLY.fullmatch(cand.surface) is not None and len(cand.surface) <= 3
                    # a kana given name the dictionary reads as a common noun: 早坂 みどり, 福士 ナミ
                    kana_given = (
                        _KANA_ONLY.fullmatch(cand.surface) is not None
                        and 2 <= len(cand.surface) <= 5
                        and cand.pos[0] == "名詞"
                        and (
                            after is None or after.pos[0] in ("助詞", "補助記号", "空白") or after.surface in _SUFFIXES
                        )
                    )
                    if (
                        (kanji_given or kana_given)
                        and _is_name_like(cand, strict=False)
                        and cand.surface not in _SUFFIXES
                        and cand.pos[2] != "サ変可能"
                        and cand.pos[1] != "数詞"
                        and (after is None or after.pos[0] != "名詞" or after.surface in _SUFFIXES)
                    ):
                        j = k + 1
                        has_given = True
            if has_given and has_family and j < n and _boundary(ms[j + 1] if j + 1 < n else None):
                tail = ms[j]
                if (
                    len(tail.surface) == 1
                    and _KANJI_ONLY.fullmatch(tail.surface)
                    and tail.pos[0] == "名詞"
                    and tail.surface not in _SUFFIXES
                ):
                    j += 1
            if has_given and not has_family and i >= 1:
                k = i - 1
                if ms[k].pos[0] == "空白" and ms[k].surface == " " and k >= 1:
                    k -= 1
                head = ms[k]
                if (
                    _KANJI_ONLY.fullmatch(head.surface)
                    and len(head.surface) <= 3
                    and _is_name_like(head, strict=False)
                    and head.pos[2] != "サ変可能"
                    and _boundary(ms[k - 1] if k >= 1 else None)
                ):
                    m = head
                    has_family = True
            start, end = m.start, ms[j - 1].end
            nxt_tok = ms[j] if j < n else None
            prev_tok = ms[i - 1] if i > 0 else None
            if nxt_tok is not None and (nxt_tok.surface in _EPONYM_NEXT or _likeness(text, nxt_tok.end)):
                i = j
                continue
            context = (nxt_tok is not None and nxt_tok.surface in _SUFFIXES) or (
                prev_tok is not None and prev_tok.surface in _PREFIXES
            )
            if (has_family and has_given) or context:
                score = 0.85
            elif len(text[start:end]) >= 2 and has_family:
                score = 0.6
            elif len(text[start:end]) >= 2:
                score = 0.55
            else:
                score = 0.3
            yield start, end, score
            i = j

    # 2. honorific / role suffix after the name
    def _suffix_context(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        for idx, m in enumerate(ms):
            if m.surface not in _SUFFIXES:
                continue
            strong = m.surface in _STRONG
            if _likeness(text, m.end):
                continue
            k = idx - 1
            if k >= 1 and ms[k].pos[0] == "空白" and ms[k].surface == " ":
                k -= 1
            span = self._walk_left(ms, k, strict=not strong)
            if span is not None:
                yield span[0], span[1], 0.85 if strong else 0.75

    def _walk_left(self, ms: list[Morph], i: int, *, strict: bool) -> tuple[int, int] | None:
        end_idx = i
        chars = 0
        groups = 1
        evidence = False
        start_idx = None
        first_group_start = None
        group_evidence = False
        while i >= 0:
            m = ms[i]
            if m.pos[0] == "空白" and m.surface == " " and start_idx is not None and groups < 2:
                groups += 1
                first_group_start = start_idx
                group_evidence = False
                i -= 1
                continue
            if not _is_name_like(m, strict=False) or _counter_after_number(ms, i):
                break
            if chars + len(m.surface) > 10:
                break
            ev = m.is_person or m.oov or m.pos[1] == "固有名詞" or bool(_KANA_ONLY.fullmatch(m.surface))
            evidence |= ev
            group_evidence |= ev
            chars += len(m.surface)
            start_idx = i
            i -= 1
        if start_idx is None:
            return None
        if first_group_start is not None and start_idx < first_group_start and not group_evidence:
            start_idx = first_group_start  # 判読 青木 先生: the word before the space is not part of the name
        if strict and not evidence:
            return None
        # do not start a span on a space
        return ms[start_idx].start, ms[end_idx].end

    # 3. role / label word before the name
    def _prefix_context(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        if not ms:
            return
        starts = {m.start: k for k, m in enumerate(ms)}
        for pm in _PREFIX_RE.finditer(text):
            k = starts.get(pm.end())
            if k is None:
                continue
            if pm.start() > 0 and pm.start() not in {m.start for m in ms[max(0, k - 4) : k]}:
                continue  # the prefix must begin on a token boundary
            if pm.group("p") in _NEEDS_SEP and not pm.group("colon"):
                continue
            if not pm.group("colon") and (
                ms[k].pos[0] == "接尾辞"
                or (
                    ms[k].pos[1] == "普通名詞"
                    and not ms[k].oov
                    and (len(ms[k].surface) == 1 or (len(ms[k].surface) >= 4 and _KATA_ONLY.fullmatch(ms[k].surface)))
                )
            ):
                continue  # 医師名, 医師会, 薬剤師コメント: the role word is the head of a compound, not a label
            if _suffix_after_name(text, pm.start(), pm.group("p")):
                continue
            label = pm.group("p") in _LABEL_SET and bool(pm.group("colon"))
            strict = not label
            chars, groups, end_k, evidence = 0, 1, None, False
            j = k
            while j < len(ms):
                m = ms[j]
                if m.pos[0] == "空白" and m.surface == " " and end_k is not None and groups < 2:
                    if (
                        j + 1 < len(ms)
                        and _is_name_like(ms[j + 1], strict=False)
                        and ms[j + 1].surface not in _PREFIX_SET
                        and ms[j + 1].surface not in _SUFFIXES
                    ):
                        groups += 1
                        j += 1
                        continue
                    break
                if (
                    not _is_name_like(m, strict=False)
                    or m.surface in _SUFFIXES
                    or chars + len(m.surface) > 10
                    or _counter_after_number(ms, j)
                ):
                    break
                evidence |= m.is_person or m.oov or m.pos[1] == "固有名詞" or bool(_KANA_ONLY.fullmatch(m.surface))
                chars += len(m.surface)
                end_k = j
                j += 1
            if end_k is None or (strict and not evidence):
                continue
            nxt = ms[end_k + 1] if end_k + 1 < len(ms) else None
            if nxt is not None and nxt.surface in _EPONYM_NEXT:
                continue
            trimmed = _trim_value(text, ms[k].start, ms[end_k].end, ms, closed=True)
            if trimmed is not None:
                yield trimmed[0], trimmed[1], 0.85 if label else 0.7

    # 4b. Dr.森, Ns.谷: a title glued to a kanji surname; Dr.指示 (a common noun of two or more characters) is not
    def _title_kanji(self, text: str, ms: list[Morph]) -> Iterator[Span]:
        if "Dr" not in text and "Ns" not in text and "Prof" not in text:
            return
        for m in _TITLE_KANJI.finditer(text):
            s, e = m.start("v"), m.end("v")
            v = m.group("v")
            if v in _NEVER or v in _ALLOW:
                continue
            toks = [t for t in _window(ms, s, e) if t.end <= e]
            if e - s >= 2 and toks and all(t.pos[1] == "普通名詞" and not t.oov and not t.is_person for t in toks):
                continue
            yield s, e, 0.8

    # 4. romaji names
    def _romaji(self, text: str) -> Iterator[Span]:
        if _UPPER.search(text) is None:
            return
        for m in _ROMAJI_PAIR.finditer(text):
            words = [w for w in (m.group("a"), m.group("b"), m.group("c")) if w]
            if len(words) >= 2 and _is_romaji_name(words[0]) and _is_romaji_name(words[1]):
                end = m.end("c") if m.group("c") and _is_romaji_name(m.group("c")) else m.end("b")
                if any(len(w) >= 3 for w in words[:2]):
                    yield m.start("a"), end, 0.8
        for m in _TITLE.finditer(text):
            end = m.end("m") if m.group("m") else m.end("n")
            # Mr./Mrs./Ms. go with the name; Dr./Prof. stay (they carry the role)
            start = m.start() if m.group(0)[:2] in ("Mr", "Ms", "Mi") else m.start("n")
            yield start, end, 0.85
        for m in _ROMAJI_INITIAL.finditer(text):
            word = m.group("a") or m.group("b")
            if _is_romaji_name(word):
                yield m.start(), m.end(), 0.75
        for m in _ROMAJI_SUFFIX.finditer(text):
            if _is_romaji_name(m.group("n")):
                yield m.start("n"), m.end("n"), 0.8
        for m in _ROMAJI_LABEL.finditer(text):
            a, b = m.group("a"), m.group("b")
            if _is_romaji_name(a) or (b and _is_romaji_name(b)):
                yield m.start("a"), m.end("b") if b else m.end("a"), 0.8
