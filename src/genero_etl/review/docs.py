"""README.md and CHANGES.md for a published version: what is inside and what changed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from genero_etl.messages import render
from genero_etl.review.diff import VersionDiff, _counts, render_markdown

if TYPE_CHECKING:
    import pyarrow as pa

CODE_COLUMNS = ("observation_id", "indicator_id", "country", "admin1", "municipality_code",
                "parent_observation_id", "source_sha256", "activity", "breakdown_value")  # fmt: skip


def _list(values: list[str], limit: int = 30) -> str:
    shown = ", ".join(values[:limit])
    return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")


SUMMARISED = ["period_start", "period_end", "country", "admin1", "municipality",
              "municipality_code", "indicator_id", "review_status"]  # fmt: skip


@dataclass(slots=True)
class Summary:
    """What a version's README says of its observations, gathered batch by batch."""

    rows: int = 0
    periods: set[str] = field(default_factory=set)
    start: str = ""
    end: str = ""
    countries: set[str] = field(default_factory=set)
    admin1: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    indicators: Counter[str] = field(default_factory=Counter)
    status: Counter[str] | None = None  # None: the table has no review_status

    def add(self, batch: pa.Table) -> None:
        """One batch of the observations as text (an empty cell is '')."""
        import pyarrow.compute as pc

        self.rows += batch.num_rows
        names = batch.column_names
        if "period_start" in names and "period_end" in names:
            pairs = batch.group_by(["period_start", "period_end"]).aggregate([])
            for a, b in zip(
                *(pairs.column(c).to_pylist() for c in ("period_start", "period_end")), strict=True
            ):
                if a and b:
                    self.periods.add(f"{a}/{b}")
        for name, pick in (("period_start", min), ("period_end", max)):
            if name in names:
                values = [v for v in pc.unique(batch.column(name)).to_pylist() if v]
                if values:
                    mine = self.start if name == "period_start" else self.end
                    best = pick([*values, mine] if mine else values)
                    if name == "period_start":
                        self.start = best
                    else:
                        self.end = best
        for name, found in (("country", self.countries), ("admin1", self.admin1)):
            if name in names:
                found.update(v for v in pc.unique(batch.column(name)).to_pylist() if v)
        if "municipality" in names and "municipality_code" in names:
            pairs = batch.group_by(["municipality", "municipality_code"]).aggregate([])
            for m, c in zip(
                *(pairs.column(n).to_pylist() for n in ("municipality", "municipality_code")),
                strict=True,
            ):
                if m:
                    self.places.add(f"{m} ({c})")
        for name in ("indicator_id", "review_status"):
            if name in names:
                counts = self.indicators if name == "indicator_id" else self._status()
                for item in pc.value_counts(batch.column(name)).to_pylist():
                    counts[str(item["values"])] += int(item["counts"])

    def _status(self) -> Counter[str]:
        if self.status is None:
            self.status = Counter()
        return self.status

    def merge(self, other: Summary) -> None:
        """Add what another run of rows holds (every figure is a sum, a union, a min or a
        max, so the order of the runs does not matter)."""
        self.rows += other.rows
        self.periods |= other.periods
        self.start = min(v for v in (self.start, other.start) if v) if other.start else self.start
        self.end = max(self.end, other.end)
        self.countries |= other.countries
        self.admin1 |= other.admin1
        self.places |= other.places
        self.indicators.update(other.indicators)
        if other.status is not None:
            self._status().update(other.status)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "periods": sorted(self.periods),
            "start": self.start,
            "end": self.end,
            "countries": sorted(self.countries),
            "admin1": sorted(self.admin1),
            "places": sorted(self.places),
            "indicators": dict(sorted(self.indicators.items())),
            "status": None if self.status is None else dict(sorted(self.status.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        status = data["status"]
        return cls(
            rows=int(data["rows"]),
            periods={str(v) for v in data["periods"]},
            start=str(data["start"]),
            end=str(data["end"]),
            countries={str(v) for v in data["countries"]},
            admin1={str(v) for v in data["admin1"]},
            places={str(v) for v in data["places"]},
            indicators=Counter({str(k): int(v) for k, v in data["indicators"].items()}),
            status=None if status is None else Counter({str(k): int(v) for k, v in status.items()}),
        )


def summarise(batches: Iterable[pa.Table]) -> Summary:
    summary = Summary()
    for batch in batches:
        summary.add(batch)
    return summary


def readme(
    package: dict[str, Any],
    observations: Summary,
    review: dict[str, Any],
    rows: dict[str, int] | None = None,
    pieces: list[tuple[str, int]] | None = None,
) -> str:
    """The version's README: contents, coverage, review, and how to load it keeping codes as text.

    ``pieces`` (path and bytes of each, in order): the observations CSV is held as these
    pieces a portal accepts and not as one file (``publish.csvsplit``); the contents and the
    loading lines name them."""
    name, version = package["name"], package["version"]
    obs = observations
    periods = sorted(obs.periods)
    countries = sorted(obs.countries)
    admin1 = sorted(obs.admin1)
    places = sorted(obs.places)
    indicators = dict(sorted(obs.indicators.items())) if obs.rows else None
    status = obs.status if obs.status is not None and obs.rows else None
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
        if pieces and resource["path"] == "data/observations.csv":
            first, last = pieces[0][0], pieces[-1][0].rsplit("/", 1)[-1]
            held = f"`{first}` … `{last}` ({len(pieces)})"
            size = sum(b for _, b in pieces)
            lines.append(f"| {resource['name']} | {held} | {count} | {size} |")
            continue
        lines.append(
            f"| {resource['name']} | `{resource['path']}` | {count} | {resource['bytes']} |"
        )
    lines += [
        "",
        "## Cobertura / coverage",
        "",
        f"- Periodos / periods: {obs.start or '-'} … {obs.end or '-'} ({_list(periods)})",
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
        lines += [f"- {k}: {v}" for k, v in sorted(status.items())]
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
    split = any("partition" in r for r in package["resources"])  # the Parquet partitioned
    parquet = "data/observations" if split else "data/observations.parquet"
    duck_parquet = (
        "SELECT * FROM read_parquet('data/observations/*/*/*.parquet', hive_partitioning=true);"
        if split
        else "SELECT * FROM 'data/observations.parquet';"
    )
    dtypes = ", ".join(f'"{c}": "string"' for c in CODE_COLUMNS)
    polars = ", ".join(f'"{c}": pl.Utf8' for c in CODE_COLUMNS)
    duck = ", ".join(f"'{c}': 'VARCHAR'" for c in CODE_COLUMNS)
    pandas_csv = [
        f"obs = pd.read_csv('data/observations.csv', dtype={{{dtypes}}}, keep_default_na=False)"
    ]
    polars_csv = f"obs = pl.read_csv('data/observations.csv', schema_overrides={{{polars}}})"
    duck_csv = f"SELECT * FROM read_csv('data/observations.csv', header=true, types={{{duck}}});"
    said: list[str] = []
    if pieces:  # the CSV as its pieces: read in order, they are the whole table
        folder = pieces[0][0].rsplit("/", 1)[0]
        pandas_csv = [
            "import glob",
            "obs = pd.concat([pd.read_csv(p, dtype=str, keep_default_na=False)",
            f"                 for p in sorted(glob.glob('{folder}/*.csv'))], ignore_index=True)",
        ]
        polars_csv = f"obs = pl.scan_csv('{folder}/*.csv', infer_schema=False).collect()"
        duck_csv = f"SELECT * FROM read_csv('{folder}/*.csv', header=true, all_varchar=true);"
        said = [
            f"El CSV de observaciones está en {len(pieces)} piezas (`{folder}/`) del tamaño "
            "que acepta un portal, cada una con la cabecera: leídas en orden son la tabla "
            "entera. Se leen como texto (los tipos inferidos podrían variar de una pieza a "
            "otra). / The observations CSV is held as pieces a portal accepts, each with the "
            "header; read in order they are the whole table, read as text.",
            "",
        ]
    lines += [
        "",
        "## Cómo cargarlo / how to load it",
        "",
        "Los códigos (municipio INEGI/INDEC/CUT, estado, ids) son texto: conservan sus ceros "
        "a la izquierda (`01001`). Léalos como texto. El Parquet ya trae los tipos.",
        "",
        *said,
        "```python",
        "import pandas as pd",
        *pandas_csv,
        f"obs = pd.read_parquet('{parquet}')  # tipos incluidos",
        "```",
        "",
        "```python",
        "import polars as pl",
        polars_csv,
        "```",
        "",
        "```sql",
        duck_csv,
        duck_parquet,
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
        return f"{title}\n\n" + render("changes-first", lang, count=_counts(diff)["added"]) + "\n"
    return f"{title}\n\n" + render_markdown(diff, lang)
