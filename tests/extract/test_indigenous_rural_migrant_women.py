"""Indigenous, Afro-descendant, rural and migrant women as the bodies serving them count their
services, met in the development corpus (tests/acceptance/texts, part dev95): Colombia's bodies
of rural development and of the peace agreement's implementation, and its national funds for
women's ventures, name the country (their amounts in "$" are pesos); Peru's agriculture ministry
(Minagri, Midagri) and its national programmes (Agro Rural, Agroideas) speak for the country,
never for the dateline's Lima nor the first department of their lists; an amount "por cada una"
is what each one receives; how many variants a language has is no count. Each document case
reads the real document as the corpus runner does (its source line blanked) and fails with the
code before this round; each guard reads a close sentence of another office whose reading must
stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, extracted


def _read(tmp_path: Path, text: str) -> list[tuple[str, float, str, str, str, str]]:
    """Line, value, indicator, unit, country and first-level division of each value of
    ``text``."""
    return [
        (
            o.source_locator.split()[0],
            float(o.value),
            o.indicator_id,
            o.unit,
            o.country,
            o.admin1,
        )
        for o in extracted(tmp_path, "\n" + text + "\n")
    ]


def _doc(tmp_path: Path, name: str) -> list[tuple[str, float, str, str, str]]:
    """Line, value, unit, country and first-level division of each value of the corpus
    document ``name``."""
    return [
        (o.source_locator.split()[0], float(o.value), o.unit, o.country, o.admin1)
        for o in corpus_document(tmp_path, name)
    ]


def test_colombias_rural_development_and_peace_bodies_name_the_country(tmp_path: Path) -> None:
    """co_pdet_inversion_proyectos_mujeres_rurales (dev95): "La Unidad de Implementación del
    Acuerdo de Paz, el Fondo Colombia en Paz, las Agencias de Renovación y de Desarrollo Rural
    ... una inversión conjunta de $68 mil millones ... (Pdet)": the page names no other evidence
    of Colombia, so its amounts had no country and no currency (six field errors); the bodies
    are Colombia's (country file ``evidence.institutions``) and "$" is the peso."""
    found = _doc(tmp_path, "co_pdet_inversion_proyectos_mujeres_rurales")
    assert ("line:2", 68000000000.0, "COP", "CO", "") in found
    assert ("line:4", 30000000000.0, "COP", "CO", "") in found
    assert ("line:4", 5000000000.0, "COP", "CO", "") in found


def test_peace_accords_and_a_programme_mujer_emprende_name_no_country(tmp_path: Path) -> None:
    """Guards: El Salvador has its "Acuerdos de Paz" and Chile its programme "Mujer Emprende";
    neither alone says Colombia (only the fund, "Fondo Mujer Emprende", and the bodies named in
    full do)."""
    found = _read(
        tmp_path,
        "Tras los Acuerdos de Paz, la oficina atendió a 120 mujeres con asesorías de formación "
        "emprendedora a través de los programas Mujer Emprende y Mujer y Negocios.",
    )
    assert [(f[0], f[1], f[4]) for f in found] == [("line:2", 120.0, "")]


def test_perus_agriculture_ministry_speaks_for_the_country(tmp_path: Path) -> None:
    """pe_agro_rural_emprendimientos_mujeres_inversion_2020 (dev95): "Lima, marzo de 2020.- El
    Ministerio de Agricultura y Riego (Minagri), a través del ... ejecutados por Agro Rural,
    destinó una inversión total de más de 71 millones de soles": every figure was Lima's
    (PE-LIM, the dateline's); and pe_midagri_eemri_subvenciones_organizaciones_mujeres_2024
    (dev95), whose subsidies of 9.9 million soles and 80 organisations of 834 women were
    Apurímac's, the first of its list of departments (three values pushed down). The ministry
    and its national programmes are national offices (country file ``national_offices``): the
    figures are Peru's, and each department of the list keeps its own."""
    found = _doc(tmp_path, "pe_agro_rural_emprendimientos_mujeres_inversion_2020")
    assert ("line:4", 71000000.0, "PEN", "PE", "") in found
    assert ("line:9", 12266.0, "mujeres", "PE", "") in found
    found = _doc(tmp_path, "pe_midagri_eemri_subvenciones_organizaciones_mujeres_2024")
    assert ("line:2", 9900000.0, "PEN", "PE", "") in found
    assert ("line:7", 834.0, "productoras", "PE", "") in found
    assert ("line:8", 16.0, "personas", "PE", "PE-APU") in found
    assert ("line:8", 10.0, "personas", "PE", "PE-PAS") in found


def test_a_regional_agricultural_office_keeps_its_region(tmp_path: Path) -> None:
    """Guard: a regional government's own agricultural directorate is no national office: "La
    Dirección Regional Agraria de Cusco capacitó a 120 mujeres productoras en la región Cusco"
    stays Cusco's."""
    found = _read(
        tmp_path,
        "La Dirección Regional Agraria de Cusco capacitó a 120 mujeres productoras de la región "
        "Cusco, Perú.",
    )
    assert [(f[0], f[1], f[4], f[5]) for f in found] == [("line:2", 120.0, "PE", "PE-CUS")]


def test_an_amount_for_each_one_is_no_budget(tmp_path: Path) -> None:
    """cl_indap_prodemu_mujeres_rurales_aporte_2023 (dev95), line 6: "un aumento del 17% respecto
    de 2022, año en que este aporte fue de $350 mil por cada una": what each participant
    received was a gender budget of CLP 350,000; "por cada una", "por cada participante" and
    their kin are what one receives (lexicon ``never_values.unit_amount``)."""
    found = _doc(tmp_path, "cl_indap_prodemu_mujeres_rurales_aporte_2023")
    assert not [f for f in found if f[0] == "line:6" and f[1] == 350000.0]
    assert any(f[:2] == ("line:4", 35000.0) for f in found)


def test_counts_for_each_one_and_totals_stay(tmp_path: Path) -> None:
    """Guards: "cuentan con dos alertas por cada uno" (a count, no amount) and "un fondo de
    $5.000 millones para 284 mujeres" (a total) stay values."""
    found = _read(
        tmp_path,
        "El programa entregó $5.000 millones de pesos a 284 mujeres rurales de Colombia, y los "
        "municipios cuentan con 12 alertas por cada uno.",
    )
    assert {f[1] for f in found} >= {5000000000.0, 284.0, 12.0}


def test_a_languages_variants_are_no_count(tmp_path: Path) -> None:
    """mx_pjcdmx_interpretes_lenguas_indigenas_solicitudes_2023 (dev95), line 6: "la lengua
    mazahua, que por sí misma tiene 69 variantes": a fact about the language (a trap) was a
    value; how many variants a language has is none (lexicon ``never_values.language_variants``).
    The languages the service covers, "intérpretes en 56 lenguas", and the requests a day stay."""
    found = _doc(tmp_path, "mx_pjcdmx_interpretes_lenguas_indigenas_solicitudes_2023")
    values = [(f[0], f[1]) for f in found]
    assert ("line:6", 69.0) not in values
    assert ("line:5", 56.0) in values
    assert ("line:6", 20.0) in values
