"""Case-register benchmark: a register of N rows counted by genero-etl and by plain pandas.

Run: python bench/bench_register.py [--rows N]   (default 1,000,000)

A CSV with one row per case (case number, age, sex, type of violence, province, date
dd/mm/yyyy) is ingested through the pipeline, which recognises it as a register and counts
it by province and year with each breakdown apart; in the same run, pandas reads the same
file and computes the same counts (``groupby`` on province, year and each breakdown). The
peak memory is that of a child process.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import resource
import tempfile
import time
from pathlib import Path

PROVINCES = ["Salta", "Jujuy", "Buenos Aires", "Córdoba", "Mendoza", "Chaco", "Tucumán", "Neuquén"]


def make_register(path: Path, rows: int) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as out:
        out.write("Caso,Edad,Sexo,Tipo de violencia,Provincia,Fecha\n")
        for i in range(rows):
            out.write(
                f"{i + 1},{rng.randint(0, 90)},{rng.choice(['MUJER', 'HOMBRE', 'S/D'])},"
                f"{rng.choice(['Física', 'Psicológica', 'Económica', 'Sexual'])},{rng.choice(PROVINCES)},"
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2023)}\n"
            )


def _genero(path: str, queue: mp.Queue[tuple[float, int, int]]) -> None:
    from genero_etl.pipeline import IngestOptions, extract_document

    started = time.perf_counter()
    staged = extract_document(Path(path), Path(path).name, IngestOptions())
    seconds = time.perf_counter() - started
    queue.put((seconds, staged.count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))


def _pandas(path: str, queue: mp.Queue[tuple[float, int, int]]) -> None:
    import pandas as pd

    started = time.perf_counter()
    frame = pd.read_csv(path, dtype=str)
    frame["year"] = frame["Fecha"].str[-4:]
    groups = [frame.groupby(["Provincia", "year"]).size()]
    for column in ("Sexo", "Tipo de violencia"):
        groups.append(frame.groupby(["Provincia", "year", column]).size())
    seconds = time.perf_counter() - started
    queue.put(
        (
            seconds,
            sum(len(g) for g in groups),
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        )
    )


def _run(target: object, path: Path) -> tuple[float, int, int]:
    ctx = mp.get_context("spawn")
    queue: mp.Queue[tuple[float, int, int]] = ctx.Queue()
    proc = ctx.Process(target=target, args=(str(path), queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "registro.csv"
        make_register(path, args.rows)
        print(f"register {args.rows:,} rows ({path.stat().st_size / 1e6:.0f} MB)")
        g_s, g_n, g_mb = _run(_genero, path)
        p_s, p_n, p_mb = _run(_pandas, path)
        print(f"  genero-etl : {g_s:6.2f} s, {g_n:,} counts, peak RSS {g_mb:,} MB")
        print(
            f"  pandas     : {p_s:6.2f} s, {p_n:,} counts, peak RSS {p_mb:,} MB  -> ratio {g_s / p_s:.1f}x"
        )


if __name__ == "__main__":
    main()
