"""Run every benchmark in bench/ (``make bench``), collect what each printed into bench/results/<date>.md, and print
one table of the ratios they report.

    .venv/bin/python bench/run_all.py [--full] [--only NAME[,NAME]] [--list] [--timeout S] [--out DIR]

Every ``bench/*.py`` with a ``if __name__ == "__main__":`` block is a benchmark (``discover``); each is run as
``python -m bench.<name>`` from the repository root, in its own process, with the small settings of ``BENCHES``
(sized for a shared 2-core machine: minutes, not hours) or, with ``--full``, the bench's own defaults or the larger
settings its documentation names. A bench without an entry in ``BENCHES`` still runs, with its defaults, and is
flagged; the unit test (tests/unit/test_bench_run_all.py) fails until it gets one, so a new bench is not forgotten.
Modules named ``text_corpus_*`` (``SUPPORT_PREFIXES``) are corpora imported by a bench, not benchmarks.

A failing or timed-out bench is reported (exit code, the tail of its stderr) and the others still run; the exit
code is 1 when any failed. Ratios are read from what the benches print: numeric JSON fields named like ``ratio``,
``speedup`` or ``*_over_*`` (in stdout or in the ``--json`` file of benches that write one), ``ratio`` columns of
right-aligned text tables, and ``x1.85`` / ``2.31x`` factors in text lines. Benches that report no ratio (rates,
recall) get a second table of the fields named by their ``headline`` pattern. The machine's load average is written
with each run: on a shared machine the absolute figures move with it, the ratios (measured in one run) less so.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
SELF = Path(__file__).stem


@dataclass(frozen=True)
class Bench:
    """How run_all calls one benchmark: small (default) and ``--full`` arguments; ``json_flag``: it accepts
    ``--json PATH`` and writes its results there."""

    small: tuple[str, ...]
    full: tuple[str, ...] = ()
    json_flag: bool = False
    note: str = ""
    headline: str = ""  # regex of JSON keys worth a line in the summary besides ratios (rates, recall)


BENCHES: dict[str, Bench] = {
    "api_download": Bench(
        small=("--patients", "16", "--slices", "2", "--array-size", "256", "--concurrency", "1,4"),
        note="API download vs raw file copy (loopback, uvicorn)",
    ),
    "audit_bench": Bench(
        small=(
            "--events",
            "500",
        ),
        full=("--events", "5000"),
        note="audit append/verify, SQLite and PostgreSQL",
    ),
    "dicom_throughput": Bench(
        small=("--rounds", "1", "--only", "a", "--skip-deid", "--skip-memory"),
        full=("--rounds", "5"),
        note="DICOM de-identification vs peers and a plain pydicom copy",
    ),
    "ingest_throughput": Bench(
        small=("--patients", "4", "--modalities", "CT,MR,CR", "--skip-scp"),
        full=("--patients", "20"),
        json_flag=True,
        note="ingest service vs the engine alone",
    ),
    "pixel_ocr": Bench(
        small=("--singles", "2", "--cine-frames", "4", "--no-peer"),
        json_flag=True,
        note="burned-in text OCR cost and frame sampling",
    ),
    "release_build": Bench(
        small=("--patients", "12", "--slices", "2", "--image-size", "64", "--array-size", "64", "--repeat", "1"),
        note="release build and publish throughput",
        headline=r"^(build|publish)_objects_per_s$",
    ),
    "scale_bench": Bench(
        small=("--patients", "6", "--repeat", "1", "--no-ray"), note="scrub dicom: 1 vs 2 processes (and Ray)"
    ),
    "text_eval": Bench(
        small=("--synth-patients", "5", "--passes", "1", "--limit", "20"),
        json_flag=True,
        note="Japanese text scrubber recall and speed",
        headline=r"^(span_recall|leaky_document_rate|chars_per_s)$",
    ),
    "trainer_gpu": Bench(
        small=("--seconds", "5", "--images", "128", "--threads", "1"),
        json_flag=True,
        note="trainer images/s (GPU when present)",
        headline=r"^(train_images_per_s|loader_only_images_per_s)$",
    ),
}
SUPPORT_PREFIXES = ("text_corpus_",)  # labelled corpora text_eval imports: modules, not benchmarks


def is_support(name: str) -> bool:
    return name.startswith(SUPPORT_PREFIXES)


_MAIN_GUARD = re.compile(r"""^if __name__ == ["']__main__["']:""", re.M)


def discover(bench_dir: Path = BENCH_DIR) -> list[str]:
    """The benchmark modules: ``*.py`` with a ``__main__`` block (not this runner), sorted."""
    return sorted(
        p.stem
        for p in bench_dir.glob("*.py")
        if p.stem not in {SELF, "__init__"} and _MAIN_GUARD.search(p.read_text(encoding="utf-8"))
    )


# -- ratios ---------------------------------------------------------------------------------------------------

_RATIO_KEY = re.compile(r"ratio|speedup|_over_", re.I)
_FACTOR = re.compile(r"(?<![\w.])(?:x(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)x)(?![\w.])")


@dataclass(frozen=True)
class Ratio:
    label: str
    value: float


def _context(d: dict[str, Any]) -> str:
    keep = [f"{k}={v}" for k, v in d.items() if isinstance(v, str) or k in {"concurrency", "workers", "files"}]
    return " ".join(keep[:3])


def _json_ratios(doc: Any, path: str = "") -> Iterator[Ratio]:
    if isinstance(doc, dict):
        ctx = _context(doc)
        for k, v in doc.items():
            here = f"{path}.{k}" if path else str(k)
            if isinstance(v, int | float) and not isinstance(v, bool) and _RATIO_KEY.search(str(k)):
                yield Ratio(f"{here} ({ctx})" if ctx else here, float(v))
            else:
                yield from _json_ratios(v, here)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _json_ratios(v, f"{path}[{i}]")


def _json_documents(text: str) -> Iterator[Any]:
    """Whole-output JSON, else every top-level ``{...}`` block that parses."""
    try:
        yield json.loads(text)
        return
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    i = 0
    while (i := text.find("{", i)) != -1:
        if i > 0 and text[i - 1] not in "\n":
            i += 1
            continue
        try:
            doc, end = decoder.raw_decode(text, i)
        except ValueError:
            i += 1
            continue
        yield doc
        i = end


def _table_ratios(lines: Sequence[str]) -> Iterator[Ratio]:
    """``ratio`` columns of right-aligned tables: the value in each row ends where the header's ``ratio`` ends."""
    i = 0
    while i < len(lines):
        header = lines[i]
        ends = [m.end() for m in re.finditer(r"\bratio\b", header)]
        if not ends or "{" in header:
            i += 1
            continue
        names = [" ".join(header[: m.start()].split()[-2:]) for m in re.finditer(r"\bratio\b", header)]
        j = i + 1
        while j < len(lines) and lines[j].strip():
            row = lines[j]
            label = row.split()[0] if row.split() else ""
            for end, name in zip(ends, names, strict=True):
                m = re.search(r"(\d+(?:\.\d+)?)$", row[:end])
                if m and (end >= len(row) or row[end] == " "):
                    yield Ratio(
                        f"{row[: max(0, m.start())].strip().split('  ')[0] or label} ({name})", float(m.group(1))
                    )
            j += 1
        i = j


def _json_keys(doc: Any, pattern: re.Pattern[str], path: str = "") -> Iterator[Ratio]:
    if isinstance(doc, dict):
        for k, v in doc.items():
            here = f"{path}.{k}" if path else str(k)
            if isinstance(v, int | float) and not isinstance(v, bool) and pattern.search(str(k)):
                yield Ratio(here, float(v))
            else:
                yield from _json_keys(v, pattern, here)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from _json_keys(v, pattern, f"{path}[{i}]")


def extract_headlines(stdout: str, pattern: str, json_doc: Any = None) -> list[Ratio]:
    """Numeric JSON fields whose key matches ``pattern`` (rates, recall: figures that are not ratios)."""
    if not pattern:
        return []
    docs = [json_doc] if json_doc is not None else list(_json_documents(stdout))
    rx = re.compile(pattern)
    return [h for doc in docs for h in _json_keys(doc, rx)]


def extract_ratios(stdout: str, json_doc: Any = None) -> list[Ratio]:
    out: list[Ratio] = []
    docs = [json_doc] if json_doc is not None else list(_json_documents(stdout))
    for doc in docs:
        out += _json_ratios(doc)
    if out:
        return out
    lines = stdout.splitlines()
    out += _table_ratios(lines)
    if out:
        return out
    for line in lines:
        for m in _FACTOR.finditer(line):
            label = line[: m.start()].strip().split("  ")[0].rstrip(":") or line.strip()
            out.append(Ratio(" ".join(label.split())[:70], float(m.group(1) or m.group(2))))
    return out


# -- running --------------------------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    command: list[str]
    returncode: int | None  # None: timed out
    seconds: float
    stdout: str
    stderr: str
    ratios: list[Ratio] = field(default_factory=list)
    headlines: list[Ratio] = field(default_factory=list)
    configured: bool = True

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def command(name: str, *, full: bool, json_path: Path | None = None) -> list[str]:
    spec = BENCHES.get(name)
    args: list[str] = [] if spec is None else list(spec.full if full else spec.small)
    if spec is not None and spec.json_flag and json_path is not None:
        args += ["--json", str(json_path)]
    return [sys.executable, "-m", f"bench.{name}", *args]


def run_one(name: str, cmd: list[str], *, timeout: float, json_path: Path | None = None, cwd: Path = ROOT) -> Result:
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(cwd), os.environ.get("PYTHONPATH")]))}
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
        rc: int | None = proc.returncode
        stdout, stderr = proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        rc = None
        stdout = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        stderr = exc.stderr.decode(errors="replace") if isinstance(exc.stderr, bytes) else (exc.stderr or "")
    result = Result(name, cmd, rc, time.perf_counter() - started, stdout, stderr, configured=name in BENCHES)
    doc = None
    if json_path is not None and json_path.is_file():
        try:
            doc = json.loads(json_path.read_text(encoding="utf-8"))
        except ValueError:
            doc = None
    if result.ok:
        result.ratios = extract_ratios(stdout, doc)
        spec = BENCHES.get(name)
        result.headlines = extract_headlines(stdout, spec.headline if spec else "", doc)
    return result


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _status(r: Result) -> str:
    if r.returncode is None:
        return "TIMEOUT"
    return "ok" if r.ok else f"FAILED (exit {r.returncode})"


def ratio_table(results: Sequence[Result], *, headlines: bool = False) -> list[str]:
    """The ratios of every bench (a failed one shows its status); ``headlines``: the other figures instead."""
    rows = [("bench", "measure", "value" if headlines else "ratio")]
    for r in results:
        found = r.headlines if headlines else r.ratios
        if not r.ok:
            rows.append((r.name, _status(r), "-"))
        elif not found and not headlines:
            rows.append((r.name, "(no ratio printed)", "-"))
        for x in found:
            rows.append((r.name, x.label, f"{x.value:g}"))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    out = [" | ".join(c.ljust(widths[i]) for i, c in enumerate(row)) for row in rows]
    out.insert(1, "-|-".join("-" * w for w in widths))
    return out


def report(results: Sequence[Result], *, full: bool, started: datetime) -> str:
    host = f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    parts = [
        f"## {'full' if full else 'small'} run, {started.strftime('%Y-%m-%d %H:%M:%S')} UTC ({host})",
        "",
        "| bench | status | seconds | command |",
        "|---|---|---|---|",
    ]
    for r in results:
        cmd = " ".join(["python", *r.command[1:]])
        flag = "" if r.configured else " (not configured in run_all: defaults)"
        parts.append(f"| {r.name} | {_status(r)}{flag} | {r.seconds:.1f} | `{cmd}` |")
    parts += ["", "### Ratios", "", "```", *ratio_table(results), "```", ""]
    if any(r.headlines for r in results):
        parts += ["### Other figures", "", "```", *ratio_table(results, headlines=True), "```", ""]
    for r in results:
        parts += [f"### {r.name}: {_status(r)}", "", "```", r.stdout.rstrip() or "(no output)", "```", ""]
        if not r.ok:
            parts += ["stderr (tail):", "", "```", _tail(r.stderr, 40) or "(empty)", "```", ""]
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--full", action="store_true", help="the larger settings (hours on a 2-core machine)")
    ap.add_argument("--only", default="", help="comma-separated bench names")
    ap.add_argument("--list", action="store_true", help="list the benches and their commands, run nothing")
    ap.add_argument("--timeout", type=float, default=None, help="seconds per bench (default 900 small, 7200 full)")
    ap.add_argument("--out", type=Path, default=RESULTS_DIR, help="directory of the <date>.md reports")
    args = ap.parse_args(argv)
    names = discover()
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(wanted) - set(names))
        if unknown:
            print(f"unknown bench(es): {', '.join(unknown)}; known: {', '.join(names)}", file=sys.stderr)
            return 2
        names = [n for n in names if n in wanted]
    if args.list:
        for n in names:
            spec = BENCHES.get(n)
            print(f"{n:<20} {' '.join(command(n, full=args.full)[1:])}   # {spec.note if spec else 'NOT CONFIGURED'}")
        return 0
    timeout = args.timeout or (7200.0 if args.full else 900.0)
    started = datetime.now(UTC)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="sekisho-bench-") as tmp:
        for n in names:
            spec = BENCHES.get(n)
            json_path = Path(tmp) / f"{n}.json" if spec is not None and spec.json_flag else None
            cmd = command(n, full=args.full, json_path=json_path)
            print(f"[{datetime.now(UTC):%H:%M:%S}] {n}: {' '.join(cmd[1:])}", flush=True)
            r = run_one(n, cmd, timeout=timeout, json_path=json_path)
            results.append(r)
            print(f"    {_status(r)} in {r.seconds:.1f} s" + ("" if r.configured else " (NOT CONFIGURED in run_all)"))
            if not r.ok:
                print("    " + _tail(r.stderr, 5).replace("\n", "\n    "), flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{started:%Y-%m-%d}.md"
    text = report(results, full=args.full, started=started)
    if path.exists():
        with path.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
    else:
        path.write_text(f"# Sekisho benchmarks, {started:%Y-%m-%d}\n\n" + text, encoding="utf-8")
    print()
    print("\n".join(ratio_table(results)))
    if any(r.headlines for r in results):
        print()
        print("\n".join(ratio_table(results, headlines=True)))
    failed = [r.name for r in results if not r.ok]
    print(f"\nreport: {path} (bench/results/ is not committed)")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
