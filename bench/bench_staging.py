"""Benchmark: text ingest (extract + staging) and re-ingest, two source trees side by side.

    python bench/bench_staging.py --before /tmp/before/src --after src [--reports 1000]
        [--reingest-reports 10000] [--runs 3] [--no-publish]

Each measure runs in a fresh process (imports included) with ``PYTHONPATH`` set to one
tree, the two trees alternating run by run; medians and the spread (min-max) are printed.

- ``ingest``: ``ingest_paths`` of ``--reports`` generated reports (``bench_ingest``'s
  corpus) into an empty workspace, ``--jobs 1``: CPU seconds of the process, as reports
  per CPU-second; ``dry`` is the same with ``--dry-run`` (extraction, nothing staged), so
  the difference is what staging costs;
- ``publish``: ``publish`` of the ``--reports`` reports staged once per tree (each run on a
  fresh copy of that workspace): wall and CPU seconds, staging read included;
- ``reingest``: ``--reingest-reports`` reports staged once per tree, then ingested again
  unchanged (wall seconds), and once more with one report changed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def child(args: argparse.Namespace) -> int:
    """One measure in this process; prints a JSON line."""
    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.workspace import Workspace

    ws = Workspace(Path(args.ws))
    if args.publish:
        from genero_etl.publish.package import publish

        wall, cpu = time.perf_counter(), time.process_time()
        rows = publish(ws).rows["observations"]
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(json.dumps({"wall": wall, "cpu": cpu, "rows": rows}))
        return 0
    if args.change:
        first = sorted(ws.raw.iterdir())[0]
        first.write_bytes(first.read_bytes() + b"\n- Subsidios otorgados: 4321.\n")
    wall, cpu = time.perf_counter(), time.process_time()
    result = ingest_paths([ws.raw], ws, IngestOptions(dry_run=args.dry))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    failed = [f.source_file for f in result.files if not f.ok]
    print(json.dumps({"wall": wall, "cpu": cpu, "files": len(result.files), "failed": failed}))
    return 0


def run(tree: str, ws: Path, *extra: str) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--ws", str(ws), *extra],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return data


def fresh(corpus: Path, root: Path) -> Path:
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(corpus, root / "raw")
    return root


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    return (
        f"median {fmt.format(statistics.median(values))} "
        f"({fmt.format(min(values))}-{fmt.format(max(values))}, n={len(values)})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", default="")
    parser.add_argument("--after", default="src")
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--reingest-reports", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--ws", default="")
    parser.add_argument("--dry", action="store_true")
    parser.add_argument("--change", action="store_true")
    parser.add_argument("--publish", action="store_true")
    parser.add_argument("--no-publish", action="store_true", help="measure ingest only")
    args = parser.parse_args()
    if args.child:
        return child(args)

    sys.path.insert(0, str(Path(__file__).parent))
    from bench_ingest import make_corpus

    trees = {"before": args.before, "after": args.after}
    trees = {k: v for k, v in trees.items() if v}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        corpus = base / "corpus"
        make_corpus(corpus, args.reports)
        cpu: dict[str, list[float]] = {k: [] for k in trees}
        wall: dict[str, list[float]] = {k: [] for k in trees}
        dry: dict[str, list[float]] = {k: [] for k in trees}
        for _ in range(args.runs):
            for side, tree in trees.items():
                measured = run(tree, fresh(corpus, base / "ws"))
                cpu[side].append(measured["cpu"])
                wall[side].append(measured["wall"])
                dry[side].append(run(tree, fresh(corpus, base / "ws"), "--dry")["cpu"])
        for side in trees:
            rates = [args.reports / c for c in cpu[side]]
            staging = [c - d for c, d in zip(cpu[side], dry[side], strict=True)]
            print(
                f"{side}: ingest {args.reports} reports: CPU s {spread(cpu[side])}; "
                f"reports/CPU-s {spread(rates, '{:.1f}')}; wall s {spread(wall[side])}; "
                f"extract only (dry-run) CPU s {spread(dry[side])}; "
                f"staging CPU s (difference) {spread(staging)}"
            )
        if args.no_publish:
            return 0
        staged = {side: base / f"staged-{side}" for side in trees}
        for side, tree in trees.items():
            run(tree, fresh(corpus, staged[side]))
        publish: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
        for _ in range(args.runs):
            for side, tree in trees.items():
                copy = base / "ws-publish"
                if copy.exists():
                    shutil.rmtree(copy)
                shutil.copytree(staged[side], copy)
                publish[side].append(run(tree, copy, "--publish"))
        for side in trees:
            walls = [p["wall"] for p in publish[side]]
            cpus = [p["cpu"] for p in publish[side]]
            print(
                f"{side}: publish {args.reports} reports ({publish[side][0]['rows']:,.0f} "
                f"observations): wall s {spread(walls)}; CPU s {spread(cpus)}"
            )
        if args.reingest_reports:
            big = base / "big"
            make_corpus(big, args.reingest_reports)
            first: dict[str, float] = {}
            for side, tree in trees.items():
                first[side] = run(tree, fresh(big, base / f"ws-{side}"))["wall"]
            again: dict[str, list[float]] = {k: [] for k in trees}
            for _ in range(args.runs):
                for side, tree in trees.items():
                    again[side].append(run(tree, base / f"ws-{side}")["wall"])
            changed = {
                side: run(tree, base / f"ws-{side}", "--change") for side, tree in trees.items()
            }
            for side in trees:
                print(
                    f"{side}: {args.reingest_reports} reports: first ingest {first[side]:.1f} s; "
                    f"re-ingest unchanged wall s {spread(again[side])}; one changed "
                    f"{changed[side]['wall']:.2f} s"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
