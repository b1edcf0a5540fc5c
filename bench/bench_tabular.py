"""Spreadsheet ingest benchmark: calamine vs openpyxl, and a large wide CSV to observations.

Run: python bench/bench_tabular.py [--rows N]   (default: 100,000 workbook rows, 1,000,000 CSV rows)

1. Reading a workbook of N/10 ... (``--rows``/10 capped at 100,000) rows x 12 columns with
   python-calamine (our reader) and with openpyxl read-only, in the same run.
2. Ingesting a SESNSP-shaped wide CSV of ``--rows`` rows (12 month columns each) into the
   observations frame, timed, with peak memory (ru_maxrss of a child process, so the
   workbook step does not count).
"""

from __future__ import annotations

import argparse
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
        ws.append([f"Municipio {i % 500}", "Llamadas recibidas", *[rng.randint(0, 99) for _ in range(10)]])
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


def make_csv(path: Path, rows: int) -> None:
    from make_spreadsheet_samples import SESNSP_HEADER, sesnsp_rows

    rng = random.Random(7)
    block = sesnsp_rows(rng, years=(2020, 2021, 2022, 2023, 2024))
    with open(path, "w", encoding="latin-1", newline="") as handle:
        handle.write(",".join(SESNSP_HEADER) + "\r\n")
        lines = [",".join(str(v) for v in row) + "\r\n" for row in block]
        for i in range(rows):
            handle.write(lines[i % len(lines)])


def ingest_child(path: str, queue: mp.Queue[tuple[float, int, float]]) -> None:
    from genero_etl.normalize.codebook import load_codebook
    from genero_etl.pipeline import IngestOptions
    from genero_etl.readers import ReadOptions
    from genero_etl.tabular.ingest import ingest_frame

    start = time.perf_counter()
    options = IngestOptions(read=ReadOptions(max_bytes=2 * 1024**3))
    result = ingest_frame(Path(path), Path(path).name, options, load_codebook())
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((elapsed, len(result.frame), peak_mb))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000, help="CSV rows (workbook rows = min(rows/10, 100000))")
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
        print(f"  openpyxl : {t2 - t1:6.2f} s  ({n2:,} rows)  -> calamine {(t2 - t1) / (t1 - t0):.1f}x faster")
        csv_path = Path(tmp) / "IDM_NM_big.csv"
        make_csv(csv_path, args.rows)
        queue: mp.Queue[tuple[float, int, float]] = mp.get_context("spawn").Queue()
        child = mp.get_context("spawn").Process(target=ingest_child, args=(str(csv_path), queue))
        child.start()
        elapsed, observations, peak = queue.get()
        child.join()
        print(f"wide CSV {args.rows:,} rows ({csv_path.stat().st_size / 1e6:.0f} MB, Latin-1, 12 month columns)")
        print(f"  ingest   : {elapsed:6.2f} s, {args.rows / elapsed:,.0f} rows/s, {observations:,} observations, peak RSS {peak:,.0f} MB")


if __name__ == "__main__":
    main()
