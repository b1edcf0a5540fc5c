"""Copy the fourth held-out set out of local snapshots of its repositories (nothing is downloaded).

    python tests/acceptance/corpus_holdout4/assemble.py --mirrors /work/.mirror --out DIR
    python tests/acceptance/corpus/run_corpus.py --corpus DIR --gold tests/acceptance/corpus_holdout4

The same copier as ``corpus_holdout2/assemble.py`` (its options, its origins.yml format), over
this folder's origins.yml.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from acceptance.corpus_holdout2.assemble import main

if __name__ == "__main__":
    sys.exit(main(folder=Path(__file__).resolve().parent))
