"""The ``genero-etl`` entry point.

A plain ``genero-etl validate ...`` (the check CI runs on every submission) is run by
:mod:`genero_etl.cli.quick` without building the typer application, whose start-up
(typer, the pydantic it builds options with, every command module) would be most of a
small file's validation; everything else, ``--help`` and completion included, goes to
the typer application (:mod:`genero_etl.cli.app`).
"""

from __future__ import annotations

import sys


def main() -> None:
    from genero_etl.cli.quick import run_quick

    code = run_quick(sys.argv[1:])
    if code is not None:
        raise SystemExit(code)
    from genero_etl.cli.app import app

    app()
