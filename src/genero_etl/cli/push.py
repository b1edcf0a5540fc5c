"""`genero-etl push PORTAL`: send a published version to a portal (today: CKAN).

The portal's address and token come from the environment (CKAN_URL, CKAN_API_TOKEN) or
genero-etl.yaml, never from the command line, where they would end up in shell history.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from genero_etl.cli.common import (
    DatasetOption,
    FormatOption,
    Lang,
    LangOption,
    OutputFormat,
    Verbosity,
    WorkspaceOption,
    run_guarded,
    say,
)


def push(
    portal: Annotated[str, typer.Argument(help="Portal de destino: ckan.")],
    workspace: WorkspaceOption = Path("."),
    dataset: DatasetOption = None,
    version: Annotated[
        str | None,
        typer.Option("--version", help="Versión publicada a enviar; por defecto, la última."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Muestra lo que cambiaría, sin cambiar nada.")
    ] = False,
    create_org: Annotated[
        bool,
        typer.Option("--create-org", help="Crea la organización (owner_org) si no existe."),
    ] = False,
    output_format: FormatOption = OutputFormat.text,
    lang: LangOption = Lang.es,
) -> None:
    """Envía una versión publicada a un portal (CKAN): crea o actualiza el conjunto por nombre, con ids de recursos estables."""

    def body() -> int:
        from genero_etl.messages import render
        from genero_etl.publish.portals import PushOptions, get_portal
        from genero_etl.workspace import Workspace

        options = PushOptions(dataset, version, dry_run, create_org)
        result = get_portal(portal).push(Workspace(workspace), options)
        code = lang.value
        for notice in result.notices:
            say(f"  {notice.severity.value} {notice.message(code)}")
        if output_format is OutputFormat.json:
            sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
            return 0
        params = {"name": result.dataset, "version": result.version, "url": result.url}
        if result.action == "unchanged":
            say(render("ckan-plan-unchanged", code, **params))
        elif result.dry_run:
            say(render(f"ckan-plan-{result.action}", code, **params))
            if result.changes:
                say(render("ckan-plan-fields", code, fields=", ".join(result.changes)))
            for name, state in result.resources.items():
                say(render("ckan-plan-resource", code, name=name, state=state))
        else:
            counts = {
                "created": result.count("create"),
                "updated": result.count("update"),
                "unchanged": result.count("unchanged"),
            }
            say(render("ckan-done", code, **params, **counts))
        for name, resource_id in result.resource_ids.items():
            say(f"  {name}: {resource_id}", Verbosity.VERBOSE)
        return 0

    raise typer.Exit(run_guarded(lang, body))
