"""Round M mechanisms: positive, negative and near-miss tables (synthetic strings only).

E.164 phone numbers of other countries, the eponym allow-list, honorific-anchored names, relation phrases and
sign-offs, bare M/D in memo lines after a name."""

from __future__ import annotations

import pytest

from tests.support.text import covered, scrubber


def _findings(text: str) -> list[tuple[str, str]]:
    a = scrubber().analyzer.analyze(text)
    return [(text[f.start : f.end], f.entity_type) for f in a.findings]


def _found(text: str, value: str, entity: str) -> bool:
    a = scrubber().analyzer.analyze(text)
    return covered(text, value, a.findings) and any(
        f.entity_type == entity and f.start <= text.index(value) < f.end for f in a.findings
    )


# --- international phone numbers (E.164 grammar: +CC, two to four groups, 8-15 digits) ---
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her son can be reached at +1-555-201-7788.", "+1-555-201-7788"),
        ("連絡先 +44 20 7946 0958（英国）", "+44 20 7946 0958"),
        ("海外連絡先: +65 6123 4567", "+65 6123 4567"),
        ("TEL +49 (0)30 1234567", "+49 (0)30 1234567"),
        ("+81 3-3353-1211 まで", "+81 3-3353-1211"),
    ],
)
def test_intl_phone_positive(text: str, value: str) -> None:
    assert _found(text, value, "PHONE_NUMBER"), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "HER2 score 2+, FISH pending.",  # a plus after a score
        "CRP +1.2 mg/dL",  # a signed lab change
        "尿蛋白 +2、尿糖 -",  # dipstick grades
        "Grade +3 edema",  # near miss: too few digits
        "EF +12 %改善",
    ],
)
def test_intl_phone_negative(text: str) -> None:
    assert not any(t == "PHONE_NUMBER" for _v, t in _findings(text)), _findings(text)


# --- eponyms of clinical scales, signs and tests are not names ---
@pytest.mark.parametrize(
    "text",
    [
        "長谷川式 20/30点、MMSE 24点。",
        "改訂長谷川式簡易知能評価スケール 18点",
        "Murphy徴候陽性、McBurney点に圧痛。",
        "マーフィー徴候陰性。",
        "Babinski反射陰性、Romberg試験陽性。",
        "Brinkman指数 600。",
        "橋本病にて加療中。",
    ],
)
def test_eponyms_not_names(text: str) -> None:
    assert not any(t == "PERSON" for _v, t in _findings(text)), _findings(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("主治医 長谷川先生より説明。", "長谷川"),  # near miss: the surname itself, with an honorific
        ("長谷川 式子さんが来院。", "長谷川 式子"),  # near miss: a given name starting with 式
        ("Referred by Dr. Murphy for a second opinion.", "Murphy"),
    ],
)
def test_eponym_near_miss_names_kept(text: str, value: str) -> None:
    assert _found(text, value, "PERSON"), _findings(text)


# --- honorific-anchored names (a kanji run before 様/さん/くん... is a name unless it is a role word) ---
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本日、八幡様来院。", "八幡"),
        ("明日、上野さんに電話する", "上野"),
        ("昨夜は大和くんが付き添い", "大和"),
        ("受付で石橋さんと面談", "石橋"),
        ("六角様より電話あり", "六角"),
    ],
)
def test_honorific_anchor_positive(text: str, value: str) -> None:
    assert _found(text, value, "PERSON"), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "看護師長さんに相談した。",
        "主治医先生に報告。",
        "ご家族様へ説明。",
        "結節様陰影を認める。",  # 様 as '-like'
        "腺腫様過形成。",
    ],
)
def test_honorific_anchor_negative(text: str) -> None:
    assert not any(t == "PERSON" for _v, t in _findings(text)), _findings(text)


# --- relation phrases and sign-offs ---
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("お世話になっております。六角の息子です。", "六角"),
        ("いつもありがとうございます 渡嘉敷の娘です", "渡嘉敷"),
        ("母のマツが 熱を出しました。", "マツ"),
        ("父の重蔵は自宅療養中です。", "重蔵"),
        ("以上、六角でした。", "六角"),
        ("・検温忘れずに\n（蓬田）", "蓬田"),
    ],
)
def test_relation_positive(text: str, value: str) -> None:
    assert _found(text, value, "PERSON"), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "患者の息子です。",
        "本人の娘です。",
        "母の介護が大変とのこと。",
        "父のケアは妻が行う。",
        "母のことが心配。",
        "所見は以上です。",
        "申し送り\n（以下略）",
        "経過観察\n（済）",
    ],
)
def test_relation_negative(text: str) -> None:
    assert not any(t == "PERSON" for _v, t in _findings(text)), _findings(text)


# --- bare M/D in memo lines after a name ---
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("・猿渡様 1/2 採血忘れずに", "1/2"),
        ("・雨宮 芽依様 12/25 家族面談", "12/25"),
        ("・渡嘉敷 12/28 採血忘れずに", "12/28"),
    ],
)
def test_memo_date_positive(text: str, value: str) -> None:
    assert _found(text, value, "DATE"), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "・握力 12/15 左右差あり",  # a measurement after a common noun
        "・HDS-R 20/30 軽度低下",  # Latin before it
        "・MMSE 24/30 点",
        "・ラシックス 1/2 錠",  # near miss: a dose fraction before a unit
    ],
)
def test_memo_date_negative(text: str) -> None:
    assert not any(t == "DATE" for _v, t in _findings(text)), _findings(text)


# --- a stray OCR space inside a surname, joined when the name opens with one kanji and a space ---
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("城之 内　勘太郎 先生", "城之 内　勘太郎"),
        ("患者氏名 城之 内 勘太郎", "城之 内 勘太郎"),
        ("野々 村 美鈴 様", "野々 村 美鈴"),
    ],
)
def test_ocr_split_surname_joined(text: str, value: str) -> None:
    assert _found(text, value, "PERSON"), _findings(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("所見 林 太郎", "所見"),  # a common noun before a one-kanji surname
        ("担当 林 太郎", "担当"),  # a role word
        ("主治医 森 一郎", "主治医"),
        ("右 林 太郎 様", "右"),
        ("代諾者\u3000岡 陽菜", "代諾者"),  # a role word closed by 者
        ("立会人 森 和夫", "立会人"),
    ],
)
def test_ocr_split_near_miss(text: str, kept: str) -> None:
    a = scrubber().analyzer.analyze(text)
    i = text.index(kept)
    assert not any(f.start <= i < f.end for f in a.findings), _findings(text)
