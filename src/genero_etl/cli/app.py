"""The typer application: every command, ``--help`` and completion. Commands live in one
module each and import lazily. The entry point is :func:`genero_etl.cli.main.main`, which
runs plain ``validate`` command lines without building this application."""

from __future__ import annotations

import typer

from genero_etl import __version__
from genero_etl.cli import diff as diff_cmd
from genero_etl.cli import ingest as ingest_cmd
from genero_etl.cli import inspect as inspect_cmd
from genero_etl.cli import main as entry
from genero_etl.cli import publish as publish_cmd
from genero_etl.cli import push as push_cmd
from genero_etl.cli import review as review_cmd
from genero_etl.cli import templates as templates_cmd
from genero_etl.cli import validate as validate_cmd

app = typer.Typer(
    name="genero-etl",
    help=(
        "Convierte los informes de las oficinas municipales de género en datos abiertos: "
        "ingest (extraer), inspect (ver cómo se lee una tabla), review (revisar), "
        "validate (validar), publish (publicar), diff (comparar versiones), "
        "push (enviar a un portal)."
    ),
    no_args_is_help=True,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

app.command("ingest")(ingest_cmd.ingest)
app.command("inspect")(inspect_cmd.inspect)
app.command("publish")(publish_cmd.publish)
app.command("push")(push_cmd.push)
app.command("review")(review_cmd.review)
app.command("diff")(diff_cmd.diff)
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
    quiet: bool = typer.Option(
        False, "--quiet", "-q", help="Solo errores en stderr / errors only."
    ),
    verbose: bool = typer.Option(
        False, "--verbose", "-v", help="Más detalle en stderr / more detail."
    ),
) -> None:
    """genero-etl."""
    from genero_etl.cli.common import Verbosity, set_verbosity

    if quiet and verbose:
        raise typer.BadParameter("--quiet y --verbose se excluyen / are exclusive")
    set_verbosity(Verbosity.QUIET if quiet else Verbosity.VERBOSE if verbose else Verbosity.NORMAL)


def main() -> None:
    """The entry point, kept under its former name (:func:`genero_etl.cli.main.main`)."""
    entry.main()
