"""An article before a capitalised noun names an event by its title, it counts nothing
(tests/acceptance/texts, part dev16: ec_inec_femicidios_25n_2023); an article before a noun
written small still counts one, and so does one place of care named by its title
(pe_cem_mancora_piura_2023 of dev: "se cuenta con un Hogar de Refugio Temporal"). Values are asserted with their line, number and indicator."""

from __future__ import annotations

from pathlib import Path

import pytest

from .reports import titled

Row = tuple[str, float, str]  # line, value, indicator


def rows(tmp_path: Path, text: str) -> list[Row]:
    """(line, value, indicator) of every observation of ``text`` saved as a report (its lines
    numbered from 2: line 1 is the report's title)."""
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id)
        for o in titled(tmp_path, "Informe", text)
    ]


def test_an_event_named_by_its_title_is_not_one_event(tmp_path: Path) -> None:
    text = (
        "Junto al Fondo de Población de las Naciones Unidas (UNFPA) realizó un Taller de "
        "Socialización de la Política de Equidad e Igualdad de Género del INEC y prevención de "
        "violencia laboral; así mismo, a nivel interno, se analizó, a través de un conversatorio, "
        "el impacto de las estadísticas de violencia contra la mujer."
    )
    assert rows(tmp_path, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La oficina realizó un taller de prevención con 30 mujeres.", ("line:2", 1.0)),
        (
            "Asimismo, se cuenta con un Hogar de Refugio Temporal (HRT) en la región Piura.",
            ("line:2", 1.0),
        ),
    ],
    ids=["small_noun", "place_of_care"],
)
def test_one_of_a_kind_still_counts(tmp_path: Path, text: str, expected: tuple[str, float]) -> None:
    assert expected in [(line, value) for line, value, _ in rows(tmp_path, text)]
