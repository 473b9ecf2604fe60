"""Property tests: UIDs valid and consistent across files (references too), date intervals preserved within a
patient, outputs deterministic under a key and unrelated under another key."""

from __future__ import annotations

import io
import re
import warnings
from datetime import date, timedelta

import pydicom
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.scrub.dicom.engine import scrub_bytes
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions
from tests.support.dicom import Patient, build_phi_dataset, to_bytes

OPTS = DicomDeidOptions(clean_pixel_data=False)
UID_RE = re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))+$")
PROP = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

component = st.one_of(st.just("0"), st.integers(min_value=1, max_value=10**12).map(str))
uids = st.lists(component, min_size=3, max_size=8).map(".".join).filter(lambda u: len(u) <= 64)
keys_st = st.binary(min_size=32, max_size=32).map(lambda b: KeyedFunctions(b, b[::-1], bytes(x ^ 0x5A for x in b)))
days = st.integers(min_value=0, max_value=20000)
ids = st.from_regex(r"[A-Z]{2}[0-9]{6,9}", fullmatch=True)


def _out(data: bytes, keys: KeyedFunctions) -> pydicom.Dataset:
    o = scrub_bytes(data, options=OPTS, keys=keys)
    assert o.status == "ok", o.reason
    return pydicom.dcmread(io.BytesIO(o.data or b""))


@PROP
@given(keys=keys_st, study=uids, series=uids, ref=uids)
def test_uids_valid_and_references_consistent(keys: KeyedFunctions, study: str, series: str, ref: str) -> None:
    a, _ = build_phi_dataset(instance=1, study_uid=study, series_uid=series)
    a_sop = a.SOPInstanceUID
    b, _ = build_phi_dataset(instance=2, study_uid=study, series_uid=series, referenced_sop=a_sop)
    out_a, out_b = _out(to_bytes(a), keys), _out(to_bytes(b), keys)
    for ds in (out_a, out_b):
        for elem in ds.iterall():
            if elem.VR == "UI" and elem.value:
                for v in elem.value if elem.VM > 1 else [elem.value]:
                    assert len(v) <= 64 and UID_RE.match(v), "invalid UID"
    assert out_a.StudyInstanceUID == out_b.StudyInstanceUID != study
    assert out_a.SeriesInstanceUID == out_b.SeriesInstanceUID
    assert out_b.ReferencedImageSequence[0].ReferencedSOPInstanceUID == out_a.SOPInstanceUID
    assert out_b.ReferencedImageSequence[0].ReferencedSOPClassUID == a.SOPClassUID  # registry UID kept
    assert out_a.file_meta.MediaStorageSOPInstanceUID == out_a.SOPInstanceUID


@PROP
@given(keys=keys_st, first=days, gap=st.integers(min_value=0, max_value=3650), pid=ids)
def test_date_intervals_preserved_within_a_patient(keys: KeyedFunctions, first: int, gap: int, pid: str) -> None:
    d1 = date(1990, 1, 1) + timedelta(days=first)
    d2 = d1 + timedelta(days=gap)
    p = Patient(patient_id=pid)
    s1, _ = build_phi_dataset(patient=p, instance=1, study_date=d1.strftime("%Y%m%d"), study_uid="1.2.3.1")
    s2, _ = build_phi_dataset(patient=p, instance=2, study_date=d2.strftime("%Y%m%d"), study_uid="1.2.3.2")
    o1, o2 = _out(to_bytes(s1), keys), _out(to_bytes(s2), keys)

    def parse(v: str) -> date:
        return date(int(v[:4]), int(v[4:6]), int(v[6:8]))

    assert parse(o2.StudyDate) - parse(o1.StudyDate) == d2 - d1
    assert o1.StudyDate != d1.strftime("%Y%m%d")
    assert parse(o1.AcquisitionDateTime[:8]) == parse(o1.StudyDate)  # DT shifted by the same offset
    injection = o1.RadiopharmaceuticalInformationSequence[0].RadiopharmaceuticalStartDateTime
    assert injection[:8] == o1.StudyDate and injection[8:] == "081500"  # injection to acquisition kept
    assert o1.PatientID == o2.PatientID == keys.pseudonym(pid)


@PROP
@given(k1=keys_st, k2=keys_st)
def test_deterministic_under_a_key_and_unlinkable_across_keys(k1: KeyedFunctions, k2: KeyedFunctions) -> None:
    data = to_bytes(build_phi_dataset()[0])
    first = scrub_bytes(data, options=OPTS, keys=k1)
    again = scrub_bytes(data, options=OPTS, keys=k1)
    assert first.data == again.data and first.relpath == again.relpath
    if k1.uid_key != k2.uid_key:
        other = scrub_bytes(data, options=OPTS, keys=k2)
        assert other.relpath != first.relpath
        assert other.pseudonym != first.pseudonym


NAMES = [
    ("Kurosawa", "Hanako", "黒沢", "花子", "くろさわ", "はなこ"),
    ("Shouji", "Minoru", "東海林", "実", "しょうじ", "みのる"),
    ("Ito", "Kenta", "伊藤", "健太", "いとう", "けんた"),
]
KEPT_TEXT = ["ConvolutionKernel", "Manufacturer", "SoftwareVersions", "FilterType", "WindowCenterWidthExplanation"]


def _forms(name: tuple[str, ...]) -> list[str]:
    import jaconv

    fam_r, giv_r, fam_k, giv_k, fam_h, _ = name
    kata = jaconv.hira2kata(fam_h)
    return [
        fam_k + giv_k,
        f"{fam_k} {giv_k}",
        fam_h,
        kata,
        jaconv.z2h(kata, kana=True, ascii=False, digit=False),
        fam_r.upper(),
        f"{giv_r} {fam_r}",
        jaconv.h2z(fam_r, ascii=True),  # full-width romaji
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(NAMES),
    form=st.integers(min_value=0, max_value=7),
    charset=st.sampled_from(["ISO_IR 192", "\\ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87"]),
    target=st.sampled_from(KEPT_TEXT),
    depth=st.integers(min_value=0, max_value=3),
    prefix=st.sampled_from(["", "CT ", "胸部 ", "(", "1: "]),
)
def test_a_name_planted_anywhere_never_survives(
    name: tuple[str, ...], form: int, charset: str, target: str, depth: int, prefix: str
) -> None:
    from pydicom.dataset import Dataset
    from pydicom.sequence import Sequence

    from gateway.scrub.dicom.sweep import normalize
    from tests.support.dicom import raw_forms

    fam_r, giv_r, fam_k, giv_k, fam_h, giv_h = name
    p = Patient(
        family_romaji=fam_r,
        given_romaji=giv_r,
        family_kanji=fam_k,
        given_kanji=giv_k,
        family_kana=fam_h,
        given_kana=giv_h,
    )
    ds, _ = build_phi_dataset(charset=charset, patient=p)
    if charset.startswith("ISO 2022 IR 13"):
        ds.PatientName = f"{fam_r}^{giv_r}={fam_k}^{giv_k}={fam_h}^{giv_h}"
    planted = prefix + _forms(name)[form] + " 所見"
    holder = ds
    for _ in range(depth):  # nest the planted value inside sequences (kept: anatomic region codes)
        item = Dataset()
        holder.AnatomicRegionSequence = Sequence([item])
        holder = item
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SH values longer than 16 characters: dirty data is written as found
        setattr(holder, target, planted)
        src = to_bytes(ds)
    out = scrub_bytes(src, options=OPTS, keys=KeyedFunctions(b"1" * 32, b"2" * 32, b"3" * 32))
    assert out.status == "ok", out.reason
    data = out.data or b""
    got = pydicom.dcmread(io.BytesIO(data))
    text = normalize("\n".join(str(e.value) for e in got.iterall() if e.VR not in ("OB", "OW", "UN", "SQ")))
    for part in (fam_k, giv_k, fam_h, giv_h, fam_r, giv_r):
        n = normalize(part)
        if n.isascii():  # romaji: as a word (it may legitimately occur inside other words)
            assert not re.search(rf"(?<![0-9a-z]){re.escape(n)}(?![0-9a-z])", text)
        else:
            assert n not in text
        assert not any(b in data for b in raw_forms(part) if len(b) >= 4)


def _era(d: date) -> tuple[str, str, int]:
    for start, kanji, letter in (
        (date(2019, 5, 1), "令和", "R"),
        (date(1989, 1, 8), "平成", "H"),
        (date(1926, 12, 25), "昭和", "S"),
    ):
        if d >= start:
            return kanji, letter, d.year - start.year + 1
    raise AssertionError("dates drawn from 1927 on")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(birth=st.dates(min_value=date(1927, 1, 1), max_value=date(2023, 12, 31)), style=st.integers(0, 6))
def test_a_birth_date_planted_in_any_spelling_never_survives(birth: date, style: int) -> None:
    kanji, letter, ey = _era(birth)
    y, m, d = birth.year, birth.month, birth.day
    spelled = [
        f"{y}{m:02d}{d:02d}",
        f"{y}/{m}/{d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}年{m}月{d}日",
        f"{letter}{ey}.{m}.{d}",
        f"{kanji}{ey}年{m}月{d}日",
        f"{kanji}{'元' if ey == 1 else ey}年{m:02d}月{d:02d}日",
    ][style]
    ds, _ = build_phi_dataset(patient=Patient(birth=birth))
    ds.WindowCenterWidthExplanation = f"生年月日 {spelled} 確認"
    out = scrub_bytes(to_bytes(ds), options=OPTS, keys=KeyedFunctions(b"4" * 32, b"5" * 32, b"6" * 32))
    assert out.status == "ok", out.reason
    got = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert spelled not in got.WindowCenterWidthExplanation
    assert spelled.encode() not in (out.data or b"")
