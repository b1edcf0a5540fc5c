"""National-scale benchmark: ingest and publish a SESNSP-style crime CSV of a million rows.

    python bench/bench_national.py [--rows 1000000] [--before SRC] [--cap-gb 8]
                                   [--runs N] [--ingest-only] [--csv FILE]

The CSV is generated here (``bench_tabular.make_csv --varied``: every INEGI municipality x
100 crime combinations x years, random monthly counts; 12 observations per row), then
``genero-etl ingest`` and ``genero-etl publish`` run as separate processes, whole (imports
included), each timed for wall time, CPU (user + system) and peak RSS (``wait4``).

With ``--before SRC`` (the ``src`` folder of another checkout, e.g. a worktree of the main
branch) the same CSV is ingested and published by that code too, in its own workspace, and
both sides are printed side by side. With ``--runs N`` each side runs N times, the sides
alternating (before, after, before, ...) so that a change in the machine's load falls on
both; each step prints its median and, in brackets, its fastest and slowest run.
``--ingest-only`` times ingest alone; ``--csv`` reuses a CSV generated before. A process
whose RSS passes ``--cap-gb`` is stopped (the machine is shared): its row then says
"stopped at" the cap.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

SRC = Path(__file__).resolve().parent.parent / "src"


@dataclass
class Step:
    wall_s: float
    cpu_s: float
    peak_mb: float
    ok: bool
    note: str = ""


def table_segments(version: Path) -> list[tuple[Path, int, int]]:
    """A published version's observations CSV as ``(file, offset, length)`` runs of bytes:
    its ``data/observations.csv``, or (a version held as pieces, since 2026-12-04) the pieces
    its ``datapackage.json`` lists, the first whole and the others without their header."""
    import json

    whole = version / "data" / "observations.csv"
    if whole.is_file():
        return [(whole, 0, whole.stat().st_size)]
    package = json.loads((version / "datapackage.json").read_text(encoding="utf-8"))
    rels = [str(r["path"]) for r in package["resources"]
            if str(r.get("path", "")).startswith("data/observations-csv/")]  # fmt: skip
    rels.sort(key=lambda r: (len(r), r))
    with open(version / rels[0], "rb") as handle:
        header = len(handle.readline())
    runs = [(version / rels[0], 0, (version / rels[0]).stat().st_size)]
    runs += [(version / r, header, (version / r).stat().st_size - header) for r in rels[1:]]
    return runs


def table_read(version: Path, start: int, length: int) -> bytes:
    """``length`` bytes of a version's observations CSV from ``start`` (either layout)."""
    out = bytearray()
    at = 0
    for path, offset, size in table_segments(version):
        if length > 0 and start < at + size:
            with open(path, "rb") as handle:
                handle.seek(offset + max(0, start - at))
                got = handle.read(min(length, at + size - max(start, at)))
            out += got
            length -= len(got)
            start += len(got)
        at += size
    return bytes(out)


def table_sha256(version: Path) -> str:
    """The sha256 of a version's observations CSV, whole (either layout)."""
    import hashlib

    digest = hashlib.sha256()
    for path, offset, size in table_segments(version):
        with open(path, "rb") as handle:
            handle.seek(offset)
            while size > 0 and (block := handle.read(min(size, 1 << 24))):
                digest.update(block)
                size -= len(block)
    return digest.hexdigest()


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_step(args: list[str], src: Path, cap_mb: float) -> Step:
    """One whole ``python -m genero_etl`` process; stopped if its RSS passes ``cap_mb``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "genero_etl", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    stopped = threading.Event()
    ended = threading.Event()

    def watch() -> None:
        # never proc.poll() here: it would reap the process before wait4 gets its usage
        while not ended.wait(0.2):
            if _rss_mb(proc.pid) > cap_mb:
                stopped.set()
                proc.send_signal(signal.SIGKILL)
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, status, usage = os.wait4(proc.pid, 0)
    ended.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    watcher.join()
    assert proc.stderr is not None
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
    ok = proc.returncode == 0
    note = f"stopped at {cap_mb / 1024:.0f} GiB" if stopped.is_set() else ""
    if not ok and not note:
        note = (err[-1] if err else f"exit {proc.returncode}")[:80]
    return Step(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, ok, note)


def run_side(
    csv_path: Path, src: Path, root: Path, cap_mb: float, ingest_only: bool = False
) -> dict[str, Step]:
    ws = root / "ws"
    (ws / "raw").mkdir(parents=True)
    os.link(csv_path, ws / "raw" / csv_path.name)
    common = ["-w", str(ws), "--format", "json"]
    ingest = run_step(["ingest", *common, "--max-mb", "4096"], src, cap_mb)
    if ingest_only:
        return {"ingest": ingest}
    publish = run_step(["publish", *common], src, cap_mb) if ingest.ok else Step(0, 0, 0, False)
    return {"ingest": ingest, "publish": publish}


def _cell(step: Step) -> str:
    text = f"{step.wall_s:7.1f} s {step.cpu_s:7.1f} s {step.peak_mb:8,.0f} MB"
    return text + (f"  ({step.note})" if step.note else "")


def _summary(steps: list[Step]) -> str:
    """Median of each figure, with the fastest and slowest wall times and the highest peak."""
    walls = [s.wall_s for s in steps]
    cpus = [s.cpu_s for s in steps]
    peaks = [s.peak_mb for s in steps]
    notes = sorted({s.note for s in steps if s.note})
    text = (
        f"{statistics.median(walls):7.1f} s [{min(walls):.1f}-{max(walls):.1f}] "
        f"{statistics.median(cpus):7.1f} s {statistics.median(peaks):8,.0f} MB "
        f"[max {max(peaks):,.0f}]"
    )
    return text + (f"  ({'; '.join(notes)})" if notes else "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000, help="CSV rows (12 values each)")
    parser.add_argument("--before", type=Path, help="src folder of the code to compare with")
    parser.add_argument("--cap-gb", type=float, default=8.0, help="stop a process above this RSS")
    parser.add_argument("--runs", type=int, default=1, help="runs of each side, alternating")
    parser.add_argument("--ingest-only", action="store_true", help="time ingest alone")
    parser.add_argument("--csv", type=Path, help="a CSV generated before (else one is made)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    from bench_tabular import make_csv

    cap_mb = args.cap_gb * 1024
    sides = {"after": SRC} if args.before is None else {"before": args.before, "after": SRC}
    results: dict[str, list[dict[str, Step]]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = Path(tmp) / "IDM_NM_national.csv"
        if args.csv is not None and _same_device(args.csv, tmp):
            os.link(args.csv, csv_path)
        elif args.csv is not None:
            shutil.copy(args.csv, csv_path)
        else:
            make_csv(csv_path, args.rows, varied=True)
        size_mb = csv_path.stat().st_size / 1e6
        rows = _lines(csv_path) - 1 if args.csv is not None else args.rows
        for run in range(args.runs):
            for name, src in sides.items():
                root = Path(tmp) / f"{name}{run}"
                results[name].append(
                    run_side(csv_path, src.resolve(), root, cap_mb, args.ingest_only)
                )
                shutil.rmtree(root, ignore_errors=True)
    print(f"national bench: {rows:,} CSV rows ({size_mb:.0f} MB), {rows * 12:,} values")
    if args.runs == 1:
        print(f"{'':10}{'step':9}{'wall':>9} {'CPU':>9} {'peak RSS':>11}")
        for name, runs in results.items():
            for step_name, step in runs[0].items():
                print(f"{name:10}{step_name:9}{_cell(step)}")
    else:
        print(
            f"{args.runs} runs per side, alternating; median [fastest-slowest] wall, median CPU, median [highest] peak RSS"
        )
        for name, runs in results.items():
            for step_name in runs[0]:
                print(f"{name:10}{step_name:9}{_summary([r[step_name] for r in runs])}")
    if args.json:
        data = {
            n: [{k: asdict(v) for k, v in r.items()} for r in runs] for n, runs in results.items()
        }
        args.json.write_text(json.dumps({"rows": rows, **data}, indent=1) + "\n")


def _lines(path: Path) -> int:
    with open(path, "rb") as handle:
        return sum(1 for _ in handle)


def _same_device(path: Path, folder: str) -> bool:
    return path.stat().st_dev == Path(folder).stat().st_dev


if __name__ == "__main__":
    main()
