"""General rules for organisations, identifiers, dates, foreign phones and postal columns (round N/O); synthetic
strings written for these tests, positive and negative cases side by side."""

from __future__ import annotations

import pytest

from gateway.scrub.text.scrubber import TextScrubber


@pytest.fixture(scope="module")
def scrubber() -> TextScrubber:
    return TextScrubber()


def _types(scrubber: TextScrubber, text: str) -> dict[str, str]:
    a = scrubber.analyzer.analyze(text, None)
    return {a.normalized.original[f.start : f.end]: f.entity_type for f in a.findings}


def _covered(scrubber: TextScrubber, text: str, target: str) -> bool:
    a = scrubber.analyzer.analyze(text, None)
    s = text.index(target)
    e = s + len(target)
    chars = {i for f in a.findings for i in range(f.start, f.end)}
    return all(i in chars for i in range(s, e) if not text[i].isspace())


def _clean(scrubber: TextScrubber, text: str) -> bool:
    return not scrubber.analyzer.analyze(text, None).findings


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("勤務先: 北川製作有限会社（担当 課長）", "北川製作有限会社"),
        ("勤務先／株式会社森下精機（総務）", "株式会社森下精機"),
        ("合同会社岩城物産にて事務", "合同会社岩城物産"),
        ("通訳（上越国際交流協会）に依頼", "上越国際交流協会"),
        ("緊急連絡先: ペルー共和国大使館 領事部", "ペルー共和国大使館"),
        ("宛先 香取・宮下法律事務所\n弁護士", "香取・宮下法律事務所"),
        ("MD, PhD (国立大学法人鶴見台大学)", "国立大学法人鶴見台大学"),
        ("所属 (城ヶ崎医科大学)", "城ヶ崎医科大学"),
        ("柏尾保育園　ひよこ組", "柏尾保育園"),
        ("若宮第三中学校　1年2組", "若宮第三中学校"),
        ("週1回 デイサービスひばり を利用", "デイサービスひばり"),
        ("明日からグループホームすずらん に入居", "グループホームすずらん"),
        ("社会福祉法人桐生会 居宅介護支援事業所\n介護支援専門員", "社会福祉法人桐生会 居宅介護支援事業所"),
        ("北浦和ケアプランセンター\n担当", "北浦和ケアプランセンター"),
        ("前医 大森駅前クリニックにて加療", "大森駅前クリニック"),
        ("大森記念病院 循環器内科 御中", "大森記念病院"),
        ("10:15 7西 714号室 ラウンド", "7西"),
        ("空床 12南 → 入室", "12南"),
        ("救急外来→６東 ストレッチャー", "６東"),
    ],
)
def test_facility_kinds(scrubber: TextScrubber, text: str, target: str) -> None:
    assert _covered(scrubber, text, target)


@pytest.mark.parametrize(
    "text",
    [
        "出身大学は関西です",
        "近くの保育園に通う",
        "公園を散歩する",
        "保育園のお迎え",
        "デイサービス利用中",
        "グループホーム入所を検討",
        "放射線科にて撮影",
        "当院から大学病院へ紹介",
        "大病院志向",
        "東京へ転居",
        "L4/5 狭窄",
    ],
)
def test_facility_negatives(scrubber: TextScrubber, text: str) -> None:
    assert "FACILITY" not in _types(scrubber, text).values()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("患者ID／31-208-417　氏名", "31-208-417"),
        ("患者ID／８８１２０３４５６７", "８８１２０３４５６７"),
        ("報告書 Acc ACC-2021-551023", "ACC-2021-551023"),
        ("患者: 佐藤 花子 (7712-093184) 八十歳", "7712-093184"),
        ("事件番号 令和6年（ワ）第1203号", "令和6年（ワ）第1203号"),
        ("（受理番号 2023-771）", "2023-771"),
        ("倫理委員会承認番号 R2020-117", "R2020-117"),
    ],
)
def test_identifier_forms(scrubber: TextScrubber, text: str, target: str) -> None:
    assert _covered(scrubber, text, target)


@pytest.mark.parametrize("text", ["血圧 (120-80)", "Accuracy 95", "ID/PW 変更", "比率 (3-4)"])
def test_identifier_negatives(scrubber: TextScrubber, text: str) -> None:
    assert "ID" not in _types(scrubber, text).values()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("次回 予定 10/21 15:30 外来", "10/21"),
        ("検査予定日／8/2 09:00", "8/2"),
        ("転帰: 軽快（10/3）", "10/3"),
        ('"issued":"2024-11-02T08:30:15+09:00"', "2024-11-02T08:30:15+09:00"),
        ("生年月日 T-3.5.9", "T-3.5.9"),
        ("報告書（R5.6分）", "R5.6"),
        ("訪問日：6/1、6/8・6/15", "6/15"),
        ("訪問日：7/2, 7/9", "7/9"),
        ("連絡帳 10/4 水曜", "10/4 水曜"),
    ],
)
def test_date_forms(scrubber: TextScrubber, text: str, target: str) -> None:
    assert _covered(scrubber, text, target)


@pytest.mark.parametrize(
    "text",
    ["NRS 3/10 改善", "BP 124/72 10:00", "L4/5", "MMT 4/5、3/5", "HDS-R 20/30", "疼痛(3/10)", "比 2/3"],
)
def test_date_negatives(scrubber: TextScrubber, text: str) -> None:
    assert "DATE" not in _types(scrubber, text).values()


@pytest.mark.parametrize(
    ("text", "target"),
    [("家族: +639171234567 へ連絡", "+639171234567"), ("兄 +86 13912345678", "+86 13912345678")],
)
def test_phone_e164_plain(scrubber: TextScrubber, text: str, target: str) -> None:
    assert _covered(scrubber, text, target)


@pytest.mark.parametrize("text", ["CRP +1.2", "尿蛋白 +2", "HER2 2+", "+12345"])
def test_phone_negatives(scrubber: TextScrubber, text: str) -> None:
    assert "PHONE_NUMBER" not in _types(scrubber, text).values()


def test_postal_columns_and_bare_mark(scrubber: TextScrubber) -> None:
    csv = "患者ID,氏名,郵便番号,HbA1c\n10023456,林 一郎,812-0044,6.1\n"
    tsv = "id\tzip\tdept\n10023457\t460-0008\t内科\n"
    assert _covered(scrubber, csv, "812-0044")
    assert _covered(scrubber, tsv, "460-0008")
    assert _covered(scrubber, "〒9800811宮城県", "9800811")
    labs = "項目,4/1,4/8,4/15\nWBC,8000,9000,7000\n"
    assert "POSTAL_CODE" not in _types(scrubber, labs).values()
    assert "POSTAL_CODE" not in _types(scrubber, "検査,値,単位\nALT,812-0044,U/L\n").values()
