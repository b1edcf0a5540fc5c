"""Benchmark: ingest + publish on a generated corpus of text reports, and CLI start-up.

    python bench/bench_ingest.py [--reports 1000]
    python bench/bench_ingest.py --processes [--before SRC] [--pairs 5] [--reports 1000]

Each figure is given against a peer measured in the same run:
- ingest + publish throughput vs a bare pass that reads, decodes and regex-scans the same
  files for digits (the floor any extractor pays);
- `genero-etl --help` start-up vs `python -c pass` and vs `python -c "import pandas"`.

``--processes`` times whole ``genero-etl ingest --jobs 1`` processes instead (imports and
the patterns' compiling included): one report, then ``--reports`` reports, each into a
fresh workspace, ``--pairs`` times; with ``--before SRC`` (the ``src`` folder of another
checkout, its ``schemas`` beside it) that code runs in the same rotation, alternating
(before, after, before, ...), so a change in the machine's load falls on both sides. It
prints the median CPU time (user + system of the process) with its spread, the wall time
and the reports per CPU second. Bytecode is cached in a temporary ``PYTHONPYCACHEPREFIX``
(filled by an untimed first run of each side), as an installed package runs.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"

OFFICES = [
    ("AR", "Municipio de Luján", "Dirección de Géneros y Diversidad"),
    ("AR", "Municipio de Pilar", "Secretaría de las Mujeres"),
    ("AR", "Municipalidad de Rosario", "Dirección de Políticas de Género"),
    ("MX", "Gobierno Municipal de Guadalajara", "Instituto Municipal de las Mujeres"),
    ("MX", "H. Ayuntamiento de Zapopan", "Instituto Municipal de las Mujeres"),
    ("MX", "Gobierno Municipal de Jocotepec", "Dirección de Igualdad"),
    ("CL", "Municipalidad de Valparaíso", "Oficina de la Mujer"),
    ("CL", "Municipalidad de Temuco", "Oficina de Equidad de Género"),
]
LINES = [
    "- Ley Micaela: {n} agentes municipales aprobaron la capacitación.",
    "- Talleres de prevención en escuelas: {n} talleres con {m} estudiantes.",
    "- Se atendieron {n} mujeres en situación de violencia.",
    "- Se entregaron {n} botones antipánico.",
    "- Femicidios registrados en el año: {s}.",
    "- Subsidios otorgados: {n}.",
    "- Capacitaciones: {t} personas capacitadas ({a} presenciales, {b} virtuales).",
    "- Guardias de emergencia: {n} personas asistidas.",
    "- Inversión: ${money}",
    "- Llamadas a la línea de atención: {n}.",
    "Contacto: calle Belgrano {n}, Tel. 2323-{phone}.",
    "Ordenanza N° {n}/2019 de adhesión.",
]


def _money(country: str, rng: random.Random) -> str:
    value = rng.randrange(5, 900) * 1000
    return f"{value:,.2f}" if country == "MX" else f"{value:,}".replace(",", ".")


def make_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        country, place, office = rng.choice(OFFICES)
        year = rng.choice([2022, 2023, 2024])
        body = [f"INFORME DE GESTIÓN {year}", f"{place} – {office}", ""]
        for template in rng.sample(LINES, k=rng.randint(6, len(LINES))):
            a, b = rng.randint(10, 900), rng.randint(10, 900)
            body.append(
                template.format(
                    n=rng.randint(2, 1500),
                    m=rng.randint(20, 3000),
                    s=rng.randint(0, 4),
                    t=a + b,
                    a=a,
                    b=b,
                    money=_money(country, rng),
                    phone=rng.randint(100000, 999999),
                )
            )
        path = folder / f"informe_{index:05d}.txt"
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


_DIGITS = re.compile(r"\d[\d.,]*")


def bare_scan(paths: list[Path]) -> int:
    found = 0
    for path in paths:
        found += len(_DIGITS.findall(path.read_bytes().decode("utf-8")))
    return found


def median_run(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _child_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def ingest_process(src: Path, corpus: Path, base: Path, cache: Path) -> tuple[float, float]:
    """CPU and wall seconds of one whole ``genero-etl ingest --jobs 1`` of ``corpus`` into a
    fresh workspace, with the code in ``src``."""
    ws = base / "ws"
    if ws.exists():
        shutil.rmtree(ws)
    shutil.copytree(corpus, ws / "raw")
    env = dict(os.environ, PYTHONPATH=str(src.resolve()), PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "genero_etl", "ingest", "-w", str(ws), "--jobs", "1"]
    cpu, start = _child_cpu(), time.perf_counter()
    done = subprocess.run([*command, "-f", "json"], env=env, capture_output=True)
    wall, used = time.perf_counter() - start, _child_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"ingest failed ({src}): {done.stderr.decode()[-400:]}")
    shutil.rmtree(ws)
    return used, wall


def processes(reports: int, pairs: int, before: Path | None) -> int:
    sides = {"after": SRC, **({"before": before} if before else {})}
    order = ["before", "after"] if before else ["after"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpora = {1: folder / "one", reports: folder / "many"}
        for count, path in corpora.items():
            make_corpus(path, count)
        cache = folder / "pycache"
        for side in order:  # fill the bytecode cache, untimed
            ingest_process(sides[side], corpora[1], folder, cache)
        print(
            f"whole `genero-etl ingest --jobs 1` processes, {pairs} alternating runs of each "
            f"side; load average {os.getloadavg()[0]:.1f} at the start"
        )
        for count, path in corpora.items():
            cpus: dict[str, list[float]] = {side: [] for side in order}
            walls: dict[str, list[float]] = {side: [] for side in order}
            for _ in range(pairs):
                for side in order:
                    cpu, wall = ingest_process(sides[side], path, folder, cache)
                    cpus[side].append(cpu)
                    walls[side].append(wall)
            for side in order:
                cpu = statistics.median(cpus[side])
                print(
                    f"  {count:>5} report{'s' if count > 1 else ' '} ({side:6}): CPU "
                    f"{cpu:6.2f} s ({min(cpus[side]):.2f}-{max(cpus[side]):.2f}), wall "
                    f"{statistics.median(walls[side]):6.2f} s -> {count / cpu:6.1f} reports "
                    f"per CPU second; runs {', '.join(f'{c:.2f}' for c in cpus[side])}"
                )
            if before:
                ratio = statistics.median(cpus["after"]) / statistics.median(cpus["before"])
                print(
                    f"  {count:>5} report{'s' if count > 1 else ' '}: after / before CPU {ratio:.2f}"
                )
        print(f"  load average {os.getloadavg()[0]:.1f} at the end")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--processes", action="store_true", help="time whole ingest processes")
    parser.add_argument("--before", type=Path, help="src folder of the code to compare with")
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    if args.processes or args.before:
        return processes(args.reports, args.pairs, args.before)

    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.publish.package import publish
    from genero_etl.workspace import Workspace

    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace(Path(tmp))
        paths = make_corpus(ws.raw, args.reports)
        size = sum(p.stat().st_size for p in paths)

        start = time.perf_counter()
        digits = bare_scan(paths)
        bare = time.perf_counter() - start

        start = time.perf_counter()
        result = ingest_paths([ws.raw], ws, IngestOptions())
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        published = publish(ws)
        publish_s = time.perf_counter() - start
        total = ingest_s + publish_s
        assert not [f for f in result.files if not f.ok], "corpus files failed"
        print(f"corpus: {len(paths)} reports, {size / 1e6:.2f} MB, {digits} digit runs")
        print(
            f"bare read+decode+regex scan (peer): {bare:.3f} s ({len(paths) / bare:,.0f} reports/s)"
        )
        print(
            f"genero-etl ingest: {ingest_s:.2f} s, publish: {publish_s:.2f} s -> "
            f"{len(paths) / total:,.1f} reports/s, {published.rows['observations']:,} observations"
        )
        print(f"ratio genero-etl / bare scan: {total / bare:.0f}x the floor")

    exe = str(Path(sys.executable).with_name("genero-etl"))
    python = median_run([sys.executable, "-c", "pass"])
    pandas = median_run([sys.executable, "-c", "import pandas"])
    help_s = median_run([exe, "--help"])
    validate_help = median_run([exe, "validate", "--help"])
    print(f"start-up: python -c pass {python * 1000:.0f} ms; import pandas {pandas * 1000:.0f} ms")
    print(
        f"start-up: genero-etl --help {help_s * 1000:.0f} ms ({help_s / python:.1f}x bare python; aim < 300 ms)"
    )
    print(f"start-up: genero-etl validate --help {validate_help * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
