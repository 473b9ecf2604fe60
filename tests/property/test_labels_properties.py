"""Properties of the teacher labeller over generated sentences: the class follows the cue, coordination shares the
cue, sentences are independent scopes merged positive > uncertain > negative, and width variants read alike."""

from __future__ import annotations

import jaconv
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.labels import extract_labels, merge_label

# one plain term per code (the vocabulary's first); 嚢胞 variants are tested in the unit set
TERMS = {
    "nodule": "結節",
    "mass": "腫瘤",
    "consolidation": "浸潤影",
    "ground_glass": "すりガラス影",
    "pneumonia": "肺炎",
    "pleural_effusion": "胸水",
    "pneumothorax": "気胸",
    "atelectasis": "無気肺",
    "emphysema": "肺気腫",
    "cardiomegaly": "心拡大",
    "lymphadenopathy": "リンパ節腫大",
    "fracture": "骨折",
    "hemorrhage": "出血",
    "infarction": "梗塞",
    "liver_cyst": "肝嚢胞",
    "ascites": "腹水",
}
CUES = {
    "positive": ("を認める", "あり", "がみられる", "を認めます", "が出現している"),
    "negative": ("は認めない", "なし", "は指摘できない", "は否定的", "は見られない", "は明らかでない", "は消失した"),
    "uncertain": ("の疑い", "の可能性がある", "を否定できない", "を示唆する", "が疑われる"),
}
codes = st.sampled_from(sorted(TERMS))
classes = st.sampled_from(sorted(CUES))


@st.composite
def sentence(draw: st.DrawFn) -> tuple[str, str, str]:
    code, cls = draw(codes), draw(classes)
    prefix = draw(st.sampled_from(["", "右肺上葉に", "明らかな", "左側に", "今回、"]))
    if cls != "positive" and prefix.endswith("に"):
        prefix = ""
    return prefix + TERMS[code] + draw(st.sampled_from(CUES[cls])) + "。", code, cls


@settings(max_examples=200, deadline=None)
@given(sentence())
def test_class_follows_the_cue(item: tuple[str, str, str]) -> None:
    text, code, cls = item
    assert extract_labels(text) == {code: cls}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(codes, min_size=2, max_size=4, unique=True),
    st.sampled_from(["や", "・", "、", "および"]),
    st.sampled_from(["は認めない", "は指摘できない", "なし", "はいずれも認めない", "を否定できない"]),
)
def test_coordinated_findings_share_the_cue(chosen: list[str], joiner: str, cue: str) -> None:
    text = joiner.join(TERMS[c] for c in chosen) + cue + "。"
    expected = "uncertain" if "否定できない" in cue else "negative"
    assert extract_labels(text) == {c: expected for c in sorted(chosen, key=list(TERMS).index)}


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence(), min_size=1, max_size=5))
def test_sentences_are_scopes_merged_by_rank(items: list[tuple[str, str, str]]) -> None:
    expected: dict[str, str] = {}
    for _text, code, cls in items:
        merge_label(expected, code, cls)  # type: ignore[arg-type]
    got = extract_labels("".join(t for t, _c, _k in items))
    assert got == expected
    assert extract_labels("\n".join(t.rstrip("。") for t, _c, _k in items)) == expected


@settings(max_examples=100, deadline=None)
@given(sentence(), st.booleans())
def test_width_variants_read_alike(item: tuple[str, str, str], kana_half: bool) -> None:
    text, code, cls = item
    variant = jaconv.z2h(text, kana=kana_half, ascii=True, digit=True)
    variant = jaconv.h2z(variant, kana=False, ascii=True, digit=True)  # full-width ASCII, maybe half-width kana
    assert extract_labels(variant) == {code: cls}
    assert extract_labels(text.replace("嚢", "囊")) == {code: cls}
