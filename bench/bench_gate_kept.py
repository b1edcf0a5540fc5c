"""Which gate pieces of a version's cut-points memo publishing again keeps, by two rules.

    python bench/bench_gate_kept.py OLD_VERSION NEW_VERSION MEMO

``OLD_VERSION`` and ``NEW_VERSION`` are two published version folders (the observations CSV
in pieces), ``MEMO`` the old version's ``.genero-etl/cache/gate/cuts-observations.memo``. A
gate piece is kept by CSV pieces when it lies inside the old CSV pieces whose sha256 the new
version declares too; by the bytes copied, when it holds none of the bytes that differ (found
by comparing the changed CSV pieces position by position: an overestimate when their sizes
moved). Prints the pieces each rule leaves to validate again, their MiB and rows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_national import table_read


def _pieces(version: Path) -> list[tuple[int, str]]:
    package = json.loads((version / "datapackage.json").read_text(encoding="utf-8"))
    found = {
        r["path"]: (int(r["bytes"]), str(r["hash"])[7:])
        for r in package["resources"]
        if str(r["path"]).startswith("data/observations-csv/")
    }
    return [found[k] for k in sorted(found, key=lambda r: (len(r), r))]


def _spans(header_end: int, pieces: list[tuple[int, str]]) -> list[tuple[int, int]]:
    out, at = [], header_end
    for size, _ in pieces:
        out.append((at, at + size - header_end))
        at += size - header_end
    return out


def main() -> int:
    old, new, memo_path = (Path(a) for a in sys.argv[1:4])
    memo: dict[str, Any] = json.loads(memo_path.read_text(encoding="utf-8"))
    old_pieces, new_pieces = _pieces(old), _pieces(new)
    if [list(p) for p in old_pieces] != [list(p) for p in memo["csv_pieces"]]:
        print("the memo is not the old version's")
        return 1
    spans = _spans(int(memo["header_end"]), old_pieces)
    changed = [i for i, (a, b) in enumerate(zip(old_pieces, new_pieces, strict=False)) if a != b]
    first = last = -1
    for i in changed:  # each version's CSV read whole or from its pieces (``table_read``)
        start, end = spans[i]
        a, b = table_read(old, start, end - start), table_read(new, start, end - start)
        differ = [k for k in range(min(len(a), len(b))) if a[k] != b[k]]
        if differ:
            first = start + differ[0] if first < 0 else first
            last = start + differ[-1] + 1
    print(f"CSV pieces: {len(old_pieces)} -> {len(new_pieces)}, changed {changed}")
    print(f"bytes that differ: {first:,} to {last:,}")
    gate = memo["pieces"]
    bad = [spans[i] for i in changed]
    rules = {
        "by CSV pieces": [
            k for k, p in enumerate(gate) if any(p[0] < e and s < p[1] for s, e in bad)
        ],
        "by the bytes copied": [k for k, p in enumerate(gate) if p[0] < last and first < p[1]],
    }
    print(f"gate pieces: {len(gate)}")
    for name, left in rules.items():
        sizes = [f"{(gate[k][1] - gate[k][0]) / 2**20:.1f} MiB, {gate[k][3]:,} rows" for k in left]
        print(f"validated again {name}: {left} ({'; '.join(sizes)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
