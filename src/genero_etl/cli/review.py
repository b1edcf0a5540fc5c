"""`genero-etl review`: the HTML report and the review sheet; `--apply` stores decisions."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from genero_etl.cli.common import (
    FormatOption,
    Lang,
    LangOption,
    OutputFormat,
    WorkspaceOption,
    run_guarded,
)

if TYPE_CHECKING:
    from genero_etl.publish.gates import Gate
    from genero_etl.review.decisions import Decision


class SheetFormat(StrEnum):
    xlsx = "xlsx"
    csv = "csv"


def review(
    workspace: WorkspaceOption = Path("."),
    apply: Annotated[
        Path | None,
        typer.Option(
            "--apply",
            help="Guarda las decisiones de una planilla de revisión (xlsx, csv) o de un YAML.",
            dir_okay=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Carpeta del informe (por defecto, <carpeta>/review).",
            file_okay=False,
        ),
    ] = None,
    sheet: Annotated[
        SheetFormat, typer.Option("--sheet", help="Planilla de decisiones: xlsx o csv.")
    ] = SheetFormat.xlsx,
    open_report: Annotated[
        bool, typer.Option("--open", help="Abre el informe en el navegador.")
    ] = False,
    output_format: FormatOption = OutputFormat.text,
    lang: LangOption = Lang.es,
) -> None:
    """Escribe el informe HTML (autónomo) y la planilla de revisión de lo preparado; con --apply guarda decisiones."""

    def body() -> int:
        from genero_etl.workspace import Workspace

        ws = Workspace(workspace)
        if apply is not None:
            return _apply(ws, apply, output_format, lang.value)
        return _write(
            ws, output or ws.root / "review", sheet, open_report, output_format, lang.value
        )

    raise typer.Exit(run_guarded(lang, body))


def _apply(ws: Any, path: Path, output_format: OutputFormat, lang: str) -> int:
    from genero_etl.messages import render
    from genero_etl.review.apply import apply_file

    result = apply_file(ws, path)
    stale = [_stale_dict(d, result.successors) for d in result.stale]
    if output_format is OutputFormat.json:
        payload = {
            "store": ws.display(result.path),
            "stored": dict(result.stored),
            "undone": result.undone,
            "total": result.total,
            "stale": stale,
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    counts = {k: result.stored.get(k, 0) for k in ("accept", "reject", "correct")}
    sys.stderr.write(
        render(
            "review-applied",
            lang,
            path=ws.display(result.path),
            undo=len(result.undone),
            total=result.total,
            **counts,
        )
        + "\n"
        + stale_lines(result.stale, lang, result.successors)
    )
    return 0


def _stale_dict(d: Decision, moved: dict[str, tuple[str, str]] | None = None) -> dict[str, Any]:
    return {
        "now_reads_the_same": (moved or {}).get(d.observation_id, ("",))[0] or None,
        "observation_id": d.observation_id,
        "action": d.action,
        "source_file": d.original.get("source_file"),
        "source_locator": d.original.get("source_locator"),
        "value": d.original.get("value"),
    }


def stale_lines(
    stale: list[Decision], lang: str, successors: dict[str, tuple[str, str]] | None = None
) -> str:
    from genero_etl.messages import render

    lines = []
    for d in stale:
        where = f"{d.original.get('source_file', '?')}:{d.original.get('source_locator', '?')}"
        lines.append(
            "  ! " + render("review-stale", lang, action=d.action, id=d.observation_id, where=where)
        )
        if d.observation_id in (successors or {}):
            new_id, locator = (successors or {})[d.observation_id]
            lines.append(
                "    → " + render("review-stale-successor", lang, id=new_id, where=locator)
            )
    return "".join(line + "\n" for line in lines)


def _write(
    ws: Any,
    folder: Path,
    sheet: SheetFormat,
    open_report: bool,
    output_format: OutputFormat,
    lang: str,
) -> int:
    from rich.console import Console

    from genero_etl.messages import render
    from genero_etl.review.decisions import load_decisions, stale_decisions, successors
    from genero_etl.review.report import write_report
    from genero_etl.review.sheet import write_sheet
    from genero_etl.review.staged import review_settings, staged_tables

    console = Console(stderr=True)
    with console.status(render("review-progress-reading", lang)):
        tables = staged_tables(ws)
        decisions = load_decisions(ws)
        settings = review_settings(ws)
    observations = tables["observations"]
    folder.mkdir(parents=True, exist_ok=True)
    with console.status(render("review-progress-writing", lang)):
        html = write_report(folder / "review.html", tables, decisions, settings, lang)
        sheet_path = write_sheet(folder / f"review.{sheet.value}", observations, decisions, lang)
    stale = stale_decisions(decisions, observations.column("observation_id"))
    moved = successors(stale, observations)
    low = sum(
        1
        for c in observations.column("confidence").to_pylist()
        if (c or 0) < settings.min_confidence
    )
    facts = {
        "rows": observations.num_rows,
        "files": tables["sources"].num_rows,
        "low": low,
        "min_confidence": settings.min_confidence,
        "decided": len(decisions) - len(stale),
        "html": ws.display(html),
        "html_kb": round(html.stat().st_size / 1024),
        "sheet": ws.display(sheet_path),
    }
    if output_format is OutputFormat.json:
        payload = {**facts, "stale": [_stale_dict(d, moved) for d in stale]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    sys.stderr.write(
        render("review-written", lang, **facts) + "\n" + stale_lines(stale, lang, moved)
    )
    if open_report:
        import webbrowser

        webbrowser.open(html.resolve().as_uri())
    return 0


def gate_summary(gate: Gate, lang: str, limit: int = 20) -> str:
    """What publish's gates did, for people (stderr)."""
    from genero_etl.messages import render

    out = [render("publish-reviewed", lang, **gate.summary())]
    if gate.withheld:
        out.append(
            render(
                "publish-withheld",
                lang,
                count=len(gate.withheld),
                min_confidence=gate.min_confidence,
            )
        )
        for row in gate.withheld[:limit]:
            out.append(
                f"  - {row['observation_id']} {row['source_file']}:{row['source_locator']} "
                f"{row['indicator_id']}={_number(row['value']) or row['value_raw']} "
                f"({row['confidence']})"
            )
        if len(gate.withheld) > limit:
            out.append(f"  … +{len(gate.withheld) - limit}")
    if gate.report is not None and not gate.report.valid:
        out.append(render("publish-forced", lang, errors=gate.report.errors))
    return "\n".join(out) + "\n" + stale_lines(gate.stale, lang, gate.successors)


def _number(value: object) -> str:
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value or "")
