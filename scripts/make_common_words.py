"""Write ``src/genero_etl/data/common_words_es.txt``: the most frequent Spanish words.

Why a script: a place name that is also an everyday word ("Central", "Valle", "Meta",
"Colonia") says nothing about a text's country. The check needs only the few thousand most
frequent words, so they are taken once from ``wordfreq`` and shipped as a small text file
instead of loading its whole frequency table in every run.

Run from the repository root::

    .venv/bin/python scripts/make_common_words.py
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "genero_etl" / "data" / "common_words_es.txt"
ZIPF = 4.3  # about 20 occurrences per million words


def main() -> int:
    from wordfreq import get_frequency_dict, zipf_frequency

    words = sorted(
        w
        for w in get_frequency_dict("es")
        if w.isalpha() and len(w) >= 3 and zipf_frequency(w, "es") >= ZIPF
    )
    header = (
        f"# Spanish words with wordfreq zipf >= {ZIPF}; written by scripts/make_common_words.py\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
