"""Names from shape and lexicon (``recognizers/structure.py``) and document-level propagation
(``propagate.py``): positive, negative and near-miss tables (synthetic strings only, none taken from a corpus)."""

from __future__ import annotations

import pytest

from gateway.scrub.text.data import load
from gateway.scrub.text.recognizers.structure import family_like, given_like
from tests.support.text import covered, scrubber


def _findings(text: str) -> list[tuple[str, str]]:
    a = scrubber().analyzer.analyze(text)
    return [(text[f.start : f.end], f.entity_type) for f in a.findings]


def _person(text: str, value: str) -> bool:
    a = scrubber().analyzer.analyze(text)
    at = text.index(value)
    return covered(text, value, a.findings) and any(
        f.entity_type in ("PERSON", "KNOWN") and f.start <= at < f.end for f in a.findings
    )


def test_lexicon_is_versioned_and_separates_ordinary_words() -> None:
    lex = load("names_ipadic")
    assert lex["version"].startswith("ipadic")
    assert len(lex["family"]) > 10_000 and len(lex["given"]) > 15_000
    # names that are also frequent ordinary words are kept apart
    assert "上部" in lex["family_common"] and "上部" not in lex["family"]
    assert "結果" in lex["given_common"] and "結果" not in lex["given"]
    assert "纐纈" in lex["family"] and "ヤマダ" in lex["family_readings"] and "ハルカ" in lex["given_readings"]


def test_family_like_needs_a_name_part_of_speech_for_one_kanji() -> None:
    assert family_like("纐纈", None, strong=True)
    assert not family_like("纐纈", None, strong=False)  # no morphemes, no strong structure
    assert not family_like("放射線科", None, strong=True)
    assert not given_like("錠", None, strong=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("口座名義 コウケツ ハルカ", "コウケツ ハルカ"),  # katakana pair, both readings in the lexicon
        ("振込先 ミナミ アツシ", "ミナミ アツシ"),
        ("発表：勘解由小路 陽一", "勘解由小路 陽一"),  # unknown family name + lexicon given name
        ("立会：纐纈 乃愛", "纐纈 乃愛"),  # lexicon family name + unknown given name
        ("記録：轟", "轟"),  # the whole value after a colon is a family name
        ("確認者：帯刀", "帯刀"),  # a name that is also a word, in a value slot
        ("出席者：轟（放）、帯刀（病理）、春夏秋冬（研修医）", "春夏秋冬"),  # one shape, one list
        ("出席者：轟（放）、帯刀（病理）、春夏秋冬（研修医）", "帯刀"),
        ("療養を受けた方 幹（長男）", "幹"),  # kinship in brackets
        ("面会：ゆみこ（孫）", "ゆみこ"),
        ("Case: K.I., 74F, MRI brain", "K.I."),  # initials before age and sex
        ("症例 T.N. 62歳男性", "T.N."),
        ("Hitotose / 宍戸 乃愛", "宍戸 乃愛"),  # the same person written twice
        ("轟 健一 医師が説明した。\n以上です。夜勤 轟でした。", "轟 健一"),
    ],
)
def test_structure_positive(text: str, value: str) -> None:
    assert _person(text, value), _findings(text)


def test_propagation_removes_every_occurrence() -> None:
    text = "主治医 勘解由小路 陽一 先生\n次回カンファレンスで勘解由小路が報告。"
    a = scrubber().analyzer.analyze(text)
    second = text.rindex("勘解由小路")
    assert any(f.start <= second < f.end and f.entity_type == "PERSON" for f in a.findings), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "部位：上部",
        "結果：陰性",
        "評価：中等度",
        "胸水、腹水、心嚢液を認める。",
        "右肺（S6）、左肺（S3）に結節。",
        "ガイド ワイヤー を進めた。",
        "生年月日 明・大・昭・平 昭和26年5月11日生",
        "連絡先（長男）に電話した。",
        "えーと、あのー、そうですね。",
        "BP 132/78、HR 72、SpO2 98%。",
        "Murphy徴候、McBurney点の圧痛なし。",
        "cT2aN0M0 stage IB、#7 リンパ節腫大なし。",
    ],
)
def test_structure_negative(text: str) -> None:
    persons = [f for f in _findings(text) if f[1] == "PERSON"]
    assert persons == [], persons


def test_role_before_parallel_name_is_not_part_of_it() -> None:
    text = "切り出し担当 有馬／診断 五味\n断端：陰性。"
    values = [v for v, t in _findings(text) if t == "PERSON"]
    assert "五味" in values and not any("診断" in v for v in values), values


def test_honorific_is_not_inside_the_name() -> None:
    text = "〈連絡票〉\n大河内 綾乃様 ご家族より電話"
    values = [v for v, t in _findings(text) if t == "PERSON"]
    assert values == ["大河内 綾乃"], values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("止血確認 T.K.  記録 中村 英樹", "T.K."),  # dotted initials standing alone
        ("被験者番号: XY-12  イニシャル: SN  年齢: 70", "SN"),  # undotted after a signing label
        ("BP 124/72  sign YK", "YK"),
        ("時刻\tBP\t担当\n9:00\t124/67\tTT\n\n10:00\t120/70\tM.K.", "TT"),  # a signing column
        ("時刻\tBP\t担当\n9:00\t124/67\tTT\n\n10:00\t120/70\tM.K.", "M.K."),
        ("通訳 サントス・マリア（国際交流協会）", "サントス・マリア"),  # katakana joined by a middle dot
        ("患者:REYES Jose Miguel（フィリピン国籍）", "REYES Jose Miguel"),
        ("本国の家族: Ana Paula OLIVEIRA", "Ana Paula OLIVEIRA"),
        ("共同研究者: Tran Thi Lan, MD, PhD", "Tran Thi Lan"),
    ],
)
def test_initials_and_foreign_names(text: str, value: str) -> None:
    assert _person(text, value), _findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "午前 A.M. の回診、U.S. guided biopsy。",
        "担当PT・OTと評価を共有。",
        "BP 120/80 HR 72、CT と MR を施行。",
        "ギラン・バレー症候群、アダムス・ストークス発作の既往。",
        "ケア・マネージャーとピア・サポートを調整。",
    ],
)
def test_initials_and_foreign_names_negative(text: str) -> None:
    persons = [f for f in _findings(text) if f[1] == "PERSON"]
    assert persons == [], persons


def test_agent_of_a_hand_over() -> None:
    text = "抜糸は神が担当。夜間イベントなし。目黒に報告済。"
    assert _person(text, "目黒"), _findings(text)
    clean = "主治医に報告。家族に説明。病棟に連絡。上司に相談。本人に確認。内科に依頼。当直に報告。"
    assert [f for f in _findings(clean) if f[1] == "PERSON"] == []


def test_operating_room_roles() -> None:
    text = "介助看護師 中村 マツヱ 外回り: 西村\n受け入れ 可能"
    assert _person(text, "西村"), _findings(text)
    assert not any(v.startswith("受け") for v, _t in _findings(text))


def test_role_words_stay_out_of_names() -> None:
    cases = {
        "キーパーソン：甥 川崎 希（携帯 090-1234-5678）": "川崎 希",
        "弁護士 石井悠真 先生": "石井悠真",
        "内科クリニック 医師名 九十九ウメ": "九十九ウメ",
    }
    for text, name in cases.items():
        values = [v for v, t in _findings(text) if t == "PERSON"]
        assert name in values, (text, values)
    split = "患者署名 我 妻 美鈴"  # a kinship character inside an OCR-split surname stays in the name
    assert _person(split, "我 妻 美鈴"), _findings(split)


def test_unit_is_not_a_chat_speaker() -> None:
    text = "9:35 ショウジ(訪看)：今朝は落ち着いています\n10:05 薬剤部：マグミット330mg 継続"
    values = [v for v, t in _findings(text) if t == "PERSON"]
    assert "ショウジ" in values and "薬剤部" not in values, values
