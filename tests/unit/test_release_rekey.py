"""Per-recipient re-keying of DICOM and records: UIDs at every depth and in the file meta, pseudonyms in any text,
registry UIDs kept, generalisation of patient characteristics, unrelated outputs for two recipients."""

from __future__ import annotations

import io

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian

from gateway.release.rekey import PSEUDONYM, Rekeyer
from linkage_vault.keyed import KeyedFunctions

RESEARCH = KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32, namespace="2017-0018")
SUBJECT = RESEARCH.pseudonym("patient-1")


def _ct(sop: str, ref: str | None = None) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = CTImageStorage
    meta.MediaStorageSOPInstanceUID = sop
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset("x", {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID = CTImageStorage
    ds.SOPInstanceUID = sop
    ds.StudyInstanceUID = "2.25.100"
    ds.SeriesInstanceUID = "2.25.200"
    ds.FrameOfReferenceUID = "2.25.300"
    ds.PatientID = SUBJECT
    ds.PatientName = SUBJECT
    ds.PatientAge = "047Y"
    ds.PatientSize = "1.72"
    ds.PatientWeight = "68.5"
    ds.BodyPartExamined = "CHEST"
    ds.Modality = "CT"
    ds.ImageComments = f"see {SUBJECT} prior; code PABC"
    if ref is not None:
        item = Dataset()
        item.ReferencedSOPClassUID = CTImageStorage
        item.ReferencedSOPInstanceUID = ref
        series = Dataset()
        series.SeriesInstanceUID = "2.25.200"
        series.ReferencedInstanceSequence = Sequence([item])
        ds.ReferencedSeriesSequence = Sequence([series])
    ds.Rows = ds.Columns = 4
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    ds.PixelData = np.arange(16, dtype=np.uint16).tobytes()
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def test_uids_are_remapped_consistently_at_every_depth() -> None:
    keys = RESEARCH.derive("recipient:trainer")
    rk = Rekeyer(keys)
    a_bytes, a = rk.dicom(_ct("2.25.1"), {"level": "L0"})
    _, b = rk.dicom(_ct("2.25.2", ref="2.25.1"), {"level": "L0"})
    assert str(a.SOPInstanceUID) == keys.remap_uid("2.25.1") != "2.25.1"
    assert str(a.file_meta.MediaStorageSOPInstanceUID) == str(a.SOPInstanceUID)
    ref = b.ReferencedSeriesSequence[0].ReferencedInstanceSequence[0]
    assert str(ref.ReferencedSOPInstanceUID) == str(a.SOPInstanceUID)  # the reference follows its target
    assert str(ref.ReferencedSOPClassUID) == CTImageStorage  # registry UIDs are kept
    assert str(b.ReferencedSeriesSequence[0].SeriesInstanceUID) == str(a.SeriesInstanceUID)
    assert a.FrameOfReferenceUID == b.FrameOfReferenceUID == keys.remap_uid("2.25.300")
    reread = pydicom.dcmread(io.BytesIO(a_bytes))
    assert reread.PatientID == keys.pseudonym(SUBJECT) == str(reread.PatientName)
    assert str(reread.ImageComments) == f"see {keys.pseudonym(SUBJECT)} prior; code PABC"
    assert np.array_equal(reread.pixel_array, np.arange(16, dtype=np.uint16).reshape(4, 4))


def test_two_recipients_get_unrelated_outputs() -> None:
    _, a = Rekeyer(RESEARCH.derive("recipient:trainer")).dicom(_ct("2.25.1"))
    _, b = Rekeyer(RESEARCH.derive("recipient:contractor-a")).dicom(_ct("2.25.1"))
    assert a.PatientID != b.PatientID and a.SOPInstanceUID != b.SOPInstanceUID
    assert a.StudyInstanceUID != b.StudyInstanceUID


def test_generalisation_levels() -> None:
    rk = Rekeyer(RESEARCH.derive("recipient:trainer"))
    _, l0 = rk.dicom(_ct("2.25.1"), {"level": "L0"})
    assert (l0.PatientAge, str(l0.PatientSize), str(l0.PatientWeight), l0.BodyPartExamined) == (
        "045Y", "1.75", "65", "CHEST"
    )  # fmt: skip
    _, l1 = rk.dicom(_ct("2.25.1"), {"level": "L1"})
    assert l1.PatientAge == "040Y" and "PatientSize" not in l1 and "PatientWeight" not in l1
    assert l1.BodyPartExamined == "CHEST"
    _, l2 = rk.dicom(_ct("2.25.1"), {"level": "L2"})
    assert l2.PatientAge == "040Y" and "BodyPartExamined" not in l2


def test_records_are_rekeyed_wherever_a_pseudonym_appears() -> None:
    keys = RESEARCH.derive("recipient:trainer")
    rec = {"patient_id": SUBJECT, "accession": RESEARCH.pseudonym("accession:A1"), "text": f"比較: {SUBJECT}",
           "fields": {"order_no": [SUBJECT, 3]}, "value": 1.5, "note": "PXYZ is not a pseudonym"}  # fmt: skip
    out = Rekeyer(keys).json(rec)
    assert out["patient_id"] == keys.pseudonym(SUBJECT)
    assert out["accession"] == keys.pseudonym(RESEARCH.pseudonym("accession:A1"))
    assert out["text"] == f"比較: {keys.pseudonym(SUBJECT)}"
    assert out["fields"]["order_no"] == [keys.pseudonym(SUBJECT), 3]
    assert out["value"] == 1.5 and out["note"] == rec["note"]
    assert not PSEUDONYM.search("P" + "U" * 20)  # U is not a Crockford digit
