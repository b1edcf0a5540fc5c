"""Real failures (not data problems) and the one place that maps them to exit codes.

Invalid *data* is reported as :class:`genero_etl.model.Issue`; these exceptions are
for what stops a command: a missing path, an unreadable file, a version that exists.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INVALID_DATA = 1  # validation found errors
    USAGE = 2  # bad option or argument
    INPUT_UNREADABLE = 3  # missing path, empty file, undecodable text, permission
    UNSUPPORTED_INPUT = 4  # unknown extension, binary content, too large
    NOTHING_TO_DO = 5  # publish with nothing staged
    OUTPUT_CONFLICT = 6  # a published version already exists
    # pushing to a portal (genero-etl push)
    PORTAL_AUTH = 20  # the portal rejected the token or its rights
    PORTAL_REFUSED = 21  # the portal refused the data: validation, missing organisation
    PORTAL_UNREACHABLE = 22  # no answer from the portal
    PORTAL_PARTIAL = 23  # interrupted: the message says exactly what was sent
    INTERNAL = 70  # a bug: please report it


class GeneroEtlError(Exception):
    """Base of every failure genero-etl raises on purpose."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, code: str, *, path: str = "", **params: object) -> None:
        self.code = code
        self.path = path
        self.params = {"path": path, **params}
        super().__init__(self.message("en"))

    def message(self, lang: str = "es") -> str:
        from genero_etl.messages import render  # the catalogue: only when a message is shown

        return render(self.code, lang, **self.params)


class UsageError(GeneroEtlError):
    exit_code = ExitCode.USAGE


class InputUnreadable(GeneroEtlError):
    exit_code = ExitCode.INPUT_UNREADABLE


class UnsupportedInput(GeneroEtlError):
    exit_code = ExitCode.UNSUPPORTED_INPUT


class NothingToDo(GeneroEtlError):
    exit_code = ExitCode.NOTHING_TO_DO


class OutputConflict(GeneroEtlError):
    exit_code = ExitCode.OUTPUT_CONFLICT


class PortalAuthError(GeneroEtlError):
    exit_code = ExitCode.PORTAL_AUTH


class PortalRefused(GeneroEtlError):
    exit_code = ExitCode.PORTAL_REFUSED


class PortalUnreachable(GeneroEtlError):
    exit_code = ExitCode.PORTAL_UNREACHABLE


class PortalPartial(GeneroEtlError):
    exit_code = ExitCode.PORTAL_PARTIAL


class OutputUnwritable(GeneroEtlError):
    """Staging or published folder read-only, full disk, name too long."""

    exit_code = ExitCode.INPUT_UNREADABLE


class StagingInvalid(GeneroEtlError):
    """A staged record whose data file is missing, altered or from an older version."""

    exit_code = ExitCode.INPUT_UNREADABLE


class StagingStale(GeneroEtlError):
    """A raw file changed or was deleted after it was staged."""

    exit_code = ExitCode.OUTPUT_CONFLICT


class WorkspaceBusy(GeneroEtlError):
    """Another ingest or publish holds the workspace."""

    exit_code = ExitCode.OUTPUT_CONFLICT


class FileFailed(GeneroEtlError):
    """An unexpected failure reading one file (a bug): reported for that file, the batch goes on."""

    exit_code = ExitCode.INTERNAL
