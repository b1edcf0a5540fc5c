"""Kill `ingest` and `publish` with SIGKILL at random moments and report the state left.

    python scripts/kill_trials.py --trials 20 [--seed 1] [--src src] [--raw raw]

Ingest trials: a workspace staged from the sample ``raw/``; one report is then changed and
``ingest`` is killed somewhere in its run. After each kill: does staging read back (every
record with its exact Parquet bytes)? are temporary files left? what does ``publish`` do
(refuse the stale file, or publish a consistent package)? and does a new ``ingest`` then
``publish`` succeed?

Publish trials: ``publish`` is killed somewhere in its run. After each kill: is every
version folder complete (each resource's sha256 and bytes as declared)? does
``versions.json`` parse and list only complete versions? are temporary folders left (and
how big)? does the next ``publish`` succeed?
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(args: list[str], ws: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "genero_etl", *args, "--workspace", str(ws)],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def kill_after(args: list[str], ws: Path, env: dict[str, str], delay: float) -> bool:
    """Start the command, SIGKILL it after ``delay`` s; True when it was still running."""
    child = subprocess.Popen(
        [sys.executable, "-m", "genero_etl", *args, "--workspace", str(ws)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
    )
    time.sleep(delay)
    alive = child.poll() is None
    if alive:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return alive


def staging_state(ws: Path, env: dict[str, str]) -> str:
    check = (
        "import sys; from pathlib import Path; from genero_etl.stage import read_staged; "
        "print(len(read_staged(Path(sys.argv[1]))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", check, str(ws / ".genero-etl" / "staging")],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return "UNREADABLE: " + (done.stderr.strip().splitlines() or ["?"])[-1][:120]
    return f"{done.stdout.strip()} files read back"


def _entries(ws: Path) -> list[dict]:  # type: ignore[type-arg]
    """The staged files' manifest entries (none when the manifest is missing or damaged)."""
    try:
        manifest = json.loads((ws / ".genero-etl" / "staging" / "manifest.json").read_bytes())
        return list(manifest["files"].values())
    except (OSError, ValueError, KeyError, TypeError):
        return []


def pair_mismatches(ws: Path) -> int:
    """Staged files whose part is missing or has fewer rows than the manifest places there."""
    import pyarrow.parquet as pq

    staging = ws / ".genero-etl" / "staging"
    bad = 0
    for entry in _entries(ws):
        if not entry.get("rows"):
            continue
        try:
            rows = pq.ParquetFile(staging / entry["part"]).metadata.num_rows
            bad += rows < entry["offset"] + entry["rows"]
        except (OSError, ValueError, KeyError):
            bad += 1
    return bad


def stale_staged(ws: Path) -> int:
    """Staged files whose raw file now has another sha256."""
    stale = 0
    for entry in _entries(ws):
        try:
            source = entry["source"]
            data = (ws / source["source_file"]).read_bytes()
            stale += hashlib.sha256(data).hexdigest() != source["source_sha256"]
        except (OSError, ValueError, KeyError):
            stale += 1
    return stale


def leftovers(folder: Path) -> tuple[int, int]:
    """Temporary (hidden) files or folders under ``folder``, and their bytes."""
    if not folder.exists():
        return 0, 0
    found = [p for p in folder.rglob(".*")]
    size = sum(
        p.stat().st_size
        for f in found
        for p in ([f] if f.is_file() else f.rglob("*"))
        if p.is_file()
    )
    return len(found), size


def versions_state(ws: Path) -> tuple[list[str], str]:
    """Complete version folders, and what versions.json says about them."""
    dataset = ws / "published" / "indicadores-genero"
    complete = []
    for folder in sorted(p for p in dataset.glob("[0-9]*") if p.is_dir()):
        try:
            package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
            ok = all(
                hashlib.sha256((folder / r["path"]).read_bytes()).hexdigest() == r["hash"][7:]
                and (folder / r["path"]).stat().st_size == r["bytes"]
                for r in package["resources"]
            )
        except (OSError, ValueError, KeyError):
            ok = False
        complete.append(folder.name if ok else f"{folder.name}(INCOMPLETE)")
    index = dataset / "versions.json"
    if not index.exists():
        return complete, "no index"
    try:
        listed = [v["version"] for v in json.loads(index.read_text(encoding="utf-8"))["versions"]]
    except (OSError, ValueError, KeyError, TypeError):
        return complete, "INDEX CORRUPT"
    missing = [v for v in listed if v not in complete]
    unlisted = [v for v in complete if v not in listed]
    state = "index ok"
    if missing:
        state = f"INDEX LISTS MISSING {missing}"
    elif unlisted:
        state = f"index lacks {unlisted}"
    return complete, state


def prepare(raw: Path, env: dict[str, str]) -> Path:
    ws = Path(tempfile.mkdtemp(prefix="kill-"))
    shutil.copytree(raw, ws / "raw")
    done = run(["ingest"], ws, env)
    if done.returncode not in (0, 3, 4):
        raise SystemExit(f"baseline ingest failed: {done.stderr[-500:]}")
    return ws


def timed(args: list[str], ws: Path, env: dict[str, str]) -> float:
    start = time.monotonic()
    run(args, ws, env)
    return time.monotonic() - start


def ingest_trials(
    n: int, rng: random.Random, raw: Path, env: dict[str, str]
) -> list[dict[str, object]]:
    ws = prepare(raw, env)
    duration = timed(["ingest"], ws, env)
    report = sorted((ws / "raw").glob("*.txt"))[0]
    rows = []
    for trial in range(n):
        with open(report, "a", encoding="utf-8") as handle:
            handle.write(f"\nSe realizaron {100 + trial} talleres en 2024.\n")
        delay = rng.uniform(0.05, duration)
        killed = kill_after(["ingest"], ws, env, delay)
        state = staging_state(ws, env)
        mismatched = pair_mismatches(ws)
        stale = stale_staged(ws)
        temps, _ = leftovers(ws / ".genero-etl" / "staging")
        published = run(["publish", "--format", "json"], ws, env)
        outcome = (
            "refused: stale"
            if published.returncode == 6
            else ("PUBLISHED STALE" if stale else "published")
            if published.returncode == 0
            else f"exit {published.returncode}: {published.stderr.strip()[-120:]}"
        )
        again = run(["ingest"], ws, env).returncode
        after = run(["publish"], ws, env).returncode
        rows.append(
            {
                "trial": trial + 1,
                "kill_at_s": round(delay, 2),
                "killed_while_running": killed,
                "staging": state,
                "mismatched_pairs": mismatched,
                "stale_staged": stale,
                "temp_files": temps,
                "publish_after_kill": outcome,
                "reingest_then_publish": f"{again}/{after}",
            }
        )
    shutil.rmtree(ws, ignore_errors=True)
    return rows


def publish_trials(
    n: int, rng: random.Random, raw: Path, env: dict[str, str]
) -> list[dict[str, object]]:
    ws = prepare(raw, env)
    duration = timed(["publish"], ws, env)
    rows = []
    for trial in range(n):
        delay = rng.uniform(0.05, duration)
        killed = kill_after(["publish"], ws, env, delay)
        complete, index = versions_state(ws)
        temps, temp_bytes = leftovers(ws / "published")
        after = run(["publish"], ws, env).returncode
        rows.append(
            {
                "trial": trial + 1,
                "kill_at_s": round(delay, 2),
                "killed_while_running": killed,
                "versions": len(complete),
                "incomplete_versions": sum("INCOMPLETE" in v for v in complete),
                "index": index,
                "temp_left": temps,
                "temp_bytes": temp_bytes,
                "next_publish_exit": after,
            }
        )
    shutil.rmtree(ws, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--src", default=str(ROOT / "src"))
    parser.add_argument("--raw", default=str(ROOT / "raw"))
    parser.add_argument("--json", default="")
    parser.add_argument("--only", choices=("ingest", "publish"), default=None)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENERO_ETL")}
    env["PYTHONPATH"] = args.src
    rng = random.Random(args.seed)
    results = {}
    if args.only in (None, "ingest"):
        results["ingest"] = ingest_trials(args.trials, rng, Path(args.raw), env)
    if args.only in (None, "publish"):
        results["publish"] = publish_trials(args.trials, rng, Path(args.raw), env)
    for kind, rows in results.items():
        print(f"## kill -9 during {kind}")
        for row in rows:
            print("  " + "  ".join(f"{k}={v}" for k, v in row.items()))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
