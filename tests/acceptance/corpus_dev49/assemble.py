"""Copy the forty-ninth development set out of local snapshots of its repositories (nothing is downloaded).

    python tests/acceptance/corpus_dev49/assemble.py --mirrors /work/.mirror --out DIR
    python tests/acceptance/corpus/run_corpus.py --corpus DIR --gold tests/acceptance/corpus_dev49

The same copier as ``corpus_holdout2/assemble.py`` (its options, its origins.yml format, and
``lines: N`` in an origin: only the file's first N lines are kept, a documented sample of a
file too large to carry whole), over this folder's origins.yml.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from acceptance.corpus_holdout2.assemble import main

if __name__ == "__main__":
    sys.exit(main(folder=Path(__file__).resolve().parent))
