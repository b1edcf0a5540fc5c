"""Audit published files: personal data the screen finds, formula cells, control characters.

    python scripts/audit_published.py published/          # every CSV and JSON under it
    python scripts/audit_published.py --ingest-publish raw/ ../shared/corpus/

With ``--ingest-publish``, each folder is copied to a fresh workspace, ingested and
published first (with the genero_etl on PYTHONPATH), and the published files audited.
A text cell counts as personal data when ``genero_etl.normalize.privacy.screen_text`` would
mask something in it, with the phone plans of the countries in ``sources.csv`` (cells
already masked count as clean; a cell that is only a number is a value, not text).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # the screen that audits is this checkout's
FORMULA = set("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?:\.0)?")  # a value, not text
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


csv.field_size_limit(sys.maxsize)


def _cells(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".csv":
        return [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(json.loads(text))
    return out


def _regions(path: Path) -> tuple[str, ...]:
    """The countries published beside ``path`` (sources.csv): their phone plans apply."""
    sources = path.parent / "sources.csv"
    if not sources.is_file():
        return ()
    rows = csv.DictReader(io.StringIO(sources.read_text(encoding="utf-8")))
    found = {row.get("country", "") for row in rows}
    return tuple(sorted(found)) if found and "" not in found else ()


def audit(folder: Path) -> dict[str, object]:
    from genero_etl.normalize.privacy import MASK, screen_text

    personal: Counter[str] = Counter()
    examples: list[str] = []
    formulas = controls = cells = longest = 0
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix not in {".csv", ".json"}:
            continue
        regions = _regions(path)
        for cell in _cells(path):
            cells += 1
            longest = max(longest, len(cell))
            if path.suffix == ".csv" and cell[:1] in FORMULA and not NUMBER.fullmatch(cell):
                formulas += 1  # a negative number is a value, not a formula
            if CONTROL.search(cell):
                controls += 1
            if NUMBER.fullmatch(cell):
                continue
            _, kinds = screen_text(cell.replace(MASK, ""), regions)
            if kinds:
                personal.update(kinds)
                if len(examples) < 8:
                    examples.append(f"{path.name}: {cell[:100]!r}")
    return {
        "folder": str(folder),
        "cells": cells,
        "personal_cells": sum(personal.values()),
        "by_kind": dict(personal),
        "formula_cells": formulas,
        "control_char_cells": controls,
        "longest_cell": longest,
        "examples": examples,
    }


def ingest_publish(raw: Path, src: str) -> Path:
    """Ingest and publish a copy of ``raw`` with the sources in ``src``; the published folder.

    Publishing tries ``--allow-stale``, then plain, then ``--force`` (other versions of
    genero-etl have other options and gates): the audit is of what would be published.
    """
    ws = Path(tempfile.mkdtemp(prefix="audit-"))
    shutil.copytree(raw, ws / "raw", symlinks=True)
    env = os.environ | {"PYTHONPATH": src}

    def run(*args: str) -> int:
        done = subprocess.run(
            [sys.executable, "-m", "genero_etl", *args, "--workspace", str(ws)],
            capture_output=True,
            text=True,
            env=env,
        )
        print(f"  {raw}: {' '.join(args)} -> exit {done.returncode}", file=sys.stderr)
        return done.returncode

    run("ingest")
    for options in (["--allow-stale"], [], ["--force"]):
        if run("publish", *options) == 0:
            break
    return ws / "published"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--ingest-publish", action="store_true")
    parser.add_argument(
        "--src", default=str(ROOT / "src"), help="genero_etl sources that ingest and publish"
    )
    args = parser.parse_args()
    results = []
    for folder in args.folders:
        target = ingest_publish(folder, args.src) if args.ingest_publish else folder
        results.append(audit(target))
    print(json.dumps(results, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
