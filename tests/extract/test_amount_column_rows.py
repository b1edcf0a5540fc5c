"""A budget written as a table with spaces, its last column an amount ("UP Unidad Presupuestal
PP Programa Presupuestario Importe"): each row's last number is money, the unit's and the
programme's codes before it are no values. The lines are those of Jalisco's 2020 budget bill
(``mx_jalisco_proyecto_presupuesto_2020_unidad_programa.pdf`` in the shared corpus)."""

from __future__ import annotations

from pathlib import Path

from genero_etl.pipeline import IngestOptions, extract_document

BUDGET = (
    "GOBIERNO DEL ESTADO DE JALISCO\n"
    "PROYECTO DE PRESUPUESTO DE EGRESOS PARA EL EJERCICIO FISCAL 2020\n"
    "Unidad Presupuestal y Programa Presupuestario\n"
    "UP Unidad Presupuestal PP Programa Presupuestario Importe\n"
    "01 Despacho del Gobernador 636 Atención Integral del Despacho del C. 7,211,508\n"
    "Gobernador\n"
    "026 Atención a los Asuntos y Conflictos 22,626,190\n"
    "Agrarios en el Estado de Jalisco\n"
    "121 Acciones de Apoyo a la Currícula de 371,455,874\n"
)


def test_a_rows_last_number_under_an_amount_is_money_and_its_codes_no_values(
    tmp_path: Path,
) -> None:
    path = tmp_path / "presupuesto.txt"
    path.write_text(BUDGET, encoding="utf-8")
    found = extract_document(path, "presupuesto.txt", IngestOptions()).observation_list()
    rows = {o.value_raw: (o.country, o.period_start, o.unit, o.value_kind) for o in found}
    # the Governor's office's programme is 7,211,508 pesos, never 7,211,508 people
    assert rows["7,211,508"] == ("MX", "2020-01-01", "MXN", "budget")
    assert rows["22,626,190"] == ("MX", "2020-01-01", "MXN", "budget")
    assert rows["371,455,874"] == ("MX", "2020-01-01", "MXN", "budget")
    # the codes of the unit and the programmes
    for code in ("01", "636", "026", "121"):
        assert code not in rows
    assert not any(o.unit == "personas" for o in found)
