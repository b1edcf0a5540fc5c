"""Working tables of a statistics office's compendium, rebuilt from
``tests/acceptance/corpus_dev42``'s workbooks (Guatemala's INE gender compendium, chapter on
violence against women), their cells as written there: bare tables in A1 with no title, a
chart's axes for headers, the year written as two digits after the sex.

- ``gt_ine_datos_vcm_2022.xlsx``, sheet "5_1": "w" | "y", the departments beside rates per
  1,000 women (5.074693) the file never names: no count, and nothing says what they measure;
  never published (`tabular/semantic.py:_fractions_are_not_counts`). The whole counts of the
  same shape ("x" | "y" of ``gt_ine_datos_mpl_2022.xlsx``, sheet "5_13") still are.
- ``gt_ine_datos_vif_2022.xlsx``, sheet "5_10": "Pueblo | Mujeres_18 | Hombres_18 | Mujeres_22 |
  Hombres_22", the victims of family violence by people, sex and year: each column is its
  sex and its year, 2018 or 2022, never the file name's year for all four
  (`tabular/semantic.py:_year_suffixes`).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

# sheet "5_1" of gt_ine_datos_vcm_2022.xlsx, as written (the last row the country's rate)
RATES = [
    ("Guatemala", 5.074693),
    ("El Progreso", 38.123079),
    ("Sacatepéquez", 9.298643),
    ("Chimaltenango", 8.34923),
    ("Escuintla", 5.390172),
    ("Santa Rosa", 6.837422),
    ("Sololá", 4.430902),
    ("Totonicapán", 12.35461),
    ("Quetzaltenango", 2.894566),
    ("Suchitepéquez", 4.012315),
    ("Retalhuleu", 7.281916),
    ("San Marcos", 2.315191),
    ("Huehuetenango", 1.847249),
    ("Quiché", 0.897352),
    ("Baja Verapaz", 10.421334),
    ("Alta Verapaz", 0.160774),
    ("Petén", 4.539868),
    ("Izabal", 16.133463),
    ("Zacapa", 7.525042),
    ("Chiquimula", 3.780511),
    ("Jalapa", 1.804063),
    ("Jutiapa", 7.659941),
    ("Nacional", 5.096643),
]

# sheet "5_13" of gt_ine_datos_mpl_2022.xlsx: a chart's axes, the years and a count each
YEARS = [(2018, 5085), (2019, 5403), (2020, 5481), (2021, 5538), (2022, 6270)]

# sheet "5_10" of gt_ine_datos_vif_2022.xlsx
PEOPLES_HEADER = ("Pueblo", "Mujeres_18", "Hombres_18", "Mujeres_22", "Hombres_22")
PEOPLES = [
    ("Ladinos", 14320, 2118, 19133, 3315),
    ("Maya", 7650, 1137, 8609, 1517),
    ("Garifuna", 46, 11, 40, 6),
    ("Xinca", 37, 12, 35, 14),
    ("Otro", 91, 10, 152, 25),
    ("No indica", 3876, 421, 3369, 477),
    ("Ignorado", 234, 29, 400, 102),
]


def _rows(path: Path) -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(path, path.name, IngestOptions(overrides=Overrides(country="GT")))
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], [
        i.code for i in staged.issues
    ]


def test_unnamed_rates_under_a_charts_axis_are_never_published(tmp_path: Path) -> None:
    path = tmp_path / "gt_ine_datos_vcm_2022.xlsx"
    pd.DataFrame(RATES, columns=["w", "y"]).to_excel(path, sheet_name="5_1", index=False)
    rows, codes = _rows(path)
    assert not [r for r in rows if r.value is not None], [(r.source_locator, r.value) for r in rows]
    assert "table-columns-derived" in codes


def test_whole_counts_under_a_charts_axis_keep_their_years(tmp_path: Path) -> None:
    path = tmp_path / "gt_ine_datos_mpl_2022.xlsx"
    pd.DataFrame(YEARS, columns=["x", "y"]).to_excel(path, sheet_name="5_13", index=False)
    rows, _ = _rows(path)
    got = {(r.value, r.period_start[:4]) for r in rows}
    assert got == {(5085.0, "2018"), (5403.0, "2019"), (5481.0, "2020"), (5538.0, "2021"),
                   (6270.0, "2022")}  # fmt: skip
    assert not [r for r in rows if r.value in {2018.0, 2019.0, 2020.0, 2021.0, 2022.0}]


def test_a_sex_and_two_digits_of_a_year_date_their_column(tmp_path: Path) -> None:
    path = tmp_path / "gt_ine_datos_vif_2022.xlsx"
    pd.DataFrame(PEOPLES, columns=list(PEOPLES_HEADER)).to_excel(
        path, sheet_name="5_10", index=False
    )
    rows, codes = _rows(path)
    at = {r.source_locator: r for r in rows}
    ladino_women_2018, ladino_men_2022 = at["5_10!B2"], at["5_10!E2"]
    assert ladino_women_2018.value == 14320
    assert (ladino_women_2018.period_start, ladino_women_2018.period_end) == (
        "2018-01-01",
        "2018-12-31",
    )
    assert ladino_women_2018.breakdown_value == "Ladinos | mujeres"
    assert ladino_men_2022.value == 3315
    assert ladino_men_2022.period_start == "2022-01-01"
    assert ladino_men_2022.breakdown_value == "Ladinos | varones"
    women_2022 = at["5_10!D2"]
    assert (women_2022.value, women_2022.period_start) == (19133, "2022-01-01")
    assert len(rows) == 28
    assert "table-values-collapse" not in codes  # no two years on one key


def test_two_digits_that_make_no_grid_of_years_date_nothing(tmp_path: Path) -> None:
    # the same cells with the 2018 columns only: one year, no grid, no column dated by "_18"
    path = tmp_path / "gt_ine_datos_vif_2022.xlsx"
    pd.DataFrame([p[:3] for p in PEOPLES], columns=list(PEOPLES_HEADER[:3])).to_excel(
        path, sheet_name="5_10", index=False
    )
    rows, _ = _rows(path)
    assert rows
    assert not [r for r in rows if r.period_start.startswith("2018")]
