"""The ``genero-etl`` entry point.

A plain ``genero-etl validate ...`` (the check CI runs on every submission) is run by
:mod:`genero_etl.cli.quick` without building the typer application, whose start-up
(typer, pydantic, every command module) would be most of a small file's validation;
everything else, ``--help`` and completion included, goes to typer
(:mod:`genero_etl.cli.commands`).
"""

from __future__ import annotations

import sys
from typing import Any


def __getattr__(name: str) -> Any:
    """``from genero_etl.cli.app import app``: the typer application, built on first use."""
    if name == "app":
        from genero_etl.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    from genero_etl.cli.quick import run_quick

    code = run_quick(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)
    from genero_etl.cli.commands import app

    app()
