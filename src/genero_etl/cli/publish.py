"""`genero-etl publish`: write the staged data as a new version of a Data Package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from genero_etl.cli.common import (
    FormatOption,
    Lang,
    LangOption,
    OutputFormat,
    WorkspaceOption,
    run_guarded,
)


def publish(
    workspace: WorkspaceOption = Path("."),
    dataset: Annotated[
        str | None, typer.Option(help="Nombre del conjunto (minúsculas, dígitos, - y _).")
    ] = None,
    version: Annotated[
        str | None,
        typer.Option("--version", help="Versión MAYOR.MENOR.PARCHE; por defecto, la siguiente."),
    ] = None,
    output_format: FormatOption = OutputFormat.text,
    lang: LangOption = Lang.es,
    allow_stale: Annotated[
        bool,
        typer.Option(
            help="Publicar aunque un original haya cambiado o se haya borrado después de prepararlo (queda anotado en quality_issues)."
        ),
    ] = False,
) -> None:
    """Publica lo preparado en published/<conjunto>/<versión>/ como Frictionless Data Package (CSV y Parquet)."""

    def body() -> int:
        from genero_etl.publish.package import publish as do_publish
        from genero_etl.workspace import Workspace, workspace_lock

        ws = Workspace(workspace)
        with workspace_lock(ws):
            result = do_publish(ws, dataset, version, allow_stale=allow_stale)
        shown = ws.display(result.path)
        if output_format is OutputFormat.json:
            payload = {
                "dataset": result.dataset,
                "version": result.version,
                "path": shown,
                "rows": result.rows,
                "files": {k: {"bytes": b, "sha256": h} for k, (b, h) in result.files.items()},
            }
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        else:
            es = lang is Lang.es
            sys.stderr.write(
                (
                    f"Publicado {result.dataset} {result.version} en {shown}/\n"
                    if es
                    else f"Published {result.dataset} {result.version} to {shown}/\n"
                )
                + "".join(
                    f"  {name}: {count} {'filas' if es else 'rows'}\n"
                    for name, count in result.rows.items()
                )
            )
        return 0

    raise typer.Exit(run_guarded(lang, body))
