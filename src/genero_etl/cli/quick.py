"""``genero-etl validate`` without typer, for the invocations CI writes.

Building the typer application costs more than validating a small file: typer imports
pydantic and builds a validator per option, and every command module is imported. A
command line made only of ``validate``, paths and validate's own options, each given
once with a plain value, is read here and run by the same body as the typer command
(:func:`genero_etl.cli.validate_run.run_validate`), with the same errors and exit codes.
Anything else (``--help``, completion, a root option, an unknown or repeated option, a
value typer would refuse or check: a bad number, a language not offered, an unreadable
path) returns None and typer handles the whole command line, messages included.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

# option spelling -> parameter of genero_etl.cli.validate.validate
_VALUES = {
    "--schema": "schema",
    "-s": "schema",
    "--format": "fmt",
    "-f": "fmt",
    "--lang": "lang",
    "--max-errors": "max_errors",
    "--max-mb": "max_mb",
    "--workspace": "workspace",
    "-w": "workspace",
    "--output": "output",
    "-o": "output",
}
_FLAGS = {"--no-rules": "no_rules"}
_PATHS = ("schema", "workspace", "output")
_INTEGERS = ("max_errors", "max_mb")
_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,17})")
_LANGS = ("es", "en")


def parse_validate(argv: list[str]) -> dict[str, Any] | None:
    """The validate command's parameters, as typer would give them, or None (typer decides)."""
    if not argv or argv[0] != "validate":
        return None
    if any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ):
        return None  # shell completion
    given: dict[str, str] = {}
    flags: set[str] = set()
    paths: list[str] = []
    rest = iter(argv[1:])
    for arg in rest:
        if not arg.startswith("-"):
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if name in _FLAGS and not eq:
            if _FLAGS[name] in flags:
                return None
            flags.add(_FLAGS[name])
            continue
        if name not in _VALUES or _VALUES[name] in given:
            return None  # --help, -h, --, an unknown or repeated option: typer's to answer
        if not eq:
            value = next(rest, "")
        if not value or (value.startswith("-") and not _INTEGER.fullmatch(value)):
            return None  # an empty value, or an option where a value should be
        given[_VALUES[name]] = value
    params: dict[str, Any] = {
        "paths": [Path(p) for p in paths] or None,
        "schema": None,
        "fmt": given.get("fmt", "text"),
        "lang": given.get("lang", "es"),
        "max_errors": None,
        "workspace": Path("."),
        "output": None,
        "max_mb": 2048,
        "no_rules": "no_rules" in flags,
    }
    if params["lang"] not in _LANGS:
        return None
    for key in _INTEGERS:
        if key in given:
            if not _INTEGER.fullmatch(given[key]):
                return None
            params[key] = int(given[key])
    for key in _PATHS:
        if key in given:
            params[key] = Path(given[key])
    checked = [*(params["paths"] or []), *(params[key] for key in _PATHS if key in given)]
    if not all(_path_passes(path, dir_only=path is params["workspace"]) for path in checked):
        return None
    return params


def _path_passes(path: Path, *, dir_only: bool) -> bool:
    """What typer checks of a path option: when it exists, readable (and a folder for
    ``--workspace``); a missing path is the command's to report."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True
    if dir_only and stat.S_ISREG(mode):
        return False
    return os.access(path, os.R_OK)


def run_quick(argv: list[str]) -> int | None:
    """Run ``validate`` when :func:`parse_validate` reads the command line; its exit code."""
    params = parse_validate(argv)
    if params is None:
        return None
    from genero_etl.cli.guard import error_exit_code
    from genero_etl.cli.validate_run import run_validate

    try:
        return run_validate(**params)
    except (Exception, KeyboardInterrupt) as err:
        return error_exit_code(str(params["lang"]), err)
