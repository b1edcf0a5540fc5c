"""Declarative templates: how a recurring spreadsheet layout maps to observations.

A template is a YAML file in ``schemas/templates/`` (shipped) or in a workspace's own
``schemas/templates/`` (a workspace template with the same name replaces the shipped
one). It says which headers identify the layout, which columns hold the place, period,
indicator, value and breakdowns, what to melt and what to count. Recognition is by
headers only, so a renamed file or sheet still matches; ``--template NAME`` forces one.

Header patterns are regular expressions searched in the *folded* header label
(lowercase, no accents, single spaces; a header spread over several rows is joined with
spaces: "beneficiarios directos").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from genero_etl.errors import UsageError
from genero_etl.resources import default_schemas_dir, workspace_cache

TEMPLATES_RELPATH = Path("templates")
LAYOUTS = {"long", "wide", "register"}
ROLES = {
    "year", "period", "date", "admin1_code", "admin1_name", "municipality_code",
    "municipality_name", "activity", "label",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ValueSpec:
    """A column whose cells are values of one indicator (long layout)."""

    column: re.Pattern[str]
    indicator: str
    value_kind: str = ""
    unit: str = ""


@dataclass(frozen=True, slots=True)
class BreakdownSpec:
    dimension: str
    column: re.Pattern[str]
    only_default: bool = False  # only when the indicator is the template's default (generic) one


@dataclass(frozen=True, slots=True)
class FlagSpec:
    """Yes/no columns of a register, each counted as a breakdown value."""

    dimension: str
    columns: tuple[tuple[re.Pattern[str], str], ...]  # (header pattern, breakdown value)


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    title: str
    description: str
    layout: str
    required: tuple[re.Pattern[str], ...]
    columns: dict[str, re.Pattern[str]]
    country: str = ""
    sheet: re.Pattern[str] | None = None
    values: tuple[ValueSpec, ...] = ()
    melt: str = ""  # months | quarters | years | auto
    indicator_column: re.Pattern[str] | None = None
    indicator_map: tuple[tuple[re.Pattern[str], str], ...] = ()
    indicator_default: str = ""
    breakdowns: tuple[BreakdownSpec, ...] = ()
    place_code: str = ""  # inegi_municipio: zero-pad to 5 digits
    count_indicator: str = ""
    count_group: tuple[str, ...] = ()  # roles: admin1, month, municipality
    flags: tuple[FlagSpec, ...] = ()
    categories: tuple[BreakdownSpec, ...] = ()
    true_values: frozenset[str] = frozenset({"si", "s", "x", "1", "true", "verdadero", "yes"})
    min_count: int = (
        3  # register counts below this are published as "<min_count>", without the value
    )
    constants: dict[str, str] = field(default_factory=dict)
    source: str = ""

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "layout": self.layout,
            "country": self.country,
            "required_headers": [p.pattern for p in self.required],
            "source": self.source,
        }


def _rx(pattern: Any) -> re.Pattern[str]:
    return re.compile(str(pattern))


def _template(data: dict[str, Any], source: str) -> Template:
    name = str(data["name"])
    layout = str(data.get("layout", "long"))
    if layout not in LAYOUTS:
        raise UsageError(
            "template-invalid", path=source, reason=f"layout '{layout}' (use {sorted(LAYOUTS)})"
        )
    columns = {str(k): _rx(v) for k, v in (data.get("columns") or {}).items()}
    unknown = sorted(set(columns) - ROLES)
    if unknown:
        raise UsageError(
            "template-invalid",
            path=source,
            reason=f"roles desconocidos {unknown}; válidos: {sorted(ROLES)}",
        )
    indicator = data.get("indicator") or {}
    count = data.get("count") or {}
    min_count = count.get("min_count", 3)
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 0:
        raise UsageError(
            "template-invalid",
            path=source,
            reason=f"count.min_count '{min_count}' (use a whole number >= 0; 1 or 0 publishes every count)",
        )
    return Template(
        name=name,
        title=str(data.get("title", name)),
        description=str(data.get("description", "")),
        layout=layout,
        required=tuple(_rx(p) for p in data["match"]["required"]),
        columns=columns,
        country=str(data.get("country", "")),
        sheet=_rx(data["sheet"]) if data.get("sheet") else None,
        values=tuple(
            ValueSpec(
                _rx(v["column"]),
                str(v["indicator"]),
                str(v.get("value_kind", "")),
                str(v.get("unit", "")),
            )
            for v in data.get("values", [])
        ),
        melt=str(data.get("melt", "")),
        indicator_column=_rx(indicator["column"]) if indicator.get("column") else None,
        indicator_map=tuple((_rx(k), str(v)) for k, v in (indicator.get("map") or {}).items()),
        indicator_default=str(indicator.get("default", "")),
        breakdowns=tuple(
            BreakdownSpec(str(b["dimension"]), _rx(b["column"]), bool(b.get("only_default", False)))
            for b in data.get("breakdowns", [])
        ),
        place_code=str(data.get("place_code", "")),
        count_indicator=str(count.get("indicator", "")),
        count_group=tuple(str(g) for g in count.get("group_by", [])),
        flags=tuple(
            FlagSpec(str(f["dimension"]), tuple((_rx(k), str(v)) for k, v in f["columns"].items()))
            for f in count.get("flags", [])
        ),
        categories=tuple(
            BreakdownSpec(str(c["dimension"]), _rx(c["column"]))
            for c in count.get("categories", [])
        ),
        true_values=frozenset(str(v) for v in count.get("true_values", []))
        or frozenset({"si", "s", "x", "1", "true", "verdadero"}),
        min_count=min_count,
        constants={str(k): str(v) for k, v in (data.get("constants") or {}).items()},
        source=source,
    )


def template_files(workspace_schemas: Path | None = None) -> list[Path]:
    dirs = [default_schemas_dir() / TEMPLATES_RELPATH]
    if workspace_schemas is not None:
        dirs.append(workspace_schemas / TEMPLATES_RELPATH)
    return [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.yaml"))]


def load_templates(workspace_schemas: Path | None = None) -> dict[str, Template]:
    """Shipped templates, extended (or replaced by name) by the workspace's."""
    return dict(_load(tuple(str(f) for f in template_files(workspace_schemas))))


@workspace_cache
@cache
def _load(files: tuple[str, ...]) -> tuple[tuple[str, Template], ...]:
    import yaml

    from genero_etl.resources import load_yaml

    found: dict[str, Template] = {}
    for file in files:
        try:
            with open(file, encoding="utf-8") as handle:
                data = load_yaml(handle)
            template = _template(data, file)
        except (yaml.YAMLError, KeyError, TypeError, re.error) as err:
            raise UsageError(
                "template-invalid", path=file, reason=f"{type(err).__name__}: {err}"
            ) from None
        found[template.name] = template
    return tuple(found.items())


def get_template(name: str, workspace_schemas: Path | None = None) -> Template:
    templates = load_templates(workspace_schemas)
    if name not in templates:
        raise UsageError(
            "unknown-name", name=name, family="plantilla", known=", ".join(sorted(templates))
        )
    return templates[name]


def score(template: Template, labels: list[str]) -> float:
    """Share of the template's required headers found among folded labels."""
    if not template.required:
        return 0.0
    hits = sum(1 for p in template.required if any(p.search(label) for label in labels))
    return hits / len(template.required)


def find_column(pattern: re.Pattern[str], labels: dict[int, str]) -> int | None:
    """The first column (left to right) whose folded label matches."""
    return next((c for c, label in sorted(labels.items()) if pattern.search(label)), None)
