"""DICOM fixtures with planted PHI in every place a de-identifier must look (synthetic identities only).

``build_phi_dataset`` plants one fictitious patient's identifiers in: every PN group (alphabetic, ideographic,
phonetic) of several PN elements, IDs and OtherPatientIDsSequence, birth date in several spellings inside texts,
address/telephone, descriptions and comments, SR TEXT content items nested three levels deep, a private block
(text, UN bytes in Shift_JIS and ISO 2022), RequestAttributesSequence, overlays (60xx) and curves (50xx), an icon
image sequence, the file meta Source AE title. ``PlantedPHI.strings`` lists every literal that must not survive.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence
from pydicom.uid import UID, ExplicitVRLittleEndian, ImplicitVRLittleEndian

CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
US_STORAGE = "1.2.840.10008.5.1.4.1.1.6.1"


@dataclass(frozen=True)
class Patient:
    family_romaji: str = "Kurosawa"
    given_romaji: str = "Hanako"
    family_kanji: str = "黒沢"
    given_kanji: str = "花子"
    family_kana: str = "くろさわ"
    given_kana: str = "はなこ"
    patient_id: str = "KR7730419"
    other_id: str = "HX-998877"
    accession: str = "ACC77123"
    birth: date = date(1985, 4, 12)
    address: str = "東京都港区芝公園四丁目"
    phone: str = "03-5550-1234"
    doctor_romaji: str = "Satomi^Ichirou"
    doctor_kanji: str = "里見^一郎"

    def pn(self, charset: str) -> str:
        if charset == "ISO 2022 IR 13\\ISO 2022 IR 87":
            return f"ｸﾛｻﾜ^ﾊﾅｺ={self.family_kanji}^{self.given_kanji}={self.family_kana}^{self.given_kana}"
        return (
            f"{self.family_romaji}^{self.given_romaji}={self.family_kanji}^{self.given_kanji}="
            f"{self.family_kana}^{self.given_kana}"
        )


@dataclass
class PlantedPHI:
    strings: list[str] = field(default_factory=list)
    uids: list[str] = field(default_factory=list)


def _uid(n: int, base: str = "1.2.392.200036.9999.1") -> str:
    return f"{base}.{n}"


def build_phi_dataset(
    *,
    charset: str = "ISO_IR 192",
    patient: Patient | None = None,
    modality: str = "CT",
    sop_class: str = CT_STORAGE,
    instance: int = 1,
    study_uid: str | None = None,
    series_uid: str | None = None,
    referenced_sop: str | None = None,
    implicit: bool = False,
    study_date: str = "20240117",
) -> tuple[Dataset, PlantedPHI]:
    p = patient or Patient()
    planted = PlantedPHI()
    planted.strings += [
        p.family_romaji,
        p.given_romaji,
        p.family_kanji,
        p.given_kanji,
        p.family_kana,
        p.given_kana,
        p.patient_id,
        p.other_id,
        p.accession,
        "19850412",
        "1985/4/12",
        "S60.4.12",
        "昭和60年4月12日",
        p.address,
        p.phone,
        "Satomi",
        "里見",
        "一郎",
        "KUROSAWA_WS",
        "ACME CLINIC",
        "港中央病院",
    ]
    ds = Dataset()
    ds.SpecificCharacterSet = charset.split("\\") if "\\" in charset else charset
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.InstanceCreationDate = study_date
    ds.SOPClassUID = sop_class
    sop = _uid(1000 + instance)
    ds.SOPInstanceUID = sop
    ds.StudyDate = study_date
    ds.SeriesDate = study_date
    ds.AcquisitionDate = study_date
    ds.ContentDate = study_date
    ds.AcquisitionDateTime = study_date + "093000"
    ds.StudyTime = "093000"
    ds.SeriesTime = "093100"
    ds.AccessionNumber = p.accession
    ds.Modality = modality
    ds.Manufacturer = "SynthCo"
    ds.InstitutionName = "港中央病院" if charset != "ISO_IR 100" else "ACME CLINIC"
    ds.InstitutionAddress = p.address
    ds.ReferringPhysicianName = f"{p.doctor_romaji}={p.doctor_kanji}"
    ds.StationName = "KUROSAWA_WS"
    ds.StudyDescription = f"CT chest {p.family_kanji} {p.given_kanji}"
    ds.SeriesDescription = f"{p.family_romaji} follow-up ({p.patient_id})"
    ds.OperatorsName = p.doctor_romaji
    ds.PatientName = p.pn(charset)
    ds.PatientID = p.patient_id
    ds.IssuerOfPatientID = "ACME"
    ds.PatientBirthDate = p.birth.strftime("%Y%m%d")
    ds.PatientSex = "F"
    ds.PatientAge = "038Y"
    ds.PatientAddress = p.address
    ds.PatientTelephoneNumbers = p.phone
    ds.OtherPatientIDs = p.other_id
    other = Dataset()
    other.PatientID = p.other_id
    other.TypeOfPatientID = "TEXT"
    ds.OtherPatientIDsSequence = Sequence([other])
    ds.OtherPatientNames = p.pn(charset)
    ds.AdditionalPatientHistory = "昭和60年4月12日生 くろさわ はなこ"
    ds.SliceThickness = "5.0"
    ds.PatientPosition = "HFS"
    ds.StudyInstanceUID = study_uid or _uid(1)
    ds.SeriesInstanceUID = series_uid or _uid(2)
    ds.StudyID = p.patient_id
    ds.SeriesNumber = "1"
    ds.InstanceNumber = str(instance)
    ds.FrameOfReferenceUID = _uid(3)
    ds.PositionReferenceIndicator = ""
    ds.ImagePositionPatient = [0, 0, float(instance)]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.ImageComments = f"born S60.4.12 / 1985/4/12, tel {p.phone}"
    # injection (PET-style): the injection-to-acquisition interval must survive the date shift
    radio = Dataset()
    radio.RadiopharmaceuticalStartDateTime = study_date + "081500"
    radio.RadiopharmaceuticalStartTime = "081500"
    radio.RadionuclideTotalDose = "350000000"
    ds.RadiopharmaceuticalInformationSequence = Sequence([radio])
    # request attributes with IDs and a reason naming the patient
    req = Dataset()
    req.RequestedProcedureID = "RP5521"
    req.ScheduledProcedureStepID = "SPS88123"
    req.RequestedProcedureDescription = f"{p.family_romaji} CT"
    ds.RequestAttributesSequence = Sequence([req])
    # SR-like content three levels deep, TEXT items naming the patient
    level3 = Dataset()
    level3.ValueType = "TEXT"
    level3.TextValue = f"{p.family_kanji}{p.given_kanji}さん 所見なし。生年月日 1985-04-12"
    level3.PersonName = p.pn(charset)
    level2 = Dataset()
    level2.ValueType = "CONTAINER"
    level2.ContentSequence = Sequence([level3])
    level1 = Dataset()
    level1.ValueType = "CONTAINER"
    level1.ContentSequence = Sequence([level2])
    ds.ContentSequence = Sequence([level1])
    # references (remapped consistently across files)
    if referenced_sop:
        ref = Dataset()
        ref.ReferencedSOPClassUID = sop_class
        ref.ReferencedSOPInstanceUID = referenced_sop
        ds.ReferencedImageSequence = Sequence([ref])
    # private block: text, UN bytes in Shift_JIS and ISO 2022 IR 87, and a nested private sequence
    block = ds.private_block(0x0009, "ACME 1.1", create=True)
    block.add_new(0x01, "LO", f"{p.family_romaji} {p.given_romaji}")
    block.add_new(0x02, "UN", (p.family_kanji + p.given_kanji).encode("shift_jis"))
    block.add_new(0x03, "OB", b"\x1b$B" + (p.family_kanji).encode("iso2022_jp")[3:-3] + b"\x1b(B")
    inner = Dataset()
    inner.PatientID = p.patient_id
    block.add_new(0x04, "SQ", Sequence([inner]))
    # overlay and curve groups
    ds.add_new(0x60000010, "US", 8)
    ds.add_new(0x60000011, "US", 8)
    ds.add_new(0x60000040, "CS", "G")
    ds.add_new(0x60000050, "SS", [1, 1])
    ds.add_new(0x60000100, "US", 1)
    ds.add_new(0x60000102, "US", 0)
    ds.add_new(0x60003000, "OW", b"\xff" * 8)
    ds.add_new(0x60004000, "LT", f"{p.family_romaji}")
    ds.add_new(0x50000005, "US", 1)
    ds.add_new(0x50002500, "LO", f"{p.family_romaji} curve")
    ds.add_new(0x50003000, "OW", b"\x00\x01" * 4)
    # icon image
    icon = Dataset()
    icon.SamplesPerPixel = 1
    icon.PhotometricInterpretation = "MONOCHROME2"
    icon.Rows = 2
    icon.Columns = 2
    icon.BitsAllocated = 8
    icon.BitsStored = 8
    icon.HighBit = 7
    icon.PixelRepresentation = 0
    icon.PixelData = p.patient_id.encode()[:4]
    ds.IconImageSequence = Sequence([icon])
    # image
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.Rows = 8
    ds.Columns = 8
    ds.BitsAllocated = 16
    ds.BitsStored = 12
    ds.HighBit = 11
    ds.PixelRepresentation = 0
    ds.RescaleIntercept = "-1024"
    ds.RescaleSlope = "1"
    ds.PixelData = bytes(range(128))
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = UID(sop_class)
    meta.MediaStorageSOPInstanceUID = UID(sop)
    meta.TransferSyntaxUID = ImplicitVRLittleEndian if implicit else ExplicitVRLittleEndian
    meta.ImplementationClassUID = UID("1.2.392.200036.9999.9")
    meta.SourceApplicationEntityTitle = "KUROSAWA_WS"
    ds.file_meta = meta
    planted.uids += [sop, ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.FrameOfReferenceUID]
    return ds, planted


def to_bytes(ds: Dataset) -> bytes:
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


def phi_file_bytes(**kwargs: object) -> tuple[bytes, PlantedPHI]:
    ds, planted = build_phi_dataset(**kwargs)  # type: ignore[arg-type]
    return to_bytes(ds), planted


ENCODINGS = ("utf-8", "shift_jis", "euc_jp", "iso2022_jp", "iso2022_jp_1")


def raw_forms(text: str) -> set[bytes]:
    """The byte forms of ``text`` to look for in an output file (ISO 2022 without the final return to ASCII)."""
    import jaconv

    out: set[bytes] = set()
    forms = {text, jaconv.hira2kata(text), jaconv.z2h(jaconv.hira2kata(text), kana=True, ascii=False, digit=False)}
    for form in forms:
        for enc in ENCODINGS:
            try:
                b = form.encode(enc)
            except UnicodeEncodeError:
                continue
            if b.endswith(b"\x1b(B"):
                b = b[:-3]
            for esc in (b"\x1b$B", b"\x1b$(D"):
                if b.startswith(esc) and b.count(b"\x1b") == 1:
                    out.add(b[len(esc) :])  # the JIS pairs inside any ISO 2022 run
            out.add(b)
    return out
