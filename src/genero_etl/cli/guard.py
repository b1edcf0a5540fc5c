"""What an error in a command prints and which exit code it gives, without typer.

Shared by :func:`genero_etl.cli.common.run_guarded` (commands run by typer) and the
quick path of ``validate`` (:mod:`genero_etl.cli.quick`), so both say and exit the same.
"""

from __future__ import annotations

import sys

from genero_etl.errors import ExitCode, GeneroEtlError


def error_exit_code(lang: str, err: BaseException, where: str | None = None) -> int:
    """Write ``err`` on stderr as the user should see it; return the documented exit code.
    ``where``: the folder the command writes into, named when the system's error names no
    file (a full disk while a file is being written)."""
    if isinstance(err, GeneroEtlError):
        sys.stderr.write(f"error: {err.message(lang)}\n")
        return int(err.exit_code)
    if isinstance(err, KeyboardInterrupt):
        sys.stderr.write("interrumpido / interrupted\n")
        return 130
    from genero_etl.messages import render

    if isinstance(err, OSError):  # a read-only folder, a full disk, a name too long: not a bug
        where = err.filename if isinstance(err.filename, str) else (where or "?")
        reason = err.strerror or type(err).__name__
        sys.stderr.write(f"error: {render('output-unwritable', lang, path=where, reason=reason)}\n")
        return int(ExitCode.INPUT_UNREADABLE)
    # a bug: say so, with the documented code
    sys.stderr.write(f"error: {render('internal', lang, reason=f'{type(err).__name__}: {err}')}\n")
    return int(ExitCode.INTERNAL)
