"""Small synthetic images per modality. The chest CT carries a learnable signal: a lung nodule or none.

Chest CT phantom: an elliptical body (soft tissue), two darker lungs, a spine, a heart, a few 1-pixel vessels
(distractors) and Gaussian noise; a positive case has a bright sphere (4-8 px across at 64 px, scaled with the
image size) inside one lung, visible on every slice of the series (slices are spaced at half its radius).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

CT_INTERCEPT = -1024


@dataclass(frozen=True)
class NoduleTruth:
    side: str  # "right" | "left" (patient side; the right lung is on the image's left)
    center_xy: tuple[int, int]  # pixel column, row on every slice
    diameter_px: float
    diameter_mm: float


def _grid(size: int) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float64)
    return xx, yy


def _ellipse(
    xx: NDArray[np.float64], yy: NDArray[np.float64], cx: float, cy: float, rx: float, *, ry: float
) -> NDArray[np.bool_]:
    return np.asarray(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 <= 1.0)


def ct_chest(
    rng: np.random.Generator, size: int, n_slices: int, nodule: bool, pixel_mm: float
) -> tuple[NDArray[np.int16], NoduleTruth | None, float]:
    """Stored values (HU - intercept) of ``n_slices`` axial slices, the nodule truth and the slice spacing (mm)."""
    xx, yy = _grid(size)
    s = size / 64.0
    cx = size / 2 + rng.uniform(-2, 2) * s
    cy = size / 2 + rng.uniform(-1, 2) * s
    body_rx, body_ry = rng.uniform(26, 29) * s, rng.uniform(19, 22) * s
    lung_rx, lung_ry = rng.uniform(8.5, 10.5) * s, rng.uniform(12, 14.5) * s
    lung_dx = rng.uniform(11, 13) * s
    lungs = [
        (cx - lung_dx, cy - 1 * s, lung_rx, lung_ry),  # image left = patient right
        (cx + lung_dx, cy - 1 * s, lung_rx * 0.92, lung_ry),
    ]
    heart = (cx + 3 * s, cy + 4 * s, 6 * s, 5 * s)
    lung_mask = np.zeros((size, size), dtype=bool)
    for lx, ly, lrx, lry in lungs:
        lung_mask |= _ellipse(xx, yy, lx, ly, lrx, ry=lry)
    lung_mask &= ~_ellipse(xx, yy, *heart[:3], ry=heart[3])
    truth: NoduleTruth | None = None
    radius = 0.0
    if nodule:
        radius = rng.uniform(2.0, 4.0) * s
        for _attempt in range(200):  # a centre whose whole disc (plus a margin) lies in lung, away from the heart
            side_i = int(rng.integers(0, 2))
            lx, ly, lrx, lry = lungs[side_i]
            ncx = lx + rng.uniform(-0.7, 0.7) * lrx
            ncy = ly + rng.uniform(-0.7, 0.7) * lry
            if lung_mask[_ellipse(xx, yy, ncx, ncy, radius + 2 * s, ry=radius + 2 * s)].all():
                break
        truth = NoduleTruth(
            side="right" if side_i == 0 else "left",
            center_xy=(round(ncx), round(ncy)),
            diameter_px=round(2 * radius, 2),
            diameter_mm=round(2 * radius * pixel_mm, 1),
        )
    spacing = max(radius * 0.5, 1.0) * pixel_mm if nodule else rng.uniform(1.0, 2.0) * s * pixel_mm
    vessels = [
        (lx + rng.uniform(-0.6, 0.6) * lrx, ly + rng.uniform(-0.6, 0.6) * lry)
        for lx, ly, lrx, lry in lungs
        for _ in range(3)
    ]
    out = np.empty((n_slices, size, size), dtype=np.int16)
    for k in range(n_slices):
        hu = np.full((size, size), -1000.0)
        hu[_ellipse(xx, yy, cx, cy, body_rx, ry=body_ry)] = rng.uniform(20, 60)
        for lx, ly, lrx, lry in lungs:
            hu[_ellipse(xx, yy, lx, ly, lrx, ry=lry)] = rng.uniform(-880, -820)
        hu[_ellipse(xx, yy, *heart[:3], ry=heart[3])] = 45.0  # heart
        hu[_ellipse(xx, yy, cx, cy + body_ry - 5 * s, 3.5 * s, ry=3.5 * s)] = 700.0  # vertebra
        for vx, vy in vessels:
            jx, jy = rng.normal(0, 0.7, 2)
            hu[_ellipse(xx, yy, vx + jx, vy + jy, 0.8 * s, ry=0.8 * s)] = 0.0
        if truth is not None:
            dz = (k - (n_slices - 1) / 2) * (spacing / pixel_mm)
            r_here = float(np.sqrt(max(radius**2 - dz**2, 0.0)))
            if r_here > 0.5:
                hu[_ellipse(xx, yy, truth.center_xy[0], truth.center_xy[1], r_here, ry=r_here)] = rng.uniform(10, 60)
        hu += rng.normal(0, 18, hu.shape)
        out[k] = np.clip(hu - CT_INTERCEPT, 0, 4095).astype(np.int16)
    return out, truth, float(spacing)


def mr_brain(rng: np.random.Generator, size: int, n_slices: int) -> NDArray[np.uint16]:
    xx, yy = _grid(size)
    c = size / 2
    out = np.zeros((n_slices, size, size), dtype=np.uint16)
    for k in range(n_slices):
        img = np.zeros((size, size))
        img[_ellipse(xx, yy, c, c, 0.42 * size, ry=0.47 * size)] = 900
        img[_ellipse(xx, yy, c, c, 0.38 * size, ry=0.43 * size)] = 600
        img[_ellipse(xx, yy, c - 0.08 * size, c, 0.05 * size, ry=0.12 * size)] = 1500
        img[_ellipse(xx, yy, c + 0.08 * size, c, 0.05 * size, ry=0.12 * size)] = 1500
        img += rng.rayleigh(40, img.shape) + k * 5
        out[k] = np.clip(img, 0, 4095).astype(np.uint16)
    return out


def radiograph(rng: np.random.Generator, size: int) -> NDArray[np.uint16]:
    """A chest radiograph-like projection, 12 bits, MONOCHROME2 (bones and soft tissue bright, lungs dark)."""
    xx, yy = _grid(size)
    c = size / 2
    img = np.full((size, size), 300.0)
    img[_ellipse(xx, yy, c, c + 0.05 * size, 0.45 * size, ry=0.48 * size)] = 2600
    for dx in (-0.2, 0.2):
        img[_ellipse(xx, yy, c + dx * size, c, 0.15 * size, ry=0.3 * size)] = 900
    img[_ellipse(xx, yy, c + 0.05 * size, c + 0.12 * size, 0.14 * size, ry=0.12 * size)] = 2400
    img += rng.normal(0, 60, img.shape)
    return np.asarray(np.clip(img, 0, 4095), dtype=np.uint16)


def ultrasound(rng: np.random.Generator, size: int) -> NDArray[np.uint8]:
    """A sector scan with speckle (8 bits); burned-in text is drawn later."""
    xx, yy = _grid(size)
    apex_x, apex_y = size / 2, size * 0.12
    ang = np.arctan2(xx - apex_x, yy - apex_y)
    rad = np.hypot(xx - apex_x, yy - apex_y)
    sector = (np.abs(ang) < 0.6) & (rad < size * 0.85) & (rad > size * 0.05)
    speckle = rng.rayleigh(45, (size, size))
    organ = _ellipse(xx, yy, size / 2, size * 0.55, size * 0.2, ry=size * 0.12)
    img = np.where(sector, speckle * np.where(organ, 0.4, 1.0), 0.0)
    return np.clip(img, 0, 255).astype(np.uint8)


def angiography(rng: np.random.Generator, size: int, n_frames: int) -> NDArray[np.uint8]:
    """Frames of a contrast bolus filling a branching vessel (dark on bright, 8 bits)."""
    xx, yy = _grid(size)
    frames = np.empty((n_frames, size, size), dtype=np.uint8)
    x0 = size * rng.uniform(0.35, 0.65)
    for f in range(n_frames):
        img = np.full((size, size), 190.0)
        fill = (f + 1) / n_frames
        path = np.abs(xx - (x0 + 0.15 * size * np.sin(yy / size * 3.0))) < max(size / 40, 1.0)
        branch = np.abs((xx - x0) - (yy - size * 0.4) * 0.8) < max(size / 60, 1.0)
        mask = (path | (branch & (yy > size * 0.4))) & (yy < size * fill)
        img[mask] = 60
        img += rng.normal(0, 6, img.shape)
        frames[f] = np.clip(img, 0, 255).astype(np.uint8)
    return frames


def pet(rng: np.random.Generator, size: int, n_slices: int) -> NDArray[np.uint16]:
    xx, yy = _grid(size)
    c = size / 2
    out = np.zeros((n_slices, size, size), dtype=np.uint16)
    hot = [(c + rng.uniform(-0.2, 0.2) * size, c + rng.uniform(-0.2, 0.2) * size) for _ in range(2)]
    for k in range(n_slices):
        img = np.zeros((size, size))
        img[_ellipse(xx, yy, c, c, 0.42 * size, ry=0.32 * size)] = 300
        img[_ellipse(xx, yy, c + 0.1 * size, c, 0.08 * size, ry=0.08 * size)] = 900
        for hx, hy in hot:
            img[_ellipse(xx, yy, hx, hy, 0.04 * size, ry=0.04 * size)] = 2500
        img += rng.poisson(30, img.shape)
        out[k] = np.clip(img, 0, 32767).astype(np.uint16)
    return out


def nm_planar(rng: np.random.Generator, size: int, n_frames: int) -> NDArray[np.uint16]:
    """Anterior/posterior whole-body-like planar counts."""
    xx, yy = _grid(size)
    c = size / 2
    out = np.zeros((n_frames, size, size), dtype=np.uint16)
    for f in range(n_frames):
        lam = np.full((size, size), 2.0)
        lam[_ellipse(xx, yy, c, c, 0.18 * size, ry=0.45 * size)] = 40
        lam[_ellipse(xx, yy, c, 0.12 * size, 0.09 * size, ry=0.1 * size)] = 60
        lam[_ellipse(xx, yy, c - 0.06 * size, c + 0.05 * size, 0.04 * size, ry=0.05 * size)] = 150 + 10 * f
        out[f] = np.asarray(rng.poisson(lam), dtype=np.uint16)
    return out
