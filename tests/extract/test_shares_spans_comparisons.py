"""Wrong facts a careful reader would not publish: a share stated with its category is that
category's share, not the total's. Every sentence is from a report of the text corpus
(tests/acceptance/texts) or written the way those reports write."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.reports import extracted


def _rows(tmp_path: Path, text: str) -> list[tuple[float, str, str, str, str, str]]:
    return [
        (
            o.value,
            o.unit,
            o.breakdown_dimension,
            o.breakdown_value,
            o.period_label,
            o.source_locator,
        )
        for o in extracted(tmp_path, text)
    ]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        # a share right after "de las cuales": the share of a part of the count
        (
            "En 2023 se registraron 1.250 denuncias, de las cuales el 62 % correspondió a "
            "violencia intrafamiliar y el 20 % a violencia psicológica.",
            [(62.0, "grupo", "violencia intrafamiliar"), (20.0, "grupo", "violencia psicológica")],
        ),
        # the count of the share in parentheses, then the part's words (DO, Casas de Acogida)
        (
            "Mientras, en las Casas de Acogida se acogió a 1,383 personas hasta noviembre de "
            "2018, de las cuales el 48.5 % (671) son mujeres, y el 51.5 % (712) son menores de "
            "13 años y adolescentes.",
            [(48.5, "sexo", "mujeres"), (51.5, "grupo", "menores de 13 años y adolescentes")],
        ),
        # "De estos," opening the next sentence (PE, Programa Aurora in Cusco)
        (
            "Entre enero y septiembre de 2024, se han atendido 8,222 casos en los Centros de "
            "Emergencia Mujer (CEM) de la región. De estos, el 52.5% corresponden a maltrato "
            "psicológico, el 34.8% a maltrato físico y el 11.8% a violencia sexual.",
            [
                (52.5, "grupo", "maltrato psicológico"),
                (34.8, "grupo", "maltrato físico"),
                (11.8, "grupo", "violencia sexual"),
            ],
        ),
        # the verb names the category (lexicon phrases.share_category), no count before it
        (
            "En 2023 se registraron 1.250 denuncias. El 45,3 % correspondió a violencia "
            "psicológica.",
            [(45.3, "grupo", "violencia psicológica")],
        ),
        (
            "Del total de consultas de 2025, el 81,2 % correspondió a mujeres y el 18,8 % a "
            "hombres.",
            [(81.2, "sexo", "mujeres")],
        ),
    ],
)
def test_a_share_with_its_category_is_that_categorys(
    tmp_path: Path, text: str, shares: list[tuple[float, str, str]]
) -> None:
    rows = _rows(tmp_path, text)
    got = [(v, dim, val) for v, unit, dim, val, _, _ in rows if unit == "%"]
    for share in shares:
        assert share in got, got
    assert all(line == "line:1" for *_, line in rows)
    assert all(
        val != "_T" for v, unit, _, val, _, _ in rows if (v, unit) in {(s[0], "%") for s in shares}
    )


def test_a_listed_category_is_not_read_as_one(tmp_path: Path) -> None:
    """ "el 55% de las alertas corresponden a Quito, capital del país, y a Guayaquil": the
    share is of two cities; it is not published as Quito's."""
    rows = _rows(
        tmp_path,
        "En 2020, aproximadamente el 55% de las alertas corresponden a Quito, capital del país, "
        "y a Guayaquil (oeste).",
    )
    assert all(val != "Quito" for _, _, _, val, _, _ in rows), rows


def test_the_count_keeps_its_total(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        "En 2023 se registraron 1.250 denuncias, de las cuales el 62 % correspondió a "
        "violencia intrafamiliar.",
    )
    assert (1250.0, "denuncias", "_T", "_T", "2023", "line:1") in rows
