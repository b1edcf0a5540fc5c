"""Registers of alimony debtors and child-support debts as public offices report them, met in
the development corpus (tests/acceptance/texts, part dev84): what debtors owe in pesos is no
gender budget; a province's own law of its register of debtors says the province (Neuquén's
Ley 2333, Río Negro's Ley 3.475); the region that "lidera" a ranking is where its count was
made; "Arica y Parinacota" is Chile's region XV; a country's "Registro Nacional" opening a
report speaks for the whole country, not for the region it names most. Each document case
reads the real document as the corpus runner does (its source line blanked); each guard case
reads a real document whose value must stay."""

from __future__ import annotations

from pathlib import Path

from .reports import corpus_document, corpus_facts, facts


def test_what_debtors_owe_is_no_budget(tmp_path: Path) -> None:
    """cl_seremi_mujer_tarapaca_registro_deudores_pensiones_2023 (dev84): "a nivel nacional la
    deuda alcanza los 95 mil millones de pesos" (line 2) and "quedan vigentes 2.617 causas con
    deuda que en total suman 2.413.166.183 pesos" (line 5) were gender budgets; they are
    amounts in pesos of no indicator."""
    found = facts(
        corpus_document(tmp_path, "cl_seremi_mujer_tarapaca_registro_deudores_pensiones_2023"),
        unit=True,
    )
    rows = [f[:6] for f in found]
    assert ("line:2", 95000000000.0, "sin_clasificar", "CLP", "CL", "") in rows
    assert ("line:5", 2413166183.0, "sin_clasificar", "CLP", "CL", "CL-TA") in rows
    assert "presupuesto_genero" not in [f[2] for f in found]


def test_a_gender_budget_stays_a_budget(tmp_path: Path) -> None:
    """cl_minmujer_presupuesto_2024_sernameg (a value of its gold): the violence programmes'
    budget of 2024 (line 6), whose sentence names no debt, stays a gender budget."""
    found = facts(corpus_document(tmp_path, "cl_minmujer_presupuesto_2024_sernameg"), unit=True)
    assert ("line:6", 23000000000.0, "presupuesto_genero", "CLP", "CL") in [f[:5] for f in found]


def test_a_provinces_register_law_says_the_province(tmp_path: Path) -> None:
    """ar_neuquen_subsecretaria_justicia_deudores_alimentarios_inscriptos (dev84) names no
    place but "la provincia" and "la Ley N° 2333" (line 4), Neuquén's law of its Registro
    Provincial de Deudores Alimentarios: its 1361 people registered (line 7) had no country;
    ar_rio_negro_redam_casos_activos_bajas (dev84): "La provincia de Río Negro" (a name Uruguay
    shares) and "la Ley Nº 3.475" (line 4): its 1.238 active cases (line 3) had none."""
    neuquen = corpus_facts(
        tmp_path, "ar_neuquen_subsecretaria_justicia_deudores_alimentarios_inscriptos"
    )
    assert [f[:5] for f in neuquen] == [("line:7", 1361.0, "sin_clasificar", "AR", "AR-Q")]
    rio_negro = corpus_facts(tmp_path, "ar_rio_negro_redam_casos_activos_bajas")
    assert ("line:3", 1238.0, "sin_clasificar", "AR", "AR-R") in [f[:5] for f in rio_negro]


def test_the_region_leading_a_ranking_is_where_its_count_was_made(tmp_path: Path) -> None:
    """cl_registro_civil_deudores_pensiones_regiones_2023 (dev84): "el ranking de incumplidores
    lo lidera la Región Metropolitana, con 42.184, seguida de Valparaíso, con 15.033, y nuestra
    Región del Biobío con 11.606" (line 4): the first count had no region."""
    found = corpus_facts(tmp_path, "cl_registro_civil_deudores_pensiones_regiones_2023")
    assert [(f[1], f[4]) for f in found if f[0] == "line:4" and f[1] < 1e6] == [
        (42184.0, "CL-RM"),
        (15033.0, "CL-VS"),
        (11606.0, "CL-BI"),
    ]


def test_a_national_register_and_arica_y_parinacota(tmp_path: Path) -> None:
    """cl_minmujer_registro_deudores_pensiones_tres_anos_2025 (dev84): the report opens with
    "el Registro Nacional supera las 295 mil personas" (line 3), so its national figures
    (lines 3 and 5) are the country's, not the Región Metropolitana's that it names most (they
    took CL-RM); "Aysén (1.020), Magallanes (2.586) y Arica y Parinacota (4.265)" (line 6): the
    last took CL-RM too."""
    found = corpus_facts(tmp_path, "cl_minmujer_registro_deudores_pensiones_tres_anos_2025")
    rows = [(f[0], f[1], f[4]) for f in found]
    assert ("line:3", 295000.0, "") in rows
    assert ("line:5", 331787.0, "") in rows
    assert ("line:5", 226680.0, "") in rows
    assert ("line:6", 117128.0, "CL-RM") in rows
    assert ("line:6", 1020.0, "CL-AI") in rows
    assert ("line:6", 4265.0, "CL-AP") in rows
