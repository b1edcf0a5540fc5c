"""Measure the forty-ninth development set: copy its files out of local snapshots, then score them.

    python tests/acceptance/corpus_dev49/run.py [--mirrors /work/.mirror] [-v]

The same measurer as ``corpus_dev2/run.py``, over this folder's gold and origins.yml. Where no
snapshot of its repositories is found (CI, a fresh clone), the set is skipped with a message
saying so and the run exits 0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from acceptance.corpus_dev2.run import main

if __name__ == "__main__":
    sys.exit(main(folder=Path(__file__).resolve().parent))
