"""A part of an amount of money written without its multiplier ("de los cuales nueve", nine
millions) is no value as it stands: from a real report of Panama's Ministerio de la Mujer."""

from __future__ import annotations

from pathlib import Path

from .reports import described


def test_nine_of_eleven_million_dollars_is_not_published_as_nine(tmp_path: Path) -> None:
    found = described(
        tmp_path,
        "pa_minmujer_2025.txt",
        "Ministerio de la Mujer de Panamá: presupuesto 2025",
        "Explicó que el Ministerio de la Mujer contaba con un presupuesto de 11 millones de "
        "dólares, de los cuales nueve se destinaban a funcionamiento y tres a inversión.",
    )
    assert [(row[0], row[1], row[2], row[4]) for row in found] == [
        ("line:2", 11000000.0, "presupuesto_genero", "PA")
    ]


def test_a_part_with_its_own_multiplier_and_currency_is_a_value(tmp_path: Path) -> None:
    found = described(
        tmp_path,
        "pa_minmujer_2025.txt",
        "Ministerio de la Mujer de Panamá: presupuesto 2025",
        "Explicó que el Ministerio de la Mujer contaba con un presupuesto de 11 millones de "
        "dólares, de los cuales 9 millones de dólares se destinaban a funcionamiento.",
    )
    assert [(row[0], row[1], row[2]) for row in found] == [
        ("line:2", 11000000.0, "presupuesto_genero"),
        ("line:2", 9000000.0, "presupuesto_genero"),
    ]
