"""bench/run_all.py: every benchmark is discovered and configured (nothing is run), its flags exist in the bench,
ratios are read from each output style, and a failing bench is reported without stopping the others."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from bench import run_all

BENCH_DIR = Path(run_all.__file__).resolve().parent


def test_every_bench_module_is_discovered_and_configured() -> None:
    found = run_all.discover()
    on_disk = {p.stem for p in BENCH_DIR.glob("*.py")} - {"__init__", "run_all"}
    # every module is either a benchmark (has a __main__ block) or a support corpus (text_corpus_*)
    assert {n for n in on_disk - set(found) if not run_all.is_support(n)} == set()
    assert not [n for n in found if run_all.is_support(n)]
    # a new bench without small/full settings here fails this test (it would still run, with its defaults)
    assert set(found) == set(run_all.BENCHES), "configure the new bench in bench/run_all.py BENCHES"
    assert "run_all" not in found


def test_configured_flags_exist_in_each_bench() -> None:
    """Each flag run_all passes is declared by that bench's argument parser (read from its source, not run)."""
    for name, spec in run_all.BENCHES.items():
        source = (BENCH_DIR / f"{name}.py").read_text(encoding="utf-8")
        declared = set(re.findall(r"""add_argument\(\s*["'](--[\w-]+)["']""", source))
        declared |= set(re.findall(r"""add_argument\(\s*["']--[\w-]+["'],\s*["'](--[\w-]+)["']""", source))
        used = {a for a in (*spec.small, *spec.full) if a.startswith("--")}
        if spec.json_flag:
            used.add("--json")
        assert used <= declared, (name, sorted(used - declared))


def test_discovery_finds_a_new_bench(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text("")
    (tmp_path / "new_bench.py").write_text('def main():\n    pass\n\n\nif __name__ == "__main__":\n    main()\n')
    (tmp_path / "corpus.py").write_text("WORDS = ['a']\n")
    (tmp_path / "run_all.py").write_text('if __name__ == "__main__":\n    pass\n')
    assert run_all.discover(tmp_path) == ["new_bench"]


def test_commands_small_full_and_json() -> None:
    small = run_all.command("ingest_throughput", full=False, json_path=Path("/tmp/x.json"))
    full = run_all.command("ingest_throughput", full=True)
    assert small[:3] == [sys.executable, "-m", "bench.ingest_throughput"] and small[-2:] == ["--json", "/tmp/x.json"]
    assert "--skip-scp" in small and "--skip-scp" not in full
    assert run_all.command("not_configured_yet", full=False)[3:] == []


def test_ratios_from_json_tables_and_factors() -> None:
    doc = {"results": [{"kind": "large", "concurrency": 8, "api_mb_per_s": 900.0, "ratio": 0.42}]}
    got = run_all.extract_ratios(json.dumps(doc, indent=2))
    assert [(r.value, "kind=large" in r.label and "concurrency=8" in r.label) for r in got] == [(0.42, True)]
    nested = {"ingest_files": {"seconds": 3.0, "time_ratio_engine_over_ingest": 0.8}, "all_over_changed_wall": 2.5}
    assert sorted(r.value for r in run_all.extract_ratios("noise\n", nested)) == [0.8, 2.5]
    table = (
        "  tool                           wall files/s  ratio  cpu files/s  ratio  peak MiB  errors\n"
        "  pydicom copy                          210.0   1.00        220.0   1.00         -  0\n"
        "  sekisho                               140.0   0.67        150.0   0.68         -  0\n"
        "\n"
        "  sekisho quarantined 3 of 90 files\n"
    )
    got = run_all.extract_ratios(table)
    assert [(r.label, r.value) for r in got] == [
        ("pydicom copy (wall files/s)", 1.0), ("pydicom copy (cpu files/s)", 1.0),
        ("sekisho (wall files/s)", 0.67), ("sekisho (cpu files/s)", 0.68),
    ]  # fmt: skip
    text = "1 process   12.0 files/s  2.00 s  x1.00\n2 processes   20.0 files/s  1.20 s  x1.67  (load 1.9)\n"
    got = run_all.extract_ratios(text)
    assert [(r.label, r.value) for r in got] == [("1 process", 1.0), ("2 processes", 1.67)]
    assert run_all.extract_ratios("database  append/s\nsqlite  5000\n") == []


def test_headline_figures_of_benches_without_ratios() -> None:
    out = json.dumps({"database": "sqlite", "build_objects_per_s": 120.5, "build_s": 3.2, "publish_objects_per_s": 900})
    pattern = run_all.BENCHES["release_build"].headline
    got = run_all.extract_headlines(out, pattern)
    assert [(h.label, h.value) for h in got] == [("build_objects_per_s", 120.5), ("publish_objects_per_s", 900.0)]
    assert run_all.extract_headlines(out, "") == []


def test_a_failing_bench_is_reported_not_fatal(tmp_path: Path) -> None:
    ok = tmp_path / "ok.py"
    ok.write_text("print('{\"speedup\": 1.5}')\n")
    bad = tmp_path / "bad.py"
    bad.write_text("import sys\nprint('partial')\nsys.exit('boom: no database')\n")
    slow = tmp_path / "slow.py"
    slow.write_text("import time\ntime.sleep(30)\n")
    results = [
        run_all.run_one(p.stem, [sys.executable, str(p)], timeout=t, cwd=tmp_path)
        for p, t in ((bad, 60.0), (ok, 60.0), (slow, 1.0))
    ]
    assert [(r.ok, r.returncode) for r in results] == [(False, 1), (True, 0), (False, None)]
    assert results[1].ratios == [run_all.Ratio("speedup", 1.5)]
    text = run_all.report(results, full=False, started=run_all.datetime.now(run_all.UTC))
    assert "FAILED (exit 1)" in text and "boom: no database" in text and "TIMEOUT" in text
    table = "\n".join(run_all.ratio_table(results))
    assert "speedup" in table and "FAILED" in table


def test_main_lists_without_running(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_all.main(["--list"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in run_all.BENCHES)
    assert run_all.main(["--list", "--only", "no_such_bench"]) == 2
