"""Start-up benchmark: whole processes, side by side, alternating, medians and spread.

    python bench/bench_startup.py [--runs 5] [--before SRC]

1. ``genero-etl validate small.csv --schema schema.json`` (10 rows) against
   ``frictionless validate small.csv --schema schema.json`` on the same files: the aim is
   genero-etl at least 2x faster.
2. ``genero-etl --help`` (aim: 0.15 s or less), against ``python -c pass`` (the floor).

Each pair runs alternately (ours, the peer, ours, the peer...), so a busy machine slows
both sides alike; each run is a new process, imports included. With ``--before SRC`` (the
``src`` folder of another checkout) that code's two commands run in the same rotation.

Every command runs with bytecode caching on, in a temporary ``PYTHONPYCACHEPREFIX`` filled
by the untimed first run, as an installed package runs (pip compiles it); with
``PYTHONDONTWRITEBYTECODE=1`` in the environment, genero-etl, run from its sources, would
otherwise compile every module at every run while frictionless comes compiled.
``--no-bytecode`` keeps the environment as it is.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
SCHEMA = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True}},
        {"name": "municipio", "type": "string", "constraints": {"pattern": "[0-9]{5}"}},
        {"name": "valor", "type": "number", "constraints": {"minimum": 0}},
        {"name": "fecha", "type": "date"},
    ],
    "primaryKey": ["id"],
}


def _small_files(folder: Path) -> tuple[Path, Path]:
    csv_path = folder / "small.csv"
    rows = ["id,municipio,valor,fecha"]
    rows += [f"{i},{9000 + i:05d},{i * 1.5},2024-0{1 + i % 9}-01" for i in range(1, 11)]
    csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    schema = folder / "schema.json"
    schema.write_text(json.dumps(SCHEMA), encoding="utf-8")
    return csv_path, schema


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one whole process: on a busy machine the
    wall time includes waiting for a core, the CPU time much less so."""
    cpu = _cpu()
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-400:]}")
    return elapsed, _cpu() - cpu


def _frictionless() -> list[str]:
    script = Path(sys.executable).parent / "frictionless"
    return [str(script)] if script.exists() else [sys.executable, "-m", "frictionless"]


def _environment(cache: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def run(
    runs: int, before: Path | None, bytecode: bool = True
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall and CPU seconds of each command, run after run."""
    times: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = _environment(folder / "pycache" if bytecode else None)
        csv_path, schema = _small_files(folder)
        # relative paths: frictionless refuses absolute ones outside its working folder
        args = ["validate", csv_path.name, "--schema", schema.name]
        sides = {"after": SRC, **({"before": before} if before else {})}
        commands: dict[str, tuple[list[str], dict[str, str]]] = {}
        for label, src in sides.items():
            env = {**base, "PYTHONPATH": str(src.resolve())}
            commands[f"validate ({label})"] = ([sys.executable, "-m", "genero_etl", *args], env)
            commands[f"--help ({label})"] = ([sys.executable, "-m", "genero_etl", "--help"], env)
        commands["frictionless validate"] = ([*_frictionless(), *args], dict(base))
        commands["python -c pass"] = ([sys.executable, "-c", "pass"], dict(base))
        for name, (command, env) in commands.items():
            _timed(command, env, folder)  # warm the file cache once, not timed
            times[name], cpus[name] = [], []
        for _ in range(runs):
            for name, (command, env) in commands.items():
                wall, cpu = _timed(command, env, folder)
                times[name].append(wall)
                cpus[name].append(cpu)
    return times, cpus


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="src folder of the code to compare with")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--no-bytecode", action="store_true", help="run with the environment's bytecode setting"
    )
    args = parser.parse_args()
    load_before = os.getloadavg()[0]
    times, cpus = run(args.runs, args.before, bytecode=not args.no_bytecode)
    load_after = os.getloadavg()[0]
    median = {name: statistics.median(values) for name, values in times.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    print(
        f"start-up, {args.runs} alternating runs each (wall median, min-max; CPU median); "
        f"load average {load_before:.1f} before, {load_after:.1f} after; "
        f"{'sources compiled at each run' if args.no_bytecode else 'bytecode cached'}:"
    )
    for name, values in times.items():
        print(
            f"  {name:24} {median[name]:6.3f} s  ({min(values):.3f}-{max(values):.3f})"
            f"  CPU {cpu[name]:.3f} s"
        )
    peer = median["frictionless validate"]
    for label in ("after", "before"):
        if f"validate ({label})" in median:
            ours = median[f"validate ({label})"]
            print(
                f"  frictionless / genero-etl validate ({label}): {peer / ours:.2f}x wall, "
                f"{cpu['frictionless validate'] / cpu[f'validate ({label})']:.2f}x CPU (aim >= 2)"
            )
            print(
                f"  genero-etl --help ({label}): {median[f'--help ({label})']:.3f} s (aim <= 0.15)"
            )
    if args.json:
        load = {"before": load_before, "after": load_after}
        figures = {"runs": times, "median": median, "cpu": cpus, "load": load}
        args.json.write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
