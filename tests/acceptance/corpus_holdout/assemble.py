"""Copy the held-out files out of a local clone of their repository (nothing is downloaded).

    python tests/acceptance/corpus_holdout/assemble.py --clone PATH/TO/femicidios-latam --out DIR
    python tests/acceptance/corpus/run_corpus.py --corpus DIR --gold tests/acceptance/corpus_holdout

The files are not committed (see origins.yml for why); each is read with ``git show
<commit>:<path>`` from the clone, so the bytes are those of the commit named there.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import yaml


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clone", type=Path, required=True, help="a git clone (or its .git)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    origins = yaml.safe_load((here / "origins.yml").read_text(encoding="utf-8"))
    args.out.mkdir(parents=True, exist_ok=True)
    for name, origin in origins["files"].items():
        blob = f"{origins['commit']}:{origin['path']}"
        done = subprocess.run(
            ["git", "-C", str(args.clone), "show", blob], capture_output=True, check=False
        )
        if done.returncode != 0:
            print(f"not found in the clone: {blob}", file=sys.stderr)
            continue
        (args.out / name).write_bytes(done.stdout)
        print(f"{name}: {len(done.stdout)} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
