"""Trainer-ready arrays: decode once at release time, so training never decodes DICOM.

Each image object gives one row (a multi-frame object: its middle frame): pixel data decoded (pydicom with the
pylibjpeg handlers), Modality LUT applied (RescaleSlope/RescaleIntercept), windowed to uint8 with the window for its
modality (``WINDOWS``; otherwise the object's own first VOI window; otherwise its min-max), colour converted to
luminance, padded to a square with the minimum value (aspect kept) and resized (bilinear) to ``size`` x ``size``.
Rows are written straight into a memory-mapped ``images.u8`` (raw uint8, C order), so a release of any size is
built with one image in memory at a time.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

# Policy window per modality (center, width); the trainer's nodule task reads CT in the lung window.
WINDOWS: dict[str, tuple[float, float]] = {"CT": (-600.0, 1500.0)}
NO_ARRAY_MODALITIES = frozenset({"SR", "KO", "PR", "SEG", "RTSTRUCT", "DOC"})


class ArrayError(Exception):
    """An image could not be turned into a training row (fixed phrase)."""


def window_info() -> dict[str, Any]:
    return {
        "by_modality": {m: {"center": c, "width": w} for m, (c, w) in WINDOWS.items()},
        "otherwise": "the object's first VOI LUT window, else its min-max",
    }


def wants_array(ds: Dataset) -> bool:
    return "PixelData" in ds and str(ds.get("Modality", "")).upper() not in NO_ARRAY_MODALITIES


def _first(value: Any) -> float | None:
    if isinstance(value, MultiValue | list | tuple):
        value = value[0] if len(value) else None
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def frame(ds: Dataset) -> np.ndarray:
    """The (middle) frame as float64 after the Modality LUT, grey."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            px = ds.pixel_array
        except Exception:
            raise ArrayError("pixel data could not be decoded") from None
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    spp = int(ds.get("SamplesPerPixel", 1) or 1)
    if frames > 1:
        px = px[frames // 2]
    arr = px.astype(np.float64)
    if spp == 3:
        if arr.ndim != 3 or arr.shape[-1] != 3:
            raise ArrayError("unexpected colour layout")
        arr = arr @ np.array([0.299, 0.587, 0.114])
    if arr.ndim != 2:
        raise ArrayError("unexpected pixel array shape")
    slope = _first(ds.get("RescaleSlope")) or 1.0
    intercept = _first(ds.get("RescaleIntercept")) or 0.0
    if spp == 1:
        arr = arr * slope + intercept
        if str(ds.get("PhotometricInterpretation", "")) == "MONOCHROME1":
            arr = arr.max() - arr
    return arr


def window(arr: np.ndarray, ds: Dataset) -> np.ndarray:
    modality = str(ds.get("Modality", "")).upper()
    if modality in WINDOWS:
        center, width = WINDOWS[modality]
    else:
        c, w = _first(ds.get("WindowCenter")), _first(ds.get("WindowWidth"))
        if c is not None and w is not None and w > 0:
            center, width = c, w
        else:
            lo, hi = float(arr.min()), float(arr.max())
            center, width = (lo + hi) / 2, max(hi - lo, 1.0)
    lo = center - width / 2
    out = np.clip((arr - lo) / width * 255.0, 0, 255)
    return np.asarray(np.round(out), dtype=np.uint8)


def square(img: np.ndarray, size: int) -> np.ndarray:
    h, w = img.shape
    n = max(h, w)
    if h != w:
        pad = np.full((n, n), img.min(), dtype=np.uint8)
        pad[(n - h) // 2 : (n - h) // 2 + h, (n - w) // 2 : (n - w) // 2 + w] = img
        img = pad
    if n == size:
        return img
    return np.asarray(Image.fromarray(img, mode="L").resize((size, size), Image.Resampling.BILINEAR), np.uint8)


def to_row(ds: Dataset, size: int) -> np.ndarray:
    return square(window(frame(ds), ds), size)


class ArrayWriter:
    """Rows into ``images.u8`` through a growing memory map."""

    def __init__(self, path: Path, size: int, capacity: int) -> None:
        self.path = path
        self.size = size
        self.n = 0
        self.capacity = max(capacity, 1)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._mm = np.memmap(path, dtype=np.uint8, mode="w+", shape=(self.capacity, size, size))

    def add(self, img: np.ndarray) -> int:
        if self.n >= self.capacity:
            raise ArrayError("more rows than planned")
        self._mm[self.n] = img
        self.n += 1
        return self.n - 1

    def close(self) -> tuple[int, int, int]:
        self._mm.flush()
        del self._mm
        with self.path.open("r+b") as fh:
            fh.truncate(self.n * self.size * self.size)
        return self.n, self.size, self.size
