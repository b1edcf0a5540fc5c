"""Calibration of text observations' confidence on the corpus of real reports in ``texts/``.

    python tests/acceptance/calibrate_texts.py          # the calibration table, dev and held-out parts
    python tests/acceptance/calibrate_texts.py --fit    # refit on dev, write the weights, print
    python tests/acceptance/calibrate_texts.py --values-only  # right = a true value, whatever its indicator

An observation is right when the gold of its document has the same value on the same line
(the matching of ``run_acceptance.score_seed``) and carries the gold's indicator where the gold
names one: a true number that says what it counts, what the review gate's threshold is about.
``--values-only`` asks only for a true number. ``--fit`` fits a logistic model of "right"
on the features of :func:`genero_etl.normalize.observations.confidence_features`, on the
``dev`` part only (L2-penalised, so that a rare feature cannot swing it), and writes it to
``schemas/lexicon/confidence.yaml``. The held-out parts (``holdout`` to ``holdout4``) are
shown as a check, never fitted.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from acceptance.run_acceptance import _line
from acceptance.run_texts import TEXTS, load_split
from genero_etl.normalize.observations import (
    CONFIDENCE_FILE,
    confidence_features,
    confidence_weights,
)
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.resources import default_schemas_dir

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
Sample = tuple[list[str], bool, float]  # features, right, confidence given


def samples(part: str, strict: bool = False) -> Iterator[Sample]:
    parts = load_split(TEXTS)
    for gold_file in sorted((TEXTS / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        name = str(gold["seed"])
        if parts.get(name) != part:
            continue
        doc = TEXTS / "docs" / name
        staged = extract_document(doc, doc.name, IngestOptions())
        remaining: dict[tuple[int, float], list[str | None]] = {}
        for g in gold.get("values") or []:
            remaining.setdefault((int(g["line"]), float(g["value"])), []).append(g.get("indicator"))
        for o in staged.observation_list():
            key = (_line(o.source_locator) or -1, float(o.value if o.value is not None else "nan"))
            bucket = remaining.get(key)
            indicator = bucket.pop(0) if bucket else "-"
            # right: a true value; ``strict``: one that also says what it counts (when the
            # gold names it)
            right = indicator != "-" and (not strict or indicator in {None, o.indicator_id})
            yield confidence_features(o), right, o.confidence


def table(rows: list[Sample]) -> list[str]:
    out = [f"{'confidence':>12} {'n':>5} {'mean conf':>9} {'right':>6}"]
    for low, high in pairwise(BINS):
        chosen = [(r, c) for _, r, c in rows if low <= c < high]
        if not chosen:
            out.append(f"{low:5.2f}-{min(high, 1):<6.2f} {0:5}")
            continue
        mean = sum(c for _, c in chosen) / len(chosen)
        right = sum(1 for r, _ in chosen if r) / len(chosen)
        out.append(f"{low:5.2f}-{min(high, 1):<6.2f} {len(chosen):5} {mean:9.3f} {right:6.3f}")
    total = sum(1 for _, r, _ in rows if r) / len(rows) if rows else 0.0
    brier = sum((c - r) ** 2 for _, r, c in rows) / len(rows) if rows else 0.0
    out.append(f"{'all':>12} {len(rows):5} {'':9} {total:6.3f}   Brier {brier:.4f}")
    return out


def fit(
    rows: list[Sample], penalty: float = 5.0, steps: int = 3000
) -> tuple[float, dict[str, float]]:
    """Logistic regression by gradient descent; the prior is not penalised."""
    names = sorted({f for feats, _, _ in rows for f in feats})
    prior, weights = 0.0, dict.fromkeys(names, 0.0)
    rate = 0.5
    n = len(rows)
    for _ in range(steps):
        grad_prior, grad = 0.0, dict.fromkeys(names, 0.0)
        for feats, right, _ in rows:
            z = prior + sum(weights[f] for f in feats)
            error = 1.0 / (1.0 + math.exp(-z)) - (1.0 if right else 0.0)
            grad_prior += error
            for f in feats:
                grad[f] += error
        prior -= rate * grad_prior / n
        for f in names:
            weights[f] -= rate * (grad[f] + penalty * weights[f]) / n
    return round(prior, 3), {f: round(w, 3) for f, w in weights.items() if abs(w) >= 0.005}


def write(prior: float, weights: dict[str, float], count: int) -> Path:
    path = default_schemas_dir() / "lexicon" / CONFIDENCE_FILE
    header = (
        "# Confidence of a text observation: 1 / (1 + exp(-(prior + sum of its features' weights))).\n"
        "# The share of such observations that were true values with the right indicator, fitted\n"
        "# by tests/acceptance/calibrate_texts.py --fit on the dev part of\n"
        f"# tests/acceptance/texts ({count} observations); features: normalize/observations.py\n"
        "# confidence_features. A feature not listed weighs 0.\n"
    )
    body = yaml.safe_dump({"prior": prior, "weights": weights}, sort_keys=True, allow_unicode=True)
    path.write_text(header + body, encoding="utf-8")
    confidence_weights.cache_clear()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fit", action="store_true", help="refit the weights on dev and write them"
    )
    parser.add_argument(
        "--values-only", action="store_true", help="right = a true value, whatever its indicator"
    )
    args = parser.parse_args()
    strict = not args.values_only
    dev = list(samples("dev", strict))
    if args.fit:
        prior, weights = fit(dev)
        print(f"wrote {write(prior, weights, len(dev))}")
        dev = list(samples("dev", strict))
    parts = [("dev", dev)] + [
        (f"{name} (check only)", list(samples(name, strict)))
        for name in ("holdout", "holdout2", "holdout3", "holdout4")
    ]
    for part, rows in parts:
        print(f"\n{part}")
        print("\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
