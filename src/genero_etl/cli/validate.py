"""``genero-etl validate``: the check CI runs on every submission.

Thin by design: parse options, call :func:`genero_etl.validate.api.validate_paths`,
render, exit 0 (valid, warnings allowed) or 1 (errors). Heavy imports stay inside.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from genero_etl.cli.common import Lang, LangOption, WorkspaceOption, run_guarded
from genero_etl.errors import ExitCode


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

    def body() -> int:
        if not paths:  # the staged data: built by the publish tables, which use pandas
            return check()
        with without_pandas():
            return check()

    def check() -> int:
        from genero_etl.messages import Text
        from genero_etl.validate.api import Options, validate_paths
        from genero_etl.validate.errors import UsageError
        from genero_etl.validate.render import FORMATS, render

        if fmt not in FORMATS:
            raise UsageError(
                "bad-option",
                option="--format",
                value=fmt,
                reason=Text("reason-one-of", {"choices": ", ".join(FORMATS)}),
            )
        if max_errors is not None and max_errors < 0:
            raise UsageError(
                "bad-option",
                option="--max-errors",
                value=str(max_errors),
                reason=Text("reason-zero-or-more"),
            )
        report = validate_paths(
            list(paths or []),
            Options(
                schema=schema,
                workspace=workspace,
                rules=not no_rules,
                max_bytes=max_mb * 1024 * 1024,
                staged=_staged_rows,
            ),
        )
        text = render(report, fmt, lang.value, max_errors)
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
            if fmt != "text":
                sys.stderr.write(render(report, "text", lang.value, 0))
        else:
            sys.stdout.write(text)
        return int(ExitCode.OK if report.valid else ExitCode.INVALID_DATA)

    code = run_guarded(lang, body)
    if code:
        raise typer.Exit(code)


def _staged_rows(workspace: Path) -> dict[str, list[dict[str, object]]]:
    from genero_etl.publish.tables import staged_rows

    return staged_rows(workspace)


class _NoPandas:
    """An import finder that refuses pandas (see ``without_pandas``)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is not used by validate")


@contextmanager
def without_pandas() -> Iterator[None]:
    """Run with pandas refused, when it is not imported yet.

    pyarrow imports pandas (0.3 s here, seconds on a busy machine) the first time it
    builds an array or turns one into numpy, only to ask whether pandas objects are
    involved; validate never makes one, and pyarrow works on without pandas."""
    if "pandas" in sys.modules:
        yield
        return
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
