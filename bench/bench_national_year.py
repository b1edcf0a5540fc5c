"""A national year on one machine: ingest and publish everything an observatory gets in a year.

    python bench/bench_national_year.py [--reports 30000] [--csv-rows 1000000]
                                        [--register-rows 1000000] [--cap-gb 8]

Generated here, in one workspace's ``raw/``: ``--reports`` short monthly text reports
(``bench_ingest.make_corpus``: 2,500 municipalities x 12 months by default), a SESNSP-style
municipal crime CSV (``bench_tabular.make_csv --varied``, 12 values a row) and a helpline-style
register of one row per case (``bench_register.make_register``). Then, each step one whole
``python -m genero_etl`` process (imports included), timed for wall time, CPU and peak RSS:

1. ``ingest --jobs 2`` of everything, then ``publish``;
2. one report changed (one number), ``ingest --jobs 2`` again (every other file is kept by its
   hash) and ``publish`` again (a new version);
3. in a second workspace, ``ingest --jobs 1`` of the same inputs, for the single-core figure.

With ``--publish-before SRC`` (the ``src`` folder of another checkout) it measures only
``publish``, side by side: everything is ingested once (this code), then ``publish`` of that
same staging runs ``--runs`` times per side, the two sides alternating, each run on a fresh
copy of the workspace; medians and the spread are printed, and whether both sides wrote the
same observations CSV (``SOURCE_DATE_EPOCH`` is fixed, so the versions are comparable).

The figures go to ``docs/scale.md`` by hand; ``--json`` also writes them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_national import SRC, Step, run_step, table_sha256


def make_inputs(raw: Path, reports: int, csv_rows: int, register_rows: int) -> None:
    from bench_ingest import make_corpus
    from bench_register import make_register
    from bench_tabular import make_csv

    make_corpus(raw / "informes", reports)
    if csv_rows:
        make_csv(raw / "IDM_NM_national.csv", csv_rows, varied=True)
    if register_rows:
        make_register(raw / "registro_casos.csv", register_rows)


def change_one_report(raw: Path) -> Path:
    """Rewrite the first number of the first report (same length, other value)."""
    path = sorted((raw / "informes").glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    for i, char in enumerate(text):
        if char.isdigit() and char != "9":
            text = text[:i] + str(int(char) + 1) + text[i + 1 :]
            break
    path.write_text(text, encoding="utf-8")
    return path


def publish_side_by_side(ws: Path, before: Path, runs: int, cap_mb: float) -> dict[str, Any]:
    """``publish`` of one staged workspace by two codes, alternating, on fresh copies."""
    import shutil
    import statistics

    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    sides = {"before": before.resolve(), "after": SRC}
    steps: dict[str, list[Step]] = {name: [] for name in sides}
    csv_sha: dict[str, set[str]] = {name: set() for name in sides}
    for _ in range(runs):
        for name, src in sides.items():
            copy = ws.parent / f"publish-{name}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(ws, copy, symlinks=True)
            steps[name].append(
                run_step(["publish", "-w", str(copy), "--format", "json"], src, cap_mb)
            )
            for version in copy.glob("published/*/*/datapackage.json"):
                csv_sha[name].add(table_sha256(version.parent))  # either layout
            shutil.rmtree(copy, ignore_errors=True)
    summary: dict[str, Any] = {}
    for name, done in steps.items():
        summary[name] = {
            key: {
                "median": statistics.median(getattr(s, key) for s in done),
                "min": min(getattr(s, key) for s in done),
                "max": max(getattr(s, key) for s in done),
            }
            for key in ("wall_s", "cpu_s", "peak_mb")
        } | {"ok": all(s.ok for s in done), "runs": [asdict(s) for s in done]}
    summary["same_csv"] = len(csv_sha["before"] | csv_sha["after"]) == 1
    return summary


def _print_side_by_side(summary: dict[str, Any]) -> None:
    print(f"{'publish':10}{'wall (median, min-max)':>28}{'CPU':>28}{'peak RSS':>30}")
    for name in ("before", "after"):
        cells = []
        for key, unit in (("wall_s", "s"), ("cpu_s", "s"), ("peak_mb", "MB")):
            f = summary[name][key]
            cells.append(f"{f['median']:8,.1f} {unit} ({f['min']:,.1f}-{f['max']:,.1f})")
        print(f"{name:10}" + "".join(f"{c:>28}" for c in cells))
    print(f"same observations.csv bytes on both sides: {summary['same_csv']}")


def _cell(step: Step) -> str:
    text = f"{step.wall_s:8.1f} s {step.cpu_s:8.1f} s {step.peak_mb:8,.0f} MB"
    return text + (f"  ({step.note})" if step.note else "")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=30_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--register-rows", type=int, default=1_000_000)
    parser.add_argument("--cap-gb", type=float, default=8.0, help="stop a process above this RSS")
    parser.add_argument("--skip-jobs1", action="store_true", help="leave out step 3")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--publish-before", type=Path, help="src of the code to compare publish")
    parser.add_argument("--runs", type=int, default=3, help="publish runs per side (alternating)")
    args = parser.parse_args()
    cap_mb = args.cap_gb * 1024
    steps: dict[str, Step] = {}
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "ws"
        make_inputs(ws / "raw", args.reports, args.csv_rows, args.register_rows)
        common = ["-w", str(ws), "--format", "json"]
        big = ["--max-mb", "4096"]
        if args.publish_before is not None:
            ingest = run_step(["ingest", *common, *big, "--jobs", "2"], SRC, cap_mb)
            if not ingest.ok:
                print(f"ingest failed: {ingest.note}")
                return 1
            summary = publish_side_by_side(ws, args.publish_before, args.runs, cap_mb)
            _print_side_by_side(summary)
            if args.json:
                args.json.write_text(json.dumps(summary, indent=1) + "\n")
            return 0 if summary["before"]["ok"] and summary["after"]["ok"] else 1

        def step(name: str, args: list[str]) -> None:
            """Run and record one step, said at once (a later failure keeps the figures)."""
            steps[name] = run_step(args, SRC, cap_mb)
            print(f"{name:26}{_cell(steps[name])}", flush=True)

        step("ingest --jobs 2", ["ingest", *common, *big, "--jobs", "2"])
        step("publish", ["publish", *common])
        change_one_report(ws / "raw")
        step("re-ingest, one changed", ["ingest", *common, *big, "--jobs", "2"])
        step("publish again", ["publish", *common])
        if not args.skip_jobs1:
            single = Path(tmp) / "ws1"
            (single / "raw").mkdir(parents=True)
            for path in (ws / "raw").rglob("*"):
                if path.is_file():
                    target = single / "raw" / path.relative_to(ws / "raw")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.link(path, target)
            step(
                "ingest --jobs 1",
                ["ingest", "-w", str(single), "--format", "json", *big, "--jobs", "1"],
            )
    print(
        f"national year: {args.reports:,} reports, {args.csv_rows:,} CSV rows "
        f"(12 values each), {args.register_rows:,} register rows"
    )
    print(f"{'step':26}{'wall':>10} {'CPU':>10} {'peak RSS':>11}")
    for name, step in steps.items():
        print(f"{name:26}{_cell(step)}")
    if args.json:
        args.json.write_text(json.dumps({k: asdict(v) for k, v in steps.items()}, indent=1) + "\n")
    return 0 if all(step.ok for step in steps.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
