"""Which frames of a multi-frame image to OCR (the cost policy).

``all``: every frame. ``changed`` (default): burned-in text is an overlay, static or changing rarely (a clock, a
frame counter, a new annotation), while anatomy (speckle, contrast flow, moving vessels) changes all the time, so
raw pixel differences say little about text. Instead each frame gets a cheap *text signature* (about 40 ms for
640 x 480 against ~300 ms for OCR): its text-line candidates (``_boxes.text_candidates``: line-shaped clusters of
strong edges, without the glyph search inside anatomy, which moves) at least 8 px high and 80 px in area whose
patch is bimodal (``_detect.separation`` >= ``min_separation``); speckle and anatomy are rarely bimodal, and their
odd bimodal grains are smaller.

Candidates lying mostly on moving content are left out of the signature (``dynamic_mask``: 4x4 blocks whose mean
changes by more than 2 grey levels between more than 30 % of consecutive frames: anatomy, speckle, flow; bright
heart walls in an echo make bimodal candidates that change every frame).

A frame is OCR'd when it is the first or the last frame, when its signature holds a candidate that no candidate of
the last OCR'd frame overlaps by at least half of the smaller box (new or moved text), or when ``max_frame_gap``
frames have passed since the last OCR'd frame. Masks found on OCR'd frames apply to every frame.

Limitation: text the edge detector cannot see (very low contrast, or merged into anatomy), or text drawn over
moving content, that appears and goes within ``max_frame_gap`` frames can be missed; ``frame_sampling="all"``
removes it at full cost.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from gateway.scrub.pixels._boxes import Box, text_candidates
from gateway.scrub.pixels._detect import separation
from policies.pixel_options import PixelOptions

MIN_HEIGHT = 8
MIN_AREA = 80
BLOCK = 4
DYNAMIC_DELTA = 2.0
DYNAMIC_FRACTION = 0.3


def signature(gray: np.ndarray, options: PixelOptions) -> list[Box]:
    return [
        b
        for b in text_candidates(gray, glyphs=False)
        if b.height >= MIN_HEIGHT
        and b.area >= MIN_AREA
        and separation(gray[b.y0 : b.y1, b.x0 : b.x1]) >= options.min_separation
    ]


def _matched(box: Box, others: list[Box]) -> bool:
    return any(box.intersection(o) >= 0.5 * min(box.area, o.area) for o in others)


def dynamic_mask(grays: Sequence[np.ndarray]) -> np.ndarray:
    """Pixels of moving content: their 4x4 block mean changes by more than 2 grey levels between more than 30 % of
    consecutive frames (anatomy, speckle, flow). Overlay text is static or changes rarely."""
    thumbs = np.stack([thumbnail(g) for g in grays])
    changing = (np.abs(np.diff(thumbs, axis=0)) > DYNAMIC_DELTA).mean(axis=0) > DYNAMIC_FRACTION
    rows, cols = grays[0].shape
    full = np.zeros((rows, cols), dtype=bool)
    up = np.repeat(np.repeat(changing, BLOCK, axis=0), BLOCK, axis=1)
    full[: up.shape[0], : up.shape[1]] = up
    return full


def thumbnail(gray: np.ndarray) -> np.ndarray:
    h = gray.shape[0] // BLOCK * BLOCK
    w = gray.shape[1] // BLOCK * BLOCK
    g = gray[:h, :w].astype(np.float32)
    out: np.ndarray = g.reshape(h // BLOCK, BLOCK, w // BLOCK, BLOCK).mean(axis=(1, 3))
    return out


def select_frames(grays: Sequence[np.ndarray], options: PixelOptions) -> list[int]:
    n = len(grays)
    if n <= 2 or options.frame_sampling == "all":
        return list(range(n))
    moving = dynamic_mask(grays)

    def static_signature(gray: np.ndarray) -> list[Box]:
        return [b for b in signature(gray, options) if float(moving[b.y0 : b.y1, b.x0 : b.x1].mean()) <= 0.5]

    selected = [0]
    ref = static_signature(grays[0])
    for i in range(1, n):
        sig = static_signature(grays[i])
        if i == n - 1 or i - selected[-1] >= options.max_frame_gap or not all(_matched(b, ref) for b in sig):
            selected.append(i)
            ref = sig
    return selected
