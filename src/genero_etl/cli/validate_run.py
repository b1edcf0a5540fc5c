"""The body of ``genero-etl validate``, free of typer: shared by the typer command and the
quick path (:mod:`genero_etl.cli.quick`). Heavy imports stay inside."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from genero_etl.errors import ExitCode


def run_validate(
    paths: list[Path] | None,
    schema: Path | None,
    fmt: str,
    lang: str,
    max_errors: int | None,
    workspace: Path,
    output: Path | None,
    max_mb: int,
    no_rules: bool,
) -> int:
    """Validate, write the report (stdout or ``output``); return the exit code (0 or 1).

    Files are read with pandas refused (see ``without_pandas``); the staged data (no paths)
    are built by the publish tables, which use pandas."""
    with without_pandas() if paths else nullcontext():
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
        text = render(report, fmt, lang, max_errors)
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
            if fmt != "text":
                sys.stderr.write(render(report, "text", lang, 0))
        else:
            sys.stdout.write(text)
        return int(ExitCode.OK if report.valid else ExitCode.INVALID_DATA)


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
