"""Failures that stop validation of an input (not data problems), with validate's messages.

They subclass the project's :mod:`genero_etl.errors` classes so ``run_guarded`` maps
them to the documented exit codes, and render validate's failure codes from the one
catalogue (through :mod:`genero_etl.validate.messages`, which maps a public code to its entry).
"""

from __future__ import annotations

from genero_etl import errors as base
from genero_etl.validate.messages import render_failure


class _Rendered(base.GeneroEtlError):
    def __init__(self, code: str, *, path: str = "", **params: object) -> None:
        self.code = code
        self.path = path
        self.params = {"path": path, **params}
        Exception.__init__(self, self.message("en"))

    def message(self, lang: str = "es") -> str:
        return render_failure(self.code, lang, **self.params)


class UsageError(_Rendered, base.UsageError):
    """Bad option or argument: exit 2."""


class InputUnreadable(_Rendered, base.InputUnreadable):
    """Missing path, empty file, undecodable text: exit 3."""


class UnsupportedInput(_Rendered, base.UnsupportedInput):
    """Unknown format, refused path (outside the package, absolute, URL): exit 4."""


class NothingToValidate(_Rendered, base.NothingToDo):
    """No path given and nothing staged (or the staging module is not there): exit 5."""
