"""National and local care systems as women's offices and social ministries report them, met in
the development corpus (tests/acceptance/texts, part dev80): Peru's social ministry (Midis) and
its Cuna Más say the country; a division given as the example of a kind of region ("En regiones
de la selva, como Loreto, ...") is the count's place; what is to be built or given ("se
construirán 200", "entregará 2.700", "la meta ... es llegar a 100") and the counts that go on
its list ("300 centros ..., 200 casas de día ...") are targets; a national scope closing the
sentence after a comma (", a escala nacional.") is every count's of it; a social register's
bracket ("el tramo del 40%") is no value; amounts listed after semicolons ("mil 600 millones
...; 6 mil 200 millones a ...") are of the first's money; "con cerca 800" says about. Each
document case reads the real document as the corpus runner does (its source line blanked); each
guard case reads a real document whose value must stay as it is."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document


def _rows(tmp_path: Path, name: str) -> list[tuple[str, float, str, str, str, str]]:
    return [
        (
            o.source_locator.split()[0],
            float(o.value),
            o.country,
            o.admin1,
            o.value_kind,
            o.unit,
        )
        for o in corpus_document(tmp_path, name)
    ]


def test_perus_social_ministry_and_cuna_mas_say_the_country(tmp_path: Path) -> None:
    """pe_midis_cuna_mas_balance_regiones_2025 (dev80): "más de 323 mil niños menores de 36
    meses de edad se beneficiaron con el Programa Nacional Cuna Más del Ministerio de Desarrollo
    e Inclusión Social (Midis)" (line 2) named no country the extractor knew: every value had
    none."""
    rows = _rows(tmp_path, "pe_midis_cuna_mas_balance_regiones_2025")
    assert ("line:2", 323000.0, "PE", "") in [r[:4] for r in rows]
    assert ("line:4", 2534.0, "PE", "") in [r[:4] for r in rows]
    assert {r[2] for r in rows} == {"PE"}


def test_a_division_given_as_the_example_of_a_kind_of_region_is_the_counts_place(
    tmp_path: Path,
) -> None:
    """pe_midis_cuna_mas_balance_regiones_2025 (dev80): "En regiones de la selva, como Loreto,
    se ven beneficiadas 1503 madres gestantes y 21 553 niños" (line 5) and "En las regiones de la
    costa, como Ica, el Programa Nacional Cuna Más apoya a 32 gestantes y 3429 niños" (line 7)
    were the country's."""
    rows = [r[:4] for r in _rows(tmp_path, "pe_midis_cuna_mas_balance_regiones_2025")]
    assert ("line:5", 1503.0, "PE", "PE-LOR") in rows
    assert ("line:5", 21553.0, "PE", "PE-LOR") in rows
    assert ("line:7", 3429.0, "PE", "PE-ICA") in rows


def test_what_is_to_be_built_or_given_is_a_target(tmp_path: Path) -> None:
    """mx_imss_ceci_centros_educacion_cuidado_infantil_2026 (dev80): "en 2026 se construirán 200
    Centros de Educación y Cuidado Infantil (CECI)" (line 3) and "en 2027 se construirán 250 CECI
    más" (line 5); ec_mies_cdi_cnh_educadoras_guayas: "el MIES anunció que entregará 2.700
    tablets" (line 6); cl_subsecretaria_servicios_sociales_centros_comunitarios_cuidados_2025:
    "La meta, comentan desde la Subsecretaría de Servicios Sociales, es llegar a 100 de estas
    instituciones" (line 2). All were read as what happened. The plots already validated, "-Se
    tienen 150 terrenos validados para la construcción de nuevos CECI en 2026" (line 2), and the
    centres there are, "ya suman 43 lugares en el país" (line 2), stay what happened."""
    imss = [
        r[:2] + r[4:5]
        for r in _rows(tmp_path, "mx_imss_ceci_centros_educacion_cuidado_infantil_2026")
    ]
    assert ("line:3", 200.0, "target") in imss
    assert ("line:5", 250.0, "target") in imss
    assert ("line:2", 150.0, "observed") in imss
    ec = [r[:2] + r[4:5] for r in _rows(tmp_path, "ec_mies_cdi_cnh_educadoras_guayas")]
    assert ("line:6", 2700.0, "target") in ec
    cl = _rows(tmp_path, "cl_subsecretaria_servicios_sociales_centros_comunitarios_cuidados_2025")
    assert [r[4] for r in cl if r[:2] == ("line:2", 100.0)] == ["target"]
    assert [r[4] for r in cl if r[:2] == ("line:2", 43.0)] == ["observed"]


def test_the_counts_that_go_on_a_targets_list_are_targets(tmp_path: Path) -> None:
    """mx_cdmx_sistema_publico_cuidados_inversion_2025 (dev80): "El nuevo sistema contempla la
    creación de mil 116 espacios de atención, entre ellos 300 centros de cuidado infantil, 200
    casas de día para adultos mayores, 200 centros de rehabilitación ..., 200 comedores
    comunitarios, 200 lavanderías gratuitas" (line 5) and "se construirán 300 nuevos centros
    infantiles —200 operados por el gobierno capitalino y 100 por cooperativas—" (line 7): only
    the list's first counts, near the cue, were targets."""
    rows = _rows(tmp_path, "mx_cdmx_sistema_publico_cuidados_inversion_2025")
    line5 = [r[1:2] + r[4:5] for r in rows if r[0] == "line:5"]
    assert line5 == [(1116.0, "target"), (300.0, "target")] + [(200.0, "target")] * 4
    line7 = [r[1:2] + r[4:5] for r in rows if r[0] == "line:7" and r[5] != "%"]
    assert line7 == [(300.0, "target"), (200.0, "target"), (100.0, "target"), (66000.0, "target")]


def test_a_national_scope_closing_the_sentence_is_every_counts_of_it(tmp_path: Path) -> None:
    """ec_mies_cdi_cnh_educadoras_guayas (dev80): "Según el Gobierno, más de 289.000 niñas y
    niños, de 0 a 3 años de edad, han recibido atención del MIES, a través de 6.871 unidades CDI
    y CNH, a escala nacional." (line 7) was put in Guayas, where the meeting of the note was."""
    rows = [r[:4] for r in _rows(tmp_path, "ec_mies_cdi_cnh_educadoras_guayas")]
    assert ("line:7", 289000.0, "EC", "") in rows
    assert ("line:7", 6871.0, "EC", "") in rows


def test_a_social_registers_bracket_is_no_value(tmp_path: Path) -> None:
    """cl_subsecretaria_servicios_sociales_centros_comunitarios_cuidados_2025 (dev80): "el
    76,51% se concentran en el tramo del 40% del Registro Social de Hogares" (line 4) gave 40 %
    as a value; the register's share (76,51 %) and its older carers (25 mil) stay."""
    line4 = [
        r[1]
        for r in _rows(
            tmp_path, "cl_subsecretaria_servicios_sociales_centros_comunitarios_cuidados_2025"
        )
        if r[0] == "line:4"
    ]
    assert line4 == [76.51, 25000.0]


def test_amounts_listed_after_semicolons_are_of_the_first_ones_money(tmp_path: Path) -> None:
    """mx_cdmx_sistema_publico_cuidados_inversion_2025 (dev80): "De la inversión total, mil 600
    millones se destinarán a nueva infraestructura; 6 mil 200 millones a mantenimiento y
    operación; ...; 900 millones a hogares de larga estancia y 100 millones a cooperativas de
    cuidados." (line 6): the amounts after the first were dropped or had no currency."""
    rows = _rows(tmp_path, "mx_cdmx_sistema_publico_cuidados_inversion_2025")
    line6 = [(r[1], r[5]) for r in rows if r[0] == "line:6"]
    assert (6200000000.0, "MXN") in line6
    assert (900000000.0, "MXN") in line6
    assert (100000000.0, "MXN") in line6
    assert (1600000000.0, "MXN") in line6


def test_cerca_without_its_de_says_about(tmp_path: Path) -> None:
    """ec_mies_cdi_cnh_educadoras_guayas (dev80): "La ministra ... mantuvo un diálogo con cerca
    800 educadoras de los servicios Centros de Desarrollo Infantil" (line 3): "cerca de" with its
    "de" left out still says the count is about 800."""
    found = [
        (o.source_locator.split()[0], float(o.value), o.approximate)
        for o in corpus_document(tmp_path, "ec_mies_cdi_cnh_educadoras_guayas")
    ]
    assert ("line:3", 800.0, True) in found
    assert ("line:7", 6871.0, False) in found
