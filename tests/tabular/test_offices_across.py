"""The offices that receive complaints and attend victims, written across a long table's
columns, are a breakdown's values, never what each column counts.

The cells are those of sheet "5_12" of ``tests/acceptance/corpus_dev42``'s
``gt_ine_datos_vif_2022.xlsx`` (Guatemala's INE gender compendium, the victims of family
violence by the institution that attended them): "Año | Sexo" down, then six institutions
across ("Ministerio Público", "Procuraduría General de la Nación", "Policía Nacional Civil",
"Juzgados de Paz y de Familia", "Bufetes Populares", "Procuraduría de los Derechos Humanos").
Before, no layout took it and the generic reader joined year, sex and institution in each
value's label ("2018 | Mujeres | Ministerio Público"), with no breakdown. The institutions are
known (roles.yaml ``headers_across.institucion``), so the columns are the values of one
breakdown across (``tabular/semantic.py:_open_columns_across``), beside the sex down.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

HEADER = [
    "Año",
    "Sexo",
    "Ministerio Público",
    "Procuraduría General de la Nación",
    "Policía Nacional Civil",
    "Juzgados de Paz y de Familia",
    "Bufetes Populares",
    "Procuraduría de los Derechos Humanos",
]
# sheet "5_12" of gt_ine_datos_vif_2022.xlsx, as written
ROWS = [
    (2018, "Mujeres", 1721, 362, 9143, 14881, 0, 147),
    (2018, "Hombres", 28, 56, 1527, 2109, 0, 18),
    (2019, "Mujeres", 2135, 311, 11197, 13857, 0, 109),
    (2019, "Hombres", 59, 62, 2077, 2077, 0, 14),
    (2020, "Mujeres", 1495, 160, 10689, 12114, 0, 73),
    (2020, "Hombres", 26, 40, 1805, 1851, 0, 6),
    (2021, "Mujeres", 1814, 247, 12661, 16700, 0, 71),
    (2021, "Hombres", 42, 54, 2380, 2451, 0, 15),
    (2022, "Mujeres", 2190, 227, 11989, 17212, 0, 120),
    (2022, "Hombres", 52, 47, 2649, 2679, 0, 29),
]


def _rows(path: Path, header: list[str]) -> dict[str, SimpleNamespace]:
    pd.DataFrame(ROWS, columns=header).to_excel(path, sheet_name="5_12", index=False)
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(country="GT"), use_cache=False)
    )
    return {r["source_locator"]: SimpleNamespace(**r) for r in table_rows(staged.table())}


def test_offices_across_are_the_breakdown_of_each_year_and_sex(tmp_path: Path) -> None:
    at = _rows(tmp_path / "gt_ine_datos_vif_2022.xlsx", HEADER)
    mp = at["5_12!C2"]
    assert (mp.value, mp.period_start, mp.period_end) == (1721.0, "2018-01-01", "2018-12-31")
    assert mp.breakdown_dimension == "sexo+institucion"
    assert mp.breakdown_value == "mujeres | Ministerio Público"
    police = at["5_12!E10"]
    assert (police.value, police.period_start) == (11989.0, "2022-01-01")
    assert police.breakdown_value == "mujeres | Policía Nacional Civil"
    courts = at["5_12!F11"]
    assert (courts.value, courts.breakdown_value) == (
        2679.0,
        "varones | Juzgados de Paz y de Familia",
    )
    assert not [r for r in at.values() if r.value in {2018.0, 2022.0}]  # years never counts


def test_columns_of_unknown_names_are_not_taken_for_offices(tmp_path: Path) -> None:
    # guard: the same numbers under names no vocabulary knows are not read as institutions
    header = ["Año", "Sexo", "Alfa", "Beta", "Gamma", "Delta", "Épsilon", "Zeta"]
    at = _rows(tmp_path / "gt_ine_datos_vif_2022.xlsx", header)
    assert "institucion" not in at["5_12!C2"].breakdown_dimension
