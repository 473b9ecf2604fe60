"""Tesseract, run as Debian's ``tesseract`` binary on a batch of 8-bit frames, TSV output parsed into word boxes
(or, with ``engine="library"``, Debian's libtesseract in process, see ``_tessapi``).

One process per batch (the language models load once per call: ~0.4 s for jpn+eng), ``OMP_THREAD_LIMIT=1`` so
parallel workers do not oversubscribe the cores. Images go through a private temporary directory that is removed
afterwards; nothing is logged but counts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image


class OcrError(RuntimeError):
    """Tesseract is missing, failed or timed out. The message carries no PHI (no recognised text)."""


@dataclass(frozen=True)
class Word:
    """One recognised word: box in the coordinates of the image given to :func:`ocr_images`."""

    x0: int
    y0: int
    x1: int
    y1: int
    conf: float
    text: str

    def __repr__(self) -> str:  # recognised text may be PHI
        return f"Word(({self.x0},{self.y0},{self.x1},{self.y1}), conf={self.conf:.0f}, <{len(self.text)} chars>)"

    @property
    def height(self) -> int:
        return self.y1 - self.y0


@dataclass
class OcrStats:
    calls: int = 0
    images: int = 0
    seconds: float = 0.0


def tesseract_binary() -> str:
    exe = shutil.which("tesseract")
    if exe is None:
        raise OcrError("tesseract binary not found (install tesseract-ocr and tesseract-ocr-jpn)")
    return exe


def available_languages() -> set[str]:
    out = subprocess.run([tesseract_binary(), "--list-langs"], capture_output=True, text=True, timeout=30)
    return {line.strip() for line in out.stdout.splitlines()[1:] if line.strip()}


def parse_tsv(tsv: str, n_images: int) -> list[list[Word]]:
    """Words (level 5 rows with text) per page; ``page_num`` is 1-based in list order."""
    pages: list[list[Word]] = [[] for _ in range(n_images)]
    for line in tsv.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        page = int(cols[1]) - 1
        if not 0 <= page < n_images:
            continue
        left, top, width, height = (int(c) for c in cols[6:10])
        pages[page].append(Word(left, top, left + width, top + height, float(cols[10]), text))
    return pages


def ocr_images(
    images: Sequence[np.ndarray],
    *,
    languages: Sequence[str],
    psm: int,
    timeout_s: float,
    stats: OcrStats | None = None,
    engine: str = "cli",
) -> list[list[Word]]:
    """OCR each 2-D uint8 image; return its words. One tesseract process for the whole batch."""
    if not images:
        return []
    for img in images:
        if img.dtype != np.uint8 or img.ndim != 2:
            raise OcrError("OCR input must be 2-D uint8")
    if engine == "library":
        from gateway.scrub.pixels import _tessapi

        t0 = time.perf_counter()
        try:
            tsv = _tessapi.tsv_pages(images, languages=languages, psm=psm)
        except (_tessapi.LibraryUnavailable, RuntimeError) as exc:
            raise OcrError(f"libtesseract failed: {type(exc).__name__}") from exc
        if stats is not None:
            stats.calls += 1
            stats.images += len(images)
            stats.seconds += time.perf_counter() - t0
        return parse_tsv(tsv, len(images))
    exe = tesseract_binary()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sekisho-ocr-") as tmp:
        paths = []
        for i, img in enumerate(images):
            p = Path(tmp) / f"f{i:05d}.png"
            Image.fromarray(img, "L").save(p, compress_level=1)
            paths.append(str(p))
        listing = Path(tmp) / "list.txt"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        cmd = [exe, str(listing), "stdout", "-l", "+".join(languages), "--psm", str(psm), "tsv"]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout_s, env=env)
        except subprocess.TimeoutExpired as exc:
            raise OcrError(f"tesseract timed out after {timeout_s:.0f} s on {len(images)} frames") from exc
        if proc.returncode != 0:
            raise OcrError(f"tesseract failed with exit code {proc.returncode}")
    if stats is not None:
        stats.calls += 1
        stats.images += len(images)
        stats.seconds += time.perf_counter() - t0
    return parse_tsv(proc.stdout.decode("utf-8", errors="replace"), len(images))
