"""Reports per CPU second of the text extraction alone and of extraction and staging, on the
bench's generated reports (``bench_ingest.make_corpus``), warm: the start (imports, patterns
compiled) left out.

    python bench/bench_extract.py [--before SRC] [--pairs 5] [--reports 1000]

Each run is a fresh process that imports the code, handles 30 other reports to warm up, then
times (``time.process_time``) ``pipeline.extract_document`` of each of ``--reports`` reports,
then ``ingest_paths`` of as many others (another seed) into a fresh workspace (extraction,
checks, staging, the commit). With ``--before SRC`` (the ``src`` folder of another checkout, its ``schemas``
beside it) that code runs in the same rotation, alternating (before, after, before, ...), so
a change in the machine's load falls on both sides. Prints each side's median and spread.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"


def child(reports: int) -> int:
    sys.path.insert(0, str(HERE))
    from bench_ingest import make_corpus
    from genero_etl.pipeline import IngestOptions, extract_document, ingest_paths
    from genero_etl.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm = Workspace(folder / "warm")
        make_corpus(warm.raw, 30, seed=99)
        ingest_paths([warm.raw], warm, IngestOptions())
        paths = make_corpus(folder / "reports", reports)
        ws = Workspace(folder / "ws")
        make_corpus(ws.raw, reports, seed=8)  # other reports: no answer remembered from above
        options = IngestOptions()
        start = time.process_time()
        for path in paths:
            extract_document(path, path.name, options)
        extract = time.process_time() - start
        start = time.process_time()
        result = ingest_paths([ws.raw], ws, IngestOptions())
        staged = time.process_time() - start
        assert len(result.files) == reports and all(f.ok for f in result.files)
    print(json.dumps({"extract": extract, "ingest": staged}))
    return 0


def run(src: Path, reports: int, cache: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(src.resolve()), PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(reports)],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"run failed ({src}): {done.stderr[-600:]}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="src folder of the code to compare with")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child)
    sides = {**({"before": args.before} if args.before else {}), "after": SRC}
    runs: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
    with tempfile.TemporaryDirectory() as tmp:
        print(
            f"{args.pairs} alternating runs of each side, {args.reports} reports; load average "
            f"{os.getloadavg()[0]:.1f} at the start"
        )
        for _ in range(args.pairs):
            for side, src in sides.items():
                runs[side].append(run(src, args.reports, Path(tmp) / side))
    for step, what in (("extract", "extraction alone"), ("ingest", "extraction and staging")):
        medians = {}
        for side in sides:
            cpu = [r[step] for r in runs[side]]
            medians[side] = statistics.median(cpu)
            print(
                f"  {what:24} ({side:6}): CPU {medians[side]:6.2f} s "
                f"({min(cpu):.2f}-{max(cpu):.2f}) -> {args.reports / medians[side]:6.1f} reports "
                f"per CPU second; runs {', '.join(f'{c:.2f}' for c in cpu)}"
            )
        if args.before:
            print(f"  {what}: after / before CPU {medians['after'] / medians['before']:.3f}")
    print(f"  load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
