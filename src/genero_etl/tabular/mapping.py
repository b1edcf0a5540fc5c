"""A mapping the user can see and keep: ``<file>.map.yaml`` beside a table.

``genero-etl inspect FILE --write-map`` writes how each sheet was read; the user edits a
role and every later ingest of that file uses the mapping instead of inference::

    version: 1
    country: PE            # optional: the country of every row
    sheets:
      "":                  # the sheet name ("" for a CSV)
        columns:
          UBIGEO_HECHO: {role: place, kind: municipality, code: true}
          CANTIDAD: {role: measure, kind: count}
          MES: {role: period, kind: month}

``labels: {2: CABA, 6: Buenos Aires}`` under a column decodes its codes; ``codebook:
codigos.csv`` (columns ``column,code,label`` or ``variable,código,etiqueta``, its path
relative to the map) does the same for a whole register. A register's columns of bare
codes are published as breakdowns only once decoded so. A column is named by its header as written (or its letter, ``C``). Roles are those of
:mod:`genero_etl.tabular.roles`. A mapping with an unknown role, a column the table does
not have, or no sheet of the file is a usage error (exit code 2) naming file, sheet and
column; nothing of that file is staged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genero_etl.errors import UsageError
from genero_etl.readers.grid import col_letter
from genero_etl.tabular import layout
from genero_etl.tabular.roles import ROLE_NAMES, ColumnRole

MAP_SUFFIX = ".map.yaml"


def map_path(path: Path) -> Path:
    return path.with_name(path.name + MAP_SUFFIX)


@dataclass(slots=True)
class Mapping:
    path: str
    country: str = ""
    sheets: dict[str, dict[str, ColumnRole]] = field(default_factory=dict)

    def columns_for(self, sheet: str) -> dict[str, ColumnRole] | None:
        return self.sheets.get(sheet) if sheet in self.sheets else self.sheets.get("*")

    def check_sheets(self, source: str, sheets: list[str]) -> None:
        if self.sheets and not any(s in self.sheets for s in sheets) and "*" not in self.sheets:
            raise UsageError("mapping-no-match", path=self.path, source=source,
                             sheets=", ".join(repr(s) for s in sheets) or "''")  # fmt: skip

    def check_columns(self, sheet: str, labels: dict[int, str], source: str) -> None:
        wanted = self.columns_for(sheet) or {}
        have = {layout.fold_label(v) for v in labels.values()} | {col_letter(c) for c in labels}
        if not labels:
            have |= {col_letter(c) for c in range(64)}
        for column in wanted:
            if layout.fold_label(column) not in have and column not in have:
                raise UsageError("mapping-unknown-column", path=self.path, sheet=sheet or source,
                                 column=column, columns=", ".join(labels.values())[:300] or "-")  # fmt: skip


def load_mapping(path: Path) -> Mapping:
    import yaml

    from genero_etl.resources import load_yaml

    shown = str(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError("mapping-invalid", path=shown, reason=str(exc)[:200]) from None
    if not isinstance(data, dict) or not isinstance(data.get("sheets", {}), dict):
        raise UsageError(
            "mapping-invalid", path=shown, reason="se esperaba 'sheets:' con un mapa por hoja"
        )
    mapping = Mapping(shown, str(data.get("country") or "").upper())
    codes = (
        read_codebook(path.parent / str(data["codebook"]), shown) if data.get("codebook") else {}
    )
    if codes and not data.get("sheets"):
        data["sheets"] = {"*": {"columns": {}}}
    for sheet, body in (data.get("sheets") or {}).items():
        columns = (body or {}).get("columns") if isinstance(body, dict) else None
        if not isinstance(columns, dict):
            raise UsageError(
                "mapping-invalid", path=shown, reason=f"la hoja '{sheet}' no tiene 'columns:'"
            )
        parsed: dict[str, ColumnRole] = {}
        for column, spec in columns.items():
            spec = spec if isinstance(spec, dict) else {"role": spec}
            role = str(spec.get("role", "") or ("" if spec.get("labels") else "?"))
            if role and role not in ROLE_NAMES:
                raise UsageError("mapping-unknown-role", path=shown, sheet=str(sheet), column=str(column),
                                 role=role, roles=", ".join(ROLE_NAMES))  # fmt: skip
            labels = {str(k): str(v) for k, v in (spec.get("labels") or {}).items()}
            labels.update(codes.get(str(column), {}))
            parsed[str(column)] = ColumnRole(-1, str(column), role, str(spec.get("kind", "") or ""), 1.0,
                                             "why-map", bool(spec.get("code", False)), int(spec.get("width", 0) or 0),
                                             "mapping", labels)  # fmt: skip
        for column, labels in codes.items():  # columns only the codebook names
            parsed.setdefault(
                column,
                ColumnRole(
                    -1, column, "", "", 1.0, "why-codebook", source="mapping", labels=labels
                ),
            )
        mapping.sheets[str(sheet)] = parsed
    return mapping


# The header of each column of a codebook table, as publishers and users write it.
_CODEBOOK_HEADERS = {
    **dict.fromkeys(("column", "columna", "variable", "campo", "nombre de variable"), "column"),
    **dict.fromkeys(("code", "codigo", "cod", "valor", "value", "categoria"), "code"),
    **dict.fromkeys(("label", "etiqueta", "descripcion", "significado", "nombre"), "label"),
}


def read_codebook(path: Path, shown: str) -> dict[str, dict[str, str]]:
    """A codebook table (CSV: column, code, label; or variable, código, etiqueta) as
    column -> code -> label."""
    import csv

    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except OSError as exc:
        raise UsageError(
            "mapping-invalid", path=shown, reason=f"libro de códigos {path}: {exc}"
        ) from None
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        keys = {
            _CODEBOOK_HEADERS.get(layout.fold_label(k), k.strip().lower()): (v or "").strip()
            for k, v in row.items()
            if k
        }
        if not {"column", "code", "label"} <= keys.keys():
            raise UsageError("mapping-invalid", path=shown,
                             reason=f"el libro de códigos {path.name} necesita las columnas column, code, label")  # fmt: skip
        out.setdefault(keys["column"], {})[keys["code"]] = keys["label"]
    return out


def mapping_document(reads: list[Any], country: str) -> dict[str, Any]:
    """The YAML document of how each table was read (what ``--write-map`` writes)."""
    sheets: dict[str, Any] = {}
    for read in reads:
        columns = sheets.setdefault(read.sheet, {"columns": {}})["columns"]
        for r in read.roles:
            key = r.header or col_letter(r.col)
            entry: dict[str, Any] = {"role": r.role}
            if r.kind:
                entry["kind"] = r.kind
            if r.code:
                entry["code"] = True
            if r.width:
                entry["width"] = r.width
            columns.setdefault(key, entry)
    doc: dict[str, Any] = {"version": 1, "country": country, "sheets": sheets}
    return doc


def write_mapping(path: Path, reads: list[Any], country: str) -> Path:
    import yaml

    target = map_path(path)
    text = yaml.safe_dump(mapping_document(reads, country), allow_unicode=True, sort_keys=False)
    header = (
        "# How genero-etl read this file. Edit a role and ingest again: this map wins over\n"
        "# inference. Roles: " + ", ".join(ROLE_NAMES) + "\n"
    )
    target.write_text(header + text, encoding="utf-8")
    return target
