"""``genero-etl validate``: the check CI runs on every submission.

Thin by design: parse options, call :func:`genero_etl.cli.validate_run.run_validate`
(which validates, renders and gives the exit code: 0 valid, warnings allowed; 1 errors).
Plain invocations skip typer altogether (:mod:`genero_etl.cli.quick`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from genero_etl.cli.common import Lang, LangOption, WorkspaceOption, run_guarded
from genero_etl.cli.validate_run import run_validate


def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="CSV, TSV, xlsx, ods, datapackage.json o carpeta. Sin rutas: los datos "
            "preparados de la carpeta de trabajo.",
            show_default=False,
        ),
    ] = None,
    schema: Annotated[
        Path | None,
        typer.Option("--schema", "-s", help="Table Schema (JSON/YAML) para todos los archivos."),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help="text, json, github, junit o markdown."),
    ] = "text",
    lang: LangOption = Lang.es,
    max_errors: Annotated[
        int | None,
        typer.Option("--max-errors", help="Muestra a lo sumo N hallazgos (se cuentan todos)."),
    ] = None,
    workspace: WorkspaceOption = Path("."),
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Escribe el informe en este archivo (por defecto, stdout)."
        ),
    ] = None,
    max_mb: Annotated[
        int, typer.Option("--max-mb", help="Rechaza archivos de más de N MB (código 4).")
    ] = 2048,
    no_rules: Annotated[
        bool, typer.Option("--no-rules", help="Omite las reglas de dominio (schemas/rules).")
    ] = False,
) -> None:
    """Valida datos contra su Table Schema y las reglas de dominio; informa en español."""
    code = run_guarded(
        lang,
        lambda: run_validate(
            paths, schema, fmt, lang.value, max_errors, workspace, output, max_mb, no_rules
        ),
    )
    if code:
        raise typer.Exit(code)
