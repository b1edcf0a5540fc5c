"""Loading Table Schemas and checking that a schema is itself valid.

A broken schema must be reported in words a data officer understands ("the primary
key names a field that does not exist") rather than as a traceback, so the checks
here mirror what frictionless rejects in ``Schema.metadata_validate``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_TRUE_VALUES = ("true", "True", "TRUE", "1")
DEFAULT_FALSE_VALUES = ("false", "False", "FALSE", "0")

SUPPORTED_CONSTRAINTS: dict[str, tuple[str, ...]] = {
    "any": ("required", "enum"),
    "array": ("required", "minLength", "maxLength", "enum"),
    "boolean": ("required", "enum"),
    "date": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
    "datetime": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
    "duration": ("required", "enum"),
    "geojson": ("required", "enum"),
    "geopoint": ("required", "enum"),
    "integer": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
    "number": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
    "object": ("required", "minLength", "maxLength", "enum"),
    "string": ("required", "minLength", "maxLength", "pattern", "enum"),
    "time": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
    "year": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
    "yearmonth": ("required", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum"),
}
KNOWN_TYPES = tuple(sorted(SUPPORTED_CONSTRAINTS))


class SchemaProblem(Exception):
    """A schema that cannot be used; carries every problem found, not just the first."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("; ".join(problems))


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One Table Schema field, with defaults resolved so checks need no lookups."""

    name: str
    type: str = "string"
    format: str = "default"
    constraints: dict[str, Any] = field(default_factory=dict)
    missing_values: tuple[str, ...] = ("",)
    true_values: tuple[str, ...] = DEFAULT_TRUE_VALUES
    false_values: tuple[str, ...] = DEFAULT_FALSE_VALUES
    decimal_char: str = "."
    group_char: str = ""
    bare_number: bool = True
    custom_number: bool = False  # decimalChar / groupChar / bareNumber declared

    @property
    def required(self) -> bool:
        return bool(self.constraints.get("required", False))


@dataclass(frozen=True, slots=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str  # "" means the same resource (self-reference)
    reference_fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableSchema:
    """A parsed, checked Table Schema; ``source`` says where it came from."""

    fields: tuple[FieldSpec, ...]
    primary_key: tuple[str, ...] = ()
    unique_keys: tuple[tuple[str, ...], ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    source: str = ""
    descriptor: dict[str, Any] = field(default_factory=dict)

    @property
    def field_names(self) -> list[str]:
        return [f.name for f in self.fields]


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return value
    return []


def _missing_values(value: Any, where: str, problems: list[str]) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list):
        problems.append(f"{where}: missingValues debe ser una lista de textos")
        return None
    out: list[str] = []
    for item in value:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, dict) and isinstance(item.get("value"), str):
            out.append(item["value"])
        else:
            problems.append(f"{where}: missingValues contiene {item!r}, que no es texto")
    return tuple(out)


def parse_schema(descriptor: Any, source: str = "") -> TableSchema:
    """Turn a schema descriptor into a :class:`TableSchema`, or raise :class:`SchemaProblem`."""
    problems: list[str] = []
    if not isinstance(descriptor, dict):
        raise SchemaProblem(source, ["el esquema no es un objeto JSON"])
    raw_fields = descriptor.get("fields")
    if not isinstance(raw_fields, list):
        raise SchemaProblem(source, ["el esquema no tiene una lista 'fields'"])
    schema_missing = _missing_values(descriptor.get("missingValues"), "esquema", problems) or ("",)
    if descriptor.get("missingValues") is None:
        schema_missing = ("",)
    fields: list[FieldSpec] = []
    for index, raw in enumerate(raw_fields, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            problems.append(f"el campo n.º {index} no tiene 'name' de texto")
            continue
        name = raw["name"]
        ftype = raw.get("type", "any") if "type" in raw else "any"
        if not isinstance(ftype, str) or ftype not in SUPPORTED_CONSTRAINTS:
            problems.append(
                f"el campo '{name}' tiene un tipo desconocido '{ftype}' "
                f"(tipos válidos: {', '.join(KNOWN_TYPES)})"
            )
            continue
        fmt = raw.get("format", "default")
        if isinstance(fmt, str) and fmt.startswith("fmt:"):
            fmt = fmt[4:]
        constraints = raw.get("constraints", {})
        if not isinstance(constraints, dict):
            problems.append(f"el campo '{name}': 'constraints' debe ser un objeto")
            constraints = {}
        for cname, cvalue in constraints.items():
            if cname not in (*SUPPORTED_CONSTRAINTS[ftype], "unique"):
                problems.append(
                    f"el campo '{name}' (tipo {ftype}) no admite la restricción '{cname}'"
                )
            elif cname in ("required", "unique") and not isinstance(cvalue, bool):
                problems.append(f"el campo '{name}': '{cname}' debe ser true o false")
            elif cname in ("minLength", "maxLength") and (
                not isinstance(cvalue, int) or isinstance(cvalue, bool)
            ):
                problems.append(f"el campo '{name}': '{cname}' debe ser un entero")
            elif cname == "enum" and not isinstance(cvalue, list):
                problems.append(f"el campo '{name}': 'enum' debe ser una lista")
            elif cname == "pattern":
                if not isinstance(cvalue, str):
                    problems.append(f"el campo '{name}': 'pattern' debe ser texto")
                else:
                    try:
                        re.compile(cvalue)
                    except re.error as err:
                        problems.append(
                            f"el campo '{name}': el patrón '{cvalue}' no es una expresión "
                            f"regular válida ({err})"
                        )
        if "required" in raw:
            problems.append(f"el campo '{name}': 'required' va dentro de 'constraints'")
        field_missing = _missing_values(raw.get("missingValues"), f"campo '{name}'", problems)
        custom = any(k in raw for k in ("decimalChar", "groupChar", "bareNumber"))
        fields.append(
            FieldSpec(
                name=name,
                type=ftype,
                format=fmt if isinstance(fmt, str) else "default",
                constraints=dict(constraints),
                missing_values=field_missing if field_missing is not None else schema_missing,
                true_values=tuple(raw.get("trueValues", DEFAULT_TRUE_VALUES)),
                false_values=tuple(raw.get("falseValues", DEFAULT_FALSE_VALUES)),
                decimal_char=str(raw.get("decimalChar", ".")),
                group_char=str(raw.get("groupChar", "")),
                bare_number=bool(raw.get("bareNumber", True)),
                custom_number=custom,
            )
        )
    names = {f.name for f in fields}
    primary_key = tuple(_as_list(descriptor.get("primaryKey", [])))
    for name in primary_key:
        if name not in names:
            problems.append(f"la clave primaria nombra el campo '{name}', que no existe")
    unique_keys: list[tuple[str, ...]] = []
    for key in descriptor.get("uniqueKeys", []) or []:
        key_fields = tuple(_as_list(key))
        for name in key_fields:
            if name not in names:
                problems.append(f"una clave única nombra el campo '{name}', que no existe")
        unique_keys.append(key_fields)
    foreign_keys: list[ForeignKey] = []
    for fk in descriptor.get("foreignKeys", []) or []:
        if not isinstance(fk, dict) or not isinstance(fk.get("reference"), dict):
            problems.append("una clave foránea no tiene 'fields' y 'reference'")
            continue
        fk_fields = tuple(_as_list(fk.get("fields")))
        ref = fk["reference"]
        ref_fields = tuple(_as_list(ref.get("fields")))
        for name in fk_fields:
            if name not in names:
                problems.append(f"una clave foránea nombra el campo '{name}', que no existe")
        if len(fk_fields) != len(ref_fields) or not fk_fields:
            problems.append(
                f"la clave foránea ({', '.join(fk_fields)}) y su referencia "
                f"({', '.join(ref_fields)}) no tienen el mismo número de campos"
            )
        foreign_keys.append(ForeignKey(fk_fields, str(ref.get("resource", "") or ""), ref_fields))
    if len(names) != len(fields):
        seen: set[str] = set()
        for f in fields:
            if f.name in seen:
                problems.append(f"el campo '{f.name}' está declarado dos veces")
            seen.add(f.name)
    if problems:
        raise SchemaProblem(source, problems)
    return TableSchema(
        fields=tuple(fields),
        primary_key=primary_key,
        unique_keys=tuple(unique_keys),
        foreign_keys=tuple(foreign_keys),
        source=source,
        descriptor=descriptor,
    )


def load_schema(path: Path, display: str | None = None) -> TableSchema:
    """Read a schema file (JSON or YAML) and parse it; any problem is a :class:`SchemaProblem`."""
    shown = display or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SchemaProblem(shown, [f"no existe el archivo de esquema '{shown}'"]) from None
    except (OSError, UnicodeDecodeError) as err:
        raise SchemaProblem(shown, [f"no se pudo leer el esquema: {err}"]) from None
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            from genero_etl.resources import load_yaml

            descriptor = load_yaml(text)
        else:
            descriptor = json.loads(text)
    except Exception as err:
        raise SchemaProblem(shown, [f"el esquema no es JSON/YAML válido: {err}"]) from None
    return parse_schema(descriptor, shown)
