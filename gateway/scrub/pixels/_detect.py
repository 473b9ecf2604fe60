"""Find text in 8-bit frames: full-frame OCR seeds, edge-based line candidates, and OCR of candidate crops.

For a batch of frames:

1. *Seeds*: tesseract (``--psm`` from the options, sparse text by default) on every whole frame, each word's box
   tightened to its ink (``_boxes.tighten``; tesseract's kana/kanji boxes run tall). A word counts
   (``is_text_word``) when its confidence reaches ``detect_min_conf``, it holds a word character (letter, digit,
   kana, kanji), it is at least ``min_text_height`` high, and, unless its confidence reaches ``trust_conf``, its
   patch is bimodal (``separation`` >= ``min_separation``: glyphs on a background; OCR's hallucinations in speckle
   and noise are not).
2. *Candidates*: line-shaped clusters of strong edges (``_boxes.text_candidates``) whose patch is somewhat bimodal
   (``crop_min_separation``; text across a vessel has three grey levels), grouped into lines.
3. A candidate line touched by a seed is text. Every other candidate line is cropped (4 px padding), made
   dark-on-light (both polarities: light text on dark is inverted), contrast-stretched, upscaled to ~32 px text
   height (small text) and OCR'd as a single line (``--psm 7``) in one batch, both as grey and binarised at its own
   Otsu threshold (low-contrast katakana that grey OCR reads as Latin noise come out right); it is text when its
   words that count as in 1 (with ``crop_min_conf`` for the confidence) weigh ``CROP_MIN_WEIGHT``: the shape is
   already a text line, OCR only has to agree that it is writing, not read it right.
4. Text regions are completed along their rows (``_boxes.extend_lines``: the rest of a line OCR read only in part)
   and the words of one line are joined; the caller masks them with a margin of ``mask_margin_px +
   mask_margin_ratio x height`` (``margin_boxes``).

Measured on the synthetic set, full-frame binarisation (global or background-subtracted) before OCR lost text
(25 and 15 of 63 planted lines found vs 48 without), so whole frames go to tesseract as 8-bit grey and only crops
are polarity-normalised, stretched, scaled and binarised. All recognised words are kept (with boxes) for the
verification rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from gateway.scrub.pixels._boxes import Box, edge_map, extend_lines, group_lines, text_candidates, tighten
from gateway.scrub.pixels._ocr import OcrStats, Word, ocr_images
from policies.pixel_options import PixelOptions

CROP_PAD = 4
# A crop is writing when its credible words weigh 3: Latin letters and digits 1, kana and kanji 2 ("山田" passes,
# while OCR's readings of vessel pairs and line segments, "NM", "AW", "7", do not).
CROP_MIN_WEIGHT = 3
EDGE_THRESHOLD = 40
CROP_TARGET_HEIGHT = 32


def char_weight(text: str) -> int:
    return sum(2 if ord(c) >= 0x3040 else 1 for c in text if c.isalnum())


def has_word_char(text: str, n: int = 1) -> bool:
    return sum(1 for c in text if c.isalnum()) >= n


def separation(pixels: np.ndarray) -> float:
    """Otsu's effectiveness (between-class / total variance, 0..1) of an 8-bit patch. Glyphs on a background are
    strongly bimodal (measured on the synthetic set: >= 0.77); OCR 'words' hallucinated in speckle or noise are
    not (<= 0.73)."""
    p = pixels.ravel()
    if p.size < 4:
        return 0.0
    v = float(p.astype(np.float64).var())
    if v < 1e-9:
        return 0.0
    h = np.bincount(p, minlength=256).astype(np.float64) / p.size
    i = np.arange(256, dtype=np.float64)
    w = np.cumsum(h)
    mu = np.cumsum(h * i)
    between = (mu[-1] * w - mu) ** 2 / np.maximum(w * (1 - w), 1e-12)
    return float(between.max() / v)


def is_text_word(word: Word, patch: np.ndarray, options: PixelOptions, min_conf: float | None = None) -> bool:
    """A recognised word we believe: enough confidence, a word character, legible height, and unless OCR is very sure
    (``trust_conf``), a bimodal patch (``min_separation``)."""
    conf = options.detect_min_conf if min_conf is None else min_conf
    if word.conf < conf or not has_word_char(word.text) or word.height < options.min_text_height:
        return False
    return word.conf >= options.trust_conf or separation(patch) >= options.min_separation


@dataclass
class FrameText:
    """What was found in one frame (coordinates of the frame)."""

    words: list[tuple[Box, Word]] = field(default_factory=list)  # every recognised word (seeds and crops)
    regions: list[Box] = field(default_factory=list)  # text regions before margins

    def __repr__(self) -> str:
        return f"FrameText(words={len(self.words)}, regions={len(self.regions)})"


def otsu_binarised(gray: np.ndarray) -> np.ndarray:
    """Black/white at Otsu's threshold (the crop's own): low-contrast glyphs come out solid."""
    h = np.bincount(gray.ravel(), minlength=256).astype(np.float64) / gray.size
    i = np.arange(256, dtype=np.float64)
    w = np.cumsum(h)
    mu = np.cumsum(h * i)
    between = (mu[-1] * w - mu) ** 2 / np.maximum(w * (1 - w), 1e-12)
    t = int(np.argmax(between))
    out: np.ndarray = np.where(gray > t, 255, 0).astype(np.uint8)
    return out


def _crop_for_ocr(gray: np.ndarray, box: Box) -> tuple[np.ndarray, Box, float]:
    rows, cols = gray.shape
    b = box.expanded(CROP_PAD, CROP_PAD, rows, cols)
    crop = gray[b.y0 : b.y1, b.x0 : b.x1]
    border = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]])
    if float(np.median(border)) < 128:  # light text on dark: tesseract prefers dark on light
        crop = 255 - crop
    lo, hi = np.percentile(crop, (1, 99))
    if hi - lo >= 8:  # stretch low-contrast text to the full range
        crop = np.clip((crop.astype(np.float32) - lo) * (255.0 / (hi - lo)), 0, 255).astype(np.uint8)
    factor = float(min(4.0, max(1.0, CROP_TARGET_HEIGHT / max(1, box.height))))
    if factor > 1.0:
        img = Image.fromarray(np.ascontiguousarray(crop), "L")
        img = img.resize((round(crop.shape[1] * factor), round(crop.shape[0] * factor)), Image.Resampling.LANCZOS)
        crop = np.asarray(img)
    # a white frame helps tesseract's line finder on tight crops
    framed = np.full((crop.shape[0] + 16, crop.shape[1] + 16), 255, dtype=np.uint8)
    framed[8:-8, 8:-8] = crop
    return framed, b, factor


def _to_frame(word: Word, origin: Box, factor: float) -> Box:
    x0 = origin.x0 + (word.x0 - 8) / factor
    y0 = origin.y0 + (word.y0 - 8) / factor
    x1 = origin.x0 + (word.x1 - 8) / factor
    y1 = origin.y0 + (word.y1 - 8) / factor
    return Box(
        max(origin.x0, int(np.floor(x0))),
        max(origin.y0, int(np.floor(y0))),
        min(origin.x1, int(np.ceil(x1))),
        min(origin.y1, int(np.ceil(y1))),
    )


def _upscaled(gray: np.ndarray, options: PixelOptions) -> tuple[np.ndarray, float]:
    if options.ocr_upscale_below and gray.shape[1] < options.ocr_upscale_below:
        img = Image.fromarray(gray, "L")
        return np.asarray(img.resize((gray.shape[1] * 2, gray.shape[0] * 2), Image.Resampling.LANCZOS)), 2.0
    return gray, 1.0


def detect_text(grays: Sequence[np.ndarray], options: PixelOptions, stats: OcrStats | None = None) -> list[FrameText]:
    """Text in each frame of ``grays`` (2-D uint8 arrays), see the module docstring."""
    langs = options.ocr_languages
    scaled = [_upscaled(g, options) for g in grays]
    pages = ocr_images(
        [s[0] for s in scaled],
        languages=langs,
        psm=options.ocr_psm,
        timeout_s=options.ocr_timeout_s,
        stats=stats,
        engine=options.ocr_engine,
    )
    results: list[FrameText] = []
    crops: list[np.ndarray] = []
    crop_meta: list[tuple[int, Box, Box, float]] = []  # frame, line box, crop origin, factor
    for i, (gray, words) in enumerate(zip(grays, pages, strict=True)):
        ft = FrameText()
        factor = scaled[i][1]
        seeds: list[Box] = []
        edges = edge_map(gray, EDGE_THRESHOLD)
        for w in words:
            box = Box(w.x0, w.y0, w.x1, w.y1).scaled(factor)
            ft.words.append((box, w))
            if is_text_word(w, gray[box.y0 : box.y1, box.x0 : box.x1], options):
                seeds.append(tighten(box, edges))
        cands = [
            c
            for c in text_candidates(gray)
            if separation(gray[c.y0 : c.y1, c.x0 : c.x1]) >= options.crop_min_separation
        ]
        lines = group_lines(cands)  # noise candidates are dropped first, so they do not lengthen real lines
        for line in lines:
            if any(line.intersects(s) for s in seeds):
                ft.regions.append(line)
            else:
                crop, origin, f = _crop_for_ocr(gray, line)
                for variant in (crop, otsu_binarised(crop)):  # grey and binarised: each reads what the other misses
                    crops.append(variant)
                    crop_meta.append((i, line, origin, f))
        ft.regions.extend(seeds)
        results.append(ft)
    if crops:
        crop_pages = ocr_images(
            crops, languages=langs, psm=7, timeout_s=options.ocr_timeout_s, stats=stats, engine=options.ocr_engine
        )
        confirmed: set[tuple[int, Box]] = set()
        for (i, line, origin, f), words in zip(crop_meta, crop_pages, strict=True):
            chars = 0
            gray = grays[i]
            for w in words:
                box = _to_frame(w, origin, f)
                results[i].words.append((box, w))
                if is_text_word(w, gray[box.y0 : box.y1, box.x0 : box.x1], options, options.crop_min_conf):
                    chars += char_weight(w.text)
            if chars >= CROP_MIN_WEIGHT and (i, line) not in confirmed:
                confirmed.add((i, line))
                results[i].regions.append(line)
    for gray, ft in zip(grays, results, strict=True):
        # complete partly read lines along their rows, then mask the spaces between words of one line too
        edges = edge_map(gray, EDGE_THRESHOLD)
        ft.regions = group_lines(extend_lines(group_lines(ft.regions), edges))
    return results


def margin_boxes(regions: Sequence[Box], options: PixelOptions, rows: int, cols: int) -> list[Box]:
    out = []
    for r in regions:
        m = options.mask_margin_px + round(options.mask_margin_ratio * r.height)
        out.append(r.expanded(m, m, rows, cols))
    return out
