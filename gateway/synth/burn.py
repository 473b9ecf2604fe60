"""Burned-in annotation: text drawn into 8-bit pixels, with the bounding box of every planted value."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

FONT_CANDIDATES = (
    Path("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
    Path("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
)


class FontMissingError(RuntimeError):
    """IPA Gothic (Debian package fonts-ipafont-gothic) is needed to burn Japanese text."""


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_CANDIDATES:
        if path.exists():
            return ImageFont.truetype(str(path), size)
    raise FontMissingError("install fonts-ipafont-gothic to burn Japanese text into ultrasound images")


@dataclass(frozen=True)
class BurnedText:
    bbox: tuple[int, int, int, int]  # x0, y0, x1, y1 (x1, y1 exclusive) of the value's ink box
    entity_type: str
    value: str


def burn_lines(
    pixels: NDArray[Any], lines: list[tuple[str, str, str]], font_px: int, origin: tuple[int, int] = (2, 2)
) -> tuple[NDArray[Any], list[BurnedText]]:
    """Draw ``(label, value, entity_type)`` lines top-down in the brightest value of the array's type (255 for
    8 bits, ``white`` for 12/16-bit images); return new pixels and the value boxes.

    Empty ``entity_type`` means the line is not PHI (e.g. probe settings) and gets no box.
    """
    return burn_lines_white(pixels, lines, font_px, origin, white=255 if pixels.dtype == np.uint8 else 4095)


def burn_lines_white(
    pixels: NDArray[Any],
    lines: list[tuple[str, str, str]],
    font_px: int,
    origin: tuple[int, int] = (2, 2),
    *,
    white: int,
) -> tuple[NDArray[Any], list[BurnedText]]:
    h, w = pixels.shape
    canvas = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(canvas)
    font = _font(font_px)
    x0, y = origin
    out: list[BurnedText] = []
    for label, value, entity in lines:
        x = x0
        if label:
            draw.text((x, y), label, fill=255, font=font)
            x += int(np.ceil(draw.textlength(label, font=font)))
        draw.text((x, y), value, fill=255, font=font)
        if entity:
            bx0, by0, bx1, by1 = draw.textbbox((x, y), value, font=font)
            out.append(
                BurnedText(
                    (max(0, int(bx0)), max(0, int(by0)), min(w, int(bx1) + 1), min(h, int(by1) + 1)), entity, value
                )
            )
        y += font_px + max(2, font_px // 4)
    ink = np.asarray(canvas, dtype=np.float64) / 255.0
    result = np.maximum(pixels.astype(np.float64), np.rint(ink * white)).astype(pixels.dtype)
    return result, out
