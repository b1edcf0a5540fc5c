"""`genero-etl publish`: write the staged data as a new version of a Data Package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:
    from genero_etl.publish.gates import PublishUnchanged


def publish(
    workspace: WorkspaceOption = Path("."),
    dataset: DatasetOption = None,
    version: Annotated[
        str | None,
        typer.Option("--version", help="Versión MAYOR.MENOR.PARCHE; por defecto, la siguiente."),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Publica aunque nada haya cambiado o no pase la validación (queda en validation.json).",
        ),
    ] = False,
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
        from rich.console import Console

        from genero_etl.model import Severity
        from genero_etl.publish.gates import PublishUnchanged
        from genero_etl.publish.package import publish as do_publish
        from genero_etl.publish.package import remove_leftovers
        from genero_etl.workspace import Workspace, workspace_lock

        ws = Workspace(workspace)
        from genero_etl.messages import render

        try:
            with (
                workspace_lock(ws),
                Console(stderr=True).status(render("publish-progress", lang.value)),
            ):  # validating a large table takes a while
                remove_leftovers(ws)  # what a killed publish left behind
                result = do_publish(ws, dataset, version, force=force, allow_stale=allow_stale)
        except PublishUnchanged as unchanged:  # not an error: said, and no version made
            return _unchanged(unchanged, output_format, lang)
        shown = ws.display(result.path)
        for notice in result.notices:
            level = Verbosity.VERBOSE if notice.severity is Severity.INFO else Verbosity.NORMAL
            say(f"  {notice.severity.value} {notice.message(lang.value)}", level)
        if output_format is OutputFormat.json:
            payload = {
                "dataset": result.dataset,
                "version": result.version,
                "path": shown,
                "rows": result.rows,
                "files": {k: {"bytes": b, "sha256": h} for k, (b, h) in result.files.items()},
                "notices": [n.to_dict() for n in result.notices],
                "review": result.gate.summary() if result.gate else None,
                "withheld": result.gate.withheld if result.gate else [],
                "validation": result.gate.validation() if result.gate else None,
            }
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        else:
            code = lang.value
            facts = {"dataset": result.dataset, "version": result.version, "path": shown}
            say(
                render("publish-done", code, **facts)
                + "\n"
                + "".join(
                    "  " + render("publish-table-rows", code, name=name, count=count) + "\n"
                    for name, count in result.rows.items()
                )
            )
        if result.gate is not None:  # what review and the gates did: for people, on stderr
            from genero_etl.cli.review import gate_summary

            sys.stderr.write(gate_summary(result.gate, lang.value))
        return 0

    raise typer.Exit(run_guarded(lang, body, str(Path(workspace) / "published")))


def _unchanged(err: PublishUnchanged, output_format: OutputFormat, lang: Lang) -> int:
    if output_format is OutputFormat.json:
        payload = {"unchanged": True, "version": err.params.get("version")}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stderr.write(err.message(lang.value) + "\n")
    return 0
