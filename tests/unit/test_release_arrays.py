"""Trainer-ready arrays: Modality LUT, policy window, MONOCHROME1, aspect-keeping square resize, memmap rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset

from gateway.release.arrays import ArrayWriter, square, to_row, window


def _ct(values: np.ndarray, modality: str = "CT", photometric: str = "MONOCHROME2") -> Dataset:
    ds = Dataset()
    ds.Modality = modality
    ds.Rows, ds.Columns = values.shape
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = photometric
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
    ds.PixelData = values.astype(np.uint16).tobytes()
    ds.file_meta = Dataset()
    ds.file_meta.TransferSyntaxUID = "1.2.840.10008.1.2.1"
    return ds


def test_ct_lung_window_after_rescale() -> None:
    hu = np.array([[-1024, -600], [150, 400]])
    ds = _ct(hu + 1024)
    row = to_row(ds, 2)
    assert row.dtype == np.uint8
    # window [-1350, +150] HU: air -1024 -> 55, the centre -600 -> 128, +150 and above -> 255
    assert row.tolist() == [[55, 128], [255, 255]]


def test_other_modalities_use_their_own_window_or_min_max() -> None:
    ds = _ct(np.array([[0, 50], [100, 200]]) + 1024, modality="MR")
    assert window(np.array([[0.0, 50.0], [100.0, 200.0]]), ds).tolist() == [[0, 64], [128, 255]]
    ds.WindowCenter, ds.WindowWidth = 100, 100
    assert window(np.array([[0.0, 50.0], [100.0, 200.0]]), ds).tolist() == [[0, 0], [128, 255]]
    inverted = to_row(_ct(np.array([[0, 100], [100, 100]]) + 1024, modality="MR", photometric="MONOCHROME1"), 2)
    assert inverted[0, 0] == 255 and inverted[1, 1] == 0


def test_square_keeps_the_aspect_ratio() -> None:
    img = np.full((2, 8), 200, np.uint8)
    img[0, 0] = 10
    out = square(img, 8)
    assert out.shape == (8, 8)
    assert out[0].tolist() == [10] * 8 and out[3, 1] == 200  # padded above and below with the minimum


def test_array_writer_truncates_to_the_rows_written(tmp_path: Path) -> None:
    w = ArrayWriter(tmp_path / "a" / "images.u8", 4, capacity=5)
    for v in (1, 2, 3):
        w.add(np.full((4, 4), v, np.uint8))
    assert w.close() == (3, 4, 4)
    data = np.fromfile(tmp_path / "a" / "images.u8", dtype=np.uint8).reshape(3, 4, 4)
    assert data[:, 0, 0].tolist() == [1, 2, 3]
