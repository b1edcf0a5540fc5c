"""The rules of stage ``ingest`` on one document: warnings and quality flags, never fatal.

:func:`check_tables` is the columnar interface (an observations table with the columns of
``model.observation.OBSERVATION_COLUMNS``, and the document's numbered activities);
:func:`run_document_checks` adapts a list of ``Observation`` to it and sets the flags on
the observations themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.checks.engine import (
    Hit,
    Rule,
    RuleTable,
    load_rule_set,
    number_text,
    rule_texts,
    run_rule,
)
from genero_etl.model import Issue, Observation, Severity

_TEXT = ("observation_id", "indicator_id", "indicator_label", "unit", "value_kind", "country",
         "admin1", "municipality_code", "period_start", "period_end", "breakdown_dimension",
         "breakdown_value", "parent_observation_id", "activity", "source_file", "source_sha256",
         "source_locator", "source_text")  # fmt: skip
_COLUMNS = (*_TEXT, "value", "approximate")


def observation_table(observations: Sequence[Observation]) -> dict[str, list[Any]]:
    """The columns the rules read, one row per observation, in order (a table for
    :meth:`ColumnTable.of <genero_etl.checks.frame.ColumnTable.of>`)."""
    return {name: [getattr(o, name) for o in observations] for name in _COLUMNS}


def activity_table(
    source_file: str, activities: Sequence[tuple[str, str, str]]
) -> dict[str, list[Any]]:
    """(number, title, locator) of each numbered activity heading, as a table."""
    return {
        "activity": [a[0] for a in activities],
        "title": [a[1] for a in activities],
        "source_locator": [a[2] for a in activities],
        "source_file": [source_file] * len(activities),
    }


def _stamp(path: Path | None) -> tuple[tuple[str, int], ...]:
    if path is None or not path.is_dir():
        return ()
    return tuple((str(p), p.stat().st_mtime_ns) for p in sorted(path.glob("*.y*ml")))


@cache
def _rules(workspace_rules: str, stamp: tuple[tuple[str, int], ...]) -> tuple[Rule, ...]:
    return tuple(load_rule_set(Path(workspace_rules) if workspace_rules else None, "ingest"))


def ingest_rules(schemas_dir: Path | None = None) -> tuple[Rule, ...]:
    """The rules of stage ``ingest``: the shipped ones and the workspace's (``schemas/rules``)."""
    rules_dir = schemas_dir / "rules" if schemas_dir is not None else None
    return _rules(str(rules_dir or ""), _stamp(rules_dir))


def _issue(rule: Rule, table: RuleTable, hit: Hit, default_file: str) -> Issue:
    cell = table.cell(hit.row, hit.field) if table.has(hit.field) else None
    params = {
        "row": table.row_number(hit.row),
        "field": hit.field,
        "cell": number_text(cell) if isinstance(cell, float) else ("" if cell is None else cell),
        **rule.message_params(hit.params),
    }
    rows = hit.involved
    files, locators, ids = (
        table.text(n) for n in ("source_file", "source_locator", "observation_id")
    )
    source_file = (
        str(files[0][rows[0]]) if files is not None and files[1][rows[0]] else default_file
    )
    params.setdefault("path", source_file)
    message_es, message_en = rule_texts(rule, params)
    return Issue(
        code=rule.id,
        severity=Severity.WARNING,
        message_es=message_es,
        message_en=message_en,
        source_file=source_file,
        source_locator=str(locators[0][hit.row]) if locators is not None else "",
        observation_ids=tuple(str(ids[0][i]) for i in rows) if ids is not None else (),
    )


def check_tables(
    tables: dict[str, Any],
    source_file: str = "",
    *,
    rules: Sequence[Rule] | None = None,
    schemas_dir: Path | None = None,
) -> tuple[list[Issue], dict[str, list[list[str]]]]:
    """Run the ingest rules on a document's tables (``observations``, ``activities``: Arrow
    tables, pandas frames or dicts of column lists): the warnings, and per table the flags
    to add to each row."""
    from genero_etl.checks.frame import ColumnTable
    from genero_etl.resources import data_dir, default_schemas_dir

    bases = [*([schemas_dir] if schemas_dir else []), default_schemas_dir(), data_dir()]
    views = {name: ColumnTable.of(t, bases=bases) for name, t in tables.items()}
    for view in views.values():
        view.others = views
    flags: dict[str, list[list[str]]] = {
        name: [[] for _ in range(view.n_rows)] for name, view in views.items()
    }
    issues: list[Issue] = []
    for rule in rules if rules is not None else ingest_rules(schemas_dir):
        table = views.get(rule.table)
        if table is None:
            continue
        hits = sorted(run_rule(rule, table), key=lambda h: h.order)
        for hit in hits:
            issues.append(_issue(rule, table, hit, source_file))
            if rule.flag:
                for row in hit.involved:
                    if rule.flag not in flags[rule.table][row]:
                        flags[rule.table][row].append(rule.flag)
    return issues, flags


def run_document_checks(
    source_file: str,
    observations: Sequence[Observation],
    activities: Sequence[tuple[str, str, str]],
    *,
    schemas_dir: Path | None = None,
    rules: Sequence[Rule] | None = None,
) -> list[Issue]:
    """The warnings of one document; the quality flags are added to ``observations``.

    ``schemas_dir``: the workspace's ``schemas/`` (default: the one in use for countries,
    set by the pipeline for the file being read); ``rules``: these instead of its rules."""
    from genero_etl.countries import active_workspace

    tables = {
        "observations": observation_table(observations),
        "activities": activity_table(source_file, activities),
    }
    issues, flags = check_tables(tables, source_file, schemas_dir=schemas_dir or active_workspace())
    for o, added in zip(observations, flags["observations"], strict=True):
        o.quality_flags.extend(f for f in added if f not in o.quality_flags)
    return issues
