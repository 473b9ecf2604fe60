"""Synthetic images with burned-in text for the pixel scrubber's tests and benchmark.

Every image records where each planted text landed (its ink bounding box, exact: computed from the rendered glyph
coverage), so tests can check that each planted box's pixels were masked and that the other pixels were not.
Text is drawn with IPA Gothic (fonts-ipafont-gothic) in romaji, kanji and katakana; names, IDs and birth dates
come from a synthetic patient whose ``KnownIdentifiers`` travel with the image.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.sequence import Sequence
from pydicom.uid import (
    UID,
    ExplicitVRLittleEndian,
    JPEGBaseline8Bit,
    generate_uid,
)

from policies.identifiers import KnownIdentifiers, PersonName

FONT_CANDIDATES = (
    Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
    Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
)


def font_path() -> Path:
    for p in FONT_CANDIDATES:
        if p.exists():
            return p
    raise FileNotFoundError("IPA Gothic not found: install fonts-ipafont-gothic")


PATIENT = KnownIdentifiers(
    names=(
        PersonName(
            family="山田",
            given="太郎",
            family_kana="ヤマダ",
            given_kana="タロウ",
            family_romaji="YAMADA",
            given_romaji="TARO",
        ),
    ),
    ids=("12345678",),
    birth_date=date(1980, 5, 12),
)

PATIENT2 = KnownIdentifiers(
    names=(
        PersonName(
            family="佐藤",
            given="花子",
            family_kana="サトウ",
            given_kana="ハナコ",
            family_romaji="SATO",
            given_romaji="HANAKO",
        ),
    ),
    ids=("P0049217",),
    birth_date=date(1957, 11, 3),
)


def phi_texts(known: KnownIdentifiers) -> list[str]:
    """The strings a device would burn in for this patient: romaji, kanji and kana names, ID, birth date forms."""
    n = known.names[0]
    bd = known.birth_date
    assert bd is not None
    return [
        f"{n.family_romaji} {n.given_romaji}",
        f"{n.family} {n.given}",
        f"{n.family_kana} {n.given_kana}",
        f"ID:{known.ids[0]}",
        f"{bd.year}/{bd.month:02d}/{bd.day:02d}",
        f"{bd.year}年{bd.month}月{bd.day}日",
    ]


@dataclass(frozen=True)
class Planted:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (exclusive) of the ink
    frames: tuple[int, ...] | None = None  # None: every frame


@dataclass
class Synthetic:
    ds: Dataset
    planted: list[Planted]
    known: KnownIdentifiers
    original: np.ndarray  # (frames, rows, cols[, 3]) before any scrubbing
    notes: dict[str, str] = field(default_factory=dict)

    def text_mask(self, frame: int = 0) -> np.ndarray:
        rows, cols = self.original.shape[1:3]
        m = np.zeros((rows, cols), dtype=bool)
        for p in self.planted:
            if p.frames is None or frame in p.frames:
                x0, y0, x1, y1 = p.box
                m[y0:y1, x0:x1] = True
        return m


def _render_alpha(shape: tuple[int, int], text: str, xy: tuple[int, int], size: int) -> np.ndarray:
    """Glyph coverage in [0, 1] for ``text`` drawn at ``xy`` (anti-aliased)."""
    layer = Image.new("L", (shape[1], shape[0]), 0)
    ImageDraw.Draw(layer).text(xy, text, fill=255, font=ImageFont.truetype(str(font_path()), size))
    return np.asarray(layer, dtype=np.float32) / 255.0


def _draw(
    img: np.ndarray, text: str, xy: tuple[int, int], size: int, value: float | tuple[float, float, float]
) -> tuple[int, int, int, int]:
    """Composite ``text`` into ``img`` (float array, H x W or H x W x 3) in place; return the ink box."""
    alpha = _render_alpha(img.shape[:2], text, xy, size)
    ys, xs = np.nonzero(alpha > 0)
    assert len(xs), f"text {text!r} fell outside the image"
    if img.ndim == 3:
        a = alpha[..., None]
        img[...] = img * (1 - a) + np.asarray(value, dtype=np.float32)[None, None, :] * a
    else:
        img[...] = img * (1 - alpha) + float(value) * alpha  # type: ignore[arg-type]
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def _base(modality: str, sop_class: str, rows: int, cols: int, known: KnownIdentifiers) -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = UID(sop_class)
    sop_uid = generate_uid()
    ds.file_meta.MediaStorageSOPInstanceUID = sop_uid
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_uid
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.Modality = modality
    n = known.names[0]
    ds.SpecificCharacterSet = ["", "ISO 2022 IR 87"]
    ds.PatientName = f"{n.family_romaji}^{n.given_romaji}"
    ds.PatientID = known.ids[0]
    ds.Rows = rows
    ds.Columns = cols
    ds.PixelRepresentation = 0
    return ds


def _finish(ds: Dataset, arr: np.ndarray, photometric: str, bits_stored: int) -> None:
    ds.set_pixel_data(arr, photometric, bits_stored, generate_instance_uid=False)


def make_us(
    seed: int = 0,
    *,
    frames: int = 1,
    rgb: bool = False,
    known: KnownIdentifiers = PATIENT,
    burned_in: str | None = "NO",
    regions: bool = True,
    text_in_region: bool = True,
) -> Synthetic:
    """A sector-scan ultrasound (480 x 640): speckle fan on black, text in the border and (optionally) inside the
    fan's dark near field. The header claims BurnedInAnnotation=NO by default (it lies)."""
    rng = np.random.default_rng(seed)
    rows, cols = 480, 640
    yy, xx = np.mgrid[0:rows, 0:cols]
    ang = np.arctan2(xx - cols / 2, yy + 40)
    r = np.hypot(xx - cols / 2, yy + 40)
    fan = (np.abs(ang) < 0.6) & (r > 100) & (r < 470)
    texts = phi_texts(known)
    border_slots = [(8, 6), (8, 30), (470, 6), (470, 30), (8, 420), (440, 440)]
    order = rng.permutation(len(border_slots))
    sizes = rng.integers(12, 22, size=len(texts))
    levels = rng.choice([255.0, 200.0, 150.0, 110.0], size=len(texts))
    out = []
    planted: list[Planted] = []
    base_speckle = rng.rayleigh(40, (rows, cols)).astype(np.float32)
    for f in range(frames):
        img = np.zeros((rows, cols), dtype=np.float32)
        sp = np.roll(base_speckle, shift=3 * f, axis=0) * (0.9 + 0.2 * rng.random())
        sp_img = Image.fromarray(np.clip(sp, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
        spf = np.asarray(sp_img, dtype=np.float32)
        depth = np.clip((r - 150) / 80, 0, 1)  # dark near field close to the apex
        img[fan] = np.clip(spf[fan] * depth[fan] + 25 * np.sin(r[fan] / 23) * depth[fan], 0, 255)
        # sector outline and depth scale: non-text graphics that must survive
        img[(np.abs(np.abs(ang) - 0.6) < 0.004) & (r > 100) & (r < 470)] = 90
        for k in range(5):
            img[110 + 70 * k : 112 + 70 * k, 590:600] = 160
        frame_planted = []
        for i, text in enumerate(texts):
            x, y = border_slots[order[i % len(border_slots)]]
            if i >= len(border_slots):
                continue
            box = _draw(img, text, (int(x), int(y)), int(sizes[i]), float(levels[i]))
            frame_planted.append(Planted(text, box))
        if text_in_region:
            box = _draw(img, "YAMADA" if known is PATIENT else texts[0].split()[0], (290, 112), 14, 220.0)
            frame_planted.append(Planted("in-region", box))
        if f == 0:
            planted = frame_planted
        if rgb:
            tint = np.stack([img, img * 0.95, img * 0.9], axis=-1)
            out.append(np.clip(np.rint(tint), 0, 255).astype(np.uint8))
        else:
            out.append(np.clip(np.rint(img), 0, 255).astype(np.uint8))
    arr = np.stack(out)
    ds = _base("US", "1.2.840.10008.5.1.4.1.1.3.1" if frames > 1 else "1.2.840.10008.5.1.4.1.1.6.1", rows, cols, known)
    if burned_in is not None:
        ds.BurnedInAnnotation = burned_in
    if regions:
        reg = Dataset()
        ys, xs = np.nonzero(fan)
        reg.RegionSpatialFormat = 1
        reg.RegionDataType = 1
        reg.RegionFlags = 0
        reg.RegionLocationMinX0 = int(xs.min())
        reg.RegionLocationMinY0 = int(ys.min())
        reg.RegionLocationMaxX1 = int(xs.max())
        reg.RegionLocationMaxY1 = int(ys.max())
        ds.SequenceOfUltrasoundRegions = Sequence([reg])
    _finish(ds, arr if frames > 1 else arr[0], "RGB" if rgb else "MONOCHROME2", 8)
    return Synthetic(ds, planted, known, arr.copy())


def make_xa(
    seed: int = 0, *, frames: int = 4, known: KnownIdentifiers = PATIENT, burned_in: str | None = "NO"
) -> Synthetic:
    """An angiography run (512 x 512, 16-bit container, 12 bits stored): smooth background, moving dark vessels,
    noise; text bright in the corners and dark on the bright background at varied sizes and contrasts."""
    rng = np.random.default_rng(seed)
    rows = cols = 512
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    background = 1800 + 900 * np.exp(-((xx - 256) ** 2 + (yy - 256) ** 2) / (2 * 170**2))
    texts = phi_texts(known)
    slots = [(8, 8), (8, 36), (330, 8), (330, 36), (8, 470), (300, 476)]
    order = rng.permutation(len(slots))
    sizes = rng.integers(13, 26, size=len(texts))
    # (value, is_bright): bright overlays of varied contrast, one dark text
    values = [4095.0, 3600.0, 3300.0, 4095.0, 600.0, 3000.0]
    out = []
    planted: list[Planted] = []
    for f in range(frames):
        img = background.copy()
        for v in range(3):
            cx = 256 + 120 * np.sin(0.7 * v + 0.15 * f)
            path = np.abs(xx - cx - 40 * np.sin(yy / (60 + 10 * v))) < (6 - v)
            img[path & (yy > 90) & (yy < 440)] -= 700
        img += rng.normal(0, 25, size=img.shape).astype(np.float32)
        frame_planted = []
        for i, text in enumerate(texts):
            x, y = slots[order[i]]
            box = _draw(img, text, (int(x), int(y)), int(sizes[i]), values[i])
            frame_planted.append(Planted(text, box))
        # a label over the anatomy (mid-image, dark on bright)
        box = _draw(img, f"{known.names[0].family_romaji}", (200, 250), 18, 500.0)
        frame_planted.append(Planted("over-anatomy", box))
        if f == 0:
            planted = frame_planted
        out.append(np.clip(np.rint(img), 0, 4095).astype(np.uint16))
    arr = np.stack(out)
    ds = _base("XA", "1.2.840.10008.5.1.4.1.1.12.1", rows, cols, known)
    if burned_in is not None:
        ds.BurnedInAnnotation = burned_in
    _finish(ds, arr if frames > 1 else arr[0], "MONOCHROME2", 12)
    return Synthetic(ds, planted, known, arr.copy())


def make_sc(seed: int = 0, *, known: KnownIdentifiers = PATIENT, burned_in: str | None = None) -> Synthetic:
    """A true-colour secondary capture (480 x 640 RGB): a gray 'image' panel on a coloured report background,
    coloured text in kanji, kana and romaji."""
    rng = np.random.default_rng(seed)
    rows, cols = 480, 640
    yy, xx = np.mgrid[0:rows, 0:cols].astype(np.float32)
    img = np.zeros((rows, cols, 3), dtype=np.float32)
    img[..., 0] = 30 + 20 * xx / cols
    img[..., 1] = 40 + 30 * yy / rows
    img[..., 2] = 70
    panel = (xx > 160) & (xx < 560) & (yy > 80) & (yy < 400)
    blob = 90 + 80 * np.exp(-((xx - 360) ** 2 + (yy - 240) ** 2) / (2 * 90**2))
    noise = rng.normal(0, 8, size=(rows, cols)).astype(np.float32)
    for c in range(3):
        img[..., c][panel] = (blob + noise)[panel]
    texts = phi_texts(known)
    slots = [(10, 10), (10, 110), (10, 170), (10, 230), (10, 290), (10, 410)]
    order = rng.permutation(len(slots))
    sizes = rng.integers(12, 30, size=len(texts))
    colours = [(255, 255, 0), (0, 255, 255), (255, 255, 255), (255, 160, 60), (160, 200, 255), (200, 200, 200)]
    planted: list[Planted] = []
    for i, text in enumerate(texts):
        x, y = slots[order[i]]
        planted.append(Planted(text, _draw(img, text, (int(x), int(y)), int(sizes[i]), colours[i])))
    # dark text inside the bright panel
    planted.append(Planted("in-panel", _draw(img, "山田", (300, 220), 20, (20, 20, 40))))
    arr = np.clip(np.rint(img), 0, 255).astype(np.uint8)
    ds = _base("OT", "1.2.840.10008.5.1.4.1.1.7", rows, cols, known)
    ds.ConversionType = "WSD"
    if burned_in is not None:
        ds.BurnedInAnnotation = burned_in
    _finish(ds, arr, "RGB", 8)
    return Synthetic(ds, planted, known, arr[None].copy())


def make_ct_like(seed: int = 0, *, known: KnownIdentifiers = PATIENT) -> Dataset:
    """A plain CT-like slice with no text: not a candidate under the default policy."""
    rng = np.random.default_rng(seed)
    arr = (rng.normal(1000, 30, size=(128, 128))).clip(0, 4095).astype(np.uint16)
    ds = _base("CT", "1.2.840.10008.5.1.4.1.1.2", 128, 128, known)
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    _finish(ds, arr, "MONOCHROME2", 12)
    return ds


def make_ct_dose_report(seed: int = 0, *, known: KnownIdentifiers = PATIENT) -> Synthetic:
    """A GE CT dose-report screen (512 x 512, 12-bit, CT Image Storage, ImageType SCREEN SAVE, SeriesDescription
    "Dose Report"): a candidate only by deid's graylist rule "Dose Report" (Modality CT, Manufacturer GE,
    SeriesDescription "Dose Report"; mask rows 0-110), whose description the profile empties. The patient's name, ID
    and birth date are burned into the header band the rule masks; a dose table (no PHI) below it is text OCR must
    find. ``notes["band"]`` names the planted texts inside the rule's box."""
    rng = np.random.default_rng(seed)
    rows = cols = 512
    img = rng.normal(60, 6, size=(rows, cols)).astype(np.float32)
    img[120:500, 20:492] = 180  # the table's panel
    n = known.names[0]
    bd = known.birth_date
    assert bd is not None
    band = [
        (f"{n.family_romaji} {n.given_romaji}", (12, 10)),
        (f"ID:{known.ids[0]}", (12, 40)),
        (f"{bd.year}/{bd.month:02d}/{bd.day:02d}", (12, 70)),
    ]
    table = [("Total DLP 812.4 mGy-cm", (40, 160)), ("CTDIvol 12.3 mGy", (40, 220))]
    planted = [Planted(text, _draw(img, text, xy, 20, 1000.0)) for text, xy in band]
    planted += [Planted(text, _draw(img, text, xy, 20, 900.0)) for text, xy in table]
    arr = np.clip(np.rint(img), 0, 4095).astype(np.uint16)
    ds = _base("CT", "1.2.840.10008.5.1.4.1.1.2", rows, cols, known)
    ds.Manufacturer = "GE MEDICAL SYSTEMS"
    ds.ManufacturerModelName = "Revolution CT"
    ds.SeriesDescription = "Dose Report"
    ds.ImageType = ["DERIVED", "SECONDARY", "SCREEN SAVE"]
    _finish(ds, arr, "MONOCHROME2", 12)
    return Synthetic(ds, planted, known, arr[None].copy(), notes={"band": "|".join(t for t, _ in band)})


def to_jpeg_baseline(ds: Dataset, quality: int = 95) -> None:
    """Re-encode an 8-bit dataset as JPEG Baseline (Pillow), frame by frame, in place."""
    arr = ds.pixel_array
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    if frames == 1:
        arr = arr[None]
    rgb = ds.SamplesPerPixel == 3
    blobs = []
    for f in range(frames):
        buf = io.BytesIO()
        Image.fromarray(arr[f], "RGB" if rgb else "L").save(buf, "JPEG", quality=quality, subsampling=0)
        blobs.append(buf.getvalue())
    ds.PixelData = encapsulate(blobs)
    ds["PixelData"].VR = "OB"
    ds["PixelData"].is_undefined_length = True
    ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
    if rgb:
        ds.PhotometricInterpretation = "YBR_FULL"
    ds.LossyImageCompression = "01"
    ds.LossyImageCompressionRatio = f"{arr.nbytes / sum(len(b) for b in blobs):.2f}"[:16]
    ds.LossyImageCompressionMethod = "ISO_10918_1"
