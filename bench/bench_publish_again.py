"""Publishing again against a previous version: the step that compares the two versions' ids.

    python bench/bench_publish_again.py [--csv-rows 250000] [--reports 20]
                                        [--before SRC | --reuse] [--partition-rows N]
                                        [--runs 3] [--cap-gb 8] [--keep DIR]

One workspace is made and published once (this code): a SESNSP-style municipal CSV of
``--csv-rows`` rows (12 values a row, ``bench_tabular.make_csv --varied``) and ``--reports``
short text reports. Then one report changes (one number: its observations get new ids, the
CSV's keep theirs) and is ingested again. What is timed is the ``publish`` that follows,
which writes version 1.1.0 and its CHANGES.md against 1.0.0: each run one whole ``python -m
genero_etl publish`` process (imports included) on a fresh copy of that workspace (the
previous version's files hard-linked, the rest copied), for wall time, CPU and peak RSS.

With ``--before SRC`` (the ``src`` folder of another checkout) the two codes alternate
(before, after, before, ...), ``--runs`` runs each; medians and the spread are printed, and
whether both sides wrote the same CHANGES.md and observations.csv bytes
(``SOURCE_DATE_EPOCH`` is fixed). ``--keep DIR`` keeps the published workspace there (and
reuses it when it exists), so later runs skip the ingest and the first publish.

With ``--prepared SIDE=WS`` (once per side, with ``--before``) each side publishes again on
fresh copies of its own prepared workspace: 1.0.0 published by that side's code (the gate's
stored reports and cut points are named after the checking code, so a side publishing again
over another code's 1.0.0 would validate every piece again), one report changed and ingested
again. That is how the national year is measured (``bench_national_year.make_inputs(raw,
30000, 1000000, 1000000)``; see docs/scale.md).

With ``--reuse`` the sides are this code twice, with ``GENERO_ETL_PARTITION_REUSE=1`` (the
partitions whose inputs did not change are linked from 1.0.0) and ``=0`` (every file
written), alternating; every file of both 1.1.0 versions is compared, and each run says how
many partition files are 1.0.0's own. ``GENERO_ETL_PARTITION_ROWS`` is then 1 (always
partitioned) unless ``--partition-rows`` says otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_national import SRC, Step, run_step, table_sha256
from bench_national_year import change_one_report, make_inputs


def prepare(ws: Path, csv_rows: int, reports: int, cap_mb: float) -> None:
    """Ingest and publish 1.0.0, change one report and ingest it again (this code)."""
    make_inputs(ws / "raw", reports, csv_rows, 0)
    common = ["-w", str(ws), "--format", "json"]
    for name, args in (
        ("ingest", ["ingest", *common, "--max-mb", "4096"]),
        ("publish 1.0.0", ["publish", *common]),
    ):
        step = run_step(args, SRC, cap_mb)
        print(f"{name:16}{step.wall_s:8.1f} s {step.cpu_s:8.1f} s {step.peak_mb:8,.0f} MB")
        if not step.ok:
            raise SystemExit(f"{name} failed: {step.note}")
    change_one_report(ws / "raw")
    step = run_step(["ingest", *common, "--max-mb", "4096"], SRC, cap_mb)
    if not step.ok:
        raise SystemExit(f"re-ingest failed: {step.note}")


def fresh_copy(ws: Path, copy: Path) -> None:
    """The workspace again: published files hard-linked (publish only reads them)."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(ws, copy, symlinks=True, ignore=shutil.ignore_patterns("published"))
    shutil.copytree(ws / "published", copy / "published", copy_function=os.link)


def _sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(1 << 24):
            digest.update(block)
    return digest.hexdigest()


def _reused(ws: Path, started: float) -> str:
    """How many of the gate's stored piece reports the run read (older than the run) and
    how many it kept in all (one per piece), when the code keeps them."""
    stored = list((ws / ".genero-etl" / "cache" / "gate").glob("*.json"))
    if not stored:
        return ""
    old = sum(1 for p in stored if p.stat().st_mtime < started)
    return f"(gate reports reused: {old} of {len(stored)})"


def _linked(version: Path) -> str:
    """How many partition files of 1.1.0 are 1.0.0's own (the same inode), of how many."""
    previous = version.parent / "1.0.0"
    parts = sorted(version.glob("data/observations/*/*/*.parquet"))
    if not parts:
        return ""
    same = 0
    for path in parts:
        old = previous / path.relative_to(version)
        same += old.exists() and old.stat().st_ino == path.stat().st_ino
    return f"(partitions linked from 1.0.0: {same} of {len(parts)})"


def _every_file(version: Path) -> tuple[tuple[str, str], ...]:
    return tuple(
        (p.relative_to(version).as_posix(), _sha(p))
        for p in sorted(version.rglob("*"))
        if p.is_file()
    )


def publish_again(
    ws: Path,
    sides: dict[str, Path],
    runs: int,
    cap_mb: float,
    envs: dict[str, dict[str, str]] | None = None,
    prepared: dict[str, Path] | None = None,
    every_file: bool = False,
) -> dict[str, Any]:
    """``publish`` on a fresh copy per run, the sides alternating; ``envs``: environment
    variables per side (the same code with and without partition reuse); ``prepared``: a
    workspace per side, prepared by that side's code (default ``ws`` for every side);
    ``every_file``: every file of 1.1.0 compared, whatever the sides."""
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    steps: dict[str, list[Step]] = {name: [] for name in sides}
    written: dict[str, set[tuple[tuple[str, str], ...]]] = {name: set() for name in sides}
    counts = ""
    for _ in range(runs):
        for name, src in sides.items():
            base = (prepared or {}).get(name, ws)
            copy = base.parent / f"again-{name}"
            fresh_copy(base, copy)
            started = time.time()
            saved = dict(os.environ)
            os.environ.update((envs or {}).get(name, {}))
            try:
                step = run_step(["publish", "-w", str(copy), "--format", "json"], src, cap_mb)
            finally:
                os.environ.clear()
                os.environ.update(saved)
            steps[name].append(step)
            linked = " ".join(_linked(v) for v in copy.glob("published/*/1.1.0"))
            print(f"{name:8}{step.wall_s:8.1f} s {step.cpu_s:8.1f} s {step.peak_mb:8,.0f} MB "
                  f"{_reused(copy, started)} {linked} {step.note}", flush=True)  # fmt: skip
            for version in copy.glob("published/*/1.1.0"):
                changes = version / "CHANGES.md"
                if envs or every_file:  # every file of the version compared
                    written[name].add(_every_file(version))
                else:
                    files = (("CHANGES.md", _sha(changes)),)
                    csv = table_sha256(version)  # the whole CSV or its pieces
                    written[name].add((*files, ("observations.csv", csv)))
                lines = changes.read_text(encoding="utf-8").splitlines()
                counts = " ".join(line for line in lines if line.startswith("- "))
            shutil.rmtree(copy, ignore_errors=True)
    summary: dict[str, Any] = {"changes": counts}
    for name, done in steps.items():
        summary[name] = {
            key: {
                "median": statistics.median(getattr(s, key) for s in done),
                "min": min(getattr(s, key) for s in done),
                "max": max(getattr(s, key) for s in done),
            }
            for key in ("wall_s", "cpu_s", "peak_mb")
        } | {"ok": all(s.ok for s in done), "runs": [asdict(s) for s in done]}
    summary["same_files"] = len(set().union(*written.values())) == 1
    listing = json.dumps(sorted(set().union(*written.values())))
    summary["files_sha256"] = hashlib.sha256(listing.encode()).hexdigest()  # of what was compared
    return summary


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv-rows", type=int, default=250_000)
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--before", type=Path, help="src of the code to compare with")
    parser.add_argument("--runs", type=int, default=3, help="publish runs per side (alternating)")
    parser.add_argument("--cap-gb", type=float, default=8.0, help="stop a process above this RSS")
    parser.add_argument("--keep", type=Path, help="keep (or reuse) the prepared workspace here")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="this code with partition reuse against the same without (GENERO_ETL_PARTITION_REUSE)",
    )
    parser.add_argument(
        "--partition-rows",
        type=int,
        help="GENERO_ETL_PARTITION_ROWS for every step (default with --reuse: 1, always partitioned)",
    )
    parser.add_argument(
        "--prepared",
        action="append",
        default=[],
        metavar="SIDE=WS",
        help="a side's own prepared workspace (1.0.0 by its code, one report changed, ingested)",
    )
    parser.add_argument(
        "--every-file", action="store_true", help="compare every file of 1.1.0 (sha256)"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    prepared = {k: Path(v) for k, _, v in (item.partition("=") for item in args.prepared)}
    cap_mb = args.cap_gb * 1024
    envs: dict[str, dict[str, str]] | None = None
    if args.reuse:
        sides = {"reuse": SRC, "rebuild": SRC}
        envs = {
            "reuse": {"GENERO_ETL_PARTITION_REUSE": "1"},
            "rebuild": {"GENERO_ETL_PARTITION_REUSE": "0"},
        }
    elif args.before is None:
        sides = {"after": SRC}
    else:
        sides = {"before": args.before.resolve(), "after": SRC}
    rows = args.partition_rows if args.partition_rows is not None else (1 if args.reuse else None)
    if rows is not None:
        os.environ["GENERO_ETL_PARTITION_ROWS"] = str(rows)
    with tempfile.TemporaryDirectory() as tmp:
        ws = args.keep if args.keep is not None else Path(tmp) / "ws"
        if not prepared and not (ws / "published").is_dir():
            prepare(ws, args.csv_rows, args.reports, cap_mb)
        summary = publish_again(
            ws, sides, args.runs, cap_mb, envs, prepared or None, args.every_file
        )
    print(f"publish again: {args.csv_rows:,} CSV rows (12 values each) + {args.reports} reports")
    print(f"CHANGES.md: {summary['changes']}")
    print(f"{'publish':10}{'wall (median, min-max)':>28}{'CPU':>28}{'peak RSS':>30}")
    for name in sides:
        cells = []
        for key, unit in (("wall_s", "s"), ("cpu_s", "s"), ("peak_mb", "MB")):
            f = summary[name][key]
            cells.append(f"{f['median']:8,.1f} {unit} ({f['min']:,.1f}-{f['max']:,.1f})")
        print(f"{name:10}" + "".join(f"{c:>28}" for c in cells))
    every = args.reuse or args.every_file
    same = "every file of 1.1.0" if every else "CHANGES.md and observations.csv"
    print(f"same {same} bytes in every run: {summary['same_files']}")
    print(f"sha256 of the files' list compared: {summary['files_sha256'][:12]}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n")
    return 0 if all(summary[name]["ok"] for name in sides) else 1


if __name__ == "__main__":
    raise SystemExit(main())
