"""Debian's libtesseract (``libtesseract.so.5``) through its C API, as an alternative to one ``tesseract`` process
per batch: the language models load once per thread (~0.7 s for jpn+eng) instead of once per call, which is most
of the CLI's cost on single images. Same TSV output, parsed by ``_ocr.parse_tsv``. No timeout (the CLI has one);
the C API gets raw 8-bit pixels only, never a file to parse. One API handle per thread and language set.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import threading
from collections.abc import Sequence

import numpy as np

_local = threading.local()
_lock = threading.Lock()
_lib: ctypes.CDLL | None = None
_handles: list[int] = []


class LibraryUnavailable(RuntimeError):
    pass


def _load() -> ctypes.CDLL:
    global _lib  # noqa: PLW0603 - one process-wide handle to the shared library
    with _lock:
        if _lib is not None:
            return _lib
        # like the CLI's OMP_THREAD_LIMIT=1: OpenMP reads it when the library loads, so set it before
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        name = ctypes.util.find_library("tesseract") or "libtesseract.so.5"
        try:
            lib = ctypes.CDLL(name)
        except OSError as exc:
            raise LibraryUnavailable("libtesseract not found") from exc
        vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
        lib.TessBaseAPICreate.restype = vp
        lib.TessBaseAPIInit3.argtypes = [vp, cp, cp]
        lib.TessBaseAPIInit3.restype = ci
        lib.TessBaseAPISetVariable.argtypes = [vp, cp, cp]
        lib.TessBaseAPISetPageSegMode.argtypes = [vp, ci]
        lib.TessBaseAPISetImage.argtypes = [vp, vp, ci, ci, ci, ci]
        lib.TessBaseAPISetSourceResolution.argtypes = [vp, ci]
        lib.TessBaseAPIRecognize.argtypes = [vp, vp]
        lib.TessBaseAPIRecognize.restype = ci
        lib.TessBaseAPIGetTsvText.argtypes = [vp, ci]
        lib.TessBaseAPIGetTsvText.restype = vp
        lib.TessDeleteText.argtypes = [vp]
        lib.TessBaseAPIClear.argtypes = [vp]
        lib.TessBaseAPIEnd.argtypes = [vp]
        lib.TessBaseAPIDelete.argtypes = [vp]
        _lib = lib
        atexit.register(_close_all)
        return lib


def _close_all() -> None:
    if _lib is None:
        return
    for h in _handles:
        _lib.TessBaseAPIEnd(h)
        _lib.TessBaseAPIDelete(h)
    _handles.clear()


def _handle(languages: str) -> int:
    lib = _load()
    cache: dict[str, int] = getattr(_local, "handles", None) or {}
    _local.handles = cache
    h = cache.get(languages)
    if h is None:
        h = int(lib.TessBaseAPICreate())
        if lib.TessBaseAPIInit3(h, None, languages.encode()) != 0:
            lib.TessBaseAPIDelete(h)
            raise LibraryUnavailable("libtesseract could not load the language data")
        lib.TessBaseAPISetVariable(h, b"debug_file", b"/dev/null")
        cache[languages] = h
        with _lock:
            _handles.append(h)
    return h


def tsv_pages(images: Sequence[np.ndarray], *, languages: Sequence[str], psm: int) -> str:
    """TSV for each image as the CLI would print for a list of images (``page_num`` 1-based in order)."""
    lib = _load()
    h = _handle("+".join(languages))
    lib.TessBaseAPISetPageSegMode(h, psm)
    parts = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for page, img in enumerate(images, start=1):
        buf = np.ascontiguousarray(img, dtype=np.uint8)
        lib.TessBaseAPISetImage(h, buf.ctypes.data, buf.shape[1], buf.shape[0], 1, buf.strides[0])
        if lib.TessBaseAPIRecognize(h, None) != 0:
            raise RuntimeError("libtesseract recognition failed")
        ptr = lib.TessBaseAPIGetTsvText(h, page - 1)  # 0-based; the TSV says page - 1 + 1
        try:
            parts.append(ctypes.string_at(ptr).decode("utf-8", errors="replace").rstrip("\n"))
        finally:
            lib.TessDeleteText(ptr)
        lib.TessBaseAPIClear(h)
    return "\n".join(p for p in parts if p) + "\n"
