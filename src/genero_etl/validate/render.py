"""Renderers of a :class:`Report`: text for people, json for machines, and CI formats.

``max_errors`` limits what is *shown*; every renderer says how many findings were hidden.
"""

from __future__ import annotations

import json
import re

from genero_etl.messages import render as render_message
from genero_etl.messages import texts
from genero_etl.validate.report import Finding, Report

FORMATS = ("text", "json", "github", "junit", "markdown")

# Characters XML 1.0 cannot carry at all (even escaped): C0 controls but tab and newlines,
# surrogates, U+FFFE/U+FFFF. Cells quote input, so they are removed before escaping.
# Compiled on first use (5 ms: the class spans all of Unicode), by the junit format only.
_NOT_XML = "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()#!|~])")


def escape(text: str) -> str:
    """XML element text: invalid characters removed, markup escaped."""
    from xml.sax.saxutils import escape as xml_escape  # junit only: imports urllib, ssl

    return xml_escape(re.sub(_NOT_XML, "", text))


def quoteattr(text: str) -> str:
    """An XML attribute value: invalid characters removed, quoted and escaped."""
    from xml.sax.saxutils import quoteattr as xml_quoteattr

    return xml_quoteattr(re.sub(_NOT_XML, "", text))


def md_cell(text: str) -> str:
    """Text safe in one cell of a Markdown table of a pull-request comment: on one line,
    no HTML, no links or images, no @-mentions, no emphasis, no table breaks."""
    text = _CONTROL.sub(" ", text.replace("\r\n", " ").replace("\n", " "))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = text.replace("@", "@\u200b").replace("://", ":\u200b//")
    return text


def _shown(report: Report, max_errors: int | None) -> tuple[list[Finding], int]:
    findings = report.findings
    if max_errors is None or max_errors < 0:
        return findings, 0
    return findings[:max_errors], max(0, len(findings) - max_errors)


def render(report: Report, fmt: str, lang: str = "es", max_errors: int | None = None) -> str:
    return {
        "text": render_text,
        "json": render_json,
        "github": render_github,
        "junit": render_junit,
        "markdown": render_markdown,
    }[fmt](report, lang, max_errors)


def render_json(report: Report, lang: str, max_errors: int | None) -> str:
    return json.dumps(report.to_dict(lang, max_errors), ensure_ascii=False, indent=2) + "\n"


def render_text(report: Report, lang: str, max_errors: int | None) -> str:
    t = texts("validate-report-", lang)
    shown, hidden = _shown(report, max_errors)
    shown_ids = {id(f) for f in shown}
    lines: list[str] = []
    for fr in report.files:
        status = t["valid"] if fr.valid else t["invalid"]
        lines.append(
            f"{fr.file}: {status} ({t['schema']}: {fr.schema or '-'}; {fr.rows} {t['rows']}; "
            f"{fr.errors} {t['errors']}, {fr.warnings} {t['warnings']})"
        )
        for f in fr.findings:
            if id(f) not in shown_ids:
                continue
            message, hint = f.message(lang)
            mark = "✗" if f.severity == "error" else "!"
            lines.append(f"  {mark} [{f.code}] {message}")
            if hint:
                lines.append(f"      → {hint}")
    if hidden:
        lines.append(t["hidden"].format(n=hidden))
    lines.append(
        f"{t['summary']}: {len(report.files)} {t['files']}, "
        f"{sum(fr.rows for fr in report.files)} {t['rows']}, {report.errors} {t['errors']}, "
        f"{report.warnings} {t['warnings']} ({report.seconds:.2f} s)"
    )
    return "\n".join(lines) + "\n"


def _gh_escape(text: str, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def render_github(report: Report, lang: str, max_errors: int | None) -> str:
    """GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per finding."""
    shown, hidden = _shown(report, max_errors)
    lines = []
    for f in shown:
        message, hint = f.message(lang)
        props = [f"file={_gh_escape(f.file, True)}"]
        line = f.line if f.line is not None else f.row
        if line is not None:
            props.append(f"line={line}")
        if f.column and f.sheet == "":
            props.append(f"col={f.column}")
        props.append(f"title={_gh_escape(f.code, True)}")
        level = "error" if f.severity == "error" else "warning"
        lines.append(f"::{level} {','.join(props)}::{_gh_escape(message + '. ' + hint)}")
    t = texts("validate-report-", lang)
    if hidden:
        lines.append(f"::notice::{_gh_escape(t['hidden'].format(n=hidden))}")
    lines.append(f"::notice::{_gh_escape(_summary_line(report, lang))}")
    return "\n".join(lines) + "\n"


def _summary_line(report: Report, lang: str) -> str:
    t = texts("validate-report-", lang)
    return (
        f"{len(report.files)} {t['files']}, {report.errors} {t['errors']}, "
        f"{report.warnings} {t['warnings']}"
    )


def render_junit(report: Report, lang: str, max_errors: int | None) -> str:
    """JUnit XML: one testsuite per file, one testcase per check (failures list the findings)."""
    shown, hidden = _shown(report, max_errors)
    shown_ids = {id(f) for f in shown}
    parts = ['<?xml version="1.0" encoding="UTF-8"?>']
    parts.append(
        f'<testsuites name="genero-etl validate" tests="{sum(len(_cases(fr)) for fr in report.files)}" '
        f'failures="{sum(1 for fr in report.files for c, fs in _cases(fr).items() if any(x.severity == "error" for x in fs))}" '
        f'time="{report.seconds:.3f}">'
    )
    for fr in report.files:
        cases = _cases(fr)
        failures = sum(1 for fs in cases.values() if any(x.severity == "error" for x in fs))
        parts.append(
            f'  <testsuite name={quoteattr(fr.file)} tests="{len(cases)}" failures="{failures}" '
            f'errors="0" skipped="0">'
        )
        for check, findings in cases.items():
            parts.append(f"    <testcase classname={quoteattr(fr.file)} name={quoteattr(check)}>")
            errors = [x for x in findings if x.severity == "error"]
            visible = [x for x in findings if id(x) in shown_ids]
            body = "\n".join(
                render_message(
                    "validate-report-junit-line",
                    lang,
                    severity=x.severity,
                    row=x.row,
                    message=" ".join(x.message(lang)),
                )
                for x in visible
            )
            more = len(findings) - len(visible)
            if more:
                body += f"\n(+{more})"
            if errors:
                parts.append(
                    f"      <failure message={quoteattr(f'{len(errors)} {check}')} type={quoteattr(check)}>"
                    f"{escape(body)}</failure>"
                )
            elif findings:
                parts.append(f"      <system-out>{escape(body)}</system-out>")
            parts.append("    </testcase>")
        parts.append("  </testsuite>")
    parts.append("</testsuites>")
    if hidden:
        parts.append(f"<!-- {hidden} hidden (--max-errors) -->")
    return "\n".join(parts) + "\n"


def _cases(fr: object) -> dict[str, list[Finding]]:
    from genero_etl.validate.report import FileReport

    assert isinstance(fr, FileReport)
    cases: dict[str, list[Finding]] = {check: [] for check in fr.checks}
    for f in fr.findings:
        key = f.code if f.code in cases else _check_of(f)
        cases.setdefault(key, []).append(f)
    return cases


def _check_of(f: Finding) -> str:
    if f.type in ("type-error", "constraint-error", "unique-error"):
        return "schema"
    if f.type in ("primary-key", "foreign-key"):
        return "keys"
    if f.type in (
        "blank-row",
        "missing-cell",
        "extra-cell",
        "blank-header",
        "blank-label",
        "duplicate-label",
        "missing-label",
        "extra-label",
        "incorrect-label",
    ):
        return "structure"
    return f.code


def render_markdown(report: Report, lang: str, max_errors: int | None) -> str:
    """A pull-request comment: verdict, per-file table, counts per code, then the findings."""
    t = texts("validate-report-", lang)
    shown, hidden = _shown(report, max_errors)
    icon = "✅" if report.valid else "❌"
    out = [f"## {icon} {t['title']}", ""]
    if report.valid and not report.warnings:
        out.append(t["ok"].format(files=len(report.files), rows=sum(f.rows for f in report.files)))
        out.append("")
    out += [t["files-head"], "|---|---|---:|---:|---:|"]
    for fr in report.files:
        out.append(
            f"| {md_cell(fr.file)} | {md_cell(fr.schema or '-')} | {fr.rows} | {fr.errors} | {fr.warnings} |"
        )
    counts = report.counts()
    if counts:
        out += [
            "",
            f"**{t['code']}**: " + ", ".join(f"`{c}` × {n}" for c, n in counts.items()),
        ]
    if shown:
        out += [
            "",
            "| | " + t["findings-head"],
            "|---|---|---:|---|---|---|",
        ]
        for f in shown:
            message, hint = f.message(lang)
            mark = "❌" if f.severity == "error" else "⚠️"
            col = md_cell(f.field) if f.field else ""
            out.append(
                f"| {mark} | {md_cell(f.file)} | {f.row or ''} | {col} | {md_cell(message)} | {md_cell(hint)} |"
            )
    if hidden:
        out += ["", f"_{t['hidden'].format(n=hidden)}_"]
    return "\n".join(out) + "\n"
