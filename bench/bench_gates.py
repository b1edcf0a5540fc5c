"""Benchmark: the text gates alone, each against the ungated way, on the acceptance texts.

    python bench/bench_gates.py [--runs 5]

Every distinct line of ``tests/acceptance/texts/docs`` (folded, as the codebook sees it)
through the codebook's match patterns (``_MatchGate.found`` against each indicator's
``found``), ``plain`` and ``fold`` (unremembered) against their ungated forms; the two sides
alternate in one process, ``--runs`` times, and the median CPU time (``process_time``) of
each is printed with its spread. The answers of both sides are compared first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

TEXTS = Path(__file__).resolve().parent.parent / "tests" / "acceptance" / "texts" / "docs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from genero_etl.extract import textutil
    from genero_etl.normalize.codebook import _MatchGate, load_codebook

    raw = [
        line
        for path in sorted(TEXTS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    lines = list(dict.fromkeys(textutil.plain(line) for line in raw))
    codebook = load_codebook()
    indicators = list(codebook.indicators.values())
    gate = _MatchGate(indicators)
    negation = codebook.negation

    def each_indicator() -> list[frozenset[str]]:
        return [frozenset(i.id for i in indicators if i.found(t, negation)) for t in lines]

    def gated() -> list[frozenset[str]]:
        return [gate.found(t, negation) for t in lines]

    def fold_each(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text.lower())
        kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return " ".join(kept.split())

    def plain_each(text: str) -> str:
        folded = fold_each(text)
        for pattern, repl, _needs in textutil._INCLUSIVE:
            folded = pattern.sub(repl, folded)
        return folded

    fold = textutil.fold.__wrapped__
    plain = textutil.plain.__wrapped__
    pairs: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("codebook match patterns", each_indicator, gated),
        ("plain", lambda: [plain_each(t) for t in raw], lambda: [plain(t) for t in raw]),
        ("fold", lambda: [fold_each(t) for t in raw], lambda: [fold(t) for t in raw]),
    ]
    print(
        f"{len(lines):,} distinct folded lines, {len(raw):,} lines; {args.runs} alternating "
        f"runs; load average {os.getloadavg()[0]:.1f}"
    )
    for name, before, after in pairs:
        assert before() == after(), name
        times: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(args.runs):
            for side, run in (("before", before), ("after", after)):
                start = time.process_time()
                run()
                times[side].append(time.process_time() - start)
        b, a = statistics.median(times["before"]), statistics.median(times["after"])
        print(
            f"  {name}: ungated {b * 1000:.0f} ms ({min(times['before']) * 1000:.0f}-"
            f"{max(times['before']) * 1000:.0f}), gated {a * 1000:.0f} ms "
            f"({min(times['after']) * 1000:.0f}-{max(times['after']) * 1000:.0f}): {a / b:.2f}"
        )
    print(f"  load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
