"""Structured fields: values whose KEY says what they are, in semi-structured exports and tables.

- key:value lines: ``PT_NAME: YAMADA TARO``, ``PT_KANA<TAB>ﾔﾏﾀﾞ ﾀﾛｳ``, ``WARD = 7W``, ``病室：712`` (Japanese labels with
  Japanese names are left to the person recogniser, which trims role words);
- table columns under a header cell (``|``, tab or comma separated): ``日時<TAB>記録者<TAB>内容`` makes every
  cell of the 記録者 column a person; ``ORDER_NO,PT_ID,PT_NAME,...`` does the same for a CSV export;
- roster lines of ward lists: a room number, a name and an age (``734 寒河江 あすか 99歳``).

The key is split into ASCII words (``PT_NAME`` -> PT, NAME) or read whole when it is Japanese; its words decide
the type (``policies/data/text/fields.json``), then the value must have that type's shape (a name has no digit,
a room or an ID has one). The value is the whole cell, so stray spaces inside a name (``上遠野珠 代``) and scripts
the dictionary does not know (half-width kana, upper-case romaji) are covered."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gateway.scrub.text.data import load
from gateway.scrub.text.recognizers.age import top_coded
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA, MultiEntityRecognizer, TypedSpan
from gateway.scrub.text.variants import is_romaji

_D = load("fields")
_CTX = load("person_context")
_PERSON_WORDS = frozenset(_D["person_words"])
_PERSON_QUAL = frozenset(_D["person_qualifiers"]) | _PERSON_WORDS
_PERSON_JA = frozenset(_D["person_keys_ja"]) | frozenset(
    w for w in _CTX["label_prefixes"] if not w.isascii() and w not in ("記", "作成", "報告", "確認", "承認", "依頼")
)
_BY_VERBS = frozenset(_D["by_verbs"])
_FACILITY_WORDS = frozenset(_D["facility_words"])
_FACILITY_JA = frozenset(_D["facility_keys_ja"])
_ID_WORDS = frozenset(_D["id_words"])
_ID_JA = frozenset(_D["id_keys_ja"])
_NOT_ID = frozenset(_D["not_id_words"])
_INSURANCE_WORDS = frozenset(_D["insurance_words"])
_ADDRESS_WORDS = frozenset(_D["address_words"])
_ADDRESS_JA = frozenset(_D["address_keys_ja"])
_EMPTY = frozenset(_D["empty_values"])
_NEVER = frozenset(_CTX["never_name"])
_HONORIFIC = tuple(sorted(_CTX["strong_suffixes"], key=len, reverse=True))

# words that make a facility word a time or an event: Hospital Day 3, Hospital Course, Hospital Stay
_JA_PERSON_NO = re.compile(r".*(?:者|員|師|医|人)(?:ID|Id|番号|No\.?|コード)")
_NOT_A_PLACE = frozenset({"DAY", "DAYS", "COURSE", "STAY", "ADMISSION", "DISCHARGE"})
NO_ADDRESS = ("自宅", "同上", "不明", "なし", "未記入", "省略", "（", "(")
_KEY_WORD = re.compile(r"[A-Za-z]+|[0-9]+")
_ASCII_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_ ./#\-]{0,30}")
_JA_KEY_STRIP = re.compile(r"[\s()（）【】\[\]<>＜＞:：]")
# key, separator, value on one line; the key is ASCII words or Japanese (with an optional ASCII part in brackets)
_KV_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<k>[A-Za-z0-9_ ./#\-]{{1,30}}?(?:[(（][^\n)）]{{1,12}}[)）])?|[{KANJI}{KATAKANA}{HIRAGANA}A-Za-z]"
    rf"[{KANJI}{KATAKANA}{HIRAGANA}A-Za-z0-9・ ]{{0,14}}?(?:[(（][^\n)）]{{1,12}}[)）])?)"
    r"[ \t]*(?P<sep>[:：=]|\t)[ \t]*(?P<v>[^\n\t]*?)[ \t]*$"
)
_LETTER = f"{KANJI}{KATAKANA}{HIRAGANA}A-Za-z\uff66-\uff9f"
_NAME_VALUE = re.compile(rf"[{_LETTER}][{_LETTER} ・,.^'\-]{{0,38}}")
_PERSON_TAIL = re.compile(
    r"[ \u3000]?(?:[(（\[【].*|(?:様|殿|さん|氏)(?:宅|方|分)?$|,?[ ]?(?:M\.?D\.?|Ph\.?D\.?|R\.?N\.?|MD|PhD|RN)$)"
)
_PERSON_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Prof|Nurse)\.?[ ]?(?=[A-Z])")
_ONE_KANJI = re.compile(f"[{KANJI}]")  # one-kanji surnames: 柊, 林
_ROOM_VALUE = re.compile(r"[0-9A-Za-z東西南北\-][0-9A-Za-z東西南北階病棟号室床\- ]{0,14}")
_ID_VALUE = re.compile(r"[A-Za-z0-9#\-_/.]{3,30}")
_ROSTER = re.compile(
    rf"(?m)^[ \t]*(?P<room>[0-9]{{3,4}}(?:号室)?)[ \t\u3000]+"
    rf"(?P<name>[{KANJI}{KATAKANA}{HIRAGANA}]{{1,8}}?"
    rf"(?:[ \u3000](?!(?:様|さん|氏|殿)[ \t\u3000])[{KANJI}{KATAKANA}{HIRAGANA}]{{1,8}}?)?)"
    r"[ \u3000]?(?:様|さん|氏|殿)?[ \t\u3000]+(?:[0-9]{1,3})\s?(?:歳|才)"
)


_POSTAL_KEYS = frozenset({"ZIP", "ZIPCODE", "ZIP_CODE", "POSTAL", "POSTCODE", "POSTAL_CODE", "POSTALCODE", "POST_CODE"})
_POSTAL_VALUE = re.compile(r"〒?\s?\d{3}-?\d{4}")
# a header cell holds a key, not a value: no run of two digits and no date or number shape (HbA1c and SpO2 are keys)
_VALUE_LIKE = re.compile(r"\d{2}|\d[/.:\-]\d|^\d+$")


_AGE_VALUE = re.compile(r"0?(\d{2,3})(?:歳|才|Y|y)?")
_AGE_KEYS = frozenset({"年齢", "年令", "AGE", "Age", "age", "NENREI"})


def key_type(key: str) -> str | None:
    """The entity type a field key announces, or None: ``PT_NAME`` -> PERSON, ``病室`` -> FACILITY."""
    key = key.strip()
    if not key:
        return None
    ja = _JA_KEY_STRIP.sub("", "".join(ch for ch in key if not ch.isascii()))
    if ja in ("郵便番号", "郵便", "〒") or key.upper().replace(" ", "_") in _POSTAL_KEYS:
        return "POSTAL_CODE"
    if key in _AGE_KEYS:
        return "AGE"
    if ja:
        # a person's number is a number: 利用者ID, 担当者番号 (not the person's name)
        if _JA_PERSON_NO.fullmatch(key.rstrip(" :：")) and "保険" not in ja and "被保" not in ja:
            return "ID"
        if ja in _PERSON_JA or ja.endswith(("氏名", "名前", "カナ", "フリガナ", "者名")):
            return "PERSON"
        if ja in _FACILITY_JA:
            return "FACILITY"
        if ja in _ADDRESS_JA:
            return "ADDRESS"
        if ja in _ID_JA:
            return "ID"
        if "保険" in ja or "被保" in ja:
            return "INSURANCE_NUMBER"
    words = [w.upper() for w in _KEY_WORD.findall(key)]
    if not words:
        return None
    ws = set(words)
    if ws & _INSURANCE_WORDS:
        return "INSURANCE_NUMBER"
    if ws & _ADDRESS_WORDS:
        return "ADDRESS"
    if ws & _FACILITY_WORDS and not ws & _PERSON_WORDS - {"NAME", "NM"} and not ws & _NOT_A_PLACE:
        return "FACILITY"
    if ws & _PERSON_WORDS and ws <= _PERSON_QUAL:
        return "PERSON"
    if "BY" in ws and ws - {"BY"} and ws - {"BY"} <= _BY_VERBS:  # ORDERED_BY, SIGNED BY
        return "PERSON"
    if ws & _ID_WORDS and not ws & _NOT_ID:
        return "ID"
    return None


def _strip_honorific(value: str) -> str:
    for h in _HONORIFIC:
        if value.endswith(h) and len(value) > len(h) + 1:
            return value[: -len(h)].rstrip(" \u3000")
    return value


def weak_key(key: str) -> bool:
    """A bare NAME key (no qualifier) also heads columns of drugs and tests: its values must look like names."""
    return {w.upper() for w in _KEY_WORD.findall(key)} <= {"NAME", "NAMES", "NM"} and key.isascii()


def _romaji_like(value: str) -> bool:
    words = [w for w in re.split(r"[ ,.^'\-]+", value) if w]
    return bool(words) and all(len(w) == 1 or is_romaji(w) for w in words)


def value_span(
    kind: str, text: str, s: int, e: int, *, weak: bool = False, top_code_age: int = 90
) -> tuple[int, int] | None:
    """The part of ``text[s:e]`` that is a value of ``kind``, or None when the value does not have its shape."""
    raw = text[s:e]
    value = raw.strip(" \u3000\"'")
    if not value or value in _EMPTY:
        return None
    s += raw.index(value)
    if kind == "PERSON":
        for _ in range(2):  # 山田 様宅（住所）, Hina SHIRATORI, M.D.
            cut = _PERSON_TAIL.search(value)
            if cut is not None:
                value = value[: cut.start()].rstrip(" \u3000,")
        lead = _PERSON_TITLE.match(value)  # Dr. Sato: the title is the role, not the name
        if lead is not None:
            s += lead.end()
            value = value[lead.end() :]
        value = _strip_honorific(value)
        m = _NAME_VALUE.fullmatch(value)
        if m is None or value in _NEVER or key_type(value) is not None:
            return None
        if len(value.replace(" ", "")) < 2 and _ONE_KANJI.fullmatch(value) is None:
            return None
        if weak and value.isascii() and not _romaji_like(value):
            return None  # NAME | CRP, WBC: test abbreviations under a bare NAME header
        return s, s + len(value)
    if kind == "FACILITY":
        if len(value) > 40 or ("病棟" not in value and not any(c.isdigit() for c in value) and len(value) < 4):
            return None
        if any(c.isdigit() for c in value) and _ROOM_VALUE.fullmatch(value) is None:
            return None
        return s, s + len(value)
    if kind == "AGE":
        m = _AGE_VALUE.fullmatch(value)
        return (s, s + len(value)) if m is not None and top_coded(int(m.group(1)), top_code_age) else None
    if kind in ("ID", "INSURANCE_NUMBER"):
        if sum(c.isdigit() for c in value) < 3 or len(value) > 30:
            return None
        if kind == "ID" and _ID_VALUE.fullmatch(value) is None:
            return None
        return s, s + len(value)
    if kind == "ADDRESS":  # 自宅, 同上, 不明: the field holds no address
        return (s, s + len(value)) if len(value) >= 4 and not value.startswith(NO_ADDRESS) else None
    if kind == "POSTAL_CODE":
        return (s, s + len(value)) if _POSTAL_VALUE.fullmatch(value) else None
    return None


_SCORES = {
    "PERSON": 0.85,
    "FACILITY": 0.8,
    "ID": 0.9,
    "INSURANCE_NUMBER": 0.9,
    "ADDRESS": 0.85,
    "POSTAL_CODE": 0.85,
    "AGE": 0.85,
}


def _split_cells(line: str, sep: str) -> list[tuple[int, str]]:
    cells, offset = [], 0
    for part in line.split(sep):
        cells.append((offset, part))
        offset += len(part) + len(sep)
    return cells


def _csv_row(text: str, pos: int) -> tuple[list[tuple[int, int]], int] | None:
    """One CSV record starting at ``pos``: its cells (offsets inside the quotes) and the position after its line
    break; quoted cells may hold commas, ``""`` and line breaks. None at the end of the text."""
    n = len(text)
    if pos >= n:
        return None
    cells: list[tuple[int, int]] = []
    i = pos
    while True:
        if i < n and text[i] == '"':
            s = i + 1
            j = s
            while j < n:
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        j += 2
                        continue
                    break
                j += 1
            cells.append((s, min(j, n)))
            i = j + 1
            while i < n and text[i] not in ",\n":
                i += 1
        else:
            j = i
            while j < n and text[j] not in ",\n":
                j += 1
            cells.append((i, j))
            i = j
        if i >= n:
            return cells, n
        if text[i] == "\n":
            return cells, i + 1
        i += 1  # the comma


def _csv_spans(text: str, top_code_age: int) -> Iterator[TypedSpan]:
    """Columns of a CSV export under a typed header row, read with quoting (cells may span lines)."""
    pos = 0
    n = len(text)
    while pos < n:
        eol = text.find("\n", pos)
        eol = n if eol == -1 else eol
        line = text[pos:eol]
        if line.count(",") >= 2:
            texts = [t.strip().strip('"') for t in line.split(",")]
            if (
                sum(1 for t in texts if t) >= 3
                and sum(1 for t in texts if _VALUE_LIKE.search(t)) <= 1  # ICD10 is a key
                and all(len(t) <= 24 and " " not in t for t in texts)
            ):
                typed = {i: k for i, t in enumerate(texts) if (k := key_type(t)) is not None}
                weak_cols = {i for i, t in enumerate(texts) if weak_key(t)}
                width = len(texts)
                row_pos = eol + 1
                while typed and row_pos < n:
                    parsed = _csv_row(text, row_pos)
                    if parsed is None:
                        break
                    cells, nxt = parsed
                    if len(cells) != width:
                        break  # the end of this CSV
                    for i, kind in typed.items():
                        s, e = cells[i]
                        span = value_span(kind, text, s, e, weak=i in weak_cols, top_code_age=top_code_age)
                        if span is not None:
                            yield span[0], span[1], _SCORES[kind] - 0.05, kind
                    row_pos = nxt
                pos = max(row_pos, eol + 1)
                continue
        pos = eol + 1


def _table_spans(text: str, top_code_age: int) -> Iterator[TypedSpan]:
    """Columns under a typed header cell, for ``|``, tab and comma tables (header: no digit in any cell)."""
    pos = 0
    header: dict[int, str] | None = None
    weak_cols: set[int] = set()
    sep_of_table = ""
    n_cells = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        sep = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 1 else ""  # commas: _csv_spans
        if not sep or (header is not None and sep != sep_of_table):
            header = None
            if not sep:
                continue
        cells = _split_cells(line, sep)
        if header is None:
            texts = [c.strip() for _o, c in cells]
            if (
                sum(1 for t in texts if t) >= 3
                and not any(_VALUE_LIKE.search(t) for t in texts)
                and all(len(t) <= 24 and (sep != "," or " " not in t) for t in texts)  # keys, not prose
            ):
                typed = {i: k for i, t in enumerate(texts) if (k := key_type(t)) is not None}
                header = typed
                weak_cols = {i for i, t in enumerate(texts) if weak_key(t)}
                sep_of_table = sep
                n_cells = len(cells)
            continue
        if set(line.strip()) <= set("|-: \t"):
            continue  # |---|---|
        if sep == "," and len(cells) != n_cells:
            continue  # a comma line that is not a row of this CSV
        for i, kind in header.items():
            if i < len(cells):
                o, c = cells[i]
                span = value_span(kind, line, o, o + len(c), weak=i in weak_cols, top_code_age=top_code_age)
                if span is not None:
                    yield start + span[0], start + span[1], _SCORES[kind] - 0.05, kind


class FieldRecognizer(MultiEntityRecognizer):
    """Typed values of key:value lines, table columns and roster lines (several entity types)."""

    ENTITY = "PERSON"
    ENTITIES = ("PERSON", "FACILITY", "ID", "INSURANCE_NUMBER", "ADDRESS", "POSTAL_CODE", "AGE")

    def __init__(self, top_code_age: int = 90) -> None:
        self.top_code_age = top_code_age  # an age column yields ages at or over the policy's top-coding age
        super().__init__()

    def typed_spans(self, text: str) -> Iterator[TypedSpan]:
        if ":" in text or "：" in text or "=" in text or "\t" in text:
            for m in _KV_LINE.finditer(text):
                kind = key_type(m.group("k"))
                if kind is None:
                    continue
                if m.group("sep") == "\t" and "\t" in m.group("v"):
                    continue  # a table row, read by columns
                if kind == "PERSON" and not m.group("k").isascii() and not m.group("v").isascii():
                    continue  # 検査者：臨床検査技師 鳥居昇: Japanese labels are the person recogniser's (roles)
                weak = weak_key(m.group("k"))
                span = value_span(kind, text, m.start("v"), m.end("v"), weak=weak, top_code_age=self.top_code_age)
                if span is not None:
                    yield span[0], span[1], _SCORES[kind], kind
        if "|" in text or "\t" in text:
            yield from _table_spans(text, self.top_code_age)
        if text.count(",") >= 2:
            yield from _csv_spans(text, self.top_code_age)
        for m in _ROSTER.finditer(text):
            yield m.start("room"), m.end("room"), 0.7, "FACILITY"
            yield m.start("name"), m.end("name"), 0.8, "PERSON"
