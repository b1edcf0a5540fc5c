"""What building the observation table and running the ingest checks once per batch of
reports, rather than once per report, could save at most: the bench's generated reports
(``bench_ingest.make_corpus``), one process, warm.

    python bench/bench_batch_table.py [--reports 1000] [--runs 3]

One ``ingest_paths`` of ``--reports`` reports (seed 8, after 30 others to warm up) is timed
(``time.process_time``) in whole and, inside ``normalize.table.observations_table``, in the
calls that make Arrow objects (``model.coded.small_to_arrow`` and ``model.arrow``'s
``string_array``, ``integer_array``, ``numpy_array``, ``date_array``, ``conform``; the
outermost call only), with apart the Python lists ``small_to_arrow`` reads first
(``Coded._small_parts``, what plain per-report records would still need); and in the whole
of ``observations_table`` and of the checks (``pipeline.check_tables``). Then, ``--runs``
times, on the same reports' tables: one table of all their rows built from plain Python
values (each text column dictionary-encoded in the order its values first appear, as a build
once per batch would), and the ingest rules over each report's table against over one table
of all of them (joined outside the timing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

_ARROW = ("string_array", "integer_array", "numpy_array", "date_array", "conform")


def _timed_run(reports: int) -> tuple[dict[str, float], list[Any]]:
    """The CPU seconds of each measured part of one ingest, and the reports' tables."""
    sys.path.insert(0, str(HERE))
    import genero_etl.model.arrow as arrow
    import genero_etl.normalize.table as table
    import genero_etl.pipeline as pipeline
    from bench_ingest import make_corpus
    from genero_etl.model.coded import Coded
    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.workspace import Workspace

    spent: dict[str, float] = defaultdict(float)
    state = {"inside": False, "depth": 0}
    tables: list[Any] = []

    def arrow_call(name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if not state["inside"] or state["depth"]:
                return call(*args, **kwargs)
            state["depth"] += 1
            start = time.process_time()
            try:
                return call(*args, **kwargs)
            finally:
                took = time.process_time() - start
                spent["arrow"] += took
                spent[f"  by {name}"] += took
                state["depth"] -= 1

        return timed

    for name in _ARROW:
        setattr(arrow, name, arrow_call(name, getattr(arrow, name)))
    table.small_to_arrow = arrow_call("small_to_arrow", table.small_to_arrow)  # type: ignore[attr-defined]

    parts = Coded._small_parts

    def small_parts(self: Coded, empty_is_null: bool) -> Any:
        start = time.process_time()
        try:
            return parts(self, empty_is_null)
        finally:
            if state["inside"]:
                spent["lists"] += time.process_time() - start

    Coded._small_parts = small_parts  # type: ignore[method-assign]

    build = table.observations_table

    def observations_table(*args: Any, **kwargs: Any) -> Any:
        state["inside"] = True
        start = time.process_time()
        try:
            made = build(*args, **kwargs)
        finally:
            spent["table"] += time.process_time() - start
            state["inside"] = False
        tables.append(made)
        return made

    table.observations_table = observations_table  # type: ignore[assignment]
    check = pipeline.check_tables

    def check_tables(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return check(*args, **kwargs)
        finally:
            spent["checks"] += time.process_time() - start

    pipeline.check_tables = check_tables  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warm = Workspace(folder / "warm")
        make_corpus(warm.raw, 30, seed=99)
        ingest_paths([warm.raw], warm, IngestOptions())
        spent.clear()
        tables.clear()
        ws = Workspace(folder / "ws")
        make_corpus(ws.raw, reports, seed=8)
        start = time.process_time()
        result = ingest_paths([ws.raw], ws, IngestOptions())
        spent["ingest"] = time.process_time() - start
        assert len(result.files) == reports and all(f.ok for f in result.files)
    return dict(spent), tables


def _batch_build(columns: dict[str, list[Any]], types: dict[str, Any]) -> Any:
    """One table of the batch's rows from plain values."""
    import numpy as np
    import pyarrow as pa

    from genero_etl.model.arrow import date_array, numpy_array, string_array

    arrays = {}
    for name, values in columns.items():
        kind = types[name]
        if pa.types.is_dictionary(kind) or pa.types.is_string(kind):
            seen: dict[str, int] = {}
            indices: list[int | None] = []
            for value in values:
                if value is None:
                    indices.append(None)
                    continue
                code = seen.get(value)
                if code is None:
                    code = seen[value] = len(seen)
                indices.append(code)
            arrays[name] = pa.DictionaryArray.from_arrays(
                pa.array(indices, pa.int32()), string_array(list(seen))
            )
        elif pa.types.is_date32(kind):
            arrays[name] = date_array(values)
        elif pa.types.is_floating(kind):
            floats = np.array([np.nan if v is None else v for v in values], dtype=np.float64)
            arrays[name] = numpy_array(floats, mask=np.isnan(floats))
        else:
            arrays[name] = pa.array(values, kind)
    return pa.table(arrays)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f} at the start")
    spent, tables = _timed_run(args.reports)

    import pyarrow as pa

    from genero_etl.checks import check_tables
    from genero_etl.checks.ingest import activity_table
    from genero_etl.knowledge import Knowledge
    from genero_etl.model.arrow import conform, table_schema

    whole = spent["ingest"]
    rows = sum(t.num_rows for t in tables)
    print(f"{len(tables)} reports, {rows} rows; ingest {whole:.3f} s of CPU")
    for key, what in (
        ("table", "observations_table, whole"),
        ("arrow", "  of it, Arrow objects made"),
        ("lists", "  of that, the Python lists read first"),
        *((key, f"  {key}") for key in sorted(spent) if key.startswith("  by ")),
        ("checks", "check_tables, whole"),
    ):
        print(f"  {what:40} {spent[key]:.3f} s ({100 * spent[key] / whole:.1f} %)")
    schema = table_schema("observations")
    plain = [conform(t, schema) for t in tables]
    columns: dict[str, list[Any]] = {name: [] for name in plain[0].column_names}
    for t in plain:
        for name in t.column_names:
            columns[name].extend(t.column(name).to_pylist())
    types = {f.name: f.type for f in plain[0].schema}
    joined = pa.concat_tables(plain)
    rules = Knowledge.of(None).rules("ingest")
    none = activity_table("", [])  # a report without numbered activities
    built, each, once = [], [], []
    _batch_build(columns, types)  # warm
    for _ in range(args.runs):
        start = time.process_time()
        _batch_build(columns, types)
        built.append(time.process_time() - start)
        start = time.process_time()
        for t in tables:
            check_tables({"observations": t, "activities": none}, "", rules=rules)
        each.append(time.process_time() - start)
        start = time.process_time()
        check_tables({"observations": joined, "activities": none}, "", rules=rules)
        once.append(time.process_time() - start)
    for what, cpu in (
        ("one batch table from plain values", built),
        ("ingest rules, each report's table", each),
        ("ingest rules, one table of all", once),
    ):
        print(f"  {what:40} {statistics.median(cpu):.3f} s ({', '.join(f'{c:.3f}' for c in cpu)})")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
