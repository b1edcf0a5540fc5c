"""Acceptance run: precision and recall of extraction against hand-made gold files.

    python tests/acceptance/run_acceptance.py --seeds ../shared/seeds --gold tests/acceptance/gold

For every seed with a gold file, the pipeline runs as a user would (``extract_file``),
and each extracted value is matched to a gold value on the same line with the same
number. Precision = matched / extracted, recall = matched / gold; a "trap" (a year, a
phone, an ordinance number...) extracted as a value fails the run outright. The gold
files were written by reading the seeds, not by copying the tool's output.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from genero_etl.model import Observation
from genero_etl.pipeline import IngestOptions, extract_document


def _line(locator: str) -> int | None:
    return int(locator.split(":")[1]) if locator.startswith("line:") else None


@dataclass
class SeedScore:
    seed: str
    gold: int
    extracted: int
    matched: int
    indicator_ok: int
    traps_hit: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_indicator: list[str] = field(default_factory=list)
    field_errors: list[str] = field(default_factory=list)
    warnings_missing: list[str] = field(default_factory=list)


def score_seed(seed_path: Path, gold: dict[str, Any]) -> SeedScore:
    staged = extract_document(seed_path, seed_path.name, IngestOptions())
    observations = staged.observation_list()
    gold_values = list(gold.get("values") or [])
    remaining: dict[tuple[int, float], list[dict[str, Any]]] = {}
    for g in gold_values:
        remaining.setdefault((int(g["line"]), float(g["value"])), []).append(g)
    score = SeedScore(seed_path.name, len(gold_values), len(observations), 0, 0)
    matched_obs: list[tuple[Observation, dict[str, Any]]] = []
    for o in observations:
        key = (_line(o.source_locator) or -1, float(o.value if o.value is not None else "nan"))
        bucket = remaining.get(key)
        if bucket:
            g = bucket.pop(0)
            score.matched += 1
            matched_obs.append((o, g))
        else:
            score.spurious.append(f"{o.source_locator} {o.value_raw} ({o.indicator_id})")
    for bucket in remaining.values():
        for g in bucket:
            score.missing.append(f"line:{g['line']} {g['value']} ({g.get('indicator')})")
    for o, g in matched_obs:
        if g.get("indicator") == o.indicator_id:
            score.indicator_ok += 1
        else:
            score.wrong_indicator.append(
                f"{o.source_locator} {o.value_raw}: {o.indicator_id} != {g.get('indicator')}"
            )
        place = {**(gold.get("place") or {})}
        expected = {
            "unit": g.get("unit"),
            "value_kind": g.get("kind"),
            "approximate": g.get("approximate"),
            "country": place.get("country"),
            "admin1": g.get("admin1", place.get("admin1")),
            "municipality_code": g.get("municipality_code", place.get("municipality_code")),
            "period_start": g.get("period_start", (gold.get("period") or {}).get("start")),
            "period_end": g.get("period_end", (gold.get("period") or {}).get("end")),
        }
        for name, want in expected.items():
            if want is not None and getattr(o, name) != want:
                score.field_errors.append(
                    f"{o.source_locator} {o.value_raw}: {name}={getattr(o, name)!r}, expected {want!r}"
                )
        if g.get("part_of") is not None:
            parent = next(
                (p for p in observations if p.observation_id == o.parent_observation_id), None
            )
            if parent is None or parent.value != float(g["part_of"]):
                score.field_errors.append(
                    f"{o.source_locator} {o.value_raw}: not linked to its total {g['part_of']}"
                )
    for trap in gold.get("traps") or []:
        for o in observations:
            if _line(o.source_locator) == int(trap["line"]) and o.value == float(trap["value"]):
                score.traps_hit.append(f"line:{trap['line']} {trap['value']}")
    codes = Counter((i.code, i.source_locator) for i in staged.issues)
    for w in gold.get("warnings") or []:
        if codes[(w["code"], f"line:{w['line']}")] == 0 and not any(
            c == w["code"] for c, _ in codes
        ):
            score.warnings_missing.append(f"{w['code']} line:{w['line']}")
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, required=True)
    parser.add_argument("--gold", type=Path, default=Path(__file__).parent / "gold")
    parser.add_argument("--min-precision", type=float, default=0.95)
    parser.add_argument("--min-recall", type=float, default=0.95)
    parser.add_argument("--json", type=Path, help="also write the scores here")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"seeds folder not found: {args.seeds}", file=sys.stderr)
        return 2
    scores: list[SeedScore] = []
    for gold_file in sorted(args.gold.glob("*.yaml")):
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        seed = args.seeds / gold["seed"]
        if not seed.is_file():
            print(f"seed missing for {gold_file.name}: {seed}", file=sys.stderr)
            return 2
        scores.append(score_seed(seed, gold))
    total_gold = sum(s.gold for s in scores)
    total_extracted = sum(s.extracted for s in scores)
    total_matched = sum(s.matched for s in scores)
    total_indicator = sum(s.indicator_ok for s in scores)
    precision = total_matched / total_extracted if total_extracted else 1.0
    recall = total_matched / total_gold if total_gold else 1.0
    traps = [t for s in scores for t in s.traps_hit]
    print(
        f"{'seed':28} {'gold':>5} {'found':>5} {'match':>5} {'P':>6} {'R':>6} {'ind.ok':>6} traps"
    )
    for s in scores:
        p = s.matched / s.extracted if s.extracted else 1.0
        r = s.matched / s.gold if s.gold else 1.0
        print(
            f"{s.seed:28} {s.gold:5} {s.extracted:5} {s.matched:5} {p:6.3f} {r:6.3f} {s.indicator_ok:6} {len(s.traps_hit)}"
        )
        for label, items in (
            ("missing", s.missing),
            ("spurious", s.spurious),
            ("trap", s.traps_hit),
            ("indicator", s.wrong_indicator),
            ("field", s.field_errors),
            ("warning not raised", s.warnings_missing),
        ):
            for item in items:
                print(f"    {label}: {item}")
    field_errors = sum(len(s.field_errors) for s in scores)
    warnings_missing = sum(len(s.warnings_missing) for s in scores)
    indicator_acc = total_indicator / total_matched if total_matched else 1.0
    print(
        f"TOTAL gold={total_gold} extracted={total_extracted} matched={total_matched} "
        f"precision={precision:.3f} recall={recall:.3f} indicator_accuracy={indicator_acc:.3f} "
        f"traps={len(traps)} field_errors={field_errors} warnings_missing={warnings_missing}"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "precision": precision,
                    "recall": recall,
                    "indicator_accuracy": indicator_acc,
                    "traps": len(traps),
                    "seeds": [s.__dict__ for s in scores],
                },
                indent=2,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    ok = precision >= args.min_precision and recall >= args.min_recall and not traps
    checks = [precision >= args.min_precision, recall >= args.min_recall, not traps]
    print(f"acceptance: {sum(checks)} passed, {len(checks) - sum(checks)} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
