"""Acceptance for burned-in pixel PHI with Debian's tesseract (eng + jpn): synthetic US/XA/SC images carrying
names, IDs and birth dates in romaji, kanji and katakana at varied positions, sizes and contrasts, whose headers
claim BurnedInAnnotation=NO. Every planted text box must be fully masked, over 90 % of the other pixels unchanged,
the output re-encoded and verified; what cannot be decoded or verified is quarantined."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import numpy as np
import pytest
from pydicom.uid import JPEG2000Lossless, RLELossless

from gateway.scrub.pixels import PixelOutcome, clean_pixel_data
from gateway.scrub.pixels._frames import decode
from gateway.scrub.pixels._ocr import available_languages
from policies.pixel_options import PixelOptions
from tests.support.pixels import PATIENT2, Synthetic, make_sc, make_us, make_xa, to_jpeg_baseline

pytestmark = [pytest.mark.tesseract]


@pytest.fixture(scope="module", autouse=True)
def _tesseract() -> None:
    if shutil.which("tesseract") is None or not {"eng", "jpn"} <= available_languages():
        pytest.fail("tesseract with eng and jpn is part of the test contract (make system)")


@dataclass
class Run:
    s: Synthetic
    before: np.ndarray  # decoded input pixels (frames first)
    out: PixelOutcome

    def after(self) -> np.ndarray:
        return decode(self.s.ds).arr


def _run(s: Synthetic, options: PixelOptions | None = None) -> Run:
    before = decode(s.ds).arr.copy()
    return Run(s, before, clean_pixel_data(s.ds, s.known, options or PixelOptions()))


def _mask_value(arr: np.ndarray) -> np.ndarray:
    return np.zeros(arr.shape[-1], dtype=arr.dtype) if arr.ndim == 4 else np.zeros((), dtype=arr.dtype)


def _assert_planted_masked(run: Run, frames: list[int] | None = None) -> None:
    after = run.after()
    black = _mask_value(after)
    for f in frames if frames is not None else range(after.shape[0]):
        for p in run.s.planted:
            if p.frames is not None and f not in p.frames:
                continue
            x0, y0, x1, y1 = p.box
            patch = after[f, y0:y1, x0:x1]
            masked = np.all(patch == black, axis=-1) if patch.ndim == 3 else patch == black
            assert masked.all(), f"planted text #{run.s.planted.index(p)} not fully masked in frame {f}"


def _unchanged_fraction(run: Run, frame: int = 0) -> float:
    after, before = run.after()[frame], run.before[frame]
    same = np.all(after == before, axis=-1) if after.ndim == 3 else after == before
    text = run.s.text_mask(frame)
    return float(same[~text].mean())


CASES = {
    "us_gray": lambda: make_us(0),
    "us_rgb": lambda: make_us(2, rgb=True),
    "us_other_patient": lambda: make_us(5, known=PATIENT2),
    "xa_16bit": lambda: make_xa(0, frames=1),
    "xa_16bit_b": lambda: make_xa(2, frames=1, known=PATIENT2),
    "sc_rgb": lambda: make_sc(0),
    "sc_rgb_b": lambda: make_sc(1, known=PATIENT2),
}


@pytest.fixture(scope="module")
def runs() -> dict[str, Run]:
    return {name: _run(make()) for name, make in CASES.items()}


@pytest.mark.parametrize("name", list(CASES))
def test_all_planted_text_is_masked_and_verified(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert run.out.status == "masked", run.out.reason
    assert run.s.ds.BurnedInAnnotation == "NO"  # set by us, after verification (the input header lied)
    assert run.s.ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"
    _assert_planted_masked(run)
    assert run.out.frames_ocr >= 2  # detection and verification
    assert run.out.regions >= 1


@pytest.mark.parametrize("name", list(CASES))
def test_most_non_text_pixels_are_unchanged(runs: dict[str, Run], name: str) -> None:
    assert _unchanged_fraction(runs[name]) > 0.90


def test_us_outside_regions_is_masked_inside_kept(runs: dict[str, Run]) -> None:
    run = runs["us_gray"]
    reg = run.s.ds.SequenceOfUltrasoundRegions[0]
    after = run.after()[0]
    outside = np.ones(after.shape, dtype=bool)
    outside[
        reg.RegionLocationMinY0 : reg.RegionLocationMaxY1 + 1, reg.RegionLocationMinX0 : reg.RegionLocationMaxX1 + 1
    ] = False
    assert int(after[outside].max()) == 0
    assert run.before[0][outside].max() > 0  # there was something there (text, depth scale)


def test_geometry_and_header_are_kept(runs: dict[str, Run]) -> None:
    run = runs["xa_16bit"]
    ds = run.s.ds
    assert (ds.Rows, ds.Columns, ds.BitsAllocated, ds.BitsStored, ds.PixelRepresentation) == (512, 512, 16, 12, 0)
    assert ds.PhotometricInterpretation == "MONOCHROME2"
    assert run.after().dtype == np.uint16


def test_reasons_carry_no_phi(runs: dict[str, Run]) -> None:
    for run in runs.values():
        n = run.s.known.names[0]
        for value in (n.family, n.given, n.family_romaji, n.given_romaji, n.family_kana, *run.s.known.ids):
            assert value.lower() not in run.out.reason.lower()


def test_multiframe_xa_masks_every_frame_with_fewer_ocr_passes() -> None:
    run = _run(make_xa(1, frames=10))
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)
    assert run.out.frames == 10
    assert run.out.frames_ocr < 2 * 10  # the sampling policy OCR'd fewer frames than detection+verification of all
    assert min(_unchanged_fraction(run, f) for f in range(10)) > 0.90


def test_us_cine_rgb() -> None:
    run = _run(make_us(4, frames=6, rgb=True))
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)
    assert run.after().shape == (6, 480, 640, 3)


def test_jpeg_baseline_input_is_masked_and_stays_flagged_lossy() -> None:
    s = make_us(1)
    to_jpeg_baseline(s.ds)
    run = _run(s)
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)
    assert s.ds.LossyImageCompression == "01"
    assert s.ds.file_meta.TransferSyntaxUID == "1.2.840.10008.1.2.1"


def test_jpeg_colour_secondary_capture() -> None:
    s = make_sc(2)
    to_jpeg_baseline(s.ds)
    run = _run(s)
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)
    assert s.ds.PhotometricInterpretation == "RGB"


@pytest.mark.parametrize("syntax", [JPEG2000Lossless, RLELossless])
def test_lossless_compressed_input(syntax: str) -> None:
    s = make_xa(3, frames=2)
    s.ds.compress(syntax, generate_instance_uid=False)
    run = _run(s)
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)
    assert s.ds.get("LossyImageCompression", "00") == "00"


def test_text_without_header_flag_on_a_plain_modality_is_found_when_header_says_yes() -> None:
    s = make_xa(4, frames=1)
    s.ds.Modality = "CT"
    s.ds.SOPClassUID = "1.2.840.10008.5.1.4.1.1.2"
    s.ds.BurnedInAnnotation = "YES"
    run = _run(s)
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)


def test_unverifiable_output_is_quarantined_and_left_alone() -> None:
    """With detection switched off (no word is ever sure enough) the verification pass still reads the names and
    IDs: the image is quarantined and the dataset is not modified."""
    s = make_sc(0)
    before = s.ds.PixelData
    out = clean_pixel_data(s.ds, s.known, PixelOptions(detect_min_conf=100, crop_min_conf=100, trust_conf=100))
    assert out.status == "quarantine"
    assert "identifier" in out.reason
    assert s.ds.PixelData == before
    assert "BurnedInAnnotation" not in s.ds


def test_clean_image_passes_unchanged() -> None:
    s = make_xa(0, frames=1)
    # an XA without any text
    from tests.support.pixels import _base, _finish

    ds = _base("XA", "1.2.840.10008.5.1.4.1.1.12.1", 256, 256, s.known)
    yy, xx = np.mgrid[0:256, 0:256]
    arr = (1500 + 800 * np.exp(-((xx - 128) ** 2 + (yy - 128) ** 2) / 5000.0)).astype(np.uint16)
    _finish(ds, arr, "MONOCHROME2", 12)
    before = ds.PixelData
    out = clean_pixel_data(ds, s.known, PixelOptions())
    assert out.status == "clean", out.reason
    assert ds.PixelData == before
    assert ds.BurnedInAnnotation == "NO"


def test_library_engine_reads_exactly_what_the_cli_reads() -> None:
    from gateway.scrub.pixels._frames import gray8
    from gateway.scrub.pixels._ocr import ocr_images

    views = [gray8(decode(make_us(0).ds), 0), gray8(decode(make_sc(1).ds), 0)[:240]]

    def words(engine: str) -> list[list[tuple[int, int, int, int, str, float]]]:
        pages = ocr_images(views, languages=("jpn", "eng"), psm=11, timeout_s=120, engine=engine)
        return [[(w.x0, w.y0, w.x1, w.y1, w.text, round(w.conf, 1)) for w in p] for p in pages]

    cli = words("cli")
    assert cli == words("library")
    assert all(cli)


def test_library_engine_end_to_end() -> None:
    run = _run(make_xa(5, frames=1), PixelOptions(ocr_engine="library"))
    assert run.out.status == "masked", run.out.reason
    _assert_planted_masked(run)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [301, 514, 713])
def test_seed_sweep_masks_everything_planted(seed: int) -> None:
    """Seeds that once exposed misses or over-masking (low-contrast katakana, text across a vessel, lines running
    into a noisy panel); bench/pixel_ocr.py and wider sweeps cover many more."""
    for s in (make_us(seed, rgb=seed % 2 == 0), make_xa(seed, frames=1), make_sc(seed)):
        run = _run(s)
        assert run.out.status == "masked", run.out.reason
        _assert_planted_masked(run)
        assert _unchanged_fraction(run) > 0.90
