"""Properties of the text scrubber on arbitrary Japanese-ish text: findings are sorted, disjoint offsets into the
input; everything outside findings is copied unchanged; a planted known name never survives in any variant."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.scrub.text.normalize import normalize
from policies.identifiers import KnownIdentifiers, PersonName
from tests.support.text import scrubber

ALPHABET = (
    "山田太郎花子佐藤鈴木様さん先生医師主治医の は が を、。・　 0123456789０１２３４５６７８９-－ー‐/．.:"
    "年月日令和平成昭和歳才〒東京都新宿区丁目番地号病院科棟室ｶﾞﾀﾛｳﾔﾏﾀﾞABCDEFabcdefTELID#()（）\n"
)
texts = st.text(alphabet=ALPHABET, max_size=120)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_findings_are_sorted_disjoint_offsets(text: str) -> None:
    a = scrubber().analyzer.analyze(text)
    prev = 0
    for f in a.findings:
        assert prev <= f.start < f.end <= len(text)
        prev = f.end


@SETTINGS
@given(texts)
def test_text_outside_findings_is_unchanged(text: str) -> None:
    res = scrubber().scrub(text, patient_key="PID-1")
    bounds = [0, *(x for f in res.findings for x in (f.start, f.end)), len(text)]
    kept = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    out = res.text
    assert out.startswith(kept[0]) and out.endswith(kept[-1])
    cursor = 0
    for seg in kept:  # every kept segment appears, in order
        idx = out.find(seg, cursor)
        assert idx >= cursor
        cursor = idx + len(seg)


@SETTINGS
@given(texts)
def test_normalize_map_is_monotonic_and_in_bounds(text: str) -> None:
    n = normalize(text)
    last = 0
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert last <= s < e <= len(text)
        last = s


@SETTINGS
@given(st.text(alphabet="をはがの、。 0123456789右肺結節認める", max_size=40), st.sampled_from(["", " ", "　", "・"]))
def test_planted_known_name_never_survives(filler: str, sep: str) -> None:
    known = KnownIdentifiers(names=(PersonName(family="勅使河原", given="詩織", family_kana="テシガワラ"),))
    for variant in (f"勅使河原{sep}詩織", f"てしがわら{sep}", "テシガワラ"):
        text = filler + variant + filler
        out = scrubber().scrub(text, known=known).text
        assert "勅使河原" not in out and "テシガワラ" not in out and "てしがわら" not in out
