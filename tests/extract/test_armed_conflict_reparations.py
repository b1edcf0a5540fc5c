"""Sexual violence in armed conflicts and reparations to the victims, met in the development
corpus (tests/acceptance/texts, part dev87): the parts of a transitional court's case named by
their numbers ("En el Subcaso 1") are no counts; "ejecuciones extrajudiciales" are killings,
never a plan's execution, so the shares beside them are no progress of goals; the communities a
reparation programme served are no people assisted; the people acquitted beside the convicted
are no conviction; a reparation programme's next payments ("se continuarán las entregas a 535
beneficiarios", "La inversión será de ..., y los favorecidos, 565 núcleos") are its targets.
Each document case reads the real document as the corpus runner does (its source line
blanked); each guard case reads a real document whose value must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, facts, text_facts


def _kinds(tmp_path: Path, name: str) -> list[tuple[str, float, str | None, str]]:
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id, o.value_kind)
        for o in corpus_document(tmp_path, name)
        if o.value is not None
    ]


def test_the_subcases_of_a_transitional_courts_case_are_named_by_number(tmp_path: Path) -> None:
    """co_jep_caso_11_victimas_acreditadas_comparecientes (dev87), line 5: "En el Subcaso 1,
    liderado por la magistrada ...", "En el Subcaso 2", "El Subcaso 3": the JEP's Case 11's
    parts, named by their numbers, were three values. The counts of lines 2 and 3 (635
    victims accredited, 62 people called to testify, 35 and 27) stay."""
    found = corpus_facts(tmp_path, "co_jep_caso_11_victimas_acreditadas_comparecientes")
    assert [f[0] for f in found if f[0] == "line:5"] == []
    assert [(f[0], f[1]) for f in found] == [
        ("line:2", 635.0),
        ("line:3", 62.0),
        ("line:3", 35.0),
        ("line:3", 27.0),
    ]


def test_extrajudicial_executions_are_no_execution_of_a_plan(tmp_path: Path) -> None:
    """gt_pnr_resarcimiento_personas_mujeres_83_por_ciento (dev87): "los casos ... que incluyen
    ejecuciones extrajudiciales y desapariciones forzadas" (line 2) beside the Programa Nacional
    de Resarcimiento made "el 83 por ciento corresponde a mujeres, y el 17 por ciento, a
    hombres" (line 4) progress of goals (avance_metas); "se atendió a 185 comunidades" (line 5)
    were people assisted."""
    found = corpus_facts(tmp_path, "gt_pnr_resarcimiento_personas_mujeres_83_por_ciento")
    assert [(f[0], f[1], f[2]) for f in found if f[0] in {"line:4", "line:5"}][:3] == [
        ("line:4", 83.0, "sin_clasificar"),
        ("line:4", 17.0, "sin_clasificar"),
        ("line:5", 185.0, "sin_clasificar"),
    ]


def test_a_plans_execution_stays_progress_of_goals(tmp_path: Path) -> None:
    """Guard: a plan's execution and progress, in the words women's offices report them
    (no corpus document of the development parts is read as avance_metas today), stay
    avance_metas."""
    found = text_facts(
        tmp_path,
        "La Secretaría de la Mujer reportó una ejecución del 92 por ciento de las metas de su "
        "Programa Operativo Anual.\n"
        "El instituto informó un avance del 75 por ciento en las acciones programadas del plan.",
    )
    assert [f[:3] for f in found] == [
        ("line:2", 92.0, "avance_metas"),
        ("line:3", 75.0, "avance_metas"),
    ]


def test_women_a_centre_attended_stay_people_assisted(tmp_path: Path) -> None:
    """Guard: Zacatecas' Centro de Justicia para las Mujeres (dev32, line 3) "se atendió a" 74
    women, still personas_asistidas."""
    found = corpus_facts(tmp_path, "mx_zacatecas_cjm_denuncias_quincena_mayo")
    assert ("line:3", 74.0, "personas_asistidas") in [f[:3] for f in found]


def test_the_acquitted_are_no_conviction(tmp_path: Path) -> None:
    """ar_mpf_pcch_violencia_sexual_sentencias_lesa_humanidad_2020 (dev87), line 8: "108
    personas obtuvieron sentencia por delitos de violencia sexual, de las cuales 103 resultaron
    condenadas y 5 absueltas": the 5 acquitted were a conviction; the 103 convicted stay
    (sentencias_condenatorias)."""
    found = facts(
        corpus_document(tmp_path, "ar_mpf_pcch_violencia_sexual_sentencias_lesa_humanidad_2020")
    )
    line8 = [(f[1], f[2]) for f in found if f[0] == "line:8"]
    assert (103.0, "sentencias_condenatorias") in line8
    assert (5.0, "sin_clasificar") in line8


def test_a_reparation_programmes_next_payments_are_targets(tmp_path: Path) -> None:
    """gt_dca_pnr_compensaciones_individuales_chixoy (dev87): "La inversión será de Q48 millones
    518 mil 936, y los favorecidos, 565 núcleos" (line 4) and "En agosto se continuarán las
    entregas a 535 beneficiarios, y se invertirán Q17 millones ..." (line 7) were counts of what
    happened. Guards, the same document: the "mil 764 familias" paid since 2015 (line 3) and
    the 61 people paid in May, "cuando se erogaron Q4 millones ..., favoreciendo a 61 personas"
    (line 7), stay observed."""
    found = _kinds(tmp_path, "gt_dca_pnr_compensaciones_individuales_chixoy")
    kinds = {(f[0], f[1]): f[3] for f in found}
    assert kinds[("line:4", 565.0)] == "target"
    assert kinds[("line:7", 535.0)] == "target"
    assert kinds[("line:3", 1764.0)] == "observed"
    assert kinds[("line:7", 61.0)] == "observed"
