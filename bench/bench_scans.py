"""The passes publish makes over every staged row: main's three against ``publish.scans``' one.

    python bench/bench_scans.py WS [--runs 2] [--min-confidence 0.6]

``WS`` is a workspace with staged files (e.g. ``bench_national_year.make_inputs`` ingested).
In one process: the staging read and ``build`` (the duplicate check), then, alternating,
``--runs`` times: the three passes publish made before (``build.coverage_of``,
``gates._scan``, ``reuse._membership``), the one pass with no store (a first publish), and
the one pass with the store kept but one file's entry left out (publishing again after one
file changed). Prints CPU seconds (user + system) of each and checks that the one pass gives
the same coverage, partitions (with flagged ids) and withheld values as the three. The
store (``.genero-etl/cache/scans.json`` of ``WS``) is removed at the end.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path
from typing import Any


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    from genero_etl.knowledge import Knowledge
    from genero_etl.publish import gates, reuse, scans
    from genero_etl.publish.build import _COVERED, build, coverage_of, part_tables
    from genero_etl.stage import read_staged_for_publish
    from genero_etl.workspace import Workspace

    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--min-confidence", type=float, default=0.6)
    args = parser.parse_args()
    ws, confidence = Workspace(args.workspace), args.min_confidence
    start, wall = _cpu(), time.perf_counter()
    staged = read_staged_for_publish(ws)
    built = build(staged, Knowledge.of(ws.schemas), covered=False)
    stream = built.tables["observations"]
    files = stream.files or []
    flagged = 0 if stream.flagged is None else len(stream.flagged)
    print(
        f"staging read + build: {_cpu() - start:.1f} s CPU, {time.perf_counter() - wall:.1f} s "
        f"wall; {stream.num_rows:,} rows, {len(files):,} files, {flagged:,} flagged; "
        f"peak {_peak_mib():,.0f} MiB",
        flush=True,
    )
    counts = [int(s.count) for s in staged if s.count]
    store = scans.store_path(ws.root)
    found: dict[str, Any] = {}

    def one_pass() -> tuple[float, scans.Scans]:
        began = _cpu()
        result = scans.scan(ws, stream, confidence, {}, b"")
        assert result is not None
        return _cpu() - began, result

    for run in range(args.runs):
        began = _cpu()
        coverage = coverage_of(part_tables(stream.parts, _COVERED))
        a = _cpu() - began
        gate = gates.Gate(False, confidence)
        gates._scan(stream.columns(gates._SCANNED), {}, gate)
        b = _cpu() - began - a
        membership = reuse._membership(stream, counts)
        c = _cpu() - began - a - b
        found["three"] = (coverage, membership, gate.withheld)
        print(f"run {run + 1}, three passes: {a:.1f} + {b:.1f} + {c:.1f} = {a + b + c:.1f} s CPU")
        store.unlink(missing_ok=True)
        seconds, result = one_pass()
        found["one"] = (result.coverage(), result.partitions(), result.withheld())
        assert found["one"] == found["three"], "the one pass differs from the three"
        size = store.stat().st_size / 1e6
        print(f"run {run + 1}, one pass, no store: {seconds:.2f} s CPU ({result.read:,} read)")
        data = json.loads(store.read_text(encoding="utf-8"))
        names = sorted(data["files"])
        del data["files"][names[len(names) // 2]]  # one file as if changed
        store.write_text(json.dumps(data), encoding="utf-8")
        seconds, result = one_pass()
        found["one"] = (result.coverage(), result.partitions(), result.withheld())
        assert found["one"] == found["three"], "the one pass differs from the three"
        print(
            f"run {run + 1}, one pass, store kept, one file out of it: {seconds:.2f} s CPU "
            f"({result.read} read, {result.reused:,} kept); store {size:.1f} MB; "
            f"peak {_peak_mib():,.0f} MiB",
            flush=True,
        )
    store.unlink(missing_ok=True)
    print("the same coverage, partitions and withheld values in every run")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
