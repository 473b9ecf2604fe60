"""Japanese clinical records (docs/RECORDS.md) with planted PHI and the exact offsets of every planted value.

Offsets are Python string indices (Unicode code points) into the record's ``text`` (or into a structured field's
value when ``field`` names one). Entity types: PERSON (patient and agent names, any script), STAFF, PATIENT_ID,
ACCESSION, INSURANCE_NUMBER, OTHER_ID, DATE, BIRTH_DATE, AGE, PHONE, POSTAL_CODE, ADDRESS, EMAIL, URL, HOSPITAL,
DEPARTMENT, WARD.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from gateway.synth.findings import Polarity, merge
from gateway.synth.jtext import format_date, fullwidth_phone, kanji_number, random_date_text, to_fullwidth
from gateway.synth.people import Hospital, Name, Patient, Staff
from gateway.synth.plan import Study


@dataclass
class TextBuilder:
    """Concatenates text and remembers where each planted value landed."""

    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    length: int = 0

    def t(self, text: str) -> TextBuilder:
        self.parts.append(text)
        self.length += len(text)
        return self

    def phi(self, value: str, entity: str) -> TextBuilder:
        self.spans.append((self.length, self.length + len(value), entity, value))
        return self.t(value)

    def text(self) -> str:
        return "".join(self.parts)


def _name_form(rng: random.Random, name: Name) -> str:
    r = rng.random()
    if r < 0.35:
        return name.kanji
    if r < 0.55:
        return name.kanji_tight
    if r < 0.65:
        return name.family
    if r < 0.78:
        return name.katakana
    if r < 0.86:
        return name.hiragana
    if r < 0.94:
        return name.romaji
    return name.romaji.upper()


def patient_name(b: TextBuilder, rng: random.Random, p: Patient) -> None:
    b.phi(_name_form(rng, p.name), "PERSON")
    b.t(rng.choice(["様", "さん", "様", "殿", "氏", " 様", ""]))


def staff_name(b: TextBuilder, rng: random.Random, s: Staff, title: bool = True) -> None:
    form = rng.random()
    value = s.name.kanji if form < 0.5 else s.name.family if form < 0.8 else s.name.kanji_tight
    b.phi(value, "STAFF")
    if title:
        b.t(rng.choice(["先生", "医師", " 先生", "Dr.", "", "(主治医)"]))


def date_phi(b: TextBuilder, rng: random.Random, d: date, entity: str = "DATE") -> None:
    b.phi(random_date_text(rng, d), entity)


def age_phi(b: TextBuilder, rng: random.Random, age: int) -> None:
    form = rng.random()
    if form < 0.6:
        b.phi(f"{age}歳", "AGE")
    elif form < 0.75:
        b.phi(f"{age}才", "AGE")
    elif form < 0.85:
        b.phi(f"{to_fullwidth(str(age))}歳", "AGE")
    elif form < 0.93:
        b.phi(f"{kanji_number(age)}歳", "AGE")
    else:
        b.phi(f"{age}y", "AGE")


def phone_phi(b: TextBuilder, rng: random.Random, phone: str) -> None:
    b.phi(fullwidth_phone(phone) if rng.random() < 0.35 else phone, "PHONE")


def pid_phi(b: TextBuilder, rng: random.Random, pid: str) -> None:
    b.t(rng.choice(["ID: ", "患者ID ", "ID:", "カルテ番号 ", "患者番号：", "PID ", "ID：", "診察券番号 "]))
    b.phi(to_fullwidth(pid) if rng.random() < 0.1 else pid, "PATIENT_ID")


def _sex_jp(p: Patient) -> str:
    return "男性" if p.sex == "M" else "女性"


REFERRING_CLINICS = (
    "やまびこ内科クリニック",
    "佐藤医院",
    "みなと台ファミリークリニック",
    "青葉呼吸器科クリニック",
    "中央健診センター",
    "田中整形外科",
)
_HISTORY = (
    "咳嗽、微熱が続くため精査依頼。",
    "肺がん検診で異常影を指摘。",
    "喫煙歴40本×30年。",
    "発熱と呼吸困難あり。",
    "経過観察目的。",
    "術後フォロー。",
    "頭痛、ふらつきの精査。",
    "腹部膨満感あり。",
    "胸痛の精査。",
    "健診で要精査。",
)
_CLOSING = (
    "経過観察をお勧めします。",
    "臨床的に評価をお願いします。",
    "3か月後の再検を推奨します。",
    "前回と比較し著変ありません。",
    "必要に応じて造影検査を検討してください。",
    "以上、ご確認ください。",
    "",
)


def radiology_report(rng: random.Random, st: Study, record_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    p, h = st.patient, st.hospital
    b = TextBuilder()
    report_day = st.day + timedelta(days=rng.choice([0, 0, 1, 2]))
    header = rng.randint(0, 8)
    if header == 0:
        b.t("患者氏名: ")
        patient_name(b, rng, p)
        b.t("（")
        age_phi(b, rng, p.age_on(st.day))
        b.t(f" {_sex_jp(p)}）\n")
        pid_phi(b, rng, p.patient_id)
        b.t("\n検査日: ")
        date_phi(b, rng, st.day)
        b.t("\n")
    elif header == 1:
        patient_name(b, rng, p)
        b.t(" ")
        pid_phi(b, rng, p.patient_id)
        b.t(" 生年月日 ")
        date_phi(b, rng, p.birth_date, "BIRTH_DATE")
        b.t("\n")
    elif header == 2:
        b.t("【依頼科】")
        b.phi(rng.choice(h.departments[1:]), "DEPARTMENT")
        b.t(" 【依頼医】")
        staff_name(b, rng, st.referring)
        b.t("\n【検査】" + st.description + " ")
        date_phi(b, rng, st.day)
        b.t(" 受付番号 ")
        b.phi(st.accession, "ACCESSION")
        b.t("\n")
    elif header == 3:
        b.t(f"{st.description}（")
        date_phi(b, rng, st.day)
        b.t("施行）\n")
    elif header == 4:
        b.t("氏名：")
        b.phi(p.name.kanji, "PERSON")
        b.t("（")
        b.phi(rng.choice([p.name.katakana, p.name.hiragana]), "PERSON")
        b.t(f"）様　{_sex_jp(p)}　")
        age_phi(b, rng, p.age_on(st.day))
        b.t("\n生年月日：")
        b.phi(format_date(p.birth_date, rng.choice(["era", "era_kanji", "era_letter", "kanji"])), "BIRTH_DATE")
        b.t(rng.choice(["生", ""]) + "\n")
        pid_phi(b, rng, p.patient_id)
        b.t("\n")
    elif header == 5:
        b.t("[")
        b.phi(rng.choice([f"{p.name.family_romaji.upper()}, {p.name.given_romaji}", p.name.romaji.upper()]), "PERSON")
        b.t("] ")
        b.phi(p.patient_id, "PATIENT_ID")
        b.t(" / ")
        age_phi(b, rng, p.age_on(st.day))
        b.t(f" / {p.sex}\n")
    elif header == 6:
        b.t("依頼元: ")
        b.phi(rng.choice(REFERRING_CLINICS), "HOSPITAL")
        b.t(" ")
        b.phi(rng.choice([st.referring.name.kanji, st.referring.name.family]), "STAFF")
        b.t(rng.choice(["先生 御侍史", "先生御机下", " 先生"]) + "\n患者: ")
        patient_name(b, rng, p)
        b.t("\n")
    elif header == 7:
        ward = rng.choice(h.wards)
        b.phi(ward, "WARD")
        b.t(rng.choice([" 入院中の", "入院中 ", "より "]))
        patient_name(b, rng, p)
        b.t(rng.choice(["。", "、", " "]))
        b.phi(format_date(st.day, rng.choice(["slash", "kanji", "era_letter"])), "DATE")
        b.t(rng.choice(["撮影。\n", " ポータブル撮影\n", "実施\n"]))
    if rng.random() < 0.6:
        b.t(rng.choice(["臨床情報: ", "【臨床経過】", "依頼内容：", "＜臨床情報＞"]))
        if rng.random() < 0.5:
            age_phi(b, rng, p.age_on(st.day))
            b.t(_sex_jp(p) + "。")
        b.t(rng.choice(_HISTORY))
        if rng.random() < 0.25:
            onset = st.day - timedelta(days=rng.randint(3, 60))
            b.phi(format_date(onset, rng.choice(["slash", "kanji", "era_letter", "md"])), "DATE")
            b.t(rng.choice(["より咳嗽、発熱。", "頃から胸部違和感。", "に近医受診し紹介。"]))
        if rng.random() < 0.4:
            prior = st.day - timedelta(days=rng.randint(30, 800))
            pre, post = rng.choice(
                [
                    ("前回検査（", "）と比較。"),
                    ("前回（", "）との比較。"),
                    ("比較: ", " のCTと比較しました。"),
                    ("", "の前回画像と比較。"),
                ]
            )
            b.t(pre)
            date_phi(b, rng, prior)
            b.t(post)
        if p.agent and rng.random() < 0.5:
            b.t(f"{p.agent.relation}の")
            b.phi(p.agent.name.kanji if rng.random() < 0.7 else p.agent.name.kanji_tight, "PERSON")
            b.t(rng.choice(["様が付き添い。", "さん同席。", "氏（代理人）より同意取得。"]))
        if rng.random() < 0.3:
            pre, post = rng.choice([("入院中（", "）。"), ("病棟: ", "。"), ("（", "入院中）"), ("", "に入院中。")])
            b.t(pre)
            b.phi(rng.choice(h.wards), "WARD")
            b.t(post)
        b.t("\n")
    b.t(rng.choice(["【所見】\n", "所見:\n", "＜所見＞", "Findings:\n", ""]))
    sep = rng.choice(["", "\n", " "])
    b.t(sep.join(s.text for s in st.sentences))
    b.t("\n")
    b.t(rng.choice(["【診断】", "【印象】", "Impression: ", "診断：", ""]))
    b.t(rng.choice(_CLOSING) + "\n")
    if rng.random() < 0.15:
        if p.agent and rng.random() < 0.6:
            b.t(f"本日、{p.agent.relation}（")
            b.phi(p.agent.name.kanji, "PERSON")
            b.t("様）に結果を説明した。\n")
        else:
            b.t("本人（")
            b.phi(rng.choice([p.name.kanji, p.name.family]), "PERSON")
            b.t(rng.choice(["様）に結果説明済み。\n", "さん）へ電話連絡済み。\n"]))
    sig = rng.randint(0, 4)
    if sig == 0:
        b.t("読影医: ")
        staff_name(b, rng, st.radiologist)
    elif sig == 1:
        b.t("報告者 ")
        staff_name(b, rng, st.radiologist)
        b.t(" ")
        date_phi(b, rng, report_day)
    elif sig == 2:
        b.phi(rng.choice(["放射線科", "画像診断部", "放射線診断科"]), "DEPARTMENT")
        b.t(" ")
        staff_name(b, rng, st.radiologist, title=False)
        b.t("／")
        date_phi(b, rng, report_day)
    elif sig == 3:
        b.t("一次読影 ")
        staff_name(b, rng, st.radiologist)
        b.t("、二次読影 ")
        staff_name(b, rng, rng.choice(h.radiologists))
    else:
        staff_name(b, rng, st.referring)
        b.t(rng.choice(["、ご依頼ありがとうございました。", " 御侍史"]))
    if rng.random() < 0.12:
        who = st.radiologist.name
        pre, post = rng.choice(
            [("\n連絡先 ", " PHS 4" + str(rng.randint(100, 999))), ("\nE-mail: ", ""), ("\n（", "）")]
        )
        b.t(pre)
        b.phi(f"{who.family_romaji.lower()}.{who.given_romaji.lower()[:1]}@{h.email_domain}", "EMAIL")
        b.t(post)
    if rng.random() < 0.1:
        b.t("\n")
        b.phi(h.name, "HOSPITAL")
        b.t(" 〒")
        b.phi(h.address.postal, "POSTAL_CODE")
        b.t(" ")
        b.phi(h.address.text, "ADDRESS")
    if rng.random() < 0.25:
        b.t("\n問い合わせ: ")
        b.phi(h.name, "HOSPITAL")
        b.t(" 放射線科 TEL ")
        phone_phi(b, rng, h.phone)
    if rng.random() < 0.15:
        b.t("\n画像参照: ")
        b.phi(f"{h.url}/viewer?acc={st.accession}", "URL")
    rec = {
        "record_id": record_id,
        "kind": "report",
        "patient_id": p.patient_id,
        "accession": st.accession,
        "date": report_day.isoformat(),
        "modality": st.modality,
        "text": b.text(),
        "fields": {"study_description": st.description},
    }
    return rec, _keys(record_id, b, rec)


def _keys(record_id: str, b: TextBuilder, rec: dict[str, Any]) -> list[dict[str, Any]]:
    keys = [
        {"kind": "record", "record_id": record_id, "field": "text", "entity_type": e, "start": s, "end": t, "value": v}
        for s, t, e, v in b.spans
    ]
    keys.append(
        {
            "kind": "record",
            "record_id": record_id,
            "field": "patient_id",
            "entity_type": "PATIENT_ID",
            "start": 0,
            "end": len(rec["patient_id"]),
            "value": rec["patient_id"],
        }
    )
    if rec.get("accession"):
        keys.append(
            {
                "kind": "record",
                "record_id": record_id,
                "field": "accession",
                "entity_type": "ACCESSION",
                "start": 0,
                "end": len(rec["accession"]),
                "value": rec["accession"],
            }
        )
    keys.append(
        {
            "kind": "record",
            "record_id": record_id,
            "field": "date",
            "entity_type": "DATE",
            "start": 0,
            "end": len(rec["date"]),
            "value": rec["date"],
        }
    )
    for name, value in rec["fields"].items():
        if name in ("physician", "patient_name", "address", "phone", "surgeon", "prescriber", "reporter") and value:
            ent = {"physician": "STAFF", "surgeon": "STAFF", "prescriber": "STAFF", "reporter": "STAFF"}.get(
                name, name.upper()
            )
            ent = "PERSON" if name == "patient_name" else ent
            keys.append(
                {
                    "kind": "record",
                    "record_id": record_id,
                    "field": name,
                    "entity_type": ent,
                    "start": 0,
                    "end": len(str(value)),
                    "value": str(value),
                }
            )
    return keys


def _rec(kind: str, record_id: str, p: Patient, day: date, b: TextBuilder, *, fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "record_id": record_id,
        "kind": kind,
        "patient_id": p.patient_id,
        "accession": None,
        "date": day.isoformat(),
        "modality": None,
        "text": b.text(),
        "fields": fields,
    }


_DIAGNOSES = (
    ("C34.1", "右上葉肺癌"),
    ("J18.9", "肺炎"),
    ("I10", "本態性高血圧症"),
    ("E11.9", "2型糖尿病"),
    ("J44.9", "慢性閉塞性肺疾患"),
    ("I63.9", "脳梗塞"),
    ("K76.8", "肝嚢胞"),
    ("N18.3", "慢性腎臓病 ステージ3"),
    ("I50.9", "心不全"),
    ("S22.3", "肋骨骨折"),
)
_DRUGS = (
    ("アムロジピン錠5mg", "1錠", "経口", "1日1回朝食後"),
    ("メトホルミン塩酸塩錠250mg", "2錠", "経口", "1日2回朝夕食後"),
    ("レボフロキサシン錠500mg", "1錠", "経口", "1日1回"),
    ("セフトリアキソン注1g", "1g", "点滴静注", "1日1回"),
    ("ロキソプロフェン錠60mg", "1錠", "経口", "疼痛時"),
    ("ランソプラゾールOD錠15mg", "1錠", "経口", "1日1回朝食後"),
    ("フロセミド錠20mg", "1錠", "経口", "1日1回朝"),
)
_LABS = (  # test, unit, drawn range, decimals, reference range
    ("CRP", "mg/dL", 0.0, 15.0, 2, "0.00-0.14"),
    ("WBC", "/μL", 2500, 18000, 0, "3300-8600"),
    ("Hb", "g/dL", 8.0, 17.0, 1, "13.7-16.8"),
    ("AST", "U/L", 10, 120, 0, "13-30"),
    ("ALT", "U/L", 5, 150, 0, "10-42"),
    ("Cre", "mg/dL", 0.4, 3.5, 2, "0.65-1.07"),
    ("HbA1c", "%", 4.8, 11.0, 1, "4.9-6.0"),
    ("CEA", "ng/mL", 0.5, 25.0, 1, "0-5.0"),
    ("KL-6", "U/mL", 150, 1500, 0, "0-499"),
)


def other_records(
    rng: random.Random, p: Patient, h: Hospital, studies: list[Study], next_id: Any
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[tuple[str, dict[str, Polarity]]]]:
    """Pathology, lab, physiology, surgery, diagnosis and medication records of one patient."""
    recs: list[dict[str, Any]] = []
    keys: list[dict[str, Any]] = []
    labels: list[tuple[str, dict[str, Polarity]]] = []
    anchor = studies[0].day if studies else date(2024, 4, 1)
    doctor = rng.choice(h.clinicians)

    def emit(rec: dict[str, Any], b: TextBuilder) -> None:
        recs.append(rec)
        keys.extend(_keys(rec["record_id"], b, rec))

    # diagnoses
    for dx_code, dx_name in rng.sample(_DIAGNOSES, rng.randint(1, 2)):
        b = TextBuilder()
        day = anchor - timedelta(days=rng.randint(0, 400))
        if rng.random() < 0.5:
            b.t(f"{dx_name}（")
            date_phi(b, rng, day)
            b.t(rng.choice(["診断）", "発症）", "〜）"]))
        rid = next_id("DX")
        emit(
            _rec(
                "diagnosis", rid, p, day, b, fields={"icd10": dx_code, "name": dx_name, "physician": doctor.name.kanji}
            ),
            b,
        )
    # medications
    for drug, dose, route, freq in rng.sample(_DRUGS, rng.randint(1, 3)):
        b = TextBuilder()
        day = anchor - timedelta(days=rng.randint(0, 200))
        style = rng.random()
        if style < 0.3:
            b.t(rng.choice(["処方医 ", "Rp. 担当 "]))
            staff_name(b, rng, doctor)
            b.t(f"。{freq}。")
        elif style < 0.45:
            b.t(f"Rp.1) {drug} {dose} {freq} {rng.choice([7, 14, 28, 30])}日分\n")
            b.t("お薬手帳持参。" if rng.random() < 0.5 else "後発品への変更可。")
        elif style < 0.6 and p.agent:
            b.t(f"{p.agent.relation}の")
            b.phi(p.agent.name.kanji if rng.random() < 0.6 else p.agent.name.family, "PERSON")
            b.t(rng.choice(["様が代理受領。", "さんに服薬指導を実施。", "様へ説明済み。"]))
        elif style < 0.7:
            b.t("服薬指導: ")
            patient_name(b, rng, p)
            b.t("に用法を説明。次回 ")
            date_phi(b, rng, day + timedelta(days=rng.choice([14, 28, 30])))
            b.t(rng.choice(["再診予定。", "に受診。", " 薬剤部 内線" + str(rng.randint(2000, 2999)) + "。"]))
        rid = next_id("RX")
        emit(
            _rec(
                "medication",
                rid,
                p,
                day,
                b,
                fields={"drug": drug, "dose": dose, "route": route, "frequency": freq, "prescriber": doctor.name.kanji},
            ),
            b,
        )
    # lab results
    for test, unit, lo, hi, nd, ref in rng.sample(_LABS, rng.randint(2, 4)):
        b = TextBuilder()
        day = anchor + timedelta(days=rng.randint(-30, 30))
        value = round(rng.uniform(lo, hi), nd)
        style = rng.random()
        if style < 0.2:
            b.t(rng.choice(["再検予定。担当 ", "検体再採取 ", "確認者 "]))
            staff_name(b, rng, rng.choice(h.technologists), title=False)
        elif style < 0.3:
            b.t("パニック値のため")
            b.phi(rng.choice(h.departments[1:]), "DEPARTMENT")
            b.t(" ")
            staff_name(b, rng, doctor)
            b.t(f"に電話連絡（{rng.randint(8, 20)}:{rng.randint(0, 59):02d}）。")
        elif style < 0.4:
            b.t(f"基準値 {ref} {unit}。採取日 ")
            date_phi(b, rng, day)
            b.t("、検体: 血清。")
        rid = next_id("LB")
        emit(_rec("lab", rid, p, day, b, fields={"test": test, "value": value if nd else int(value), "unit": unit}), b)
    # physiology (ECG or spirometry)
    if rng.random() < 0.6:
        b = TextBuilder()
        day = anchor + timedelta(days=rng.randint(-20, 20))
        if rng.random() < 0.5:
            hr = rng.randint(52, 110)
            b.t(f"安静時12誘導心電図。洞調律、心拍数{hr}/分。")
            b.t(rng.choice(["ST変化なし。", "左室肥大の所見。", "完全右脚ブロック。", "特記すべき異常なし。"]))
            fields: dict[str, Any] = {"test": "ECG", "heart_rate": hr}
        else:
            fev1 = round(rng.uniform(0.8, 3.8), 2)
            ratio = round(rng.uniform(45, 85), 1)
            b.t(f"スパイロメトリー: FEV1 {fev1} L, FEV1% {ratio}%。")
            b.t("閉塞性換気障害あり。" if ratio < 70 else "換気障害なし。")
            fields = {"test": "spirometry", "fev1_l": fev1, "fev1_percent": ratio}
        b.t(rng.choice(["判読 ", "検査担当 ", "報告: "]))
        staff_name(b, rng, rng.choice(h.clinicians))
        if rng.random() < 0.4:
            b.t(" 実施日 ")
            date_phi(b, rng, day)
        emit(_rec("physiology", next_id("PH"), p, day, b, fields=fields), b)
    ct_pos = [s for s in studies if s.nodule]
    if ct_pos and rng.random() < 0.7:
        st = ct_pos[0]
        # pathology of the nodule
        b = TextBuilder()
        day = st.day + timedelta(days=rng.randint(14, 60))
        b.t(rng.choice(["【臨床診断】肺腫瘍\n", "臨床診断: 右肺腫瘍疑い\n", ""]))
        b.t("検体: " + rng.choice(["経気管支肺生検", "CTガイド下肺生検", "胸腔鏡下肺部分切除"]) + "\n")
        b.t(
            "病理診断: "
            + rng.choice(["腺癌(Adenocarcinoma)", "扁平上皮癌", "悪性所見なし(炎症性変化)", "非定型腺腫様過形成"])
        )
        b.t("。\n病理医 ")
        staff_name(b, rng, rng.choice(h.pathologists))
        b.t(" 報告日 ")
        date_phi(b, rng, day)
        if rng.random() < 0.4:
            b.t(f"\n標本番号 {rng.choice(['S', 'P'])}{day.year % 100:02d}-")
            b.phi(f"{rng.randint(1000, 99999)}", "OTHER_ID")
        emit(_rec("pathology", next_id("PA"), p, day, b, fields={"specimen": "lung"}), b)
        if rng.random() < 0.5:
            # surgery record
            b = TextBuilder()
            sday = day + timedelta(days=rng.randint(10, 40))
            b.t("手術日: ")
            date_phi(b, rng, sday)
            b.t(
                "\n術式: " + rng.choice(["胸腔鏡下右肺上葉切除術", "胸腔鏡下肺部分切除術", "右肺下葉切除+リンパ節郭清"])
            )
            b.t("\n執刀医: ")
            surgeon = rng.choice(h.surgeons)
            staff_name(b, rng, surgeon)
            b.t(" 助手: ")
            staff_name(b, rng, rng.choice(h.surgeons))
            b.t("\n")
            patient_name(b, rng, p)
            b.t(rng.choice(["に対し手術施行。", "、全身麻酔下に手術。"]))
            b.t("出血量" + str(rng.randint(5, 300)) + "mL。術後経過良好。")
            if p.agent and rng.random() < 0.6:
                b.t("術後説明を代理人（" + p.agent.relation + "）")
                b.phi(p.agent.name.kanji, "PERSON")
                b.t("様に行った。連絡先 ")
                phone_phi(b, rng, p.agent.phone)
            emit(_rec("surgery", next_id("OP"), p, sday, b, fields={"surgeon": surgeon.name.kanji}), b)
    # a note-like diagnosis record carrying contact details (address, postal code, phone, e-mail, insurance)
    if rng.random() < 0.5:
        b = TextBuilder()
        day = anchor
        b.t(rng.choice(["紹介状より: ", "患者情報 ", "連絡事項: "]))
        patient_name(b, rng, p)
        if p.birth_name:
            b.t(rng.choice(["（旧姓 ", "(旧姓: ", "（旧 "]))
            b.phi(p.birth_name.family, "PERSON")
            b.t("）" if rng.random() < 0.5 else ")")
        b.t(" ")
        pid_phi(b, rng, p.patient_id)
        b.t(" 住所 ")
        if rng.random() < 0.7:
            b.t("〒")
            b.phi(to_fullwidth(p.address.postal) if rng.random() < 0.2 else p.address.postal, "POSTAL_CODE")
            b.t(" ")
        b.phi(p.address.text, "ADDRESS")
        b.t(" 電話 ")
        phone_phi(b, rng, p.mobile or p.phone)
        if p.email:
            b.t(" メール ")
            b.phi(p.email, "EMAIL")
        b.t(" 保険証番号 ")
        b.phi(p.insurance_number, "INSURANCE_NUMBER")
        b.t(" 生年月日: ")
        b.phi(
            format_date(p.birth_date, rng.choice(["era", "era_letter", "era_kanji", "kanji", "slash0"])), "BIRTH_DATE"
        )
        emit(_rec("diagnosis", next_id("DX"), p, day, b, fields={"icd10": "Z00.0", "name": "紹介受診"}), b)
    return recs, keys, labels


def report_labels(st: Study) -> dict[str, Polarity]:
    labels: dict[str, Polarity] = {}
    for s in st.sentences:
        for code, pol in s.labels:
            merge(labels, code, pol)
    return labels
