"""Reports of the COVID-19 lockdowns on violence against women, met in the development corpus
(tests/acceptance/texts, part dev67): Chile's lines are named by their purpose and their owner
between "fono" and the number ("el Fono Orientación 1455", "al Fono Familia de Carabineros 149",
"al fono de orientación del SernamEG 1455"), which name a service and count nothing; a count
written after a line's number and a comma ("llamaron al Fono 1455, 133 personas") is no further
item of a telephone number; the dead of a disease named in a count's sentence ("han fallecido
122 mujeres del total de los 466 decesos reportados", "el 30 por ciento de las defunciones
relacionadas con el coronavirus") are no figure of violence, unless the sentence names
violence; a percentage followed by "más" and what grew ("hay un 7.2% más detenidos") is a
change; Paraguay's hotline by its name ("137 SOS Mujer") and its social programmes (Tekoporã,
Ñangareko, Pytyvõ) say the country. Each
document case reads the real document as the corpus runner does (its source line blanked); each
sentence case guards what must stay."""

from __future__ import annotations

from pathlib import Path

from genero_etl.normalize.country_guess import infer_country

from .reports import corpus_facts, text_facts


def test_chilean_lines_named_by_purpose_and_owner_count_nothing(tmp_path: Path) -> None:
    """cl_sernameg_maule_fono1455_abril_2020 (dev67): "las llamadas al fono de orientación del
    SernamEG 1455" (line 2) and "al Fono Familia de Carabineros 149" (line 4) were read as
    calls, and "llamaron al Fono 1455, 133 personas" lost its 133 to the telephone number;
    cl_sernameg_maule_fono1455_marzo_2020 (dev67): "el fono orientación 1455" (line 3) and "el
    Fono Orientación 1455" (line 4) were read too."""
    april = corpus_facts(tmp_path, "cl_sernameg_maule_fono1455_abril_2020")
    assert [(f[0], f[1], f[3], f[4]) for f in april if f[0] in {"line:2", "line:4"}] == [
        ("line:4", 133.0, "CL", "CL-ML"),
        ("line:4", 91.0, "CL", "CL-ML"),
    ]
    assert ("line:4", 133.0, "llamadas_linea_atencion") in [f[:3] for f in april]
    march = corpus_facts(tmp_path, "cl_sernameg_maule_fono1455_marzo_2020")
    assert [f for f in march if f[0] in {"line:3", "line:4"}] == []
    assert ("line:5", 99.0, "llamadas_linea_atencion", "CL", "CL-ML") in [f[:5] for f in march]


def test_a_count_after_a_line_number_and_a_comma_but_not_a_telephone_list(
    tmp_path: Path,
) -> None:
    """The count with its plural noun after the line's number stays; the further numbers of a
    telephone list stay numbers of the list."""
    calls = text_facts(
        tmp_path, "En marzo de 2020 llamaron al Fono 1455, 240 mujeres de la región.\n"
    )
    assert [(f[0], f[1]) for f in calls] == [("line:2", 240.0)]
    phones = text_facts(
        tmp_path,
        "La oficina atiende en los teléfonos 2222-3333, 2222-4444 y 2222-5555 de lunes a "
        "viernes.\n",
    )
    assert phones == []


def test_the_dead_of_a_disease_are_no_figure_of_violence(tmp_path: Path) -> None:
    """mx_sspc_feminicidios_cuarentena_2020 (dev67): "han fallecido 122 mujeres del total de
    los 466 decesos reportados, ... el 30 por ciento de las defunciones relacionadas con el
    coronavirus" (line 8) was read as women's violent deaths and a share; the femicides of the
    headline, March, February and the judiciaries stay."""
    found = corpus_facts(tmp_path, "mx_sspc_feminicidios_cuarentena_2020")
    assert [(f[0], f[1], f[2]) for f in found] == [
        ("line:2", 78.0, "femicidios"),
        ("line:3", 78.0, "femicidios"),
        ("line:5", 92.0, "femicidios"),
        ("line:7", 166.0, "femicidios"),
    ]


def test_deaths_in_a_pandemic_that_name_violence_stay(tmp_path: Path) -> None:
    """A sentence that names the disease and deaths but also violence counts violence."""
    found = text_facts(
        tmp_path,
        "Durante la pandemia de Covid-19 fallecieron 45 mujeres víctimas de feminicidio en 2020.\n",
    )
    assert [(f[0], f[1], f[2]) for f in found] == [("line:2", 45.0, "femicidios")]


def test_a_percentage_then_mas_and_what_grew_is_a_change(tmp_path: Path) -> None:
    """mx_sesnsp_911_violencia_mujer_cuarentena_2020 (dev67): "hay un 7.2% más detenidos por
    violencia familiar" (line 3) was read as a share; the 911's calls of February and March
    (line 4) stay."""
    found = corpus_facts(tmp_path, "mx_sesnsp_911_violencia_mujer_cuarentena_2020")
    assert [f for f in found if f[0] == "line:3"] == []
    assert [(f[0], f[1]) for f in found if f[0] == "line:4"] == [
        ("line:4", 52858.0),
        ("line:4", 64858.0),
    ]
    share = text_facts(
        tmp_path,
        "De las consultas y denuncias de 2020, el 66 por ciento corresponden a violencia de "
        "género.\n",
    )
    assert [(f[0], f[1]) for f in share] == [("line:2", 66.0)]


def test_paraguays_hotline_by_name_and_social_programmes(tmp_path: Path) -> None:
    """py_minmujer_sos137_marzo_abril_2020 (dev67): "Las llamadas al 137 SOS Mujer" and "los
    programas de Tekoporã, Ñangareko y Pytyvõ" gave no country beside one "Paraguay"; the calls
    of March and April (line 3) are Paraguay's."""
    found = corpus_facts(tmp_path, "py_minmujer_sos137_marzo_abril_2020")
    assert [(f[1], f[3]) for f in found if f[0] == "line:3"] == [
        (417.0, "PY"),
        (626.0, "PY"),
        (340.0, "PY"),
        (724.0, "PY"),
    ]


def test_the_voseo_and_mexico_citys_line_are_not_paraguays() -> None:
    """ "si sos mujer" (Argentine voseo, ar_buenos_aires_procuracion_femicidios_2018) and Mexico
    City's "Línea SOS Mujeres *765" say nothing of Paraguay."""
    voseo = "El peor mes, si sos mujer en la provincia, es noviembre."
    assert infer_country([voseo]).scores.get("PY") is None
    line = "La línea SOS Mujeres *765 cumplió un año de operaciones."
    assert infer_country([line]).scores.get("PY") is None
