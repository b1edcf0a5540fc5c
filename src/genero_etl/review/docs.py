"""README.md and CHANGES.md for a published version: what is inside and what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from genero_etl.messages import render
from genero_etl.review.diff import VersionDiff, render_markdown

if TYPE_CHECKING:
    import pandas as pd

CODE_COLUMNS = ("observation_id", "indicator_id", "country", "admin1", "municipality_code",
                "parent_observation_id", "source_sha256", "activity", "breakdown_value")  # fmt: skip


def _list(values: list[str], limit: int = 30) -> str:
    shown = ", ".join(values[:limit])
    return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")


def readme(
    package: dict[str, Any],
    observations: pd.DataFrame,
    review: dict[str, Any],
    rows: dict[str, int] | None = None,
) -> str:
    """The version's README: contents, coverage, review, and how to load it keeping codes as text."""
    name, version = package["name"], package["version"]
    obs = observations
    periods = sorted(
        {
            f"{a}/{b}"
            for a, b in zip(obs.get("period_start", []), obs.get("period_end", []), strict=False)
            if a and b
        }
    )
    starts = [s for s in obs.get("period_start", []) if s]
    ends = [e for e in obs.get("period_end", []) if e]
    countries = sorted({c for c in obs.get("country", []) if c})
    admin1 = sorted({a for a in obs.get("admin1", []) if a})
    places = sorted(
        {
            f"{m} ({c})"
            for m, c in zip(
                obs.get("municipality", []), obs.get("municipality_code", []), strict=False
            )
            if m
        }
    )
    indicators = obs["indicator_id"].value_counts().sort_index() if len(obs) else None
    status = obs["review_status"].value_counts() if "review_status" in obs and len(obs) else None
    lines = [
        f"# {package.get('title') or name} — {version}",
        "",
        str(package.get("description", "")),
        "",
        f"- Conjunto / dataset: `{name}`, versión {version}, creada {package.get('created', '')}",
        f"- Licencia / licence: {package['licenses'][0].get('name', '')}",
        "",
        "## Contenido / contents",
        "",
        "| recurso | archivo | filas | bytes |",
        "|---|---|---|---|",
    ]
    for resource in package["resources"]:
        count = (rows or {}).get(resource["name"].removesuffix("-parquet"), "")
        lines.append(
            f"| {resource['name']} | `{resource['path']}` | {count} | {resource['bytes']} |"
        )
    lines += [
        "",
        "## Cobertura / coverage",
        "",
        f"- Periodos / periods: {min(starts) if starts else '-'} … {max(ends) if ends else '-'}"
        f" ({_list(periods)})",
        f"- Países / countries: {_list(countries)}",
        f"- Estados, provincias, regiones / admin1: {_list(admin1)}",
        f"- Municipios / municipalities ({len(places)}): {_list(places)}",
        "",
        "| indicador | observaciones |",
        "|---|---|",
    ]
    if indicators is not None:
        lines += [f"| {k} | {v} |" for k, v in indicators.items()]
    lines += ["", "## Revisión / review", ""]
    if status is not None:
        lines += [f"- {k}: {v}" for k, v in status.sort_index().items()]
    lines += [
        f"- retenidas por baja confianza / withheld below confidence "
        f"{review.get('min_confidence')}: {review.get('withheld', 0)}",
        f"- rechazadas / rejected: {review.get('rejected', 0)}",
    ]
    validation = package.get("validation")
    if isinstance(validation, dict) and not validation.get("valid", True):
        lines += [
            "",
            f"**Publicada con --force pese a {validation.get('errors')} errores de validación: "
            f"ver `{validation.get('report')}`.** / Published with --force despite validation "
            "errors.",
        ]
    dtypes = ", ".join(f'"{c}": "string"' for c in CODE_COLUMNS)
    polars = ", ".join(f'"{c}": pl.Utf8' for c in CODE_COLUMNS)
    duck = ", ".join(f"'{c}': 'VARCHAR'" for c in CODE_COLUMNS)
    lines += [
        "",
        "## Cómo cargarlo / how to load it",
        "",
        "Los códigos (municipio INEGI/INDEC/CUT, estado, ids) son texto: conservan sus ceros "
        "a la izquierda (`01001`). Léalos como texto. El Parquet ya trae los tipos.",
        "",
        "```python",
        "import pandas as pd",
        f"obs = pd.read_csv('data/observations.csv', dtype={{{dtypes}}}, keep_default_na=False)",
        "obs = pd.read_parquet('data/observations.parquet')  # tipos incluidos",
        "```",
        "",
        "```python",
        "import polars as pl",
        f"obs = pl.read_csv('data/observations.csv', schema_overrides={{{polars}}})",
        "```",
        "",
        "```sql",
        f"SELECT * FROM read_csv('data/observations.csv', header=true, types={{{duck}}});",
        "SELECT * FROM 'data/observations.parquet';",
        "```",
        "",
        "Cada fila trae la oración o celda de origen (`source_text`, `source_locator`), su "
        "estado de revisión (`review_status`: automatic, confirmed, corrected) y, si se "
        "corrigió, la lectura original (`review_original`). Cambios frente a la versión "
        "anterior: `CHANGES.md`.",
        "",
    ]
    return "\n".join(lines)


def changes(diff: VersionDiff, lang: str = "es") -> str:
    title = "# " + render("changes-title", lang)
    if not diff.old:
        return f"{title}\n\n" + render("changes-first", lang, count=len(diff.added)) + "\n"
    return f"{title}\n\n" + render_markdown(diff, lang)
