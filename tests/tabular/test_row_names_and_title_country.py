"""Two small shapes every office writes: one row per institution with the sexes across and a
"Total" column, and a table of age groups under a title that names the country.

Read without the first column, the institutions' rows fell on one key (two values for the
women of the country in one year); read without the title, the age groups' table had no
country.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document


def ingest(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides()))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_institutions_down_sexes_across_and_a_total_column(tmp_path: Path) -> None:
    path = written(
        tmp_path / "capacitadas_sexo.csv",
        '"Personas capacitadas en Ley Micaela por sexo, Costa Rica 2021"\n'
        "Institución,Mujeres,Hombres,Total\n"
        "Municipalidad de San José,120,80,200\n"
        "Municipalidad de Heredia,60,40,100\n",
    )
    rows = ingest(path)
    got = sorted(
        (r.source_locator, r.value, r.breakdown_dimension, r.breakdown_value) for r in rows
    )
    assert got == [
        ("B3", 120.0, "institucion+sexo", "Municipalidad de San José | Mujeres"),
        ("B4", 60.0, "institucion+sexo", "Municipalidad de Heredia | Mujeres"),
        ("C3", 80.0, "institucion+sexo", "Municipalidad de San José | Hombres"),
        ("C4", 40.0, "institucion+sexo", "Municipalidad de Heredia | Hombres"),
        ("D3", 200.0, "institucion", "Municipalidad de San José"),
        ("D4", 100.0, "institucion", "Municipalidad de Heredia"),
    ]
    assert {(r.indicator_id, r.country, r.period_start, r.period_end) for r in rows} == {
        ("ley_micaela_personas_capacitadas", "CR", "2021-01-01", "2021-12-31")
    }


def test_age_groups_under_a_title_that_names_the_country(tmp_path: Path) -> None:
    path = written(
        tmp_path / "atendidas_edad.csv",
        '"Mujeres atendidas por grupo de edad, El Salvador, 2022"\n'
        "Grupo de edad,Atendidas\n"
        "0-17 años,312\n18-29 años,1450\n30-59 años,2210\n60 y más,180\nTotal,4152\n",
    )
    rows = ingest(path)
    assert sorted((r.source_locator, r.value, r.breakdown_value) for r in rows) == [
        ("B3", 312.0, "0-17 años"),
        ("B4", 1450.0, "18-29 años"),
        ("B5", 2210.0, "30-59 años"),
        ("B6", 180.0, "60 y más"),
        ("B7", 4152.0, "_T"),
    ]
    assert {(r.country, r.admin1, r.period_start) for r in rows} == {("SV", "", "2022-01-01")}
