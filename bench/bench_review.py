"""Benchmark of the review report: size, writing time, and time to interactive in chromium.

Ingests the sample ``raw/`` once, then stages copies of those reports (new file names, so
new ids) until there are N observations, writes the report with ``genero-etl review``, and
opens it in Debian's headless chromium (Selenium): seconds from navigation to the page's
ready mark (data parsed, first page of rows drawn) and milliseconds for a filter to apply.

    .venv/bin/python bench/bench_review.py --rows 500 50000
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def staged_workspace(base: Path, rows: int) -> Path:
    """A workspace whose staging holds about ``rows`` observations copied from the samples."""
    import pyarrow as pa

    from genero_etl.stage import StagedFile, StagingWriter, read_staged

    ws = base / f"ws-{rows}"
    shutil.copytree(base / "sample" / ".genero-etl", ws / ".genero-etl")
    staged = read_staged(ws / ".genero-etl" / "staging")
    have = sum(s.count for s in staged)
    copy = 0
    writer = StagingWriter(ws / ".genero-etl" / "staging")
    while have < rows:
        copy += 1
        for item in staged:
            if have >= rows:
                break
            table = item.table().slice(0, rows - have)
            name = f"{item.source.source_file}.copia{copy}"
            ids = pa.array([f"o{copy:04x}{have + i:012x}" for i in range(table.num_rows)])
            table = table.set_column(0, "observation_id", ids)
            files = pa.array([name] * table.num_rows)
            table = table.set_column(table.column_names.index("source_file"), "source_file", files)
            source = dataclasses.replace(item.source, source_file=name)
            writer.add(StagedFile(source=source, issues=[], frame=table))
            if writer.full:
                writer.commit()
            have += table.num_rows
    writer.commit()
    return ws


def measure(ws: Path) -> dict[str, float]:
    from selenium.webdriver.common.by import By

    from review.browser import chromium, load

    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "genero_etl", "review", "--workspace", str(ws)],
        check=True,
        capture_output=True,
    )
    written = time.perf_counter() - started
    page = ws / "review" / "review.html"
    with chromium() as driver:
        ready = load(driver, page, timeout=120)
        select = driver.find_element(By.ID, "f-indicator")
        value = select.find_elements(By.TAG_NAME, "option")[2].get_attribute("value")
        filter_ms = driver.execute_script(
            "var s = document.getElementById('f-indicator'); s.value = arguments[0];"
            "var t = performance.now(); s.dispatchEvent(new Event('change'));"
            "return performance.now() - t;",
            value,
        )
        search_ms = driver.execute_script(
            "var s = document.getElementById('search'); s.value = 'mujeres';"
            "var t = performance.now(); s.dispatchEvent(new Event('input'));"
            "return performance.now() - t;"
        )
    return {
        "bytes": page.stat().st_size,
        "write_s": written,
        "ready_s": ready,
        "filter_ms": float(filter_ms),
        "search_ms": float(search_ms),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[500, 50_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        base = Path(tmp)
        sample = base / "sample"
        shutil.copytree(ROOT / "raw", sample / "raw")
        subprocess.run(
            [sys.executable, "-m", "genero_etl", "ingest", "--workspace", str(sample)],
            check=True,
            capture_output=True,
        )
        print(f"{'observations':>12} {'html MB':>8} {'write s':>8} {'ready s':>8} "
              f"{'filter ms':>9} {'search ms':>9}")  # fmt: skip
        for rows in args.rows:
            m = measure(staged_workspace(base, rows))
            print(
                f"{rows:>12} {m['bytes'] / 1e6:>8.2f} {m['write_s']:>8.2f} {m['ready_s']:>8.2f} "
                f"{m['filter_ms']:>9.1f} {m['search_ms']:>9.1f}"
            )


if __name__ == "__main__":
    main()
