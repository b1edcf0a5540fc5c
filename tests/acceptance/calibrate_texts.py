"""Calibration of text observations' confidence on the corpus of real reports in ``texts/``.

    python tests/acceptance/calibrate_texts.py          # the calibration tables, dev and held-out parts
    python tests/acceptance/calibrate_texts.py --fit    # refit on the dev parts, write the weights, print
    python tests/acceptance/calibrate_texts.py --cv     # choose the penalty: log-loss, one dev part left out
    python tests/acceptance/calibrate_texts.py --strict # right = a true value with the gold's indicator
    python tests/acceptance/calibrate_texts.py --cv --context   # the same, without and with ctx: classes
    python tests/acceptance/calibrate_texts.py --select --penalty 1  # ctx: classes by forward selection
    python tests/acceptance/calibrate_texts.py --compare --penalty 1 [--classes ...]  # held-out look
    python tests/acceptance/calibrate_texts.py --untuned-cv  # which rows to fit on: left out, scored on first runs

An observation is right when the gold of its document has the same value on the same line
(the matching of ``run_acceptance.score_seed``): a true number, what the publish gate's
threshold keeps from the portal until reviewed and what ``run_texts.py`` counts in its
published precision. Whether it also names the right indicator is measured apart (``ind.ok``
there); ``--strict`` asks for it as well. ``--fit`` fits a logistic model of "right" on the
features of :func:`genero_etl.normalize.observations.confidence_features` (L2-penalised, so that
a rare feature cannot swing it alone; ``--penalty``, chosen with ``--cv``) and writes it to
``schemas/lexicon/confidence.yaml``. It fits on the development parts only, on their first,
untuned runs (``first_runs.py``): today's extraction was tuned on those documents and is right on
98 % of them, so only the first runs show the errors a document no rule was tuned on brings
(``--untuned-cv`` compares that fit with one on today's extraction and the first runs together,
each scored on a left-out part's first run).
The held-out parts (every part not in ``run_texts.TUNABLE``) are shown as a check, never fitted.

``--context`` adds the classes of each number's context (``normalize/context.py``, ``ctx:``
features, kept when seen on at least ``MIN_CONTEXT`` development observations); ``--select``
chooses among them by left-out log-loss; ``--compare`` is the held-out look of the texts README's
protocol (the weights in ``confidence.yaml`` against a context fit: calibration, Brier, AUC,
published precision and recall by threshold). ``--fit --context`` would write ``context: true``;
as shipped the context is off (tried and not adopted).
"""

from __future__ import annotations

import argparse
import math
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from acceptance.first_runs import FIRST_RUNS
from acceptance.first_runs import load as load_first_run
from acceptance.run_acceptance import _line
from acceptance.run_texts import SPLITS, TEXTS, TUNABLE, _without_source_line, load_split
from genero_etl.normalize.codebook import UNCLASSIFIED
from genero_etl.normalize.observations import (
    CONFIDENCE_FILE,
    confidence_features,
    confidence_of,
    confidence_weights,
    features_of,
    reload_confidence_model,
)
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.resources import default_schemas_dir

BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)
PENALTIES = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0)  # the grid ``--cv`` compares
PENALTY = 0.5  # the one it chose (lowest log-loss with one development part left out)
CONTEXT_PENALTIES = (0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0)  # ``--cv --context``
MIN_CONTEXT = 10  # development observations a ``ctx:`` class must be seen on to be a feature
SELECTION_GAIN = 0.0002  # ``--select``: the least fall of left-out log-loss a class must bring
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
HELD_OUT = tuple(part for part in SPLITS if part not in TUNABLE)  # every held-out part
Sample = tuple[list[str], bool, float]  # features, right, confidence given


def _golds(part: str) -> Iterator[tuple[str, dict[tuple[int, float], list[str | None]]]]:
    """(document, its gold values by line and value) for each document of ``part``."""
    parts = load_split(TEXTS)
    for gold_file in sorted((TEXTS / "gold").glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        name = str(gold["seed"])
        if parts.get(name) != part:
            continue
        remaining: dict[tuple[int, float], list[str | None]] = {}
        for g in gold.get("values") or []:
            remaining.setdefault((int(g["line"]), float(g["value"])), []).append(g.get("indicator"))
        yield name, remaining


def _right(
    remaining: dict[tuple[int, float], list[str | None]],
    locator: str,
    value: float | None,
    indicator_id: str,
    strict: bool,
) -> bool:
    key = (_line(locator) or -1, float(value if value is not None else "nan"))
    bucket = remaining.get(key)
    indicator = bucket.pop(0) if bucket else "-"
    # right: a true value; ``strict``: one that also says what it counts (when the gold names it)
    return indicator != "-" and (not strict or indicator in {None, indicator_id})


def samples(part: str, strict: bool = False, context: bool = False) -> Iterator[Sample]:
    """The observations of ``part`` as extracted today, each with its features (with
    ``context``, the ``ctx:`` ones too) and whether it was right; the document is read as
    ``run_texts.py`` reads it (source line blanked)."""
    for name, remaining in _golds(part):
        doc = _without_source_line(TEXTS / "docs" / name)
        staged = extract_document(doc, doc.name, IngestOptions())
        for o in staged.observation_list():
            right = _right(remaining, o.source_locator, o.value, o.indicator_id, strict)
            yield confidence_features(o, context=context), right, o.confidence


def first_run_samples(part: str, strict: bool = False, context: bool = False) -> Iterator[Sample]:
    """The observations of ``part``'s first, untuned run (``first_runs.py``), with today's
    features of what that code found."""
    rows = load_first_run(part)
    golds = dict(_golds(part))
    for row in rows:
        o: dict[str, Any] = dict(row)
        flags = set(o["quality_flags"])
        if o["indicator_id"] == UNCLASSIFIED:
            flags.add("unclassified")
        features = features_of(
            method=o["extraction_method"],
            flags=flags,
            label=o["indicator_label"],
            raw=o["value_raw"],
            unit=o["unit"],
            kind=o["value_kind"],
            approximate=o["approximate"],
            lower_bound=o["lower_bound"],
            part=bool(o["parent_observation_id"]),
            value=o["value"],
            breakdown=o["breakdown_value"],
            text=o["source_text"],
            context=context,
        )
        right = _right(golds[o["doc"]], o["source_locator"], o["value"], o["indicator_id"], strict)
        yield features, right, confidence_of(features)  # as today's weights give it


def gold_count(part: str) -> int:
    """The gold values of ``part`` (what published recall is a share of)."""
    return sum(len(values) for _, remaining in _golds(part) for values in remaining.values())


def development(strict: bool, context: bool = False) -> dict[str, list[Sample]]:
    """What the weights are fitted on, by development part: the first, untuned runs only. A
    user's documents are ones no rule was tuned on; today's extraction of the development parts
    was tuned on them (right on 98 %), and fitted with them the weights said 0.961 where 0.908
    were right on a left-out part's first run, against 0.934 and 0.934 on the first runs alone
    (``--untuned-cv``)."""
    return {part: list(first_run_samples(part, strict, context)) for part in FIRST_RUNS}


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


def supported(rows: list[Sample], least: int = MIN_CONTEXT) -> list[Sample]:
    """``rows`` without the ``ctx:`` features seen on fewer than ``least`` of them: a class
    of context is evidence only once it is common."""
    seen = Counter(f for feats, _, _ in rows for f in feats if f.startswith("ctx:"))
    keep = {f for f, n in seen.items() if n >= least}
    return [
        ([f for f in feats if not f.startswith("ctx:") or f in keep], r, c) for feats, r, c in rows
    ]


def without_context(rows: list[Sample]) -> list[Sample]:
    return [([f for f in feats if not f.startswith("ctx:")], r, c) for feats, r, c in rows]


def fit(
    rows: list[Sample], penalty: float = PENALTY, steps: int = 3000
) -> tuple[float, dict[str, float]]:
    """Logistic regression by gradient descent; the prior is not penalised."""
    names = sorted({f for feats, _, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (feats, _, _) in enumerate(rows):
        for f in feats:
            x[i, index[f]] += 1.0
    y = np.array([1.0 if right else 0.0 for _, right, _ in rows])
    prior, weights = 0.0, np.zeros(len(names))
    rate, n = 0.5, len(rows)
    for _ in range(steps):
        error = 1.0 / (1.0 + np.exp(-(prior + x @ weights))) - y
        prior -= rate * float(error.sum()) / n
        weights -= rate * (x.T @ error + penalty * weights) / n
    rounded = {f: round(float(w), 3) for f, w in zip(names, weights, strict=True)}
    return round(prior, 3), {f: w for f, w in rounded.items() if abs(w) >= 0.005}


def probability(prior: float, weights: dict[str, float], feats: list[str]) -> float:
    p = 1.0 / (1.0 + math.exp(-(prior + sum(weights.get(f, 0.0) for f in feats))))
    return min(0.99, max(0.05, p))  # as confidence_of bounds it


def log_loss(prior: float, weights: dict[str, float], rows: list[Sample]) -> float:
    total = 0.0
    for feats, right, _ in rows:
        p = probability(prior, weights, feats)
        total -= math.log(p if right else 1.0 - p)
    return total / len(rows) if rows else 0.0


def auc(scored: list[tuple[float, bool]]) -> float:
    """The chance that a right value scores above a wrong one (ties count half)."""
    right = sorted(s for s, r in scored if r)
    wrong = sorted(s for s, r in scored if not r)
    if not right or not wrong:
        return float("nan")
    above = 0.0
    for s in right:
        above += bisect_left(wrong, s) + 0.5 * (bisect_right(wrong, s) - bisect_left(wrong, s))
    return above / (len(right) * len(wrong))


def cross_validate(
    by_part: dict[str, list[Sample]], penalties: tuple[float, ...] = PENALTIES
) -> list[str]:
    """Mean log-loss and pooled AUC of each penalty on a development part the fit left out,
    part by part; ``ctx:`` classes kept as :func:`supported` keeps them on the other parts."""
    out = []
    for penalty in penalties:
        total, count, scored = 0.0, 0, []
        for part, rows in by_part.items():
            train = supported([r for p, rs in by_part.items() if p != part for r in rs])
            prior, weights = fit(train, penalty)
            total += log_loss(prior, weights, rows) * len(rows)
            count += len(rows)
            scored += [(probability(prior, weights, f), r) for f, r, _ in rows]
        out.append(f"penalty {penalty:5}: log-loss {total / count:.4f}  AUC {auc(scored):.3f}")
    return out


def untuned_cv(strict: bool, penalty: float = PENALTY) -> list[str]:
    """Which fit serves documents no rule was tuned on: for each development part with a first
    run, the weights fitted without that part on (a) today's extraction and the first runs, as
    ``--fit`` does, and (b) the first runs only, each scored on that part's first run (left-out
    log-loss, AUC, and the mean confidence against the share right above 0.9)."""
    today = {part: list(samples(part, strict)) for part in TUNABLE}
    first = {part: list(first_run_samples(part, strict)) for part in FIRST_RUNS}
    out = []
    for name, with_today in (
        ("today's extraction and first runs", True),
        ("first runs only", False),
    ):
        total, count, scored = 0.0, 0, []
        for part, rows in first.items():
            train = [r for p, rs in first.items() if p != part for r in rs]
            if with_today:
                train += [r for p, rs in today.items() if p != part for r in rs]
            prior, weights = fit(train, penalty)
            total += log_loss(prior, weights, rows) * len(rows)
            count += len(rows)
            scored += [(probability(prior, weights, f), r) for f, r, _ in rows]
        high = [(c, r) for c, r in scored if c >= 0.9]
        said = sum(c for c, _ in high) / len(high) if high else float("nan")
        share = sum(r for _, r in high) / len(high) if high else float("nan")
        out.append(
            f"{name}: left-out log-loss {total / count:.4f}  AUC {auc(scored):.3f}  "
            f">= 0.9: {len(high)} values, said {said:.3f}, right {share:.3f}"
        )
    return out


def restricted(by_part: dict[str, list[Sample]], keep: set[str]) -> dict[str, list[Sample]]:
    """``by_part`` with only the ``ctx:`` classes in ``keep``."""
    return {
        part: [
            ([f for f in fs if not f.startswith("ctx:") or f in keep], r, c) for fs, r, c in rows
        ]
        for part, rows in by_part.items()
    }


def left_out_log_loss(by_part: dict[str, list[Sample]], penalty: float) -> float:
    """Mean log-loss on each development part when the fit leaves it out."""
    total, count = 0.0, 0
    for part, rows in by_part.items():
        prior, weights = fit(
            supported([r for p, rs in by_part.items() if p != part for r in rs]), penalty
        )
        total += log_loss(prior, weights, rows) * len(rows)
        count += len(rows)
    return total / count


def select_context(
    by_part: dict[str, list[Sample]], penalty: float, gain: float = SELECTION_GAIN
) -> tuple[list[str], list[str]]:
    """Greedy forward selection of ``ctx:`` classes by left-out log-loss: each step adds the
    class that lowers it most, while it lowers it by at least ``gain``. The classes chosen and
    a line per step."""
    seen = Counter(
        f for rows in by_part.values() for fs, _, _ in rows for f in fs if f.startswith("ctx:")
    )
    candidates = sorted(f for f, n in seen.items() if n >= MIN_CONTEXT)
    chosen: list[str] = []
    best = left_out_log_loss(restricted(by_part, set()), penalty)
    log = [f"no context: {best:.4f}"]
    while candidates:
        scores = {
            f: left_out_log_loss(restricted(by_part, {*chosen, f}), penalty) for f in candidates
        }
        pick = min(scores, key=lambda f: scores[f])
        if best - scores[pick] < gain:
            log.append(f"best next {pick}: {scores[pick]:.4f}, stop")
            break
        chosen.append(pick)
        candidates.remove(pick)
        best = scores[pick]
        log.append(f"+ {pick}: {best:.4f}")
    return chosen, log


def write(
    prior: float,
    weights: dict[str, float],
    count: int,
    strict: bool,
    penalty: float = PENALTY,
    context: bool = False,
) -> Path:
    path = default_schemas_dir() / "lexicon" / CONFIDENCE_FILE
    right = "true values with the right indicator" if strict else "true values"
    header = (
        "# Confidence of a text observation: 1 / (1 + exp(-(prior + sum of its features' weights))).\n"
        f"# The share of such observations that were {right}, fitted by\n"
        "# tests/acceptance/calibrate_texts.py --fit on the development parts of tests/acceptance/texts\n"
        f"# (the first, untuned runs of {', '.join(FIRST_RUNS)}: {count} observations, L2 penalty\n"
        f"# {penalty}); features: normalize/observations.py confidence_features. A feature not listed\n"
        "# weighs 0. context: whether the classes of the number's context (normalize/context.py,\n"
        "# features ctx:...) are read.\n"
    )
    body = yaml.safe_dump(
        {"context": context, "prior": prior, "weights": weights}, sort_keys=True, allow_unicode=True
    )
    path.write_text(header + body, encoding="utf-8")
    reload_confidence_model()
    return path


def published(
    rows: list[tuple[float, bool]], gold: int, threshold: float
) -> tuple[int, float, float]:
    """What the publish gate lets through at ``threshold``: count, precision, recall."""
    kept = [r for c, r in rows if c >= threshold]
    right = sum(1 for r in kept if r)
    return len(kept), right / len(kept) if kept else 1.0, right / gold if gold else 1.0


def compare(
    held: list[Sample], gold: int, models: dict[str, tuple[float, dict[str, float]]]
) -> list[str]:
    """The held-out look: each model's calibration table, Brier, AUC and what it publishes."""
    out = []
    for name, model in models.items():
        scored = [(confidence_of(feats, model), right) for feats, right, _ in held]
        out += ["", f"{name}: prior {model[0]}, {len(model[1])} weights"]
        out += table([([], r, c) for c, r in scored])
        out.append(f"AUC {auc(scored):.3f}")
        for threshold in THRESHOLDS:
            n, precision, recall = published(scored, gold, threshold)
            out.append(f"published at {threshold:.2f}: {n:4}  P {precision:.3f}  R {recall:.3f}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fit", action="store_true", help="refit the weights on the dev parts and write them"
    )
    parser.add_argument(
        "--cv", action="store_true", help="log-loss of each penalty, one dev part left out"
    )
    parser.add_argument(
        "--strict", action="store_true", help="right = a true value with the gold's indicator"
    )
    parser.add_argument(
        "--context", action="store_true", help="with the classes of each number's context (ctx:)"
    )
    parser.add_argument("--penalty", type=float, default=PENALTY, help="L2 penalty of --fit")
    parser.add_argument(
        "--compare",
        action="store_true",
        help="held-out look: the weights in confidence.yaml against a --context fit at --penalty",
    )
    parser.add_argument(
        "--select",
        action="store_true",
        help="choose ctx: classes by forward selection on left-out log-loss (dev parts only)",
    )
    parser.add_argument(
        "--classes", default="", help="comma-separated ctx: classes to keep (all when empty)"
    )
    parser.add_argument(
        "--untuned-cv",
        action="store_true",
        help="left out part by part, scored on first runs: --fit's rows against first runs only",
    )
    args = parser.parse_args()
    if args.untuned_cv:
        print("\n".join(untuned_cv(args.strict, args.penalty)))
        return 0
    strict, context = args.strict, args.context or args.compare or args.select
    by_part = development(strict, context)
    if args.classes:
        by_part = restricted(by_part, set(args.classes.split(",")))
    if args.select:
        chosen, log = select_context(by_part, args.penalty)
        print("\n".join(log))
        print(f"--classes {','.join(chosen)}")
        return 0
    if args.cv:
        if context:
            print("without context")
            print(
                "\n".join(
                    cross_validate(
                        {p: without_context(r) for p, r in by_part.items()}, CONTEXT_PENALTIES
                    )
                )
            )
            print(f"with context (ctx: classes seen on >= {MIN_CONTEXT} observations)")
            print("\n".join(cross_validate(by_part, CONTEXT_PENALTIES)))
        else:
            print("\n".join(cross_validate(by_part)))
        return 0
    development_rows = supported([r for rows in by_part.values() for r in rows])
    if args.compare:
        held = [r for part in HELD_OUT for r in samples(part, strict, context=True)]
        gold = sum(gold_count(part) for part in HELD_OUT)
        models = {
            "confidence.yaml": confidence_weights(),
            f"with context, penalty {args.penalty}": fit(development_rows, args.penalty),
        }
        print(f"held-out parts: {len(held)} values, {gold} gold values")
        print("\n".join(compare(held, gold, models)))
        return 0
    if args.fit:
        prior, weights = fit(development_rows, args.penalty)
        count = sum(len(rows) for rows in by_part.values())
        path = write(prior, weights, count, strict, args.penalty, context)
        print(f"wrote {path}")
    dev = [r for part in TUNABLE for r in samples(part, strict)]
    first = [r for part in FIRST_RUNS for r in first_run_samples(part, strict)]
    parts = [
        ("development parts, today's extraction", dev),
        (f"first runs of {', '.join(FIRST_RUNS)} (confidence as today's weights give it)", first),
    ]
    parts += [(f"{name} (check only)", list(samples(name, strict))) for name in HELD_OUT]
    held = [r for _, rows in parts[2:] for r in rows]
    parts.append(("held-out parts together (check only)", held))
    for part, rows in parts:
        print(f"\n{part}")
        print("\n".join(table(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
