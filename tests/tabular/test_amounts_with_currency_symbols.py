"""Amounts typed with their currency ("₡ 12.500.000", "RD$ 1.250.000.000", "Q 45,000,000.00",
"Gs. 25.000.000.000", "US$ 12.500"): every cell of the column was read as text and nothing
was published. An amount in another currency than the country's keeps the cell's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.tabular.staged import ingest

from genero_etl.normalize.units import currency_written, without_currency


@pytest.mark.parametrize(
    ("title", "first", "second", "values", "unit"),
    [
        ("Presupuesto ejecutado por el INAMU, Costa Rica", "₡ 12.500.000", "₡ 13.750.000",
         (12_500_000.0, 13_750_000.0), "CRC"),
        ("Presupuesto del Ministerio de la Mujer, República Dominicana", "RD$ 1.250.000.000",
         "RD$ 1.400.000.000", (1_250_000_000.0, 1_400_000_000.0), "DOP"),
        ("Presupuesto de la SEPREM, Guatemala", "Q 45,000,000.00", "Q 48,500,000.00",
         (45_000_000.0, 48_500_000.0), "GTQ"),
        ("Presupuesto del Ministerio de la Mujer, Paraguay", "Gs. 25.000.000.000",
         "Gs. 27.000.000.000", (25_000_000_000.0, 27_000_000_000.0), "PYG"),
        ("Presupuesto ejecutado por el INAMU, Costa Rica", "US$ 12.500", "US$ 13.750",
         (12_500.0, 13_750.0), "USD"),
    ],
)  # fmt: skip
def test_amounts_written_with_their_currency_are_read(
    tmp_path: Path, title: str, first: str, second: str, values: tuple[float, float], unit: str
) -> None:
    rows = ingest(
        tmp_path / "presupuesto.csv", f'"{title}"\nAño,Monto\n2022,"{first}"\n2023,"{second}"\n'
    )
    got = sorted((r.source_locator, r.value, r.unit, r.period_start) for r in rows)
    assert got == [
        ("B3", values[0], unit, "2022-01-01"),
        ("B4", values[1], unit, "2023-01-01"),
    ]


def test_a_quarter_or_a_line_is_not_an_amount() -> None:
    assert [without_currency(t) for t in ("Q1", "Q1 2023", "L2", "Bs 4")] == [
        "Q1",
        "Q1 2023",
        "L2",
        "Bs 4",
    ]
    assert [currency_written(t) for t in ("L 1.200", "1.250 Bs.", "Q1")] == ["L", "Bs.", ""]
