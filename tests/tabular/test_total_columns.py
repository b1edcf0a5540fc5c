"""A long table's total column beside the columns of its parts, rebuilt from
``tests/acceptance/corpus_dev41``'s ``mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx``,
sheet "municipal" (Jalisco, Mexico), its cells as written there: the women channelled to a
protection measure ("total_mujeres_canalizadas_medidas") beside those granted and refused
("medidas_aceptadas", "medidas_rechazadas"), the same for protection orders.

The total is published as the total of its parts (``_T``), the parts under its indicator as a
breakdown ``resolucion`` linked to it, so a sum over one breakdown level counts the channelled
women once (`tabular/semantic.py:_totals_of_parts`, roles.yaml ``category_values.resolucion``).

The same workbook's sheet "estatal" (año | mes | total | tipo) counts under "total" what its
"tipo" says, "Medidas de protección" or "Órdenes de protección": those values are the
indicator, never a breakdown of one named by the sheet ("estatal")
(`tabular/semantic.py:_kinds_counted`).
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
from tests.tabular.test_service_activity_tables import MUNICIPAL, MUNICIPAL_HEADER, STATE

from genero_etl.model.arrow import table_rows
from genero_etl.normalize.document import Overrides
from genero_etl.pipeline import IngestOptions, extract_document

# more rows of the same sheet: Guadalajara's of 2019 and 2020, then two rows (3047 and 3081)
# whose total is not the sum of its parts as written (2 channelled, 1 granted, 0 refused; 26
# channelled, 10 granted, 0 refused)
MORE = [
    ("Guadalajara", 2019, "Enero", 449, 233, 233, 0, 0, 0, 0),
    ("Guadalajara", 2019, "Febrero", 389, 212, 212, 0, 1, 1, 0),
    ("Guadalajara", 2019, "Marzo", 494, 304, 304, 0, 1, 1, 0),
    ("Guadalajara", 2019, "Abril", 481, 321, 321, 0, 1, 1, 0),
    ("Guadalajara", 2019, "Mayo", 648, 357, 357, 0, 0, 0, 0),
    ("Guadalajara", 2019, "Junio", 519, 364, 364, 0, 1, 1, 0),
    ("Guadalajara", 2019, "Julio", 558, 363, 363, 0, 1, 1, 0),
    ("Guadalajara", 2019, "Agosto", 605, 412, 412, 0, 1, 1, 0),
    ("Guadalajara", 2019, "Septiembre", 566, 402, 402, 0, 3, 3, 0),
    ("Guadalajara", 2019, "Octubre", 596, 396, 396, 0, 0, 0, 0),
    ("Guadalajara", 2019, "Noviembre", 533, 373, 373, 0, 2, 2, 0),
    ("Guadalajara", 2019, "Diciembre", 525, 381, 381, 0, 6, 6, 0),
    ("Guadalajara", 2020, "Enero", 525, 381, 381, 0, 4, 4, 0),
    ("Guadalajara", 2020, "Febrero", 630, 452, 452, 0, 4, 4, 0),
    ("Guadalajara", 2020, "Marzo", 819, 565, 565, 0, 7, 7, 0),
    ("Guadalajara", 2020, "Abril", 647, 493, 493, 0, 6, 6, 0),
    ("Guadalajara", 2020, "Mayo", 908, 545, 545, 0, 7, 7, 0),
    ("Guadalajara", 2020, "Junio", 951, 525, 525, 0, 8, 8, 0),
    ("Guadalajara", 2020, "Julio", 806, 443, 443, 0, 7, 7, 0),
    ("Guadalajara", 2020, "Agosto", 656, 452, 452, 0, 6, 6, 0),
    ("Guadalajara", 2020, "Septiembre", 747, 545, 545, 0, 3, 3, 0),
    ("Guadalajara", 2020, "Octubre", 772, 535, 535, 0, 12, 12, 0),
    ("Guadalajara", 2020, "Noviembre", 670, 480, 480, 0, 11, 11, 0),
    ("Guadalajara", 2020, "Diciembre", 608, 406, 406, 0, 9, 9, 0),
    ("Acatlán de Juárez", 2021, "Febrero", 2, 2, 1, 0, 0, 0, 0),
    ("Ameca", 2021, "Abril", 27, 26, 10, 0, 0, 0, 0),
]


def _rows(path: Path) -> tuple[list[SimpleNamespace], list[str]]:
    staged = extract_document(
        path, path.name, IngestOptions(overrides=Overrides(country="MX", admin1="MX-JAL"))
    )
    return [SimpleNamespace(**r) for r in table_rows(staged.table())], [
        i.code for i in staged.issues
    ]


def _book(path: Path, rows: list[tuple[object, ...]]) -> None:
    pd.DataFrame(rows, columns=list(MUNICIPAL_HEADER)).to_excel(
        path, sheet_name="municipal", index=False
    )


def test_a_total_column_is_the_total_of_the_breakdown_across_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx"
    _book(path, MUNICIPAL + MORE)
    rows, codes = _rows(path)
    by_cell = {r.source_locator: r for r in rows}
    # Guadalajara, January 2019 (the table's row 18): 233 channelled, 233 granted, 0 refused
    total, granted, refused = (by_cell[f"municipal!{c}18"] for c in "EFG")
    assert (total.value, total.municipality_code, total.period_start) == (
        233,
        "14039",
        "2019-01-01",
    )
    assert (total.breakdown_dimension, total.breakdown_value) == ("_T", "_T")
    assert not total.parent_observation_id
    assert (granted.value, granted.breakdown_dimension, granted.breakdown_value) == (
        233,
        "resolucion",
        "aceptadas",
    )
    assert (refused.value, refused.breakdown_value) == (0, "rechazadas")
    assert granted.parent_observation_id == refused.parent_observation_id == total.observation_id
    # the parts keep their total's indicator, never one of their own
    assert granted.indicator_label == refused.indicator_label == total.indicator_label
    assert total.indicator_label == "total_mujeres_canalizadas_medidas"
    # the orders: their own total (Guadalajara, February 2019: 1 channelled, 1 granted)
    orders, orders_granted = by_cell["municipal!H19"], by_cell["municipal!I19"]
    assert (orders.value, orders.breakdown_value) == (1, "_T")
    assert (orders_granted.value, orders_granted.breakdown_value) == (1, "aceptadas")
    assert orders_granted.parent_observation_id == orders.observation_id
    assert orders.indicator_label == "total_mujeres_canalizadas_ordenes"
    # the victims are no part of any total
    victims = by_cell["municipal!D18"]
    assert (victims.value, victims.breakdown_value) == (449, "_T")
    assert not victims.parent_observation_id
    assert not any(r.parent_observation_id == victims.observation_id for r in rows)
    # every part linked: 42 rows, two totals each with two parts
    assert sum(1 for r in rows if r.parent_observation_id) == 42 * 4
    # a total the source writes apart from its parts' sum (Ameca: 26, 10 + 0) is published as
    # written, linked, and said to disagree
    assert by_cell["municipal!E43"].value == 26
    assert by_cell["municipal!F43"].parent_observation_id == by_cell["municipal!E43"].observation_id
    assert "parts-mismatch" in codes


def test_a_total_column_its_parts_do_not_add_up_to_is_left_apart(tmp_path: Path) -> None:
    # the same cells, the granted measures of every row of Acatic halved: the total is no
    # longer their sum on nine rows in ten, so nothing is linked to it
    rows_in = [
        (*r[:5], r[5] // 2 if r[0] == "Acatic" and r[5] > 1 else r[5], *r[6:])
        for r in MUNICIPAL + MORE
    ]
    path = tmp_path / "mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx"
    _book(path, rows_in)
    rows, _ = _rows(path)
    by_cell = {r.source_locator: r for r in rows}
    total, granted = by_cell["municipal!E18"], by_cell["municipal!F18"]
    assert (total.value, granted.value) == (233, 233)
    assert not granted.parent_observation_id
    # the orders still add up, and are still linked
    assert by_cell["municipal!I19"].parent_observation_id == by_cell["municipal!H19"].observation_id


def test_a_kind_column_beside_a_bare_total_names_what_each_row_counts(tmp_path: Path) -> None:
    path = tmp_path / "mx_jalisco_medidas_ordenes_proteccion_2019_2023.xlsx"
    pd.DataFrame(STATE, columns=["año", "mes", "total", "tipo"]).to_excel(
        path, sheet_name="estatal", index=False
    )
    rows, _ = _rows(path)
    assert len(rows) == 24
    by_cell = {r.source_locator: r for r in rows}
    january = by_cell["estatal!C2"]  # 2019 | Enero | 1114 | Medidas de protección
    assert (january.value, january.admin1, january.period_start) == (1114, "MX-JAL", "2019-01-01")
    assert (january.indicator_id, january.indicator_label) == (
        "medidas_proteccion",
        "Medidas de protección",
    )
    assert (january.breakdown_dimension, january.breakdown_value) == ("_T", "_T")
    december = by_cell["estatal!C25"]  # 2019 | Diciembre | 11 | Órdenes de protección
    assert (december.value, december.period_start) == (11, "2019-12-01")
    assert december.indicator_label == "Órdenes de protección"
    assert december.breakdown_value == "_T"
    assert not any(r.indicator_label == "estatal" for r in rows)
