"""Property tests: UIDs valid and consistent across files (references too), date intervals preserved within a
patient, outputs deterministic under a key and unrelated under another key."""

from __future__ import annotations

import io
import re
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
