"""Cash transfers, grants and pensions to women leaving violence and to the children orphaned by
femicide, met in the development corpus (tests/acceptance/texts, part dev100): what each child
is paid, its currency's sign touching the amount ("una pensión mensual de $160.000"), paid
"bimestralmente" or capped ("Lo máximo son 1800 soles"), is never a budget; a journalist's own
count quoted beside the office's ("Según el informe del periodista de C5N ..., de 73 huérfanos
sólo 9 cobran el subsidio") is never the office's; the pensions of a reparation law and the
children paid the reparation ("100 pensiones de reparación", "ya recibieron la reparación 30
chicos y chicas") are people receiving a femicide reparation. Each document case reads the real
document as the corpus runner does (its source line blanked); each guard reads a sentence of
another office whose reading must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _read(tmp_path: Path, text: str) -> list[tuple[float, str | None, str | None]]:
    """Value, unit and indicator of each value of ``text`` (line 2 on)."""
    return [
        (float(o.value), o.unit, o.indicator_id)
        for o in extracted(tmp_path, "Informe\n" + text + "\n")
        if o.value is not None
    ]


def _document(tmp_path: Path, name: str) -> set[tuple[str, float, str | None]]:
    """Line, value and indicator of each value of the corpus document ``name``."""
    found = corpus_document(tmp_path, name)
    return {
        (o.source_locator.split()[0], float(o.value), o.indicator_id)
        for o in found
        if o.value is not None
    }


def test_a_monthly_pension_with_its_sign_is_what_each_child_receives(tmp_path: Path) -> None:
    """cl_sernameg_ohiggins_pensiones_reparacion_2025 (dev100), line 5: "La ley contempla la
    entrega de una pensión mensual de $160.000 a hijos e hijas menores de 18 años" went out as
    a gender budget of 160,000 pesos: the "$" between "una pensión mensual de" and the amount
    hid the cue."""
    values = {
        (line, value)
        for line, value, _ in _document(tmp_path, "cl_sernameg_ohiggins_pensiones_reparacion_2025")
    }
    assert ("line:5", 160000.0) not in values
    assert ("line:3", 161.0) in values


def test_an_amount_paid_every_two_months_or_capped_is_no_budget(tmp_path: Path) -> None:
    """pe_aurora_arequipa_asistencia_huerfanos_feminicidio_2020 (dev100), line 6: "Esta
    asistencia económica de 600 soles se entrega bimestralmente para un máximo de tres menores.
    Lo máximo son 1800 soles." gave two budgets (600 and 1800 soles)."""
    values = _document(tmp_path, "pe_aurora_arequipa_asistencia_huerfanos_feminicidio_2020")
    line6 = {value for line, value, _ in values if line == "line:6"}
    assert 600.0 not in line6
    assert 1800.0 not in line6
    assert 77.0 in line6


def test_a_journalists_count_is_not_the_offices(tmp_path: Path) -> None:
    """ar_inam_ley_brisa_reparacion_expedientes_2019 (dev100), line 6: "Según el informe del
    periodista de C5N Mauro Fulco, de 73 huérfanos sólo 9 cobran el subsidio" went out as the
    orphans of femicide of the INAM's note."""
    values = {
        (line, value)
        for line, value, _ in _document(tmp_path, "ar_inam_ley_brisa_reparacion_expedientes_2019")
    }
    assert ("line:6", 73.0) not in values
    assert ("line:6", 9.0) not in values
    assert ("line:3", 494.0) in values


def test_pensions_of_reparation_and_children_paid_it_are_reparations(tmp_path: Path) -> None:
    """cl_minmujer_pensiones_reparacion_femicidio_2024 (dev100), line 2: "gobierno ha dado 100
    pensiones de reparación a hijos de 65 víctimas de femicidio" (unclassified); the O'Higgins
    note's "ha entregado 161 pensiones de reparación en todo el país" (femicides);
    ar_inam_ley_brisa_reparacion_expedientes_2019, line 2: "ya recibieron la reparación 30
    chicos y chicas" (unclassified)."""
    chile = _document(tmp_path, "cl_minmujer_pensiones_reparacion_femicidio_2024")
    assert ("line:2", 100.0, "reparacion_economica_personas") in chile
    region = _document(tmp_path, "cl_sernameg_ohiggins_pensiones_reparacion_2025")
    assert ("line:3", 161.0, "reparacion_economica_personas") in region
    brisa = _document(tmp_path, "ar_inam_ley_brisa_reparacion_expedientes_2019")
    assert ("line:2", 30.0, "reparacion_economica_personas") in brisa


def test_totals_paid_and_counts_stay(tmp_path: Path) -> None:
    """Guards: a total handed out with its sign, a budget in soles, a line's calls a month (an
    average), journalists trained, a judiciary's count after "Según" and pensions of another
    kind stay as they were read."""
    total = _read(tmp_path, "El programa entregó $160.000.000 a 1.200 mujeres durante 2024.")
    assert (160000000.0, "", "presupuesto_genero") in total
    assert 1200.0 in {value for value, _, _ in total}
    budget = _read(tmp_path, "Se destinó un presupuesto de S/ 2.500.000 a la asistencia económica.")
    assert (2500000.0, "PEN", "presupuesto_genero") in budget
    calls = _read(tmp_path, "La línea recibe en promedio 300 llamadas mensualmente.")
    assert [value for value, _, _ in calls] == [300.0]
    trained = _read(tmp_path, "El Ministerio capacitó a 40 periodistas de medios locales.")
    assert trained == [(40.0, "personas", "personas_capacitadas_genero")]
    court = _read(
        tmp_path, "Según el Poder Judicial, en 2024 se registraron 73 femicidios en el país."
    )
    assert (73.0, "femicidios", "femicidios") in court
    pensions = _read(tmp_path, "El BPS pagó 120 pensiones por invalidez en el departamento.")
    assert [(value, indicator) for value, _, indicator in pensions] == [(120.0, "sin_clasificar")]
    monthly = _read(tmp_path, "La Secretaría pagó 5 millones de pesos mensualmente a los refugios.")
    assert [value for value, _, _ in monthly] == [5000000.0]
