"""What a careful reader checks: parts against totals, percentages against their numbers,
activity numbers used twice, the same value reported twice."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from genero_etl.extract.textutil import plain
from genero_etl.messages import issue
from genero_etl.model import Issue, Observation, Severity


def _fmt(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if value == int(value) else f"{value:g}"


def _flag(obs: Observation, flag: str) -> None:
    if flag not in obs.quality_flags:
        obs.quality_flags.append(flag)


def check_parts(observations: Sequence[Observation]) -> list[Issue]:
    """Parts given in parentheses must add up to the total they follow."""
    by_id = {o.observation_id: o for o in observations}
    parts: dict[str, list[Observation]] = defaultdict(list)
    for o in observations:
        if o.parent_observation_id:
            parts[o.parent_observation_id].append(o)
    issues: list[Issue] = []
    for parent_id, children in parts.items():
        total = by_id.get(parent_id)
        if total is None or total.value is None or len(children) < 2:
            continue
        if any(c.value is None for c in children):
            continue
        summed = sum(c.value for c in children if c.value is not None)
        if abs(summed - total.value) > 1e-9 and not total.approximate:
            for o in (total, *children):
                _flag(o, "parts_mismatch")
            issues.append(
                issue(
                    "parts-mismatch",
                    Severity.WARNING,
                    source_file=total.source_file,
                    source_locator=total.source_locator,
                    observation_ids=(total.observation_id, *(c.observation_id for c in children)),
                    parts=" + ".join(_fmt(c.value) for c in children),
                    sum_parts=_fmt(summed),
                    total=_fmt(total.value),
                )
            )
    return issues


_REFERENCE = re.compile(r"%\s*(?:de|del)\s+(?:lo|la|las|los)?\s*(\w+)", re.IGNORECASE)


def check_percentages(observations: Sequence[Observation]) -> list[Issue]:
    """A stated percentage must match its own numbers, when the document gives them.

    The numerator is a count in the same sentence; the denominator is a larger count of
    the same unit in the document, preferring one whose label shares the word the
    sentence names ("34 % de lo programado" -> a count labelled "programó").
    """
    issues: list[Issue] = []
    for pct in observations:
        if pct.unit != "%" or pct.value is None:
            continue
        same_text = [
            o
            for o in observations
            if o.source_locator == pct.source_locator
            and o.unit not in {"%", ""}
            and o.value
            and o is not pct
            and o.source_file == pct.source_file
        ]
        if not same_text:
            continue
        numerator = same_text[-1]
        assert numerator.value is not None
        ref = _REFERENCE.search(pct.source_text)
        stem = plain(ref.group(1))[:6] if ref else ""
        candidates = [
            o
            for o in observations
            if o.source_file == pct.source_file
            and o.unit == numerator.unit
            and o.value
            and o.value > numerator.value
            and o.observation_id != numerator.observation_id
        ]
        if stem:
            preferred = [
                o for o in candidates if stem in plain(o.indicator_label + " " + o.source_text)
            ]
            candidates = preferred or candidates
        if not candidates:
            continue

        share, stated = numerator.value, pct.value
        denominator = min(candidates, key=lambda o: abs(share / (o.value or 1) * 100 - stated))
        assert denominator.value is not None
        computed = numerator.value / denominator.value * 100
        gap = abs(computed - pct.value)
        if gap <= 0.5 or gap > 10:
            continue  # consistent, or not the same quantity at all
        for o in (pct, numerator, denominator):
            _flag(o, "percentage_mismatch")
        issues.append(
            issue(
                "percentage-mismatch",
                Severity.WARNING,
                source_file=pct.source_file,
                source_locator=pct.source_locator,
                observation_ids=(
                    pct.observation_id,
                    numerator.observation_id,
                    denominator.observation_id,
                ),
                reported=_fmt(pct.value),
                numerator=_fmt(numerator.value),
                denominator=_fmt(denominator.value),
                computed=computed,
            )
        )
    return issues


def check_activity_numbers(
    source_file: str, activities: Sequence[tuple[str, str, str]]
) -> list[Issue]:
    """(number, title, locator) of each numbered activity heading; a number used twice is a typo."""
    seen: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for number, title, locator in activities:
        seen[number].append((title, locator))
    issues: list[Issue] = []
    for number, uses in seen.items():
        if len(uses) > 1 and len({plain(t) for t, _ in uses}) > 1:
            issues.append(
                issue(
                    "activity-number-repeated",
                    Severity.WARNING,
                    source_file=source_file,
                    source_locator=uses[1][1],
                    activity=number,
                    locators=", ".join(loc for _, loc in uses),
                )
            )
    return issues


def check_duplicates(
    observations: Sequence[Observation], *, across_files_only: bool = False
) -> list[Issue]:
    """The same value of the same indicator, place, period and breakdown reported twice."""
    groups: dict[tuple[object, ...], list[Observation]] = defaultdict(list)
    for o in observations:
        if o.value is None or o.indicator_id == "sin_clasificar":
            continue
        key = (
            o.indicator_id,
            o.country,
            o.admin1,
            o.municipality_code,
            o.period_start,
            o.period_end,
            o.breakdown_dimension,
            o.breakdown_value,
            o.activity,
            o.value_kind,
            o.unit,
            o.value,
        )
        groups[key].append(o)
    issues: list[Issue] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        if across_files_only and len({o.source_sha256 for o in group}) < 2:
            continue
        for o in group:
            _flag(o, "duplicate_value")
        issues.append(
            issue(
                "duplicate-value",
                Severity.WARNING,
                source_file=group[0].source_file,
                source_locator=group[1].source_locator,
                observation_ids=tuple(o.observation_id for o in group),
                value=_fmt(group[0].value),
                indicator=group[0].indicator_id,
                locators=", ".join(
                    f"{o.source_file}:{o.source_locator}" if across_files_only else o.source_locator
                    for o in group
                ),
            )
        )
    return issues


def run_document_checks(
    source_file: str,
    observations: Sequence[Observation],
    activities: Sequence[tuple[str, str, str]],
) -> list[Issue]:
    return [
        *check_parts(observations),
        *check_percentages(observations),
        *check_activity_numbers(source_file, activities),
        *check_duplicates(observations),
    ]
