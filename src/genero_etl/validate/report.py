"""The result of a validation, as plain data: what the renderers and the API return.

Every finding is kept (``--max-errors`` only limits what renderers *show*), so counts
in the summary are always the true totals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import TYPE_CHECKING, Any

from genero_etl.validate.messages import column_letter, render_finding, where

if TYPE_CHECKING:  # imported by to_issue(): a report on stdout needs no model
    from genero_etl.model import Issue

REPORT_VERSION = "1.0"


@dataclass(slots=True)
class Finding:
    """One problem. ``type`` is frictionless's error name (or the rule kind); ``code`` is ours.

    The located, lazily rendered form of the project's problem record: ``to_issue`` gives the
    ``model.Issue`` (rendered in both languages) that staging and publishing keep.

    ``row`` uses frictionless numbering (header = 1); ``line`` is the file line where
    it differs (quoted cells spanning lines); ``column`` is 1-based.
    """

    code: str
    type: str
    severity: str = "error"
    file: str = ""
    resource: str = ""
    sheet: str = ""
    row: int | None = None
    line: int | None = None
    column: int | None = None
    field: str = ""
    cell: str | None = None
    params: dict[str, Any] = dc_field(default_factory=dict)

    def message(self, lang: str = "es") -> tuple[str, str]:
        """(message, hint) in the requested language."""
        params = {
            "file": self.file,
            "row": self.row,
            "col": column_letter(self.column) if self.column else "",
            "field": self.field,
            "cell": self.cell,
            **self.params,
        }
        params["where"] = where(
            lang, file=self.file, sheet=self.sheet, row=self.row, col=self.column, field=self.field
        )
        return render_finding(self.code, lang, params)

    @property
    def locator(self) -> str:
        """Where, as staged issues say it: ``Hoja1!C7``, ``C7``, ``row:7`` or ""."""
        if self.row is None:
            return ""
        if not self.column:
            return f"row:{self.row}"
        cell = f"{column_letter(self.column)}{self.row}"
        return f"{self.sheet}!{cell}" if self.sheet else cell

    def to_issue(self) -> Issue:
        """This finding as the project's problem record (``model.Issue``): rendered now, in
        both languages, the hint after the message. Findings stay lazy because validate may
        find millions and shows a few; this view is for code that keeps them."""
        from genero_etl.model import Issue, Severity

        texts = {}
        for lang in ("es", "en"):
            message, hint = self.message(lang)
            texts[lang] = f"{message}. {hint}" if hint else message
        return Issue(
            code=self.code,
            severity=Severity(self.severity),
            message_es=texts["es"],
            message_en=texts["en"],
            source_file=self.file,
            source_locator=self.locator,
        )

    def to_dict(self, lang: str = "es") -> dict[str, Any]:
        message, hint = self.message(lang)
        return {
            "code": self.code,
            "type": self.type,
            "severity": self.severity,
            "message": message,
            "hint": hint,
            "file": self.file,
            "resource": self.resource,
            "sheet": self.sheet or None,
            "row": self.row,
            "line": self.line if self.line is not None else self.row,
            "column": self.column,
            "column_letter": column_letter(self.column) if self.column else None,
            "field": self.field or None,
            "cell": self.cell,
        }


@dataclass(slots=True)
class FileReport:
    """Validation of one table (a file, a sheet or a package resource)."""

    file: str
    resource: str = ""
    schema: str = ""  # where the schema came from, said to the user
    rows: int = 0
    checks: list[str] = dc_field(default_factory=list)  # names of the checks that ran
    findings: list[Finding] = dc_field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def counts(self) -> Counter[str]:
        """How many findings of each code."""
        return Counter(f.code for f in self.findings)


class DeferredFileReport(FileReport):
    """A table's report whose findings are made when first read (``make``), their number by
    code and severity (``tally``) known before: a report used only for its counts (a gate that
    passes) is not read in full. Equal to the ``FileReport`` of the same fields."""

    __slots__ = ("_make", "_tally")

    def __init__(
        self,
        file: str,
        resource: str,
        schema: str,
        rows: int,
        checks: list[str],
        make: Callable[[], list[Finding]],
        tally: Counter[tuple[str, str]],
    ) -> None:
        FileReport.__init__(self, file=file, resource=resource, schema=schema, rows=rows,
                            checks=checks)  # fmt: skip
        self._make: Callable[[], list[Finding]] | None = make
        self._tally = tally

    @property
    def findings(self) -> list[Finding]:
        if self._make is not None:
            make, self._make = self._make, None
            _FINDINGS.__set__(self, make())
        found: list[Finding] = _FINDINGS.__get__(self, FileReport)
        return found

    @findings.setter
    def findings(self, value: list[Finding]) -> None:
        self._make = None
        _FINDINGS.__set__(self, value)

    @property
    def pending(self) -> bool:
        """Whether the findings are still to be made."""
        return self._make is not None

    def tally(self) -> Counter[tuple[str, str]]:
        """The findings' number by (code, severity)."""
        if self._make is not None:
            return Counter(self._tally)
        return Counter((f.code, f.severity) for f in self.findings)

    @property
    def errors(self) -> int:
        if self._make is None:
            return sum(1 for f in self.findings if f.severity == "error")
        return sum(n for (_, severity), n in self._tally.items() if severity == "error")

    @property
    def warnings(self) -> int:
        if self._make is None:
            return sum(1 for f in self.findings if f.severity == "warning")
        return sum(n for (_, severity), n in self._tally.items() if severity == "warning")

    def counts(self) -> Counter[str]:
        if self._make is None:
            return Counter(f.code for f in self.findings)
        found: Counter[str] = Counter()
        for (code, _), n in self._tally.items():
            found[code] += n
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileReport):
            return NotImplemented
        return _fields(self) == _fields(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "Deferred" + FileReport.__repr__(self)


_FINDINGS: Any = FileReport.__dict__["findings"]  # the slot behind ``findings``


def _fields(report: FileReport) -> tuple[Any, ...]:
    return (report.file, report.resource, report.schema, report.rows, report.checks,
            report.findings)  # fmt: skip


@dataclass(slots=True)
class Report:
    files: list[FileReport] = dc_field(default_factory=list)
    seconds: float = 0.0

    @property
    def findings(self) -> list[Finding]:
        return [f for fr in self.files for f in fr.findings]

    @property
    def errors(self) -> int:
        return sum(fr.errors for fr in self.files)

    @property
    def warnings(self) -> int:
        return sum(fr.warnings for fr in self.files)

    @property
    def valid(self) -> bool:
        return self.errors == 0

    def counts(self) -> dict[str, int]:
        found: Counter[str] = Counter()
        for file_report in self.files:  # a deferred table's counts without its findings
            found.update(file_report.counts())
        return dict(sorted(found.items()))

    def to_dict(self, lang: str = "es", max_errors: int | None = None) -> dict[str, Any]:
        """The documented JSON shape (docs/validate.md). ``max_errors`` trims the list only."""
        findings = self.findings
        shown = findings if max_errors is None else findings[:max_errors]
        return {
            "version": REPORT_VERSION,
            "valid": self.valid,
            "summary": {
                "files": len(self.files),
                "rows": sum(fr.rows for fr in self.files),
                "errors": self.errors,
                "warnings": self.warnings,
                "shown": len(shown),
                "hidden": len(findings) - len(shown),
                "by_code": self.counts(),
                "seconds": round(self.seconds, 3),
            },
            "files": [
                {
                    "file": fr.file,
                    "resource": fr.resource or None,
                    "schema": fr.schema or None,
                    "rows": fr.rows,
                    "valid": fr.valid,
                    "errors": fr.errors,
                    "warnings": fr.warnings,
                    "checks": fr.checks,
                }
                for fr in self.files
            ],
            "errors": [f.to_dict(lang) for f in shown],
        }
