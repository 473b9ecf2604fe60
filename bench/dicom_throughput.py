"""DICOM de-identification throughput: Sekisho vs dicognito vs dicom-anonymizer vs deid vs a plain pydicom
read+write copy, on the same files in one run, ratios printed against the plain copy.

File sets: (a) pydicom's bundled test files, (b) the real-size images of the pydicom-data package. Only files the
plain copy can read and write are used (the same list for every tool). Sekisho runs the research profile (Basic
Profile + Retain Patient Characteristics + Modified Dates + Clean Descriptors/Structured Content/Graphics) with the
independent verifier on every output; Clean Pixel Data (OCR of US/SC/XA...) is off here because no peer does it
and it is measured by the pixel benchmark. Files a tool fails on still count in its time.

    .venv/bin/python bench/dicom_throughput.py [--repeat N] [--workers N] [--only a|b]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pydicom

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Tool = Callable[[Path, Path], None]


def pydicom_files() -> list[Path]:
    base = Path(pydicom.__file__).parent / "data"
    return sorted(p for p in base.rglob("*") if p.is_file() and p.suffix in ("", ".dcm") and "DICOMDIR" not in p.name)


def pydicom_data_files() -> list[Path]:
    import importlib.util

    spec = importlib.util.find_spec("data_store")
    if spec is None or spec.origin is None:
        return []
    return sorted(p for p in (Path(spec.origin).parent / "data").iterdir() if p.suffix == ".dcm")


def plain_copy(src: Path, out: Path) -> None:
    ds = pydicom.dcmread(src)
    ds.save_as(out / "out.dcm")


def usable(files: list[Path]) -> list[Path]:
    keep = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            try:
                plain_copy(f, Path(tmp))
            except Exception:  # unusable for every tool
                continue
            if f.read_bytes()[128:132] == b"DICM":
                keep.append(f)
    return keep


def make_sekisho() -> Tool:
    from gateway.scrub.dicom.engine import scrub_bytes
    from linkage_vault.keyed import KeyedFunctions
    from policies.dicom_options import DicomDeidOptions

    keys = KeyedFunctions(os.urandom(32), os.urandom(32), os.urandom(32))
    options = DicomDeidOptions(clean_pixel_data=False)

    def run(src: Path, out: Path) -> None:
        o = scrub_bytes(src.read_bytes(), options=options, keys=keys)
        if o.data is not None:
            (out / "out.dcm").write_bytes(o.data)

    return run


def make_dicognito() -> Tool:
    from dicognito.anonymizer import Anonymizer

    anonymizer = Anonymizer()

    def run(src: Path, out: Path) -> None:
        ds = pydicom.dcmread(src)
        anonymizer.anonymize(ds)
        ds.save_as(out / "out.dcm")

    return run


def make_dicom_anonymizer() -> Tool:
    from dicomanonymizer.simpledicomanonymizer import anonymize_dicom_file

    def run(src: Path, out: Path) -> None:
        anonymize_dicom_file(str(src), str(out / "out.dcm"))

    return run


def make_deid() -> Tool:
    from deid.config import DeidRecipe
    from deid.dicom import get_identifiers, replace_identifiers
    from deid.logger import bot

    bot.level = 0
    recipe = DeidRecipe()

    def run(src: Path, out: Path) -> None:
        ids = get_identifiers([str(src)])
        replace_identifiers(
            dicom_files=[str(src)], deid=recipe, ids=ids, save=True, output_folder=str(out), overwrite=True
        )

    return run


def timed(tool: Tool, files: list[Path], repeat: int) -> tuple[float, float, int]:
    """(files/s by wall clock, files/s by this process's CPU time, errors). CPU time is the steadier number on a
    shared machine; both are printed."""
    errors = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            for f in files:
                try:
                    tool(f, out)
                except Exception:  # a peer failing on a file is counted, not fatal
                    errors += 1
        elapsed, cpu_used = time.perf_counter() - start, time.process_time() - cpu
    n = len(files) * repeat
    return n / elapsed, n / max(cpu_used, 1e-9), errors


def sekisho_parallel(files: list[Path], repeat: int, workers: int) -> float:
    from gateway.scrub.dicom.engine import RunConfig, run_directory
    from linkage_vault.keyed import KeyedFunctions
    from policies.dicom_options import DicomDeidOptions

    cfg = RunConfig(
        options=DicomDeidOptions(clean_pixel_data=False),
        keys=KeyedFunctions(os.urandom(32), os.urandom(32), os.urandom(32)),
    )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        n = 0
        for r in range(repeat):
            for i, f in enumerate(files):
                os.symlink(f, src / f"{r}_{i}.dcm")
                n += 1
        start = time.perf_counter()
        run_directory(src, Path(tmp) / "dst", cfg, workers=workers)
        return n / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--only", choices=["a", "b"], default=None)
    ap.add_argument("--skip-deid", action="store_true", help="deid is slow; skip it for quick runs")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    sets = {"a": ("pydicom test files", pydicom_files()), "b": ("pydicom-data real-size", pydicom_data_files())}
    tools: list[tuple[str, Callable[[], Tool]]] = [
        ("plain pydicom copy", lambda: plain_copy),
        ("sekisho (profile+verifier)", make_sekisho),
        ("dicognito", make_dicognito),
        ("dicom-anonymizer", make_dicom_anonymizer),
    ]
    if not args.skip_deid:
        tools.append(("deid (default recipe)", make_deid))
    for key, (label, all_files) in sets.items():
        if args.only and key != args.only:
            continue
        files = usable(all_files)
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"\n({key}) {label}: {len(files)} files, {size:.1f} MB, repeat {args.repeat}")
        base = base_cpu = None
        print(f"  {'tool':<30} {'wall files/s':>12} {'ratio':>6} {'cpu files/s':>12} {'ratio':>6}  errors")
        for name, factory in tools:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                tool = factory()
                tool(files[0], Path(tempfile.gettempdir()))  # warm-up: imports, caches
                rate, cpu_rate, errors = timed(tool, files, args.repeat)
            base = base or rate
            base_cpu = base_cpu or cpu_rate
            print(f"  {name:<30} {rate:12.1f} {rate / base:6.2f} {cpu_rate:12.1f} {cpu_rate / base_cpu:6.2f}  {errors}")
        if args.workers > 1:
            rate = sekisho_parallel(files, args.repeat, args.workers)
            par = f"sekisho --workers {args.workers}"
            print(f"  {par:<30} {rate:12.1f} {rate / (base or 1):6.2f}  (wall clock, all processes)")


if __name__ == "__main__":
    main()
