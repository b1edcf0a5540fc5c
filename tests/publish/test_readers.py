"""The published CSV as analysts read it: pandas, polars, DuckDB and frictionless, each
with its defaults, column by column. Run as a script to print the table:

    python tests/publish/test_readers.py published/<ds>/<v>/data/observations.csv
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

READERS = ("pandas", "polars", "duckdb", "frictionless")


def reader_types(csv_path: Path) -> dict[str, dict[str, str]]:
    """reader -> column -> type as read with that reader's defaults (frictionless through
    the datapackage.json beside the data, as `frictionless validate` reads it)."""
    import duckdb
    import pandas as pd
    import polars as pl
    from frictionless import Package

    out: dict[str, dict[str, str]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out["pandas"] = {c: str(t) for c, t in pd.read_csv(csv_path).dtypes.items()}
    out["polars"] = {c: str(t) for c, t in pl.read_csv(csv_path).schema.items()}
    relation = duckdb.read_csv(str(csv_path))
    out["duckdb"] = {c: str(t) for c, t in zip(relation.columns, relation.types, strict=True)}
    package = Package(str(csv_path.parent.parent / "datapackage.json"))
    resource = package.get_resource(csv_path.stem)
    out["frictionless"] = {f.name: f.type for f in resource.schema.fields}
    return out


def markdown(types: dict[str, dict[str, str]]) -> str:
    columns = list(types["duckdb"])
    lines = ["| column | " + " | ".join(READERS) + " |", "|---" * (len(READERS) + 1) + "|"]
    for column in columns:
        cells = [types[r].get(column, "-") for r in READERS]
        lines.append(f"| `{column}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def published_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from genero_etl.pipeline import IngestOptions, ingest_paths
    from genero_etl.publish.package import publish
    from genero_etl.workspace import Workspace

    root = tmp_path_factory.mktemp("readers")
    raw = Path(__file__).resolve().parents[2] / "raw"
    # text reports and a spreadsheet: integers and fractions in `value`, coded places
    shutil.copytree(raw, root / "raw", ignore=shutil.ignore_patterns("*.pdf", "*.docx"))
    # every staged value goes out, whatever its confidence: the readers are under test
    (root / "genero-etl.yaml").write_text("review:\n  min_confidence: 0\n", "utf-8")
    ws = Workspace(root)
    ingest_paths([ws.raw], ws, IngestOptions())
    return publish(ws).path / "data" / "observations.csv"


def test_numbers_are_floats_for_every_reader(published_csv: Path) -> None:
    types = reader_types(published_csv)
    for column in ("value", "confidence"):
        assert types["pandas"][column] == "float64"
        assert types["polars"][column] == "Float64"
        assert types["duckdb"][column] == "DOUBLE"
        assert types["frictionless"][column] == "number"
    for reader, expected in zip(READERS, ("bool", "Boolean", "BOOLEAN", "boolean"), strict=True):
        assert types[reader]["approximate"] == expected
    assert types["duckdb"]["period_start"] == "DATE"
    assert types["frictionless"]["period_start"] == "date"


def test_a_value_with_a_fraction_after_integers_reads_with_polars(published_csv: Path) -> None:
    import polars as pl

    text = published_csv.read_text(encoding="utf-8")
    assert '"80000.5"' in text and '"30000.0"' in text
    values = pl.read_csv(published_csv)["value"].to_list()
    assert 80000.5 in values and 30000.0 in values


def test_codes_keep_leading_zeros(published_csv: Path) -> None:
    """DuckDB keeps them by default; pandas and polars with the documented one-liner."""
    import duckdb
    import pandas as pd
    import polars as pl

    codes = {"municipality_code": str, "admin1": str}
    assert "06497" in duckdb.read_csv(str(published_csv)).df()["municipality_code"].tolist()
    assert "06497" in pd.read_csv(published_csv, dtype=codes)["municipality_code"].tolist()
    frame = pl.read_csv(published_csv, schema_overrides={"municipality_code": pl.String})
    assert "06497" in frame["municipality_code"].to_list()
    # the defaults of pandas and polars do lose them (which is why docs/portals.md says so)
    assert 6497 in pl.read_csv(published_csv)["municipality_code"].to_list()


if __name__ == "__main__":
    print(markdown(reader_types(Path(sys.argv[1]))))
