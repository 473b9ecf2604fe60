"""Dates in Japanese clinical text: find them, parse them, shift them keeping the original format.

Forms: era dates (令和5年4月1日, 令和元年, 昭和六十年, R5.4.1, H30/12/3, S60年1月1日), western dates (2023年4月1日,
2023/4/1, 2023-04-01, 2023.4.1, 20230401, 23.4.1), partial dates (4月1日, 4/1(土), 2023年4月), English forms
(1 Apr 2023, April 1, 2023), each with an optional weekday in brackets, which is recomputed after the shift.
Partial dates take their year from a reference date (the record's date). Everything runs on NFKC text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from gateway.scrub.text.numerals import is_kanji_numeral, parse_number, render_like

ERAS: tuple[tuple[str, str, str, date], ...] = (
    # name, letter, short kanji, first day
    ("令和", "R", "令", date(2019, 5, 1)),
    ("平成", "H", "平", date(1989, 1, 8)),
    ("昭和", "S", "昭", date(1926, 12, 25)),
    ("大正", "T", "大", date(1912, 7, 30)),
    ("明治", "M", "明", date(1868, 10, 23)),
)
_ERA_BY_KEY = {k: e for e in ERAS for k in (e[0], e[1], e[1].lower(), e[2])}
_ERA_MAX_YEAR = {"令和": 40, "平成": 31, "昭和": 64, "大正": 15, "明治": 45}

_KN = "[〇零一二三四五六七八九十百千]"
_NUM12 = rf"(?:\d{{1,2}}|{_KN}{{1,3}})"
_WD_JA = "月火水木金土日"
_WD_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# a weekday after the date, in brackets ((月), (Mon)) or glued with 曜 (2025年4月3日木曜日)
_WEEKDAY = (
    r"(?:\s?(?:\((?=[^()]{1,4}\))|(?=[月火水木金土日]曜))(?P<wd>[月火水木金土日]|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"(?:曜日?)?\)?)?"
)
# the weekday opening an English date line: Mon, 27 May 2024 / Monday, August 4, 2025
_WD_EN_BEFORE = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ ]{1,2})?"
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON_EN = (
    r"(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?)"
)

_DATING_WORDS = (
    *("[\u4e00-\u9fff]日", "前回", "前々回", "今回", "追記", "訂正", "[Aa]ddendum"),
    # event words that date what follows in logs and problem lists: 比較 10/19, 発症 4/4, 転帰 治癒 10/20
    *("比較", "記録", "記載", "発症", "治癒", "軽快", "寛解", "開始", "終了", "中止", "施行", "実施", "撮影"),
    *("受診", "来院", "次回", "予定", "退院後", "訪問", "予約", "再検", "希望日", "memo", "メモ"),
    # acts of a specimen's, a visit's or a case's course: 採取 10/19, 受付 10/17, 採血 02/24, 経過 2/8, 連絡 6/17
    *("採取", "受付", "採血", "経過", "連絡", "入所", "退所", "面談", "報告", "提出", "同意", "撤回", "搬送", "説明"),
    *("on", "since", "until", "admitted on", "seen on"),
    *(
        "承認",
        "署名",
        "作成",
        "確定",
        "返却",
        "受領",
        "発送",
        "送付",
        "診察",
        "術前診察",
        "撮像",
        "初回撮像",
        "前回処方",
        "掲示",
        "入棟",
        "転棟",
    ),  # English: imaging on 5/3, admitted on 11/17
)
_DATING_WORD_BEFORE = (
    "(?:"
    + "|".join(
        f"(?<={w}{re.escape(sep)})"
        for w in _DATING_WORDS
        for sep in ("", " ", ":", ": ", "：", "(", "（", " (", "=", "】", "】 ", ")", ") ")
    )
    + ")"
)

# Patterns that open with lookbehinds start with a lookahead for their first characters as well: Python's ``re``
# would otherwise test every lookbehind at every position of the text (several times slower, same matches).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "era",
        re.compile(
            rf"(?P<era>令和|平成|昭和|大正|明治)\s?(?P<year>元|\d{{1,2}}|{_KN}{{1,4}})"
            r"(?:\s?\(\s?(?P<alt>(?:18|19|20)\d{2})\s?(?:年\s?)?\))?\s?年"
            rf"(?:\s?(?P<month>{_NUM12})\s?月(?:\s?(?P<day>{_NUM12})\s?日{_WEEKDAY})?)?"
        ),
    ),
    (
        "era",  # 昭和10年(1935年)4月1日: the other year after 年
        re.compile(
            rf"(?P<era>令和|平成|昭和|大正|明治)\s?(?P<year>元|\d{{1,2}}|{_KN}{{1,4}})\s?年"
            r"\s?\(\s?(?P<alt>(?:18|19|20)\d{2})\s?年?\s?\)"
            rf"(?:\s?(?P<month>{_NUM12})\s?月(?:\s?(?P<day>{_NUM12})\s?日{_WEEKDAY})?)?"
        ),
    ),
    (
        "western",  # 1935年(昭和10年)4月1日
        re.compile(
            r"(?<![\d.])(?P<year>(?:18|19|20)\d{2})\s?年"
            r"\s?\(\s?(?P<altera>令和|平成|昭和|大正|明治|[RHSTM])\.?\s?(?P<alt>元|\d{1,2})\s?年?\s?\)"
            rf"(?:\s?(?P<month>{_NUM12})\s?月(?:\s?(?P<day>{_NUM12})\s?日{_WEEKDAY})?)?"
        ),
    ),
    (
        "era",
        re.compile(
            r"(?=[RHSTM令平昭大明])(?<![A-Za-z0-9])(?P<era>[RHSTM]|令和|平成|昭和|大正|明治|令|平|昭|大|明)(?:\.|(?<=[RHSTM])-)?\s{0,2}(?P<year>元|\d{1,2})\s?(?P<s1>[./\-年・])\s?"
            rf"(?P<month>\d{{1,2}})\s?[./\-月・]\s?(?P<day>\d{{1,2}})日?(?!\d|\.\d){_WEEKDAY}"
        ),
    ),
    (
        "western",
        re.compile(
            rf"(?<![\d.])(?P<year>(?:18|19|20)\d{{2}}|{_KN}{{4}})"
            r"(?:\s?\(\s?(?P<altera>令和|平成|昭和|大正|明治|[RHSTM])\.?\s?(?P<alt>元|\d{1,2})\s?(?:年\s?)?\))?\s?年"
            rf"(?:\s?(?P<month>{_NUM12})\s?月(?:\s?(?P<day>{_NUM12})\s?日{_WEEKDAY})?)?"
        ),
    ),
    (
        "western",  # ISO 8601 time stamp with its zone as one span: 2025-03-16T10:09:00+09:00 (else the date)
        re.compile(
            r"(?=\d)(?<![\d.])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
            r"T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+\-]\d{2}:?\d{2})(?!\d)"
        ),
    ),
    (
        "compact",  # a DICOM DT value (20230912072443.000000, 20230912072443+0900) or a file stamp (20250117_1429)
        re.compile(
            r"(?=\d)(?<![\d])(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])"
            r"[_\-]?[0-2]\d[0-5]\d(?:[0-5]\d(?:\.\d{1,6})?)?(?:[+\-]\d{4})?(?![\d])"
        ),
    ),
    (
        "era",  # R4.4分, H30.12月分: an era year and month before 分 (a monthly report)
        re.compile(r"(?=[RHST])(?<![A-Za-z0-9])(?P<era>[RHST])\.?(?P<year>元|\d{1,2})[./](?P<month>\d{1,2})(?=月?分)"),
    ),
    (
        "western",
        re.compile(
            r"(?=(?:18|19|20)\d{2})(?<![\d.])(?<!\d/)(?P<year>(?:18|19|20)\d{2})(?P<s1>[/.\-・])(?P<month>\d{1,2})(?P=s1)(?P<day>\d{1,2})"
            rf"(?![\d]|\.\d){_WEEKDAY}"
        ),
    ),
    (
        "western",
        re.compile(
            r"(?=(?:18|19|20)\d{2})(?<![\d.])(?<!\d/)(?P<year>(?:18|19|20)\d{2})(?P<s1>[/.\-])(?P<month>\d{1,2})(?![\d]|[/.\-]\d)"
            r"(?=\s|頃|ごろ|に|より|から|まで|分|[～〜~]|\)|$)(?!\s?(?:m?[LlgG]|μ|単位|倍|回|錠|mmHg|%|cm|mm|個))"
        ),
    ),
    (
        # an era letter and year alone: before 生 (S28生), with a month (R5.8 特養入所), or opening a line of a
        # timeline (S42  長男 誕生); Showa and Heisei with two digits there, so lung segments and vertebrae (S6,
        # T12) stay
        "era",
        re.compile(r"(?=[RHST])(?<![A-Za-z0-9.])(?P<era>[RHST])(?P<year>\d{1,2})(?=生(?:まれ)?(?![\u3400-\u9fff]))"),
    ),
    (
        "era",
        re.compile(
            r"(?=[RHS])(?<![A-Za-z0-9.\-/])(?P<era>[RHS])(?P<year>(?<=[RH])\d{1,2}|(?<=S)\d{2})"
            r"\.(?P<month>1[0-2]|0?[1-9])"
            r"(?![\d.])(?=[ \u3000]|$)"
        ),
    ),
    (
        "era",
        re.compile(r"(?m)^[ \t]*(?P<span>(?P<era>[SH])(?P<year>[1-6]\d))(?=[ \u3000]{1,4}[^\d\s])"),
    ),
    (
        "era",  # H30年5月, S63年: an era letter with 年
        re.compile(
            r"(?=[RHST])(?<![A-Za-z0-9])(?P<era>[RHST])\.?\s?(?P<year>元|\d{1,2})\s?年"
            rf"(?:\s?(?P<month>{_NUM12})\s?月(?:\s?(?P<day>{_NUM12})\s?日{_WEEKDAY})?)?"
        ),
    ),
    (
        "western",  # 6年1月5日: the era left out (the year is kept as written and moves with the date)
        re.compile(
            r"(?<![\d.年A-Za-z])(?P<year>\d{1,2})\s?年\s?(?P<month>\d{1,2})\s?月\s?(?P<day>\d{1,2})\s?日"
            rf"{_WEEKDAY}"
        ),
    ),
    (
        "compact",
        re.compile(
            r"(?=\d)(?<![\d])(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?![\d])"
        ),
    ),
    (
        "western2",
        re.compile(
            r"(?='?\d{2}[/.])(?<![\d.A-Za-z#])(?<!\d/)'?(?P<year>\d{2})(?P<s1>[/.])(?P<month>\d{1,2})(?P=s1)(?P<day>\d{1,2})"
            rf"(?![\d]|\.\d){_WEEKDAY}"
        ),
    ),
    (
        "md",
        re.compile(
            rf"(?=[\d〇零一二三四五六七八九十百千])(?<!\d)(?<!\d年)(?P<month>{_NUM12})\s?月\s?(?P<day>{_NUM12})\s?日{_WEEKDAY}"
        ),
    ),
    (
        "md",
        re.compile(
            r"(?=\d)(?<![\d/.A-Za-z#])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/]|\.\d)"
            r"(?:\s?\((?P<wd>[月火水木金土日])(?:曜日?)?\)"
            r"|(?=\s?(?:に|より|から|まで|の(?:受診|来院|入院|退院|撮影|検査|手術|外来|CT|MRI|MR|RI|PET|US|エコー|採血|予約|面談|カンファ|会議|フロア会議|回診|診察|訪問|ミーティング)"
            r"|受診|来院|入院|退院|撮影|施行|手術|外来))"
            # 4/19 永眠, から 5/2 当院紹介, 4/26、発熱: the event the date is of, after a space or a comma
            r"|(?=[\s、，,]?(?:永眠|死亡|死去|当院紹介|紹介受診|入所|退所|転院|搬送|発熱|転倒|初診|再診|初回|来所|面談))"
            # 3/17以降, 5/27夜: a time of day or a span from the date
            r"|(?=以降|以前|以来|夜|朝|昼|夕|未明|深夜|早朝|頃まで|[ ]?電話|[ ]?取込|[ ]?連絡|の時|の際))"
        ),
    ),
    (
        "md",
        re.compile(r"(?:(?<=\|)|(?<=\| ))(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=\s?\|)"),  # | 6/19 | in a table
    ),
    (
        # a bare M/D where only a date can stand: after a date label (入院日, 生年月日:), either side of a range
        # mark (4/1～4/12), after 病日( , alone on a line, or before 予定/頃/生
        "md",
        re.compile(
            r"(?=\d{1,2}/)(?:(?<=日)|(?<=日:)|(?<=日: )|(?<=日 )|(?<=[～〜~])|(?<=[～〜~] )|(?<=病日\()|(?<=^)|(?<=\n))"
            r"(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/]|\.\d)"
            r"(?=\s?[～〜~]|\s*(?:\n|$)|\)|\s?[0-9]{1,2}:[0-9]{2})"
        ),
    ),
    (
        "md",
        re.compile(
            r"(?=\d)(?<![\d/.A-Za-z#])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=\s?(?:予定|頃|ごろ|生まれ|生[^\w]|生$))"
        ),
    ),
    (
        "md",  # 入院期間: 11/14～12/2 (a range after a label)
        re.compile(r"(?=\d)(?:(?<=[:：])|(?<=[:：] ))(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=\s?[～〜~])"),
    ),
    (
        # a bare M/D after a word that dates what follows: 採取日 1/6, 前回6/3 CT比, 追記(3/15), Addendum 2/28:
        # (日 only after a kanji, so 1日 1/2錠 stays; never before a dose unit)
        "md",
        re.compile(
            r"(?=\d{1,2}/\d)"
            + _DATING_WORD_BEFORE
            + r"(?P<month>\d{1,2})/(?P<day>\d{1,2})"
            + r"(?![\d/]|\.\d|\s?[錠包本枚回gmL%量倍程割項件例人名個]|\s?T(?![A-Za-z])"
            + r"|\s?(?:tab|cap|dose|vial|amp|of\b|times|patients))"
        ),
    ),
    (
        # a bare M/D in a memo line after the name it concerns: ・猿渡様 1/2 採血忘れずに, ・十河 拓真 6/30 家族面談
        # (a bullet, a name of kanji or kana with an optional space or honorific, the M/D, then a word in kanji or
        # kana; no digit or Latin letter before it, so ・HDS-R 20/30 and ・WBC 3/5 stay); kind md_memo: the date
        # recogniser keeps it only when the words before it hold a name (・握力 12/15 stays)
        "md_memo",
        re.compile(
            r"(?m)^[ \u3000]*[・●○◆◇■□*•][ \u3000]?"
            r"[\u3400-\u9fff\u3041-\u309f\u30a1-\u30ff々〆ヶ]{1,6}"
            r"(?:[ \u3000][\u3400-\u9fff\u3041-\u309f\u30a1-\u30ff々]{1,5})?"
            r"(?:様|さん|氏|くん|ちゃん)?[ \u3000]"
            r"(?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))"
            r"(?=[ \u3000]?[\u3400-\u9fff\u3041-\u309f\u30a1-\u30ff])(?![ \u3000]?[回錠包本枚点倍割])"
        ),
    ),
    (
        # a bare M/D before a clock time (予定 11/17 14:00), before a weekday word (9/26 木曜), or in brackets
        # after an outcome or event word (転帰: 回復(9/24), 中止(3/2)); BP 124/72 fails the month check
        "md",
        re.compile(
            r"(?=\d)(?<![\d.A-Za-z#+\-])(?<![\dA-Za-z]:)(?<!\d/)(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/]|\.\d)"
            r"(?=[ \u3000]{1,2}(?:\d{1,2}:\d{2}(?!\d)|午前|午後|\d{1,2}時"
            r"|(?:[01]\d|2[0-3])[0-5]\d(?![\d:.]|[ ]?[A-Za-z])))"
        ),
    ),
    (
        "md",
        re.compile(
            r"(?=\d)(?<![\d/.A-Za-z#:+\-])(?P<month>\d{1,2})/(?P<day>\d{1,2})[ \u3000]?"
            # 1/26 木 橋本: a weekday alone, before a space or the line end
            r"(?P<wd>[月火水木金土日])(?:曜日?|(?=[ \u3000]|$))",
            re.M,
        ),
    ),
    (
        "md",
        re.compile(
            r"(?:回復|軽快|治癒|寛解|改善|悪化|不変|消失|死亡|転院|退院|入院|中止|休薬|再開|開始|終了|発現|発症)"
            r"[(（](?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))[)）]"
        ),
    ),
    (
        "md",  # 02/04 はるちゃん…: a memo line opening with its date and going on in words (not 1/2 錠)
        re.compile(
            r"(?m)^[ \u3000]*(?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))[ \u3000、,]"
            r"(?![ \u3000]*[錠包本枚回点倍割量])"
            r"(?=[ \u3000]*[\u3041-\u30ff\u3400-\u9fff\uff66-\uff9f])"
        ),
    ),
    (
        # a log line opening with M/D before a tab or an ID (5/4<TAB>P072354, 6/11 ID 0681...), and the end of a
        # range after its start (2023年5月22日〜5/28 装置)
        "md",
        re.compile(r"(?m)^(?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))(?=\t|[ ](?:ID|No|#)[ :.]?[A-Z0-9])"),
    ),
    (
        "md",
        re.compile(r"(?<=[～〜~])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/]|\.\d)(?=[\s、,。)）]|$)"),
    ),
    (
        # a six-digit date of a legacy export: after a date key (RUN-DATE=241206) or opening a row before spaces or a
        # tab (190926 27  ｼｮｳ...); kind western2 reads the two-digit year
        "western2",
        re.compile(
            r"(?:(?<=DATE=)|(?<=DATE: )|(?<=DATE:)|(?<=DT=)|(?<=日付 )|(?<=日付:)|(?<=(?m:^)))"
            r"(?P<year>\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?=[ \t]{1,}\S|[ \t]*$)",
            re.M,
        ),
    ),
    (
        # a signature line ending in its date: 記載：伊藤加奈（3階東） 12/15
        "md",
        re.compile(r"(?<=[)）][ \u3000])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=[ \t\u3000]*(?:\n|$))"),
    ),
    (
        # a list of M/D after a date label with a note in brackets: 訪問日（7月分）：7/3, 7/11
        "md",
        re.compile(
            r"(?<=日)[(（][^()（）\n]{1,8}[)）][:：][ \u3000]?(?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))(?![\d/])"
        ),
    ),
    (
        # a bare M/D in brackets closing a sentence's clause: 照会回答あり（11/24）。(not a count: 転移(2/15))
        "md",
        re.compile(r"(?<=[\u3041-\u309fり])[(（](?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))[)）](?=[。、.,]|\s|$)"),
    ),
    (
        "md",  # 再検 0304, memo 0207: a month and day as four digits after a word that dates what follows
        re.compile(
            r"(?=[01]\d)(?:(?<=再検 )|(?<=memo )|(?<=メモ )|(?<=予定 ))"
            r"(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
        ),
    ),
    (
        "md",  # 7東 09/30 日勤: the date after the ward code heading a board
        re.compile(r"(?m)^[0-9]{1,2}[東西南北A-Z][ \u3000]+(?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))(?![\d/])"),
    ),
    (
        "md",  # FAX送信票 3/20, れんらくちょう 9/26: a short title line ending in its date
        re.compile(
            r"(?m)^[A-Za-z]{0,4}[\u3041-\u30ff\u3400-\u9fff]{0,10}(?:票|表|書|帳|ちょう|録|メモ|連絡|報告|日誌|ノート|予定|便り|だより|通信)"
            r"[ \u3000]{1,2}(?P<span>(?P<month>\d{1,2})/(?P<day>\d{1,2}))[ \u3000]*$"
        ),
    ),
    (
        "md",  # 11がつ24にち: dates written in hiragana (letters from patients)
        re.compile(r"(?<!\d)(?P<month>\d{1,2})\s?がつ\s?(?P<day>\d{1,2})\s?にち"),
    ),
    (
        "slash_dmy",
        re.compile(
            r"(?=\d)(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})(?![\d/]|\.\d)"
            rf"{_WEEKDAY}"
        ),
    ),
    (
        "english",
        re.compile(
            rf"(?<![\dA-Za-z]){_WD_EN_BEFORE}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?: of)?[\s\-]{_MON_EN}[\s\-,]+"
            r"(?P<year>(?:19|20)\d{2})(?!\d)"
        ),
    ),
    (
        "english",
        re.compile(
            rf"(?<![A-Za-z]){_WD_EN_BEFORE}{_MON_EN}\s{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}"
            r"(?P<year>(?:19|20)\d{2})(?!\d)"
        ),
    ),
    (
        # an English month and day without a year: flight for Jul 8, f/u Sep 28, 14th October (a capital month:
        # "may" stays a verb; never before a number, a unit or a time of another kind)
        "md",
        re.compile(
            r"(?<![A-Za-z])(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)[ ]"
            r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
            r"(?![\d:/\-]|\.\d|,? (?:19|20)\d{2}|[ ]?(?:mg|mL|%|cm|mm|kg|g\b|units?|times|patients|cases|days|weeks))"
        ),
    ),
    (
        "md",
        re.compile(
            r"(?<![A-Za-z0-9])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ ](?:of )?"
            r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
            r"(?!,? (?:19|20)\d{2})"
        ),
    ),
    (
        "md",  # a syslog stamp without its year: Oct  2 14:32:43 (the clock time joins it)
        re.compile(rf"(?<![A-Za-z]){_MON_EN}[ ]{{1,2}}(?P<day>\d{{1,2}})(?= \d{{2}}:\d{{2}}:\d{{2}}(?!\d))"),
    ),
)


# dates spoken and written in hiragana (dictation, letters from patients): れいわさんねんはちがつとおか,
# にせんにじゅうさんねんしちがつよっか; tagged, not shifted (no numeral groups)
_KANA_NUM = (
    r"(?:(?:に|さん|よん|ご|ろく|なな|はち|きゅう)?せん)?(?:(?:に|さん|よん|ご|ろっ|はっ)?(?:ひゃく|びゃく|ぴゃく))?"
    r"(?:(?:に|さん|よん|ご|ろく|なな|はち|きゅう)?じゅう)?(?:いち|に|さん|よん|し|ご|ろく|なな|しち|はち|きゅう|く)?"
)
_KANA_DAY = (
    r"(?:ついたち|ふつか|みっか|よっか|いつか|むいか|なのか|ようか|ここのか|とおか|はつか|"
    rf"{_KANA_NUM}(?:にち|か))"
)
_KANA_DATE = re.compile(
    rf"(?:(?:れいわ|へいせい|しょうわ|たいしょう)(?:がん|{_KANA_NUM})ねん|{_KANA_NUM}ねん)"
    rf"(?:(?:いち|に|さん|し|ご|ろく|しち|はち|く|じゅう|じゅういち|じゅうに)がつ(?:{_KANA_DAY})?)"
    rf"|(?:いち|に|さん|し|ご|ろく|しち|はち|く|じゅう|じゅういち|じゅうに)がつ{_KANA_DAY}"
)
# a clock time right after a date belongs to the same time stamp: 2022/2/26 01:58, 2024年1月22日 21時28分
_TIME_AFTER = re.compile(
    # a weekday not taken by the date itself may come between (2024年10月27日 日曜日 12:36); after a bracket the
    # time may follow with no space (R5.9.9(土曜)15時0分, 8/11(日)8:33)
    r"(?:[ \u3000](?:(?P<wd>[月火水木金土日])曜日?|\((?P<wd2>[月火水木金土日])(?:曜日?)?\)))?"
    # a space, T, nothing after a bracket, or in English ", " and " at " (5 Feb 2024, 16:16; Oct 1, 2023 at 8:57 PM)
    r"(?:[ \u3000]{1,2}|T|(?<=\))|(?<=日)(?=\d{1,2}時)|,[ ]|[ ]at[ ])"
    # a clock time as four digits after a space (2020/12/11 1415, R6.1.20 0950; not a dose: 1000mg)
    r"(?:(?<=[ \u3000)])(?:[01]\d|2[0-3])[0-5]\d(?![\d:.]|[ ]?(?:mg|mL|ml|g\b|円|回|件|人|名|例|単位|IU|kcal))"
    r"|[0-2]?\d:[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[ ]?[+\-]\d{2}:?\d{2})?"
    r"(?:[ ]?(?:AM|PM|am|pm)(?![A-Za-z]))?"  # 8:33 AM
    r"|(?:午前|午後|AM|PM|am|pm)?[ ]?[0-2]?\d時(?:[0-5]?\d分(?:[0-5]?\d秒)?)?)(?![\d:])"
)

_HHMM_HINT = re.compile(r"[\s)](?:[01]\d|2[0-3])[0-5]\d(?!\d)")
# a cheap test per text before the patterns that cannot match without it
_NEEDLES = {
    "era_name": re.compile("令和|平成|昭和|大正|明治"),
    "nen": re.compile("年"),
    "month_en": re.compile("(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"),
    "slash": re.compile("/"),
    "gatsu": re.compile("がつ"),
}


def _need(pat: re.Pattern[str]) -> str | None:
    """The needle a pattern cannot match without: an era name, 年, an English month, a slash, がつ."""
    src = pat.pattern
    if ")/(?P<day>" in src or ")/(?P<b>" in src:
        return "slash"
    if r"\s?がつ" in src:
        return "gatsu"
    if src.startswith(r"(?P<era>令和") or "(?P<era>令和|平成|昭和|大正|明治)" in src[:40]:
        return "era_name"
    if "(?P<mon>" in src:
        return "month_en"
    if r"\s?年" in src and "[./\\-年]" not in src and "月" not in src.split("年")[0]:
        return "nen"
    return None


_PATTERN_NEEDS = tuple(_need(p) for _k, p in _PATTERNS)


def _role(name: str, m: re.Match[str]) -> str:
    if name not in ("a", "b"):
        return name
    day_first = int(m.group("a")) > 12
    if name == "a":
        return "day" if day_first else "month"
    return "month" if day_first else "day"


def _group_names(pat: re.Pattern[str], m: re.Match[str]) -> tuple[str, ...]:
    """Named groups of a match; ``a``/``b`` of a slash date become month/day (US order) unless ``a`` > 12."""
    names = [n for n in ("era", "year", "alt", "altera", "month", "day", "wd", "mon", "a", "b") if n in pat.groupindex]
    return tuple(names)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    kind: str
    text: str  # the normalised matched text
    groups: tuple[tuple[str, int, int], ...]  # (name, start, end) relative to ``text``

    def group(self, name: str) -> str | None:
        for n, s, e in self.groups:
            if n == name:
                return self.text[s:e]
        return None


def find_dates(text: str) -> tuple[DateMatch, ...]:
    """Non-overlapping date matches in NFKC text, longest first on overlap (memoised: the recogniser, the
    known-birth-date sweep and the replacement all ask for the same text)."""
    return _find_dates(text)


@lru_cache(maxsize=64)
def _find_dates(text: str) -> tuple[DateMatch, ...]:
    found: list[DateMatch] = []
    present = {k for k, needle in _NEEDLES.items() if needle.search(text) is not None}
    for (kind, pat), need in zip(_PATTERNS, _PATTERN_NEEDS, strict=True):
        if need is not None and need not in present:
            continue
        spanned = "span" in pat.groupindex  # the date is the group ``span``, not the whole match (memo lines)
        for m in pat.finditer(text):
            s0, e0 = (m.start("span"), m.end("span")) if spanned else (m.start(), m.end())
            groups = tuple(
                (_role(name, m), m.start(name) - s0, m.end(name) - s0)
                for name in _group_names(pat, m)
                if m.group(name) is not None
            )
            dm = DateMatch(s0, e0, kind, text[s0:e0], groups)
            if _plausible(dm):
                found.append(dm)
    if "がつ" in text or "ねん" in text:
        for m in _KANA_DATE.finditer(text):
            if len(m.group(0)) >= 6:
                found.append(DateMatch(m.start(), m.end(), "kana", m.group(0), ()))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    timed = ":" in text or "時" in text or _HHMM_HINT.search(text) is not None
    out: list[DateMatch] = []
    for found_d in found:
        if out and found_d.start < out[-1].end:
            continue
        d = found_d
        if timed:
            t = _TIME_AFTER.match(text, d.end)
            if t is not None and d.group("day") is not None:
                groups = d.groups
                w = "wd" if t.group("wd") else "wd2" if t.group("wd2") else None
                if w is not None and d.group("wd") is None:  # the weekday shifts with the date
                    groups = (*groups, ("wd", t.start(w) - d.start, t.end(w) - d.start))
                d = DateMatch(d.start, t.end(), d.kind, text[d.start : t.end()], groups)
        out.append(d)
        out.extend(_listed_after(text, d))
    return tuple(out)


# a list of M/D after a date: 訪問日: 4/2、4/10・4/23 (each next item after a list mark, no score or dose after it)
_LIST_MD = re.compile(
    r"(?:[、,，・][ \u3000]?|[ ]/[ ])(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![\d/]|\.\d|\s?[錠包本枚回点gmLT%量倍程割])"
)


def _listed_after(text: str, d: DateMatch) -> list[DateMatch]:
    if d.kind not in ("md", "western") or d.group("day") is None or "/" not in d.text:
        return []
    items: list[DateMatch] = []
    pos = d.end
    while (m := _LIST_MD.match(text, pos)) is not None:
        s0 = m.start("month")
        item = DateMatch(
            s0,
            m.end(),
            "md",
            text[s0 : m.end()],
            (("month", 0, m.end("month") - s0), ("day", m.start("day") - s0, m.end() - s0)),
        )
        if not _plausible(item):
            break
        items.append(item)
        pos = m.end()
    return items


def _plausible(d: DateMatch) -> bool:
    y, m, day = fields(d, reference_year=2000)
    if m is not None and not 1 <= m <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    era = d.group("era")
    year_text = d.group("year")
    if era is not None and year_text is not None:
        n = parse_number(year_text)
        if n is None or not 1 <= n <= _ERA_MAX_YEAR[_ERA_BY_KEY[era][0]]:
            return False
    return y is not None or (m is not None and day is not None)


def fields(d: DateMatch, reference_year: int) -> tuple[int | None, int | None, int | None]:
    year_text, era = d.group("year"), d.group("era")
    year: int | None = None
    if year_text is not None:
        n = parse_number(year_text)
        if n is not None:
            if era is not None:
                year = _ERA_BY_KEY[era][3].year + n - 1
            elif d.kind == "western2":
                year = 2000 + n if n < 70 else 1900 + n
            else:
                year = n
    elif d.kind in ("md", "md_memo"):
        year = reference_year
    month: int | None = None
    mon = d.group("mon")
    if mon is not None:
        month = _MONTHS_EN.index(mon[:3].lower()) + 1
    else:
        mt = d.group("month")
        month = parse_number(mt) if mt else None
    dt = d.group("day")
    day = parse_number(dt) if dt else None
    return year, month, day


def _era_for(day: date) -> tuple[str, str, str, date]:
    for era in ERAS:
        if day >= era[3]:
            return era
    return ERAS[-1]


def shift_date_text(d: DateMatch, days: int, reference: date | None) -> str | None:
    """The matched date moved by ``days`` in the same format, or None when it cannot be parsed.

    Year-only and year-month dates move with the 2nd of July / the 15th of the month, so that consistent text
    stays consistent; partial dates (4月1日) take the reference year (2000 when unknown, a leap year)."""
    ref_year = reference.year if reference else 2000
    y, m, dd = fields(d, ref_year)
    if y is None:
        return None
    try:
        if m is None:
            orig = date(y, 7, 2)
        elif dd is None:
            orig = date(y, m, 15)
        else:
            orig = date(y, m, dd)
    except ValueError:
        return None
    new = orig + timedelta(days=days)
    kanji_hint = any(is_kanji_numeral(d.group(g) or "") for g in ("month", "day"))
    repl: dict[str, str] = {}
    era_text = d.group("era")
    if era_text is not None:
        era = _era_for(new)
        if len(era_text) == 2:
            repl["era"] = era[0]
        elif era_text.isascii():
            repl["era"] = era[1] if era_text.isupper() else era[1].lower()
        else:
            repl["era"] = era[2]
        new_year_num = new.year - era[3].year + 1
        repl["year"] = render_like(new_year_num, d.group("year") or "", kanji_hint=kanji_hint)
    elif d.group("year") is not None:
        yt = d.group("year") or ""
        repl["year"] = str(new.year % 100).zfill(2) if d.kind == "western2" else render_like(new.year, yt)
    alt = d.group("alt")
    if alt is not None:  # the same year written the other way in brackets: 令和2(2020)年, 2012(H24)年
        if era_text is not None:
            repl["alt"] = str(new.year)
        else:
            era = _era_for(new)
            n = new.year - era[3].year + 1
            altera = d.group("altera") or ""
            if altera:
                repl["altera"] = era[0] if len(altera) == 2 else era[1]
            repl["alt"] = "元" if alt == "元" and n == 1 else str(n)
    if d.group("month") is not None:
        repl["month"] = render_like(new.month, d.group("month") or "")
    if d.group("mon") is not None:
        old = d.group("mon") or ""
        name = new.strftime("%B") if len(old.rstrip(".")) > 3 else new.strftime("%b")
        name = name.upper() if old.rstrip(".").isupper() else name
        repl["mon"] = name + ("." if old.endswith(".") else "")
    if d.group("day") is not None:
        repl["day"] = render_like(new.day, d.group("day") or "")
    if d.group("wd") is not None:
        old_wd = d.group("wd") or ""
        repl["wd"] = _WD_JA[new.weekday()] if not old_wd.isascii() else _WD_EN[new.weekday()]
    text = d.text
    for name, s, e in sorted(d.groups, key=lambda g: -g[1]):
        if name in repl:
            text = text[:s] + repl[name] + text[e:]
    return text
