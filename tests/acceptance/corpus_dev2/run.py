"""Measure the second development set: copy its files out of local snapshots, then score them.

    python tests/acceptance/corpus_dev2/run.py [--mirrors /work/.mirror] [-v]

The files are not committed (see origins.yml). Where no snapshot of their repository is
found (CI, a fresh clone), the set is skipped with a message saying so and the run exits 0;
the mechanisms it exercises are tested on small fixtures in tests/tabular.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None, folder: Path | None = None) -> int:
    """Assemble and score the set whose gold, origins.yml and assemble.py are in ``folder``
    (this one by default; ``corpus_dev3/run.py`` passes its own)."""
    here = folder or Path(__file__).resolve().parent
    name = here.name
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as tmp:
        done = subprocess.run(
            [sys.executable, str(here / "assemble.py"), "--mirrors", str(args.mirrors), "--out", tmp],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if not any(Path(tmp).iterdir()):
            print(
                f"{name}: skipped, no snapshot of its repositories under {args.mirrors} "
                f"(its files are not committed; see tests/acceptance/{name}/README.md)",
                file=sys.stderr,
            )
            return 0
        if done.returncode != 0:  # some files missing: said, the others measured
            sys.stderr.write(done.stderr)
        runner = here.parent / "corpus" / "run_corpus.py"
        command = [sys.executable, str(runner), "--corpus", tmp, "--gold", str(here)]
        return subprocess.run([*command, *(["-v"] if args.verbose else [])], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
