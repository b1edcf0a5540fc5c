"""Check that two source trees stage and publish the same thing, byte for byte.

    python bench/staging_equal.py --before /tmp/before/src --after src [--jobs 1]
        [--corpus NAME=FOLDER ...] [--keep DIR] [--force]

Each tree ingests each corpus (default: the seeds in ``/work/shared/seeds`` when present,
``raw/`` and ``tests/acceptance/texts/docs/``) into a workspace of its own, in a fresh
process (``PYTHONPATH`` set to the tree), then publishes it. Compared, per corpus: every
staged file's source record, issues and rows (read back from the staged dataset), the
sha256 of every staged part, and the bytes of every published CSV and Parquet file.
Exit status 0 when everything is equal, 1 otherwise (the first differences printed).
With ``--force`` a corpus whose staged data fails the publish gates is published anyway
(``publish --force``), so its published files are compared too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "seeds": Path("/work/shared/seeds"),
    "raw": ROOT / "raw",
    "texts": ROOT / "tests" / "acceptance" / "texts" / "docs",
}


def child(ws_path: Path, jobs: int, out: Path, force: bool = False) -> int:
    """Ingest ``ws/raw``, publish, and write what was staged and published as JSON."""
    from genero_etl.model.arrow import table_rows
    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.publish.package import publish
    from genero_etl.stage import MANIFEST, load_manifest, read_staged
    from genero_etl.workspace import Workspace

    ws = Workspace(ws_path)
    result = ingest_paths([ws.raw], ws, IngestOptions(jobs=jobs))
    failed = sorted(f.source_file for f in result.files if not f.ok)
    staged = {}
    for item in read_staged(ws.staging):
        staged[item.source.source_file] = {
            "source": {k: v for k, v in item.source.to_dict().items() if k != "ingested_with"},
            "issues": [i.to_dict() for i in item.issues],
            "rows": table_rows(item.table()),
            "counts": item.indicator_counts(),
        }
    manifest = load_manifest(ws.staging)
    parts = {name: meta["sha256"] for name, meta in manifest.parts.items()}
    published: dict[str, str] = {}
    if staged:
        publish(ws, force=force)
        for path in sorted(ws.published.rglob("*")):
            if path.is_file() and path.suffix in {".csv", ".parquet"}:
                rel = str(path.relative_to(ws.published))
                published[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    data = {
        "failed": failed,
        "staged": staged,
        "parts": parts,
        "manifest_files": sorted(manifest.files),
        "published": published,
        "manifest_bytes": (ws.staging / MANIFEST).stat().st_size if staged else 0,
    }
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, default=str))
    return 0


def run(tree: str, corpus: Path, base: Path, jobs: int, force: bool = False) -> dict[str, Any]:
    ws = base / "ws"
    if ws.exists():
        shutil.rmtree(ws)
    shutil.copytree(corpus, ws / "raw")
    out = base / "summary.json"
    env = dict(os.environ, PYTHONPATH=str(Path(tree).resolve()))
    cmd = [sys.executable, __file__, "--child", str(ws), "--jobs", str(jobs), "--out", str(out)]
    cmd += ["--force"] if force else []
    subprocess.run(cmd, env=env, check=True)
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def differences(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    found = []
    for key in ("failed", "parts", "manifest_files", "published"):
        if a[key] != b[key]:
            found.append(f"{key}: {a[key]} != {b[key]}")
    for name in sorted(set(a["staged"]) | set(b["staged"])):
        x, y = a["staged"].get(name), b["staged"].get(name)
        if x is None or y is None:
            found.append(f"{name}: staged on one side only")
            continue
        for part in ("source", "issues", "counts", "rows"):
            if x[part] != y[part]:
                if part == "rows" and len(x[part]) == len(y[part]):
                    row = next(
                        i for i, (r, s) in enumerate(zip(x[part], y[part], strict=True)) if r != s
                    )
                    cols = [k for k in x[part][row] if x[part][row][k] != y[part][row].get(k)]
                    found.append(f"{name}: row {row} differs in {cols}")
                else:
                    found.append(f"{name}: {part} differs")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--before", default="")
    parser.add_argument("--after", default=str(ROOT / "src"))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument(
        "--after-jobs", type=int, default=0, help="jobs for --after (default --jobs)"
    )
    parser.add_argument("--corpus", action="append", default=[], help="NAME=FOLDER")
    parser.add_argument("--child", default="")
    parser.add_argument("--out", default="")
    parser.add_argument("--force", action="store_true", help="publish despite failed gates")
    args = parser.parse_args()
    if args.child:
        return child(Path(args.child), args.jobs, Path(args.out), args.force)
    corpora = dict(c.split("=", 1) for c in args.corpus) if args.corpus else CORPORA
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for name, folder in corpora.items():
            folder = Path(folder)
            if not folder.is_dir():
                print(f"{name}: {folder} not found, skipped")
                continue
            sides = {}
            for side, tree, jobs in (
                ("before", args.before, args.jobs),
                ("after", args.after, args.after_jobs or args.jobs),
            ):
                base = Path(tmp) / name / side
                base.mkdir(parents=True)
                sides[side] = run(tree or args.after, folder, base, jobs, args.force)
            found = differences(sides["before"], sides["after"])
            staged = sides["after"]["staged"]
            rows = sum(len(s["rows"]) for s in staged.values())
            status = "same" if not found else f"{len(found)} differences"
            print(
                f"{name}: {len(staged)} files, {rows} rows, {len(sides['after']['parts'])} parts, "
                f"{len(sides['after']['published'])} published files: {status}"
            )
            for line in found[:20]:
                print("   ", line)
            ok = ok and not found
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
