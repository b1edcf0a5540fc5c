"""National surveys and statistics institutes on violence against women, met in the development
corpus (tests/acceptance/texts, part dev66): in a note that reports a population survey, a count
of the dwellings or households its sample holds ("formaron parte de 5,259 viviendas", "una
muestra a nivel nacional de 7.241 viviendas (5.049 en el área urbana y 2.192 en el área rural)")
is the sample, never an office's count, and so are the parts written beside it; the population
in millions the survey stands for is no value even in a paragraph without a share ("hablamos
más o menos de tres millones de mujeres"); a complaint named as what the women asked did
("presentaron una queja o denunciaron", "realizar una denuncia") is no office's records, so the
shares of its sentence stay the survey's; a note's call in square brackets glued to a word
("a lo largo de su relación[1].") is no count. Each document case reads the real document as
the corpus runner does (its source line blanked); each sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, text_facts


def test_a_surveys_sample_of_dwellings_and_its_parts_and_a_footnotes_call(
    tmp_path: Path,
) -> None:
    """bo_ine_epcvcm_2016_presentacion_muestra (dev66): the EPCVcM's sample, "7.241 viviendas
    (5.049 en el área urbana y 2.192 en el área rural)" on line 6, and the call "[1]" after
    "relación" on line 3 were read as counts; the note gives no value."""
    assert corpus_document(tmp_path, "bo_ine_epcvcm_2016_presentacion_muestra") == []


def test_the_dwellings_the_women_interviewed_belong_to(tmp_path: Path) -> None:
    """do_one_enesim_2018_muestra_regiones (dev66): "las mujeres entrevistadas formaron parte
    de 5,259 viviendas" (line 8) was read as a count."""
    lines = {
        o.source_locator for o in corpus_document(tmp_path, "do_one_enesim_2018_muestra_regiones")
    }
    assert "line:8" not in lines


def test_the_population_in_millions_a_survey_stands_for(tmp_path: Path) -> None:
    """bo_ine_edsa_2023_unfpa_violencia (dev66): "hablamos más o menos de tres millones de
    mujeres, que es el universo" (line 9), in a paragraph of its own, was read as a count."""
    assert corpus_document(tmp_path, "bo_ine_edsa_2023_unfpa_violencia") == []


def test_shares_of_women_who_filed_a_complaint_are_the_surveys(tmp_path: Path) -> None:
    """mx_inegi_endireh_2021_quejas_denuncias (dev66): "presentaron una queja o denunciaron,
    90.2 % lo hizo ante las autoridades escolares" (line 3) and Hidalgo's "presentaran una queja
    o denuncia con 18.0% ... con 10.8%" (line 6) were kept as an office's records;
    uy_ine_prevalencia_2019_ambitos (dev66): "deciden realizar una denuncia ... más del 60% de
    las mujeres" (line 5) too. Both notes give no value."""
    assert corpus_document(tmp_path, "mx_inegi_endireh_2021_quejas_denuncias") == []
    assert corpus_document(tmp_path, "uy_ine_prevalencia_2019_ambitos") == []


def test_an_offices_complaints_beside_a_survey_stay(tmp_path: Path) -> None:
    """pe_inei_endes_2022_mininter_denuncias_2023 (dev66): the Ministerio del Interior's
    complaints of January to September 2023 beside the ENDES's shares stay, with their
    departments."""
    found = corpus_facts(tmp_path, "pe_inei_endes_2022_mininter_denuncias_2023")
    period = ("2023-01-01", "2023-09-30")
    assert ("line:5", 175528.0, "denuncias_violencia", "PE", "", *period) in found
    assert ("line:5", 55770.0, "denuncias_violencia", "PE", "PE-LMA", *period) in found
    assert ("line:6", 7998.0, "denuncias_violencia", "PE", "", *period) in found
    assert ("line:6", 575.0, "denuncias_violencia", "PE", "PE-JUN", *period) in found


def test_a_note_call_in_brackets_is_no_count_but_a_bracketed_count_is(tmp_path: Path) -> None:
    """The call glued to the word goes; the count written before it stays."""
    assert text_facts(
        tmp_path, "La oficina atendió a 45 mujeres durante 2023 según su informe[2].\n"
    ) == [("line:2", 45.0, "personas_asistidas", "", "", "2023-01-01", "2023-12-31")]


def test_dwellings_counted_outside_a_survey_note_and_records_beside_a_survey_stay(
    tmp_path: Path,
) -> None:
    """Dwellings an office delivers are counted where no survey is reported; in a survey note,
    an office's complaints and the share of their sentence stay, and so do the women an office
    attended written in millions; the survey's sample goes."""
    delivered = text_facts(
        tmp_path,
        "El programa de la Secretaría de la Mujer entregó 120 viviendas a mujeres víctimas de "
        "violencia en 2023.\n",
    )
    assert [(f[0], f[1]) for f in delivered] == [("line:2", 120.0)]
    records = text_facts(
        tmp_path,
        "Según la Encuesta de Prevalencia, el 60% de las mujeres no denunció. En 2022 la "
        "Defensoría recibió 1.250 denuncias de violencia y el 40% de las mujeres que presentaron "
        "una denuncia desistieron.\n",
    )
    assert [(f[0], f[1]) for f in records] == [("line:2", 1250.0), ("line:2", 40.0)]
    sample = text_facts(
        tmp_path,
        "Según la ENDES, el 55,7% de las mujeres sufrió violencia. La encuesta se aplicó en "
        "36.000 viviendas de todo el país.\n",
    )
    assert sample == []
    millions = text_facts(
        tmp_path,
        "Según la ENDIREH 2021, el 70,1% de las mujeres vivió violencia.\n"
        "El Centro de Justicia atendió a 2,5 millones de mujeres desde su apertura.\n",
    )
    assert [(f[0], f[1], f[2]) for f in millions] == [("line:3", 2500000.0, "personas_asistidas")]
