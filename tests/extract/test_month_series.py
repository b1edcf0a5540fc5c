"""Months in a series of monthly counts, from a real report of the municipal women's institute
of Guasave (Sinaloa, Mexico): "seguido de septiembre con 122" is September's, "marzo y abril con
109" is each month's (one value per month, never the year's)."""

from __future__ import annotations

from pathlib import Path

from .reports import described


def test_a_ranked_month_and_two_months_sharing_a_count_take_their_own_periods(
    tmp_path: Path,
) -> None:
    found = described(
        tmp_path,
        "mx_guasave_imm_2023.txt",
        "Instituto Municipal de las Mujeres de Guasave: atenciones 2023",
        "Guasave, Sin.- La directora del Instituto Municipal de las Mujeres en Guasave, Xóchitl "
        "Soto Fierro, informó que el 2023 cerraron con mil 196 atenciones a usuarias víctimas de "
        "violencia, y dijo que pese a que en el mes de diciembre se atendieron 94 mujeres, no fue "
        "el mes más alto; en agosto fueron 125, seguido de septiembre con 122, octubre 104, marzo "
        "y abril con 109.",
        division=True,
    )
    assert [(row[1], row[6], row[7]) for row in found] == [
        (1196.0, "2023-01-01", "2023-12-31"),
        (94.0, "2023-12-01", "2023-12-31"),
        (125.0, "2023-08-01", "2023-08-31"),
        (122.0, "2023-09-01", "2023-09-30"),
        (104.0, "2023-10-01", "2023-10-31"),
        (109.0, "2023-03-01", "2023-03-31"),
        (109.0, "2023-04-01", "2023-04-30"),
    ]
    assert {row[0] for row in found} == {"line:2"}
    assert {(row[2], row[4], row[5]) for row in found} == {("personas_asistidas", "MX", "MX-SIN")}
