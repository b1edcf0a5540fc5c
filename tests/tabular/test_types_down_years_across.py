"""Types of violence (or offences) down the rows, the years across: each row's type is a
breakdown's value, never a label alone.

The cells are those of ``tests/acceptance/corpus_dev42``'s Guatemala INE gender compendium:
sheet "5_6" of ``gt_ine_datos_vcm_2022.xlsx`` ("Tipo de violencia " over "Psicológica",
"Física", "VCM" ..., 2018 ... 2022 across, then two unnamed columns: each row's sum and its
copy) and sheet "5_14" of ``gt_ine_datos_mpl_2022.xlsx`` ("Tipo de delito" over "Extorsión",
"Asesinato" ..., 2018 ... 2022 across). Such a table is read without roles (the generic
reader); before, each row's type or crime was only the value's label ("Psicológica"), with no
breakdown: 4,963 VCM complaints of 2018, 282 women held for murder in 2018 and the span's
87,911 psychological-violence complaints could not be found by their type. The header names a
breakdown of roles.yaml ``row_breakdowns`` (``tipo_violencia``, ``tipo_delito``): the row's
label is that breakdown's value, and still names what it counts ("Femicidio": femicides).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

YEARS = [2018, 2019, 2020, 2021, 2022]
# sheet "5_6" of gt_ine_datos_vcm_2022.xlsx, as written (the sums' column a formula, then its
# copy as numbers)
TYPES = [
    ("Psicológica", 19014, 19357, 18416, 15827, 15297, 87911),
    ("Física", 11406, 10043, 8616, 6056, 8649, 44770),
    ("VCM", 4963, 9556, 13362, 21788, 5537, 55206),
    ("Económica ", 138, 152, 86, 0, 53, 429),
    ("Femicidio ", 127, 121, 108, 123, 93, 572),
    ("Sexual", 118, 79, 68, 0, 87, 352),
    ("Otros tipos y  combinaciones ", 11704, 12896, 11647, 10823, 10471, 57541),
]
# sheet "5_14" of gt_ine_datos_mpl_2022.xlsx, as written
CRIMES = [
    ("Extorsión", 1219, 1418, 1513, 1667, 2278),
    ("Asociaciones ilícitas", 916, 953, 951, 931, 910),
    ("obstrucción extorsiva de transito", 424, 449, 451, 414, 414),
    ("Asesinato", 282, 270, 287, 311, 333),
    ("Lavado de dinero u otros activos", 160, 179, 174, 178, 185),
]


def _types_sheet(path: Path, header: str = "Tipo de violencia ") -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "5_6"
    sheet.append([header, *YEARS, None, None])
    for i, (label, *counts, total) in enumerate(TYPES, start=2):
        sheet.append([label, *counts, f"=SUM(B{i}:F{i})", total])
    book.save(path)


def _rows(path: Path) -> dict[str, SimpleNamespace]:
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(country="GT"), use_cache=False)
    )
    return {r["source_locator"]: SimpleNamespace(**r) for r in table_rows(staged.table())}


def test_types_of_violence_down_are_the_breakdown_of_each_year(tmp_path: Path) -> None:
    path = tmp_path / "gt_ine_datos_vcm_2022.xlsx"
    _types_sheet(path)
    at = _rows(path)
    vcm = at["5_6!B4"]
    assert (vcm.value, vcm.period_start, vcm.period_end) == (4963.0, "2018-01-01", "2018-12-31")
    assert (vcm.breakdown_dimension, vcm.breakdown_value) == ("tipo_violencia", "VCM")
    assert vcm.indicator_label == "VCM"  # the label kept
    femicides = at["5_6!B6"]
    assert (femicides.value, femicides.indicator_id) == (127.0, "femicidios")  # still named
    assert femicides.breakdown_dimension == "tipo_violencia"


def test_the_span_total_beside_the_years_keeps_its_type(tmp_path: Path) -> None:
    path = tmp_path / "gt_ine_datos_vcm_2022.xlsx"
    _types_sheet(path)
    at = _rows(path)
    span = [r for r in at.values() if r.value == 87911.0]
    assert len(span) == 1  # the sums once, never their copy
    assert (span[0].period_start, span[0].period_end) == ("2018-01-01", "2022-12-31")
    assert (span[0].breakdown_dimension, span[0].breakdown_value) == (
        "tipo_violencia",
        "Psicológica",
    )


def test_crimes_down_are_the_breakdown_of_people_held(tmp_path: Path) -> None:
    path = tmp_path / "gt_ine_datos_mpl_2022.xlsx"
    pd.DataFrame(CRIMES, columns=["Tipo de delito", *YEARS]).to_excel(
        path, sheet_name="5_14", index=False
    )
    at = _rows(path)
    murder = at["5_14!B5"]
    assert (murder.value, murder.period_start) == (282.0, "2018-01-01")
    assert (murder.breakdown_dimension, murder.breakdown_value) == ("tipo_delito", "Asesinato")
    assert murder.indicator_id == "sin_clasificar"  # people held for murder: no murders
    assert (at["5_14!F2"].value, at["5_14!F2"].breakdown_value) == (2278.0, "Extorsión")


def test_a_header_naming_no_such_breakdown_keeps_its_rows_as_labels(tmp_path: Path) -> None:
    # guard: "Concepto" (no breakdown of the lexicon) over the same rows: the rows stay what
    # each counts, as before, with no breakdown
    path = tmp_path / "gt_ine_datos_vcm_2022.xlsx"
    _types_sheet(path, header="Concepto")
    at = _rows(path)
    assert (at["5_6!B4"].value, at["5_6!B4"].breakdown_dimension) == (4963.0, "_T")
    assert at["5_6!B4"].indicator_label == "VCM"


def test_a_breakdown_of_the_lexicon_not_listed_is_not_taken(tmp_path: Path) -> None:
    # guard: a bare "Tipo" (roles.yaml ``category.tipo``, not a ``row_breakdowns``) lists other
    # things, each its own indicator
    path = tmp_path / "gt_ine_datos_vcm_2022.xlsx"
    _types_sheet(path, header="Tipo")
    at = _rows(path)
    assert at["5_6!B4"].breakdown_dimension == "_T"
