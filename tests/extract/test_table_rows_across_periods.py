"""A table copied as text with one column per year ("Tipo de violencia | 2021 | 2022"):
every cell of a row is its row's category, in each year, and the "Total" row is the
total; no year's cell is published as the total of the table."""

from __future__ import annotations

from pathlib import Path

from extract.reports import extracted

TABLE = (
    "Informe 2022 del ISDEMU, El Salvador.\n\n"
    "Tipo de violencia\t2021\t2022\n"
    "Física\t1,200\t1,340\n"
    "Sexual\t800\t910\n"
    "Total\t2,000\t2,250\n"
)


def test_each_years_cell_keeps_its_rows_category(tmp_path: Path) -> None:
    found = {
        (o.period_start[:4], o.breakdown_dimension, o.breakdown_value): o.value
        for o in extracted(tmp_path, TABLE)
    }
    assert found == {
        ("2021", "tipo_de_violencia", "Física"): 1200,
        ("2022", "tipo_de_violencia", "Física"): 1340,
        ("2021", "tipo_de_violencia", "Sexual"): 800,
        ("2022", "tipo_de_violencia", "Sexual"): 910,
        ("2021", "_T", "_T"): 2000,
        ("2022", "_T", "_T"): 2250,
    }


def test_a_cell_of_a_cross_table_is_its_row_and_its_column(tmp_path: Path) -> None:
    # regions down, kinds of violence across: 5 is Norte's physical violence, neither all
    # of Norte (12) nor all physical violence (14)
    text = "Casos atendidos en 2022\n\nRegión\tFísica\tSexual\nNorte\t5\t7\nSur\t9\t4\n"
    found = {(o.breakdown_dimension, o.breakdown_value): o.value for o in extracted(tmp_path, text)}
    assert found == {
        ("region+categoria", "Norte | Física"): 5,
        ("region+categoria", "Norte | Sexual"): 7,
        ("region+categoria", "Sur | Física"): 9,
        ("region+categoria", "Sur | Sexual"): 4,
    }
