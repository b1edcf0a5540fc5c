"""`genero-etl ingest`: read reports, extract every value, stage it, say what was found."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer

from genero_etl.cli.common import (
    FormatOption,
    Lang,
    LangOption,
    OutputFormat,
    WorkspaceOption,
    run_guarded,
)


def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Archivos o carpetas a leer. Por defecto, raw/ de la carpeta de trabajo."
        ),
    ] = None,
    workspace: WorkspaceOption = Path("."),
    output_format: FormatOption = OutputFormat.text,
    lang: LangOption = Lang.es,
    country: Annotated[
        str, typer.Option(help="País ISO 3166-1 (AR, MX, CL) de todos los archivos.")
    ] = "",
    admin1: Annotated[
        str, typer.Option(help="Estado/provincia: código ISO 3166-2 (MX-JAL) o nombre.")
    ] = "",
    municipality: Annotated[str, typer.Option(help="Nombre del municipio, partido o comuna.")] = "",
    municipality_code: Annotated[
        str, typer.Option(help="Código oficial (INEGI, INDEC, CUT).")
    ] = "",
    office: Annotated[str, typer.Option(help="Oficina que informa.")] = "",
    period: Annotated[
        str, typer.Option(help="Periodo: 2024, 2024-S1, 2024-Q2 o 2024-01-01/2024-06-30.")
    ] = "",
    number_convention: Annotated[
        str, typer.Option(help="decimal_comma (1.009 = mil nueve) o decimal_point (1,009).")
    ] = "",
    reader: Annotated[
        str | None, typer.Option(help="Forzar un lector (text, docx, pdf, ...).")
    ] = None,
    template: Annotated[
        str | None,
        typer.Option(help="Forzar una plantilla de planilla (ver 'genero-etl templates')."),
    ] = None,
    max_mb: Annotated[
        float | None,
        typer.Option(
            help="Tamaño máximo por archivo, en MB (por defecto 20 para texto, 200 para documentos)."
        ),
    ] = None,
    ocr: Annotated[bool, typer.Option(help="Usar OCR (tesseract) en PDF escaneados.")] = False,
    dry_run: Annotated[bool, typer.Option(help="Extraer y mostrar, sin preparar nada.")] = False,
    timeout: Annotated[
        float,
        typer.Option(
            help="Segundos como máximo por archivo (0: sin límite); pasado, ese archivo falla con file-timeout y se sigue con los demás."
        ),
    ] = 300.0,
    jobs: Annotated[
        int,
        typer.Option(
            min=1,
            help="Procesos que extraen archivos a la vez; el resultado es el mismo con cualquier número.",
        ),
    ] = 1,
    cache: Annotated[
        bool,
        typer.Option(
            help="Dejar como están los archivos cuyo contenido y opciones no cambiaron desde que se prepararon (--no-cache: extraer todo de nuevo)."
        ),
    ] = True,
    follow_symlinks: Annotated[
        bool,
        typer.Option(
            help="Leer enlaces simbólicos que salen de la carpeta de trabajo y de las rutas dadas."
        ),
    ] = False,
) -> None:
    """Extrae los valores de indicadores de los informes y los deja preparados para publicar."""

    def body() -> int:
        from genero_etl.normalize.document import Overrides
        from genero_etl.pipeline import IngestOptions
        from genero_etl.readers import ReadOptions
        from genero_etl.workspace import Workspace

        ws = Workspace(workspace)
        targets = list(paths) if paths else [ws.raw]
        overrides = Overrides(
            country=country,
            admin1=admin1,
            municipality=municipality,
            municipality_code=municipality_code,
            office=office,
            period=period,
            number_convention=number_convention,
            origin="cli"
            if any([country, admin1, municipality, municipality_code, office, period])
            else "",
        )
        options = IngestOptions(
            overrides=overrides,
            reader=reader,
            read=ReadOptions(max_bytes=None if max_mb is None else int(max_mb * 1e6), ocr=ocr),
            dry_run=dry_run,
            template=template,
            timeout=timeout or None,
            follow_symlinks=follow_symlinks,
            jobs=jobs,
            use_cache=cache,
        )
        result = _run_with_progress(targets, ws, options, output_format, lang.value)
        if output_format is OutputFormat.json:
            from genero_etl.model.arrow import collector_paused

            with collector_paused():  # a line per file, all kept until written
                text = json.dumps(_as_json(result, lang.value), ensure_ascii=False, indent=2)
            sys.stdout.write(text + "\n")
        else:
            _render(result, lang.value)
        return int(result.exit_code)

    code = run_guarded(lang, body, str(Path(workspace) / ".genero-etl"))
    raise typer.Exit(code)


def _run_with_progress(
    targets: list[Path], ws: Any, options: Any, output_format: OutputFormat, lang: str = "es"
) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from genero_etl.messages import render
    from genero_etl.pipeline import ingest_paths

    console = Console(stderr=True)
    if not console.is_terminal:
        return ingest_paths(targets, ws, options)
    with Progress(
        TextColumn("[bold]{task.fields[what]}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as progress:
        files = progress.add_task("", total=None, what="ingest")
        pages = progress.add_task(
            "", total=None, what=render("ingest-progress-pages", lang), visible=False
        )

        def on_file(index: int, total: int, name: str) -> None:
            progress.update(files, total=total, completed=index, description=name)
            progress.update(pages, visible=False, completed=0)

        def on_page(done: int, total: int) -> None:
            progress.update(pages, total=total, completed=done, visible=total > 20)

        options.read = replace(options.read, on_progress=on_page)
        return ingest_paths(targets, ws, options, on_file=on_file)


def _as_json(result: Any, lang: str) -> dict[str, Any]:
    return {
        "files": [
            {
                "source_file": f.source_file,
                "ok": f.ok,
                "error": None
                if f.ok
                else {
                    "code": f.error.code,
                    "exit_code": int(f.error.exit_code),
                    "message": f.error.message(lang),
                },
                "observations": f.staged.count if f.staged else 0,
                "unchanged": f.unchanged,
                "place": f.staged.source.to_dict() if f.staged else None,
            }
            for f in result.files
        ],
        "skipped": result.skipped,
        "dropped": result.dropped,
        "converted": result.converted,
        "unchanged": result.unchanged,
        "observations": result.observation_count,
        "per_indicator": dict(sorted(result.per_indicator().items())),
        "issues": [i.to_dict() | {"message": i.message(lang)} for i in result.issues],
        "exit_code": int(result.exit_code),
    }


def _render(result: Any, lang: str) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from genero_etl.messages import render

    err = Console(stderr=True, highlight=False, soft_wrap=True)
    ok = [f for f in result.files if f.ok]

    def word(code: str) -> str:
        return render(code, lang)

    err.print(
        f"[bold]{word('ingest-files-read')}:[/bold] {len(ok)} / {len(result.files)}"
        f"   [bold]{word('ingest-values-found')}:[/bold] {result.observation_count}"
        f"   [bold]{word('ingest-unchanged')}:[/bold] {result.unchanged}"
    )
    counts = result.per_indicator()
    if counts:
        table = Table(title=word("ingest-per-indicator"), show_lines=False)
        table.add_column(word("ingest-column-indicator"))
        table.add_column(word("ingest-column-values"), justify="right")
        for indicator, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(indicator, str(count))
        err.print(table)
    for f in result.files:
        if f.staged and not f.unchanged:  # a file kept as staged is counted above, not listed
            s = f.staged.source
            place = (
                ", ".join(x for x in (s.place.municipality, s.place.admin1, s.place.country) if x)
                or "?"
            )
            period = f"{s.period.start}..{s.period.end}" if s.period.start else "?"
            line = render(
                "ingest-file-line", lang, file=f.source_file, count=f.staged.count,
                place=place, period=period,
            )  # fmt: skip
            err.print(f"  {escape(line)}")
    for issue in result.issues:
        if issue.severity == "info" and issue.code == "unclassified-indicator":
            continue
        where = (
            f"{issue.source_file}:{issue.source_locator}"
            if issue.source_locator
            else issue.source_file
        )
        color = "yellow" if issue.severity == "warning" else "cyan"
        code = escape(f"[{issue.code}]")
        err.print(
            f"  [{color}]{issue.severity}[/{color}] {escape(where)} {code} {escape(issue.message(lang))}"
        )
    unclassified = sum(1 for i in result.issues if i.code == "unclassified-indicator")
    if unclassified:
        err.print(f"  {render('ingest-unclassified', lang, count=unclassified)}")
    for skipped in result.skipped:
        err.print(f"  [dim]{escape(render('ingest-skipped', lang, path=skipped))}[/dim]")
    for dropped in result.dropped:
        err.print(f"  [dim]{escape(render('staged-dropped', lang, path=dropped))}[/dim]")
    if result.converted:
        err.print(
            f"  [dim]{escape(render('staging-converted', lang, count=result.converted))}[/dim]"
        )
    for f in result.files:
        if f.error is not None:
            err.print(f"  [red]error[/red] {escape(f.error.message(lang))}")
