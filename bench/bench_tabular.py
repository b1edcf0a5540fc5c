"""Spreadsheet ingest benchmark: calamine vs openpyxl, and a large wide CSV to observations.

Run: python bench/bench_tabular.py [--rows N] [--varied]   (default: 100,000 workbook rows, 1,000,000 CSV rows)

1. Reading a workbook of N/10 ... (``--rows``/10 capped at 100,000) rows x 12 columns with
   python-calamine (our reader) and with openpyxl read-only, in the same run.
2. Ingesting a SESNSP-shaped wide CSV of ``--rows`` rows (12 month columns each) into the
   observations table and staging it (``write_staged``: a part + the manifest), timed, with peak
   memory (ru_maxrss of a child process, so the workbook step does not count).
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))


def make_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Hoja1")
    ws.append(["Municipio", "Indicador", *[f"M{m}" for m in range(1, 11)]])
    rng = random.Random(1)
    for i in range(rows):
        ws.append(
            [f"Municipio {i % 500}", "Llamadas recibidas", *[rng.randint(0, 99) for _ in range(10)]]
        )
    wb.save(path)


def read_calamine(path: Path) -> int:
    import python_calamine as pc

    with pc.CalamineWorkbook.from_path(str(path)) as wb:
        return len(wb.get_sheet_by_index(0).to_python(skip_empty_area=False))


def read_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _ in wb.worksheets[0].iter_rows(values_only=True))
    wb.close()
    return n


def make_csv(path: Path, rows: int, varied: bool = False) -> None:
    from make_spreadsheet_samples import SESNSP_HEADER, sesnsp_rows

    rng = random.Random(7)
    if varied:
        make_varied_csv(path, rows, SESNSP_HEADER, rng)
        return
    block = sesnsp_rows(rng, years=(2020, 2021, 2022, 2023, 2024))
    with open(path, "w", encoding="latin-1", newline="") as handle:
        handle.write(",".join(SESNSP_HEADER) + "\r\n")
        lines = [",".join(str(v) for v in row) + "\r\n" for row in block]
        for i in range(rows):
            handle.write(lines[i % len(lines)])


def make_varied_csv(path: Path, rows: int, header: list[str], rng: random.Random) -> None:
    """Every INEGI municipality x 100 crime combinations x years, random monthly counts:
    as many distinct rows, places and values as the real file (the default repeats 100 rows)."""
    from genero_etl.normalize.places import gazetteer

    municipalities = [m for m in gazetteer().municipalities if m.country == "MX"]
    crimes = [
        (f"Bien {b}", f"Delito {t}", f"Subtipo {t}.{s}", f"Modalidad {m}")
        for b in range(5)
        for t in range(5)
        for s in range(2)
        for m in range(2)
    ]
    with open(path, "w", encoding="latin-1", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")  # quotes names with commas
        writer.writerow(header)
        written = 0
        year = 2000
        while written < rows:
            for m in municipalities:
                for crime in crimes:
                    if written >= rows:
                        break
                    months = [
                        rng.choice((0, 0, 0, 1, 2, 3, rng.randint(0, 500))) for _ in range(12)
                    ]
                    cells = [
                        year,
                        int(m.code[:2]),
                        m.admin1_name,
                        int(m.code),
                        m.name,
                        *crime,
                        *months,
                    ]
                    writer.writerow(cells)
                    written += 1
            year += 1


def ingest_child(path: str, queue: mp.Queue[tuple[float, float, int, float]]) -> None:
    from genero_etl.normalize.codebook import load_codebook
    from genero_etl.pipeline import IngestOptions
    from genero_etl.readers import ReadOptions
    from genero_etl.stage import write_staged
    from genero_etl.tabular.ingest import ingest_table

    start = time.perf_counter()
    options = IngestOptions(read=ReadOptions(max_bytes=2 * 1024**3))
    staged = ingest_table(Path(path), Path(path).name, options, load_codebook())
    ingested = time.perf_counter()
    with tempfile.TemporaryDirectory() as staging:
        write_staged(Path(staging), staged)
        total = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((ingested - start, total, staged.count, peak_mb))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--rows",
        type=int,
        default=1_000_000,
        help="CSV rows (workbook rows = min(rows/10, 100000))",
    )
    parser.add_argument(
        "--varied",
        action="store_true",
        help="every municipality, random counts (default: 100 distinct rows repeated)",
    )
    args = parser.parse_args()
    wb_rows = min(max(args.rows // 10, 1000), 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "big.xlsx"
        make_workbook(book, wb_rows)
        t0 = time.perf_counter()
        n1 = read_calamine(book)
        t1 = time.perf_counter()
        n2 = read_openpyxl(book)
        t2 = time.perf_counter()
        print(f"workbook {wb_rows:,} rows x 12 cols ({book.stat().st_size / 1e6:.1f} MB)")
        print(f"  calamine : {t1 - t0:6.2f} s  ({n1:,} rows)")
        print(
            f"  openpyxl : {t2 - t1:6.2f} s  ({n2:,} rows)  -> calamine {(t2 - t1) / (t1 - t0):.1f}x faster"
        )
        csv_path = Path(tmp) / "IDM_NM_big.csv"
        make_csv(csv_path, args.rows, varied=args.varied)
        queue: mp.Queue[tuple[float, float, int, float]] = mp.get_context("spawn").Queue()
        child = mp.get_context("spawn").Process(target=ingest_child, args=(str(csv_path), queue))
        child.start()
        ingest_s, total_s, observations, peak = queue.get()
        child.join()
        size_mb = csv_path.stat().st_size / 1e6
        kind = "varied" if args.varied else "100 distinct rows repeated"
        print(f"wide CSV {args.rows:,} rows ({size_mb:.0f} MB, Latin-1, 12 month columns, {kind})")
        print(
            f"  ingest   : {ingest_s:6.2f} s, {args.rows / ingest_s:,.0f} rows/s, "
            f"{observations:,} observations"
        )
        print(
            f"  + staged : {total_s:6.2f} s wall, {args.rows / total_s:,.0f} rows/s, "
            f"peak RSS {peak:,.0f} MB (child process, ru_maxrss)"
        )


if __name__ == "__main__":
    main()
