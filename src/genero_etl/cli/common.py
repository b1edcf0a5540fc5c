"""Options shared by every command, defined once, and the one place errors become exit codes."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Annotated, TextIO, TypeVar

import typer

from genero_etl.cli.guard import error_exit_code


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
DatasetOption = Annotated[
    str | None,
    typer.Option(
        help="Nombre del conjunto (minúsculas, dígitos, - y _); por defecto, el de genero-etl.yaml."
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="text para personas, json para máquinas (stdout)."),
]

T = TypeVar("T")


class Verbosity(IntEnum):
    QUIET = 0  # errors only
    NORMAL = 1
    VERBOSE = 2  # also details (every notice, every file)


_state = {"verbosity": Verbosity.NORMAL}


def set_verbosity(level: Verbosity) -> None:
    _state["verbosity"] = level
    if level is Verbosity.QUIET and not isinstance(sys.stderr, _ErrorsOnly):
        sys.stderr = _ErrorsOnly(sys.stderr)


def verbosity() -> Verbosity:
    return _state["verbosity"]


def say(text: str, level: Verbosity = Verbosity.NORMAL) -> None:
    """A line for people on stderr, shown at ``level`` and above."""
    if verbosity() >= level:
        sys.stderr.write(text if text.endswith("\n") else text + "\n")


class _ErrorsOnly(io.TextIOBase):
    """stderr under --quiet: only lines that start with 'error' get through, whichever
    command (or library) writes them."""

    def __init__(self, target: TextIO) -> None:
        self.target = target
        self.pending = ""

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            if line.lstrip().lower().startswith("error"):
                self.target.write(line + "\n")
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return False


def run_guarded(lang: Lang, action: Callable[[], T], where: str | None = None) -> T:
    """Run a command body; a GeneroEtlError becomes its message on stderr and its exit code
    (``where``: the folder it writes into, for a system error that names no file)."""
    try:
        return action()
    except (typer.Exit, typer.Abort):
        raise
    except (Exception, KeyboardInterrupt) as err:
        raise typer.Exit(error_exit_code(lang.value, err, where)) from None
