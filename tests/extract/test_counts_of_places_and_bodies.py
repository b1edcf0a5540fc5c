"""Numbers that count no work of the office, met in the development corpus (tests/acceptance/
texts, parts dev to dev18): every unit of a place (its map), countries, territorial units ranked
against a mean or a whole, which anniversary; and values the older rules lost: the figures of an
official body whose name opens like another body's (Chile's CEAD), a count after the
preposition "bajo" (not the verb "bajó"), a number in digits whose noun the sentence elides.
Each case is a real sentence; the values a careful reader publishes are asserted with their
line and indicator."""

from __future__ import annotations

from pathlib import Path

import pytest

from genero_etl.extract.traps import trap_spans

from .reports import titled

Row = tuple[str, float, str]  # line, value, indicator


def rows(tmp_path: Path, text: str) -> list[Row]:
    """(line, value, indicator) of every observation of ``text`` saved as a report (its lines
    numbered from 2: line 1 is the report's title)."""
    return [
        (o.source_locator.split()[0], float(o.value), o.indicator_id)
        for o in titled(tmp_path, "Informe", text)
    ]


def kinds(text: str) -> dict[str, str]:
    """The text each trap kind covers."""
    return {kind: text[a:b] for kind, (a, b) in trap_spans(text)}


# (document, text, the trap's kind and what it covers)
MAPS = [
    (
        "mx_veracruz_imm_presupuestos_2022",
        "De acuerdo con información recabada a través de solicitudes de transparencia y revisión "
        "a la información financiera de los 212 municipios, 155 ayuntamientos no etiquetaron "
        "recursos.",
        ("territory_whole", "de los 212"),
    ),
    (
        "ni_policia_comisarias_mujer_municipios",
        "Con la construcción de 99 comisarías de la mujer, el país dispondrá de una red de "
        "unidades básicas, en cada uno de los 153 municipios, para continuar desarrollando.",
        ("territory_whole", "de los 153"),
    ),
    (
        "uy_montevideo_comuna_mujer_2025",
        "Los servicios son confidenciales y están distribuidos en los 8 municipios de Montevideo.",
        ("territory_of_place", "los 8"),
    ),
    (
        "cl_spd_envif_2022_cead_casos",
        "De acuerdo a un estudio realizado por la Organización Mundial de la Salud en 161 países, "
        "1 de cada 3 mujeres ha sufrido violencia física y/o sexual por su pareja.",
        ("countries", "161 países"),
    ),
    (
        "mx_inegi_endireh_2016_presentacion",
        "Por último, en un enfoque por entidad federativa, diez entidades están por encima de la "
        "media nacional, tanto por la violencia total a lo largo de la vida, como en los últimos "
        "12 meses.",
        ("units_compared", "diez entidades están por encima"),
    ),
    (
        "ec_cj_femicidios_perfil_2023",
        "Además, se presentan otros datos reveladores como que en Ecuador tres provincias "
        "representan el 65% del total nacional de víctimas: Guayas, Los Ríos y Manabí.",
        ("units_compared", "tres provincias representan el"),
    ),
    (
        "cu_fmc_casas_orientacion_174_aniversario",
        "La organización arriba a su aniversario 54 con la existencia de 174 de estas "
        "instalaciones.",
        ("anniversary", "aniversario 54"),
    ),
]


@pytest.mark.parametrize(("document", "text", "trap"), MAPS, ids=[d for d, _, _ in MAPS])
def test_numbers_that_count_no_work_of_the_office(
    document: str, text: str, trap: tuple[str, str]
) -> None:
    kind, covered = trap
    assert kinds(text)[kind] == covered


def test_the_map_of_a_place_is_no_value_and_its_municipalities_stay_one(tmp_path: Path) -> None:
    # mx_veracruz_imm_presupuestos_2022: the state's 212 municipalities, then the 155 that
    # labelled no resources (a value)
    text = (
        "De acuerdo con información recabada a través de solicitudes de transparencia y revisión "
        "a la información financiera de los 212 municipios, 155 ayuntamientos no etiquetaron "
        "recursos para sus institutos de las mujeres."
    )
    assert [(line, value) for line, value, _ in rows(tmp_path, text)] == [("line:2", 155.0)]


def test_a_place_named_after_its_units_makes_them_its_map_and_a_count_goes_on() -> None:
    # uy_montevideo_comuna_mujer_2025 and the declaratoria's municipalities of the AVGM reports
    assert "territory_of_place" in kinds("están distribuidos en los 8 municipios de Montevideo.")
    assert kinds("en los 5 municipios de Chihuahua con la Declaratoria se instalaron") == {}
    # uy_inmujeres_tobilleras_servicios: "los cuatro departamentos" where a service operates,
    # no place named: some of the units, a value
    text = (
        "se extenderán también los servicios de atención psicosocial que opera actualmente en "
        "los cuatro departamentos, según se explicó en un comunicado."
    )
    assert kinds(text) == {}


def test_countries_and_ranked_units_are_no_values_while_the_counts_beside_them_are(
    tmp_path: Path,
) -> None:
    # cl_spd_envif_2022_cead_casos, line 3 and 6: the WHO's 161 countries (no value), then
    # CEAD's registered cases of family violence against women, the government's figures
    text = (
        "De acuerdo a un estudio realizado por la Organización Mundial de la Salud en 161 países, "
        "1 de cada 3 mujeres ha sufrido violencia física y/o sexual por su pareja.\n"
        "Según las estadísticas del Centro de Estudios y Análisis del Delito (CEAD), el año 2022 "
        "se registraron 106.404 casos de VIF contra mujeres en Chile, donde 94.927 corresponde a "
        "mujeres entre 18 y 64 años, es decir, un 1,5 % del total de mujeres a nivel país entre "
        "las edades mencionadas ha sido víctima de VIF."
    )
    found = rows(tmp_path, text)
    assert [(line, value) for line, value, _ in found] == [
        ("line:3", 106404.0),
        ("line:3", 94927.0),
    ]
    # "casos de VIF": cases of family violence, registered complaints
    assert found[0] == ("line:3", 106404.0, "denuncias_violencia")


def test_a_research_centre_stays_another_body() -> None:
    # the official name is the exception, not the word: "según el Centro de Estudios de la
    # Mujer, 30 casos" is still another body's figure (lexicon sources.official)
    from genero_etl.extract.cues import cues
    from genero_etl.extract.piece import quotes_other_body

    found = cues()
    assert quotes_other_body(
        "Según el Centro de Estudios de la Mujer se registraron 30 casos.", found
    )
    assert not quotes_other_body(
        "Según las estadísticas del Centro de Estudios y Análisis del Delito (CEAD), el año 2022 "
        "se registraron 106.404 casos.",
        found,
    )


def test_which_anniversary_is_no_value_and_the_houses_are(tmp_path: Path) -> None:
    # cu_fmc_casas_orientacion_174_aniversario, line 3
    text = (
        "La organización arriba a su aniversario 54 con la existencia de 174 de estas "
        "instalaciones —presentes en todos los municipios del país—, cuyo funcionamiento fue "
        "debatido ampliamente durante el IX Congreso de la FMC."
    )
    assert [(line, value) for line, value, _ in rows(tmp_path, text)] == [("line:2", 174.0)]


def test_the_preposition_bajo_opens_no_change(tmp_path: Path) -> None:
    # pa_mp_seccion_familia_denuncias_medidas_2021, line 8: "bajo investigación" before the
    # first province's count, which the accent-blind cue took for "bajó"
    text = (
        "Mientras que, 2,106 personas están con diferentes medidas cautelares y bajo "
        "investigación registrando 677 en Chiriquí; 341 en Panamá Oeste; 310 Colón y 292 "
        "Panamá, como las provincias con mayor número."
    )
    assert [value for _, value, _ in rows(tmp_path, text)] == [2106.0, 677.0, 341.0, 310.0, 292.0]
    # the verb still opens a change: "las denuncias bajó 20 casos" is no value
    assert rows(tmp_path, "En marzo la cifra de denuncias bajó 20 casos respecto de febrero.") == []


def test_digits_opening_a_clause_count_what_the_count_before_counted(tmp_path: Path) -> None:
    # ec_judicatura_muertes_violentas_mujeres_junio, line 3: the 215 other violent deaths
    text = (
        "De acuerdo a la información de Judicatura, son 48 los femicidios en total que se han "
        "registrado en el país, mientras que 215 corresponden a otras formas de muertes "
        "violentas de mujeres."
    )
    assert rows(tmp_path, text) == [
        ("line:2", 48.0, "femicidios"),
        ("line:2", 215.0, "muertes_mujeres_violencia"),
    ]
