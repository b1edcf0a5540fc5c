"""`genero-etl templates`: the spreadsheet templates ingest recognises, shipped and the workspace's."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from genero_etl.cli.common import (
    FormatOption,
    Lang,
    LangOption,
    OutputFormat,
    WorkspaceOption,
    run_guarded,
)


def templates(
    workspace: WorkspaceOption = Path("."),
    output_format: FormatOption = OutputFormat.text,
    lang: LangOption = Lang.es,
) -> None:
    """Lista las plantillas de planillas (las incluidas y las de schemas/templates/ de la carpeta de trabajo)."""

    def body() -> int:
        from genero_etl.knowledge import Knowledge
        from genero_etl.messages import render
        from genero_etl.workspace import Workspace

        found = Knowledge.of(Workspace(workspace).schemas).templates
        rows = [t.summary() for t in sorted(found.values(), key=lambda t: t.name)]
        if output_format is OutputFormat.json:
            sys.stdout.write(json.dumps({"templates": rows}, ensure_ascii=False, indent=2) + "\n")
            return 0
        for row in rows:
            sys.stdout.write(
                f"{row['name']}\t{row['layout']}\t{row['country'] or '-'}\t{row['title']}\n"
            )
            headers = ", ".join(row["required_headers"])
            sys.stdout.write(f"    {render('templates-headers', lang.value, headers=headers)}\n")
        return 0

    raise typer.Exit(run_guarded(lang, body))
