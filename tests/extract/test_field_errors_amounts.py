"""A bare amount that continues the money of its sentence is money of the same currency (field
errors of the development parts, issue 10): "Con un presupuesto de 330 mil pesos, ..., 300 mil
del gobierno federal y 30 mil del municipal", "(S/141 millones) y el Poder Judicial (108,5
millones)", "450 millones de pesos ... y lamentablemente 3 millones no le pudieron llegar". The
unit was lost (or was the people of the indicator read), so the amount went out as a count; a
count of people after an amount, with its noun or another scale word, stays a count."""

from __future__ import annotations

from pathlib import Path

from tests.extract.reports import corpus_document, extracted


def _corpus_units(tmp_path: Path, name: str, line: int) -> dict[float, tuple[str, str]]:
    return {
        o.value: (o.unit, o.value_kind)
        for o in corpus_document(tmp_path, name)
        if o.source_locator.split()[0] == f"line:{line}"
    }


def test_the_parts_of_a_budget_in_pesos(tmp_path: Path) -> None:
    # "Con un presupuesto de 330 mil pesos, que se aprobaron en la pasada sesión de cabildo, en
    # la número 90, 300 mil del gobierno federal y 30 mil del municipal, ..." (dev24)
    found = _corpus_units(tmp_path, "mx_hidalgo_michoacan_instituto_mujer_talleres_2010", 2)
    assert found[330000.0] == ("MXN", "budget")
    assert found[300000.0] == ("MXN", "budget")
    assert found[30000.0] == ("MXN", "budget")


def test_the_last_of_a_list_of_budgets_in_soles(tmp_path: Path) -> None:
    # "... el Ministerio de la Mujer y Poblaciones Vulnerables (S/222,7 millones), la fiscalía
    # (S/141 millones) y el Poder Judicial (108,5 millones). Estos tres organismos recibieron el
    # 85% del presupuesto total." (dev13)
    found = _corpus_units(tmp_path, "pe_presupuesto_pp1002_violencia_mujer_2023", 4)
    assert found[141_000_000.0] == ("PEN", "budget")
    assert found[108_500_000.0] == ("PEN", "budget")
    assert found[85.0][0] == "%"


def test_the_millions_that_did_not_arrive(tmp_path: Path) -> None:
    # "Precisó que fueron más 450 millones de pesos a nivel nacional para el ejercicio de los
    # refugios y lamentablemente 3 millones no le pudieron llegar al de Mérida" (dev): the 3
    # millions were read as people sheltered
    found = _corpus_units(tmp_path, "mx_merida_refugio_presupuesto_2023", 6)
    assert found[450_000_000.0] == ("MXN", "budget")
    assert found[3_000_000.0] == ("MXN", "budget")


def test_people_after_an_amount_stay_people(tmp_path: Path) -> None:
    # sv_isdemu_conamype_empoderamiento_economico_2024, line 7 (dev50): the euros, then the
    # women, a count with its noun and no scale word
    found = {
        o.value: (o.unit, o.value_kind)
        for o in extracted(
            tmp_path,
            "Para fortalecer los emprendimientos, se destinarán fondos de capital semilla por un "
            "total de 2,008,500.00 Euros, beneficiando a 837 mujeres que completen los procesos "
            "formativos.\n",
        )
    }
    assert found[2_008_500.0] == ("EUR", "budget")
    assert found[837.0][0] != "EUR"
    assert found[837.0][1] != "budget"
