"""Findings sentences of Japanese radiology reports, with their ground-truth labels.

Codes are the finding vocabulary of the teacher labeller (issue 11). Negation and uncertainty cues follow the
finding as in Japanese (認めない, 指摘できない, なし, 否定的, 消失 / 疑い, 可能性, 否定できない, 示唆);
coordinated negatives (胸水や気胸は認めない) share one cue. A finding term appears only in the sentences that
carry its label, so the truth is exactly what the text says.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

Polarity = Literal["positive", "negative", "uncertain"]
Region = Literal["chest", "head", "abdomen", "whole_body", "vessel"]

FINDING_CODES = (
    "nodule",
    "mass",
    "consolidation",
    "ground_glass",
    "pneumonia",
    "pleural_effusion",
    "pneumothorax",
    "atelectasis",
    "emphysema",
    "cardiomegaly",
    "lymphadenopathy",
    "fracture",
    "hemorrhage",
    "infarction",
    "liver_cyst",
    "ascites",
)

TERMS: dict[str, tuple[str, ...]] = {
    "nodule": ("結節", "結節影", "小結節"),
    "mass": ("腫瘤", "腫瘤影", "腫瘤性病変"),
    "consolidation": ("浸潤影",),
    "ground_glass": ("すりガラス影", "すりガラス状陰影", "GGO"),
    "pneumonia": ("肺炎",),
    "pleural_effusion": ("胸水", "胸水貯留"),
    "pneumothorax": ("気胸",),
    "atelectasis": ("無気肺",),
    "emphysema": ("肺気腫",),
    "cardiomegaly": ("心拡大", "CTR拡大"),
    "lymphadenopathy": ("リンパ節腫大", "縦隔リンパ節腫大"),
    "fracture": ("骨折", "肋骨骨折"),
    "hemorrhage": ("出血", "血腫", "頭蓋内出血"),
    "infarction": ("梗塞", "脳梗塞", "急性期梗塞"),
    "liver_cyst": ("肝嚢胞", "肝囊胞"),
    "ascites": ("腹水",),
}

REGION_CODES: dict[str, tuple[str, ...]] = {
    "chest": (
        "mass",
        "consolidation",
        "ground_glass",
        "pneumonia",
        "pleural_effusion",
        "pneumothorax",
        "atelectasis",
        "emphysema",
        "cardiomegaly",
        "lymphadenopathy",
        "fracture",
    ),
    "head": ("hemorrhage", "infarction", "mass", "fracture"),
    "abdomen": ("liver_cyst", "ascites", "mass", "lymphadenopathy", "hemorrhage"),
    "whole_body": ("lymphadenopathy", "mass", "nodule", "pleural_effusion", "ascites", "fracture"),
    "vessel": ("hemorrhage", "infarction"),
}

# where each finding sits (anatomically sensible per code); "" means a sentence without a location
CODE_LOCATIONS: dict[str, tuple[str, ...]] = {
    "nodule": ("右肺上葉", "右肺S3", "左肺S1+2", "左肺下葉", "右肺S6"),
    "mass": ("右肺上葉", "左肺門部", "肝S7", "膵頭部", "右前頭葉", "縦隔", "右腎"),
    "consolidation": ("右肺下葉", "左肺下葉", "右肺中葉", "両側下葉背側", "左舌区"),
    "ground_glass": ("右肺上葉", "左肺上葉", "両肺びまん性", "右肺S2", "左肺S8"),
    "pneumonia": ("右肺下葉", "左肺下葉", "右肺中葉", "両側下葉"),
    "pleural_effusion": ("右", "左", "両側", "右胸腔", "左胸腔"),
    "pneumothorax": ("右", "左", "右肺尖部", "左肺尖部"),
    "atelectasis": ("右肺下葉", "左肺下葉", "右中葉", "左舌区"),
    "emphysema": ("両肺上葉", "両肺", "右肺上葉"),
    "cardiomegaly": ("",),
    "lymphadenopathy": ("縦隔", "右肺門", "左鎖骨上窩", "傍大動脈領域", "気管分岐下", "#4R"),
    "fracture": ("右第5肋骨", "左第7肋骨", "第12胸椎", "右鎖骨", "左第9肋骨"),
    "hemorrhage": ("右被殻", "左視床", "くも膜下腔", "左硬膜下", "肝周囲", "右前頭葉"),
    "infarction": ("左中大脳動脈領域", "右放線冠", "小脳", "左後頭葉", "右基底核"),
    "liver_cyst": ("肝S4", "肝S7", "肝右葉", "肝S8", "肝左葉"),
    "ascites": ("肝周囲", "骨盤内", "モリソン窩", "ダグラス窩"),
}
_POS_NOLOC = (
    "{term}を認める。",
    "{term}あり。",
    "{term}を認めます。",
    "軽度の{term}がみられる。",
    "{term}が見られます。",
    "前回と比較して{term}が進行している。",
)
_UNC_NOLOC = (
    "{term}の疑い。",
    "{term}の可能性あり。",
    "{term}を否定できない。",
    "境界域であり{term}の可能性がある。",
    "{term}を示唆する。",
)

_POS = (
    "{loc}に{term}を認める。",
    "{loc}に{term}あり。",
    "{loc}に{term}を認めます。",
    "{loc}に{term}がみられる。",
    "{loc}に{term}を認め、前回より増大している。",
    "{loc}に明らかな{term}を認める。",
    "{loc}には{term}が見られます。",
    "{term}({loc})を認める。",
    "{loc}: {term}あり。",
    "新たに{loc}に{term}が出現している。",
)
_NEG = (
    "{term}は認めない。",
    "明らかな{term}は認めない。",
    "{term}なし。",
    "{term}は指摘できない。",
    "{term}は否定的。",
    "{term}は認められない。",
    "{term}を認めません。",
    "有意な{term}は指摘できません。",
    "前回みられた{term}は消失している。",
    "{term}の所見はなし。",
    "明らかな{term}なし。",
)
_UNC = (
    "{loc}に{term}の疑い。",
    "{loc}に{term}の可能性あり。",
    "{loc}の{term}を否定できない。",
    "{loc}に淡い陰影があり、{term}の可能性がある。",
    "{term}を示唆する所見。",
    "{loc}に{term}疑い。",
    "{term}の可能性を考える。",
    "{loc}に{term}が疑われる。",
    "{term}も否定できません。",
)
_COORD_NEG = (
    "{a}や{b}は認めない。",
    "{a}、{b}はいずれも認めない。",
    "{a}・{b}なし。",
    "{a}や{b}は指摘できない。",
    "{a}および{b}は認められない。",
    "{a}、{b}ともに否定的。",
)
_COORD3_NEG = ("{a}、{b}、{c}は認めない。", "{a}や{b}、{c}は指摘できない。", "{a}・{b}・{c}なし。")

_NODULE_POS = (
    "{loc}に{size}mm大の結節を認める。",
    "{loc}に径{size}mmの充実性結節あり。",
    "{loc}に{size}mmの結節影を認めます。",
    "{loc}に{size}mm程度の小結節を認める。",
    "{loc}に結節({size}mm)を認める。",
    "{loc}に辺縁やや不整な{size}mm大の結節がみられる。",
)
_NODULE_NEG = (
    "明らかな結節は認めない。",
    "肺野に結節なし。",
    "肺結節は指摘できない。",
    "両肺に結節影は認められない。",
    "結節性病変は認めません。",
    "肺野に明らかな結節は指摘できない。",
)
_FILLER: dict[str, tuple[str, ...]] = {
    "chest": (
        "縦隔に特記すべき異常なし。",
        "肺野の透過性は保たれている。",
        "骨条件で特記事項なし。",
        "撮像範囲の上腹部に特記すべき所見なし。",
        "心陰影は正常範囲。",
        "気管・主気管支は開存している。",
        "前回と著変なし。",
        "大動脈に軽度の石灰化あり。",
    ),
    "head": (
        "脳室の拡大なし。",
        "正中偏位なし。",
        "前回と著変なし。",
        "副鼻腔に軽度の粘膜肥厚あり。",
        "脳溝の開大は年齢相応。",
    ),
    "abdomen": ("肝実質は均一。", "胆嚢に異常なし。", "膵管の拡張なし。", "両腎に水腎症なし。", "脾腫なし。"),
    "whole_body": ("生理的集積のみ。", "脳、心筋、尿路に生理的集積あり。", "前回と著変なし。", "骨に異常集積なし。"),
    "vessel": ("有意狭窄なし。", "側副血行路の発達は軽度。", "造影剤による合併症なし。", "右冠動脈#2に50%狭窄。"),
}


@dataclass(frozen=True)
class Sentence:
    text: str
    labels: tuple[tuple[str, Polarity], ...]


_REGION_TERM_BLOCK: dict[str, tuple[str, ...]] = {
    "head": ("縦隔リンパ節腫大", "肋骨骨折"),
    "abdomen": ("頭蓋内出血", "縦隔リンパ節腫大", "肋骨骨折", "脳梗塞"),
    "chest": ("頭蓋内出血", "脳梗塞"),
    "whole_body": ("頭蓋内出血",),
    "vessel": (),
}


def term_for(rng: random.Random, code: str, region: str) -> str:
    terms = [t for t in TERMS[code] if t not in _REGION_TERM_BLOCK.get(region, ())]
    return rng.choice(terms or list(TERMS[code]))


_HEAD_HINTS = ("葉", "視床", "被殻", "くも膜", "硬膜", "放線冠", "基底核", "小脳", "大脳")


def _loc_fits(loc: str, region: str) -> bool:
    if not loc:
        return True
    headish = any(h in loc for h in _HEAD_HINTS) and "肺" not in loc and "肝" not in loc
    if region == "head":
        return headish
    if region == "abdomen":
        return any(h in loc for h in ("肝", "膵", "腎", "骨盤", "モリソン", "ダグラス", "傍大動脈", "周囲"))
    if region == "chest":
        return not headish and not any(h in loc for h in ("肝", "膵", "腎", "骨盤", "モリソン", "ダグラス"))
    return True


def merge(labels: dict[str, Polarity], code: str, pol: Polarity) -> None:
    """Report-level merge: positive > uncertain > negative."""
    rank = {"negative": 0, "uncertain": 1, "positive": 2}
    if code not in labels or rank[pol] > rank[labels[code]]:
        labels[code] = pol


def nodule_sentence(rng: random.Random, present: bool, side: str | None, size_mm: float | None) -> Sentence:
    if present:
        lobes = {
            "right": ("右肺上葉", "右肺S3", "右肺下葉", "右肺S6", "右肺中葉"),
            "left": ("左肺上葉", "左肺S1+2", "左肺下葉"),
        }
        loc = rng.choice(lobes[side or "right"])
        size = max(3, round(size_mm or 6))
        return Sentence(rng.choice(_NODULE_POS).format(loc=loc, size=size), (("nodule", "positive"),))
    return Sentence(rng.choice(_NODULE_NEG), (("nodule", "negative"),))


def findings(rng: random.Random, region: Region, exclude: tuple[str, ...] = ()) -> list[Sentence]:
    """2-6 finding sentences for a region, labels attached; never mentions an excluded code."""
    pool = [c for c in REGION_CODES[region] if c not in exclude]
    rng.shuffle(pool)
    chosen = pool[: rng.randint(1, min(5, len(pool)))]
    out: list[Sentence] = []
    negatives: list[str] = []
    for code in chosen:
        r = rng.random()
        pol: Polarity = "negative" if r < 0.55 else "positive" if r < 0.8 else "uncertain"
        if pol == "negative":
            negatives.append(code)
            continue
        term = term_for(rng, code, region)
        locs = [x for x in CODE_LOCATIONS[code] if _loc_fits(x, region)] or list(CODE_LOCATIONS[code])
        loc = rng.choice(locs)
        if loc:
            tmpl = rng.choice(_POS if pol == "positive" else _UNC)
        else:
            tmpl = rng.choice(_POS_NOLOC if pol == "positive" else _UNC_NOLOC)
        out.append(Sentence(tmpl.format(loc=loc, term=term), ((code, pol),)))
    while negatives:
        if len(negatives) >= 3 and rng.random() < 0.4:
            a, b, c = (term_for(rng, x, region) for x in negatives[:3])
            out.append(
                Sentence(rng.choice(_COORD3_NEG).format(a=a, b=b, c=c), tuple((x, "negative") for x in negatives[:3]))
            )
            negatives = negatives[3:]
        elif len(negatives) >= 2 and rng.random() < 0.6:
            a, b = (term_for(rng, x, region) for x in negatives[:2])
            out.append(Sentence(rng.choice(_COORD_NEG).format(a=a, b=b), tuple((x, "negative") for x in negatives[:2])))
            negatives = negatives[2:]
        else:
            code = negatives.pop(0)
            out.append(Sentence(rng.choice(_NEG).format(term=term_for(rng, code, region)), ((code, "negative"),)))
    for filler in rng.sample(_FILLER[region], rng.randint(0, 2)):
        out.insert(rng.randint(0, len(out)), Sentence(filler, ()))
    return out
