"""`genero-etl diff` between two published versions, two codes side by side.

    python bench/bench_diff.py WORKSPACE --before SRC [--runs 3] [--format json]

WORKSPACE holds a dataset with at least two versions (``bench_publish_again.py --keep DIR``
leaves one with 1.0.0; publish it again for 1.1.0). Each run is one whole ``python -m
genero_etl diff`` process (imports included) per code, the two codes alternating (before,
after, before, ...): wall time, CPU (user + system) and peak RSS, medians and the spread,
and whether both wrote the same output.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def run(workspace: Path, src: Path, fmt: str) -> tuple[float, float, float, str]:
    """wall s, CPU s, peak MiB, sha256 of the output."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    args = [sys.executable, "-m", "genero_etl", "diff", "-w", str(workspace), "--format", fmt]
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"diff failed with {src}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, hashlib.sha256(out).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--before", type=Path, required=True, help="src of the code to compare")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", default="json", choices=["json", "text", "markdown"])
    args = parser.parse_args()
    sides = {"before": args.before.resolve(), "after": SRC}
    got: dict[str, list[tuple[float, float, float, str]]] = {name: [] for name in sides}
    for _ in range(args.runs):
        for name, src in sides.items():
            result = run(args.workspace, src, args.format)
            got[name].append(result)
            print(f"{name:8}{result[0]:8.2f} s {result[1]:8.2f} s {result[2]:8,.0f} MB", flush=True)
    for name, results in got.items():
        cells = []
        for index, unit in ((0, "s"), (1, "s"), (2, "MB")):
            values = [r[index] for r in results]
            cells.append(
                f"{statistics.median(values):,.2f} {unit} ({min(values):,.2f}-{max(values):,.2f})"
            )
        print(f"{name:8} wall {cells[0]}  CPU {cells[1]}  peak {cells[2]}")
    outputs = {r[3] for results in got.values() for r in results}
    print(f"same output in every run: {len(outputs) == 1}")
    return 0 if len(outputs) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
