"""DICOM de-identification throughput: Sekisho vs dicognito vs dicom-anonymizer vs deid vs a plain pydicom
read+write copy, on the same files in one run, ratios printed against the plain copy.

File sets: (a) pydicom's bundled test files, (b) the real-size images of the pydicom-data package. Only files the
plain copy can read and write are used (the same list for every tool). Sekisho runs the research profile (Basic
Profile + Retain Patient Characteristics + Modified Dates + Clean Descriptors/Structured Content/Graphics) with the
independent verifier on every output; Clean Pixel Data (OCR of US/SC/XA...) is off here because no peer does it
and it is measured by the pixel benchmark. Files a tool fails on still count in its time.

Honest timing on a shared machine: every tool reads its input from the file and writes its output to a file; the
tools run interleaved, one pass over all files each, ``--rounds`` times in turn (plain copy, Sekisho, peers, plain
copy, ...), so load changes hit all of them alike; the median pass is reported, by wall clock and by this process's
CPU time (the steadier number), with ratios to the plain copy's median. Memory: a separate untimed pass under
tracemalloc gives each tool's peak Python allocation while processing one file (the largest over the files).

    .venv/bin/python bench/dicom_throughput.py [--rounds N] [--workers N] [--only a|b] [--skip-deid]

``--candidacy`` measures instead what Clean Pixel Data costs on the files that are not pixel candidates (the
candidacy check: deid's filter recipes on the source header), in one run, interleaved, CPU time, median pass:
Clean Pixel Data off; on with a cold candidacy cache (emptied before every file, as for a header never seen), as
before (the uncompiled reference evaluator, tests/support/deid_filters_reference.py, on a view of the whole
header) and now (the compiled evaluator on a view of the elements it reads); on with a warm cache. It first
checks that both evaluators take the same decisions on every file of the set.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
        else:
            QUARANTINED.add(src)

    return run


QUARANTINED: set[Path] = set()  # files Sekisho refused (fail closed): they count in its time, without a write


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


def one_pass(tool: Tool, files: list[Path], out: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, errors) of one pass over ``files``."""
    errors = 0
    start, cpu = time.perf_counter(), time.process_time()
    for f in files:
        try:
            tool(f, out)
        except Exception:  # a peer failing on a file is counted, not fatal
            errors += 1
    return time.perf_counter() - start, time.process_time() - cpu, errors


def peak_memory(tool: Tool, files: list[Path], out: Path) -> int:
    """Largest tracemalloc peak (bytes) while the tool processes one file (untimed: tracing slows everything)."""
    peak = 0
    for f in files:
        tracemalloc.start()
        with contextlib.suppress(Exception):  # failures are counted in the timed passes
            tool(f, out)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return peak


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
    ap.add_argument("--rounds", "--repeat", type=int, default=5, help="interleaved passes per tool (median)")
    ap.add_argument("--workers", type=int, default=1, help="also time `run_directory` with N processes (N > 1)")
    ap.add_argument("--only", choices=["a", "b"], default=None)
    ap.add_argument("--skip-deid", action="store_true", help="deid is slow; skip it for quick runs")
    ap.add_argument("--skip-memory", action="store_true", help="no tracemalloc pass")
    ap.add_argument("--candidacy", action="store_true", help="the cost of pixel candidacy on non-candidates")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    sets = {"a": ("pydicom test files", pydicom_files()), "b": ("pydicom-data real-size", pydicom_data_files())}
    factories: list[tuple[str, Callable[[], Tool]]] = [
        ("plain pydicom copy", lambda: plain_copy),
        ("sekisho (profile+verifier)", make_sekisho),
        ("dicognito", make_dicognito),
        ("dicom-anonymizer", make_dicom_anonymizer),
    ]
    if not args.skip_deid:
        factories.append(("deid (default recipe)", make_deid))
    for key, (label, all_files) in sets.items():
        if args.only and key != args.only:
            continue
        files = usable(all_files)
        if args.candidacy:
            print(f"\n({key}) {label}")
            candidacy_bench(files, args.rounds)
            continue
        size = sum(f.stat().st_size for f in files) / 1e6
        print(f"\n({key}) {label}: {len(files)} files, {size:.1f} MB, {args.rounds} interleaved rounds, median pass")
        tools: list[tuple[str, Tool]] = []
        with tempfile.TemporaryDirectory() as tmp, _quiet():
            out = Path(tmp)
            for name, factory in factories:
                tool = factory()
                tool(files[0], out)  # warm-up: imports, caches
                tools.append((name, tool))
            walls: dict[str, list[float]] = {n: [] for n, _ in tools}
            cpus: dict[str, list[float]] = {n: [] for n, _ in tools}
            errors: dict[str, int] = dict.fromkeys(walls, 0)
            for _ in range(args.rounds):
                for name, tool in tools:
                    wall, cpu, err = one_pass(tool, files, out)
                    walls[name].append(wall)
                    cpus[name].append(cpu)
                    errors[name] = max(errors[name], err)
            peaks = {n: 0 if args.skip_memory else peak_memory(t, files, out) for n, t in tools}
        n = len(files)
        base_wall = n / statistics.median(walls[tools[0][0]])
        base_cpu = n / statistics.median(cpus[tools[0][0]])
        print(
            f"  {'tool':<30} {'wall files/s':>12} {'ratio':>6} {'cpu files/s':>12} {'ratio':>6} {'peak MiB':>9}  errors"
        )
        for name, _ in tools:
            rate, cpu_rate = n / statistics.median(walls[name]), n / statistics.median(cpus[name])
            peak = "-" if args.skip_memory else f"{peaks[name] / 2**20:9.1f}"
            print(
                f"  {name:<30} {rate:12.1f} {rate / base_wall:6.2f} {cpu_rate:12.1f} {cpu_rate / base_cpu:6.2f} "
                f"{peak:>9}  {errors[name]}"
            )
        refused = len(QUARANTINED & set(files))
        print(f"  sekisho quarantined {refused} of {n} files (fail closed; no output written for them)")
        if args.workers > 1:
            rate = sekisho_parallel(files, 1, args.workers)
            par = f"sekisho --workers {args.workers}"
            print(f"  {par:<30} {rate:12.1f} {rate / base_wall:6.2f}  (wall clock, all processes)")


def candidacy_bench(files: list[Path], rounds: int) -> None:
    """See the module docstring (``--candidacy``)."""
    from gateway.scrub.dicom import engine
    from gateway.scrub.pixels import _clean, candidacy
    from linkage_vault.keyed import KeyedFunctions
    from policies.dicom_options import DicomDeidOptions
    from policies.pixel_options import PixelOptions
    from tests.support import deid_filters_reference as reference

    compiled = _clean.evaluate
    pixel_options = PixelOptions()
    non_candidates = []
    same = 0
    for f in files:
        ds = pydicom.dcmread(f, stop_before_pixels=True, force=True)
        recipes = pixel_options.deid_filters
        same += reference.evaluate(ds, recipes).matches == compiled(ds, recipes).matches
        if not candidacy(ds, pixel_options).candidate:
            non_candidates.append(f.read_bytes())
    print(f"  reference and compiled filter decisions identical on {same} of {len(files)} files")
    keys = KeyedFunctions(os.urandom(32), os.urandom(32), os.urandom(32))
    on, off = DicomDeidOptions(), DicomDeidOptions(clean_pixel_data=False)

    subset = engine._candidacy_elements

    def whole(elems: list[Any], top: dict[int, Any], read: list[int]) -> list[Any]:
        return elems  # as before: the view held the whole header

    def variant(options: DicomDeidOptions, cold: bool, before: bool = False) -> Callable[[], None]:
        def run() -> None:
            if before:
                _clean.evaluate = reference.evaluate  # type: ignore[assignment]
                engine._candidacy_elements = whole
            try:
                for data in non_candidates:
                    if cold:
                        engine._candidacy_cache.clear()
                    engine.scrub_bytes(data, options=options, keys=keys)
            finally:
                _clean.evaluate = compiled
                engine._candidacy_elements = subset

        return run

    variants = {
        "Clean Pixel Data off": variant(off, True),
        "on, cold cache, before (reference)": variant(on, True, before=True),
        "on, cold cache, compiled evaluator": variant(on, True),
        "on, warm cache": variant(on, False),
    }
    for run in variants.values():
        run()  # warm-up (imports, compiled recipes, the warm cache)
    cpus: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, run in variants.items():
            start = time.process_time()
            run()
            cpus[name].append(time.process_time() - start)
    n = len(non_candidates)
    print(f"  {n} files that are not pixel candidates, {rounds} interleaved rounds, median pass, CPU files/s")
    for name, times in cpus.items():
        print(f"  {name:<40} {n / statistics.median(times):10.1f}")


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Peers print progress; the table is all this script prints."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        yield


if __name__ == "__main__":
    main()
