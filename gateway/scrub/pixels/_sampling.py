"""Which frames of a multi-frame image to OCR (the cost policy).

``all``: every frame. ``changed`` (default): burned-in text is an overlay, static or changing rarely (a clock, a
frame counter, a new annotation), while anatomy (speckle, contrast flow, moving vessels) changes all the time, so
raw pixel differences say little about text. Instead each frame gets a cheap *text signature* (about 40 ms for
640 x 480 against ~300 ms for OCR): its text-line candidates (``_boxes.text_candidates``: line-shaped clusters of
strong edges, without the glyph search inside anatomy, which moves) at least 8 px high and 80 px in area whose
patch is bimodal (``_detect.separation`` >= ``min_separation``); speckle and anatomy are rarely bimodal, and their
odd bimodal grains are smaller.

A frame is OCR'd when it is the first or the last frame, when its signature holds a candidate that no candidate of
the last OCR'd frame overlaps by at least half of the smaller box (new or moved text), or when ``max_frame_gap``
frames have passed since the last OCR'd frame. Masks found on OCR'd frames apply to every frame.

Limitation: text the edge detector cannot see (very low contrast, or merged into anatomy) that appears and goes
within ``max_frame_gap`` frames can be missed; ``frame_sampling="all"`` removes it at full cost.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from gateway.scrub.pixels._boxes import Box, text_candidates
from gateway.scrub.pixels._detect import separation
from policies.pixel_options import PixelOptions

MIN_HEIGHT = 8
MIN_AREA = 80


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


def select_frames(grays: Sequence[np.ndarray], options: PixelOptions) -> list[int]:
    n = len(grays)
    if n <= 2 or options.frame_sampling == "all":
        return list(range(n))
    selected = [0]
    ref = signature(grays[0], options)
    for i in range(1, n):
        sig = signature(grays[i], options)
        if i == n - 1 or i - selected[-1] >= options.max_frame_gap or not all(_matched(b, ref) for b in sig):
            selected.append(i)
            ref = sig
    return selected
