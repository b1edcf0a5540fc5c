"""A statistics office's query export, rebuilt from ``tests/acceptance/corpus_dev46``'s workbook
(INEGI's homicide deaths by year of registration and sex, Mexico), its rows and cells as
written there: a title row, the query in one cell ("Consulta de: Defunciones por homicidio
Por: Año de registro   Según: Sexo"), the header "Total | Hombre | Mujer | No especificado"
over one row per year, the source in a footer row.

The query line names what is counted only between "Consulta de:" and "Por:"
(`tabular/layout.py:title_line`, roles.yaml ``query_title``): its "Consulta" is the query,
never consultations (people assisted), and "Por:"/"Según:" name the table's own rows and
columns. The Total column beside the sexes counts what they count, named alike
(`tabular/semantic.py`, the label of columns that are a breakdown's values).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document
from genero_etl.tabular.layout import title_line

SHEET = "INEGI_Exporta_20180710084300"
QUERY = "Consulta de: Defunciones por homicidio   Por: Año de registro   Según: Sexo"
N = None
# "Homicides by sex and year INEGI.xlsx", its first and last years, as written
ROWS = [
    ["Defunciones por homicidios", N, N, N, N],
    [N, N, N, N, N],
    [QUERY, N, N, N, N],
    [N, N, N, N, N],
    [N, N, N, N, N],
    [N, "Total", "Hombre", "Mujer", "No especificado"],
    [1990, 14493, 12932, 1519, 42],
    [1991, 15128, 13553, 1534, 41],
    [1992, 16594, 14935, 1623, 36],
    [2014, 20010, 17503, 2408, 99],
    [2015, 20762, 18293, 2383, 86],
    [2016, 24559, 21673, 2813, 73],
    [N, N, N, N, N],
    ["FUENTE: INEGI. Estadísticas de mortalidad.", N, N, N, N],
]


def _rows(path: Path) -> list[SimpleNamespace]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="MX")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())]


def _write(path: Path, rows: list[list[object]]) -> None:
    pd.DataFrame(rows).to_excel(path, sheet_name=SHEET, index=False, header=False)


def test_a_query_line_names_what_is_counted_between_consulta_de_and_por() -> None:
    assert title_line(QUERY) == "Defunciones por homicidio"
    assert title_line("Consulta de: Defunciones por homicidio Según: Sexo") == (
        "Defunciones por homicidio"
    )


def test_any_other_title_line_is_kept_as_written() -> None:
    assert title_line("Defunciones por homicidios") == "Defunciones por homicidios"
    # a title naming consultations, with no query's "Por:", stays whole
    assert title_line("Consulta de orientación psicológica por mes") == (
        "Consulta de orientación psicológica por mes"
    )


def test_the_export_counts_homicide_deaths_never_people_assisted(tmp_path: Path) -> None:
    path = tmp_path / "mx_inegi_defunciones_homicidio_sexo_anio_registro_1990_2016.xlsx"
    _write(path, ROWS)
    rows = _rows(path)
    assert len(rows) == 24  # 6 years x (total + 3 sexes)
    assert not [r for r in rows if r.indicator_id == "personas_asistidas"]
    at = {(r.period_start[:4], r.breakdown_value): r for r in rows}
    total, women = at[("2016", "_T")], at[("2016", "mujeres")]
    assert (total.value, women.value) == (24559, 2813)
    assert "homicidio" in women.indicator_label.lower()
    # the Total column counts what the sexes' columns count, named alike
    assert total.indicator_label == women.indicator_label
    assert total.indicator_id == women.indicator_id
    assert women.parent_observation_id == total.observation_id
    assert not [r for r in rows if r.value in {1990, 2016}]
