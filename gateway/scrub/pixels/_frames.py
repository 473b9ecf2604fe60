"""Decode every frame of a dataset's Pixel Data, make 8-bit OCR views, and write masked frames back.

Masking happens in the decoded sample space at the original bit depth; OCR views are derived copies. Output is
always Explicit VR Little Endian (uncompressed): PS3.5 native encoding, so masking adds no loss. Native YBR_FULL
and YBR_FULL_422 stay YBR (as YBR_FULL, only the chroma sub-sampling is undone); compressed colour comes back from
the decoder as RGB (the decoder's own colour conversion, recorded through Photometric Interpretation).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from pydicom.dataset import Dataset
from pydicom.uid import UID, ExplicitVRLittleEndian

# Transfer syntaxes whose encoding lost information: their LossyImageCompression must stay "01" after masking.
LOSSY_TRANSFER_SYNTAXES = frozenset(
    {
        "1.2.840.10008.1.2.4.50",  # JPEG Baseline
        "1.2.840.10008.1.2.4.51",  # JPEG Extended
        "1.2.840.10008.1.2.4.81",  # JPEG-LS near-lossless
        "1.2.840.10008.1.2.4.100",  # MPEG2, MPEG-4, HEVC ...
        "1.2.840.10008.1.2.4.101",
        "1.2.840.10008.1.2.4.102",
        "1.2.840.10008.1.2.4.103",
        "1.2.840.10008.1.2.4.104",
        "1.2.840.10008.1.2.4.105",
        "1.2.840.10008.1.2.4.106",
        "1.2.840.10008.1.2.4.107",
        "1.2.840.10008.1.2.4.108",
    }
)
# Either lossy or lossless: lossy unless the header says LossyImageCompression "00".
MAYBE_LOSSY_TRANSFER_SYNTAXES = frozenset(
    {
        "1.2.840.10008.1.2.4.91",  # JPEG 2000
        "1.2.840.10008.1.2.4.93",  # JPIP JPEG 2000 referenced
        "1.2.840.10008.1.2.4.203",  # HTJ2K
    }
)

SUPPORTED_PHOTOMETRIC = frozenset(
    {"MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422", "PALETTE COLOR", "YBR_RCT", "YBR_ICT"}
)  # YBR_RCT/YBR_ICT occur only in JPEG 2000, whose decoder returns RGB


class DecodeError(Exception):
    """The pixels cannot be decoded. ``str()`` is a safe reason (no PHI: transfer syntax names, shapes, types)."""


@dataclass
class Frames:
    """Decoded pixels: ``arr`` is (frames, rows, cols) or (frames, rows, cols, 3)."""

    arr: np.ndarray
    photometric: str  # photometric interpretation of ``arr``
    bits_stored: int
    source_transfer_syntax: str

    @property
    def n(self) -> int:
        return int(self.arr.shape[0])

    @property
    def is_color(self) -> bool:
        return self.arr.ndim == 4

    def mask_value(self) -> np.ndarray:
        """The sample value that displays black in this photometric interpretation."""
        if self.photometric == "RGB":
            return np.zeros(3, dtype=self.arr.dtype)
        if self.photometric == "YBR_FULL":
            mid = 1 << (self.bits_stored - 1)
            return np.array([0, mid, mid], dtype=self.arr.dtype)
        info_min, info_max = _stored_range(self.arr.dtype, self.bits_stored)
        return np.array(info_max if self.photometric == "MONOCHROME1" else info_min, dtype=self.arr.dtype)


def _stored_range(dtype: np.dtype[np.generic], bits_stored: int) -> tuple[int, int]:
    if np.issubdtype(dtype, np.signedinteger):
        return -(1 << (bits_stored - 1)), (1 << (bits_stored - 1)) - 1
    return 0, (1 << bits_stored) - 1


def transfer_syntax(ds: Dataset) -> UID:
    meta = getattr(ds, "file_meta", None)
    ts = getattr(meta, "TransferSyntaxUID", None) if meta is not None else None
    if ts is None:
        raise DecodeError("no transfer syntax in file meta")
    return UID(str(ts))


def decode(ds: Dataset) -> Frames:
    """Decode all frames. Raises :class:`DecodeError` for anything we cannot decode faithfully."""
    from pydicom.pixels.decoders.base import get_decoder
    from pydicom.pixels.processing import apply_color_lut

    if "PixelData" not in ds:
        raise DecodeError("no Pixel Data (float/double pixel data is not supported)")
    ts = transfer_syntax(ds)
    photometric = str(getattr(ds, "PhotometricInterpretation", "")).strip()
    if photometric not in SUPPORTED_PHOTOMETRIC:
        raise DecodeError(f"unsupported photometric interpretation {photometric or '(missing)'}")
    try:
        decoder = get_decoder(ts)
    except NotImplementedError as exc:
        raise DecodeError(f"unsupported transfer syntax {ts.name or ts}") from exc
    if not decoder.is_available:
        raise DecodeError(f"no installed decoder for transfer syntax {ts.name}")
    raw = (not ts.is_compressed) and photometric.startswith("YBR_FULL")
    try:
        arr, meta = decoder.as_array(ds, raw=raw)
    except Exception as exc:  # any decoder failure: corrupt, truncated, wrong sizes...
        raise DecodeError(f"pixel data could not be decoded ({ts.name}: {type(exc).__name__})") from exc
    frames = int(getattr(ds, "NumberOfFrames", 1) or 1)
    samples = int(getattr(ds, "SamplesPerPixel", 1) or 1)
    out_photometric = str(meta.get("photometric_interpretation", photometric))
    if out_photometric == "YBR_FULL_422":  # sub-sampling is undone by the decoder
        out_photometric = "YBR_FULL"
    if frames == 1 and arr.ndim == (3 if samples > 1 else 2):
        arr = arr[None]
    expected = 4 if samples > 1 else 3
    if arr.ndim != expected or arr.shape[0] != frames:
        raise DecodeError(f"decoded shape {arr.shape} does not match {frames} frames of {samples} samples")
    if out_photometric == "PALETTE COLOR":
        arr = np.asarray(apply_color_lut(arr, ds))
        out_photometric = "RGB"
    if out_photometric not in {"MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL"}:
        raise DecodeError(f"decoder produced unsupported photometric {out_photometric}")
    bits_stored = int(getattr(ds, "BitsStored", arr.dtype.itemsize * 8) or arr.dtype.itemsize * 8)
    if out_photometric in {"RGB", "YBR_FULL"}:
        bits_stored = min(bits_stored, arr.dtype.itemsize * 8)
    if photometric == "PALETTE COLOR":  # the LUT's output depth, not the index's
        bits_stored = arr.dtype.itemsize * 8
    return Frames(np.ascontiguousarray(arr), out_photometric, bits_stored, str(ts))


def luminance_window(frames: Frames) -> tuple[float, float]:
    """One min-max window over all frames (so views of a cine are comparable)."""
    if frames.photometric in {"RGB", "YBR_FULL"} and frames.bits_stored == 8:
        return 0.0, 255.0
    a = frames.arr[..., 0] if frames.photometric == "YBR_FULL" else frames.arr
    return float(a.min()), float(a.max())


def gray8(frames: Frames, index: int, window: tuple[float, float] | None = None) -> np.ndarray:
    """An 8-bit luminance view of one frame for OCR (not for output): min-max window (this frame's, or the one
    given), MONOCHROME1 inverted."""
    f = frames.arr[index]
    if frames.photometric == "RGB":
        lum = f[..., 0].astype(np.float32) * 0.299 + f[..., 1] * 0.587 + f[..., 2] * 0.114
    elif frames.photometric == "YBR_FULL":
        lum = f[..., 0].astype(np.float32)
    else:
        lum = f.astype(np.float32)
    if frames.bits_stored != 8 or frames.arr.dtype != np.uint8:
        lo, hi = window if window is not None else (float(lum.min()), float(lum.max()))
        lum = (lum - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(lum)
    if frames.photometric == "MONOCHROME1":
        lum = 255.0 - lum
    out: np.ndarray = np.clip(np.rint(lum), 0, 255).astype(np.uint8)
    return out


def write_back(ds: Dataset, frames: Frames) -> None:
    """Store ``frames`` as native Explicit VR Little Endian Pixel Data; keep LossyImageCompression truthful."""
    arr = frames.arr if frames.n > 1 else frames.arr[0]
    flag = str(getattr(ds, "LossyImageCompression", "")).strip()
    src = frames.source_transfer_syntax
    was_lossy = (
        flag == "01" or src in LOSSY_TRANSFER_SYNTAXES or (src in MAYBE_LOSSY_TRANSFER_SYNTAXES and flag != "00")
    )
    signed = np.issubdtype(arr.dtype, np.signedinteger)
    had_frames = "NumberOfFrames" in ds
    # the output is little endian whatever the input was (pydicom refuses to set pixels on a big-endian dataset)
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.set_original_encoding(False, True)
    ds.set_pixel_data(arr, frames.photometric, frames.bits_stored, generate_instance_uid=False)
    if had_frames and "NumberOfFrames" not in ds:  # multi-frame IODs need it even for one frame
        ds.NumberOfFrames = frames.n
    ds.PixelRepresentation = 1 if signed else 0
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    if was_lossy:
        ds.LossyImageCompression = "01"
        if src != str(ExplicitVRLittleEndian) and "LossyImageCompressionMethod" not in ds and flag != "01":
            ds.LossyImageCompressionMethod = _lossy_method(src)
    elif "LossyImageCompression" in ds:
        ds.LossyImageCompression = "00"


def _lossy_method(ts: str) -> str:
    if ts in {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51"}:
        return "ISO_10918_1"
    if ts == "1.2.840.10008.1.2.4.81":
        return "ISO_14495_1"
    if ts in {"1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.203"}:
        return "ISO_15444_1"
    return "ISO_13818_2"
