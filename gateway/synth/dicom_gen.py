"""DICOM files of one synthetic study, with PHI where real scanners put it, and the answer key of every value.

Answer-key entries (``kind: "dicom"``): ``file`` (path relative to the output root), ``tag_path`` (``(0010,0010)``,
or nested ``(0040,0275)[0]/(0008,0050)``), ``entity_type``, ``value`` (the planted identifier, which may be a
substring of a free-text element such as StudyDescription), and ``private_creator`` for private elements.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import jaconv
import numpy as np
from pydicom.charset import convert_encodings, encode_string
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.sequence import Sequence as DicomSequence
from pydicom.tag import Tag
from pydicom.uid import (
    UID,
    BasicTextSRStorage,
    ComputedRadiographyImageStorage,
    CTImageStorage,
    DigitalXRayImageStorageForPresentation,
    ExplicitVRLittleEndian,
    MRImageStorage,
    NuclearMedicineImageStorage,
    PositronEmissionTomographyImageStorage,
    UltrasoundImageStorage,
    XRayAngiographicImageStorage,
    generate_uid,
)
from pydicom.valuerep import PersonName

from gateway.synth import phantom
from gateway.synth.burn import BurnedText, burn_lines
from gateway.synth.jtext import format_date, to_fullwidth
from gateway.synth.people import Name, Staff
from gateway.synth.plan import Study, fill_nodule, pn_jis_safe

IMPLEMENTATION_UID = UID("1.2.826.0.1.3680043.8.498.1")  # pydicom's root; the synthetic data needs no own root

SOP_CLASS = {
    "CT": CTImageStorage,
    "MR": MRImageStorage,
    "US": UltrasoundImageStorage,
    "CR": ComputedRadiographyImageStorage,
    "DX": DigitalXRayImageStorageForPresentation,
    "XA": XRayAngiographicImageStorage,
    "PT": PositronEmissionTomographyImageStorage,
    "NM": NuclearMedicineImageStorage,
    "SR": BasicTextSRStorage,
}
CHARSETS: dict[str, str | list[str]] = {
    "ir87": ["", "ISO 2022 IR 87"],
    "ir13": ["ISO 2022 IR 13", "ISO 2022 IR 87"],
    "utf8": "ISO_IR 192",
}
MANUFACTURERS = {
    "CT": ("SIEMENS", "SOMATOM Synth"),
    "MR": ("GE MEDICAL SYSTEMS", "SIGNA Synth"),
    "US": ("TOHOKU ECHO", "TE-500"),
    "CR": ("FUJIFILM Corporation", "FCR Synth"),
    "DX": ("KONICA MINOLTA", "AeroDR Synth"),
    "XA": ("Canon Medical Systems", "Alphenix Synth"),
    "PT": ("SIEMENS", "Biograph Synth"),
    "NM": ("GE MEDICAL SYSTEMS", "Discovery NM Synth"),
    "SR": ("SEKISHO SYNTH", "Report Writer"),
}
VENDOR_CREATOR = "KANTO IMAGING SYNTH 1.0"  # a made-up vendor's private block


def make_uid(seed: int, *parts: object) -> UID:
    return generate_uid(entropy_srcs=[str(seed), *(str(p) for p in parts)])


def tag_str(tag: int) -> str:
    t = Tag(tag)
    return f"({t.group:04X},{t.element:04X})"


@dataclass
class KeySink:
    """Collects answer-key entries for one file."""

    file: str
    entries: list[dict[str, Any]] = field(default_factory=list)

    def add(self, path: str, entity_type: str, value: str, **extra: Any) -> None:
        self.entries.append(
            {"kind": "dicom", "file": self.file, "tag_path": path, "entity_type": entity_type, "value": value, **extra}
        )


def _set(
    ds: Dataset,
    sink: KeySink,
    keyword: str,
    value: Any,
    entity: str | None = None,
    *,
    prefix: str = "",
    key_value: str | None = None,
) -> None:
    setattr(ds, keyword, value)
    if entity:
        elem = ds[keyword]
        values = value if isinstance(value, list) else [value]
        for v in values:
            sink.add(prefix + tag_str(elem.tag), entity, key_value if key_value is not None else str(v))


def staff_pn(staff: Staff, st: Study) -> str:
    return fit_pn(staff.name, st)


def _jis(text: str, st: Study) -> str:
    """Values under ISO 2022 must be JIS X 0208: the full-width hyphen-minus becomes the minus sign."""
    if st.charset == "utf8":
        return text
    return text.replace("－", "−").replace("囊", "嚢")  # 囊 is JIS X 0212 only


def encoded(value: str, st: Study, vr: str = "LO") -> bytes:
    encodings = convert_encodings(CHARSETS[st.charset])
    if vr == "PN":
        return PersonName(value).encode(encodings)
    return encode_string(value, encodings)


def _name_texts(name: Name) -> list[str]:
    return [name.kanji, name.hiragana, name.katakana]


def study_charset_safe(st: Study) -> bool:
    """True when no person name of the study encodes to byte 0x5C under ISO 2022 IR 87 (see ``plan.pn_jis_safe``).

    PS3.5 6.1.2.3 says only a single byte 05/12 is a delimiter, so such bytes inside JIS X 0208 codes are legal, and
    the addresses and texts keep them (丁目, 府); but dciodvfy counts them as delimiters in PN values and reports a
    wrong value multiplicity."""
    p = st.patient
    names = [p.name, st.referring.name, st.radiologist.name, st.technologist.name]
    if p.agent:
        names.append(p.agent.name)
    if p.birth_name:
        names.append(p.birth_name)
    return all(pn_jis_safe(n) for n in names)


def fit_pn(name: Name, st: Study, upper: bool = True) -> str:
    """The longest PN form (three groups, then two, then alphabetic) whose encoding fits 64 bytes."""
    full = name.dicom_pn(st.phonetic, upper)
    candidates = [full, full.rsplit("=", 1)[0], full.split("=", 1)[0]]
    return next(c for c in candidates if len(encoded(c, st, "PN")) <= 64)


def _da(d: date) -> str:
    return d.strftime("%Y%m%d")


class StudyWriter:
    def __init__(
        self, st: Study, out: Path, seed: int, size: int, rng: random.Random, *, dciodvfy_safe: bool = True
    ) -> None:
        if st.charset != "utf8" and dciodvfy_safe and not study_charset_safe(st):
            st.charset = "utf8"
            st.phonetic = "katakana" if st.phonetic == "halfwidth" else st.phonetic
        self.st = st
        self.out = out
        self.seed = seed
        self.size = size
        self.rng = rng
        self.np_rng = np.random.default_rng([seed, st.patient.index, st.index])
        self.study_uid = make_uid(seed, "study", st.patient.index, st.index)
        self.frame_uid = make_uid(seed, "for", st.patient.index, st.index)
        self.keys: list[dict[str, Any]] = []
        self.files: list[str] = []
        self.image_truth: list[dict[str, Any]] = []
        self.prior_uid = make_uid(seed, "prior", st.patient.index, st.index)
        self.name_in_series = rng.random() < 0.12
        self.mr_series = rng.choice(["T2 TSE AX", "FLAIR AX", "DWI b1000"])
        self.performer = rng.random() < 0.5 or st.modality in ("US", "XA")

    # ----------------------------------------------------------------- common modules
    def _common(
        self, sink: KeySink, modality: str, *, series_no: int, series_uid: UID, inst: int, sop_uid: UID
    ) -> Dataset:
        st, p, h = self.st, self.st.patient, self.st.hospital
        ds = Dataset()
        ds.SpecificCharacterSet = CHARSETS[st.charset]
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"] if modality in ("CT", "PT") else ["ORIGINAL", "PRIMARY"]
        _set(ds, sink, "InstanceCreationDate", _da(st.day), "DATE")
        ds.InstanceCreationTime = st.at.strftime("%H%M%S")
        ds.SOPClassUID = SOP_CLASS[modality]
        _set(ds, sink, "SOPInstanceUID", sop_uid, "UID")
        _set(ds, sink, "StudyDate", _da(st.day), "DATE")
        _set(ds, sink, "SeriesDate", _da(st.day), "DATE")
        _set(ds, sink, "ContentDate", _da(st.day), "DATE")
        ds.StudyTime = st.at.strftime("%H%M%S")
        ds.SeriesTime = st.at.strftime("%H%M%S")
        ds.ContentTime = st.at.strftime("%H%M%S")
        _set(ds, sink, "AccessionNumber", st.accession, "ACCESSION")
        ds.Modality = modality
        ds.Manufacturer = MANUFACTURERS[modality][0]
        _set(ds, sink, "InstitutionName", h.name if self.rng.random() < 0.6 else h.name_romaji, "HOSPITAL")
        _set(ds, sink, "InstitutionAddress", _jis(f"〒{h.address.postal} {h.address.text}", st), "ADDRESS")
        _set(ds, sink, "ReferringPhysicianName", staff_pn(st.referring, st), "STAFF")
        _set(ds, sink, "StationName", f"{h.name_romaji[:4].strip()}{modality}{self.rng.randint(1, 3):02d}", "DEVICE_ID")
        desc = st.description
        if st.name_in_description:
            desc = f"{desc} {p.name.family}様"
            ds.StudyDescription = desc
            sink.add(tag_str(0x00081030), "PERSON", p.name.family)
        else:
            ds.StudyDescription = desc
        _set(
            ds,
            sink,
            "InstitutionalDepartmentName",
            "放射線部" if self.rng.random() < 0.5 else "Radiology",
            "DEPARTMENT",
        )
        _set(ds, sink, "NameOfPhysiciansReadingStudy", staff_pn(st.radiologist, st), "STAFF")
        _set(ds, sink, "OperatorsName", staff_pn(st.technologist, st), "STAFF")
        if self.performer and modality != "SR":
            _set(ds, sink, "PerformingPhysicianName", staff_pn(st.radiologist, st), "STAFF")
        ds.ManufacturerModelName = MANUFACTURERS[modality][1]
        # a prior study referenced by UID (nested sequence)
        ref = Dataset()
        ref.ReferencedSOPClassUID = "1.2.840.10008.3.1.2.3.1"
        _set(ref, sink, "ReferencedSOPInstanceUID", self.prior_uid, "UID", prefix="(0008,1110)[0]/")
        ds.ReferencedStudySequence = DicomSequence([ref])
        # patient
        _set(ds, sink, "PatientName", fit_pn(p.name, st, upper=self.rng.random() < 0.8), "PERSON")
        _set(ds, sink, "PatientID", p.patient_id, "PATIENT_ID")
        _set(ds, sink, "IssuerOfPatientID", h.short, "HOSPITAL")
        _set(ds, sink, "PatientBirthDate", _da(p.birth_date), "BIRTH_DATE")
        ds.PatientSex = p.sex
        others = []
        for k, oid in enumerate((p.insurance_number, *p.other_ids)):
            item = Dataset()
            _set(
                item,
                sink,
                "PatientID",
                oid,
                "INSURANCE_NUMBER" if k == 0 else "PATIENT_ID",
                prefix=f"(0010,1002)[{k}]/",
            )
            item.TypeOfPatientID = "TEXT"
            others.append(item)
        ds.OtherPatientIDsSequence = DicomSequence(others)
        if self.rng.random() < 0.6:
            addr = _jis(p.address.text, st)
            if len(encoded(addr, st)) > 64:
                addr = addr.split(" ")[0]
            if len(encoded(addr, st)) <= 64:
                _set(ds, sink, "PatientAddress", addr, "ADDRESS")
        if self.rng.random() < 0.5:
            _set(ds, sink, "PatientTelephoneNumbers", p.phone, "PHONE")
        if self.rng.random() < 0.3:
            phone = _jis(to_fullwidth(p.mobile or p.phone), st)
            ds.PatientComments = f"連絡先 {phone}"
            sink.add("(0010,4000)", "PHONE", phone)
        if p.birth_name and self.rng.random() < 0.6:
            _set(ds, sink, "OtherPatientNames", fit_pn(p.birth_name, st), "PERSON")
        if p.agent and self.rng.random() < 0.7:
            _set(ds, sink, "ResponsiblePerson", fit_pn(p.agent.name, st), "PERSON")
            ds.ResponsiblePersonRole = {"妻": "SPOUSE", "夫": "SPOUSE", "成年後見人": "GUARDIAN"}.get(
                p.agent.relation, "CHILD"
            )
        _set(ds, sink, "PatientAge", f"{p.age_on(st.day):03d}Y", "AGE")
        ds.PatientWeight = f"{self.rng.uniform(40, 90):.1f}"
        _set(ds, sink, "StudyInstanceUID", self.study_uid, "UID")
        _set(ds, sink, "SeriesInstanceUID", series_uid, "UID")
        _set(ds, sink, "StudyID", st.study_id, "OTHER_ID")
        ds.SeriesNumber = series_no
        ds.InstanceNumber = inst
        # request attributes (nested, with the accession again)
        req = Dataset()
        pre = "(0040,0275)[0]/"
        _set(req, sink, "RequestedProcedureID", f"RP{st.accession[-6:]}", "OTHER_ID", prefix=pre)
        _set(req, sink, "ScheduledProcedureStepID", f"SPS{st.accession[-5:]}", "OTHER_ID", prefix=pre)
        _set(req, sink, "AccessionNumber", st.accession, "ACCESSION", prefix=pre)
        req.RequestedProcedureDescription = st.description
        ds.RequestAttributesSequence = DicomSequence([req])
        self._private(ds, sink, modality)
        return ds

    def _private(self, ds: Dataset, sink: KeySink, modality: str) -> None:
        st, p = self.st, self.st.patient
        if ds.Manufacturer == "SIEMENS":
            blk = ds.private_block(0x0029, "SIEMENS CSA HEADER", create=True)
            blk.add_new(0x08, "CS", "IMAGE NUM 4")
            blk.add_new(0x09, "LO", "20250331")
            csa = f"SV10\x04\x03\x02\x01tPatientName\x00{p.name.romaji.upper()}\x00".encode("ascii")
            if len(csa) % 2:
                csa += b"\x00"
            blk.add_new(0x10, "OB", csa)
            sink.add("(0029,1010)", "PERSON", p.name.romaji.upper(), private_creator="SIEMENS CSA HEADER")
        if ds.Manufacturer == "GE MEDICAL SYSTEMS":
            blk = ds.private_block(0x0011, "GEMS_PATI_01", create=True)
            blk.add_new(0x10, "SS", 0)  # patient status: not PHI
            blk.add_new(0x11, "LO", p.patient_id)
            sink.add("(0011,1011)", "PATIENT_ID", p.patient_id, private_creator="GEMS_PATI_01")
        if self.rng.random() < 0.7:
            blk = ds.private_block(0x0033, VENDOR_CREATOR, create=True)
            blk.add_new(0x10, "LO", f"{p.name.family} {p.name.given}")
            sink.add("(0033,1010)", "PERSON", f"{p.name.family} {p.name.given}", private_creator=VENDOR_CREATOR)
            blk.add_new(0x11, "LO", p.patient_id)
            sink.add("(0033,1011)", "PATIENT_ID", p.patient_id, private_creator=VENDOR_CREATOR)
            blk.add_new(0x12, "DA", _da(p.birth_date))
            sink.add("(0033,1012)", "BIRTH_DATE", _da(p.birth_date), private_creator=VENDOR_CREATOR)
            note_date = format_date(st.day, self.rng.choice(["kanji", "era", "slash"]))
            blk.add_new(0x13, "LT", f"{note_date} 撮影 担当 {st.technologist.name.family}")
            sink.add("(0033,1013)", "DATE", note_date, private_creator=VENDOR_CREATOR)
            sink.add("(0033,1013)", "STAFF", st.technologist.name.family, private_creator=VENDOR_CREATOR)
            blk.add_new(0x20, "DS", "1.5")  # a calibration factor: not PHI
            if self.rng.random() < 0.5:
                # a private sequence whose item repeats the name and the referring physician
                item = Dataset()
                iblk = item.private_block(0x0033, VENDOR_CREATOR, create=True)
                iblk.add_new(0x31, "PN", fit_pn(p.name, st))
                iblk.add_new(0x32, "LO", st.referring.name.kanji)
                iblk.add_new(0x33, "CS", "HISTORY")
                blk.add_new(0x30, "SQ", DicomSequence([item]))
                pre = "(0033,1030)[0]/"
                sink.add(pre + "(0033,1031)", "PERSON", fit_pn(p.name, st), private_creator=VENDOR_CREATOR)
                sink.add(pre + "(0033,1032)", "STAFF", st.referring.name.kanji, private_creator=VENDOR_CREATOR)

    def _comments(self, ds: Dataset, sink: KeySink) -> None:
        if self.rng.random() < 0.4:
            p = self.st.patient
            form = self.rng.choice(["kanji", "katakana", "romaji"])
            who = p.name.kanji if form == "kanji" else p.name.katakana if form == "katakana" else p.name.romaji
            if self.st.charset == "ir13" and form == "katakana":
                who = jaconv.z2h(p.name.katakana, kana=True)  # JIS X 0201 katakana, as IR 13 devices write it
            tmpl = self.rng.choice(
                [
                    "{n} 様 再撮影",
                    "患者: {n}",
                    "{n}さん 体動あり",
                    "Pt {n} follow-up",
                    "{d} 撮影 {n}",
                    "{n} ({d} 前回比較)",
                ]
            )
            day = format_date(
                self.st.day - timedelta(days=self.rng.choice([0, 0, 90, 365])),
                self.rng.choice(["slash", "kanji", "era_letter", "dot"]),
            )
            ds.ImageComments = tmpl.format(n=who, d=day)
            sink.add("(0020,4000)", "PERSON", who)
            if "{d}" in tmpl:
                sink.add("(0020,4000)", "DATE", day)

    def _series_description(self, ds: Dataset, sink: KeySink, base: str) -> None:
        """SeriesDescription; on some series the operator typed the patient's family name into it."""
        if self.name_in_series:
            family = self.st.patient.name.family
            ds.SeriesDescription = f"{base} {family}"
            sink.add("(0008,103E)", "PERSON", family)
        else:
            ds.SeriesDescription = base

    def _pixels(self, ds: Dataset, arr: np.ndarray[Any, Any], signed: bool = False) -> None:
        frames = arr.shape[0] if arr.ndim == 3 else 1
        ds.SamplesPerPixel = 1
        ds.PhotometricInterpretation = "MONOCHROME2"
        ds.Rows, ds.Columns = int(arr.shape[-2]), int(arr.shape[-1])
        bits = 8 if arr.dtype == np.uint8 else 16
        ds.BitsAllocated = bits
        ds.BitsStored = bits if bits == 8 else 12 if arr.max() < 4096 else 16
        ds.HighBit = ds.BitsStored - 1
        ds.PixelRepresentation = 1 if signed else 0
        if frames > 1:
            ds.NumberOfFrames = frames
        ds.PixelData = np.ascontiguousarray(arr).tobytes()

    def _save(self, ds: Dataset, rel: str, sink: KeySink) -> None:
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = ds.SOPClassUID
        meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        meta.ImplementationClassUID = IMPLEMENTATION_UID
        meta.ImplementationVersionName = "SEKISHO_SYNTH"
        ds.file_meta = meta
        path = self.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        ds.save_as(path, enforce_file_format=True)
        self.files.append(rel)
        self.keys.extend(sink.entries)

    def _rel(self, series_no: int, inst: int) -> str:
        return f"dicom/{self.st.folder}/{series_no:02d}/{inst:04d}.dcm"

    def _plane(self, ds: Dataset, k: int, pixel_mm: float, spacing: float) -> None:
        ds.PixelSpacing = [f"{pixel_mm:.4f}", f"{pixel_mm:.4f}"]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        z = -100.0 + k * spacing
        ds.ImagePositionPatient = [f"{-pixel_mm * self.size / 2:.2f}", f"{-pixel_mm * self.size / 2:.2f}", f"{z:.2f}"]
        ds.SliceThickness = f"{spacing:.3f}"
        ds.SliceLocation = f"{z:.2f}"
        ds.FrameOfReferenceUID = self.frame_uid
        ds.PositionReferenceIndicator = ""

    # ----------------------------------------------------------------- modalities
    def write(self, slices: int) -> None:
        m = self.st.modality
        getattr(self, f"_write_{m.lower()}")(slices)
        if self.st.has_sr:
            self._write_sr()

    def _write_ct(self, slices: int) -> None:
        st = self.st
        pixel_mm = 160.0 / self.size  # 4-8 px nodules read as 10-20 mm
        arr, truth, spacing = phantom.ct_chest(self.np_rng, self.size, slices, bool(st.nodule), pixel_mm)
        fill_nodule(self.rng, st, truth.side if truth else None, truth.diameter_mm if truth else None)
        series_uid = make_uid(self.seed, "series", st.patient.index, st.index, 1)
        files = []
        for k in range(slices):
            rel = self._rel(1, k + 1)
            sink = KeySink(rel)
            ds = self._common(
                sink,
                "CT",
                series_no=1,
                series_uid=series_uid,
                inst=k + 1,
                sop_uid=make_uid(self.seed, "sop", st.patient.index, st.index, 1, k),
            )
            self._series_description(ds, sink, "Chest 5.0 B30f")
            ds.BodyPartExamined = "CHEST"
            ds.PatientPosition = "HFS"
            ds.KVP = "120"
            ds.AcquisitionNumber = 1
            _set(ds, sink, "AcquisitionDate", _da(st.day), "DATE")
            self._plane(ds, k, pixel_mm, spacing)
            ds.RescaleIntercept = str(phantom.CT_INTERCEPT)
            ds.RescaleSlope = "1"
            ds.RescaleType = "HU"
            ds.WindowCenter = "-600"
            ds.WindowWidth = "1500"
            self._comments(ds, sink)
            self._pixels(ds, arr[k].astype(np.uint16))
            self._save(ds, rel, sink)
            files.append(rel)
        self.image_truth.append(
            {
                "study_folder": st.folder,
                "accession": st.accession,
                "series_uid": str(series_uid),
                "files": files,
                "modality": "CT",
                "nodule": bool(st.nodule),
                "nodule_side": truth.side if truth else None,
                "nodule_center_xy": list(truth.center_xy) if truth else None,
                "nodule_diameter_px": truth.diameter_px if truth else None,
                "nodule_diameter_mm": truth.diameter_mm if truth else None,
            }
        )

    def _write_mr(self, slices: int) -> None:
        st = self.st
        arr = phantom.mr_brain(self.np_rng, self.size, slices)
        series_uid = make_uid(self.seed, "series", st.patient.index, st.index, 1)
        pixel_mm = 230.0 / self.size
        for k in range(slices):
            rel = self._rel(1, k + 1)
            sink = KeySink(rel)
            ds = self._common(
                sink,
                "MR",
                series_no=1,
                series_uid=series_uid,
                inst=k + 1,
                sop_uid=make_uid(self.seed, "sop", st.patient.index, st.index, 1, k),
            )
            self._series_description(ds, sink, self.mr_series)
            ds.ImageType = ["ORIGINAL", "PRIMARY", "M", "NONE"]
            ds.BodyPartExamined = "HEAD"
            ds.PatientPosition = "HFS"
            ds.ScanningSequence = "SE"
            ds.SequenceVariant = "SK"
            ds.ScanOptions = ""
            ds.MRAcquisitionType = "2D"
            ds.RepetitionTime = "4000"
            ds.EchoTime = "90"
            ds.EchoTrainLength = "16"
            ds.MagneticFieldStrength = "1.5"
            ds.AcquisitionNumber = 1
            self._plane(ds, k, pixel_mm, 5.0)
            self._comments(ds, sink)
            self._pixels(ds, arr[k])
            self._save(ds, rel, sink)

    def _write_us(self, slices: int) -> None:
        st, p = self.st, self.st.patient
        size = max(4 * self.size, 192)
        font = max(size // 16, 10)
        series_uid = make_uid(self.seed, "series", p.index, st.index, 1)
        for k in range(max(1, min(slices, 2))):
            rel = self._rel(1, k + 1)
            sink = KeySink(rel)
            ds = self._common(
                sink,
                "US",
                series_no=1,
                series_uid=series_uid,
                inst=k + 1,
                sop_uid=make_uid(self.seed, "sop", p.index, st.index, 1, k),
            )
            img = phantom.ultrasound(self.np_rng, size)
            name_form = self.rng.choice(["romaji", "kanji", "katakana"])
            name = {"romaji": p.name.romaji.upper(), "kanji": p.name.kanji, "katakana": p.name.katakana}[name_form]
            day_text = format_date(st.day, self.rng.choice(["slash0", "iso", "kanji", "era_letter"]))
            lines = [
                ("", name, "PERSON"),
                ("ID:", p.patient_id, "PATIENT_ID"),
                ("", day_text, "DATE"),
                ("", st.hospital.name_romaji if self.rng.random() < 0.5 else st.hospital.name, "HOSPITAL"),
            ]
            if self.rng.random() < 0.5:
                lines.insert(2, ("DOB ", format_date(p.birth_date, "slash0"), "BIRTH_DATE"))
            img, boxes = burn_lines(img, lines, font)
            self._draw_probe_info(img, font)
            self._pixel_keys(sink, rel, boxes, frames=(0,))
            ds.BurnedInAnnotation = "YES"
            ds.ImageType = ["ORIGINAL", "PRIMARY", "ABDOMINAL", "0001"]
            ds.BodyPartExamined = "ABDOMEN"
            ds.PatientOrientation = ""
            self._comments(ds, sink)
            self._pixels(ds, img)
            self._save(ds, rel, sink)

    def _pixel_keys(self, sink: KeySink, rel: str, boxes: list[BurnedText], frames: tuple[int, ...]) -> None:
        for frame in frames:
            for b in boxes:
                sink.entries.append(
                    {
                        "kind": "pixel",
                        "file": rel,
                        "frame": frame,
                        "bbox": list(b.bbox),
                        "entity_type": b.entity_type,
                        "value": b.value,
                    }
                )

    def _draw_probe_info(self, img: np.ndarray[Any, Any], font: int) -> None:
        # non-PHI text on the right edge (probe, depth): the pixel scrubber must not need to treat it as PHI
        h, w = img.shape
        out, _ = burn_lines(img[h - font * 2 - 4 :, w // 2 :].copy(), [("", "C5-1 15cm", "")], max(font - 2, 8))
        img[h - font * 2 - 4 :, w // 2 :] = out

    def _write_cr(self, slices: int) -> None:
        self._write_projection("CR")

    def _write_dx(self, slices: int) -> None:
        self._write_projection("DX")

    def _write_projection(self, modality: str) -> None:
        st = self.st
        rel = self._rel(1, 1)
        sink = KeySink(rel)
        series_uid = make_uid(self.seed, "series", st.patient.index, st.index, 1)
        ds = self._common(
            sink,
            modality,
            series_no=1,
            series_uid=series_uid,
            inst=1,
            sop_uid=make_uid(self.seed, "sop", st.patient.index, st.index, 1, 0),
        )
        size = 2 * self.size
        img = phantom.radiograph(self.np_rng, size)
        ds.BodyPartExamined = "CHEST"
        ds.ViewPosition = "PA" if modality == "CR" else "AP"
        ds.PatientOrientation = ["L", "F"] if modality == "CR" else ["R", "F"]
        ds.KVP = "120"
        _set(ds, sink, "AcquisitionDate", _da(st.day), "DATE")
        if modality == "DX":
            ds.ImageType = ["ORIGINAL", "PRIMARY"]
            ds.PresentationIntentType = "FOR PRESENTATION"
            ds.ImageLaterality = "U"
            ds.AnatomicRegionSequence = DicomSequence([_code("51185008", "SCT", "Chest")])
            ds.PixelIntensityRelationship = "LOG"
            ds.PixelIntensityRelationshipSign = 1
            ds.RescaleIntercept = "0"
            ds.RescaleSlope = "1"
            ds.RescaleType = "US"
            ds.PresentationLUTShape = "IDENTITY"
            ds.LossyImageCompression = "00"
            ds.BurnedInAnnotation = "NO"
            ds.DetectorType = "SCINTILLATOR"
            ds.ImagerPixelSpacing = ["0.175", "0.175"]
            ds.PixelSpacing = ["0.175", "0.175"]
            ds.WindowCenter = "2048"
            ds.WindowWidth = "4096"
            ds.ViewCodeSequence = DicomSequence([_code("399348003", "SCT", "antero-posterior")])
            ds.AcquisitionDeviceProcessingDescription = "CHEST"
            ds.DistanceSourceToDetector = "1000"
            ds.PatientOrientation = ["R", "F"]
            ds.ExposureTime = "10"
            ds.EstimatedRadiographicMagnificationFactor = "1.0"
            ds.DistanceSourceToPatient = "900"
            ds.PositionerType = "NONE"
            ds.AcquisitionContextSequence = DicomSequence([])
        else:
            ds.ImagerPixelSpacing = ["0.175", "0.175"]
        if self.rng.random() < 0.4:
            # console annotation burned into the radiograph: hospital, date, patient name
            p = st.patient
            lines = [
                ("", st.hospital.name_romaji, "HOSPITAL"),
                ("", format_date(st.day, "slash0"), "DATE"),
                ("", p.name.romaji.upper() if self.rng.random() < 0.6 else p.name.kanji, "PERSON"),
            ]
            img, boxes = burn_lines(img, lines, max(size // 8, 12))
            self._pixel_keys(sink, rel, boxes, frames=(0,))
            ds.BurnedInAnnotation = "YES"
        elif modality == "CR":
            ds.BurnedInAnnotation = "NO"
        self._comments(ds, sink)
        self._pixels(ds, img)
        self._save(ds, rel, sink)

    def _write_xa(self, slices: int) -> None:
        st = self.st
        rel = self._rel(1, 1)
        sink = KeySink(rel)
        series_uid = make_uid(self.seed, "series", st.patient.index, st.index, 1)
        ds = self._common(
            sink,
            "XA",
            series_no=1,
            series_uid=series_uid,
            inst=1,
            sop_uid=make_uid(self.seed, "sop", st.patient.index, st.index, 1, 0),
        )
        frames = phantom.angiography(self.np_rng, 2 * self.size, max(slices * 2, 6))
        ds.ImageType = ["ORIGINAL", "PRIMARY", "SINGLE PLANE"]
        ds.KVP = "80"
        ds.RadiationSetting = "GR"
        ds.XRayTubeCurrent = "400"
        ds.ExposureTime = "7"
        ds.Exposure = "3"
        ds.Laterality = ""
        ds.PositionerMotion = "STATIC"
        ds.PositionerPrimaryAngle = "30"
        ds.PositionerSecondaryAngle = "-20"
        ds.PixelIntensityRelationship = "LIN"
        ds.LossyImageCompression = "00"
        ds.FrameTime = "66.7"
        ds.CineRate = 15
        ds.FrameIncrementPointer = Tag(0x00181063)
        ds.PatientOrientation = ""
        ds.StartTrim = 1
        ds.StopTrim = frames.shape[0]
        if self.rng.random() < 0.4:
            # the angiography system stamps name and ID on every frame
            p = st.patient
            lines = [("", p.name.romaji.upper(), "PERSON"), ("ID ", p.patient_id, "PATIENT_ID")]
            boxes: list[BurnedText] = []
            for f in range(frames.shape[0]):
                frames[f], boxes = burn_lines(frames[f], lines, max(frames.shape[1] // 8, 12))
            self._pixel_keys(sink, rel, boxes, frames=tuple(range(frames.shape[0])))
            ds.BurnedInAnnotation = "YES"
        else:
            ds.BurnedInAnnotation = "NO"
        self._comments(ds, sink)
        self._pixels(ds, frames)
        self._save(ds, rel, sink)

    def _write_pt(self, slices: int) -> None:
        st = self.st
        arr = phantom.pet(self.np_rng, self.size, slices)
        series_uid = make_uid(self.seed, "series", st.patient.index, st.index, 1)
        pixel_mm = 600.0 / self.size
        for k in range(slices):
            rel = self._rel(1, k + 1)
            sink = KeySink(rel)
            ds = self._common(
                sink,
                "PT",
                series_no=1,
                series_uid=series_uid,
                inst=k + 1,
                sop_uid=make_uid(self.seed, "sop", st.patient.index, st.index, 1, k),
            )
            self._series_description(ds, sink, "PET WB AC")
            ds.Laterality = ""
            ds.Units = "BQML"
            ds.CountsSource = "EMISSION"
            ds.SeriesType = ["WHOLE BODY", "IMAGE"]
            ds.NumberOfSlices = slices
            ds.CorrectedImage = ["ATTN", "DECY"]
            ds.DecayCorrection = "START"
            ds.CollimatorType = "NONE"
            rp = Dataset()
            rp.Radiopharmaceutical = "Fluorodeoxyglucose"
            rp.RadiopharmaceuticalStartTime = st.at.strftime("%H%M%S")
            rp.RadionuclideTotalDose = "185000000"
            rp.RadionuclideHalfLife = "6586.2"
            rp.RadionuclideCodeSequence = DicomSequence([_code("C-111A1", "SRT", "^18^Fluorine")])
            ds.RadiopharmaceuticalInformationSequence = DicomSequence([rp])
            ds.PatientOrientationCodeSequence = DicomSequence([_code("F-10450", "SRT", "recumbent")])
            ds.PatientGantryRelationshipCodeSequence = DicomSequence([_code("F-10470", "SRT", "feet-first")])
            self._plane(ds, k, pixel_mm, 3.0)
            ds.RescaleIntercept = "0"
            ds.RescaleSlope = "1.0"
            ds.FrameReferenceTime = "0"
            ds.ImageIndex = k + 1
            _set(ds, sink, "AcquisitionDate", _da(st.day), "DATE")
            ds.AcquisitionTime = st.at.strftime("%H%M%S")
            ds.ActualFrameDuration = 180000
            ds.DecayFactor = "1.0"
            ds.SliceSensitivityFactor = "1.0"
            self._comments(ds, sink)
            self._pixels(ds, arr[k])
            ds.BitsStored = 16
            ds.HighBit = 15
            self._save(ds, rel, sink)

    def _write_nm(self, slices: int) -> None:
        st = self.st
        rel = self._rel(1, 1)
        sink = KeySink(rel)
        series_uid = make_uid(self.seed, "series", st.patient.index, st.index, 1)
        ds = self._common(
            sink,
            "NM",
            series_no=1,
            series_uid=series_uid,
            inst=1,
            sop_uid=make_uid(self.seed, "sop", st.patient.index, st.index, 1, 0),
        )
        frames = phantom.nm_planar(self.np_rng, self.size, 2)
        ds.ImageType = ["ORIGINAL", "PRIMARY", "WHOLE BODY", "EMISSION"]
        ds.FrameIncrementPointer = [Tag(0x00540010), Tag(0x00540020)]
        ds.EnergyWindowVector = [1, 1]
        ds.NumberOfEnergyWindows = 1
        ds.DetectorVector = [1, 2]
        ds.NumberOfDetectors = 2
        ew = Dataset()
        rng_item = Dataset()
        rng_item.EnergyWindowLowerLimit = "126"
        rng_item.EnergyWindowUpperLimit = "154"
        ew.EnergyWindowRangeSequence = DicomSequence([rng_item])
        ew.EnergyWindowName = "Tc99m"
        ds.EnergyWindowInformationSequence = DicomSequence([ew])
        rp = Dataset()
        rp.RadionuclideCodeSequence = DicomSequence([_code("C-163A8", "SRT", "^99m^Technetium")])
        rp.RadiopharmaceuticalRoute = "IV"
        rp.RadiopharmaceuticalCodeSequence = DicomSequence([_code("C-B1045", "SRT", "Tc-99m medronate")])
        ds.RadiopharmaceuticalInformationSequence = DicomSequence([rp])
        dets = []
        for angle in ("0", "180"):
            d = Dataset()
            d.CollimatorGridName = "LEHR"
            d.CollimatorType = "PARA"
            d.ImagePositionPatient = ["0", "0", "0"]
            d.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
            d.StartAngle = angle
            dets.append(d)
        ds.DetectorInformationSequence = DicomSequence(dets)
        ds.PatientOrientationCodeSequence = DicomSequence([_code("F-10450", "SRT", "recumbent")])
        ds.PatientGantryRelationshipCodeSequence = DicomSequence([_code("F-10470", "SRT", "feet-first")])
        ds.PixelSpacing = ["2.4", "2.4"]
        ds.PatientOrientation = ["L", "F"]
        ds.Laterality = ""
        ds.ActualFrameDuration = 600000
        ds.CountsAccumulated = int(frames.sum())
        ds.ScanLength = 1900
        ds.ScanVelocity = "15"
        self._comments(ds, sink)
        self._pixels(ds, frames)
        ds.BitsStored = 16
        ds.HighBit = 15
        self._save(ds, rel, sink)

    def _write_sr(self) -> None:
        """A Basic Text SR of the report: PHI in observers, nested request/evidence references and TEXT values."""
        st, p = self.st, self.st.patient
        rel = self._rel(99, 1)
        sink = KeySink(rel)
        series_uid = make_uid(self.seed, "series", p.index, st.index, 99)
        ds = self._common(
            sink,
            "SR",
            series_no=99,
            series_uid=series_uid,
            inst=1,
            sop_uid=make_uid(self.seed, "sop", p.index, st.index, 99, 0),
        )
        del ds.ImageType
        ds.SeriesDescription = "読影レポート"
        ds.ReferencedPerformedProcedureStepSequence = DicomSequence([])
        ds.CompletionFlag = "COMPLETE"
        ds.VerificationFlag = "VERIFIED"
        obs = Dataset()
        _set(obs, sink, "VerifyingObserverName", staff_pn(st.radiologist, st), "STAFF", prefix="(0040,A073)[0]/")
        _set(obs, sink, "VerifyingOrganization", st.hospital.name, "HOSPITAL", prefix="(0040,A073)[0]/")
        obs.VerificationDateTime = _da(st.day + timedelta(days=1)) + "093000"
        sink.add("(0040,A073)[0]/(0040,A030)", "DATE", obs.VerificationDateTime)
        obs.VerifyingObserverIdentificationCodeSequence = DicomSequence([])
        ds.VerifyingObserverSequence = DicomSequence([obs])
        ds.PerformedProcedureCodeSequence = DicomSequence([])
        # evidence: the images of this study, by UID
        ev = Dataset()
        _set(ev, sink, "StudyInstanceUID", self.study_uid, "UID", prefix="(0040,A375)[0]/")
        ser = Dataset()
        ser_uid = make_uid(self.seed, "series", p.index, st.index, 1)
        _set(ser, sink, "SeriesInstanceUID", ser_uid, "UID", prefix="(0040,A375)[0]/(0008,1115)[0]/")
        sop = Dataset()
        sop.ReferencedSOPClassUID = SOP_CLASS[st.modality]
        _set(
            sop,
            sink,
            "ReferencedSOPInstanceUID",
            make_uid(self.seed, "sop", p.index, st.index, 1, 0),
            "UID",
            prefix="(0040,A375)[0]/(0008,1115)[0]/(0008,1199)[0]/",
        )
        ser.ReferencedSOPSequence = DicomSequence([sop])
        ev.ReferencedSeriesSequence = DicomSequence([ser])
        ds.CurrentRequestedProcedureEvidenceSequence = DicomSequence([ev])
        # content tree
        ds.ValueType = "CONTAINER"
        ds.ConceptNameCodeSequence = DicomSequence([_code("18748-4", "LN", "Diagnostic Imaging Report")])
        ds.ContinuityOfContent = "SEPARATE"
        items = []
        findings_text = "".join(s.text for s in st.sentences)
        texts: list[tuple[str, str, str, list[tuple[str, str]]]] = []
        patient_line = f"{p.name.kanji}様 {p.age_on(st.day)}歳"
        texts.append(("121060", "History", patient_line, [(p.name.kanji, "PERSON"), (f"{p.age_on(st.day)}歳", "AGE")]))
        texts.append(("121071", "Finding", findings_text, []))
        reader = f"読影: {st.radiologist.name.kanji} 先生"
        texts.append(("121073", "Impression", reader, [(st.radiologist.name.kanji, "STAFF")]))
        for i, (code, meaning, value, phi) in enumerate(texts):
            it = Dataset()
            it.RelationshipType = "CONTAINS"
            it.ValueType = "TEXT"
            it.ConceptNameCodeSequence = DicomSequence([_code(code, "DCM", meaning)])
            it.TextValue = _jis(value, st)
            for val, ent in phi:
                sink.add(f"(0040,A730)[{i}]/(0040,A160)", ent, val)
            items.append(it)
        ds.ContentSequence = DicomSequence(items)
        ds.ContentTemplateSequence = DicomSequence([])
        del ds.ContentTemplateSequence
        self._save(ds, rel, sink)


def _code(value: str, scheme: str, meaning: str) -> Dataset:
    c = Dataset()
    c.CodeValue = value
    c.CodingSchemeDesignator = scheme
    c.CodeMeaning = meaning
    return c


def person_groups(name: Name, phonetic: str) -> Sequence[str]:
    fk, gk = name.family_kana, name.given_kana
    if phonetic != "hiragana":
        fk, gk = jaconv.hira2kata(fk), jaconv.hira2kata(gk)
    return (f"{name.family_romaji}^{name.given_romaji}", f"{name.family}^{name.given}", f"{fk}^{gk}")
