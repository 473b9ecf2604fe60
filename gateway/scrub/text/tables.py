"""Names and rooms by table column: whiteboards, schedules and exports written as rows of cells.

A block of three or more consecutive lines split by the same delimiter (``|``, a tab, a comma, or two or more
spaces) is a table. A column in which at least two cells, and at least a third of the filled cells, are already
PERSON findings is a person column: every other name-shaped cell in it is a name too (``林``, ``FK``, ``スズキ A``,
``ﾎｽﾞﾐ ﾐﾅﾄ``), unless it is a placeholder or a word that is never a name (``空床``, ``なし``, ``-``).

A room or bed number that opens a row or line right before a name (``504-A<TAB>服部 ひなた``, ``603 安心院``,
``- 477 ササキさん``) locates the patient: it is a FACILITY (room) finding.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from gateway.scrub.text.dates import find_dates
from gateway.scrub.text.propagate import derived_result
from gateway.scrub.text.recognizers.base import HIRAGANA, KANJI, KATAKANA
from gateway.scrub.text.recognizers.fields import key_type, value_span
from gateway.scrub.text.recognizers.structure import not_name_word

_DELIMS = (("|", re.compile(r"[ ]*\|[ ]*")), ("\t", re.compile(r"[ ]*\t[ ]*")), (",", re.compile(r"[ ]*,[ ]*")))
_SPACES = re.compile(r"[ ]{2,}")
_HONORIFIC = re.compile(r"(?:様|さん|さま|氏|殿|君|くん|ちゃん|Ns|NS|Dr|DR|先生)$")
_NAME_CELL = re.compile(
    rf"[{KANJI}]{{1,5}}(?: [{KANJI}]{{1,4}})?"
    rf"|[{KATAKANA}\uff66-\uff9f]{{1,10}}(?: [{KATAKANA}\uff66-\uff9f]{{1,8}}| ?[A-Z]\.?)?"
    rf"|[{HIRAGANA}]{{2,6}}(?: [{HIRAGANA}]{{2,5}})?"
    r"|[A-Z]{1,3}|[A-Z]\.[A-Z]\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
)
_NOT_NAME_CELL = frozenset(
    {"空床", "空", "なし", "無し", "不明", "未定", "未", "済", "予定", "中止", "退院", "転棟", "入院", "外泊", "外出"}
)
# column headers that name a person column (the header row itself is never a name)
_PERSON_HEADERS = frozenset(
    {
        *("担当", "担当者", "担当医", "主治医", "担当Ns", "担当技師", "技師", "医師", "看護師", "受持", "受け持ち"),
        *("記録者", "氏名", "名前", "患者", "患者名", "カナ氏名", "Dr", "Ns", "name", "Name", "NAME", "staff", "Staff"),
    }
)
# a room or bed number opening a line: 504-A, 802-2, 603, 306号室; the name must follow
_ROOM_START = re.compile(
    r"(?m)^[ \t]*(?:[-・*□○●■◆]\s?|[0-9]{1,2}[).]\s?)?"
    r"(?P<v>[0-9]{3,4}(?:-[0-9A-Za-z]{1,2})?(?:号室?(?:[ ]?[A-H](?![A-Za-z]))?)?)(?=[ \t|,]*\S)"
)
# an empty bed in the same position: 504-C<TAB>空床
_EMPTY_BED = re.compile(r"(?m)^[ \t]*(?P<v>[0-9]{3,4}(?:-[0-9A-Za-z]{1,2})?)[ \t|,　]+空床")


_OTHER_HEADERS = frozenset(
    {"室", "病室", "年齢", "性別", "状態", "メモ", "備考", "ID", "時刻", "検査", "部屋", "bed", "age"}
)
_ID_CELL = re.compile(r"[0-9]{5,12}")


def _is_header(cell: str) -> bool:
    cell = cell.strip()
    return cell in _PERSON_HEADERS or cell in _OTHER_HEADERS or key_type(cell) is not None


def _cells(line: str, base: int) -> tuple[str, list[tuple[int, int]]] | None:
    """The delimiter of ``line`` and its cells (absolute offsets, trimmed), or None for prose."""
    for name, rx in _DELIMS:
        if line.count(name) >= 2:
            return name, _split(line, base, rx)
    if len(_SPACES.findall(line)) >= 2:
        return "  ", _split(line, base, _SPACES)
    return None


def _split(line: str, base: int, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in rx.finditer(line):
        out.append(_trim(line, base, pos, m.start()))
        pos = m.end()
    out.append(_trim(line, base, pos, len(line)))
    return out


def _trim(line: str, base: int, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s] in ' \t\u3000"':
        s += 1
    while e > s and line[e - 1] in ' \t\u3000"':
        e -= 1
    return base + s, base + e


@lru_cache(maxsize=16)
def _blocks(text: str) -> list[list[list[tuple[int, int]]]]:
    """Tables: runs of three or more consecutive lines with the same delimiter (memoised: the typed columns and the
    name columns read the same text; callers never change the lists)."""
    blocks: list[list[list[tuple[int, int]]]] = []
    cur: list[list[tuple[int, int]]] = []
    cur_delim = ""
    pos = 0
    for line in text.split("\n"):
        parsed = _cells(line, pos)
        pos += len(line) + 1
        if parsed is not None and (not cur or parsed[0] == cur_delim):
            cur.append(parsed[1])
            cur_delim = parsed[0]
            continue
        if len(cur) >= 3:
            blocks.append(cur)
        cur, cur_delim = ([parsed[1]], parsed[0]) if parsed is not None else ([], "")
    if len(cur) >= 3:
        blocks.append(cur)
    return blocks


def _name_cell(text: str, s: int, e: int) -> tuple[int, int] | None:
    value = text[s:e]
    h = _HONORIFIC.search(value)
    if h is not None and h.start() > 0:
        e = s + h.start()
        value = value[: h.start()].rstrip()
        e = s + len(value)
    if (
        not value
        or value in _NOT_NAME_CELL
        or value in _PERSON_HEADERS
        or not_name_word(value)
        or not _NAME_CELL.fullmatch(value)
    ):
        return None
    return s, e


# header words that type a column the field-key grammar leaves open: beds and rooms, dates
_FACILITY_HEADERS = frozenset({"床", "ベッド", "病床", "Bed", "bed", "BED", "部屋", "病室", "室", "Room", "room"})
_DATE_HEADER = re.compile(r"(?:日|日時|日付|年月日|[Dd]ate|DATE)$")
_BED_CELL = re.compile(r"[0-9]{1,4}(?:-[0-9A-Za-z]{1,2})?|[A-Za-z]|[0-9]{1,2}[A-Za-z]")


def typed_columns(text: str, results: list[RecognizerResult]) -> tuple[list[RecognizerResult], list[tuple[int, int]]]:
    """Findings for the cells of columns whose header names their kind (利用者ID, 床, 部屋, 入院日) where nothing was
    found, and the header cells themselves (a header row is never a name: 部屋   床  氏名)."""
    if "\n" not in text:
        return [], []
    found = [(r.start, r.end) for r in results]
    out: list[RecognizerResult] = []
    headers: list[tuple[int, int]] = []
    for block in _blocks(text):
        if sum(1 for s, e in block[0] if _is_header(text[s:e]) or text[s:e].strip() in _FACILITY_HEADERS) < 2:
            continue
        headers.append((block[0][0][0], block[0][-1][1]))
        for i, (hs, he) in enumerate(block[0]):
            header = text[hs:he].strip()
            kind = "FACILITY" if header in _FACILITY_HEADERS else key_type(header)
            if kind is None and _DATE_HEADER.search(header):
                kind = "DATE"
            if kind not in ("ID", "FACILITY", "DATE", "INSURANCE_NUMBER"):
                continue
            for row in block[1:]:
                if i >= len(row) or row[i][1] <= row[i][0]:
                    continue
                s, e = row[i]
                if any(fs <= s and e <= fe for fs, fe in found):
                    continue
                cell = text[s:e]
                if kind == "DATE":
                    dates = find_dates(cell)
                    if dates and dates[0].start == 0:
                        out.append(derived_result(s, s + dates[0].end, "TableColumn", "DATE"))
                elif kind == "FACILITY" and header in _FACILITY_HEADERS:
                    if _BED_CELL.fullmatch(cell):
                        out.append(derived_result(s, e, "TableColumn", "FACILITY"))
                else:
                    span = value_span(kind, text, s, e)
                    if span is not None:
                        out.append(derived_result(span[0], span[1], "TableColumn", kind))
    return out, headers


def table_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """PERSON findings for the name-shaped cells of person columns, FACILITY findings for rooms before names."""
    persons = [(r.start, r.end) for r in results if r.entity_type in ("PERSON", "KNOWN")]
    if not persons:
        return []
    out: list[RecognizerResult] = []
    taken = list(persons)
    id_spans = [(r.start, r.end) for r in results if r.entity_type == "ID"]
    if "\n" in text:
        for block in _blocks(text):
            by_col: dict[int, list[tuple[int, int]]] = defaultdict(list)
            for row in block:
                for i, cell in enumerate(row):
                    if cell[1] > cell[0]:
                        by_col[i].append(cell)
            header_row = sum(1 for s, e in block[0] if _is_header(text[s:e])) >= 2
            for column in by_col.values():
                header = text[column[0][0] : column[0][1]].strip("/ ")
                cells = column[1:] if header_row else column  # the header row names columns, never people
                hits = sum(1 for s, e in cells if any(ps <= s < pe or ps < e <= pe for ps, pe in persons))
                ids = sum(1 for s, e in cells if any(i_s <= s and e <= i_e for i_s, i_e in id_spans))
                if ids >= 2 and ids * 2 >= len(cells):  # an ID column: its other digit cells are IDs too
                    for s, e in cells:
                        if _ID_CELL.fullmatch(text[s:e]) and not any(i_s <= s and e <= i_e for i_s, i_e in id_spans):
                            out.append(derived_result(s, e, "TableColumn", "ID"))
                    continue
                if not (header in _PERSON_HEADERS or (hits >= 2 and hits * 3 >= len(cells))):
                    continue
                for s, e in cells:
                    if any(ps <= s and e <= pe for ps, pe in taken):
                        continue  # already a name (a cell partly found, チャン|Lさん, is taken whole)
                    span = _name_cell(text, s, e)
                    if span is not None:
                        out.append(derived_result(span[0], span[1], "TableColumn", "PERSON"))
                        taken.append(span)
    for m in _EMPTY_BED.finditer(text) if "空床" in text else ():
        out.append(derived_result(m.start("v"), m.end("v"), "RoomBeforeName", "FACILITY"))
    starts = sorted(s for s, _ in taken)
    for m in _ROOM_START.finditer(text):
        after = m.end("v")
        while after < len(text) and text[after] in " \t|,\u3000":
            after += 1
        if after < len(text) and any(s == after for s in starts):
            out.append(derived_result(m.start("v"), m.end("v"), "RoomBeforeName", "FACILITY"))
    return out
