"""Copy the second held-out set out of local snapshots of its repositories (nothing is downloaded).

    python tests/acceptance/corpus_holdout2/assemble.py --mirrors /work/.mirror --out DIR [--split study]
    python tests/acceptance/corpus/run_corpus.py --corpus DIR --gold tests/acceptance/corpus_holdout2

A repository ``owner/name`` is looked for as ``MIRRORS/owner+name/repo`` (a git directory or
a clone); ``--clone owner/name=PATH`` names one elsewhere. Each file is read with
``git show <commit>:<path>``, so its bytes are those of the commit named in origins.yml;
``compression: bz2`` in an origin: the repository keeps the file compressed, and it is
copied decompressed.
"""

from __future__ import annotations

import argparse
import bz2
import subprocess
import sys
from pathlib import Path

import yaml


def _clone_of(repository: str, mirrors: Path, clones: dict[str, Path]) -> Path:
    return clones.get(repository) or mirrors / repository.replace("/", "+") / "repo"


def main(argv: list[str] | None = None, folder: Path | None = None) -> int:
    """Copy the files ``folder``'s origins.yml names (by default this set's)."""
    here = folder or Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--clone", action="append", default=[], help="owner/name=PATH")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--split", choices=["study", "check"], help="copy only this half")
    args = parser.parse_args(argv)
    clones = {k: Path(v) for k, _, v in (c.partition("=") for c in args.clone)}
    origins = yaml.safe_load((here / "origins.yml").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    missing = 0
    for name, origin in origins["files"].items():
        if args.split and origin["split"] != args.split:
            continue
        clone = _clone_of(origin["repository"], args.mirrors, clones)
        blob = f"{origin['commit']}:{origin['path']}"
        done = subprocess.run(
            ["git", "-C", str(clone), "show", blob], capture_output=True, check=False
        )
        if done.returncode != 0:
            print(f"not found: {origin['repository']} {blob}", file=sys.stderr)
            missing += 1
            continue
        data = done.stdout
        if origin.get("compression") == "bz2":
            data = bz2.decompress(data)
        if "lines" in origin:  # a documented sample: the file's first N lines
            data = b"".join(data.splitlines(keepends=True)[: int(origin["lines"])])
        (args.out / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
