"""Pixel scrubber parts that need no OCR: boxes and candidates, separation, identifier forms, deid filters,
frame decoding/re-encoding, candidacy, frame sampling, the verification rule."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pydantic
import pytest
from pydicom.dataset import Dataset
from pydicom.uid import JPEG2000Lossless, RLELossless

from gateway.scrub.pixels import candidacy, clean_pixel_data
from gateway.scrub.pixels._boxes import Box, extend_lines, group_lines, label_boxes, smear, text_candidates
from gateway.scrub.pixels._clean import identifier_in_frame, remaining_text
from gateway.scrub.pixels._detect import FrameText, separation
from gateway.scrub.pixels._filters import eval_label, evaluate, load_recipe
from gateway.scrub.pixels._frames import DecodeError, decode, gray8, write_back
from gateway.scrub.pixels._identifiers import date_forms, find_identifiers, identifier_forms, normalise
from gateway.scrub.pixels._ocr import Word, parse_tsv
from gateway.scrub.pixels._sampling import select_frames
from policies.identifiers import KnownIdentifiers
from policies.pixel_options import PixelOptions
from tests.support.pixels import (
    PATIENT,
    _draw,
    make_ct_dose_report,
    make_ct_like,
    make_sc,
    make_us,
    make_xa,
    to_jpeg_baseline,
)

ROOT = Path(__file__).resolve().parents[2]


# --- boxes -------------------------------------------------------------------------------------------------------


def _flood_boxes(mask: np.ndarray) -> set[tuple[int, int, int, int]]:
    """Reference 8-connected labelling by flood fill."""
    seen = np.zeros_like(mask, dtype=bool)
    out = set()
    rows, cols = mask.shape
    for r0, c0 in zip(*np.nonzero(mask), strict=True):
        if seen[r0, c0]:
            continue
        stack = [(r0, c0)]
        seen[r0, c0] = True
        ys, xs = [], []
        while stack:
            r, c = stack.pop()
            ys.append(r)
            xs.append(c)
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    rr, cc = r + dr, c + dc
                    if 0 <= rr < rows and 0 <= cc < cols and mask[rr, cc] and not seen[rr, cc]:
                        seen[rr, cc] = True
                        stack.append((rr, cc))
        out.add((min(xs), min(ys), max(xs) + 1, max(ys) + 1))
    return out


@pytest.mark.parametrize("seed", range(5))
def test_label_boxes_matches_flood_fill(seed: int) -> None:
    mask = np.random.default_rng(seed).random((40, 50)) > 0.7
    got = {(b.x0, b.y0, b.x1, b.y1) for b, _ in label_boxes(mask)}
    assert got == _flood_boxes(mask)
    assert sum(n for _, n in label_boxes(mask)) == int(mask.sum())


def test_smear_fills_only_short_gaps_between_ink() -> None:
    row = np.array([[1, 0, 0, 1, 0, 0, 0, 0, 1, 0]], dtype=bool)
    assert smear(row, 2, axis=1).astype(int).tolist() == [[1, 1, 1, 1, 0, 0, 0, 0, 1, 0]]
    assert smear(row.T, 2, axis=0).T.astype(int).tolist() == [[1, 1, 1, 1, 0, 0, 0, 0, 1, 0]]


def test_group_lines_joins_words_of_a_line_not_lines_of_a_page() -> None:
    a, b = Box(10, 10, 40, 22), Box(50, 11, 90, 23)  # one line, gap 10 < 1.2 x 12
    c = Box(10, 40, 40, 52)  # the next line
    assert sorted(group_lines([a, b, c])) == [Box(10, 10, 90, 23), c]


def test_extend_lines_completes_a_partly_read_line_but_stops_at_a_border() -> None:
    img = np.zeros((60, 300), dtype=np.float32)
    box = _draw(img, "YAMADA TARO", (10, 20), 16, 255.0)
    img[:, 200:] = np.random.default_rng(0).normal(128, 40, size=(60, 100))  # noisy panel after the text
    from gateway.scrub.pixels._boxes import edge_map

    edges = edge_map(np.clip(img, 0, 255).astype(np.uint8), 40)
    seed = Box(box[0], box[1], box[0] + 20, box[3])  # OCR read only "YA"
    (grown,) = extend_lines([seed], edges)
    assert grown.x1 >= box[2]
    assert grown.x1 < 210


def test_text_candidates_find_text_and_ignore_flat_background() -> None:
    img = np.full((100, 200), 30.0, dtype=np.float32)
    box = _draw(img, "ID:12345678", (20, 40), 14, 220.0)
    gray = np.clip(img, 0, 255).astype(np.uint8)
    cands = text_candidates(gray)
    assert cands
    assert any(Box(*box).intersection(c) >= 0.8 * Box(*box).area for c in cands)
    assert text_candidates(np.full((100, 200), 30, dtype=np.uint8)) == []


def test_separation_tells_glyphs_from_noise() -> None:
    img = np.full((30, 120), 20.0, dtype=np.float32)
    box = _draw(img, "TARO 1980", (5, 5), 16, 230.0)
    glyphs = np.clip(img, 0, 255).astype(np.uint8)[box[1] : box[3], box[0] : box[2]]
    noise = np.random.default_rng(1).rayleigh(40, size=(20, 60)).clip(0, 255).astype(np.uint8)
    assert separation(glyphs) >= 0.8
    assert separation(noise) < 0.75
    assert separation(np.zeros((5, 5), dtype=np.uint8)) == 0.0


# --- OCR output parsing ----------------------------------------------------------------------------------------


def test_parse_tsv_keeps_words_per_page() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t640\t480\t-1\t",
        "5\t1\t1\t1\t1\t1\t10\t20\t30\t12\t91.5\tYAMADA",
        "5\t2\t1\t1\t1\t1\t5\t6\t7\t8\t40\t 山田 ",
        "5\t2\t1\t1\t1\t2\t5\t6\t7\t8\t40\t ",
    ]
    pages = parse_tsv("\n".join([header, *rows]), 2)
    assert [(w.x0, w.y0, w.x1, w.y1, w.conf, w.text) for w in pages[0]] == [(10, 20, 40, 32, 91.5, "YAMADA")]
    assert [w.text for w in pages[1]] == ["山田"]
    assert "YAMADA" not in repr(pages[0][0])


# --- identifiers -----------------------------------------------------------------------------------------------


def test_identifier_forms_cover_scripts_ids_and_dates() -> None:
    forms = identifier_forms(PATIENT)
    for text in ("YAMADA", "Taro", "山田", "太郎", "やまだ", "ヤマダ", "12345678", "1980/05/12", "1980年5月12日"):
        assert find_identifiers(f"xx {text} yy", forms) >= 1, text
    assert find_identifiers("昭和55年5月12日", forms) >= 1
    assert find_identifiers("S55.05.12", forms) >= 1
    assert find_identifiers("ＹＡＭＡＤＡ　ＴＡＲＯ", forms) >= 1  # full width
    # one OCR confusion in a long form is tolerated, not in a short one
    assert find_identifiers("ID 12348678", forms) == 1
    assert find_identifiers("2024.11.03 14:22 CH1 10cm", forms) == 0
    assert find_identifiers("山本", forms) == 0


def test_date_forms_and_normalise() -> None:
    assert normalise("1980/05/12") == "19800512"
    forms = date_forms(date(2019, 5, 1))
    assert normalise("令和元年5月1日") in forms
    assert normalise("R1.05.01") in forms
    assert identifier_forms(KnownIdentifiers()) == set()


# --- options -----------------------------------------------------------------------------------------------------


def test_pixel_options_are_frozen_and_strict() -> None:
    o = PixelOptions()
    with pytest.raises(pydantic.ValidationError):
        PixelOptions(nonsense=True)  # type: ignore[call-arg]
    with pytest.raises(pydantic.ValidationError):
        o.verify = False  # type: ignore[misc]
    assert "US" in o.modalities and "XA" in o.modalities and "SC" in o.modalities
    assert not o.trust_burned_in_annotation


# --- deid filters ----------------------------------------------------------------------------------------------


def test_deid_filter_data_equals_a_fresh_conversion(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "gateway.scrub.pixels.deid_import", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.returncode == 0
    committed = ROOT / "policies" / "data" / "deid-filters"
    names = sorted(p.name for p in tmp_path.glob("*.json"))
    assert names == sorted(p.name for p in committed.glob("*.json"))
    for name in names:
        assert json.loads((tmp_path / name).read_text()) == json.loads((committed / name).read_text()), name


def test_deid_graylist_has_known_layouts() -> None:
    data = load_recipe("deid.dicom")
    gray = data["lists"]["graylist"]
    assert len(gray) > 100
    boxes = [c["region"] for label in gray for c in label["coordinates"] if isinstance(c["region"], list)]
    assert [0, 0, 512, 121] in boxes  # LightSpeed dose report
    assert all(len(b) == 4 and b[2] >= b[0] and b[3] >= b[1] for b in boxes)


def _ds(**kw: object) -> Dataset:
    ds = Dataset()
    for k, v in kw.items():
        setattr(ds, k, v)
    return ds


def test_filter_terms_and_operators() -> None:
    label = {
        "lines": [
            {"operator": None, "terms": [{"action": "contains", "field": "Modality", "value": "CT|MR"}], "inner": []},
            {
                "operator": "and",
                "terms": [
                    {"action": "contains", "field": "ImageType", "value": "SAVE"},
                    {"action": "empty", "field": "SeriesDescription", "value": None},
                ],
                "inner": ["or"],
            },
            {"operator": "or", "terms": [{"action": "equals", "field": "BurnedInAnnotation", "value": "yes"}]}
            | {"inner": []},
        ]
    }
    assert eval_label(_ds(Modality="CT", ImageType=["DERIVED", "SCREEN SAVE"]), label)
    assert eval_label(_ds(Modality="MR", SeriesDescription=""), label)
    assert not eval_label(_ds(Modality="MR", SeriesDescription="T1", ImageType=["ORIGINAL"]), label)
    assert not eval_label(_ds(Modality="US", ImageType=["SAVE"]), label)
    assert eval_label(_ds(Modality="US", BurnedInAnnotation="YES"), label)
    # missing vs empty vs present, and unknown keywords never match
    t = {"lines": [{"operator": None, "terms": [{"action": "missing", "field": "Manfacturer"}], "inner": []}]}
    assert eval_label(_ds(Modality="CT"), t)


def test_deid_layout_makes_a_candidate_and_a_fixed_mask() -> None:
    ds = make_ct_like()
    assert not candidacy(ds, PixelOptions()).candidate
    ds.ManufacturerModelName = "LightSpeed VCT"
    ds.ImageType = ["DERIVED", "SECONDARY", "SCREEN SAVE"]
    cand = candidacy(ds, PixelOptions())
    assert cand.candidate
    assert any("deid graylist" in r for r in cand.reasons)
    matches = [m for m in evaluate(ds, ("deid.dicom",)).in_list("graylist") if m.label == "LightSpeed Dose Report"]
    assert matches and Box(0, 0, 512, 121) in matches[0].mask
    assert not candidacy(ds, PixelOptions(apply_deid_coordinates=False, deid_filters=())).candidate


# --- candidacy -------------------------------------------------------------------------------------------------


def test_candidacy_by_modality_sop_and_header() -> None:
    o = PixelOptions()
    us = make_us(0).ds
    assert candidacy(us, o).candidate  # header says NO: still a candidate by default
    assert not candidacy(us, PixelOptions(trust_burned_in_annotation=True)).candidate
    ct = make_ct_like()
    assert not candidacy(ct, o).candidate
    ct.BurnedInAnnotation = "YES"
    assert candidacy(ct, o).candidate
    del ct.PixelData
    assert candidacy(ct, o).candidate  # header rules only
    out = clean_pixel_data(ct, PATIENT, o)
    assert (out.status, out.reason) == ("not_candidate", "no pixel data")


def test_not_candidate_leaves_the_dataset_alone() -> None:
    ds = make_ct_like()
    before = ds.PixelData
    out = clean_pixel_data(ds, PATIENT, PixelOptions())
    assert out.status == "not_candidate"
    assert ds.PixelData == before
    assert "BurnedInAnnotation" not in ds


# --- decoding and re-encoding ----------------------------------------------------------------------------------


def test_decode_16bit_multiframe_and_window() -> None:
    s = make_xa(0, frames=3)
    f = decode(s.ds)
    assert f.arr.shape == (3, 512, 512) and f.arr.dtype == np.uint16 and f.bits_stored == 12
    assert np.array_equal(f.arr, s.original)
    g = gray8(f, 0)
    assert g.dtype == np.uint8 and g.min() == 0 and g.max() == 255
    assert int(f.mask_value()) == 0


def test_monochrome1_masks_white_and_views_inverted() -> None:
    s = make_xa(0, frames=1)
    s.ds.PhotometricInterpretation = "MONOCHROME1"
    f = decode(s.ds)
    assert int(f.mask_value()) == 4095
    assert np.array_equal(gray8(f, 0), 255 - gray8(decode(make_xa(0, frames=1).ds), 0))


def test_native_ybr_stays_ybr_and_masks_to_black() -> None:
    s = make_sc(0)
    rgb = s.original[0]
    from pydicom.pixels import convert_color_space

    ybr = convert_color_space(rgb, "RGB", "YBR_FULL")
    ds = s.ds
    ds.set_pixel_data(ybr, "YBR_FULL", 8, generate_instance_uid=False)
    f = decode(ds)
    assert f.photometric == "YBR_FULL"
    assert np.array_equal(f.arr[0], ybr)
    assert f.mask_value().tolist() == [0, 128, 128]


@pytest.mark.parametrize("syntax", [RLELossless, JPEG2000Lossless])
def test_lossless_compressed_roundtrip_and_write_back(syntax: str) -> None:
    s = make_xa(1, frames=2)
    s.ds.compress(syntax, generate_instance_uid=False)
    f = decode(s.ds)
    assert np.array_equal(f.arr, s.original)
    f.arr[:, :10, :10] = 0
    write_back(s.ds, f)
    assert s.ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"
    assert "LossyImageCompression" not in s.ds or s.ds.LossyImageCompression == "00"
    out = s.ds.pixel_array
    assert out.shape == (2, 512, 512) and int(out[0, :10, :10].max()) == 0
    assert np.array_equal(out[:, 10:, 10:], s.original[:, 10:, 10:])


def test_lossy_source_keeps_lossy_flag() -> None:
    s = make_us(0)
    to_jpeg_baseline(s.ds)
    f = decode(s.ds)
    assert f.arr.shape == (1, 480, 640)
    write_back(s.ds, f)
    assert s.ds.LossyImageCompression == "01"
    assert s.ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"


def test_rgb_jpeg_decodes_to_rgb() -> None:
    s = make_sc(0)
    to_jpeg_baseline(s.ds, quality=98)
    f = decode(s.ds)
    assert f.photometric == "RGB" and f.arr.shape == (1, 480, 640, 3)
    assert float(np.abs(f.arr.astype(int) - s.original.astype(int)).mean()) < 3


def test_undecodable_inputs_raise_safe_errors() -> None:
    s = make_us(0)
    to_jpeg_baseline(s.ds)
    s.ds.PixelData = s.ds.PixelData[:200]
    with pytest.raises(DecodeError) as err:
        decode(s.ds)
    assert "YAMADA" not in str(err.value)
    s2 = make_us(0)
    s2.ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.4.100"  # MPEG2: not decodable here
    with pytest.raises(DecodeError, match="transfer syntax"):
        decode(s2.ds)
    s3 = make_us(0)
    s3.ds.PixelData = s3.ds.PixelData[:1000]  # truncated native data
    with pytest.raises(DecodeError):
        decode(s3.ds)


def test_undecodable_is_quarantined_without_touching_the_dataset() -> None:
    s = make_us(0)
    to_jpeg_baseline(s.ds)
    s.ds.PixelData = s.ds.PixelData[:200]
    before = s.ds.PixelData
    out = clean_pixel_data(s.ds, PATIENT, PixelOptions())
    assert out.status == "quarantine"
    assert out.reason.startswith("undecodable pixel data")
    assert s.ds.PixelData == before and s.ds.BurnedInAnnotation == "NO"  # untouched (the header's own claim)


# --- frame sampling ----------------------------------------------------------------------------------------------


def _cine_views(s: object, n: int) -> list[np.ndarray]:
    f = decode(s.ds)  # type: ignore[attr-defined]
    from gateway.scrub.pixels._frames import luminance_window

    w = luminance_window(f)
    return [gray8(f, i, w) for i in range(n)]


def test_sampling_skips_frames_with_unchanged_text() -> None:
    s = make_xa(1, frames=12)
    views = _cine_views(s, 12)
    picked = select_frames(views, PixelOptions())
    assert picked[0] == 0 and picked[-1] == 11
    assert len(picked) < 6
    assert select_frames(views, PixelOptions(frame_sampling="all")) == list(range(12))
    gaps = np.diff(picked)
    assert gaps.max() <= PixelOptions().max_frame_gap


def test_sampling_picks_the_frame_where_new_text_appears() -> None:
    s = make_xa(1, frames=12)
    views = [v.astype(np.float32) for v in _cine_views(s, 12)]
    for i in range(6, 12):
        _draw(views[i], "ID:99999999", (180, 150), 18, 255.0)
    views8 = [np.clip(v, 0, 255).astype(np.uint8) for v in views]
    assert 6 in select_frames(views8, PixelOptions())


# --- verification rule -------------------------------------------------------------------------------------------


def _frame_with(text: str, xy: tuple[int, int]) -> np.ndarray:
    img = np.full((120, 400), 20.0, dtype=np.float32)
    _draw(img, text, xy, 16, 230.0)
    return np.clip(img, 0, 255).astype(np.uint8)


def _check(words: list[tuple[Box, Word]], gray: np.ndarray, masked: list[Box]) -> list[str]:
    full = np.zeros(gray.shape, dtype=bool)
    for b in masked:
        full[b.y0 : b.y1, b.x0 : b.x1] = True
    ft = FrameText(words=words)
    forms = identifier_forms(PATIENT)
    left = remaining_text(ft, gray, text_boxes=masked, full_mask=full, forms=forms, options=PixelOptions())
    return [rule for _, rule in left] + (["split identifier"] if identifier_in_frame(ft, forms) else [])


def test_verify_rejects_identifiers_whatever_the_confidence() -> None:
    gray = _frame_with("abc", (10, 10))
    words = [(Box(10, 10, 40, 26), Word(10, 10, 40, 26, 5.0, "YAMADA"))]
    assert _check(words, gray, []) == ["identifier", "split identifier"]
    # an ID read as two words is still caught on the frame's whole text
    split = [
        (Box(10, 10, 40, 26), Word(10, 10, 40, 26, 5.0, "1234")),
        (Box(44, 10, 80, 26), Word(44, 10, 80, 26, 5.0, "5678")),
    ]
    assert _check(split, gray, []) == ["split identifier"]


def test_verify_rejects_confident_text_anywhere_and_weak_text_next_to_a_mask() -> None:
    gray = _frame_with("TARO", (200, 50))
    box = Box(199, 50, 240, 68)
    assert _check([(box, Word(199, 50, 240, 68, 90.0, "Xyz"))], gray, []) == ["text"]
    weak = [(box, Word(199, 50, 240, 68, 50.0, "Xy"))]
    assert _check(weak, gray, []) == []  # weak and far from any mask: OCR noise
    mask = Box(120, 50, 195, 68)  # a masked word just left of it: the rest of a partly masked line
    assert _check(weak, gray, [mask]) == ["surroundings"]
    # words inside a mask, or too small to be legible, are not text that remains
    inside = [(Box(121, 51, 190, 66), Word(121, 51, 190, 66, 95.0, "Zzzz"))]
    assert _check(inside, gray, [mask]) == []
    tiny = [(Box(199, 50, 240, 54), Word(199, 50, 240, 54, 95.0, "Zzzz"))]
    assert _check(tiny, gray, []) == []


def test_speckle_hallucinations_are_not_text() -> None:
    gray = np.random.default_rng(3).rayleigh(40, size=(60, 200)).clip(0, 255).astype(np.uint8)
    assert _check([(Box(20, 20, 60, 32), Word(20, 20, 60, 32, 75.0, "aeS"))], gray, []) == []


def test_signed_16bit_masks_to_the_lowest_stored_value_and_round_trips() -> None:
    s = make_xa(0, frames=1)
    signed = (s.original[0].astype(np.int32) - 2048).astype(np.int16)
    s.ds.set_pixel_data(signed, "MONOCHROME2", 12, generate_instance_uid=False)
    f = decode(s.ds)
    assert f.arr.dtype == np.int16 and int(f.mask_value()) == -2048
    f.arr[0, :5, :5] = f.mask_value()
    write_back(s.ds, f)
    assert s.ds.PixelRepresentation == 1
    out = s.ds.pixel_array
    assert int(out[:5, :5].max()) == -2048 and np.array_equal(out[5:], signed[5:])


def test_write_back_keeps_number_of_frames_of_a_one_frame_multiframe() -> None:
    s = make_xa(0, frames=1)
    s.ds.NumberOfFrames = 1
    f = decode(s.ds)
    write_back(s.ds, f)
    assert s.ds.NumberOfFrames == 1
    assert np.array_equal(s.ds.pixel_array, s.original[0])


def test_big_endian_and_jpeg2000_colour_inputs_are_handled() -> None:
    """pydicom's own test files (not PHI): a big-endian RGB and a JPEG 2000 YBR_RCT ultrasound decode and re-encode
    as little-endian RGB."""
    from pydicom import dcmread
    from pydicom.data import get_testdata_file

    for name in ("SC_rgb_expb.dcm", "US1_J2KR.dcm"):
        path = get_testdata_file(name)
        assert path is not None
        ds = dcmread(path)
        f = decode(ds)
        assert f.photometric == "RGB"
        write_back(ds, f)
        assert ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"
        assert np.array_equal(ds.pixel_array, f.arr[0])


def test_scrubber_errors_fail_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    import gateway.scrub.pixels._clean as clean

    def boom(*_a: object, **_k: object) -> None:
        raise ValueError("secret YAMADA")

    monkeypatch.setattr(clean, "decode", boom)
    out = clean_pixel_data(make_us(0).ds, PATIENT, PixelOptions())
    assert out.status == "quarantine"
    assert out.reason == "pixel scrubber error (ValueError)"


# --- the compiled deid filters take the reference evaluator's decisions ------------------------------------------

ALL_RECIPES = ("deid.dicom", "deid.dicom.ultrasound", "deid.dicom.xray.chest")


def _corpus_headers(tmp: Path) -> list[Dataset]:
    """Headers of pydicom's test files, the pydicom-data images (when installed), synthetic hospital output (every
    modality it writes) and the synthetic pixel images."""
    import importlib.util
    import warnings

    import pydicom

    from gateway.synth.generate import generate

    files = [p for p in (Path(pydicom.__file__).parent / "data").rglob("*") if p.is_file()]
    spec = importlib.util.find_spec("data_store")
    if spec is not None and spec.origin is not None:
        files += sorted((Path(spec.origin).parent / "data").glob("*.dcm"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        generate(tmp / "synth", patients=12, seed=3, studies_per_patient=2, image_size=32, slices=1)
        files += sorted((tmp / "synth" / "dicom").rglob("*.dcm"))
        headers = []
        for f in files:
            try:
                headers.append(pydicom.dcmread(f, stop_before_pixels=True, force=True))
            except Exception:  # not DICOM (pydicom's data folder holds other files too)
                continue
    return [*headers, make_us(0).ds, make_sc(0).ds, make_xa(0).ds, make_ct_like(), make_ct_dose_report().ds]


def test_compiled_filters_decide_like_the_reference_on_the_corpora(tmp_path: Path) -> None:
    from tests.support import deid_filters_reference as reference

    headers = _corpus_headers(tmp_path)
    assert len(headers) > 250
    matched = 0
    for ds in headers:
        for recipes in (("deid.dicom",), ALL_RECIPES):
            try:
                want: object = reference.evaluate(ds, recipes).matches
            except Exception as exc:  # the same failure, if any
                want = type(exc)
            try:
                got: object = evaluate(ds, recipes).matches
            except Exception as exc:
                got = type(exc)
            assert got == want
            matched += bool(want)
    assert matched > 100  # the corpora exercise matching labels, not only misses


@pytest.mark.parametrize(
    ("action", "pattern", "value"),
    [
        ("contains", r"derived\\secondary", ["DERIVED", "SECONDARY"]),  # only the joined values match
        ("contains", "ed.sec", ["DERIVED", "SECONDARY"]),
        ("notcontains", "secondary", ["DERIVED", "SECONDARY"]),
        ("notcontains", "primary", ["DERIVED", "SECONDARY"]),
        ("equals", " derived\\secondary ", ["DERIVED", "SECONDARY"]),
        ("notequals", "axial", ["ORIGINAL", "AXIAL"]),
        ("contains", "(", ["DERIVED", "SECONDARY"]),  # not a regular expression: a substring test
        ("contains", "ved\\", ["DERIVED", "SECONDARY"]),  # not one either (a trailing backslash)
        ("contains", "[a-", ["X"]),
        ("equals", "", []),
        ("empty", "", []),
        ("present", "", []),
        ("missing", "", None),
    ],
)
def test_compiled_terms_decide_like_the_reference(action: str, pattern: str, value: list[str] | None) -> None:
    from tests.support import deid_filters_reference as reference

    ds = Dataset()
    if value is not None:
        ds.ImageType = value
    for negate in (False, True):
        label = {
            "lines": [
                {"operator": None, "terms": [{"action": action, "field": "ImageType", "value": pattern}], "inner": []},
                {"operator": "or" if negate else "and", "terms": [{"action": "present", "field": "Rows"}], "inner": []},
            ]
        }
        assert eval_label(ds, label) == reference.eval_label(ds, label)
