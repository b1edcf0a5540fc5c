"""`genero-etl diff [V1] [V2]`: observations added, removed and changed between two versions."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from genero_etl.cli.common import Lang, LangOption, WorkspaceOption, run_guarded


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


def diff(
    old: Annotated[
        str | None,
        typer.Argument(metavar="V1", help="Versión anterior (por defecto, la previa a V2)."),
    ] = None,
    new: Annotated[
        str | None, typer.Argument(metavar="V2", help="Versión nueva (por defecto, la última).")
    ] = None,
    workspace: WorkspaceOption = Path("."),
    dataset: Annotated[str | None, typer.Option(help="Nombre del conjunto.")] = None,
    output_format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help="text, json o markdown (stdout).")
    ] = DiffFormat.text,
    limit: Annotated[
        int,
        typer.Option(
            min=0,
            help="Observaciones listadas como máximo en cada lista (los totales cuentan todas).",
        ),
    ] = 1_000,
    lang: LangOption = Lang.es,
) -> None:
    """Lista las observaciones agregadas, quitadas y cambiadas entre dos versiones publicadas.

    Las versiones se comparan por partes en disco: la memoria no crece con su tamaño."""

    def body() -> int:
        from genero_etl.review.diff import diff_versions, render
        from genero_etl.workspace import Workspace

        ws = Workspace(workspace)
        config = ws.dataset(dataset)
        result = diff_versions(ws.published / config.name, old, new, limit)
        sys.stdout.write(render(result, output_format.value, lang.value))
        return 0

    raise typer.Exit(run_guarded(lang, body))
