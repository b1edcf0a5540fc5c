"""Whole reports written in other offices' styles (fixtures written for these tests)."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import extract_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"


def test_chilean_public_account() -> None:
    observations = extract_file(FIXTURES / "cl_cuenta_publica_2023.txt")
    found = {(o.source_locator, o.value): o for o in observations}
    # place and period from the text; decree, street number and phone are not values
    first = observations[0]
    assert (first.country, first.admin1, first.municipality_code, first.period_start) == (
        "CL",
        "CL-AR",
        "09101",
        "2023-01-01",
    )
    assert not [o for o in observations if o.value in {1234, 245, 297, 3000, 2019}]
    total = found[("line:9", 1532)]
    legal, psycho = found[("line:9", 987)], found[("line:9", 545)]
    assert legal.parent_observation_id == psycho.parent_observation_id == total.observation_id
    assert (legal.breakdown_value, psycho.breakdown_value) == (
        "orientación jurídica",
        "apoyo psicosocial",
    )
    assert (
        found[("line:11", 12)].indicator_id
        == found[("line:11", 37)].indicator_id
        == "casos_derivados"
    )
    students = found[("line:14", 1800)]
    assert (students.approximate, students.indicator_id) == (True, "participantes_actividades")
    reach = found[("line:15", 25000)]
    assert (reach.lower_bound, reach.indicator_id) == (True, "personas_alcanzadas_campanas")
    assert found[("line:18", 85)].indicator_id == "personas_capacitadas_genero"
    assert (found[("line:22", 95400000)].unit, found[("line:22", 95400000)].value_kind) == (
        "CLP",
        "budget",
    )
    assert len(observations) == 16


def test_mexican_quarterly_tables() -> None:
    observations = extract_file(FIXTURES / "mx_informe_trimestral.md")
    assert [(o.value, o.period_start[:7], o.breakdown_value) for o in observations] == [
        (120, "2023-01", "_T"),
        (135, "2023-04", "_T"),
        (150, "2023-07", "_T"),
        (45, "2023-01", "_T"),
        (60, "2023-04", "_T"),
        (52, "2023-07", "_T"),
        (80, "2023-01", "Mujeres"),
        (12, "2023-01", "Hombres"),
    ]
    assert {o.municipality_code for o in observations} == {"14120"}
