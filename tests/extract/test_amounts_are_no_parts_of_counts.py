"""An amount of money said beside a count ("340 mujeres (con una inversión de 2 millones
de pesos)", "1,200 asesorías ..., con un costo de 350 mil pesos") is no part of that count:
it is published on its own, never as a breakdown of the women or the consultations."""

from __future__ import annotations

from pathlib import Path

from extract.reports import extracted

REPORT = (
    "Instituto Municipal de las Mujeres de Monterrey, Nuevo León. Informe 2023.\n\n"
    "En 2023 se atendieron 340 mujeres en el refugio (con una inversión de 2 millones de "
    "pesos).\n\n"
    "Se brindaron 1,200 asesorías jurídicas, de las cuales 800 fueron presenciales y 400 en "
    "línea, con un costo de 350 mil pesos.\n"
)


def test_an_amount_beside_a_count_is_not_its_part(tmp_path: Path) -> None:
    found = {o.value: o for o in extracted(tmp_path, REPORT)}
    ids = {o.observation_id: o.value for o in found.values()}
    for amount in (2_000_000, 350_000):
        o = found[amount]
        assert (o.indicator_id, o.unit) == ("presupuesto_genero", "MXN")
        assert (o.breakdown_dimension, o.breakdown_value, o.parent_observation_id) == (
            "_T",
            "_T",
            "",
        )
    # the parts of the consultations stay theirs
    assert ids[found[800].parent_observation_id] == 1200
    assert ids[found[400].parent_observation_id] == 1200
