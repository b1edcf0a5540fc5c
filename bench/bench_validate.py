"""Benchmark of ``genero-etl validate`` against frictionless on the same file and schema.

Generates an N-row, 10-column CSV (default 1,000,000) and its schema, once valid and once
with about ``--errors`` injected errors of each kind, validates both with genero-etl and
frictionless in this process, checks both found the same errors (type, row, field), and
prints times, the speed ratio, genero-etl's peak memory, and the start-up time of the
command on a small file against ``python -c pass``.

    .venv/bin/python bench/bench_validate.py --rows 200000
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

SCHEMA: dict[str, Any] = {
    "fields": [
        {"name": "id", "type": "integer", "constraints": {"required": True}},
        {"name": "valor", "type": "number", "constraints": {"minimum": 0}},
        {"name": "cantidad", "type": "integer", "constraints": {"maximum": 100000}},
        {"name": "codigo", "type": "string", "constraints": {"pattern": "[0-9]{5}"}},
        {
            "name": "tipo",
            "type": "string",
            "constraints": {"enum": ["observed", "target", "budget", "percentage"]},
        },
        {"name": "fecha", "type": "date"},
        {"name": "aprox", "type": "boolean", "constraints": {"required": True}},
        {"name": "pais", "type": "string", "constraints": {"required": True, "maxLength": 2}},
        {"name": "clave", "type": "string", "constraints": {"unique": True}},
        {"name": "nota", "type": "string"},
    ],
    "primaryKey": ["id"],
}
KINDS = (
    "type-integer",
    "type-number",
    "minimum",
    "maximum",
    "pattern",
    "enum",
    "type-date",
    "type-boolean",
    "required",
    "maxLength",
    "unique",
    "primary-key",
    "missing-cell",
    "extra-cell",
    "blank-row",
)


def generate(path: Path, rows: int, errors: int, seed: int = 7) -> dict[str, int]:
    """Write the CSV; return how many errors of each kind were injected."""
    rng = random.Random(seed)
    targets: dict[int, str] = {}
    per_kind = errors if rows >= len(KINDS) * errors * 3 else max(1, rows // (len(KINDS) * 3))
    for kind in KINDS:
        placed = 0
        while placed < per_kind:
            i = rng.randrange(1, rows)
            if i not in targets:
                targets[i] = kind
                placed += 1
    tipos = ("observed", "target", "budget", "percentage")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id,valor,cantidad,codigo,tipo,fecha,aprox,pais,clave,nota\n")
        lines = []
        for i in range(rows):
            cells = [
                str(i + 1),
                f"{(i % 9973) * 1.5:.2f}",
                str(i % 1000),
                f"{i % 100000:05d}",
                tipos[i % 4],
                f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "true" if i % 2 else "false",
                "MX",
                f"k{i}",
                "texto libre",
            ]
            kind = targets.get(i)
            if kind == "type-integer":
                cells[2] = "12a"
            elif kind == "type-number":
                cells[1] = "1.234,5"
            elif kind == "minimum":
                cells[1] = "-5"
            elif kind == "maximum":
                cells[2] = "100001"
            elif kind == "pattern":
                cells[3] = "1403"
            elif kind == "enum":
                cells[4] = "Observado"
            elif kind == "type-date":
                cells[5] = "31/12/2024"
            elif kind == "type-boolean":
                cells[6] = "sí"
            elif kind == "required":
                cells[7] = ""
            elif kind == "maxLength":
                cells[7] = "MEX"
            elif kind == "unique":
                cells[8] = "k0"
            elif kind == "primary-key":
                cells[0] = "1"
            elif kind == "missing-cell":
                cells = cells[:8]
            elif kind == "extra-cell":
                cells.append("sobra")
            elif kind == "blank-row":
                cells = [""] * 10
            lines.append(",".join(cells))
            if len(lines) >= 100_000:
                handle.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            handle.write("\n".join(lines) + "\n")
    return dict(Counter(targets.values()))


_OURS = """
import json, resource, sys, time
started = time.perf_counter()
from genero_etl.validate.api import Options, validate_paths
from pathlib import Path
import numpy, pandas, pyarrow, pyarrow.compute, pyarrow.csv  # lazy imports of validate (pyarrow pulls pandas): timed apart
imported = time.perf_counter()
report = validate_paths([Path(sys.argv[1])], Options(schema=Path(sys.argv[2]), rules=False))
done = time.perf_counter()
validate_paths([Path(sys.argv[1])], Options(schema=Path(sys.argv[2]), rules=False))  # a second file, warm
warm = time.perf_counter() - done
found = [[f.type, f.row, None if f.type in ("primary-key", "blank-row", "extra-cell") else (f.field or None)]
         for f in report.findings if f.severity == "error"]
print(json.dumps({"import": imported - started, "validate": done - imported, "warm": warm,
                  "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "found": found}))
"""


def run_ours(
    csv_path: Path, schema_path: Path
) -> tuple[float, float, float, float, Counter[tuple[Any, ...]]]:
    """genero-etl in its own process, so its peak RSS is its own.

    Returns (first validation s, the same validation again in that process s, whole
    process s, peak MiB, errors): a CI job validating many files pays the first-call
    warm-up (kernel and regex set-up) once.
    """
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _OURS, str(csv_path), str(schema_path)],
        check=True,
        capture_output=True,
        text=True,
    )
    total = time.perf_counter() - started
    data = json.loads(result.stdout)
    found: Counter[tuple[Any, ...]] = Counter(tuple(x) for x in data["found"])
    return data["validate"], data["warm"], total, data["maxrss"] / 1024, found


def run_frictionless(
    csv_path: Path, schema: dict[str, Any]
) -> tuple[float, Counter[tuple[Any, ...]]]:
    from frictionless import Resource, Schema

    started = time.perf_counter()
    resource_ = Resource(
        path=csv_path.name, basepath=str(csv_path.parent), schema=Schema.from_descriptor(schema)
    )
    report = resource_.validate(limit_errors=10**9)
    seconds = time.perf_counter() - started
    found: Counter[tuple[Any, ...]] = Counter()
    for task in report.tasks:
        for e in task.errors:
            field = (
                None
                if e.type in ("primary-key", "blank-row", "extra-cell")
                else (getattr(e, "field_name", None) or None)
            )
            found[(e.type, getattr(e, "row_number", None), field)] += 1
    return seconds, found


def startup(tmp: Path, schema_path: Path) -> tuple[float, float]:
    small = tmp / "pequeno.csv"
    small.write_text(
        "id,valor,cantidad,codigo,tipo,fecha,aprox,pais,clave,nota\n"
        "1,1.5,2,01001,observed,2024-01-01,true,MX,k1,x\n",
        encoding="utf-8",
    )
    code = (
        "import sys; from genero_etl.cli.validate import validate; import typer; "
        "app = typer.Typer(); app.command('validate')(validate); app.callback()(lambda: None); "
        "sys.argv = ['genero-etl', 'validate', sys.argv[1], '--schema', sys.argv[2]]; app()"
    )

    def best(args: list[str]) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run(args, check=False, capture_output=True)
            times.append(time.perf_counter() - started)
        return min(times)

    ours = best([sys.executable, "-c", code, str(small), str(schema_path)])
    peer = best([sys.executable, "-c", "pass"])
    return ours, peer


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--errors", type=int, default=1000, help="errors injected per kind")
    parser.add_argument("--skip-frictionless", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        schema_path = tmp / "schema.json"
        schema_path.write_text(json.dumps(SCHEMA), encoding="utf-8")
        ok = True
        for label, errors in (("valid", 0), ("with errors", args.errors)):
            csv_path = tmp / f"bench_{errors}.csv"
            injected = generate(csv_path, args.rows, errors) if errors else {}
            if not errors:
                generate(csv_path, args.rows, 0)
            size = csv_path.stat().st_size / 1e6
            ours_s, warm_s, ours_total, peak, ours = run_ours(csv_path, schema_path)
            print(
                f"[{label}] {args.rows:,} rows, {size:.1f} MB; injected per kind: "
                f"{max(injected.values()) if injected else 0}"
            )
            print(
                f"  genero-etl:   {ours_s:7.2f} s validating, {warm_s:.2f} s for the next file "
                f"({ours_total:.2f} s whole process with imports and both runs), "
                f"{sum(ours.values()):,} errors, peak RSS {peak:.0f} MiB"
            )
            if not args.skip_frictionless:
                theirs_s, theirs = run_frictionless(csv_path, SCHEMA)
                same = theirs == ours
                ok &= same
                print(f"  frictionless: {theirs_s:7.2f} s, {sum(theirs.values()):,} errors")
                print(
                    f"  speed-up: {theirs_s / ours_s:5.1f}x first file, {theirs_s / warm_s:5.1f}x next "
                    f"files, {theirs_s / (ours_total - warm_s):5.1f}x whole process for one file "
                    f"(imports included)   same errors: {'yes' if same else 'NO'}"
                )
                if not same:
                    print(f"    only frictionless: {list((theirs - ours).items())[:5]}")
                    print(f"    only genero-etl:   {list((ours - theirs).items())[:5]}")
        ours_start, peer = startup(tmp, schema_path)
        print(f"start-up on a small file: {ours_start:.3f} s (python -c pass: {peer:.3f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
