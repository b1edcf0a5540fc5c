"""`genero-etl inspect FILE`: how each table of a spreadsheet, CSV or PDF is read, and its map.

For every table found: its sheet, header row, layout and confidence, each column's role
(with kind, confidence and why) and a few sample observations. ``--write-map`` writes
``<file>.map.yaml`` beside the file; edited by the user, it wins over inference on every
later ingest. Exit codes: 0 read, 2 a map that is invalid or matches nothing, 3 the file
cannot be read, 4 not a table (a text report), 6 the map already exists (use
``--force`` to replace it). A PDF's tables with periods across (``page:3/table:1``) are
described the same way; a PDF without them, or ``--write-map`` on a PDF, exits 4.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from genero_etl.cli.common import (
    FormatOption,
    Lang,
    LangOption,
    OutputFormat,
    WorkspaceOption,
    run_guarded,
)

SAMPLES = 5


def inspect(
    path: Annotated[Path, typer.Argument(help="La planilla o el CSV a describir.")],
    workspace: WorkspaceOption = Path("."),
    output_format: FormatOption = OutputFormat.text,
    lang: LangOption = Lang.es,
    write_map: Annotated[
        bool, typer.Option("--write-map", help="Escribir <archivo>.map.yaml junto al archivo.")
    ] = False,
    force: Annotated[bool, typer.Option(help="Reemplazar un mapa que ya existe.")] = False,
) -> None:
    """Muestra cómo se lee cada tabla (roles de columnas, confianza, ejemplos) y escribe su mapa."""

    def body() -> int:
        if write_map and path.suffix.lower() == ".pdf":
            from genero_etl.errors import UnsupportedInput

            raise UnsupportedInput("inspect-pdf-no-map", path=str(path))
        result, display = _read(path, workspace)
        written = ""
        if write_map:
            written = _write(path, result, force)
        if output_format is OutputFormat.json:
            sys.stdout.write(
                json.dumps(as_json(result, display, written), ensure_ascii=False, indent=2) + "\n"
            )
        else:
            sys.stdout.write(as_text(result, display, lang.value))
            if written:
                from genero_etl.messages import render

                sys.stderr.write(render("mapping-written", lang.value, path=written) + "\n")
        return 0

    raise typer.Exit(run_guarded(lang, body))


def _read(path: Path, workspace: Path) -> tuple[Any, str]:
    from genero_etl.errors import InputUnreadable, UnsupportedInput
    from genero_etl.knowledge import Knowledge
    from genero_etl.normalize.document import read_sidecar
    from genero_etl.pipeline import IngestOptions
    from genero_etl.readers import reader_for
    from genero_etl.tabular.ingest import ingest_frame
    from genero_etl.workspace import Workspace

    if not path.is_file():
        raise InputUnreadable("path-not-found", path=str(path))
    ws = Workspace(workspace)
    display = ws.display(path.resolve()) if path.is_absolute() else str(path)
    reader = reader_for(path, None)
    if reader.kind != "table" and reader.name != "pdf":
        raise UnsupportedInput("inspect-no-table", path=display)
    knowledge = Knowledge.of(ws.schemas)
    options = IngestOptions(
        overrides=read_sidecar(path, display), schemas_dir=knowledge.workspace_schemas, dry_run=True
    )
    if reader.name == "pdf":
        return _read_pdf(path, display, reader, options), display
    return ingest_frame(path, display, options, knowledge.codebook), display


def _read_pdf(path: Path, display: str, reader: Any, options: Any) -> Any:
    """A PDF's tables read like sheets (those with periods across); none is a clear refusal."""
    from genero_etl.errors import UnsupportedInput
    from genero_etl.tabular.pdfgrids import read_tables

    knowledge = options.knowledge.activate()  # the workspace's countries, if it has any
    document = reader.read(path, display, options.read)
    if not document.tables:
        raise UnsupportedInput("inspect-pdf-no-table", path=display)
    return read_tables(document, options, knowledge.codebook)


def _write(path: Path, result: Any, force: bool) -> str:
    from genero_etl.errors import OutputConflict
    from genero_etl.tabular.mapping import map_path, write_mapping

    target = map_path(path)
    if target.exists() and not force:
        raise OutputConflict("mapping-exists", path=str(target))
    country = next((r.country for r in result.reads if r.country), "")
    return str(write_mapping(path, result.reads, country))


def _sample(record: dict[str, Any]) -> dict[str, Any]:
    place = (
        record.get("admin1") or record.get("municipality_code") or record.get("municipality") or ""
    )
    return {
        "value": record.get("raw"),
        "indicator": record.get("indicator_label") or record.get("indicator_id"),
        "country": record.get("country", ""),
        "place": place,
        "period": record.get("period_label") or record.get("period_start", ""),
        "breakdown": f"{record.get('breakdown_dimension')}={record.get('breakdown_value')}",
        "activity": record.get("activity", ""),
    }


def as_json(result: Any, display: str, written: str) -> dict[str, Any]:
    tables = []
    for read in result.reads:
        tables.append({
            "sheet": read.sheet, "header_row": read.header_row, "layout": read.layout,
            "confidence": read.confidence, "country": read.country,
            "columns": [
                {"column": r.header or _letter(r.col), "role": r.role, "kind": r.kind,
                 "confidence": round(r.confidence, 2), "evidence": _why(r, "en"),
                 "evidence_es": _why(r, "es"), "source": r.source}
                for r in read.roles
            ],
            "values": len(read.records),
            "samples": [_sample(x) for x in read.records[:SAMPLES]],
        })  # fmt: skip
    issues = [
        {"code": i.code, "severity": str(i.severity), "locator": i.source_locator, "message_es": i.message_es,
         "message_en": i.message_en}
        for i in result.issues
    ]  # fmt: skip
    return {"file": display, "tables": tables, "observations": result.table.num_rows,
            "issues": issues, "map_written": written}  # fmt: skip


def _why(role: Any, lang: str) -> str:
    """A role's evidence in the user's language (a 'why-*' code of the catalogue)."""
    from genero_etl.messages import codes, render

    if role.evidence in codes():
        return render(role.evidence, lang, detail=role.detail)
    return str(role.evidence)


def _letter(col: int) -> str:
    from genero_etl.readers.grid import col_letter

    return col_letter(col)


def as_text(result: Any, display: str, lang: str) -> str:
    from genero_etl.messages import render

    out = [render("inspect-summary", lang, path=display, count=result.table.num_rows) + "\n"]
    from genero_etl.tabular.pdfgrids import table_place

    for read in result.reads:
        where = table_place(read.sheet)  # a PDF's table: its page and number, not a sheet
        out.append("\n" + render("inspect-pdf-table" if where else "inspect-table", lang,
                                 sheet=read.sheet or display, row=read.header_row,
                                 layout=read.layout, confidence=read.confidence,
                                 country=read.country or "?", page=where[0] if where else "",
                                 table=where[1] if where else "") + "\n")  # fmt: skip
        for r in read.roles:
            kind = f"/{r.kind}" if r.kind else ""
            out.append(
                f"  {r.header or _letter(r.col):<40.40} {r.role}{kind:<20} {r.confidence:.2f}  {_why(r, lang)}\n"
            )
        for sample in (_sample(x) for x in read.records[:SAMPLES]):
            shown = ", ".join(f"{k}={v}" for k, v in sample.items() if v not in ("", None, "_T=_T"))
            out.append(f"    · {shown[:200]}\n")
    for i in result.issues:
        if i.code.startswith(
            ("sheet-", "template-used", "table-country", "table-low", "table-values", "mapping-")
        ):
            out.append(f"  {i.severity}: {i.message(lang)}\n")
    return "".join(out)
