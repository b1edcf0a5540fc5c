"""Options shared by every command, defined once, and the one place errors become exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from genero_etl.errors import ExitCode, GeneroEtlError


class Lang(StrEnum):
    es = "es"
    en = "en"


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


LangOption = Annotated[
    Lang, typer.Option("--lang", help="Idioma de los mensajes / message language (es, en).")
]
WorkspaceOption = Annotated[
    Path,
    typer.Option(
        "--workspace",
        "-w",
        help="Carpeta de trabajo (contiene raw/, schemas/, published/). Por defecto, la actual.",
        file_okay=False,
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="text para personas, json para máquinas (stdout)."),
]

T = TypeVar("T")


def run_guarded(lang: Lang, action: Callable[[], T]) -> T:
    """Run a command body; a GeneroEtlError becomes its message on stderr and its exit code."""
    try:
        return action()
    except GeneroEtlError as err:
        sys.stderr.write(f"error: {err.message(lang.value)}\n")
        raise typer.Exit(int(err.exit_code)) from None
    except KeyboardInterrupt:
        sys.stderr.write("interrumpido / interrupted\n")
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except OSError as err:  # a read-only folder, a full disk, a name too long: not a bug
        from genero_etl.messages import render

        where = err.filename if isinstance(err.filename, str) else "?"
        reason = err.strerror or type(err).__name__
        sys.stderr.write(
            f"error: {render('output-unwritable', lang.value, path=where, reason=reason)}\n"
        )
        raise typer.Exit(int(ExitCode.INPUT_UNREADABLE)) from None
    except Exception as err:  # a bug: say so, with the documented code
        from genero_etl.messages import render

        sys.stderr.write(
            f"error: {render('internal', lang.value, reason=f'{type(err).__name__}: {err}')}\n"
        )
        raise typer.Exit(int(ExitCode.INTERNAL)) from None
