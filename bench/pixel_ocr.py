"""Burned-in pixel PHI: OCR cost per frame and per study, the frame-sampling policy's saving, and masking quality.

A synthetic study (tests.support.pixels; names, IDs and birth dates in romaji, kanji and katakana, headers claiming
BurnedInAnnotation=NO): ``--singles`` single-frame images cycling US gray / US RGB / XA 16-bit / SC RGB / JPEG US,
one US RGB cine and one XA run of ``--cine-frames`` frames. Each image goes through ``clean_pixel_data`` with the
default policy (frame_sampling="changed", the tesseract CLI), again with frame_sampling="all", and again with
ocr_engine="library" (libtesseract in process).

Reported: wall ms per image and per study; tesseract ms per OCR'd frame (process start + model load included, the
real cost); OCR'd frames per study under each policy; planted-text recall (a planted box counts only when every
pixel of it is masked) and the share of non-text pixels left unchanged. Peer: deid's own pixel cleaner
(``deid.dicom.pixels.DicomCleaner`` with its ``deid.dicom.ultrasound`` recipe, header rules only) on the same
single-frame US images, planted-text recall only.

    .venv/bin/python bench/pixel_ocr.py [--singles N] [--cine-frames N] [--json PATH] [--no-peer]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.scrub.pixels import clean_pixel_data  # noqa: E402
from gateway.scrub.pixels._frames import decode  # noqa: E402
from policies.pixel_options import PixelOptions  # noqa: E402
from tests.support.pixels import PATIENT2, Synthetic, make_sc, make_us, make_xa, to_jpeg_baseline  # noqa: E402


def _jpeg_us(seed: int) -> Synthetic:
    s = make_us(seed)
    to_jpeg_baseline(s.ds)
    return s


SINGLES: list[tuple[str, Callable[[int], Synthetic]]] = [
    ("US gray", make_us),
    ("US RGB", lambda i: make_us(i, rgb=True, known=PATIENT2)),
    ("XA 16-bit", lambda i: make_xa(i, frames=1)),
    ("SC RGB", lambda i: make_sc(i, known=PATIENT2)),
    ("US JPEG", _jpeg_us),
]


def study(singles: int, cine_frames: int) -> list[tuple[str, Callable[[], Synthetic]]]:
    items: list[tuple[str, Callable[[], Synthetic]]] = []
    for i in range(singles):
        name, make = SINGLES[i % len(SINGLES)]
        items.append((name, lambda make=make, i=i: make(100 + i)))
    items.append((f"US RGB cine x{cine_frames}", lambda: make_us(7, frames=cine_frames, rgb=True)))
    items.append((f"XA run x{cine_frames}", lambda: make_xa(8, frames=cine_frames)))
    return items


def quality(s: Synthetic, before: np.ndarray, after: np.ndarray) -> tuple[int, int, float]:
    """(planted boxes fully masked, planted boxes, share of non-text pixels unchanged) over all frames."""
    hit = total = 0
    unchanged = []
    for f in range(after.shape[0]):
        a = after[f]
        black = np.all(a == 0, axis=-1) if a.ndim == 3 else a == 0
        for p in s.planted:
            x0, y0, x1, y1 = p.box
            total += 1
            hit += bool(black[y0:y1, x0:x1].all())
        same = np.all(a == before[f], axis=-1) if a.ndim == 3 else a == before[f]
        unchanged.append(float(same[~s.text_mask(f)].mean()))
    return hit, total, float(np.mean(unchanged))


def run_policy(items: list[tuple[str, Callable[[], Synthetic]]], options: PixelOptions) -> dict[str, Any]:
    rows = []
    t_study = time.perf_counter()
    for name, make in items:
        s = make()
        before = decode(s.ds).arr.copy()
        t0 = time.perf_counter()
        out = clean_pixel_data(s.ds, s.known, options)
        wall = time.perf_counter() - t0
        hit, total, unchanged = (0, len(s.planted), 0.0)
        if out.status in ("masked", "clean"):
            hit, total, unchanged = quality(s, before, decode(s.ds).arr)
        rows.append(
            {
                "image": name,
                "status": out.status,
                "frames": out.frames,
                "frames_ocr": out.frames_ocr,
                "wall_ms": round(wall * 1000, 1),
                "ocr_ms": round(out.ocr_seconds * 1000, 1),
                "planted_masked": hit,
                "planted": total,
                "unchanged_non_text": round(unchanged, 4),
            }
        )
    total_wall = time.perf_counter() - t_study
    ocr_frames = sum(r["frames_ocr"] for r in rows)
    ocr_ms = sum(r["ocr_ms"] for r in rows)
    return {
        "rows": rows,
        "study_wall_s": round(total_wall, 2),
        "study_frames": sum(r["frames"] for r in rows),
        "study_frames_ocr": ocr_frames,
        "ocr_ms_per_ocr_frame": round(ocr_ms / max(1, ocr_frames), 1),
        "wall_ms_per_frame": round(1000 * total_wall / max(1, sum(r["frames"] for r in rows)), 1),
        "recall": round(sum(r["planted_masked"] for r in rows) / max(1, sum(r["planted"] for r in rows)), 4),
        "min_unchanged_non_text": min(r["unchanged_non_text"] for r in rows),
        "quarantined": sum(r["status"] == "quarantine" for r in rows),
    }


def deid_peer(n: int) -> dict[str, Any]:
    """deid's DicomCleaner with its ultrasound recipe (blank all but SequenceOfUltrasoundRegions)."""
    os.environ.setdefault("MESSAGELEVEL", "QUIET")
    from deid.dicom import DicomCleaner

    recipe = str(Path(__import__("deid").__file__).parent / "data" / "deid.dicom.ultrasound")
    hit = total = 0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            s = make_us(200 + i)
            path = Path(tmp) / f"us{i}.dcm"
            s.ds.save_as(path, enforce_file_format=True)
            cleaner = DicomCleaner(output_folder=tmp, deid=recipe)
            cleaner.detect(str(path))
            cleaner.clean()
            cleaned = np.asarray(cleaner.cleaned)
            for p in s.planted:
                x0, y0, x1, y1 = p.box
                total += 1
                hit += bool((cleaned[y0:y1, x0:x1] == 0).all())
    return {
        "images": n,
        "recall": round(hit / max(1, total), 4),
        "wall_ms_per_image": round(1000 * (time.perf_counter() - t0) / n, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--singles", type=int, default=10)
    ap.add_argument("--cine-frames", type=int, default=30)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--no-peer", action="store_true")
    args = ap.parse_args()
    items = study(args.singles, args.cine_frames)
    result: dict[str, Any] = {"cpus": os.cpu_count()}
    for key, policy, engine in (
        ("changed", "changed", "cli"),
        ("all", "all", "cli"),
        ("library", "changed", "library"),
    ):
        r = run_policy(items, PixelOptions(frame_sampling=policy, ocr_engine=engine))  # type: ignore[arg-type]
        result[key] = r
        print(f"\n== frame_sampling={policy} ocr_engine={engine}")
        print(f"{'image':<22}{'status':<11}{'frames':>7}{'OCRd':>7}{'wall ms':>10}{'ocr ms':>9}{'masked':>8}")
        for row in r["rows"]:
            print(
                f"{row['image']:<22}{row['status']:<11}{row['frames']:>7}{row['frames_ocr']:>7}{row['wall_ms']:>10}"
                f"{row['ocr_ms']:>9}{row['planted_masked']:>4}/{row['planted']:<3}"
            )
        print(
            f"study: {r['study_frames']} frames, {r['study_frames_ocr']} frame OCR passes, {r['study_wall_s']} s wall, "
            f"{r['wall_ms_per_frame']} ms/frame, tesseract {r['ocr_ms_per_ocr_frame']} ms per OCR'd frame; "
            f"recall {r['recall']:.2%}, non-text unchanged >= {r['min_unchanged_non_text']:.2%}, "
            f"quarantined {r['quarantined']}"
        )
    ratio = result["all"]["study_wall_s"] / max(1e-9, result["changed"]["study_wall_s"])
    result["all_over_changed_wall"] = round(ratio, 2)
    print(f"\nsampling saving: 'all' takes {ratio:.2f}x the wall time of 'changed'")
    lib_ratio = result["changed"]["study_wall_s"] / max(1e-9, result["library"]["study_wall_s"])
    result["cli_over_library_wall"] = round(lib_ratio, 2)
    print(f"engine: the tesseract CLI takes {lib_ratio:.2f}x the wall time of in-process libtesseract")
    if not args.no_peer:
        peer = deid_peer(min(5, max(1, args.singles)))
        result["deid_peer"] = peer
        print(f"deid DicomCleaner (ultrasound recipe, header rules): planted-text recall {peer['recall']:.2%}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
