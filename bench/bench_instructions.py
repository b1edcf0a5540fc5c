"""Instructions per report of a text extraction, counted rather than timed (no noise from
the machine's load): the bench's generated reports (``bench_ingest.make_corpus``).

    python bench/bench_instructions.py [--before SRC] [--reports 101] [--stage]

Each side runs as whole processes under ``valgrind --tool=cachegrind --cache-sim=no``
(``PYTHONHASHSEED=0``, bytecode cached in a temporary ``PYTHONPYCACHEPREFIX`` filled by an
untimed first run): a process imports the code, writes the corpus, handles one report to
warm up, then ``N`` reports. The cost of a report is the difference between ``N`` =
``--reports`` and ``N`` = 1, divided by ``--reports - 1``; the start is the ``N`` = 1 run.
Without ``--stage`` a report is ``pipeline.extract_document``; with it, ``ingest_paths`` of a
folder of ``N`` reports into a fresh workspace (extraction, checks, staging, the commit).
``--before SRC`` (the ``src`` folder of another checkout, its ``schemas`` beside it) counts
that code too, and prints after / before.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
_VALGRIND = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]


def child(count: int, stage: bool) -> int:
    """The measured process: one report to warm up, then ``count`` reports."""
    sys.path.insert(0, str(HERE))
    from bench_ingest import make_corpus
    from genero_etl.pipeline import IngestOptions, extract_document, ingest_paths
    from genero_etl.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make_corpus(folder / "reports", count + 1)
        if stage:
            warm, many = Workspace(folder / "warm"), Workspace(folder / "many")
            warm.raw.mkdir(parents=True)
            many.raw.mkdir(parents=True)
            shutil.copy(paths[0], warm.raw)
            for path in paths[1:]:
                shutil.copy(path, many.raw)
            ingest_paths([warm.raw], warm, IngestOptions())
            result = ingest_paths([many.raw], many, IngestOptions())
            assert len(result.files) == count and all(f.ok for f in result.files)
        else:
            options = IngestOptions()
            for path in paths:
                extract_document(path, path.name, options)
    return 0


def _environment(src: Path, cache: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        PYTHONPATH=str(src.resolve()),
        PYTHONPYCACHEPREFIX=str(cache),
        PYTHONHASHSEED="0",
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the bytecode written once, then read
    return env


def _command(count: int, stage: bool) -> list[str]:
    return [sys.executable, __file__, "--child", str(count), *(["--stage"] if stage else [])]


def instructions(src: Path, count: int, stage: bool, cache: Path) -> int:
    """The instructions of one measured process with the code in ``src``."""
    done = subprocess.run(
        [*_VALGRIND, *_command(count, stage)],
        env=_environment(src, cache),
        capture_output=True,
        text=True,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"run failed ({src}): {done.stderr[-600:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", type=Path, help="src folder of the code to compare with")
    parser.add_argument("--reports", type=int, default=101)
    parser.add_argument("--stage", action="store_true", help="ingest_paths, not extraction")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child, args.stage)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    sides = {**({"before": args.before} if args.before else {}), "after": SRC}
    counts: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for side, src in sides.items():
            cache = Path(tmp) / side
            # fills the bytecode cache, uncounted
            subprocess.run(_command(1, args.stage), env=_environment(src, cache), check=True)
            one = instructions(src, 1, args.stage, cache)
            many = instructions(src, args.reports, args.stage, cache)
            counts[side] = (one, many)
    what = "ingest_paths (extraction and staging)" if args.stage else "extract_document"
    print(f"instructions, {what}, N = 1 and N = {args.reports}:")
    for side, (one, many) in counts.items():
        per = (many - one) / (args.reports - 1)
        print(f"  {side:6}: start (N = 1) {one / 1e6:,.0f} M, a report {per / 1e6:.2f} M")
    if args.before:
        (b1, bn), (a1, an) = counts["before"], counts["after"]
        per_b, per_a = (bn - b1) / (args.reports - 1), (an - a1) / (args.reports - 1)
        print(f"  after / before: start {a1 / b1:.3f}, a report {per_a / per_b:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
