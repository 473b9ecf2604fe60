"""DICOM engine: planted PHI in every place, pydicom's Japanese charset files, fail-closed inputs, markers,
character sets, the independent verifier."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pydicom
import pytest
from pydicom.data import get_charset_files, get_testdata_file
from pydicom.dataset import Dataset

from gateway.scrub.dicom import verify
from gateway.scrub.dicom.engine import Outcome, scrub_bytes
from gateway.scrub.dicom.sweep import normalize
from linkage_vault.keyed import KeyedFunctions
from policies.dicom_options import DicomDeidOptions, HeaderAction, options_from_deid_recipe
from policies.identifiers import KnownIdentifiers, PersonName
from tests.support.dicom import US_STORAGE, Patient, build_phi_dataset, phi_file_bytes, raw_forms, to_bytes


def _testdata(name: str) -> str:
    path = get_testdata_file(name)
    assert isinstance(path, str)
    return path


KEYS = KeyedFunctions(b"p" * 32, b"d" * 32, b"u" * 32, namespace="test")
NO_PIXELS = DicomDeidOptions(clean_pixel_data=False)
CHARSETS = ("ISO_IR 192", "\\ISO 2022 IR 87", "ISO 2022 IR 13\\ISO 2022 IR 87")


def keep_text(text: str, known: KnownIdentifiers) -> str:
    """A text cleaner that cleans nothing: the sweep alone must then remove the patient's identifiers."""
    return text


def _scrub(data: bytes, options: DicomDeidOptions = NO_PIXELS, **kw: object) -> Outcome:
    return scrub_bytes(data, options=options, keys=KEYS, **kw)  # type: ignore[arg-type]


def _decoded_text(out: bytes) -> str:
    ds = pydicom.dcmread(io.BytesIO(out))
    values: list[str] = []
    for elem in ds.iterall():
        if elem.VR in ("OB", "OW", "UN", "SQ"):
            continue
        values.append(str(elem.value))
    return normalize("\n".join(values))


def _survivors(out: bytes, planted: list[str]) -> list[str]:
    found = []
    text = _decoded_text(out)
    for s in planted:
        if normalize(s) in text:
            found.append(f"decoded:{s}")
        for b in raw_forms(s):
            if b in out:
                found.append(f"raw:{s}")
                break
    return found


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("cleaner", [None, keep_text], ids=["no-cleaner", "identity-cleaner"])
def test_planted_phi_zero_survivors(charset: str, cleaner: object) -> None:
    data, planted = phi_file_bytes(charset=charset)
    out = _scrub(data, clean_text=cleaner)
    assert out.status == "ok", out.reason
    assert out.data is not None
    assert _survivors(out.data, planted.strings) == []
    for uid in planted.uids:
        assert uid.encode() not in out.data
    ds = pydicom.dcmread(io.BytesIO(out.data))
    # nothing of the private block, overlays, curves, icon, source AE
    assert not any(int(e.tag) >> 16 & 1 for e in ds.iterall())
    assert not any(0x5000 <= int(e.tag) >> 16 <= 0x60FF for e in ds.iterall())
    assert "IconImageSequence" not in ds
    assert "OtherPatientIDsSequence" not in ds
    assert "SourceApplicationEntityTitle" not in ds.file_meta
    # pseudonym and markers
    assert ds.PatientID == ds.PatientName == KEYS.pseudonym(Patient().patient_id)
    assert ds.PatientIdentityRemoved == "YES"
    assert ds.LongitudinalTemporalInformationModified == "MODIFIED"
    # the image itself is copied byte for byte
    assert ds.PixelData == bytes(range(128))
    assert ds.Rows == 8


def test_jis_x_0212_name_is_removed() -> None:
    ds, planted = build_phi_dataset(charset="\\ISO 2022 IR 87\\ISO 2022 IR 159")
    ds.PatientName = "Hashimoto^Kou=橋本^鄧=はしもと^こう"
    ds.StudyDescription = "鄧 橋本 CT"
    data = to_bytes(ds)
    assert b"\x1b$(D" in data
    out = _scrub(data, clean_text=keep_text)
    assert out.status == "ok", out.reason
    assert _survivors(out.data or b"", ["鄧", "橋本", "Hashimoto", "はしもと", *planted.strings]) == []


def test_identity_cleaner_keeps_clinical_words_and_redacts_names() -> None:
    data, _ = phi_file_bytes(charset="ISO_IR 192")
    out = _scrub(data, clean_text=keep_text)
    ds = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert ds.StudyDescription.startswith("CT chest")
    assert "黒沢" not in ds.StudyDescription
    assert ds.SpecificCharacterSet == "ISO_IR 192"
    text_item = ds.ContentSequence[0].ContentSequence[0].ContentSequence[0]  # SR TEXT three levels down
    assert "所見なし" in text_item.TextValue
    assert "黒沢" not in text_item.TextValue and "1985" not in text_item.TextValue


def test_without_cleaner_descriptions_are_emptied_not_kept() -> None:
    data, _ = phi_file_bytes(charset="ISO_IR 192")
    ds = pydicom.dcmread(io.BytesIO(_scrub(data).data or b""))
    assert ds.StudyDescription == ""
    assert ds.SeriesDescription == ""
    assert ds.ImageComments == ""


@pytest.mark.parametrize(
    "name",
    [
        "chrH31.dcm",
        "chrH32.dcm",
        "chrJapMulti.dcm",
        "chrSQEncoding.dcm",
        "chrJapMultiExplicitIR6.dcm",
        "chrSQEncoding1.dcm",
    ],
)
def test_pydicom_japanese_files_leave_no_name(name: str) -> None:
    path = next(f for f in get_charset_files() if f.endswith("/" + name))
    src = pydicom.dcmread(path)
    if "SOPClassUID" not in src:  # the sequence-encoding samples are bare datasets: make them objects
        src.SOPClassUID = "1.2.840.10008.5.1.4.1.1.7"
        src.SOPInstanceUID = "1.2.392.200036.9999.7.1"
        src.StudyInstanceUID = "1.2.392.200036.9999.7.2"
        src.SeriesInstanceUID = "1.2.392.200036.9999.7.3"
        src.file_meta.MediaStorageSOPClassUID = src.SOPClassUID
        src.file_meta.MediaStorageSOPInstanceUID = src.SOPInstanceUID
    data = to_bytes(src)
    planted = [
        "Yamada",
        "Tarou",
        "山田",
        "太郎",
        "やまだ",
        "たろう",
        "ﾔﾏﾀﾞ",
        "ﾀﾛｳ",
        "Doctor",
        "H31EXAMPLE",
        "H32EXAMPLE",
    ]
    present = [p for p in planted if normalize(p) in normalize(str([e.value for e in src.iterall()]))]
    assert present, "the fixture must carry names to remove"
    out = _scrub(data, clean_text=keep_text)
    assert out.status == "ok", out.reason
    assert out.data is not None
    assert _survivors(out.data, planted) == []


def test_ascii_output_has_no_character_set_and_japanese_output_is_utf8() -> None:
    data = Path(_testdata("CT_small.dcm")).read_bytes()
    ds = pydicom.dcmread(io.BytesIO(_scrub(data).data or b""))
    assert "SpecificCharacterSet" not in ds
    src, _ = build_phi_dataset(charset="\\ISO 2022 IR 87")
    src.SeriesDescription = "胸部 造影CT"
    out = _scrub(to_bytes(src), clean_text=keep_text)
    ds = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert ds.SpecificCharacterSet == "ISO_IR 192"
    assert ds.SeriesDescription == "胸部 造影CT"
    assert "胸部 造影CT".encode() in (out.data or b"")
    assert b"\x1b$B" not in (out.data or b"")


def test_method_codes_follow_options() -> None:
    data, _ = phi_file_bytes()
    opts = DicomDeidOptions(clean_pixel_data=False, retain_uids=True, retain_device_identity=True)
    ds = pydicom.dcmread(io.BytesIO(_scrub(data, opts).data or b""))
    codes = [i.CodeValue for i in ds.DeidentificationMethodCodeSequence]
    assert codes[0] == "113100"
    assert set(codes) == {"113100", "113103", "113104", "113105", "113107", "113108", "113109", "113110"}
    assert all(i.CodingSchemeDesignator == "DCM" for i in ds.DeidentificationMethodCodeSequence)
    assert ds.StudyInstanceUID == "1.2.392.200036.9999.1.1"  # retained under Retain UIDs


def test_dates_shift_by_the_patient_offset_and_times_stay() -> None:
    data, _ = phi_file_bytes(study_date="20240117")
    ds = pydicom.dcmread(io.BytesIO(_scrub(data).data or b""))
    from datetime import date, timedelta

    expected = date(2024, 1, 17) + timedelta(days=KEYS.date_shift_days(Patient().patient_id))
    assert ds.StudyDate == expected.strftime("%Y%m%d")
    assert ds.AcquisitionDateTime == expected.strftime("%Y%m%d") + "093000"
    assert ds.StudyTime == "093000"
    assert ds.PatientBirthDate == ""


def test_full_dates_option_keeps_dates_and_no_date_option_removes_them() -> None:
    data, _ = phi_file_bytes(study_date="20240117")
    full = pydicom.dcmread(
        io.BytesIO(
            _scrub(
                data, NO_PIXELS.model_copy(update={"retain_long_modified_dates": False, "retain_long_full_dates": True})
            ).data
            or b""
        )
    )
    assert full.StudyDate == "20240117"
    assert full.LongitudinalTemporalInformationModified == "UNMODIFIED"
    none = pydicom.dcmread(
        io.BytesIO(_scrub(data, NO_PIXELS.model_copy(update={"retain_long_modified_dates": False})).data or b"")
    )
    assert none.StudyDate != "20240117"
    assert none.LongitudinalTemporalInformationModified == "REMOVED"


def test_safe_private_option_keeps_only_listed_numeric_elements() -> None:
    ds, _ = build_phi_dataset()
    block = ds.private_block(0x0019, "SIEMENS MR HEADER", create=True)
    block.add_new(0x0C, "IS", "1000")
    block.add_new(0x10, "LO", "Kurosawa")
    opts = NO_PIXELS.model_copy(update={"retain_safe_private": True})
    out = pydicom.dcmread(io.BytesIO(_scrub(to_bytes(ds), opts).data or b""))
    kept = out.private_block(0x0019, "SIEMENS MR HEADER")
    assert kept[0x0C].value == 1000
    assert 0x0019_1010 not in out
    assert not any(int(e.tag) >> 16 == 0x0009 for e in out)


# ------------------------------------------------------------------------------------------------ fail closed


def _assert_quarantined(data: bytes, words: str) -> None:
    out = _scrub(data)
    assert out.status == "quarantined"
    assert out.data is None
    assert words in out.reason


def test_non_dicom_is_quarantined() -> None:
    _assert_quarantined(b"%PDF-1.4 not an image" * 20, "not a DICOM")


def test_truncated_pixel_data_is_quarantined() -> None:
    data, _ = phi_file_bytes()
    _assert_quarantined(data[:-40], "pixel data shorter")


def test_pixel_data_shorter_than_image_needs_is_quarantined() -> None:
    ds, _ = build_phi_dataset()
    ds.PixelData = b"\x00" * 64  # 8x8x16 bit needs 128
    _assert_quarantined(to_bytes(ds), "pixel data shorter")


def test_garbage_after_preamble_is_quarantined() -> None:
    data = b"\x00" * 128 + b"DICM" + bytes((i * 37 + 11) % 256 for i in range(4000))
    out = _scrub(data)
    assert out.status == "quarantined"


def test_unknown_transfer_syntax_is_quarantined() -> None:
    data, _ = phi_file_bytes()
    assert data.count(b"1.2.840.10008.1.2.1\x00") == 1
    _assert_quarantined(data.replace(b"1.2.840.10008.1.2.1\x00", b"1.2.840.99999.1.2.1\x00"), "unknown transfer syntax")


def test_dicomdir_is_quarantined() -> None:
    path = _testdata("DICOMDIR")
    _assert_quarantined(Path(path).read_bytes(), "DICOMDIR")


def test_undecodable_text_is_quarantined() -> None:
    ds, _ = build_phi_dataset(charset="ISO 2022 IR 87")  # no ASCII designation: pydicom cannot round-trip
    with pytest.warns(UserWarning):
        data = to_bytes(ds)
    out = _scrub(data)
    assert out.status == "quarantined"


def test_pixel_candidates_fail_closed_without_a_pixel_cleaner() -> None:
    data, _ = phi_file_bytes(modality="US", sop_class=US_STORAGE)
    out = scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=None)
    assert out.status == "quarantined"
    assert out.reason == "pixel cleaning unavailable"
    # without the option, the same object passes (the header is still scrubbed)
    assert scrub_bytes(data, options=NO_PIXELS, keys=KEYS, pixel_cleaner=None).status == "ok"


class _Status:
    def __init__(self, status: str) -> None:
        self.status = status
        self.reason = "synthetic"


def test_pixel_cleaner_verdicts_are_obeyed() -> None:
    data, _ = phi_file_bytes(modality="US", sop_class=US_STORAGE)
    seen: list[KnownIdentifiers] = []

    def quarantine(ds: Dataset, known: KnownIdentifiers, options: object, decision: object) -> _Status:
        return _Status("quarantine")

    def clean(ds: Dataset, known: KnownIdentifiers, options: object, decision: object) -> _Status:
        assert getattr(decision, "candidate", False)  # the source header's decision is handed over
        seen.append(known)
        assert "PixelData" in ds
        assert ds.PatientID != Patient().patient_id  # called after the header is scrubbed
        return _Status("clean")

    assert scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=quarantine).status == "quarantined"
    ok = scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=clean)
    assert ok.status == "ok", ok.reason
    assert seen and Patient().patient_id in seen[0].ids  # identifiers from the source header


# ------------------------------------------------------------------------------------------------ verifier


def test_verifier_rejects_the_identified_source() -> None:
    data, _ = phi_file_bytes()
    verdict = verify.verify_file_pair(data, data, NO_PIXELS)
    assert not verdict.ok
    joined = " ".join(verdict.reasons)
    assert "source identifier survives" in joined
    assert "private" in joined
    for r in verdict.reasons:  # reasons never carry values
        assert "Kurosawa" not in r and "KR7730419" not in r


def test_verifier_catches_a_name_planted_after_scrubbing() -> None:
    data, _ = phi_file_bytes(charset="\\ISO 2022 IR 87")
    out = _scrub(data)
    assert out.data is not None
    assert verify.verify_file_pair(data, out.data, NO_PIXELS).ok
    ds = pydicom.dcmread(io.BytesIO(out.data))
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.ConvolutionKernel = "くろさわ"  # a kept element (safe text), kana only
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    assert not verify.verify_file_pair(data, buf.getvalue(), NO_PIXELS).ok
    ds.ConvolutionKernel = "B30f"
    ds.add_new(0x00291010, "OB", "黒沢".encode("shift_jis") + b"\x00\x00")
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    verdict = verify.verify_file_pair(data, buf.getvalue(), NO_PIXELS)
    assert not verdict.ok


def test_verifier_rejects_unshifted_dates_and_source_uids() -> None:
    data, _ = phi_file_bytes()
    out = _scrub(data)
    ds = pydicom.dcmread(io.BytesIO(out.data or b""))
    ds.StudyDate = "20240117"
    ds.FrameOfReferenceUID = "1.2.392.200036.9999.1.3"
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    reasons = " ".join(verify.verify_file_pair(data, buf.getvalue(), NO_PIXELS).reasons)
    assert "unshifted" in reasons
    assert "source UID" in reasons


def test_verifier_reader_is_strict() -> None:
    data, _ = phi_file_bytes()
    out = _scrub(data).data or b""
    assert verify.verify_file_pair(data, out, NO_PIXELS).ok
    # bytes after the pixel data
    trailer = struct.pack("<HH2sHI", 0xFFFC, 0xFFFC, b"OB", 0, 4) + b"\x00\x00\x00\x00"
    assert not verify.verify_file_pair(data, out + trailer, NO_PIXELS).ok
    # truncated output
    assert not verify.verify_file_pair(data, out[:-10], NO_PIXELS).ok
    # text that is not ASCII while no character set is declared (the output is all ASCII here)
    assert b"SynthCo" in out
    bad = out.replace(b"SynthCo", "Synthé".encode())  # same length, one non-ASCII character
    assert verify.verify_file_pair(data, bad, NO_PIXELS).reasons == ("text not valid in the declared character set",)
    # a declared character set other than the one Sekisho writes
    ds = pydicom.dcmread(io.BytesIO(out))
    ds.SpecificCharacterSet = "ISO_IR 100"
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    assert "SpecificCharacterSet is not ISO_IR 192" in verify.verify_file_pair(data, buf.getvalue(), NO_PIXELS).reasons


def test_known_identifiers_from_the_vault_are_swept_too() -> None:
    ds, _ = build_phi_dataset()
    ds.ConvolutionKernel = "Tanaka special"
    known = KnownIdentifiers(names=(PersonName(family="田中", family_romaji="Tanaka"),))
    out = _scrub(to_bytes(ds), known=known)
    assert out.status == "ok", out.reason
    assert b"Tanaka" not in (out.data or b"")


def test_institution_and_station_names_are_swept_from_free_text() -> None:
    ds, _ = build_phi_dataset()
    ds.SeriesDescription = "港中央病院 KUROSAWA_WS 胸部"
    out = _scrub(to_bytes(ds), clean_text=keep_text)
    got = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert "港中央病院" not in got.SeriesDescription and "KUROSAWA_WS" not in got.SeriesDescription
    assert "胸部" in got.SeriesDescription
    kept = _scrub(
        to_bytes(ds), NO_PIXELS.model_copy(update={"retain_institution_identity": True}), clean_text=keep_text
    )
    got = pydicom.dcmread(io.BytesIO(kept.data or b""))
    assert got.InstitutionName == "港中央病院"


def test_birth_date_in_era_and_kanji_numerals_is_swept() -> None:
    ds, _ = build_phi_dataset()
    ds.ConvolutionKernel = "昭和六十年四月十二日"
    ds.FilterType = "S60.04.12"
    ds.PlateType = "１９８５年４月１２日"
    ds.WindowCenterWidthExplanation = "85/04/12"
    out = _scrub(to_bytes(ds))
    got = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert "六十" not in got.ConvolutionKernel
    assert "S60" not in got.FilterType
    assert "１９８５" not in got.PlateType and "1985" not in got.PlateType
    assert "85/04/12" not in got.WindowCenterWidthExplanation


def test_deid_recipe_actions_apply() -> None:
    recipe = (
        "FORMAT dicom\n%header\nREMOVE PatientSex\nREPLACE Manufacturer SYNTH\nKEEP SeriesNumber\n"
        "JITTER StudyDate var:j\n"
    )
    opts = options_from_deid_recipe(recipe, NO_PIXELS)
    assert HeaderAction(tag="PatientSex", action="remove") in opts.extra_actions
    data, _ = phi_file_bytes()
    ds = pydicom.dcmread(io.BytesIO(_scrub(data, opts).data or b""))
    assert "PatientSex" not in ds
    assert ds.Manufacturer == "SYNTH"


def test_file_and_dataset_entry_points_agree(tmp_path: Path) -> None:
    from gateway.scrub.dicom.engine import scrub_ds, scrub_file

    ds, _ = build_phi_dataset()
    data = to_bytes(ds)
    (tmp_path / "a.dcm").write_bytes(data)
    by_bytes = _scrub(data)
    by_file = scrub_file(tmp_path / "a.dcm", options=NO_PIXELS, keys=KEYS)
    by_ds = scrub_ds(ds, options=NO_PIXELS, keys=KEYS)
    assert by_bytes.data == by_file.data == by_ds.data
    assert scrub_file(tmp_path / "missing.dcm", options=NO_PIXELS, keys=KEYS).status == "quarantined"


def test_output_path_is_built_from_new_uids_only() -> None:
    data, _ = phi_file_bytes()
    out = _scrub(data)
    assert out.relpath is not None
    study, series, sop = out.relpath.split("/")
    assert study.startswith("2.25.") and series.startswith("2.25.") and sop.endswith(".dcm")
    assert "9999" not in out.relpath


def test_implicit_little_endian_round_trips() -> None:
    data, planted = phi_file_bytes(implicit=True)
    out = _scrub(data)
    assert out.status == "ok", out.reason
    ds = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2"
    assert ds.PixelData == bytes(range(128))
    assert _survivors(out.data or b"", planted.strings) == []


def test_encapsulated_pixel_data_is_copied_raw() -> None:
    path = _testdata("JPEG2000.dcm")
    data = Path(path).read_bytes()
    out = _scrub(data)
    assert out.status == "ok", out.reason
    src = pydicom.dcmread(path)
    ds = pydicom.dcmread(io.BytesIO(out.data or b""))
    assert ds.PixelData == src.PixelData


def test_trailing_padding_after_pixel_data_is_dropped() -> None:
    data, _ = phi_file_bytes()
    trailer = struct.pack("<HH2sHI", 0xFFFC, 0xFFFC, b"OB", 0, 8) + b"KR201234"
    out = _scrub(data + trailer)
    assert out.status == "ok"
    assert b"KR201234" not in (out.data or b"")


# ------------------------------------------------------------------------------ raw element path vs pydicom path


def _decoded(out: bytes) -> list[tuple[int, str, str]]:
    ds = pydicom.dcmread(io.BytesIO(out))
    return [(int(e.tag), e.VR, "SQ" if e.VR == "SQ" else repr(e.value)) for e in ds.iterall() if e.tag != 0x00080005]


def _big_endian(ds: Dataset) -> bytes:
    ds.PixelData = b"\x00" * len(ds.PixelData)  # the same bytes in either order
    ds.file_meta.TransferSyntaxUID = pydicom.uid.ExplicitVRBigEndian
    data = to_bytes(ds)
    assert pydicom.dcmread(io.BytesIO(data)).Rows == ds.Rows  # numbers byte-swapped, read back the same
    return data


def _deflated(data: bytes) -> bytes:
    ds = pydicom.dcmread(io.BytesIO(data))
    ds.file_meta.TransferSyntaxUID = pydicom.uid.DeflatedExplicitVRLittleEndian
    buf = io.BytesIO()
    ds.save_as(buf, enforce_file_format=True)
    return buf.getvalue()


@pytest.mark.parametrize("charset", CHARSETS)
@pytest.mark.parametrize("layout", ["explicit", "implicit", "big-endian", "deflated"])
def test_raw_path_and_pydicom_path_agree(charset: str, layout: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast path (raw elements) takes every little/big-endian and deflated file; the pydicom path stays for
    the rest. Both must decide the same for every element, and the verifier passes both."""
    from gateway.scrub.dicom import engine
    from gateway.scrub.dicom.elements import Fallback

    ds, planted = build_phi_dataset(charset=charset, implicit=layout == "implicit")
    data = _big_endian(ds) if layout == "big-endian" else to_bytes(ds)
    if layout == "deflated":
        data = _deflated(data)
    calls: list[str] = []
    pydicom_path = engine._scrub_pydicom

    def spy(*args: object) -> Outcome:
        calls.append("pydicom")
        return pydicom_path(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "_scrub_pydicom", spy)
    fast = _scrub(data, clean_text=keep_text)
    assert fast.status == "ok", fast.reason
    assert calls == []  # the raw path took it

    def no_raw(*args: object) -> Outcome:
        raise Fallback("forced")

    monkeypatch.setattr(engine, "_scrub_raw", no_raw)
    slow = _scrub(data, clean_text=keep_text)
    assert slow.status == "ok", slow.reason
    assert calls == ["pydicom"]
    assert fast.data is not None and slow.data is not None
    assert _decoded(fast.data) == _decoded(slow.data)
    assert fast.relpath == slow.relpath and fast.pseudonym == slow.pseudonym
    assert _survivors(fast.data, planted.strings) == []


def test_truncated_nested_sequence_is_quarantined() -> None:
    ds, _ = build_phi_dataset()
    data = to_bytes(ds)
    ds2 = pydicom.dcmread(io.BytesIO(data))
    assert any(e.VR == "SQ" for e in ds2)
    # cut the file inside the header, in the middle of the first sequence's items
    first_sq = next(e for e in ds2 if e.VR == "SQ")
    tag = struct.pack("<HH", first_sq.tag.group, first_sq.tag.element)
    cut = data.index(tag) + 40
    out = _scrub(data[:cut])
    assert out.status == "quarantined"
    assert "truncated" in out.reason or "unreadable" in out.reason


def test_graylist_layout_makes_a_ct_a_pixel_candidate() -> None:
    """Candidacy is ``gateway.scrub.pixels.candidacy`` on the source header: deid's graylist layouts (a GE CT dose
    report screen) make candidates beyond the modality list."""
    ds, _ = build_phi_dataset(modality="CT")
    ds.Manufacturer = "GE MEDICAL SYSTEMS"
    ds.SeriesDescription = "Dose Report"
    report = scrub_bytes(to_bytes(ds), options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=None)
    assert report.status == "quarantined"
    assert report.reason == "pixel cleaning unavailable"
    ds.SeriesDescription = "Chest 5mm"
    plain = scrub_bytes(to_bytes(ds), options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=None)
    assert plain.status == "ok", plain.reason


def test_corrupted_files_never_raise_and_never_leak() -> None:
    """Truncations and byte flips anywhere in the header: every outcome is a quarantine or a verified output
    without the planted identifiers (the raw reader and the pydicom path alike never raise)."""
    import random

    rnd = random.Random(3)
    for charset, implicit in (("ISO_IR 192", False), ("\\ISO 2022 IR 87", False), ("ISO_IR 192", True)):
        data, planted = phi_file_bytes(charset=charset, implicit=implicit)
        header_end = data.index(struct.pack("<HH", 0x7FE0, 0x0010))
        cases = [data[:cut] for cut in range(140, len(data), 23)]
        for _ in range(60):
            m = bytearray(data)
            for _ in range(rnd.randint(1, 3)):
                m[rnd.randrange(132, header_end)] = rnd.randrange(256)
            cases.append(bytes(m))
        for case in cases:
            out = _scrub(case)
            assert out.status in ("ok", "quarantined")
            if out.data is not None:
                assert _survivors(out.data, planted.strings) == []


@pytest.mark.parametrize("charset", CHARSETS)
def test_a_broken_raw_scrubber_is_stopped_by_the_verifier(charset: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the raw path's scrubber kept everything (or only forgot the sweep), the independent verifier, with the
    source facts it decoded itself, quarantines the file."""
    from gateway.scrub.dicom import actions, engine
    from gateway.scrub.dicom.elements import Elem

    data, _ = phi_file_bytes(charset=charset)

    def keep_all(elems: list[Elem], ctx: object, scope: object, *, top: bool = True) -> list[Elem]:
        return [el for el in elems if el.tag not in (0x00080005, 0x00120062, 0x00120063, 0x00120064, 0x00280303)]

    monkeypatch.setattr(engine, "scrub_elements", keep_all)
    out = _scrub(data)
    assert out.status == "quarantined"
    assert out.reason.startswith("verifier:")
    monkeypatch.undo()

    monkeypatch.setattr(actions, "_redact", lambda vr, value, ctx: value)  # the sweep finds but changes nothing
    out = _scrub(data, clean_text=keep_text)
    assert out.status == "quarantined"
    assert "source identifier survives" in out.reason


def test_un_elements_are_read_with_their_dictionary_vr(monkeypatch: pytest.MonkeyPatch) -> None:
    """Explicit VR files from converters that lost the VR (UN): a name or an identifier under UN is still collected,
    swept and decided by its dictionary VR, on both paths alike."""
    from gateway.scrub.dicom import engine
    from gateway.scrub.dicom.elements import Fallback

    ds, _ = build_phi_dataset(charset="ISO_IR 192")
    ds.add_new(0x00080090, "UN", "Kurosawa^Akira=黒沢^明".encode())  # ReferringPhysicianName
    ds.add_new(0x00081030, "UN", "黒沢 follow-up CT".encode())  # StudyDescription (cleaned)
    ds.add_new(0x00181030, "UN", b"CHEST KUROSAWA ")  # ProtocolName
    data = to_bytes(ds)
    assert b"UN" in data
    fast = _scrub(data, clean_text=keep_text, known=KnownIdentifiers(names=(PersonName(family="Kurosawa"),)))
    assert fast.status == "ok", fast.reason
    assert fast.data is not None and b"kurosawa" not in fast.data.lower()
    assert "黒沢".encode() not in fast.data
    monkeypatch.setattr(engine, "_scrub_raw", lambda *a: (_ for _ in ()).throw(Fallback("forced")))
    slow = _scrub(data, clean_text=keep_text, known=KnownIdentifiers(names=(PersonName(family="Kurosawa"),)))
    assert slow.status == "ok", slow.reason
    assert slow.data is not None
    assert _decoded(fast.data) == _decoded(slow.data)


def test_a_candidate_the_cleaner_does_not_check_is_quarantined() -> None:
    """A cleaner that answers not_candidate for an object the source header made a candidate (here by a deid
    layout rule on a description the profile empties) does not get it written with unchecked pixels."""

    def not_candidate(ds: Dataset, known: KnownIdentifiers, options: object, decision: object) -> _Status:
        return _Status("not_candidate")

    ds, _ = build_phi_dataset(modality="CT")
    ds.Manufacturer = "GE MEDICAL SYSTEMS"
    ds.SeriesDescription = "Dose Report"
    out = scrub_bytes(to_bytes(ds), options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=not_candidate)
    assert out.status == "quarantined"
    assert out.reason == "pixel cleaning: a candidate by the source header was not checked"


def test_raw_candidacy_reads_only_what_it_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The raw path's candidacy view holds only the elements candidacy reads (and the character set): the decision
    (candidate, reasons, deid matches with coordinates, modality, US regions) is the one a view of the whole
    header gives, on every pydicom test file and on the synthetic pixel images."""
    from gateway.scrub.dicom import engine
    from tests.support.pixels import make_ct_dose_report, make_sc, make_us, make_xa

    base = Path(pydicom.__file__).parent / "data"
    corpus = [p.read_bytes() for p in sorted(base.rglob("*")) if p.is_file() and p.suffix in ("", ".dcm")]
    corpus += [to_bytes(s.ds) for s in (make_us(0), make_sc(0), make_xa(0), make_ct_dose_report())]
    subset = engine._candidacy_elements
    source_candidacy = engine._source_candidacy

    def decisions(choose: object) -> list[object]:
        seen: list[object] = []

        def spy(ds: Dataset, pixel_options: object) -> tuple[bool, object]:
            found = source_candidacy(ds, pixel_options)
            seen.append(found[1])
            return found

        with monkeypatch.context() as m:
            m.setattr(engine, "_candidacy_elements", choose)
            m.setattr(engine, "_source_candidacy", spy)
            m.setattr(engine, "_candidacy_cache", {})
            for data in corpus:
                if data[128:132] == b"DICM":
                    scrub_bytes(data, options=DicomDeidOptions(), keys=KEYS, pixel_cleaner=None)
        return seen

    narrow = decisions(subset)
    assert len(narrow) > 100  # distinct keys (the memo is emptied for each run, files sharing a key share it)
    assert sum(bool(getattr(d, "candidate", False)) for d in narrow) >= 4
    assert narrow == decisions(lambda elems, top, read: elems)
