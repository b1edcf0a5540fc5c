"""The ``genero-etl`` entry point. Commands live in one module each and import lazily."""

from __future__ import annotations

import typer

from genero_etl import __version__
from genero_etl.cli import ingest as ingest_cmd
from genero_etl.cli import inspect as inspect_cmd
from genero_etl.cli import publish as publish_cmd
from genero_etl.cli import templates as templates_cmd
from genero_etl.cli import validate as validate_cmd

app = typer.Typer(
    name="genero-etl",
    help=(
        "Convierte los informes de las oficinas municipales de género en datos abiertos: "
        "ingest (extraer), inspect (ver cómo se lee una tabla), validate (validar), publish (publicar)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

app.command("ingest")(ingest_cmd.ingest)
app.command("inspect")(inspect_cmd.inspect)
app.command("publish")(publish_cmd.publish)
app.command("templates")(templates_cmd.templates)
app.command("validate")(validate_cmd.validate)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"genero-etl {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Muestra la versión."
    ),
) -> None:
    """genero-etl."""


def main() -> None:
    app()
